"""Build the 樒県 held-out set 75: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (樒県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy towards the heat treatment or fumigation of the wooden packaging of export
cargo (輸出用木材梱包材消毒処理支援補助金) with a two-level header of rates by firm size and caps by
treatment method (a 「－」 cell), a yearly record (years as rows, header cells printed over two
lines, 「－」 for the years before the small-firm rate) and a KPI table with 目標 / 実績 / 達成率 and
a mark column (◎ ○ △); the report of a survey of the prefecture's firms on the recalls of their
exported products (輸出製品のリコールに関する実態調査) with the firms by industry (a table continued
over a page break without its header, header cells over two lines), the recalls by destination in
two fiscal years with a 増減 column printing decreases with ▲ and an unruled table of the causes;
and the user guide (利用案内) of a prefectural service matching local manufacturers with overseas
brands looking for contract manufacturers (海外ブランドＯＥＭマッチングサービス) with the fees (「－」
for menus only local small firms may use), the introductions, meetings and contracts by the brands'
country and the contracts by product field over three fiscal years with a total column on the
right; see README.md beside this file.

    python make_heldout75.py [OUTPUT_DIR]          # default: this file's directory

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

KONPO_PDF = "shikimi_mokuzai_konpozai_shodoku_hojokin_kofu_yoko_r7.pdf"
RECALL_PDF = "shikimi_yushutsu_seihin_recall_jittai_chosa_r6.pdf"
OEM_PDF = "shikimi_kaigai_brand_oem_matching_riyo_annai_r7.pdf"
ALL_PDFS = (KONPO_PDF, RECALL_PDF, OEM_PDF)

UNITS = ("千円", "万円", "円", "千点", "件", "人", "社", "%")  # tried in order (千円 before 円)
DASH = "－"  # a cell with no figure (see the notes under each table)
MARKS = ("◎", "○", "△")  # the KPI table's evaluation marks (note ※５ of the guideline)
NON_NUMERIC = (DASH,) + MARKS  # the only cells of the set that are no number
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-79"  # every phone number of the set: 099-79x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("榁県",)  # the other helper's prefecture of this session: named in no document


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
    """(number, unit) as printed after NFKC, ▲ read as a minus; (None, None) for 「－」 and marks."""
    return docgen.parse_number(nfkc(value).strip().replace("▲", "-"), UNITS)


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
    """A table cell: None as 「－」, an int as docgen prints it (single digits full-width), a
    Decimal with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease printed with ▲ (▲２), an increase without a sign."""
    return f"▲{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a total or 増減 column) and optional per-column fiscal years."""

    col_range: dict | None = None  # {col: [first, last]} for columns covering several fiscal years
    col_fy: dict | None = None  # {col: fiscal year} where a column's year is not in its header

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
            unit = None if number is None else (cell_unit or spec.cell_unit(r, c))
            row_label = label(r[spec.label_col])
            rng = (spec.col_range or {}).get(c)
            fy = None if rng else ((spec.col_fy or {}).get(c) or spec.column_year(c)
                                   or fiscal_year(row_label) or spec.table_fy)
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


ARTICLE_HEAD = pstyle("article_head", docgen.GOTHIC, 10.5, 16, left=docgen.EM, spaceBefore=3, keepWithNext=1)


def article(head: str, num: str, text: str, more=()):
    """An article of the guideline: its caption （…） on a line of its own, then 第ｎ条 and its
    paragraphs ２, ３, … hanging."""
    st = [P(f"（{head}）", ARTICLE_HEAD), P(f"{num}　{text}", hanging(0, 3))]
    st += [P(f"{fw(i)}　{t}", hanging(0, 1)) for i, t in enumerate(more, 2)]
    return st


PREF = "樒県"
TOWNS = ("樒市", "潮留市", "鹿野町")
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: wood-packaging treatment subsidy, grant guideline
KONPO = f"{PREF}輸出用木材梱包材消毒処理支援補助金"
KONPO_DEPT = f"{PREF} 商工労働部 貿易振興課"
KONPO_DESK = f"{PREF}木材梱包相談窓口"
KYOKAI_KONPO = f"一般社団法人{PREF}木材梱包協会"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: 熱処理, くん蒸処理 (None: not covered)
    ("消毒処理の委託費", 50, 70, 1500, 1200),
    ("熱処理設備の導入", 40, 50, 3000, None),
    ("表示用の刻印・スタンプの作成", 50, 70, 100, 100),
    ("処理記録・温度管理機器", 50, 70, 600, 400),
    ("講習の受講", 50, 70, 80, 80),
]
FIRM_CAP, FIRM_CAP_EQUIPMENT = 300, 500  # 第４条２: 万円 per firm and year (with 熱処理設備: 500)
SMALL_RATE_FROM = 2022  # the 小規模企業者 rate exists from 令和４年度 (note ※４)
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者 (None before 令和４年度), 処理数量（千点）, 交付額（千円）
    (2020, 14, 11, None, 38, 8420), (2021, 19, 15, None, 52, 11760), (2022, 26, 21, 7, 71, 15930),
    (2023, 31, 24, 9, 86, 18240), (2024, 38, 29, 12, 104, 21870),
]
KPI = [  # 指標 (unit in brackets), 目標, 実績 (令和６年度)
    ("交付件数（件）", 30, 29), ("処理された木材梱包材（千点）", 90, 104), ("登録処理業者の数（社）", 12, 13),
    ("講習の受講者数（人）", 120, 87), ("新たに輸出を始めた企業（社）", 8, 7),
]
MARK_LIMITS = ((100, "◎"), (80, "○"), (0, "△"))  # note ※５: 達成率 at least … -> mark
KONPO_CASES = [  # 見出し, 処理の方法, 主な輸出先, 補助金の額, cost items, rate column (1 中小 / 2 小規模), cap column (3 熱 / 4 くん蒸)
    ("木製家具製造業Ａ社（樒市）", "熱処理（自社に設備を導入）", "米国、カナダ", "284万円",
     ("熱処理設備の導入", "処理記録・温度管理機器"), 1, 3),
    ("機械部品製造業Ｂ社（潮留市）", "くん蒸処理（登録処理業者に委託）", "ベトナム、インドネシア", "96万円",
     ("消毒処理の委託費",), 2, 4),
    ("梱包業Ｃ社（鹿野町）", "熱処理（登録処理業者に委託）と刻印の作成", "中国、タイ", "142万円",
     ("消毒処理の委託費", "表示用の刻印・スタンプの作成"), 2, 3),
]
EXCLUDED = [  # 第５条: 補助の対象としない経費
    "木材梱包材の材料費及び製作費",
    "登録処理業者以外の者に委託した消毒処理の経費",
    "消費税及び地方消費税",
    "交付決定の日より前に発注し、又は支払った経費",
]


def mark(rate: Decimal) -> str:
    return next(m for lo, m in MARK_LIMITS if rate >= lo)


