"""Build the 夕凪県 held-out set 5: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (夕凪県, インドネシア・ベランタ市 and every town, office, building,
programme, organisation, person, phone number, address, URL and figure). The documents are in
the genre of a prefecture's international-business desk (a subsidy call for applications for
foreign companies' R&D bases, an annual activity report of three overseas offices, a profile of
a memorandum of understanding with a foreign city); see README.md beside this file.

    python make_heldout5.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout4/make_heldout4.py; the helpers are in ../docgen.py. The gold cells are generated from
the same specs that draw the tables; PDF page numbers are recorded while reportlab lays the
pages out. The output is byte-identical on every run (reportlab ``invariant=True``). The
script exits 1 if any check fails.
"""


import datetime
import re
import sys
import unicodedata
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

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
    P,
    build_pdf,
    caption,
    cell,
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
    notes,
    numbered,
    numbered_questions,
    output_dirs,
    paras,
    pct,
    pdf_pages,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

GUIDE_PDF = "yunagi_rd_kyoten_hojo_boshu_r7.pdf"
OFFICE_PDF = "yunagi_kaigai_jimusho_katsudo_r6.pdf"
MOU_PDF = "yunagi_beranta_mou_gaiyo.pdf"
ALL_PDFS = (GUIDE_PDF, OFFICE_PDF, MOU_PDF)

# UNKNOWN ― = no figure (the activity had not started that year)
UNITS = ("万人", "人", "百万円", "億円", "万円", "件", "社", "回", "点", "%")
GROUP_SEP = "／"  # joins a non-year spanning header and its leaf header in a gold column label


