"""Build the 杏県 held-out set 29: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (杏県 and every town, scheme, organisation, shop, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a guide to a
subsidy for small firms securing foreign-language staff and interpreters for their export
business (輸出人材確保支援補助金のご案内) with a two-level header of rates and caps, a yearly record
(years as rows) and the grants by language with the fiscal years as columns; the implementation
report of a prefectural food fair held in restaurants abroad (杏県産食材 海外レストランフェア
実施報告書) with the business meetings by product group and the restaurants (a table continued over
a page break without its header); and the results report of a survey of the prefecture's inbound
tour operators and guides (インバウンド受入事業者実態調査 結果報告書) with the respondents by type
(rows grouped under a left cell spanning several rows, a stub header naming the row axis) and
area, and an unruled table of the languages offered; see README.md beside this file.

    python make_heldout29.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout24/make_heldout24.py; the shared helpers are in ../docgen.py (unchanged). The gold cells
are generated from the same specs that draw the tables; PDF page numbers are recorded while
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
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, TableStyle

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

HOJO_PDF = "anzu_yushutsu_jinzai_hojokin_annai_r7.pdf"
FAIR_PDF = "anzu_kaigai_restaurant_fair_hokoku_r6.pdf"
CHOSA_PDF = "anzu_inbound_ukeire_jigyosha_chosa_r6.pdf"
ALL_PDFS = (HOJO_PDF, FAIR_PDF, CHOSA_PDF)

UNITS = ("万円", "件", "者", "人", "日", "食", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-31"


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


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def avg1(k: int, n: int) -> Decimal:
    return half_up(Decimal(k) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, rows that may sit under
    a group cell spanning several rows (the group label printed once, left of the row labels)
    and extra style commands."""

    def __init__(self, *a, group_col=None, extra_style=(), **kw):
        super().__init__(*a, **kw)
        self.group_col = group_col  # a column left of label_col holding the group labels
        self.extra_style = list(extra_style)

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
        """The row label; a row whose label cell is covered by a span (合計 across the group
        column and the label column) takes the label printed in the group column."""
        r = self.rows[i]
        return label(r[self.label_col] or (r[self.group_col] if self.group_col is not None else ""))

    def groups(self) -> dict[str, list[str]]:
        """Group label -> the row labels under it (grouped tables only; 合計 excluded)."""
        out, current = {}, None
        for i, r in enumerate(self.rows):
            if not r[self.label_col]:
                current = None
                continue
            if r[self.group_col]:
                current = label(r[self.group_col])
                out[current] = []
            if current:
                out[current].append(self.row_label(i))
        return out

    def sequence_cells(self, i: int) -> list[str]:
        """The cells of row i as the extractor emits them in a row: the printed cells from the
        label on (a group label, drawn in the middle of its span, is checked apart)."""
        cells = self.printed_row(i)
        if self.group_col is not None and self.rows[i][self.label_col]:
            cells = [t for c, t in enumerate(self.rows[i]) if c >= self.label_col and t]
        return cells

    def flowable(self):
        t = super().flowable()
        if self.extra_style:
            t.setStyle(TableStyle(self.extra_style))
        return t


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            number, cell_unit = parse_number(value)
            unit = cell_unit or spec.cell_unit(r, c)
            row_label = spec.row_label(i)
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
    return [P(f"・{t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "杏県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: export-staff subsidy guide
HOJO = f"{PREF}輸出人材確保支援補助金"
HOJO_DEPT = f"{PREF} 産業労働部 貿易振興課"
CENTER = f"{PREF}海外ビジネス支援センター"
PRIORITY = "重点言語"
RATES = [  # 補助の区分, 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 通常枠, 重点言語枠 (令和７年度)
    ("外国語人材の新規雇用", 50, 75, 100, 150), ("派遣による外国語人材の受入れ", 50, 75, 60, 90),
    ("商談通訳の委託", 50, 75, 30, 45), ("翻訳の委託", 40, 60, 20, 30), ("社員の語学研修", 50, 50, 15, 20),
]
COMPANY_CAP = 200  # note ※２: 万円 per company and year
GRANT_YEARS = [  # 年度, 交付件数, うち重点言語, 交付額（万円）
    (2020, 9, 2, 486), (2021, 14, 4, 812), (2022, 21, 7, 1215), (2023, 26, 9, 1583), (2024, 33, 12, 2057),
]
LANG_YEARS = (2022, 2023, 2024)
BY_LANG = [  # 言語, 交付件数 令和４年度, 令和５年度, 令和６年度 (one main language per grant)
    ("英語", 9, 11, 13), ("中国語", 5, 6, 8), ("ベトナム語", 3, 4, 5), ("タイ語", 2, 2, 4),
    ("スペイン語", 1, 2, 1), ("その他", 1, 1, 2),
]
NON_PRIORITY = ("英語", "中国語")
CASES = [  # 見出し, 主な言語, 活用した区分, 補助金の額 (same labels in every sibling section)
    ("精密機器製造業Ａ社（杏市）", "ベトナム語", "外国語人材の新規雇用", "120万円"),
    ("水産加工業Ｂ社（汐見市）", "英語", "商談通訳の委託、翻訳の委託", "38万円"),
    ("家具製造業Ｃ社（桐原市）", "スペイン語", "社員の語学研修", "18万円"),
]
HOJO_QA = [
    ("雇った人が補助の期間の途中で退職した場合、補助金はどうなりますか。",
     "在籍していた期間の人件費に限り、補助の対象になります。"),
    ("今いる社員の人件費は対象になりますか。",
     "対象になりません。交付決定の後に新たに雇用した人の人件費に限ります。"),
    ("海外の取引先との商談をオンラインで行う場合の通訳も対象になりますか。",
     "対象になります。ビデオ会議による通訳も、業務委託の契約書があれば「商談通訳の委託」として申請できます。"),
]


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="補助の区分別の補助率と上限額",
        header=[["補助の区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "通常枠", "重点言語枠"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 26 * mm, 26 * mm, 24 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="grants", doc=HOJO_PDF, title="交付実績の推移",
        header=[["年度", "交付件数（件）", "うち重点言語（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(n), fw(s), fw(a)] for y, n, s, a in GRANT_YEARS],
        col_widths=[32 * mm, 36 * mm, 42 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n] + [fw(v) for v in vals] for n, *vals in BY_LANG]
    rows.append(["合計"] + [fw(sum(r[k] for r in BY_LANG)) for k in (1, 2, 3)])
    bylang = TableSpec(
        key="bylang", doc=HOJO_PDF, title="主な言語別の交付件数",
        header=[["言語"] + [f"令和{fw(y - 2018)}年度" for y in LANG_YEARS]],
        rows=rows, col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], unit="件",
    )
    return rates, years, bylang


def hojo_story(specs):
    rates, years, bylang = specs
    n_all, amt_all = sum(r[1] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　制度のあらまし", H1)]
    st += paras(f"""
海外への販路を広げようとする県内の中小企業が、商談や契約、海外の取引先とのやり取りを担う人材を確保できるよう、外国語のできる人材の雇用や受入れ、通訳・翻訳の委託、社員の語学研修に要する経費の一部を補助します。令和２年度の制度創設から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に本社又は主たる事業所を置き、輸出に取り組み、又は取り組もうとする中小企業者（個人事業主を含む。）"),
        ("受付期間", "令和７年（2025年）４月14日から令和７年12月26日まで（予算の範囲内で先着順）"),
        ("予算額", "3,000万円"),
        ("申請の単位", "１社当たり年度内１回（複数の補助の区分をまとめて申請できます）"),
    ], 0)
    st += paras(f"""
この案内で「外国語人材」とは、外国語による商談、通訳又は翻訳の業務を行うことができる者をいい、国籍は問いません。「小規模企業者」とは、中小企業者のうち、常時使用する従業員が20人以下（卸売業、小売業及びサービス業は５人以下）のものをいいます。また、「{PRIORITY}」とは、英語及び中国語以外の外国語をいいます。
""", 0)
    st += [P("２　補助率と上限額", H1)]
    st += paras("補助率は事業者の規模によって、上限額（１社当たり、補助の区分ごと）は対象となる言語によって、次のとおり異なります。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「外国語人材の新規雇用」は、雇用した日から12か月分までの人件費を対象とします。",
        f"※２ 補助金の額は、１社当たり年度内{COMPANY_CAP}万円が上限です。千円未満の端数は切り捨てます。",
        f"※３ 「{PRIORITY}枠」は、{PRIORITY}を主に使う人材の雇用等又は{PRIORITY}の通訳・翻訳・研修に適用します。",
    ])
    st += [P("３　申請の手順", H1)]
    st += numbered([
        f"① 事前相談（貿易振興課又は{CENTER}へ）",
        "② 交付申請（雇用契約、派遣契約又は委託契約を結ぶ前に、申請書と見積書等を提出）",
        "③ 交付決定の通知（申請から３週間程度）",
        "④ 雇用・委託等の実施と経費の支払",
        "⑤ 実績報告（事業が終わった日から30日以内又は令和８年３月６日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("４　これまでの交付実績", H1)]
    st += paras(f"""
交付件数は年々増え、令和６年度は{last[1]}件、{last[3]:,}万円を交付しました。言語別では英語が毎年最も多いものの、{PRIORITY}の人材等への交付も令和４年度の{fw(GRANT_YEARS[2][2])}件から令和６年度には{fw(last[2])}件に増えています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(bylang.title, "（単位：件）"), bylang.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 一つの交付につき、主に使う言語一つで数えています。「その他」は、韓国語、フランス語、ポルトガル語等です。",
    ])
    st += [P("５　活用事例（令和６年度）", H1)]
    for i, (head, lang, what, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な言語", lang), ("活用した区分", what), ("補助金の額", amount)], 1)
    st += [P("６　よくあるお問い合わせ", H1)]
    for i, (q, a) in enumerate(HOJO_QA, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　お問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 海外展開支援班　電話：099-312-4410　ファクス：099-312-4419",
        f"{CENTER}（事前相談）　電話：099-312-4500",
        "電子メール：yushutsu-jinzai@pref.anzu.example.jp",
    ]))
    return st


# ================================================================ document 2: restaurant food fair abroad
FAIR = f"{PREF}産食材 海外レストランフェア"
FAIR_DEPT = f"{PREF} 農林水産部 販路拡大課"
KYOGIKAI = f"{PREF}産品輸出促進協議会"
GROUPS = [  # 品目区分, 参加事業者数（者）, 商談件数（件）, 成約見込件数（件）, 成約見込額（万円） (令和６年度)
    ("青果物", 7, 42, 11, 586), ("水産物", 8, 56, 17, 1240), ("畜産物", 5, 38, 9, 1065),
    ("加工食品", 9, 61, 14, 472), ("酒類・飲料", 5, 33, 8, 391),
]
SHOPS = [  # 店舗, 実施日数（日）, 来店者数（人）, フェアメニュー提供数（食）
    ("香港Ａ店", 28, 3412, 1086), ("香港Ｂ店", 21, 2180, 754), ("香港Ｃ店", 14, 1264, 418),
    ("香港Ｄ店", 14, 968, 352), ("台北Ｅ店", 30, 2846, 921), ("台北Ｆ店", 21, 1735, 608),
    ("台北Ｇ店", 14, 1102, 389), ("バンコクＨ店", 28, 2594, 817), ("バンコクＩ店", 21, 1488, 533),
    ("バンコクＪ店", 14, 1021, 346), ("バンコクＫ店", 7, 486, 172),
]
CITIES = [  # 見出し, 実施期間, 参加店舗数, 商談会の商談件数 (same labels in every sibling section); city, days
    ("香港", "令和６年10月１日から10月28日まで", "４店舗", "92件", "香港", 28),
    ("台北", "令和６年11月１日から11月30日まで", "３店舗", "71件", "台北", 30),
    ("バンコク", "令和７年２月１日から２月28日まで", "４店舗", "67件", "バンコク", 28),
]
COSTS = [("店舗への運営委託料", 980), ("食材の輸送費", 620), ("商談会の開催費", 460), ("広報・宣伝費", 320)]


def fair_specs():
    rows = [[n] + [fw(v) for v in vals] for n, *vals in GROUPS]
    rows.append(["合計"] + [fw(sum(g[k] for g in GROUPS)) for k in (1, 2, 3, 4)])
    groups = TableSpec(
        key="groups", doc=FAIR_PDF, title="品目区分別の参加事業者と商談の結果",
        header=[["品目区分", "参加事業者数（者）", "商談件数（件）", "成約見込件数（件）", "成約見込額（万円）"]],
        rows=rows, col_widths=[30 * mm, 34 * mm, 28 * mm, 34 * mm, 34 * mm], table_fy=2024,
    )
    groups.unit = lambda row, c, s=groups: bracket_unit(s.column_label(c))
    srows = [[n] + [fw(v) for v in vals] for n, *vals in SHOPS]
    srows.append(["合計"] + [fw(sum(s[k] for s in SHOPS)) for k in (1, 2, 3)])
    shops = TableSpec(
        key="shops", doc=FAIR_PDF, title="店舗別の実施状況",
        header=[["店舗", "実施日数（日）", "来店者数（人）", "フェアメニュー提供数（食）"]],
        rows=srows, col_widths=[34 * mm, 32 * mm, 32 * mm, 48 * mm], table_fy=2024, repeat_header=False,
    )
    shops.unit = lambda row, c, s=shops: bracket_unit(s.column_label(c))
    return groups, shops


def fair_story(specs):
    groups, shops = specs
    n_firms = sum(g[1] for g in GROUPS)
    visitors, menus = sum(s[2] for s in SHOPS), sum(s[3] for s in SHOPS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{FAIR} 実施報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年４月", DATE_RIGHT), P(FAIR_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", f"{FAIR}開催事業"),
        ("実施主体", f"{KYOGIKAI}（事務局：{FAIR_DEPT.replace(' ', '')}）"),
        ("開催都市", "香港、台北、バンコク"),
        ("事業期間", "令和６年10月から令和７年２月まで"),
        ("参加事業者", f"県内の生産者及び食品事業者 {n_firms}者"),
        ("事業費", f"{sum(c[1] for c in COSTS):,}万円"),
    ], 0)
    st += paras("""
この報告書において「フェアメニュー」とは、県産食材を１品目以上使い、フェアの期間中に店舗が提供した料理をいう。また、「成約見込額」とは、商談の相手方が今後１年以内に取引する意向を示した金額をいい、商談会の場で既に成約したものを含む。
""", 0)
    st += [P("２　参加事業者と商談会の結果", H1)]
    st += paras(f"""
各都市のフェアに合わせて現地の輸入業者、卸売業者及び飲食店を招いた商談会を開き、参加事業者は延べ{sum(g[2] for g in GROUPS)}件の商談を行った。成約見込額は{sum(g[4] for g in GROUPS):,}万円で、水産物が最も大きかった。
""", 0)
    st += [caption(groups.title, "（令和６年度）"), groups.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 参加事業者数は、主に出品した品目の区分で数えている。",
        "※２ 成約見込件数は、商談の相手方が取引の意向を示した商談の件数である。",
    ])
    st += [P("３　店舗別の実施状況", H1)]
    st += paras(f"""
３都市の11店舗でフェアを行い、来店者は延べ{visitors:,}人、フェアメニューの提供数は{menus:,}食であった。期間を最も長く設けたのは台北Ｅ店（30日）である。
""", 0)
    st += [caption(shops.title, "（令和６年度）", keep=False), shops.flowable(), Spacer(1, 2)]
    st += notes(["※３ バンコクの４店舗は令和７年２月に実施した。来店者数は、店舗の会計の記録による。"])
    st += [P("４　都市別の実施内容", H1)]
    for i, (head, when, n, talks, _city, _days) in enumerate(CITIES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施期間", when), ("参加店舗数", n), ("商談会の商談件数", talks)], 1)
    st += [P("５　事業費の内訳", H1)]
    st += lv_lines([(k, f"{v}万円") for k, v in COSTS], 0)
    st += [P("６　次年度に向けて", H1)]
    st += numbered([
        "① 成約見込みのあった商談について、協議会の貿易アドバイザーが成約まで個別に支援する。",
        "② 来店者の反応が良かった水産物と畜産物を中心に、令和７年度は店舗数を14店舗に増やす。",
        "③ 台北での商談会は、現地の輸入業者の要望を受けて２日間に延ばす。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{FAIR_DEPT} 輸出促進班　電話：099-315-2210　ファクス：099-315-2219",
        f"{KYOGIKAI}（商談の相談）　電話：099-315-2300",
        "電子メール：hanro@pref.anzu.example.jp",
    ]))
    return st


