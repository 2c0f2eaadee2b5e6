"""Build the 椋県 held-out set 41: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椋県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱, articles 第１条–第８条 with 附則, 別表 and a （参考） part) for a subsidy helping small
shops open or upgrade tax-free shops for foreign tourists (輸出物品販売場開設等支援補助金), with a
two-level header whose groups have different leaves (rates by firm size, caps by shop type), the
applications and grants by year (years as rows) and the grants by trade with a total column on the
right; the activity report (活動報告書) of a programme matching foreign students and residents
with local firms as business supporters (グローバルビジネスサポーター事業), with the supporters by
country (a table continued over a page break without its header), the activities by type with
counts and shares in paired columns under two fiscal years, and an unruled table of the firms'
ratings; and a guide (ご案内) to a subsidy for shipping product samples to foreign buyers
(海外商談サンプル輸送支援補助金), with the record over three fiscal years as columns and a unit
per row in a 単位 column, and the shipments and deals by destination with subtotal rows by region;
see README.md beside this file.

    python make_heldout41.py [OUTPUT_DIR]          # default: this file's directory

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
    H3,
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

YOKO_PDF = "muku_menzeiten_kaisetsu_hojokin_kofu_yoko_r7.pdf"
KATSUDO_PDF = "muku_global_business_supporter_katsudo_hokoku_r6.pdf"
YUSO_PDF = "muku_sample_yuso_hojokin_annai_r7.pdf"
ALL_PDFS = (YOKO_PDF, KATSUDO_PDF, YUSO_PDF)

UNITS = ("万円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-45\d-\d{4}"  # every phone and fax number of the set: 099-45x-xxxx
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


ART_HEAD = pstyle("article_head", docgen.MINCHO, 10.5, 17, left=docgen.EM, spaceBefore=3, keepWithNext=1)
ARTICLE = pstyle("article", docgen.MINCHO, 10.5, 17, left=2 * docgen.EM, first=-docgen.EM)


def article(head: str, *items: str):
    """An article of the guideline: （見出し） on its own line, then 第n条 and its paragraphs ２, ３ …"""
    return [P(f"（{head}）", ART_HEAD)] + [P(t, ARTICLE) for t in items]


PREF = "椋県"
DEPT = f"{PREF} 産業振興部 国際ビジネス課"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: tax-free shop subsidy, grant guideline
YOKO = f"{PREF}輸出物品販売場開設等支援補助金"
YOKO_TITLE = f"{YOKO}交付要綱"
SUPPORT = f"{PREF}免税店開設サポート窓口"
RATES = [  # 経費区分; 補助率（％）: 小規模事業者, 中小企業者; 上限額（万円）: 一般型, 手続委託型 (令和７年度)
    ("免税販売システムの導入費", 75, 50, 40, 20), ("旅券読取装置の購入費", 75, 50, 10, 5),
    ("多言語表示物の作成費", 75, 50, 15, 15), ("従業員研修の受講費", 50, 50, 5, 5),
    ("許可申請書類の作成委託費", 75, 50, 10, 8),
]
FIRM_CAP = 60  # 第４条第２項: 万円 per firm
GRANTS = [  # 年度, 申請件数, 交付件数, 交付額（万円）, うち手続委託型 (件)
    (2021, 18, 12, 396, 2), (2022, 27, 20, 705, 5), (2023, 41, 33, 1182, 11), (2024, 46, 38, 1354, 14),
]
TRADES = [  # 業種, 一般型, 手続委託型 (令和６年度, 件)
    ("土産物・工芸品店", 9, 3), ("衣料品・服飾雑貨店", 6, 2), ("化粧品・医薬品店", 6, 1),
    ("食品・酒類販売店", 2, 7), ("時計・眼鏡・宝飾店", 1, 1),
]
SHOPS_NOW, SHOPS_BEFORE = 412, 268  # tax-free shops in the prefecture: end of 令和６年度, end of 令和２年度
SHOP_CASES = [  # 見出し, 免税店の形態, 導入したもの, 補助金の額 (same labels in every sibling section); 経費区分 used
    ("土産物店Ａ社（椋市）", "一般型", "免税販売システム、旅券読取装置", "38万円",
     ("免税販売システムの導入費", "旅券読取装置の購入費")),
    ("酒販店Ｂ社（汐見市）", "手続委託型", "多言語表示物（英語・中国語・韓国語）", "13万円",
     ("多言語表示物の作成費",)),
    ("眼鏡店Ｃ社（千代浦町）", "一般型", "免税販売システム、従業員研修", "43万円",
     ("免税販売システムの導入費", "従業員研修の受講費")),
]
NOT_COVERED = [
    "販売する商品の仕入れに要する経費",
    "免税手続カウンターに支払う手続の委託手数料",
    "パソコン、タブレット端末等の汎用的な機器の購入費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def yoko_specs():
    rates = TableSpec(
        key="rates", doc=YOKO_PDF, title="補助対象経費、補助率及び上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "小規模事業者", "中小企業者", "一般型", "手続委託型"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[54 * mm, 27 * mm, 26 * mm, 25 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    grants = TableSpec(
        key="grants", doc=YOKO_PDF, title="年度別の申請と交付の状況",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）", "うち手続委託型（件）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in GRANTS],
        col_widths=[28 * mm, 30 * mm, 30 * mm, 30 * mm, 40 * mm],
    )
    grants.unit = lambda row, c, s=grants: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in TRADES]
    rows.append(["合計", fw(sum(r[1] for r in TRADES)), fw(sum(r[2] for r in TRADES)),
                 fw(sum(r[1] + r[2] for r in TRADES))])
    trades = TableSpec(
        key="trades", doc=YOKO_PDF, title="業種別・形態別の交付件数",
        header=[["業種", "一般型", "手続委託型", "計"]],
        rows=rows, col_widths=[52 * mm, 30 * mm, 30 * mm, 30 * mm], unit="件", table_fy=2024,
    )
    return rates, grants, trades


def yoko_story(specs):
    rates, grants, trades = specs
    n_all, amt_all = sum(r[2] for r in GRANTS), sum(r[3] for r in GRANTS)
    last = GRANTS[-1]
    st = [Spacer(1, 2 * mm), P(YOKO_TITLE, TITLE), Spacer(1, 1 * mm),
          P("令和７年３月28日制定", DATE_RIGHT), P(DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", f"第１条　知事は、県内の中小企業者が外国人旅行者への免税販売を始め、又は広げることを支援し、"
                         f"県内での旅行消費を拡大するため、予算の範囲内において{YOKO}（以下「補助金」という。）を交付する"
                         "ものとし、その交付については、椋県補助金等交付規則に定めるもののほか、この要綱に定めるところによる。")
    st += article(
        "定義",
        "第２条　この要綱において「免税店」とは、消費税法の規定により所轄の税務署長の許可を受け、外国人旅行者等に"
        "消費税を免除して物品を販売する店舗（輸出物品販売場）をいう。",
        "２　この要綱において「手続委託型」とは、免税販売の手続を、商店街等に設けられた免税手続カウンターに委託して"
        "行う免税店をいい、それ以外の免税店を「一般型」という。",
        "３　この要綱において「小規模事業者」とは、常時使用する従業員の数が５人（製造業その他の業種に属する事業を"
        "主たる事業として営む者にあっては、20人）以下の中小企業者をいう。",
    )
    st += article("補助対象者", "第３条　補助金の交付の対象となる者は、次のいずれにも該当する中小企業者とする。")
    st += bullets([
        "県内に免税店を開設し、又は開設しようとする者（既に免税店である店舗の設備を更新する者を含む。）",
        "県税を滞納していない者",
        "暴力団又は暴力団員と密接な関係を有しない者",
    ], 1)
    st += article(
        "補助対象経費等",
        "第４条　補助対象経費、補助率及び上限額は、別表のとおりとする。",
        f"２　補助金の額は、１事業者当たり{FIRM_CAP}万円を限度とし、千円未満の端数は切り捨てる。",
        "３　次に掲げる経費は、補助対象外とする。",
    )
    st += bullets(NOT_COVERED, 1)
    st += article("交付の申請", "第５条　補助金の交付を受けようとする者は、次により申請しなければならない。")
    st += lv_lines([
        ("申請期間", "令和７年５月12日から令和８年１月30日まで"),
        ("提出書類", "交付申請書（様式第１号）、事業計画書、経費の見積書の写し"),
        ("提出先", DEPT),
    ], 1)
    st += [P("２　申請は、予算の範囲内で、受け付けた順に審査する。", ARTICLE)]
    st += article("交付の決定", "第６条　知事は、前条の申請を受けた日から30日以内に交付の可否を決定し、申請者に通知する。")
    st += article("実績報告", "第７条　補助事業者は、補助事業が完了した日から30日以内又は令和８年３月10日のいずれか早い日までに、"
                             "実績報告書（様式第５号）に免税店の許可を受けたことを証する書類の写しを添えて、知事に提出しなければならない。")
    st += article("財産の処分の制限", "第８条　補助事業者は、補助金により取得した旅券読取装置等の財産を、補助事業の完了の日から"
                                  "３年以内に処分しようとするときは、あらかじめ知事の承認を受けなければならない。")
    st += [P("附　則", ART_HEAD), P(INDENT + "この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 補助率の「中小企業者」の欄は、小規模事業者以外の中小企業者に適用する。",
        "※２ 上限額は１店舗当たりの額とし、一般型と手続委託型の別は、第２条第２項による。",
    ])
    st += [P("（参考）", H1), P("１　手続の流れ", H2)]
    st += numbered([
        "① 事前相談（国際ビジネス課へ。申請の２週間前までに）",
        "② 交付申請書の提出（第５条）",
        "③ 交付決定の通知（申請から30日以内）",
        "④ 発注・導入と、所轄の税務署への免税店の許可申請",
        "⑤ 実績報告（完了から30日以内。遅くとも令和８年３月10日まで）",
        "⑥ 補助金の額の確定と支払",
    ], 1)
    st += [P("２　これまでの交付実績", H2)]
    st += paras(f"""
