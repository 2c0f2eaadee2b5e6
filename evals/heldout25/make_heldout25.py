"""Build the 菖蒲県 held-out set 25: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (菖蒲県 and every town, port, scheme, organisation, school, phone
number, mail address and figure). The documents are in three genres the earlier sets do not use: a
guide to a subsidy for hospitals and clinics introducing medical interpretation for foreign
patients (医療通訳導入支援補助金のご案内: remote interpretation services, tablets, hiring medical
interpreters, multilingual forms, staff training) with a two-level header of rates and caps by
facility size, a yearly record (years as rows) and the remote interpretations by language (a cell
carrying a note mark); the implementation report of a programme attracting school trips from
abroad (訪日教育旅行誘致・受入支援事業 実施報告書) with the groups by country and region over three
fiscal years (fiscal years as columns) and by month (a table continued over a page break without
its header); and the results report of a survey of the cruise passengers calling at the
prefecture's port (クルーズ船寄港 旅客消費動向調査 結果報告書) with the respondents and their
spending by nationality (a stub header over the row labels, rows grouped under a region cell
spanning several rows) and an unruled table of the spending by item; see README.md beside this
file.

    python make_heldout25.py [OUTPUT_DIR]          # default: this file's directory

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

TSUYAKU_PDF = "ayame_iryo_tsuyaku_hojokin_annai_r7.pdf"
KYOIKU_PDF = "ayame_kyoiku_ryoko_ukeire_hokoku_r6.pdf"
CRUISE_PDF = "ayame_cruise_ryokaku_shohi_chosa_r6.pdf"
ALL_PDFS = (TSUYAKU_PDF, KYOIKU_PDF, CRUISE_PDF)

UNITS = ("万円", "機関", "団体", "回", "人", "円", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
NOTE_MARK = "※"  # a note mark attached to a table cell (74※), explained under the table
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-26\d-\d{4}"


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
    """(number, unit) as printed after NFKC, a trailing note mark dropped (74※ -> 74)."""
    v = nfkc(value).strip()
    if v.endswith(NOTE_MARK):
        v = v[:-len(NOTE_MARK)]
    return docgen.parse_number(v, UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (交付額（万円） -> 万円), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def avg0(total: int, n: int) -> int:
    """total / n rounded half up to an integer (yen)."""
    return int(half_up(Decimal(total) / Decimal(n), "1"))


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, fiscal years read from
    the column headers, and row labels that may sit in a cell spanning the stub columns."""

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
        """The label of data row i: its label column, or (a row like 合計 whose label spans the stub
        columns) the first stub cell."""
        r = self.rows[i]
        return label(r[self.label_col]) or label(r[0])

    def flowable(self):
        t = super().flowable()
        nh = len(self.header)
        for i, r in enumerate(self.rows):  # total rows whose label spans the stub columns
            if not r[self.label_col] and r[0] in self.bold_rows:
                t.setStyle(TableStyle([("FONTNAME", (0, nh + i), (-1, nh + i), GOTHIC)] + (
                    [("LINEABOVE", (0, nh + i), (-1, nh + i), 1.0, docgen.colors.black),
                     ("BACKGROUND", (0, nh + i), (-1, nh + i), docgen.colors.HexColor("#F3F3F3"))]
                    if self.ruled else [])))
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


PREF = "菖蒲県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: medical interpretation subsidy guide
TSUYAKU = f"{PREF}医療通訳導入支援補助金"
TSUYAKU_DEPT = f"{PREF} 保健福祉部 医療政策課"
CENTER = f"{PREF}外国人患者受入れ支援センター"
SMALL_BEDS = 99  # 「小規模医療機関」: 99 beds or fewer
RATES = [  # 経費区分, 補助率（％）: 小規模医療機関, その他; 上限額（万円）: 小規模医療機関, その他 (令和７年度)
    ("遠隔通訳サービスの利用料", 75, 50, 40, 80), ("タブレット端末等の購入費", 50, 50, 10, 20),
    ("医療通訳者の雇用経費", 50, 50, 60, 150), ("多言語問診票等の翻訳費", 75, 50, 15, 30),
    ("職員研修の受講費", 75, 50, 5, 10),
]
FACILITY_CAP = (100, 200)  # note ※２: 万円 per facility and year (小規模医療機関, その他)
GRANT_YEARS = [  # 年度, 交付医療機関数（機関）, 交付額（万円）, 遠隔通訳の利用回数（回）
    (2021, 14, 612, 1180), (2022, 22, 958, 2315), (2023, 31, 1246, 3702), (2024, 38, 1386, 4861),
]
LANGUAGES = [  # 言語, 病院（回）, 診療所（回） (令和６年度); the marked cell carries note ※
    ("英語", 1046, 312), ("中国語", 812, 205), ("ベトナム語", 694, 287), ("ネパール語", 318, 74),
    ("ポルトガル語", 261, 96), ("韓国語", 143, 41), ("その他", 424, 148),
]
MARKED = ("ネパール語", 2)  # the row and column index whose cell carries the note mark
CASES = [  # 見出し, 医療機関の規模, 利用した経費, 補助金の額 (same labels in every sibling section); class
    ("内科診療所（菖蒲市）", "病床なし（小規模医療機関）", "遠隔通訳サービスの利用料、多言語問診票等の翻訳費", "41万円", 0),
    ("総合病院（潮見市）", "病床数320床（その他の医療機関）", "医療通訳者の雇用経費、タブレット端末等の購入費", "163万円", 1),
    ("歯科診療所（美浜町）", "病床なし（小規模医療機関）", "遠隔通訳サービスの利用料", "18万円", 0),
]


