"""Build the 桔梗県 held-out set 24: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (桔梗県 and every town, scheme, organisation, phone number, address,
URL and figure). The documents are in three genres the earlier sets do not use: a guide to a
subsidy towards small firms' trade-risk costs (中小企業海外取引リスク対策補助金のご案内: export
credit, trade and overseas product-liability insurance premiums, credit checks on foreign
buyers, checks of export contracts) with a two-level header of rates and caps, a yearly record
(years as rows) and the grants by cost item; the implementation report of disaster drills for
foreign residents held with six municipalities (外国人住民防災訓練 実施報告書) with the drills by
municipality (cells holding 「－」 for none and 「…」 for not counted) and by month (a table
continued over a page break without its header); and the results report of a survey of foreign
students on finding jobs in the prefecture (外国人留学生 就職意識調査 結果報告書) with the
respondents by country (a 合計 row and a 構成比（％） column) and an unruled table of the
difficulties they meet; see README.md beside this file.

    python make_heldout24.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout12/make_heldout12.py (itself after ../heldout11/make_heldout11.py) and a few helpers of
../heldout14/make_heldout14.py; the shared helpers are in ../docgen.py (unchanged). The gold
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

HOJO_PDF = "kikyo_kaigai_torihiki_risk_hojokin_annai_r7.pdf"
KUNREN_PDF = "kikyo_gaikokujin_bousai_kunren_hokoku_r6.pdf"
CHOSA_PDF = "kikyo_ryugakusei_shushoku_ishiki_chosa_r6.pdf"
ALL_PDFS = (HOJO_PDF, KUNREN_PDF, CHOSA_PDF)

UNITS = ("万円", "件", "人", "回", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # a table cell: none (note ※１ of the drill report)
NOT_COUNTED = "…"  # a table cell: not counted (same note)
MARKS = (DASH, NOT_COUNTED)
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-254-"


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
    """(number, unit) as printed after NFKC; (None, None) for － and … (and any text)."""
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


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: a mark as is, an int as docgen prints it (single digits full-width),
    a Decimal per cent with one decimal."""
    if isinstance(x, str):
        return x
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


PREF = "桔梗県"
CITY = "桔梗市"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: trade-risk subsidy guide
HOJO = f"{PREF}中小企業海外取引リスク対策補助金"
HOJO_DEPT = f"{PREF} 商工労働部 国際経済課"
DESK = f"{PREF}国際ビジネス相談デスク"
RATES = [  # 経費区分, 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 初回申請, ２回目以降 (令和７年度)
    ("輸出代金保険の保険料", 50, 75, 30, 20), ("貿易一般保険の保険料", 50, 75, 50, 30),
    ("海外ＰＬ保険の保険料", 40, 60, 40, 25), ("海外取引信用調査の費用", 75, 90, 10, 5),
    ("輸出契約書の点検費用", 50, 50, 20, 10),
]
COMPANY_CAP = 80  # note ※２: 万円 per company and year
GRANT_YEARS = [  # 年度, 交付件数, うち小規模企業者, 交付額（万円）
    (2020, 12, 5, 214), (2021, 19, 8, 352), (2022, 27, 13, 498), (2023, 34, 15, 671), (2024, 41, 19, 826),
]
BY_COST = [  # 経費区分, 交付件数（延べ）, 交付額（万円） (令和６年度)
    ("輸出代金保険の保険料", 18, 348), ("貿易一般保険の保険料", 6, 158), ("海外ＰＬ保険の保険料", 11, 214),
    ("海外取引信用調査の費用", 15, 42), ("輸出契約書の点検費用", 5, 64),
]
CASES = [  # 見出し, 取引先の国・地域, 利用した経費, 補助金の額 (same labels in every sibling section)
    ("食品製造業Ａ社（桔梗市）", "台湾", "輸出代金保険の保険料、海外取引信用調査の費用", "24万円"),
    ("機械部品製造業Ｂ社（西原市）", "米国", "海外ＰＬ保険の保険料", "38万円"),
    ("工芸品製造業Ｃ社（東川町）", "フランス", "輸出契約書の点検費用、海外取引信用調査の費用", "17万円"),
]


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "初回申請", "２回目以降"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="grants", doc=HOJO_PDF, title="交付実績の推移",
        header=[["年度", "交付件数（件）", "うち小規模企業者（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(n), fw(s), fw(a)] for y, n, s, a in GRANT_YEARS],
        col_widths=[32 * mm, 36 * mm, 48 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n, fw(k), fw(a)] for n, k, a in BY_COST]
    rows.append(["合計", fw(sum(r[1] for r in BY_COST)), fw(sum(r[2] for r in BY_COST))])
    bycost = TableSpec(
        key="bycost", doc=HOJO_PDF, title="経費区分別の交付実績",
        header=[["経費区分", "交付件数（件）", "交付額（万円）"]],
        rows=rows, col_widths=[56 * mm, 36 * mm, 36 * mm], table_fy=2024,
    )
    bycost.unit = lambda row, c, s=bycost: bracket_unit(s.column_label(c))
    return rates, years, bycost


def hojo_story(specs):
    rates, years, bycost = specs
    n_all, amt_all = sum(r[1] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の中小企業が安心して海外との取引を始め、広げられるよう、輸出代金の回収不能や海外での製品事故などに備える保険の保険料と、海外の取引先の信用調査等の費用の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、輸出その他の海外との取引を行い、又は行おうとするもの"),
        ("募集期間", "令和７年４月21日から令和８年１月30日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "1,100万円"),
        ("申請回数", "１社当たり年度内１回（複数の経費区分をまとめて申請できます）"),
    ], 0)
    st += paras("""
この案内において「小規模企業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の中小企業者をいいます。また、「海外取引信用調査」とは、信用調査会社に依頼して、海外の取引先の登記、財務の状況、支払の実績等を調べることをいいます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額（１社当たり、経費区分ごと）は、事業者の規模と、この補助金を初めて申請するかどうかによって、次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は小規模企業者以外の中小企業者に、「２回目以降」の欄は過去にこの補助金の交付を受けたことがある事業者に適用します。",
        f"※２ 補助金の額は、１社当たり年度内{COMPANY_CAP}万円を上限とします。千円未満の端数は切り捨てます。",
        "※３ 保険料は、交付決定の後に保険契約を結び、令和８年１月30日までに支払ったものに限ります。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際経済課又は{DESK}へ）",
        "② 交付申請（保険契約又は信用調査の申込みの前に、申請書と見積書を提出）",
        "③ 交付決定の通知（申請から２週間程度）",
        "④ 保険契約の締結と保険料の支払（信用調査等の実施と費用の支払）",
        "⑤ 実績報告（支払った日から30日以内又は令和８年２月27日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("４　これまでの交付実績", H1)]
    st += paras(f"""
交付件数は毎年増えており、令和６年度は{last[1]}件、{last[3]}万円となりました。経費区分別では、輸出代金保険の保険料が件数、金額ともに最も多くなっています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(bycost.title, "（令和６年度）"), bycost.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 一つの申請で複数の経費区分を対象とした場合は、経費区分ごとに数えているため、交付件数の合計は令和６年度の交付件数（{last[1]}件）と一致しません。",
    ])
    st += [P("５　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("取引先の国・地域", where), ("利用した経費", what), ("補助金の額", amount)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("国内のＰＬ保険に、海外での事故を補償する特約を付けた場合も対象になりますか。",
         "対象になります。ただし、補助の対象は海外での事故を補償する特約の保険料の部分に限ります。"),
        ("既に結んでいる保険契約を更新する場合も対象になりますか。",
         "対象になります。更新の場合も、契約を結ぶ前に交付申請をしてください。"),
        ("信用調査の結果、取引をやめることにした場合でも補助金は受けられますか。",
         "受けられます。調査の結果にかかわらず、調査報告書の写しを実績報告に添えてください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 貿易振興班　電話：099-254-3710　ファクス：099-254-3719",
        f"{DESK}（事前相談）　電話：099-254-3800",
        "電子メール：boeki-risk@pref.kikyo.example.jp",
    ]))
    return st