制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付した。令和６年度末の県内の免税店は{SHOPS_NOW}店舗で、制度を始める前の令和２年度末（{SHOPS_BEFORE}店舗）の約1.5倍となった。
令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した。業種別では土産物・工芸品店が最も多く、手続委託型では商店街の食品・酒類販売店が多い。
""", 1)
    st += [caption(grants.title), grants.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「うち手続委託型」は、交付件数のうち手続委託型の免税店に交付した件数である。"])
    st += [caption(trades.title, "（令和６年度、単位：件）"), trades.flowable(), Spacer(1, 2)]
    st += [P("３　活用事例（令和６年度）", H2)]
    for i, (head, kind, what, amount, _items) in enumerate(SHOP_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H3)]
        st += lv_lines([("免税店の形態", kind), ("導入したもの", what), ("補助金の額", amount)], 2)
    st += [P("４　令和７年度の予算", H2)]
    st += lv_lines([("予算額", "1,800万円"), ("交付予定件数", "40件程度")], 1)
    st += [CondPageBreak(30 * mm), P("５　問い合わせ先", H2), Spacer(1, 2)]
    st.append(contact_box([
        f"{DEPT} 商業・観光消費班　電話：099-451-3820　ファクス：099-451-3829",
        f"{SUPPORT}（{PREF}商工会連合会内、許可申請の相談）　電話：099-452-6100",
        "電子メール：muku-menzei@example.jp",
    ]))
    return st


# ================================================================ document 2: business supporters, activity report
KATSUDO = f"{PREF}グローバルビジネスサポーター事業"
KYOKAI = f"公益財団法人{PREF}国際交流協会"
SUPPORTERS = [  # 国・地域, 登録者数, うち留学生, 活動した人数 (令和７年３月末)
    ("中国", 38, 27, 22), ("ベトナム", 34, 24, 19), ("ネパール", 21, 17, 9), ("韓国", 16, 9, 10),
    ("台湾", 14, 10, 9), ("インドネシア", 13, 8, 7), ("タイ", 10, 6, 6), ("フィリピン", 9, 2, 4),
    ("米国", 8, 3, 5), ("ミャンマー", 7, 5, 3), ("インド", 6, 4, 3), ("その他", 10, 3, 5),
]
REGISTERED_PREV, NEW_REG, REMOVED = 162, 38, 14
ACTIVITIES = [  # 活動の種類, 令和５年度の件数, 令和６年度の件数
    ("市場情報の調査", 58, 75), ("翻訳・ネイティブチェック", 96, 118), ("商談・来客時の通訳", 64, 92),
    ("展示会での接客補助", 22, 35), ("ＳＮＳ発信への助言", 30, 40),
]
ACT_YEARS = (2023, 2024)
CLIENTS, CLIENTS_NEW = 97, 41  # firms that asked for a supporter in 令和６年度; of them first-time users
MEETINGS = [  # 見出し, 開催日, 参加企業, 参加サポーター (same labels in every sibling section)
    ("椋市会場", "令和６年６月15日（土）", "18社", "42人"),
    ("汐見市会場", "令和６年９月21日（土）", "11社", "26人"),
    ("岩根町会場", "令和６年12月７日（土）", "７社", "15人"),
]
RATINGS_N = 82
RATINGS = [  # 項目, 満足, やや満足, やや不満, 不満 (回答企業数)
    ("語学力", 49, 27, 5, 1), ("仕事の正確さ", 38, 33, 9, 2), ("時間や約束を守ること", 44, 29, 7, 2),
    ("母国の市場に関する知識", 31, 35, 13, 3), ("日本の商習慣への理解", 15, 38, 21, 8),
    ("協会の調整・連絡", 36, 37, 7, 2),
]
NOT_ASKABLE = [
    "法律、税務等の専門的な相談",
    "契約の締結の代理や代金の回収",
    "１か月を超えて続く業務（雇用による対応を案内する。）",
]


def katsudo_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in SUPPORTERS]
    rows.append(["合計"] + [fw(sum(r[j] for r in SUPPORTERS)) for j in (1, 2, 3)])
    supporters = TableSpec(
        key="supporters", doc=KATSUDO_PDF, title="国・地域別の登録サポーター",
        header=[["国・地域", "登録者数（人）", "うち留学生（人）", "活動した人数（人）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 36 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    supporters.unit = lambda row, c, s=supporters: bracket_unit(s.column_label(c))
    tot = [sum(r[j] for r in ACTIVITIES) for j in (1, 2)]
    arows = [[n, fw(a), cell(pct1(a, tot[0])), fw(b), cell(pct1(b, tot[1]))] for n, a, b in ACTIVITIES]
    arows.append(["合計", fw(tot[0]), "100.0", fw(tot[1]), "100.0"])
    activities = TableSpec(
        key="activities", doc=KATSUDO_PDF, title="活動の種類別の活動件数",
        header=[["活動の種類", "令和５年度", "", "令和６年度", ""],
                ["", "件数（件）", "構成比（％）", "件数（件）", "構成比（％）"]],
        rows=arows, col_widths=[50 * mm, 25 * mm, 26 * mm, 25 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    activities.unit = lambda row, c, s=activities: bracket_unit(s.header_parts(c)[-1])
    ratings = TableSpec(
        key="ratings", doc=KATSUDO_PDF, title="サポーターの活動に対する企業の評価",
        header=[["項目", "満足", "やや満足", "やや不満", "不満"]],
        rows=[[n] + [cell(pct1(k, RATINGS_N)) for k in ks] for n, *ks in RATINGS],
        col_widths=[56 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return supporters, activities, ratings


def katsudo_story(specs):
    supporters, activities, ratings = specs
    registered = sum(r[1] for r in SUPPORTERS)
    students = sum(r[2] for r in SUPPORTERS)
    tot = [sum(r[j] for r in ACTIVITIES) for j in (1, 2)]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KATSUDO} 活動報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KATSUDO),
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("実施期間", "令和６年４月から令和７年３月まで"),
        ("対象企業", "県内に事業所を有する中小企業"),
        ("事業費", "1,380万円"),
    ], 0)
    st += paras("""