def tsuyaku_specs():
    rates = TableSpec(
        key="rates", doc=TSUYAKU_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "小規模医療機関", "その他の医療機関", "小規模医療機関", "その他の医療機関"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[46 * mm, 29 * mm, 29 * mm, 29 * mm, 29 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="grants", doc=TSUYAKU_PDF, title="交付実績の推移",
        header=[["年度", "交付医療機関数（機関）", "交付額（万円）", "遠隔通訳の利用回数（回）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(n), fw(a), fw(u)] for y, n, a, u in GRANT_YEARS],
        col_widths=[30 * mm, 44 * mm, 34 * mm, 46 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = []
    for n, h, c in LANGUAGES:
        r = [n, fw(h), fw(c)]
        if n == MARKED[0]:
            r[MARKED[1]] += NOTE_MARK
        rows.append(r)
    rows.append(["合計", fw(sum(x[1] for x in LANGUAGES)), fw(sum(x[2] for x in LANGUAGES))])
    langs = TableSpec(
        key="languages", doc=TSUYAKU_PDF, title="言語別の遠隔通訳利用回数",
        header=[["言語", "病院（回）", "診療所（回）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 36 * mm], table_fy=2024,
    )
    langs.unit = lambda row, c, s=langs: bracket_unit(s.column_label(c))
    return rates, years, langs


def tsuyaku_story(specs):
    rates, years, langs = specs
    n_all, amt_all = sum(r[1] for r in GRANT_YEARS), sum(r[2] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{TSUYAKU}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(TSUYAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の医療機関が、言葉の壁を越えて外国人患者に安心して医療を提供できるよう、遠隔通訳サービスの利用、医療通訳者の雇用、問診票の多言語化などにかかる経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}機関、{amt_all:,}万円を交付しました。
""", 0)
    st += lv_lines([
        ("補助事業名", TSUYAKU),
        ("補助対象者", "県内に所在する病院及び診療所（歯科診療所を含む。）の開設者（国及び独立行政法人が開設するものを除く。）"),
        ("募集期間", "令和７年５月12日から令和８年１月16日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "1,500万円"),
        ("申請回数", "１医療機関当たり年度内１回（複数の経費区分をまとめて申請できます）"),
    ], 0)
    st += paras(f"""
この案内において「小規模医療機関」とは、病床数が{SMALL_BEDS}床以下の病院及び診療所（病床を持たない診療所を含む。）をいいます。また、「遠隔通訳」とは、医療機関の外にいる通訳者が、タブレット端末等を用いた映像通話又は電話による音声通話で通訳することをいいます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額（１医療機関当たり、経費区分ごと）は、医療機関の規模によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「小規模医療機関」の欄は小規模医療機関に、「その他の医療機関」の欄はそれ以外の病院に適用します。",
        f"※２ 補助金の額は、１医療機関当たり年度内で、小規模医療機関は{FACILITY_CAP[0]}万円、その他の医療機関は{FACILITY_CAP[1]}万円を上限とします。千円未満の端数は切り捨てます。",
        "※３ 医療通訳者の雇用経費は、県の医療通訳者養成研修を修了した者を週20時間以上雇用する場合に限ります。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（医療政策課又は{CENTER}へ）",
        "② 交付申請（サービスの契約、機器の購入又は雇用の前に、申請書と見積書等を提出）",
        "③ 交付決定の通知（申請からおおむね３週間）",
        "④ サービスの契約、機器の購入又は雇用と、経費の支払",
        "⑤ 実績報告（事業が完了した日から20日以内又は令和８年２月20日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("４　これまでの交付実績", H1)]
    st += paras(f"""
交付した医療機関の数は毎年増えており、令和６年度は{last[1]}機関に{last[2]:,}万円を交付しました。補助を受けた医療機関での遠隔通訳の利用は{last[3]:,}回で、英語が最も多く、中国語、ベトナム語が続きます。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes(["※４ 遠隔通訳の利用回数は、補助を受けた医療機関での利用回数です。"])
    st += [caption(langs.title, "（令和６年度）"), langs.flowable(), Spacer(1, 2)]
    st += notes([f"{NOTE_MARK} 診療所のネパール語は、対応を始めた令和６年10月から令和７年３月までの分です。"])
    st += [P("５　活用事例（令和６年度）", H1)]
    for i, (head, size, what, amount, _cls) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("医療機関の規模", size), ("利用した経費", what), ("補助金の額", amount)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("院内の外国籍の看護師が通訳を兼ねている場合、その人件費は対象になりますか。",
         "対象になりません。医療通訳者の雇用経費は、通訳を主な業務として新たに雇用する場合に限ります。"),
        ("遠隔通訳サービスの年間契約の料金を一括で前払いする場合も対象になりますか。",
         "対象になります。ただし、補助の対象は令和７年度中の利用期間に当たる分に限ります。"),
        ("複数の診療所を開設している医療法人は、どのように申請すればよいですか。",
         "診療所ごとに申請してください。上限額も診療所ごとに適用します。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TSUYAKU_DEPT} 地域医療班　電話：099-263-4120　ファクス：099-263-4129",
        f"{CENTER}（事前相談）　電話：099-263-4300",
        "電子メール：ayame-iryotsuyaku@example.jp",
    ]))
    return st


# ================================================================ document 2: school trips from abroad
KYOIKU = "訪日教育旅行誘致・受入支援事業"
KYOIKU_DEPT = f"{PREF} 観光文化部 国際観光課"
RENMEI = "一般社団法人菖蒲県観光連盟"
ORIGINS = [  # 国・地域, 受入団体数 令和４年度, 令和５年度, 令和６年度
    ("台湾", 6, 21, 34), ("香港", 2, 9, 14), ("韓国", 1, 5, 9), ("シンガポール", 3, 6, 8),
    ("タイ", 1, 4, 7), ("中国", 1, 2, 5), ("オーストラリア", 2, 3, 4), ("その他", 1, 2, 3),
]
TRIP_YEARS = (2022, 2023, 2024)
MONTHS = [  # 月, 受入団体数（団体）, 生徒・教員数（人）, うち学校交流あり（団体） (令和６年度)
    (4, 3, 96, 1), (5, 4, 118, 2), (6, 5, 163, 3), (7, 9, 274, 5), (8, 8, 231, 4), (9, 4, 117, 2),
    (10, 6, 189, 3), (11, 9, 286, 6), (12, 14, 452, 8), (1, 7, 218, 4), (2, 5, 158, 3), (3, 10, 337, 6),
]
BUS_GRANT = (8, 41, 296)  # 貸切バス代の助成: cap per group (万円), groups, total (万円)
VISITS = [  # 見出し, 受入期間, 生徒・教員数, 交流先 (same labels in every sibling section); month, origin
    ("台湾・台中市の高級中学", "令和６年12月10日から13日まで", "38人", "県立菖蒲高等学校（菖蒲市）", 12, "台湾"),
    ("シンガポールの中学校", "令和６年11月18日から21日まで", "26人", "潮見市立潮見中学校", 11, "シンガポール"),
    ("オーストラリア・ビクトリア州の高等学校", "令和７年３月24日から28日まで", "31人", "県立高森高等学校（高森市）", 3,
     "オーストラリア"),
]


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def kyoiku_specs():
    rows = [[n] + [fw(v) for v in vals] for n, *vals in ORIGINS]
    rows.append(["合計"] + [fw(sum(r[k] for r in ORIGINS)) for k in (1, 2, 3)])
    origins = TableSpec(
        key="origins", doc=KYOIKU_PDF, title="国・地域別の受入団体数の推移",
        header=[["国・地域"] + [f"令和{fw(y - 2018)}年度" for y in TRIP_YEARS]],
        rows=rows, col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], unit="団体",
    )
    mrows = [[month_label(m), fw(a), fw(b), fw(c)] for m, a, b, c in MONTHS]
    mrows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2, 3)])
    months = TableSpec(
        key="months", doc=KYOIKU_PDF, title="月別の受入状況",
        header=[["月", "受入団体数（団体）", "生徒・教員数（人）", "うち学校交流あり（団体）"]],
        rows=mrows, col_widths=[26 * mm, 38 * mm, 38 * mm, 46 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    return origins, months


def kyoiku_story(specs):
    origins, months = specs
    n4, n5, n6 = (sum(r[k] for r in ORIGINS) for k in (1, 2, 3))
    exch = sum(m[3] for m in MONTHS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KYOIKU} 実施報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(KYOIKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KYOIKU),
        ("実施主体", f"{PREF}（運営は{RENMEI}に委託）"),
        ("実施期間", "令和６年４月から令和７年３月まで"),
        ("主な取組", "海外の学校等への訪問営業、県内の学校との交流の仲介、貸切バス代の助成"),
        ("事業費", "2,860万円"),
    ], 0)
    st += paras("""
この報告書において「教育旅行」とは、海外の中学校、高等学校等が教育活動として行う団体旅行を、「受入団体数」とは、県内で１泊以上した教育旅行の団体の数をいう。「学校交流」とは、県内の学校を訪れ、授業への参加や生徒同士の交流を行うことをいい、オンラインのみの交流は含まない。
""", 0)
    st += [P("２　受入状況", H1)]
    st += paras(f"""
令和６年度に受け入れた教育旅行は{n6}団体で、前年度（{n5}団体）から{n6 - n5}団体増え、事業を始めた令和４年度（{n4}団体）の約{fw(round(n6 / n4))}倍となった。台湾が{ORIGINS[0][3]}団体で最も多く、香港、韓国が続いた。
""", 0)
    st += [caption(origins.title, "（単位：団体）"), origins.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他」は、マレーシア、インドネシア、ニュージーランド等である。",
        "※２ 令和４年度は、事業を始めた10月から３月までの実績である。",
    ])
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「生徒・教員数」には、添乗員及び通訳ガイドを含まない。",
        "※４ 月は県内での宿泊を始めた月である。１月から３月は令和７年の数値である。",
    ])
    st += paras(f"""
12月は、台湾の高級中学（日本の高等学校に当たる。）の修学旅行が集中し、団体数、人数ともに年間で最も多かった。学校交流を行った団体は{exch}団体で、全体の半数余りであった。
""", 0)
    st += [P("３　主な受入事例", H1)]
    for i, (head, when, n, where, _m, _o) in enumerate(VISITS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("受入期間", when), ("生徒・教員数", n), ("交流先", where)], 1)
    st += [P("４　県内での消費額と助成", H1)]
    st += paras(f"""
連盟が引率の教員への聞き取りから推計した県内での消費額（宿泊、食事、貸切バス、体験等）は、１億3,870万円であった。貸切バス代の助成（１団体当たり上限{fw(BUS_GRANT[0])}万円）は、{BUS_GRANT[1]}団体に計{BUS_GRANT[2]}万円を交付した。
""", 0)
    st += [P("５　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、新たにベトナムの学校及び旅行会社への訪問営業を始める。",
        "② 受入れを希望する県内の学校を増やすため、県内の校長会で交流の事例を紹介する。",
        "③ 11月と12月に集中する受入れを分散させるため、６月と９月の受入れには貸切バス代の助成を上乗せする。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KYOIKU_DEPT} 誘致推進班　電話：099-267-3310　ファクス：099-267-3319",
        f"{RENMEI}（学校交流の相談）　電話：099-267-3500",
        "電子メール：ayame-kyoikuryoko@example.jp",
    ]))
    return st


# ================================================================ document 3: cruise passengers' spending survey
CRUISE = f"{PREF}クルーズ船寄港 旅客消費動向調査"
CRUISE_DEPT = f"{PREF} 観光文化部 観光振興課"
KYOGIKAI = "潮見港クルーズ振興協議会"
NATIONS = [  # 地域 (printed once, spanning its rows), [(国籍・地域, 回答者数, うちツアー参加者, １人当たり消費額（円）)]
    ("アジア", [("台湾", 412, 188, 24850), ("香港", 186, 71, 29420), ("中国", 143, 96, 38760),
               ("韓国", 98, 35, 15230), ("シンガポール", 64, 22, 33180)]),
    ("北米", [("米国", 157, 118, 18640), ("カナダ", 41, 30, 16920)]),
    ("欧州", [("英国", 72, 55, 14380), ("ドイツ", 45, 33, 12150)]),
    ("オセアニア", [("オーストラリア", 83, 52, 19470)]),
]
OTHER_NATION = ("その他", 39, 21, 17560)  # its label spans the two stub columns, like 合計
ITEMS = [  # 費目, ツアー参加者, 個人行動客 (円, １人当たり); 全体 is their weighted mean
    ("飲食費", 4820, 7960), ("買物代", 11350, 13420), ("交通費", 960, 3870), ("入場料・体験料", 2410, 1976),
]
ITEM_TOTALS = (20640, 28256)  # ツアー参加者, 個人行動客: 合計 (その他 is the remainder)
CALLS = (42, 38, 61800, 54200)  # 寄港回数 令和６年度, the former record (令和元年), passengers, passengers landed
PLACES = [  # 見出し, 訪れた人, 平均滞在時間, 主な消費 (same labels in every sibling section)
    ("潮見港周辺（潮見市）", 917, "1.6時間", "海産物の飲食、ドラッグストアでの買物"),
    ("菖蒲城と城下町（菖蒲市）", 698, "2.3時間", "和菓子、日本酒、着物の着付け体験"),
    ("高森高原（高森市）", 291, "3.4時間", "ワイナリーの見学と試飲、乗馬体験"),
]


def all_nations():
    return [x for _g, rows in NATIONS for x in rows] + [OTHER_NATION]


def respondents() -> tuple[int, int]:
    return sum(x[1] for x in all_nations()), sum(x[2] for x in all_nations())


def overall_spend() -> int:
    n, _t = respondents()
    return avg0(sum(x[1] * x[3] for x in all_nations()), n)


def item_rows() -> list[tuple[str, int, int, int]]:
    """(費目, 全体, ツアー参加者, 個人行動客) with その他 as each column's remainder; 全体 is the
    weighted mean of the two groups rounded to the yen, its その他 taking the rounding."""
    n, t = respondents()
    rows = []
    for name, a, b in ITEMS:
        rows.append((name, avg0(t * a + (n - t) * b, n), a, b))
    oa = ITEM_TOTALS[0] - sum(r[2] for r in rows)
    ob = ITEM_TOTALS[1] - sum(r[3] for r in rows)
    rows.append(("その他", overall_spend() - sum(r[1] for r in rows), oa, ob))
    rows.append(("合計", overall_spend(), ITEM_TOTALS[0], ITEM_TOTALS[1]))
    return rows


def cruise_specs():
    rows, spans = [], []
    nh = 1
    for group, members in NATIONS:
        r0 = len(rows)
        for k, (name, n, t, avg) in enumerate(members):
            rows.append([group if k == 0 else "", name, fw(n), fw(t), fw(avg)])
        if len(members) > 1:
            spans.append(((0, nh + r0), (0, nh + len(rows) - 1)))
    name, n, t, avg = OTHER_NATION
    rows.append([name, "", fw(n), fw(t), fw(avg)])
    spans.append(((0, nh + len(rows) - 1), (1, nh + len(rows) - 1)))
    n_all, t_all = respondents()
    rows.append(["合計", "", fw(n_all), fw(t_all), fw(overall_spend())])
    spans.append(((0, nh + len(rows) - 1), (1, nh + len(rows) - 1)))
    nations = TableSpec(
        key="nations", doc=CRUISE_PDF, title="国籍・地域別の回答者数と消費額",
        header=[["地域", "国籍・地域", "回答者数（人）", "うちツアー参加者（人）", "１人当たり消費額（円）"]],
        rows=rows, col_widths=[24 * mm, 32 * mm, 28 * mm, 40 * mm, 40 * mm], label_col=1,
        spans=spans, table_fy=2024,
    )
    nations.unit = lambda row, c, s=nations: bracket_unit(s.column_label(c))
    items = TableSpec(
        key="items", doc=CRUISE_PDF, title="費目別の１人当たり消費額",
        header=[["費目", "全体", "ツアー参加者", "個人行動客"]],
        rows=[[name, fw(a), fw(b), fw(c)] for name, a, b, c in item_rows()],
        col_widths=[50 * mm, 32 * mm, 32 * mm, 32 * mm], ruled=False, unit="円", table_fy=2024,
    )
    return nations, items


def cruise_story(specs):
    nations, items = specs
    n_all, t_all = respondents()
    spend = overall_spend()
    economy = half_up(Decimal(spend * CALLS[3]) / Decimal(100_000_000), "0.1")
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CRUISE} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(CRUISE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "クルーズ船の寄港が県内にもたらす経済効果を把握し、受入れ環境の整備と寄港地観光の充実に役立てるため"),
        ("調査対象", "令和６年度に潮見港に寄港した外航クルーズ船の乗客のうち、上陸した外国人乗客"),
        ("調査期間", "令和６年４月20日から令和７年３月15日まで（寄港12回）"),
        ("調査場所", "潮見港国際旅客ターミナル"),
        ("調査方法", "帰船時の聞き取り（タブレット端末による多言語の調査票。英語、中国語（繁体字・簡体字）、韓国語）"),
        ("回答数", f"{n_all:,}人"),
    ], 0)
    st += paras("""
この報告書において「消費額」とは、乗客が上陸中に県内で支出した金額をいい、船内での支出及び乗船前に支払った寄港地観光ツアーの代金は含まない。また、「ツアー参加者」とは、船会社が販売する寄港地観光ツアーに参加した乗客をいい、それ以外の乗客を「個人行動客」という。
""", 0)
    st += [P("２　寄港の状況", H1)]
    st += paras(f"""
令和６年度の潮見港への外航クルーズ船の寄港は{CALLS[0]}回で、これまで最も多かった令和元年（2019年）の{CALLS[1]}回を上回った。乗客数は延べ{CALLS[2]:,}人で、うち上陸した乗客は推計{CALLS[3]:,}人であった。
""", 0)
    st += [P("３　回答者の国籍・地域と消費額", H1)]
    st += paras(f"""
回答者は台湾が{NATIONS[0][1][0][1]}人で最も多く、香港、米国が続いた。１人当たり消費額は全体で{spend:,}円で、中国が最も高かった。この額に上陸した乗客数（推計）を乗じると、乗客の県内での消費額は約{economy}億円となる。
""", 0)
    st += [caption(nations.title, "（令和６年度）"), nations.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 国籍・地域は回答者の申告による。「その他」は、フィリピン、マレーシア、フランス等である。",
        "※２ １人当たり消費額は、回答者の消費額の平均（円未満四捨五入）である。",
    ])
    st += [P("４　費目別の消費額", H1)]
    st += paras(f"""
ツアー参加者の１人当たり消費額は{ITEM_TOTALS[0]:,}円、個人行動客は{ITEM_TOTALS[1]:,}円であった。個人行動客は、ツアー参加者に比べて飲食費と交通費が多い。
""", 0)
    st += [caption(items.title, "（単位：円）"), items.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答者は、全体{n_all:,}人、ツアー参加者{t_all}人、個人行動客{n_all - t_all}人である。",
        "※４ ツアー参加者の交通費には、ツアー代金に含まれる貸切バス代を含まない。",
    ])
    st += [P("５　主な訪問先", H1)]
    st += paras("上陸中に訪れた場所（複数回答）のうち、主な３か所は次のとおりである。", 0)
    for i, (head, k, hours, what) in enumerate(PLACES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("訪れた人の割合", f"{pct1(k, n_all)}％"), ("平均滞在時間", hours), ("主な消費", what)], 1)
    st += [P("６　乗客の主な意見（自由記述）", H1)]
    st += bullets([
        "港から市街地へのシャトルバスの本数を増やしてほしい。",
        "免税で買い物ができる店を分かりやすく案内してほしい。",
        "クレジットカードやスマートフォン決済が使えない店があった。",
        "短い上陸時間でも楽しめる体験を増やしてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 寄港日に限り、潮見港と菖蒲城を結ぶシャトルバスを30分間隔で運行する。",
        "② 港周辺の商店街で、キャッシュレス決済の導入を支援する。",
        "③ 上陸時間が６時間未満の寄港に合わせ、港の周辺で２時間以内に楽しめる体験プログラムを作る。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CRUISE_DEPT} 誘客推進班　電話：099-265-2210　ファクス：099-265-2219",
        f"{KYOGIKAI}（事務局：潮見市港湾課）　電話：099-265-2400",
        "電子メール：ayame-cruise@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return tsuyaku_specs() + kyoiku_specs() + cruise_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    tspecs, kspecs, cspecs = tsuyaku_specs(), kyoiku_specs(), cruise_specs()
    tdoc = build_pdf(docs_dir / TSUYAKU_PDF, tspecs, tsuyaku_story(tspecs),
                     f"令和７年度 {TSUYAKU}のご案内", "令和７年４月", TSUYAKU_DEPT)
    kdoc = build_pdf(docs_dir / KYOIKU_PDF, kspecs, kyoiku_story(kspecs),
                     f"令和６年度 {KYOIKU} 実施報告書", "令和７年５月", KYOIKU_DEPT)
    cdoc = build_pdf(docs_dir / CRUISE_PDF, cspecs, cruise_story(cspecs),
                     f"令和６年度 {CRUISE} 結果報告書", "令和７年４月", CRUISE_DEPT)
    gold = all_gold({TSUYAKU_PDF: tdoc.row_pages, KYOIKU_PDF: kdoc.row_pages, CRUISE_PDF: cdoc.row_pages})
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
    # --- tsuyaku: the medical interpretation subsidy guide, tables (a) (b) (c), definitions, steps,
    #     sibling sections, Q&A
    dict(question="病床が80床の病院から、遠隔通訳サービスの利用料にどのくらい補助が出るのかと問い合わせがありました。"
                  "補助率は何％と案内すればよいですか？",
         category="tsuyaku", doc=TSUYAKU_PDF,
         evidence=["病床数が99床以下の病院及び診療所", "遠隔通訳サービスの利用料 75 50 40 80"], answer=["75"],
         notes="two facts: 80床 ≤ 99床 makes the hospital a 小規模医療機関 (definition in １; a hospital is not "
               "automatically その他); (a) two-level header, leaf 補助率（％）／小規模医療機関; 50 (その他の医療機関) "
               "is the trap; 80 is also printed in the row (a cap), a second trap"),
    dict(question="申請書を出してから交付決定の知らせが届くまで、どのくらい待つことになりますか？",
         category="tsuyaku", doc=TSUYAKU_PDF, evidence=["交付決定の通知（申請からおおむね３週間）"],
         answer=["おおむね３週間"],
         notes="procedure step ③ (the steps ①–⑥ are numbered; ⑤'s 20日以内 is a near miss)"),
    dict(question="2025年度に、300床を超える総合病院が医療通訳者を新しく雇う場合、その経費の補助は最大いくらまで"
                  "受けられますか？",
         category="tsuyaku", doc=TSUYAKU_PDF, evidence=["医療通訳者の雇用経費 50 50 60 150"], answer=["150"],
         notes="(a) leaf 上限額（万円）／その他の医療機関 (over 99床: note ※１); 60 (小規模医療機関) is the trap; "
               "2025年度 = 令和７年度 (printed nowhere); note ※２'s 200万円 per facility is a near miss"),
    dict(question="2022年度にこの補助金を受け取った医療機関は、いくつありましたか？",
         category="tsuyaku", doc=TSUYAKU_PDF, evidence=["令和４年度 22 958 2,315"], answer=["22"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2021年度 is printed in Western form); "
               "column 交付医療機関数（機関）"),
    dict(question="令和５年度、補助先の医療機関で遠隔通訳は年間何回使われていますか？",
         category="tsuyaku", doc=TSUYAKU_PDF, evidence=["令和５年度 31 1,246 3,702"], answer=["3,702"],
         notes="(b) column 遠隔通訳の利用回数（回） (note ※４: counted at the subsidised facilities)"),
    dict(question="令和６年度は、医療機関１か所当たり平均でどれくらいの額が交付されたことになりますか？",
         category="tsuyaku", doc=TSUYAKU_PDF, evidence=["令和６年度 38 1,386 4,861"], answer=["36.5万円"],
         computed=True,
         notes="(b) average in a row: 1,386 / 38 = 36.47 → 36.5万円"),
    dict(question="診療所でネパール語の遠隔通訳が使われた回数を教えてください。",
         category="tsuyaku", doc=TSUYAKU_PDF,
         evidence=["ネパール語 318 74※", "令和６年10月から令和７年３月までの分"], answer=["74"],
         notes="two facts: (c) the cell ネパール語 / 診療所（回） carries a note mark (74※); the note under the "
               "table says it covers only October to March; 318 (病院) is the trap"),
    dict(question="診療所で使われた遠隔通訳のうち、ベトナム語の通訳はどのくらいの割合を占めていますか？",
         category="tsuyaku", doc=TSUYAKU_PDF, evidence=["ベトナム語 694 287", "合計 3,698 1,163"],
         answer=["24.7%"], computed=True,
         notes="(c) share of a row in the 合計 of the column 診療所（回）: 287 / 1,163 = 24.7 % (the 74※ cell is "
               "inside the 合計)"),
    dict(question="歯医者さんがこの補助金を使った事例では、補助額はいくらでしたか？",
         category="tsuyaku", doc=TSUYAKU_PDF, evidence=["歯科診療所（美浜町）", "補助金の額：18万円"], answer=["18万円"],
         notes="sibling sections （１）–（３） of ５ share the labels 医療機関の規模, 利用した経費, 補助金の額; "
               "（３）歯科診療所（美浜町） (歯医者 = 歯科診療所); 41万円 and 163万円 are the siblings' values"),
    dict(question="タブレットを使わず、電話で声だけつないで通訳してもらうサービスも、この補助金でいう遠隔通訳に"
                  "当たりますか？",
         category="tsuyaku", doc=TSUYAKU_PDF, evidence=["映像通話又は電話による音声通話で通訳"],
         answer=["電話による音声通話"],
         notes="definition 「遠隔通訳」とは…映像通話又は電話による音声通話で通訳することをいいます (yes: voice "
               "alone counts)"),
    dict(question="遠隔通訳サービスの年間契約の料金をまとめて前払いするとき、支払った全額が補助の対象になりますか？",
         category="tsuyaku", doc=TSUYAKU_PDF, evidence=["補助の対象は令和７年度中の利用期間に当たる分に限ります"],
         answer=["令和７年度中の利用期間に当たる分"],
         notes="Q&A: Ａ of Ｑ２ (eligible, but only the part for the period used within 令和７年度)"),
    # --- kyoiku: the school-trip report, tables (d) (e) with their notes, definitions, sibling sections
    dict(question="2024年度の訪日教育旅行の誘致事業には、どれだけの事業費が使われましたか？",
         category="kyoiku", doc=KYOIKU_PDF, evidence=["事業費：2,860万円"], answer=["2,860万円"],
         notes="「label：value」 line 事業費 (no Western year is printed: 2024年度 = 令和６年度)"),
    dict(question="2023年度に台湾から受け入れた教育旅行は何団体でしたか？",
         category="kyoiku", doc=KYOIKU_PDF, evidence=["台湾 ６ 21 34"], answer=["21"],
         notes="(d) fiscal years as columns: 2023年度 = column 令和５年度; 34 (令和６年度) is the trap"),
    dict(question="香港からの教育旅行は、令和４年度から令和６年度までにいくつ増えましたか？",
         category="kyoiku", doc=KYOIKU_PDF, evidence=["香港 ２ ９ 14"], answer=["12団体"], computed=True,
         notes="(d) difference across a row: 14 − 2 = 12団体 (columns 令和６年度 and 令和４年度)"),
    dict(question="令和４年度に、シンガポールの学校は何団体来ていましたか？",
         category="kyoiku", doc=KYOIKU_PDF, evidence=["シンガポール ３ ６ ８"], answer=["３"],
         notes="(d) column 令和４年度, row シンガポール"),
    dict(question="2022年度は、国・地域を問わず全部で何団体の教育旅行を受け入れましたか？",
         category="kyoiku", doc=KYOIKU_PDF, evidence=["合計 17 52 84"], answer=["17"],
         notes="(d) 合計 row, column 令和４年度 (2022年度); note ※２: that year covers only October to March; "
               "84 is 令和６年度 and the 合計 of (e)"),
    dict(question="2025年２月に県内に泊まった教育旅行の生徒と先生は、合わせて何人でしたか？",
         category="kyoiku", doc=KYOIKU_PDF, evidence=["２月 ５ 158 ３"], answer=["158"],
         notes="(e) continuation page (no header there): row ２月, column 生徒・教員数（人）; note ※４ says "
               "１月–３月 are 令和７年 (2025年)"),
    dict(question="令和６年12月に来た団体のうち、県内の学校と交流したのはいくつですか？",
         category="kyoiku", doc=KYOIKU_PDF, evidence=["12月 14 452 ８"], answer=["８"],
         notes="(e) column うち学校交流あり（団体） (学校交流 defined in １); 14 (受入団体数) is the trap"),
    dict(question="12月に来た教育旅行の団体は、１団体当たり平均すると何人くらいの規模でしたか？",
         category="kyoiku", doc=KYOIKU_PDF, evidence=["12月 14 452 ８"], answer=["32.3人"], computed=True,
         notes="(e) average in a row: 452 / 14 = 32.29 → 32.3人"),
    dict(question="オーストラリアから来た高校生たちは、県内のどの学校と交流しましたか？",
         category="kyoiku", doc=KYOIKU_PDF,
         evidence=["オーストラリア・ビクトリア州の高等学校", "交流先：県立高森高等学校"], answer=["県立高森高等学校"],
         notes="sibling sections （１）–（３） of ４ share the labels 受入期間, 生徒・教員数, 交流先; "
               "（３）オーストラリア・ビクトリア州の高等学校; 県立菖蒲高等学校 and 潮見市立潮見中学校 are the siblings' values"),
    dict(question="オンラインで交流しただけの団体も、学校交流をした団体として数えられていますか？",
         category="kyoiku", doc=KYOIKU_PDF, evidence=["オンラインのみの交流は含まない"], answer=["含まない"],
         notes="definition 「学校交流」とは…県内の学校を訪れ…をいい、オンラインのみの交流は含まない (no)"),
    # --- cruise: the cruise passengers' survey, tables (f) (g), a definition, sibling sections
    dict(question="2024年度の調査で、香港の乗客からは何人分の回答が集まりましたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["香港 186 71 29,420"], answer=["186"],
         notes="(f) column 回答者数（人）, a row inside the アジア group; 2024年度 = 令和６年度 (the report prints only "
               "2019年 in Western form)"),
    dict(question="台湾の回答者のうち、船会社の寄港地ツアーに参加した人はどのくらいの割合ですか？",
         category="cruise", doc=CRUISE_PDF, evidence=["台湾 412 188 24,850"], answer=["45.6%"], computed=True,
         notes="(f) share within a row: 188 / 412 = 45.6 % (ツアー参加者 defined in １)"),
    dict(question="上陸中の１人当たり消費額が２番目に高かったのは、どこの国・地域の乗客でしたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["シンガポール 64 22 33,180"], answer=["シンガポール"],
         notes="(f) ranking in the column １人当たり消費額（円）: 中国 38,760, シンガポール 33,180, 香港 29,420 "
               "(香港 is second by 回答者数, the trap; 中国 the largest, named in the prose)"),
    dict(question="北米から来た乗客の回答者は、全部で何人いましたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["北米 米国 157 118 18,640", "カナダ 41 30 16,920"],
         answer=["198人"], computed=True,
         notes="(f) sum over a group: the region cell 北米 spans the rows 米国 and カナダ: 157 + 41 = 198人"),
    dict(question="寄港地ツアーに参加した乗客は、買い物に１人平均いくら使っていましたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["買物代 12,306 11,350 13,420"], answer=["11,350"],
         notes="(g) unruled table, column ツアー参加者; 12,306 (全体) and 13,420 (個人行動客) are the traps"),
    dict(question="ツアーに入らず自分たちで街を回った乗客の、１人当たりの飲食費はどのくらいでしたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["飲食費 6,270 4,820 7,960"], answer=["7,960"],
         notes="(g) unruled table, column 個人行動客 (defined in １ as the passengers who did not join a tour)"),
    dict(question="乗船前に船会社へ支払った寄港地ツアーの代金は、この調査の消費額に含まれていますか？",
         category="cruise", doc=CRUISE_PDF, evidence=["乗船前に支払った寄港地観光ツアーの代金は含まない"],
         answer=["含まない"],
         notes="definition 「消費額」とは、乗客が上陸中に県内で支出した金額をいい、船内での支出及び乗船前に支払った"
               "寄港地観光ツアーの代金は含まない (no)"),
    dict(question="お城と城下町のあたりまで足を延ばした乗客は、どのくらいの割合でしたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["菖蒲城と城下町", "訪れた人の割合：52.1％"], answer=["52.1％"],
         notes="sibling sections （１）–（３） of ５ share the labels 訪れた人の割合, 平均滞在時間, 主な消費; "
               "（２）菖蒲城と城下町（菖蒲市）; 68.4％ and 21.7％ are the siblings' values"),
    # --- followups
    dict(question="それが400床の病院だったら、上限はいくらになりますか？",
         category="followup", doc=TSUYAKU_PDF, evidence=["タブレット端末等の購入費 50 50 10 20"], answer=["20"],
         history=_turns("病床のない内科の診療所がタブレット端末を買う場合、補助の上限はいくらですか？",
                        "小規模医療機関に当たるので、上限額は10万円です[1]。"),
         notes="(a) the row from the history (タブレット端末等の購入費), the other leaf 上限額（万円）／その他の医療機関"),
    dict(question="その年度に交付した金額は、合わせていくらでしたか？",
         category="followup", doc=TSUYAKU_PDF, evidence=["令和３年度 14 612 1,180"], answer=["612"],
         history=_turns("2021年度には、何か所の医療機関が補助を受けましたか？",
                        "2021年度（令和３年度）は14機関でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付額（万円）"),
    dict(question="そこからは、その前の年度に何団体来ていましたか？",
         category="followup", doc=KYOIKU_PDF, evidence=["タイ １ ４ ７"], answer=["４"],
         history=_turns("令和６年度にタイから受け入れた教育旅行は何団体ですか？",
                        "令和６年度は７団体でした[1]。"),
         notes="(d) the row from the history (タイ) and the year before it (令和５年度 column)"),
    dict(question="その人たちは、１人当たりいくら使っていましたか？",
         category="followup", doc=CRUISE_PDF, evidence=["カナダ 41 30 16,920"], answer=["16,920"],
         history=_turns("カナダからの回答者は何人でしたか？",
                        "カナダからの回答者は41人でした[1]。"),
         notes="(f) the row from the history (カナダ, in the 北米 group), column １人当たり消費額（円）"),
    dict(question="その協議会に電話で相談したいのですが、番号を教えてください。",
         category="followup", doc=CRUISE_PDF, evidence=["（事務局：潮見市港湾課） 電話：099-265-2400"],
         answer=["099-265-2400"],
         history=_turns("潮見港でクルーズ船の受入れに取り組んでいる団体はありますか？",
                        "潮見港クルーズ振興協議会があり、事務局は潮見市港湾課です[1]。"),
         notes="contact box of the survey report: the 協議会's phone; the 班's phone 099-265-2210 and fax "
               "099-265-2219 are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で通訳を導入した医療機関では、外国人の受診者数はどのくらい増えましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide counts facilities, grants and remote interpretations, never patients",
         absent=["受診者数", "患者数"]),
    dict(question="補助を受けた医療機関を市町別に見ると、潮見市の医療機関はいくつありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and interpretations by language only; the 総合病院（潮見市） case is a "
               "near miss",
         absent=["市町別"]),
    dict(question="教育旅行で来た生徒のうち、ホームステイを体験した生徒は何人いましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report counts groups, people and school exchanges, not where the students stayed",
         absent=["ホームステイ", "民泊"]),
    dict(question="2024年度に、県内の高校が海外への修学旅行に出かけた件数はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report is about school trips received from abroad (修学旅行 of 台湾's schools is a near miss); "
               "outbound trips are not covered",
         absent=["海外への修学旅行", "海外修学旅行", "派遣"]),
    dict(question="クルーズ船の乗客のうち、もう一度菖蒲県に来たいと答えた人の割合は？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey asks spending and places visited; no question on coming back",
         absent=["再訪", "もう一度", "また来"]),
    dict(question="令和５年度の調査と比べて、乗客１人当たりの消費額はどのくらい増えましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives no earlier survey (only the next one, 令和８年度); the school-trip report has a "
               "令和５年度 column, a near miss of another document",
         absent=["前回調査", "前回の調査", "前年度の調査"]),
]
CATEGORY_COUNTS = {"tsuyaku": 11, "kyoiku": 10, "cruise": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h25q", "h25t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("経費区分別の補助率と上限額", "交付実績の推移", "言語別の遠隔通訳利用回数",
                       "国・地域別の受入団体数の推移", "月別の受入状況", "国籍・地域別の回答者数と消費額",
                       "費目別の１人当たり消費額")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg1(x, y) -> Decimal:
    return half_up(Decimal(x) / Decimal(y), "0.1")


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h25q06": lambda g: f"{_avg1(g(B, '令和６年度', '交付額（万円）', 2024), g(B, '令和６年度', '交付医療機関数（機関）', 2024))}万円",
    "h25q08": lambda g: _pct(g(C, "ベトナム語", "診療所（回）", 2024), g(C, "合計", "診療所（回）", 2024)),
    "h25q14": lambda g: f"{g(D, '香港', '令和６年度', 2024) - g(D, '香港', '令和４年度', 2022)}団体",
    "h25q19": lambda g: f"{_avg1(g(E, '12月', '生徒・教員数（人）', 2024), g(E, '12月', '受入団体数（団体）', 2024))}人",
    "h25q23": lambda g: _pct(g(F, "台湾", "うちツアー参加者（人）", 2024), g(F, "台湾", "回答者数（人）", 2024)),
    "h25q25": lambda g: f"{sum(g(F, n, '回答者数（人）', 2024) for n in ('米国', 'カナダ'))}人",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {TSUYAKU_PDF: (2, 3), KYOIKU_PDF: (2, 3), CRUISE_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("４月", "７月")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("10月", "12月", "２月", "３月", "合計")  # and after it
EXPECTED_MARKED = {("ネパール語", "診療所（回）"): "74※"}
GROUPS = {"アジア": 5, "北米": 2, "欧州": 2, "オセアニア": 1}  # region cells of (f) and the rows each spans


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout25.py")
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
    sib_docs = {q["doc"] for q in questions if "sibling" in q["notes"] and q["category"] != "followup"}
    if sib_docs != set(ALL_PDFS):
        errors.append(f"sibling-section questions should cover every document, cover {sorted(sib_docs)}")
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
    # the computed answers cover a share, an average, a sum and a difference
    kinds = {k for q in questions if q.get("computed") for k in ("share", "average", "sum", "difference")
             if k in q["notes"]}
    if kinds != {"share", "average", "sum", "difference"}:
        errors.append(f"computed questions cover {sorted(kinds)}, expected share, average, sum and difference")
    if sum("second" in q["notes"] or "２番目" in q["question"] for q in questions if q["doc"]) < 1:
        errors.append("no second-largest question")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout25.py")
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

    def adds_up(table, cols):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計"):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small facilities get at least the other rate; the other facilities at least the small cap
    for row, r in t[A].items():
        if r["補助率（％）／小規模医療機関"] < r["補助率（％）／その他の医療機関"]:
            errors.append(f"{A} / {row}: 小規模医療機関 rate below the その他 rate")
        if r["上限額（万円）／小規模医療機関"] > r["上限額（万円）／その他の医療機関"]:
            errors.append(f"{A} / {row}: 小規模医療機関 cap above the その他 cap")
        if r["上限額（万円）／小規模医療機関"] > FACILITY_CAP[0] or r["上限額（万円）／その他の医療機関"] > FACILITY_CAP[1]:
            errors.append(f"{A} / {row}: a cap above the facility cap of note ※２")
    # (b): growing every year; (c): rows and columns add up, and its total is (b)'s 令和６年度
    b = t[B]
    for col in ("交付医療機関数（機関）", "交付額（万円）", "遠隔通訳の利用回数（回）"):
        vals = [b[r][col] for r in b]
        if vals != sorted(set(vals)):
            errors.append(f"{B}: {col} should grow every year")
    c = t[C]
    adds_up(C, ("病院（回）", "診療所（回）"))
    if c["合計"]["病院（回）"] + c["合計"]["診療所（回）"] != b["令和６年度"]["遠隔通訳の利用回数（回）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): 合計 adds up in every year; its 令和６年度 is (e)'s 合計; (e) adds up, exchanges within groups
    adds_up(D, ("令和４年度", "令和５年度", "令和６年度"))
    adds_up(E, ("受入団体数（団体）", "生徒・教員数（人）", "うち学校交流あり（団体）"))
    if t[D]["合計"]["令和６年度"] != t[E]["合計"]["受入団体数（団体）"]:
        errors.append(f"{D}: 令和６年度 合計 differs from {E}")
    if any(r["うち学校交流あり（団体）"] > r["受入団体数（団体）"] for r in t[E].values()):
        errors.append(f"{E}: うち学校交流あり above 受入団体数")
    # (f): counts add up; the 合計 spending is the respondents' weighted mean; tour participants within
    f = t[F]
    adds_up(F, ("回答者数（人）", "うちツアー参加者（人）"))
    rows = [r for row, r in f.items() if row != "合計"]
    if f["合計"]["１人当たり消費額（円）"] != avg0(sum(r["回答者数（人）"] * r["１人当たり消費額（円）"] for r in rows),
                                            f["合計"]["回答者数（人）"]):
        errors.append(f"{F}: 合計 １人当たり消費額 is not the weighted mean of the rows")
    if any(r["うちツアー参加者（人）"] > r["回答者数（人）"] for r in f.values()):
        errors.append(f"{F}: うちツアー参加者 above 回答者数")
    # (g): columns add up; 全体 合計 is (f)'s; 全体 within one yen of the weighted mean of the two groups
    g = t[G]
    adds_up(G, ("全体", "ツアー参加者", "個人行動客"))
    n, tour = f["合計"]["回答者数（人）"], f["合計"]["うちツアー参加者（人）"]
    if g["合計"]["全体"] != f["合計"]["１人当たり消費額（円）"]:
        errors.append(f"{G}: 合計 全体 differs from {F}")
    for row, r in g.items():
        mean = (Decimal(tour * r["ツアー参加者"] + (n - tour) * r["個人行動客"])) / Decimal(n)
        if abs(Decimal(r["全体"]) - mean) > 1:
            errors.append(f"{G} / {row}: 全体 is not the weighted mean of the two groups")
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
        on = [i + 1 for i, p in enumerate(pages[KYOIKU_PDF]) if header in norm(p)]
        if months.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("１月から３月は令和７年") not in norm(pages[KYOIKU_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※４ should follow the table on the continuation page")
    for key in ("rates", "grants", "languages", "origins", "nations", "items"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["items"].ruled or not all(s.ruled for k, s in specs.items() if k != "items"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns (the same two leaves under both groups)
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／小規模医療機関", "補助率（％）／その他の医療機関", "上限額（万円）／小規模医療機関",
            "上限額（万円）／その他の医療機関"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (c): exactly the expected cell carries a note mark, explained by a note on the table's page
    marked = {(g["row"], g["column"]): g["value"] for g in gold if NOTE_MARK in g["value"]}
    if marked != EXPECTED_MARKED:
        errors.append(f"{C}: the marked cells are {marked}, expected {EXPECTED_MARKED}")
    cpage = {g["page"] for g in gold if g["table"] == C}
    if len(cpage) == 1 and norm(f"{NOTE_MARK} 診療所のネパール語は") not in norm(pages[TSUYAKU_PDF][min(cpage) - 1]):
        errors.append(f"{C}: the note explaining the mark is not on the table's page")
    # (d): fiscal years as columns, one fiscal year per column
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    if dcols != [f"令和{fw(y - 2018)}年度" for y in TRIP_YEARS] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == D) \
            or {g["unit"] for g in gold if g["table"] == D} != {"団体"}:
        errors.append(f"{D}: expected the fiscal years as columns ({dcols}), unit 団体 from the caption note")
    # (f): a stub header over the row labels, region cells spanning their rows, printed once each
    nations = specs["nations"]
    if nations.header[0][:2] != ["地域", "国籍・地域"] or nations.label_col != 1:
        errors.append(f"{F}: expected the stub header 地域 | 国籍・地域 over the row labels")
    vspans = {nations.rows[r0 - 1][0]: r1 - r0 + 1 for (c0, r0), (c1, r1) in nations.spans if c0 == c1 == 0}
    if vspans != {k: v for k, v in GROUPS.items() if v > 1}:
        errors.append(f"{F}: region spans {vspans}, expected {GROUPS}")
    printed = [r[0] for r in nations.rows if r[0] and r[1]]
    if printed != list(GROUPS):
        errors.append(f"{F}: each region label should be printed once, beside its first row ({printed})")
    fpage = {g["page"] for g in gold if g["table"] == F}
    if len(fpage) == 1:
        ptext = norm(pages[CRUISE_PDF][min(fpage) - 1])
        for grp in GROUPS:
            if ptext.count(norm(grp)) != 1:
                errors.append(f"{F}: region {grp} printed {ptext.count(norm(grp))} times on its page, expected once")
    frows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == F))
    if frows[-2:] != ["その他", "合計"]:
        errors.append(f"{F}: expected その他 and 合計 rows last (spanning both stub columns)")
    # (g): yen only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == G} != {"円"}:
        errors.append(f"{G}: expected yen only")
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
        got = re.findall(PHONE_RE, norm("\n".join(pages[doc])))
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}" in x and f"ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")

    # --- the guide
    ts = norm("\n".join(pages[TSUYAKU_PDF]))
    siblings(ts, TSUYAKU_PDF, ("医療機関の規模：", "利用した経費：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[1] for r in GRANT_YEARS)}機関、{sum(r[2] for r in GRANT_YEARS):,}万円") not in ts:
        errors.append("subsidy guide: the four-year totals in the prose differ from (b)")
    last = GRANT_YEARS[-1]
    if norm(f"令和６年度は{last[1]}機関に{last[2]:,}万円") not in ts or norm(f"{last[3]:,}回") not in ts:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (b)")
    if [x[0] for x in sorted(LANGUAGES, key=lambda x: -(x[1] + x[2]))][:3] != ["英語", "中国語", "ベトナム語"]:
        errors.append("subsidy guide: 「英語が最も多く、中国語、ベトナム語が続きます」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, size, what, amount, cls in CASES:
        caps = sum(rates[x][3 + cls] for x in what.split("、"))
        if int(amount.rstrip("万円")) > min(caps, FACILITY_CAP[cls]):
            errors.append(f"subsidy guide: case {head} gets more than its caps allow")
        beds = re.search(r"病床数(\d+)床", size)
        if (cls == 1) != bool(beds and int(beds.group(1)) > SMALL_BEDS):
            errors.append(f"subsidy guide: case {head} is in the wrong size class")
    if re.findall(r"20\d\d年", ts) != ["2021年"]:
        errors.append("subsidy guide: only 2021年度 should be printed in Western form")
    for d in ("「小規模医療機関」とは", "「遠隔通訳」とは"):
        if norm(d) not in ts:
            errors.append(f"subsidy guide: the definition {d} is missing")
    raw = "\n".join(pages[TSUYAKU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps_of(TSUYAKU_PDF, "①②③④⑤⑥", "subsidy guide")
    phones(TSUYAKU_PDF, ["099-263-4120", "099-263-4129", "099-263-4300"], "subsidy guide")

    # --- the school-trip report
    ky = norm("\n".join(pages[KYOIKU_PDF]))
    siblings(ky, KYOIKU_PDF, ("受入期間：", "生徒・教員数：", "交流先："), [v[0] for v in VISITS])
    n4, n5, n6 = (sum(r[k] for r in ORIGINS) for k in (1, 2, 3))
    if norm(f"教育旅行は{n6}団体で、前年度（{n5}団体）から{n6 - n5}団体増え") not in ky \
            or norm(f"令和４年度（{n4}団体）の約{fw(round(n6 / n4))}倍") not in ky or abs(n6 / n4 - round(n6 / n4)) > 0.3:
        errors.append("school-trip report: the totals in the prose differ from (d)")
    ranked = [r[0] for r in sorted(ORIGINS, key=lambda r: -r[3])]
    if ranked[:3] != ["台湾", "香港", "韓国"] or len({r[3] for r in ORIGINS[:3]}) != 3:
        errors.append("school-trip report: 「台湾…最も多く、香港、韓国が続いた」 does not hold")
    top = max(MONTHS, key=lambda m: m[1])
    if top[0] != 12 or max(MONTHS, key=lambda m: m[2])[0] != 12 or sum(m[1] == top[1] for m in MONTHS) != 1:
        errors.append("school-trip report: 「12月は…団体数、人数ともに年間で最も多かった」 does not hold")
    exch = sum(m[3] for m in MONTHS)
    if not 0.5 < exch / n6 < 0.6 or norm(f"学校交流を行った団体は{exch}団体") not in ky:
        errors.append("school-trip report: 「学校交流を行った団体は…全体の半数余り」 does not hold")
    by_month = {m[0]: m[2] for m in MONTHS}
    by_origin = {r[0]: r[3] for r in ORIGINS}
    for head, when, n, _where, month, origin in VISITS:
        if int(n.rstrip("人")) > by_month[month] or not by_origin.get(origin) or f"{fw(month)}月" not in when \
                and f"{month}月" not in when:
            errors.append(f"school-trip report: sibling {head} does not fit its month and origin")
    if BUS_GRANT[2] > BUS_GRANT[0] * BUS_GRANT[1] or BUS_GRANT[1] > n6:
        errors.append("school-trip report: the bus grants exceed their cap or the groups")
    if re.findall(r"20\d\d年", ky):
        errors.append("school-trip report: no Western year should be printed")
    for d in ("「教育旅行」とは", "「受入団体数」とは", "「学校交流」とは"):
        if norm(d) not in ky:
            errors.append(f"school-trip report: the definition {d} is missing")
    steps_of(KYOIKU_PDF, "①②③", "school-trip report")
    phones(KYOIKU_PDF, ["099-267-3310", "099-267-3319", "099-267-3500"], "school-trip report")

    # --- the cruise survey
    cr = norm("\n".join(pages[CRUISE_PDF]))
    siblings(cr, CRUISE_PDF, ("訪れた人の割合：", "平均滞在時間：", "主な消費："), [p[0] for p in PLACES])
    n_all, t_all = respondents()
    if norm(f"回答数：{n_all:,}人") not in cr or norm(f"全体{n_all:,}人、ツアー参加者{t_all}人、個人行動客{n_all - t_all}人") not in cr:
        errors.append("cruise survey: the respondents in the prose differ from (f)")
    by_n = [x[0] for x in sorted(all_nations(), key=lambda x: -x[1])]
    by_spend = [x[0] for x in sorted(all_nations(), key=lambda x: -x[3])]
    if by_n[:3] != ["台湾", "香港", "米国"] or by_spend[0] != "中国":
        errors.append("cruise survey: 「台湾…最も多く、香港、米国が続いた…中国が最も高かった」 does not hold")
    if norm(f"全体で{overall_spend():,}円") not in cr:
        errors.append("cruise survey: the overall spending in the prose differs from (f)")
    economy = half_up(Decimal(overall_spend() * CALLS[3]) / Decimal(100_000_000), "0.1")
    if norm(f"約{economy}億円") not in cr or CALLS[3] > CALLS[2] or CALLS[0] <= CALLS[1]:
        errors.append("cruise survey: the economic effect or the calls in the prose do not hold")
    items = {r[0]: r for r in item_rows()}
    if not all(items[k][3] > items[k][2] for k in ("飲食費", "交通費")):
        errors.append("cruise survey: 「個人行動客は…飲食費と交通費が多い」 does not hold")
    if min(r[2] for r in item_rows()) <= 0 or min(r[3] for r in item_rows()) <= 0:
        errors.append("cruise survey: a spending item is not positive")
    if any(not min(r[2], r[3]) <= r[1] <= max(r[2], r[3]) for r in item_rows()):
        errors.append("cruise survey: a 全体 item is not between the two groups")
    shares = [pct1(k, n_all) for _h, k, _x, _y in PLACES]
    if shares != sorted(shares, reverse=True) or any(k > n_all for _h, k, _x, _y in PLACES):
        errors.append("cruise survey: the places visited are not in decreasing order")
    if re.findall(r"20\d\d年", cr) != ["2019年"]:
        errors.append("cruise survey: only 2019年 should be printed in Western form")
    for d in ("「消費額」とは", "「ツアー参加者」とは", "「個人行動客」という"):
        if norm(d) not in cr:
            errors.append(f"cruise survey: the definition {d} is missing")
    if sum(bool(re.match(r"\s*○", x)) for x in "\n".join(pages[CRUISE_PDF]).splitlines()) < 4:
        errors.append("cruise survey: expected the bulleted list of the passengers' opinions")
    steps_of(CRUISE_PDF, "①②③④", "cruise survey")
    phones(CRUISE_PDF, ["099-265-2210", "099-265-2219", "099-265-2400"], "cruise survey")
    # every phone number of the set is fictional (099-26x-xxxx); every mail address is at example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-26x-xxxx")
        for mail in re.findall(r"[\w.-]+@[\w.-]+", text):
            if not mail.endswith("@example.jp"):
                errors.append(f"{n}: mail address {mail} not at example.jp")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
