"""Build the 雲雀県 held-out set 8: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (雲雀県 and every town, programme, organisation, company, airline,
phone number, address, URL and figure). The documents are in three genres the earlier sets do
not use: an annual report on attracting foreign-affiliated companies (外資系企業誘致推進事業
実績報告書) with a list of the companies that located, a guide to a programme helping foreign
students find jobs in the prefecture (外国人留学生等 県内就職支援事業のご案内), and a plan to
promote the international routes of the prefectural airport (空港国際線利用促進計画); see
README.md beside this file.

    python make_heldout8.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout7/make_heldout7.py; the helpers are in ../docgen.py. The gold cells are generated from
the same specs that draw the tables; PDF page numbers are recorded while reportlab lays the
pages out. The output is byte-identical on every run (reportlab ``invariant=True``). The
script exits 1 if any check fails.
"""


import datetime
import re
import sys
import unicodedata
from collections import Counter, defaultdict
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
    UNKNOWN,
    body,
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
    data_cells,
    era_year,
    fiscal_year_range,
    fw,
    hanging,
    norm,
    numbered_questions,
    output_dirs,
    pct,
    pdf_pages,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

TOUSHI_PDF = "hibari_gaishikei_yuchi_jisseki_r6.pdf"
RYUGAKU_PDF = "hibari_ryugakusei_kennai_shushoku_shien_annai_r7.pdf"
KUKO_PDF = "hibari_kuko_kokusaisen_riyo_sokushin_keikaku.pdf"
ALL_PDFS = (TOUSHI_PDF, RYUGAKU_PDF, KUKO_PDF)

UNITS = ("百万円", "万人泊", "万人", "路線", "便", "社", "件", "人", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
WEEKDAYS = "月火水木金土日"


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western fiscal year of a label naming one year (令和５年度 or 2024年度); None otherwise."""
    if not label or fiscal_year_range(label):
        return None
    s = nfkc(label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", s)]
    years += [int(y) for y in re.findall(r"(20\d\d)年度", s)]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; a cell holding two figures, `11（４）`, gives the
    figure outside the brackets (the bracketed one is a 内数, note ※１ of the report);
    (None, None) for `―` and text cells."""
    v = nfkc(value).strip()
    m = re.fullmatch(r"(\d[\d,]*)\((\d[\d,]*)\)", v)
    if m:
        v = m.group(1)
    return docgen.parse_number(v, UNITS)


def inner_number(value: str) -> int | None:
    """The bracketed 内数 of a two-figure cell (`11（４）` -> 4), else None."""
    m = re.fullmatch(r"\d[\d,]*\((\d[\d,]*)\)", nfkc(value).strip())
    return int(m.group(1).replace(",", "")) if m else None


def label(s: str) -> str:
    """A row or column label as the gold records it: a label printed on two lines is joined."""
    return s.replace("\n", "")


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a header label (立地件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def two(a: int, b: int) -> str:
    """A cell holding a figure and its bracketed 内数: 11（４）."""
    return f"{fw(a)}（{fw(b)}）"


def dec(x: float) -> str:
    """A figure printed with one decimal (15.0)."""
    return f"{x:.1f}"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and a fiscal-year range
    taken from the caption note of a table that sums several years.

    The gold column label joins, top to bottom, every header cell printed above a column: the
    cell itself, or a header cell spanning it from the left in the same header row."""

    table_fy_range: list | None = None

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
                if r0 == r and c0 != c:  # spanning from the left in this header row
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


def with_range(spec: TableSpec, note: str) -> TableSpec:
    spec.table_fy_range = fiscal_year_range(note)
    return spec


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    """One gold record per data cell; pages_of maps (spec.key, row index) to the page(s) drawn."""
    out = []
    for i, r, c, value in data_cells(spec):
        number, cell_unit = parse_number(value)
        unit = cell_unit or spec.cell_unit(r, c)
        if number is None and value != UNKNOWN:
            unit = None
        row_label = spec.row_label(i)
        fy = spec.column_year(c) or fiscal_year(row_label) or spec.table_fy
        pages = pages_of[(spec.key, i)]
        assert len(pages) == 1, (spec.key, r, pages)
        out.append({
            "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
            "fiscal_year": fy, "fiscal_year_range": None if fy else spec.table_fy_range,
            "value": value, "number": number, "unit": unit, "page": next(iter(pages)),
        })
    return out


class P(docgen.P):
    """docgen's paragraph, which reportlab can also split across a page break."""

    def __init__(self, text, style, key=None, **kw):
        Paragraph.__init__(self, text, style, **kw)
        self.gold_key = key


def paras(text: str, level: int):
    return [P(t.strip(), body(level)) for t in text.strip().split("\n") if t.strip()]


def numbered(items, level: int):
    return [P(t, hanging(level, 2)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    """「label：value」 body lines (label and value on one line, hanging indent)."""
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


def dated(d: datetime.date, era: bool = True) -> str:
    """令和７年５月24日（土） (era=True) or ５月24日（土）, weekday from the date."""
    head = f"令和{fw(d.year - 2018)}年" if era else ""
    return f"{head}{fw(d.month)}月{fw(d.day)}日（{WEEKDAYS[d.weekday()]}）"


PREF = "雲雀県"
CIRCLED = "①②③④⑤⑥⑦⑧⑨"

# ================================================================ document 1: foreign-investment report
TOUSHI = f"{PREF}外資系企業誘致推進事業"
TOUSHI_DEPT = f"{PREF} 商工労働部 企業立地課"
ACTIVITIES = [  # 見出し, 内容, 実施時期, 実績 (same labels in every sibling section)
    ("海外投資セミナーの開催",
     "県の産業集積、工業団地、人材育成の取組を紹介するセミナーを海外で開いた",
     "令和６年６月（台北市）、10月（フランクフルト市）、令和７年２月（サンフランシスコ市）",
     "参加企業 計142社"),
    ("海外企業への個別訪問",
     "日本進出を検討する海外企業を誘致アドバイザーと訪問し、候補地を個別に提案した",
     "通年", "延べ76社"),
    ("県内視察ツアーの受入れ",
     "工業団地、研究機関、港湾などを案内する視察ツアーを企業の希望に応じて行った",
     "令和６年５月から令和７年３月まで（随時）", "19社（延べ47人）"),
    ("立地後のフォローアップ",
     "立地済みの企業を訪問し、人材確保、許認可の手続、増設計画などの相談に応じた",
     "通年", "訪問63社、相談対応121件"),
]
TREND = [  # 年度, 相談件数（件）, 立地件数（件）, うち増設（内数）, 雇用予定者数（人）, 投資予定額（百万円）
    (2020, 42, 5, 1, 86, 1240),
    (2021, 55, 6, 2, 132, 2180),
    (2022, 61, 8, 2, 175, 3460),
    (2023, 68, 10, 3, 214, 4120),
    (2024, 74, 11, 4, 263, 5870),
]
WITHDRAWN = (2023, 1, 15)  # note ※３: one 令和５年度 location (新設, 15 jobs) was later withdrawn
COMPANIES = [  # 企業名, 国・地域, 業種, 区分, 雇用予定者数（人） (令和６年度)
    ("ノルデン製薬株式会社", "ドイツ", "医薬品製造", "新設", 35),
    ("ハーバーライト合同会社", "米国", "ソフトウェア開発", "新設", 18),
    ("台陽精密ジャパン株式会社", "台湾", "電子部品製造", "増設", 42),
    ("ケストレル技研株式会社", "米国", "産業用ロボット製造", "新設", 27),
    ("ミラマー・フーズ株式会社", "シンガポール", "食品加工", "新設", 22),
    ("シュタインベルク機械株式会社", "ドイツ", "工作機械製造", "増設", 30),
    ("永晟マテリアル株式会社", "台湾", "電池材料製造", "新設", 38),
    ("ベルナール・コスメ株式会社", "フランス", "化粧品製造", "新設", 12),
    ("ソルヴィア・データ株式会社", "米国", "データセンター", "新設", 9),
    ("ハンガラム化学株式会社", "韓国", "化学品製造", "増設", 20),
    ("瀚海物流株式会社", "中国", "物流", "増設", 10),
]
ORIGINS = [  # 国・地域, 立地件数 (令和２～６年度の累計)
    ("米国", 9), ("台湾", 8), ("ドイツ", 6), ("中国", 5), ("韓国", 4), ("シンガポール", 3), ("その他", 5),
]
OTHER_ORIGINS = ("フランス", "英国", "オランダ", "インド", "タイ")  # note ※６, one each


def toushi_specs():
    trend = TableSpec(
        key="trend", doc=TOUSHI_PDF, title="相談件数及び立地件数の推移",
        header=[["年度", "相談件数（件）", "立地件数（件）", "雇用予定者数（人）", "投資予定額（百万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), two(n, inner), fw(jobs), fw(inv)]
              for y, a, n, inner, jobs, inv in TREND],
        col_widths=[28 * mm, 30 * mm, 30 * mm, 34 * mm, 38 * mm],
    )
    trend.unit = lambda row, c, s=trend: bracket_unit(s.column_label(c))
    firms = TableSpec(
        key="firms", doc=TOUSHI_PDF, title="令和６年度の立地企業一覧",
        header=[["No.", "企業名", "国・地域", "業種", "区分", "雇用予定者数\n（人）"]],
        rows=[[fw(i), n, o, ind, kind, fw(jobs)] for i, (n, o, ind, kind, jobs) in enumerate(COMPANIES, 1)],
        col_widths=[11 * mm, 53 * mm, 25 * mm, 34 * mm, 14 * mm, 27 * mm], label_col=1,
        align_left_cols=(2, 3), table_fy=2024, repeat_header=False, font_size=8.5,
    )
    firms.unit = lambda row, c, s=firms: bracket_unit(s.column_label(c))
    total = sum(n for _o, n in ORIGINS)
    origins = with_range(TableSpec(
        key="origins", doc=TOUSHI_PDF, title="国・地域別の立地件数",
        header=[["国・地域", "立地件数\n（件）", "構成比\n（％）"]],
        rows=[[o, fw(n), dec(round(n * 100 / total, 1))] for o, n in ORIGINS] + [["合計", fw(total), dec(100)]],
        col_widths=[44 * mm, 28 * mm, 28 * mm], ruled=False,
    ), "（令和２～６年度の累計）")
    origins.unit = lambda row, c, s=origins: bracket_unit(s.column_label(c))
    return trend, firms, origins


def toushi_story(specs):
    trend, firms, origins = specs
    last = TREND[-1]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{TOUSHI} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(TOUSHI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", TOUSHI),
        ("目的", "海外企業の県内への立地と、県内に立地する外資系企業の事業拡大を促し、雇用の創出と地域経済の活性化を図る"),
        ("実施期間", "令和６年４月１日から令和７年３月31日まで"),
        ("推進体制", f"{PREF}、公益財団法人ひばり産業支援機構、{PREF}外資系企業誘致推進協議会"),
        ("予算額", "36,800千円（決算額 35,140千円）"),
    ], 0)
    st += paras("""
この報告書において「外資系企業」とは、外国の法人又は個人が発行済株式（出資の場合は出資額）の３分の１を超えて保有する企業をいう。また、「立地」とは、外資系企業が県内に事業所を新設し、又は増設することをいう。
""", 0)

    st += [P("２　誘致活動の実施状況", H1)]
    st += paras("本事業では、次の４つの活動を行った。", 0)
    for i, (head, what, when, result) in enumerate(ACTIVITIES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("実施時期", when), ("実績", result)], 1)
    st += notes(["※ 立地件数は、これらの活動を通じて県が把握し、企業が立地を決定したものを計上している。"])

    st += [P("３　相談件数及び立地件数の推移", H1)]
    st += paras(f"""
令和２年度からの推移は、次のとおりである。令和６年度の立地件数は{last[2]}件と、令和２年度以降で最も多く、雇用予定者数も{last[4]}人となった。
""", 0)
    st += [caption(trend.title), trend.flowable(), Spacer(1, 2)]
    y, n_w, jobs_w = WITHDRAWN
    n5 = next(t for t in TREND if t[0] == y)[2]
    st += notes([
        "※１ 「立地件数」欄の（　）内の数値は、既に県内に立地している外資系企業による増設の件数で、内数である。",
        "※２ 雇用予定者数及び投資予定額は、立地の決定時に企業が示した計画の値である。",
        f"※３ 令和５年度の立地件数{n5}件には、その後に計画を取りやめた{fw(n_w)}件（新設、雇用予定者数{jobs_w}人）を含む。"
        f"これを除くと、令和５年度の立地件数は{fw(n5 - n_w)}件である。",
    ])

    st += [P("４　国・地域別の立地件数", H1)]
    st += paras("""
令和２年度から令和６年度までの５年間の立地件数を出資元の国・地域別にみると、米国が最も多く、台湾、ドイツが続いている。
""", 0)
    st += [caption(origins.title, "（令和２～６年度の累計）"), origins.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 「その他」は、{'、'.join(OTHER_ORIGINS[:-1])}及び{OTHER_ORIGINS[-1]}である（各１件）。",
        "※５ 構成比は、小数点以下第２位を四捨五入している。",
    ])

    st += [P("５　令和６年度に立地した企業", H1)]
    st += paras("令和６年度に立地を決定した企業は、次のとおりである。製造業では、ドイツと台湾の企業の立地が多く、増設は４件であった。", 0)
    st += [caption(firms.title, keep=False), firms.flowable(), Spacer(1, 2)]
    st += notes([
        "※６ 「区分」欄の「増設」は、既に県内に事業所を有する外資系企業が、新たな事業所を設け、又は既存の事業所を拡張するものである。",
        "※７ 国・地域は、出資比率が最も高い外国投資家の所在地による。",
    ])

    st += [P("６　成果と課題", H1)]
    st += paras("""
投資セミナーと視察ツアーを組み合わせ、候補地を具体的に示したことで、相談から立地の決定までの期間が短くなった。立地した企業の多くは、県の企業立地奨励金を活用している。一方、立地後の人材の確保、特に外国語で業務ができる技術者の確保を課題に挙げる企業が多く、県内の大学や外国人材の就職支援の取組と連携する必要がある。
""", 0)
    st += [P("７　令和７年度の取組", H1)]
    st += paras("""
令和７年度は、海外投資セミナーの開催地にシンガポールを加えるとともに、立地済みの企業による増設を後押しするため、フォローアップの訪問先を80社に増やす。
""", 0)
    st += [CondPageBreak(38 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TOUSHI_DEPT} 国際投資誘致班",
        "電話：099-080-3310　ファクス：099-080-3319",
        "電子メール：invest@pref.hibari.example.jp",
        "公益財団法人ひばり産業支援機構 投資誘致部（英語による相談）　電話：099-080-3420　ファクス：099-080-3429",
    ]))
    return st


