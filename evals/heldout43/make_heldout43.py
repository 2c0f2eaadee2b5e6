"""Build the 柚県 held-out set 43: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (柚県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱, articles 第１条–第８条 with 附則, 別表 and a （参考） part) for a subsidy towards
small firms' after-sales service abroad (海外アフターサービス体制構築支援補助金: sending technicians,
training local service partners, stocking spare parts abroad, multilingual manuals, remote
maintenance), with a two-level header of rates by firm size and caps by single or joint
application, years as rows and counts with their shares in paired columns; the annual report
(年次報告書) of a prefectural investment fund for small firms expanding abroad
(中小企業海外展開支援ファンド), with the investments by year and a total column on the right, the
investees' bases abroad by country (a table continued over a page break without its header) and
the investees' indicators with the fiscal years as columns and a unit per row in a 単位 column;
and a FAQ (よくある質問（Ｑ＆Ａ）) on a prefectural programme of shared warehouses abroad for the
prefecture's products (県産品海外共同倉庫利用支援事業), with an unruled table of storage fees, the
shipments by product with subtotal rows and the use of each warehouse; see README.md beside
this file.

    python make_heldout43.py [OUTPUT_DIR]          # default: this file's directory

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
    check_answerable,
    check_against_expected,
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

KOFU_PDF = "yuzu_kaigai_afterservice_hojokin_kofu_yoko_r7.pdf"
FUND_PDF = "yuzu_kaigai_tenkai_fund_nenji_hokoku_r6.pdf"
SOKO_PDF = "yuzu_kaigai_kyodo_soko_faq_r7.pdf"
ALL_PDFS = (KOFU_PDF, FUND_PDF, SOKO_PDF)

UNITS = ("百万円", "億円", "万円", "円", "件", "人", "社", "か所", "パレット", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-47"  # every phone number of the set: 099-47x-xxxx
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


ARTICLE_HEAD = pstyle("article_head", docgen.GOTHIC, 10.5, 17, left=0.5 * docgen.EM, spaceBefore=4, keepWithNext=1)
ARTICLE = pstyle("article", left=1.5 * docgen.EM, first=-1.5 * docgen.EM + 0.5 * docgen.EM)


def article(head: str, first: str, paragraphs=()):
    """A 要綱 article: （見出し） on its own line, 第n条 paragraph, then numbered 項 (２, ３, …)."""
    out = [P(f"（{head}）", ARTICLE_HEAD), P(first, ARTICLE)]
    out += [P(f"{fw(i)}　{t}", ARTICLE) for i, t in enumerate(paragraphs, 2)]
    return out


def kanji_items(items):
    """The 号 of an article (一, 二, 三 …)."""
    return [P(f"{k}　{t}", hanging(1, 1)) for k, t in zip("一二三四五六七八九", items)]


PREF = "柚県"
PREFIX_Q, PREFIX_T = "h43q", "h43t"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: after-sales subsidy, grant guideline
KOFU = f"{PREF}海外アフターサービス体制構築支援補助金"
KOFU_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
CENTER = f"{PREF}海外ビジネス支援センター"
RATES = [  # 補助対象経費; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 単独申請, 共同申請 (令和７年度)
    ("技術者の海外派遣費", 50, 70, 100, 250), ("現地協力事業者の技術研修費", 50, 70, 60, 150),
    ("補修部品の現地在庫費", 40, 50, 50, 120), ("取扱説明書等の多言語化費", 50, 75, 30, 60),
    ("遠隔保守システムの導入費", 40, 60, 80, 200),
]
FIRST_TIME_BONUS, BONUS_CEILING = 10, 80  # note ※２: points added for a first grant; ceiling in ％
FIRM_CAP, JOINT_CAP = 200, 600  # 第４条２: 万円 per firm, per joint application
RECORD = [  # 年度, 申請件数, 交付件数, うち共同申請, 交付額（万円）
    (2021, 12, 8, 1, 742), (2022, 19, 13, 2, 1186), (2023, 27, 18, 2, 1653), (2024, 34, 22, 3, 2048),
]
ITEM_RESULTS = [  # 補助対象経費, 件数 (延べ), 交付額（万円） (令和６年度)
    ("技術者の海外派遣費", 17, 812), ("現地協力事業者の技術研修費", 11, 396), ("補修部品の現地在庫費", 6, 171),
    ("取扱説明書等の多言語化費", 14, 243), ("遠隔保守システムの導入費", 8, 426),
]
CASES = [  # 見出し, 対象国, 主な取組, 補助金の額 (same labels in every sibling section)
    ("工作機械製造業Ａ社（柚市）", "ベトナム、タイ", "現地協力事業者の技術者４人を本社工場に招き、据付けと修理の研修を実施", "148万円"),
    ("食品機械製造業Ｂ社（瀬並市）", "台湾", "取扱説明書と保守マニュアルを中国語（繁体字）に翻訳し、遠隔保守システムを導入", "96万円"),
    ("農業機械製造業Ｃ社ほか２社（奥柚町）", "インドネシア", "ジャカルタ近郊の倉庫を３社で借り、補修部品を共同で在庫", "312万円"),
]
EXCLUDED = [  # 第５条: 補助の対象としない経費
    "製品の保証期間内の無償修理に用いる部品の購入費",
    "現地協力事業者への出資金及び貸付金",
    "国内で行う点検及び修理に要する経費",
    "交付決定の日より前に契約し、又は支払った経費",
]


def kofu_specs():
    rates = TableSpec(
        key="rates", doc=KOFU_PDF, title="補助対象経費ごとの補助率及び上限額",
        header=[["補助対象経費", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "単独申請", "共同申請"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 26 * mm, 27 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=KOFU_PDF, title="年度別の交付実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "うち共同申請（件）", "交付額（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 36 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    n_all, a_all = sum(r[1] for r in ITEM_RESULTS), sum(r[2] for r in ITEM_RESULTS)
    rows = [[n, fw(k), cell(pct1(k, n_all)), fw(a), cell(pct1(a, a_all))] for n, k, a in ITEM_RESULTS]
    rows.append(["合計", fw(n_all), "100.0", fw(a_all), "100.0"])
    items = TableSpec(
        key="items", doc=KOFU_PDF, title="補助対象経費別の交付実績",
        header=[["補助対象経費", "件数（件）", "件数割合（％）", "交付額（万円）", "金額割合（％）"]],
        rows=rows, col_widths=[52 * mm, 24 * mm, 28 * mm, 28 * mm, 28 * mm], table_fy=2024,
    )
    items.unit = lambda row, c, s=items: bracket_unit(s.column_label(c))
    return rates, record, items


def kofu_story(specs):
    rates, record, items = specs
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{KOFU}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月31日制定", DATE_RIGHT), P(KOFU_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", f"第１条　この要綱は、県内の中小企業者が海外に販売した製品について、現地でのアフターサービスの体制を整えることにより、海外の取引先の信頼を高め、販路の維持と拡大を図るため、予算の範囲内において交付する{KOFU}（以下「補助金」という。）に関し、{PREF}補助金等交付規則に定めるもののほか、必要な事項を定めるものとする。")
    st += article("定義", "第２条　この要綱において「中小企業者」とは、中小企業基本法第２条第１項に規定する中小企業者をいう。", [
        "この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業（卸売業及び小売業をいう。）又はサービス業を主たる事業とする者については、５人）以下の中小企業者をいう。",
        "この要綱において「アフターサービス」とは、海外の取引先に販売した製品の据付け、点検、修理、部品の交換及び操作の指導をいう。",
        "この要綱において「共同申請」とは、３以上の中小企業者が、そのうちの１者を代表者と定めて共同で行う申請をいう。",
    ])
    st += article("補助対象者", "第３条　補助金の交付の対象となる者は、次の各号のいずれにも該当する中小企業者とする。")
    st += kanji_items([
        "県内に本社又は主たる事業所を有すること。",
        "自ら製造し、又は販売した製品を海外の取引先に販売していること。",
        "県税を滞納していないこと。",
    ])
    st += article("補助対象経費、補助率及び上限額", "第４条　補助対象経費、補助率及び上限額は、別表のとおりとする。", [
        f"補助金の額は、１事業者当たり{FIRM_CAP}万円（共同申請の場合は、１件当たり{JOINT_CAP}万円）を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += article("補助対象外経費", "第５条　次に掲げる経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 1)
    st += article("交付の申請", "第６条　補助金の交付を受けようとする者は、次により申請しなければならない。")
    st += lv_lines([
        ("申請期間", "令和７年５月７日から６月30日まで"),
        ("提出先", CENTER),
        ("提出書類", "交付申請書（様式第１号）、事業計画書（様式第２号）及び経費の見積書の写し"),
    ], 1)
    st += article("手続の流れ", "第７条　補助金の交付の手続は、次の順に行う。")
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{CENTER}）",
        "② 交付申請（第６条の申請期間内）",
        "③ 審査（書類審査及び面談。令和７年７月）",
        "④ 交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（補助事業の完了の日から30日以内）",
        "⑦ 補助金の額の確定及び支払（令和８年３月）",
    ], 1)
    st += article("補助金の返還", "第８条　知事は、補助事業者が偽りその他不正の手段により補助金の交付を受けたときは、交付の決定の全部又は一部を取り消し、既に交付した補助金の返還を命ずることができる。")
    st += [P("附　則", ARTICLE_HEAD), P("この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [CondPageBreak(62 * mm), P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用する。",
        f"※２ この補助金の交付を初めて受ける者（共同申請の場合は、代表者）は、各経費の補助率に{FIRST_TIME_BONUS}ポイントを加算する。ただし、加算後の補助率は{BONUS_CEILING}％を超えないものとする。",
    ])
    st += [P("（参考）これまでの交付実績", H1)]
    st += paras(f"""