この事業は、県内の大学等で学ぶ留学生や県内に住む外国人の語学力と母国の知識を県内企業の海外展開に生かすため、企業の依頼に応じてサポーターを紹介するものである。企業の負担は、活動１回（３時間まで）当たり2,000円の利用料のみである。
この報告書において「サポーター」とは、県内の大学等に在籍する留学生又は県内に住む外国人で、協会の研修（２日間）を修了してこの事業に登録した者をいう。また、「活動件数」とは、企業の依頼に応じてサポーターが活動した回数をいい、１件の依頼で複数回活動したときは、その回数を数える。
""", 0)
    st += paras("なお、次の活動は、この事業の対象外である。", 0)
    st += bullets(NOT_ASKABLE, 0)
    st += [P("２　サポーターの登録", H1)]
    st += paras(f"""
令和６年度は新たに{NEW_REG}人が研修を修了して登録し、帰国等による登録の取消し（{REMOVED}人）を差し引いた令和７年３月末の登録者は{registered}人（前年度末から{registered - REGISTERED_PREV}人増）であった。このうち留学生は{students}人で、全体の６割余りを占める。国・地域別では、中国が最も多く、ベトナム、ネパールが続く。
""", 0)
    st += [caption(supporters.title, "（令和７年（2025年）３月末現在）", keep=False), supporters.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他」は、モンゴル、スリランカ、ブラジル等である。",
        "※２ 「活動した人数」は、年度内に１回以上活動したサポーターの数である。",
    ])
    st += [P("３　依頼と活動の状況", H1)]
    st += paras(f"""
令和６年度にサポーターを依頼した企業は{CLIENTS}社（うち初めての利用が{CLIENTS_NEW}社）で、活動件数は{tot[1]}件と、前年度の{tot[0]}件から３割余り増えた。種類別では「翻訳・ネイティブチェック」が最も多く、件数の増加は「商談・来客時の通訳」が最も大きかった。
""", 0)
    st += [caption(activities.title), activities.flowable(), Spacer(1, 2)]
    st += notes(["※３ 構成比は、小数点以下第２位を四捨五入した。"])
    st += [P("４　企業とサポーターの交流会", H1)]
    firms = sum(int(nfkc(m[2]).rstrip("社")) for m in MEETINGS)
    st += paras(f"企業とサポーターが知り合う場として、交流会を３会場で開き、延べ{firms}社が参加した。", 0)
    for i, (head, when, firms, people) in enumerate(MEETINGS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", when), ("参加企業", firms), ("参加サポーター", people)], 1)
    st += [P("５　利用企業アンケート", H1)]
    st += paras(f"""
令和６年度に利用した{CLIENTS}社にアンケートを送り、{RATINGS_N}社から回答を得た（回答率{pct1(RATINGS_N, CLIENTS)}％）。「満足」の割合は「語学力」が最も高かった。一方、「日本の商習慣への理解」は「やや不満」と「不満」が合わせて３割を超えた。
""", 0)
    st += [caption(ratings.title, "（単位：％）"), ratings.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 回答した{RATINGS_N}社に対する割合である。四捨五入のため、合計が100.0にならない項目がある。"])
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 日本の商習慣を学ぶ研修を、登録時の研修に加える。",
        "② 県内の大学と連携し、卒業後も県内で働くサポーターの登録を続けてもらう。",
        "③ 活動の少ない岩根町など県北部の企業への周知を強める。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DEPT} 海外人材班　電話：099-453-2140　ファクス：099-453-2149",
        f"{KYOKAI}（サポーターの紹介・依頼の受付）　電話：099-454-7300",
        "電子メール：muku-supporter@example.jp",
    ]))
    return st


# ================================================================ document 3: sample shipping subsidy, guide
YUSO = f"{PREF}海外商談サンプル輸送支援補助金"
CENTER = f"公益財団法人{PREF}産業振興センター"
RATE, RATE_SMALL, CAP_SHIP, CAP_YEAR = Decimal(1) / 2, Decimal(2) / 3, 8, 24  # prose only
RECORD_YEARS = (2022, 2023, 2024)
RECORD = [  # 項目, 単位, 令和４年度, 令和５年度, 令和６年度
    ("利用事業者数", "社", 31, 44, 57), ("交付件数", "件", 68, 102, 139), ("交付額", "万円", 298, 451, 612),
    ("成約件数", "件", 19, 30, 45), ("成約額", "万円", 2140, 3380, 5215),
]
DESTS = [  # 地域 (小計の行), [(国・地域, 交付件数, 成約件数)] (令和６年度)
    ("アジア小計", [("中国", 18, 5), ("台湾", 22, 8), ("香港", 16, 6), ("韓国", 9, 2), ("タイ", 12, 4),
                ("ベトナム", 10, 3), ("シンガポール", 11, 5)]),
    ("北米小計", [("米国", 14, 4), ("カナダ", 4, 1)]),
    ("欧州小計", [("フランス", 7, 3), ("ドイツ", 5, 1), ("英国", 4, 1)]),
    (None, [("その他", 7, 2)]),
]
SUBTOTALS = tuple(s for s, _m in DESTS if s)
SAMPLE_CASES = [  # 見出し, 送付先, サンプルの内容, 商談の結果 (same labels in every sibling section)
    ("菓子製造業Ｄ社（椋市）", "台湾の輸入商社", "焼き菓子３種（保冷便）", "送付から２か月後に初回の注文を受けた"),
    ("木製玩具製造業Ｅ社（奥椋町）", "ドイツの玩具卸売業者", "積み木のセット", "仕様を変えた試作品を再び送り、商談を続けている"),
    ("酒造業Ｆ社（岩根町）", "米国の飲食店チェーン", "純米酒と純米吟醸酒（各２本）", "送付から４か月後に成約し、年間約300本の取引が始まった"),
]


def yuso_specs():
    record = TableSpec(
        key="record", doc=YUSO_PDF, title="サンプル輸送支援の実績の推移",
        header=[["項目", "単位", "令和４年度", "令和５年度", "令和６年度"]],
        rows=[[n, u] + [fw(x) for x in xs] for n, u, *xs in RECORD],
        col_widths=[40 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
    )
    record.unit = lambda row, c: row[1]
    rows = []
    for sub, members in DESTS:
        rows += [[n, fw(a), fw(b)] for n, a, b in members]
        if sub:
            rows.append([sub, fw(sum(m[1] for m in members)), fw(sum(m[2] for m in members))])
    all_members = [m for _s, ms in DESTS for m in ms]
    rows.append(["合計", fw(sum(m[1] for m in all_members)), fw(sum(m[2] for m in all_members))])
    dests = TableSpec(
        key="dests", doc=YUSO_PDF, title="送付先の国・地域別の交付件数と成約件数",
        header=[["送付先", "交付件数（件）", "成約件数（件）"]],
        rows=rows, col_widths=[46 * mm, 36 * mm, 36 * mm], table_fy=2024, bold_rows=("合計",) + SUBTOTALS,
    )
    dests.unit = lambda row, c, s=dests: bracket_unit(s.column_label(c))
    return record, dests


def yuso_story(specs):
    record, dests = specs
    rec = {r[0]: r[2:] for r in RECORD}
    st = [Spacer(1, 2 * mm), P("令和７年度（2025年度）", SUBTITLE), P(f"{YUSO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += paras("""
