"""Build the 榧県 held-out set 58: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (榧県 and every town, scheme, organisation, person, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱) for a subsidy towards export consortia of three or more small firms
(輸出コンソーシアム形成支援補助金) with a two-level header of rates and caps by the number of
member firms, a yearly record (years as rows) and the grants by product field with the fiscal
years as columns and a total column on the right; the annual activity report (年次活動報告書) of
the prefecture's honorary economic advisers living abroad (海外経済アドバイザー) with the main
indicators over three fiscal years (a 単位 column giving each row's unit), the activities by city
(a table continued over a page break without its header) and the consultations by topic (counts
and per cents in paired columns); and the service rules (利用規程) of the prefecture's showroom
for foreign buyers (海外バイヤー向けショールーム) with the fees by kind of display space, an unruled
table of the buyers by country and the use by product field with subtotal rows; see README.md
beside this file.

    python make_heldout58.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The structure and most helpers follow
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

KOFU_PDF = "kaya_yushutsu_consortium_hojokin_kofu_yoko_r7.pdf"
KATSUDO_PDF = "kaya_kaigai_keizai_advisor_katsudo_hokoku_r6.pdf"
KITEI_PDF = "kaya_buyer_showroom_riyo_kitei_r7.pdf"
ALL_PDFS = (KOFU_PDF, KATSUDO_PDF, KITEI_PDF)

UNITS = ("万円", "件", "人", "社", "%", "円", "区画", "品目")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-62"  # every phone number of the set: 099-62x-xxxx
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


def reiwa(y: int) -> str:
    return f"令和{fw(y - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, an optional 単位 column
    (each row's unit, not a cell) and optional columns covering a range of fiscal years (a total
    column on the right)."""

    unit_col: int | None = None
    range_cols: dict = {}

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
            if spec.unit_col is not None:
                unit = nfkc(r[spec.unit_col])
            else:
                unit = cell_unit or spec.cell_unit(r, c)
            row_label = label(r[spec.label_col])
            rng = spec.range_cols.get(c)
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


ARTICLE_HEAD = pstyle("article_head", docgen.GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=4, keepWithNext=1)


def article(head: str, text: str):
    """An article of a 要綱 or 規程: （見出し） on its own line, then 第n条 and its text."""
    out = [P(f"（{head}）", ARTICLE_HEAD)]
    for t in text.strip().split("\n"):
        if t.strip():
            out.append(P(t.strip(), hanging(0, 1)))
    return out


PREF = "榧県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
CENTER = f"{ZAIDAN} 輸出支援センター"

# ================================================================ document 1: export consortium subsidy, grant guideline
KOFU = f"{PREF}輸出コンソーシアム形成支援補助金"
KOFU_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
RATES = [  # 経費区分; 補助率（％）: ３社・４社, ５社以上; 上限額（万円）: ３社・４社, ５社以上 (令和７年度)
    ("輸出コーディネーターの委託費", 50, 60, 100, 150), ("共同の市場調査費", 50, 60, 60, 80),
    ("共同販促物の制作費", 50, 60, 40, 60), ("共同輸送費（混載）", 40, 50, 30, 45),
    ("海外商談会の共同出展費", 50, 60, 80, 120),
]
CONSORTIUM_CAP = 300  # note ※２: 万円 per consortium
RECORD = [  # 年度, 申請件数, 交付件数, 構成員数（延べ、社）, 交付額（万円）
    (2021, 6, 4, 15, 512), (2022, 9, 6, 23, 798), (2023, 12, 8, 34, 1126), (2024, 15, 11, 49, 1604),
]
FIELD_YEARS = (2022, 2023, 2024)
FIELDS = [  # 分野, 交付件数: 令和４年度, 令和５年度, 令和６年度
    ("食品・飲料", 2, 3, 3), ("酒類", 1, 2, 3), ("工芸品・生活雑貨", 2, 1, 2), ("機械・部品", 1, 1, 2),
    ("その他", 0, 1, 1),
]
CASES = [  # 見出し, 主な商品, 主な輸出先, 補助金の額 (same labels in every sibling section)
    ("榧の酒輸出研究会（榧市ほか）", "日本酒、焼酎、梅酒", "米国、香港", "186万円"),
    ("芦平クラフトネット（芦平町ほか）", "漆器、木工家具", "フランス、ドイツ", "243万円"),
    ("湊原精密部品輸出コンソーシアム（湊原市ほか）", "金属加工部品、治具", "タイ、ベトナム", "128万円"),
]
EXCLUDED = [  # 補助の対象としない経費
    "構成員が個別に行う販路開拓の経費",
    "商品の製造原価及び仕入れに要する経費",
    "構成員の役員及び従業員の人件費",
    "消費税及び地方消費税",
    "交付決定の日より前に契約し、又は支払った経費",
]


