"""Build the 桜川県 held-out set: three new documents, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (桜川県, ビンラム省 and every organisation, person, phone number,
address and figure). The documents are in the genre of ../shared/pdfdev (Japanese prefectural
reports) but use layouts that set does not have; see README.md beside this file.

    python make_heldout.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab, pypdf and python-docx (all in the project venv). The gold cells are generated
from the same specs that draw the tables; PDF page numbers are recorded while reportlab lays
the pages out. The output is byte-identical on every run (reportlab ``invariant=True``; the
docx is re-zipped with fixed timestamps). The script exits 1 if any check fails. Helpers shared
with ../heldout2/make_heldout2.py are in ../docgen.py.
"""

from __future__ import annotations

import io
import re
import sys
import unicodedata
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: make `evals` importable

from evals import docgen
from evals.docgen import (
    CELL,
    DATE_RIGHT,
    DOCS_DIR,
    EM,
    ERA_YEAR,
    GOTHIC,
    H1,
    H2,
    H3,
    LINE2,
    LINE3,
    MINCHO,
    SUBTITLE,
    TITLE,
    UNKNOWN,
    P,
    TableSpec,
    build_pdf,
    bullets,
    caption,
    cell,
    check_against_expected,
    check_answerable,
    check_computed,
    check_page_counts,
    check_question_mix,
    check_row_sequences,
    check_texts,
    check_unanswerable,
    contact_box,
    data_cells,
    era_label,
    era_year,
    fiscal_year_range,
    fw,
    hanging,
    label_value_box,
    norm,
    notes,
    numbered,
    numbered_questions,
    output_dirs,
    paras,
    pct,
    pdf_pages,
    pstyle,
    read_jsonl,
    report,
    two_column_box,
    write_jsonl,
    write_texts,
)

MOU_PDF = "sakuragawa_mou_profile.pdf"
ZONE_PDF = "sakuragawa_zone_eval.pdf"
GRANT_DOCX = "sakuragawa_grant.docx"

DASH = "－"  # no value for the period (first year of a ratio); UNKNOWN ― = figure not yet known (being tallied)
UNITS = ("人", "億円", "百万円", "万円", "件", "社", "点", "%")  # printed after a number


def fiscal_year(label: str | None) -> int | None:
    """Western fiscal year of a single-year label (令和元年度 -> 2019), else None."""
    if not label:
        return None
    m = re.fullmatch(ERA_YEAR + r"年度", unicodedata.normalize("NFKC", label))
    return era_year(*m.groups()) if m else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; (None, None) for dashes, text and fractions."""
    return docgen.parse_number(value, UNITS)


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    """One gold record per data cell; pages_of maps (spec.key, row index) to the page(s) drawn."""
    out = []
    for i, r, c, value in data_cells(spec):
        number, cell_unit = parse_number(value)
        unit = cell_unit or spec.cell_unit(r, c)
        if number is None and value not in (DASH, UNKNOWN):
            unit = None  # text cell (an event, a period, a fraction)
        row_label = r[spec.label_col]
        col_label = spec.column_label(c)
        fy = fiscal_year(col_label) or fiscal_year(row_label) or spec.table_fy
        page = None
        if spec.doc.endswith(".pdf"):
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            page = next(iter(pages))
        rec = {
            "doc": spec.doc, "table": spec.title, "row": row_label, "column": col_label,
            "fiscal_year": fy, "fiscal_year_range": fiscal_year_range(col_label),
            "value": value, "number": number, "unit": unit, "page": page,
        }
        if page is None:
            rec["line"] = None
        out.append(rec)
    return out


@dataclass
class LineGold:
    """Gold cells printed in one body line (a bracketed summary or a 5-year target line)."""

    key: str
    doc: str
    table: str  # the 数値目標 the line belongs to
    text: str  # the line as printed
    cells: list  # (row, column, value as printed in text)
    fy: int | None = None

    def records(self, page: int) -> list[dict]:
        out = []
        for row, col, value in self.cells:
            assert value in self.text, (self.key, value)
            number, unit = parse_number(value)
            out.append({
                "doc": self.doc, "table": self.table, "row": row, "column": col,
                "fiscal_year": fiscal_year(col) or self.fy, "fiscal_year_range": fiscal_year_range(col),
                "value": value, "number": number, "unit": unit, "page": page,
            })
        return out


# ---------------------------------------------------------------- layouts of this set
def history_table(spec: TableSpec) -> Table:
    """年月 | 出来事: event cells wrap, so they are Paragraphs (gold text is the same string)."""
    data = [spec.header[0]] + [[r[0], P(r[1], CELL)] for r in spec.rows]
    t = Table(data, colWidths=spec.col_widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), MINCHO),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTNAME", (0, 0), (-1, 0), GOTHIC),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6ECE4")),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    t.hAlign = "CENTER"
    return t


# ================================================================ document 1: MOU partner profile
HISTORY = [  # 年月, 出来事
    ("平成26年３月", "桜川県経済訪問団（団長：副知事）がビンラム省を初めて訪問し、省人民委員会と意見交換を実施"),
    ("平成28年10月", "「ビンラム省投資環境セミナー」を桜川市で開催（県内企業62社が参加）"),
    ("平成30年７月", "「桜川県ビジネスサポートデスク」をタンアン市内に開設"),
    ("令和元年11月", "桜川県とビンラム省計画投資局との間で経済交流の促進に関する覚書（MOU）を締結"),
    ("令和３年２月", "新型コロナウイルス感染症の影響により、オンライン商談会を開始"),
    ("令和５年５月", "覚書を更新し、有効期間を令和10年11月11日まで延長"),
    ("令和６年９月", "知事を団長とする経済ミッションを派遣し、第１回「桜川・ビンラム商談会」を開催"),
]
EXCHANGES = [  # 事業名, 実施時期, 参加者数（人）, 参加企業数（社）; None = ―
    ("ビンラム省ビジネス研修団の受入れ", "令和６年６月", 18, None),
    ("桜川・ビンラム商談会", "令和６年９月", 96, 41),
    ("送出し機関との人材交流意見交換会", "令和６年11月", 24, 12),
    ("県産食品の輸出テストマーケティング", "令和６年12月～令和７年２月", None, 9),
]


def mou_specs():
    h = TableSpec(
        key="history", doc=MOU_PDF, title="桜川県とビンラム省との交流の経緯",
        header=[["年月", "出来事"]], rows=[list(x) for x in HISTORY],
        col_widths=[28 * mm, 132 * mm],
    )

    total = ["合計", "", cell(sum(x[2] or 0 for x in EXCHANGES)), cell(sum(x[3] or 0 for x in EXCHANGES))]
    e = TableSpec(
        key="exchanges", doc=MOU_PDF, title="令和６年度 主な交流事業の実績",
        header=[["事業名", "実施時期", "参加者数（人）", "参加企業数（社）"]],
        rows=[[n, when, cell(p), cell(c)] for n, when, p, c in EXCHANGES] + [total],
        col_widths=[56 * mm, 46 * mm, 28 * mm, 30 * mm], font_size=8.5,
        value_cols=[1, 2, 3], unit={2: "人", 3: "社"}, table_fy=2024,
        spans=[((0, 5), (1, 5))], align_left_cols=(1,),
    )
    return h, e


def mou_story(specs):
    h, e = specs
    st = [Spacer(1, 3 * mm), P("海外連携機関プロフィール", TITLE),
          P("ベトナム社会主義共和国 ビンラム省計画投資局", SUBTITLE), Spacer(1, 1 * mm),
          P("令和７年８月現在", DATE_RIGHT), P("桜川県 商工観光部 国際経済課", DATE_RIGHT), Spacer(1, 4 * mm)]

    st += [P("１ 機関の概要", H1), Spacer(1, 2)]
    st.append(label_value_box([
        ("機関名", "ビンラム省計画投資局（Department of Planning and Investment of Binh Lam Province）"),
        ("所在地", "ベトナム社会主義共和国 ビンラム省 タンアン市 チャンフン通り45番地"),
        ("代表者", "局長 グエン・ヴァン・ミン（Nguyen Van Minh）"),
        ("設立", "1997年１月（ビンラム省の設置に伴い発足）"),
        ("MOU締結日", "令和元年11月12日"),
        ("連携分野", "企業進出支援、人材交流、農産品・食品の貿易促進、環境・省エネルギー技術"),
        ("担当部署", "対外経済室（日本デスク）"),
        ("電話番号", "+84-270-3812-456"),
        ("URL", "https://dpi.binhlam.gov.vn/"),
    ]))
    st += [P("２ ビンラム省の概要", H1), Spacer(1, 2)]
    st.append(two_column_box([
        ("省都", "タンアン市", "面積", "4,860平方キロメートル"),
        ("人口", "約162万人（2024年）", "域内総生産", "約78億米ドル（2024年）"),
        ("経済成長率", "7.4％（2024年）", "工業団地", "11か所（うち日系企業入居４か所）"),
        ("主要産業", "電子部品、食品加工、縫製、物流", "日系企業数", "58社（2025年３月現在）"),
        ("ハノイから", "北西へ約180km（車で約３時間）", "最寄り空港", "ノイバイ国際空港（約150km）"),
    ]))
    st += [Spacer(1, 3)]
    st += paras("""