# ================================================================ document 3: survey of inbound operators and guides
CHOSA = f"{PREF}インバウンド受入事業者実態調査"
CHOSA_DEPT = f"{PREF} 観光交流局 観光振興課"
RENMEI = f"公益社団法人{PREF}観光連盟"
TARGET = 612  # 調査対象
AREAS = ("中央地域", "沿岸地域", "山間地域")
RESPONDENTS = [  # 区分 (group label, printed once), 事業者の種類, 中央地域, 沿岸地域, 山間地域 (者)
    ("旅行業者", "第１種・第２種旅行業", 18, 9, 4), ("旅行業者", "第３種旅行業", 27, 15, 8),
    ("旅行業者", "地域限定旅行業", 12, 14, 11), ("旅行業者", "旅行サービス手配業", 21, 6, 2),
    ("ガイド", "全国通訳案内士", 38, 12, 5), ("ガイド", "地域通訳案内士", 26, 22, 15),
    ("ガイド", "その他のガイド", 9, 7, 6),
]
KINDS = ("旅行業者", "ガイド")
LANGS = [  # 言語, 対応できると答えた数: 旅行業者, ガイド (複数回答)
    ("英語", 128, 131), ("中国語", 52, 38), ("韓国語", 31, 17), ("タイ語", 12, 9),
    ("ベトナム語", 8, 4), ("フランス語", 9, 14), ("スペイン語", 6, 11),
]
STAFF_AVG = {"中央地域": Decimal("3.4"), "沿岸地域": Decimal("2.1"), "山間地域": Decimal("1.3")}
AREA_ISSUES = {"中央地域": "繁忙期のガイド不足", "沿岸地域": "外国語対応スタッフの確保",
               "山間地域": "外国語対応スタッフの確保"}