この補助金は令和３年度（2021年度）に設けられ、申請件数は毎年増えている。令和６年度は{last[1]}件の申請に対し{last[2]}件に交付し、このうち共同申請は{fw(last[3])}件であった。令和７年度の予算額は3,000万円である。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += paras("令和６年度の交付を補助対象経費別に見ると、件数では技術者の海外派遣費が最も多く、取扱説明書等の多言語化費が続いた。", 0)
    st += [caption(items.title, "（令和６年度）"), items.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ １件の交付で複数の経費を補助した場合は、経費ごとに数えた（延べ件数）。割合は小数第２位を四捨五入したため、合計が100.0にならないことがある。",
    ])
    st += [P("（参考）活用事例（令和６年度）", H1)]
    for i, (head, country, action, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象国", country), ("主な取組", action), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KOFU_DEPT} 海外展開支援班　電話：099-471-3310　ファクス：099-471-3319",
        f"{CENTER}（申請の受付・事前相談）　電話：099-471-3400",
        "電子メール：yuzu-afterservice@example.jp",
    ]))
    return st


# ================================================================ document 2: overseas-expansion fund, annual report
FUND = f"{PREF}中小企業海外展開支援ファンド"
FUND_DEPT = f"{PREF} 商工労働部 産業政策課"
GP = "柚グローバルキャピタル株式会社"
INVEST = [  # 年度, 新規投資件数, 新規投資額, 追加投資額 (百万円)
    (2021, 4, 210, 0), (2022, 7, 385, 40), (2023, 6, 342, 95), (2024, 5, 298, 160),
]
EXITS = 1  # investees sold in 令和６年度
BASES = [  # 国・地域, 投資先企業数（社・延べ）, 海外拠点数（か所）, 現地従業員数（人） (令和７年３月末)
    ("ベトナム", 6, 7, 412), ("タイ", 5, 6, 288), ("中国", 4, 5, 356), ("台湾", 3, 3, 64),
    ("インドネシア", 3, 3, 97), ("米国", 3, 4, 45), ("インド", 2, 2, 38), ("マレーシア", 2, 2, 51),
    ("フィリピン", 1, 1, 120), ("メキシコ", 1, 1, 73), ("ドイツ", 1, 1, 12), ("その他", 2, 2, 19),
]
INDICATOR_YEARS = (2022, 2023, 2024)
INDICATORS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度
    ("投資先企業数", "社", 11, 17, 21), ("売上高の合計", "億円", 186, 274, 352),
    ("うち海外売上高", "億円", 41, 68, 97), ("海外売上高比率", "％", None, None, None),
    ("県内新規雇用（累計）", "人", 38, 84, 141),
]
FUND_CASES = [  # 見出し, 投資額, 資金の使途, 投資後の状況 (same labels in every sibling section)
    ("精密部品製造業Ｄ社（柚市）", "8,000万円（令和４年度）", "ベトナム工場の生産ラインの増設", "海外売上高が投資前の約２倍に増加"),
    ("水産加工業Ｅ社（瀬並市）", "5,000万円（令和５年度）、追加投資3,000万円（令和６年度）", "シンガポールの販売子会社の設立",
     "東南アジアの外食チェーン12社と取引を開始"),
    ("ソフトウェア開発業Ｆ社（柚市）", "4,500万円（令和６年度）", "米国の販売拠点の開設と現地の営業人材の採用", "令和７年２月に米国で最初の契約を獲得"),
]


def indicator_rows():
    rows = []
    sales = next(r for r in INDICATORS if r[0] == "売上高の合計")
    abroad = next(r for r in INDICATORS if r[0] == "うち海外売上高")
    for name, unit, *vals in INDICATORS:
        if name == "海外売上高比率":
            vals = [pct1(a, s) for a, s in zip(abroad[2:], sales[2:])]
        rows.append([name, unit] + [cell(v) for v in vals])
    return rows