def konpo_specs():
    rates = TableSpec(
        key="rates", doc=KONPO_PDF, title="補助対象経費ごとの補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "熱処理", "くん蒸処理"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 26 * mm, 28 * mm, 24 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=KONPO_PDF, title="年度別の交付実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち小規模\n企業者（件）", "処理数量\n（千点）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), cell(s), fw(q), fw(g)] for y, a, b, s, q, g in RECORD],
        col_widths=[28 * mm, 24 * mm, 24 * mm, 28 * mm, 24 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    krows = []
    for name, target, actual in KPI:
        rate = pct1(actual, target)
        krows.append([name, fw(target), fw(actual), cell(rate), mark(rate)])
    kpi = TableSpec(
        key="kpi", doc=KONPO_PDF, title="成果指標の達成状況",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=krows, col_widths=[62 * mm, 22 * mm, 22 * mm, 28 * mm, 18 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: bracket_unit(row[0]) if c in (1, 2) else ("%" if c == 3 else None)
    return rates, record, kpi


def konpo_totals():
    return sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)


def konpo_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = konpo_totals()
    last = RECORD[-1]
    st = [P(f"{KONPO}交付要綱", TITLE), P("令和７年３月28日制定", DATE_RIGHT), P(KONPO_DEPT, DATE_RIGHT)]
    st += article("趣旨", "第１条", f"この要綱は、県内の中小企業者が輸出貨物の木材梱包材を輸出先の植物検疫の規則に適合させるために行う消毒処理に要する経費の補助について、{PREF}補助金等交付規則に定めるもののほか、必要な事項を定める。")
    st += article("定義", "第２条", "この要綱において「木材梱包材」とは、輸出貨物の梱包、積付け又は固定に用いる木材（パレット、木箱、すかし箱、ダンネージ等）をいい、厚さ６ミリメートル以下の木材並びに合板、パーティクルボード等の加工木材のみでできたものを除く。", [
        "この要綱において「消毒処理」とは、木材梱包材に対する熱処理（木材の中心温度を56℃以上に30分以上保つ処理をいう。）又はくん蒸処理をいい、国際基準（ＩＳＰＭ No.15）に基づく表示を付けることを含む。",
        "この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいう。",
        f"この要綱において「登録処理業者」とは、消毒処理を行いその表示を付ける者として{KYOKAI_KONPO}に登録された事業者をいう。",
    ])
    st += article("補助対象者", "第３条", "補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者で、木材梱包材を用いて自社の製品を輸出するもの又は輸出を行う事業者のために木材梱包材を製作するものとする。")
    st += article("補助対象経費、補助率及び上限額", "第４条", "補助の対象となる経費、補助率及び上限額は、別表のとおりとする。", [
        f"補助金の額は、１事業者当たり年度{FIRM_CAP}万円（熱処理設備の導入を含む場合は{FIRM_CAP_EQUIPMENT}万円）を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += article("補助の対象とならない経費", "第５条", "次に掲げる経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 1)
    st += article("交付の手続", "第６条", "補助金の交付の手続は、次のとおりとする。")
    st += numbered([
        f"① 事前相談（貿易振興課又は{KONPO_DESK}へ）",
        "② 交付申請書の提出（事業計画書、見積書及び登録処理業者の登録証の写しを添えて提出）",
        "③ 審査（書類審査、令和７年６月下旬）",
        "④ 交付決定の通知（令和７年７月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告書の提出（第７条に定める期限まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 1)
    st += article("実績報告等", "第７条", "補助事業者は、補助事業の完了の日から30日以内又は令和８年２月27日のいずれか早い日までに、実績報告書を知事に提出しなければならない。", [
        "補助事業者は、補助金の交付を受けた年度の翌年度から３年間、消毒処理した木材梱包材の数量を、毎年度４月30日までに知事に報告しなければならない。",
    ])
    st += [P("附　則", ARTICLE_HEAD), P(INDENT + "この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [P("別表（第４条関係）", ARTICLE_HEAD)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 小規模企業者は「小規模企業者」の欄の補助率を、それ以外は「中小企業者」の欄の補助率を適用する。",
        "※２ 上限額は、熱処理の場合は「熱処理」の欄を、くん蒸処理の場合は「くん蒸処理」の欄を適用する。",
        "※３ くん蒸処理の設備は、薬剤の取扱いに資格を要するため、補助の対象としない（表中「－」）。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年４月21日から５月30日まで"),
        ("予算額", "2,500万円"),
        ("交付予定件数", "30件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += [P("（参考２）交付の実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all // 10:,}万円を交付した。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{last[3]}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 小規模企業者の補助率は令和４年度に設けたため、令和２年度と令和３年度は「－」としている。処理数量は、交付を受けた事業者が補助事業で消毒処理した木材梱包材の数である。",
    ])
    st += [P("（参考３）成果指標の達成状況", H1)]
    st += paras("令和６年度は、五つの指標のうち二つで目標を達成し、講習の受講者数は目標の８割に届かなかった。", 0)
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 達成率は実績を目標で割ったもの。評価は100％以上を「◎」、80％以上100％未満を「○」、80％未満を「△」とした。",
    ])
    st += [P("（参考４）活用事例（令和６年度）", H1)]
    for i, (head, how, where, amount, *_x) in enumerate(KONPO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("処理の方法", how), ("主な輸出先", where), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KONPO_DEPT} 輸出環境班　電話：099-791-4410　ファクス：099-791-4419",
        f"{KONPO_DESK}（{KYOKAI_KONPO}内、事前相談）　電話：099-791-4500",
        "電子メール：shikimi-konpo@example.jp",
    ]))
    return st


# ================================================================ document 2: recalls of exported products, survey report
RECALL = f"{PREF}内企業の輸出製品のリコールに関する実態調査"
RECALL_DEPT = f"{PREF} 産業政策部 国際経済課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
TARGET = 1500  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 輸出企業数（社）, リコール経験企業（社）, リコール件数（件）
    ("食料品", 84, 41, 9, 14), ("飲料・酒類", 36, 22, 4, 5), ("化学・化粧品", 45, 27, 6, 9),
    ("プラスチック・ゴム製品", 40, 19, 3, 4), ("金属製品", 72, 33, 4, 6), ("一般機械", 88, 52, 7, 11),
    ("電気機器", 61, 38, 8, 15), ("輸送用機器", 39, 24, 5, 8), ("繊維・日用品", 50, 21, 3, 3),
    ("その他", 97, 18, 1, 1),
]
FOOD = ("食料品", "飲料・酒類")  # 食品・飲料等 in (f) (note ※１); the other eight are 工業製品
SIZES = (("中小企業", 38), ("大企業", 12))  # リコール経験企業 by size (prose only)
RECALL_YEARS = (2022, 2023)
DESTS = [  # 輸出先, リコール件数 in 令和４年度, 令和５年度
    ("中国", 5, 3), ("韓国", 2, 3), ("台湾", 3, 2), ("香港", 1, 2), ("タイ", 2, 1), ("ベトナム", 1, 3),
    ("米国", 4, 6), ("ＥＵ", 3, 5), ("その他", 2, 1),
]
CAUSES = [  # リコールの原因, 回答数: 食品・飲料等, 工業製品 (複数回答)
    ("表示の不備（アレルゲン・成分表示等）", 8, 5), ("異物の混入", 4, 2), ("部品・材料の不具合", 0, 17),
    ("輸出先の安全基準への不適合", 2, 14), ("設計上の問題", 0, 9), ("輸送中の品質の劣化", 3, 2),
]
RECALL_CASES = [  # 見出し, 輸出先, リコールの原因, その後の対策 (same labels in every sibling section)
    ("電気機器製造業Ｄ社（樒市）", "ＥＵ", "安全基準の改正に、製品の電源部品が適合していなかった",
     "輸出先の規格の改正を毎月確かめる担当者を置いた"),
    ("食料品製造業Ｅ社（潮留市）", "台湾", "現地語のラベルにアレルゲンの表示が漏れていた",
     "現地語のラベルを、現地の専門家が出荷前に確かめる手順を設けた"),
    ("一般機械製造業Ｆ社（鹿野町）", "米国", "部品の仕入先で材料の不具合があった",
     "重要な部品の受入検査を、抜取検査から全数検査に改めた"),
]


def recall_sums():
    """回答企業, 輸出企業, リコール経験企業, リコール件数 over all industries."""
    return tuple(sum(r[j] for r in INDUSTRIES) for j in (1, 2, 3, 4))


def cause_n() -> tuple[int, int, int]:
    """リコール経験企業: all, 食品・飲料等, 工業製品 (the ｎ of the unruled table)."""
    food = sum(r[3] for r in INDUSTRIES if r[0] in FOOD)
    n = recall_sums()[2]
    return n, food, n - food


