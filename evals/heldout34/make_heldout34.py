"""Build the 樫県 held-out set 34: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (樫県 and every town, scheme, organisation, company, phone number,
mail address and figure). The documents are in three genres the earlier sets do not use: a guide
to a subsidy towards small firms' counterfeit countermeasures abroad
(中小企業海外模倣品対策支援補助金のご案内: infringement surveys, test purchases, warning letters,
raids by the authorities, customs seizures, take-downs on online marketplaces) with a two-level
header of rates (by firm size) and caps (by the region where the fakes were found), a yearly
record (years as rows) and the grants by country; the results report of a programme matching
specified-skilled foreign workers with local firms through job interviews held abroad
(特定技能外国人マッチング支援事業 実績報告書) with a table whose columns are fiscal years, the
results by field (a table continued over a page break without its header) and an unruled table of
the firms' ratings; and the results report of a survey of the foreign residents' living
conditions (外国人県民生活実態調査 結果報告書) with the respondents by nationality (rows grouped
under a region cell spanning several rows, the row axis named in the header) and the use of
public services; see README.md beside this file.

    python make_heldout34.py [OUTPUT_DIR]          # default: this file's directory

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

from reportlab.lib import colors
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

HOJO_PDF = "kashi_mohouhin_taisaku_hojokin_annai_r7.pdf"
MATCH_PDF = "kashi_tokutei_gino_matching_jisseki_r6.pdf"
SEIKATSU_PDF = "kashi_gaikokujin_kenmin_seikatsu_chosa_r6.pdf"
ALL_PDFS = (HOJO_PDF, MATCH_PDF, SEIKATSU_PDF)

UNITS = ("万円", "件", "人", "社", "回", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-36\d-\d{4}"  # every phone number of the set
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
    """The unit in brackets at the end of a label (交付件数（件） -> 件), NFKC."""
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
    """docgen's table spec, with a two-level header read as group／leaf, fiscal years read from
    the column headers, and row labels that may sit in a cell spanning the label columns."""

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
        """The label column, or, for a row whose label spans the label columns from the left
        (その他, 合計 under a row-group column), the text at the span's start."""
        r = self.rows[i]
        if r[self.label_col]:
            return label(r[self.label_col])
        return label(next(t for t in r[:self.label_col] if t))

    def group_of(self, i: int) -> str | None:
        """The row-group label printed once, in a cell spanning rows, left of the label column."""
        nh = len(self.header)
        for (c0, r0), (c1, r1) in self.spans:
            if c0 == c1 == 0 and r1 > r0 and r0 <= nh + i <= r1 and self.label_col > 0:
                return self.rows[r0 - nh][0]
        return None

    def flowable(self):
        t = super().flowable()
        nh = len(self.header)
        extra = []
        for i, r in enumerate(self.rows):  # a total row whose label spans the label columns
            if self.row_label(i) in self.bold_rows and r[self.label_col] not in self.bold_rows:
                extra.append(("FONTNAME", (0, nh + i), (-1, nh + i), GOTHIC))
                if self.ruled:
                    extra += [("LINEABOVE", (0, nh + i), (-1, nh + i), 1.0, colors.black),
                              ("BACKGROUND", (0, nh + i), (-1, nh + i), colors.HexColor("#F3F3F3"))]
        if extra:
            t.setStyle(TableStyle(extra))
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
    return [P(f"○ {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "樫県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: counterfeit countermeasures subsidy guide
HOJO = f"{PREF}中小企業海外模倣品対策支援補助金"
HOJO_DEPT = f"{PREF} 商工観光部 海外展開支援課"
CENTER = f"{PREF}知的財産支援センター"
COSTS = [  # 経費区分, 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 中国・東南アジア, その他の国・地域 (令和７年度)
    ("侵害調査の費用", 50, 67, 60, 90), ("試買・鑑定の費用", 50, 67, 10, 20),
    ("警告状の作成・送付の費用", 40, 60, 30, 50), ("行政摘発の申立ての費用", 50, 67, 100, 150),
    ("税関差止めの申立ての費用", 50, 67, 40, 60), ("ＥＣサイトへの削除申請の費用", 75, 90, 15, 15),
]
COMPANY_CAP = 250  # note ※２: 万円 per company and year
ASIA_CAP = "中国・東南アジア"  # the first cap column; 台湾 and 韓国 fall under the other (note ※１)
GRANT_YEARS = [  # 年度, 申請件数, 交付件数, 交付額（万円）
    (2020, 9, 7, 284), (2021, 14, 11, 452), (2022, 18, 15, 633), (2023, 25, 21, 878), (2024, 31, 26, 1146),
]
BY_COUNTRY = [  # 国・地域, 交付件数, 交付額（万円） (令和６年度)
    ("中国", 11, 497), ("ベトナム", 5, 188), ("タイ", 4, 196), ("インドネシア", 2, 64),
    ("台湾", 2, 96), ("その他", 2, 105),
]
CASES = [  # 見出し, 模倣品が見つかった国・地域, 行った対策, 補助金の額 (same labels in every sibling section)
    ("刃物製造業Ａ社（樫市）", "中国", "侵害調査、行政摘発の申立て", "142万円"),
    ("化粧品製造業Ｂ社（北浦市）", "タイ", "試買・鑑定、ＥＣサイトへの削除申請", "21万円"),
    ("家具製造業Ｃ社（西岡町）", "台湾", "侵害調査、警告状の作成・送付", "58万円"),
]
CASE_REGION = {"中国": ASIA_CAP, "タイ": ASIA_CAP, "台湾": "その他の国・地域"}


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="経費区分ごとの補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", ASIA_CAP, "その他の国・地域"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in COSTS],
        col_widths=[52 * mm, 25 * mm, 27 * mm, 30 * mm, 30 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="grants", doc=HOJO_PDF, title="交付実績の推移",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(n), fw(m)] for y, a, n, m in GRANT_YEARS],
        col_widths=[34 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n, fw(k), fw(a)] for n, k, a in BY_COUNTRY]
    rows.append(["合計", fw(sum(r[1] for r in BY_COUNTRY)), fw(sum(r[2] for r in BY_COUNTRY))])
    bycountry = TableSpec(
        key="bycountry", doc=HOJO_PDF, title="国・地域別の交付実績",
        header=[["国・地域", "交付件数（件）", "交付額（万円）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 36 * mm], table_fy=2024,
    )
    bycountry.unit = lambda row, c, s=bycountry: bracket_unit(s.column_label(c))
    return rates, years, bycountry


def hojo_story(specs):
    rates, years, bycountry = specs
    n_all, amt_all = sum(r[2] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の中小企業が海外で自社の製品やブランドの模倣品の被害を受けたときに、現地での調査や、模倣品の製造・販売をやめさせる手続にかかる費用の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者で、外国で取得し、又は出願している特許権、実用新案権、意匠権若しくは商標権（以下「権利」という。）を侵害する模倣品の被害を受けているもの"),
        ("募集期間", "令和７年５月７日から令和８年１月23日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "1,600万円"),
        ("申請の単位", "模倣品の案件ごと（１社で複数の案件を申請できます）"),
    ], 0)
    st += paras("""
この案内において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいいます。また、「模倣品」とは、県内企業が外国で有する権利を侵害する物品をいい、インターネット上で販売されているものを含みます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額（１案件当たり、経費区分ごと）は、事業者の規模と、模倣品が見つかった国・地域によって、次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用します。「{ASIA_CAP}」は、中国（香港及びマカオを含む。）とＡＳＥＡＮ加盟国をいい、台湾と韓国は「その他の国・地域」に含みます。",
        f"※２ 補助金の額は、１社当たり年度内{COMPANY_CAP}万円を上限とします。千円未満の端数は切り捨てます。",
        "※３ 訴訟に要する費用（弁護士の着手金及び報酬を含む。）は、補助の対象になりません。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（海外展開支援課又は{CENTER}へ）",
        "② 交付申請（調査会社や現地の代理人と契約する前に、申請書、見積書及び権利の登録又は出願を証する書類の写しを提出）",
        "③ 交付決定の通知（申請から３週間程度）",
        "④ 調査、申立て等の実施と費用の支払",
        "⑤ 実績報告（事業が終わった日から30日以内又は令和８年２月20日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("４　これまでの交付実績", H1)]
    st += paras(f"""
交付件数は毎年増えており、令和６年度は申請{last[1]}件のうち{last[2]}件に、合わせて{last[3]:,}万円を交付しました。国・地域別では、中国が件数、金額ともに最も多くなっています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(bycountry.title, "（令和６年度）"), bycountry.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 一つの案件で模倣品が複数の国・地域にまたがる場合は、主な国・地域で数えています。",
    ])
    st += [P("５　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("模倣品が見つかった国・地域", where), ("行った対策", what), ("補助金の額", amount)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("模倣品を見つけたのは海外の取引先で、手元には写真しかありません。申請できますか。",
         "申請できます。写真や販売ページの画面の写しを持って、まず事前相談をしてください。"),
        ("現地の弁護士や代理人に直接依頼した費用も対象になりますか。",
         "対象になります。外国語の見積書や請求書には、日本語の訳を添えてください。"),
        ("模倣品が見つかった国で、権利がまだ登録されていなくても申請できますか。",
         "申請できます。権利は、その国・地域で登録されているもののほか、出願中のものを含みます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 知的財産班　電話：099-361-4210　ファクス：099-361-4219",
        f"{CENTER}（事前相談）　電話：099-361-4300",
        f"電子メール：kashi-chizai{MAIL_DOMAIN}",
    ]))
    return st


