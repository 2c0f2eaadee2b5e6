"""Build the 楓県 held-out set 26: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楓県 and every town, scheme, organisation, phone number, address,
URL and figure). The documents are in three genres the earlier sets do not use: a guide to a
subsidy for small firms sending employees on overseas training (中小企業海外研修派遣支援補助金の
ご案内) with a two-level header of rates by firm size and caps by destination region, a yearly
record (years as rows, 令和元年度 first) and the grants by destination grouped under アジア /
アジア以外 (a row-spanning group cell and a stub header); the implementation report of an
overseas internship programme for the prefecture's university students (大学生海外インターンシップ
事業 実施報告書) with a three-year record whose columns are fiscal years and the students by
destination (a table continued over a page break without its header); and the results report of
a survey of the prefecture's exporters on exchange-rate effects (為替変動の影響に関する企業調査
結果報告書) with the answers by industry grouped under 製造業 / 非製造業, the main settlement
currency in two survey years with an 増減（ポイント） column, and an unruled table of the measures
taken; see README.md beside this file.

    python make_heldout26.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout24/make_heldout24.py; the shared helpers are in ../docgen.py (unchanged). The gold
cells are generated from the same specs that draw the tables; PDF page numbers are recorded while
reportlab lays the pages out. The output is byte-identical on every run (reportlab
``invariant=True``). The script exits 1 if any check fails.
"""


import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
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

KENSHU_PDF = "kaede_kaigai_kenshu_haken_hojokin_annai_r7.pdf"
INTERN_PDF = "kaede_daigakusei_kaigai_internship_hokoku_r6.pdf"
KAWASE_PDF = "kaede_kawase_hendo_eikyo_chosa_r6.pdf"
ALL_PDFS = (KENSHU_PDF, INTERN_PDF, KAWASE_PDF)

UNITS = ("万円", "件", "人", "校", "社", "日", "ポイント", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
PLUS, MINUS = "＋", "△"  # signs of an 増減 cell (△ = a fall, note ※４ of the survey)
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-27"  # every phone number of the set is 099-27x-xxxx


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western year of a label naming one fiscal year (令和５年度, 令和元年度); None otherwise."""
    if not label or fiscal_year_range(label):
        return None
    s = nfkc(label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", s)]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; a signed 増減 cell (＋2.6, △3.4) reads as ±."""
    v = nfkc(value).strip()
    sign = 1
    if v[:1] in ("+", MINUS):
        sign, v = (-1 if v[0] == MINUS else 1), v[1:]
    number, unit = docgen.parse_number(v, UNITS)
    return (None, None) if number is None else (sign * number, unit)


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
    """A table cell: text as is, an int as docgen prints it (single digits full-width),
    a Decimal per cent with one decimal."""
    if isinstance(x, str):
        return x
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x: Decimal) -> str:
    """An 増減 cell: ＋ for a rise, △ for a fall (as the prefecture prints them)."""
    return f"{PLUS}{x:.1f}" if x > 0 else (f"{MINUS}{-x:.1f}" if x < 0 else f"{x:.1f}")


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, and rows that may be
    grouped under a cell spanning several rows left of the label column (the group label is
    printed once; a 合計 row may span the group and label columns)."""

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
        """The label column; for a row whose label cell is under a span from the left (合計
        spanning the group and label columns), the text of that span."""
        r = self.rows[i]
        if r[self.label_col]:
            return label(r[self.label_col])
        return label(next(r[c] for c in range(self.label_col - 1, -1, -1) if r[c]))

    def groups(self) -> list[tuple[str, int, int]]:
        """(group label, first row, last row) of every span down the group column."""
        nh = len(self.header)
        return [(self.rows[r0 - nh][c0], r0 - nh, r1 - nh) for (c0, r0), (c1, r1) in self.spans
                if r0 >= nh and r1 > r0 and c0 == c1 < self.label_col]

    def flowable(self):
        t = super().flowable()
        nh, extra = len(self.header), []
        for i, r in enumerate(self.rows):  # total rows whose label sits left of the label column
            if not r[self.label_col] and self.row_label(i) in self.bold_rows:
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


PREF = "楓県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break
DESK = f"{PREF}海外展開サポートデスク"
DESK_PHONE = "099-271-4600"

# ================================================================ document 1: overseas-training subsidy guide
HOJO = f"{PREF}中小企業海外研修派遣支援補助金"
HOJO_DEPT = f"{PREF} 商工観光労働部 産業人材課"
RATES = [  # 補助対象経費, 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円、１人当たり）: アジア, アジア以外 (令和７年度)
    ("渡航費（往復の航空運賃）", 50, 75, 10, 25), ("滞在費（宿泊費）", 50, 75, 15, 25),
    ("研修受講料", 50, 75, 20, 30), ("語学研修費", 40, 50, 5, 5), ("海外旅行保険料", 50, 50, 2, 3),
]
COMPANY_CAP = 100  # note ※３: 万円 per company and year
MAX_PERSONS = 3  # 派遣者数: per company and year
GRANT_YEARS = [  # 年度, 交付件数, 派遣人数, 交付額（万円）
    (2019, 16, 29, 684), (2020, 2, 3, 41), (2021, 4, 6, 88), (2022, 11, 17, 352), (2023, 19, 33, 701),
    (2024, 27, 48, 1046),
]
REGIONS = [  # 区分, 派遣先, 交付件数, 派遣人数, 交付額（万円） (令和６年度)
    ("アジア", "中国・韓国・台湾", 6, 9, 174), ("アジア", "ＡＳＥＡＮ諸国", 11, 21, 398),
    ("アジア", "その他のアジア", 2, 3, 71),
    ("アジア以外", "北米", 4, 7, 213), ("アジア以外", "欧州", 3, 6, 162), ("アジア以外", "オセアニア・その他", 1, 2, 28),
]
CASES = [  # 見出し, 派遣先, 研修の内容, 補助金の額 (same labels in every sibling section); region, 派遣先 row
    ("精密部品製造業Ａ社（楓市）", "タイ（取引先の工場）", "生産管理と品質管理の実地研修（21日間）", "49万円",
     "アジア", "ＡＳＥＡＮ諸国"),
    ("食品加工業Ｂ社（錦浦市）", "米国（現地の販売代理店）", "食品表示の制度と販路開拓の研修（14日間）", "46万円",
     "アジア以外", "北米"),
    ("ソフトウェア開発業Ｃ社（朱野市）", "ドイツ（研修機関）", "産業用ソフトウェアの技術研修（60日間）", "78万円",
     "アジア以外", "欧州"),
]


def kenshu_specs():
    rates = TableSpec(
        key="rates", doc=KENSHU_PDF, title="補助率と派遣者１人当たりの上限額",
        header=[["補助対象経費", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "アジア", "アジア以外"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="grants", doc=KENSHU_PDF, title="交付実績の推移",
        header=[["年度", "交付件数（件）", "派遣人数（人）", "交付額（万円）"]],
        rows=[[f"令和{'元' if y == 2019 else fw(y - 2018)}年度", fw(n), fw(p), fw(a)] for y, n, p, a in GRANT_YEARS],
        col_widths=[34 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows, spans, nh = [], [], 1
    for grp in dict.fromkeys(r[0] for r in REGIONS):
        members = [r for r in REGIONS if r[0] == grp]
        spans.append(((0, nh + len(rows)), (0, nh + len(rows) + len(members) - 1)))
        for k, (_g, name, n, p, a) in enumerate(members):
            rows.append([grp if k == 0 else "", name, fw(n), fw(p), fw(a)])
    spans.append(((0, nh + len(rows)), (1, nh + len(rows))))
    rows.append(["合計", ""] + [fw(sum(r[k] for r in REGIONS)) for k in (2, 3, 4)])
    regions = TableSpec(
        key="regions", doc=KENSHU_PDF, title="派遣先別の交付実績",
        header=[["区分", "派遣先", "交付件数（件）", "派遣人数（人）", "交付額（万円）"]],
        rows=rows, col_widths=[24 * mm, 40 * mm, 30 * mm, 30 * mm, 30 * mm], label_col=1,
        spans=spans, table_fy=2024,
    )
    regions.unit = lambda row, c, s=regions: bracket_unit(s.column_label(c))
    return rates, years, regions


def kenshu_story(specs):
    rates, years, regions = specs
    n_all, p_all = sum(r[1] for r in GRANT_YEARS), sum(r[2] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の中小企業が、海外との取引や海外での事業を担う人材を育てられるよう、従業員を海外に派遣して行う研修の経費の一部を補助します。制度を始めた令和元年度から令和６年度までに、延べ{n_all}件、{p_all}人の派遣を支援しました。
""", 0)
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者で、従業員を海外研修に派遣するもの"),
        ("対象となる研修", "令和７年６月１日から令和８年２月27日までの間に出発し、帰国するもの"),
        ("募集期間", "令和７年４月14日から令和７年12月19日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "1,500万円"),
        ("派遣者数", f"１社当たり年度内{fw(MAX_PERSONS)}人まで"),
    ], 0)
    st += paras("""
この案内において「海外研修」とは、派遣者を海外の取引先、現地法人又は研修機関に連続して７日以上90日以内の期間派遣し、業務に必要な知識や技能を身に付けさせることをいいます。また、「派遣者」とは、申請者が雇用する従業員で雇用保険の被保険者であるものをいい、役員は含みません。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助率は事業者の規模によって、上限額（派遣者１人当たり、経費ごと）は主な派遣先の地域によって、次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「小規模企業者」とは、常時使用する従業員の数が20人（卸売業、小売業及びサービス業は５人）以下の中小企業者をいいます。「中小企業者」の欄は、小規模企業者以外の中小企業者に適用します。",
        "※２ 「アジア」の欄は、主な派遣先が中国、韓国、台湾、ＡＳＥＡＮ諸国、インドその他のアジアの国・地域である場合に適用し、それ以外の場合は「アジア以外」の欄を適用します。",
        f"※３ 補助金の額は、１社当たり年度内{COMPANY_CAP}万円を上限とします。千円未満の端数は切り捨てます。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（産業人材課又は{DESK}へ）",
        "② 交付申請（出発日の30日前までに、研修計画書と経費の見積書を提出）",
        "③ 交付決定の通知（申請から３週間程度）",
        "④ 海外研修の実施",
        "⑤ 実績報告（帰国した日から30日以内に、研修報告書と領収書の写しを提出）",
        "⑥ 補助金の額の確定と支払（実績報告から１か月程度）",
    ], 0)
    st += [P("４　これまでの交付実績", H1)]
    st += paras(f"""
令和６年度は{last[1]}件、{last[2]}人の派遣に{last[3]:,}万円を交付し、件数、人数、金額ともに制度を始めてから最も多くなりました。派遣先別では、ＡＳＥＡＮ諸国が件数、人数ともに全体の４割余りを占めています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes(["※４ 令和２年度及び令和３年度は、海外への渡航が制限されたため、交付件数が少なくなっています。"])
    st += [caption(regions.title, "（令和６年度）"), regions.flowable(), Spacer(1, 2)]
    st += notes(["※５ 複数の国・地域に派遣した場合は、滞在した期間が最も長い国・地域で数えています。"])
    st += [P("５　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _g, _r) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("派遣先", where), ("研修の内容", what), ("補助金の額", amount)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("海外の研修機関の講座をオンラインで受講する場合も対象になりますか。",
         "対象になりません。派遣者が現地に渡航して受ける研修に限ります。"),
        ("同じ従業員を、同じ年度に２回派遣することはできますか。",
         "補助の対象となる派遣は、派遣者１人につき年度内１回に限ります。"),
        ("派遣者が帰国後すぐに退職した場合、補助金はどうなりますか。",
         "帰国後６か月以内に退職した場合は、補助金の全部又は一部を返還していただくことがあります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 人材育成班　電話：099-271-4520　ファクス：099-271-4529",
        f"{DESK}（事前相談）　電話：{DESK_PHONE}",
        "電子メール：kaigai-kenshu@pref.kaede.example.jp",
    ]))
    return st


