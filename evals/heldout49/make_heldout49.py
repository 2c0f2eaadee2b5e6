"""Build the 梅県 held-out set 49: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (梅県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy towards small firms' use of warehouses abroad (中小企業海外倉庫活用支援補助金:
storage, pick-and-pack, shipping to the warehouse, customs fees, stock-control systems) with a
two-level header of rates by firm size and caps by first and second year, a yearly record (years as
rows) and the grants by warehouse country over three fiscal years with a total column on the right;
the report of a survey of the prefecture's firms on their expatriate staff (海外駐在員に関する実態調査)
with the firms and staff by industry as counts and per cents in paired columns, the bases and staff
by country (a table continued over a page break without its header) and an unruled table of the
allowances by region; and a guide (申請の手引き) to the export certificates the prefecture issues for
its farm and fishery products and food (輸出証明書) with a fee table whose first column numbers the
certificates （１）… and the certificates issued by destination with subtotal rows; see README.md
beside this file.

    python make_heldout49.py [OUTPUT_DIR]          # default: this file's directory

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

HOJO_PDF = "ume_kaigai_soko_hojokin_kofu_yoko_r7.pdf"
CHOSA_PDF = "ume_kaigai_chuzaiin_jittai_chosa_r6.pdf"
SHOMEI_PDF = "ume_yushutsu_shomeisho_tebiki_r7.pdf"
ALL_PDFS = (HOJO_PDF, CHOSA_PDF, SHOMEI_PDF)

UNITS = ("万円", "か所", "件", "人", "社", "円", "日", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-53"  # every phone number of the set: 099-53x-xxxx
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
    """docgen's table spec, with a two-level header read as group／leaf, an optional number
    column left of the label column (（１）, （２）, …; not a gold cell) and optional columns
    covering a range of fiscal years (a total column)."""

    number_col: int | None = None
    range_cols: dict | None = None  # column -> [first, last] Western fiscal year

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

    def column_range(self, c):
        return (self.range_cols or {}).get(c)

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
            fy_range = spec.column_range(c)
            fy = None if fy_range else (spec.column_year(c) or fiscal_year(row_label) or spec.table_fy)
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


ARTICLE = pstyle("article", docgen.GOTHIC, 10.5, 17, spaceBefore=5, spaceAfter=1, keepWithNext=1)

PREF = "梅県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: overseas-warehouse subsidy, grant guideline
HOJO = f"{PREF}中小企業海外倉庫活用支援補助金"
HOJO_DEPT = f"{PREF} 商工観光部 海外ビジネス推進課"
CENTER = f"{PREF}海外ビジネス相談センター"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 初年度, ２年目 (令和７年度)
    ("海外倉庫の保管料", 50, 60, 80, 40), ("入出庫・出荷の作業料", 50, 75, 60, 30),
    ("海外倉庫までの輸送費", 40, 50, 100, 50), ("現地の通関・検査の手数料", 50, 60, 30, 15),
    ("在庫管理システムの利用料", 50, 75, 20, 10),
]
FIRM_CAP = {"初年度": 200, "２年目": 100}  # note ※２: 万円 per firm
RECORD = [  # 年度, 申請件数, 交付件数, うち継続利用, 交付額（万円）
    (2021, 12, 9, 0, 684), (2022, 19, 14, 5, 1052), (2023, 27, 20, 8, 1486), (2024, 34, 25, 11, 1920),
]
DEST_YEARS = (2022, 2023, 2024)
DESTS = [  # 倉庫の所在国・地域; 交付件数 令和４年度, 令和５年度, 令和６年度
    ("米国", 4, 5, 6), ("台湾", 3, 4, 5), ("香港", 2, 3, 3), ("シンガポール", 2, 3, 4),
    ("タイ", 1, 2, 3), ("オーストラリア", 1, 2, 2), ("その他", 1, 1, 2),
]
CASES = [  # 見出し, 海外倉庫の所在地, 主な販売先, 補助金の額 (same labels in every sibling section); kind
    ("菓子製造業Ａ社（梅市）", "米国（カリフォルニア州）", "米国のアジア系スーパー、通販サイトの購入者", "148万円", "初年度"),
    ("日本酒製造業Ｂ社（汐里市）", "台湾（桃園市）", "台湾の飲食店、酒販店", "86万円", "２年目"),
    ("陶磁器製造業Ｃ社（鷹尾町）", "シンガポール", "シンガポール及びマレーシアのホテル、飲食店", "63万円", "初年度"),
]
EXCLUDED = [  # 補助の対象とならない経費 (第５条)
    "商品の仕入れ及び製造に要する経費",
    "輸出先で課される関税、付加価値税その他の租税",
    "海外倉庫に保管している商品に掛ける保険の保険料",
    "国内の倉庫の保管料及び国内の配送料",
    "交付決定の日より前に契約し、又は支払った経費",
]


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="補助対象経費、補助率及び上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "初年度", "２年目"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 26 * mm, 27 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=HOJO_PDF, title="年度別の交付実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "うち継続利用（件）", "交付額（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 36 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in DESTS]
    tot = [sum(r[j] for r in DESTS) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    dests = TableSpec(
        key="dests", doc=HOJO_PDF, title="海外倉庫の所在国・地域別の交付件数",
        header=[["国・地域"] + [era(y) for y in DEST_YEARS] + ["計"]],
        rows=rows, col_widths=[40 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], unit="件",
    )
    dests.range_cols = {4: [DEST_YEARS[0], DEST_YEARS[-1]]}
    return rates, record, dests


def hojo_story(specs):
    rates, record, dests = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{HOJO}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月１日施行", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]

    def art(n, head, text):
        return [P(f"第{fw(n)}条（{head}）", ARTICLE)] + paras(text, 0)

    st += art(1, "趣旨", """
この要綱は、県内の中小企業者が輸出先の国又は地域にある倉庫を活用して、現地での在庫と配送の体制を整え、海外の取引先への販路を広げる取組を支援するため、予算の範囲内で交付する梅県中小企業海外倉庫活用支援補助金（以下「補助金」という。）について、必要な事項を定めるものとする。
""")
    st += art(2, "定義", """
この要綱において「海外倉庫」とは、輸出先の国又は地域にある営業倉庫で、倉庫事業者が商品の保管、受注に応じた出荷及び返品の受付を代行するものをいう。
この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいう。
この要綱において「継続利用」とは、前年度に補助金の交付を受けた者が、同じ国又は地域の海外倉庫を引き続き利用することをいい、継続利用の年度を「２年目」という。
""")
    st += art(3, "補助対象者", """
補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、自社の商品を海外倉庫に保管して販売しようとするものとする。
""")
    st += art(4, "補助対象経費等", """