# ================================================================ document 2: matching report (specified skilled workers)
MATCH = "特定技能外国人マッチング支援事業"
MATCH_DEPT = f"{PREF} 商工観光部 労働雇用課"
KYOGIKAI = f"一般社団法人{PREF}国際人材協議会"
TREND = [  # 区分, 令和４年度, 令和５年度, 令和６年度 (unit in the row label)
    ("面接会の開催回数（回）", 4, 6, 9), ("参加企業数（社）", 21, 34, 47),
    ("面接した候補者数（人）", 186, 312, 468), ("内定者数（人）", 52, 88, 131), ("入国した人数（人）", 31, 64, 97),
]
TREND_YEARS = (2022, 2023, 2024)
VENUES = [  # 見出し, 開催回数, 面接した候補者数, 内定者数 (same labels in every sibling section)
    ("ベトナム（ハノイ会場）", 4, 214, 63), ("インドネシア（ジャカルタ会場）", 3, 158, 44),
    ("フィリピン（マニラ会場）", 2, 96, 24),
]
FIELDS = [  # 分野, 参加企業数（社）, 求人数（人）, 内定者数（人） (令和６年度)
    ("介護", 8, 30, 24), ("ビルクリーニング", 2, 6, 4), ("工業製品製造業", 9, 38, 27), ("建設", 6, 20, 14),
    ("造船・舶用工業", 2, 10, 7), ("自動車整備", 3, 6, 4), ("宿泊", 3, 9, 6), ("農業", 5, 22, 18),
    ("漁業", 1, 4, 3), ("飲食料品製造業", 6, 28, 20), ("外食業", 2, 6, 4),
]
TOWNS = (("樫市", 19), ("北浦市", 11), ("南台市", 8))  # the firms' seats; the rest are in the towns
RATINGS = [  # 項目, 満足, やや満足, やや不満, 不満 (社, 令和６年度, 47社 answered)
    ("面接会の日程・会場", 21, 19, 5, 2), ("通訳の対応", 26, 15, 4, 2),
    ("候補者の日本語能力", 9, 20, 13, 5), ("入国までの期間", 6, 14, 18, 9),
]