# ================================================================ document 2: disaster drills for foreign residents
KUNREN = "外国人住民防災訓練事業"
KUNREN_DEPT = f"{PREF} 県民生活部 多文化共生課"
KYOKAI = "公益財団法人桔梗県国際交流協会"
TOWNS = [  # 市町, 訓練回数（回）, 参加者数（人）, うち子ども（人）, 派遣サポーター（人） (令和６年度)
    ("桔梗市", 8, 214, 46, 18), ("西原市", 5, 132, 27, 11), ("北沢市", 4, 96, 19, 7),
    ("東川町", 3, 58, NOT_COUNTED, 4), ("南浜町", 2, 41, DASH, 3), ("大野町", 2, 35, 6, DASH),
]
MONTHS = [  # 月, 訓練回数（回）, 参加者数（人）, うち初参加（人） (令和６年度)
    (5, 1, 24, 19), (6, 2, 47, 31), (7, 2, 51, 30), (8, 1, 18, 9), (9, 4, 102, 58), (10, 3, 71, 35),
    (11, 3, 66, 29), (12, 1, 20, 8), (1, 3, 73, 30), (2, 1, 25, 10), (3, 3, 79, 33),
]
PREV_PARTICIPANTS = 431  # 令和５年度
SUPPORTERS = (128, 23)  # registered at the end of 令和６年度, increase over the year
DRILLS = [  # 見出し, 実施日, 参加者数, 主な内容 (same labels in every sibling section); month, town
    ("桔梗市 総合防災訓練", "令和６年９月１日（日）", "68人", "起震車による地震の体験、消火器の使い方、非常食の試食", 9, "桔梗市"),
    ("西原市 避難所運営訓練", "令和６年11月17日（日）", "39人", "多言語の表示シートを使った避難所の受付、間仕切りの組立て", 11, "西原市"),
    ("南浜町 津波避難訓練", "令和７年３月９日（日）", "22人", "高台への避難経路の確認、津波避難タワーへの避難", 3, "南浜町"),
]


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def _sum(values) -> int:
    return sum(v for v in values if not isinstance(v, str))


def kunren_specs():
    rows = [[n] + [cell(v) for v in r] for n, *r in TOWNS]
    rows.append(["合計"] + [fw(_sum(t[k] for t in TOWNS)) for k in (1, 2, 3, 4)])
    towns = TableSpec(
        key="towns", doc=KUNREN_PDF, title="市町別の実施状況",
        header=[["市町", "訓練回数（回）", "参加者数（人）", "うち子ども（人）", "派遣サポーター（人）"]],
        rows=rows, col_widths=[28 * mm, 30 * mm, 30 * mm, 32 * mm, 36 * mm], table_fy=2024,
    )
    towns.unit = lambda row, c, s=towns: bracket_unit(s.column_label(c))
    mrows = [[month_label(m), fw(a), fw(b), fw(c)] for m, a, b, c in MONTHS]
    mrows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2, 3)])
    months = TableSpec(
        key="months", doc=KUNREN_PDF, title="月別の実施状況",
        header=[["月", "訓練回数（回）", "参加者数（人）", "うち初参加（人）"]],
        rows=mrows, col_widths=[28 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    return towns, months


def kunren_story(specs):
    towns, months = specs
    n_drills, n_people = _sum(t[1] for t in TOWNS), _sum(t[2] for t in TOWNS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P("外国人住民防災訓練 実施報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(KUNREN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KUNREN),
        ("実施主体", f"{PREF}（県内６市町と共催）"),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("実施期間", "令和６年５月から令和７年３月まで"),
        ("対応言語", "英語、中国語、ベトナム語、ネパール語、インドネシア語、ポルトガル語"),
        ("事業費", "1,240万円"),
    ], 0)
    st += paras("""
この報告書において「外国人住民」とは、県内に住所を有する外国籍の者をいい、「初参加」とは、この事業の訓練に初めて参加した者をいう。また、「災害時多言語支援サポーター」（以下「サポーター」という。）とは、県が開く養成講座を修了し、県に登録した者をいう。
""", 0)
    st += [P("２　市町別の実施状況", H1)]
    st += paras(f"""
令和６年度は県内６市町で計{n_drills}回の訓練を行い、延べ{n_people}人の外国人住民が参加した。前年度（{PREV_PARTICIPANTS}人）に比べ{n_people - PREV_PARTICIPANTS}人増えた。参加者の半数余りが初参加であった。
""", 0)
    st += [caption(towns.title, "（令和６年度）"), towns.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 「{DASH}」は該当者がいないこと、「{NOT_COUNTED}」は集計していないことを示す。",
        "※２ 「子ども」は中学生以下の者をいう。東川町は参加者の年齢を記録していないため、「うち子ども」の合計は東川町を除く５市町の計である。",
        "※３ 大野町の訓練では町の職員が通訳を務めたため、サポーターは派遣していない。",
    ])
    st += [P("３　月別の実施状況", H1)]
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes(["※４ 月は訓練を実施した月である。１月から３月は令和７年の数値である。"])
    st += paras("""
９月は「防災の日」に合わせた訓練が重なり、回数、参加者数ともに年間で最も多かった。
""", 0)
    st += [P("４　主な訓練", H1)]
    for i, (head, when, n, what, _m, _t) in enumerate(DRILLS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施日", when), ("参加者数", n), ("主な内容", what)], 1)
    st += [P("５　サポーターの活動", H1)]
    st += paras(f"""
令和７年３月末現在のサポーターの登録者は{SUPPORTERS[0]}人（前年度末から{SUPPORTERS[1]}人増）で、訓練には延べ{_sum(t[4] for t in TOWNS)}人を派遣した。サポーターは、訓練の受付や避難所での案内を通訳し、やさしい日本語での声かけを実演した。
""", 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、訓練を実施する市町を８市町に広げる。",
        "② 子ども向けに、やさしい日本語の防災絵本を使った訓練を加える。",
        "③ 訓練に参加できない人のため、避難の仕方を説明する動画を６言語とやさしい日本語で作る。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KUNREN_DEPT} 共生推進班　電話：099-254-5120　ファクス：099-254-5129",
        f"{KYOKAI}（サポーターの登録）　電話：099-254-5300",
        "電子メール：tabunka@pref.kikyo.example.jp",
    ]))
    return st