def fiscal_year(label: str | None) -> int | None:
    """Western fiscal year of a label naming one year, in era (令和５年度) or Western
    (2024年度) form; None for no year or a period."""
    if not label or fiscal_year_range(label):
        return None
    s = unicodedata.normalize("NFKC", label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", s)]
    years += [int(y) for y in re.findall(r"(20\d\d)年度", s)]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; (None, None) for dashes, fractions and text."""
    return docgen.parse_number(value, UNITS)


def ratio_pct(this_year: int, last_year: int) -> str:
    """A 前年度比（％） cell: this / last × 100, one decimal, rounded half up."""
    q = Decimal(this_year * 100) / Decimal(last_year)
    return str(q.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def label(s: str) -> str:
    """A row or column label as the gold records it: a label wrapped onto two lines is joined."""
    return s.replace("\n", "")


def unit_in_label(row, c):
    """The unit at the end of a row label (企業相談件数（件） -> 件), else None."""
    m = re.search(r"（([^（）]+)）$", label(row[0]))
    return m.group(1) if m else None


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with two additions.

    A column's fiscal year may come from a header cell spanning it (a year over two leaves).
    A spanning header that names no year (an expense type over 補助率 / 補助上限額) is joined to
    the leaf with ／ in the gold column label, since the leaf alone repeats across the groups.
    ``table_range`` is the period of a table whose caption note names one (累計 tables)."""

    table_range = None

    def _group(self, c) -> str | None:
        for (c0, r0), (c1, r1) in self.spans:
            if r0 < len(self.header) and c0 <= c <= c1 and c0 != c1 and c0 != self.label_col:
                return label(self.header[r0][c0])
        return None

    def column_label(self, c) -> str:
        leaf = super().column_label(c)
        group = self._group(c)
        if group and not fiscal_year(group) and group != leaf:
            return f"{group}{GROUP_SEP}{leaf}"
        return leaf

    def column_year(self, c) -> int | None:
        fy = fiscal_year(super().column_label(c))
        if fy:
            return fy
        group = self._group(c)
        return fiscal_year(group) if group else None


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    """One gold record per data cell; pages_of maps (spec.key, row index) to the page(s) drawn."""
    out = []
    for i, r, c, value in data_cells(spec):
        number, cell_unit = parse_number(value)
        unit = cell_unit or spec.cell_unit(r, c)
        if number is None and value != UNKNOWN:
            unit = None
        row_label = label(r[spec.label_col])
        col_label = spec.column_label(c)
        fy = spec.column_year(c) or fiscal_year(row_label) or spec.table_fy
        pages = pages_of[(spec.key, i)]
        assert len(pages) == 1, (spec.key, r, pages)
        out.append({
            "doc": spec.doc, "table": spec.title, "row": row_label, "column": col_label,
            "fiscal_year": fy, "fiscal_year_range": fiscal_year_range(col_label) or spec.table_range,
            "value": value, "number": number, "unit": unit, "page": next(iter(pages)),
        })
    return out


def lv_lines(pairs, level: int):
    """「label：value」 body lines (label and value on one line, hanging indent)."""
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "夕凪県"
PARTNER = "ベランタ市"
COUNTRY = "インドネシア共和国"

# ================================================================ document 1: subsidy call for applications
SUBSIDY = "夕凪県外資系企業研究開発拠点設置支援補助金"
GUIDE_DEPT = f"{PREF} 商工労働部 国際経済課"
PARK = "夕凪サイエンスパーク"
PARK_ADDON = 1500  # 万円 added to the 施設・設備整備費 cap inside the science park (note ※２)
RATES = [  # 企業規模, (施設・設備整備費 補助率, 上限額（万円）), (研究開発人材の雇用経費 補助率, 上限額)
    ("中小企業", ("２分の１以内", 5000), ("３分の２以内", 1200)),
    ("中堅企業", ("３分の１以内", 8000), ("２分の１以内", 1500)),
    ("大企業", ("４分の１以内", 10000), ("３分の１以内", 2000)),
]
SCORES = [  # 審査項目, 配点（点）
    ("研究開発の内容の先進性", 30),
    ("県内企業・大学との連携の見込み", 25),
    ("雇用の創出効果", 20),
    ("事業計画の実現可能性", 15),
    ("拠点の継続性", 10),
]
SCHEDULE = [  # (label, date text, the date if a weekday is printed)
    ("公募説明会", "令和７年５月16日（金）14時から（オンライン）", datetime.date(2025, 5, 16)),
    ("申請受付開始", "令和７年６月２日（月）", datetime.date(2025, 6, 2)),
    ("申請締切", "令和７年７月31日（木）17時（必着）", datetime.date(2025, 7, 31)),
    ("審査会（プレゼンテーション審査）", "令和７年９月上旬", None),
    ("交付決定", "令和７年10月中旬（予定）", None),
    ("補助事業の完了期限", "令和９年２月26日（金）", datetime.date(2027, 2, 26)),
]
CIRCLED = "①②③④⑤⑥⑦⑧⑨"


def guide_specs():
    rows = [[n, r1, fw(c1), r2, fw(c2)] for n, (r1, c1), (r2, c2) in RATES]
    rates = TableSpec(
        key="rates", doc=GUIDE_PDF, title="企業規模別・経費区分別の補助率及び補助上限額",
        header=[["企業規模", "施設・設備整備費", "", "研究開発人材の雇用経費", ""],
                ["", "補助率", "補助上限額（万円）", "補助率", "補助上限額（万円）"]],
        rows=rows, col_widths=[26 * mm, 30 * mm, 34 * mm, 30 * mm, 34 * mm],
        unit={2: "万円", 4: "万円"},
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    srows = [[n, fw(p)] for n, p in SCORES] + [["合計", fw(sum(p for _, p in SCORES))]]
    scores = TableSpec(
        key="scores", doc=GUIDE_PDF, title="審査項目及び配点",
        header=[["審査項目", "配点（点）"]], rows=srows, col_widths=[80 * mm, 30 * mm], unit="点",
    )
    return rates, scores


def guide_story(specs):
    rates, scores = specs
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(SUBSIDY, TITLE), P("募集要項", TITLE),
          Spacer(1, 1 * mm), P("令和７年４月", DATE_RIGHT), P(GUIDE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　目的", H1)]
    st += paras(f"""
本補助金は、海外の企業が{PREF}内に研究開発拠点を新たに設置する際に要する経費の一部を予算の範囲内で補助することにより、県内における高度な研究開発機能の集積を進め、県内企業及び大学との共同研究を促進することを目的とする。
""", 0)

    st += [P("２　補助対象者", H1)]
    st += paras("次の(1)から(4)までの要件をすべて満たす者とする。", 0)
    st += numbered([
        "(1) 外国企業（外国の法令に基づいて設立された法人をいう。以下同じ。）又は外国企業が発行済株式の３分の１以上を保有する国内法人であること。",
        "(2) 県内に研究開発拠点を新たに設置し、令和９年２月26日までに研究開発業務を開始すること。",
        "(3) 研究開発拠点において、研究開発に従事する常時雇用の従業員を３人以上新たに雇用すること（うち１人以上は県内に住所を有する者とする。）。",
        "(4) 県税の滞納がなく、かつ、暴力団又は暴力団員と密接な関係を有しないこと。",
    ], 0)
    st += notes(["※ 既に県内に研究開発拠点を有する者が行う拠点の拡張は、研究開発に従事する従業員を新たに10人以上雇用する場合に限り、補助の対象とする。"])

    st += [P("３　補助対象経費", H1)]
    st += paras("補助事業期間（交付決定日から令和９年２月26日まで）に支出する次の経費とする。", 0)
    st += numbered([
        "(1) 施設・設備整備費：研究開発拠点の建物の取得費、改修費及び賃借料（最大24か月分）並びに研究開発用の機器の購入費",
        "(2) 研究開発人材の雇用経費：新たに雇用する研究員の給与（１人当たり最大12か月分）",
    ], 0)
    st += notes(["※ 土地の取得費及び消費税は、補助の対象としない。"])

    st += [P("４　補助率及び補助上限額", H1)]
    st += paras("補助率及び補助上限額は、申請者の企業規模及び経費の区分に応じて、次のとおりとする。", 0)
    st += [caption(rates.title), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 企業規模の区分は、別に定める「企業規模判定表」により判定する。",
        f"※２ 研究開発拠点を{PARK}（夕凪市）内に設置する場合は、施設・設備整備費の補助上限額に{PARK_ADDON:,}万円を加算する。",
        "※３ 研究開発人材の雇用経費の補助上限額は、１事業者当たりの総額である。",
    ])

    st += [P("５　審査", H1)]
    st += paras("外部有識者で構成する審査会において、書類審査及びプレゼンテーション審査を行い、次の審査項目及び配点により評価する。合計点が60点に満たない事業は採択しない。", 0)
    st += [caption(scores.title), scores.flowable(), Spacer(1, 2)]

    st += [P("６　募集の日程及び予算額", H1)]
    st += paras("令和７年度の募集は、次の日程で行う。", 0)
    st += numbered([f"{CIRCLED[i]} {k}：{v}" for i, (k, v, _) in enumerate(SCHEDULE)], 0)
    st += lv_lines([("予算額", "３億円"), ("採択予定件数", "５件程度")], 0)

    st += [P("７　提出書類", H1)]
    st += paras("次の書類を各１部提出すること。様式は、県のウェブサイトから入手できる。書類は日本語で作成すること（⑥は英語でも可）。", 0)
    st += numbered([
        "① 交付申請書（様式第１号）",
        "② 事業計画書（様式第２号）",
        "③ 経費明細書（様式第３号）",
        "④ 申請者の履歴事項全部証明書（発行日から３か月以内のもの）",
        "⑤ 本社の登記簿謄本に相当する書類の写し（日本語訳を添付）",
        "⑥ 本社の直近３期分の財務諸表",
        "⑦ 暴力団排除に関する誓約書（様式第４号）",
    ], 0)
    st += paras("提出は、ゆうなぎ電子申請システムによる申請又は郵送（簡易書留に限る。）によること。", 0)

    st += [P("８　注意事項", H1)]
    st += notes([
        "○ 交付決定前に契約又は支払を行った経費は、補助の対象とならない。",
        "○ 国、県又は市町村の他の補助金等と重複して、同一の経費に充てることはできない。",
        "○ 補助事業の完了後５年間は、研究開発拠点において研究開発業務を継続しなければならない。",
    ])
    st += [CondPageBreak(40 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GUIDE_DEPT} 投資誘致グループ",
        "電話：099-050-2261（受付時間：平日９時から17時まで）",
        "英語での相談：099-050-2265",
        "電子メール：rd-invest@pref.yunagi.example.jp",
        "ウェブサイト：https://www.pref.yunagi.example.jp/rd-hojo/",
    ]))
    return st