def fund_specs():
    invest = TableSpec(
        key="invest", doc=FUND_PDF, title="年度別の投資の実行状況",
        header=[["年度", "新規投資件数（件）", "新規投資額（百万円）", "追加投資額（百万円）", "投資額計（百万円）"]],
        rows=[[era(y), fw(k), fw(a), fw(b), fw(a + b)] for y, k, a, b in INVEST],
        col_widths=[28 * mm, 33 * mm, 35 * mm, 35 * mm, 33 * mm],
    )
    invest.unit = lambda row, c, s=invest: bracket_unit(s.column_label(c))
    brows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in BASES]
    brows.append(["合計"] + [fw(sum(r[j] for r in BASES)) for j in (1, 2, 3)])
    bases = TableSpec(
        key="bases", doc=FUND_PDF, title="国・地域別の投資先企業の海外拠点",
        header=[["国・地域", "投資先企業数（社）", "海外拠点数（か所）", "現地従業員数（人）"]],
        rows=brows, col_widths=[40 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    bases.unit = lambda row, c, s=bases: bracket_unit(s.column_label(c))
    indicators = TableSpec(
        key="indicators", doc=FUND_PDF, title="投資先企業の主な指標の推移",
        header=[["指標", "単位"] + [era(y) for y in INDICATOR_YEARS]],
        rows=indicator_rows(), col_widths=[48 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm],
        value_cols=[2, 3, 4], align_left_cols=(), bold_rows=(),
    )
    indicators.unit = lambda row, c: nfkc(row[1])
    return invest, bases, indicators


def fund_totals():
    new_n = sum(r[1] for r in INVEST)
    new_a, add_a = sum(r[2] for r in INVEST), sum(r[3] for r in INVEST)
    return new_n, new_a, add_a


def fund_story(specs):
    invest, bases, indicators = specs
    new_n, new_a, add_a = fund_totals()
    y6 = INVEST[-1]
    n_bases, n_staff = sum(r[2] for r in BASES), sum(r[3] for r in BASES)
    ind = {r[0]: r for r in indicators.rows}
    st = [Spacer(1, 2 * mm), P("令和６年度（第４期）", SUBTITLE), P(f"{FUND} 年次報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(FUND_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　ファンドの概要", H1)]
    st += lv_lines([
        ("名称", f"{PREF}中小企業海外展開支援投資事業有限責任組合（愛称：ゆずグローバルファンド）"),
        ("設立", "令和３年（2021年）７月１日"),
        ("存続期間", "設立から10年間（令和13年６月30日まで）"),
        ("投資期間", "設立から５年間（令和８年６月30日まで）"),
        ("ファンド総額", "30億円"),
        ("出資者", f"{PREF}（10億円）、県内の金融機関６機関（18億円）、運営会社（２億円）"),
        ("運営会社", f"{GP}（無限責任組合員）"),
    ], 0)
    st += paras("""
この報告書において「投資先企業」とは、本ファンドが株式、新株予約権又は社債を取得し、各年度の末日に保有している県内の中小企業をいう。また、「追加投資」とは、既に投資した企業に再び投資することをいい、「県内新規雇用」とは、投資を受けた後に投資先企業が県内の事業所で新たに雇用した常用の従業員をいう。
""", 0)
    st += [P("２　投資の実行状況", H1)]
    st += paras(f"""
令和６年度は、新規投資を{fw(y6[1])}件（２億9,800万円）、追加投資を１億6,000万円実行した。設立からの新規投資は延べ{new_n}件となった。また、投資先１社の株式をその経営者に売却し、初めて投資を回収した。このため、令和６年度末の投資先企業は{new_n - EXITS}社である。
""", 0)
    st += [caption(invest.title), invest.flowable(), Spacer(1, 2)]
    st += notes(["※１ 投資額は、払込みの日の属する年度に計上した。令和３年度は７月から３月までの９か月間である。"])
    st += [P("３　投資先企業の海外拠点", H1)]
    st += paras(f"""
令和７年３月末現在、投資先企業{new_n - EXITS}社が海外に持つ拠点は{n_bases}か所、その現地従業員は{n_staff:,}人である。国・地域別では、ベトナムが拠点数、現地従業員数ともに最も多い。
""", 0)
    st += [caption(bases.title, "（令和７年３月末）", keep=False), bases.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ １社が複数の国・地域に拠点を持つ場合は、それぞれの国・地域に数えた（投資先企業数の合計は延べ数）。",
        "※３ 「その他」は、カンボジア、オランダ等である。",
    ])
    st += [P("４　投資先企業の成長", H1)]
    st += paras(f"""
投資先企業の海外売上高は年々増え、令和６年度は{ind['うち海外売上高'][4]}億円、海外売上高比率は{ind['海外売上高比率'][4]}％となった。県内新規雇用は累計{ind['県内新規雇用（累計）'][4]}人である。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes(["※４ 各年度の数値は、その年度の末日の投資先企業の直近の決算による。"])
    st += [P("５　投資事例", H1)]
    for i, (head, amount, use, after) in enumerate(FUND_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("投資額", amount), ("資金の使途", use), ("投資後の状況", after)], 1)
    st += [P("６　投資の対象と投資までの流れ", H1)]
    st += paras("本ファンドは、次のいずれかに取り組む県内の中小企業に投資する。１社当たりの投資額は、原則として１億円以内である。", 0)
    st += bullets([
        "海外に生産又は販売の拠点を設けること",
        "輸出を新たに始め、又は大きく増やすこと",
        "海外の企業と資本又は業務の提携を行うこと",
    ], 0)
    st += paras("投資までの流れは、次のとおりである。", 0)
    st += numbered([
        f"① 運営会社（{GP}）への相談",
        "② 事業計画の説明と事前審査（約１か月）",
        "③ 投資先の調査（デューデリジェンス、約２か月）",
        "④ 投資委員会での審議（原則として毎月第３木曜日）",
        "⑤ 投資契約の締結と払込み",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{FUND_DEPT} 金融支援班　電話：099-474-2210　ファクス：099-474-2219",
        f"{GP}（投資の相談）　電話：099-474-2600",
        "電子メール：yuzu-fund@example.jp",
    ]))
    return st


# ================================================================ document 3: shared warehouses abroad, FAQ
SOKO = f"{PREF}産品海外共同倉庫利用支援事業"
SOKO_DEPT = f"{PREF} 農林水産部 販路拡大課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
WAREHOUSES = ("台北倉庫", "シンガポール倉庫", "香港倉庫")
FEES = [  # 温度帯, 保管料（円、１パレット・１か月当たり）: 台北, シンガポール, 香港 (令和７年度)
    ("常温", 3600, 4200, 4800), ("冷蔵", 5400, 6300, 7000), ("冷凍", 6000, 7200, 7800),
]
FEE_SHARE = 2  # the prefecture bears one half of the storage fee for 県内中小企業 (12 months)
HANDLING_FEE = "1,500円"
SHIPMENTS = [  # 品目, 出荷件数, 出荷量（パレット）, 出荷額（万円）; subtotal after each group (令和６年度)
    ("食品計", [("菓子", 112, 46, 1380), ("調味料", 86, 38, 920), ("水産加工品", 64, 41, 1560),
                ("柚加工品", 95, 33, 1140)]),
    ("酒類・非食品計", [("酒類", 58, 29, 1270), ("日用品・雑貨", 27, 12, 310), ("工芸品", 14, 5, 260)]),
]
USE = [  # 倉庫, 延べ利用事業者数, 入庫量（パレット）, 出荷件数 (令和６年度)
    ("台北倉庫", 24, 96, 198), ("シンガポール倉庫", 17, 71, 152), ("香港倉庫", 13, 49, 106),
]
USERS_NET = 41  # 実数
SITES = [  # 見出し, 所在地, 対応する温度帯, 保管能力 (same labels in every sibling section)
    ("台北倉庫", "台湾 台北市内湖区（台北港から車で約50分）", "常温、冷蔵、冷凍", "150パレット"),
    ("シンガポール倉庫", "シンガポール 西部のジュロン地区", "常温、冷蔵、冷凍", "120パレット"),
    ("香港倉庫", "香港 新界の葵涌（コンテナターミナルに隣接）", "常温、冷蔵、冷凍", "80パレット"),
]
NOT_STORED = [
    "危険物、高圧ガス及び引火性の高い商品",
    "生きた動植物",
    "現地の法令で輸入が認められていない商品",
    "入庫の日から賞味期限までの残りの日数が30日未満の商品",
]


def soko_specs():
    fees = TableSpec(
        key="fees", doc=SOKO_PDF, title="共同倉庫の保管料",
        header=[["温度帯"] + list(WAREHOUSES)],
        rows=[[n] + [fw(v) for v in vals] for n, *vals in FEES],
        col_widths=[34 * mm, 36 * mm, 40 * mm, 36 * mm], ruled=False, unit="円", table_fy=2025,
    )
    rows = []
    for sub, members in SHIPMENTS:
        for n, a, b, c in members:
            rows.append([n, fw(a), fw(b), fw(c)])
        rows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    allm = [m for _s, ms in SHIPMENTS for m in ms]
    rows.append(["合計"] + [fw(sum(m[j] for m in allm)) for j in (1, 2, 3)])
    ship = TableSpec(
        key="ship", doc=SOKO_PDF, title="品目別の出荷実績",
        header=[["品目", "出荷件数（件）", "出荷量（パレット）", "出荷額（万円）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 38 * mm, 34 * mm], table_fy=2024,
        bold_rows=("食品計", "酒類・非食品計", "合計"),
    )
    ship.unit = lambda row, c, s=ship: bracket_unit(s.column_label(c))
    urows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in USE]
    urows.append(["合計"] + [fw(sum(r[j] for r in USE)) for j in (1, 2, 3)])
    use = TableSpec(
        key="use", doc=SOKO_PDF, title="倉庫別の利用状況",
        header=[["倉庫", "延べ利用事業者数（社）", "入庫量（パレット）", "出荷件数（件）"]],
        rows=urows, col_widths=[40 * mm, 42 * mm, 36 * mm, 32 * mm], table_fy=2024,
    )
    use.unit = lambda row, c, s=use: bracket_unit(s.column_label(c))
    return fees, ship, use


def soko_story(specs):
    fees, ship, use = specs
    allm = [m for _s, ms in SHIPMENTS for m in ms]
    n_ship, amount = sum(m[1] for m in allm), sum(m[3] for m in allm)
    QA = pstyle("qa_q", docgen.GOTHIC, 10.5, 17, left=3 * docgen.EM, first=-2 * docgen.EM, spaceBefore=4, keepWithNext=1)
    A_ = pstyle("qa_a", left=3 * docgen.EM, first=-2 * docgen.EM)

    def qa(i, q, a):
        return [P(f"Ｑ{fw(i)}　{q}", QA), P(f"Ａ{fw(i)}　{a}", A_)]

    st = [Spacer(1, 2 * mm), P("令和７年度版", SUBTITLE), P(f"{SOKO} よくある質問（Ｑ＆Ａ）", TITLE),
          Spacer(1, 1 * mm), P("令和７年４月", DATE_RIGHT), P(SOKO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += paras("""
県では、県産品の輸出に取り組む事業者が、海外の取引先に少量ずつ早く商品を届けられるよう、台湾、シンガポール及び香港に共同倉庫を確保しています。令和７年（2025年）４月から、香港倉庫の冷凍区画を広げました。この資料は、事業者の皆様から多く寄せられる質問とその回答をまとめたものです。
""", 0)
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", SOKO),
        ("実施主体", PREF),
        ("運営事務局", f"{KYOKAI}（県からの委託）"),
        ("共同倉庫", "台北、シンガポール、香港の３か所"),
        ("利用の受付", "随時（毎月20日までに利用が決まった分は、翌月の混載便で送ります。）"),
    ], 0)
    st += paras("""
この資料において「共同倉庫」とは、県が海外の物流事業者と契約して確保した保管場所で、県内の事業者が商品を共同で保管し、現地の取引先へ配送するために使うものをいいます。また、「パレット」とは、縦横1.1メートル、高さ1.5メートル以内に収まる荷物１単位をいい、保管料と入出庫料はこの単位で計算します。
""", 0)
    st += [P("２　よくある質問", H1), P("【制度について】", H2)]
    st += qa(1, "どのような事業者が利用できますか。",
             "県内に本社又は主たる事業所を有し、県産品を輸出する事業者（個人事業主及び農林漁業者を含みます。）が利用できます。酒類は、現地の輸入免許を持つ取引先への配送に限ります。")
    st += qa(2, "それぞれの倉庫の概要を教えてください。", "次のとおりです。")
    for i, (head, where, temp, cap) in enumerate(SITES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("所在地", where), ("対応する温度帯", temp), ("保管能力", cap)], 1)
    st += qa(3, "保管できない商品はありますか。", "次の商品は保管できません。")
    st += bullets(NOT_STORED, 1)
    st += [P("【料金について】", H2)]
    st += qa(4, "保管料はいくらですか。",
             f"倉庫と温度帯ごとに次のとおりです。県内の中小企業は、利用を始めた月から12か月間、保管料の２分の１を県が負担します（１事業者当たり年間60万円まで）。")
    st += [caption(fees.title, "（単位：円、１パレット・１か月当たり）"), fees.flowable(), Spacer(1, 2)]
    st += notes(["※１ 保管料は月単位で計算し、１か月に満たない期間は１か月とします。料金は令和７年度のものです。"])
    st += qa(5, "保管料のほかに、どのような費用がかかりますか。", "主に次の費用がかかります。")
    st += lv_lines([
        ("入出庫料", f"１パレット当たり{HANDLING_FEE}（入庫と出庫のそれぞれ）"),
        ("現地配送料", "実費（台北市内は１件当たり1,200円から）"),
        ("海上運賃・通関費用", "利用者の負担（県内の集荷場所から混載便で送る場合は、混載便の料金表によります。）"),
    ], 1)
    st += [P("【手続について】", H2)]
    st += qa(6, "利用を始めるまでの流れを教えてください。", "次の順に進みます。")
    st += numbered([
        f"① 運営事務局（{KYOKAI}）への相談",
        "② 利用申込書と商品リストの提出",
        "③ 審査と利用の決定（申込みから約10日）",
        "④ 利用契約の締結",
        "⑤ 県内の集荷場所（柚港の指定倉庫）への搬入",
        "⑥ 混載便による輸送と共同倉庫への入庫",
    ], 1)
    st += qa(7, "現地の販売先が決まっていなくても利用できますか。",
             "利用できます。ただし、入庫から６か月以内に出荷がない場合は、利用の継続をお断りすることがあります。")
    st += [P("【実績について】", H2)]
    st += qa(8, "これまでの利用状況を教えてください。",
             f"令和６年度の利用事業者は実数で{USERS_NET}社、出荷件数は{n_ship}件、出荷額は{amount:,}万円でした。品目別では菓子の出荷件数が最も多く、出荷額では水産加工品が最も多くなっています。")
    st += [caption(ship.title, "（令和６年度）"), ship.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「食品計」は菓子から柚加工品まで、「酒類・非食品計」は酒類から工芸品までの小計です。柚加工品は、柚果汁、柚こしょう等です。"])
    st += [caption(use.title, "（令和６年度）"), use.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 複数の倉庫を利用した事業者は、倉庫ごとに数えました（実数は{USERS_NET}社）。入庫量と出荷量の差は、年度末の在庫です。"])
    st += [CondPageBreak(30 * mm), P("３　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SOKO_DEPT} 輸出促進班　電話：099-477-5120　ファクス：099-477-5129",
        f"{KYOKAI}（運営事務局、利用の申込み）　電話：099-477-5300",
        "電子メール：yuzu-soko@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kofu_specs() + fund_specs() + soko_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, fspecs, sspecs = kofu_specs(), fund_specs(), soko_specs()
    kdoc = build_pdf(docs_dir / KOFU_PDF, kspecs, kofu_story(kspecs),
                     f"{KOFU}交付要綱", "令和７年３月", KOFU_DEPT)
    fdoc = build_pdf(docs_dir / FUND_PDF, fspecs, fund_story(fspecs),
                     f"令和６年度 {FUND} 年次報告書", "令和７年６月", FUND_DEPT)
    sdoc = build_pdf(docs_dir / SOKO_PDF, sspecs, soko_story(sspecs),
                     f"{SOKO} よくある質問（Ｑ＆Ａ）", "令和７年４月", SOKO_DEPT)
    gold = all_gold({KOFU_PDF: kdoc.row_pages, FUND_PDF: fdoc.row_pages, SOKO_PDF: sdoc.row_pages})
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
    # --- kofu: the after-sales subsidy guideline, tables (a) (b) (c), definitions, 別表 notes, siblings, steps
    dict(question="従業員５人で産業機械の卸売をしている会社から相談を受けました。以前にもこの補助金を受けたことがあるそうですが、海外の取引先向けに取扱説明書を外国語にする費用は、何％補助されますか？",
         category="kofu", doc=KOFU_PDF,
         evidence=["５人）以下の中小企業", "取扱説明書等の多言語化費 50 75 30 60"], answer=["75"],
         notes="two facts: a wholesaler is 商業 (卸売業), so ５人 is within 「５人）以下」 of 第２条２ and the firm is a "
               "小規模企業者 (definition asked at its boundary); (a) two-level header, leaf 補助率（％）／小規模企業者; not a "
               "first grant, so no bonus of note ※２; 50 (中小企業者) is the trap"),
    dict(question="柚市と瀬並市の部品メーカー３社がまとまって申請し、現地の倉庫に補修部品を置く費用の補助を受けたいそうです。この経費の上限額はいくらですか？",
         category="kofu", doc=KOFU_PDF, evidence=["３以上の中小企業者", "補修部品の現地在庫費 40 50 50 120"], answer=["120"],
         notes="two facts: three firms are a 共同申請 (「３以上の中小企業者」, 第２条４, asked at its boundary); (a) leaf "
               "上限額（万円）／共同申請; 50 (単独申請) and 600万円 (the cap per joint application in 第４条２) are the traps"),
    dict(question="2025年度に初めてこの補助金を申請する、従業員80人の機械メーカーがあります。遠隔保守のシステムを入れる費用の補助率は何％になりますか？",
         category="kofu", doc=KOFU_PDF, evidence=["遠隔保守システムの導入費 40 60 80 200", "10ポイントを加算"],
         answer=["50%"], computed=True,
         notes="(a) leaf 補助率（％）／中小企業者 (80人 is above the 20人 of 第２条２; note ※１) = 40, plus the 10 points of note "
               "※２ for a first grant (ceiling 80 not reached): 40 + 10 = 50％; 2025年度 = 令和７年度 (the table's year, "
               "printed only as 令和); 40 and 60 (小規模企業者) are the traps"),
    dict(question="2023年度には、この補助金は何件に交付されましたか？",
         category="kofu", doc=KOFU_PDF, evidence=["令和５年度 27 18 ２ 1,653"], answer=["18"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 交付件数（件）; "
               "27 (申請件数) is the trap"),
    dict(question="令和６年度は、交付１件当たり平均でいくらの補助金が出た計算になりますか？",
         category="kofu", doc=KOFU_PDF, evidence=["令和６年度 34 22 ３ 2,048"], answer=["93.1万円"], computed=True,
         notes="(b) average in a row: 2,048 / 22 = 93.1万円 (dividing by the 34 applications gives 60.2, a trap)"),
    dict(question="令和６年度の交付のうち、説明書などを外国語にする費用の分は、交付額全体の何％を占めていましたか？",
         category="kofu", doc=KOFU_PDF, evidence=["取扱説明書等の多言語化費 14 25.0 243 11.9"], answer=["11.9"],
         notes="(c) counts and shares in paired columns: column 金額割合（％）; 25.0 (件数割合, the share of the count) is "
               "the trap"),
    dict(question="令和６年度、技術者を海外に送る費用については、１件当たり平均いくら交付されましたか？",
         category="kofu", doc=KOFU_PDF, evidence=["技術者の海外派遣費 17 30.4 812 39.6"], answer=["47.8万円"], computed=True,
         notes="(c) average in a row: 812 / 17 = 47.8万円 (件数 are 延べ, note ※３)"),
    dict(question="農機メーカー数社が組んで、補修部品を共同で在庫した事例では、補助金はいくら出ましたか？",
         category="kofu", doc=KOFU_PDF, evidence=["農業機械製造業Ｃ社ほか２社", "補助金の額：312万円"], answer=["312万円"],
         notes="sibling sections （１）–（３） of the （参考） cases share the labels 対象国, 主な取組, 補助金の額; "
               "（３）農業機械製造業Ｃ社ほか２社 (農機 = 農業機械); 148万円 and 96万円 are the siblings' values"),
    dict(question="交付決定を受けたあと、補助事業はいつまでに終わらせる必要がありますか？",
         category="kofu", doc=KOFU_PDF, evidence=["令和８年２月13日までに完了"], answer=["令和８年２月13日"],
         notes="procedure step ⑤ of 第７条; the 実績報告 (30日以内, step ⑥) and the payment (令和８年３月, step ⑦) are "
               "near misses"),
    dict(question="製品の保証期間中に無償で修理するとき、その修理に使う部品の代金も補助の対象になりますか？",
         category="kofu", doc=KOFU_PDF, evidence=["補助の対象としない", "保証期間内の無償修理に用いる部品"],
         answer=["対象としない"],
         notes="第５条's lead sentence and its first ○ item (no); 技術者の海外派遣費 and the other 別表 items are covered, "
               "near misses"),
    dict(question="１社だけで申請する場合、いくつかの経費を組み合わせても、補助金は最大いくらまでですか？",
         category="kofu", doc=KOFU_PDF, evidence=["１事業者当たり200万円"], answer=["200万円"],
         notes="prose only (第４条２): 200万円 per firm; 600万円 (per joint application) and the per-item caps of the 別表 "
               "are the traps"),
    # --- fund: the fund's annual report, tables (d) (e) (f), label-value lines, a definition, siblings
    dict(question="このファンドから新たに投資を受けられるのは、いつまでですか？",
         category="fund", doc=FUND_PDF, evidence=["投資期間：設立から５年間", "令和８年６月30日まで"],
         answer=["令和８年６月30日"],
         notes="「label：value」 line 投資期間; the 存続期間 (令和13年６月30日) on the line above is the trap"),
    dict(question="2022年度の追加投資はいくらでしたか？",
         category="fund", doc=FUND_PDF, evidence=["令和４年度 ７ 385 40 425"], answer=["40"],
         notes="(d) years as rows: 2022年度 = 令和４年度 (the report prints only 2021年 in Western form); column "
               "追加投資額（百万円）; 385 (新規投資額) and 425 (投資額計) are the traps"),
    dict(question="令和５年度に、新規と追加を合わせて実行した投資の額はいくらですか？",
         category="fund", doc=FUND_PDF, evidence=["令和５年度 ６ 342 95 437"], answer=["437"],
         notes="(d) the total column on the right, 投資額計（百万円）; 342 (新規) and 95 (追加) are the traps"),
    dict(question="設立から令和６年度までの追加投資を全部合わせると、いくらになりますか？",
         category="fund", doc=FUND_PDF,
         evidence=["令和３年度 ４ 210 ０ 210", "令和４年度 ７ 385 40 425", "令和５年度 ６ 342 95 437",
                   "令和６年度 ５ 298 160 458"],
         answer=["295百万円"], computed=True,
         notes="(d) sum of a column with no total row: 0 + 40 + 95 + 160 = 295百万円 (２億9,500万円)"),
    dict(question="メキシコに拠点を持つ投資先では、現地で何人が働いていますか？",
         category="fund", doc=FUND_PDF, evidence=["メキシコ １ １ 73"], answer=["73"],
         notes="(e) continuation page (no header there): row メキシコ, column 現地従業員数（人）; １ (企業数, 拠点数) are "
               "the traps"),
    dict(question="ベトナムでは、投資先の拠点１か所当たり平均何人の現地従業員がいる計算ですか？",
         category="fund", doc=FUND_PDF, evidence=["ベトナム ６ ７ 412"], answer=["58.9人"], computed=True,
         notes="(e) ratio in a row (first page of the table): 412 / 7 = 58.9人 (dividing by the 6 firms gives 68.7, a trap)"),
    dict(question="2023年度時点で、投資先企業の売上に占める海外での売上の割合は何％でしたか？",
         category="fund", doc=FUND_PDF, evidence=["海外売上高比率 ％ 22.0 24.8 27.6"], answer=["24.8"],
         notes="(f) fiscal years as columns with a 単位 column: 2023年度 = the 令和５年度 column; 27.6 (令和６年度, also "
               "in the prose) is the trap"),
    dict(question="投資先企業の海外売上高は、令和４年度から令和６年度までに何億円増えましたか？",
         category="fund", doc=FUND_PDF, evidence=["うち海外売上高 億円 41 68 97"], answer=["56億円"], computed=True,
         notes="(f) difference across the year columns, unit from the 単位 column: 97 − 41 = 56億円"),
    dict(question="ファンドから投資を受ける前から雇っていた従業員も、「県内新規雇用」に数えられますか？",
         category="fund", doc=FUND_PDF, evidence=["投資を受けた後に投資先企業が県内"], answer=["投資を受けた後"],
         notes="definition 「県内新規雇用」とは、投資を受けた後に…新たに雇用した常用の従業員をいう (no)"),
    dict(question="水産加工の会社の投資事例では、ファンドのお金は何に使われましたか？",
         category="fund", doc=FUND_PDF, evidence=["水産加工業Ｅ社", "資金の使途：シンガポールの販売子会社の設立"],
         answer=["シンガポールの販売子会社の設立"],
         notes="sibling sections （１）–（３） of ５ share the labels 投資額, 資金の使途, 投資後の状況; （２）水産加工業Ｅ社; "
               "the Vietnamese line (Ｄ社) and the American base (Ｆ社) are the siblings' values"),
    # --- soko: the shared-warehouse FAQ, tables (g) (h) (i), a list, siblings, label-value lines
    dict(question="香港の倉庫に冷蔵品を１パレット、１か月預けると、県の負担を引く前の保管料はいくらですか？",
         category="soko", doc=SOKO_PDF, evidence=["冷蔵 5,400 6,300 7,000"], answer=["7,000"],
         notes="(g) unruled table, row 冷蔵, column 香港倉庫, unit 円 in the caption note; 4,800 (常温) and 7,800 (冷凍) "
               "in the same column are the traps"),
    dict(question="県内の中小の水産加工会社が、利用を始めた最初の月に、台北の倉庫で冷凍品を３パレット１か月預けます。自社で払う保管料はいくらですか？",
         category="soko", doc=SOKO_PDF, evidence=["冷凍 6,000 7,200 7,800", "保管料の２分の１を県が負担"],
         answer=["9,000円"], computed=True,
         notes="two facts: (g) row 冷凍, column 台北倉庫 = 6,000円 per pallet and month; the prefecture pays half for a "
               "県内の中小企業 in its first 12 months (Ａ４): 6,000 × 3 ÷ 2 = 9,000円 (18,000円 without the share)"),
    dict(question="2024年度、お酒や食品以外の商品の出荷額は合わせていくらでしたか？",
         category="soko", doc=SOKO_PDF, evidence=["酒類・非食品計 99 46 1,840"], answer=["1,840"],
         notes="(h) a subtotal row inside the table (note ※２: 酒類 to 工芸品); 2024年度 = 令和６年度 (the table's caption "
               "note); 1,270 (酒類 alone) and 6,840 (合計) are the traps"),
    dict(question="令和６年度の食品の出荷額のうち、柚の加工品は何％を占めていますか？",
         category="soko", doc=SOKO_PDF, evidence=["柚加工品 95 33 1,140", "食品計 357 158 5,000"], answer=["22.8%"],
         computed=True,
         notes="(h) share of a row in its subtotal: 1,140 / 5,000 = 22.8％ (over the 合計 6,840 it would be 16.7％, the trap)"),
    dict(question="2024年度、３つの倉庫の出荷件数全体のうち、香港の倉庫から出したものは何％でしたか？",
         category="soko", doc=SOKO_PDF, evidence=["香港倉庫 13 49 106", "合計 54 216 456"], answer=["23.2%"],
         computed=True,
         notes="(i) share in a column: 106 / 456 = 23.2％; 2024年度 = 令和６年度 (the FAQ prints only 2025年 in Western form)"),
    dict(question="シンガポールの倉庫には、最大でどれくらいの量を保管できますか？",
         category="soko", doc=SOKO_PDF, evidence=["（２）シンガポール倉庫", "保管能力：120パレット"], answer=["120パレット"],
         notes="sibling sections （１）–（３） of Ａ２ share the labels 所在地, 対応する温度帯, 保管能力; （２）シンガポール倉庫; "
               "150パレット and 80パレット are the siblings' values (（３） is on the next page)"),
    dict(question="賞味期限まで残り３週間の菓子でも、共同倉庫に預けられますか？",
         category="soko", doc=SOKO_PDF, evidence=["残りの日数が30日未満の商品"], answer=["30日未満"],
         notes="the ○ list of Ａ３ (goods that cannot be stored), last item: three weeks is under 30 days (no)"),
    dict(question="保管料とは別に、荷物を倉庫に入れたり出したりするときの料金はかかりますか？",
         category="soko", doc=SOKO_PDF, evidence=["入出庫料：１パレット当たり1,500円"], answer=["1,500円"],
         notes="「label：value」 line 入出庫料 under Ａ５ (charged at entry and at exit); 1,200円 (現地配送料) is the near miss"),
    # --- followups
    dict(question="では、その経費を３社の共同申請で行う場合、上限額はいくらになりますか？",
         category="followup", doc=KOFU_PDF, evidence=["取扱説明書等の多言語化費 50 75 30 60"], answer=["60"],
         history=_turns("取扱説明書を外国語にする費用は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の場合、補助率は75％です[1]。"),
         notes="(a) the row from the history (取扱説明書等の多言語化費), leaf 上限額（万円）／共同申請; 30 (単独申請) is the trap"),
    dict(question="それは前の年度と比べて何件増えましたか？",
         category="followup", doc=KOFU_PDF, evidence=["令和６年度 34 22 ３ 2,048", "令和５年度 27 18 ２ 1,653"],
         answer=["7件"], computed=True,
         history=_turns("令和６年度の申請件数は何件でしたか？", "令和６年度の申請は34件でした[1]。"),
         notes="(b) the column from the history (申請件数（件）), the year row before it: 34 − 27 = 7件"),
    dict(question="そこで働いている現地の従業員は何人ですか？",
         category="followup", doc=FUND_PDF, evidence=["インド ２ ２ 38"], answer=["38"],
         history=_turns("インドに拠点を持っている投資先企業は何社ですか？", "インドに拠点を持つ投資先企業は２社です[1]。"),
         notes="(e) the row from the history (インド, on the continuation page), column 現地従業員数（人）; 97 "
               "(インドネシア) is a near miss"),
    dict(question="その出荷額はいくらでしたか？",
         category="followup", doc=SOKO_PDF, evidence=["水産加工品 64 41 1,560"], answer=["1,560"],
         history=_turns("令和６年度の水産加工品の出荷件数は何件でしたか？", "水産加工品の出荷件数は64件でした[1]。"),
         notes="(h) the row from the history (水産加工品), column 出荷額（万円）"),
    dict(question="その協会に電話したいのですが、番号は何番ですか？",
         category="followup", doc=SOKO_PDF, evidence=["電話：099-477-5300"], answer=["099-477-5300"],
         history=_turns("共同倉庫の利用を申し込みたい会社がありますが、どこに連絡すればよいですか？",
                        "運営事務局の一般社団法人柚県貿易協会が利用の申込みを受け付けています[1]。"),
         notes="contact box of the FAQ: the 協会's phone (second line); the 班's phone 099-477-5120 and fax "
               "099-477-5129 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金のこれまでの交付を相手国別に見ると、ベトナム向けの案件は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and by cost item only; the case of Ａ社 (ベトナム、タイ) is a near miss",
         absent=["相手国別", "対象国別", "国別の交付"]),
    dict(question="交付申請の審査では、何点以上取れば採択されますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="第７条③ names the review (書類審査及び面談, 令和７年７月) but no scores or pass mark",
         absent=["配点", "合格点", "審査基準", "採点"]),
    dict(question="このファンドの運用成績、たとえば利回りはどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives investments, bases and the investees' indicators, and one exit, but no return",
         absent=["利回り", "ＩＲＲ", "運用成績", "収益率"]),
    dict(question="運営会社に支払う管理報酬は、ファンド総額の年何％ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the fund's particulars give the investors' shares (10億円, 18億円, ２億円), not the manager's fee",
         absent=["管理報酬", "報酬"]),
    dict(question="共同倉庫に預けた商品が破損した場合、保険でいくらまで補償されますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the fees (保管料, 入出庫料, 現地配送料, 運賃) are given, nothing on insurance or damage",
         absent=["保険", "補償", "破損"]),
    dict(question="共同倉庫を利用した事業者の満足度はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the FAQ gives the users (41社), shipments and their value, no survey of the users",
         absent=["満足", "アンケート"]),
]
CATEGORY_COUNTS = {"kofu": 11, "fund": 10, "soko": 8, "followup": 5, "unanswerable": 6}
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


A, B, C, D, E, F, G, H, I = (
    "補助対象経費ごとの補助率及び上限額", "年度別の交付実績", "補助対象経費別の交付実績",
    "年度別の投資の実行状況", "国・地域別の投資先企業の海外拠点", "投資先企業の主な指標の推移",
    "共同倉庫の保管料", "品目別の出荷実績", "倉庫別の利用状況")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _num(q: Decimal, unit: str) -> str:
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _avg(x, y, unit) -> str:
    return _num(half_up(Decimal(x) / Decimal(y), "0.1"), unit)


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h43q03": lambda g: f"{g(A, '遠隔保守システムの導入費', '補助率（％）／中小企業者', 2025) + FIRST_TIME_BONUS}%",
    "h43q05": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h43q07": lambda g: _avg(g(C, "技術者の海外派遣費", "交付額（万円）", 2024), g(C, "技術者の海外派遣費", "件数（件）", 2024), "万円"),
    "h43q15": lambda g: f"{sum(g(D, era(y), '追加投資額（百万円）', y) for y in (2021, 2022, 2023, 2024))}百万円",
    "h43q17": lambda g: _avg(g(E, "ベトナム", "現地従業員数（人）", 2024), g(E, "ベトナム", "海外拠点数（か所）", 2024), "人"),
    "h43q19": lambda g: f"{g(F, 'うち海外売上高', '令和６年度', 2024) - g(F, 'うち海外売上高', '令和４年度', 2022)}億円",
    "h43q23": lambda g: f"{g(G, '冷凍', '台北倉庫', 2025) * 3 // FEE_SHARE:,}円",
    "h43q25": lambda g: _pct(g(H, "柚加工品", "出荷額（万円）", 2024), g(H, "食品計", "出荷額（万円）", 2024)),
    "h43q26": lambda g: _pct(g(I, "香港倉庫", "出荷件数（件）", 2024), g(I, "合計", "出荷件数（件）", 2024)),
    "h43q31": lambda g: f"{g(B, '令和６年度', '申請件数（件）', 2024) - g(B, '令和５年度', '申請件数（件）', 2023)}件",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KOFU_PDF: (3, 3), FUND_PDF: (3, 3), SOKO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 200)
TABLE_QUESTIONS = 18  # at least, outside the followups
BEFORE_BREAK_ROWS = ("ベトナム", "タイ", "中国")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("インド", "メキシコ", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout43.py")
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
        for s in q["evidence"]:
            if any(ch in s for ch in "～－―"):
                errors.append(f"{qid}: evidence contains ～, － or ―: {s}")
        if len(q["answer"]) > 1:
            errors.append(f"{qid}: more than one answer item")
        if q["doc"] is None:
            errors += check_unanswerable(qid, q, absent.get(q["question"]), doc_text)
            continue
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not q["evidence"] or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs evidence and answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
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
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 9 <= n_computed <= 11:
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout43.py")
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
            # each printed row, cell after cell (the 単位 cell of (f) included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and the prose data."""
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

    # (a): small firms get at least the general rate, joint applications at least the single cap;
    # no single cap above the firm cap, no joint cap above the joint cap of 第４条２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／共同申請"] < r["上限額（万円）／単独申請"]:
            errors.append(f"{A} / {row}: joint cap below the single cap")
        if r["上限額（万円）／単独申請"] > FIRM_CAP or r["上限額（万円）／共同申請"] > JOINT_CAP:
            errors.append(f"{A} / {row}: a cap above the caps of 第４条２")
    # q03 relies on the bonus staying under its ceiling for 遠隔保守システムの導入費 (中小企業者)
    if t[A]["遠隔保守システムの導入費"]["補助率（％）／中小企業者"] + FIRST_TIME_BONUS > BONUS_CEILING:
        errors.append(f"{A}: the first-grant bonus would hit the ceiling")
    # (b): growing applications; grants within applications; joint within grants; amounts within the caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        cap = (r["交付件数（件）"] - r["うち共同申請（件）"]) * FIRM_CAP + r["うち共同申請（件）"] * JOINT_CAP
        if not r["うち共同申請（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] or r["交付額（万円）"] > cap:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): 合計 adds up and equals (b)'s 令和６年度 交付額; the shares come from the counts
    c = t[C]
    adds_up(C, ("件数（件）", "交付額（万円）"))
    if c["合計"]["交付額（万円）"] != b["令和６年度"]["交付額（万円）"]:
        errors.append(f"{C}: 合計 交付額 differs from 令和６年度 of {B}")
    if c["合計"]["件数（件）"] < b["令和６年度"]["交付件数（件）"]:
        errors.append(f"{C}: fewer 延べ件数 than grants in {B}")
    for row, r in c.items():
        if row == "合計":
            continue
        if Decimal(str(r["件数割合（％）"])) != pct1(r["件数（件）"], c["合計"]["件数（件）"]) \
                or Decimal(str(r["金額割合（％）"])) != pct1(r["交付額（万円）"], c["合計"]["交付額（万円）"]):
            errors.append(f"{C} / {row}: shares differ from the counts")
    # the cases' grants fit the caps
    for head, _c, _a, amount in CASES:
        cap = JOINT_CAP if "ほか" in head else FIRM_CAP
        if int(amount.rstrip("万円")) > cap:
            errors.append(f"call: case {head} is above its cap")
    # (d): the total column is 新規 + 追加; the cases fit their years
    d = t[D]
    for row, r in d.items():
        if r["投資額計（百万円）"] != r["新規投資額（百万円）"] + r["追加投資額（百万円）"]:
            errors.append(f"{D} / {row}: 投資額計 is not 新規 + 追加")
    if d["令和４年度"]["新規投資額（百万円）"] < 80 or d["令和６年度"]["追加投資額（百万円）"] < 30 \
            or d["令和６年度"]["新規投資額（百万円）"] < 45 or d["令和５年度"]["新規投資額（百万円）"] < 50:
        errors.append(f"{D}: the cases do not fit the yearly amounts")
    # (e): 合計 adds up
    adds_up(E, ("投資先企業数（社）", "海外拠点数（か所）", "現地従業員数（人）"))
    # (f): the ratio comes from the sales; the investees at the year end are the new investments less the exit
    f = t[F]
    for y in INDICATOR_YEARS:
        col = era(y)
        if Decimal(str(f["海外売上高比率"][col])) != pct1(f["うち海外売上高"][col], f["売上高の合計"][col]):
            errors.append(f"{F}: 海外売上高比率 of {col} differs from the sales")
    cum = 0
    for y, k, *_x in INVEST:
        cum += k
        if y in INDICATOR_YEARS and f["投資先企業数"][era(y)] != cum - (EXITS if y == 2024 else 0):
            errors.append(f"{F}: 投資先企業数 of {era(y)} differs from (d)")
    if any(f["投資先企業数"]["令和６年度"] > r["投資先企業数（社）"] for r in [t[E]["合計"]]):
        errors.append(f"{E}: fewer 延べ firms than investees")
    # (g): fees rise from 常温 to 冷凍 in every warehouse
    g_ = t[G]
    for w in WAREHOUSES:
        if not g_["常温"][w] < g_["冷蔵"][w] < g_["冷凍"][w]:
            errors.append(f"{G}: fees of {w} do not rise with the temperature zone")
    # (h): subtotals and total add up; (i): 合計 adds up, its 出荷件数 equals (h)'s, 入庫 ≥ 出荷
    cols = ("出荷件数（件）", "出荷量（パレット）", "出荷額（万円）")
    for sub, members in SHIPMENTS:
        adds_up(H, cols, [m[0] for m in members], total=sub)
    adds_up(H, cols, [s for s, _m in SHIPMENTS])
    adds_up(I, ("延べ利用事業者数（社）", "入庫量（パレット）", "出荷件数（件）"))
    if t[I]["合計"]["出荷件数（件）"] != t[H]["合計"]["出荷件数（件）"]:
        errors.append(f"{I}: 合計 出荷件数 differs from {H}")
    if t[I]["合計"]["入庫量（パレット）"] < t[H]["合計"]["出荷量（パレット）"]:
        errors.append(f"{I}: less stored than shipped")
    if not USERS_NET <= t[I]["合計"]["延べ利用事業者数（社）"]:
        errors.append(f"{I}: 延べ below the 実数 of the note")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    bases = specs["bases"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(bases.header[0]))
        on = [i + 1 for i, p in enumerate(pages[FUND_PDF]) if header in norm(p)]
        if bases.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("それぞれの国・地域に数えた") not in norm(pages[FUND_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "record", "items", "invest", "indicators", "fees", "ship", "use"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["fees"].ruled or not all(s.ruled for k, s in specs.items() if k != "fees"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with four different leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／単独申請", "上限額（万円）／共同申請"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b) and (d): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == D][::4] != [y for y, *_x in INVEST]:
        errors.append(f"{D}: expected years as rows")
    # (c): counts and shares in paired columns
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if [bracket_unit(x) for x in ccols] != ["件", "%", "万円", "%"]:
        errors.append(f"{C}: expected counts and shares in paired columns, got {ccols}")
    # (d): a total column on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))[-1] != "投資額計（百万円）":
        errors.append(f"{D}: expected the total column on the right")
    # (f): fiscal years as columns and a unit per row from the 単位 column
    fcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == F))
    if fcols != [era(y) for y in INDICATOR_YEARS] or any(g["fiscal_year"] != fiscal_year(g["column"])
                                                         for g in gold if g["table"] == F):
        errors.append(f"{F}: expected the fiscal years as columns, got {fcols}")
    if specs["indicators"].header[0][1] != "単位" or \
            [g["unit"] for g in gold if g["table"] == F][::3] != [nfkc(r[1]) for r in INDICATORS]:
        errors.append(f"{F}: the units should come from the 単位 column")
    # (h): subtotal rows inside the table, each right after its group
    hrows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == H))
    want_rows = [x for s, ms in SHIPMENTS for x in [m[0] for m in ms] + [s]] + ["合計"]
    if hrows != want_rows:
        errors.append(f"{H}: rows {hrows}, expected subtotals after each group")
    # (g): the unit only in the caption note
    if {g["unit"] for g in gold if g["table"] == G} != {"円"} or any("円" in h for h in specs["fees"].header[0]):
        errors.append(f"{G}: the unit 円 should come from the caption note only")
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
        got = re.findall(r"099-47\d-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if not any(f"電話:{want[2]}" in x and "ファクス" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should have a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def western(text, want, what):
        if re.findall(r"20\d\d年度?", text) != want:
            errors.append(f"{what}: Western years {re.findall(r'20[0-9][0-9]年度?', text)}, expected {want}")

    # ---- the grant guideline
    kf = norm("\n".join(pages[KOFU_PDF]))
    siblings(kf, KOFU_PDF, ("対象国：", "主な取組：", "補助金の額："), [c[0] for c in CASES])
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対し{last[2]}件に交付し、このうち共同申請は{fw(last[3])}件") not in kf:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    if norm(f"１事業者当たり{FIRM_CAP}万円（共同申請の場合は、１件当たり{JOINT_CAP}万円）") not in kf:
        errors.append("guideline: the caps of 第４条２ are missing")
    by_count = [r[0] for r in sorted(ITEM_RESULTS, key=lambda r: -r[1])]
    if by_count[:2] != ["技術者の海外派遣費", "取扱説明書等の多言語化費"]:
        errors.append("guideline: 「件数では技術者の海外派遣費が最も多く、取扱説明書等の多言語化費が続いた」 does not hold")
    western(kf, ["2021年度"], "guideline")
    defs(kf, ("中小企業者", "小規模企業者", "アフターサービス", "共同申請"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in kf:
            errors.append(f"guideline: the cost not covered {x} is missing")
    for k in range(1, 9):
        if norm(f"第{fw(k)}条") not in kf:
            errors.append(f"guideline: article 第{fw(k)}条 is missing")
    if norm(f"{FIRST_TIME_BONUS}ポイントを加算") not in kf or norm(f"{BONUS_CEILING}％を超えない") not in kf:
        errors.append("guideline: note ※２ (first grant) is missing")
    steps_of(KOFU_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(KOFU_PDF, ["099-471-3310", "099-471-3319", "099-471-3400"], ["yuzu-afterservice@example.jp"], "guideline")

    # ---- the fund report
    fd = norm("\n".join(pages[FUND_PDF]))
    siblings(fd, FUND_PDF, ("投資額：", "資金の使途：", "投資後の状況："), [c[0] for c in FUND_CASES])
    new_n, new_a, add_a = fund_totals()
    y6 = INVEST[-1]
    if norm(f"新規投資を{fw(y6[1])}件（２億9,800万円）、追加投資を１億6,000万円") not in fd or y6[2:] != (298, 160):
        errors.append("fund report: the 令和６年度 investments in the prose differ from (d)")
    if norm(f"新規投資は延べ{new_n}件") not in fd or norm(f"投資先企業は{new_n - EXITS}社") not in fd:
        errors.append("fund report: the number of investments in the prose differs from (d)")
    n_bases, n_staff = sum(r[2] for r in BASES), sum(r[3] for r in BASES)
    if norm(f"拠点は{n_bases}か所、その現地従業員は{n_staff:,}人") not in fd:
        errors.append("fund report: the bases in the prose differ from (e)")
    top = [max(BASES, key=lambda r: r[j])[0] for j in (2, 3)]
    if top != ["ベトナム", "ベトナム"]:
        errors.append("fund report: 「ベトナムが拠点数、現地従業員数ともに最も多い」 does not hold")
    abroad = [r for r in INDICATORS if r[0] == "うち海外売上高"][0]
    if abroad[2:] != tuple(sorted(abroad[2:])) or norm(f"令和６年度は{abroad[4]}億円") not in fd:
        errors.append("fund report: 「海外売上高は年々増え…」 does not hold")
    if norm("投資期間：設立から５年間（令和８年６月30日まで）") not in fd:
        errors.append("fund report: the 投資期間 line is missing")
    western(fd, ["2021年"], "fund report")
    defs(fd, ("投資先企業", "追加投資", "県内新規雇用"), "fund report")
    for term in ("295百万円", "２億9,500万円"):
        if norm(term) in fd:
            errors.append(f"fund report: the computed sum {term} is printed")
    steps_of(FUND_PDF, "①②③④⑤", "fund report")
    contacts(FUND_PDF, ["099-474-2210", "099-474-2219", "099-474-2600"], ["yuzu-fund@example.jp"], "fund report")

    # ---- the FAQ
    sk = norm("\n".join(pages[SOKO_PDF]))
    siblings(sk, SOKO_PDF, ("所在地：", "対応する温度帯：", "保管能力："), [s[0] for s in SITES])
    allm = [m for _s, ms in SHIPMENTS for m in ms]
    if norm(f"実数で{USERS_NET}社、出荷件数は{sum(m[1] for m in allm)}件、出荷額は{sum(m[3] for m in allm):,}万円") not in sk:
        errors.append("FAQ: the figures of Ａ８ differ from (h)")
    if max(allm, key=lambda m: m[1])[0] != "菓子" or max(allm, key=lambda m: m[3])[0] != "水産加工品":
        errors.append("FAQ: 「菓子の出荷件数が最も多く、出荷額では水産加工品が最も多く」 does not hold")
    if norm("保管料の２分の１を県が負担") not in sk or FEE_SHARE != 2:
        errors.append("FAQ: the prefecture's share of the storage fee is missing")
    western(sk, ["2025年"], "FAQ")
    defs(sk, ("共同倉庫", "パレット"), "FAQ")
    for x in NOT_STORED:
        if norm(x) not in sk:
            errors.append(f"FAQ: the item {x} is missing")
    raw = "\n".join(pages[SOKO_PDF]).splitlines()
    nq = sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw)
    na = sum(bool(re.match(r"\s*Ａ[１-９]", x)) for x in raw)
    if nq != 8 or na != 8:
        errors.append(f"FAQ: expected eight Ｑ lines and eight Ａ lines, got {nq} / {na}")
    steps_of(SOKO_PDF, "①②③④⑤⑥", "FAQ")
    contacts(SOKO_PDF, ["099-477-5120", "099-477-5129", "099-477-5300"], ["yuzu-soko@example.jp"], "FAQ")
    # every phone number of the set is fictional (099-47x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
    # the question texts and histories name only the set's phone numbers too
    for q in QUESTIONS:
        for s in [q["question"], q["notes"]] + q["answer"] + [t["content"] for t in q.get("history", [])]:
            for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", nfkc(s)):
                if not ph.startswith(PHONE_PREFIX):
                    errors.append(f"a question names the phone number {ph}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