# ================================================================ document 3: foreign students' job survey
CHOSA = f"{PREF}外国人留学生 就職意識調査"
CHOSA_DEPT = f"{PREF} 商工労働部 産業人材課"
CORNER = f"{PREF}外国人留学生就職支援コーナー"
TARGET = 1126  # 調査対象の留学生
ORIGINS = [  # 出身国・地域, 回答者数, うち県内就職を希望 (令和６年度, 人)
    ("ベトナム", 142, 58), ("中国", 118, 31), ("ネパール", 86, 37), ("インドネシア", 41, 19),
    ("スリランカ", 29, 11), ("ミャンマー", 24, 12), ("韓国", 19, 4), ("その他", 28, 7),
]
SCHOOLS = (("大学等", 290), ("専門学校", 197))  # ｎ of the two school types
ISSUES = [  # 困っていること, 回答数: 大学等, 専門学校 (複数回答)
    ("日本語での面接や筆記試験", 152, 124), ("企業の情報が少ない", 138, 77),
    ("留学生を採用している企業が分からない", 128, 102), ("在留資格の変更の手続", 92, 83),
    ("日本の就職活動の進め方が分からない", 84, 70), ("インターンシップの機会が少ない", 76, 29),
    ("希望する職種の求人が少ない", 53, 44), ("相談できる人がいない", 36, 33),
]
PLACES = [  # 見出し, 回答者数, うち県内就職を希望, 主な希望職種 (same labels in every sibling section)
    ("桔梗市の学校", 312, 106, "通訳・翻訳、貿易事務、ＩＴ技術者"),
    ("西原市の学校", 118, 47, "製造業の技術職、ＩＴ技術者"),
    ("北沢市の学校", 57, 26, "介護職、ホテル・旅館の接客"),
]


def respondents() -> int:
    return sum(r[1] for r in ORIGINS)