ビンラム省は、ベトナム北部の内陸に位置し、首都ハノイと中国国境を結ぶ国道沿いに工業団地が連なる。近年は、電子部品の組立てを中心に外国企業の進出が相次いでおり、省政府は、裾野産業の育成と農産品の高付加価値化を重点施策に掲げている。
計画投資局は、省の社会経済開発計画の策定、投資案件の審査及び投資登録証明書の発給を所管しており、外国企業の進出に関する省内の窓口機関である。
""", 0)
    st += [P("計画投資局の主な業務", H2)]
    st += bullets([
        "省の５か年社会経済開発計画及び年次計画の策定",
        "国内外からの投資案件の審査及び投資登録証明書の発給",
        "工業団地への企業誘致と進出企業に対するアフターケア",
        "政府開発援助（ODA）案件の調整及び海外の地方政府との経済交流",
    ], 1, mark="・")

    st += [P("３ 桜川県との交流の経緯", H1)]
    st += [caption(h.title), history_table(h), Spacer(1, 3)]

    st += [CondPageBreak(60 * mm), P("４ 覚書（MOU）の概要", H1)]
    st += [P(t, hanging(0, 5)) for t in [
        "名　　称　桜川県とビンラム省計画投資局との経済交流の促進に関する覚書",
        "締 結 者　桜川県知事 及び ビンラム省計画投資局長",
        "有効期間　締結日から５年間（令和５年５月の更新により、令和10年11月11日まで）",
    ]]
    st += [P("主な内容", H2)]
    st += numbered([
        "(1) 双方の地域への企業進出に関する情報提供及び相談対応",
        "(2) 投資セミナー、商談会等の相互開催",
        "(3) 行政職員、企業関係者及び学生の相互派遣による人材交流",
        "(4) 農産品・食品の貿易促進及び環境・省エネルギー分野の技術協力",
    ], 1)

    st += [P("５ 主な交流事業", H1)]
    st += bullets([
        "ビジネスサポートデスクの運営：タンアン市内に現地コーディネーターを配置し、県内企業の現地視察の調整、工業団地の紹介、許認可手続の相談に対応している（令和６年度の相談対応件数は延べ143件）。",
        "商談会の開催：毎年秋に「桜川・ビンラム商談会」を開催し、県内の食品、機械部品関連企業と現地企業とのマッチングを行っている。",
        "研修団の受入れ：ビンラム省の行政職員及び企業経営者を対象に、県内の工業団地や食品工場の視察を含む研修を実施している。",
        "人材交流：ビンラム省内の送出し機関及び職業訓練校と、県内の受入企業・監理団体との意見交換の場を設けている。",
    ], 0)
    st.append(KeepTogether([caption(e.title), e.flowable(), Spacer(1, 2)] + notes([
        "※１ 表中「―」は、当該事業において集計の対象としていない項目である。",
        "※２ 県産食品の輸出テストマーケティングは、タンアン市内の小売店３店舗で実施した。",
    ])))

    st += [CondPageBreak(55 * mm), P("６ 問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        "担当：桜川県 商工観光部 国際経済課 アジア交流グループ",
        "電話：028-010-4512　ファクス：028-010-4519",
        "電子メール：asia-kouryu@pref.sakuragawa.lg.jp",
        "所在地：〒990-2801 桜川県桜川市中央三丁目５番１号 県庁本館４階",
    ]))
    st += [Spacer(1, 4)]
    st.append(contact_box([
        "現地窓口：桜川県ビジネスサポートデスク（タンアン）",
        "コーディネーター：レ・ティ・ホア（日本語対応可）",
        "電話：+84-270-3899-120",
        "受付時間：月曜日～金曜日 ８時～17時（現地時間）",
    ]))
    return st


# ================================================================ document 2: special-zone evaluation
OUTCOMES = [  # 分野 -> (指標, 単位, 第１期累計, 令和５年度, 令和６年度, 第２期目標); None = ― (tallying)
    ("研究開発", [
        ("産学共同研究の件数", "件", 86, 21, 27, 100),
        ("特許出願件数", "件", 34, 9, 12, 50),
        ("機能性表示食品の届出件数", "件", 41, 18, 22, 120),
    ]),
    ("産業集積", [
        ("特区関連企業の立地件数", "社", 23, 6, 8, 40),
        ("特区関連企業の新規雇用者数", "人", 612, 158, 174, 800),
    ]),
    ("人材育成", [
        ("バイオ技術研修の修了者数", "人", 1130, 265, 301, 1500),
        ("高度専門人材の育成数", "人", 48, 11, None, 60),
    ]),
]
BUDGET = [  # 特区関連事業費（百万円）: 令和４, ５, ６年度
    ("国庫補助金", (412, 538, 601)),
    ("県費", (286, 310, 355)),
    ("市町費", (95, 102, 118)),
]
PRIVATE = ("民間投資", (6240, 8315, 9720))
SUPPORT = [  # 支援措置の活用件数: 令和４, ５, ６年度
    ("総合特区支援利子補給金", (3, 5, 4)),
    ("特区投資促進税制（特別償却等）", (4, 6, 7)),
    ("規制の特例措置", (2, 2, 3)),
    ("県独自の立地促進補助金", (15, 19, 24)),
]
TRENDS = [  # fiscal year -> (食品関連企業数, 従業者数, 製造品出荷額等 億円)
    (2015, 112, 4860, 1284), (2016, 115, 4932, 1311), (2017, 119, 5014, 1356),
    (2018, 124, 5187, 1402), (2019, 130, 5305, 1447), (2020, 133, 5262, 1395),
    (2021, 138, 5420, 1468), (2022, 144, 5611, 1530), (2023, 150, 5769, 1589),
    (2024, 158, 5943, 1642),
]



def zone_specs():
    header = ["分野", "指標", "単位", "第１期実績\n（平成30～\n令和４年度）", "令和５年度", "令和６年度",
              "第２期目標\n（令和５～９年度）"]
    rows, spans = [], []
    for group, items in OUTCOMES:
        first = len(rows) + 1  # +1: one header row
        for j, (name, unit, p1, y5, y6, goal) in enumerate(items):
            rows.append([group if j == 0 else "", name, unit, fw(p1), fw(y5),
                         UNKNOWN if y6 is None else fw(y6), fw(goal)])
        spans.append(((0, first), (0, first + len(items) - 1)))
    outcomes = TableSpec(
        key="outcomes", doc=ZONE_PDF, title="分野別の主な成果指標",
        header=[header], rows=rows,
        col_widths=[15 * mm, 44 * mm, 10 * mm, 23 * mm, 18 * mm, 18 * mm, 32 * mm],
        label_col=1, value_cols=[3, 4, 5, 6], unit=lambda row, c: row[2], spans=spans,
        font_size=8.5,
    )
    subtotal = [sum(v[i] for _, v in BUDGET) for i in range(3)]
    total = [subtotal[i] + PRIVATE[1][i] for i in range(3)]
    budget = TableSpec(
        key="budget", doc=ZONE_PDF, title="特区関連事業費の推移",
        header=[["区分"] + [era_label(y) for y in (2022, 2023, 2024)]],
        rows=[[n] + [fw(x) for x in v] for n, v in BUDGET]
        + [["小計（公費）"] + [fw(x) for x in subtotal], [PRIVATE[0]] + [fw(x) for x in PRIVATE[1]],
           ["合計"] + [fw(x) for x in total]],
        col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], unit="百万円",
        bold_rows=("小計（公費）", "合計"),
    )
    support = TableSpec(
        key="support", doc=ZONE_PDF, title="特区の支援措置の活用件数",
        header=[["支援措置"] + [era_label(y) for y in (2022, 2023, 2024)]],
        rows=[[n] + [fw(x) for x in v] for n, v in SUPPORT]
        + [["合計"] + [fw(sum(v[i] for _, v in SUPPORT)) for i in range(3)]],
        col_widths=[62 * mm, 28 * mm, 28 * mm, 28 * mm], unit="件", ruled=False,
    )
    trend_rows = []
    for k, (fy, firms, workers, shipments) in enumerate(TRENDS):
        ratio = DASH if k == 0 else f"{shipments * 100 / TRENDS[k - 1][3]:.1f}"
        trend_rows.append([era_label(fy), fw(firms), fw(workers), fw(shipments), ratio])
    trends = TableSpec(
        key="trends", doc=ZONE_PDF, title="特区内の食品関連産業の推移",
        header=[["年度", "食品関連企業数（社）", "従業者数（人）", "製造品出荷額等（億円）", "前年度比（％）"]],
        rows=trend_rows, col_widths=[28 * mm, 36 * mm, 30 * mm, 40 * mm, 26 * mm],
        unit={1: "社", 2: "人", 3: "億円", 4: "%"},
    )
    return outcomes, budget, support, trends


def _bracket(key, table, target, actual, unit, weight=None) -> LineGold:
    """The 【当該年度目標値…、当該年度実績値…、進捗度…】 line of one 数値目標 (令和６年度)."""
    cells = [("目標値", "当該年度", f"{target}{unit}"), ("実績値", "当該年度", f"{actual}{unit}"),
             ("進捗度", "当該年度", f"{pct(actual, target)}%")]
    if weight:
        cells.append(("寄与度", "当該年度", f"{weight}%"))
    labels = {"目標値": "当該年度目標値", "実績値": "当該年度実績値", "進捗度": "進捗度", "寄与度": "寄与度"}
    text = "【" + "、".join(labels[row] + value for row, _, value in cells) + "】"
    return LineGold(key, ZONE_PDF, table, text, cells, fy=2024)


FIVE_YEARS = "5年間（令和５～９年度）累計"
TARGETS = [  # key, 評価指標 heading, 数値目標 label, 数値目標, 5-year total, unit, R6 target, R6 actual, 寄与度
    ("inv", "（1）－①", "特区関連企業の設備投資額", 420, "億円", 84, 97, 50),
    ("emp", "（1）－②", "特区関連企業の新規雇用者数", 800, "人", 160, 174, 50),
    ("food", "（2）", "機能性表示食品の届出件数", 120, "件", 25, 22, None),
    ("rnd", "（3）", "産学共同研究の件数", 100, "件", 20, 27, None),
]
INDICATORS = [  # key, 評価指標 number, title, progress (= weighted progress of its targets)
    ("ind1", "（1）", "食品バイオ関連産業の集積による地域経済の活性化", ["inv", "emp"]),
    ("ind2", "（2）", "機能性表示食品等の新商品の開発", ["food"]),
    ("ind3", "（3）", "産学官連携による研究開発の推進", ["rnd"]),
]


def zone_line_golds():
    """Gold cells printed in body lines: indicator progress, 5-year targets and 【…】 summaries."""
    golds, by_key = [], {t[0]: t for t in TARGETS}
    for ikey, num, title, tkeys in INDICATORS:
        progress = sum(pct(by_key[k][6], by_key[k][5]) * (by_key[k][7] or 100) for k in tkeys) // 100
        text = f"評価指標{num}：{title}【進捗度{progress}%】"
        golds.append(LineGold(ikey, ZONE_PDF, f"評価指標{num}：{title}", text,
                              [("進捗度", "当該年度", f"{progress}%")], fy=2024))
        for k in tkeys:
            _, tnum, name, total, unit, tgt, act, weight = by_key[k]
            text5 = f"{FIVE_YEARS}：{total}{unit}"
            golds.append(LineGold(f"{k}5", ZONE_PDF, name, text5, [("目標値", FIVE_YEARS, f"{total}{unit}")]))
            golds.append(_bracket(f"{k}b", name, tgt, act, unit, weight))
    return golds


def zone_story(specs, line_golds):
    outcomes, budget, support, trends = specs
    lg = {g.key: g for g in line_golds}

    def gline(key, style=LINE2):
        return P(lg[key].text, style, key=key)

    st = [Spacer(1, 2 * mm), P("令和６年度 地域活性化総合特別区域評価書", TITLE), Spacer(1, 2 * mm),
          P("作成主体の名称：桜川県、桜川市及びみずほ野町", SUBTITLE), Spacer(1, 4 * mm)]
    st += [P("１ 地域活性化総合特別区域の名称", H1), P("さくらがわ次世代食品バイオ特区", LINE2)]
    st += [P("２ 総合特区計画の状況", H1), P("① 総合特区計画の概要", H2)]
    st += paras("""