# ================================================================ document 2: overseas offices' activity report
OFFICE_DEPT = f"{PREF} 商工労働部 海外展開推進課"
AGENCY = "公益財団法人ゆうなぎ国際経済振興機構"
OFFICES = [  # 見出し, 所在地, 開設年月, 駐在員数, 主な業務
    ("シンガポール事務所", "シンガポール共和国 セシル・ストリート（ハーバーゲート・タワー18階）", "平成24年４月",
     "４名（うち現地職員２名）",
     "東南アジア全域の市場情報の収集、投資誘致セミナーの開催、インドネシア及びマレーシアの企業情報の提供"),
    ("ホーチミン事務所", "ベトナム社会主義共和国 ホーチミン市１区（サイゴン・リバーサイド・ビル９階）", "平成29年10月",
     "３名（うち現地職員１名）",
     "県内製造業の現地法人設立の支援、工業団地の視察案内、ベトナム人材の採用支援"),
    ("バンコク事務所", "タイ王国 バンコク都スクンビット地区（チャオ・プラザ21階）", "令和３年７月",
     "２名",
     "県産農水産物の輸出促進、飲食店・小売店への売込み"),
]
KPIS = [  # 指標（単位）, 2022, 2023, 2024年度 (the three offices together)
    ("企業相談件数（件）", 1184, 1352, 1497),
    ("商談会・見本市への出展支援（回）", 18, 24, 27),
    ("商談件数（件）", 642, 815, 903),
    ("成約件数（件）", 71, 88, 84),
    ("新規の海外進出企業数（社）", 9, 12, 15),
    ("県産品輸出額（百万円）", 2380, 2915, 3402),
]
WITHDRAWN = 1  # of the 2024 新規の海外進出企業数 (note ※２)
BY_OFFICE = [  # 事務所, 企業相談件数, 商談件数, 成約件数, 新規の海外進出企業数; 2022-2024 cumulative
    ("シンガポール事務所", 1512, 806, 71, 14),
    ("ホーチミン事務所", 1689, 1037, 118, 17),
    ("バンコク事務所", 832, 517, 54, 5),
]
ACTIVITIES = [  # 事業, 令和４, ５, ６年度 実施件数; None = ― (not offered yet)
    ("市場情報レポートの発行", 24, 26, 30),
    ("現地市場調査の代行", 14, 17, 21),
    ("商談会の開催", 6, 8, 9),
    ("見本市への出展支援", 12, 16, 18),
    ("投資誘致セミナーの開催", 3, 4, 6),
    ("外国企業の県内視察の受入れ", 8, 11, 15),
    ("工業団地の視察案内", 19, 25, 22),
    ("現地法人設立の相談", 31, 38, 44),
    ("ベトナム人材の採用支援", None, 7, 12),
    ("県内企業の現地訪問への同行", 36, 44, 52),
    ("県産品の試食・販売会", 5, 9, 11),
    ("飲食店・小売店への売込み", 42, 57, 66),
    ("輸出手続の相談", 27, 33, 41),
    ("越境ＥＣ出店支援", None, None, 23),
]


def office_specs():
    kpis = TableSpec(
        key="kpis", doc=OFFICE_PDF, title="海外事務所の主要指標の推移",
        header=[["指標", "2022年度", "2023年度", "2024年度", "前年度比\n（％）"]],
        rows=[[n, fw(a), fw(b), fw(c), ratio_pct(c, b)] for n, a, b, c in KPIS],
        col_widths=[62 * mm, 24 * mm, 24 * mm, 24 * mm, 22 * mm],
        unit=lambda row, c: "%" if c == 4 else unit_in_label(row, c),
    )
    brows = [[n] + [fw(x) for x in v] for n, *v in BY_OFFICE]
    brows.append(["計"] + [fw(sum(r[i] for r in BY_OFFICE)) for i in (1, 2, 3, 4)])
    by_office = TableSpec(
        key="by_office", doc=OFFICE_PDF, title="事務所別の支援実績",
        header=[["事務所", "企業相談件数（件）", "商談件数（件）", "成約件数（件）", "新規の海外進出企業数（社）"]],
        rows=brows, col_widths=[32 * mm, 33 * mm, 26 * mm, 26 * mm, 46 * mm],
        unit={1: "件", 2: "件", 3: "件", 4: "社"}, ruled=False, bold_rows=("計",),
    )
    by_office.table_range = [2022, 2024]  # caption note （令和４年度～令和６年度の累計）
    total = ["合計"] + [fw(sum(a[i] or 0 for a in ACTIVITIES)) for i in (1, 2, 3)]
    activities = TableSpec(
        key="activities", doc=OFFICE_PDF, title="事業別の実施件数",
        header=[["事業", "令和４年度", "令和５年度", "令和６年度"]],
        rows=[[n] + [cell(x) for x in v] for n, *v in ACTIVITIES] + [total],
        col_widths=[70 * mm, 28 * mm, 28 * mm, 28 * mm], unit="件", repeat_header=False,
    )
    return kpis, by_office, activities


def office_story(specs):
    kpis, by_office, activities = specs
    st = [Spacer(1, 2 * mm), P(f"{PREF}海外事務所", SUBTITLE),
          P("令和６年度 活動報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(OFFICE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１．海外事務所の概要", H1)]
    st += paras(f"""
{PREF}は、県内企業の東南アジアへの事業展開を現地で支えるとともに、海外から県への投資を呼び込むため、東南アジアの３か所に海外事務所を置いている。本報告書は、令和６年度の各事務所の活動と、令和４年度以降の主な成果を取りまとめたものである。
""", 0)
    st += lv_lines([
        ("設置目的", "県内企業の海外展開の支援及び海外からの投資の誘致"),
        ("運営", f"{PREF}（現地での調査業務の一部を{AGENCY}に委託）"),
        ("事務所数", "３か所（シンガポール、ホーチミン、バンコク）"),
    ], 0)

    st += [P("２．各事務所の概要", H1)]
    for i, (name, address, opened, staff, work) in enumerate(OFFICES, 1):
        st += [P(f"（{fw(i)}）{name}", H2)]
        st += lv_lines([("所在地", address), ("開設年月", opened), ("駐在員数", staff), ("主な業務", work)], 1)

    st += [P("３．主要指標の推移", H1)]
    st += paras("""
３事務所を合わせた主要指標の推移は、次のとおりである。企業相談件数と商談件数は２年連続で増加し、県産品輸出額は2024年度に初めて30億円を超えた。一方、成約件数は、ベトナムでの大型案件の減少により前年度を下回った。
""", 0)
    st += [caption(kpis.title, "（３事務所の合計）"), kpis.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 前年度比は、2024年度の値を2023年度の値で除して100を乗じたものである。",
        f"※２ 2024年度の新規の海外進出企業数{KPIS[4][3]}社には、令和７年４月に進出計画を取りやめた{fw(WITHDRAWN)}社が含まれている。"
        f"これを除くと{KPIS[4][3] - WITHDRAWN}社である。",
    ])

    st += [P("４．事務所別の支援実績", H1)]
    st += paras("令和４年度から令和６年度までの３年間の実績を事務所別にみると、ホーチミン事務所が企業相談件数、商談件数及び成約件数のいずれでも最も多かった。", 0)
    st += [caption(by_office.title, "（令和４年度～令和６年度の累計）"), by_office.flowable(), Spacer(1, 2)]
    st += notes(["※３ 複数の事務所が共同で支援した案件は、主に担当した事務所に計上している。"])
    st += paras("""
シンガポール事務所は、投資誘致セミナーを通じて欧州系の製薬企業と県内大学との共同研究の仲介に取り組み、令和６年度には県の研究開発拠点の誘致に向けた具体的な協議が始まった。バンコク事務所は、開設から日が浅いものの、県産の果物と水産加工品の取引先が着実に増えている。
""", 0)

    st += [P("５．事業別の実施状況", H1)]
    st += paras("""
事業別の実施件数は、次のとおりである。飲食店・小売店への売込みと現地法人設立の相談が大きく伸び、令和６年度からはバンコク事務所で越境ＥＣ出店支援を始めた。
""", 0)
    st += [caption(activities.title, "（単位：件）", keep=False), activities.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ ベトナム人材の採用支援は令和５年度、越境ＥＣ出店支援は令和６年度に開始したため、それより前の年度は「―」とした。",
    ])

    st += [P("６．令和７年度の取組", H1)]
    st += paras("""
令和７年度は、シンガポール事務所に投資誘致の専任職員を１名増員し、欧米企業のアジア統括拠点への働きかけを強める。また、ホーチミン事務所とバンコク事務所が共同で、県内の食品関連企業を対象とした合同商談会を開催する予定である。
""", 0)
    st += [CondPageBreak(40 * mm), P("７．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{OFFICE_DEPT} 海外事務所担当",
        "電話：099-050-3370　ファクス：099-050-3379",
        "電子メール：kaigai@pref.yunagi.example.jp",
        f"住所：〒899-5001 {PREF}夕凪市港町二丁目３番１号 県庁本館６階",
    ]))
    return st


