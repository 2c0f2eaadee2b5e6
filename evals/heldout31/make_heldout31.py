"""Build the 椿県 held-out set 31: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椿県 and every town, university, scheme, organisation, foreign
partner city, phone number, address and figure). The documents are in three genres the earlier
sets do not use: a guide to a subsidy towards small firms setting up a base abroad
(中小企業海外拠点設立支援補助金のご案内: field trips, legal and tax experts, registration, office
rent, hiring local staff) with a two-level header of rates (一般枠 / 重点地域枠) and caps (by type of
base), a yearly record (years as rows) and the grants by destination; the results report of a
programme bringing foreign students to the prefecture's universities (外国人留学生受入促進事業
実績報告書) with the new students by country and by university and the study fairs by month (a
table continued over a page break without its header); and the results report of a survey of
the municipalities' international exchange (市町村国際交流活動実態調査 結果報告書) with the
sister-city ties by partner country grouped by region (a stub header and a region cell spanning
rows), the exchanges by type with fiscal years as columns, and an unruled table of the issues;
see README.md beside this file.

    python make_heldout31.py [OUTPUT_DIR]          # default: this file's directory

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

KYOTEN_PDF = "tsubaki_kaigai_kyoten_hojokin_annai_r7.pdf"
RYUGAKU_PDF = "tsubaki_ryugakusei_ukeire_jisseki_r6.pdf"
KORYU_PDF = "tsubaki_shichoson_kokusai_koryu_chosa_r6.pdf"
ALL_PDFS = (KYOTEN_PDF, RYUGAKU_PDF, KORYU_PDF)

UNITS = ("万円", "件", "人", "回", "団体", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-33\d-\d{4}"  # every phone number of the set


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
    """(number, unit) as printed after NFKC; (None, None) for any text."""
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


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, row labels that may sit in
    a cell spanning the label columns (a 合計 row under a stub header of two columns), and total
    rows drawn bold wherever their label is printed."""

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
        r = self.rows[i]
        return label(r[self.label_col] or r[0])  # a 合計 printed in a cell spanning the stub columns

    def flowable(self):
        t = super().flowable()
        nh = len(self.header)
        extra = []
        for i in range(len(self.rows)):
            if self.row_label(i) in self.bold_rows and self.rows[i][self.label_col] not in self.bold_rows:
                extra += [("FONTNAME", (0, nh + i), (-1, nh + i), GOTHIC),
                          ("LINEABOVE", (0, nh + i), (-1, nh + i), 1.0, colors.black),
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


PREF = "椿県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: overseas-base subsidy guide
KYOTEN = f"{PREF}中小企業海外拠点設立支援補助金"
KYOTEN_DEPT = f"{PREF} 商工観光部 国際ビジネス課"
CENTER = f"{PREF}海外ビジネス支援センター"
FOCUS = ("ベトナム", "タイ", "インドネシア", "フィリピン", "インド")  # 重点地域 (definition in １)
RATES = [  # 経費区分, 補助率（％）: 一般枠, 重点地域枠; 上限額（万円）: 駐在員事務所, 現地法人・支店 (令和７年度)
    ("現地調査の旅費", 50, 70, 20, 30), ("専門家への委託費", 50, 70, 40, 60),
    ("設立登記等の手続費用", 50, 50, 10, 40), ("事務所の賃借料", 30, 50, 50, 80),
    ("現地スタッフの採用費", 50, 70, 15, 30),
]
COMPANY_CAP = 150  # note ※２: 万円 per company and year
GRANT_YEARS = [  # 年度, 交付件数, うち重点地域, 交付額（万円）
    (2020, 6, 2, 318), (2021, 9, 4, 472), (2022, 13, 7, 805), (2023, 17, 9, 1012), (2024, 21, 12, 1284),
]
BY_DEST = [  # 進出先の国・地域, 交付件数（件）, 交付額（万円） (令和６年度)
    ("ベトナム", 6, 402), ("タイ", 4, 286), ("中国", 3, 148), ("米国", 3, 201), ("インドネシア", 2, 114),
    ("その他", 3, 133),
]
OTHER_DEST = "台湾、シンガポール及びドイツ"  # note ※４: the その他 of (c), none of them a 重点地域
CASES = [  # 見出し, 進出先, 拠点の種類, 補助金の額 (same labels in every sibling section)
    ("食品加工業Ａ社（椿市）", "ベトナム（ホーチミン市）", "現地法人", "112万円"),
    ("金属加工業Ｂ社（浜崎市）", "タイ（バンコク）", "駐在員事務所", "46万円"),
    ("ソフトウェア開発業Ｃ社（高森市）", "米国（シアトル）", "支店", "73万円"),
]


def kyoten_specs():
    rates = TableSpec(
        key="rates", doc=KYOTEN_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "一般枠", "重点地域枠", "駐在員事務所", "現地法人・支店"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[48 * mm, 26 * mm, 26 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="grants", doc=KYOTEN_PDF, title="交付実績の推移",
        header=[["年度", "交付件数（件）", "うち重点地域（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(n), fw(s), fw(a)] for y, n, s, a in GRANT_YEARS],
        col_widths=[32 * mm, 36 * mm, 40 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n, fw(k), fw(a)] for n, k, a in BY_DEST]
    rows.append(["合計", fw(sum(r[1] for r in BY_DEST)), fw(sum(r[2] for r in BY_DEST))])
    dest = TableSpec(
        key="dest", doc=KYOTEN_PDF, title="進出先の国・地域別の交付実績",
        header=[["進出先の国・地域", "交付件数（件）", "交付額（万円）"]],
        rows=rows, col_widths=[48 * mm, 36 * mm, 36 * mm], table_fy=2024,
    )
    dest.unit = lambda row, c, s=dest: bracket_unit(s.column_label(c))
    return rates, years, dest


def kyoten_story(specs):
    rates, years, dest = specs
    n_all, amt_all = sum(r[1] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KYOTEN}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KYOTEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の中小企業が海外に販売や生産の足場を築けるよう、海外拠点の設立に必要な現地調査、専門家への相談、設立の手続、事務所の確保及び現地スタッフの採用にかかる経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += lv_lines([
        ("補助事業名", KYOTEN),
        ("補助対象者", "県内に本社を有する中小企業者で、令和７年度中に海外拠点を新たに設けようとするもの"),
        ("募集期間", "令和７年５月12日から令和７年12月26日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "2,400万円"),
        ("申請回数", "１社当たり年度内１回（一つの拠点に限ります）"),
    ], 0)
    st += paras(f"""
この案内において「海外拠点」とは、県内の中小企業者が海外に設ける駐在員事務所、現地法人又は支店をいいます。「駐在員事務所」とは、現地で営業活動を行わず、市場調査、情報収集、連絡等の業務だけを行う拠点をいい、「現地法人」とは、県内の中小企業者が議決権の過半数を有する海外の法人をいいます。また、「重点地域」とは、{"、".join(FOCUS[:-1])}及び{FOCUS[-1]}をいいます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助率は拠点を設ける国・地域によって、上限額（１社当たり、経費区分ごと）は拠点の種類によって、次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「重点地域枠」の欄は重点地域に拠点を設ける場合に、「一般枠」の欄はそれ以外の国・地域に拠点を設ける場合に適用します。",
        f"※２ 補助金の額は、１社当たり{COMPANY_CAP}万円を上限とします。千円未満の端数は切り捨てます。",
        "※３ 事務所の賃借料は、開設した月から12か月分までに限ります。敷金、保証金及び仲介手数料は対象外です。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{CENTER}へ。進出計画の概要をお持ちください）",
        "② 交付申請（経費の契約・発注の前に、申請書、事業計画書及び見積書を提出）",
        "③ 審査と交付決定の通知（申請から30日程度）",
        "④ 拠点の設立と経費の支払（令和８年２月27日までに完了）",
        "⑤ 実績報告（拠点の設立を証する書類を添えて、事業が完了した日から20日以内に提出）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("４　これまでの交付実績", H1)]
    st += paras(f"""
交付件数は毎年増えており、令和６年度は{last[1]}件、{last[3]:,}万円となりました。進出先別では、ベトナムが件数、金額ともに最も多くなっています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(dest.title, "（令和６年度）"), dest.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 「その他」は、{OTHER_DEST}です。"])
    st += [P("５　活用事例（令和６年度）", H1)]
    for i, (head, where, kind, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("進出先", where), ("拠点の種類", kind), ("補助金の額", amount)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("既に設けている駐在員事務所を現地法人に切り替える場合も対象になりますか。",
         "対象になります。ただし、切替えに伴う設立登記等の手続費用と専門家への委託費に限ります。"),
        ("現地調査の旅費は、何人分まで対象になりますか。",
         "１回の調査につき２人分までです。航空運賃はエコノミークラスの料金を上限とします。"),
        ("拠点の設立を途中でとりやめた場合はどうなりますか。",
         "補助金は交付されません。速やかに国際ビジネス課へ中止の届出をしてください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KYOTEN_DEPT} 海外展開支援班　電話：099-331-4210　ファクス：099-331-4219",
        f"{CENTER}（事前相談）　電話：099-331-4300",
        "電子メール：kyoten@pref.tsubaki.example.jp",
    ]))
    return st


# ================================================================ document 2: foreign students brought to the universities
RYUGAKU = f"{PREF}外国人留学生受入促進事業"
RYUGAKU_DEPT = f"{PREF} 総務部 大学連携課"
CONSORTIUM = "一般社団法人大学コンソーシアム椿"
ORIGINS = [  # 出身国・地域, 出願者数, 新規受入, うち奨学金受給 (令和６年度, 人)
    ("ベトナム", 412, 96, 14), ("中国", 286, 52, 9), ("ネパール", 203, 63, 6), ("インドネシア", 118, 32, 5),
    ("韓国", 74, 21, 3), ("タイ", 63, 18, 3), ("その他", 97, 24, 4),
]
PREV_NEW = 251  # 新規受入留学生, 令和５年度
SCHOOLS = [  # 参加校, 正規課程（人）, 交換留学（人） (令和６年度)
    ("椿県立大学", 48, 22), ("椿大学", 61, 15), ("浜崎工業大学", 37, 6), ("高森国際大学", 72, 19),
    ("椿学院大学", 21, 5),
]
MONTHS = [  # 月, 開催回数（回）, 参加者数（人）, うち個別相談（人） (令和６年度)
    (6, 2, 184, 63), (7, 3, 256, 88), (8, 1, 92, 30), (9, 4, 418, 141), (10, 5, 537, 176),
    (11, 3, 301, 97), (12, 2, 148, 52), (1, 1, 76, 25), (2, 2, 119, 41),
]
FAIRS = [  # 見出し, 開催日, 来場者数, 個別相談件数 (same labels in every sibling section); month
    ("ハノイ日本留学フェア", "令和６年９月21日（土）", "164人", "58件", 9),
    ("カトマンズ日本留学説明会", "令和６年10月12日（土）", "97人", "41件", 10),
    ("ジャカルタ日本留学フェア", "令和７年２月８日（土）", "73人", "26件", 2),
]
DORM = 118  # 新規受入留学生 housed in the rented dormitory rooms


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def ryugaku_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in ORIGINS]
    rows.append(["合計"] + [fw(sum(r[k] for r in ORIGINS)) for k in (1, 2, 3)])
    origins = TableSpec(
        key="origins", doc=RYUGAKU_PDF, title="出身国・地域別の新規受入留学生数",
        header=[["出身国・地域", "出願者数（人）", "新規受入（人）", "うち奨学金受給（人）"]],
        rows=rows, col_widths=[38 * mm, 34 * mm, 34 * mm, 42 * mm], table_fy=2024,
    )
    origins.unit = lambda row, c, s=origins: bracket_unit(s.column_label(c))
    srows = [[n, fw(a), fw(b)] for n, a, b in SCHOOLS]
    srows.append(["合計", fw(sum(r[1] for r in SCHOOLS)), fw(sum(r[2] for r in SCHOOLS))])
    schools = TableSpec(
        key="schools", doc=RYUGAKU_PDF, title="参加校別の新規受入留学生数",
        header=[["参加校", "正規課程（人）", "交換留学（人）"]],
        rows=srows, col_widths=[48 * mm, 36 * mm, 36 * mm], table_fy=2024,
    )
    schools.unit = lambda row, c, s=schools: bracket_unit(s.column_label(c))
    mrows = [[month_label(m), fw(a), fw(b), fw(c)] for m, a, b, c in MONTHS]
    mrows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2, 3)])
    months = TableSpec(
        key="months", doc=RYUGAKU_PDF, title="月別の留学フェア・説明会の実施状況",
        header=[["月", "開催回数（回）", "参加者数（人）", "うち個別相談（人）"]],
        rows=mrows, col_widths=[28 * mm, 34 * mm, 34 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    return origins, schools, months


def ryugaku_story(specs):
    origins, schools, months = specs
    new = sum(r[2] for r in ORIGINS)
    regular, exchange = sum(r[1] for r in SCHOOLS), sum(r[2] for r in SCHOOLS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{RYUGAKU} 実績報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(RYUGAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", RYUGAKU),
        ("実施主体", f"{PREF}、{CONSORTIUM}"),
        ("参加校", "県内の大学５校"),
        ("実施期間", "令和６年４月から令和７年３月まで"),
        ("事業費", "3,150万円"),
    ], 0)
    st += paras("""
この報告書において「新規受入留学生」とは、令和６年度中に参加校に入学し、又は交換留学を始めた外国人留学生をいい、在籍期間が３か月未満の短期研修生を含まない。また、「椿県留学生奨学金」とは、成績が優秀な新規受入留学生に、県が月額４万円を最長２年間支給する奨学金をいう。
""", 0)
    st += [P("２　新規受入留学生の状況", H1)]
    st += paras(f"""
令和６年度の新規受入留学生は{new}人で、前年度（{PREV_NEW}人）から{new - PREV_NEW}人増えた。
""", 0)
    st += [caption(origins.title, "（令和６年度）"), origins.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他」は、台湾、モンゴル、ミャンマー、米国等である。",
        "※２ 出願者数は参加校への出願の延べ数であり、複数の参加校に出願した者は学校ごとに数えている。",
    ])
    st += [P("３　留学フェア・説明会の実施状況", H1)]
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes(["※３ 海外の留学フェアへの出展とオンライン説明会を合わせた数値である。１月及び２月は令和７年の数値である。"])
    st += paras("""
10月は各国の留学フェアが集中したため、開催回数、参加者数ともに年間で最も多かった。
""", 0)
    st += [P("４　主な留学フェア・説明会", H1)]
    for i, (head, when, n, k, _m) in enumerate(FAIRS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", when), ("来場者数", n), ("個別相談件数", k)], 1)
    st += [P("５　参加校別の受入れ", H1)]
    st += paras(f"""
参加校別では、正規課程が{regular}人、交換留学が{exchange}人であった。
""", 0)
    st += [caption(schools.title, "（令和６年度）"), schools.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「正規課程」は、学部、大学院及び別科の課程をいう。"])
    st += [P("６　奨学金と宿舎", H1)]
    st += paras(f"""
椿県留学生奨学金は、新規受入留学生のうち{sum(r[3] for r in ORIGINS)}人に支給した。また、県が借り上げた宿舎には、新規受入留学生のうち{DORM}人が入居した。
""", 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、留学フェアへの出展先にスリランカとバングラデシュを加える。",
        "② 入学前の留学生を対象に、オンラインの日本語講座を開く。",
        "③ 借上げ宿舎を２棟増やし、新規受入留学生の半数が入居できるようにする。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{RYUGAKU_DEPT} 留学生支援班　電話：099-332-5140　ファクス：099-332-5149",
        f"{CONSORTIUM}（留学フェアについて）　電話：099-332-5200",
        "電子メール：ryugaku@pref.tsubaki.example.jp",
    ]))
    return st


# ================================================================ document 3: survey of municipalities' international exchange
KORYU = "市町村国際交流活動実態調査"
KORYU_DEPT = f"{PREF} 地域振興部 国際交流課"
KYOKAI = "公益財団法人椿県国際交流協会"
MUNIS = (("市", 8), ("町村", 11))  # the 19 municipalities that answered
TIES = [  # 地域, 相手国・地域, 提携数（件）, うち姉妹都市（件） (令和７年３月31日現在)
    ("アジア", "中国", 9, 4), ("アジア", "韓国", 6, 3), ("アジア", "台湾", 4, 1), ("アジア", "ベトナム", 2, 0),
    ("北米", "米国", 11, 9), ("北米", "カナダ", 2, 2),
    ("欧州", "ドイツ", 3, 2), ("欧州", "フランス", 1, 1),
    ("オセアニア", "オーストラリア", 4, 3), ("オセアニア", "ニュージーランド", 1, 1),
]
TIED_MUNIS = 15  # municipalities with at least one tie
EXCHANGES = [  # 事業の種類, 令和４年度, 令和５年度, 令和６年度 (件)
    ("青少年の相互派遣・受入れ", 4, 11, 16), ("職員・議員の相互訪問", 6, 14, 19),
    ("文化・スポーツ交流", 12, 27, 35), ("経済交流（物産展・商談会等）", 3, 8, 13), ("オンライン交流", 21, 15, 9),
]
EX_YEARS = (2022, 2023, 2024)
BUDGET = (21460, 19760)  # 国際交流関係予算の合計（万円）: 令和６年度, 令和５年度
ISSUES = [  # 課題, 市, 町村 (団体, 複数回答)
    ("担当職員が不足している", 5, 9), ("語学に対応できる人材がいない", 4, 8),
    ("交流の担い手（市民団体等）が高齢化している", 6, 5), ("予算の確保が難しい", 3, 6),
    ("相手都市との連絡が途絶えがち", 2, 4), ("交流の成果が住民に見えにくい", 4, 1),
]
SISTERS = [  # 見出し, 提携先, 提携の年, 令和６年度の主な事業 (same labels); country, 姉妹都市?
    ("椿市", "米国 ウェストレイク市（姉妹都市）", "昭和63年", "高校生の相互派遣（派遣８人、受入れ10人）", "米国", True),
    ("川辺町", "オーストラリア グリーンヒル町（姉妹都市）", "平成９年", "オンラインによる小学生の交流授業（６回）",
     "オーストラリア", True),
    ("中里町", "ドイツ リンデンフェルト市（友好都市）", "令和元年", "ワイン祭りへの町の特産品の出展", "ドイツ", False),
]


def koryu_specs():
    rows, spans, nh = [], [], 1
    for region in dict.fromkeys(t[0] for t in TIES):
        group = [t for t in TIES if t[0] == region]
        first = nh + len(rows)
        for k, (_r, country, n, s) in enumerate(group):
            rows.append([region if k == 0 else "", country, fw(n), fw(s)])
        if len(group) > 1:
            spans.append(((0, first), (0, first + len(group) - 1)))
    spans.append(((0, nh + len(rows)), (1, nh + len(rows))))
    rows.append(["合計", "", fw(sum(t[2] for t in TIES)), fw(sum(t[3] for t in TIES))])
    ties = TableSpec(
        key="ties", doc=KORYU_PDF, title="相手国・地域別の姉妹都市等提携数",
        header=[["地域", "相手国・地域", "提携数（件）", "うち姉妹都市（件）"]],
        rows=rows, col_widths=[28 * mm, 42 * mm, 34 * mm, 40 * mm], label_col=1, spans=spans, table_fy=2024,
    )
    ties.unit = lambda row, c, s=ties: bracket_unit(s.column_label(c))
    erows = [[n] + [fw(v) for v in vals] for n, *vals in EXCHANGES]
    erows.append(["合計"] + [fw(sum(r[k] for r in EXCHANGES)) for k in (1, 2, 3)])
    exchanges = TableSpec(
        key="exchanges", doc=KORYU_PDF, title="国際交流事業の種類別実施件数",
        header=[["事業の種類", "令和４年度", "令和５年度", "令和６年度"]],
        rows=erows, col_widths=[68 * mm, 28 * mm, 28 * mm, 28 * mm], unit="件",
    )
    issues = TableSpec(
        key="issues", doc=KORYU_PDF, title="国際交流を進める上での課題（複数回答）",
        header=[["課題", "全体", "市", "町村"]],
        rows=[[n, fw(a + b), fw(a), fw(b)] for n, a, b in ISSUES],
        col_widths=[82 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="団体", table_fy=2024,
    )
    return ties, exchanges, issues


def koryu_story(specs):
    ties, exchanges, issues = specs
    n_ties = sum(t[2] for t in TIES)
    ex_total = [sum(r[k] for r in EXCHANGES) for k in (1, 2, 3)]
    n_munis = sum(n for _s, n in MUNIS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KORYU} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(KORYU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "市町村の国際交流の現状と課題を把握し、県の支援策の見直しに役立てるため"),
        ("調査対象", f"県内の全{n_munis}市町村（{fw(MUNIS[0][1])}市、９町、２村）"),
        ("調査基準日", "令和７年（2025年）３月31日"),
        ("調査期間", "令和７年４月14日から５月16日まで"),
        ("調査方法", "電子メールによる調査票の配布と回収"),
        ("回答数", f"{n_munis}市町村（回答率100％）"),
    ], 0)
    st += paras("""
この報告書において「姉妹都市等提携」とは、市町村が海外の自治体と結んだ姉妹都市提携、友好都市提携その他の交流協定をいい、期間を定めた覚書によるものを含まない。また、「国際交流事業」とは、市町村又は市町村の国際交流協会が主催し、又は共催した事業をいい、民間団体に補助金を交付しただけのものを含まない。
""", 0)
    st += [P("２　姉妹都市等提携の状況", H1)]
    st += paras(f"""
令和７年３月31日現在、県内{n_munis}市町村のうち{TIED_MUNIS}市町村が、海外の自治体と計{n_ties}件の姉妹都市等提携を結んでいる。相手国・地域別では、米国が最も多く、中国、韓国が続く。
""", 0)
    st += [caption(ties.title, "（令和７年３月31日現在）"), ties.flowable(), Spacer(1, 2)]
    st += notes(["※１ 一つの市町村が同じ国の複数の自治体と提携している場合は、提携ごとに数えている。"])
    st += [P("３　国際交流事業の実施状況", H1)]
    st += paras(f"""
令和６年度の国際交流事業の実施件数は{ex_total[2]}件で、令和４年度の２倍となった。オンライン交流だけが減っており、相手都市を訪ねる対面の交流が戻りつつある。
""", 0)
    st += [caption(exchanges.title, "（単位：件）"), exchanges.flowable(), Spacer(1, 2)]
    st += notes(["※２ 市町村の国際交流協会が主催し、又は共催した事業を含む。"])
    st += paras(f"""
市町村の国際交流関係予算（当初予算）の合計は、令和６年度が２億{BUDGET[0] - 20000:,}万円で、前年度から{BUDGET[0] - BUDGET[1]:,}万円増えた。
""", 0)
    st += [P("４　特色ある取組", H1)]
    for i, (head, partner, year, what, _c, _s) in enumerate(SISTERS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("提携先", partner), ("提携の年", year), ("令和６年度の主な事業", what)], 1)
    st += [P("５　国際交流を進める上での課題", H1)]
    top = ISSUES[0]
    st += paras(f"""
「{top[0]}」を挙げた団体が{top[1] + top[2]}団体で最も多く、町村では{MUNIS[1][1]}団体のうち{fw(top[2])}団体と８割を超えた。
""", 0)
    st += [caption(issues.title, "（単位：団体）"), issues.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 回答した団体は、全体{n_munis}団体（市{fw(MUNIS[0][1])}団体、町村{MUNIS[1][1]}団体）である。複数回答のため、合計は回答団体数と一致しない。"])
    st += [P("６　県の今後の取組", H1)]
    st += numbered([
        f"① {KYOKAI}に、市町村の交流事業を手伝う語学ボランティアの登録制度を設ける。",
        "② 小規模な町村が共同で実施する交流事業に、県が経費の一部を補助する。",
        "③ 市町村の担当職員を対象に、国際交流の実務研修を年２回開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KORYU_DEPT} 交流推進班　電話：099-333-6120　ファクス：099-333-6129",
        f"{KYOKAI}（市町村の交流事業の相談）　電話：099-333-6200",
        "電子メール：kokusai-koryu@pref.tsubaki.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kyoten_specs() + ryugaku_specs() + koryu_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, rspecs, kspecs = kyoten_specs(), ryugaku_specs(), koryu_specs()
    ydoc = build_pdf(docs_dir / KYOTEN_PDF, yspecs, kyoten_story(yspecs),
                     f"令和７年度 {KYOTEN}のご案内", "令和７年４月", KYOTEN_DEPT)
    rdoc = build_pdf(docs_dir / RYUGAKU_PDF, rspecs, ryugaku_story(rspecs),
                     f"令和６年度 {RYUGAKU} 実績報告書", "令和７年６月", RYUGAKU_DEPT)
    kdoc = build_pdf(docs_dir / KORYU_PDF, kspecs, koryu_story(kspecs),
                     f"令和６年度 {KORYU} 結果報告書", "令和７年７月", KORYU_DEPT)
    gold = all_gold({KYOTEN_PDF: ydoc.row_pages, RYUGAKU_PDF: rdoc.row_pages, KORYU_PDF: kdoc.row_pages})
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
    # --- kyoten: the overseas-base subsidy guide, tables (a) (b) (c), definitions, sibling sections, steps, Q&A
    dict(question="フィリピンに現地法人を立ち上げる予定の会社から、現地の弁護士や税理士に払う費用はどのくらい補助されるのかと聞かれました。補助率は？",
         category="kyoten", doc=KYOTEN_PDF,
         evidence=["インドネシア、フィリピン及びインド", "専門家への委託費 50 70 40 60"], answer=["70"],
         notes="two facts: フィリピン is a 重点地域 (definition in １), so the 重点地域枠 applies (note ※１); (a) two-level "
               "header, leaf 補助率（％）／重点地域枠; 50 (一般枠) is the trap; 弁護士や税理士 = 専門家への委託費"),
    dict(question="販売はしないで情報集めだけをする拠点を2025年度に開く場合、現地スタッフを雇う費用は上限いくらまで補助されますか？",
         category="kyoten", doc=KYOTEN_PDF,
         evidence=["現地で営業活動を行わず", "現地スタッフの採用費 50 70 15 30"], answer=["15"],
         notes="two facts: a base without sales is a 駐在員事務所 (definition in １); (a) leaf 上限額（万円）／駐在員事務所; "
               "30 (現地法人・支店) is the trap; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="シンガポールに支店を出す会社が事務所の家賃の補助を受ける場合、補助率は何％になりますか？",
         category="kyoten", doc=KYOTEN_PDF,
         evidence=["インドネシア、フィリピン及びインド", "事務所の賃借料 30 50 50 80"], answer=["30"],
         notes="definition at its boundary: シンガポール is not in the 重点地域 list (ベトナム、タイ、インドネシア、フィリピン及び"
               "インド), so the 一般枠 applies (note ※１); (a) leaf 補助率（％）／一般枠; 50 (重点地域枠) is the trap; "
               "シンガポール is printed only in note ※４ of (c)"),
    dict(question="相談者に過去の実績を説明したいのですが、2022年度は何件交付されていますか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["令和４年度 13 ７ 805"], answer=["13"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 交付件数（件）"),
    dict(question="令和５年度には、この補助金で県からいくら支出されましたか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["令和５年度 17 ９ 1,012"], answer=["1,012"],
         notes="(b) column 交付額（万円）; the 予算額 2,400万円 is for 令和７年度, a near miss"),
    dict(question="令和６年度は、１件当たり平均でどれくらいの補助金が出ていますか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["令和６年度 21 12 1,284"], answer=["61.1万円"], computed=True,
         notes="(b) average in a row: 1,284 / 21 = 61.14 → 61.1万円"),
    dict(question="タイに拠点を作った会社向けには、2024年度にどれだけの補助金が出ていますか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["タイ ４ 286"], answer=["286"],
         notes="(c) column 交付額（万円）; 2024年度 = 令和６年度 (caption note); 4 (交付件数) is the trap"),
    dict(question="令和６年度の交付額全体のうち、ベトナムへの進出の分はどのくらいの割合ですか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["ベトナム ６ 402", "合計 21 1,284"], answer=["31.3%"], computed=True,
         notes="(c) share of a column: 402 / 1,284 = 31.3 % (6 / 21 = 28.6 % by count is the trap)"),
    dict(question="活用事例に出てくる金属加工の会社は、補助金をいくら受け取りましたか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["金属加工業Ｂ社", "補助金の額：46万円"], answer=["46万円"],
         notes="sibling sections （１）–（３） of ５ share the labels 進出先, 拠点の種類, 補助金の額; （２）金属加工業Ｂ社（浜崎市）; "
               "112万円 and 73万円 are the siblings' values"),
    dict(question="申請書を出してから交付が決まるまで、どのくらい待てばよいですか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["申請から30日程度"], answer=["30日程度"],
         notes="procedure step ③ (審査と交付決定の通知); step ⑤'s 20日以内 is a near miss"),
    dict(question="現地調査に社員を３人行かせたいという相談です。３人全員の旅費が補助対象になりますか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["１回の調査につき２人分まで"], answer=["２人分まで"],
         notes="Q&A: Ａ of Ｑ２ (no: two persons per trip)"),
    # --- ryugaku: the foreign-student report, tables (d) (e) (f), a definition, sibling sections
    dict(question="2024年度の留学生受入れの取組には、どれだけの事業費が使われましたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["事業費：3,150万円"], answer=["3,150万円"],
         notes="「label：value」 line 事業費 (no Western year is printed: 2024年度 = 令和６年度)"),
    dict(question="令和６年度、インドネシアからは何人が県内の大学に出願しましたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["インドネシア 118 32 ５"], answer=["118"],
         notes="(d) column 出願者数（人） (note ※２: counted per school); 32 (新規受入) is the trap"),
    dict(question="新しく受け入れた留学生の数で見ると、２番目に多い出身国はどこですか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["ネパール 203 63 ６", "ベトナム 412 96 14"], answer=["ネパール"],
         notes="(d) ranking in the column 新規受入（人）: ベトナム 96, ネパール 63, 中国 52 (中国 is second by 出願者数 and "
               "by うち奨学金受給, the trap)"),
    dict(question="新規に受け入れた留学生のうち、県の奨学金をもらっている人は何％ですか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["合計 1,253 306 44"], answer=["14.4%"], computed=True,
         notes="(d) share within the 合計 row: 44 / 306 = 14.4 % (44 / 1,253 = 3.5 % is the trap)"),
    dict(question="2024年度に高森国際大学が交換留学で受け入れた学生は何人ですか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["高森国際大学 72 19"], answer=["19"],
         notes="(e) column 交換留学（人）; 2024年度 = 令和６年度 (caption note); 72 (正規課程) is the trap"),
    dict(question="令和６年12月に開いたフェアや説明会で、ブースなどで個別の相談に応じた人数は？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["12月 ２ 148 52"], answer=["52"],
         notes="(f) continuation page (no header there): row 12月, column うち個別相談（人）; 148 (参加者数) is the trap"),
    dict(question="2025年２月には、留学説明会などを何回開きましたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["２月 ２ 119 41"], answer=["２"],
         notes="(f) continuation page: row ２月 (note ※３: １月 and ２月 are 令和７年 = 2025年), column 開催回数（回）"),
    dict(question="秋（９月・10月・11月）に開いたフェアや説明会の参加者を足し合わせると何人ですか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["９月 ４ 418 141", "10月 ５ 537 176", "11月 ３ 301 97"],
         answer=["1,256人"], computed=True,
         notes="(f) sum down the 参加者数（人） column across the page break (９月, 10月 on page 1, 11月 on page 2): "
               "418 + 537 + 301 = 1,256"),
    dict(question="ネパールで開いた説明会では、個別相談は何件ありましたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["カトマンズ日本留学説明会", "個別相談件数：41件"], answer=["41件"],
         notes="sibling sections （１）–（３） of ４ share the labels 開催日, 来場者数, 個別相談件数; （２）カトマンズ日本留学説明会 "
               "(named by its country); 58件 and 26件 are the siblings' values, the monthly table's 10月 row (176) the "
               "month's"),
    dict(question="２か月間だけ県内の大学に来る短期研修の学生も、新規受入留学生の人数に入っていますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["３か月未満の短期研修生を含まない"], answer=["短期研修生を含まない"],
         notes="definition 「新規受入留学生」とは…在籍期間が３か月未満の短期研修生を含まない (no)"),
    # --- koryu: the municipalities survey, tables (g) (h) (i), a definition, sibling sections
    dict(question="2024年度末の時点で、韓国の自治体と提携を結んでいるのは何件ですか？",
         category="koryu", doc=KORYU_PDF, evidence=["韓国 ６ ３"], answer=["６"],
         notes="(g) grouped rows (韓国 under the アジア cell printed once), column 提携数（件）; 2024年度末 = 令和７年３月31日 "
               "(caption note; the report prints 2025年 only in 調査基準日); 3 (うち姉妹都市) is the trap"),
    dict(question="アジアの国・地域の自治体との提携は、合わせて何件ありますか？",
         category="koryu", doc=KORYU_PDF, evidence=["アジア 中国 ９ ４", "韓国 ６ ３", "台湾 ４ １", "ベトナム ２ ０"],
         answer=["21件"], computed=True,
         notes="(g) sum over the rows grouped under アジア (the group label printed once, in a cell spanning four rows): "
               "9 + 6 + 4 + 2 = 21; the group has no subtotal row"),
    dict(question="2023年度にオンラインで行われた国際交流は何件でしたか？",
         category="koryu", doc=KORYU_PDF, evidence=["オンライン交流 21 15 ９"], answer=["15"],
         notes="(h) fiscal years as columns: 2023年度 = 令和５年度; 21 (令和４年度) and 9 (令和６年度) are the traps"),
    dict(question="文化やスポーツの交流は、令和４年度から令和６年度にかけて何件増えましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["文化・スポーツ交流 12 27 35"], answer=["23件"], computed=True,
         notes="(h) difference across the year columns: 35 − 12 = 23件"),
    dict(question="提携先の都市と連絡が取りにくくなっていると答えた市は、いくつありましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["相手都市との連絡が途絶えがち ６ ２ ４"], answer=["２"],
         notes="(i) unruled table, column 市; 6 (全体) and 4 (町村) are the traps"),
    dict(question="町村のうち、語学のできる人材がいないことを課題に挙げたところは何割くらいですか？",
         category="koryu", doc=KORYU_PDF, evidence=["語学に対応できる人材がいない 12 ４ ８", "町村11団体"],
         answer=["72.7%"], computed=True,
         notes="(i) share: 8 / 11 = 72.7 % (the 11 町村 from note ※３); 12 / 19 = 63.2 % (全体) is the trap"),
    dict(question="期間を区切った覚書だけで交流している海外の都市も、提携の件数に含まれていますか？",
         category="koryu", doc=KORYU_PDF, evidence=["期間を定めた覚書によるものを含まない"], answer=["覚書によるものを含まない"],
         notes="definition 「姉妹都市等提携」とは…期間を定めた覚書によるものを含まない (no)"),
    dict(question="取組事例で紹介されている、オーストラリアの町と姉妹都市になっている町は、いつ提携したのですか？",
         category="koryu", doc=KORYU_PDF, evidence=["提携先：オーストラリア", "提携の年：平成９年"], answer=["平成９年"],
         notes="sibling sections （１）–（３） of ４ share the labels 提携先, 提携の年, 令和６年度の主な事業; （２）川辺町 "
               "(named by its partner's country); 昭和63年 and 令和元年 are the siblings' values"),
    # --- followups
    dict(question="駐在員事務所を置くだけなら、それはいくらまでになりますか？",
         category="followup", doc=KYOTEN_PDF, evidence=["専門家への委託費 50 70 40 60"], answer=["40"],
         history=_turns("現地法人を作るとき、弁護士や税理士などの専門家に払う費用は、上限いくらまで補助されますか？",
                        "現地法人・支店の場合、上限額は60万円です[1]。"),
         notes="(a) the row from the history (専門家への委託費), the other leaf 上限額（万円）／駐在員事務所"),
    dict(question="そのうち重点地域に拠点を設けたのは何件ですか？",
         category="followup", doc=KYOTEN_PDF, evidence=["令和３年度 ９ ４ 472"], answer=["４"],
         history=_turns("2021年度は何件の交付がありましたか？",
                        "2021年度（令和３年度）は９件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column うち重点地域（件）"),
    dict(question="その大学の交換留学生は何人でしたか？",
         category="followup", doc=RYUGAKU_PDF, evidence=["椿大学 61 15"], answer=["15"],
         history=_turns("椿大学が令和６年度に正規課程で受け入れた留学生は何人ですか？",
                        "椿大学の正規課程は61人です[1]。"),
         notes="(e) the row from the history (椿大学; 椿県立大学 and 椿学院大学 are near misses), column 交換留学（人）"),
    dict(question="それが翌年度にはどう変わりましたか？",
         category="followup", doc=KORYU_PDF, evidence=["青少年の相互派遣・受入れ ４ 11 16"], answer=["16"],
         history=_turns("令和５年度に、青少年の相互派遣や受入れは何件行われましたか？",
                        "令和５年度は11件でした[1]。"),
         notes="(h) the row from the history, the next year column (令和６年度)"),
    dict(question="その部署へ電話したいのですが、何番にかければよいですか？",
         category="followup", doc=KORYU_PDF, evidence=["電話：099-333-6120"], answer=["099-333-6120"],
         history=_turns("市町村の国際交流の実態調査は、県のどこの部署が担当していますか？",
                        "椿県 地域振興部 国際交流課（交流推進班）です[1]。"),
         notes="contact box of the survey report: the 班's phone; its fax 099-333-6129 and the 協会's 099-333-6200 "
               "are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使って作った海外拠点のうち、その後撤退してしまったところは何件ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives grants by year and by destination, nothing on bases closed later (Ｑ３ on giving up "
               "before the base is set up is a near miss)",
         absent=["撤退", "閉鎖"]),
    dict(question="令和６年度の補助金のうち、事務所の家賃に充てられた分はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and by destination only; 事務所の賃借料 is a row of the rates table (a), "
               "a near miss",
         absent=["経費区分別の交付", "経費区分ごとの交付"]),
    dict(question="新しく受け入れた留学生の男女別の人数はわかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report counts new students by origin and by university only",
         absent=["男女", "女性", "男性"]),
    dict(question="海外の留学フェアに１回出展するのに、どのくらいの費用がかかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only the whole 事業費 (3,150万円) is given, no cost per fair",
         absent=["出展料", "出展費用", "出展経費"]),
    dict(question="国際交流の予算が一番多い市町村はどこですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only the total budget of the municipalities is given (２億1,460万円), not by municipality",
         absent=["市町村別の予算", "予算額の内訳"]),
    dict(question="2024年度に、海外の提携先から県内の市町村を訪れた人は全部で何人でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts exchanges (件), not visitors; one sibling section gives 受入れ10人 for one city, a near "
               "miss",
         absent=["訪問者数", "来訪者", "来県者"]),
]
CATEGORY_COUNTS = {"kyoten": 11, "ryugaku": 10, "koryu": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h31q", "h31t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "交付実績の推移", "進出先の国・地域別の交付実績", "出身国・地域別の新規受入留学生数",
    "参加校別の新規受入留学生数", "月別の留学フェア・説明会の実施状況", "相手国・地域別の姉妹都市等提携数",
    "国際交流事業の種類別実施件数", "国際交流を進める上での課題（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y) -> Decimal:
    return half_up(Decimal(x) / Decimal(y), "0.1")


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h31q06": lambda g: f"{_avg(g(B, '令和６年度', '交付額（万円）', 2024), g(B, '令和６年度', '交付件数（件）', 2024))}万円",
    "h31q08": lambda g: _pct(g(C, "ベトナム", "交付額（万円）", 2024), g(C, "合計", "交付額（万円）", 2024)),
    "h31q15": lambda g: _pct(g(D, "合計", "うち奨学金受給（人）", 2024), g(D, "合計", "新規受入（人）", 2024)),
    "h31q19": lambda g: f"{sum(g(F, m, '参加者数（人）', 2024) for m in ('９月', '10月', '11月')):,}人",
    "h31q23": lambda g: f"{sum(g(G, c, '提携数（件）', 2024) for c in ('中国', '韓国', '台湾', 'ベトナム'))}件",
    "h31q25": lambda g: f"{g(H, '文化・スポーツ交流', '令和６年度', 2024) - g(H, '文化・スポーツ交流', '令和４年度', 2022)}件",
    "h31q27": lambda g: _pct(g(I, "語学に対応できる人材がいない", "町村", 2024), MUNIS[1][1]),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KYOTEN_PDF: (2, 3), RYUGAKU_PDF: (2, 3), KORYU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 190)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("６月", "９月")  # rows of (f) expected before the page break
CONTINUED_ROWS = ("11月", "１月", "２月", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout31.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout31.py")
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

    # (a): the 重点地域枠 at least the 一般枠; 現地法人・支店 caps at least the 駐在員事務所 caps, within note ※２
    for row, r in t[A].items():
        if r["補助率（％）／重点地域枠"] < r["補助率（％）／一般枠"]:
            errors.append(f"{A} / {row}: 重点地域枠 rate below the 一般枠 rate")
        if r["上限額（万円）／現地法人・支店"] < r["上限額（万円）／駐在員事務所"]:
            errors.append(f"{A} / {row}: 現地法人・支店 cap below the 駐在員事務所 cap")
        if r["上限額（万円）／現地法人・支店"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the company cap of note ※２")
    # (b): growing counts; the 重点地域 grants are part of the count; amounts within count × company cap
    b = t[B]
    ns = [b[r]["交付件数（件）"] for r in b]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 交付件数 should grow every year")
    for row, r in b.items():
        if r["うち重点地域（件）"] > r["交付件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP:
            errors.append(f"{B} / {row}: うち above 交付件数 or amount above count × company cap")
    # (c): 合計 adds up and equals (b)'s 令和６年度; its 重点地域 rows add up to (b)'s うち重点地域
    c = t[C]
    adds_up(C, ("交付件数（件）", "交付額（万円）"))
    if (c["合計"]["交付件数（件）"], c["合計"]["交付額（万円）"]) != (b["令和６年度"]["交付件数（件）"], b["令和６年度"]["交付額（万円）"]):
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    if sum(r["交付件数（件）"] for row, r in c.items() if row in FOCUS) != b["令和６年度"]["うち重点地域（件）"]:
        errors.append(f"{C}: the 重点地域 rows do not add up to {B}'s うち重点地域")
    if any(x in OTHER_DEST for x in FOCUS):
        errors.append(f"{C}: note ※４'s その他 holds a 重点地域")
    for row, r in c.items():
        if r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP:
            errors.append(f"{C} / {row}: amount above count × company cap")
    # (d) (e): 合計 adds up; 新規受入 within 出願者数, 奨学金 within 新規受入; (d) and (e) count the same students
    d, e = t[D], t[E]
    adds_up(D, ("出願者数（人）", "新規受入（人）", "うち奨学金受給（人）"))
    adds_up(E, ("正規課程（人）", "交換留学（人）"))
    for row, r in d.items():
        if not r["うち奨学金受給（人）"] <= r["新規受入（人）"] <= r["出願者数（人）"]:
            errors.append(f"{D} / {row}: うち奨学金受給 ≤ 新規受入 ≤ 出願者数 does not hold")
    if d["合計"]["新規受入（人）"] != e["合計"]["正規課程（人）"] + e["合計"]["交換留学（人）"]:
        errors.append(f"{D}: 新規受入 合計 differs from {E}")
    # (f): 合計 adds up; 個別相談 within 参加者数
    f = t[F]
    adds_up(F, ("開催回数（回）", "参加者数（人）", "うち個別相談（人）"))
    if any(r["うち個別相談（人）"] > r["参加者数（人）"] for r in f.values()):
        errors.append(f"{F}: うち個別相談 above 参加者数")
    # (g): 合計 adds up; 姉妹都市 within 提携数
    gg = t[G]
    adds_up(G, ("提携数（件）", "うち姉妹都市（件）"))
    if any(r["うち姉妹都市（件）"] > r["提携数（件）"] for r in gg.values()):
        errors.append(f"{G}: うち姉妹都市 above 提携数")
    # (h): 合計 adds up in every year column
    adds_up(H, [era_label_of(y) for y in EX_YEARS])
    # (i): 全体 = 市 + 町村, within the municipalities that answered
    for row, r in t[I].items():
        if r["全体"] != r["市"] + r["町村"] or r["市"] > MUNIS[0][1] or r["町村"] > MUNIS[1][1]:
            errors.append(f"{I} / {row}: 全体 is not 市 + 町村, or a count exceeds the municipalities")
    return errors


def era_label_of(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    months = specs["months"]
    bp = sorted({g["page"] for g in gold if g["table"] == F})
    if len(bp) != 2:
        errors.append(f"{F} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(pages[RYUGAKU_PDF]) if header in norm(p)]
        if months.repeat_header or on != bp[:1]:
            errors.append(f"{F}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == F and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == F and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{F}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{F}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("１月及び２月は令和７年") not in norm(pages[RYUGAKU_PDF][bp[1] - 1]):
            errors.append(f"{F}: note ※３ should follow the table on the continuation page")
    for key in ("rates", "grants", "dest", "origins", "schools", "ties", "exchanges", "issues"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {I} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／一般枠", "補助率（％）／重点地域枠", "上限額（万円）／駐在員事務所", "上限額（万円）／現地法人・支店"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (g): a stub header naming both label columns; each region printed once, in a cell spanning its rows
    ties = specs["ties"]
    if ties.header[0][:2] != ["地域", "相手国・地域"] or ties.label_col != 1:
        errors.append(f"{G}: expected the stub header 地域 / 相手国・地域 over the row labels")
    regions = list(dict.fromkeys(x[0] for x in TIES))
    spans = {(c0, r0, r1) for (c0, r0), (c1, r1) in ties.spans if c0 == c1 == 0}
    row0 = 1
    for region in regions:
        k = sum(x[0] == region for x in TIES)
        if k > 1 and (0, row0, row0 + k - 1) not in spans:
            errors.append(f"{G}: {region} is not printed in a cell spanning its {k} rows")
        if [r[0] for r in ties.rows[row0 - 1:row0 - 1 + k]] != [region] + [""] * (k - 1):
            errors.append(f"{G}: {region} should be printed once, on its first row")
        row0 += k
    gpage = {g["page"] for g in gold if g["table"] == G}
    whole = norm("".join("".join(ties.printed_row(i)) for i in range(len(ties.rows))))
    if len(gpage) == 1 and whole not in norm(pages[KORYU_PDF][min(gpage) - 1]):
        errors.append(f"{G}: the table is not extracted as one run with each region printed once")
    if [g["row"] for g in gold if g["table"] == G][::2] != [x[1] for x in TIES] + ["合計"]:
        errors.append(f"{G}: expected the countries (no region rows) and a 合計 row as the gold rows")
    # (h): fiscal years as columns, no year in the row labels
    for row in dict.fromkeys(g["row"] for g in gold if g["table"] == H):
        fys = [g["fiscal_year"] for g in gold if g["table"] == H and g["row"] == row]
        if fys != list(EX_YEARS) or fiscal_year(row):
            errors.append(f"{H} / {row}: expected the fiscal years {EX_YEARS} as columns, got {fys}")
    # (i): counts of municipalities, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == I} != {"団体"}:
        errors.append(f"{I}: expected the unit 団体 only")
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

    ky = norm("\n".join(pages[KYOTEN_PDF]))
    siblings(ky, KYOTEN_PDF, ("進出先：", "拠点の種類：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[1] for r in GRANT_YEARS)}件、{sum(r[3] for r in GRANT_YEARS):,}万円") not in ky:
        errors.append("subsidy guide: the five-year totals in the prose differ from (b)")
    if norm(f"令和６年度は{GRANT_YEARS[-1][1]}件、{GRANT_YEARS[-1][3]:,}万円") not in ky:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (b)")
    for k in (1, 2):
        top = sorted(BY_DEST, key=lambda r: -r[k])
        if top[0][0] != "ベトナム" or top[0][k] == top[1][k]:
            errors.append("subsidy guide: 「ベトナムが件数、金額ともに最も多く」 does not hold")
    rates, dest = {r[0]: r for r in RATES}, {r[0]: r for r in BY_DEST}
    for head, where, kind, amount in CASES:
        col = 3 if kind == "駐在員事務所" else 4
        country = where.split("（")[0]
        if int(amount.rstrip("万円")) > min(sum(r[col] for r in RATES), COMPANY_CAP, dest[country][2]) \
                or kind not in ("駐在員事務所", "現地法人", "支店"):
            errors.append(f"subsidy guide: case {head} gets more than its caps or its destination's grants allow")
    if re.findall(r"20\d\d年", ky) != ["2020年"]:
        errors.append("subsidy guide: only 2020年度 should be printed in Western form")
    for d in ("「海外拠点」とは", "「駐在員事務所」とは", "「現地法人」とは", "「重点地域」とは"):
        if norm(d) not in ky:
            errors.append(f"subsidy guide: the definition {d} is missing")
    raw = "\n".join(pages[KYOTEN_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps_of(KYOTEN_PDF, "①②③④⑤⑥", "subsidy guide")
    phones(KYOTEN_PDF, ["099-331-4210", "099-331-4219", "099-331-4300"], "subsidy guide")

    ry = norm("\n".join(pages[RYUGAKU_PDF]))
    siblings(ry, RYUGAKU_PDF, ("開催日：", "来場者数：", "個別相談件数："), [x[0] for x in FAIRS])
    new = sum(r[2] for r in ORIGINS)
    if norm(f"新規受入留学生は{new}人で、前年度（{PREV_NEW}人）から{new - PREV_NEW}人増えた") not in ry:
        errors.append("student report: the totals in the prose differ from (d)")
    if norm(f"正規課程が{sum(r[1] for r in SCHOOLS)}人、交換留学が{sum(r[2] for r in SCHOOLS)}人") not in ry:
        errors.append("student report: the school figures in the prose differ from (e)")
    for k in (1, 2):
        top = sorted(MONTHS, key=lambda m: -m[k])
        if top[0][0] != 10 or top[0][k] == top[1][k]:
            errors.append("student report: 「10月は…開催回数、参加者数ともに年間で最も多かった」 does not hold")
    by_month = {m[0]: m for m in MONTHS}
    for head, _w, n, k, month in FAIRS:
        if int(n.rstrip("人")) > by_month[month][2] or int(k.rstrip("件")) > by_month[month][3]:
            errors.append(f"student report: sibling {head} does not fit its month")
    if norm(f"うち{sum(r[3] for r in ORIGINS)}人に支給した") not in ry or DORM > new:
        errors.append("student report: the scholarship or dormitory figures in the prose are wrong")
    if re.findall(r"20\d\d年", ry):
        errors.append("student report: no Western year should be printed")
    for d in ("「新規受入留学生」とは", "「椿県留学生奨学金」とは"):
        if norm(d) not in ry:
            errors.append(f"student report: the definition {d} is missing")
    steps_of(RYUGAKU_PDF, "①②③", "student report")
    phones(RYUGAKU_PDF, ["099-332-5140", "099-332-5149", "099-332-5200"], "student report")

    ko = norm("\n".join(pages[KORYU_PDF]))
    siblings(ko, KORYU_PDF, ("提携先：", "提携の年：", "令和６年度の主な事業："), [x[0] for x in SISTERS])
    n_munis = sum(n for _s, n in MUNIS)
    if norm(f"{n_munis}市町村のうち{TIED_MUNIS}市町村が、海外の自治体と計{sum(x[2] for x in TIES)}件") not in ko \
            or TIED_MUNIS > n_munis:
        errors.append("survey report: the ties in the prose differ from (g)")
    ranked = [x[1] for x in sorted(TIES, key=lambda x: -x[2])]
    if ranked[:3] != ["米国", "中国", "韓国"] or sorted(x[2] for x in TIES)[-3] == sorted(x[2] for x in TIES)[-4]:
        errors.append("survey report: 「米国が最も多く、中国、韓国が続く」 does not hold")
    totals = [sum(r[k] for r in EXCHANGES) for k in (1, 2, 3)]
    if norm(f"実施件数は{totals[2]}件で、令和４年度の２倍") not in ko or totals[2] != 2 * totals[0]:
        errors.append("survey report: 「令和４年度の２倍」 does not hold")
    if [r[0] for r in EXCHANGES if r[3] < r[1]] != ["オンライン交流"]:
        errors.append("survey report: 「オンライン交流だけが減っており」 does not hold")
    if norm(f"２億{BUDGET[0] - 20000:,}万円で、前年度から{BUDGET[0] - BUDGET[1]:,}万円増えた") not in ko:
        errors.append("survey report: the budget in the prose is wrong")
    top = ISSUES[0]
    if any(a + b >= top[1] + top[2] for _n, a, b in ISSUES[1:]) or not top[2] / MUNIS[1][1] > 0.8:
        errors.append("survey report: 「担当職員が不足している…最も多く…町村では…８割を超えた」 does not hold")
    ties = {x[1]: x for x in TIES}
    for head, _p, _y, _w, country, sister in SISTERS:
        t = ties[country]
        if (sister and t[3] < 1) or (not sister and t[2] - t[3] < 1):
            errors.append(f"survey report: sibling {head} does not fit (g)")
    if re.findall(r"20\d\d年", ko) != ["2025年"] or re.findall(r"20\d\d年度", ko):
        errors.append("survey report: only 2025年 (調査基準日) should be printed in Western form")
    for d in ("「姉妹都市等提携」とは", "「国際交流事業」とは"):
        if norm(d) not in ko:
            errors.append(f"survey report: the definition {d} is missing")
    steps_of(KORYU_PDF, "①②③④", "survey report")
    phones(KORYU_PDF, ["099-333-6120", "099-333-6129", "099-333-6200"], "survey report")
    # every phone number of the set is fictional (099-33x-xxxx); mail addresses end in example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-33x-xxxx")
        for mail in re.findall(r"[\w.-]+@[\w.-]+", text):
            if not mail.endswith(".example.jp"):
                errors.append(f"{n}: mail address {mail} outside example.jp")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