県内有数の農業地帯である桜川平野の農産物と、桜川大学及び県農業総合研究センターに蓄積された発酵・微生物研究の成果を結び付け、機能性食品や食品素材の研究開発から製造、販路開拓までを一貫して支援する拠点を形成する。このため、規制の特例措置や税制・財政・金融上の支援措置を活用し、(1)食品バイオ関連企業の集積、(2)機能性表示食品等の新商品の開発、(3)産学官連携による研究開発の推進に取り組む。
""", 1)
    st += [P("② 総合特区計画の目指す目標", H2)]
    st += paras("地域の農産物と発酵・微生物技術を生かした食品バイオ産業の集積による、農業所得の向上と若者の雇用の場の創出", 1)
    st += [P("③ 総合特区の指定時期及び総合特区計画の認定時期", H2),
           P("平成30年３月９日指定", LINE3),
           P("平成30年６月29日認定（令和５年３月24日最終認定）", LINE3)]
    st += [P("④ 前年度の評価結果", H2), P("地域活性化総合特区 3.6点", LINE3)]
    st += bullets([
        "設備投資額は目標を上回っており、企業集積は順調に進んでいると認められる。",
        "機能性表示食品の届出件数が目標を下回っており、中小企業の届出を支援する体制の強化が望まれる。",
        "高度専門人材の育成について、育成後の県内定着の状況も併せて把握することが望ましい。",
    ], 2, mark="・")
    st += [P("⑤ 本年度の評価に際して考慮すべき事項", H2)]
    st += paras("""