# ================================================================ document 3: memorandum of understanding profile
MOU_DEPT = f"{PREF} 総務部 国際交流課"
VISITORS = [  # 年度, 夕凪県からベランタ市へ, ベランタ市から夕凪県へ, うち技術研修生 (None = ―)
    ("令和４年度", 31, 46, None),
    ("令和５年度", 88, 63, None),
    ("令和６年度", 142, 118, 8),
]
TRAINEES = 8  # 第１期生, history item ⑥


def mou_specs():
    rows = [[y] + [cell(x) for x in v] for y, *v in VISITORS]
    rows.append(["合計"] + [fw(sum(v[i] or 0 for v in VISITORS)) for i in (1, 2, 3)])
    visitors = TableSpec(
        key="visitors", doc=MOU_PDF, title="相互訪問者数の推移",
        header=[["年度", f"{PREF}から\n{PARTNER}へ", f"{PARTNER}から\n{PREF}へ", "うち\n技術研修生"]],
        rows=rows, col_widths=[34 * mm, 36 * mm, 36 * mm, 30 * mm], unit="人",
    )
    return (visitors,)


def mou_story(specs):
    (visitors,) = specs
    st = [Spacer(1, 2 * mm), P(f"{PREF}・{PARTNER}（{COUNTRY}）", SUBTITLE),
          P("経済交流に関する覚書の概要", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(MOU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１．覚書の概要", H1)]
    st += lv_lines([
        ("名称", f"{PREF}と{COUNTRY}{PARTNER}との経済及び人材の交流の促進に関する覚書"),
        ("締結日", "令和２年２月７日"),
        ("締結場所", f"{PARTNER}庁舎"),
        ("署名者", f"{PREF}知事及び{PARTNER}長"),
        ("有効期間", "締結日から３年間（期間満了の３か月前までにいずれからも申出がない場合は、更に３年間延長する。）"),
    ], 0)
    st += [P(f"２．{PARTNER}の概要", H1)]
    st += paras(f"{PARTNER}は、{COUNTRY}の西部に位置する人口約180万人の港湾都市で、電子部品の組立てと水産加工が盛んである。市内の工業団地には日系企業約30社が進出している。", 0)
    st += [P("３．協力分野", H1)]
    st += numbered([
        "(1) 投資及び貿易の促進",
        "(2) 高度人材・技術研修生の交流",
        "(3) 港湾物流及び食品分野の技術協力",
    ], 0)
    st += [P("４．これまでの主な交流", H1)]
    st += numbered([
        f"① 令和２年２月７日　覚書の締結（{PARTNER}庁舎）",
        "② 令和３年11月　オンラインによる第１回経済交流会議の開催",
        f"③ 令和４年８月　{PARTNER}経済ミッションの来県（企業12社、27名）",
        "④ 令和５年２月　覚書の有効期間の延長（１回目）",
        f"⑤ 令和５年10月　{PREF}知事を団長とする経済訪問団の派遣（企業18社、45名）",
        f"⑥ 令和６年７月　{PARTNER}からの技術研修生の受入れ開始（第１期生{fw(TRAINEES)}名）",
        f"⑦ 令和７年１月　{PARTNER}で「{PREF}ビジネスフォーラム」を開催（参加者約320人）",
    ], 0)
    st += [P("５．相互訪問者数の推移", H1)]
    st += paras("覚書に基づく事業で両地域を訪れた人数は、次のとおりである。", 0)
    st += [caption(visitors.title, "（単位：人）"), visitors.flowable(), Spacer(1, 2)]
    st += notes([f"※ うち技術研修生は、{PARTNER}から{PREF}への訪問者のうち、技術研修生として受け入れた者の数である。"
                 "技術研修生の受入れは令和６年度に開始したため、それより前の年度は「―」とした。"])
    st += [P("６．今後の予定", H1)]
    st += paras(f"覚書は令和８年２月に２回目の延長の時期を迎える。延長に合わせて、協力分野に脱炭素・再生可能エネルギーを加えることを{PARTNER}と協議している。", 0)
    st += [CondPageBreak(30 * mm), P("７．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MOU_DEPT} アジア交流担当",
        "電話：099-050-4412",
        "電子メール：kokusai@pref.yunagi.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return guide_specs() + office_specs() + mou_specs()


def all_gold(row_pages: dict) -> list[dict]:
    """row_pages: doc name -> the (spec key, row index) -> pages map of its build."""
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"h5t{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    gspecs, ospecs, mspecs = guide_specs(), office_specs(), mou_specs()
    gdoc = build_pdf(docs_dir / GUIDE_PDF, gspecs, guide_story(gspecs),
                     f"令和７年度 {SUBSIDY} 募集要項", "令和７年４月", GUIDE_DEPT)
    odoc = build_pdf(docs_dir / OFFICE_PDF, ospecs, office_story(ospecs),
                     f"{PREF}海外事務所 令和６年度 活動報告書", "令和７年６月", OFFICE_DEPT)
    mdoc = build_pdf(docs_dir / MOU_PDF, mspecs, mou_story(mspecs),
                     f"{PREF}・{PARTNER} 経済交流に関する覚書の概要", "令和７年５月", MOU_DEPT)
    gold = all_gold({GUIDE_PDF: gdoc.row_pages, OFFICE_PDF: odoc.row_pages, MOU_PDF: mdoc.row_pages})
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
    # --- kpi: the office report's tables (a), (c), (d) and the note that amends a figure
    dict(question="令和５年度に海外事務所が関わった商談は、全部で何件ありましたか？",
         category="kpi", doc=OFFICE_PDF, evidence=["商談件数（件） 642 815 903"], answer=["815"],
         notes="(a) ruled grid with Western-year headers; 令和５年度 = the 2023年度 column; unit in the row label; 商談件数（件） is also a column header of (c)"),
    dict(question="2024年度は成約件数が前の年度より減ったと聞きました。前年度比で何％だったのでしょうか？",
         category="kpi", doc=OFFICE_PDF, evidence=["成約件数（件） 71 88 84 95.5"], answer=["95.5"],
         notes="(a) the 前年度比（％） column (two-line header); 84 / 88 = 95.5%; the only value below 100"),
    dict(question="県産品の輸出額は、2022年度から2024年度までの２年間でいくら増えましたか？",
         category="kpi", doc=OFFICE_PDF, evidence=["県産品輸出額（百万円）", "2,380 2,915 3,402"],
         answer=["1,022百万円"], computed=True,
         notes="(a) difference 3,402 - 2,380 = 1,022 over two years (the 前年度比 116.7% covers one year only)"),
    dict(question="2024年度に新しく海外へ進出した県内企業は、最終的に何社になりましたか？",
         category="kpi", doc=OFFICE_PDF, evidence=["これを除くと14社"], answer=["14社"],
         notes="(a) note ※２ amends the printed 15 (one firm withdrew its plan in 令和７年４月); the table cell 15 is the trap"),
    dict(question="令和４年度からの３年間で、ホーチミン事務所が受けた企業相談は何件ですか？",
         category="kpi", doc=OFFICE_PDF, evidence=["ホーチミン事務所 1,689 1,037 118 17"], answer=["1,689"],
         notes="(c) unruled table, unit in the column header 企業相談件数（件）; the period only in the caption note （令和４年度～令和６年度の累計）"),
    dict(question="令和４年度から令和６年度までの成約件数のうち、ホーチミン事務所の分はどのくらいの割合を占めていますか？",
         category="kpi", doc=OFFICE_PDF, evidence=["ホーチミン事務所 1,689 1,037 118 17", "計 4,033 2,360 243 36"],
         answer=["49%"], computed=True,
         notes="(c) share of the 計 row: 118 / 243 = 48.6% -> 49%"),
    dict(question="2023年度に、飲食店や小売店への売込みは何件行いましたか？",
         category="kpi", doc=OFFICE_PDF, evidence=["飲食店・小売店への売込み 42 57 66"], answer=["57"],
         notes="(d) era-year headers: 2023年度 = 令和５年度; the row is on the continuation page, the header and the unit note （単位：件） only on the page before"),
    dict(question="令和６年度に海外事務所が実施した事業の件数は、合計でどれくらいですか？",
         category="kpi", doc=OFFICE_PDF, evidence=["合計 227 295 370"], answer=["370"],
         notes="(d) continuation page, 合計 row without a header on its page (― counted as 0); last column = 令和６年度"),
    # --- office: label-value lines, sibling sections, a list, the contact box
    dict(question="ホーチミン事務所はいつ開設されたのですか？",
         category="office", doc=OFFICE_PDF, evidence=["開設年月：平成29年10月"], answer=["平成29年10月"],
         notes="sibling sections: three 事務所 with the same labels (所在地, 開設年月, 駐在員数, 主な業務); the second is asked (平成24年４月 and 令和３年７月 in the siblings)"),
    dict(question="シンガポール事務所には何人のスタッフが常駐していますか？",
         category="office", doc=OFFICE_PDF, evidence=["駐在員数：４名"], answer=["４名"],
         notes="sibling sections: 駐在員数 differs per 事務所 (４名, ３名, ２名); the first is asked; うち現地職員２名 follows"),
    dict(question="バンコクの事務所では、主にどのような業務をしていますか？",
         category="office", doc=OFFICE_PDF,
         evidence=["主な業務：県産農水産物の輸出促進", "飲食店・小売店への売込み"],
         answer=["県産農水産物の輸出促進", "飲食店・小売店への売込み"],
         notes="list (2 items); sibling sections: the third 事務所's 主な業務 line; 飲食店・小売店への売込み is also a row label of (d)"),
    dict(question="海外事務所の活動について県の担当課に電話で問い合わせたいのですが、番号を教えてください。",
         category="office", doc=OFFICE_PDF, evidence=["電話：099-050-3370"], answer=["099-050-3370"],
         notes="contact box on the last page; the ファクス 099-050-3379 is on the same line"),
    dict(question="海外事務所の現地調査は、どこかの団体に委託しているのですか？",
         category="office", doc=OFFICE_PDF, evidence=["公益財団法人ゆうなぎ国際経済振興機構"],
         answer=["公益財団法人ゆうなぎ国際経済振興機構"],
         notes="「label：value」 line 運営 under １．海外事務所の概要"),
    # --- subsidy: the call for applications
    dict(question="中小企業が研究開発拠点の改修や機器の購入をする場合、補助率はどれくらいですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["中小企業 ２分の１以内 5,000"], answer=["２分の１以内"],
         notes="(b) two-row merged header: 施設・設備整備費 spans 補助率 / 補助上限額（万円）; the expense type is paraphrased (改修, 機器の購入)"),
    dict(question="大企業が研究員を新しく雇う経費について、補助の上限はいくらですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["大企業 ４分の１以内 10,000", "10,000 ３分の１以内 2,000"],
         answer=["2,000"],
         notes="(b) the second 補助上限額（万円） column (研究開発人材の雇用経費); 10,000 is the 施設・設備整備費 cap of the same row; note ※３: a total per firm, not per person"),
    dict(question="中小企業が夕凪サイエンスパークの中に研究拠点をつくる場合、施設・設備の補助上限額は最大でいくらになりますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["中小企業 ２分の１以内 5,000", "補助上限額に1,500万円を加算"],
         answer=["6,500万円"], computed=True,
         notes="(b) cell 5,000 plus the note ※２ under the table (1,500万円 added in the science park) = 6,500万円"),
    dict(question="日本で設立した外資系の会社でも応募できますか？外国企業の出資比率に条件はありますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["発行済株式の３分の１以上"], answer=["３分の１以上"],
         notes="eligibility condition (1) under ２　補助対象者"),
    dict(question="2025年度の募集では、申請はいつまでに出せばよいですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["申請締切：令和７年７月31日（木）17時"], answer=["７月31日", "17時"],
         notes="dated numbered schedule (① 公募説明会 … ⑥ 補助事業の完了期限); 2025 = 令和７年; 申請受付開始 ６月２日 is a near miss"),
    dict(question="令和７年度の募集について、事前の説明会はいつありますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["公募説明会：令和７年５月16日（金）14時"], answer=["５月16日"],
         notes="dated numbered schedule, item ①"),
    dict(question="外国にある本社について、申請の際に出さなければならない書類は何ですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["本社の登記簿謄本に相当する書類", "本社の直近３期分の財務諸表"],
         answer=["本社の登記簿謄本に相当する書類", "本社の直近３期分の財務諸表"],
         notes="list (2 items): ⑤ and ⑥ of the seven required documents; ④ is the applicant's own 履歴事項全部証明書"),
    dict(question="この補助金のことを英語で相談したいのですが、電話番号はありますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["英語での相談：099-050-2265"], answer=["099-050-2265"],
         notes="contact box; the general number 099-050-2261 is the line above"),
    dict(question="審査では、県内の企業や大学と連携できそうかどうかに何点が割り当てられていますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["県内企業・大学との連携の見込み 25"], answer=["25"],
         notes="simple ruled table 審査項目及び配点 with a 合計 row; unit in the column header 配点（点）"),
    # --- mou: the memorandum profile
    dict(question="ベランタ市との覚書は、2020年の何月何日に締結されましたか？",
         category="mou", doc=MOU_PDF, evidence=["締結日：令和２年２月７日"], answer=["２月７日"],
         notes="「label：value」 line; 2020 = 令和２年"),
    dict(question="ベランタ市との覚書は、締結してから何年間効力がありますか？",
         category="mou", doc=MOU_PDF, evidence=["有効期間：締結日から３年間"], answer=["３年間"],
         notes="「label：value」 line (extended by three years unless either side objects)"),
    dict(question="ベランタ市と協力していくことになっている分野を教えてください。",
         category="mou", doc=MOU_PDF,
         evidence=["投資及び貿易の促進", "高度人材・技術研修生の交流", "港湾物流及び食品分野の技術協力"],
         answer=["投資及び貿易の促進", "高度人材・技術研修生の交流", "港湾物流及び食品分野の技術協力"],
         notes="list (3 items), numbered (1)-(3) under ３．協力分野; 脱炭素 under ６．今後の予定 is only being discussed"),
    dict(question="2023年度に、ベランタ市から夕凪県を訪れた人は何人でしたか？",
         category="mou", doc=MOU_PDF, evidence=["令和５年度 88 63"], answer=["63"],
         notes="visitor table, years as rows (令和５年度 = 2023年度); the direction is in the two-line column header; 88 is the other direction"),
    dict(question="令和６年度に夕凪県とベランタ市の間を行き来した人は、両方向を合わせて何人でしたか？",
         category="mou", doc=MOU_PDF, evidence=["令和６年度 142 118 ８"], answer=["260人"], computed=True,
         notes="visitor table, sum across the row: 142 + 118 = 260 (the うち技術研修生 ８ is part of 118, not added)"),
    dict(question="ベランタ市で開いた夕凪県のビジネスフォーラムには、どのくらい人が集まりましたか？",
         category="mou", doc=MOU_PDF, evidence=["参加者約320人"], answer=["約320人"],
         notes="numbered list of dated items (⑦ 令和７年１月); 27名, 45名 and 第１期生８名 in the other items are distractors"),
    # --- followup (history)
    dict(question="そこには何人駐在していますか？",
         category="followup", doc=OFFICE_PDF, evidence=["駐在員数：３名"], answer=["３名"],
         history=_turns("ホーチミン事務所ではどんな業務をしていますか？",
                        "ホーチミン事務所は、県内製造業の現地法人設立の支援、工業団地の視察案内、ベトナム人材の採用支援を行っています。[1]"),
         notes="demonstrative そこ = ホーチミン事務所, the second sibling; the siblings have ４名 and ２名"),
    dict(question="もう一つの事務所は？",
         category="followup", doc=OFFICE_PDF, evidence=["所在地：タイ王国 バンコク都スクンビット地区"],
         answer=["バンコク都スクンビット地区"],
         history=_turns("シンガポール事務所とホーチミン事務所は、それぞれどこにありますか？",
                        "シンガポール事務所はセシル・ストリートのハーバーゲート・タワー18階、ホーチミン事務所はホーチミン市１区のサイゴン・リバーサイド・ビル９階にあります。[1]"),
         notes="the third sibling (バンコク事務所) is named nowhere in the conversation; the attribute 所在地 comes from the history"),
    dict(question="翌年度はどうでしたか？",
         category="followup", doc=OFFICE_PDF, evidence=["県産品輸出額（百万円） 2,380 2,915"], answer=["2,915"],
         history=_turns("2022年度の県産品の輸出額はいくらでしたか？",
                        "2022年度の県産品輸出額は2,380百万円でした。[1]"),
         notes="(a) 翌年度 of the year in the history = the 2023年度 column; the row comes from the history"),
    dict(question="その後、交付決定はいつごろになりますか？",
         category="followup", doc=GUIDE_PDF, evidence=["交付決定：令和７年10月中旬"], answer=["10月中旬"],
         history=_turns("研究開発拠点の補助金の申請締切はいつですか？",
                        "申請締切は令和７年７月31日（木）17時（必着）です。[1]"),
         notes="その後 = after the deadline in the history; item ⑤ of the dated schedule; ④ 審査会 ９月上旬 is a near miss"),
    dict(question="それはどこで署名されたのですか？",
         category="followup", doc=MOU_PDF, evidence=["締結場所：ベランタ市庁舎"], answer=["ベランタ市庁舎"],
         history=_turns("ベランタ市との覚書はいつ結ばれたのですか？",
                        "令和２年２月７日に締結されました。[1]"),
         notes="それ = the memorandum, only in the history; 「label：value」 line 締結場所 (also in history item ①)"),
    dict(question="上限額のほうは？",
         category="followup", doc=GUIDE_PDF, evidence=["中堅企業 ３分の１以内 8,000"], answer=["8,000"],
         history=_turns("中堅企業の施設・設備整備費の補助率はどのくらいですか？",
                        "中堅企業の施設・設備整備費の補助率は３分の１以内です。[1]"),
         notes="(b) the 補助上限額（万円） leaf under the same spanning header (施設・設備整備費) as the rate in the history; 1,500 is the 雇用経費 cap of the same row"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="海外事務所の企業相談件数は、2021年度には何件でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (a) covers 2022-2024年度 only and (c) is a 2022-2024 total; near miss: 2022年度 1,184",
         absent=["2021年度", "令和３年度"]),
    dict(question="親会社が大企業の日本子会社、いわゆるみなし大企業の場合、施設・設備整備費の補助率はどうなりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the rate table lists 中小企業, 中堅企業 and 大企業; the size rule is in a separate 企業規模判定表 (note ※１) that the guideline does not contain",
         absent=["みなし大企業", "みなし", "親会社"]),
    dict(question="ジャカルタ事務所には、駐在員が何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report covers シンガポール, ホーチミン and バンコク only; near misses: シンガポール事務所 provides インドネシア company information, and the MOU partner is an Indonesian city",
         absent=["ジャカルタ"]),
    dict(question="研究開発拠点の補助金に申請するとき、申請手数料はかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline lists documents, schedule and submission methods, not any fee",
         absent=["手数料", "申請料", "審査料"]),
    dict(question="その覚書をきっかけに、ベランタ市へ進出した県内企業は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("ベランタ市との覚書では、どんな分野で協力していますか？",
                        "投資及び貿易の促進、高度人材・技術研修生の交流、港湾物流及び食品分野の技術協力の３分野です。[1]"),
         notes="follow-up; near misses: 日系企業約30社 in the city (not 夕凪県's firms) and the office report's 新規の海外進出企業数 (all destinations)",
         absent=["進出した県内企業", "県内企業の進出", "ベランタ市に進出", "ベランタ市へ進出"]),
    dict(question="採択されたら、補助金はいつ頃支払われますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("研究開発拠点の補助金の補助率を教えてください。中小企業の場合です。",
                        "中小企業の場合、施設・設備整備費は２分の１以内、研究開発人材の雇用経費は３分の２以内です。[1]"),
         notes="follow-up; the guideline gives 交付決定 (令和７年10月中旬) and the 完了期限, not when the money is paid",
         absent=["支払時期", "概算払", "精算払", "支払われ", "支払日"]),
]
CATEGORY_COUNTS = {"kpi": 8, "office": 5, "subsidy": 9, "mou": 6, "followup": 6, "unanswerable": 6}
LISTS = 3
SIBLING = 2
UNANSWERABLE_FOLLOWUPS = 2


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, "h5q")


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year) for the computed-answer checks."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