補助の対象となる経費、補助率及び上限額は、別表のとおりとする。
""")
    st += [caption(f"別表　{rates.title}", "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄の補助率は、小規模企業者以外の中小企業者に適用する。",
        f"※２ 上限額は経費区分ごとの額とし、１事業者当たりの補助金の額は、初年度{FIRM_CAP['初年度']}万円、"
        f"２年目{FIRM_CAP['２年目']}万円を限度とする。千円未満の端数は切り捨てる。",
    ])
    st += [P(f"第{fw(5)}条（補助対象外経費）", ARTICLE)]
    st += paras("次に掲げる経費は、補助の対象としない。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P(f"第{fw(6)}条（申請の手続）", ARTICLE)]
    st += paras("補助金の申請から支払までの手続は、次のとおりとする。", 0)
    st += numbered([
        f"① 事前相談（海外ビジネス推進課又は{CENTER}）",
        "② 交付申請書の提出（申請期間内に、事業計画書、倉庫事業者の見積書及び直近の決算書の写しを添えて提出）",
        "③ 審査（書類審査及び面談。令和７年７月）",
        "④ 交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（交付決定の日から令和８年１月31日まで）",
        "⑥ 実績報告（事業完了の日から30日以内。遅くとも令和８年２月27日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += art(7, "継続利用", """
前年度に補助金の交付を受けた者は、同じ国又は地域の海外倉庫について、１回に限り継続利用として申請することができる。３年目以降の利用は、補助の対象としない。継続利用の場合の上限額は、別表の２年目の欄による。
""")
    st += art(8, "補助金の返還", """
知事は、補助事業者が偽りその他不正の手段により補助金の交付を受けたとき、又は補助事業の完了の日から１年以内に海外倉庫の利用をやめたときは、補助金の全部又は一部の返還を命ずることができる。
""")
    st += [P("附　則", ARTICLE)]
    st += paras("この要綱は、令和７年４月１日から施行する。", 0)
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("申請期間", "令和７年５月12日から６月30日まで（必着）"),
        ("予算額", "3,000万円"),
        ("交付予定件数", "30件程度"),
        ("説明会", "令和７年４月24日（オンライン、事前申込制）"),
    ], 0)
    st += [P("（参考２）これまでの交付実績", H1)]
    st += paras(f"""
補助金は、令和３年度（2021年度）に創設し、令和６年度までに延べ{n_all}件、{amt_all:,}万円を交付した。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した。このうち{last[3]}件が継続利用である。倉庫の所在国・地域別では、米国が３年度続けて最も多い。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(dests.title, "（単位：件）"), dests.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「計」は、令和４年度から令和６年度までの合計である。",
        "※４ 「その他」は、マレーシア、カナダ、ドイツ等である。",
    ])
    st += [P("（参考３）活用事例（令和６年度）", H1)]
    for i, (head, where, buyers, amount, _kind) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("海外倉庫の所在地", where), ("主な販売先", buyers), ("補助金の額", amount)], 1)
    st += paras("Ｂ社は令和５年度に初年度の交付を受け、令和６年度は継続利用（２年目）として交付を受けた。", 0)
    st += [CondPageBreak(30 * mm), P("（参考４）問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 海外展開支援班　電話：099-531-4620　ファクス：099-531-4629",
        f"{CENTER}（事前相談）　電話：099-532-7700",
        "電子メール：ume-kaigai-soko@example.jp",
    ]))
    return st


# ================================================================ document 2: expatriate staff, survey report
CHOSA = f"{PREF}内企業の海外駐在員に関する実態調査"
CHOSA_DEPT = f"{PREF} 商工観光部 国際経済課"
ANZEN = f"{PREF}海外安全情報センター"
TARGET = 625  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数, 駐在員を置く企業, 駐在員数
    ("食料品", 28, 9, 17), ("繊維・衣服", 22, 10, 24), ("化学", 20, 12, 38), ("金属製品", 34, 14, 31),
    ("機械", 48, 27, 86), ("電気機器", 30, 16, 52), ("卸売業", 38, 15, 29), ("その他", 30, 7, 12),
]
SIZES = (("中小企業", 196, 68), ("大企業", 54, 42))  # 回答企業数, 駐在員を置く企業
PREV_STAFF = 241  # 前回調査（令和３年度）の駐在員数 (prose only)
COUNTRIES = [  # 国・地域, 拠点数（か所）, 駐在員数（人）, うち中小企業（人）
    ("中国", 72, 64, 18), ("タイ", 48, 47, 15), ("ベトナム", 45, 38, 16), ("米国", 31, 36, 7),
    ("インドネシア", 22, 21, 6), ("台湾", 18, 14, 5), ("シンガポール", 14, 13, 4), ("インド", 9, 12, 2),
    ("マレーシア", 11, 9, 3), ("メキシコ", 7, 10, 1), ("その他", 24, 25, 5),
]
ALLOWANCES = [  # 地域, 回答企業数（社）, 海外勤務手当（万円）, 住宅費の会社負担（万円） (月額の平均)
    ("中国", 41, "11.8", "14.5"), ("東南アジア", 58, "10.6", "16.2"), ("南アジア", 7, "13.4", "18.9"),
    ("北米", 22, "16.5", "31.0"), ("欧州", 9, "15.2", "27.4"), ("中南米", 6, "14.1", "20.6"),
]
SECTORS = [  # 見出し, 主な派遣先, 駐在員の平均年齢, 主な課題 (same labels in every sibling section)
    ("機械", "中国、タイ、米国", "43.6歳", "後任となる人材が社内で育っていない"),
    ("電気機器", "ベトナム、マレーシア、台湾", "39.8歳", "現地の人件費の上昇で拠点の採算が厳しい"),
    ("卸売業", "中国、シンガポール、米国", "45.1歳", "駐在員の生活費と住宅費の負担が増えている"),
]
ISSUES = [("後任となる人材の不足", "52.7"), ("駐在員の住宅費・生活費の上昇", "41.8"), ("現地の治安や災害への備え", "30.0")]