令和６年夏の記録的な高温と少雨により、特区内の主要な原材料である大豆及び米の収量が平年を大きく下回ったことから、一部の食品製造事業者において生産計画の見直しを余儀なくされた。
""", 1)

    st += [P("３ 目標に向けた取組の進捗に関する評価", H1), P("① 評価指標", H2)]
    by_ind = {ikey: tkeys for ikey, _, _, tkeys in INDICATORS}
    by_target = {t[0]: t for t in TARGETS}
    for ikey, _, _, _ in INDICATORS:
        st.append(gline(ikey, pstyle("ind", GOTHIC, 10.5, 17, left=2 * EM, spaceBefore=4, keepWithNext=1)))
        for k in by_ind[ikey]:
            _, tnum, name, *_ = by_target[k]
            st += [P(f"数値目標{tnum}：{name}", LINE3), gline(f"{k}5", LINE3), gline(f"{k}b", LINE3)]
    st += [P("② 寄与度の考え方", H2)]
    st += paras("評価指標（1）の二つの数値目標は、いずれも企業集積の規模を表す基礎的な指標であり、同等の重みで評価するため、寄与度をそれぞれ50%とした。", 1)

    st += [P("③ 数値目標等の推移", H2), P("ア 分野別の主な成果指標", H3)]
    st += paras("特区計画に掲げる分野ごとの主な成果指標の推移は、次のとおりである。第２期計画の目標値は、令和５年度から令和９年度までの５年間の累計である。", 2)
    st += [caption(outcomes.title, "令和７年３月31日現在"), outcomes.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 第１期実績は、平成30年度から令和４年度までの５年間の累計である。",
        "※２ 高度専門人材は、桜川大学大学院食品バイオ専攻の修了者及び企業派遣研究員のうち、特区内の企業・研究機関に就職又は復職した者をいう。令和６年度の育成数は、就職状況の確認中のため「―」とした。",
    ])
    st += [P("イ 特区内の食品関連産業の推移", H3)]
    st += paras("区域内に事業所を有する食品関連企業の数等の推移は、次のとおりである。", 2)
    # allowed to start low on the page: it splits across the break, header not repeated
    st += [caption(trends.title, "各年度末現在", keep=False), trends.flowable(), Spacer(1, 2)]
    st += notes(["※３ 製造品出荷額等は、県が毎年実施する「食品関連産業実態調査」による。"])
    st += paras("""
令和２年度は、新型コロナウイルス感染症の影響による業務用需要の減少により、製造品出荷額等が前年度を下回った。
""", 2)

    st += [P("④ 目標達成に向けた実施スケジュール", H2)]
    st += paras("""
第２期計画では、令和７年度までに共同研究の成果を生かした機能性表示食品の届出支援体制を整え、令和８年度以降は、海外市場を見据えた商品開発と輸出の拡大に重点を移す。
""", 1)
    st += [P("【具体的な取組・成果】", LINE2)]
    st += bullets([
        "桜川大学と県農業総合研究センターが共同で「発酵素材ライブラリー」を整備し、県内企業への菌株の提供を開始した（令和６年度の提供件数47件）。",
        "機能性表示食品の届出に向けて、臨床試験の実施機関と県内企業を結び付ける相談窓口を県産業支援センター内に設置した。",
        "特区内の企業による食品工場の新設・増設が相次ぎ、設備投資額は当該年度の目標を上回った。",
    ], 2)

    st += [P("４ 規制の特例措置の活用状況", H1)]
    st += bullets([
        "特定農業者による特定酒類の製造事業（酒税法の特例）：特区内の農業者３者が、自ら生産した米を原料とする酒類の製造免許を取得した。",
        "農地転用許可の手続の迅速化：食品加工施設の整備に係る農地転用許可の標準処理期間を短縮し、２件の施設整備に活用した。",
    ], 0)
    st += [P("５ 財政・税制・金融上の支援措置の活用状況", H1)]
    st += paras("特区関連事業費の推移及び支援措置の活用件数は、次のとおりである。", 0)
    st += [caption(budget.title, "（単位：百万円）"), budget.flowable(), Spacer(1, 2)]
    st += notes(["※４ 民間投資は、特区関連企業への聞き取りによる設備投資額の合計であり、百万円未満を四捨五入している。"])
    st += [caption(support.title, "（件）"), support.flowable(), Spacer(1, 2)]
    st += paras("""
総合特区支援利子補給金は、食品工場の新設に係る設備資金の借入れに活用された。県独自の立地促進補助金の活用件数は、令和６年度に過去最多となった。
""", 0)

    st += [P("６ 総合評価", H1)]
    st += paras("""