def kofu_specs():
    rates = TableSpec(
        key="rates", doc=KOFU_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "３社・４社", "５社以上", "３社・４社", "５社以上"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=KOFU_PDF, title="年度別の申請と交付の実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "構成員数（社）", "交付額（万円）"]],
        rows=[[reiwa(y), fw(a), fw(b), fw(m), fw(g)] for y, a, b, m, g in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n] + [fw(x) for x in ys] + [fw(sum(ys))] for n, *ys in FIELDS]
    tot = [sum(r[j] for r in FIELDS) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    fields = TableSpec(
        key="fields", doc=KOFU_PDF, title="分野別の交付件数",
        header=[["分野"] + [reiwa(y) for y in FIELD_YEARS] + ["計"]],
        rows=rows, col_widths=[44 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], unit="件",
    )
    fields.range_cols = {4: (FIELD_YEARS[0], FIELD_YEARS[-1])}
    return rates, record, fields


def kofu_story(specs):
    rates, record, fields = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{KOFU} 交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月１日", DATE_RIGHT), P(KOFU_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", f"""
第１条　この要綱は、県内の中小企業者が共同で海外への販路開拓に取り組む輸出コンソーシアムの形成と活動を支援するため、予算の範囲内で交付する{KOFU}（以下「補助金」という。）に関し、{PREF}補助金等交付規則に定めるもののほか、必要な事項を定めるものとする。
""")
    st += article("定義", """
第２条　この要綱において「輸出コンソーシアム」とは、県内に事業所を有する３社以上の中小企業者が、共同で海外への販路開拓に取り組むため、協定書を結んで構成する団体をいう。
２　この要綱において「構成員」とは、輸出コンソーシアムを構成する中小企業者をいい、県外の商社、物流事業者等で輸出コンソーシアムの活動に協力するもの（以下「協力事業者」という。）は含まない。
３　この要綱において「代表事業者」とは、構成員のうちから互選により選ばれ、補助金の申請、受領及び実績報告を行う者をいう。
""")
    st += article("補助事業の概要", "第３条　補助金の交付の対象となる事業の概要は、次のとおりとする。")
    st += lv_lines([
        ("補助事業名", KOFU),
        ("補助対象者", "輸出コンソーシアムの代表事業者"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
        ("予算額", "2,400万円"),
        ("交付予定件数", "12件程度"),
    ], 0)
    st += article("補助対象経費、補助率及び上限額", """
第４条　補助対象経費、補助率及び上限額は、次の表のとおりとし、構成員の数によって異なる。
""")
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 構成員の数には、協力事業者を含めない。",
        f"※２ 補助金の額は、１輸出コンソーシアム当たり{CONSORTIUM_CAP}万円を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += [P("２　次に掲げる経費は、補助の対象としない。", hanging(0, 1))]
    st += bullets(EXCLUDED, 1)
    st += article("交付申請の手続", "第５条　補助金の交付の申請から支払までの手続は、次のとおりとする。")
    st += numbered([
        f"① 事前相談（{CENTER}へ。申請の１か月前まで）",
        "② 交付申請書の提出（令和７年５月12日から６月20日まで。協定書の写しを添付）",
        "③ 審査（書類審査と代表事業者の面談、７月上旬）",
        "④ 交付決定の通知（７月下旬）",
        "⑤ 補助事業の実施（交付決定の日から令和８年２月27日まで）",
        "⑥ 実績報告（完了の日から30日以内。遅くとも令和８年３月10日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += article("輸出実績の報告", """
第６条　代表事業者は、補助事業が完了した年度の翌年度から３年間、毎年度の構成員の輸出の実績を知事に報告しなければならない。
""")
    st += article("その他", """
第７条　この要綱に定めるもののほか、補助金の交付に関し必要な事項は、知事が別に定める。
""")
    st += [P("附　則", ARTICLE_HEAD), P("この要綱は、令和７年４月１日から施行する。", hanging(0, 1))]
    st += [P("（参考１）これまでの交付実績", H1)]
    st += paras(f"""
制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付した。申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した。分野別では、令和６年度は食品・飲料と酒類がそれぞれ３件で最も多かった。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※３ 構成員数は、交付を受けた輸出コンソーシアムの構成員の数を合計したものである。"])
    st += [caption(fields.title, "（単位：件）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、化粧品、園芸用品等である。"])
    st += [P("（参考２）活用事例（令和６年度）", H1)]
    for i, (head, goods, dest, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な商品", goods), ("主な輸出先", dest), ("補助金の額", amount)], 1)
    st += [P("（参考３）よくある質問", H1)]
    qa = [
        ("協力事業者に支払う経費も補助の対象になりますか。",
         "輸出コーディネーターの委託費又は共同輸送費として支払うものは、対象になります。"),
        ("同じ輸出コンソーシアムが翌年度も申請できますか。",
         "申請できます。ただし、補助金の交付は、同じ輸出コンソーシアムにつき通算３回までとします。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KOFU_DEPT} 輸出振興班　電話：099-621-4810　ファクス：099-621-4819",
        f"{CENTER}（事前相談）　電話：099-623-5530",
        "電子メール：kaya-consortium@example.jp",
    ]))
    return st


# ================================================================ document 2: overseas economic advisers, annual activity report
ADV = f"{PREF}海外経済アドバイザー"
ADV_DEPT = f"{PREF} 商工労働部 海外展開推進課"
CITIES = [  # 都市, 相談対応, 取引先紹介, 商談成立 (令和６年度, 件)
    ("ロサンゼルス", 58, 21, 6), ("ニューヨーク", 44, 17, 4), ("バンクーバー", 26, 9, 2),
    ("ロンドン", 37, 12, 3), ("パリ", 41, 15, 5), ("フランクフルト", 33, 11, 2),
    ("シンガポール", 62, 24, 7), ("バンコク", 55, 22, 6), ("ホーチミン", 48, 19, 5),
    ("台北", 39, 16, 4), ("上海", 30, 8, 1),
]
INDICATOR_YEARS = (2022, 2023, 2024)
INDICATORS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度
    ("アドバイザー数", "人", 9, 10, 11), ("相談対応件数", "件", 352, 418, 473),
    ("取引先紹介件数", "件", 126, 150, 174), ("商談成立件数", "件", 28, 36, 45),
    ("相談した県内企業数", "社", 164, 189, 212),
]
TOPICS = [  # 相談内容, 件数 (令和６年度)
    ("市場・消費者の動向", 132), ("取引先・提携先の紹介", 118), ("輸入規制・認証", 74),
    ("商習慣・契約", 61), ("展示会・商談会", 52), ("その他", 36),
]
ADVISERS = [  # 見出し, 委嘱の時期, 専門分野, 主な成果 (same labels in every sibling section)
    ("シンガポール駐在のアドバイザー", "令和２年度から", "食品の流通・小売",
     "県内の菓子メーカー２社と現地の高級スーパーとの取引が成立した"),
    ("バンコク駐在のアドバイザー", "令和４年度から", "工業製品の調達・物流",
     "県内の精密部品メーカーと現地の自動車部品工場との取引につながった"),
    ("パリ駐在のアドバイザー", "令和６年度から", "工芸品・デザイン",
     "漆器の工房と現地のセレクトショップとの代理店契約が結ばれた"),
]
SEMINARS, SEMINAR_PEOPLE = 3, 186  # 海外市場セミナー (prose only)


def katsudo_specs():
    rows = [[n, u] + [fw(x) for x in ys] for n, u, *ys in INDICATORS]
    indicators = TableSpec(
        key="indicators", doc=KATSUDO_PDF, title="主な指標の推移",
        header=[["指標", "単位"] + [reiwa(y) for y in INDICATOR_YEARS]],
        rows=rows, col_widths=[50 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
        align_left_cols=(), bold_rows=(),
    )
    indicators.unit_col = 1
    crows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in CITIES]
    crows.append(["合計"] + [fw(sum(r[j] for r in CITIES)) for j in (1, 2, 3)])
    cities = TableSpec(
        key="cities", doc=KATSUDO_PDF, title="都市別の活動実績",
        header=[["都市", "相談対応（件）", "取引先紹介（件）", "商談成立（件）"]],
        rows=crows, col_widths=[42 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    cities.unit = lambda row, c, s=cities: bracket_unit(s.column_label(c))
    total = sum(n for _t, n in TOPICS)
    trows = [[t, fw(n), cell(pct1(n, total))] for t, n in TOPICS]
    trows.append(["合計", fw(total), "100.0"])
    topics = TableSpec(
        key="topics", doc=KATSUDO_PDF, title="相談内容別の件数",
        header=[["相談内容", "件数（件）", "構成比（％）"]],
        rows=trows, col_widths=[56 * mm, 34 * mm, 34 * mm], table_fy=2024,
    )
    topics.unit = lambda row, c, s=topics: bracket_unit(s.column_label(c))
    return indicators, cities, topics


def katsudo_story(specs):
    indicators, cities, topics = specs
    now = {n: ys[-1] for n, _u, *ys in INDICATORS}
    prev = {n: ys[-2] for n, _u, *ys in INDICATORS}
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{ADV} 年次活動報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年７月", DATE_RIGHT), P(ADV_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　制度の概要", H1)]
    st += lv_lines([
        ("制度名", f"{ADV}制度"),
        ("委嘱者", f"{PREF}知事"),
        ("アドバイザーの人数", f"{now['アドバイザー数']}人（10か国・地域の{len(CITIES)}都市）"),
        ("任期", "２年（令和６年４月１日から令和８年３月31日まで）"),
        ("相談の取次ぎ", CENTER),
    ], 0)
    st += paras("""
この報告書において「アドバイザー」とは、海外に居住し、現地の経済界に人脈を有する者のうちから、知事が委嘱した者をいう。「取引先紹介」とは、アドバイザーが県内企業に現地の企業等を紹介し、実際に面談（オンラインによるものを含む。）が行われたものをいい、紹介状の送付のみのものは含まない。また、「商談成立」とは、紹介を受けた県内企業が、紹介先との間で売買契約、代理店契約又は業務提携契約を結んだものをいう。
""", 0)
    st += [P("２　活動の概要", H1)]
    st += paras(f"""
令和６年度にアドバイザーが対応した相談は{now['相談対応件数']}件で、前年度から{now['相談対応件数'] - prev['相談対応件数']}件増えた。相談した県内企業は{now['相談した県内企業数']}社で、取引先紹介は{now['取引先紹介件数']}件、商談成立は{now['商談成立件数']}件であった。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes(["※１ アドバイザー数は、各年度の４月１日現在の人数である。"])
    st += [P("３　都市別の活動実績", H1)]
    st += paras("都市別では、シンガポールが相談対応、取引先紹介、商談成立のいずれも最も多かった。", 0)
    st += [caption(cities.title, "（令和６年度）", keep=False), cities.flowable(), Spacer(1, 2)]
    st += notes(["※２ 相談対応は、電子メール、オンライン会議及び一時帰国の際の面談による相談の件数である。"])
    st += paras("主なアドバイザーの活動は、次のとおりである。", 0)
    for i, (head, since, field, result) in enumerate(ADVISERS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("委嘱の時期", since), ("専門分野", field), ("主な成果", result)], 1)
    st += [P("４　相談内容別の件数", H1)]
    st += paras("相談内容別では、「市場・消費者の動向」が最も多く、全体の３割近くを占めた。", 0)
    st += [caption(topics.title, "（令和６年度）"), topics.flowable(), Spacer(1, 2)]
    st += notes(["※３ 構成比は小数点以下第２位を四捨五入しているため、内訳の合計は100.0にならない。"])
    st += [P("５　海外市場セミナー", H1)]
    st += paras(f"""
アドバイザーが一時帰国した機会に、県内で「海外市場セミナー」を{fw(SEMINARS)}回開き、延べ{SEMINAR_PEOPLE}人が参加した。セミナーの後には個別の相談会を設け、その場で取引先紹介につながった例もあった。
""", 0)
    st += [P("６　利用企業アンケート", H1)]
    st += paras("""
アドバイザーに相談した県内企業にアンケートを行い、89社から回答を得た。「役に立った」又は「ある程度役に立った」と答えた企業は91.0％であった。一方、「回答までに時間がかかる」「時差があり連絡が取りにくい」との意見もあった。
""", 0)
    st += [P("７　課題と今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、インドとメキシコにアドバイザーを新たに委嘱する。",
        "② 相談から回答までの期間を短くするため、輸出支援センターに専任の担当者を置く。",
        "③ 商談成立の後の取引の状況を、県内企業から年１回聞き取る。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ADV_DEPT} ネットワーク班　電話：099-624-2270　ファクス：099-624-2279",
        f"{CENTER}（相談の取次ぎ）　電話：099-623-5540",
        "電子メール：kaya-advisor@example.jp",
    ]))
    return st


# ================================================================ document 3: showroom for foreign buyers, service rules
SHOWROOM = f"{PREF}産品海外バイヤー向けショールーム"
KITEI_DEPT = f"{PREF} 商工労働部 県産品ブランド推進課"
SPACES = [  # 区画の種類, 区画数, 県内中小企業者（円）, その他の事業者（円） (月額)
    ("棚区画（幅90cm）", 24, 5000, 10000), ("平台区画", 16, 7000, 14000),
    ("ショーケース区画", 12, 9000, 18000), ("大型展示区画", 8, 16000, 32000),
]
BUYERS = [  # 国・地域, バイヤー数（人）, 商談件数（件）, 成約件数（件） (令和６年度)
    ("台湾", 46, 138, 19), ("香港", 38, 112, 15), ("中国", 24, 63, 6), ("韓国", 18, 41, 4),
    ("タイ", 22, 70, 9), ("シンガポール", 20, 66, 8), ("米国", 14, 37, 3), ("その他", 12, 29, 2),
]
PRODUCTS = [  # (小計の行, [(分野, 利用企業数, 展示品目数, 問合せ件数)]) (令和６年度)
    ("小計（食品）", [("菓子", 9, 46, 71), ("調味料・加工食品", 12, 58, 84), ("酒類・飲料", 7, 31, 96)]),
    ("小計（食品以外）", [("工芸品", 8, 27, 44), ("生活雑貨", 6, 33, 38), ("衣料・服飾", 3, 12, 17)]),
]
EVENTS = [  # 見出し, 開催時期, 参加した県内企業, 商談件数 (same labels in every sibling section)
    ("台湾・香港の百貨店バイヤー招へい商談会", "令和６年７月", "18社", "58件"),
    ("シンガポールの業務用食品卸の商談会", "令和６年10月", "14社", "41件"),
    ("米国の日本食品輸入業者とのオンライン商談会", "令和７年１月", "11社", "26件"),
]


def kitei_specs():
    spaces = TableSpec(
        key="spaces", doc=KITEI_PDF, title="展示区画の種類と月額使用料",
        header=[["区画の種類", "区画数（区画）", "県内中小企業者（円）", "その他の事業者（円）"]],
        rows=[[n, fw(k), fw(a), fw(b)] for n, k, a, b in SPACES],
        col_widths=[46 * mm, 32 * mm, 40 * mm, 40 * mm], table_fy=2025,
    )
    spaces.unit = lambda row, c, s=spaces: bracket_unit(s.column_label(c))
    brows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in BUYERS]
    brows.append(["合計"] + [fw(sum(r[j] for r in BUYERS)) for j in (1, 2, 3)])
    buyers = TableSpec(
        key="buyers", doc=KITEI_PDF, title="国・地域別の来場バイヤーと商談",
        header=[["国・地域", "バイヤー数（人）", "商談件数（件）", "成約件数（件）"]],
        rows=brows, col_widths=[40 * mm, 34 * mm, 34 * mm, 34 * mm], ruled=False, table_fy=2024,
    )
    buyers.unit = lambda row, c, s=buyers: bracket_unit(s.column_label(c))
    prows = []
    for sub, members in PRODUCTS:
        prows += [[n, fw(a), fw(b), fw(c)] for n, a, b, c in members]
        prows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    everything = [m for _s, ms in PRODUCTS for m in ms]
    prows.append(["合計"] + [fw(sum(m[j] for m in everything)) for j in (1, 2, 3)])
    products = TableSpec(
        key="products", doc=KITEI_PDF, title="出展分野別の利用状況",
        header=[["分野", "利用企業数（社）", "展示品目数（品目）", "問合せ件数（件）"]],
        rows=prows, col_widths=[44 * mm, 34 * mm, 36 * mm, 34 * mm], table_fy=2024,
        bold_rows=("合計",) + tuple(s for s, _m in PRODUCTS),
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    return spaces, buyers, products


def kitei_story(specs):
    spaces, buyers, products = specs
    n_spaces = sum(s[1] for s in SPACES)
    everything = [m for _s, ms in PRODUCTS for m in ms]
    firms, items, inquiries = (sum(m[j] for m in everything) for j in (1, 2, 3))
    b_people, b_talks, b_deals = (sum(b[j] for b in BUYERS) for j in (1, 2, 3))
    st = [Spacer(1, 2 * mm), P(f"{SHOWROOM} 利用規程", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月１日", DATE_RIGHT), P(KITEI_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", f"""
第１条　この規程は、県が設置する{SHOWROOM}（以下「ショールーム」という。）の利用に関し、必要な事項を定めるものとする。
""")
    st += article("定義", """
第２条　この規程において「展示区画」とは、ショールーム内で、利用者が自社の商品を海外のバイヤーに紹介するために展示する区画をいう。
２　この規程において「県内中小企業者」とは、県内に本社又は主たる事業所を有する中小企業者（中小企業基本法第２条第１項に規定する中小企業者をいう。）をいう。
３　この規程において「初回利用者」とは、過去にショールームの展示区画を利用したことがない者をいう。
""")
    st += article("ショールームの概要", "第３条　ショールームの概要は、次のとおりとする。")
    st += lv_lines([
        ("名称", SHOWROOM),
        ("所在地", f"榧市本町二丁目５番１号 {PREF}貿易会館３階"),
        ("開館時間", "午前10時から午後５時まで"),
        ("休館日", "土曜日、日曜日、祝日及び年末年始"),
        ("展示区画数", f"{n_spaces}区画"),
    ], 0)
    st += article("利用できる者", """
第４条　展示区画を利用できる者は、県内中小企業者、県内の農林漁業者の団体及び県内で生産され、又は加工された商品（以下「県産品」という。）を取り扱う事業者とする。
""")
    st += article("利用期間", """
第５条　展示区画の利用期間は、３か月を単位とし、１回の申込みにつき最長１年とする。
２　引き続き利用を希望する者は、利用期間が終わる日の１か月前までに、更新を申し込むことができる。
""")
    st += article("使用料", "第６条　展示区画の使用料は、次の表のとおりとする。")
    st += [caption(spaces.title, "（令和７年４月から）"), spaces.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 初回利用者である県内中小企業者は、最初の３か月分の使用料を半額とする。",
        "※２ 使用料は、３か月分ずつ、各期間の始まる日までに前納する。",
    ])
    st += article("申込みの手続", "第７条　展示区画の利用の申込みから展示までの手続は、次のとおりとする。")
    st += numbered([
        "① 空き状況の確認（ショールームの受付へ電話又は電子メールで）",
        "② 利用申込書の提出（利用を始める日の１か月前まで）",
        "③ 利用の承認と使用料の納入通知（申込みから２週間以内）",
        "④ 使用料の納入（利用を始める日まで）",
        "⑤ 展示品の搬入（利用を始める日の前日から。搬入及び搬出の費用は利用者の負担）",
    ], 0)
    st += article("禁止行為", "第８条　利用者は、次に掲げる行為をしてはならない。")
    st += bullets([
        "県産品以外の商品を展示すること。",
        "ショールーム内で商品を販売すること。",
        "展示区画を他の者に使用させること。",
        "危険物、生鮮食品その他ショールームでの展示に適さないものを展示すること。",
    ], 0)
    st += article("利用の承認の取消し", """
第９条　知事は、利用者が前条の規定に違反したとき、又は使用料を納入しないときは、利用の承認を取り消すことができる。この場合において、既に納入された使用料は還付しない。
""")
    st += article("責任", """
第10条　展示品の盗難、破損等について、県は、県の責めに帰すべき事由による場合を除き、その責任を負わない。
""")
    st += [P("附　則", ARTICLE_HEAD), P("この規程は、令和７年（2025年）４月１日から施行する。", hanging(0, 1))]
    st += [P("（参考）令和６年度の利用状況", H1)]
    st += paras(f"""
令和６年度は{firms}社が展示区画を利用し、{items}品目を展示した。来場した海外のバイヤーは{b_people}人で、商談は{b_talks}件、うち{b_deals}件が成約に至った。国・地域別では、台湾からのバイヤーが最も多い。
""", 0)
    st += [caption(buyers.title, "（令和６年度）"), buyers.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「成約」は、商談から３か月以内に、初回の発注又は売買契約があったものをいう。",
        "※４ 「その他」は、マレーシア、オーストラリア、フランス等である。",
    ])
    food = sum(m[3] for m in PRODUCTS[0][1])
    st += paras(f"分野別では、バイヤーからの問合せ{inquiries}件のうち、食品が{food}件と７割余りを占めた。", 0)
    st += [caption(products.title, "（令和６年度）"), products.flowable(), Spacer(1, 2)]
    st += paras("ショールームで開いた主な商談会は、次のとおりである。", 0)
    for i, (head, when, who, talks) in enumerate(EVENTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催時期", when), ("参加した県内企業", who), ("商談件数", talks)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KITEI_DEPT} 海外販路班　電話：099-627-1150　ファクス：099-627-1159",
        f"{SHOWROOM}（受付）　電話：099-626-3300",
        "電子メール：kaya-showroom@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kofu_specs() + katsudo_specs() + kitei_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    ks, ads, ts = kofu_specs(), katsudo_specs(), kitei_specs()
    kdoc = build_pdf(docs_dir / KOFU_PDF, ks, kofu_story(ks),
                     f"{KOFU} 交付要綱", "令和７年４月１日", KOFU_DEPT)
    adoc = build_pdf(docs_dir / KATSUDO_PDF, ads, katsudo_story(ads),
                     f"令和６年度 {ADV} 年次活動報告書", "令和７年７月", ADV_DEPT)
    tdoc = build_pdf(docs_dir / KITEI_PDF, ts, kitei_story(ts),
                     f"{SHOWROOM} 利用規程", "令和７年４月１日", KITEI_DEPT)
    gold = all_gold({KOFU_PDF: kdoc.row_pages, KATSUDO_PDF: adoc.row_pages, KITEI_PDF: tdoc.row_pages})
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
    # --- kofu: the export consortium grant guideline, tables (a) (b) (c), definitions, costs not covered, articles, sibling sections, steps
    dict(question="県内の食品メーカー４社が、県外の商社１社にも協力してもらって輸出コンソーシアムを作る予定です。海外の商談会に共同で出展する費用は、何％補助されますか？",
         category="kofu", doc=KOFU_PDF,
         evidence=["構成員の数には、協力事業者を含めない", "海外商談会の共同出展費 50 60 80 120"], answer=["50"],
         notes="two facts: note ※１ (and the definition of 構成員 in 第２条２) leaves the trading company from outside "
               "the prefecture out, so the consortium has four members; (a) two-level header, leaf 補助率（％）／３社・４社; "
               "60 (５社以上, counting the trading company) is the trap"),
    dict(question="2025年度に県内の６社でコンソーシアムを組んで申請する場合、輸出コーディネーターへの委託費は、いくらまで補助してもらえますか？",
         category="kofu", doc=KOFU_PDF, evidence=["輸出コーディネーターの委託費 50 60 100 150"], answer=["150"],
         notes="(a) leaf 上限額（万円）／５社以上 (six members); the leaves ３社・４社 / ５社以上 are printed under both "
               "groups; 2025年度 = 令和７年度 (caption note; only 2021年度 is printed in Western form); 100 (３社・４社) "
               "and 60 (the rate) are the traps"),
    dict(question="2023年度に補助金の交付を受けたコンソーシアムは何件でしたか？",
         category="kofu", doc=KOFU_PDF, evidence=["令和５年度 12 ８ 34 1,126"], answer=["８"],
         notes="(b) years as rows: 2023年度 = 令和５年度; column 交付件数（件）; 12 (申請件数) is the trap"),
    dict(question="令和６年度に申請したコンソーシアムのうち、交付まで進んだのは何％ですか？",
         category="kofu", doc=KOFU_PDF, evidence=["令和６年度 15 11 49 1,604"], answer=["73.3%"], computed=True,
         notes="(b) share within a row: 11 / 15 = 73.3 %"),
    dict(question="令和６年度の交付額を、交付したコンソーシアム１件当たりの平均にすると、いくらになりますか？",
         category="kofu", doc=KOFU_PDF, evidence=["令和６年度 15 11 49 1,604"], answer=["145.8万円"], computed=True,
         notes="(b) average in a row: 1,604 / 11 = 145.8万円 (dividing by the 49 member firms, 32.7万円, is the trap)"),
    dict(question="お酒の分野のコンソーシアムには、令和４年度から令和６年度までの３年間で合わせて何件交付されていますか？",
         category="kofu", doc=KOFU_PDF, evidence=["酒類 １ ２ ３ ６"], answer=["６"],
         notes="(c) the total column 計 on the right (fiscal_year_range 2022–2024), row 酒類 (お酒); ３ (令和６年度) is "
               "the trap"),
    dict(question="令和６年度に交付した件数のうち、お酒の分野はどのくらいの割合を占めていますか？",
         category="kofu", doc=KOFU_PDF, evidence=["酒類 １ ２ ３ ６", "合計 ６ ８ 11 25"], answer=["27.3%"],
         computed=True,
         notes="(c) share within the 令和６年度 column: 3 / 11 = 27.3 % (25, the 計 of 合計, is the trap)"),
    dict(question="漆器や木工家具を扱う会社が集まったコンソーシアムの事例では、補助金はいくら出ましたか？",
         category="kofu", doc=KOFU_PDF, evidence=["主な商品：漆器、木工家具", "補助金の額：243万円"], answer=["243万円"],
         notes="sibling sections （１）–（３） of （参考２） share the labels 主な商品, 主な輸出先, 補助金の額; "
               "（２）芦平クラフトネット, found by 主な商品 (its heading does not name the goods); 186万円 and 128万円 "
               "are the siblings' values"),
    dict(question="申請してから、交付が決まったという通知はいつごろ届きますか？",
         category="kofu", doc=KOFU_PDF, evidence=["交付決定の通知（７月下旬）"], answer=["７月下旬"],
         notes="procedure step ④ of 第５条 (the review of step ③ in ７月上旬 is a near miss)"),
    dict(question="コンソーシアムの構成員が、それぞれ単独で海外の取引先を開拓する費用も補助してもらえますか？",
         category="kofu", doc=KOFU_PDF, evidence=["次に掲げる経費は、補助の対象としない", "構成員が個別に行う販路開拓の経費"],
         answer=["対象としない"],
         notes="the costs not covered (第４条２, a lead sentence and ○ items split by the page 1→2 break): the first "
               "item (no); the joint costs of the rate table are covered, a near miss"),
    dict(question="補助を受けたあと、輸出の実績は何年間報告しなければなりませんか？",
         category="kofu", doc=KOFU_PDF, evidence=["翌年度から３年間"], answer=["３年間"],
         notes="article 第６条 (prose): from the following fiscal year, for three years; Ｑ２'s 通算３回 (grants per "
               "consortium) is a near miss"),
    # --- katsudo: the advisers' annual activity report, tables (d) (e) (f), a definition, sibling sections
    dict(question="2024年度に、ロサンゼルスのアドバイザーが県内企業に現地の会社を紹介して、実際に面談まで進んだのは何件ですか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["ロサンゼルス 58 21 ６"], answer=["21"],
         notes="(e) first page, column 取引先紹介（件） (by the definition in １ an introduction counts only once a meeting "
               "took place); 2024年度 = 令和６年度 (the report prints no Western year); 58 (相談対応) is the trap"),
    dict(question="台北のアドバイザーの紹介で、契約まで至った商談は何件ありましたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["台北 39 16 ４"], answer=["４"],
         notes="(e) continuation page (no header there): row 台北, column 商談成立（件） (契約 = 商談成立, definition in "
               "１); 16 (取引先紹介) is the trap"),
    dict(question="ヨーロッパに駐在しているアドバイザーが受けた相談は、合わせて何件ですか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["ロンドン 37 12 ３", "パリ 41 15 ５", "フランクフルト 33 11 ２"],
         answer=["111件"], computed=True,
         notes="(e) sum over the European cities (ロンドン, パリ, フランクフルト; no region column, no subtotal): "
               "37 + 41 + 33 = 111件"),
    dict(question="シンガポールでは、アドバイザーが紹介した取引先のうち、商談成立に至ったのはどのくらいの割合ですか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["シンガポール 62 24 ７"], answer=["29.2%"], computed=True,
         notes="(e) continuation page, ratio within a row: 7 / 24 = 29.2 % (7 / 62 = 11.3 %, over the consultations, is "
               "the trap)"),
    dict(question="取引先や提携先を紹介してほしいという相談は、全体の何％でしたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["取引先・提携先の紹介 118 24.9"], answer=["24.9"],
         notes="(f) counts and per cents in paired columns, column 構成比（％）; 118 (件数) is the trap"),
    dict(question="2022年度にアドバイザーに相談した県内の会社は何社ありましたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["相談した県内企業数 社 164 189 212"], answer=["164"],
         notes="(d) fiscal years as columns with a 単位 column (社 for this row): 2022年度 = 令和４年度; 212 (令和６年度, "
               "also in the prose) is the trap"),
    dict(question="アドバイザーが受けた相談の件数は、令和４年度から令和６年度にかけて何件増えましたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["相談対応件数 件 352 418 473"], answer=["121件"], computed=True,
         notes="(d) difference across the year columns: 473 − 352 = 121件 (the prose gives only the increase over "
               "令和５年度, 55件, the trap)"),
    dict(question="アドバイザーが紹介状をメールで送っただけで、まだ面談していない場合も、「取引先紹介」の件数に入りますか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["紹介状の送付のみのものは含まない"], answer=["含まない"],
         notes="definition 「取引先紹介」とは…実際に面談…が行われたものをいい、紹介状の送付のみのものは含まない "
               "(no: asked at its boundary)"),
    dict(question="タイに住んでいるアドバイザーは、どんな分野に詳しい方ですか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["（２）バンコク駐在のアドバイザー", "専門分野：工業製品の調達・物流"],
         answer=["工業製品の調達・物流"],
         notes="sibling sections （１）–（３） of ３ share the labels 委嘱の時期, 専門分野, 主な成果; （２）バンコク "
               "(タイ); 食品の流通・小売 and 工芸品・デザイン are the siblings' values"),
    dict(question="アドバイザーは、一度委嘱されると何年務めることになりますか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["任期：２年"], answer=["２年"],
         notes="「label：value」 line 任期 (its dates follow in brackets)"),
    # --- kitei: the showroom rules, tables (g) (h) (i), definitions, articles, sibling sections
    dict(question="初めてショールームを使う県内の菓子メーカー（社員30人）が、棚の区画を３か月借りると、使用料は合計いくらになりますか？",
         category="kitei", doc=KITEI_PDF, evidence=["棚区画（幅90cm） 24 5,000 10,000", "最初の３か月分の使用料を半額とする"],
         answer=["7,500円"], computed=True,
         notes="two facts and arithmetic: the firm is a 県内中小企業者 and an 初回利用者 (definitions in 第２条); (g) "
               "column 県内中小企業者（円） is a monthly fee (caption 月額); note ※１ halves the first three months: "
               "5,000 × 3 × ½ = 7,500円; 15,000円 (no discount) is the trap"),
    dict(question="県外に本社がある食品の商社が、県産品をショーケースに並べたい場合、月々の使用料はいくらですか？",
         category="kitei", doc=KITEI_PDF,
         evidence=["県内に本社又は主たる事業所を有する中小企業者", "ショーケース区画 12 9,000 18,000"], answer=["18,000"],
         notes="(g) column その他の事業者（円）: a firm with its head office outside the prefecture is no 県内中小企業者 "
               "(definition in 第２条２; 第４条 admits traders of 県産品); 9,000 is the trap"),
    dict(question="2024年度に台湾から来たバイヤーとの商談のうち、成約したのは何件ですか？",
         category="kitei", doc=KITEI_PDF, evidence=["台湾 46 138 19"], answer=["19"],
         notes="(h) unruled table, column 成約件数（件）; 2024年度 = 令和６年度 (the rules print only 2025年 in Western "
               "form); 138 (商談件数) is the trap"),
    dict(question="タイのバイヤーとの商談は、何％が成約に結びつきましたか？",
         category="kitei", doc=KITEI_PDF, evidence=["タイ 22 70 ９"], answer=["12.9%"], computed=True,
         notes="(h) ratio within a row: 9 / 70 = 12.9 %"),
    dict(question="食品以外の分野で展示された品目は、全部でいくつありましたか？",
         category="kitei", doc=KITEI_PDF, evidence=["小計（食品以外） 17 72 99"], answer=["72"],
         notes="(i) a subtotal row inside the table (小計（食品以外）), column 展示品目数（品目）; 207 (合計) and 135 "
               "(小計（食品）) are the traps"),
    dict(question="バイヤーからの問合せのうち、お酒や飲み物の分野はどのくらいの割合でしたか？",
         category="kitei", doc=KITEI_PDF, evidence=["酒類・飲料 ７ 31 96", "合計 45 207 350"], answer=["27.4%"],
         computed=True,
         notes="(i) share within a column: 96 / 350 = 27.4 % (over the 合計 row; over 小計（食品） 251 it would be "
               "38.2 %, the trap)"),
    dict(question="展示区画は、１回の申込みで最長どのくらいの期間借りられますか？",
         category="kitei", doc=KITEI_PDF, evidence=["１回の申込みにつき最長１年"], answer=["１年"],
         notes="article 第５条 (prose): ３か月 is the unit (the near miss), 最長１年, renewals possible"),
    dict(question="台湾や香港のデパートのバイヤーを招いた商談会では、何件の商談が行われましたか？",
         category="kitei", doc=KITEI_PDF, evidence=["百貨店バイヤー招へい商談会", "商談件数：58件"], answer=["58件"],
         notes="sibling sections （１）–（３） of （参考） share the labels 開催時期, 参加した県内企業, 商談件数; （１） "
               "(デパート = 百貨店); 41件 and 26件 are the siblings' values, 18社 the firms"),
    # --- followups
    dict(question="では、その経費の上限額は、構成員が５社以上になるといくらですか？",
         category="followup", doc=KOFU_PDF, evidence=["共同輸送費（混載） 40 50 30 45"], answer=["45"],
         history=_turns("輸出コンソーシアムで混載の共同輸送費を使う場合、構成員が３社なら補助率は何％ですか？",
                        "構成員が３社の場合、共同輸送費（混載）の補助率は40％です[1]。"),
         notes="(a) the row from the history (共同輸送費（混載）), the other group and leaf 上限額（万円）／５社以上; "
               "30 (３社・４社) and 50 (the rate) are the traps"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=KOFU_PDF, evidence=["令和４年度 ９ ６ 23 798"], answer=["798"],
         history=_turns("2022年度は何件の申請がありましたか？",
                        "2022年度（令和４年度）の申請は９件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 交付額（万円）; 23 (構成員数) is the trap"),
    dict(question="では、そこで商談成立まで至ったのは何件ですか？",
         category="followup", doc=KATSUDO_PDF, evidence=["パリ 41 15 ５"], answer=["５"],
         history=_turns("パリのアドバイザーは、令和６年度に何件の相談に対応しましたか？",
                        "パリでは41件の相談に対応しました[1]。"),
         notes="(e) the row from the history (パリ, first page), column 商談成立（件）; 15 (取引先紹介) is the trap"),
    dict(question="その人たちとの商談は、１人当たり平均で何件になりますか？",
         category="followup", doc=KITEI_PDF, evidence=["香港 38 112 15"], answer=["2.9件"], computed=True,
         history=_turns("令和６年度に香港から来たバイヤーは何人でしたか？",
                        "香港からのバイヤーは38人でした[1]。"),
         notes="(h) the row from the history (香港), average in a row: 112 / 38 = 2.9件"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KITEI_PDF, evidence=["（受付） 電話：099-626-3300"], answer=["099-626-3300"],
         history=_turns("ショールームの展示区画の空き状況を確かめたいのですが、どこに問い合わせればよいですか？",
                        "ショールームの受付で、電話又は電子メールで空き状況の確認を受け付けています[1]。"),
         notes="contact box of the rules: the showroom's reception phone (second line); the 班's phone 099-627-1150 and "
               "fax 099-627-1159 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="コンソーシアムの構成員が途中で抜けることになった場合、補助金は返さないといけませんか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline defines 構成員 and asks for three or more firms, but says nothing about a member leaving "
               "or about paying grants back",
         absent=["脱退", "離脱", "返還"]),
    dict(question="これまでに交付を受けたコンソーシアムを輸出先の国別に数えると、米国向けは何件ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and by product field only; case （１）'s 米国、香港 is a near miss",
         absent=["輸出先別", "国別"]),
    dict(question="海外経済アドバイザーには、１人当たり年間いくらの謝金を払っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the advisers' number, term, fields and activities, not what they are paid",
         absent=["謝金", "報酬", "謝礼"]),
    dict(question="アドバイザーの紹介で成立した商談の契約金額は、合計でいくらになりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="商談成立 is counted (45件, by city and year), no amounts",
         absent=["契約金額", "成約金額", "取引金額", "契約額"]),
    dict(question="令和６年度、ショールームの展示区画はどのくらいの割合が埋まっていましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the rules give the 60 区画 by kind and the 45 firms that used them, not how many 区画 were occupied",
         absent=["稼働率", "利用率", "空き区画"]),
    dict(question="海外のバイヤーがショールームに来るとき、県で通訳を手配してもらえますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the rules cover the spaces, fees, steps and forbidden acts; interpreting is never mentioned",
         absent=["通訳"]),
]
CATEGORY_COUNTS = {"kofu": 11, "katsudo": 10, "kitei": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h58q", "h58t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "年度別の申請と交付の実績", "分野別の交付件数",
    "主な指標の推移", "都市別の活動実績", "相談内容別の件数",
    "展示区画の種類と月額使用料", "国・地域別の来場バイヤーと商談", "出展分野別の利用状況")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h58q04": lambda g: _pct(g(B, "令和６年度", "交付件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h58q05": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h58q07": lambda g: _pct(g(C, "酒類", "令和６年度", 2024), g(C, "合計", "令和６年度", 2024)),
    "h58q14": lambda g: f"{sum(g(E, c, '相談対応（件）', 2024) for c in ('ロンドン', 'パリ', 'フランクフルト'))}件",
    "h58q15": lambda g: _pct(g(E, "シンガポール", "商談成立（件）", 2024), g(E, "シンガポール", "取引先紹介（件）", 2024)),
    "h58q18": lambda g: f"{g(D, '相談対応件数', '令和６年度', 2024) - g(D, '相談対応件数', '令和４年度', 2022)}件",
    "h58q22": lambda g: f"{g(G, '棚区画（幅90cm）', '県内中小企業者（円）', 2025) * 3 // 2:,}円",
    "h58q25": lambda g: _pct(g(H, "タイ", "成約件数（件）", 2024), g(H, "タイ", "商談件数（件）", 2024)),
    "h58q27": lambda g: _pct(g(I, "酒類・飲料", "問合せ件数（件）", 2024), g(I, "合計", "問合せ件数（件）", 2024)),
    "h58q33": lambda g: _avg(g(H, "香港", "商談件数（件）", 2024), g(H, "香港", "バイヤー数（人）", 2024), "件"),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KOFU_PDF: (3, 3), KATSUDO_PDF: (3, 3), KITEI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (170, 210)
TABLE_QUESTIONS = 20  # at least, outside the followups
BEFORE_BREAK_ROWS = ("ロサンゼルス", "ロンドン", "パリ")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("シンガポール", "台北", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout58.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout58.py")
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
            # each printed row, cell after cell (the 単位 cell included), on its page
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

    # (a): five or more members get at least the rate and cap of three or four; no cap above note ※２
    for row, r in t[A].items():
        if r["補助率（％）／５社以上"] < r["補助率（％）／３社・４社"] or r["上限額（万円）／５社以上"] < r["上限額（万円）／３社・４社"]:
            errors.append(f"{A} / {row}: ５社以上 below ３社・４社")
        if r["上限額（万円）／５社以上"] > CONSORTIUM_CAP:
            errors.append(f"{A} / {row}: a cap above the consortium cap of note ※２")
    # (b): growing applications; grants within applications; at least three members per grant; amounts within cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * CONSORTIUM_CAP \
                or r["構成員数（社）"] < 3 * r["交付件数（件）"]:
            errors.append(f"{B} / {row}: grants, members or amounts out of range")
    # (c): 合計 adds up in every column, 計 adds up in every row, each year's 合計 equals (b)'s 交付件数
    c = t[C]
    ycols = [reiwa(y) for y in FIELD_YEARS]
    adds_up(C, ycols + ["計"])
    for row, r in c.items():
        if r["計"] != sum(r[y] for y in ycols):
            errors.append(f"{C} / {row}: 計 does not add up")
    for y in FIELD_YEARS:
        if c["合計"][reiwa(y)] != b[reiwa(y)]["交付件数（件）"]:
            errors.append(f"{C}: 合計 of {reiwa(y)} differs from {B}")
    # (d) and (e): (e)'s 合計 equals (d)'s 令和６年度; the number of advisers equals (e)'s cities
    d, e = t[D], t[E]
    adds_up(E, ["相談対応（件）", "取引先紹介（件）", "商談成立（件）"])
    for ind, col in (("相談対応件数", "相談対応（件）"), ("取引先紹介件数", "取引先紹介（件）"), ("商談成立件数", "商談成立（件）")):
        if d[ind]["令和６年度"] != e["合計"][col]:
            errors.append(f"{D} / {ind}: 令和６年度 differs from the 合計 of {E}")
    if d["アドバイザー数"]["令和６年度"] != len(e) - 1:
        errors.append(f"{D}: アドバイザー数 differs from the cities of {E}")
    for row, r in e.items():
        if not r["相談対応（件）"] >= r["取引先紹介（件）"] >= r["商談成立（件）"]:
            errors.append(f"{E} / {row}: 相談対応 ≥ 取引先紹介 ≥ 商談成立 does not hold")
    for ind in ("相談対応件数", "取引先紹介件数", "商談成立件数", "相談した県内企業数"):
        ys = [d[ind][reiwa(y)] for y in INDICATOR_YEARS]
        if ys != sorted(set(ys)):
            errors.append(f"{D} / {ind}: should grow every year")
    # (f): counts add up to (d)'s 相談対応件数; per cents from the counts; 合計 100.0
    f = t[F]
    adds_up(F, ["件数（件）"])
    if f["合計"]["件数（件）"] != d["相談対応件数"]["令和６年度"]:
        errors.append(f"{F}: 合計 differs from {D}")
    for row, r in f.items():
        if row != "合計" and Decimal(str(r["構成比（％）"])) != pct1(r["件数（件）"], f["合計"]["件数（件）"]):
            errors.append(f"{F} / {row}: 構成比 differs from the count")
    if f["合計"]["構成比（％）"] != 100.0:
        errors.append(f"{F}: 合計 構成比 should be 100.0")
    # (g): the other fee is twice the small firms' one; the spaces add up to the 展示区画数 line
    for row, r in t[G].items():
        if r["その他の事業者（円）"] != 2 * r["県内中小企業者（円）"]:
            errors.append(f"{G} / {row}: その他の事業者 should pay twice")
    # (h): 合計 adds up; 成約 ≤ 商談
    h = t[H]
    adds_up(H, ["バイヤー数（人）", "商談件数（件）", "成約件数（件）"])
    if any(r["成約件数（件）"] > r["商談件数（件）"] for r in h.values()):
        errors.append(f"{H}: 成約件数 above 商談件数")
    # (i): each subtotal adds up its group, 合計 the subtotals
    cols = ["利用企業数（社）", "展示品目数（品目）", "問合せ件数（件）"]
    for sub, members in PRODUCTS:
        adds_up(I, cols, [m[0] for m in members], total=sub)
    adds_up(I, cols, [s for s, _m in PRODUCTS])
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    cities = specs["cities"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(cities.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KATSUDO_PDF]) if header in norm(p)]
        if cities.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("一時帰国の際の面談による相談の件数") not in norm(pages[KATSUDO_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "record", "fields", "indicators", "topics", "spaces", "buyers", "products"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["buyers"].ruled or not all(s.ruled for k, s in specs.items() if k != "buyers"):
        errors.append(f"only {H} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／３社・４社", "補助率（％）／５社以上", "上限額（万円）／３社・４社", "上限額（万円）／５社以上"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): fiscal years as columns and a total column on the right covering them
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols != [reiwa(y) for y in FIELD_YEARS] + ["計"] \
            or any(g["fiscal_year_range"] != [FIELD_YEARS[0], FIELD_YEARS[-1]] for g in gold if g["table"] == C and g["column"] == "計") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == C and g["column"] != "計"):
        errors.append(f"{C}: expected the fiscal years as columns and a 計 column, got {ccols}")
    # (d): fiscal years as columns, each row's unit from the 単位 column (several units)
    ind = specs["indicators"]
    units_d = {g["row"]: g["unit"] for g in gold if g["table"] == D}
    if ind.header[0][ind.unit_col] != "単位" or units_d != {n: nfkc(u) for n, u, *_y in INDICATORS} \
            or len(set(units_d.values())) < 3 or any("単位" in g["column"] for g in gold if g["table"] == D):
        errors.append(f"{D}: expected the units from the 単位 column, got {units_d}")
    # (f): a count column and a per-cent column side by side
    if list(dict.fromkeys(g["unit"] for g in gold if g["table"] == F)) != ["件", "%"]:
        errors.append(f"{F}: expected paired count and per-cent columns")
    # (h): unruled; (i): subtotal rows inside the table
    rows_i = [label(r[0]) for r in specs["products"].rows]
    if [r for r in rows_i if r.startswith("小計")] != [s for s, _m in PRODUCTS] or rows_i[-1] != "合計":
        errors.append(f"{I}: expected the subtotal rows inside the table")
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
        got = re.findall(r"099-62\d-\d{4}", text)
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

    # ---- the grant guideline
    kf = norm("\n".join(pages[KOFU_PDF]))
    siblings(kf, KOFU_PDF, ("主な商品：", "主な輸出先：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}万円") not in kf:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付") not in kf:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    top = max(r[3] for r in FIELDS)
    if sorted(r[0] for r in FIELDS if r[3] == top) != sorted(["食品・飲料", "酒類"]) or top != 3:
        errors.append("guideline: 「食品・飲料と酒類がそれぞれ３件で最も多かった」 does not hold")
    for head, _goods, _dest, amount in CASES:
        if int(amount.rstrip("万円")) > CONSORTIUM_CAP:
            errors.append(f"guideline: case {head} exceeds the consortium cap")
    if re.findall(r"20\d\d年", kf) != ["2021年"]:
        errors.append("guideline: only 2021年度 should be printed in Western form")
    defs(kf, ("輸出コンソーシアム", "構成員", "代表事業者"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in kf:
            errors.append(f"guideline: the cost not covered {x} is missing")
    raw = "\n".join(pages[KOFU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 2 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 2:
        errors.append("guideline: expected two Ｑ lines and two Ａ lines")
    articles = re.findall(r"第(\d+)条", nfkc("\n".join(pages[KOFU_PDF])))
    if [int(a) for a in dict.fromkeys(articles)] != list(range(1, 8)):
        errors.append(f"guideline: articles should run 第１条–第７条, got {articles}")
    steps_of(KOFU_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(KOFU_PDF, ["099-621-4810", "099-621-4819", "099-623-5530"], ["kaya-consortium@example.jp"], "guideline")

    # ---- the advisers' report
    ad = norm("\n".join(pages[KATSUDO_PDF]))
    siblings(ad, KATSUDO_PDF, ("委嘱の時期：", "専門分野：", "主な成果："), [a[0] for a in ADVISERS])
    now = {n: ys[-1] for n, _u, *ys in INDICATORS}
    prev = {n: ys[-2] for n, _u, *ys in INDICATORS}
    if norm(f"対応した相談は{now['相談対応件数']}件で、前年度から{now['相談対応件数'] - prev['相談対応件数']}件増えた") not in ad \
            or norm(f"相談した県内企業は{now['相談した県内企業数']}社で、取引先紹介は{now['取引先紹介件数']}件、"
                    f"商談成立は{now['商談成立件数']}件") not in ad:
        errors.append("report: the figures in the prose differ from (d)")
    if norm(f"アドバイザーの人数：{now['アドバイザー数']}人") not in ad or len(CITIES) != now["アドバイザー数"]:
        errors.append("report: the advisers' number differs from (d) and (e)")
    best = [max(CITIES, key=lambda r, j=j: r[j])[0] for j in (1, 2, 3)]
    if best != ["シンガポール"] * 3 or any(sorted(r[j] for r in CITIES)[-1] == sorted(r[j] for r in CITIES)[-2] for j in (1, 2, 3)):
        errors.append("report: 「シンガポールが…いずれも最も多かった」 does not hold")
    total = sum(n for _t, n in TOPICS)
    if max(TOPICS, key=lambda x: x[1])[0] != "市場・消費者の動向" or not 0.25 < TOPICS[0][1] / total < 0.3:
        errors.append("report: 「市場・消費者の動向」…３割近く does not hold")
    if sum(pct1(n, total) for _t, n in TOPICS) == 100:
        errors.append("report: note ※３ says the shares do not add up to 100.0")
    if norm(f"{fw(SEMINARS)}回開き、延べ{SEMINAR_PEOPLE}人が参加") not in ad:
        errors.append("report: the seminar figures are missing")
    if re.findall(r"20\d\d年", ad):
        errors.append("report: no Western year should be printed")
    defs(ad, ("アドバイザー", "取引先紹介", "商談成立"), "report")
    steps_of(KATSUDO_PDF, "①②③", "report")
    contacts(KATSUDO_PDF, ["099-624-2270", "099-624-2279", "099-623-5540"], ["kaya-advisor@example.jp"], "report")

    # ---- the showroom rules
    sr = norm("\n".join(pages[KITEI_PDF]))
    siblings(sr, KITEI_PDF, ("開催時期：", "参加した県内企業：", "商談件数："), [e[0] for e in EVENTS])
    if norm(f"展示区画数：{sum(s[1] for s in SPACES)}区画") not in sr:
        errors.append("rules: 展示区画数 differs from (g)")
    everything = [m for _s, ms in PRODUCTS for m in ms]
    firms, items, inquiries = (sum(m[j] for m in everything) for j in (1, 2, 3))
    b_people, b_talks, b_deals = (sum(b[j] for b in BUYERS) for j in (1, 2, 3))
    if norm(f"{firms}社が展示区画を利用し、{items}品目を展示") not in sr \
            or norm(f"バイヤーは{b_people}人で、商談は{b_talks}件、うち{b_deals}件が成約") not in sr:
        errors.append("rules: the figures in the prose differ from (h) and (i)")
    if max(BUYERS, key=lambda b: b[1])[0] != "台湾":
        errors.append("rules: 「台湾からのバイヤーが最も多い」 does not hold")
    food = sum(m[3] for m in PRODUCTS[0][1])
    if norm(f"問合せ{inquiries}件のうち、食品が{food}件と７割余り") not in sr or not 0.7 < food / inquiries < 0.75:
        errors.append("rules: 「食品が…７割余り」 does not hold")
    for _h, _w, _who, talks in EVENTS:
        if int(talks.rstrip("件")) > b_talks:
            errors.append("rules: an event has more meetings than the year")
    if re.findall(r"20\d\d年", sr) != ["2025年"] or re.findall(r"20\d\d年度", sr):
        errors.append("rules: only 2025年 (附則) should be printed in Western form")
    defs(sr, ("展示区画", "県内中小企業者", "初回利用者"), "rules")
    articles = re.findall(r"第(\d+)条", nfkc("\n".join(pages[KITEI_PDF])))
    if [int(a) for a in dict.fromkeys(articles)] != list(range(1, 11)):
        errors.append(f"rules: articles should run 第１条–第10条, got {articles}")
    steps_of(KITEI_PDF, "①②③④⑤", "rules")
    contacts(KITEI_PDF, ["099-627-1150", "099-627-1159", "099-626-3300"], ["kaya-showroom@example.jp"], "rules")
    # every phone number of the set is fictional (099-62x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
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