海外のバイヤーとの商談では、商品の見本を実際に手に取ってもらうことが成約への近道です。県では、県内の中小企業者がサンプルを海外へ送る費用の一部を補助しています。
""", 0)
    st += [P("１　制度の概要", H1)]
    st += lv_lines([
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者"),
        ("補助率", "補助対象経費の２分の１（小規模事業者は３分の２）"),
        ("上限額", f"１回の送付につき{fw(CAP_SHIP)}万円、１事業者につき年度内{CAP_YEAR}万円"),
        ("受付期間", "令和７年４月14日から令和８年２月27日まで（予算がなくなり次第終了）"),
        ("予算額", "960万円"),
    ], 0)
    st += paras("""
このご案内において「サンプル」とは、商談のために無償で送る自社の商品又はその試作品をいい、販売を目的とするものを除きます。「小規模事業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の中小企業者をいいます。また、「成約」とは、サンプルを送った相手との間で、送付の日から６か月以内に売買契約を結び、又は注文を受けたことをいいます。
""", 0)
    st += [P("２　補助の対象となる経費", H1)]
    st += bullets([
        "国際宅配便・国際郵便の送料",
        "輸出入の通関を業者に委託する手数料",
        "送付先の国・地域で課される関税及び輸入時の税",
        "保冷剤、緩衝材等の梱包資材費",
    ], 0)
    st += paras("次の経費は対象外です。", 0)
    st += bullets([
        "国内の集荷場所までの運送料",
        "海外の展示会に出品するための輸送費",
        "送付の相手方が負担した送料",
    ], 0)
    st += [P("３　申請から支払まで", H1)]
    st += numbered([
        "① 申請書の提出（送付の10日前までに、送付先と見積書を記入して）",
        "② 交付決定の通知（申請から７日以内）",
        "③ サンプルの送付",
        "④ 実績報告（送付から30日以内に、送り状の控えと領収書を添えて）",
        "⑤ 補助金の支払（実績報告から30日以内）",
        "⑥ 商談の結果の報告（送付から６か月後）",
    ], 0)
    st += [P("４　これまでの実績", H1)]
    st += paras(f"""