第２期計画の２年目となる令和６年度は、原材料の不作という厳しい条件の下でも、設備投資額、新規雇用者数及び産学共同研究の件数が目標を上回った。機能性表示食品の届出件数は目標に届かなかったものの、相談窓口の設置等により届出の準備を進める企業が増えており、特区の取組はおおむね順調に進捗していると評価する。
分野別に見ると、研究開発分野では、産学共同研究の件数が２年連続で目標を上回った。一方、機能性表示食品の届出件数は、届出に必要な臨床試験の費用負担が中小企業にとって重く、目標を下回った。人材育成分野では、バイオ技術研修の修了者数が順調に増加している。
""", 0)
    st += [Spacer(1, 4), P("（問い合わせ先）桜川県 企画部 特区推進室　電話 028-010-4275", DATE_RIGHT)]
    return st


# ================================================================ document 3: subsidy guideline (docx)
RATES = [  # 補助事業の区分, 補助率 ("" = merged with the cell above), 上限 中小企業者, 上限 小規模事業者
    ("海外見本市・商談会への出展", "２分の１以内", "150万円", "200万円"),
    ("海外向け商品の開発・改良", "", "300万円", "400万円"),
    ("海外規格認証の取得", "", "250万円", "300万円"),
    ("越境ＥＣサイトへの出店", "３分の２以内", "80万円", "100万円"),
]
SCORES = [  # 審査項目, 主な審査の視点, 配点
    ("事業計画の具体性", "目標とする市場、販路開拓の手法及びスケジュールが具体的かつ実現可能なものとなっているか。", 30),
    ("海外市場の分析", "輸出先の市場動向、競合商品及び規制を十分に調査しているか。", 20),
    ("県内経済への波及効果", "県産原材料の活用や県内での雇用の創出が見込まれるか。", 25),
    ("事業の継続性", "補助事業の終了後も、自立的に海外展開を続けられる体制があるか。", 15),
    ("経費の妥当性", "経費の積算が事業内容に照らして適正であるか。", 10),
]
FIRST_TIME_BONUS = "30万円"  # added to the cap for a first-time exporter (※１)


def grant_specs():
    rates = TableSpec(
        key="rates", doc=GRANT_DOCX, title="補助率及び補助上限額",
        header=[["補助事業の区分", "補助率", "補助上限額", ""], ["", "", "中小企業者", "小規模事業者"]],
        rows=[list(r) for r in RATES], col_widths=[60 * mm, 34 * mm, 33 * mm, 33 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((1, 2), (1, 4))],
        unit={2: "万円", 3: "万円"},
    )
    scores = TableSpec(
        key="scores", doc=GRANT_DOCX, title="審査項目及び配点",
        header=[["審査項目", "主な審査の視点", "配点（点）"]],
        rows=[[a, b, fw(c)] for a, b, c in SCORES] + [["合計", "", fw(sum(c for *_, c in SCORES))]],
        col_widths=[40 * mm, 100 * mm, 20 * mm], spans=[((0, 6), (1, 6))], unit={2: "点"},
    )
    return rates, scores


def _docx_table(document, spec: TableSpec):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Mm, Pt

    nh = len(spec.header)
    data = [list(r) for r in spec.header] + [list(r) for r in spec.rows]
    table = document.add_table(rows=len(data), cols=len(data[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(data):
        for ci, text in enumerate(row):
            cell = table.cell(ri, ci)
            cell.width = Mm(spec.col_widths[ci] / mm)
            if text:
                run = cell.paragraphs[0].add_run(text)
                run.font.size = Pt(9.5)
                run.bold = ri < nh or row[spec.label_col] in spec.bold_rows
    for (c0, r0), (c1, r1) in spec.spans:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    return table


def _set_east_asian_font(style, name):
    from docx.oxml.ns import qn

    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _page_number_footer(section, department):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("－ ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    para._p.append(fld)
    para.add_run(" －")
    dept = section.footer.add_paragraph(department)
    dept.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_grant_docx(path: Path, specs):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    rates, scores = specs
    d = docx.Document()
    _set_east_asian_font(d.styles["Normal"], "ＭＳ 明朝")
    d.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        _set_east_asian_font(d.styles[name], "ＭＳ ゴシック")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.header.paragraphs[0].text = "令和７年度 桜川県食品産業海外展開支援補助金 募集要領"
    _page_number_footer(sec, "桜川県 農林水産部 食品輸出推進課")

    def para(text, align=None, indent_em=0):
        p = d.add_paragraph(text)
        if align:
            p.alignment = align
        if indent_em:
            p.paragraph_format.left_indent = Pt(10.5 * indent_em)
        return p

    para("令和７年度", WD_ALIGN_PARAGRAPH.CENTER)
    d.add_heading("桜川県食品産業海外展開支援補助金 募集要領", level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
    para("令和７年４月", WD_ALIGN_PARAGRAPH.RIGHT)
    para("桜川県 農林水産部 食品輸出推進課", WD_ALIGN_PARAGRAPH.RIGHT)

    d.add_heading("第１ 趣旨", level=1)
    para("この補助金は、県内の食品関連事業者が行う海外への販路開拓の取組に要する経費の一部を予算の範囲内で補助することにより、県産食品の輸出の拡大と県内食品産業の振興を図ることを目的とする。")
    d.add_heading("第２ 補助対象者", level=1)
    para("県内に本社又は主たる事業所を有する中小企業者（中小企業基本法第２条第１項に規定する者をいう。）であって、食品の製造、加工又は販売を行うもの。")
    para("このうち、常時使用する従業員の数が20人以下（商業又はサービス業を主たる事業とする者にあっては５人以下）の者を「小規模事業者」とする。", indent_em=1)

    d.add_heading("第３ 補助対象事業、補助率及び補助上限額", level=1)
    para("補助対象事業の区分ごとの補助率及び補助上限額は、次の表のとおりとする。")
    para(f"表１ {rates.title}")
    _docx_table(d, rates)
    for t in [
        f"※１ 初めて海外展開に取り組む事業者（過去３年間に輸出の実績がない者）は、上表の補助上限額に{FIRST_TIME_BONUS}を加算する。",
        "※２ 越境ＥＣサイトへの出店は、出店料及び初期登録費用に限る。",
        "※３ 補助金の額に千円未満の端数が生じた場合は、これを切り捨てる。",
    ]:
        para(t, indent_em=1)

    d.add_heading("第４ 補助対象経費", level=1)
    for t in [
        "(1) 海外見本市・商談会の出展料、小間装飾費及び通訳費",
        "(2) 海外向け商品の開発・改良に係る試作費、原材料費及びパッケージデザイン費",
        "(3) 海外規格認証（ハラール認証、FSSC22000等）の取得に係る審査料及びコンサルティング費",
        "(4) 越境ＥＣサイトへの出店料及び初期登録費用",
    ]:
        para(t, indent_em=1)
    para("ただし、旅費、人件費及び汎用性の高い備品の購入費は、補助の対象としない。")

    d.add_heading("第５ 募集期間等", level=1)
    for t in [
        "募集期間：令和７年５月19日（月）～令和７年６月27日（金）17時必着",
        "予算額：3,000万円",
        "補助事業期間：交付決定日から令和８年２月27日（金）まで",
        "実績報告期限：補助事業の完了日から起算して30日を経過する日又は令和８年３月６日（金）のいずれか早い日",
    ]:
        para(t, indent_em=1)

    d.add_heading("第６ 審査及び採択", level=1)
    para("申請内容は、外部有識者を含む「桜川県食品輸出支援事業審査会」において、次の審査項目及び配点により審査する。合計点が60点に満たない事業は、採択しない。")
    para(f"表２ {scores.title}")
    _docx_table(d, scores)
    para("※４ 合計点が同点の場合は、「県内経済への波及効果」の点数が高い事業を優先する。", indent_em=1)

    d.add_heading("第７ 申請書類", level=1)
    for i, t in enumerate([
        "交付申請書（様式第１号）",
        "事業計画書（様式第２号）",
        "収支予算書（様式第３号）",
        "直近の決算書（貸借対照表及び損益計算書）",
        "県税の納税証明書（未納がないことの証明）",
        "経費の見積書の写し",
    ], 1):
        para(f"({i}) {t}", indent_em=1)

    d.add_heading("第８ 問い合わせ先", level=1)
    para("桜川県 農林水産部 食品輸出推進課 輸出支援担当")
    para("電話：028-010-4630　電子メール：yushutsu@pref.sakuragawa.lg.jp", indent_em=1)

    props = d.core_properties
    fixed = datetime(2025, 4, 1, 9, 0, 0)
    props.author = props.last_modified_by = "桜川県 農林水産部 食品輸出推進課"
    props.title = "令和７年度 桜川県食品産業海外展開支援補助金 募集要領"
    props.created = props.modified = fixed
    props.revision = 1
    props.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    _write_zip_fixed(buf.getvalue(), path)


def _write_zip_fixed(data: bytes, path: Path):
    """Re-zip with fixed timestamps so the docx is byte-identical on every run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