def match_specs():
    trend = TableSpec(
        key="trend", doc=MATCH_PDF, title="事業実績の推移",
        header=[["区分"] + [f"令和{fw(y - 2018)}年度" for y in TREND_YEARS]],
        rows=[[n] + [fw(v) for v in vs] for n, *vs in TREND],
        col_widths=[50 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    trend.unit = lambda row, c: bracket_unit(label(row[0]))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in FIELDS]
    rows.append(["合計"] + [fw(sum(r[k] for r in FIELDS)) for k in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=MATCH_PDF, title="分野別の実施状況",
        header=[["分野", "参加企業数（社）", "求人数（人）", "内定者数（人）"]],
        rows=rows, col_widths=[40 * mm, 36 * mm, 34 * mm, 34 * mm], table_fy=2024, repeat_header=False,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    ratings = TableSpec(
        key="ratings", doc=MATCH_PDF, title="参加企業の評価",
        header=[["項目", "満足", "やや満足", "やや不満", "不満"]],
        rows=[[n] + [fw(v) for v in vs] for n, *vs in RATINGS],
        col_widths=[52 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], ruled=False, unit="社", table_fy=2024,
    )
    return trend, fields, ratings


def match_story(specs):
    trend, fields, ratings = specs
    t = {r[0]: r[1:] for r in TREND}
    firms, met, offers = t["参加企業数（社）"][-1], t["面接した候補者数（人）"][-1], t["内定者数（人）"][-1]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{PREF}{MATCH} 実績報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(MATCH_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", MATCH),
        ("実施主体", PREF),
        ("運営", f"{KYOGIKAI}（県からの委託）"),
        ("実施期間", "令和６年６月から令和７年２月まで"),
        ("面接会の開催国", "ベトナム、インドネシア、フィリピン"),
        ("事業費", "2,380万円"),
    ], 0)
    st += paras("""
この報告書において「候補者」とは、現地の送出機関の推薦を受けた者で、特定技能の技能試験及び日本語試験に合格したものをいう。「参加企業」とは、面接会で１人以上の候補者と面接した県内の企業をいう。また、「内定者」とは、参加企業から採用の内定を受けた候補者をいい、入国の時期は問わない。
""", 0)
    st += [P("２　これまでの実績", H1)]
    st += paras(f"""
令和６年度は、３か国で計{fw(t['面接会の開催回数（回）'][-1])}回の面接会を開き、県内の{firms}社が{met}人の候補者と面接して、{offers}人が内定を受けた。内定者は前年度（{t['内定者数（人）'][-2]}人）に比べ{offers - t['内定者数（人）'][-2]}人増えた。
""", 0)
    st += [caption(trend.title), trend.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「入国した人数」は、その年度の内定者に限らず、年度内に入国した者の数である。"])
    st += [P("３　分野別の実施状況", H1)]
    rest = firms - sum(n for _t, n in TOWNS)
    big = sorted(FIELDS, key=lambda r: -r[3])[:2]
    st += paras(f"""
参加企業の所在地は、{TOWNS[0][0]}が{TOWNS[0][1]}社で最も多く、{TOWNS[1][0]}{TOWNS[1][1]}社、{TOWNS[2][0]}{fw(TOWNS[2][1])}社、その他の町{fw(rest)}社であった。分野別では、{big[0][0]}（{big[0][3]}人）と{big[1][0]}（{big[1][3]}人）の内定者が多く、合わせて全体の４割近くを占めた。
""", 0)
    st += [caption(fields.title, "（令和６年度）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes(["※２ 分野は、参加企業が候補者を受け入れる特定技能の分野である。"])
    st += [P("４　国別の面接会", H1)]
    st += paras("面接会は、各国の送出機関の会場とオンラインを組み合わせて開いた。国別の状況は次のとおりである。", 0)
    for i, (head, n, m, o) in enumerate(VENUES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催回数", f"{fw(n)}回"), ("面接した候補者数", f"{m}人"), ("内定者数", f"{o}人")], 1)
    st += [P("５　参加企業アンケート", H1)]
    worst = max(RATINGS, key=lambda r: r[3] + r[4])
    st += paras(f"""
事業の終了後、参加企業{firms}社にアンケートを行い、全社から回答を得た。「{worst[0]}」に不満（「やや不満」と「不満」の計）と答えた企業が{worst[3] + worst[4]}社で最も多かった。
""", 0)
    st += [caption(ratings.title, "（単位：社）"), ratings.flowable(), Spacer(1, 2)]
    st += [P("６　内定から入国までの流れ", H1)]
    st += numbered([
        "① 雇用契約の締結（内定から１か月以内）",
        "② 特定技能外国人支援計画の作成",
        "③ 在留資格認定証明書の交付申請（出入国在留管理局へ）",
        "④ 現地の日本大使館等での査証の申請",
        "⑤ 入国（内定からおおむね４か月から６か月後）",
        "⑥ 入国後の生活オリエンテーション",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MATCH_DEPT} 外国人材班　電話：099-364-2710　ファクス：099-364-2719",
        f"{KYOGIKAI}（面接会の申込み）　電話：099-364-2800",
        f"電子メール：kashi-jinzai{MAIL_DOMAIN}",
    ]))
    return st


# ================================================================ document 3: foreign residents' living conditions survey
SEIKATSU = f"{PREF}外国人県民生活実態調査"
SEIKATSU_DEPT = f"{PREF} 県民生活部 国際課"
SOUDAN = f"{PREF}外国人総合相談センター"
TARGET = 3000  # 調査対象
NATIONALITIES = [  # 地域 (printed once, spanning its rows), 国籍, 回答者数, うち日常会話ができる (令和６年度, 人)
    ("アジア", [("ベトナム", 248, 104), ("中国", 187, 121), ("フィリピン", 142, 98), ("ネパール", 76, 29),
              ("韓国", 58, 49), ("インドネシア", 51, 20)]),
    ("中南米", [("ブラジル", 96, 58), ("ペルー", 31, 19)]),
    (None, [("その他", 43, 23)]),  # a row whose label spans the 地域 and 国籍 columns
]
SERVICES = [  # サービス, 利用したことがある, 知っているが利用したことはない, 知らない (人, of the respondents)
    ("市町の外国人相談窓口", 254, 359, 319), (SOUDAN, 118, 305, 509),
    ("多言語の防災情報メール", 173, 220, 539), ("地域の日本語教室", 190, 402, 340),
    ("医療通訳の派遣", 64, 231, 637),
]
STATUS_GROUPS = [  # 見出し, 回答者数, 最も多い住まい (count), 最も多い困りごと (count)
    ("永住者・定住者等", 386, ("持ち家", 159), ("子どもの進学や教育", 106)),
    ("技能実習・特定技能", 297, ("会社の寮・社宅", 203), ("病院で症状を伝えること", 94)),
    ("留学", 118, ("民間の賃貸住宅", 64), ("卒業後の就職", 35)),
]
OTHER_STATUS = 131  # 「技術・人文知識・国際業務」等, outside the three sibling sections


def nationality_rows():
    """(地域 or None, 国籍, 回答者数, うち日常会話) in print order."""
    return [(g, n, k, s) for g, members in NATIONALITIES for n, k, s in members]


def seikatsu_specs():
    rows_ = nationality_rows()
    total = sum(r[2] for r in rows_)
    talk = sum(r[3] for r in rows_)
    nh = 1
    rows, spans, i = [], [], 0
    for g, members in NATIONALITIES:
        for j, (n, k, s) in enumerate(members):
            vals = [fw(k), cell(pct1(k, total)), fw(s)]
            if g is None:
                rows.append([n, ""] + vals)
                spans.append(((0, nh + i), (1, nh + i)))
            else:
                rows.append([g if j == 0 else "", n] + vals)
            i += 1
        if g is not None:
            spans.append(((0, nh + i - len(members)), (0, nh + i - 1)))
    rows.append(["合計", "", fw(total), cell(sum(pct1(r[2], total) for r in rows_)), fw(talk)])
    spans.append(((0, nh + i), (1, nh + i)))
    nat = TableSpec(
        key="nationality", doc=SEIKATSU_PDF, title="国籍別の回答者数",
        header=[["地域", "国籍", "回答者数（人）", "構成比（％）", "うち日常会話ができる（人）"]],
        rows=rows, col_widths=[22 * mm, 30 * mm, 30 * mm, 26 * mm, 46 * mm], label_col=1, spans=spans,
        table_fy=2024,
    )
    nat.unit = lambda row, c, s=nat: bracket_unit(s.column_label(c))
    n = total
    services = TableSpec(
        key="services", doc=SEIKATSU_PDF, title="公共サービスの認知と利用",
        header=[["サービス", "利用したことがある", "知っているが\n利用したことはない", "知らない"]],
        rows=[[s, cell(pct1(a, n)), cell(pct1(b, n)), cell(pct1(c, n))] for s, a, b, c in SERVICES],
        col_widths=[56 * mm, 34 * mm, 36 * mm, 26 * mm], unit="%", table_fy=2024,
    )
    return nat, services


def seikatsu_story(specs):
    nat, services = specs
    rows_ = nationality_rows()
    total, talk = sum(r[2] for r in rows_), sum(r[3] for r in rows_)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SEIKATSU} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(SEIKATSU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "外国人県民の暮らしの実情と県への要望を把握し、多文化共生の施策に役立てるため"),
        ("調査対象", f"県内に住む18歳以上の外国人県民 {TARGET:,}人（住民基本台帳から無作為に抽出）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月17日から10月31日まで"),
        ("調査方法", "郵送で配布し、郵送又はウェブで回答（やさしい日本語、英語、中国語、ベトナム語など８言語）"),
        ("回答数", f"{total}人（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「外国人県民」とは、県内に住所を有する外国籍の者をいう。また、「日常会話ができる」とは、日本語の会話について「ほぼ不自由なく話せる」又は「日常の会話ができる」と答えた者をいい、「簡単なあいさつ程度」と答えた者は含まない。
""", 0)
    st += [P("２　回答者の国籍と年齢", H1)]
    st += paras(f"""
回答者の国籍は、ベトナムが{rows_[0][2]}人で最も多く、中国、フィリピンが続いた。地域別ではアジアが８割余りを占めた。日本語で日常会話ができる人は{talk}人で、回答者の{pct1(talk, total)}％であった。年齢は、20代が31.4％、30代が27.8％で、40歳未満が６割近くを占めた。
""", 0)
    st += [caption(nat.title, "（令和６年度）"), nat.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他」は、米国、タイ、スリランカ、英国等である。",
        "※２ 構成比は、小数点以下第２位を四捨五入している。",
    ])
    st += [P("３　在留資格別の暮らし", H1)]
    st += paras(f"""
回答者の在留資格を三つの区分にまとめると、次のとおりである。このほか、「技術・人文知識・国際業務」等の回答者が{OTHER_STATUS}人いた。
""", 0)
    for i, (head, n, (home, hk), (worry, wk)) in enumerate(STATUS_GROUPS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("回答者数", f"{n}人"), ("最も多い住まい", f"{home}（{pct1(hk, n)}％）"),
                        ("最も多い困りごと", f"{worry}（{pct1(wk, n)}％）")], 1)
    st += paras("※ 「永住者・定住者等」には、「日本人の配偶者等」及び「永住者の配偶者等」を含む。", 0)
    st += [P("４　仕事と公共サービスの利用", H1)]
    st += paras(f"""
仕事をしている人は回答者の７割余りで、製造業で働く人が最も多かった。公共サービスについては、「{SOUDAN}」を知らない人が半数を超えた。
""", 0)
    st += [caption(services.title, "（単位：％）"), services.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 回答者{total}人に対する割合である。四捨五入のため、各行の計は100.0にならないことがある。"])
    st += [P("５　困っていることと県への要望", H1)]
    st += paras("""
困っていること（複数回答）は、「日本語が分からないため、役所の手続が難しい」が34.5％で最も多く、「病院で症状を伝えること」が29.8％、「住まいを探すこと」が21.3％で続いた。県への主な要望（自由記述）は次のとおりである。
""", 0)
    st += bullets([
        "役所の書類を、やさしい日本語や母語でも出してほしい。",
        "夜や休日にも相談できる窓口がほしい。",
        "病院で通訳を頼めるようにしてほしい。",
        "子どもが日本語を学べる場所を増やしてほしい。",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        f"① {SOUDAN}の周知を強め、土曜日の相談を始める。",
        "② 多言語の防災情報メールの登録を、市町の転入手続の窓口で案内する。",
        "③ 医療通訳の派遣を、県内のすべての二次救急病院に広げる。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SEIKATSU_DEPT} 多文化共生班　電話：099-367-5130　ファクス：099-367-5139",
        f"{SOUDAN}（８言語で相談）　電話：099-367-5500",
        f"電子メール：kashi-tabunka{MAIL_DOMAIN}",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + match_specs() + seikatsu_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, mspecs, sspecs = hojo_specs(), match_specs(), seikatsu_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO}のご案内", "令和７年４月", HOJO_DEPT)
    mdoc = build_pdf(docs_dir / MATCH_PDF, mspecs, match_story(mspecs),
                     f"令和６年度 {PREF}{MATCH} 実績報告書", "令和７年６月", MATCH_DEPT)
    sdoc = build_pdf(docs_dir / SEIKATSU_PDF, sspecs, seikatsu_story(sspecs),
                     f"令和６年度 {SEIKATSU} 結果報告書", "令和７年３月", SEIKATSU_DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, MATCH_PDF: mdoc.row_pages, SEIKATSU_PDF: sdoc.row_pages})
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
    # --- hojo: the counterfeit subsidy guide, tables (a) (b) (c), a definition, a note, sibling sections, steps, Q&A
    dict(question="従業員８人で雑貨の小売をしている店から相談です。タイで見つかった偽物の現地調査を業者に頼みたいそうですが、補助率はどうなりますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["サービス業を主たる事業とする者は５人", "侵害調査の費用 50 67 60 90"], answer=["50"],
         notes="two facts: a retailer with 8 employees is above the 5-person threshold for 商業, so it is not a "
               "小規模企業者 (definition in １) and the 中小企業者 column applies (note ※１); (a) two-level header, leaf "
               "補助率（％）／中小企業者; 67 (小規模企業者) is the trap; 偽物 = 模倣品, 現地調査 = 侵害調査"),
    dict(question="ドイツの税関で模倣品の輸入を止めてもらう手続を取りたいという会社があります。この補助金だと上限はいくらまで出ますか？",
         category="hojo", doc=HOJO_PDF, evidence=["税関差止めの申立ての費用 50 67 40 60"], answer=["60"],
         notes="(a) leaf 上限額（万円）／その他の国・地域 (ドイツ is neither 中国 nor an ＡＳＥＡＮ member, note ※１); "
               "40 (中国・東南アジア) is the trap"),
    dict(question="2025年度に、台湾の当局へ模倣品の摘発を申し立てたい会社があります。補助の上限額はいくらになりますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["台湾と韓国は「その他の国・地域」に含みます", "行政摘発の申立ての費用 50 67 100 150"], answer=["150"],
         notes="two facts: note ※１ puts 台湾 under その他の国・地域, not 中国・東南アジア; (a) leaf "
               "上限額（万円）／その他の国・地域; 100 is the trap; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="2022年度は、この補助金への申請が何件寄せられましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和４年度 18 15 633"], answer=["18"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "申請件数（件）; 15 (交付件数) is the trap"),
    dict(question="令和５年度に、実際に補助金の交付までいった案件はいくつありましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 25 21 878"], answer=["21"],
         notes="(b) column 交付件数（件）; 25 (申請件数) is the trap"),
    dict(question="令和６年度の交付額を案件の数でならすと、１件当たりいくらぐらいになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 31 26 1,146"], answer=["44.1万円"], computed=True,
         notes="(b) average in a row: 1,146 / 26 = 44.08 → 44.1万円 (31, the applications, is the trap)"),
    dict(question="令和６年度の交付額を国・地域ごとに見ると、金額が２番目に大きかったのはどこですか？",
         category="hojo", doc=HOJO_PDF, evidence=["タイ ４ 196"], answer=["タイ"],
         notes="(c) ranking in the column 交付額（万円）: 中国 497, タイ 196, ベトナム 188 (ベトナム is second by "
               "交付件数, the trap)"),
    dict(question="令和６年度に交付が決まった案件のうち、中国で見つかった模倣品の案件はどのくらいの割合を占めますか？",
         category="hojo", doc=HOJO_PDF, evidence=["中国 11 497", "合計 26 1,146"], answer=["42.3%"], computed=True,
         notes="(c) share within a column: 11 / 26 = 42.3 % (counted by the main country, note ※４)"),
    dict(question="ネット通販サイトに出品の削除を求めたコスメメーカーの例では、補助額はいくらでしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["化粧品製造業Ｂ社", "補助金の額：21万円"], answer=["21万円"],
         notes="sibling sections （１）–（３） of ５ share the labels 模倣品が見つかった国・地域, 行った対策, 補助金の額; "
               "（２）化粧品製造業Ｂ社 (コスメ = 化粧品, ネット通販サイト = ＥＣサイト); 142万円 and 58万円 are the "
               "siblings' values"),
    dict(question="申請書を出してから交付決定の知らせが届くまで、どのくらい待つことになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["交付決定の通知（申請から３週間程度）"], answer=["３週間程度"],
         notes="procedure step ③ (the 30日以内 of step ⑤ is a near miss)"),
    dict(question="相手の国では商標を出願しただけで、まだ登録になっていない会社です。この段階でも申請は受け付けてもらえますか？",
         category="hojo", doc=HOJO_PDF, evidence=["出願中のものを含みます"], answer=["出願中のものを含みます"],
         notes="Q&A: Ａ of Ｑ３ (yes: the rights include those applied for); the 補助対象者 line says the same"),
    # --- matching: the matching report, tables (d) (e) (f), a label-value line, a definition, sibling sections
    dict(question="海外での面接会を実際に取り仕切っていたのは、県から委託を受けたどの団体ですか？",
         category="matching", doc=MATCH_PDF, evidence=["運営：一般社団法人樫県国際人材協議会"],
         answer=["一般社団法人樫県国際人材協議会"],
         notes="「label：value」 line 運営 (実施主体 樫県 is the near miss)"),
    dict(question="2023年度の面接会に参加した県内企業は、何社でしたか？",
         category="matching", doc=MATCH_PDF, evidence=["参加企業数（社） 21 34 47"], answer=["34"],
         notes="(d) columns are fiscal years: 2023年度 = 令和５年度 (no Western year is printed in this report); row "
               "参加企業数（社）"),
    dict(question="令和６年度に面接を受けた候補者のうち、内定までたどり着いたのは何％ですか？",
         category="matching", doc=MATCH_PDF, evidence=["面接した候補者数（人） 186 312 468", "内定者数（人） 52 88 131"],
         answer=["28.0%"], computed=True,
         notes="(d) share down a column: 131 / 468 = 27.99 → 28.0 %"),
    dict(question="日本に入国した人は、2022年度と比べて2024年度には何人増えていますか？",
         category="matching", doc=MATCH_PDF, evidence=["入国した人数（人） 31 64 97"], answer=["66人"], computed=True,
         notes="(d) difference across a row: 97 − 31 = 66 (令和６年度 − 令和４年度; the 43人 in the prose is the "
               "increase of 内定者 over one year, a near miss)"),
    dict(question="農業の分野では、受入れ企業から何人分の求人が出ていましたか？",
         category="matching", doc=MATCH_PDF, evidence=["農業 ５ 22 18"], answer=["22"],
         notes="(e) continuation page (no header there): row 農業, column 求人数（人）; 18 (内定者数) is the trap"),
    dict(question="ホテルや旅館で働く分野で、内定を受けた人は何人いましたか？",
         category="matching", doc=MATCH_PDF, evidence=["宿泊 ３ ９ ６"], answer=["６"],
         notes="(e) continuation page: ホテルや旅館 = 宿泊; column 内定者数（人）"),
    dict(question="工業製品製造業で参加した企業は、１社当たり平均で何人の求人を出していましたか？",
         category="matching", doc=MATCH_PDF, evidence=["工業製品製造業 ９ 38 27"], answer=["4.2人"], computed=True,
         notes="(e) average in a row: 38 / 9 = 4.22 → 4.2人 (row on page 1, before the break)"),
    dict(question="面接会での通訳について、文句なしに満足と答えた企業は何社ありましたか？",
         category="matching", doc=MATCH_PDF, evidence=["通訳の対応 26 15 ４ ２"], answer=["26"],
         notes="(f) unruled table, column 満足 (unit 社 only in the caption note); 15 (やや満足) is the trap"),
    dict(question="ジャカルタの会場で開いた面接会からは、何人が内定をもらいましたか？",
         category="matching", doc=MATCH_PDF, evidence=["インドネシア（ジャカルタ会場）", "内定者数：44人"], answer=["44人"],
         notes="sibling sections （１）–（３） of ４ share the labels 開催回数, 面接した候補者数, 内定者数; "
               "（２）インドネシア（ジャカルタ会場）, named by its city; 63人 and 24人 are the siblings' values"),
    dict(question="内定は出たけれど、まだ日本に来ていない人も「内定者」に数えているのですか？",
         category="matching", doc=MATCH_PDF, evidence=["入国の時期は問わない"], answer=["入国の時期は問わない"],
         notes="definition 「内定者」とは、参加企業から採用の内定を受けた候補者をいい、入国の時期は問わない (yes)"),
    # --- seikatsu: the residents' survey, tables (g) (h), a definition, sibling sections, a label-value line
    dict(question="2024年度の生活実態調査で、ブラジル国籍の回答者は何人でしたか？",
         category="seikatsu", doc=SEIKATSU_PDF, evidence=["ブラジル 96 10.3 58"], answer=["96"],
         notes="(g) column 回答者数（人）; 2024年度 = 令和６年度 (the report prints 2024年 only in 調査基準日); the row "
               "sits in the group 中南米, whose label is printed once"),
    dict(question="回答者のうち、アジアの国の国籍を持つ人は合わせて何人いましたか？",
         category="seikatsu", doc=SEIKATSU_PDF,
         evidence=["ベトナム 248 26.6 104", "中国 187 20.1 121", "フィリピン 142 15.2 98", "ネパール 76 8.2 29",
                   "韓国 58 6.2 49", "インドネシア 51 5.5 20"],
         answer=["762人"], computed=True,
         notes="(g) sum over the rows grouped under アジア (a region cell spanning six rows): 248 + 187 + 142 + 76 + 58 "
               "+ 51 = 762 (the prose says only 「８割余り」; その他 is not in the group)"),
    dict(question="日本語で日常会話ができる人の数が２番目に多かったのは、どの国籍ですか？",
         category="seikatsu", doc=SEIKATSU_PDF, evidence=["ベトナム 248 26.6 104"], answer=["ベトナム"],
         notes="(g) ranking in the column うち日常会話ができる（人）: 中国 121, ベトナム 104, フィリピン 98 (中国 is "
               "second by 回答者数, the trap)"),
    dict(question="ネパール国籍の回答者で、日本語の日常会話ができる人はどのくらいの割合ですか？",
         category="seikatsu", doc=SEIKATSU_PDF, evidence=["ネパール 76 8.2 29"], answer=["38.2%"], computed=True,
         notes="(g) share within a row: 29 / 76 = 38.2 % (8.2 is the 構成比, a trap)"),
    dict(question="防災の情報を多言語で届けるメールがあること自体を知らなかった人は、何％でしたか？",
         category="seikatsu", doc=SEIKATSU_PDF, evidence=["多言語の防災情報メール 18.6 23.6 57.8"], answer=["57.8"],
         notes="(h) column 知らない (per cents of the 932 respondents, unit in the caption note); 23.6 (知っているが"
               "利用したことはない) is the trap"),
    dict(question="「あいさつくらいなら日本語で話せる」と答えた人は、日常会話ができる人に含まれていますか？",
         category="seikatsu", doc=SEIKATSU_PDF, evidence=["「簡単なあいさつ程度」と答えた者は含まない"],
         answer=["含まない"],
         notes="definition 「日常会話ができる」とは…「簡単なあいさつ程度」と答えた者は含まない (no)"),
    dict(question="技能実習生や特定技能で働いている人たちは、どんな住まいに暮らしている人がいちばん多いですか？",
         category="seikatsu", doc=SEIKATSU_PDF, evidence=["技能実習・特定技能", "最も多い住まい：会社の寮・社宅"],
         answer=["会社の寮・社宅"],
         notes="sibling sections （１）–（３） of ３ share the labels 回答者数, 最も多い住まい, 最も多い困りごと; "
               "（２）技能実習・特定技能; 持ち家 and 民間の賃貸住宅 are the siblings' values"),
    dict(question="この生活実態調査は、調査票を送った人のうちどれくらいが回答しましたか？",
         category="seikatsu", doc=SEIKATSU_PDF, evidence=["回答数：932人（回答率31.1％）"], answer=["31.1％"],
         notes="「label：value」 line 回答数 (the 3,000人 of 調査対象 is the base)"),
    # --- followups
    dict(question="それがアメリカの会社あての場合だと、上限はいくらになりますか？",
         category="followup", doc=HOJO_PDF, evidence=["警告状の作成・送付の費用 40 60 30 50"], answer=["50"],
         history=_turns("中国の会社に模倣品の警告状を送る費用について、補助の上限はいくらですか？",
                        "中国・東南アジアの場合、警告状の作成・送付の費用の上限額は30万円です[1]。"),
         notes="(a) the row from the history (警告状の作成・送付の費用), the other leaf 上限額（万円）／その他の国・地域"),
    dict(question="その年度は、申請が何件あったのでしょうか？",
         category="followup", doc=HOJO_PDF, evidence=["令和２年度 ９ ７ 284"], answer=["９"],
         history=_turns("制度が始まった年度には、補助金をいくら交付しましたか？",
                        "制度を始めた令和２年度の交付額は284万円でした[1]。"),
         notes="(b) the year from the history (令和２年度, named as the first year), column 申請件数（件）; ７ (交付件数) "
               "is the trap"),
    dict(question="その分野で内定を受けた人は何人でしたか？",
         category="followup", doc=MATCH_PDF, evidence=["建設 ６ 20 14"], answer=["14"],
         history=_turns("建設の分野で面接会に参加した企業は何社でしたか？",
                        "建設分野の参加企業は６社でした[1]。"),
         notes="(e) the row from the history (建設, on page 1 before the break), column 内定者数（人）"),
    dict(question="それは回答者全体の何％に当たりますか？",
         category="followup", doc=SEIKATSU_PDF, evidence=["フィリピン 142 15.2 98"], answer=["15.2"],
         history=_turns("生活実態調査に答えたフィリピン国籍の人は何人でしたか？",
                        "フィリピン国籍の回答者は142人でした[1]。"),
         notes="(g) the row from the history (フィリピン), column 構成比（％） (printed, not to be computed)"),
    dict(question="そこの電話番号を教えてもらえますか？",
         category="followup", doc=SEIKATSU_PDF, evidence=["電話：099-367-5500"], answer=["099-367-5500"],
         history=_turns("外国人県民が暮らしの困りごとを母語で相談できる県の窓口はありますか？",
                        "樫県外国人総合相談センターで、８言語で相談できます[1]。"),
         notes="contact box of the survey report: the センター's phone; the 班's phone 099-367-5130 and fax "
               "099-367-5139, on one line, are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使って対策をした会社のうち、相手から損害賠償を取れたのは何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives grants by year and country and says lawsuits are not covered (note ※３); nothing on "
               "damages obtained",
         absent=["損害賠償", "賠償金"]),
    dict(question="補助を受けた会社を業種別に見ると、食品関係の会社にはいくら交付されましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and by country only; the three cases (刃物, 化粧品, 家具) are near misses",
         absent=["業種別", "食品関係"]),
    dict(question="マッチングで入国した人のうち、１年以内に仕事を辞めてしまった人はどれくらいいますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report counts interviews, offers and entries, not who left afterwards",
         absent=["離職", "退職", "定着率"]),
    dict(question="面接会に来た候補者の男女の内訳を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="candidates are counted by country (sibling sections) and field only",
         absent=["男女", "女性", "男性"]),
    dict(question="外国人県民の１か月の収入は、平均でどのくらいという結果でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey reports work only as 「７割余り」 working, mostly in manufacturing; no income",
         absent=["収入", "月収", "賃金", "給与"]),
    dict(question="回答者を住んでいる市町ごとに分けると、南台市に住む人は何人でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives no breakdown by place of residence; 南台市 appears only in the matching report "
               "(８社 of the firms), a near miss of another document",
         absent=["市町別", "居住地", "住んでいる市町"]),
]
CATEGORY_COUNTS = {"hojo": 11, "matching": 10, "seikatsu": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h34q", "h34t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = ("経費区分ごとの補助率と上限額", "交付実績の推移", "国・地域別の交付実績", "事業実績の推移",
                          "分野別の実施状況", "参加企業の評価", "国籍別の回答者数", "公共サービスの認知と利用")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))
ASIA = ("ベトナム", "中国", "フィリピン", "ネパール", "韓国", "インドネシア")


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    return f"{half_up(Decimal(x) / Decimal(y), '0.1')}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h34q06": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h34q08": lambda g: _pct(g(C, "中国", "交付件数（件）", 2024), g(C, "合計", "交付件数（件）", 2024)),
    "h34q14": lambda g: _pct(g(D, "内定者数（人）", "令和６年度", 2024), g(D, "面接した候補者数（人）", "令和６年度", 2024)),
    "h34q15": lambda g: f"{g(D, '入国した人数（人）', '令和６年度', 2024) - g(D, '入国した人数（人）', '令和４年度', 2022)}人",
    "h34q18": lambda g: _avg(g(E, "工業製品製造業", "求人数（人）", 2024), g(E, "工業製品製造業", "参加企業数（社）", 2024), "人"),
    "h34q23": lambda g: f"{sum(g(G, n, '回答者数（人）', 2024) for n in ASIA)}人",
    "h34q25": lambda g: _pct(g(G, "ネパール", "うち日常会話ができる（人）", 2024), g(G, "ネパール", "回答者数（人）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (2, 3), MATCH_PDF: (2, 3), SEIKATSU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("介護", "建設")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("農業", "宿泊", "外食業", "合計")  # and after it
GROUPS = {"アジア": 6, "中南米": 2}  # (g): row groups and the rows each label spans
OTHER_PREFECTURES = ("青葉", "若葉", "桜川", "白鷺", "翠峰", "朝霧", "夕凪", "月影", "星見", "雲雀", "紫雲", "琥珀",
                     "瑠璃", "翡翠", "萌黄", "茜", "山吹", "藤紫", "浅葱", "群青", "東雲", "常磐", "千草", "花菱",
                     "撫子", "桔梗", "菖蒲", "楓", "柊", "萩", "杏", "槙", "椿", "榊", "梓")


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout34.py")
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
                errors.append(f"{qid}: history must be one user/assistant pair")
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
    kinds = {"share": "share", "average": "average", "sum": "sum", "difference": "difference"}
    for k in kinds:
        if not any(q.get("computed") and k in q["notes"] for q in questions):
            errors.append(f"no computed question of the kind {k}")
    if sum("ranking" in q["notes"] and "second" in q["notes"] for q in questions) < 2:
        errors.append("expected at least two second-largest questions")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout34.py")
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
        if number != g["number"] or number is None:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if g["unit"] not in UNITS:
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
    keys = [(g["table"], g["row"], g["column"], g["fiscal_year"]) for g in gold]
    if len(set(keys)) != len(keys):
        errors.append("the key (table, row, column, fiscal_year) is not unique")
    # each printed row, from its label on, cell after cell, is on its page (a row-group label printed
    # once, in a cell spanning rows, is checked by check_layouts)
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            seq = [spec.row_label(i)] + [spec.rows[i][c] for c in spec.value_cols]
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
            elif norm("".join(seq)) not in page_text(g["doc"], g["page"]):
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

    # (a): small firms get at least the general rate; the caps outside Asia are at least the Asian
    # ones and below the company cap of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／その他の国・地域"] < r[f"上限額（万円）／{ASIA_CAP}"]:
            errors.append(f"{A} / {row}: その他 cap below the {ASIA_CAP} cap")
        if r["上限額（万円）／その他の国・地域"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the company cap of note ※２")
    # (b): growing grants; a grant needs an application
    b = t[B]
    ns = [b[r]["交付件数（件）"] for r in b]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 交付件数 should grow every year")
    if any(r["交付件数（件）"] > r["申請件数（件）"] for r in b.values()):
        errors.append(f"{B}: 交付件数 above 申請件数")
    # (c): 合計 adds up and equals (b)'s 令和６年度 (one main country per grant, note ※４)
    adds_up(C, ("交付件数（件）", "交付額（万円）"))
    for col in ("交付件数（件）", "交付額（万円）"):
        if t[C]["合計"][col] != b["令和６年度"][col]:
            errors.append(f"{C}: 合計 {col} differs from 令和６年度 of {B}")
    # (d): offers within interviews, entries and firms as the other tables say
    d = t[D]
    for y in ("令和４年度", "令和５年度", "令和６年度"):
        if d["内定者数（人）"][y] > d["面接した候補者数（人）"][y]:
            errors.append(f"{D}: 内定者 above 面接した候補者 in {y}")
    # (e): 合計 adds up, offers within openings; its firms and offers are (d)'s 令和６年度
    e = t[E]
    adds_up(E, ("参加企業数（社）", "求人数（人）", "内定者数（人）"))
    if any(r["内定者数（人）"] > r["求人数（人）"] for r in e.values()):
        errors.append(f"{E}: 内定者数 above 求人数")
    if e["合計"]["参加企業数（社）"] != d["参加企業数（社）"]["令和６年度"] \
            or e["合計"]["内定者数（人）"] != d["内定者数（人）"]["令和６年度"]:
        errors.append(f"{E}: 合計 differs from 令和６年度 of {D}")
    # (f): every firm rated every item
    for row, r in t[F].items():
        if sum(r.values()) != d["参加企業数（社）"]["令和６年度"]:
            errors.append(f"{F} / {row}: the ratings do not add up to the participating firms")
    # (d) and the sibling sections: sessions, candidates and offers of 令和６年度
    for name, k in (("面接会の開催回数（回）", 1), ("面接した候補者数（人）", 2), ("内定者数（人）", 3)):
        if d[name]["令和６年度"] != sum(v[k] for v in VENUES):
            errors.append(f"{D}: {name} of 令和６年度 differs from the three venues")
    # (g): 合計 adds up; 構成比 is each row's share of the total, adding up to 100.0
    g_ = t[G]
    adds_up(G, ("回答者数（人）", "うち日常会話ができる（人）"))
    total = g_["合計"]["回答者数（人）"]
    for row, r in g_.items():
        if Decimal(str(r["構成比（％）"])) != pct1(r["回答者数（人）"], total):
            errors.append(f"{G} / {row}: 構成比 is not the share of the total")
        if r["うち日常会話ができる（人）"] > r["回答者数（人）"]:
            errors.append(f"{G} / {row}: うち above 回答者数")
    if sum(Decimal(str(r["構成比（％）"])) for row, r in g_.items() if row != "合計") != Decimal("100.0") \
            or Decimal(str(g_["合計"]["構成比（％）"])) != Decimal("100.0"):
        errors.append(f"{G}: 構成比 should add up to 100.0")
    if total != sum(s[1] for s in STATUS_GROUPS) + OTHER_STATUS:
        errors.append(f"{G}: 合計 differs from the three status groups and the others")
    # (h): the per cents come from the counts (of all respondents); each row adds up to 100.0
    for name, a, bb, c in SERVICES:
        r = t[H][name]
        got = tuple(Decimal(str(r[k])) for k in ("利用したことがある", "知っているが利用したことはない", "知らない"))
        if a + bb + c != total or got != (pct1(a, total), pct1(bb, total), pct1(c, total)):
            errors.append(f"{H} / {name}: per cents differ from the counts")
        if sum(got) != Decimal("100.0"):
            errors.append(f"{H} / {name}: the row does not add up to 100.0")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    fields = specs["fields"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(fields.header[0]))
        on = [i + 1 for i, p in enumerate(pages[MATCH_PDF]) if header in norm(p)]
        if fields.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("※２分野は、参加企業が候補者を受け入れる") not in norm(pages[MATCH_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "grants", "bycountry", "trend", "ratings", "nationality", "services"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["ratings"].ruled or not all(s.ruled for k, s in specs.items() if k != "ratings"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", f"上限額（万円）／{ASIA_CAP}", "上限額（万円）／その他の国・地域"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (d): fiscal years as columns, items as rows with their unit in the label
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    dyears = list(dict.fromkeys(g["fiscal_year"] for g in gold if g["table"] == D))
    if dcols != ["令和４年度", "令和５年度", "令和６年度"] or dyears != list(TREND_YEARS):
        errors.append(f"{D}: expected the fiscal years as columns, got {dcols} / {dyears}")
    if any(g["unit"] != bracket_unit(g["row"]) for g in gold if g["table"] == D):
        errors.append(f"{D}: units should come from the row labels")
    if re.findall(r"20\d\d年", norm("\n".join(pages[MATCH_PDF]))):
        errors.append(f"{D}: the matching report should print no Western year")
    # (g): the row axis named over the row labels (地域, 国籍); each group label printed once, in a
    # cell spanning its rows, and no gold row of its own; その他 and 合計 span both label columns
    nat = specs["nationality"]
    gpage = {g["page"] for g in gold if g["table"] == G}
    ptext = norm(pages[SEIKATSU_PDF][min(gpage) - 1])
    if nat.header[0][:2] != ["地域", "国籍"] or norm("".join(nat.header[0])) not in ptext:
        errors.append(f"{G}: the stub header 地域 / 国籍 is not printed over the row labels")
    spans = {nat.rows[r0 - 1][0]: r1 - r0 + 1 for (c0, r0), (c1, r1) in nat.spans if c0 == c1 == 0 and r1 > r0}
    if spans != GROUPS:
        errors.append(f"{G}: row groups {spans}, expected {GROUPS}")
    grows = {g["row"] for g in gold if g["table"] == G}
    for grp, n in GROUPS.items():
        members = [nat.row_label(i) for i in range(len(nat.rows)) if nat.group_of(i) == grp]
        if len(members) != n or grp in grows:
            errors.append(f"{G}: group {grp} should span {n} rows and have no gold row")
            continue
        # as pypdf reads it: the group label once, right before its first row
        first = [nat.rows[i] for i in range(len(nat.rows)) if nat.group_of(i) == grp][0]
        if ptext.count(norm(grp + "".join(first[1:]))) != 1:
            errors.append(f"{G}: group label {grp} is not printed once before its first row")
    if [nat.row_label(i) for i in range(len(nat.rows))][-2:] != ["その他", "合計"]:
        errors.append(f"{G}: expected その他 and 合計 as the last rows")
    # (f): counts in 社, unit only in the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"社"}:
        errors.append(f"{F}: expected counts in 社")
    # (h): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == H} != {"%"}:
        errors.append(f"{H}: expected per cents only")
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
                errors.append(f"{doc}: heading of sibling section {i} found on pages {on}")
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

    def contact(doc, phone, fax, other, what):
        raw = "\n".join(pages[doc]).splitlines()
        if not any(f"電話：{phone}" in x and f"ファクス：{fax}" in x for x in raw):
            errors.append(f"{what}: the 班's phone and fax should share one line")
        got = re.findall(PHONE_RE, norm("\n".join(pages[doc])))
        if got != [phone, fax, other]:
            errors.append(f"{what}: the contact box should give {[phone, fax, other]}, got {got}")

    def definitions(text, terms, what):
        for d in terms:
            if not re.search(re.escape(norm(f"「{d}」とは、")) + r"[^。]+?(をいう|をいい)", text):
                errors.append(f"{what}: the definition 「{d}」とは、…をいう is missing")

    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("模倣品が見つかった国・地域：", "行った対策：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in GRANT_YEARS)}件、{sum(r[3] for r in GRANT_YEARS):,}万円") not in hj:
        errors.append("subsidy guide: the five-year totals in the prose differ from (b)")
    last = GRANT_YEARS[-1]
    if norm(f"令和６年度は申請{last[1]}件のうち{last[2]}件に、合わせて{last[3]:,}万円") not in hj:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (b)")
    if max(BY_COUNTRY, key=lambda r: r[1])[0] != "中国" or max(BY_COUNTRY, key=lambda r: r[2])[0] != "中国":
        errors.append("subsidy guide: 「中国が件数、金額ともに最も多く」 does not hold")
    caps = {r[0].removesuffix("の費用"): r for r in COSTS}
    by_country = {r[0]: r[2] for r in BY_COUNTRY}
    for head, where, what, amount in CASES:
        col = 3 if CASE_REGION[where] == ASIA_CAP else 4
        cap = sum(caps[x][col] for x in what.split("、"))
        if int(amount.removesuffix("万円")) > min(cap, COMPANY_CAP, by_country[where]):
            errors.append(f"subsidy guide: case {head} gets more than its caps or its country's grants allow")
    if re.findall(r"20\d\d年", hj) != ["2020年"]:
        errors.append("subsidy guide: only 2020年度 should be printed in Western form")
    definitions(hj, ("小規模企業者", "模倣品"), "subsidy guide")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps_of(HOJO_PDF, "①②③④⑤⑥", "subsidy guide")
    contact(HOJO_PDF, "099-361-4210", "099-361-4219", "099-361-4300", "subsidy guide")

    mt = norm("\n".join(pages[MATCH_PDF]))
    siblings(mt, MATCH_PDF, ("開催回数：", "面接した候補者数：", "内定者数："), [v[0] for v in VENUES])
    tr = {r[0]: r[1:] for r in TREND}
    want = (f"計{tr['面接会の開催回数（回）'][-1]}回の面接会を開き、県内の{tr['参加企業数（社）'][-1]}社が"
            f"{tr['面接した候補者数（人）'][-1]}人の候補者と面接して、{tr['内定者数（人）'][-1]}人が内定を受けた")
    if norm(want) not in mt:
        errors.append("matching report: the 令和６年度 figures in the prose differ from (d)")
    o = tr["内定者数（人）"]
    if norm(f"前年度（{o[-2]}人）に比べ{o[-1] - o[-2]}人増えた") not in mt:
        errors.append("matching report: the change of 内定者 in the prose is wrong")
    top2 = sorted(FIELDS, key=lambda r: -r[3])[:2]
    share = Decimal(top2[0][3] + top2[1][3]) / Decimal(tr["内定者数（人）"][-1])
    if not Decimal("0.35") <= share < Decimal("0.40") or top2[1][3] == sorted(FIELDS, key=lambda r: -r[3])[2][3]:
        errors.append("matching report: 「…合わせて全体の４割近く」 does not hold")
    if max(FIELDS, key=lambda r: r[1])[0] != "工業製品製造業":
        errors.append("matching report: 工業製品製造業 should have the most firms")
    if sum(n for _t, n in TOWNS) >= tr["参加企業数（社）"][-1]:
        errors.append("matching report: the firms by town leave nothing for the other towns")
    worst = sorted(RATINGS, key=lambda r: -(r[3] + r[4]))
    if worst[0][0] != "入国までの期間" or worst[0][3] + worst[0][4] == worst[1][3] + worst[1][4]:
        errors.append("matching report: 「入国までの期間」 should be the one most complained-about item")
    definitions(mt, ("候補者", "参加企業", "内定者"), "matching report")
    steps_of(MATCH_PDF, "①②③④⑤⑥", "matching report")
    contact(MATCH_PDF, "099-364-2710", "099-364-2719", "099-364-2800", "matching report")

    sk = norm("\n".join(pages[SEIKATSU_PDF]))
    siblings(sk, SEIKATSU_PDF, ("回答者数：", "最も多い住まい：", "最も多い困りごと："), [s[0] for s in STATUS_GROUPS])
    rows_ = nationality_rows()
    total, talk = sum(r[2] for r in rows_), sum(r[3] for r in rows_)
    if norm(f"{total}人（回答率{pct1(total, TARGET)}％）") not in sk:
        errors.append("survey report: the response line differs from (g)")
    if norm(f"{talk}人で、回答者の{pct1(talk, total)}％") not in sk:
        errors.append("survey report: the 日常会話 share in the prose differs from (g)")
    ranked = [r[1] for r in sorted(rows_, key=lambda r: -r[2])]
    asia = sum(r[2] for r in rows_ if r[0] == "アジア") / total
    if ranked[:3] != ["ベトナム", "中国", "フィリピン"] or not 0.8 < asia < 0.85:
        errors.append("survey report: 「ベトナム…中国、フィリピンが続いた…アジアが８割余り」 does not hold")
    talked = [r[1] for r in sorted(rows_, key=lambda r: -r[3])]
    if talked[:2] != ["中国", "ベトナム"] or sorted(r[3] for r in rows_)[-2] == sorted(r[3] for r in rows_)[-3]:
        errors.append("survey report: the 日常会話 ranking the questions rely on does not hold")
    for head, n, (home, hk), (worry, wk) in STATUS_GROUPS:
        if hk > n or wk > n or norm(f"{home}（{pct1(hk, n)}％）") not in sk:
            errors.append(f"survey report: sibling {head} does not print its figures")
    svc = {s[0]: s for s in SERVICES}
    if not svc[SOUDAN][3] * 2 > total:
        errors.append("survey report: 「…相談センター」を知らない人が半数を超えた does not hold")
    if re.findall(r"20\d\d年度", sk) or re.findall(r"20\d\d年", sk) != ["2024年"]:
        errors.append("survey report: only 2024年 (調査基準日) should be printed in Western form")
    definitions(sk, ("外国人県民", "日常会話ができる"), "survey report")
    steps_of(SEIKATSU_PDF, "①②③④", "survey report")
    contact(SEIKATSU_PDF, "099-367-5130", "099-367-5139", "099-367-5500", "survey report")
    # every phone number and mail address of the set is fictional
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-36x-xxxx")
        mails = re.findall(r"[\w.-]+@[\w.-]+", text)
        if len(mails) != 1 or not all(m.endswith(MAIL_DOMAIN) for m in mails):
            errors.append(f"{n}: mail addresses {mails}, expected one at {MAIL_DOMAIN}")
        for word in OTHER_PREFECTURES:
            if f"{word}県" in text:
                errors.append(f"{n}: names another set's prefecture ({word}県)")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