# ================================================================ document 2: job-support guide for foreign students
RYUGAKU = f"{PREF}外国人留学生等 県内就職支援事業"
RYUGAKU_DEPT = f"{PREF} 商工労働部 労働雇用政策課"
DESK = f"{PREF}外国人材就職サポートデスク"
MENUS = [  # 見出し, 対象, 内容, 実施時期, 定員 (same labels in every sibling section)
    ("ビジネス日本語講座", "就職活動を始める留学生等",
     "敬語、ビジネス文書、面接対策を学ぶオンライン講座（全10回）",
     "令和７年６月から９月まで", "40人（先着順）"),
    ("合同企業説明会・交流会", "留学生等及び外国人材の採用を考えている県内企業",
     "県内企業が事業内容と採用計画を説明し、個別の面談と交流会を行う",
     "令和７年11月15日（土）（雲雀市 県民交流プラザ）", "出展企業40社（留学生等の参加は定員なし）"),
    ("インターンシップ", "大学等に在籍する留学生",
     "県内企業で５日から10日間の就業体験を行う。受入れ企業との調整はサポートデスクが行う",
     "令和７年８月から９月まで", "30人"),
    ("就職後の定着支援", "本事業を利用して県内企業に就職した方及びその企業",
     "入社後１年間、相談員が定期的に面談し、職場や生活の悩みの相談に応じる",
     "通年", "定めなし"),
]
FAIR_DAY = datetime.date(2025, 11, 15)
GOALS = [  # 年度, 県内就職者数 目標・実績, 参加企業数 目標・実績 (None: not yet known)
    (2021, 30, 24, 60, 52),
    (2022, 35, 33, 70, 68),
    (2023, 40, 46, 80, 85),
    (2024, 50, 57, 90, 96),
    (2025, 60, None, 100, None),
]
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
CONSULTS = {  # 令和６年度, 月別の相談件数
    "留学生等": [18, 22, 35, 41, 19, 24, 38, 45, 29, 33, 40, 52],
    "企業": [6, 9, 12, 15, 8, 11, 17, 21, 13, 14, 19, 23],
}