def docx_text(path: Path) -> str:
    """Paragraphs and table rows in body order; a row's cells joined by tabs (merged cells once)."""
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(str(path))
    lines = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for tr in el.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.iter(qn("w:tc"))]
                lines.append("\t".join(cells))
    return "\n".join(lines)


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
QUESTIONS = [
    # --- mou (9): the partner profile
    dict(question="桜川県がビンラム省計画投資局と経済交流の覚書を結んだのはいつですか？",
         category="mou", doc=MOU_PDF, evidence=["MOU締結日 令和元年11月12日"], answer=["11月12日"],
         notes="label-value box; the history table gives only 令和元年11月, the day is in the box"),
    dict(question="ビンラム省側で桜川県との窓口になっている部署はどこですか？",
         category="mou", doc=MOU_PDF, evidence=["担当部署 対外経済室（日本デスク）"], answer=["対外経済室"],
         notes="label-value box (担当部署)"),
    dict(question="ビンラム省計画投資局に直接連絡したいのですが、電話番号を教えてください。",
         category="mou", doc=MOU_PDF, evidence=["電話番号 +84-270-3812-456"], answer=["+84-270-3812-456"],
         notes="label-value box; near misses: the support desk +84-270-3899-120, the prefecture 028-010-4512"),
    dict(question="ビンラム省との交流について県の担当課に問い合わせたい場合、電話番号は何番ですか？",
         category="mou", doc=MOU_PDF, evidence=["電話：028-010-4512"], answer=["028-010-4512"],
         notes="contact box with 「label：value」 lines; the partner's own number is in the profile box"),
    dict(question="ビンラム省計画投資局の所在地はどこですか？",
         category="mou", doc=MOU_PDF, evidence=["タンアン市 チャンフン通り45番地"], answer=["チャンフン通り45番地"],
         notes="label-value box (所在地)"),
    dict(question="桜川県がタンアン市にビジネスサポートデスクを開設したのは西暦何年ですか？",
         category="mou", doc=MOU_PDF, evidence=["平成30年７月 「桜川県ビジネスサポートデスク」"], answer=["2018年"],
         computed=True, notes="history table (年月 | 出来事); era conversion 平成30年 = 2018年"),
    dict(question="ビンラム省に進出している日系企業は何社ありますか？",
         category="mou", doc=MOU_PDF, evidence=["日系企業数 58社"], answer=["58社"],
         notes="two-column box (label | value | label | value); same row holds 主要産業"),
    dict(question="2024年度の桜川・ビンラム商談会には何社が参加しましたか？",
         category="mou", doc=MOU_PDF, evidence=["桜川・ビンラム商談会 令和６年９月 96 41"], answer=["41"],
         notes="exchange table, 参加企業数（社） column; 2024 = 令和６年度 (table title); 96 is 参加者数"),
    dict(question="令和６年度のビジネス研修団の受入れと人材交流意見交換会には、合わせて何人が参加しましたか？",
         category="mou", doc=MOU_PDF,
         evidence=["研修団の受入れ 令和６年６月 18", "人材交流意見交換会 令和６年11月 24"], answer=["42人"],
         computed=True, notes="exchange table: 18 + 24 = 42 (the 合計 row 138 also counts the 商談会)"),
    # --- kpi (16): the special-zone evaluation
    dict(question="さくらがわ次世代食品バイオ特区の令和６年度の設備投資額は、実績でいくらでしたか？",
         category="kpi", doc=ZONE_PDF, evidence=["特区関連企業の設備投資額", "当該年度実績値97億円"], answer=["97億円"],
         notes="(v) bracketed summary under 数値目標（1）－①; target 84億円 in the same line"),
    dict(question="評価指標（1）の食品バイオ関連産業の集積による地域経済の活性化は、全体で進捗度何％と評価されていますか？",
         category="kpi", doc=ZONE_PDF, evidence=["地域経済の活性化【進捗度112%】"], answer=["112%"],
         notes="(v) indicator-level bracket on the heading line; the two targets' brackets say 115% and 109%"),
    dict(question="機能性表示食品の届出件数について、2023年度から2027年度までの5年間の目標は何件ですか？",
         category="kpi", doc=ZONE_PDF, evidence=["機能性表示食品の届出件数", "累計：120件"], answer=["120件"],
         notes="(v) 5-year target line (label：value) above the bracket; Western range 2023-2027 = 令和５～９年度"),
    dict(question="2024年度に、県独自の立地促進補助金は何件活用されましたか？",
         category="kpi", doc=ZONE_PDF, evidence=["県独自の立地促進補助金 15 19 24"], answer=["24"],
         notes="(i) table without ruling lines; 2024 = 令和６年度, last column; unit 件 in the caption note"),
    dict(question="令和５年度に特区で活用された支援措置は、全部で何件でしたか？",
         category="kpi", doc=ZONE_PDF, evidence=["特区の支援措置の活用件数", "合計 24 32 38"], answer=["32"],
         notes="(i) 合計 row of the unruled table, middle column"),
    dict(question="令和６年度の特区関連事業費のうち、県費はいくらでしたか？",
         category="kpi", doc=ZONE_PDF, evidence=["特区関連事業費の推移", "県費 286 310 355"], answer=["355"],
         notes="(ii) unit only in the caption note （単位：百万円）: 355百万円 = ３億5,500万円"),
    dict(question="2023年度の特区関連事業費で、公費の小計はいくらですか？",
         category="kpi", doc=ZONE_PDF, evidence=["小計（公費） 793 950 1,074"], answer=["950"],
         notes="(ii) 小計 row; Western year 2023 = 令和５年度; unit 百万円 in the caption"),
    dict(question="令和元年度の特区内の食品関連企業の従業者数は何人でしたか？",
         category="kpi", doc=ZONE_PDF, evidence=["令和元年度 130 5,305 1,447"], answer=["5,305"],
         notes="(iii) continuation page: transposed table continued on page 3 without its header; 令和元年度 = 2019"),
    dict(question="2022年度の特区内の食品関連産業の製造品出荷額等はいくらでしたか？",
         category="kpi", doc=ZONE_PDF, evidence=["令和４年度 144 5,611 1,530"], answer=["1,530"],
         notes="(iii) continuation page: row on page 3, header (製造品出荷額等（億円）) only on page 2"),
    dict(question="人材育成分野の成果指標には、どのようなものがありますか？",
         category="kpi", doc=ZONE_PDF, evidence=["バイオ技術研修の修了者数", "高度専門人材の育成数"],
         answer=["バイオ技術研修の修了者数", "高度専門人材の育成数"],
         notes="(iv) rowspan: 分野 人材育成 spans two indicator rows; the second row has no 分野 label"),
    dict(question="2024年度の高度専門人材の育成数は何人でしたか？",
         category="kpi", doc=ZONE_PDF, evidence=["高度専門人材の育成数 人 48 11 ―", "就職状況の確認中"], answer=["確認中"],
         notes="(iv) rowspan group 人材育成, second row; cell ― explained by footnote ※２; must not invent a figure"),
    dict(question="2018年度から2022年度までの第１期に、特区で行われた産学共同研究は何件でしたか？",
         category="kpi", doc=ZONE_PDF, evidence=["産学共同研究の件数 件 86"], answer=["86"],
         notes="(vi) period-range column 第１期実績（平成30～令和４年度）; Western range"),
    dict(question="特区関連企業の立地件数について、第２期計画の目標は何社ですか？",
         category="kpi", doc=ZONE_PDF, evidence=["特区関連企業の立地件数 社 23 ６ ８ 40"], answer=["40"],
         notes="(vi) period-range column 第２期目標（令和５～９年度）; (iv) first row of the 産業集積 group"),
    dict(question="第２期計画の産学共同研究の件数の目標に対して、2024年度までの実績は何％まで達していますか？",
         category="kpi", doc=ZONE_PDF, evidence=["産学共同研究の件数 件 86 21 27 100"], answer=["48%"],
         computed=True, notes="(iv)+(vi) achievement rate: (21 + 27) / 100 = 48% (第１期 86 is not part of 第２期)"),
    dict(question="令和６年度の特区関連の民間投資は、前年度から何百万円増えましたか？",
         category="kpi", doc=ZONE_PDF, evidence=["民間投資 6,240 8,315 9,720"], answer=["1,405"],
         computed=True, notes="(ii) difference 9,720 - 8,315 = 1,405 (百万円)"),
    # --- subsidy (7): the grant guideline (docx)
    dict(question="食品産業海外展開支援補助金で、小規模事業者が海外規格認証を取得する場合の補助上限額はいくらですか？",
         category="subsidy", doc=GRANT_DOCX, evidence=["海外規格認証の取得 250万円 300万円"], answer=["300万円"],
         notes="docx table, two-row header: 補助上限額 spans 中小企業者 / 小規模事業者"),
    dict(question="中小企業者が海外向け商品の開発・改良を行う場合、補助率はどれくらいですか？",
         category="subsidy", doc=GRANT_DOCX,
         evidence=["商談会への出展 ２分の１以内", "海外向け商品の開発・改良"], answer=["２分の１以内"],
         notes="docx vertically merged 補助率 cell: printed once in the first of three rows"),
    dict(question="2025年度の海外展開支援補助金の募集は、いつ締め切られますか？",
         category="subsidy", doc=GRANT_DOCX, evidence=["令和７年６月27日（金）17時必着"], answer=["6月27日"],
         notes="label：value line (募集期間); Western year 2025 = 令和７年"),
    dict(question="海外展開支援補助金の審査で、「海外市場の分析」の配点は何点ですか？",
         category="subsidy", doc=GRANT_DOCX, evidence=["海外市場の分析", "十分に調査しているか。 20"], answer=["20"],
         notes="docx scoring table; a text column (主な審査の視点) sits between the label and the score"),
    dict(question="食品産業海外展開支援補助金の予算額はいくらですか？",
         category="subsidy", doc=GRANT_DOCX, evidence=["予算額：3,000万円"], answer=["3,000万円"],
         notes="label：value line"),
    dict(question="海外展開支援補助金で採択されるためには、審査で何点以上が必要ですか？",
         category="subsidy", doc=GRANT_DOCX, evidence=["合計点が60点に満たない事業は"], answer=["60点"],
         notes="prose beside the scoring table; the table's 合計 row says 100"),
    dict(question="初めて海外展開に取り組む小規模事業者が海外の見本市に出展する場合、補助上限額は最大でいくらになりますか？",
         category="subsidy", doc=GRANT_DOCX,
         evidence=["商談会への出展 ２分の１以内 150万円 200万円", "補助上限額に30万円を加算"], answer=["230万円"],
         computed=True, notes="docx table cap 200万円 + footnote ※１ 加算 30万円"),
    # --- unanswerable (4): topic present, detail absent (doc null)
    dict(question="ビンラム省計画投資局の職員数は何人ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the profile lists 機関名, 代表者, 設立 … but no staff count",
         absent=["職員数", "職員は", "人員"]),
    dict(question="さくらがわ次世代食品バイオ特区には、令和６年度に何人が視察に訪れましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the evaluation gives many KPIs but no visitor count; 視察 occurs only in the MOU profile",
         absent=["視察者", "視察件数", "視察受入", "来訪者"]),
    dict(question="食品産業海外展開支援補助金の採択予定件数は何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the budget (3,000万円) but no planned number of awards",
         absent=["採択予定", "採択件数"]),
    dict(question="特区内の食品関連産業の令和６年度の製造品出荷額等のうち、輸出額はいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="出荷額 (1,642億円) is given, its export share is not",
         absent=["輸出額", "輸出比率"]),
]
CATEGORY_COUNTS = {"mou": 9, "kpi": 15, "subsidy": 7, "unanswerable": 4}