def chosa_specs():
    rows = [[n, fw(a), fw(b), cell(pct1(b, a)), fw(c)] for n, a, b, c in INDUSTRIES]
    ta, tb, tc = (sum(r[j] for r in INDUSTRIES) for j in (1, 2, 3))
    rows.append(["合計", fw(ta), fw(tb), cell(pct1(tb, ta)), fw(tc)])
    industries = TableSpec(
        key="industries", doc=CHOSA_PDF, title="業種別の回答企業と駐在員",
        header=[["業種", "回答企業数（社）", "駐在員を置く企業（社）", "割合（％）", "駐在員数（人）"]],
        rows=rows, col_widths=[34 * mm, 32 * mm, 40 * mm, 24 * mm, 30 * mm], table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    crows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in COUNTRIES]
    crows.append(["合計"] + [fw(sum(r[j] for r in COUNTRIES)) for j in (1, 2, 3)])
    countries = TableSpec(
        key="countries", doc=CHOSA_PDF, title="国・地域別の拠点と駐在員",
        header=[["国・地域", "拠点数（か所）", "駐在員数（人）", "うち中小企業の駐在員（人）"]],
        rows=crows, col_widths=[38 * mm, 32 * mm, 32 * mm, 46 * mm], table_fy=2024, repeat_header=False,
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    allowances = TableSpec(
        key="allowances", doc=CHOSA_PDF, title="派遣先の地域別の手当（月額の平均）",
        header=[["地域", "回答企業数（社）", "海外勤務手当（万円）", "住宅費の会社負担（万円）"]],
        rows=[[n, fw(k), a, h] for n, k, a, h in ALLOWANCES],
        col_widths=[34 * mm, 34 * mm, 40 * mm, 46 * mm], ruled=False, table_fy=2024,
    )
    allowances.unit = lambda row, c, s=allowances: bracket_unit(s.column_label(c))
    return industries, countries, allowances


def chosa_story(specs):
    industries, countries, allowances = specs
    total, firms, staff = (sum(r[j] for r in INDUSTRIES) for j in (1, 2, 3))
    (s_name, s_n, s_f), (l_name, l_n, l_f) = SIZES
    sme_staff = sum(r[3] for r in COUNTRIES)
    st = [P("令和６年度", SUBTITLE), P(f"{CHOSA} 報告書", TITLE),
          P("令和７年２月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業の海外駐在員の人数、派遣先、待遇及び課題を把握するため"),
        ("調査対象", f"海外に拠点を持つ県内企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）７月１日"),
        ("調査方法", "郵送及びウェブによるアンケート（令和６年７月８日から８月９日まで）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「海外駐在員」とは、県内の本社等から海外の拠点に１年以上の予定で派遣されている社員をいい、出張者及び現地で採用した者を含まない。また、「拠点」とは、現地法人、支店及び駐在員事務所をいい、「中小企業」とは、中小企業基本法に定める中小企業者をいう。
""", 0)
    st += [P("２　駐在員を置く企業", H1)]
    st += paras(f"""
回答企業{total}社のうち、海外駐在員を置く企業は{firms}社で、駐在員は合わせて{staff}人であった。前回調査（令和３年度）の{PREV_STAFF}人から増えている。企業規模別では、大企業{l_n}社のうち{l_f}社が駐在員を置いているのに対し、中小企業は{s_n}社のうち{s_f}社にとどまった。
""", 0)
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「割合」は、回答企業数に占める駐在員を置く企業の割合である。"])
    st += [P("３　派遣先の国・地域", H1)]
    st += paras("駐在員の派遣先は、中国が最も多く、タイ、ベトナムが続く。", 0)
    st += [caption(countries.title, "（令和６年度）", keep=False), countries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 拠点数は、回答企業が置く拠点の数である（駐在員のいない拠点を含む。）。「その他」は、フィリピン、ドイツ、英国、カナダ等である。"])
    st += paras(f"中小企業の駐在員は{sme_staff}人で、全体の３割弱である。", 0)
    st += [P("４　駐在員の手当", H1)]
    st += paras("""
駐在員に支給する海外勤務手当と、会社が負担する住宅費（いずれも１人当たり月額の平均）を派遣先の地域別に尋ねた。いずれも北米が最も高い。
""", 0)
    st += [caption(allowances.title, "（令和６年度）"), allowances.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 駐在員を置く企業が、駐在員のいる地域ごとに回答した。",
        "※４ 「東南アジア」はタイ、ベトナム、インドネシア、シンガポール、マレーシア等、「南アジア」はインド等である。",
    ])
    st += [P("５　主な業種の状況", H1)]
    for i, (head, dest, age, issue) in enumerate(SECTORS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な派遣先", dest), ("駐在員の平均年齢", age), ("主な課題", issue)], 1)
    st += [P("６　駐在員の派遣に関する課題", H1)]
    (i1, p1), (i2, p2), (i3, p3) = ISSUES
    st += paras(f"""
駐在員を置く企業に課題を尋ねたところ（複数回答）、「{i1}」が{p1}％で最も多く、「{i2}」（{p2}％）、「{i3}」（{p3}％）が続いた。
""", 0)
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "派遣先の生活、医療、治安の情報を、まとめて得られるようにしてほしい。",
        "駐在員の候補となる若手社員向けの語学・実務研修を開いてほしい。",
        "駐在員の帰任後の人材を、ほかの企業でも生かせる仕組みを考えてほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        f"① {ANZEN}で、派遣先の治安と災害の情報をメールで配信する。",
        "② 駐在員の候補者向けの実務研修を、令和７年度から年２回開く。",
        "③ 駐在員を置く中小企業に、現地の専門家による相談の機会を設ける。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 調査班　電話：099-534-2310　ファクス：099-534-2319",
        f"{ANZEN}（駐在員の安全に関する相談）　電話：099-535-8800",
        "電子メール：ume-kokusai@example.jp",
    ]))
    return st


# ================================================================ document 3: export certificates, guide
SHOMEI = f"{PREF}産農林水産物・食品の輸出証明書"
SHOMEI_DEPT = f"{PREF} 農林水産部 農林水産物輸出推進課"
KENKYU = f"{PREF}農林総合研究センター"
CERTS = [  # 証明書の種類, 手数料（円）, 至急扱い（円）, 標準処理日数（日） (令和７年度)
    ("産地証明書", 1000, 2000, 2), ("衛生証明書（水産食品）", 2400, 4800, 5),
    ("衛生証明書（農産加工品）", 2000, 4000, 4), ("自由販売証明書", 1200, 2400, 3),
    ("加工施設登録証明書", 3500, 7000, 10),
]
COPY_FEE = 400  # the second and later copies of the same certificate, applied for at once (prose only)
PRODUCTS = ("農産物", "水産物", "加工食品")
ISSUED = [  # (地域, [(国・地域, 農産物, 水産物, 加工食品)]) 令和６年度; a 小計 row after each named group
    ("アジア", [("香港", 84, 126, 58), ("台湾", 112, 45, 73), ("シンガポール", 36, 52, 41), ("タイ", 28, 34, 22)]),
    ("欧米", [("米国", 18, 96, 47), ("ＥＵ", 6, 88, 25), ("英国", 4, 30, 12)]),
    (None, [("その他", 12, 21, 15)]),
]
PREV_ISSUED = 912  # 令和５年度 (prose only)
DEST_SECTIONS = [  # 見出し, 必要な証明書, 対象となる主な品目, 留意事項 (same labels in every sibling section)
    ("香港向け", "産地証明書", "野菜、果実、牛乳・乳製品", "生鮮の野菜と果実は、収穫した市町村まで記載する"),
    ("台湾向け", "産地証明書", "酒類を除く全ての食品", "加工食品は、主な原料の産地も記載する"),
    ("ＥＵ向け", "衛生証明書（水産食品）", "水産物、水産加工品", "加工した施設が県の加工施設登録を受けている必要がある"),
]


def _issued_rows():
    rows = []
    for region, members in ISSUED:
        for n, *v in members:
            rows.append((n, v))
        if region:
            rows.append((f"{region}小計", [sum(m[j] for m in members) for j in (1, 2, 3)]))
    rows.append(("合計", [sum(m[j] for _r, ms in ISSUED for m in ms) for j in (1, 2, 3)]))
    return rows


SUBTOTALS = tuple(f"{r}小計" for r, _m in ISSUED if r)


def shomei_specs():
    certs = TableSpec(
        key="certs", doc=SHOMEI_PDF, title="証明書の種類と手数料",
        header=[["番号", "証明書の種類", "手数料（円）", "至急扱い（円）", "標準処理日数（日）"]],
        rows=[[f"（{fw(i)}）", n, fw(a), fw(b), fw(d)] for i, (n, a, b, d) in enumerate(CERTS, 1)],
        col_widths=[16 * mm, 50 * mm, 28 * mm, 28 * mm, 34 * mm], label_col=1, table_fy=2025,
        align_left_cols=(0,),
    )
    certs.number_col = 0
    certs.unit = lambda row, c, s=certs: bracket_unit(s.column_label(c))
    issued = TableSpec(
        key="issued", doc=SHOMEI_PDF, title="輸出先別・品目別の発行件数",
        header=[["輸出先"] + list(PRODUCTS)],
        rows=[[n] + [fw(x) for x in v] for n, v in _issued_rows()],
        col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], unit="件", table_fy=2024,
        bold_rows=("合計",) + SUBTOTALS,
    )
    return certs, issued


def shomei_story(specs):
    certs, issued = specs
    tot = _issued_rows()[-1][1]
    st = [Spacer(1, 2 * mm), P("令和７年度版", SUBTITLE), P(f"{SHOMEI} 申請の手引き", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SHOMEI_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　この手引きについて", H1)]
    st += paras("""
県産の農林水産物や食品を輸出する際に、輸出先の当局から求められる証明書のうち、県が発行するものの種類、手数料及び申請の方法をまとめた。
この手引きにおいて「輸出証明書」とは、輸出先の国又は地域の当局が輸入の際に提出を求める証明書のうち、県が発行するものをいう。また、「至急扱い」とは、申請を受け付けた日の翌開庁日までに発行することをいい、「開庁日」とは、土曜日、日曜日、祝日及び12月29日から１月３日までを除く日をいう。
""", 0)
    st += [P("２　証明書の種類と手数料", H1)]
    st += paras("県が発行する輸出証明書と、１通当たりの手数料は次のとおりである。", 0)
    st += [caption(certs.title, "（令和７年度）"), certs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 標準処理日数は、申請を受け付けた日の翌開庁日から数えた開庁日の日数である。",
        "※２ 放射性物質の検査結果の添付が必要な場合は、検査の日数（おおむね７開庁日）が別にかかる。",
    ])
    st += paras(f"""
同じ内容の証明書を同時に２通以上申請する場合、２通目以降の手数料は１通当たり{COPY_FEE}円とする（至急扱いの場合も同じ）。手数料は、申請の際に、窓口での現金又は電子申請での電子決済により納める。
""", 0)
    st += [P("３　輸出先ごとの主な証明書", H1)]
    st += paras("主な輸出先で求められる証明書は次のとおりである。輸出先の規制は変わることがあるため、申請の前に輸入者にも確認すること。", 0)
    for i, (head, cert, items, note) in enumerate(DEST_SECTIONS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("必要な証明書", cert), ("対象となる主な品目", items), ("留意事項", note)], 1)
    st += [P("４　申請の方法", H1)]
    st += lv_lines([
        ("受付窓口", "農林水産物輸出推進課 証明書発行班（県庁東館３階）"),
        ("受付時間", "開庁日の９時から17時まで（至急扱いは12時まで）"),
        ("申請方法", "窓口への持参、郵送又は梅県電子申請サービス"),
        ("受取方法", "窓口での受取又は郵送"),
    ], 0)
    st += paras("申請には、次の書類が必要である。", 0)
    st += bullets([
        "輸出証明書発行申請書（様式第１号）",
        "インボイス（仕入書）又はパッキングリストの写し",
        "商品の原材料と産地が分かる書類（加工食品の場合）",
        "放射性物質の検査結果の写し（輸出先が求める場合）",
    ], 0)
    st += paras("申請から受取までの流れは、次のとおりである。", 0)
    st += numbered([
        "① 輸入者を通じて、輸出先が求める証明書の種類を確認する。",
        "② 初めて申請する事業者は、事業者登録（無料）を行う。",
        "③ 申請書と必要な書類を提出し、手数料を納める。",
        "④ 県が書類を審査し、必要に応じて現地確認を行う。",
        "⑤ 証明書を発行する（標準処理日数は２の表のとおり）。",
        "⑥ 窓口又は郵送で証明書を受け取る。",
    ], 0)
    st += [P("５　発行の実績", H1)]
    st += paras(f"""
令和６年度（2024年度）の輸出証明書の発行は{sum(tot):,}件で、令和５年度の{PREV_ISSUED}件から２割近く増えた。品目別では水産物が最も多く、輸出先別では香港が最も多い。
""", 0)
    st += [caption(issued.title, "（令和６年度、単位：件）"), issued.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「ＥＵ」は、欧州連合の加盟国である。「その他」は、マカオ、ベトナム、カナダ等である。",
        "※４ 「加工食品」は、酒類、菓子、調味料等である。",
    ])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("輸出先が独自の様式を定めている場合、その様式で発行してもらえますか。",
         "発行できます。輸出先の様式を申請書に添えてください。様式の定めがない場合は、県の様式（英文）で発行します。"),
        ("至急扱いは、郵送による申請でも利用できますか。",
         "利用できません。至急扱いは、窓口への持参と電子申請に限ります。"),
        ("発行された証明書の記載に誤りがあった場合、手数料はかかりますか。",
         "県の誤りによる訂正は無料です。申請書の記載の誤りによる訂正は、新たな申請として手数料がかかります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHOMEI_DEPT} 証明書発行班　電話：099-537-2410　ファクス：099-537-2419",
        f"{KENKYU}（放射性物質検査の予約）　電話：099-538-3300",
        "電子メール：ume-yushutsu-shomei@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + chosa_specs() + shomei_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, cspecs, sspecs = hojo_specs(), chosa_specs(), shomei_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"{HOJO}交付要綱", "令和７年４月", HOJO_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 報告書", "令和７年２月", CHOSA_DEPT)
    sdoc = build_pdf(docs_dir / SHOMEI_PDF, sspecs, shomei_story(sspecs),
                     f"令和７年度版 {SHOMEI} 申請の手引き", "令和７年４月", SHOMEI_DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, CHOSA_PDF: cdoc.row_pages, SHOMEI_PDF: sdoc.row_pages})
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
    # --- hojo: the overseas-warehouse grant guideline, tables (a) (b) (c), definitions, costs not covered,
    #     sibling sections, the steps
    dict(question="従業員がちょうど５人の雑貨の小売店から相談を受けています。アメリカの倉庫会社に払う出荷作業の料金は、何％まで補助されますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["商業又はサービス業を主たる事業とする者は５人", "入出庫・出荷の作業料 50 75 60 30"], answer=["75"],
         notes="two facts: a retailer (商業) with 5 employees is within 「５人…以下」, so a 小規模企業者 (definition in "
               "第２条, asked at its boundary); (a) two-level header, leaf 補助率（％）／小規模企業者; 50 (中小企業者) is the trap"),
    dict(question="2025年度に継続利用として２年目の申請をする会社の場合、現地の通関や検査にかかる手数料の補助上限はいくらですか？",
         category="hojo", doc=HOJO_PDF, evidence=["現地の通関・検査の手数料 50 60 30 15"], answer=["15"],
         notes="(a) leaf 上限額（万円）／２年目 (継続利用 = ２年目, definition in 第２条); 30 (初年度) is the trap, and the "
               "rates 50 / 60; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="2023年度には、この補助金は何件に交付されましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 27 20 ８ 1,486"], answer=["20"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 交付件数（件）; "
               "27 (申請件数) and ８ (うち継続利用) are the traps"),
    dict(question="令和６年度に交付を受けた案件は、平均すると１件当たりいくらの補助金を受け取った計算になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 34 25 11 1,920"], answer=["76.8万円"], computed=True,
         notes="(b) average in a row: 1,920 / 25 = 76.8万円 (34, the applications, is the trap divisor)"),
    dict(question="令和４年度から３年間で、台湾の倉庫を使う案件への交付は合わせて何件ありましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["台湾 ３ ４ ５ 12"], answer=["12"],
         notes="(c) the total column 計 on the right (note ※３: 令和４年度から令和６年度までの合計; fiscal_year_range "
               "[2022, 2024]); ５ (令和６年度) is the trap"),
    dict(question="ここ３年度の交付件数のうち、アメリカの倉庫を使った案件は何％を占めていますか？",
         category="hojo", doc=HOJO_PDF, evidence=["米国 ４ ５ ６ 15", "合計 14 20 25 59"], answer=["25.4%"], computed=True,
         notes="(c) share of a row in the total column: 15 / 59 = 25.4 %"),
    dict(question="2024年度に、シンガポールの倉庫を利用する案件で交付を受けたのは何件ですか？",
         category="hojo", doc=HOJO_PDF, evidence=["シンガポール ２ ３ ４ ９"], answer=["４"],
         notes="(c) fiscal years as columns: 2024年度 = 令和６年度; ９ (the total column 計) is the trap"),
    dict(question="海外の倉庫に置いている商品にかける保険の保険料も、補助してもらえますか？",
         category="hojo", doc=HOJO_PDF, evidence=["次に掲げる経費は、補助の対象としない", "商品に掛ける保険の保険料"],
         answer=["補助の対象としない"],
         notes="the costs not covered (第５条, a lead sentence and five ○ items): the insurance on the stored goods; the "
               "warehouse's storage fee (保管料) is covered, a near miss"),
    dict(question="日本酒の蔵元の活用事例では、補助金はいくら出ていますか？",
         category="hojo", doc=HOJO_PDF, evidence=["日本酒製造業Ｂ社", "補助金の額：86万円"], answer=["86万円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 海外倉庫の所在地, 主な販売先, 補助金の額; "
               "（２）日本酒製造業Ｂ社 (蔵元 = 日本酒製造業); 148万円 and 63万円 are the siblings' values"),
    dict(question="申請してから、交付が決まったという知らせはいつごろ届きますか？",
         category="hojo", doc=HOJO_PDF, evidence=["交付決定の通知（令和７年８月上旬）"], answer=["８月上旬"],
         notes="procedure step ④ of 第６条 (the review of step ③ is in 令和７年７月, a near miss)"),
    # --- chosa: the expatriate survey, tables (d) (e) (f), a definition, sibling sections
    dict(question="駐在員の人数で見ると、２番目に多い業種はどこですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["電気機器 30 16 53.3 52"], answer=["電気機器"],
         notes="(d) ranking in the column 駐在員数（人）: 機械 86, 電気機器 52, 化学 38 (卸売業 is second by 回答企業数, "
               "the trap)"),
    dict(question="繊維や衣服の会社のうち、海外に駐在員を置いている会社の割合はどれくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["繊維・衣服 22 10 45.5 24"], answer=["45.5"],
         notes="(d) paired columns: the per cent 割合（％） printed next to its count 駐在員を置く企業（社） (note ※１: "
               "over 回答企業数); 10 (the count) and 24 (駐在員数) are the traps"),
    dict(question="機械メーカーでは、駐在員を置いている会社１社当たり、平均何人を海外に出している計算になりますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["機械 48 27 56.3 86"], answer=["3.2人"], computed=True,
         notes="(d) average in a row: 86 / 27 = 3.2人 (86 / 48 = 1.8 over all respondents is the trap)"),
    dict(question="インドネシアに駐在している県内企業の社員は何人いますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["インドネシア 22 21 ６"], answer=["21"],
         notes="(e) continuation page (no header there): row インドネシア, column 駐在員数（人）; 22 (拠点数) and ６ "
               "(うち中小企業) are the traps"),
    dict(question="前回、令和３年度の調査と比べて、駐在員は何人増えましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["前回調査（令和３年度）の241人", "合計 250 110 44.0 289"],
         answer=["48人"], computed=True,
         notes="a prose-only figure (241人) and (d)'s 合計 駐在員数: 289 − 241 = 48人"),
    dict(question="タイ、ベトナム、インドネシア、シンガポール、マレーシアの５か国に駐在している社員は、合わせて何人ですか？",
         category="chosa", doc=CHOSA_PDF,
         evidence=["タイ 48 47 15", "ベトナム 45 38 16", "インドネシア 22 21 ６", "シンガポール 14 13 ４", "マレーシア 11 ９ ３"],
         answer=["128人"], computed=True,
         notes="(e) sum over rows on both sides of the page break: 47 + 38 + 21 + 13 + 9 = 128人 (no subtotal is printed; "
               "the 拠点数 sum 140 is the trap)"),
    dict(question="北米に駐在員を出している会社は、住宅費として月に平均どれくらい負担していますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["北米 22 16.5 31.0"], answer=["31.0"],
         notes="(f) unruled table, column 住宅費の会社負担（万円）; 16.5 (海外勤務手当) and 22 (回答企業数) are the traps"),
    dict(question="インドに社員を派遣する場合の海外勤務手当は、中国に派遣する場合と比べて、月額でいくら高いですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["「南アジア」はインド等", "南アジア ７ 13.4 18.9", "中国 41 11.8 14.5"],
         answer=["1.6万円"], computed=True,
         notes="two facts: note ※４ puts インド in 南アジア; (f) difference in the column 海外勤務手当（万円）: "
               "13.4 − 11.8 = 1.6万円"),
    dict(question="現地で採用した日本人スタッフも、この調査でいう海外駐在員に入りますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["出張者及び現地で採用した者を含まない"], answer=["含まない"],
         notes="definition 「海外駐在員」とは…出張者及び現地で採用した者を含まない (no: asked at its boundary)"),
    dict(question="家電や電子部品のメーカーでは、駐在員の平均年齢は何歳ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（２）電気機器", "駐在員の平均年齢：39.8歳"], answer=["39.8歳"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な派遣先, 駐在員の平均年齢, 主な課題; "
               "（２）電気機器 (家電や電子部品); 43.6歳 and 45.1歳 are the siblings' values"),
    dict(question="2024年７月の時点で、ベトナムにある県内企業の拠点は何か所ありましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["令和６年（2024年）７月１日", "ベトナム 45 38 16"], answer=["45"],
         notes="(e) first page, column 拠点数（か所） (2024年７月 = the 調査基準日); 38 (駐在員数) is the trap"),
    # --- shomei: the export-certificate guide, tables (g) (h), sibling sections, label-value lines, Q&A
    dict(question="ＥＵにホタテの加工品を輸出する会社から相談です。必要になる証明書の手数料は１通いくらですか？",
         category="shomei", doc=SHOMEI_PDF, evidence=["必要な証明書：衛生証明書（水産食品）", "衛生証明書（水産食品） 2,400 4,800 ５"],
         answer=["2,400"],
         notes="two facts: sibling sections （１）–（３） of ３ share the labels 必要な証明書, 対象となる主な品目, 留意事項; "
               "（３）ＥＵ向け names 衛生証明書（水産食品）; (g) column 手数料（円）; 4,800 (至急扱い) and 2,000 "
               "(農産加工品) are the traps"),
    dict(question="加工施設登録証明書は、申請してから発行まで普通は何日かかりますか？",
         category="shomei", doc=SHOMEI_PDF, evidence=["加工施設登録証明書 3,500 7,000 10"], answer=["10"],
         notes="(g) a table whose first column numbers the rows （１）–（５）; row （５）加工施設登録証明書, column "
               "標準処理日数（日） (note ※１: 開庁日 counted from the next one); 3,500 / 7,000 are the fees"),
    dict(question="台湾向けに、同じ内容の産地証明書を３通まとめて申請すると、手数料は合計でいくらになりますか？",
         category="shomei", doc=SHOMEI_PDF,
         evidence=["産地証明書 1,000 2,000 ２", "２通目以降の手数料は１通当たり400円"], answer=["1,800円"], computed=True,
         notes="two facts: (g) 手数料（円） of 産地証明書 (1,000) and the prose rule for the second and later copies (400円): "
               "1,000 + 400 × 2 = 1,800円 (3 × 1,000 = 3,000 is the trap)"),
    dict(question="令和６年度に、欧米向けに発行された水産物の証明書は合わせて何件でしたか？",
         category="shomei", doc=SHOMEI_PDF, evidence=["欧米小計 28 214 84"], answer=["214"],
         notes="(h) a subtotal row inside the table (欧米小計), column 水産物; 492 (合計) and 96 (米国) are the traps"),
    dict(question="輸出証明書の発行件数は、前の年度と比べて何件増えましたか？",
         category="shomei", doc=SHOMEI_PDF, evidence=["発行は1,085件で、令和５年度の912件"], answer=["173件"], computed=True,
         notes="prose: 1,085 − 912 = 173件 (the prose says only 「２割近く」)"),
    dict(question="2024年度の輸出証明書の発行件数のうち、アジア向けは何％を占めていますか？",
         category="shomei", doc=SHOMEI_PDF, evidence=["アジア小計 260 257 194", "発行は1,085件"], answer=["65.5%"],
         computed=True,
         notes="(h) the subtotal row summed over the product columns, over the total: (260 + 257 + 194) / 1,085 = 711 / "
               "1,085 = 65.5 %"),
    dict(question="郵送で申請する場合でも、至急扱いにしてもらうことはできますか？",
         category="shomei", doc=SHOMEI_PDF, evidence=["利用できません。至急扱いは、窓口への持参と電子申請に限ります"],
         answer=["利用できません"],
         notes="Q&A: Ａ of Ｑ２ (no)"),
    dict(question="至急扱いで申請したい場合、窓口には何時までに行けばよいですか？",
         category="shomei", doc=SHOMEI_PDF, evidence=["開庁日の９時から17時まで（至急扱いは12時まで）"], answer=["12時"],
         notes="「label：value」 line 受付時間 (17時, the normal closing time, is the trap)"),
    # --- followups
    dict(question="では、その経費を２年目に申請する場合、上限額はいくらですか？",
         category="followup", doc=HOJO_PDF, evidence=["在庫管理システムの利用料 50 75 20 10"], answer=["10"],
         history=_turns("在庫管理システムの利用料は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の補助率は75％です[1]。"),
         notes="(a) the row from the history (在庫管理システムの利用料), leaf 上限額（万円）／２年目; 20 (初年度) is the trap"),
    dict(question="そこに駐在している社員は何人ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["マレーシア 11 ９ ３"], answer=["９"],
         history=_turns("マレーシアにある県内企業の拠点は何か所ですか？",
                        "マレーシアの拠点は11か所です[1]。"),
         notes="(e) the row from the history (マレーシア, on the continuation page), column 駐在員数（人）; ３ (うち中小企業) "
               "is the trap"),
    dict(question="では、中南米だとそれはいくらですか？",
         category="followup", doc=CHOSA_PDF, evidence=["中南米 ６ 14.1 20.6"], answer=["14.1"],
         history=_turns("欧州に駐在員を出している会社の海外勤務手当は、月額の平均でいくらですか？",
                        "欧州は月額平均15.2万円です[1]。"),
         notes="(f) the column from the history (海外勤務手当（万円）), row 中南米; 20.6 (住宅費) is the trap"),
    dict(question="では、その国・地域向けの証明書は、品目を合わせると何件になりますか？",
         category="followup", doc=SHOMEI_PDF, evidence=["香港 84 126 58"], answer=["268件"], computed=True,
         history=_turns("令和６年度に香港向けに発行された水産物の証明書は何件ですか？",
                        "香港向けの水産物は126件です[1]。"),
         notes="(h) the row from the history (香港), summed over the product columns: 84 + 126 + 58 = 268件"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SHOMEI_PDF, evidence=["電話：099-538-3300"], answer=["099-538-3300"],
         history=_turns("輸出先から放射性物質の検査結果を求められました。検査の予約はどこにすればよいですか？",
                        "梅県農林総合研究センターで放射性物質検査の予約を受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-537-2410 and fax "
               "099-537-2419 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金の交付を受けた会社を業種ごとに見ると、食品関係は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and by the warehouse's country only; the three cases name industries, a near miss",
         absent=["業種ごと", "業種別の交付", "食品関係"]),
    dict(question="海外倉庫を使い始めた会社は、輸出の売上が平均でどれくらい伸びていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives applications, grants and amounts, not the firms' sales",
         absent=["売上", "販売額", "輸出額"]),
    dict(question="県内企業の海外駐在員のうち、女性は何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the staff are given by industry and by country only (289 in all, 82 from small firms)",
         absent=["女性", "男女"]),
    dict(question="駐在員に家族を連れて行かせている会社は、どれくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey covers allowances, housing costs and issues, not accompanying families",
         absent=["家族", "帯同"]),
    dict(question="県が発行した輸出証明書は、発行してから何か月有効ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives kinds, fees, processing days and the steps, not how long a certificate is valid",
         absent=["有効期限", "有効期間"]),
    dict(question="令和６年度に輸出証明書を申請した事業者は、全部で何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide counts certificates issued (by destination and product), not the applicants",
         absent=["事業者数", "申請者数"]),
]
CATEGORY_COUNTS = {"hojo": 10, "chosa": 11, "shomei": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h49q", "h49t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "補助対象経費、補助率及び上限額", "年度別の交付実績", "海外倉庫の所在国・地域別の交付件数",
    "業種別の回答企業と駐在員", "国・地域別の拠点と駐在員", "派遣先の地域別の手当（月額の平均）",
    "証明書の種類と手数料", "輸出先別・品目別の発行件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _qid(question: str) -> str:
    return next(q["id"] for q in expected_questions() if q["question"] == question)


def _computed():
    qs = [q for q in expected_questions() if q.get("computed")]
    ids = [q["id"] for q in qs]
    fns = [
        lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
        lambda g: _pct(g(C, "米国", "計", None), g(C, "合計", "計", None)),
        lambda g: _avg(g(D, "機械", "駐在員数（人）", 2024), g(D, "機械", "駐在員を置く企業（社）", 2024), "人"),
        lambda g: f"{g(D, '合計', '駐在員数（人）', 2024) - PREV_STAFF}人",
        lambda g: f"{sum(g(E, r, '駐在員数（人）', 2024) for r in ('タイ', 'ベトナム', 'インドネシア', 'シンガポール', 'マレーシア'))}人",
        lambda g: f"{Decimal(str(g(F, '南アジア', '海外勤務手当（万円）', 2024))) - Decimal(str(g(F, '中国', '海外勤務手当（万円）', 2024)))}万円",
        lambda g: f"{g(G, '産地証明書', '手数料（円）', 2025) + 2 * COPY_FEE:,}円",
        lambda g: f"{sum(g(H, '合計', p, 2024) for p in PRODUCTS) - PREV_ISSUED}件",
        lambda g: _pct(sum(g(H, 'アジア小計', p, 2024) for p in PRODUCTS), sum(g(H, '合計', p, 2024) for p in PRODUCTS)),
        lambda g: f"{sum(g(H, '香港', p, 2024) for p in PRODUCTS)}件",
    ]
    return dict(zip(ids, fns)) if len(ids) == len(fns) else {"<count mismatch>": fns[0]}


COMPUTED = _computed()  # question id -> the answer string, computed from gold cells (in question order)

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (3, 3), CHOSA_PDF: (3, 3), SHOMEI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (180, 230)
TABLE_QUESTIONS = 20  # at least, over the answerable categories (followups aside)
BEFORE_BREAK_ROWS = ("中国", "タイ", "ベトナム")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("インドネシア", "マレーシア", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout49.py")
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
        # a question must not copy a table's wording: its row label may appear, its column label not
        for t in table_of(q):
            for g in gold:
                if g["table"] == t and g["fiscal_year_range"] is None and not fiscal_year(g["column"]) \
                        and len(g["column"]) > 4 and norm(g["column"]) in norm(q["question"]):
                    errors.append(f"{qid}: copies the column label {g['column']}")
                    break
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
    if not 9 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected about 10")
    for q in questions:
        if q.get("computed") and not re.search(r"(万円|円|件|人|%)$", q["answer"][0]):
            errors.append(f"{q['id']}: a computed answer should carry its unit word")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout49.py")
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
            # each printed row, cell after cell (the number column of (g) included), on its page
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

    def adds_up(table, cols, rows=None):
        tab = t[table]
        for col in cols:
            members = [r for row, r in tab.items() if row != "合計" and (rows is None or row in rows)]
            if tab["合計"][col] != sum(r[col] for r in members):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate; the second-year cap is below the first; no cap above the firm cap
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if not r["上限額（万円）／２年目"] < r["上限額（万円）／初年度"]:
            errors.append(f"{A} / {row}: the ２年目 cap should be below the 初年度 cap")
        if r["上限額（万円）／初年度"] > FIRM_CAP["初年度"] or r["上限額（万円）／２年目"] > FIRM_CAP["２年目"]:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; grants within applications; continued use within grants and the year before's grants
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    prev = 0
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["うち継続利用（件）"] > min(r["交付件数（件）"], prev) \
                or r["交付額（万円）"] > r["交付件数（件）"] * FIRM_CAP["初年度"]:
            errors.append(f"{B} / {row}: grants, continued use or amounts out of range")
        prev = r["交付件数（件）"]
    # (c): 合計 adds up in every column, 計 is the sum of the years, the yearly 合計 equal (b)'s 交付件数
    c = t[C]
    years = [era(y) for y in DEST_YEARS]
    adds_up(C, years + ["計"])
    for row, r in c.items():
        if r["計"] != sum(r[y] for y in years):
            errors.append(f"{C} / {row}: 計 is not the sum of the years")
    for y in years:
        if c["合計"][y] != b[y]["交付件数（件）"]:
            errors.append(f"{C}: 合計 of {y} differs from {B}")
    if max((r for row, r in c.items() if row != "合計"), key=lambda r: r["計"]) is not c["米国"] \
            or any(max(c[row][y] for row in c if row != "合計") != c["米国"][y] for y in years):
        errors.append(f"{C}: 「米国が３年度続けて最も多い」 does not hold")
    # (d): 合計 adds up; 割合 is the per cent; the totals equal the two firm sizes
    d = t[D]
    adds_up(D, ("回答企業数（社）", "駐在員を置く企業（社）", "駐在員数（人）"))
    for row, r in d.items():
        if Decimal(str(r["割合（％）"])) != pct1(r["駐在員を置く企業（社）"], r["回答企業数（社）"]) \
                or r["駐在員を置く企業（社）"] > r["回答企業数（社）"]:
            errors.append(f"{D} / {row}: 割合 is not the share of 回答企業数")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["駐在員を置く企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 合計 adds up; うち中小企業 within 駐在員数; 合計 駐在員数 equals (d)'s
    e = t[E]
    adds_up(E, ("拠点数（か所）", "駐在員数（人）", "うち中小企業の駐在員（人）"))
    if any(r["うち中小企業の駐在員（人）"] > r["駐在員数（人）"] for r in e.values()):
        errors.append(f"{E}: うち中小企業 above 駐在員数")
    if e["合計"]["駐在員数（人）"] != d["合計"]["駐在員数（人）"]:
        errors.append(f"{E}: 合計 駐在員数 differs from {D}")
    ranked = [row for row, _r in sorted(((k, v) for k, v in e.items() if k not in ("合計", "その他")),
                                        key=lambda kv: -kv[1]["駐在員数（人）"])]
    if ranked[:3] != ["中国", "タイ", "ベトナム"]:
        errors.append(f"{E}: 「中国が最も多く、タイ、ベトナムが続く」 does not hold")
    # (f): no region answered by more firms than have staff abroad; 北米 the highest in both money columns
    f = t[F]
    if any(r["回答企業数（社）"] > d["合計"]["駐在員を置く企業（社）"] for r in f.values()):
        errors.append(f"{F}: a region answered by more firms than have staff abroad")
    for col in ("海外勤務手当（万円）", "住宅費の会社負担（万円）"):
        if max(f, key=lambda row, col=col: f[row][col]) != "北米":
            errors.append(f"{F}: 北米 is not the highest in {col}")
    # (g): the urgent fee is twice the fee; the copy fee below every fee
    for row, r in t[G].items():
        if r["至急扱い（円）"] != 2 * r["手数料（円）"] or not COPY_FEE < r["手数料（円）"]:
            errors.append(f"{G} / {row}: fees out of line")
    # (h): each subtotal adds up its group; 合計 adds up the countries
    h = t[H]
    for region, members in ISSUED:
        if region:
            for p in PRODUCTS:
                if h[f"{region}小計"][p] != sum(h[m[0]][p] for m in members):
                    errors.append(f"{H}: {region}小計 of {p} does not add up")
    adds_up(H, PRODUCTS, rows=[m[0] for _r, ms in ISSUED for m in ms])
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
        on = [i + 1 for i, p in enumerate(pages[CHOSA_PDF]) if header in norm(p)]
        if countries.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("駐在員のいない拠点を含む") not in norm(pages[CHOSA_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "record", "dests", "industries", "allowances", "certs", "issued"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["allowances"].ruled or not all(s.ruled for k, s in specs.items() if k != "allowances"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with different leaves under each group
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／初年度", "上限額（万円）／２年目"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): fiscal years as columns and a total column on the right covering their range
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols != [era(y) for y in DEST_YEARS] + ["計"] \
            or any(g["fiscal_year_range"] != [DEST_YEARS[0], DEST_YEARS[-1]] for g in gold if g["column"] == "計") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == C and g["column"] != "計"):
        errors.append(f"{C}: expected the fiscal years as columns and 計 on the right, got {ccols}")
    # (d): the per cent is printed right next to the count it is a share of
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    k = dcols.index("割合（％）") if "割合（％）" in dcols else -1
    if k < 1 or dcols[k - 1] != "駐在員を置く企業（社）" \
            or {g["unit"] for g in gold if g["table"] == D and g["column"] == "割合（％）"} != {"%"}:
        errors.append(f"{D}: expected 割合（％） paired with 駐在員を置く企業（社）, got {dcols}")
    # (g): a first column numbering the rows （１）…; the gold row is the name, the number no cell
    certs = specs["certs"]
    if [r[certs.number_col] for r in certs.rows] != [f"（{fw(i)}）" for i in range(1, len(certs.rows) + 1)] \
            or certs.label_col != certs.number_col + 1 \
            or any(g["row"].startswith("（") or g["column"] == "番号" for g in gold if g["table"] == G):
        errors.append(f"{G}: expected a number column （１）… left of the names, recorded as no cell")
    # (h): subtotal rows inside the table (not the last row), drawn as total rows
    rows_h = [r[0] for r in specs["issued"].rows]
    if not all(sub in rows_h[:-1] for sub in SUBTOTALS) or rows_h[-1] != "合計" or len(SUBTOTALS) < 2 \
            or not all(sub in specs["issued"].bold_rows for sub in SUBTOTALS):
        errors.append(f"{H}: expected subtotal rows inside the table and 合計 last")
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
        got = re.findall(r"099-53\d-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x and "班" in x for x in lines):
            errors.append(f"{what}: the 班's phone and fax should share one line")
        if not any(f"電話:{want[2]}" in x and "ファクス" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bulleted(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        titles = [norm(s.title) for s in all_specs() if s.doc == doc]
        if sum(bool(re.match(r"\s*○\s", x)) and not any(t in norm(x) for t in titles) for x in raw) != n:
            errors.append(f"{what}: expected {n} bulleted ○ lines")

    # ---- the grant guideline
    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("海外倉庫の所在地：", "主な販売先：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}万円") not in hj:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付") not in hj \
            or norm(f"このうち{last[3]}件が継続利用") not in hj:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    for head, where, _b, amount, kind in CASES:
        country = where.split("（")[0]
        if int(amount.rstrip("万円")) > FIRM_CAP[kind] or not any(d[0] == country and d[3] > 0 for d in DESTS):
            errors.append(f"guideline: case {head} does not fit the firm cap or (c)")
    if re.findall(r"20\d\d年", hj) != ["2021年"]:
        errors.append("guideline: only 2021年度 should be printed in Western form")
    defs(hj, ("海外倉庫", "小規模企業者", "継続利用"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in hj:
            errors.append(f"guideline: the cost not covered {x} is missing")
    arts = re.findall(r"第([１-９])条（", "\n".join(pages[HOJO_PDF]))
    if arts != list("１２３４５６７８"):
        errors.append(f"guideline: articles {arts}, expected 第１条–第８条")
    bulleted(HOJO_PDF, len(EXCLUDED), "guideline")
    steps_of(HOJO_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(HOJO_PDF, ["099-531-4620", "099-531-4629", "099-532-7700"], ["ume-kaigai-soko@example.jp"], "guideline")

    # ---- the expatriate survey
    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("主な派遣先：", "駐在員の平均年齢：", "主な課題："), [x[0] for x in SECTORS])
    total, firms, staff = (sum(r[j] for r in INDUSTRIES) for j in (1, 2, 3))
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ch \
            or norm(f"駐在員を置く企業は{firms}社で、駐在員は合わせて{staff}人") not in ch \
            or norm(f"前回調査（令和３年度）の{PREV_STAFF}人から増えている") not in ch or not PREV_STAFF < staff:
        errors.append("survey: the response and staff figures in the prose differ from (d)")
    (s_name, s_n, s_f), (l_name, l_n, l_f) = SIZES
    if norm(f"大企業{l_n}社のうち{l_f}社") not in ch or norm(f"中小企業は{s_n}社のうち{s_f}社") not in ch:
        errors.append("survey: the firm sizes in the prose are missing")
    sme = sum(r[3] for r in COUNTRIES)
    if norm(f"中小企業の駐在員は{sme}人") not in ch or not 0.25 <= sme / staff < 0.3:
        errors.append("survey: 「中小企業の駐在員は…３割弱」 does not hold")
    ranked = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[3])]
    by_resp = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[1])]
    if ranked[:2] != ["機械", "電気機器"] or by_resp[1] != "卸売業":
        errors.append("survey: the ranking the questions rely on (機械, 電気機器; 卸売業 second by 回答) does not hold")
    for _h, dest, _a, _i in SECTORS:
        if any(c not in [x[0] for x in COUNTRIES] for c in dest.split("、")):
            errors.append(f"survey: a sibling section names a country missing from (e): {dest}")
    if [float(p) for _i, p in ISSUES] != sorted((float(p) for _i, p in ISSUES), reverse=True):
        errors.append("survey: the issues are not in descending order")
    if re.findall(r"20\d\d年", ch) != ["2024年"] or re.findall(r"20\d\d年度", ch):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ch, ("海外駐在員", "拠点", "中小企業"), "survey")
    bulleted(CHOSA_PDF, 3, "survey")
    steps_of(CHOSA_PDF, "①②③④", "survey")
    contacts(CHOSA_PDF, ["099-534-2310", "099-534-2319", "099-535-8800"], ["ume-kokusai@example.jp"], "survey")

    # ---- the certificate guide
    sm = norm("\n".join(pages[SHOMEI_PDF]))
    siblings(sm, SHOMEI_PDF, ("必要な証明書：", "対象となる主な品目：", "留意事項："), [x[0] for x in DEST_SECTIONS])
    for _h, cert, _i, _n in DEST_SECTIONS:
        if cert not in [c[0] for c in CERTS]:
            errors.append(f"guide: a sibling section names a certificate missing from (g): {cert}")
    tot = _issued_rows()[-1][1]
    if norm(f"発行は{sum(tot):,}件で、令和５年度の{PREV_ISSUED}件から２割近く増えた") not in sm \
            or not 1.15 <= sum(tot) / PREV_ISSUED < 1.2:
        errors.append("guide: 「…件で、令和５年度の…件から２割近く増えた」 does not hold")
    by_country = {n: sum(v) for n, v in _issued_rows() if n not in SUBTOTALS + ("合計",)}
    if max(by_country, key=by_country.get) != "香港" or max(range(3), key=lambda j: tot[j]) != 1:
        errors.append("guide: 「水産物が最も多く、…香港が最も多い」 does not hold")
    if norm(f"２通目以降の手数料は１通当たり{COPY_FEE}円") not in sm:
        errors.append("guide: the copy fee in the prose is missing")
    if re.findall(r"20\d\d年", sm) != ["2024年"]:
        errors.append("guide: only 2024年度 should be printed in Western form")
    defs(sm, ("輸出証明書", "至急扱い", "開庁日"), "guide")
    raw = "\n".join(pages[SHOMEI_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    bulleted(SHOMEI_PDF, 4, "guide")
    steps_of(SHOMEI_PDF, "①②③④⑤⑥", "guide")
    contacts(SHOMEI_PDF, ["099-537-2410", "099-537-2419", "099-538-3300"], ["ume-yushutsu-shomei@example.jp"], "guide")

    # every phone number of the set is fictional (099-53x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
        if "桑県" in text:
            errors.append(f"{n}: names the other helper's prefecture")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