def chosa_specs():
    total, wish = respondents(), sum(r[2] for r in ORIGINS)
    rows = [[n, fw(k), cell(pct1(k, total)), fw(w)] for n, k, w in ORIGINS]
    rows.append(["合計", fw(total), cell(sum(pct1(k, total) for _n, k, _w in ORIGINS)), fw(wish)])
    origins = TableSpec(
        key="origins", doc=CHOSA_PDF, title="出身国・地域別の回答者数",
        header=[["出身国・地域", "回答者数（人）", "構成比（％）", "うち県内就職を希望（人）"]],
        rows=rows, col_widths=[40 * mm, 32 * mm, 30 * mm, 50 * mm], table_fy=2024,
    )
    origins.unit = lambda row, c, s=origins: bracket_unit(s.column_label(c))
    n_all = sum(n for _s, n in SCHOOLS)
    issues = TableSpec(
        key="issues", doc=CHOSA_PDF, title="就職活動で困っていること（複数回答）",
        header=[["困っていること", "全体", "大学等", "専門学校"]],
        rows=[[n, cell(pct1(a + b, n_all)), cell(pct1(a, SCHOOLS[0][1])), cell(pct1(b, SCHOOLS[1][1]))]
              for n, a, b in ISSUES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return origins, issues


def chosa_story(specs):
    origins, issues = specs
    total, wish = respondents(), sum(r[2] for r in ORIGINS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業による外国人留学生の採用と、卒業後の県内への定着を進める施策に役立てるため"),
        ("調査対象", f"県内の大学、短期大学及び専門学校に在籍する外国人留学生 {TARGET:,}人"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "各学校を通じたウェブアンケート（日本語、英語、中国語、ベトナム語）"),
        ("回答数", f"{total}人（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「外国人留学生」とは、在留資格「留学」をもって県内の大学、短期大学又は専門学校に在籍する者をいう。また、「県内就職」とは、県内に所在する事業所で働くことをいい、勤務先の本社の所在地は問わない。
""", 0)
    st += [P("２　回答者の出身国・地域", H1)]
    st += paras(f"""
回答者の出身国・地域は、ベトナムが{ORIGINS[0][1]}人で最も多く、中国、ネパールが続き、この３か国で全体の７割余りを占めた。学校の種類別では、大学等が{SCHOOLS[0][1]}人、専門学校が{SCHOOLS[1][1]}人であった。
""", 0)
    st += [caption(origins.title, "（令和６年度）"), origins.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他」は、台湾、タイ、モンゴル、バングラデシュ等である。",
        "※２ 構成比は、小数点以下第２位を四捨五入している。",
    ])
    st += [P("３　卒業後の県内就職の希望", H1)]
    st += paras(f"""
卒業後に県内で就職したいと答えた人は{wish}人で、回答者の{pct1(wish, total)}％であった。学校の所在地別にみると、次のとおりである。
""", 0)
    for i, (head, n, w, jobs) in enumerate(PLACES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("回答者数", f"{n}人"), ("県内就職を希望する割合", f"{pct1(w, n)}％"),
                        ("主な希望職種", jobs)], 1)
    st += [P("４　就職活動で困っていること", H1)]
    st += paras("""
「日本語での面接や筆記試験」を挙げた人が最も多く、大学等、専門学校ともに５割を超えた。専門学校では、「在留資格の変更の手続」を挙げた人の割合が大学等より10ポイント以上高い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答者は、全体{total}人、大学等{SCHOOLS[0][1]}人、専門学校{SCHOOLS[1][1]}人である。複数回答のため、合計は100％にならない。",
        "※４ 「大学等」は、大学（大学院を含む。）及び短期大学をいう。",
    ])
    st += [P("５　県や企業への主な意見（自由記述）", H1)]
    st += bullets([
        "留学生を採用したい企業の一覧を、やさしい日本語と英語で公開してほしい。",
        "企業の説明会を、授業のない土曜日にも開いてほしい。",
        "在留資格の変更の手続について、学校で説明会を開いてほしい。",
        "長期のインターンシップを受け入れる企業を増やしてほしい。",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 留学生の採用に意欲のある企業を「桔梗県留学生採用応援企業」として登録し、その一覧を多言語で公開する。",
        "② 県内企業と留学生の交流会を年３回開く（うち１回は土曜日に開く）。",
        "③ 行政書士会と連携し、在留資格の変更の手続の説明会を各学校で開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 留学生就職支援班　電話：099-254-6410　ファクス：099-254-6419",
        f"{CORNER}（個別の就職相談）　電話：099-254-6500",
        "電子メール：ryugakusei@pref.kikyo.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + kunren_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, kspecs, cspecs = hojo_specs(), kunren_specs(), chosa_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO}のご案内", "令和７年４月", HOJO_DEPT)
    kdoc = build_pdf(docs_dir / KUNREN_PDF, kspecs, kunren_story(kspecs),
                     "令和６年度 外国人住民防災訓練 実施報告書", "令和７年５月", KUNREN_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 結果報告書", "令和７年３月", CHOSA_DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, KUNREN_PDF: kdoc.row_pages, CHOSA_PDF: cdoc.row_pages})
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
    # --- hojo: the trade-risk subsidy guide, tables (a) (b) (c), a definition, sibling sections, steps, Q&A
    dict(question="従業員10人の部品メーカーが海外PL保険に入る場合、保険料の何％を補助してもらえますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["常時使用する従業員の数が20人", "海外ＰＬ保険の保険料 40 60 40 25"], answer=["60"],
         notes="two facts: 10人 ≤ 20人 (製造業) makes the firm a 小規模企業者 (definition in １); (a) two-level header, "
               "leaf 補助率（％）／小規模企業者; 40 (中小企業者) is the trap; ＰＬ printed full-width, asked half-width"),
    dict(question="前にこの補助金を受けたことがある会社が、輸出契約書を専門家に点検してもらう場合、補助の上限はいくらですか？",
         category="hojo", doc=HOJO_PDF, evidence=["輸出契約書の点検費用 50 50 20 10"], answer=["10"],
         notes="(a) leaf 上限額（万円）／２回目以降 (note ※１: past recipients); 20 (初回申請) is the trap"),
    dict(question="2025年度に従業員30人の会社が海外の取引先の信用調査を頼むと、費用の何％が補助されますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["常時使用する従業員の数が20人", "海外取引信用調査の費用 75 90 10 ５"], answer=["75"],
         notes="two facts: 30人 is above both thresholds, so the firm is not a 小規模企業者 (note ※１: the 中小企業者 "
               "column); (a) leaf 補助率（％）／中小企業者; 90 is the trap; 2025年度 = 令和７年度 (printed nowhere)"),
    dict(question="2022年度にこの補助金が交付されたのは何件ですか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和４年度 27 13 498"], answer=["27"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 交付件数（件）"),
    dict(question="令和５年度に交付された補助金は、総額でいくらでしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 34 15 671"], answer=["671"],
         notes="(b) column 交付額（万円）; the 予算額 1,100万円 is for 令和７年度, a near miss"),
    dict(question="令和６年度に交付を受けた事業者のうち、小規模企業者は何％を占めていますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 41 19 826"], answer=["46.3%"], computed=True,
         notes="(b) share within a row: 19 / 41 = 46.3 %"),
    dict(question="2024年度、海外PL保険の保険料に対する補助は合計でいくら交付されましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["海外ＰＬ保険の保険料 11 214"], answer=["214"],
         notes="(c) column 交付額（万円）; 2024年度 = 令和６年度 (caption note); (a) has a row of the same name "
               "(40 60 40 25), a near miss"),
    dict(question="令和６年度の信用調査の費用への補助は、１件当たり平均でいくらでしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["海外取引信用調査の費用 15 42"], answer=["2.8万円"], computed=True,
         notes="(c) average in a row: 42 / 15 = 2.8万円 (信用調査 named by paraphrase)"),
    dict(question="機械部品メーカーの活用事例では、補助金をいくら受け取っていますか？",
         category="hojo", doc=HOJO_PDF, evidence=["機械部品製造業Ｂ社", "補助金の額：38万円"], answer=["38万円"],
         notes="sibling sections （１）–（３） of ５ share the labels 取引先の国・地域, 利用した経費, 補助金の額; "
               "（２）機械部品製造業Ｂ社; 24万円 and 17万円 are the siblings' values"),
    dict(question="保険料を払ったあと、実績報告はいつまでに出さなければなりませんか？",
         category="hojo", doc=HOJO_PDF, evidence=["支払った日から30日以内"], answer=["30日以内"],
         notes="procedure step ⑤ (30日以内 or 令和８年２月27日, whichever is earlier)"),
    dict(question="今入っている保険の契約を更新するときも補助の対象になりますか？手続で気をつける点はありますか？",
         category="hojo", doc=HOJO_PDF, evidence=["更新の場合も、契約を結ぶ前に交付申請をしてください"],
         answer=["契約を結ぶ前に交付申請"],
         notes="Q&A: Ａ of Ｑ２ (yes, but apply before signing the renewal)"),
    # --- kunren: the drill report, tables (d) (e) with their notes, a definition, sibling sections
    dict(question="2024年度の外国人住民向け防災訓練の事業には、全部でどれだけの費用がかかりましたか？",
         category="kunren", doc=KUNREN_PDF, evidence=["事業費：1,240万円"], answer=["1,240万円"],
         notes="「label：value」 line 事業費 (no Western fiscal year is printed: 2024年度 = 令和６年度)"),
    dict(question="東川町の訓練に参加した子どもは何人でしたか？",
         category="kunren", doc=KUNREN_PDF,
         evidence=[f"「{NOT_COUNTED}」は集計していないこと", "東川町は参加者の年齢を記録していない"],
         answer=["集計していない"],
         notes="(d) the cell 東川町 / うち子ども holds 「…」: note ※１ (not counted) and ※２ (ages not recorded)"),
    dict(question="大野町の訓練には、通訳ボランティアが何人派遣されましたか？",
         category="kunren", doc=KUNREN_PDF, evidence=["サポーターは派遣していない"], answer=["派遣していない"],
         notes="(d) the cell 大野町 / 派遣サポーター（人） holds 「－」 (none, note ※１); note ※３ says why "
               "(town staff interpreted); 通訳ボランティア = サポーター"),
    dict(question="令和６年度の訓練全体で、子どもの参加者は何人でしたか？",
         category="kunren", doc=KUNREN_PDF,
         evidence=["合計 24 576 98 43", "東川町を除く５市町の計"], answer=["98"],
         notes="two facts: (d) 合計 row, column うち子ども（人）, and note ※２ (the total leaves out 東川町, not counted)"),
    dict(question="桔梗市では、訓練１回当たり平均何人が参加しましたか？",
         category="kunren", doc=KUNREN_PDF, evidence=["桔梗市 ８ 214 46 18"], answer=["26.8人"], computed=True,
         notes="(d) average in a row: 214 / 8 = 26.75 → 26.8人"),
    dict(question="2025年１月に行われた訓練には、延べ何人が参加しましたか？",
         category="kunren", doc=KUNREN_PDF, evidence=["１月 ３ 73 30"], answer=["73"],
         notes="(e) continuation page (no header there): row １月, column 参加者数（人）; note ※４ says １月–３月 are "
               "令和７年 (2025年)"),
    dict(question="令和６年11月に、初めて訓練に参加した人は何人いましたか？",
         category="kunren", doc=KUNREN_PDF, evidence=["11月 ３ 66 29"], answer=["29"],
         notes="(e) continuation page: 初めて = うち初参加（人） (definition in １); 66 (参加者数) is the trap"),
    dict(question="10月から12月までの３か月間に、訓練の参加者は合わせて何人でしたか？",
         category="kunren", doc=KUNREN_PDF, evidence=["10月 ３ 71 35", "11月 ３ 66 29", "12月 １ 20 ８"],
         answer=["157人"], computed=True,
         notes="(e) sum down the 参加者数（人） column: 71 + 66 + 20 = 157"),
    dict(question="南浜町で行われた津波の訓練には、何人が参加しましたか？",
         category="kunren", doc=KUNREN_PDF, evidence=["南浜町 津波避難訓練", "参加者数：22人"], answer=["22人"],
         notes="sibling sections （１）–（３） of ４ share the labels 実施日, 参加者数, 主な内容; （３）南浜町 津波避難訓練; "
               "(d)'s 南浜町 row (41) is the town's year, a near miss"),
    dict(question="県の養成講座を修了すれば、それだけでサポーターとして扱われるのですか？",
         category="kunren", doc=KUNREN_PDF, evidence=["県が開く養成講座を修了し、県に登録した者"], answer=["県に登録"],
         notes="definition 「災害時多言語支援サポーター」とは…養成講座を修了し、県に登録した者をいう (no: registration too)"),
    # --- chosa: the student survey, tables (f) (g), a definition, sibling sections
    dict(question="2024年度の調査に回答した中国出身の留学生は何人ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["中国 118 24.2 31"], answer=["118"],
         notes="(f) column 回答者数（人）; 2024年度 = 令和６年度 (the report prints 2024年 only in 調査基準日)"),
    dict(question="回答した留学生のうち、ネパールの学生は全体のどのくらいの割合を占めていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ネパール 86 17.7 37"], answer=["17.7"],
         notes="(f) column 構成比（％）"),
    dict(question="ベトナム出身の回答者のうち、県内で働きたいと答えた人は何％ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ベトナム 142 29.2 58"], answer=["40.8%"], computed=True,
         notes="(f) share within a row: 58 / 142 = 40.8 % (29.2 is the 構成比, a trap)"),
    dict(question="県内での就職を希望する留学生の数が２番目に多い出身国はどこですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ネパール 86 17.7 37"], answer=["ネパール"],
         notes="(f) ranking in the column うち県内就職を希望（人）: ベトナム 58, ネパール 37, 中国 31 (中国 is second "
               "by 回答者数, the trap)"),
    dict(question="専門学校の留学生のうち、ビザの切替えの手続に困っていると答えた人の割合は？",
         category="chosa", doc=CHOSA_PDF, evidence=["在留資格の変更の手続 35.9 31.7 42.1"], answer=["42.1"],
         notes="(g) unruled table, column 専門学校; ビザの切替え = 在留資格の変更; 31.7 (大学等) and 35.9 (全体) are traps"),
    dict(question="インターンシップの機会が少ないと感じている割合は、大学等と専門学校で何ポイント違いますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["インターンシップの機会が少ない 21.6 26.2 14.7"],
         answer=["11.5ポイント"], computed=True,
         notes="(g) difference across a row: 26.2 − 14.7 = 11.5ポイント"),
    dict(question="本社が県外にある会社の、県内の工場で働く場合も「県内就職」に数えられますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["勤務先の本社の所在地は問わない"], answer=["本社の所在地は問わない"],
         notes="definition 「県内就職」とは…県内に所在する事業所で働くことをいい、勤務先の本社の所在地は問わない (yes)"),
    dict(question="北沢市にある学校の留学生では、県内で就職したい人はどれくらいの割合ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["北沢市の学校", "県内就職を希望する割合：45.6％"], answer=["45.6％"],
         notes="sibling sections （１）–（３） of ３ share the labels 回答者数, 県内就職を希望する割合, 主な希望職種; "
               "（３）北沢市の学校; 34.0％ and 39.8％ are the siblings' values, 36.8％ the whole survey's"),
    # --- followups
    dict(question="それが２回目以降の申請だと、上限はいくらになりますか？",
         category="followup", doc=HOJO_PDF, evidence=["輸出代金保険の保険料 50 75 30 20"], answer=["20"],
         history=_turns("輸出代金保険の保険料について、初めて申請する場合の補助の上限はいくらですか？",
                        "初めて申請する場合の上限額は30万円です[1]。"),
         notes="(a) the row from the history (輸出代金保険の保険料), the other leaf 上限額（万円）／２回目以降"),
    dict(question="その年度に交付された金額は全部でいくらですか？",
         category="followup", doc=HOJO_PDF, evidence=["令和３年度 19 ８ 352"], answer=["352"],
         history=_turns("2021年度には補助金が何件交付されましたか？",
                        "2021年度（令和３年度）は19件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付額（万円）"),
    dict(question="そこに派遣されたサポーターは何人でしたか？",
         category="followup", doc=KUNREN_PDF, evidence=["北沢市 ４ 96 19 ７"], answer=["７"],
         history=_turns("北沢市では防災訓練を何回行いましたか？",
                        "北沢市では４回行いました[1]。"),
         notes="(d) the row from the history (北沢市), column 派遣サポーター（人）"),
    dict(question="そのうち県内での就職を望んでいるのは何人ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["インドネシア 41 8.4 19"], answer=["19"],
         history=_turns("インドネシア出身の回答者は何人でしたか？",
                        "インドネシア出身の回答者は41人でした[1]。"),
         notes="(f) the row from the history (インドネシア), column うち県内就職を希望（人）"),
    dict(question="そこにファクスで問い合わせたいのですが、番号を教えてください。",
         category="followup", doc=CHOSA_PDF, evidence=["ファクス：099-254-6419"], answer=["099-254-6419"],
         history=_turns("留学生の就職意識調査は、県のどの部署が担当していますか？",
                        "桔梗県 商工労働部 産業人材課（留学生就職支援班）です[1]。"),
         notes="contact box of the survey report: the 班's fax; its phone 099-254-6410 and the コーナー's 099-254-6500 "
               "are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使って入った保険で、実際に保険金が支払われたケースは何件ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives grants and premiums covered, nothing on insurance claims paid",
         absent=["保険金", "支払件数"]),
    dict(question="補助を受けた会社を業種別に見ると、食品関係の会社は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and by cost item only; the 食品製造業Ａ社 case is a near miss",
         absent=["業種別"]),
    dict(question="防災訓練に参加した人のうち、ベトナム出身の人は何人でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the drill report counts participants by town and month only (ベトナム語 is one of the languages; "
               "ベトナム is a row of the student survey, a near miss)",
         absent=["国籍別", "参加者の国籍"]),
    dict(question="訓練の参加者アンケートで「満足」と答えた人の割合はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="no participant survey in the drill report (the survey report is about students' jobs)",
         absent=["満足"]),
    dict(question="留学生が希望している初任給はどのくらいの金額ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey asks where students want to work and what troubles them, not about pay",
         absent=["初任給", "給与", "年収", "賃金"]),
    dict(question="2021年度に行った前回の調査と比べて、県内就職を希望する留学生の割合は増えましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives no earlier survey (only the next one, 令和９年度); (b) of the guide has a 令和３年度 "
               "row, a near miss of another document",
         absent=["前回調査", "前回の調査", "2021年度"]),
]
CATEGORY_COUNTS = {"hojo": 11, "kunren": 10, "chosa": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h24q", "h24t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("経費区分別の補助率と上限額", "交付実績の推移", "経費区分別の交付実績", "市町別の実施状況",
                       "月別の実施状況", "出身国・地域別の回答者数", "就職活動で困っていること（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h24q06": lambda g: _pct(g(B, "令和６年度", "うち小規模企業者（件）", 2024), g(B, "令和６年度", "交付件数（件）", 2024)),
    "h24q08": lambda g: f"{half_up(Decimal(g(C, '海外取引信用調査の費用', '交付額（万円）', 2024)) / Decimal(g(C, '海外取引信用調査の費用', '交付件数（件）', 2024)), '0.1')}万円",
    "h24q16": lambda g: f"{half_up(Decimal(g(D, '桔梗市', '参加者数（人）', 2024)) / Decimal(g(D, '桔梗市', '訓練回数（回）', 2024)), '0.1')}人",
    "h24q19": lambda g: f"{sum(g(E, m, '参加者数（人）', 2024) for m in ('10月', '11月', '12月'))}人",
    "h24q24": lambda g: _pct(g(F, "ベトナム", "うち県内就職を希望（人）", 2024), g(F, "ベトナム", "回答者数（人）", 2024)),
    "h24q27": lambda g: f"{_dec(g(G, 'インターンシップの機会が少ない', '大学等', 2024)) - _dec(g(G, 'インターンシップの機会が少ない', '専門学校', 2024))}ポイント",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (2, 3), KUNREN_PDF: (2, 3), CHOSA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("５月", "７月")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("11月", "１月", "３月", "合計")  # and after it
EXPECTED_MARKS = {("東川町", "うち子ども（人）"): NOT_COUNTED, ("南浜町", "うち子ども（人）"): DASH,
                  ("大野町", "派遣サポーター（人）"): DASH}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout24.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout24.py")
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
        if g["number"] is None and g["value"] not in MARKS:
            errors.append(f"{g['id']}: every cell of this set should be numeric or a mark (－, …)")
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
            elif norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, skip_none=False):
        tab = t[table]
        for col in cols:
            parts = [r[col] for row, r in tab.items() if row != "合計"]
            if skip_none:
                parts = [x for x in parts if x is not None]
            if tab["合計"][col] != sum(parts):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate; first applications at least the repeat cap
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／初回申請"] < r["上限額（万円）／２回目以降"]:
            errors.append(f"{A} / {row}: 初回申請 cap below the ２回目以降 cap")
        if r["上限額（万円）／初回申請"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the company cap of note ※２")
    # (b): growing counts; the small firms are part of the count
    b = t[B]
    ns = [b[r]["交付件数（件）"] for r in b]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 交付件数 should grow every year")
    if any(r["うち小規模企業者（件）"] > r["交付件数（件）"] for r in b.values()):
        errors.append(f"{B}: うち小規模企業者 above 交付件数")
    # (c): 合計 adds up; its amount is (b)'s 令和６年度; its count (by cost item) exceeds (b)'s (note ※４)
    adds_up(C, ("交付件数（件）", "交付額（万円）"))
    if t[C]["合計"]["交付額（万円）"] != b["令和６年度"]["交付額（万円）"]:
        errors.append(f"{C}: 合計 交付額 differs from 令和６年度 of {B}")
    if t[C]["合計"]["交付件数（件）"] <= b["令和６年度"]["交付件数（件）"]:
        errors.append(f"{C}: 合計 交付件数 should exceed 令和６年度 of {B} (note ※４)")
    # the amounts per cost item stay below count × first-application cap
    caps = {row: r["上限額（万円）／初回申請"] for row, r in t[A].items()}
    for row, r in t[C].items():
        if row != "合計" and r["交付額（万円）"] > r["交付件数（件）"] * caps[row]:
            errors.append(f"{C} / {row}: amount above count × cap")
    # (d): 合計 adds up over the counted cells; equals (e)'s year totals; children within participants
    d = t[D]
    adds_up(D, ("訓練回数（回）", "参加者数（人）", "うち子ども（人）", "派遣サポーター（人）"), skip_none=True)
    e = t[E]
    adds_up(E, ("訓練回数（回）", "参加者数（人）", "うち初参加（人）"))
    for dcol in ("訓練回数（回）", "参加者数（人）"):
        if d["合計"][dcol] != e["合計"][dcol]:
            errors.append(f"{D}: 合計 of {dcol} differs from {E}")
    if any(r["うち子ども（人）"] is not None and r["うち子ども（人）"] > r["参加者数（人）"] for r in d.values()):
        errors.append(f"{D}: うち子ども above 参加者数")
    if any(r["うち初参加（人）"] > r["参加者数（人）"] for r in e.values()):
        errors.append(f"{E}: うち初参加 above 参加者数")
    # (f): 合計 adds up; 構成比 is each row's share of the total, adding up to 100.0
    f = t[F]
    adds_up(F, ("回答者数（人）", "うち県内就職を希望（人）"))
    total = f["合計"]["回答者数（人）"]
    for row, r in f.items():
        if _dec(r["構成比（％）"]) != pct1(r["回答者数（人）"], total):
            errors.append(f"{F} / {row}: 構成比 is not the share of the total")
        if r["うち県内就職を希望（人）"] > r["回答者数（人）"]:
            errors.append(f"{F} / {row}: うち above 回答者数")
    if sum(_dec(r["構成比（％）"]) for row, r in f.items() if row != "合計") != Decimal("100.0") \
            or _dec(f["合計"]["構成比（％）"]) != Decimal("100.0"):
        errors.append(f"{F}: 構成比 should add up to 100.0")
    if total != sum(n for _s, n in SCHOOLS) or total != sum(p[1] for p in PLACES):
        errors.append(f"{F}: 合計 differs from the school types or the school places")
    if f["合計"]["うち県内就職を希望（人）"] != sum(p[2] for p in PLACES):
        errors.append(f"{F}: 県内就職 合計 differs from the three sibling sections")
    # (g): the per cents come from the counts (全体 over both school types)
    n_all = sum(n for _s, n in SCHOOLS)
    for name, a, bb in ISSUES:
        r = t[G][name]
        want = (pct1(a + bb, n_all), pct1(a, SCHOOLS[0][1]), pct1(bb, SCHOOLS[1][1]))
        if (_dec(r["全体"]), _dec(r["大学等"]), _dec(r["専門学校"])) != want:
            errors.append(f"{G} / {name}: per cents differ from the counts")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    months = specs["months"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KUNREN_PDF]) if header in norm(p)]
        if months.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("１月から３月は令和７年") not in norm(pages[KUNREN_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※４ should follow the table on the continuation page")
    for key in ("rates", "grants", "bycost", "towns", "origins", "issues"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／初回申請", "上限額（万円）／２回目以降"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (d): exactly the expected 「－」 and 「…」 cells, explained by note ※１ on the table's page
    marks = {(g["row"], g["column"]): g["value"] for g in gold if g["value"] in MARKS}
    if marks != EXPECTED_MARKS:
        errors.append(f"{D}: the marked cells are {marks}, expected {EXPECTED_MARKS}")
    dpage = {g["page"] for g in gold if g["table"] == D}
    if len(dpage) == 1 and norm(f"「{DASH}」は該当者がいないこと、「{NOT_COUNTED}」は集計していないこと") \
            not in norm(pages[KUNREN_PDF][min(dpage) - 1]):
        errors.append(f"{D}: note ※１ explaining the marks is not on the table's page")
    # (f): a 合計 row last and a 構成比（％） column reading 100.0 in it
    frows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == F))
    fcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == F))
    if frows[-1] != "合計" or "構成比（％）" not in fcols:
        errors.append(f"{F}: expected a 合計 row and a 構成比（％） column")
    # (g): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == G} != {"%"}:
        errors.append(f"{G}: expected per cents only")
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
        # each section on one page: the page of heading i holds the i-th occurrence of every label
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

    def phones(doc, want, what):
        got = re.findall(r"099-254-\d{4}", norm("\n".join(pages[doc])))
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")

    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("取引先の国・地域：", "利用した経費：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[1] for r in GRANT_YEARS)}件、{sum(r[3] for r in GRANT_YEARS):,}万円") not in hj:
        errors.append("subsidy guide: the five-year totals in the prose differ from (b)")
    if norm(f"令和６年度は{GRANT_YEARS[-1][1]}件、{GRANT_YEARS[-1][3]}万円") not in hj:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (b)")
    if max(BY_COST, key=lambda r: r[1])[0] != "輸出代金保険の保険料" or max(BY_COST, key=lambda r: r[2])[0] != "輸出代金保険の保険料":
        errors.append("subsidy guide: 「輸出代金保険の保険料が件数、金額ともに最も多く」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, _where, what, amount in CASES:
        caps = sum(rates[x][3] for x in what.split("、"))
        if int(amount.rstrip("万円")) > min(caps, COMPANY_CAP):
            errors.append(f"subsidy guide: case {head} gets more than its caps allow")
    if re.findall(r"20\d\d年度", hj) != ["2020年度"]:
        errors.append("subsidy guide: only 2020年度 should be printed in Western form")
    for d in ("「小規模企業者」とは", "「海外取引信用調査」とは"):
        if norm(d) not in hj:
            errors.append(f"subsidy guide: the definition {d} is missing")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps_of(HOJO_PDF, "①②③④⑤⑥", "subsidy guide")
    phones(HOJO_PDF, ["099-254-3710", "099-254-3719", "099-254-3800"], "subsidy guide")

    kr = norm("\n".join(pages[KUNREN_PDF]))
    siblings(kr, KUNREN_PDF, ("実施日：", "参加者数：", "主な内容："), [x[0] for x in DRILLS])
    n_drills, n_people = _sum(t[1] for t in TOWNS), _sum(t[2] for t in TOWNS)
    if norm(f"計{n_drills}回の訓練を行い、延べ{n_people}人") not in kr:
        errors.append("drill report: the totals in the prose differ from (d)")
    if norm(f"前年度（{PREV_PARTICIPANTS}人）に比べ{n_people - PREV_PARTICIPANTS}人増え") not in kr:
        errors.append("drill report: the change over the year in the prose is wrong")
    first = sum(m[3] for m in MONTHS) / sum(m[2] for m in MONTHS)
    if not 0.5 < first < 0.55:
        errors.append("drill report: 「参加者の半数余りが初参加」 does not hold")
    if max(MONTHS, key=lambda m: m[1])[0] != 9 or max(MONTHS, key=lambda m: m[2])[0] != 9 \
            or sum(m[1] == MONTHS[4][1] for m in MONTHS) != 1:
        errors.append("drill report: 「９月は…回数、参加者数ともに年間で最も多かった」 does not hold")
    by_month, by_town = {m[0]: m[2] for m in MONTHS}, {t[0]: t[2] for t in TOWNS}
    for head, _w, n, _what, month, town in DRILLS:
        if int(n.rstrip("人")) > min(by_month[month], by_town[town]) or not head.startswith(town):
            errors.append(f"drill report: sibling {head} does not fit its month and town")
    if norm(f"訓練には延べ{_sum(t[4] for t in TOWNS)}人を派遣した") not in kr:
        errors.append("drill report: the supporters sent in the prose differ from (d)")
    if re.findall(r"20\d\d年", kr):
        errors.append("drill report: no Western year should be printed")
    for d in ("「外国人住民」とは", "「初参加」とは", "「災害時多言語支援サポーター」"):
        if norm(d) not in kr:
            errors.append(f"drill report: the definition {d} is missing")
    steps_of(KUNREN_PDF, "①②③", "drill report")
    phones(KUNREN_PDF, ["099-254-5120", "099-254-5129", "099-254-5300"], "drill report")

    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("回答者数：", "県内就職を希望する割合：", "主な希望職種："), [p[0] for p in PLACES])
    total, wish = respondents(), sum(r[2] for r in ORIGINS)
    if norm(f"{total}人（回答率{pct1(total, TARGET)}％）") not in ch:
        errors.append("survey report: the response line differs from (f)")
    if norm(f"{wish}人で、回答者の{pct1(wish, total)}％") not in ch:
        errors.append("survey report: the 県内就職 share in the prose differs from (f)")
    ranked = [r[0] for r in sorted(ORIGINS, key=lambda r: -r[1])]
    top3 = sum(r[1] for r in ORIGINS[:3]) / total
    if ranked[:3] != ["ベトナム", "中国", "ネパール"] or not 0.7 < top3 < 0.75:
        errors.append("survey report: 「ベトナム…中国、ネパールが続き…７割余り」 does not hold")
    wished = [r[0] for r in sorted(ORIGINS, key=lambda r: -r[2])]
    if wished[:3] != ["ベトナム", "ネパール", "中国"]:
        errors.append("survey report: the 県内就職 ranking the questions rely on does not hold")
    top = ISSUES[0]
    if any(r[1] >= top[1] or r[2] >= top[2] for r in ISSUES[1:]) \
            or pct1(top[1], SCHOOLS[0][1]) <= 50 or pct1(top[2], SCHOOLS[1][1]) <= 50:
        errors.append("survey report: 「日本語での面接…最も多く…ともに５割を超えた」 does not hold")
    visa = next(r for r in ISSUES if r[0] == "在留資格の変更の手続")
    if pct1(visa[2], SCHOOLS[1][1]) - pct1(visa[1], SCHOOLS[0][1]) < 10:
        errors.append("survey report: 「10ポイント以上高い」 does not hold")
    if re.findall(r"20\d\d年度", ch):
        errors.append("survey report: no Western fiscal year should be printed")
    for d in ("「外国人留学生」とは", "「県内就職」とは"):
        if norm(d) not in ch:
            errors.append(f"survey report: the definition {d} is missing")
    steps_of(CHOSA_PDF, "①②③④", "survey report")
    phones(CHOSA_PDF, ["099-254-6410", "099-254-6419", "099-254-6500"], "survey report")
    # every phone number of the set is fictional (099-254-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