# ================================================================ document 2: university students' overseas internships
INTERN = f"{PREF}大学生海外インターンシップ事業"
INTERN_DEPT = f"{PREF} 政策企画部 国際交流課"
ZAIDAN = f"公益財団法人{PREF}国際交流財団"
RECORD = [  # 項目 (unit in brackets), 令和４年度, 令和５年度, 令和６年度
    ("参加大学数（校）", 6, 8, 9), ("応募者数（人）", 88, 131, 162), ("派遣学生数（人）", 34, 52, 71),
    ("うち長期派遣（人）", 9, 15, 22), ("受入企業数（社）", 21, 33, 45), ("延べ派遣日数（日）", 612, 1048, 1497),
]
RECORD_YEARS = (2022, 2023, 2024)
COUNTRIES = [  # 国・地域, 派遣学生数（人）, 受入企業数（社）, 延べ派遣日数（日） (令和６年度)
    ("ベトナム", 14, 9, 301), ("タイ", 11, 7, 236), ("シンガポール", 9, 6, 214), ("マレーシア", 6, 4, 118),
    ("インドネシア", 5, 3, 96), ("フィリピン", 4, 3, 72), ("台湾", 7, 4, 131), ("韓国", 4, 3, 58),
    ("米国", 6, 3, 163), ("ドイツ", 3, 2, 73), ("オーストラリア", 2, 1, 35),
]
START_MONTHS = {7: 4, 8: 29, 9: 11, 10: 2, 11: 1, 12: 3, 1: 1, 2: 18, 3: 2}  # 派遣の開始月 -> 学生数 (令和６年度)
LONG_DAYS = 28  # 「長期派遣」: 28日以上
HOSTS = [  # 見出し, 受入学生数, 派遣期間 (start, end), 主な業務 (same labels in every sibling section); 国・地域
    ("食品輸入商社（ベトナム・ホーチミン市）", 3, (date(2024, 8, 5), date(2024, 9, 13)),
     "日本の食品の販売促進、店頭での試食販売の補助", "ベトナム"),
    ("自動車部品メーカーの現地法人（タイ・バンコク）", 2, (date(2024, 8, 19), date(2024, 9, 6)),
     "工場の生産ラインの改善活動、日本人駐在員の通訳の補助", "タイ"),
    ("日本語学校（台湾・台中市）", 2, (date(2025, 2, 10), date(2025, 3, 7)),
     "日本語の授業の補助、日本への留学説明会の運営", "台湾"),
]


def reiwa_date(d: date) -> str:
    return f"令和{fw(d.year - 2018)}年{fw(d.month)}月{fw(d.day)}日"


def host_period(start: date, end: date) -> str:
    days = (end - start).days + 1
    tail = f"{fw(end.month)}月{fw(end.day)}日" if end.year == start.year else reiwa_date(end)
    return f"{reiwa_date(start)}から{tail}まで（{fw(days)}日間）"