# ================================================================ build + check
def main(out: Path) -> int:
    docs_dir, text_dir = output_dirs(out)
    mspecs, zspecs, gspecs = mou_specs(), zone_specs(), grant_specs()
    zlines = zone_line_golds()
    mdoc = build_pdf(docs_dir / MOU_PDF, mspecs, mou_story(mspecs),
                     "桜川県 海外連携機関プロフィール（ビンラム省計画投資局）", "令和７年８月",
                     "桜川県 商工観光部 国際経済課")
    zdoc = build_pdf(docs_dir / ZONE_PDF, zspecs, zone_story(zspecs, zlines),
                     "さくらがわ次世代食品バイオ特区 令和６年度評価書", "桜川県・桜川市・みずほ野町",
                     "桜川県 企画部 特区推進室", zlines)
    build_grant_docx(docs_dir / GRANT_DOCX, gspecs)

    gold = all_gold(mdoc.row_pages, zdoc.row_pages, zdoc.line_pages)
    write_jsonl(out / "tables.jsonl", gold)
    questions = expected_questions()
    write_jsonl(out / "questions.jsonl", questions)

    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)

    errors = check_files(out)
    report(questions, gold, pages, {n: (docs_dir / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


def all_gold(mou_pages, zone_pages, line_pages) -> list[dict]:
    """Every gold cell, in document order; the *_pages map rows and lines to the pages drawn."""
    gold = []
    for spec in mou_specs():
        gold += gold_records(spec, mou_pages)
    for g in zone_line_golds():
        pages = line_pages[g.key]
        assert len(pages) == 1, (g.key, pages)
        gold += g.records(next(iter(pages)))
    for spec in zone_specs():
        gold += gold_records(spec, zone_pages)
    for spec in grant_specs():
        gold += gold_records(spec, {})
    return [{"id": f"h{i:03d}", **g} for i, g in enumerate(gold, 1)]


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, "h")


def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    """pypdf text per page of each PDF; the docx as one page (see docx_text)."""
    pages = pdf_pages(docs_dir, (MOU_PDF, ZONE_PDF))
    pages[GRANT_DOCX] = [docx_text(docs_dir / GRANT_DOCX)]
    return pages


# ================================================================ checks
PDF_GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
                 "number", "unit", "page"]
DOCX_GOLD_KEYS = PDF_GOLD_KEYS + ["line"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {MOU_PDF: (2, 3), ZONE_PDF: (4, 5)}
MAX_FILE_BYTES = 200_000
EVIDENCE_LEN = (4, 24)  # after norm; the pdfdev rule (< 25) so evidence stays a citation, not a dump


def check_files(out: Path) -> list[str]:
    """Check the set as stored under `out` (documents, text, gold, questions); return errors."""
    errors = []
    docs_dir = out / DOCS_DIR
    pages = extract_pages(docs_dir)
    errors += check_texts(out, pages)
    for f in sorted(out.rglob("*")):
        if f.is_file() and f.suffix in {".pdf", ".docx", ".txt", ".jsonl"} and f.stat().st_size >= MAX_FILE_BYTES:
            errors.append(f"{f.relative_to(out)} is not < 200 KB")
    questions, gold = read_jsonl(out / "questions.jsonl"), read_jsonl(out / "tables.jsonl")
    if questions != expected_questions():
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout.py")
    return errors + check(questions, gold, pages)


def check(questions: list[dict], gold: list[dict], pages: dict[str, list[str]]) -> list[str]:
    """Consistency of questions and gold cells with the documents' extracted text."""
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    return errors


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    for i, q in enumerate(questions, 1):
        qid = q.get("id")
        if qid != f"h{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected h{i:02d}")
        keys = set(q) - {"computed"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        if q["doc"] is None:
            errors += check_unanswerable(qid, q, absent.get(q["question"]), doc_text)
            continue
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.4, 0.6))
    hard = sum(any(k in q["notes"] for k in ("continuation page", "rowspan")) for q in questions)
    if hard < 3:
        errors.append(f"only {hard} questions need a continuation-page or rowspan cell")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    return errors