ISSUE_COUNTS = [("外国語対応スタッフの確保", 156), ("繁忙期のガイド不足", 119), ("多言語の案内資料の作成", 95)]


def kind_total(kind: str) -> int:
    return sum(sum(r[2:]) for r in RESPONDENTS if r[0] == kind)


def area_total(a: int) -> int:
    return sum(r[2 + a] for r in RESPONDENTS)


def respondents() -> int:
    return sum(sum(r[2:]) for r in RESPONDENTS)


def chosa_specs():
    rows, seen = [], set()
    for g, kind, *vals in RESPONDENTS:
        rows.append([g if g not in seen else "", kind] + [fw(v) for v in vals] + [fw(sum(vals))])
        seen.add(g)
    rows.append(["合計", ""] + [fw(area_total(a)) for a in range(3)] + [fw(respondents())])
    first = {g: 1 + next(i for i, r in enumerate(RESPONDENTS) if r[0] == g) for g in KINDS}
    last = {g: 1 + max(i for i, r in enumerate(RESPONDENTS) if r[0] == g) for g in KINDS}
    nt = len(rows)
    resp = TableSpec(
        key="resp", doc=CHOSA_PDF, title="事業者の種類別・地域別の回答数",
        header=[["事業者の種類", ""] + list(AREAS) + ["計"]],
        rows=rows, col_widths=[22 * mm, 42 * mm, 24 * mm, 24 * mm, 24 * mm, 22 * mm],
        label_col=1, group_col=0, unit="者", table_fy=2024,
        spans=[((0, 0), (1, 0))] + [((0, first[g]), (0, last[g])) for g in KINDS] + [((0, nt), (1, nt))],
        extra_style=[("FONTNAME", (0, 1), (0, nt - 1), GOTHIC), ("FONTNAME", (0, nt), (-1, nt), GOTHIC),
                     ("LINEABOVE", (0, nt), (-1, nt), 1.0, docgen.colors.black)],
    )
    n_kind = {k: kind_total(k) for k in KINDS}
    langs = TableSpec(
        key="langs", doc=CHOSA_PDF, title="対応できる外国語（複数回答）",
        header=[["言語", "全体", KINDS[0], KINDS[1]]],
        rows=[[n, cell(pct1(a + b, respondents())), cell(pct1(a, n_kind[KINDS[0]])), cell(pct1(b, n_kind[KINDS[1]]))]
              for n, a, b in LANGS],
        col_widths=[44 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return resp, langs


def staff_overall() -> Decimal:
    return half_up(sum(STAFF_AVG[a] * area_total(i) for i, a in enumerate(AREAS)) / respondents(), "0.1")


def chosa_story(specs):
    resp, langs = specs
    total = respondents()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "訪日外国人旅行者の受入れを担う事業者の体制と課題を把握し、県の受入環境整備の施策に生かすため"),
        ("調査対象", f"県内に事業所を置く旅行業者及び旅行サービス手配業者並びに県内で活動するガイド {TARGET}者"),
        ("調査基準日", "令和６年８月１日"),
        ("調査期間", "令和６年８月19日から９月20日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}者（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「インバウンド受入事業者」とは、訪日外国人旅行者を対象とする旅行の企画、手配又は案内を行う事業者及び個人をいう。また、「外国語対応スタッフ」とは、外国語で旅行者への案内や予約の受付ができる従業員をいい、パート・アルバイトを含む。
""", 0)
    st += [P("２　回答者の内訳", H1)]
    st += paras(f"""
回答者は、旅行業者が{kind_total(KINDS[0])}者、ガイドが{kind_total(KINDS[1])}者であった。地域別では、県庁所在地の杏市を含む中央地域が{area_total(0)}者と半数を超えた。
""", 0)
    st += [caption(resp.title, "（単位：者）"), resp.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 地域は、主な事業所の所在地（ガイドは主な活動地域）による。中央地域は杏市及び桐原市、沿岸地域は汐見市及び鈴川町、山間地域は緑川町及び北里村である。",
        "※２ 旅行サービス手配業は、旅行業の登録を持たず、旅行会社の依頼を受けて宿泊や貸切バス等を手配する事業者である。",
    ])
    st += [P("３　対応できる外国語", H1)]
    st += paras("""
英語は全体の９割が対応できると答えた。英語に次ぐ中国語は旅行業者で、フランス語とスペイン語はガイドで割合が高い。
""", 0)
    st += [caption(langs.title, "（単位：％）"), langs.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 割合の分母は、全体{total}者、{KINDS[0]}{kind_total(KINDS[0])}者、{KINDS[1]}{kind_total(KINDS[1])}者である。",
    ])
    st += [P("４　地域別の受入体制", H1)]
    st += paras(f"外国語対応スタッフの平均人数は、全体で{staff_overall()}人であった。地域別の状況は次のとおりである。", 0)
    for i, a in enumerate(AREAS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{a}", H2)]
        st += lv_lines([("回答者数", f"{area_total(i - 1)}者"),
                        ("外国語対応スタッフの平均人数", f"{STAFF_AVG[a]}人"),
                        ("最も多く挙げられた課題", AREA_ISSUES[a])], 1)
    st += [P("５　受入れの課題と求める支援", H1)]
    issues = "、".join(f"「{n}」（{pct1(k, total)}％）" for n, k in ISSUE_COUNTS[1:])
    st += paras(f"""
受入れの課題（複数回答）では、「{ISSUE_COUNTS[0][0]}」が{pct1(ISSUE_COUNTS[0][1], total)}％で最も多く、{issues}が続いた。県に求める支援として、次のような意見が寄せられた。
""", 0)
    st += bullets([
        "通訳案内士と旅行業者を結ぶ登録・紹介の仕組みを県が設けてほしい。",
        "多言語の観光案内資料の原稿を、県が共通で作って提供してほしい。",
        "地域通訳案内士の研修を、沿岸地域と山間地域でも開いてほしい。",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 令和７年度に、ガイドと旅行業者の登録・紹介制度を観光連盟に設ける。",
        "② 地域通訳案内士の養成研修を、汐見市と緑川町でも開く。",
        "③ 多言語の観光案内資料の共通原稿を、英語、中国語、韓国語及びタイ語で作る。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 受入環境班　電話：099-317-6610　ファクス：099-317-6619",
        f"{RENMEI}（ガイドの登録・研修）　電話：099-317-6700",
        "電子メール：inbound@pref.anzu.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + fair_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, fspecs, cspecs = hojo_specs(), fair_specs(), chosa_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO}のご案内", "令和７年４月", HOJO_DEPT)
    fdoc = build_pdf(docs_dir / FAIR_PDF, fspecs, fair_story(fspecs),
                     f"令和６年度 {FAIR} 実施報告書", "令和７年４月", FAIR_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 結果報告書", "令和７年１月", CHOSA_DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, FAIR_PDF: fdoc.row_pages, CHOSA_PDF: cdoc.row_pages})
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
    # --- hojo: the export-staff subsidy guide, tables (a) (b) (c), definitions, sibling sections, steps, Q&A
    dict(question="社員がちょうど20人の製造業の会社で、タイ語のできる人を新しく採用したいと考えています。人件費のどれくらいの割合を補助してもらえますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["常時使用する従業員が20人以下", "外国語人材の新規雇用 50 75 100 150"], answer=["75"],
         notes="two facts: 20人 is at the boundary of 20人以下, so the firm is a 小規模企業者 (definition in １); "
               "(a) two-level header, leaf 補助率（％）／小規模企業者; 50 (中小企業者) is the trap"),
    dict(question="ベトナムのバイヤーとの商談に通訳を頼むとき、補助してもらえる額の上限は？",
         category="hojo", doc=HOJO_PDF,
         evidence=["英語及び中国語以外の外国語", "商談通訳の委託 50 75 30 45"], answer=["45"],
         notes="two facts: ベトナム語 is a 重点言語 (definition in １: other than 英語 and 中国語); (a) leaf "
               "上限額（万円）／重点言語枠; 30 (通常枠) is the trap"),
    dict(question="従業員80人の機械メーカーが2025年度に英文の契約書の翻訳を外注すると、費用の何パーセントが補助対象になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["翻訳の委託 40 60 20 30"], answer=["40"],
         notes="(a) leaf 補助率（％）／中小企業者 (80人 is above the 小規模企業者 threshold); 60 is the trap; "
               "2025年度 = 令和７年度 (the guide prints 2025年 only in the 受付期間 line, never 2025年度)"),
    dict(question="2021年度に交付した補助金は、総額いくらでしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和３年度 14 ４ 812"], answer=["812"],
         notes="(b) years as rows: 2021年度 = 令和３年度; column 交付額（万円）"),
    dict(question="令和５年度に、英語・中国語以外の言語の人材で交付を受けたのは何件ありましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 26 ９ 1,583"], answer=["９"],
         notes="(b) column うち重点言語（件） named by paraphrase (英語・中国語以外 = 重点言語); the sum of (c)'s "
               "令和５年度 column without 英語 and 中国語 gives the same 9"),
    dict(question="令和６年度の交付額を件数で割ると、１件当たりおよそいくらになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 33 12 2,057"], answer=["62.3万円"], computed=True,
         notes="(b) average in a row: 2,057 / 33 = 62.33 → 62.3万円"),
    dict(question="2023年度に、ベトナム語の人材の確保で補助が出たのは何件ですか？",
         category="hojo", doc=HOJO_PDF, evidence=["ベトナム語 ３ ４ ５"], answer=["４"],
         notes="(c) fiscal years as columns: 2023年度 = 令和５年度; 3 (令和４年度) and 5 (令和６年度) are the traps"),
    dict(question="令和６年度の交付のうち、英語の人材が占める割合はどのくらいですか？",
         category="hojo", doc=HOJO_PDF, evidence=["英語 ９ 11 13", "合計 21 26 33"], answer=["39.4%"], computed=True,
         notes="(c) share within a column: 13 / 33 = 39.4 %"),
    dict(question="家具をつくっている会社の事例では、どの言語の人材が対象になりましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["家具製造業Ｃ社", "主な言語：スペイン語"], answer=["スペイン語"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な言語, 活用した区分, 補助金の額; "
               "（３）家具製造業Ｃ社; ベトナム語 and 英語 are the siblings' values"),
    dict(question="申請書を出してから、交付が決まったという知らせが届くまで、どのくらい待つことになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["交付決定の通知（申請から３週間程度）"], answer=["３週間程度"],
         notes="procedure step ③ of ①–⑥"),
    dict(question="海外の取引先とはウェブ会議で商談しています。オンラインの商談に通訳を付ける費用も補助の対象になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["ビデオ会議による通訳も、業務委託の契約書があれば"],
         answer=["業務委託の契約書があれば"],
         notes="Q&A: Ａ of Ｑ３ (yes, with a contract, applied for as 商談通訳の委託; ウェブ会議 = ビデオ会議)"),
    # --- fea: the restaurant fair report, tables (d) (e), a definition, sibling sections, label-value lines
    dict(question="2024年度のレストランフェアの事業には、全体でいくらの費用がかかりましたか？",
         category="fea", doc=FAIR_PDF, evidence=["事業費：2,380万円"], answer=["2,380万円"],
         notes="「label：value」 line 事業費 (no Western year is printed: 2024年度 = 令和６年度); the 内訳 lines of ５ "
               "add up to it"),
    dict(question="食材を現地の店まで運ぶのに使ったお金はいくらですか？",
         category="fea", doc=FAIR_PDF, evidence=["食材の輸送費：620万円"], answer=["620万円"],
         notes="「label：value」 line of ５ 事業費の内訳, named by paraphrase"),
    dict(question="令和６年度のフェアの商談会で、水産物について取引につながりそうな商談は何件ありましたか？",
         category="fea", doc=FAIR_PDF, evidence=["水産物 ８ 56 17 1,240"], answer=["17"],
         notes="(d) column 成約見込件数（件） named by paraphrase; 56 (商談件数) is the trap"),
    dict(question="成約見込額で見て、水産物の次に大きかった品目は何ですか？",
         category="fea", doc=FAIR_PDF, evidence=["畜産物 ５ 38 ９ 1,065"], answer=["畜産物"],
         notes="(d) second largest in the column 成約見込額（万円）: 水産物 1,240, 畜産物 1,065, 青果物 586 "
               "(加工食品 leads by 商談件数, the trap)"),
    dict(question="成約見込額の全体に対して、水産物はどれくらいの比率を占めていますか？",
         category="fea", doc=FAIR_PDF, evidence=["水産物 ８ 56 17 1,240", "合計 34 230 59 3,754"],
         answer=["33.0%"], computed=True,
         notes="(d) share within a column: 1,240 / 3,754 = 33.0 %"),
    dict(question="台北のＦ店では、県産食材を使った料理が何食出ましたか？",
         category="fea", doc=FAIR_PDF, evidence=["台北Ｆ店 21 1,735 608"], answer=["608"],
         notes="(e) continuation page (no header there): column フェアメニュー提供数（食） named by paraphrase "
               "(definition of フェアメニュー in １); 1,735 (来店者数) is the trap"),
    dict(question="令和７年２月にフェアを行ったバンコクのＩ店には、延べ何人のお客さんが来ましたか？",
         category="fea", doc=FAIR_PDF, evidence=["バンコクＩ店 21 1,488 533"], answer=["1,488"],
         notes="(e) continuation page: column 来店者数（人）; note ※３ dates the Bangkok shops to 令和７年２月"),
    dict(question="バンコクの４店舗で出したフェアメニューは、合わせて何食になりますか？",
         category="fea", doc=FAIR_PDF,
         evidence=["バンコクＨ店 28 2,594 817", "バンコクＩ店 21 1,488 533", "バンコクＪ店 14 1,021 346",
                   "バンコクＫ店 ７ 486 172"],
         answer=["1,868食"], computed=True,
         notes="(e) sum of four rows of the column フェアメニュー提供数（食）: 817 + 533 + 346 + 172 = 1,868"),
    dict(question="台湾の会場で開いた商談会では、商談は何件行われましたか？",
         category="fea", doc=FAIR_PDF, evidence=["（２）台北", "商談会の商談件数：71件"], answer=["71件"],
         notes="sibling sections （１）–（３） of ４ share the labels 実施期間, 参加店舗数, 商談会の商談件数; （２）台北 "
               "named by its country; 92件 and 67件 are the siblings' values"),
    dict(question="商談会の会場でその場で契約がまとまった取引は、成約見込額に含まれていますか？",
         category="fea", doc=FAIR_PDF, evidence=["商談会の場で既に成約したものを含む"],
         answer=["既に成約したものを含む"],
         notes="definition 「成約見込額」とは…今後１年以内に取引する意向を示した金額をいい、商談会の場で既に成約したものを"
               "含む (yes: the boundary case of a deal already closed)"),
    # --- chosa: the inbound operators survey, tables (f) (g), a definition, sibling sections
    dict(question="2024年度の調査で、沿岸地域から回答した地域通訳案内士は何人でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["地域通訳案内士 26 22 15 63"], answer=["22"],
         notes="(f) grouped rows (ガイド printed once over three rows), column 沿岸地域; 2024年度 = 令和６年度 "
               "(no Western year is printed in the report); 63 (計) is the trap"),
    dict(question="全国通訳案内士は、地域を問わず全部で何人が回答しましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["全国通訳案内士 38 12 ５ 55"], answer=["55"],
         notes="(f) column 計"),
    dict(question="回答した旅行業者のうち、中央地域の事業者はどのくらいの割合ですか？",
         category="chosa", doc=CHOSA_PDF,
         evidence=["第１種・第２種旅行業 18 ９ ４ 31", "第３種旅行業 27 15 ８ 50", "地域限定旅行業 12 14 11 37",
                   "旅行サービス手配業 21 ６ ２ 29"],
         answer=["53.1%"], computed=True,
         notes="(f) share within a row group: the four rows under 旅行業者 (group cell spanning four rows), "
               "(18 + 27 + 12 + 21) / (31 + 50 + 37 + 29) = 78 / 147 = 53.1 %; the 合計 row's 151 / 287 = 52.6 % "
               "(all respondents) is the trap"),
    dict(question="ガイドの中で、フランス語で案内ができる人はどれくらいいますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["フランス語 8.0 6.1 10.0"], answer=["10.0"],
         notes="(g) unruled table, column ガイド; 8.0 (全体) and 6.1 (旅行業者) are the traps"),
    dict(question="中国語に対応できる割合は、旅行業者とガイドで何ポイントの開きがありますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["中国語 31.4 35.4 27.1"], answer=["8.3ポイント"], computed=True,
         notes="(g) difference across a row: 35.4 − 27.1 = 8.3ポイント"),
    dict(question="令和６年度の調査では、韓国語に対応できる旅行業者はどれだけの割合でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["韓国語 16.7 21.1 12.1"], answer=["21.1"],
         notes="(g) column 旅行業者; 16.7 (全体) is the trap"),
    dict(question="週に２日だけ来るアルバイトで、英語で予約の電話を受けられる人も「外国語対応スタッフ」に入りますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["パート・アルバイトを含む"], answer=["パート・アルバイトを含む"],
         notes="definition 「外国語対応スタッフ」とは…従業員をいい、パート・アルバイトを含む (yes, at the boundary)"),
    dict(question="山あいのエリアの事業者には、外国語で対応できるスタッフが平均で何人いますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（３）山間地域", "外国語対応スタッフの平均人数：1.3人"],
         answer=["1.3人"],
         notes="sibling sections （１）–（３） of ４ share the labels 回答者数, 外国語対応スタッフの平均人数, "
               "最も多く挙げられた課題; （３）山間地域 named by paraphrase; 3.4人, 2.1人 and the overall 2.6人 are "
               "the near misses"),
    # --- followups
    dict(question="それが小規模企業者だったら、補助率は何％になりますか？",
         category="followup", doc=HOJO_PDF, evidence=["翻訳の委託 40 60 20 30"], answer=["60"],
         history=_turns("商品カタログの翻訳を外注する場合、普通の中小企業だと補助率は何％ですか？",
                        "翻訳の委託の補助率は、中小企業者で40％です[1]。"),
         notes="(a) the row from the history (翻訳の委託), the other leaf 補助率（％）／小規模企業者"),
    dict(question="その年度の中国語は何件でしたか？",
         category="followup", doc=HOJO_PDF, evidence=["中国語 ５ ６ ８"], answer=["５"],
         history=_turns("2022年度に英語の人材で補助金が交付されたのは何件ですか？",
                        "2022年度（令和４年度）の英語は９件でした[1]。"),
         notes="(c) the year from the history (2022年度 = 令和４年度, a column), another row"),
    dict(question="そこに来たお客さんは何人でしたか？",
         category="followup", doc=FAIR_PDF, evidence=["香港Ｃ店 14 1,264 418"], answer=["1,264"],
         history=_turns("香港のＣ店では、フェアを何日間やりましたか？",
                        "香港Ｃ店の実施日数は14日でした[1]。"),
         notes="(e) the row from the history (香港Ｃ店, on the table's first page), column 来店者数（人）"),
    dict(question="そのうち山間地域からの回答はいくつありましたか？",
         category="followup", doc=CHOSA_PDF, evidence=["第３種旅行業 27 15 ８ 50"], answer=["８"],
         history=_turns("第３種旅行業の事業者からは、全部でいくつ回答がありましたか？",
                        "第３種旅行業からの回答は50者でした[1]。"),
         notes="(f) the row from the history (第３種旅行業, under the 旅行業者 group), column 山間地域"),
    dict(question="そこにファクスを送りたいので、番号を教えてください。",
         category="followup", doc=CHOSA_PDF, evidence=["ファクス：099-317-6619"], answer=["099-317-6619"],
         history=_turns("インバウンドの受入事業者の調査について聞きたいのですが、県ではどこが担当ですか？",
                        "杏県 観光交流局 観光振興課（受入環境班）です[1]。"),
         notes="contact box of the survey report: the 班's fax; its phone 099-317-6610 and the 観光連盟's 099-317-6700 "
               "are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で採用された人のうち、１年後も会社に残っている人の割合はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives grants by year and by language; Ｑ１ on someone leaving during the grant period is "
               "the near miss, no retention figure",
         absent=["定着率", "離職率", "１年後"]),
    dict(question="補助を受けて雇われた外国語人材の月給は、平均でいくらくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide covers 人件費 (note ※１: 12 months) and gives average grants, never pay levels",
         absent=["月給", "給与", "平均賃金"]),
    dict(question="レストランフェアに来たお客さんの満足度はどのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the fair report counts visitors and menus, no customer survey (次年度 ② mentions 来店者の反応 only)",
         absent=["満足", "来店者アンケート"]),
    dict(question="シンガポールで行ったフェアでは、何店舗が参加しましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the fair ran in 香港, 台北 and バンコク only; 参加店舗数 is given for those three",
         absent=["シンガポール"]),
    dict(question="ガイドに案内を１日頼むと、料金の相場はいくらくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives respondents, languages, staff and issues, nothing on fees",
         absent=["料金", "日当", "報酬"]),
    dict(question="2021年度の前回調査と比べて、回答した事業者の数は増えましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey names no earlier survey (only the next one, 令和８年度); the guide's (b) has a 令和３年度 "
               "row, a near miss of another document",
         absent=["前回", "2021年度"]),
]
CATEGORY_COUNTS = {"hojo": 11, "fea": 10, "chosa": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h29q", "h29t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("補助の区分別の補助率と上限額", "交付実績の推移", "主な言語別の交付件数",
                       "品目区分別の参加事業者と商談の結果", "店舗別の実施状況", "事業者の種類別・地域別の回答数",
                       "対応できる外国語（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


TRAVEL_ROWS = ("第１種・第２種旅行業", "第３種旅行業", "地域限定旅行業", "旅行サービス手配業")
COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h29q06": lambda g: f"{avg1(g(B, '令和６年度', '交付額（万円）', 2024), g(B, '令和６年度', '交付件数（件）', 2024))}万円",
    "h29q08": lambda g: _pct(g(C, "英語", "令和６年度", 2024), g(C, "合計", "令和６年度", 2024)),
    "h29q16": lambda g: _pct(g(D, "水産物", "成約見込額（万円）", 2024), g(D, "合計", "成約見込額（万円）", 2024)),
    "h29q19": lambda g: f"{sum(g(E, s, 'フェアメニュー提供数（食）', 2024) for s in ('バンコクＨ店', 'バンコクＩ店', 'バンコクＪ店', 'バンコクＫ店')):,}食",
    "h29q24": lambda g: _pct(sum(g(F, r, "中央地域", 2024) for r in TRAVEL_ROWS), sum(g(F, r, "計", 2024) for r in TRAVEL_ROWS)),
    "h29q26": lambda g: f"{_dec(g(G, '中国語', '旅行業者', 2024)) - _dec(g(G, '中国語', 'ガイド', 2024))}ポイント",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (2, 3), FAIR_PDF: (2, 3), CHOSA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (130, 180)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("香港Ａ店", "香港Ｃ店")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("台北Ｆ店", "バンコクＩ店", "バンコクＫ店", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout29.py")
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
    # the follow-ups never repeat the question of their history
    for q in questions:
        if q.get("history") and norm(q["history"][0]["content"]) == norm(q["question"]):
            errors.append(f"{q['id']}: the follow-up repeats its history")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout29.py")
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
            elif norm("".join(spec.sequence_cells(i))) not in page_text(g["doc"], g["page"]):
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

    def adds_up(table, cols):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計"):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate; the 重点言語枠 cap at least the 通常枠 one
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／重点言語枠"] < r["上限額（万円）／通常枠"]:
            errors.append(f"{A} / {row}: 重点言語枠 cap below the 通常枠 cap")
        if r["上限額（万円）／重点言語枠"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the company cap of note ※２")
    # (b): growing counts and amounts; the 重点言語 grants are part of the count
    b = t[B]
    ns = [b[r]["交付件数（件）"] for r in b]
    amts = [b[r]["交付額（万円）"] for r in b]
    if ns != sorted(set(ns)) or amts != sorted(set(amts)):
        errors.append(f"{B}: 交付件数 and 交付額 should grow every year")
    if any(r["うち重点言語（件）"] > r["交付件数（件）"] for r in b.values()):
        errors.append(f"{B}: うち重点言語 above 交付件数")
    # (c): 合計 adds up; each year's 合計 is (b)'s count, and the languages other than 英語/中国語 give (b)'s うち
    c = t[C]
    cols = [f"令和{fw(y - 2018)}年度" for y in LANG_YEARS]
    adds_up(C, cols)
    for col in cols:
        if c["合計"][col] != b[col]["交付件数（件）"]:
            errors.append(f"{C}: 合計 of {col} differs from {B}")
        if sum(r[col] for row, r in c.items() if row not in NON_PRIORITY + ("合計",)) != b[col]["うち重点言語（件）"]:
            errors.append(f"{C}: the 重点言語 rows of {col} differ from {B}'s うち重点言語")
        if max((r[col], row) for row, r in c.items() if row != "合計")[1] != "英語":
            errors.append(f"{C}: 英語 should be the largest language in {col}")
    # (d): 合計 adds up; expected deals within the meetings; the meetings equal the three cities
    d = t[D]
    adds_up(D, ("参加事業者数（者）", "商談件数（件）", "成約見込件数（件）", "成約見込額（万円）"))
    if any(r["成約見込件数（件）"] > r["商談件数（件）"] for r in d.values()):
        errors.append(f"{D}: 成約見込件数 above 商談件数")
    if d["合計"]["商談件数（件）"] != sum(int(x[3].rstrip("件")) for x in CITIES):
        errors.append(f"{D}: 合計 商談件数 differs from the three cities' 商談会")
    # (e): 合計 adds up; menus within visitors; each city's shops and days fit its section
    e = t[E]
    adds_up(E, ("実施日数（日）", "来店者数（人）", "フェアメニュー提供数（食）"))
    if any(r["フェアメニュー提供数（食）"] > r["来店者数（人）"] for r in e.values()):
        errors.append(f"{E}: more menus than visitors")
    for head, _when, n, _talks, city, days in CITIES:
        shops = [row for row in e if row.startswith(city)]
        if len(shops) != int(nfkc(n).rstrip("店舗")) or any(e[s]["実施日数（日）"] > days for s in shops):
            errors.append(f"{E}: the shops of {city} do not fit sibling section {head}")
    # (f): rows and columns add up; the groups add up to the kinds in the prose
    f = t[F]
    adds_up(F, AREAS + ("計",))
    for row, r in f.items():
        if r["計"] != sum(r[a] for a in AREAS):
            errors.append(f"{F} / {row}: 計 does not add up")
    if f["合計"]["計"] != respondents():
        errors.append(f"{F}: 合計 differs from the respondents")
    # (g): the per cents come from the counts
    n_kind = {k: kind_total(k) for k in KINDS}
    for name, a, bb in LANGS:
        r = t[G][name]
        want = (pct1(a + bb, respondents()), pct1(a, n_kind[KINDS[0]]), pct1(bb, n_kind[KINDS[1]]))
        if (_dec(r["全体"]), _dec(r[KINDS[0]]), _dec(r[KINDS[1]])) != want:
            errors.append(f"{G} / {name}: per cents differ from the counts")
        if a > n_kind[KINDS[0]] or bb > n_kind[KINDS[1]]:
            errors.append(f"{G} / {name}: more answers than respondents")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    shops = specs["shops"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(shops.header[0]))
        on = [i + 1 for i, p in enumerate(pages[FAIR_PDF]) if header in norm(p)]
        if shops.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("バンコクの４店舗は令和７年２月に実施した") not in norm(pages[FAIR_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※３ should follow the table on the continuation page")
    for key in ("rates", "grants", "bylang", "groups", "resp", "langs"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["langs"].ruled or not all(s.ruled for k, s in specs.items() if k != "langs"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／通常枠", "上限額（万円）／重点言語枠"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (c): fiscal years as columns, items as rows
    ccols = list(dict.fromkeys((g["column"], g["fiscal_year"]) for g in gold if g["table"] == C))
    if ccols != [(f"令和{fw(y - 2018)}年度", y) for y in LANG_YEARS]:
        errors.append(f"{C}: expected the fiscal years as columns, got {ccols}")
    # (f): a stub header over the two label columns; groups printed once, spanning their rows
    resp = specs["resp"]
    if resp.header[0][:2] != ["事業者の種類", ""] or ((0, 0), (1, 0)) not in resp.spans:
        errors.append(f"{F}: expected the stub header 事業者の種類 over the group and row labels")
    groups = resp.groups()
    if {k: len(v) for k, v in groups.items()} != {KINDS[0]: 4, KINDS[1]: 3}:
        errors.append(f"{F}: expected four rows under {KINDS[0]} and three under {KINDS[1]}, got {groups}")
    nh = len(resp.header)
    for g_label, rows in groups.items():
        i0 = next(i for i, r in enumerate(resp.rows) if r[0] == g_label)
        if ((0, nh + i0), (0, nh + i0 + len(rows) - 1)) not in resp.spans:
            errors.append(f"{F}: group {g_label} does not span its rows")
    fpage = min(g["page"] for g in gold if g["table"] == F)
    lines = [x.strip() for x in pages[CHOSA_PDF][fpage - 1].splitlines()]
    for g_label, rows in groups.items():  # printed once, as a line of its own, among its rows
        at = [k for k, x in enumerate(lines) if x == g_label]
        first_row = lines.index(rows[0]) if rows[0] in lines else -1
        last_row = lines.index(rows[-1]) if rows[-1] in lines else -1
        if len(at) != 1 or not first_row - 1 <= at[0] <= last_row:
            errors.append(f"{F}: group label {g_label} should be printed once among its rows (at {at})")
    if {g["row"] for g in gold if g["table"] == F} & set(KINDS):
        errors.append(f"{F}: a group label was taken as a row")
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
        page_texts = [norm(p) for p in pages[doc]]
        for i, head in enumerate(heads, 1):
            on = [k for k, t in enumerate(page_texts) if norm(f"（{fw(i)}）{head}") in t]
            if len(on) != 1:
                errors.append(f"{doc}: sibling heading {i} found on pages {on}")
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
        got = re.findall(r"099-31\d-\d{4}", norm("\n".join(pages[doc])))
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(norm(f"電話：{want[0]}") in x and norm(f"ファクス：{want[1]}") in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")

    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("主な言語：", "活用した区分：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[1] for r in GRANT_YEARS)}件、{sum(r[3] for r in GRANT_YEARS):,}万円") not in hj:
        errors.append("subsidy guide: the five-year totals in the prose differ from (b)")
    if norm(f"令和６年度は{GRANT_YEARS[-1][1]}件、{GRANT_YEARS[-1][3]:,}万円") not in hj:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (b)")
    if norm(f"令和４年度の{fw(GRANT_YEARS[2][2])}件から令和６年度には{fw(GRANT_YEARS[-1][2])}件") not in hj:
        errors.append("subsidy guide: the 重点言語 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, lang, what, amount in CASES:
        k = 3 if lang in NON_PRIORITY else 4
        caps = sum(rates[x][k] for x in what.split("、"))
        if int(amount.rstrip("万円")) > min(caps, COMPANY_CAP):
            errors.append(f"subsidy guide: case {head} gets more than its caps allow")
    if re.findall(r"20\d\d年度", hj) or re.findall(r"20\d\d年", hj) != ["2025年"]:
        errors.append("subsidy guide: only 2025年 (in 受付期間) should be printed in Western form")
    for d in ("「外国語人材」とは", "「小規模企業者」とは", f"「{PRIORITY}」とは"):
        if norm(d) not in hj:
            errors.append(f"subsidy guide: the definition {d} is missing")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps_of(HOJO_PDF, "①②③④⑤⑥", "subsidy guide")
    phones(HOJO_PDF, ["099-312-4410", "099-312-4419", "099-312-4500"], "subsidy guide")

    fr = norm("\n".join(pages[FAIR_PDF]))
    siblings(fr, FAIR_PDF, ("実施期間：", "参加店舗数：", "商談会の商談件数："), [x[0] for x in CITIES])
    if norm(f"事業費：{sum(c[1] for c in COSTS):,}万円") not in fr:
        errors.append("fair report: the 事業費 line differs from the sum of its items")
    if norm(f"{sum(g[1] for g in GROUPS)}者") not in fr:
        errors.append("fair report: the 参加事業者 line differs from (d)")
    if norm(f"延べ{sum(g[2] for g in GROUPS)}件の商談") not in fr \
            or norm(f"成約見込額は{sum(g[4] for g in GROUPS):,}万円") not in fr:
        errors.append("fair report: the meeting totals in the prose differ from (d)")
    if max(GROUPS, key=lambda g: g[4])[0] != "水産物":
        errors.append("fair report: 「水産物が最も大きかった」 does not hold")
    if sorted(GROUPS, key=lambda g: -g[4])[1][0] != "畜産物" or max(GROUPS, key=lambda g: g[2])[0] == "畜産物":
        errors.append("fair report: the second-largest question relies on 畜産物 (and a different leader by 商談件数)")
    if norm(f"来店者は延べ{sum(s[2] for s in SHOPS):,}人") not in fr \
            or norm(f"提供数は{sum(s[3] for s in SHOPS):,}食") not in fr:
        errors.append("fair report: the shop totals in the prose differ from (e)")
    if len(SHOPS) != 11 or max(SHOPS, key=lambda s: s[1])[0] != "台北Ｅ店" or sum(s[1] == 30 for s in SHOPS) != 1:
        errors.append("fair report: 「11店舗」 / 「最も長く…台北Ｅ店（30日）」 does not hold")
    if re.findall(r"20\d\d年", fr):
        errors.append("fair report: no Western year should be printed")
    for d in ("「フェアメニュー」とは", "「成約見込額」とは"):
        if norm(d) not in fr:
            errors.append(f"fair report: the definition {d} is missing")
    steps_of(FAIR_PDF, "①②③", "fair report")
    phones(FAIR_PDF, ["099-315-2210", "099-315-2219", "099-315-2300"], "fair report")

    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("回答者数：", "外国語対応スタッフの平均人数：", "最も多く挙げられた課題："), list(AREAS))
    total = respondents()
    if norm(f"{total}者（回答率{pct1(total, TARGET)}％）") not in ch:
        errors.append("survey report: the response line differs from (f)")
    if norm(f"旅行業者が{kind_total(KINDS[0])}者、ガイドが{kind_total(KINDS[1])}者") not in ch:
        errors.append("survey report: the kinds in the prose differ from (f)")
    if area_total(0) * 2 <= total:
        errors.append("survey report: 「中央地域が…半数を超えた」 does not hold")
    eng = next(x for x in LANGS if x[0] == "英語")
    if not 90 <= pct1(eng[1] + eng[2], total) < 91:
        errors.append("survey report: 「英語は全体の９割」 does not hold")
    shares = {x[0]: (pct1(x[1], kind_total(KINDS[0])), pct1(x[2], kind_total(KINDS[1]))) for x in LANGS}
    ranked = sorted(LANGS, key=lambda x: -(x[1] + x[2]))
    if ranked[1][0] != "中国語" or not shares["中国語"][0] > shares["中国語"][1] \
            or not all(shares[x][1] > shares[x][0] for x in ("フランス語", "スペイン語")):
        errors.append("survey report: the language remarks in the prose do not hold")
    if norm(f"全体で{staff_overall()}人") not in ch:
        errors.append("survey report: the overall staff average is missing")
    for n, k in ISSUE_COUNTS:
        if norm(f"「{n}」") not in ch or norm(f"{pct1(k, total)}％") not in ch:
            errors.append(f"survey report: the issue {n} is missing")
    if [k for _n, k in ISSUE_COUNTS] != sorted((k for _n, k in ISSUE_COUNTS), reverse=True):
        errors.append("survey report: the issues are not in order")
    if re.findall(r"20\d\d年", ch):
        errors.append("survey report: no Western year should be printed")
    for d in ("「インバウンド受入事業者」とは", "「外国語対応スタッフ」とは"):
        if norm(d) not in ch:
            errors.append(f"survey report: the definition {d} is missing")
    steps_of(CHOSA_PDF, "①②③④", "survey report")
    phones(CHOSA_PDF, ["099-317-6610", "099-317-6619", "099-317-6700"], "survey report")
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[\w.-]+@[\w.-]+", norm("\n".join(p))):
            if not mail.endswith("example.jp"):
                errors.append(f"{n}: mail address {mail} outside example.jp")
        if "杏県" not in norm("\n".join(p)):
            errors.append(f"{n}: a page does not name 杏県")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