def ryugaku_specs():
    goals = TableSpec(
        key="goals", doc=RYUGAKU_PDF, title="県内就職者数及び参加企業数の目標と実績",
        header=[["年度", "県内就職者数（人）", "", "参加企業数（社）", ""],
                ["", "目標", "実績", "目標", "実績"]],
        rows=[[f"令和{fw(y - 2018)}年度"] + [UNKNOWN if x is None else fw(x) for x in v] for y, *v in GOALS],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    goals.unit = lambda row, c, s=goals: bracket_unit(s.header_parts(c)[0])
    consults = TableSpec(
        key="consults", doc=RYUGAKU_PDF, title="月別の相談件数",
        header=[["区分"] + [f"{fw(m)}月" for m in MONTHS]],
        rows=[[k] + [fw(x) for x in v] for k, v in CONSULTS.items()],
        col_widths=[22 * mm] + [11.5 * mm] * 12, unit="件", table_fy=2024,
    )
    return goals, consults


def ryugaku_story(specs):
    goals, consults = specs
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{RYUGAKU}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(RYUGAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　事業の目的", H1)]
    st += paras("""
県内の大学等で学ぶ外国人留学生の多くは、卒業後に県外や母国で就職しています。この事業は、留学生等と県内企業が出会う場をつくり、就職活動から就職後の定着までを一貫して支援することにより、留学生等の県内への就職と、県内企業の人材の確保を図ることを目的とします。
""", 0)

    st += [P("２　対象となる方", H1)]
    st += paras("次の(1)又は(2)に当てはまる方が対象です。利用料は無料です。", 0)
    st += numbered([
        "(1) 県内外の大学、短期大学、大学院又は専修学校（専門課程）に在籍する留学生で、県内企業への就職を希望する方",
        "(2) 大学等を卒業した外国人で、県内企業への就職を希望する方（卒業後３年以内の方に限ります。）",
    ], 0)
    st += notes([
        "※１ この案内において「留学生等」とは、「留学」の在留資格をもって大学等に在籍する外国人（以下「留学生」といいます。）"
        "及び卒業後３年以内の既卒者をいいます。",
        "※２ 「県内企業」とは、県内に本社又は事業所を有し、県内の事業所で雇用する企業をいいます。",
    ])

    st += [P("３　支援メニュー", H1)]
    st += paras(f"次の４つのメニューを用意しています。いずれも、{DESK}（以下「サポートデスク」といいます。）に利用登録をした方が対象です。", 0)
    for i, (head, who, what, when, cap) in enumerate(MENUS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象", who), ("内容", what), ("実施時期", when), ("定員", cap)], 1)

    st += [P("４　利用の流れ", H1)]
    st += numbered([
        "① サポートデスクへの利用登録（ウェブサイト又は窓口）",
        "② 相談員との面談（希望する職種、日本語の力などの確認）",
        "③ 支援メニューへの参加",
        "④ 県内企業の紹介・応募",
        "⑤ 内定後の在留資格の変更手続",
        "⑥ 就職後の定着支援",
    ], 0)
    st += notes(["※ 在留資格の変更の申請は、本人が出入国在留管理局に行います。"])

    st += [P("５　これまでの実績", H1)]
    y6 = GOALS[3]
    st += paras(f"""
令和６年度は、{y6[2]}人が県内企業に就職し、２年続けて目標を上回りました。
""", 0)
    st += [caption(goals.title), goals.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 県内就職者数は、本事業の支援を受けて県内企業に就職した留学生等の数です。",
        "※４ 参加企業数は、合同企業説明会への出展又はインターンシップの受入れを行った企業の実数です。",
        "※５ 「―」は、実績が確定していないことを示します（令和８年６月に公表する予定です。）。",
    ])
    s, k = sum(CONSULTS["留学生等"]), sum(CONSULTS["企業"])
    st += paras(f"""
サポートデスクへの相談は、令和６年度に留学生等から{s}件、企業から{k}件ありました。就職活動が本格化する３月と、合同企業説明会を開いた11月に、留学生等からの相談が多くなっています。
""", 0)
    st += [caption(consults.title, "（令和６年度、単位：件）"), consults.flowable(), Spacer(1, 2)]
    st += notes(["※６ １月から３月までは、令和７年（2025年）の件数です。"])

    st += [P("６　よくある質問", H1)]
    qa = [
        ("在留資格の変更の手続を代わりにしてもらえますか。",
         "手続の代行は行っていませんが、必要な書類の確認や行政書士の紹介を行います。"),
        ("アルバイト先を紹介してもらえますか。", "アルバイトの紹介は行っていません。正社員等としての就職を目指す方の支援に限ります。"),
        ("企業だけで相談することもできますか。", "できます。外国人材を採用する際の手続や、受入れの体制づくりの相談にも応じます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]

    st += [CondPageBreak(60 * mm), P("７　相談窓口", H1)]
    st += lv_lines([
        ("名称", f"{DESK}（公益財団法人雲雀県国際交流協会に運営を委託）"),
        ("所在地", "〒899-8001 雲雀市中央一丁目２番１号 ひばり国際センター２階"),
        ("開設時間", "平日９時から18時まで（第２・第４土曜日は10時から16時まで）"),
        ("対応言語", "日本語のほか、英語、中国語及びベトナム語"),
    ], 0)
    st += [Spacer(1, 4), contact_box([
        f"{DESK}　電話：099-080-4600　電子メール：desk@hibari-kokusai.example.jp",
        f"{RYUGAKU_DEPT} 外国人材担当　電話：099-080-4510　ファクス：099-080-4519",
    ])]
    return st


# ================================================================ document 3: airport international-route plan
KUKO = "雲雀空港国際線利用促進計画"
KUKO_DEPT = f"{PREF} 交通政策部 空港振興課"
COUNCIL = "雲雀空港国際線利用促進協議会"
ROUTES = [  # 見出し, 運航会社, 運航便数, 就航, 搭乗率（令和５年度） (same labels in every sibling section)
    ("ソウル線", "ミリネ航空", "週７往復（毎日）",
     "2005年（平成17年）４月。令和２年３月から運休し、令和４年10月に再開", "81.4％"),
    ("台北線", "ユーシャン航空", "週３往復（月・水・土）",
     "2012年（平成24年）７月。令和２年２月から運休し、令和５年７月に再開", "76.2％"),
    ("上海線", "瑞鶴航空", "運休中",
     "2014年（平成26年）10月。令和２年２月から運休", "運休のため実績なし"),
]
WEEKLY = {"ソウル線": 7, "台北線": 3, "上海線": 0}  # 週当たりの往復便数 (as printed in 運航便数)
PASSENGERS = [  # 路線, 令和元年度, 令和４年度, 令和５年度 (None: suspended all year)
    ("ソウル線", 92360, 18450, 104820),
    ("台北線", 51240, None, 42610),
    ("上海線", 38420, None, None),
    ("チャーター便", 12880, 3150, 20810),
]
PASS_YEARS = (2019, 2022, 2023)
INDICATORS = [  # 成果指標, 単位, 現状値（令和５年度）, 目標値（令和９年度）
    ("国際線旅客数", "万人", "16.8", "30.0"),
    ("国際定期路線数", "路線", "２", "４"),
    ("国際線の週当たり運航便数", "便", "10", "24"),
    ("国際線旅客に占める外国人の割合", "％", "38.5", "50.0"),
    ("外国人延べ宿泊者数", "万人泊", "41.2", "60.0"),
    ("国際チャーター便の運航便数", "便", "68", "100"),
]
SCHEDULE = [  # (date, text); the weekday is printed from the date and checked
    (datetime.date(2025, 4, 24), f"{COUNCIL} 総会（令和７年度事業計画の決定）"),
    (datetime.date(2025, 6, 12), "台湾での観光プロモーション（台北市）"),
    (datetime.date(2025, 10, 26), "冬ダイヤの開始、台北線の増便（週３往復から週５往復へ）"),
    (datetime.date(2025, 11, 8), "県民向け海外旅行フェア（雲雀市）"),
    (datetime.date(2026, 1, 20), "上海線の再開に向けた航空会社への訪問"),
    (datetime.date(2026, 2, 17), f"{COUNCIL} 総会（令和８年度事業計画の協議）"),
]
FY2025 = (datetime.date(2025, 4, 1), datetime.date(2026, 3, 31))


def kuko_specs():
    yrs = [f"令和{'元' if y == 2019 else fw(y - 2018)}年度" for y in PASS_YEARS]
    tot = [sum(r[i] or 0 for r in PASSENGERS) for i in (1, 2, 3)]
    passengers = TableSpec(
        key="passengers", doc=KUKO_PDF, title="路線別の国際線旅客数の推移",
        header=[["路線"] + yrs],
        rows=[[n] + [UNKNOWN if x is None else fw(x) for x in v] for n, *v in PASSENGERS]
        + [["合計"] + [fw(x) for x in tot]],
        col_widths=[44 * mm, 30 * mm, 30 * mm, 30 * mm], unit="人",
    )
    indicators = TableSpec(
        key="indicators", doc=KUKO_PDF, title="計画の成果指標",
        header=[["成果指標", "単位", "現状値\n（令和５年度）", "目標値\n（令和９年度）"]],
        rows=[list(r) for r in INDICATORS],
        col_widths=[66 * mm, 20 * mm, 34 * mm, 34 * mm], value_cols=[2, 3],
        unit=lambda row, c: nfkc(row[1]),
    )
    return passengers, indicators


def kuko_story(specs):
    passengers, indicators = specs
    st = [Spacer(1, 2 * mm), P("令和７年度～令和９年度", SUBTITLE), P(KUKO, TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(KUKO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　計画の趣旨", H1)]
    st += paras("""
雲雀空港は、1998年（平成10年）の開港以来、県民の海外渡航と海外からの来訪を支える空の玄関口となってきた。2020年（令和２年）春以降、国際線はすべて運休したが、令和４年10月にソウル線が、令和５年７月に台北線が運航を再開し、旅客数は回復しつつある。この計画は、国際線の維持と拡大に向けて、県、雲雀市及び関係団体が取り組む内容と目標を定めるものである。
""", 0)

    st += [P("２　計画の概要", H1)]
    st += lv_lines([
        ("計画期間", "令和７年度から令和９年度まで（３年間）"),
        ("基本目標", "「アジアへ開かれた、ひばりの空の玄関口」"),
        ("推進主体", f"{COUNCIL}（県、雲雀市、経済団体、観光団体等で構成）"),
        ("事務局", KUKO_DEPT),
    ], 0)
    st += paras("""
この計画において「ツーウェイ・ツーリズム」とは、海外から本県を訪れる旅行（インバウンド）と、県民が海外へ出かける旅行（アウトバウンド）の双方を伸ばし、路線の需要を年間を通じて安定させることをいう。
""", 0)

    st += [P("３　国際線の現状", H1)]
    st += paras("令和７年３月現在、定期便は２路線が運航している。", 0)
    for i, (head, airline, flights, since, load) in enumerate(ROUTES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("運航会社", airline), ("運航便数", flights), ("就航", since),
                        ("搭乗率（令和５年度）", load)], 1)
    st += paras("路線別の旅客数は、次のとおりである。令和５年度の旅客数の合計は、運休前の令和元年度の８割余りまで回復した。", 0)
    st += [caption(passengers.title, "（単位：人）"), passengers.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「―」は、年度を通じて運休していたことを示す。",
        "※２ 旅客数は、出発と到着の旅客の合計である。",
        "※３ チャーター便は、台湾、ベトナム及びタイとの間で運航されたものである。",
    ])

    st += [P("４　計画の成果指標", H1)]
    st += paras("計画の最終年度である令和９年度に向けて、次の成果指標を設定する。", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 国際線旅客数の現状値は、３の表の令和５年度の合計を万人単位で示したものである。",
        "※５ 国際定期路線数の目標値は、上海線の再開と新規路線１路線の開設を見込んだものである。",
    ])

    st += [P("５　主な取組", H1)]
    st += [P("（１）路線の誘致と維持", H2)]
    st += numbered([
        "① 航空会社への知事等によるトップセールス",
        "② 新規就航や増便に対する着陸料等の減免（県の「国際線就航支援制度」）",
    ], 1)
    st += [P("（２）アウトバウンドの促進", H2)]
    st += numbered([
        "① 国際線を利用する県民の団体旅行（10人以上）への助成（１人当たり5,000円）",
        "② 初めてパスポートを取得する県内の若者（18歳から29歳まで）への取得費用の一部助成",
        "③ 旅行会社と連携した雲雀空港発着の旅行商品の造成",
    ], 1)
    st += [P("（３）インバウンドの促進", H2)]
    st += numbered([
        "① 韓国・台湾の旅行会社やインフルエンサーの招へい",
        "② 空港から県内の観光地への二次交通（乗合タクシー等）の充実",
    ], 1)

    st += [P("６　令和７年度の主な日程", H1)]
    st += numbered([f"{CIRCLED[i]} {dated(d)}　{t}" for i, (d, t) in enumerate(SCHEDULE)], 0)
    st += notes(["※ 日程は予定であり、航空会社との調整により変更することがある。"])

    st += [CondPageBreak(36 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KUKO_DEPT} 国際線担当（{COUNCIL}事務局）",
        "電話：099-080-5230　ファクス：099-080-5239",
        "電子メール：kokusaisen@pref.hibari.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return toushi_specs() + ryugaku_specs() + kuko_specs()


def all_gold(row_pages: dict) -> list[dict]:
    """row_pages: doc name -> the (spec key, row index) -> pages map of its build."""
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"h8t{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    tspecs, rspecs, kspecs = toushi_specs(), ryugaku_specs(), kuko_specs()
    tdoc = build_pdf(docs_dir / TOUSHI_PDF, tspecs, toushi_story(tspecs),
                     f"令和６年度 {TOUSHI} 実績報告書", "令和７年７月", TOUSHI_DEPT)
    rdoc = build_pdf(docs_dir / RYUGAKU_PDF, rspecs, ryugaku_story(rspecs),
                     f"令和７年度 {RYUGAKU}のご案内", "令和７年４月", RYUGAKU_DEPT)
    kdoc = build_pdf(docs_dir / KUKO_PDF, kspecs, kuko_story(kspecs),
                     f"{KUKO}（令和７年度～令和９年度）", "令和７年３月", KUKO_DEPT)
    gold = all_gold({TOUSHI_PDF: tdoc.row_pages, RYUGAKU_PDF: rdoc.row_pages, KUKO_PDF: kdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followup, and two unanswerables): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- toushi: the foreign-investment report, tables (a) (b) (c), a note, sibling activities
    dict(question="2022年度に立地が決まった外資系企業の雇用予定者数は、全部で何人でしたか？",
         category="toushi", doc=TOUSHI_PDF, evidence=["令和４年度 61 ８（２） 175 3,460"], answer=["175"],
         notes="(a) years as rows: 2022年度 = 令和４年度 (row); 雇用予定者数（人） is the third value column "
               "(61 is 相談件数, ８（２） the 立地件数 with its 内数, 3,460 投資予定額)"),
    dict(question="令和６年度の立地のうち、もともと県内に拠点がある外資系企業が事業所を広げたケースは何件ですか？",
         category="toushi", doc=TOUSHI_PDF, evidence=["令和６年度 74 11（４） 263 5,870"], answer=["４"],
         notes="(a) a cell holding two figures: 11（４）, the bracketed ４ is the number of 増設, a 内数 of 11 "
               "(note ※１); 11 is the trap; the paragraph of ５ also says 増設は４件"),
    dict(question="令和５年度の立地件数は、あとで計画が取りやめになった分を除くと何件になりますか？",
         category="toushi", doc=TOUSHI_PDF, evidence=["令和５年度の立地件数は９件"], answer=["９件"],
         notes="note ※３ qualifies the cell 10（３） of (a): one 新設 (15 jobs) was withdrawn later; 10 is the trap"),
    dict(question="2022年度から2024年度までの３年間に、県が受けた外資系企業からの相談は合わせて何件ですか？",
         category="toushi", doc=TOUSHI_PDF,
         evidence=["令和４年度 61 ８（２） 175 3,460", "令和５年度 68 10（３） 214 4,120", "令和６年度 74 11（４） 263 5,870"],
         answer=["203件"], computed=True,
         notes="(a) sum down the 相談件数（件） column over three year rows: 61 + 68 + 74 = 203 (2022-2024年度 = 令和４-６年度)"),
    dict(question="ノルデン製薬は、どのような業種で県内に進出したのですか？",
         category="toushi", doc=TOUSHI_PDF, evidence=["ノルデン製薬株式会社 ドイツ 医薬品製造"], answer=["医薬品製造"],
         notes="(c) text cell: row ノルデン製薬株式会社 (No. １, before the page break), column 業種"),
    dict(question="台湾系の永晟マテリアルは、何人を雇い入れる計画ですか？",
         category="toushi", doc=TOUSHI_PDF, evidence=["永晟マテリアル株式会社 台湾 電池材料製造 新設 38"], answer=["38"],
         notes="(c) a row on the continuation page (page 3, printed without the header, after its No. ７); "
               "雇用予定者数（人） is the last column"),
    dict(question="ここ５年間に立地した外資系企業のうち、ドイツ系の企業はどのくらいの割合を占めていますか？",
         category="toushi", doc=TOUSHI_PDF, evidence=["ドイツ ６ 15.0"], answer=["15.0"],
         notes="(b) table without ruling lines, 構成比（％） column; the caption note （令和２～６年度の累計） gives the "
               "period (fiscal_year_range 2020-2024); ６ is the count; 15.0 or 15％ is the answer"),
    dict(question="工業団地などを見て回るツアーには、どれだけの企業が参加しましたか？",
         category="toushi", doc=TOUSHI_PDF, evidence=["実績：19社（延べ47人）"], answer=["19社"],
         notes="sibling sections: （３）県内視察ツアーの受入れ, named by paraphrase; the four activities share the labels "
               "内容, 実施時期, 実績 (延べ76社, 参加企業 計142社, 訪問63社 in the others)"),
    dict(question="海外での投資セミナーは、どこの都市で開かれましたか？",
         category="toushi", doc=TOUSHI_PDF,
         evidence=["令和６年６月（台北市）", "10月（フランクフルト市）", "令和７年２月（サンフランシスコ市）"],
         answer=["台北市", "フランクフルト市", "サンフランシスコ市"],
         notes="list (3 items); sibling sections: the 実施時期 line of （１）海外投資セミナーの開催 (wraps inside サンフランシスコ); "
               "シンガポール is only planned for 令和７年度"),
    # --- ryugaku: the job-support guide, tables (d) (e), definition, siblings, Q&A, desk lines
    dict(question="2023年度に、この事業の支援で県内企業に就職した留学生等は、実際には何人でしたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["令和５年度 40 46 80 85"], answer=["46"],
         notes="(d) two-level header, years as rows: 2023年度 = 令和５年度; column 県内就職者数（人）／実績 "
               "(40 is its 目標; 80 and 85 belong to 参加企業数（社）)"),
    dict(question="令和６年度の県内就職者数は、目標に対して何パーセントの達成でしたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["令和６年度 50 57 90 96"], answer=["114%"], computed=True,
         notes="(d) ratio 県内就職者数（人）／実績 / 県内就職者数（人）／目標 = 57 / 50 = 114%; 96 / 90 would be the 参加企業数"),
    dict(question="令和７年２月に、企業からサポートデスクに寄せられた相談は何件でしたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["企業 ６ ９ 12 15 ８ 11 17 21 13 14 19 23"], answer=["19"],
         notes="(e) months as columns: 令和７年２月 is the ２月 column of the 令和６年度 table (caption note; note ※６); "
               "40 in the same column is 留学生等"),
    dict(question="2024年度の10月から12月までの３か月間に、留学生等から受けた相談は合わせて何件ですか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["留学生等 18 22 35 41 19 24 38 45 29"], answer=["112件"], computed=True,
         notes="(e) sum across three month columns of the 留学生等 row: 38 + 45 + 29 = 112 (2024年度 = 令和６年度, the caption note)"),
    dict(question="企業での就業体験のメニューには、何人まで参加できますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["定員：30人"], answer=["30人"],
         notes="sibling sections: （３）インターンシップ, named by paraphrase (就業体験); its heading is on page 1 and its "
               "定員 line on page 2; the others' 定員 are 40人（先着順）, 出展企業40社 and 定めなし"),
    dict(question="この事業の対象には、すでに学校を卒業した人も入りますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["卒業後３年以内の既卒者"], answer=["卒業後３年以内の既卒者"],
         notes="definition of 留学生等 in note ※１ (「留学生等」とは、…をいいます), restated in eligibility (2)"),
    dict(question="サポートデスクでは、日本語以外にどの言葉で相談できますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["日本語のほか、英語、中国語及びベトナム語"],
         answer=["英語", "中国語", "ベトナム語"],
         notes="list (3 items): the 対応言語 label-value line under ７ 相談窓口"),
    dict(question="在留資格の切替えの手続は、サポートデスクで代わりにやってもらえますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["手続の代行は行っていません"], answer=["手続の代行は行っていません"],
         notes="Q&A line Ａ of Ｑ１ (a full answer adds that documents are checked and a 行政書士 introduced); "
               "the note under ４ says the applicant files the change"),
    dict(question="サポートデスクは土曜日も開いていますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["第２・第４土曜日は10時から16時まで"],
         answer=["第２・第４土曜日は10時から16時まで"],
         notes="「label：value」 line 開設時間 (平日９時から18時まで, and in brackets the Saturdays)"),
    # --- kuko: the airport route plan, tables (f) (g), siblings, schedule, lists
    dict(question="2023年度に、チャーター便を利用した旅客は何人でしたか？",
         category="kuko", doc=KUKO_PDF, evidence=["チャーター便 12,880 3,150 20,810"], answer=["20,810"],
         notes="(f) 2023年度 = 令和５年度, the last column; unit 人 only in the caption note （単位：人）"),
    dict(question="令和元年度に上海線を使った人は何人でしたか？",
         category="kuko", doc=KUKO_PDF, evidence=["上海線 38,420"], answer=["38,420"],
         notes="(f) first value column (令和元年度, 元 not a digit); the row's other two cells are ― (運休, note ※１)"),
    dict(question="計画の最終年度には、外国人の延べ宿泊者数をどこまで伸ばす目標ですか？",
         category="kuko", doc=KUKO_PDF, evidence=["外国人延べ宿泊者数 万人泊 41.2 60.0"], answer=["60.0"],
         notes="(g) a 単位 column: the unit 万人泊 is printed in its own column; 目標値（令和９年度） is the last column "
               "(最終年度 = 令和９年度 from the 計画期間); 41.2 is the 現状値"),
    dict(question="国際線の便数は、１週間当たりで今より何便増やす目標になっていますか？",
         category="kuko", doc=KUKO_PDF, evidence=["国際線の週当たり運航便数 便 10 24"], answer=["14便"], computed=True,
         notes="(g) difference 目標値（令和９年度） - 現状値（令和５年度） = 24 - 10 = 14便 (unit from the 単位 column)"),
    dict(question="台湾との間の定期便は、どこの航空会社が飛ばしていますか？",
         category="kuko", doc=KUKO_PDF, evidence=["運航会社：ユーシャン航空"], answer=["ユーシャン航空"],
         notes="sibling sections: （２）台北線, named by the country; the routes share the labels 運航会社, 運航便数, 就航, "
               "搭乗率（令和５年度）"),
    dict(question="台北便が増便されるのは、いつからですか？",
         category="kuko", doc=KUKO_PDF, evidence=["10月26日（日） 冬ダイヤの開始"], answer=["10月26日"],
         notes="dated schedule, item ③ (令和７年10月26日（日）, 週３往復から週５往復へ); the 運航便数 line of （２）台北線 "
               "still gives 週３往復"),
    dict(question="この計画は、どこが中心になって進めていくのですか？",
         category="kuko", doc=KUKO_PDF, evidence=["推進主体：雲雀空港国際線利用促進協議会"], answer=["雲雀空港国際線利用促進協議会"],
         notes="「label：value」 line 推進主体 under ２ 計画の概要; the 事務局 line (空港振興課) is the next line"),
    dict(question="県民の海外旅行を後押しするために、どんなことに取り組むのですか？",
         category="kuko", doc=KUKO_PDF,
         evidence=["県民の団体旅行（10人以上）への助成", "初めてパスポートを取得する県内の若者", "発着の旅行商品の造成"],
         answer=["県民の団体旅行", "パスポート", "旅行商品の造成"],
         notes="list (3 items): the numbered list ①-③ under （２）アウトバウンドの促進 (アウトバウンド defined in ２); "
               "（３）インバウンドの促進 is the neighbour"),
    # --- followup (history)
    dict(question="そこは何人を雇う予定ですか？",
         category="followup", doc=TOUSHI_PDF, evidence=["ベルナール・コスメ株式会社", "フランス 化粧品製造 新設 12"], answer=["12"],
         history=_turns("令和６年度に立地した企業の中に化粧品メーカーがありましたが、どこの国の会社ですか？",
                        "化粧品製造のベルナール・コスメ株式会社で、フランスの企業です。[1]"),
         notes="そこ = the company from the history; (c) a row on the continuation page, 雇用予定者数（人）, "
               "a column named only in the header on page 2"),
    dict(question="翌年度はどうでしたか？",
         category="followup", doc=TOUSHI_PDF, evidence=["令和６年度 74 11（４） 263 5,870"], answer=["74"],
         history=_turns("2023年度に、外資系企業から県に寄せられた相談は何件でしたか？",
                        "令和５年度の相談件数は68件です。[1]"),
         notes="(a) 翌年度 = 令和６年度, the 相談件数（件） column from the history"),
    dict(question="その説明会には、企業は何社まで出展できますか？",
         category="followup", doc=RYUGAKU_PDF, evidence=["定員：出展企業40社"], answer=["40社"],
         history=_turns("留学生向けの合同企業説明会は、いつ開かれますか？",
                        "令和７年11月15日（土）に、雲雀市の県民交流プラザで開かれます。[1]"),
         notes="その説明会 = （２）合同企業説明会・交流会 from the history; sibling sections, its 定員 line "
               "(40人 of （１）ビジネス日本語講座 is the trap)"),
    dict(question="その年に参加した企業は、実際には何社でしたか？",
         category="followup", doc=RYUGAKU_PDF, evidence=["令和４年度 35 33 70 68"], answer=["68"],
         history=_turns("令和４年度に、この事業で県内企業に就職した留学生等は何人でしたか？",
                        "令和４年度の県内就職者数の実績は33人です。[1]"),
         notes="(d) その年 = 令和４年度 from the history; the other header group, column 参加企業数（社）／実績 (70 is its 目標)"),
    dict(question="その路線、コロナ前の令和元年度は何人でしたか？",
         category="followup", doc=KUKO_PDF, evidence=["ソウル線 92,360 18,450 104,820"], answer=["92,360"],
         history=_turns("令和５年度にソウル線を利用した人は何人ですか？",
                        "令和５年度のソウル線の旅客数は104,820人です。[1]"),
         notes="(f) その路線 = ソウル線 from the history; first value column 令和元年度"),
    dict(question="それに対して、現状ではいくつですか？",
         category="followup", doc=KUKO_PDF, evidence=["国際定期路線数 路線 ２ ４"], answer=["２"],
         history=_turns("空港の計画では、国際線の定期路線をいくつにする目標ですか？",
                        "令和９年度に国際定期路線数を４路線にする目標です。[1]"),
         notes="(g) the row from the history, column 現状値（令和５年度）; unit 路線 from the 単位 column; "
               "the prose of ３ also says 定期便は２路線が運航"),
    dict(question="そこにファクスで資料を送りたいのですが、番号を教えてください。",
         category="followup", doc=TOUSHI_PDF, evidence=["ファクス：099-080-3319"], answer=["099-080-3319"],
         history=_turns("外資系企業の誘致について相談したいのですが、県の担当部署はどこですか？",
                        "雲雀県 商工労働部 企業立地課の国際投資誘致班です（電話：099-080-3310）。[1]"),
         notes="contact box of the report; the ひばり産業支援機構's ファクス 099-080-3429 in the same box is the near miss"),
    dict(question="その月の企業からの相談は何件でしたか？",
         category="followup", doc=RYUGAKU_PDF, evidence=["企業 ６ ９ 12 15 ８ 11 17 21 13 14 19 23"], answer=["21"],
         history=_turns("令和６年度の11月に、留学生等からサポートデスクへの相談は何件ありましたか？",
                        "令和６年度の11月の留学生等からの相談は45件です。[1]"),
         notes="(e) その月 = 11月 from the history; the 企業 row, eighth value column"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="外資系企業が県内に進出する場合、企業立地奨励金はいくらまで出ますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report says that many located companies use the 企業立地奨励金, with no amount or cap",
         absent=["上限額", "限度額", "交付額"]),
    dict(question="これまでにカナダの企業は何社立地しましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (b) lists six countries/regions and その他; note ※４ names the その他 countries "
               "(フランス, 英国, オランダ, インド, タイ), not カナダ",
         absent=["カナダ"]),
    dict(question="インターンシップに参加している間の交通費は出してもらえますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the internship's 対象, 内容, 実施時期 and 定員, and says 利用料は無料, nothing on travel costs",
         absent=["交通費", "旅費", "日当"]),
    dict(question="ソウルまでの片道の運賃は、だいたいいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the plan gives the Seoul route's airline, flights and load factor; the only money figures are the group-tour grant",
         absent=["運賃", "航空券"]),
    dict(question="その日は何時から始まりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("留学生向けの合同企業説明会の会場はどこですか？",
                        "雲雀市の県民交流プラザです（令和７年11月15日（土））。[1]"),
         notes="follow-up; the guide gives the date and place of the fair, no time (the 開設時間 of the desk is the near miss)",
         absent=["開始時刻", "開場", "開会"]),
    dict(question="その航空会社が増便する場合、県からいくらの支援を受けられますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("ソウル線を運航しているのはどこの航空会社ですか？",
                        "ミリネ航空です（週７往復の毎日運航です）。[1]"),
         notes="follow-up; ５ names 着陸料等の減免 for new routes and extra flights, with no amount or rate",
         absent=["減免額", "支援額", "減免率"]),
]
CATEGORY_COUNTS = {"toushi": 9, "ryugaku": 9, "kuko": 8, "followup": 8, "unanswerable": 6}
LISTS = 3
SIBLING = 4  # non-followup questions on sibling sections (notes mention "sibling sections")
SIBLING_FOLLOWUPS = 1
UNANSWERABLE_FOLLOWUPS = 2
FOLLOWUP_CUES = ("その", "そこ", "翌年度", "それに対して")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, "h8q")


class GoldIndex:
    """Look up gold numbers (or printed values) by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]

    def value(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["value"]


A, B, C, D, E, F, G = ("相談件数及び立地件数の推移", "国・地域別の立地件数", "令和６年度の立地企業一覧",
                       "県内就職者数及び参加企業数の目標と実績", "月別の相談件数", "路線別の国際線旅客数の推移",
                       "計画の成果指標")
JOBS = "県内就職者数（人）"

COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h8q04": lambda g: f"{sum(g(A, f'令和{fw(y - 2018)}年度', '相談件数（件）', y) for y in (2022, 2023, 2024))}件",
    "h8q11": lambda g: f"{pct(g(D, '令和６年度', f'{JOBS}／実績', 2024), g(D, '令和６年度', f'{JOBS}／目標', 2024))}%",
    "h8q13": lambda g: f"{sum(g(E, '留学生等', m, 2024) for m in ('10月', '11月', '12月'))}件",
    "h8q22": lambda g: f"{g(G, '国際線の週当たり運航便数', '目標値（令和９年度）', 2027) - g(G, '国際線の週当たり運航便数', '現状値（令和５年度）', 2023)}便",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {TOUSHI_PDF: (2, 4), RYUGAKU_PDF: (2, 4), KUKO_PDF: (2, 4)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 24)  # after norm
GOLD_CELLS = (100, 160)
BEFORE_BREAK_ROWS = ("ノルデン製薬株式会社",)  # rows of (c) expected before the page break
CONTINUED_ROWS = ("永晟マテリアル株式会社", "ベルナール・コスメ株式会社", "瀚海物流株式会社")  # and after it


def check_files(out: Path) -> list[str]:
    """Check the set as stored under `out` (documents, text, gold, questions); return errors."""
    errors = []
    docs_dir = out / DOCS_DIR
    if sorted(f.name for f in docs_dir.iterdir()) != sorted(PAGE_COUNTS):
        errors.append(f"{DOCS_DIR}/ holds {sorted(f.name for f in docs_dir.iterdir())}, expected only the three PDFs")
    pages = extract_pages(docs_dir)
    errors += check_texts(out, pages)
    for f in sorted(docs_dir.iterdir()):
        if f.stat().st_size >= MAX_FILE_BYTES:
            errors.append(f"{f.name} is {f.stat().st_size} bytes, not < 100 KB")
    questions, gold = read_jsonl(out / "questions.jsonl"), read_jsonl(out / "tables.jsonl")
    if questions != expected_questions():
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout8.py")
    return errors + check(questions, gold, pages)


def check(questions: list[dict], gold: list[dict], pages: dict[str, list[str]]) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    return errors


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    for i, q in enumerate(questions, 1):
        qid = q.get("id")
        if qid != f"h8q{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected h8q{i:02d}")
        keys = set(q) - {"computed", "history"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup needs a history")
        if history and q["category"] not in ("followup", "unanswerable"):
            errors.append(f"{qid}: only followups and unanswerables have a history")
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
        if q["notes"].startswith("list") and not 2 <= len(q["answer"]) <= 3:
            errors.append(f"{qid}: a list question should have 2-3 answer items")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    lists = sum(q["notes"].startswith("list") for q in questions)
    if lists != LISTS:
        errors.append(f"{lists} list questions, expected {LISTS}")
    sibling = sum("sibling sections" in q["notes"] and q["category"] != "followup" for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    sibling_f = sum("sibling sections" in q["notes"] and q["category"] == "followup" for q in questions)
    if sibling_f != SIBLING_FOLLOWUPS:
        errors.append(f"{sibling_f} sibling-section follow-ups, expected {SIBLING_FOLLOWUPS}")
    n = sum(bool(q.get("history")) and q["category"] == "unanswerable" for q in questions)
    if n != UNANSWERABLE_FOLLOWUPS:
        errors.append(f"{n} unanswerables asked as follow-ups, expected {UNANSWERABLE_FOLLOWUPS}")
    # year mix in detail: Western years asked of 令和-printed documents, and 令和 years asked too
    western_on_era = [q["id"] for q in questions if re.search(r"20\d\d年度", q["question"]) and q["doc"]
                      and not re.search(r"20\d\d年度", doc_text[q["doc"]])]
    if len(western_on_era) < 3:
        errors.append(f"only {western_on_era} ask a 令和-printed document by Western year")
    era_asked = [q["id"] for q in questions if re.search(r"令和(元|[０-９\d]+)年", q["question"]) and q["doc"]]
    if len(era_asked) < 3:
        errors.append(f"only {era_asked} ask by 令和 year")
    # each document's questions (its own category and its follow-ups) cover at least two of its tables
    for doc in ALL_PDFS:
        tables = {t for q in questions if q["doc"] == doc for t in (A, B, C, D, E, F, G)
                  if t in q["notes"] or f"({'abcdefg'[(A, B, C, D, E, F, G).index(t)]})" in q["notes"]}
        if len(tables) < 2:
            errors.append(f"{doc}: questions cover only tables {tables}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout8.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"h8t{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if (g["number"] is not None or g["value"] == UNKNOWN) and g["unit"] is None:
            errors.append(f"{g['id']}: numeric cell without unit")
        if g["number"] is None and g["value"] != UNKNOWN and g["unit"] is not None:
            errors.append(f"{g['id']}: text cell with a unit")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if norm(g["value"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: {g['value']!r} not on page {g['page']} of {g['doc']}")
        if norm(g["row"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: row {g['row']!r} not on page {g['page']} of {g['doc']}")
        # without a repeated header, the column labels are only on the table's first page
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
    errors += check_row_sequences(specs, gold, lambda g: page_text(g["doc"], g["page"]))
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_row_sequences(specs, gold, page_text) -> list[str]:
    """Each printed row, cell after cell (the No. cell included), is on the page of its gold cells."""
    errors = []
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
            elif norm("".join(spec.printed_row(i))) not in page_text(g):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    return errors


def check_totals(gold) -> list[str]:
    """合計 rows add up; the report's three tables agree with each other; the plan's indicators
    agree with its passenger table and its route sections."""
    errors = []
    by_table = defaultdict(lambda: defaultdict(dict))
    values = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        by_table[g["table"]][g["row"]][g["column"]] = g["number"]
        values[g["table"]][g["row"]][g["column"]] = g["value"]
    for table, rows in by_table.items():
        if "合計" in rows:
            for col, total in rows["合計"].items():
                parts = sum(v or 0 for lab, r in rows.items() if lab != "合計" for c, v in r.items() if c == col)
                if round(parts, 1) != total:
                    errors.append(f"{table}: 合計 of {col} is {total}, rows add up to {parts}")
    # (a) and (b): the five years' 立地件数 are the cumulative total by origin
    years = {lab: r for lab, r in by_table[A].items()}
    if sum(r["立地件数（件）"] for r in years.values()) != by_table[B]["合計"]["立地件数（件）"]:
        errors.append(f"{A}: the years' 立地件数 do not add up to the 合計 of {B}")
    for lab, r in values[A].items():
        inner = inner_number(r["立地件数（件）"])
        if inner is None or not 0 < inner < by_table[A][lab]["立地件数（件）"]:
            errors.append(f"{A} / {lab}: 立地件数 should print a smaller 内数 in brackets")
    total = by_table[B]["合計"]["立地件数（件）"]
    for lab, r in by_table[B].items():
        if lab != "合計" and r["構成比（％）"] != round(r["立地件数（件）"] * 100 / total, 1):
            errors.append(f"{B} / {lab}: 構成比 is not the rounded share")
    # (c): the list of 令和６年度 is the 令和６年度 row of (a)
    firms = values[C]
    y6 = values[A]["令和６年度"]["立地件数（件）"]
    if len(firms) != parse_number(y6)[0] or sum(r["区分"] == "増設" for r in firms.values()) != inner_number(y6):
        errors.append(f"{C}: the number of firms or of 増設 differs from {A} 令和６年度 ({y6})")
    if sum(by_table[C][f]["雇用予定者数（人）"] for f in firms) != by_table[A]["令和６年度"]["雇用予定者数（人）"]:
        errors.append(f"{C}: 雇用予定者数 do not add up to {A} 令和６年度")
    origin = Counter("その他" if r["国・地域"] in OTHER_ORIGINS else r["国・地域"] for r in firms.values())
    for o, n in origin.items():
        if o not in by_table[B] or n > by_table[B][o]["立地件数（件）"]:
            errors.append(f"{C}: {n} firms from {o}, more than {B} allows")
    # (g) restates (f) and the route sections
    ind = by_table[G]
    if ind["国際線旅客数"]["現状値（令和５年度）"] != round(by_table[F]["合計"]["令和５年度"] / 10000, 1):
        errors.append(f"{G}: 国際線旅客数 現状値 is not the 令和５年度 合計 of {F} in 万人")
    running = [r for r in by_table[F] if r not in ("合計", "チャーター便") and by_table[F][r]["令和５年度"]]
    if ind["国際定期路線数"]["現状値（令和５年度）"] != len(running) or len(running) != sum(w > 0 for w in WEEKLY.values()):
        errors.append(f"{G}: 国際定期路線数 現状値 does not match the routes flown")
    if ind["国際線の週当たり運航便数"]["現状値（令和５年度）"] != sum(WEEKLY.values()):
        errors.append(f"{G}: 週当たり運航便数 現状値 is not the routes' weekly flights")
    for lab, r in ind.items():
        if not r["目標値（令和９年度）"] > r["現状値（令和５年度）"]:
            errors.append(f"{G} / {lab}: the target is not above the current value")
    # (d): only the 令和７年度 実績 is not yet known
    unknown = [(g["row"], g["column"]) for g in gold if g["table"] == D and g["value"] == UNKNOWN]
    if unknown != [("令和７年度", f"{JOBS}／実績"), ("令和７年度", "参加企業数（社）／実績")]:
        errors.append(f"{D}: the ― cells are {unknown}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    """The layouts the set promises are really there."""
    errors = []
    specs = {s.key: s for s in all_specs()}
    firms = specs["firms"]
    fp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(fp) != 2:
        errors.append(f"{C} is on pages {fp}, expected a page break inside it")
    else:
        header = norm("".join(firms.header[0]))
        on = [i + 1 for i, p in enumerate(pages[TOUSHI_PDF]) if header in norm(p)]
        if firms.repeat_header or on != fp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {fp[:1]}")
        first = {g["row"] for g in gold if g["table"] == C and g["page"] == fp[0]}
        continued = {g["row"] for g in gold if g["table"] == C and g["page"] == fp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{C}: {len(first)} rows before the page break, expected 3-8")
        for row in BEFORE_BREAK_ROWS:
            if row not in first:
                errors.append(f"{C}: row {row} should be before the page break")
        for row in CONTINUED_ROWS:
            if row not in continued:
                errors.append(f"{C}: row {row} should be on the continuation page")
    # (c): a No. column before the row label, numbered 1..n, not a gold cell
    if firms.label_col != 1 or [nfkc(r[0]) for r in firms.rows] != [str(i) for i in range(1, len(firms.rows) + 1)]:
        errors.append(f"{C}: the first column should number the rows 1..n before the company name")
    if any(g["column"] == "No." for g in gold):
        errors.append(f"{C}: the No. column must not give gold cells")
    if not any(g["table"] == C and g["number"] is None and g["unit"] is None for g in gold):
        errors.append(f"{C}: expected text cells")
    for key in ("trend", "origins", "goals", "consults", "passengers", "indicators"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["origins"].ruled or not all(s.ruled for k, s in specs.items() if k != "origins"):
        errors.append("only the 国・地域別 table must be drawn without ruling lines")
    if not all("\n" in h for h in specs["origins"].header[0][1:]):
        errors.append("the unruled table should have two-line header labels")
    # (b): a 構成比 column and a period instead of a year
    b = [g for g in gold if g["table"] == B]
    if not any(g["column"] == "構成比（％）" and g["unit"] == "%" for g in b) or \
            not all(g["fiscal_year"] is None and g["fiscal_year_range"] == [2020, 2024] for g in b):
        errors.append(f"{B}: expected a 構成比（％） column and fiscal_year_range [2020, 2024]")
    # (a): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == A][::4] != [t[0] for t in TREND]:
        errors.append(f"{A}: the years-as-rows table should take each row's year")
    # (d): two header rows, three spans, group／leaf columns, years as rows
    goals = specs["goals"]
    if len(goals.header) != 2 or len(goals.spans) != 3:
        errors.append(f"{D}: needs a two-row header with two merged groups")
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    want = [f"{JOBS}／目標", f"{JOBS}／実績", "参加企業数（社）／目標", "参加企業数（社）／実績"]
    if cols != want:
        errors.append(f"{D}: columns should be {want}, got {cols}")
    if [g["fiscal_year"] for g in gold if g["table"] == D][::4] != [t[0] for t in GOALS]:
        errors.append(f"{D}: the rows should give the years")
    # (e): months as columns, April to March, one fiscal year
    e = [g for g in gold if g["table"] == E]
    if list(dict.fromkeys(g["column"] for g in e)) != [f"{fw(m)}月" for m in MONTHS] or {g["fiscal_year"] for g in e} != {2024}:
        errors.append(f"{E}: expected the months ４月 … ３月 as columns of 令和６年度")
    # (f): suspended routes print ―, keeping the unit
    dash = [g for g in gold if g["table"] == F and g["value"] == UNKNOWN]
    if len(dash) < 2 or not all(g["number"] is None and g["unit"] == "人" for g in dash):
        errors.append(f"{F}: expected ― cells with unit 人")
    # (g): a 単位 column gives each row's unit and is no gold cell
    ind = specs["indicators"]
    if ind.header[0][1] != "単位" or any(g["column"] == "単位" for g in gold):
        errors.append(f"{G}: the 単位 column should be printed and not be a gold cell")
    for g in gold:
        if g["table"] == G and g["unit"] != nfkc(next(r[1] for r in ind.rows if r[0] == g["row"])):
            errors.append(f"{G} / {g['row']}: unit {g['unit']} is not the 単位 column's")
    if {g["fiscal_year"] for g in gold if g["table"] == G} != {2023, 2027}:
        errors.append(f"{G}: the two value columns should name 令和５年度 and 令和９年度")
    # two-line headers come out as two lines
    for key, heads in (("origins", ("立地件数", "構成比")), ("indicators", ("現状値", "目標値")), ("firms", ("雇用予定者数",))):
        lines = [x.strip() for x in "\n".join(pages[specs[key].doc]).splitlines()]
        for h in heads:
            if h not in lines:
                errors.append(f"{specs[key].title}: header {h} is not a line of its own")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures and dates stated in prose agree with the data."""
    errors = []

    def siblings(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        for i, head in enumerate(heads, 1):
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")

    rep = norm("\n".join(pages[TOUSHI_PDF]))
    siblings(rep, "report", ("内容：", "実施時期：", "実績："), [a[0] for a in ACTIVITIES])
    last = TREND[-1]
    if last[2] != max(t[2] for t in TREND) or norm(f"令和６年度の立地件数は{last[2]}件と、令和２年度以降で最も多く") not in rep \
            or norm(f"雇用予定者数も{last[4]}人") not in rep:
        errors.append("report: 「令和６年度の立地件数は…最も多く」 does not hold")
    y, n_w, _jobs = WITHDRAWN
    n5 = next(t[2] for t in TREND if t[0] == y)
    if norm(f"令和５年度の立地件数は{fw(n5 - n_w)}件") not in rep or norm(f"令和５年度の立地件数{n5}件には") not in rep:
        errors.append("report: the ※３ corrected count is not 10 - 1")
    if norm(f"増設は{fw(last[3])}件") not in rep:
        errors.append("report: the 増設 count in the prose differs from the 内数")
    ranked = [o for o, _n in sorted((r for r in ORIGINS if r[0] != "その他"), key=lambda r: -r[1])]
    if ranked[:3] != ["米国", "台湾", "ドイツ"] or norm("米国が最も多く、台湾、ドイツが続いている") not in rep:
        errors.append("report: 「米国が最も多く、台湾、ドイツが続いている」 does not hold")
    made = Counter(c[1] for c in COMPANIES if c[2].endswith("製造"))
    if made["ドイツ"] < 2 or made["台湾"] < 2 or any(n >= 2 for o, n in made.items() if o not in ("ドイツ", "台湾")) \
            or norm("製造業では、ドイツと台湾の企業の立地が多く") not in rep:
        errors.append("report: 「製造業では、ドイツと台湾の企業の立地が多く」 does not hold")
    if norm("「外資系企業」とは、外国の法人又は個人が発行済株式") not in rep:
        errors.append("report: the definition of 外資系企業 is missing")
    faxes = re.findall(r"ファクス：(099-080-\d{4})", norm("\n".join(pages[TOUSHI_PDF])).replace(":", "："))
    if faxes != ["099-080-3319", "099-080-3429"]:
        errors.append(f"report: the contact box should give the 課's fax and the 機構's fax, got {faxes}")

    gui = norm("\n".join(pages[RYUGAKU_PDF]))
    siblings(gui, "guide", ("対象：", "内容：", "実施時期：", "定員："), [m[0] for m in MENUS])
    if norm(f"実施時期：{dated(FAIR_DAY)}") not in gui:
        errors.append("guide: the fair's date or weekday is wrong")
    met = [g[2] is not None and g[2] >= g[1] for g in GOALS]
    if met[-3:-1] != [True, True] or met[-4] or norm(f"{GOALS[3][2]}人が県内企業に就職し、２年続けて目標を上回り") not in gui:
        errors.append("guide: 「２年続けて目標を上回りました」 does not hold")
    s, k = sum(CONSULTS["留学生等"]), sum(CONSULTS["企業"])
    if norm(f"留学生等から{s}件、企業から{k}件") not in gui:
        errors.append("guide: the yearly consultation totals are not the table's sums")
    top2 = [MONTHS[i] for i in sorted(range(12), key=lambda i: -CONSULTS["留学生等"][i])[:2]]
    if top2 != [3, 11]:
        errors.append(f"guide: 「３月と…11月に…多く」 does not hold ({top2})")
    if norm("「留学生等」とは") not in gui or norm("卒業後３年以内の既卒者をいいます") not in gui:
        errors.append("guide: the definition of 留学生等 is missing")
    rawg = "\n".join(pages[RYUGAKU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in rawg) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in rawg) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    # the internship section runs over the page break: heading on page 1, 定員 on page 2
    p1, p2 = norm(pages[RYUGAKU_PDF][0]), norm(pages[RYUGAKU_PDF][1])
    if norm("（３）インターンシップ") not in p1 or norm("定員：30人") not in p2:
        errors.append("guide: the （３） section should run over the page 1→2 break")

    plan = norm("\n".join(pages[KUKO_PDF]))
    siblings(plan, "plan", ("運航会社：", "運航便数：", "就航：", "搭乗率（令和５年度）："), [r[0] for r in ROUTES])
    for head, _a, flights, _s, _l in ROUTES:
        if WEEKLY[head] and norm(f"週{fw(WEEKLY[head])}往復") not in norm(flights):
            errors.append(f"plan: {head}: 運航便数 disagrees with WEEKLY")
    tot = [sum(r[i] or 0 for r in PASSENGERS) for i in (1, 3)]
    if not 0.8 <= tot[1] / tot[0] < 0.9 or norm("令和元年度の８割余りまで回復") not in plan:
        errors.append("plan: 「令和元年度の８割余りまで回復」 does not hold")
    if norm(f"定期便は{fw(sum(w > 0 for w in WEEKLY.values()))}路線が運航") not in plan:
        errors.append("plan: the number of routes flown is wrong in the prose")
    dates = [d for d, _t in SCHEDULE]
    if dates != sorted(dates) or not all(FY2025[0] <= d <= FY2025[1] for d in dates):
        errors.append("plan: the schedule is not in order within 令和７年度")
    for i, (d, text) in enumerate(SCHEDULE):
        if norm(f"{CIRCLED[i]} {dated(d)}{text}") not in plan:
            errors.append(f"plan: schedule item {i + 1} missing or with a wrong weekday")
    if norm(f"台北線の増便（週{fw(WEEKLY['台北線'])}往復から") not in plan:
        errors.append("plan: the 台北線 増便 does not start from the printed weekly flights")
    if norm("「ツーウェイ・ツーリズム」とは") not in plan:
        errors.append("plan: the definition of ツーウェイ・ツーリズム is missing")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