def intern_specs():
    record = TableSpec(
        key="record", doc=INTERN_PDF, title="事業実績の推移",
        header=[["項目", "令和４年度", "令和５年度", "令和６年度"]],
        rows=[[n, fw(a), fw(b), fw(c)] for n, a, b, c in RECORD],
        col_widths=[50 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(label(row[0]))
    crows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in COUNTRIES]
    crows.append(["合計"] + [fw(sum(r[k] for r in COUNTRIES)) for k in (1, 2, 3)])
    countries = TableSpec(
        key="countries", doc=INTERN_PDF, title="国・地域別の派遣状況",
        header=[["国・地域", "派遣学生数（人）", "受入企業数（社）", "延べ派遣日数（日）"]],
        rows=crows, col_widths=[36 * mm, 36 * mm, 36 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    return record, countries


def intern_story(specs):
    record, countries = specs
    sent = next(r for r in RECORD if r[0] == "派遣学生数（人）")
    first = sorted(START_MONTHS, key=lambda m: -START_MONTHS[m])
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{INTERN} 実施報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(INTERN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", INTERN),
        ("実施主体", f"{PREF}（運営は{ZAIDAN}に委託）"),
        ("対象", "県内の大学、短期大学及び高等専門学校に在籍する学生（留学生を除く。）"),
        ("実施期間", "令和６年７月から令和７年３月まで"),
        ("支援の内容", "渡航費及び滞在費の３分の２（１人当たり30万円まで）と事前研修"),
        ("事業費", "2,380万円"),
    ], 0)
    st += paras(f"""
この報告書において「受入企業」とは、学生を受け入れた海外の企業又は団体をいい、県内企業の海外拠点を含む。また、「長期派遣」とは、派遣日数が{LONG_DAYS}日以上のものをいい、{LONG_DAYS}日未満のものを「短期派遣」という。
""", 0)
    st += [P("２　事業実績の推移", H1)]
    st += paras(f"""
事業を始めた令和４年度から３年間で、延べ{sum(sent[1:])}人の学生を海外に派遣した。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※１ 受入企業数は、同じ企業・団体が複数の学生を受け入れた場合も１社と数えている。"])
    st += [P("３　国・地域別の派遣状況", H1)]
    st += paras(f"""
令和６年度は{len(COUNTRIES)}の国・地域に学生を派遣した。ベトナムが{COUNTRIES[0][1]}人で最も多く、タイ、シンガポールが続いた。派遣の開始月は、夏季休業中の{fw(first[0])}月が{START_MONTHS[first[0]]}人で最も多く、次いで春季休業中の{fw(first[1])}月が{START_MONTHS[first[1]]}人、{fw(first[2])}月が{START_MONTHS[first[2]]}人であった。
""", 0)
    st += [caption(countries.title, "（令和６年度）", keep=False), countries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 延べ派遣日数は、学生ごとの派遣日数（出国した日から帰国した日まで）を合計したものである。"])
    st += [P("４　受入企業の例", H1)]
    for i, (head, n, (start, end), work, _c) in enumerate(HOSTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("受入学生数", f"{fw(n)}人"), ("派遣期間", host_period(start, end)), ("主な業務", work)], 1)
    st += [P("５　派遣までの流れ", H1)]
    st += numbered([
        "① 募集説明会（５月、各大学で開催）",
        "② 応募と書類選考（６月）",
        "③ 面接（６月下旬）",
        "④ 事前研修（３回。ビジネスマナー、安全管理、派遣先の国・地域の文化）",
        "⑤ 派遣（派遣中は財団の担当者が週１回、オンラインで面談）",
        "⑥ 成果報告会（令和７年３月）",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += bullets([
        "長期派遣を希望する学生が多いため、受入企業と調整し、長期派遣の枠を広げる。",
        "県内企業の海外拠点での受入れを増やすため、県内企業向けの説明会を開く。",
        "派遣を終えた学生が、次に派遣される学生の事前研修で体験を話す機会を設ける。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{INTERN_DEPT} 国際人材班　電話：099-273-2210　ファクス：099-273-2219",
        f"{ZAIDAN}（参加の申込み）　電話：099-273-2300",
        "電子メール：intern@pref.kaede.example.jp",
    ]))
    return st


# ================================================================ document 3: exporters' exchange-rate survey
CHOSA = f"{PREF} 為替変動の影響に関する企業調査"
CHOSA_DEPT = f"{PREF} 商工観光労働部 国際ビジネス課"
TARGET = 642  # 調査対象の企業
INDUSTRIES = [  # 区分, 業種, 回答企業数（社）, プラスの影響（社）, マイナスの影響（社） (令和６年度)
    ("製造業", "食料品", 48, 27, 9), ("製造業", "金属製品・機械", 52, 21, 16),
    ("製造業", "電気・電子部品", 31, 14, 8), ("製造業", "化学・樹脂製品", 22, 6, 10),
    ("製造業", "繊維・衣料", 19, 5, 8),
    ("非製造業", "卸売業", 71, 24, 29), ("非製造業", "運輸業", 16, 3, 7), ("非製造業", "その他", 28, 9, 6),
]
CURRENCIES = [  # 通貨, 主な決済通貨とした企業数: 令和５年度, 令和６年度
    ("円", 129, 131), ("米ドル", 93, 109), ("ユーロ", 16, 17), ("人民元", 15, 14), ("その他の外貨", 10, 16),
]
MEASURES = [  # 対策, 回答数: 製造業, 非製造業 (複数回答)
    ("販売価格の見直し", 68, 39), ("為替予約", 41, 38), ("円建て取引への切替え", 35, 22),
    ("外貨預金口座での受取り", 19, 27), ("海外での部材調達の拡大", 24, 6), ("決済通貨の分散", 9, 8),
    ("特に対策はとっていない", 53, 30),
]
SIZES = [  # 見出し, 回答企業数, うち主な決済通貨が円以外, 最も多い対策 (same labels in every sibling section)
    ("従業員20人以下の企業", 118, 45, "販売価格の見直し"),
    ("従業員21人から100人までの企業", 121, 72, "販売価格の見直し"),
    ("従業員101人以上の企業", 48, 39, "為替予約"),
]


def group_n(group: str) -> int:
    return sum(r[2] for r in INDUSTRIES if r[0] == group)


def respondents(year_col: int = 2) -> int:
    """Respondents of 令和６年度 (year_col 2) or 令和５年度 (year_col 1), from the currency counts."""
    return sum(r[year_col] for r in CURRENCIES)


def kawase_specs():
    rows, spans, nh = [], [], 1
    for grp in dict.fromkeys(r[0] for r in INDUSTRIES):
        members = [r for r in INDUSTRIES if r[0] == grp]
        spans.append(((0, nh + len(rows)), (0, nh + len(rows) + len(members) - 1)))
        for k, (_g, name, n, plus, minus) in enumerate(members):
            rows.append([grp if k == 0 else "", name, fw(n), fw(plus), fw(minus)])
    spans.append(((0, nh + len(rows)), (1, nh + len(rows))))
    rows.append(["合計", ""] + [fw(sum(r[k] for r in INDUSTRIES)) for k in (2, 3, 4)])
    industries = TableSpec(
        key="industries", doc=KAWASE_PDF, title="業種別の回答企業数と円安の影響",
        header=[["区分", "業種", "回答企業数（社）", "プラスの影響（社）", "マイナスの影響（社）"]],
        rows=rows, col_widths=[20 * mm, 38 * mm, 32 * mm, 34 * mm, 38 * mm], label_col=1,
        spans=spans, table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    n5, n6 = respondents(1), respondents(2)
    currencies = TableSpec(
        key="currencies", doc=KAWASE_PDF, title="主な決済通貨別の企業の割合",
        header=[["通貨", "令和５年度", "令和６年度", "増減（ポイント）"]],
        rows=[[n, cell(pct1(a, n5)), cell(pct1(b, n6)), signed(pct1(b, n6) - pct1(a, n5))]
              for n, a, b in CURRENCIES],
        col_widths=[40 * mm, 32 * mm, 32 * mm, 38 * mm], table_fy=2024,
    )
    currencies.unit = lambda row, c, s=currencies: bracket_unit(s.column_label(c)) or "%"
    n_m, n_n = group_n("製造業"), group_n("非製造業")
    measures = TableSpec(
        key="measures", doc=KAWASE_PDF, title="為替変動への対策（複数回答）",
        header=[["対策", "全体", "製造業", "非製造業"]],
        rows=[[n, cell(pct1(a + b, n_m + n_n)), cell(pct1(a, n_m)), cell(pct1(b, n_n))] for n, a, b in MEASURES],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, currencies, measures


def kawase_story(specs):
    industries, currencies, measures = specs
    total = sum(r[2] for r in INDUSTRIES)
    plus, minus = sum(r[3] for r in INDUSTRIES), sum(r[4] for r in INDUSTRIES)
    n5, n6 = respondents(1), respondents(2)
    yen5, yen6 = CURRENCIES[0][1], CURRENCIES[0][2]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "為替相場の変動が県内の輸出企業に与えている影響と企業の対応を把握し、今後の支援策に役立てるため"),
        ("調査対象", f"県内に本社又は主たる事業所を置き、輸出を行っている企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "郵送により調査票を配布し、郵送又はウェブで回答"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「外貨建て決済」とは、輸出の代金を円以外の通貨で受け取ることをいう。また、「為替予約」とは、外貨を円に換える将来の日の相場を、あらかじめ金融機関との間で決めておくことをいう。
""", 0)
    st += [P("２　回答企業の業種と円安の影響", H1)]
    st += paras(f"""
回答企業{total}社のうち、製造業が{group_n('製造業')}社、非製造業が{group_n('非製造業')}社であった。この１年の円安が自社の収益に「プラスの影響」があったと答えた企業は{plus}社、「マイナスの影響」があったと答えた企業は{minus}社であった。業種別にみると、化学・樹脂製品、繊維・衣料、卸売業及び運輸業では「マイナスの影響」が「プラスの影響」を上回った。
""", 0)
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 残りの{total - plus - minus}社は、「どちらともいえない」又は「分からない」と答えた。",
        "※２ 非製造業の「その他」は、小売業、サービス業等である。",
    ])
    st += [P("３　主な決済通貨", H1)]
    st += paras(f"""
輸出の代金の受取りに最も多く使っている通貨（以下「主な決済通貨」という。）は、円が{pct1(yen6, n6)}％で最も多いが、前年度の調査から{pct1(yen5, n5) - pct1(yen6, n6)}ポイント下がった。主な決済通貨が円以外の企業は{n6 - yen6}社（{pct1(n6 - yen6, n6)}％）で、米ドルの割合が上がっている。
""", 0)
    st += [caption(currencies.title, "（単位：％）"), currencies.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答企業は、令和５年度の調査が{n5}社、令和６年度の調査が{n6}社である。",
        f"※４ 増減は、令和６年度の割合から令和５年度の割合を引いたものである（「{MINUS}」は減少を示す）。",
    ])
    st += [P("４　企業規模別の状況", H1)]
    for i, (head, n, foreign, measure) in enumerate(SIZES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("回答企業数", f"{n}社"), ("主な決済通貨が円以外の割合", f"{pct1(foreign, n)}％"),
                        ("最も多い対策", measure)], 1)
    st += [P("５　為替変動への対策", H1)]
    st += paras("""
対策としては「販売価格の見直し」が最も多く、「特に対策はとっていない」、「為替予約」が続いた。非製造業では、「外貨預金口座での受取り」を挙げた企業の割合が製造業の２倍を超えている。
""", 0)
    st += [caption(measures.title, "（単位：％）"), measures.flowable(), Spacer(1, 2)]
    st += notes([
        f"※５ 回答企業は、全体{total}社、製造業{group_n('製造業')}社、非製造業{group_n('非製造業')}社である。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　企業の主な意見（自由記述）", H1)]
    st += bullets([
        "為替予約の仕組みや費用について、中小企業向けの分かりやすい説明がほしい。",
        "海外の取引先に円建てでの取引を求めたが、受け入れてもらえなかった。",
        "原材料の輸入価格が上がり、円安の利点が打ち消されている。",
    ], 0)
    st += [P("７　県の今後の取組", H1)]
    st += numbered([
        "① 為替予約や貿易保険について、金融機関と連携したセミナーを年２回開く。",
        f"② {DESK}で、外貨建て取引に関する個別相談に応じる。",
        "③ 小規模企業向けに、円建て取引の契約書のひな形を作り、公開する。",
        "④ 次回の調査は、令和７年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 貿易投資班　電話：099-276-3130　ファクス：099-276-3139",
        f"{DESK}（個別相談）　電話：{DESK_PHONE}",
        "電子メール：kawase-chosa@pref.kaede.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kenshu_specs() + intern_specs() + kawase_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, ispecs, cspecs = kenshu_specs(), intern_specs(), kawase_specs()
    kdoc = build_pdf(docs_dir / KENSHU_PDF, kspecs, kenshu_story(kspecs),
                     f"令和７年度 {HOJO}のご案内", "令和７年４月", HOJO_DEPT)
    idoc = build_pdf(docs_dir / INTERN_PDF, ispecs, intern_story(ispecs),
                     f"令和６年度 {INTERN} 実施報告書", "令和７年５月", INTERN_DEPT)
    cdoc = build_pdf(docs_dir / KAWASE_PDF, cspecs, kawase_story(cspecs),
                     f"令和６年度 {CHOSA} 結果報告書", "令和７年２月", CHOSA_DEPT)
    gold = all_gold({KENSHU_PDF: kdoc.row_pages, INTERN_PDF: idoc.row_pages, KAWASE_PDF: cdoc.row_pages})
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


ASEAN6 = ("ベトナム", "タイ", "シンガポール", "マレーシア", "インドネシア", "フィリピン")
MFG = [r for r in INDUSTRIES if r[0] == "製造業"]

QUESTIONS = [
    # --- kenshu: the overseas-training subsidy guide, tables (a) (b) (c), a definition, siblings, steps, Q&A
    dict(question="社員12人の金属加工業者から、2025年度にこの補助金で社員を海外研修に出したいと相談がありました。研修受講料は何％まで補助されますか？",
         category="kenshu", doc=KENSHU_PDF,
         evidence=["常時使用する従業員の数が20人", "研修受講料 50 75 20 30"], answer=["75"],
         notes="two facts: 12人 ≤ 20人 makes a 製造業 firm a 小規模企業者 (definition in note ※１ under (a)); "
               "(a) two-level header, leaf 補助率（％）／小規模企業者; 50 (中小企業者) is the trap; "
               "2025年度 = 令和７年度 (printed nowhere)"),
    dict(question="ドイツの研修機関に社員を送る予定の会社があります。現地のホテル代は、派遣者１人当たりいくらまで補助の対象になりますか？",
         category="kenshu", doc=KENSHU_PDF, evidence=["滞在費（宿泊費） 50 75 15 25"], answer=["25"],
         notes="(a) leaf 上限額（万円）／アジア以外 (note ※２: ドイツ is outside Asia); ホテル代 = 滞在費（宿泊費）; "
               "15 (アジア) is the trap"),
    dict(question="2019年度には、この補助金を使って何人の社員が海外に派遣されたのでしょうか？",
         category="kenshu", doc=KENSHU_PDF, evidence=["令和元年度 16 29 684"], answer=["29"],
         notes="(b) years as rows: 2019年度 = 令和元年度 (元, no Western year is printed in the guide); "
               "column 派遣人数（人）; 16 (交付件数) is the trap"),
    dict(question="令和４年度の交付実績を、金額で教えてください。",
         category="kenshu", doc=KENSHU_PDF, evidence=["令和４年度 11 17 352"], answer=["352"],
         notes="(b) column 交付額（万円）; the 予算額 1,500万円 is for 令和７年度, a near miss"),
    dict(question="令和６年度の交付額を派遣者の人数で割ると、１人当たりいくらになりますか？",
         category="kenshu", doc=KENSHU_PDF, evidence=["令和６年度 27 48 1,046"], answer=["21.8万円"], computed=True,
         notes="(b) average in a row: 1,046 / 48 = 21.79 → 21.8万円 (38.7万円 per grant is the trap)"),
    dict(question="2024年度にASEANの国々へ研修に行った社員は、全部で何人でしたか？",
         category="kenshu", doc=KENSHU_PDF, evidence=["ＡＳＥＡＮ諸国 11 21 398"], answer=["21"],
         notes="(c) a row grouped under アジア, column 派遣人数（人）; 2024年度 = 令和６年度 (caption note); "
               "ＡＳＥＡＮ printed full-width, asked half-width; 11 (交付件数) is the trap"),
    dict(question="令和６年度、アジア以外の地域への派遣に交付された補助金を合計するといくらですか？",
         category="kenshu", doc=KENSHU_PDF, evidence=["北米 ４ ７ 213", "欧州 ３ ６ 162", "オセアニア・その他 １ ２ 28"],
         answer=["403万円"], computed=True,
         notes="(c) sum over the three rows grouped under アジア以外 (no subtotal is printed): 213 + 162 + 28 = 403万円"),
    dict(question="事例に出ている食品加工の会社は、補助金をいくら受け取っていますか？",
         category="kenshu", doc=KENSHU_PDF, evidence=["食品加工業Ｂ社", "補助金の額：46万円"], answer=["46万円"],
         notes="sibling sections （１）–（３） of ５ share the labels 派遣先, 研修の内容, 補助金の額; "
               "（２）食品加工業Ｂ社; 49万円 and 78万円 are the siblings' values"),
    dict(question="取引先の工場を５日間だけ見学させる出張も、この補助金でいう海外研修に含まれますか？",
         category="kenshu", doc=KENSHU_PDF, evidence=["連続して７日以上90日以内の期間"], answer=["７日以上"],
         notes="definition 「海外研修」とは…連続して７日以上90日以内の期間派遣し… (no: five days is too short)"),
    dict(question="研修に出る社員の出発日が決まっている場合、交付申請はいつまでに出せばよいですか？",
         category="kenshu", doc=KENSHU_PDF, evidence=["出発日の30日前まで"], answer=["30日前まで"],
         notes="procedure step ② (on page 2, step ① on page 1); step ⑤'s 帰国した日から30日以内 is the trap"),
    dict(question="補助金を使って研修に行った社員が、戻ってすぐ会社を辞めてしまったら、補助金はどうなるのでしょうか？",
         category="kenshu", doc=KENSHU_PDF, evidence=["補助金の全部又は一部を返還"], answer=["返還"],
         notes="Q&A: Ａ of Ｑ３ (帰国後６か月以内に退職した場合は、全部又は一部を返還していただくことがある)"),
    # --- intern: the internship report, tables (d) (e), a definition, siblings
    dict(question="インターンシップに参加する学生の渡航費や滞在費は、どのくらいの割合を県が負担するのですか？",
         category="intern", doc=INTERN_PDF, evidence=["渡航費及び滞在費の３分の２"], answer=["３分の２"],
         notes="「label：value」 line 支援の内容 (with the cap of 30万円 per student)"),
    dict(question="2022年度には、このインターンシップに何人の学生が応募しましたか？",
         category="intern", doc=INTERN_PDF, evidence=["応募者数（人） 88 131 162"], answer=["88"],
         notes="(d) fiscal years as columns: 2022年度 = 令和４年度 (the first column; no Western year is printed); "
               "row 応募者数（人）; 34 (派遣学生数) is the trap"),
    dict(question="令和５年度に学生を受け入れてくれた海外の企業や団体は、何社ありましたか？",
         category="intern", doc=INTERN_PDF, evidence=["受入企業数（社） 21 33 45"], answer=["33"],
         notes="(d) row 受入企業数（社） (受入企業 defined in １), column 令和５年度"),
    dict(question="令和６年度の選考は、応募者数で見て何倍の狭き門だったのでしょうか？",
         category="intern", doc=INTERN_PDF, evidence=["応募者数（人） 88 131 162", "派遣学生数（人） 34 52 71"],
         answer=["2.3倍"], computed=True,
         notes="(d) ratio down the 令和６年度 column: 162 / 71 = 2.28 → 2.3倍"),
    dict(question="アメリカで受け入れてもらった学生の派遣日数を全員分足し合わせると、何日になりますか？",
         category="intern", doc=INTERN_PDF, evidence=["米国 ６ ３ 163"], answer=["163"],
         notes="(e) continuation page (no header there): row 米国 (アメリカ), column 延べ派遣日数（日） (note ※２)"),
    dict(question="シンガポールに行った学生は、１人平均で何日くらい現地にいましたか？",
         category="intern", doc=INTERN_PDF, evidence=["シンガポール ９ ６ 214"], answer=["23.8日"], computed=True,
         notes="(e) average in a row (page 1, before the break): 214 / 9 = 23.78 → 23.8日"),
    dict(question="ベトナム、タイ、シンガポール、マレーシア、インドネシア、フィリピンの６か国に派遣された学生は、合わせて何人ですか？",
         category="intern", doc=INTERN_PDF,
         evidence=["ベトナム 14 ９ 301", "タイ 11 ７ 236", "シンガポール ９ ６ 214", "マレーシア ６ ４ 118",
                   "インドネシア ５ ３ 96", "フィリピン ４ ３ 72"],
         answer=["49人"], computed=True,
         notes="(e) sum down the 派遣学生数（人） column across the page break (five rows on page 1, フィリピン on "
               "page 2): 14 + 11 + 9 + 6 + 5 + 4 = 49人"),
    dict(question="令和６年度に台湾で受け入れてもらった学生は何人でしたか？",
         category="intern", doc=INTERN_PDF, evidence=["台湾 ７ ４ 131"], answer=["７"],
         notes="(e) continuation page: row 台湾, column 派遣学生数（人）; host example （３） of ４, in 台湾 (２人), is a near miss"),
    dict(question="派遣期間がちょうど４週間だった学生は、長期派遣と短期派遣のどちらに数えられますか？",
         category="intern", doc=INTERN_PDF, evidence=["派遣日数が28日以上のもの"], answer=["28日以上"],
         notes="definition 「長期派遣」とは、派遣日数が28日以上のものをいい (４週間 = 28日: 長期, at the boundary)"),
    dict(question="バンコクの自動車部品の現地法人に行った学生は、何日間派遣されていましたか？",
         category="intern", doc=INTERN_PDF, evidence=["自動車部品メーカーの現地法人", "９月６日まで（19日間）"],
         answer=["19日間"],
         notes="sibling sections （１）–（３） of ４ share the labels 受入学生数, 派遣期間, 主な業務; "
               "（２）自動車部品メーカーの現地法人（タイ・バンコク）; 40日間 and 26日間 are the siblings' values"),
    # --- kawase: the exchange-rate survey, tables (f) (g) (h), a definition, siblings
    dict(question="この１年の円安で収益にプラスの影響があったという企業が、２番目に多かったのはどの業種ですか？",
         category="kawase", doc=KAWASE_PDF, evidence=["卸売業 71 24 29"], answer=["卸売業"],
         notes="(f) ranking in the column プラスの影響（社）: 食料品 27, 卸売業 24, 金属製品・機械 21 "
               "(金属製品・機械 is second by 回答企業数, the trap; 食料品 is the largest)"),
    dict(question="食料品の回答企業のうち、円安がプラスに働いたと答えたのは何％ですか？",
         category="kawase", doc=KAWASE_PDF, evidence=["食料品 48 27 ９"], answer=["56.3%"], computed=True,
         notes="(f) share within a row (the first row of the 製造業 group): 27 / 48 = 56.25 → 56.3%"),
    dict(question="製造業全体で見ると、円安がマイナスだったと答えた会社は何社になりますか？",
         category="kawase", doc=KAWASE_PDF,
         evidence=["食料品 48 27 ９", "金属製品・機械 52 21 16", "電気・電子部品 31 14 ８", "化学・樹脂製品 22 ６ 10",
                   "繊維・衣料 19 ５ ８"],
         answer=["51社"], computed=True,
         notes="(f) sum over the five rows grouped under 製造業 (no subtotal is printed): 9 + 16 + 8 + 10 + 8 = 51社"),
    dict(question="2023年度の調査では、輸出代金を主に米ドルで受け取っていた企業は何％でしたか？",
         category="kawase", doc=KAWASE_PDF, evidence=["米ドル 35.4 38.0 ＋2.6"], answer=["35.4"],
         notes="(g) fiscal years as columns: 2023年度 = 令和５年度 (only 2024年 is printed, in 調査基準日); "
               "38.0 (令和６年度) is the trap"),
    dict(question="非製造業の会社で、外貨を円に換えずに外貨預金の口座で受け取っているところはどれくらいありますか？",
         category="kawase", doc=KAWASE_PDF, evidence=["外貨預金口座での受取り 16.0 11.0 23.5"], answer=["23.5"],
         notes="(h) unruled table, column 非製造業 (per cent); 16.0 (全体) and 11.0 (製造業) are traps"),
    dict(question="為替予約を利用している割合は、製造業と非製造業で何ポイント違いますか？",
         category="kawase", doc=KAWASE_PDF, evidence=["為替予約 27.5 23.8 33.0"], answer=["9.2ポイント"], computed=True,
         notes="(h) difference across a row: 33.0 − 23.8 = 9.2ポイント"),
    dict(question="輸出代金は円で受け取り、原材料の輸入代金だけをドルで払っている会社は、この調査でいう外貨建て決済をしていることになりますか？",
         category="kawase", doc=KAWASE_PDF, evidence=["輸出の代金を円以外の通貨で受け取ること"],
         answer=["円以外の通貨で受け取る"],
         notes="definition 「外貨建て決済」とは、輸出の代金を円以外の通貨で受け取ることをいう (no: paying for imports "
               "in dollars does not count)"),
    dict(question="社員が50人ほどの会社に限ると、主に円以外の通貨で代金を受け取っている企業の割合はどのくらいですか？",
         category="kawase", doc=KAWASE_PDF,
         evidence=["従業員21人から100人までの企業", "主な決済通貨が円以外の割合：59.5％"], answer=["59.5％"],
         notes="sibling sections （１）–（３） of ４ share the labels 回答企業数, 主な決済通貨が円以外の割合, 最も多い対策; "
               "（２）従業員21人から100人までの企業; 38.1％ and 81.3％ are the siblings' values, 54.4％ the whole survey's"),
    # --- followups
    dict(question="それには上限もありますか？行き先が韓国の場合で教えてください。",
         category="followup", doc=KENSHU_PDF, evidence=["渡航費（往復の航空運賃） 50 75 10 25"], answer=["10"],
         history=_turns("渡航費の補助率は、小規模企業者でない中小企業だと何％ですか？",
                        "小規模企業者以外の中小企業者の場合、渡航費の補助率は50％です[1]。"),
         notes="(a) the row from the history (渡航費), leaf 上限額（万円）／アジア (韓国 is in Asia, note ※２); "
               "25 (アジア以外) is the trap"),
    dict(question="それは前の年度の調査から何ポイント変わりましたか？",
         category="followup", doc=KAWASE_PDF, evidence=["人民元 5.7 4.9 △0.8"], answer=["0.8"],
         history=_turns("令和６年度の調査で、主な決済通貨が人民元だった企業は何％ですか？",
                        "令和６年度の調査では4.9％でした[1]。"),
         notes="(g) the row from the history (人民元), column 増減（ポイント）: △0.8, a fall of 0.8ポイント (note ※４)"),
    dict(question="そのうち、長期派遣の学生は何人いましたか？",
         category="followup", doc=INTERN_PDF, evidence=["うち長期派遣（人） ９ 15 22"], answer=["15"],
         history=_turns("2023年度に派遣された学生は何人でしたか？",
                        "2023年度（令和５年度）は52人でした[1]。"),
         notes="(d) the column from the history (2023年度 = 令和５年度), row うち長期派遣（人）"),
    dict(question="その中で、円安がマイナスに働いたと答えた会社は何社ですか？",
         category="followup", doc=KAWASE_PDF, evidence=["卸売業 71 24 29"], answer=["29"],
         history=_turns("卸売業からは何社が回答しましたか？",
                        "卸売業は71社が回答しました[1]。"),
         notes="(f) the row from the history (卸売業, under 非製造業), column マイナスの影響（社）"),
    dict(question="そこに電話で問い合わせたいのですが、番号を教えてください。",
         category="followup", doc=INTERN_PDF, evidence=["電話：099-273-2300"], answer=["099-273-2300"],
         history=_turns("学生がこのインターンシップに申し込むときは、どこが窓口になりますか？",
                        f"参加の申込みは{ZAIDAN}が受け付けています[1]。"),
         notes="contact box of the internship report: the 財団's phone; the 班's phone 099-273-2210 and fax "
               "099-273-2219 are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で海外研修に行った社員が、その後も会社に残っている割合は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives grants by year and by destination only; Ｑ３ (repayment if the employee leaves "
               "within six months) is a near miss",
         absent=["定着率", "離職率"]),
    dict(question="令和６年度に申請があったのに不採択になったのは何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives grants made (交付件数), not applications or rejections",
         absent=["不採択", "申請件数", "採択率"]),
    dict(question="インターンシップに参加した学生を大学別に見ると、どこの大学からの参加が一番多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives only the number of universities taking part ((d) 参加大学数), not the students "
               "by university",
         absent=["大学別"]),
    dict(question="インターンシップのあと、受入企業にそのまま採用された学生は何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report says nothing about jobs after the internship (受入企業 is defined, a near miss)",
         absent=["採用された", "就職した", "内定"]),
    dict(question="2024年度の調査で、回答企業が社内で想定している為替レートは１ドル何円くらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey asks about the effect of the weak yen, currencies and measures, not an assumed rate "
               "(為替予約 is defined, a near miss)",
         absent=["想定為替レート", "想定レート", "１ドル"]),
    dict(question="回答企業のうち、前の年度より輸出額が増えた企業の割合はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey does not ask about export values (only the effect on 収益, currencies and measures)",
         absent=["輸出額", "輸出金額"]),
]
CATEGORY_COUNTS = {"kenshu": 11, "intern": 10, "kawase": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h26q", "h26t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = ("補助率と派遣者１人当たりの上限額", "交付実績の推移", "派遣先別の交付実績", "事業実績の推移",
                          "国・地域別の派遣状況", "業種別の回答企業数と円安の影響", "主な決済通貨別の企業の割合",
                          "為替変動への対策（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


def _ratio(x, y, unit) -> str:
    return f"{half_up(Decimal(x) / Decimal(y), '0.1')}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h26q05": lambda g: _ratio(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "派遣人数（人）", 2024), "万円"),
    "h26q07": lambda g: f"{sum(g(C, r, '交付額（万円）', 2024) for r in ('北米', '欧州', 'オセアニア・その他'))}万円",
    "h26q15": lambda g: _ratio(g(D, "応募者数（人）", "令和６年度", 2024), g(D, "派遣学生数（人）", "令和６年度", 2024), "倍"),
    "h26q17": lambda g: _ratio(g(E, "シンガポール", "延べ派遣日数（日）", 2024), g(E, "シンガポール", "派遣学生数（人）", 2024), "日"),
    "h26q18": lambda g: f"{sum(g(E, r, '派遣学生数（人）', 2024) for r in ASEAN6)}人",
    "h26q23": lambda g: _pct(g(F, "食料品", "プラスの影響（社）", 2024), g(F, "食料品", "回答企業数（社）", 2024)),
    "h26q24": lambda g: f"{sum(g(F, r[1], 'マイナスの影響（社）', 2024) for r in MFG)}社",
    "h26q27": lambda g: f"{_dec(g(H, '為替予約', '非製造業', 2024)) - _dec(g(H, '為替予約', '製造業', 2024))}ポイント",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KENSHU_PDF: (2, 3), INTERN_PDF: (2, 3), KAWASE_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 190)
TABLE_QUESTIONS = 20  # at least, over all categories but the followups
BEFORE_BREAK_ROWS = ("ベトナム", "シンガポール")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("台湾", "米国", "オーストラリア", "合計")  # and after it
EXPECTED_GROUPS = {"regions": ("派遣先", [("アジア", 0, 2), ("アジア以外", 3, 5)]),
                   "industries": ("業種", [("製造業", 0, 4), ("非製造業", 5, 7)])}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout26.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout26.py")
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
    """Totals add up inside each table and between tables; per cents come from the counts."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計"):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate; outside Asia at least the Asian cap; caps below ※３
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／アジア以外"] < r["上限額（万円）／アジア"]:
            errors.append(f"{A} / {row}: アジア以外 cap below the アジア cap")
        if r["上限額（万円）／アジア以外"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the company cap of note ※３")
    cap = {k: sum(r[f"上限額（万円）／{k}"] for r in t[A].values()) for k in ("アジア", "アジア以外")}
    # (b): persons between grants and three per grant; amounts within the caps
    b = t[B]
    for row, r in b.items():
        n, p, a = r["交付件数（件）"], r["派遣人数（人）"], r["交付額（万円）"]
        if not n <= p <= MAX_PERSONS * n or a > min(p * cap["アジア以外"], n * COMPANY_CAP):
            errors.append(f"{B} / {row}: counts or amount outside the limits of (a)")
    # (c): 合計 adds up and equals (b)'s 令和６年度; each region within its caps
    adds_up(C, ("交付件数（件）", "派遣人数（人）", "交付額（万円）"))
    for col in ("交付件数（件）", "派遣人数（人）", "交付額（万円）"):
        if t[C]["合計"][col] != b["令和６年度"][col]:
            errors.append(f"{C}: 合計 of {col} differs from 令和６年度 of {B}")
    for grp, name, n, p, a in REGIONS:
        r = t[C][name]
        if (r["交付件数（件）"], r["派遣人数（人）"], r["交付額（万円）"]) != (n, p, a) or a > p * cap[grp] \
                or not n <= p <= MAX_PERSONS * n:
            errors.append(f"{C} / {name}: outside the caps of its region {grp}")
    # (d): students within applicants, long stays within students, hosts within students;
    # the 令和６年度 column equals (e)'s 合計; the start months add up to the students
    d = {row: [r[f"令和{fw(y - 2018)}年度"] for y in RECORD_YEARS] for row, r in t[D].items()}
    for k in range(3):
        if not d["うち長期派遣（人）"][k] <= d["派遣学生数（人）"][k] <= d["応募者数（人）"][k] \
                or d["受入企業数（社）"][k] > d["派遣学生数（人）"][k]:
            errors.append(f"{D}: the counts of column {k + 1} do not nest")
    e = t[E]
    adds_up(E, ("派遣学生数（人）", "受入企業数（社）", "延べ派遣日数（日）"))
    for drow, ecol in (("派遣学生数（人）", "派遣学生数（人）"), ("受入企業数（社）", "受入企業数（社）"),
                       ("延べ派遣日数（日）", "延べ派遣日数（日）")):
        if d[drow][2] != e["合計"][ecol]:
            errors.append(f"{D}: 令和６年度 {drow} differs from the 合計 of {E}")
    if any(r["受入企業数（社）"] > r["派遣学生数（人）"] for r in e.values()):
        errors.append(f"{E}: more host companies than students in a row")
    if sum(START_MONTHS.values()) != d["派遣学生数（人）"][2]:
        errors.append(f"{D}: the start months do not add up to the students sent")
    # (f): 合計 adds up; plus and minus within the respondents; groups add up to the prose
    f = t[F]
    adds_up(F, ("回答企業数（社）", "プラスの影響（社）", "マイナスの影響（社）"))
    if any(r["プラスの影響（社）"] + r["マイナスの影響（社）"] > r["回答企業数（社）"] for r in f.values()):
        errors.append(f"{F}: plus and minus exceed the respondents in a row")
    total = f["合計"]["回答企業数（社）"]
    if total != respondents(2) or total != sum(s[1] for s in SIZES):
        errors.append(f"{F}: 合計 differs from the currency counts or the three sibling sections")
    if respondents(2) - CURRENCIES[0][2] != sum(s[2] for s in SIZES):
        errors.append(f"{F}: the siblings' non-yen firms differ from the currency counts")
    # (g): per cents from the counts, each year adding up to 100.0; 増減 is the difference
    g_ = t[G]
    for name, a, bb in CURRENCIES:
        r = g_[name]
        if (_dec(r["令和５年度"]), _dec(r["令和６年度"])) != (pct1(a, respondents(1)), pct1(bb, respondents(2))):
            errors.append(f"{G} / {name}: per cents differ from the counts")
        if _dec(r["増減（ポイント）"]) != _dec(r["令和６年度"]) - _dec(r["令和５年度"]):
            errors.append(f"{G} / {name}: 増減 is not 令和６年度 − 令和５年度")
    for col in ("令和５年度", "令和６年度"):
        if sum(_dec(r[col]) for r in g_.values()) != Decimal("100.0"):
            errors.append(f"{G}: column {col} does not add up to 100.0")
    # (h): the per cents come from the counts (全体 over both groups of (f))
    n_m, n_n = group_n("製造業"), group_n("非製造業")
    for name, a, bb in MEASURES:
        r = t[H][name]
        want = (pct1(a + bb, n_m + n_n), pct1(a, n_m), pct1(bb, n_n))
        if (_dec(r["全体"]), _dec(r["製造業"]), _dec(r["非製造業"])) != want or a > n_m or bb > n_n:
            errors.append(f"{H} / {name}: per cents differ from the counts")
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
        on = [i + 1 for i, p in enumerate(pages[INTERN_PDF]) if header in norm(p)]
        if countries.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("※２延べ派遣日数は") not in norm(pages[INTERN_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "grants", "regions", "record", "industries", "currencies", "measures"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["measures"].ruled or not all(s.ruled for k, s in specs.items() if k != "measures"):
        errors.append(f"only {H} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns, units from the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／アジア", "上限額（万円）／アジア以外"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows, 令和元年度 first
    brows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == B))
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS] \
            or brows[0] != "令和元年度":
        errors.append(f"{B}: expected years as rows from 令和元年度")
    # (c) (f): rows grouped under a cell spanning several rows, a stub header over the row labels,
    # the group label printed once (before its first row only), a 合計 row spanning both columns
    for key, (stub, groups) in EXPECTED_GROUPS.items():
        spec = specs[key]
        if spec.header[0][spec.label_col] != stub or spec.groups() != groups:
            errors.append(f"{spec.title}: expected the stub {stub} and the groups {groups}")
            continue
        page = next(g["page"] for g in gold if g["table"] == spec.title)
        raw = pages[spec.doc][page - 1].splitlines()
        text = norm(pages[spec.doc][page - 1])
        start = next((k for k, x in enumerate(raw) if x.strip() == stub), None)
        end = next((k for k, x in enumerate(raw) if start is not None and k > start and x.strip() == "合計"), None)
        if start is None or end is None:
            errors.append(f"{spec.title}: stub header or 合計 row not found in the text")
            continue
        for name, r0, r1 in groups:
            if sum(x.strip() == name for x in raw[start:end]) != 1:
                errors.append(f"{spec.title}: group label {name} should be printed once")
            if norm(name + spec.row_label(r0)) not in text or any(
                    norm(name + spec.row_label(i)) in text for i in range(r0 + 1, r1 + 1)):
                errors.append(f"{spec.title}: group label {name} should come only before its first row")
        if spec.rows[-1][:2] != ["合計", ""] or ((0, len(spec.rows)), (1, len(spec.rows))) not in spec.spans:
            errors.append(f"{spec.title}: the 合計 row should span the group and label columns")
        if any(g["row"] == name for g in gold if g["table"] == spec.title for name, *_x in groups):
            errors.append(f"{spec.title}: a group label was recorded as a row")
    # (d) (g): columns are fiscal years
    dcols = list(dict.fromkeys((g["column"], g["fiscal_year"]) for g in gold if g["table"] == D))
    if dcols != [(f"令和{fw(y - 2018)}年度", y) for y in RECORD_YEARS]:
        errors.append(f"{D}: expected the columns 令和４年度–令和６年度, got {dcols}")
    if {g["unit"] for g in gold if g["table"] == D} != {"校", "人", "社", "日"}:
        errors.append(f"{D}: units should come from the row labels")
    gcols = list(dict.fromkeys((g["column"], g["fiscal_year"], g["unit"]) for g in gold if g["table"] == G))
    if gcols != [("令和５年度", 2023, "%"), ("令和６年度", 2024, "%"), ("増減（ポイント）", 2024, "ポイント")]:
        errors.append(f"{G}: expected two fiscal-year columns and an 増減（ポイント） column, got {gcols}")
    signs = {g["value"][0] for g in gold if g["table"] == G and g["column"] == "増減（ポイント）"}
    if signs != {PLUS, MINUS}:
        errors.append(f"{G}: the 増減 column should hold both {PLUS} and {MINUS}")
    gpage = {g["page"] for g in gold if g["table"] == G}
    if len(gpage) == 1 and norm(f"「{MINUS}」は減少を示す") not in norm(pages[KAWASE_PDF][min(gpage) - 1]):
        errors.append(f"{G}: note ※４ explaining {MINUS} is not on the table's page")
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
        got = re.findall(r"099-27\d-\d{4}", norm("\n".join(pages[doc])))
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")

    def contains(text, what, *items):
        for x in items:
            if norm(x) not in text:
                errors.append(f"{what}: {x!r} is not printed")

    # --- the guide
    kj = norm("\n".join(pages[KENSHU_PDF]))
    siblings(kj, KENSHU_PDF, ("派遣先：", "研修の内容：", "補助金の額："), [c[0] for c in CASES])
    contains(kj, "subsidy guide", f"延べ{sum(r[1] for r in GRANT_YEARS)}件、{sum(r[2] for r in GRANT_YEARS)}人の派遣",
             f"令和６年度は{GRANT_YEARS[-1][1]}件、{GRANT_YEARS[-1][2]}人の派遣に{GRANT_YEARS[-1][3]:,}万円")
    for k in (1, 2, 3):
        if max(GRANT_YEARS, key=lambda r: r[k]) != GRANT_YEARS[-1]:
            errors.append("subsidy guide: 「件数、人数、金額ともに…最も多く」 does not hold")
    asean = next(r for r in REGIONS if r[1] == "ＡＳＥＡＮ諸国")
    if not (0.40 < asean[2] / GRANT_YEARS[-1][1] < 0.45 and 0.40 < asean[3] / GRANT_YEARS[-1][2] < 0.45):
        errors.append("subsidy guide: 「ＡＳＥＡＮ諸国が件数、人数ともに全体の４割余り」 does not hold")
    rate_cap = {k: sum(r[3 if k == "アジア" else 4] for r in RATES) for k in ("アジア", "アジア以外")}
    by_region = {r[1]: r for r in REGIONS}
    for head, _where, what, amount, grp, row in CASES:
        days = int(nfkc(re.search(r"（(\S+)日間）", what).group(1)))
        if int(amount.rstrip("万円")) > min(COMPANY_CAP, MAX_PERSONS * rate_cap[grp], by_region[row][4]) \
                or by_region[row][0] != grp or not 7 <= days <= 90:
            errors.append(f"subsidy guide: case {head} does not fit the caps, its region or the 7–90 days")
    if re.findall(r"20\d\d年", kj):
        errors.append("subsidy guide: no Western year should be printed")
    contains(kj, "subsidy guide", "「海外研修」とは", "「派遣者」とは", "「小規模企業者」とは")
    raw = "\n".join(pages[KENSHU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps_of(KENSHU_PDF, "①②③④⑤⑥", "subsidy guide")
    phones(KENSHU_PDF, ["099-271-4520", "099-271-4529", DESK_PHONE], "subsidy guide")

    # --- the internship report
    ij = norm("\n".join(pages[INTERN_PDF]))
    siblings(ij, INTERN_PDF, ("受入学生数：", "派遣期間：", "主な業務："), [h[0] for h in HOSTS])
    sent = next(r for r in RECORD if r[0] == "派遣学生数（人）")
    contains(ij, "internship report", f"延べ{sum(sent[1:])}人の学生", f"{len(COUNTRIES)}の国・地域に学生を派遣",
             f"ベトナムが{COUNTRIES[0][1]}人で最も多く、タイ、シンガポールが続いた")
    if [c[0] for c in sorted(COUNTRIES, key=lambda c: -c[1])][:3] != ["ベトナム", "タイ", "シンガポール"] \
            or len({c[1] for c in COUNTRIES[:3]}) != 3:
        errors.append("internship report: the ranking ベトナム, タイ, シンガポール does not hold")
    ranked = sorted(START_MONTHS, key=lambda m: -START_MONTHS[m])
    if ranked[:3] != [8, 2, 9] or len({START_MONTHS[m] for m in ranked[:4]}) != 4:
        errors.append("internship report: the start months ranking ８月, ２月, ９月 does not hold")
    contains(ij, "internship report", f"８月が{START_MONTHS[8]}人で最も多く", f"２月が{START_MONTHS[2]}人",
             f"９月が{START_MONTHS[9]}人")
    by_country = {c[0]: c for c in COUNTRIES}
    for head, n, (start, end), _work, country in HOSTS:
        days = (end - start).days + 1
        contains(ij, "internship report", f"（{fw(days)}日間）")
        if country not in head or n > by_country[country][1] or not date(2024, 7, 1) <= start <= end <= date(2025, 3, 31):
            errors.append(f"internship report: sibling {head} does not fit its country or the period")
    if re.findall(r"20\d\d年", ij):
        errors.append("internship report: no Western year should be printed")
    contains(ij, "internship report", "「受入企業」とは", "「長期派遣」とは", f"派遣日数が{LONG_DAYS}日以上")
    steps_of(INTERN_PDF, "①②③④⑤⑥", "internship report")
    phones(INTERN_PDF, ["099-273-2210", "099-273-2219", "099-273-2300"], "internship report")

    # --- the survey report
    cj = norm("\n".join(pages[KAWASE_PDF]))
    siblings(cj, KAWASE_PDF, ("回答企業数：", "主な決済通貨が円以外の割合：", "最も多い対策："), [s[0] for s in SIZES])
    total = sum(r[2] for r in INDUSTRIES)
    plus, minus = sum(r[3] for r in INDUSTRIES), sum(r[4] for r in INDUSTRIES)
    contains(cj, "survey report", f"{total}社（回答率{pct1(total, TARGET)}％）",
             f"製造業が{group_n('製造業')}社、非製造業が{group_n('非製造業')}社",
             f"「プラスの影響」があったと答えた企業は{plus}社", f"「マイナスの影響」があったと答えた企業は{minus}社",
             f"残りの{total - plus - minus}社")
    worse = [r[1] for r in INDUSTRIES if r[4] > r[3]]
    contains(cj, "survey report", "、".join(worse[:-1]) + "及び" + worse[-1] + "では「マイナスの影響」")
    n5, n6 = respondents(1), respondents(2)
    yen5, yen6 = pct1(CURRENCIES[0][1], n5), pct1(CURRENCIES[0][2], n6)
    if max(CURRENCIES, key=lambda r: r[2])[0] != "円" or not yen6 < yen5 \
            or not pct1(CURRENCIES[1][2], n6) > pct1(CURRENCIES[1][1], n5):
        errors.append("survey report: 「円が…最も多いが…下がった…米ドルの割合が上がっている」 does not hold")
    contains(cj, "survey report", f"円が{yen6}％で最も多い", f"{yen5 - yen6}ポイント下がった",
             f"{n6 - CURRENCIES[0][2]}社（{pct1(n6 - CURRENCIES[0][2], n6)}％）")
    for head, n, foreign, measure in SIZES:
        if measure not in [m[0] for m in MEASURES]:
            errors.append(f"survey report: sibling {head} names a measure not in (h)")
    order = [m[0] for m in sorted(MEASURES, key=lambda m: -(m[1] + m[2]))]
    if order[:3] != ["販売価格の見直し", "特に対策はとっていない", "為替予約"]:
        errors.append("survey report: the ranking of the measures in the prose does not hold")
    dep = next(m for m in MEASURES if m[0] == "外貨預金口座での受取り")
    if not pct1(dep[2], group_n("非製造業")) > 2 * pct1(dep[1], group_n("製造業")):
        errors.append("survey report: 「外貨預金口座での受取り…製造業の２倍を超えている」 does not hold")
    if re.findall(r"20\d\d年", cj) != ["2024年"] or re.findall(r"20\d\d年度", cj):
        errors.append("survey report: only 2024年 (調査基準日) should be printed in Western form")
    contains(cj, "survey report", "「外貨建て決済」とは", "「為替予約」とは")
    steps_of(KAWASE_PDF, "①②③④", "survey report")
    phones(KAWASE_PDF, ["099-276-3130", "099-276-3139", DESK_PHONE], "survey report")
    # every phone number of the set is fictional (099-27x-xxxx); every mail address is under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(r"099-27\d-\d{4}", ph):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[\w.-]+@[\w.-]+", nfkc("\n".join(p))):
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