def recall_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in INDUSTRIES]
    rows.append(["合計"] + [fw(x) for x in recall_sums()])
    industries = TableSpec(
        key="industries", doc=RECALL_PDF, title="業種別の輸出企業とリコールの状況",
        header=[["業種", "回答\n企業数（社）", "輸出\n企業数（社）", "リコール\n経験企業（社）", "リコール\n件数（件）"]],
        rows=rows, col_widths=[48 * mm, 28 * mm, 28 * mm, 30 * mm, 28 * mm], repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    industries.col_fy = {1: 2024, 2: 2023}
    industries.col_range = {3: [2019, 2023], 4: [2019, 2023]}
    drows = [[d, fw(a), fw(b), signed(b - a)] for d, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=RECALL_PDF, title="輸出先別のリコール件数",
        header=[["輸出先"] + [era(y) for y in RECALL_YEARS] + ["増減"]],
        rows=drows, col_widths=[40 * mm, 30 * mm, 30 * mm, 26 * mm], unit="件",
    )
    dests.col_range = {3: [RECALL_YEARS[0], RECALL_YEARS[-1]]}
    n_all, n_f, n_i = cause_n()
    causes = TableSpec(
        key="causes", doc=RECALL_PDF, title="リコールの原因（複数回答）",
        header=[["原因", "全体", "食品・飲料等", "工業製品"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_f)), cell(pct1(b, n_i))] for x, a, b in CAUSES],
        col_widths=[74 * mm, 24 * mm, 28 * mm, 24 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, dests, causes


def recall_story(specs):
    industries, dests, causes = specs
    total, exporters, firms, recalls = recall_sums()
    n_all, n_f, n_i = cause_n()
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{RECALL} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(RECALL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += paras("""
本調査は、県内企業が輸出した製品のリコールについて、その件数、輸出先及び原因を把握するため、令和６年度に初めて実施したものである。調査の結果は、県の輸出支援施策の見直しに用いる。
""", 0)
    st += lv_lines([
        ("調査の目的", "県内企業が輸出した製品のリコールの実態と課題を把握し、輸出製品の品質管理を支える施策に役立てるため"),
        ("調査対象", f"県内に本社を置く製造業等の企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月２日から10月４日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「リコール」とは、製品の欠陥、表示の誤り等を理由に、輸出先で販売され、又は流通している製品を回収し、修理し、又は交換することをいい、輸出先の当局の命令によるものと自主的に行うものの両方を含む。「輸出企業」とは、令和５年度中に自社の製品を輸出した企業をいう。また、「リコール経験企業」とは、令和元年度から令和５年度までの５年間に、輸出製品のリコールを１回以上行った輸出企業をいう。
""", 0)
    st += [P("２　輸出とリコールの状況", H1)]
    st += paras(f"""
近年、主な輸出先では製品の安全や表示に関する規則の改正が続いており、輸出した製品のリコールは、回収や交換の負担だけでなく、現地の取引先との信頼にも関わる問題となっている。このため、県内企業の輸出製品の品質管理を、業種の特性に応じて支えることが求められている。
回答企業{total}社のうち輸出企業は{exporters}社（{pct1(exporters, total)}％）で、このうちリコール経験企業は{firms}社（{pct1(firms, exporters)}％）であった。５年間のリコール件数は延べ{recalls}件である。業種別では、リコール件数は電気機器が、リコール経験企業の数は食料品が最も多い。企業規模別では、リコール経験企業{firms}社のうち中小企業が{SIZES[0][1]}社、大企業が{SIZES[1][1]}社であった。
""", 0)
    st += [caption(industries.title, "（リコールは令和元年度～令和５年度の５年間）", keep=False),
           industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 回答企業数は調査時点、輸出企業数は令和５年度の数である。「その他」は、木材・紙製品、窯業・土石製品等である。以下の「食品・飲料等」は食料品と飲料・酒類の２業種、「工業製品」はそれ以外の８業種である。"])
    st += [P("３　輸出先別のリコール件数", H1)]
    st += paras(f"""
令和５年度のリコール件数は{tb}件で、前年度の{ta}件から{fw(tb - ta)}件増えた。米国とＥＵ向けが増えた一方、中国向けは減った。
""", 0)
    st += [caption(dests.title, "（単位：件）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 増減は、令和５年度の件数から令和４年度の件数を引いたもので、「▲」は減少を示す。複数の国・地域で行ったリコールは、主な国・地域に計上した。「ＥＵ」はＥＵ加盟国の合計、「その他」はオーストラリア、中東諸国等である。"])
    st += [P("４　企業の事例", H1)]
    for i, (head, dest, cause, measure) in enumerate(RECALL_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", dest), ("リコールの原因", cause), ("その後の対策", measure)], 1)
    st += [P("５　リコールの原因", H1)]
    st += paras("""
全体と工業製品では「部品・材料の不具合」が、食品・飲料等では「表示の不備（アレルゲン・成分表示等）」が最も多かった。
""", 0)
    st += [caption(causes.title, "（単位：％）"), causes.flowable(), Spacer(1, 2)]
    st += notes([f"※３ リコール経験企業（全体{n_all}社、食品・飲料等{n_f}社、工業製品{n_i}社）が回答した。複数回答のため、合計は100％にならない。"])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "輸出先の製品安全や表示の規則の改正を、分かりやすく知らせてほしい。",
        "現地語の表示を専門家に確かめてもらえる窓口を設けてほしい。",
        "リコールが起きたときの現地での対応を相談できる専門家を紹介してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 主な輸出先の製品安全と表示の規則の改正情報を、令和７年度から毎月メールで配信する。",
        f"② {KYOKAI}と連携し、輸出製品の品質管理セミナーを年３回開く。",
        "③ 現地語の表示の確認を支援する制度の創設を、令和７年度中に検討する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{RECALL_DEPT} 調査分析班　電話：099-794-2210　ファクス：099-794-2219",
        f"{KYOKAI}（品質管理の相談）　電話：099-794-2300",
        "電子メール：shikimi-kokusai@example.jp",
    ]))
    return st


# ================================================================ document 3: OEM matching with overseas brands, user guide
OEM = f"{PREF}海外ブランドＯＥＭマッチングサービス"
OEM_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
MENUS = [  # 見出し, 支援の内容, 対象となる企業, 利用の上限 (same labels in every sibling section)
    ("登録と紹介", "企業情報（設備、技術、認証、生産能力）を登録し、ブランドの求める条件に合う場合に紹介します",
     "すべての登録企業", "紹介の回数に上限はありません"),
    ("商談の支援", "オンライン商談の日程の調整と通訳の手配を行い、財団の職員が商談に同席します",
     "ブランドが商談を希望した登録企業", "１ブランドにつき３回まで"),
    ("試作と契約の支援", "技術資料の英訳と、秘密保持契約書や製造委託契約書の専門家による確認を行います",
     "県内中小企業である登録企業", "年度内に５回まで"),
]
FEES = [  # メニュー, 県内中小企業（円）, その他の事業者（円） (None: 県内中小企業 only) (令和７年度)
    ("企業情報の登録（年額）", 6000, 12000), ("ブランドへの紹介（１件）", 3000, 6000),
    ("商談の通訳（１時間）", 4000, 8000), ("技術資料の英訳（１件）", 8000, None),
    ("契約書の専門家確認（１回）", 10000, None),
]
FREE_INTROS = 3  # note ※３: introductions free in the year of the first registration
BRANDS = [  # ブランドの国・地域, 紹介件数, 商談件数, 成約件数 (令和６年度)
    ("米国", 42, 15, 4), ("フランス", 18, 7, 2), ("イタリア", 12, 5, 1), ("英国", 9, 3, 1),
    ("韓国", 16, 6, 2), ("台湾", 21, 9, 3), ("タイ", 11, 4, 1), ("その他", 14, 4, 1),
]
FIELD_YEARS = (2022, 2023, 2024)
FIELDS = [  # 製品分野: 成約件数 in 令和４, ５, ６年度
    ("化粧品・美容", 2, 3, 4), ("食品・菓子", 1, 2, 3), ("衣料・繊維", 2, 2, 2), ("生活雑貨", 1, 1, 3),
    ("家電・電子機器", 1, 1, 2), ("その他", 1, 1, 1),
]
REGISTERED = 87  # 令和６年度末の登録企業 (prose only)


def oem_specs():
    fees = TableSpec(
        key="fees", doc=OEM_PDF, title="メニュー別の利用料金",
        header=[["メニュー", "県内中小企業（円）", "その他の事業者（円）"]],
        rows=[[n, fw(a), cell(b)] for n, a, b in FEES],
        col_widths=[64 * mm, 40 * mm, 40 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in BRANDS]
    rows.append(["合計"] + [fw(sum(r[j] for r in BRANDS)) for j in (1, 2, 3)])
    brands = TableSpec(
        key="brands", doc=OEM_PDF, title="ブランドの国・地域別の紹介と成約",
        header=[["ブランドの国・地域", "紹介件数（件）", "商談件数（件）", "成約件数（件）"]],
        rows=rows, col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], table_fy=2024,
    )
    brands.unit = lambda row, c, s=brands: bracket_unit(s.column_label(c))
    frows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in FIELDS]
    frows.append(["合計"] + [fw(sum(r[j] for r in FIELDS)) for j in (1, 2, 3)]
                 + [fw(sum(sum(r[1:]) for r in FIELDS))])
    fields = TableSpec(
        key="fields", doc=OEM_PDF, title="製品分野別の成約件数",
        header=[["製品分野"] + [era(y) for y in FIELD_YEARS] + ["計"]],
        rows=frows, col_widths=[40 * mm, 28 * mm, 28 * mm, 28 * mm, 22 * mm], unit="件",
    )
    fields.col_range = {4: [FIELD_YEARS[0], FIELD_YEARS[-1]]}
    return fees, brands, fields


def oem_story(specs):
    fees, brands, fields = specs
    intro, meet, deal = (sum(r[j] for r in BRANDS) for j in (1, 2, 3))
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{OEM} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(OEM_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、自社の商標で商品を販売する海外のブランドが製造の委託先を探している場合に、条件に合う県内の製造事業者を紹介し、商談から契約までを支援するものです。自社の技術を生かして海外からの受注を増やしたい事業者は、ご登録ください。
""", 0)
    st += lv_lines([
        ("サービス名", OEM),
        ("実施主体", PREF),
        ("運営", f"{ZAIDAN}（県からの委託）"),
        ("利用できる者", "県内に工場又は事業所を有する製造事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（ウェブの登録は24時間）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「ＯＥＭ」とは、海外のブランドの商標を付けて販売される製品を、県内の製造事業者がそのブランドから受託して製造することをいいます。「登録企業」とは、このサービスに企業情報を登録した製造事業者をいいます。「紹介」とは、ブランドの求める条件に合う登録企業の企業情報をブランドに送ることをいい、１ブランドに１社を紹介することを１件と数えます。また、「成約」とは、紹介した登録企業とブランドとの間で製造の委託に関する契約が結ばれたことをいい、試作のみの契約は含みません。
""", 0)
    st += [P("２　支援の内容", H1)]
    for i, (head, what, who, limit) in enumerate(MENUS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("支援の内容", what), ("対象となる企業", who), ("利用の上限", limit)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は、メニューと利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に工場又は事業所を有する中小企業基本法に定める中小企業者をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 表中「－」のメニューは、県内中小企業に限り利用できます。",
        f"※３ 初めて登録した年度は、紹介の料金を{fw(FREE_INTROS)}件分まで無料とします。",
    ])
    st += [P("４　利用の流れ", H1)]
    st += numbered([
        "① 企業情報の登録（ウェブの登録フォームに、設備、技術、生産能力等を記入）",
        "② 登録料の支払（請求書による銀行振込み）",
        "③ 紹介（ブランドの求める条件に合う場合に、財団から連絡します）",
        "④ 商談（オンライン。通訳の手配と職員の同席は、希望に応じて行います）",
        "⑤ 試作と契約の支援（技術資料の英訳、契約書の確認）",
        "⑥ 成約の報告（契約を結んだ日から30日以内に財団へ報告）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度末の登録企業は{REGISTERED}社で、令和６年度の紹介は{intro}件、商談は{meet}件、成約は{deal}件でした。ブランドの国・地域別では米国が最も多く、製品分野別の成約は、令和４年度から令和６年度までの３年間で化粧品・美容が最も多くなっています。
""", 0)
    st += [caption(brands.title, "（令和６年度）"), brands.flowable(), Spacer(1, 2)]
    st += [caption(fields.title, "（単位：件）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、ブランドの国・地域ではカナダ、オーストラリア等、製品分野では文具、スポーツ用品等です。計は、令和４年度から令和６年度までの合計です。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("登録すれば、必ずブランドに紹介してもらえますか。",
         "紹介は、ブランドの求める条件に合う場合に限ります。登録だけで紹介を約束するものではありません。"),
        ("ブランドとの契約は、財団が結んでくれますか。",
         "契約は、登録企業とブランドが直接結びます。財団は契約の当事者にはなりません。"),
        ("製造を県外の工場で行う場合も利用できますか。",
         "県内に事業所があれば登録できます。ただし、工場の見学を求められた場合は、その工場で対応していただきます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "登録した企業情報は、紹介の目的に限り、ブランドに提供します。",
        "商談の内容や価格の交渉は、登録企業の判断で行ってください。",
        "契約の締結や履行について、財団は責任を負いません。",
        "登録の内容に変更があった場合は、速やかに届け出てください。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{OEM_DEPT} 海外取引班　電話：099-797-3310　ファクス：099-797-3319",
        f"{ZAIDAN}（登録・紹介の窓口）　電話：099-797-3400",
        "電子メール：shikimi-oem@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return konpo_specs() + recall_specs() + oem_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, rspecs, ospecs = konpo_specs(), recall_specs(), oem_specs()
    kdoc = build_pdf(docs_dir / KONPO_PDF, kspecs, konpo_story(kspecs),
                     f"{KONPO}交付要綱", "令和７年３月28日制定", KONPO_DEPT)
    rdoc = build_pdf(docs_dir / RECALL_PDF, rspecs, recall_story(rspecs),
                     f"令和６年度 {RECALL} 報告書", "令和７年１月", RECALL_DEPT)
    odoc = build_pdf(docs_dir / OEM_PDF, ospecs, oem_story(ospecs),
                     f"令和７年度 {OEM} 利用案内", "令和７年４月", OEM_DEPT)
    gold = all_gold({KONPO_PDF: kdoc.row_pages, RECALL_PDF: rdoc.row_pages, OEM_PDF: odoc.row_pages})
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
    # --- konpo: the wood-packaging treatment guideline, tables (a) (b) (c), definitions, sibling sections, articles
    dict(question="従業員が15人の金属部品メーカーが、輸出用の木箱のくん蒸処理を登録処理業者に頼みたいそうです。補助率は何％になりますか？",
         category="konpo", doc=KONPO_PDF,
         evidence=["常時使用する従業員の数が20人", "消毒処理の委託費 50 70 1,500 1,200"], answer=["70"],
         notes="two facts: 15人 in manufacturing is within the 20人 of 小規模企業者 (definition in 第２条３), so note ※１ "
               "applies the leaf 補助率（％）／小規模企業者 of (a) row 消毒処理の委託費; 50 (中小企業者) is the trap, and "
               "the くん蒸処理 leaf belongs to the caps (上限額（千円）), not to the rates"),
    dict(question="2025年度に、熱処理を登録処理業者に委託する場合、補助の上限額はいくらですか？",
         category="konpo", doc=KONPO_PDF, evidence=["消毒処理の委託費 50 70 1,500 1,200"], answer=["1,500"],
         notes="(a) leaf 上限額（千円）／熱処理 (note ※２), in 千円 from the header group; 1,200 (くん蒸処理) is the trap; "
               "2025年度 = 令和７年度, printed only in the caption note; the firm cap of 第４条２ (300万円 a year) is "
               "another 上限, for the whole grant"),
    dict(question="自社の工場にくん蒸処理の設備を入れたいという会社があります。その設備の費用は補助の対象になりますか？",
         category="konpo", doc=KONPO_PDF,
         evidence=["くん蒸処理の設備は、薬剤の取扱いに資格を要するため、補助の対象としない"],
         answer=["補助の対象としない"],
         notes="(a) the 「－」 cell (熱処理設備の導入 / 上限額（千円）／くん蒸処理) is explained only by note ※３ (not covered); "
               "the row names only 熱処理設備, so a cap read from a neighbouring cell (3,000) is the trap"),
    dict(question="2023年度には、何件に補助金が交付されましたか？",
         category="konpo", doc=KONPO_PDF, evidence=["令和５年度 31 24 ９ 86 18,240"], answer=["24"],
         notes="(b) years as rows, header cells printed over two lines: 2023年度 = 令和５年度 (only 2020年度 is printed in "
               "Western form), column 交付件数（件）; 31 (申請件数) and ９ (うち小規模企業者) are the traps"),
    dict(question="令和２年度から令和６年度までに交付した補助金は、１件当たり平均いくらになりますか？",
         category="konpo", doc=KONPO_PDF, evidence=["延べ100件、7,622万円"], answer=["76.2万円"], computed=True,
         notes="the five-year totals in the prose of （参考２） (also the sums of (b), whose 交付額 is in 千円: 76,220千円): "
               "7,622万円 / 100 = 76.2万円 (762.2千円)"),
    dict(question="2024年度に交付した案件のうち、小規模企業者向けは何％を占めていますか？",
         category="konpo", doc=KONPO_PDF, evidence=["令和６年度 38 29 12 104 21,870"], answer=["41.4%"], computed=True,
         notes="(b) share within a row: 12 / 29 = 41.4 % (2024年度 = 令和６年度); 12 / 38 = 31.6 % of the applications "
               "is a wrong reading"),
    dict(question="新しく輸出を始めた企業の数の指標は、令和６年度はどう評価されていますか？",
         category="konpo", doc=KONPO_PDF, evidence=["新たに輸出を始めた企業（社） ８ ７ 87.5 ○"], answer=["○"],
         notes="(c) KPI table, mark column 評価: 7 of 8 = 87.5 %, ○ (note ※５: 80 % or more, under 100 %); ◎ (the two "
               "indicators above target) and △ (講習) are the neighbouring marks"),
    dict(question="令和６年度の講習の受講者数は、目標に何人届かなかったのですか？",
         category="konpo", doc=KONPO_PDF, evidence=["講習の受講者数（人） 120 87 72.5 △"], answer=["33人"], computed=True,
         notes="(c) KPI table, 目標 − 実績 in a row: 120 − 87 = 33人 (the unit only in the row label); 72.5 (達成率) is no "
               "count"),
    dict(question="合板だけで作ったパレットを使う場合、その消毒処理もこの補助金の対象になりますか？",
         category="konpo", doc=KONPO_PDF, evidence=["合板、パーティクルボード等の加工木材のみでできたものを除く"],
         answer=["加工木材のみでできたものを除く"],
         notes="definition 「木材梱包材」とは (第２条) at its boundary: packaging made only of plywood is no 木材梱包材, so "
               "its treatment is not covered (a no); パレット in the list of the definition is the trap"),
    dict(question="家具メーカーの活用事例では、補助金はいくら交付されましたか？",
         category="konpo", doc=KONPO_PDF, evidence=["（１）木製家具製造業Ａ社", "補助金の額：284万円"], answer=["284万円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 処理の方法, 主な輸出先, 補助金の額; "
               "（１）木製家具製造業Ａ社 (家具メーカー); 96万円 and 142万円 are the siblings' values"),
    dict(question="補助事業が終わったあと、実績報告書は遅くともいつまでに出さなければなりませんか？",
         category="konpo", doc=KONPO_PDF, evidence=["30日以内又は令和８年２月27日のいずれか早い日"],
         answer=["令和８年２月27日"],
         notes="article 第７条: 30 days after completion or 令和８年２月27日, whichever is earlier; the completion deadline "
               "of step ⑤ (令和８年２月13日) and the yearly report of 第７条２ (４月30日) are near misses"),
    # --- recall: the survey of recalls of exported products, tables (d) (e) (f), definitions, sibling sections
    dict(question="輸出製品のリコールの実態調査は、回答率が何％でしたか？",
         category="recall", doc=RECALL_PDF, evidence=["回答数：612社（回答率40.8％）"], answer=["40.8"],
         notes="「label：value」 line 回答数 (612 of the 1,500社 of 調査対象); 48.2 % (輸出企業) and 16.9 % (リコール"
               "経験企業) are near misses"),
    dict(question="輸出先の当局から命令されて製品を回収した場合も、この調査でいうリコールに入りますか？",
         category="recall", doc=RECALL_PDF, evidence=["輸出先の当局の命令によるものと自主的に行うものの両方を含む"],
         answer=["両方を含む"],
         notes="definition 「リコール」とは: both recalls ordered by the authority and voluntary ones count (a yes)"),
    dict(question="食料品の会社では、輸出している企業のうち、リコールを経験した企業の割合はどのくらいですか？",
         category="recall", doc=RECALL_PDF, evidence=["食料品 84 41 ９ 14"], answer=["22.0%"], computed=True,
         notes="(d) on the page before the break: 9 / 41 = 22.0 % (the definition of リコール経験企業 counts only "
               "輸出企業); 9 / 84 = 10.7 % of the respondents is a wrong reading"),
    dict(question="家電などの電気機器の会社では、令和元年度からの５年間にリコールが何件ありましたか？",
         category="recall", doc=RECALL_PDF, evidence=["電気機器 61 38 ８ 15"], answer=["15"],
         notes="(d) continuation page (no header there): row 電気機器, column リコール件数（件） (fiscal_year_range "
               "[2019, 2023]); ８ (リコール経験企業) and 38 (輸出企業数) are the traps"),
    dict(question="自動車部品など輸送用機器の会社では、リコールを経験した企業１社当たり何件のリコールがあった計算になりますか？",
         category="recall", doc=RECALL_PDF, evidence=["輸送用機器 39 24 ５ ８"], answer=["1.6件"], computed=True,
         notes="(d) continuation page, average in a row: 8 / 5 = 1.6件 (8 / 24 over the exporters is a wrong reading)"),
    dict(question="2023年度、米国向けの製品のリコールは何件でしたか？",
         category="recall", doc=RECALL_PDF, evidence=["米国 ４ ６ ２"], answer=["６"],
         notes="(e) 2023年度 = 令和５年度 (the report prints only 2024年 in Western form); ４ (令和４年度) and ２ (増減) "
               "are the traps"),
    dict(question="中国向けのリコール件数は、前の年度からどれだけ増減しましたか？",
         category="recall", doc=RECALL_PDF, evidence=["中国 ５ ３ ▲２"], answer=["▲２"],
         notes="(e) 増減 column: ▲２ is a decrease of two (note ※２: 令和５年度 − 令和４年度, ▲ = decrease); reading "
               "the ▲ away (an increase of two) is the trap"),
    dict(question="2022年度から2023年度にかけて、リコール件数の合計は何％増えましたか？",
         category="recall", doc=RECALL_PDF, evidence=["合計 23 26 ３"], answer=["13.0%"], computed=True,
         notes="(e) the 合計 row: (26 − 23) / 23 = 13.0 % (2022年度 = 令和４年度, 2023年度 = 令和５年度); 3 / 26 = 11.5 % "
               "is a wrong reading"),
    dict(question="一般機械のような工業製品のメーカーで、部品や材料の不具合が原因だった企業の割合はどのくらいですか？",
         category="recall", doc=RECALL_PDF, evidence=["部品・材料の不具合 34.0 0.0 45.9"], answer=["45.9"],
         notes="(f) unruled table, column 工業製品 (note ※１: every industry but 食料品 and 飲料・酒類); 34.0 (全体) "
               "is the trap"),
    dict(question="食品メーカーの事例では、リコールのあと、どんな対策をとりましたか？",
         category="recall", doc=RECALL_PDF,
         evidence=["（２）食料品製造業Ｅ社", "現地語のラベルを、現地の専門家が出荷前に確かめる手順"],
         answer=["現地の専門家が出荷前に確かめる"],
         notes="sibling sections （１）–（３） of ４ share the labels 輸出先, リコールの原因, その後の対策; （２）食料品製造業Ｅ社 "
               "(食品メーカー; its section is on page 2, the third on page 3); the siblings' measures are the traps"),
    # --- oem: the OEM matching service guide, tables (g) (h) (i), definitions, sibling sections, Q&A
    dict(question="海外ブランドとのオンライン商談を手伝ってもらえるのは、何回までですか？",
         category="oem", doc=OEM_PDF, evidence=["（２）商談の支援", "利用の上限：１ブランドにつき３回まで"],
         answer=["１ブランドにつき３回まで"],
         notes="sibling sections （１）–（３） of ２ share the labels 支援の内容, 対象となる企業, 利用の上限; （２）商談の支援 "
               "(help with online meetings); 「上限はありません」 and 「年度内に５回まで」 are the siblings' values"),
    dict(question="ブランドと試作品だけを作る契約を結んだ場合、成約として数えられますか？",
         category="oem", doc=OEM_PDF, evidence=["試作のみの契約は含みません"], answer=["試作のみの契約は含みません"],
         notes="definition 「成約」とは at its boundary (a no)"),
    dict(question="県内に工場がある大企業が、ブランドとの契約書を専門家に確認してもらいたいそうです。利用できますか？",
         category="oem", doc=OEM_PDF,
         evidence=["のメニューは、県内中小企業に限り利用できます", "契約書の専門家確認（１回） 10,000"],
         answer=["県内中小企業に限り"],
         notes="two facts: a large firm is an その他の事業者 (note ※１), whose cell of (g) row 契約書の専門家確認 is "
               "「－」; note ※２ says those menus are for 県内中小企業 only (a no); 10,000 (the small firms' fee) is the trap"),
    dict(question="今年度初めて登録した県内の中小企業が、年度内にブランドへ６件紹介されました。紹介の料金は合わせていくらですか？",
         category="oem", doc=OEM_PDF, evidence=["紹介の料金を３件分まで無料", "ブランドへの紹介（１件） 3,000 6,000"],
         answer=["9,000円"], computed=True,
         notes="two facts: note ※３ (three introductions free in the year of the first registration) and (g) row "
               "ブランドへの紹介（１件）, column 県内中小企業（円）: (6 − 3) × 3,000 = 9,000円; 18,000円 (no free ones) and "
               "36,000円 (その他の事業者) are wrong readings"),
    dict(question="2023年度の成約のうち、食品・菓子の分野は何％でしたか？",
         category="oem", doc=OEM_PDF, evidence=["食品・菓子 １ ２ ３ ６", "合計 ８ 10 15 33"], answer=["20.0%"],
         computed=True,
         notes="(i) share within a year column: 2 / 10 = 20.0 % (2023年度 = 令和５年度); 6 / 33 over the three years "
               "(the 計 column) is a wrong reading"),
    dict(question="2024年度、台湾のブランドに紹介した案件のうち、商談まで進んだのは何％ですか？",
         category="oem", doc=OEM_PDF, evidence=["台湾 21 ９ ３"], answer=["42.9%"], computed=True,
         notes="(h) share within a row: 9 / 21 = 42.9 % (2024年度 = 令和６年度; the guide prints no Western year); "
               "3 / 21 (成約) is a wrong reading"),
    dict(question="令和４年度から令和６年度までの３年間で、化粧品や美容関係の成約は合わせて何件ですか？",
         category="oem", doc=OEM_PDF, evidence=["化粧品・美容 ２ ３ ４ ９"], answer=["９"],
         notes="(i) total column on the right: row 化粧品・美容, column 計 (fiscal_year_range [2022, 2024]); ４ "
               "(令和６年度) is the trap"),
    dict(question="ブランドとの契約は、財団が会社に代わって結んでくれるのですか？",
         category="oem", doc=OEM_PDF, evidence=["財団は契約の当事者にはなりません"], answer=["当事者にはなりません"],
         notes="Q&A: Ａ of Ｑ２ (no: the firm and the brand sign directly)"),
    # --- followups
    dict(question="その経費で、くん蒸処理の場合の上限額はいくらですか？",
         category="followup", doc=KONPO_PDF, evidence=["消毒処理の委託費 50 70 1,500 1,200"], answer=["1,200"],
         history=_turns("消毒処理を登録処理業者に委託する場合、中小企業者の補助率は何％ですか？",
                        "中小企業者の補助率は50％です[1]。"),
         notes="(a) the row from the history (消毒処理の委託費), leaf 上限額（千円）／くん蒸処理; 1,500 (熱処理) is the trap"),
    dict(question="その年度に消毒処理された梱包材は、何千点でしたか？",
         category="followup", doc=KONPO_PDF, evidence=["令和４年度 26 21 ７ 71 15,930"], answer=["71"],
         history=_turns("2022年度は何件の申請がありましたか？",
                        "2022年度（令和４年度）の申請は26件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 処理数量（千点） (a header cell printed over "
               "two lines)"),
    dict(question="そのうち、リコールを経験した企業は何社ですか？",
         category="followup", doc=RECALL_PDF, evidence=["一般機械 88 52 ７ 11"], answer=["７"],
         history=_turns("一般機械の会社で、製品を輸出している企業は何社ありましたか？",
                        "一般機械の輸出企業は52社でした[1]。"),
         notes="(d) continuation page, the row from the history (一般機械), column リコール経験企業（社）; 11 (リコール件数) "
               "is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=OEM_PDF, evidence=["電話：099-797-3400"], answer=["099-797-3400"],
         history=_turns("ＯＥＭマッチングに登録したいという会社があります。登録や紹介の窓口はどこですか？",
                        "登録と紹介の窓口は、公益財団法人樒県産業振興財団です[1]。"),
         notes="contact box of the guide: the 財団's phone (second line); the 班's phone 099-797-3310 and fax "
               "099-797-3319 (first line) are the near misses"),
    dict(question="その国のブランドと成約に至ったのは何件ですか？",
         category="followup", doc=OEM_PDF, evidence=["米国 42 15 ４"], answer=["４"],
         history=_turns("令和６年度、米国のブランドへの紹介は何件でしたか？",
                        "米国のブランドへの紹介は42件でした[1]。"),
         notes="(h) the row from the history (米国), column 成約件数（件）; 15 (商談件数) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="消毒処理を登録処理業者に委託すると、パレット１枚当たりの料金の相場はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the rates and caps of the subsidy, not what treatment costs per pallet",
         absent=["相場", "１枚当たり", "１点当たり"]),
    dict(question="令和６年度に交付を受けられなかった案件は、どんな理由で不採択になったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) gives the applications (38) and the grants (29) of 令和６年度, not why the others failed",
         absent=["不採択", "交付しなかった"]),
    dict(question="リコール１件当たり、回収にかかった費用は平均でいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the recalls by industry, destination and cause; the burden of 回収 is named only in "
               "general words, no amount",
         absent=["費用", "損害額", "回収額"]),
    dict(question="リコールに備えて保険に入っている企業はどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey asks nothing about insurance; the measures are given only in the three cases",
         absent=["保険"]),
    dict(question="このサービスで成約した契約の金額は、合計でどのくらいになっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the contracts as counts (15 in 令和６年度, by country and field), not their amounts",
         absent=["契約金額", "成約金額", "受注額"]),
    dict(question="令和６年度に新しく登録した企業は何社でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the registered firms at the end of 令和６年度 (87社), not the new registrations",
         absent=["新規登録", "新たに登録", "新しく登録"]),
]
CATEGORY_COUNTS = {"konpo": 11, "recall": 10, "oem": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h75q", "h75t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, H, I, J = (
    "補助対象経費ごとの補助率と上限額", "年度別の交付実績", "成果指標の達成状況",
    "業種別の輸出企業とリコールの状況", "輸出先別のリコール件数", "リコールの原因（複数回答）",
    "メニュー別の利用料金", "ブランドの国・地域別の紹介と成約", "製品分野別の成約件数")
LETTERS = dict(zip((A, B, C, D, E, F, H, I, J), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h75q05": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             10 * sum(g(B, era(y), "交付件数（件）", y) for y, *_x in RECORD), "万円"),
    "h75q06": lambda g: _pct(g(B, "令和６年度", "うち小規模企業者（件）", 2024), g(B, "令和６年度", "交付件数（件）", 2024)),
    "h75q08": lambda g: f"{g(C, '講習の受講者数（人）', '目標', 2024) - g(C, '講習の受講者数（人）', '実績', 2024)}人",
    "h75q14": lambda g: _pct(g(D, "食料品", "リコール経験企業（社）"), g(D, "食料品", "輸出企業数（社）", 2023)),
    "h75q16": lambda g: _avg(g(D, "輸送用機器", "リコール件数（件）"), g(D, "輸送用機器", "リコール経験企業（社）"), "件"),
    "h75q19": lambda g: _pct(g(E, "合計", "令和５年度", 2023) - g(E, "合計", "令和４年度", 2022), g(E, "合計", "令和４年度", 2022)),
    "h75q25": lambda g: f"{(6 - FREE_INTROS) * g(H, 'ブランドへの紹介（１件）', '県内中小企業（円）', 2025):,}円",
    "h75q26": lambda g: _pct(g(J, "食品・菓子", "令和５年度", 2023), g(J, "合計", "令和５年度", 2023)),
    "h75q27": lambda g: _pct(g(I, "台湾", "商談件数（件）", 2024), g(I, "台湾", "紹介件数（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KONPO_PDF: (2, 3), RECALL_PDF: (2, 3), OEM_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "飲料・酒類")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("一般機械", "電気機器", "輸送用機器", "合計")  # and after it
DASH_CELLS = {  # the only 「－」 cells: (table, row, column)
    (A, "熱処理設備の導入", "上限額（千円）／くん蒸処理"),
    (B, "令和２年度", "うち小規模企業者（件）"), (B, "令和３年度", "うち小規模企業者（件）"),
    (H, "技術資料の英訳（１件）", "その他の事業者（円）"), (H, "契約書の専門家確認（１回）", "その他の事業者（円）"),
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout75.py")
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
                bare = re.sub(r"(%|千円|万円|円|件|人|社)$", "", nfkc(a))
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
    # the new layouts are asked about: a 「－」 cell, a mark, a ▲ cell, a two-line header cell
    if not any("「－」" in q["notes"] for q in questions if q["doc"]):
        errors.append("no question on a 「－」 cell")
    if not any(a in MARKS for q in questions for a in q["answer"]):
        errors.append("no question answered by a KPI mark")
    if not any(a.startswith("▲") for q in questions for a in q["answer"]):
        errors.append("no question answered by a ▲ cell")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout75.py")
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
        if g["number"] is None:
            # the only cells that are no number: 「－」 where the notes explain it, and the KPI marks
            if g["unit"] is not None or g["value"] not in NON_NUMERIC:
                errors.append(f"{g['id']}: a non-numeric cell {g['value']!r} with unit {g['unit']!r}")
            if g["value"] == DASH and (g["table"], g["row"], g["column"]) not in DASH_CELLS:
                errors.append(f"{g['id']}: unexpected 「－」 cell")
            if g["value"] in MARKS and g["column"] != "評価":
                errors.append(f"{g['id']}: a mark outside the 評価 column")
        elif g["unit"] not in UNITS:
            errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
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
    if {(g["table"], g["row"], g["column"]) for g in gold if g["value"] == DASH} != DASH_CELLS:
        errors.append("the 「－」 cells differ from DASH_CELLS")
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
            # each printed row, cell after cell (「－」 and marks included), on its page
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

    # (a): small firms get at least the general rate; no cap above the firm caps of 第４条２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"] or r["補助率（％）／小規模企業者"] > 100:
            errors.append(f"{A} / {row}: the small-firm rate is out of range")
        for k in ("上限額（千円）／熱処理", "上限額（千円）／くん蒸処理"):
            cap = FIRM_CAP_EQUIPMENT if row == "熱処理設備の導入" else FIRM_CAP
            if r[k] is not None and r[k] > cap * 10:
                errors.append(f"{A} / {row}: a cap above the firm cap of 第４条２")
    # (b): growing applications; grants within applications; small firms within grants; amounts within caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for y, *_x in RECORD:
        r = b[era(y)]
        small = r["うち小規模企業者（件）"]
        if (small is None) != (y < SMALL_RATE_FROM) or not (small or 0) <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_EQUIPMENT * 10:
            errors.append(f"{B} / {era(y)}: grants, small firms or amounts out of range")
    # (c): 達成率 = 実績 / 目標; the marks follow note ※５; two rows come from (b)
    c = t[C]
    for name, target, actual in KPI:
        r = c[name]
        rate = pct1(r["実績"], r["目標"])
        if Decimal(str(r["達成率（％）"])) != rate:
            errors.append(f"{C} / {name}: 達成率 is not 実績 / 目標")
    marks = {g["row"]: g["value"] for g in gold if g["table"] == C and g["column"] == "評価"}
    for name, target, actual in KPI:
        if marks[name] != mark(pct1(actual, target)):
            errors.append(f"{C} / {name}: mark {marks[name]} does not follow note ※５")
    if c["交付件数（件）"]["実績"] != b["令和６年度"]["交付件数（件）"] \
            or c["処理された木材梱包材（千点）"]["実績"] != b["令和６年度"]["処理数量（千点）"]:
        errors.append(f"{C}: 実績 differs from {B}'s 令和６年度")
    # (d): 合計 adds up; exporters within respondents; firms within exporters; recalls at least one per firm
    d = t[D]
    dcols = ("回答企業数（社）", "輸出企業数（社）", "リコール経験企業（社）", "リコール件数（件）")
    adds_up(D, dcols)
    for row, r in d.items():
        if not r["リコール経験企業（社）"] <= r["輸出企業数（社）"] <= r["回答企業数（社）"] \
                or r["リコール件数（件）"] < r["リコール経験企業（社）"]:
            errors.append(f"{D} / {row}: counts out of order")
    if sum(n for _s, n in SIZES) != d["合計"]["リコール経験企業（社）"]:
        errors.append(f"{D}: the firm sizes of the prose differ from 合計")
    # (e): 合計 adds up; 増減 = 令和５年度 − 令和４年度; the two years within (d)'s five-year total
    e = t[E]
    adds_up(E, ("令和４年度", "令和５年度", "増減"))
    for row, r in e.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{E} / {row}: 増減 is not 令和５年度 − 令和４年度")
    for g in gold:
        if g["table"] == E and g["column"] == "増減" and (g["value"].startswith("▲") != (g["number"] < 0)):
            errors.append(f"{g['id']}: a decrease should be printed with ▲ and only a decrease")
    if e["合計"]["令和４年度"] + e["合計"]["令和５年度"] > d["合計"]["リコール件数（件）"]:
        errors.append(f"{E}: more recalls in two years than {D} has in five")
    # (f): the per cents come from the counts; the ｎ from (d) and note ※１
    n_all, n_f, n_i = cause_n()
    if n_all != d["合計"]["リコール経験企業（社）"] or n_f != sum(d[x]["リコール経験企業（社）"] for x in FOOD):
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb in CAUSES:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_f), pct1(bb, n_i))
        if tuple(Decimal(str(r[k])) for k in ("全体", "食品・飲料等", "工業製品")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): the other users pay twice the small firms' fee, where they may use the menu
    for row, r in t[H].items():
        if r["その他の事業者（円）"] is not None and r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{H} / {row}: その他の事業者 is not twice 県内中小企業")
    # (h): 合計 adds up; 成約 ≤ 商談 ≤ 紹介; its 成約 total equals (i)'s 令和６年度
    i_cols = ("紹介件数（件）", "商談件数（件）", "成約件数（件）")
    adds_up(I, i_cols)
    for row, r in t[I].items():
        if not r["成約件数（件）"] <= r["商談件数（件）"] <= r["紹介件数（件）"]:
            errors.append(f"{I} / {row}: counts out of order")
    j = t[J]
    year_cols = [era(y) for y in FIELD_YEARS]
    adds_up(J, year_cols + ["計"])
    for row, r in j.items():
        if r["計"] != sum(r[k] for k in year_cols):
            errors.append(f"{J} / {row}: 計 is not the sum of the years")
    if t[I]["合計"]["成約件数（件）"] != j["合計"]["令和６年度"]:
        errors.append(f"{I}: 成約 differs from {J}'s 令和６年度")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[RECALL_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("窯業・土石製品") not in norm(pages[RECALL_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["causes"].ruled or not all(s.ruled for k, s in specs.items() if k != "causes"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # two-line header cells: every header cell of (b) and (d) but the label's is printed over two lines
    for key in ("record", "industries"):
        if not all("\n" in h for h in specs[key].header[0][1:]) or "\n" in specs[key].header[0][0]:
            errors.append(f"{specs[key].title}: expected every value header printed over two lines")
    # (a): two header rows, three spans, group／leaf columns; the units from the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／熱処理", "上限額（千円）／くん蒸処理"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円", None}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::5] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): the KPI columns, a unit per row from its label, a mark column
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）", "評価"] \
            or any(g["unit"] != bracket_unit(g["row"]) for g in cg if g["column"] in ("目標", "実績")) \
            or {g["value"] for g in cg if g["column"] == "評価"} != set(MARKS):
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 / 評価 with the units in the row labels and all three marks")
    # (d): years per column, the recall columns covering five fiscal years
    dg = [g for g in gold if g["table"] == D]
    if {(g["column"], g["fiscal_year"], tuple(g["fiscal_year_range"] or ())) for g in dg} != {
            ("回答企業数（社）", 2024, ()), ("輸出企業数（社）", 2023, ()),
            ("リコール経験企業（社）", None, (2019, 2023)), ("リコール件数（件）", None, (2019, 2023))}:
        errors.append(f"{D}: unexpected fiscal years per column")
    # (e): the years as columns and a 増減 column covering both, with ▲ for decreases
    eg = [g for g in gold if g["table"] == E]
    if list(dict.fromkeys(g["column"] for g in eg)) != [era(y) for y in RECALL_YEARS] + ["増減"] \
            or any(g["fiscal_year_range"] != [2022, 2023] for g in eg if g["column"] == "増減") \
            or not any(g["value"].startswith("▲") for g in eg):
        errors.append(f"{E}: expected two fiscal years and a 増減 column with ▲")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (i): fiscal years as columns and a total column on the right covering them
    jg = [g for g in gold if g["table"] == J]
    jcols = list(dict.fromkeys(g["column"] for g in jg))
    if jcols != [era(y) for y in FIELD_YEARS] + ["計"] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in jg if g["column"] != "計") \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != [2022, 2024] for g in jg if g["column"] == "計"):
        errors.append(f"{J}: expected the fiscal years as columns and a 計 column on the right, got {jcols}")
    ranged = {(g["table"], g["column"]) for g in gold if g["fiscal_year_range"] is not None}
    if ranged != {(D, "リコール経験企業（社）"), (D, "リコール件数（件）"), (E, "増減"), (J, "計")}:
        errors.append(f"unexpected columns with a fiscal_year_range: {sorted(ranged)}")
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
        got = re.findall(r"099-79\d-\d{4}", text)
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
        """Bulleted lines: 「○ …」 lines that are neither captions nor a lone KPI mark."""
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and len(x) > 1 and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the grant guideline
    kt = norm("\n".join(pages[KONPO_PDF]))
    siblings(kt, KONPO_PDF, ("処理の方法：", "主な輸出先：", "補助金の額："), [c[0] for c in KONPO_CASES])
    n_all, amt_all = konpo_totals()
    if norm(f"延べ{n_all}件、{amt_all // 10:,}万円") not in kt or amt_all % 10:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{last[3]}件）") not in kt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, _how, _where, amount, items, rate_col, cap_col in KONPO_CASES:
        firm_cap = FIRM_CAP_EQUIPMENT if "熱処理設備の導入" in items else FIRM_CAP
        caps = [rates[x][cap_col] for x in items]
        if None in caps or int(amount.rstrip("万円")) * 10 > min(firm_cap * 10, sum(caps)):
            errors.append(f"guideline: case {head} exceeds its caps")
        if ("くん蒸" in _how) != (cap_col == 4):
            errors.append(f"guideline: case {head} uses the wrong cap column")
    rates_kpi = [pct1(a, t) for _n, t, a in KPI]
    if sum(r >= 100 for r in rates_kpi) != 2 or pct1(KPI[3][2], KPI[3][1]) >= 80 \
            or norm("五つの指標のうち二つで目標を達成し") not in kt or len(KPI) != 5:
        errors.append("guideline: 「五つの指標のうち二つで目標を達成し…８割に届かなかった」 does not hold")
    if re.findall(r"20\d\d年", kt) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(kt, ("木材梱包材", "消毒処理", "小規模企業者", "登録処理業者"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in kt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(KONPO_PDF, len(EXCLUDED), "guideline")
    arts = re.findall(r"第([１-９])条", "\n".join(pages[KONPO_PDF]))
    if list(dict.fromkeys(arts)) != list("１２３４５６７"):
        errors.append(f"guideline: expected the articles 第１条–第７条, got {arts}")
    steps_of(KONPO_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(KONPO_PDF, ["099-791-4410", "099-791-4419", "099-791-4500"], ["shikimi-konpo@example.jp"], "guideline")

    # ---- the recall survey
    rt = norm("\n".join(pages[RECALL_PDF]))
    siblings(rt, RECALL_PDF, ("輸出先：", "リコールの原因：", "その後の対策："), [c[0] for c in RECALL_CASES])
    total, exporters, firms, recalls = recall_sums()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in rt \
            or norm(f"輸出企業は{exporters}社（{pct1(exporters, total)}％）") not in rt \
            or norm(f"リコール経験企業は{firms}社（{pct1(firms, exporters)}％）") not in rt \
            or norm(f"延べ{recalls}件") not in rt:
        errors.append("survey: the response and recall figures in the prose differ from (d)")
    by_recalls = sorted(INDUSTRIES, key=lambda r: -r[4])
    by_firms = sorted(INDUSTRIES, key=lambda r: -r[3])
    if by_recalls[0][0] != "電気機器" or by_recalls[0][4] == by_recalls[1][4] \
            or by_firms[0][0] != "食料品" or by_firms[0][3] == by_firms[1][3]:
        errors.append("survey: 「リコール件数は電気機器が、リコール経験企業の数は食料品が最も多い」 does not hold")
    if norm(f"中小企業が{SIZES[0][1]}社、大企業が{SIZES[1][1]}社") not in rt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    if norm(f"令和５年度のリコール件数は{tb}件で、前年度の{ta}件から{fw(tb - ta)}件増えた") not in rt or tb <= ta:
        errors.append("survey: the 令和５年度 total in the prose differs from (e)")
    dd = {d: b - a for d, a, b in DESTS}
    if not (dd["米国"] > 0 and dd["ＥＵ"] > 0 and dd["中国"] < 0):
        errors.append("survey: 「米国とＥＵ向けが増えた一方、中国向けは減った」 does not hold")
    n_all, n_f, n_i = cause_n()
    top = [max(CAUSES, key=lambda r, k=k: (r[1] + r[2]) if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if top != ["部品・材料の不具合", "表示の不備（アレルゲン・成分表示等）", "部品・材料の不具合"]:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", rt) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(rt, ("リコール", "輸出企業", "リコール経験企業"), "survey")
    bullets_in(RECALL_PDF, 3, "survey")
    steps_of(RECALL_PDF, "①②③④", "survey")
    contacts(RECALL_PDF, ["099-794-2210", "099-794-2219", "099-794-2300"], ["shikimi-kokusai@example.jp"], "survey")

    # ---- the OEM matching guide
    ot = norm("\n".join(pages[OEM_PDF]))
    siblings(ot, OEM_PDF, ("支援の内容：", "対象となる企業：", "利用の上限："), [m[0] for m in MENUS])
    intro, meet, deal = (sum(r[j] for r in BRANDS) for j in (1, 2, 3))
    if norm(f"登録企業は{REGISTERED}社で、令和６年度の紹介は{intro}件、商談は{meet}件、成約は{deal}件でした") not in ot:
        errors.append("guide: the use figures in the prose differ from (h)")
    by_intro = sorted(BRANDS, key=lambda r: -r[1])
    by_field = sorted(FIELDS, key=lambda r: -sum(r[1:]))
    if by_intro[0][0] != "米国" or by_intro[0][1] == by_intro[1][1] \
            or by_field[0][0] != "化粧品・美容" or sum(by_field[0][1:]) == sum(by_field[1][1:]):
        errors.append("guide: 「米国が最も多く」 or 「化粧品・美容が最も多く」 does not hold")
    if REGISTERED > intro:
        errors.append("guide: more registered firms than introductions")
    if re.findall(r"20\d\d年", ot):
        errors.append("guide: no Western year should be printed")
    defs(ot, ("ＯＥＭ", "登録企業", "紹介", "成約"), "guide")
    bullets_in(OEM_PDF, 4, "guide")
    raw = "\n".join(pages[OEM_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps_of(OEM_PDF, "①②③④⑤⑥", "guide")
    contacts(OEM_PDF, ["099-797-3310", "099-797-3319", "099-797-3400"], ["shikimi-oem@example.jp"], "guide")
    # every phone number of the set is fictional (099-79x-xxxx), every mail address under example.jp
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