R, A, C, V = ("企業規模別・経費区分別の補助率及び補助上限額", "海外事務所の主要指標の推移",
              "事務所別の支援実績", "相互訪問者数の推移")
COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h5q03": lambda g: f"{g(A, '県産品輸出額（百万円）', '2024年度', 2024) - g(A, '県産品輸出額（百万円）', '2022年度', 2022):,}百万円",
    "h5q06": lambda g: f"{pct(g(C, 'ホーチミン事務所', '成約件数（件）'), g(C, '計', '成約件数（件）'))}%",
    "h5q16": lambda g: f"{g(R, '中小企業', '施設・設備整備費／補助上限額（万円）') + PARK_ADDON:,}万円",
    "h5q27": lambda g: f"{g(V, '令和６年度', '夕凪県からベランタ市へ', 2024) + g(V, '令和６年度', 'ベランタ市から夕凪県へ', 2024)}人",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {GUIDE_PDF: (3, 4), OFFICE_PDF: (3, 4), MOU_PDF: (2, 2)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 24)  # after norm


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout5.py")
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
        if qid != f"h5q{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected h5q{i:02d}")
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
        if q["notes"].startswith("list") and not 2 <= len(q["answer"]) <= 3:
            errors.append(f"{qid}: a list question should have 2-3 answer items")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    lists = sum(q["notes"].startswith("list") for q in questions)
    if lists != LISTS:
        errors.append(f"{lists} list questions, expected {LISTS}")
    sibling = sum(q["notes"].startswith("sibling sections") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    n = sum(bool(q.get("history")) and q["category"] == "unanswerable" for q in questions)
    if n != UNANSWERABLE_FOLLOWUPS:
        errors.append(f"{n} unanswerables asked as follow-ups, expected {UNANSWERABLE_FOLLOWUPS}")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout5.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"h5t{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if (g["number"] is not None or g["value"] == UNKNOWN) and g["unit"] is None:
            errors.append(f"{g['id']}: numeric cell without unit")
        for s in (g["value"], g["row"]):
            if norm(s) not in page_text(g["doc"], g["page"]):
                errors.append(f"{g['id']}: {s!r} not on page {g['page']} of {g['doc']}")
        # without a repeated header, the column labels are only on the table's first page;
        # a joined group／leaf label is printed as two header cells
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
    """Each printed row, cell after cell, is on the page of its gold cells (wrapped labels joined)."""
    errors = []
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i, r in enumerate(spec.rows):
            g = row_page.get((title, label(r[spec.label_col])))
            if g is None:
                errors.append(f"{title} / {r[spec.label_col]}: no gold cell")
            elif norm("".join(spec.printed_row(i))) not in page_text(g):
                errors.append(f"row sequence of {title} / {label(r[spec.label_col])} not on page {g['page']}")
    return errors


def check_totals(gold) -> list[str]:
    """合計 / 計 rows add up the rows above them (― counts as 0); every 前年度比 cell is
    2024 / 2023 × 100; the tables of the office report agree with each other."""
    errors = []
    by_table = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        by_table[g["table"]][g["row"]][(g["column"], g["fiscal_year"])] = g["number"]
    for table, rows in by_table.items():
        for tot in ("合計", "計"):
            if tot in rows:
                for col, total in rows[tot].items():
                    # years as rows: the total row has no year, the rows above have one each
                    parts = [v or 0 for lab, r in rows.items() if lab != tot for (c, fy), v in r.items()
                             if c == col[0] and (fy == col[1] or col[1] is None)]
                    if sum(parts) != total:
                        errors.append(f"{table}: {tot} of {col} is {total}, rows add up to {sum(parts)}")
    for row, cells in by_table[A].items():
        want = float(ratio_pct(cells[("2024年度", 2024)], cells[("2023年度", 2023)]))
        if cells[("前年度比（％）", None)] != want:
            errors.append(f"{A} / {row}: 前年度比 is not 2024 / 2023 × 100")
    # (c) is the 2022-2024 total of the (a) rows it shares
    for col in ("企業相談件数（件）", "商談件数（件）", "成約件数（件）", "新規の海外進出企業数（社）"):
        three_years = sum(by_table[A][col][(f"{y}年度", y)] for y in (2022, 2023, 2024))
        if by_table[C]["計"][(col, None)] != three_years:
            errors.append(f"{C}: 計 of {col} is not the 2022-2024 sum of {A}")
    # (d) 商談会の開催 + 見本市への出展支援 = (a) 商談会・見本市への出展支援（回）
    for y, era in zip((2022, 2023, 2024), ("令和４年度", "令和５年度", "令和６年度")):
        d = by_table["事業別の実施件数"]
        if d["商談会の開催"][(era, y)] + d["見本市への出展支援"][(era, y)] != by_table[A]["商談会・見本市への出展支援（回）"][(f"{y}年度", y)]:
            errors.append(f"商談会 + 見本市 in {era} does not match {A}")
    if by_table[V]["令和６年度"][("うち技術研修生", 2024)] != TRAINEES:
        errors.append("the 令和６年度 技術研修生 do not match history item ⑥")
    return errors


def check_layouts(gold, pages) -> list[str]:
    """The layouts the set promises are really there."""
    errors = []
    specs = {s.key: s for s in all_specs()}
    acts = specs["activities"]
    act_pages = sorted({g["page"] for g in gold if g["table"] == acts.title})
    if len(act_pages) != 2:
        errors.append(f"{acts.title} is on pages {act_pages}, expected a page break inside it")
    header = norm("".join(acts.header[0]))
    on = [i + 1 for i, p in enumerate(pages[OFFICE_PDF]) if header in norm(p)]
    if acts.repeat_header or on != act_pages[:1]:
        errors.append(f"{acts.title}: header printed on pages {on}, expected only on {act_pages[:1]}")
    first = {g["row"] for g in gold if g["table"] == acts.title and g["page"] == act_pages[0]}
    continued = {g["row"] for g in gold if g["table"] == acts.title and len(act_pages) == 2 and g["page"] == act_pages[1]}
    if not 3 <= len(first) <= 10:
        errors.append(f"{acts.title}: {len(first)} rows before the page break, expected 3-10")
    for row in ("飲食店・小売店への売込み", "合計"):
        if row not in continued:
            errors.append(f"{acts.title}: row {row} should be on the continuation page")
    office_text = norm("\n".join(pages[OFFICE_PDF]))
    if norm("（単位：件）") not in office_text:
        errors.append("no caption unit note （単位：件）")
    if norm("（令和４年度～令和６年度の累計）") not in office_text:
        errors.append("no caption period note on the unruled table")
    if specs["by_office"].ruled or not all(s.ruled for k, s in specs.items() if k != "by_office"):
        errors.append("only the 事務所別 table must be drawn without ruling lines")
    rates = specs["rates"]
    if len(rates.header) != 2 or len(rates.spans) != 3:
        errors.append("the rate table needs a two-row header with merged expense-type cells")
    rate_cols = {g["column"] for g in gold if g["table"] == rates.title}
    if len(rate_cols) != 4 or not all(GROUP_SEP in c for c in rate_cols):
        errors.append(f"the rate table's columns should be four group／leaf labels, got {sorted(rate_cols)}")
    raw_guide = pages[GUIDE_PDF]
    rate_page = next(g["page"] for g in gold if g["table"] == rates.title)
    if raw_guide[rate_page - 1].count("補助上限額（万円）") != 2 or raw_guide[rate_page - 1].count("補助率\n") < 2:
        errors.append("the rate table's leaf headers should repeat under the two expense types")
    if not any(g["number"] is None and g["value"] != UNKNOWN for g in gold if g["table"] == rates.title):
        errors.append("the rate table needs text cells (rates printed as fractions)")
    kpi_cols = {g["column"] for g in gold if g["table"] == A}
    if not {"2022年度", "2023年度", "2024年度", "前年度比（％）"} <= kpi_cols:
        errors.append("the KPI table needs Western-year headers and a 前年度比（％） column")
    if not any(g["column"] == "前年度比（％）" and g["number"] < 100 for g in gold):
        errors.append("the 前年度比 column needs a decrease (below 100)")
    if not any(re.match("令和", g["column"]) for g in gold):
        errors.append("need era-year column headers as well")
    if not any(g["fiscal_year"] and re.match("令和", g["row"]) for g in gold):
        errors.append("need a table with years as rows")
    if not any(g["row"] == "計" for g in gold) or not any(g["row"] == "合計" for g in gold):
        errors.append("need both a 計 and a 合計 row")
    if sum(g["value"] == UNKNOWN for g in gold) < 3:
        errors.append("the set needs ― cells")
    return errors


def check_prose(pages) -> list[str]:
    """The sibling sections print the same labels; figures and dates stated in prose agree with
    the data."""
    errors = []
    office = norm("\n".join(pages[OFFICE_PDF]))
    for lab in ("所在地：", "開設年月：", "駐在員数：", "主な業務："):
        if office.count(norm(lab)) != len(OFFICES):
            errors.append(f"office report: label {lab} printed {office.count(norm(lab))} times, expected {len(OFFICES)}")
    for name, *_ in OFFICES:
        if norm(f"{name}") not in office:
            errors.append(f"office report lacks {name}")
    if norm(f"これを除くと{KPIS[4][3] - WITHDRAWN}社") not in office:
        errors.append("office report: the ※２ amended value does not equal 15 - 1")
    if not KPIS[5][3] > 3000 > KPIS[5][2]:
        errors.append("office report: 「2024年度に初めて30億円を超えた」 does not hold")
    best = max(BY_OFFICE, key=lambda r: r[1])[0]
    if best != "ホーチミン事務所" or any(max(BY_OFFICE, key=lambda r: r[i])[0] != best for i in (1, 2, 3)):
        errors.append("office report: ホーチミン is not the largest in 企業相談, 商談 and 成約")
    guide = norm("\n".join(pages[GUIDE_PDF]))
    for lab, text, date in SCHEDULE:
        if norm(f"{lab}：{text}") not in guide:
            errors.append(f"guide lacks the schedule item {lab}")
        if date and "月火水木金土日"[date.weekday()] != re.search(r"（(.)）", text).group(1):
            errors.append(f"guide: {lab} {text} has the wrong weekday")
    if norm(f"補助上限額に{PARK_ADDON:,}万円を加算") not in guide:
        errors.append("guide: the science-park addition note is missing")
    if norm("合計点が60点に満たない") not in guide or sum(p for _, p in SCORES) != 100:
        errors.append("guide: the scores do not add up to 100")
    mou = norm("\n".join(pages[MOU_PDF]))
    for lab in ("名称：", "締結日：", "締結場所：", "署名者：", "有効期間："):
        if norm(lab) not in mou:
            errors.append(f"MOU profile lacks {lab}")
    if norm(f"第１期生{fw(TRAINEES)}名") not in mou:
        errors.append("MOU profile: history item ⑥ does not match the table")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