class GoldIndex:
    """Look up gold numbers by (table, row, column) for the computed-answer checks."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"]): g for g in gold}

    def __call__(self, table, row, column):
        return self.cells[(table, row, column)]["number"]


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h06": lambda g: f"{era_year('平成', '30')}年",
    "h09": lambda g: f"{g('令和６年度 主な交流事業の実績', 'ビンラム省ビジネス研修団の受入れ', '参加者数（人）') + g('令和６年度 主な交流事業の実績', '送出し機関との人材交流意見交換会', '参加者数（人）')}人",
    "h23": lambda g: f"{pct(g('分野別の主な成果指標', '産学共同研究の件数', '令和５年度') + g('分野別の主な成果指標', '産学共同研究の件数', '令和６年度'), g('分野別の主な成果指標', '産学共同研究の件数', '第２期目標（令和５～９年度）'))}%",
    "h24": lambda g: f"{g('特区関連事業費の推移', '民間投資', '令和６年度') - g('特区関連事業費の推移', '民間投資', '令和５年度'):,}",
    "h31": lambda g: f"{g('補助率及び補助上限額', '海外見本市・商談会への出展', '小規模事業者') + int(FIRST_TIME_BONUS.removesuffix('万円'))}万円",
}


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in mou_specs() + zone_specs() + grant_specs()}
    lines = {(g.table, g.text) for g in zone_line_golds()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(g):
        return norm(pages[g["doc"]][(g["page"] or 1) - 1])

    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(any_page, any_page, any_page), "make_heldout.py")

    for i, g in enumerate(gold, 1):
        keys = DOCX_GOLD_KEYS if g.get("doc") == GRANT_DOCX else PDF_GOLD_KEYS
        if list(g) != keys:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"h{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if (g["page"] is None) != (g["doc"] == GRANT_DOCX):
            errors.append(f"{g['id']}: page {g['page']!r} for {g['doc']}")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if g["number"] is not None and g["unit"] is None:
            errors.append(f"{g['id']}: number without unit")
        for s in (g["value"], g["row"]):
            if norm(s) not in page_text(g):
                errors.append(f"{g['id']}: {s!r} not on page {g['page']} of {g['doc']}")
        # a table continued without its header has its column labels on its first page only
        first = min((x["page"] or 1 for x in gold if x["table"] == g["table"]), default=1)
        if norm(g["column"]) not in norm(pages[g["doc"]][first - 1]):
            errors.append(f"{g['id']}: column {g['column']!r} not on page {first} of {g['doc']}")
        if norm(g["table"]) not in doc_text[g["doc"]]:
            errors.append(f"{g['id']}: table title not in text")
    errors += check_row_sequences(specs, gold, page_text)
    for table, text in lines:
        hits = [g for g in gold if g["table"] == table and norm(g["value"]) in norm(text)]
        if not hits or norm(text) not in page_text(hits[0]):
            errors.append(f"line {text!r} not on the page of its gold cells")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """合計 rows add up the rows above them (小計 rows excluded); 進捗度 = 実績値 / 目標値."""
    errors = []
    by_table = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        by_table[g["table"]][g["row"]][g["column"]] = g["number"]
    for table, rows in by_table.items():
        if "合計" in rows:
            for col, total in rows["合計"].items():
                parts = [r.get(col) or 0 for label, r in rows.items() if label != "合計" and not label.startswith("小計")]
                if sum(parts) != total:
                    errors.append(f"{table}: 合計 of {col} is {total}, rows add up to {sum(parts)}")
        for label, r in rows.items():
            if label.startswith("小計"):
                names = [n for n in rows if n not in ("合計", label) and n != PRIVATE[0]]
                for col, sub in r.items():
                    if sum(rows[n][col] for n in names) != sub:
                        errors.append(f"{table}: {label} of {col} does not add up")
        if {"目標値", "実績値", "進捗度"} <= set(rows):
            t, a, p = rows["目標値"]["当該年度"], rows["実績値"]["当該年度"], rows["進捗度"]["当該年度"]
            if pct(a, t) != p:
                errors.append(f"{table}: 進捗度 {p} but {a}/{t} = {pct(a, t)}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    """The layouts the set promises are really there."""
    errors = []
    trend_pages = sorted({g["page"] for g in gold if g["table"] == "特区内の食品関連産業の推移"})
    if len(trend_pages) != 2:
        errors.append(f"the transposed table is on pages {trend_pages}, expected a page break inside it")
    else:
        header = norm("年度食品関連企業数（社）従業者数（人）")
        on = [i + 1 for i, p in enumerate(pages[ZONE_PDF]) if header in norm(p)]
        if on != trend_pages[:1]:
            errors.append(f"the transposed table's header is on pages {on}, expected only {trend_pages[0]}")
    ranges = [g for g in gold if g["fiscal_year_range"]]
    if not any(g["fiscal_year_range"] == [2018, 2022] for g in ranges):
        errors.append("no gold cell in a 平成30～令和４年度 column")
    if not any(g["value"] == UNKNOWN for g in gold) or not any(g["value"] == DASH for g in gold):
        errors.append("the set needs both a ― and a － cell")
    return errors

if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