制度を始めた令和４年度から令和６年度までに、延べ{sum(rec['交付件数']):,}件、{sum(rec['交付額']):,}万円を交付しました。令和６年度は{rec['利用事業者数'][-1]}社が利用し、{rec['交付件数'][-1]}件の送付に{rec['交付額'][-1]}万円を交付しました。送付先の国・地域では台湾が最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(dests.title, "（令和６年度）"), dests.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 成約件数は、令和７年３月末までに報告があったものです。",
        "※２ 「その他」は、オーストラリア、アラブ首長国連邦等です。",
    ])
    st += [P("５　利用事例（令和６年度）", H1)]
    for i, (head, dest, what, result) in enumerate(SAMPLE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("送付先", dest), ("サンプルの内容", what), ("商談の結果", result)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("同じバイヤーに２回送る場合も対象になりますか。",
         "対象になります。ただし、同じ相手への送付は年度内２回までです。"),
        ("サンプルを送った後に申請することはできますか。",
         "できません。必ず送付の前に申請し、交付決定を受けてから送ってください。"),
        ("販売用の商品を少量送る場合も対象になりますか。",
         "対象になりません。無償で送るサンプルに限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　お問い合わせ", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DEPT} 販路開拓班　電話：099-456-5210　ファクス：099-456-5219",
        f"{CENTER} 貿易相談室（通関・検疫の相談）　電話：099-457-8800",
        "電子メール：muku-sample@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return yoko_specs() + katsudo_specs() + yuso_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, kspecs, sspecs = yoko_specs(), katsudo_specs(), yuso_specs()
    ydoc = build_pdf(docs_dir / YOKO_PDF, yspecs, yoko_story(yspecs),
                     YOKO_TITLE, "令和７年３月28日制定", DEPT)
    kdoc = build_pdf(docs_dir / KATSUDO_PDF, kspecs, katsudo_story(kspecs),
                     f"令和６年度 {KATSUDO} 活動報告書", "令和７年５月", DEPT)
    sdoc = build_pdf(docs_dir / YUSO_PDF, sspecs, yuso_story(sspecs),
                     f"令和７年度 {YUSO}のご案内", "令和７年４月", DEPT)
    gold = all_gold({YOKO_PDF: ydoc.row_pages, KATSUDO_PDF: kdoc.row_pages, YUSO_PDF: sdoc.row_pages})
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
    # --- yoko: the tax-free shop grant guideline, tables (a) (b) (c), definitions, articles, sibling sections
    dict(question="従業員がちょうど５人の土産物店から相談です。免税店を始めるのに合わせて、店内の案内を英語や中国語でも作りたいそうですが、その費用は何％まで補助されますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["常時使用する従業員の数が５人", "多言語表示物の作成費 75 50 15 15"], answer=["75"],
         notes="two facts: a shop (not manufacturing) with 5 employees is within 「５人…以下」, so it is a 小規模事業者 "
               "(第２条第３項, asked at its boundary); (a) two-level header, leaf 補助率（％）／小規模事業者; 50 (中小企業者) "
               "is the trap, 15 the caps"),
    dict(question="2025年度の補助で、商店街の免税手続カウンターに手続を任せる形の店が免税販売のシステムを入れる場合、補助の上限はいくらですか？",
         category="yoko", doc=YOKO_PDF, evidence=["免税販売システムの導入費 75 50 40 20"], answer=["20"],
         notes="(a) leaf 上限額（万円）／手続委託型: the shop is 手続委託型 by the definition in 第２条第２項; 40 (一般型) is "
               "the trap, 75 and 50 the rates; 2025年度 = 令和７年度 (the guideline takes effect 令和７年４月１日)"),
    dict(question="社員３人の雑貨店が、一般型の免税店を開くために16万円の免税販売システムを導入します。補助金はいくらになりますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["常時使用する従業員の数が５人", "免税販売システムの導入費 75 50 40 20"], answer=["12万円"], computed=True,
         notes="(a) 3 employees make a 小規模事業者 (第２条第３項), rate 75 %: 16 × 0.75 = 12万円, below the 一般型 cap of 40万円"),
    dict(question="2023年度に、この補助金の交付を受けたのは何件でしたか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和５年度 41 33 1,182 11"], answer=["33"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 交付件数（件）; "
               "41 (申請件数) is the trap"),
    dict(question="令和６年度は、申請のうち何パーセントに補助金が交付されたことになりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和６年度 46 38 1,354 14"], answer=["82.6%"], computed=True,
         notes="(b) share within a row: 38 / 46 = 82.6 %"),
    dict(question="令和６年度に補助を受けた店のうち、服や服飾雑貨を売る店は、形態を問わず全部で何件ありましたか？",
         category="yoko", doc=YOKO_PDF, evidence=["衣料品・服飾雑貨店 ６ ２ ８"], answer=["８"],
         notes="(c) the total column 計 on the right; ６ (一般型) and ２ (手続委託型) are the traps"),
    dict(question="2024年度に補助を受けた食品や酒の販売店のうち、商店街のカウンターに免税手続を任せる形の店は何％を占めますか？",
         category="yoko", doc=YOKO_PDF, evidence=["食品・酒類販売店 ２ ７ ９"], answer=["77.8%"], computed=True,
         notes="(c) share within a row: 手続委託型 7 / 計 9 = 77.8 % (2024年度 = 令和６年度, the caption note)"),
    dict(question="汐見市の酒屋さんの事例は、一般型と手続委託型のどちらの免税店として補助を受けていますか？",
         category="yoko", doc=YOKO_PDF, evidence=["酒販店Ｂ社（汐見市）", "免税店の形態：手続委託型"], answer=["手続委託型"],
         notes="sibling sections （１）–（３） of （参考）３ share the labels 免税店の形態, 導入したもの, 補助金の額; "
               "（２）酒販店Ｂ社; the siblings （１） and （３） are 一般型"),
    dict(question="補助金で買った旅券読取装置を、導入から２年で手放したいという事業者がいます。何か手続が必要でしょうか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["完了の日から３年以内に処分しようとする", "あらかじめ知事の承認を受けなければならない"],
         answer=["知事の承認"],
         notes="第８条 (財産の処分の制限): within three years of completion the disposal needs the governor's prior approval"),
    dict(question="商店街の免税手続カウンターに毎月払っている委託手数料も、この補助の対象になりますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["次に掲げる経費は、補助対象外とする", "免税手続カウンターに支払う手続の委託手数料"],
         answer=["対象外"],
         notes="第４条第３項, the costs not covered (a lead sentence and ○ items); the 許可申請書類の作成委託費 of table (a) "
               "is covered, a near miss"),
    # --- katsudo: the business-supporter activity report, tables (d) (e) (f), a definition, a list, sibling sections
    dict(question="2024年度のグローバルビジネスサポーター事業には、いくらの事業費がかかりましたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["事業費：1,380万円"], answer=["1,380万円"],
         notes="「label：value」 line 事業費 (the report prints no Western fiscal year: 2024年度 = 令和６年度)"),
    dict(question="ある会社が１件の依頼で、同じサポーターに３回通訳に来てもらいました。この報告書の活動件数では何件と数えますか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["複数回活動したときは、その回数を数える"], answer=["3件"],
         computed=True,
         notes="definition 「活動件数」とは…１件の依頼で複数回活動したときは、その回数を数える: three activities = 3件 "
               "(１件, the number of requests, is the trap)"),
    dict(question="令和７年３月末の時点で、アメリカ出身のサポーターのうち留学生は何人ですか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["米国 ８ ３ ５"], answer=["３"],
         notes="(d) continuation page (no header there): row 米国, column うち留学生（人）; ８ (登録者数) and ５ (活動した人数) "
               "are the traps"),
    dict(question="ネパール出身の登録サポーターのうち、年度内に実際に活動した人はどれくらいの割合ですか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["ネパール 21 17 ９"], answer=["42.9%"], computed=True,
         notes="(d) share within a row: 活動した人数 9 / 登録者数 21 = 42.9 % (note ※２ defines 活動した人数)"),
    dict(question="2023年度に、商談や来客のときの通訳でサポーターが活動したのは何件でしたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["商談・来客時の通訳 64 23.7 92 25.6"], answer=["64"],
         notes="(e) paired columns under the year groups: leaf 令和５年度／件数（件） (2023年度 = 令和５年度); 23.7 (構成比) "
               "and 92 (令和６年度) are the traps"),
    dict(question="展示会での接客の手伝いは、令和５年度から令和６年度にかけて何件増えましたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["展示会での接客補助 22 8.1 35 9.7"], answer=["13件"], computed=True,
         notes="(e) difference across the year groups, count leaves only: 35 − 22 = 13件"),
    dict(question="サポーターの語学力について、『満足』と答えた企業は何％でしたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["語学力 59.8 32.9 6.1 1.2"], answer=["59.8"],
         notes="(f) unruled table, column 満足; 32.9 (やや満足) is the trap"),
    dict(question="サポーターの母国の市場についての知識に、満足かやや満足と答えた企業は合わせて何％ですか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["母国の市場に関する知識 37.8 42.7 15.9 3.7"], answer=["80.5%"],
         computed=True,
         notes="(f) sum of two columns in a row: 37.8 + 42.7 = 80.5 %"),
    dict(question="汐見市で開いた交流会には、何社が参加しましたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["汐見市会場", "参加企業：11社"], answer=["11社"],
         notes="sibling sections （１）–（３） of ４ share the labels 開催日, 参加企業, 参加サポーター; （２）汐見市会場; "
               "18社 and ７社 are the siblings' values, 26人 the supporters"),
    dict(question="海外の取引先との契約を、サポーターに代わりに結んでもらうことはできますか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["次の活動は、この事業の対象外である", "契約の締結の代理"], answer=["対象外"],
         notes="the activities outside the programme (a lead sentence and ○ items in １): 契約の締結の代理 (no); "
               "商談・来客時の通訳 is offered, a near miss"),
    # --- yuso: the sample-shipping subsidy guide, tables (g) (h), definitions, sibling sections, Q&A
    dict(question="従業員が４人の小さな商社が、台湾の取引先候補に９万円かけてサンプルを送ります。補助金はいくらになりますか？",
         category="yuso", doc=YUSO_PDF, evidence=["小規模事業者は３分の２", "商業・サービス業は５人"], answer=["6万円"],
         computed=True,
         notes="prose only: a trading firm with 4 employees is a 小規模事業者 (商業: 5人 or fewer), rate ３分の２: "
               "9 × 2/3 = 6万円, below the cap of ８万円 per shipment; ２分の１ (4.5万円) is the trap"),
    dict(question="サンプルを送ってから５か月後に注文書をもらった場合、この制度では成約に数えられますか？",
         category="yuso", doc=YUSO_PDF, evidence=["送付の日から６か月以内に売買契約を結び"], answer=["６か月以内"],
         notes="definition 「成約」とは…送付の日から６か月以内に売買契約を結び、又は注文を受けたこと (yes: asked inside "
               "its boundary)"),
    dict(question="2023年度に、この補助金で交付された金額は合計でいくらですか？",
         category="yuso", doc=YUSO_PDF, evidence=["交付額 万円 298 451 612"], answer=["451"],
         notes="(g) fiscal years as columns with a unit per row in the 単位 column: 2023年度 = 令和５年度 (the guide prints "
               "2025年度 only); 102 (交付件数) and 3,380 (成約額) are the traps"),
    dict(question="令和６年度に補助を受けたサンプルの送付のうち、成約に結び付いたのは何％ですか？",
         category="yuso", doc=YUSO_PDF, evidence=["交付件数 件 68 102 139", "成約件数 件 19 30 45"], answer=["32.4%"],
         computed=True,
         notes="(g) share across two rows of one year column: 45 / 139 = 32.4 %"),
    dict(question="この補助を利用した事業者は、令和４年度から令和６年度にかけて何社増えましたか？",
         category="yuso", doc=YUSO_PDF, evidence=["利用事業者数 社 31 44 57"], answer=["26社"], computed=True,
         notes="(g) difference across the year columns: 57 − 31 = 26社 (unit from the 単位 column)"),
    dict(question="2024年度に補助を受けた送付のうち、アジア向けは全体の何％を占めていますか？",
         category="yuso", doc=YUSO_PDF, evidence=["アジア小計 98 33", "合計 139 45"], answer=["70.5%"], computed=True,
         notes="(h) subtotal row アジア小計 over 合計: 98 / 139 = 70.5 %"),
    dict(question="サンプルの送付先として、交付件数が２番目に多かった国・地域はどこですか？",
         category="yuso", doc=YUSO_PDF, evidence=["中国 18 ５"], answer=["中国"],
         notes="(h) second largest in the column 交付件数（件） among the countries: 台湾 22, 中国 18, 香港 16; the subtotal "
               "rows (アジア小計 98) are no countries, the trap"),
    dict(question="日本酒の蔵元の利用事例では、サンプルを送った結果どうなりましたか？",
         category="yuso", doc=YUSO_PDF, evidence=["酒造業Ｆ社（岩根町）", "送付から４か月後に成約し"], answer=["４か月後に成約"],
         notes="sibling sections （１）–（３） of ５ share the labels 送付先, サンプルの内容, 商談の結果; （３）酒造業Ｆ社 "
               "(日本酒の蔵元 = 酒造業); the siblings' results (初回の注文, 商談を続けている) are the near misses"),
    dict(question="急ぎでサンプルを先に送ってしまった会社があります。送ったあとから申請しても間に合いますか？",
         category="yuso", doc=YUSO_PDF, evidence=["サンプルを送った後に申請することはできますか", "できません。必ず送付の前に申請し"],
         answer=["できません"],
         notes="Q&A: Ａ of Ｑ２ (no: apply before sending)"),
    # --- followups
    dict(question="では、その装置を小規模事業者ではない中小企業が買う場合、補助率は何％ですか？",
         category="followup", doc=YOKO_PDF, evidence=["旅券読取装置の購入費 75 50 10 ５"], answer=["50"],
         history=_turns("商店街の免税手続カウンターに手続を任せている店が旅券読取装置を買う場合、上限はいくらですか？",
                        "手続委託型の免税店の場合、旅券読取装置の購入費の上限額は５万円です[1]。"),
         notes="(a) the row from the history (旅券読取装置の購入費), leaf 補助率（％）／中小企業者; 75 (小規模事業者) and 10 "
               "(the 一般型 cap) are the traps"),
    dict(question="その年度の申請件数は何件でしたか？",
         category="followup", doc=YOKO_PDF, evidence=["令和４年度 27 20 705 ５"], answer=["27"],
         history=_turns("2022年度には何件に補助金が交付されましたか？",
                        "2022年度（令和４年度）は20件に交付されました[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 申請件数（件）"),
    dict(question="そのうち、年度内に実際に活動した人は何人ですか？",
         category="followup", doc=KATSUDO_PDF, evidence=["インド ６ ４ ３"], answer=["３"],
         history=_turns("インド出身のサポーターは何人登録されていますか？",
                        "インド出身の登録者は６人です[1]。"),
         notes="(d) the row from the history (インド, on the continuation page), column 活動した人数（人）; ４ (留学生) is "
               "the trap"),
    dict(question="そのうち成約につながったのは何件ですか？",
         category="followup", doc=YUSO_PDF, evidence=["米国 14 ４"], answer=["４"],
         history=_turns("2024年度に、アメリカへのサンプル送付で補助を受けたのは何件ですか？",
                        "令和６年度の米国向けは14件です[1]。"),
         notes="(h) the row from the history (米国), column 成約件数（件）; ５ (北米小計) is the trap"),
    dict(question="そちらに電話で問い合わせたいのですが、その番号を教えてください。",
         category="followup", doc=YUSO_PDF, evidence=["電話：099-457-8800"], answer=["099-457-8800"],
         history=_turns("サンプルを送るときの通関について相談できる窓口はありますか？",
                        "公益財団法人椋県産業振興センターの貿易相談室で、通関・検疫の相談ができます[1]。"),
         notes="contact box of the guide: the 貿易相談室's phone (second line); the 班's phone 099-456-5210 and fax "
               "099-456-5219 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="県内の免税店を市町村別に見ると、汐見市には何店舗ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the prefecture's total (412店舗) and the grants by trade and type, nothing by "
               "municipality; the case of Ｂ社（汐見市） is a near miss",
         absent=["市町村別", "市町別", "市町村ごと"]),
    dict(question="補助を受けて免税店になった店の、外国人旅行者への免税販売の売上は年間どのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives applications, grants and the number of shops, not their sales",
         absent=["売上", "販売額", "販売実績"]),
    dict(question="サポーターには、１回の活動につきいくらの謝金が支払われていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the firms' fee (2,000円 per activity), not what the supporters are paid",
         absent=["謝金", "時給", "日当", "謝礼"]),
    dict(question="登録しているサポーターの男女別の人数を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the supporters are given by country or region and by student status only",
         absent=["男性", "女性", "男女"]),
    dict(question="補助を受けて送られたサンプルは、１件当たり平均でどれくらいの重さですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives shipments, grants and deals, not the weight of the samples",
         absent=["重量", "重さ", "キログラム", "kg"]),
    dict(question="令和６年度に、サンプルを船便で送った件数は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the covered costs name courier and postal services; shipments are given by destination only, not by "
               "mode of transport",
         absent=["船便", "海上輸送", "航空便", "輸送手段"]),
]
CATEGORY_COUNTS = {"yoko": 10, "katsudo": 10, "yuso": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ", "そちら")
PREFIX_Q, PREFIX_T = "h41q", "h41t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "補助対象経費、補助率及び上限額", "年度別の申請と交付の状況", "業種別・形態別の交付件数",
    "国・地域別の登録サポーター", "活動の種類別の活動件数", "サポーターの活動に対する企業の評価",
    "サンプル輸送支援の実績の推移", "送付先の国・地域別の交付件数と成約件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _num(q: Decimal, unit: str) -> str:
    q = half_up(q, "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells (h41q12, h41q21: from the prose)
    "h41q03": lambda g: _num(Decimal(16) * Decimal(g(A, "免税販売システムの導入費", "補助率（％）／小規模事業者", 2025)) / 100,
                             "万円"),
    "h41q05": lambda g: _pct(g(B, "令和６年度", "交付件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h41q07": lambda g: _pct(g(C, "食品・酒類販売店", "手続委託型", 2024), g(C, "食品・酒類販売店", "計", 2024)),
    "h41q12": lambda g: f"{3 * 1}件",  # one request, three activities: each activity counts (the definition)
    "h41q14": lambda g: _pct(g(D, "ネパール", "活動した人数（人）", 2024), g(D, "ネパール", "登録者数（人）", 2024)),
    "h41q16": lambda g: f"{g(E, '展示会での接客補助', '令和６年度／件数（件）', 2024) - g(E, '展示会での接客補助', '令和５年度／件数（件）', 2023)}件",
    "h41q18": lambda g: f"{Decimal(str(g(F, '母国の市場に関する知識', '満足', 2024))) + Decimal(str(g(F, '母国の市場に関する知識', 'やや満足', 2024)))}%",
    "h41q21": lambda g: _num(min(Decimal(9) * RATE_SMALL, Decimal(CAP_SHIP)), "万円"),
    "h41q24": lambda g: _pct(g(G, "成約件数", "令和６年度", 2024), g(G, "交付件数", "令和６年度", 2024)),
    "h41q25": lambda g: f"{g(G, '利用事業者数', '令和６年度', 2024) - g(G, '利用事業者数', '令和４年度', 2022)}社",
    "h41q26": lambda g: _pct(g(H, "アジア小計", "交付件数（件）", 2024), g(H, "合計", "交付件数（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {YOKO_PDF: (3, 3), KATSUDO_PDF: (3, 3), YUSO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (170, 210)
TABLE_QUESTIONS = 18  # at least, outside the followups
BEFORE_BREAK_ROWS = ("中国", "ベトナム")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("米国", "インド", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout41.py")
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
    if not 9 <= n_computed <= 12:
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout41.py")
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
            # each printed row, cell after cell, on its page
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

    # (a): small firms get at least the general rate; a 手続委託型 shop's cap is at most the 一般型 cap;
    # no cap above the firm cap of 第４条第２項
    for row, r in t[A].items():
        if r["補助率（％）／小規模事業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／手続委託型"] > r["上限額（万円）／一般型"] or r["上限額（万円）／一般型"] > FIRM_CAP:
            errors.append(f"{A} / {row}: caps out of range")
    # (b): growing applications; grants within applications; amounts within grants × the firm cap;
    # 手続委託型 within the grants
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * FIRM_CAP \
                or r["うち手続委託型（件）"] > r["交付件数（件）"]:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): the 計 column adds up across, 合計 down; it equals (b)'s 令和６年度
    c = t[C]
    adds_up(C, ("一般型", "手続委託型", "計"))
    for row, r in c.items():
        if r["計"] != r["一般型"] + r["手続委託型"]:
            errors.append(f"{C} / {row}: 計 differs from 一般型 + 手続委託型")
    if c["合計"]["計"] != b["令和６年度"]["交付件数（件）"] or c["合計"]["手続委託型"] != b["令和６年度"]["うち手続委託型（件）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): 合計 adds up; 留学生 and 活動 within 登録
    d = t[D]
    adds_up(D, ("登録者数（人）", "うち留学生（人）", "活動した人数（人）"))
    if any(r["うち留学生（人）"] > r["登録者数（人）"] or r["活動した人数（人）"] > r["登録者数（人）"] for r in d.values()):
        errors.append(f"{D}: a うち column above 登録者数")
    # (e): counts add up, per cents come from the counts, 合計 100.0
    e = t[E]
    for y in ACT_YEARS:
        g = f"令和{fw(y - 2018)}年度"
        adds_up(E, (f"{g}／件数（件）",))
        total = e["合計"][f"{g}／件数（件）"]
        for row, r in e.items():
            want = Decimal("100.0") if row == "合計" else pct1(r[f"{g}／件数（件）"], total)
            if Decimal(str(r[f"{g}／構成比（％）"])) != want:
                errors.append(f"{E} / {row}: 構成比 of {g} differs from the counts")
        if sum(Decimal(str(r[f"{g}／構成比（％）"])) for row, r in e.items() if row != "合計") != Decimal("100.0"):
            errors.append(f"{E}: the 構成比 of {g} do not add up to 100.0")
    # (f): per cents from the counts; each row's counts add up to the respondents
    for name, *ks in RATINGS:
        if sum(ks) != RATINGS_N:
            errors.append(f"{F} / {name}: counts do not add up to {RATINGS_N}")
        got = [Decimal(str(t[F][name][col])) for col in ("満足", "やや満足", "やや不満", "不満")]
        if got != [pct1(k, RATINGS_N) for k in ks]:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g) and (h): the 令和６年度 column of (g) equals (h)'s 合計; subtotals and 合計 add up
    g_ = t[G]
    h = t[H]
    for col in ("交付件数（件）", "成約件数（件）"):
        for sub, members in DESTS:
            if sub and h[sub][col] != sum(h[m[0]][col] for m in members):
                errors.append(f"{H}: {sub} of {col} does not add up")
        adds_up(H, (col,), skip=SUBTOTALS)
        if h["合計"][col] != sum(h[s][col] for s in SUBTOTALS) + sum(h[m[0]][col] for s, ms in DESTS if not s for m in ms):
            errors.append(f"{H}: 合計 of {col} differs from the subtotals")
    if h["合計"]["交付件数（件）"] != g_["交付件数"]["令和６年度"] or h["合計"]["成約件数（件）"] != g_["成約件数"]["令和６年度"]:
        errors.append(f"{H}: 合計 differs from 令和６年度 of {G}")
    for y in RECORD_YEARS:
        col = f"令和{fw(y - 2018)}年度"
        if g_["成約件数"][col] > g_["交付件数"][col] or g_["交付額"][col] > g_["交付件数"][col] * CAP_SHIP \
                or g_["交付件数"][col] < g_["利用事業者数"][col]:
            errors.append(f"{G} / {col}: figures out of range")
    if any(r["成約件数（件）"] > r["交付件数（件）"] for r in h.values()):
        errors.append(f"{H}: 成約件数 above 交付件数")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    sup = specs["supporters"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(sup.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KATSUDO_PDF]) if header in norm(p)]
        if sup.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 9:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-9")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("モンゴル、スリランカ") not in norm(pages[KATSUDO_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "grants", "trades", "activities", "ratings", "record", "dests"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["ratings"].ruled or not all(s.ruled for k, s in specs.items() if k != "ratings"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with different leaves under the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／小規模事業者", "補助率（％）／中小企業者", "上限額（万円）／一般型", "上限額（万円）／手続委託型"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in GRANTS]:
        errors.append(f"{B}: expected years as rows")
    # (c): a total column 計 on the right, unit from the caption
    if specs["trades"].header[0][-1] != "計" or {g["unit"] for g in gold if g["table"] == C} != {"件"}:
        errors.append(f"{C}: expected a total column 計 on the right and the unit 件")
    # (e): years as header groups over paired count／share leaves; the year of a cell from its group
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    ewant = [f"令和{fw(y - 2018)}年度／{leaf}" for y in ACT_YEARS for leaf in ("件数（件）", "構成比（％）")]
    if ecols != ewant or any(g["fiscal_year"] != fiscal_year(g["column"].split(GROUP_SEP)[0]) for g in gold if g["table"] == E):
        errors.append(f"{E}: expected paired count／share columns under the fiscal years, got {ecols}")
    if {g["unit"] for g in gold if g["table"] == E} != {"件", "%"}:
        errors.append(f"{E}: units should come from the leaves")
    # (g): fiscal years as columns, a unit per row from the 単位 column (not a gold column)
    gcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == G))
    if gcols != [f"令和{fw(y - 2018)}年度" for y in RECORD_YEARS] or specs["record"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == G):
        errors.append(f"{G}: expected the fiscal years as columns, got {gcols}")
    if any(g["unit"] != dict((r[0], r[1]) for r in RECORD)[g["row"]] for g in gold if g["table"] == G):
        errors.append(f"{G}: units should come from the 単位 column")
    # (h): subtotal rows inside the table, bold, between the country rows
    hrows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == H))
    if not all(s in hrows for s in SUBTOTALS) or hrows[-1] != "合計" or hrows.index(SUBTOTALS[0]) == 0:
        errors.append(f"{H}: expected subtotal rows inside the table, got {hrows}")
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

    def western(text, want, what):
        got = re.findall(r"20\d\d年度?", text)
        if got != want:
            errors.append(f"{what}: Western years {got}, expected {want}")

    # ---- the grant guideline
    yk = norm("\n".join(pages[YOKO_PDF]))
    siblings(yk, YOKO_PDF, ("免税店の形態：", "導入したもの：", "補助金の額："), [c[0] for c in SHOP_CASES])
    if norm(f"延べ{sum(r[2] for r in GRANTS)}件、{sum(r[3] for r in GRANTS):,}万円") not in yk:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = GRANTS[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付") not in yk:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    if not 1.45 <= SHOPS_NOW / SHOPS_BEFORE <= 1.6:
        errors.append("guideline: 「約1.5倍」 does not hold")
    by_total = sorted(TRADES, key=lambda r: -(r[1] + r[2]))
    if by_total[0][0] != "土産物・工芸品店" or max(TRADES, key=lambda r: r[2])[0] != "食品・酒類販売店":
        errors.append("guideline: 「土産物・工芸品店が最も多く、手続委託型では…食品・酒類販売店が多い」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, kind, _what, amount, items in SHOP_CASES:
        cap = sum(rates[x][3 if kind == "一般型" else 4] for x in items)
        if int(nfkc(amount).rstrip("万円")) > min(cap, FIRM_CAP):
            errors.append(f"guideline: case {head} is above its caps")
    western(yk, ["2021年度"], "guideline")
    defs(yk, ("免税店", "手続委託型", "小規模事業者"), "guideline")
    for x in NOT_COVERED:
        if norm(x) not in yk:
            errors.append(f"guideline: the cost not covered {x} is missing")
    raw = "\n".join(pages[YOKO_PDF])
    arts = re.findall(r"第([１-９])条\s", raw)
    if arts != list("１２３４５６７８"):
        errors.append(f"guideline: articles {arts}, expected 第１条–第８条")
    steps_of(YOKO_PDF, "①②③④⑤⑥", "guideline")
    contacts(YOKO_PDF, ["099-451-3820", "099-451-3829", "099-452-6100"], ["muku-menzei@example.jp"], "guideline")

    # ---- the activity report
    kt = norm("\n".join(pages[KATSUDO_PDF]))
    siblings(kt, KATSUDO_PDF, ("開催日：", "参加企業：", "参加サポーター："), [m[0] for m in MEETINGS])
    registered, students = sum(r[1] for r in SUPPORTERS), sum(r[2] for r in SUPPORTERS)
    if registered != REGISTERED_PREV + NEW_REG - REMOVED \
            or norm(f"登録者は{registered}人（前年度末から{registered - REGISTERED_PREV}人増）") not in kt \
            or norm(f"留学生は{students}人") not in kt or not 0.6 < students / registered < 0.67:
        errors.append("report: the registration figures in the prose differ from (d)")
    ranked = [r[0] for r in sorted(SUPPORTERS, key=lambda r: -r[1])]
    if ranked[:3] != ["中国", "ベトナム", "ネパール"]:
        errors.append("report: 「中国が最も多く、ベトナム、ネパールが続く」 does not hold")
    tot = [sum(r[j] for r in ACTIVITIES) for j in (1, 2)]
    if norm(f"活動件数は{tot[1]}件と、前年度の{tot[0]}件から３割余り増えた") not in kt or not 1.3 <= tot[1] / tot[0] < 1.4:
        errors.append("report: the activity totals in the prose differ from (e)")
    if max(ACTIVITIES, key=lambda r: r[2])[0] != "翻訳・ネイティブチェック" \
            or max(ACTIVITIES, key=lambda r: r[2] - r[1])[0] != "商談・来客時の通訳":
        errors.append("report: 「翻訳…が最も多く、件数の増加は…通訳が最も大きかった」 does not hold")
    firms = sum(int(nfkc(m[2]).rstrip("社")) for m in MEETINGS)
    if norm(f"延べ{firms}社が参加") not in kt:
        errors.append("report: the meetings' firms in the prose differ from the sibling sections")
    best = max(RATINGS, key=lambda r: r[1])[0]
    shop = next(r for r in RATINGS if r[0] == "日本の商習慣への理解")
    if best != "語学力" or not (shop[3] + shop[4]) / RATINGS_N > 0.3 \
            or norm(f"{RATINGS_N}社から回答を得た（回答率{pct1(RATINGS_N, CLIENTS)}％）") not in kt:
        errors.append("report: the survey statements in the prose do not hold")
    western(kt, ["2025年"], "report")
    defs(kt, ("サポーター", "活動件数"), "report")
    for x in NOT_ASKABLE:
        if norm(x) not in kt:
            errors.append(f"report: the activity not asked for {x} is missing")
    steps_of(KATSUDO_PDF, "①②③", "report")
    contacts(KATSUDO_PDF, ["099-453-2140", "099-453-2149", "099-454-7300"], ["muku-supporter@example.jp"], "report")

    # ---- the guide
    ys = norm("\n".join(pages[YUSO_PDF]))
    siblings(ys, YUSO_PDF, ("送付先：", "サンプルの内容：", "商談の結果："), [c[0] for c in SAMPLE_CASES])
    rec = {r[0]: r[2:] for r in RECORD}
    if norm(f"延べ{sum(rec['交付件数']):,}件、{sum(rec['交付額']):,}万円") not in ys \
            or norm(f"令和６年度は{rec['利用事業者数'][-1]}社が利用し、{rec['交付件数'][-1]}件の送付に{rec['交付額'][-1]}万円") not in ys:
        errors.append("guide: the totals in the prose differ from (g)")
    countries = [m for s, ms in DESTS for m in ms if m[0] != "その他"]
    if max(countries, key=lambda m: m[1])[0] != "台湾":
        errors.append("guide: 「台湾が最も多く」 does not hold")
    if norm(f"１回の送付につき{fw(CAP_SHIP)}万円、１事業者につき年度内{CAP_YEAR}万円") not in ys \
            or norm("２分の１（小規模事業者は３分の２）") not in ys:
        errors.append("guide: the rate and caps lines differ from RATE, RATE_SMALL, CAP_SHIP, CAP_YEAR")
    western(ys, ["2025年度"], "guide")
    defs(ys, ("サンプル", "小規模事業者", "成約"), "guide")
    raw = "\n".join(pages[YUSO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps_of(YUSO_PDF, "①②③④⑤⑥", "guide")
    contacts(YUSO_PDF, ["099-456-5210", "099-456-5219", "099-457-8800"], ["muku-sample@example.jp"], "guide")
    # every phone or fax number of the set is fictional (099-45x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-45x-xxxx")
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
