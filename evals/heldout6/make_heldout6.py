"""Build the 月影県 held-out set 6: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (月影県 and every town, programme, organisation, person, phone
number, address, URL and figure; the foreign cities visited are real places, but every meeting,
partner and result is invented). The documents are in three genres the earlier sets do not
use: a mid-term review of a prefectural international economic strategy (国際経済戦略), a report
on a business mission (経済ミッション) to two foreign cities, and a guide to a special-zone
regulatory exception for foreign entrepreneurs (外国人創業活動促進事業); see README.md beside
this file.

    python make_heldout6.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout5/make_heldout5.py; the helpers are in ../docgen.py. The gold cells are generated from
the same specs that draw the tables; PDF page numbers are recorded while reportlab lays the
pages out. The output is byte-identical on every run (reportlab ``invariant=True``). The
script exits 1 if any check fails.
"""


import datetime
import re
import sys
import unicodedata
from collections import defaultdict
from decimal import Decimal
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
    numbered_questions,
    output_dirs,
    pct,
    pdf_pages,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

STRATEGY_PDF = "tsukikage_kokusai_keizai_senryaku_chukan_hyoka.pdf"
MISSION_PDF = "tsukikage_hokubei_keizai_mission_r6.pdf"
TOKKU_PDF = "tsukikage_gaikokujin_sogyo_tokku_annai.pdf"
ALL_PDFS = (STRATEGY_PDF, MISSION_PDF, TOKKU_PDF)

# UNKNOWN ― = no figure (the indicator was not measured yet, or the event was not held)
UNITS = ("万人泊", "億円", "万円", "団体", "か所", "件", "社", "人", "%")
GROUP_SEP = "／"  # joins the header levels of a two-level header in a gold column label


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
    """(number, unit) as printed after NFKC; (None, None) for dashes, grades and text."""
    return docgen.parse_number(value, UNITS)


def label(s: str) -> str:
    """A row or column label as the gold records it: a label printed on two lines is joined."""
    return s.replace("\n", "")


def unit_in_label(row, c):
    """The unit at the end of a row label (海外展開に取り組む県内企業数（社） -> 社), else None."""
    m = re.search(r"（([^（）]+)）$", label(row[0]))
    return m.group(1) if m else None


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf.

    The gold column label joins, top to bottom, every header cell printed above a column:
    the cell itself, or a header cell spanning it from the left in the same header row. So
    under 実績 (spanning three year columns) the label is 実績／令和４年度, and a cell that
    spans both header rows (評価) is one label. The column's fiscal year is the year one of
    those parts names."""

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
            "fiscal_year": fy, "fiscal_year_range": None,
            "value": value, "number": number, "unit": unit, "page": next(iter(pages)),
        })
    return out


class P(docgen.P):
    """docgen's paragraph, which reportlab can also split across a page break (the split
    passes reportlab's own keyword arguments, which docgen's P does not accept)."""

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


def num(x) -> str:
    """A table number: ints as docgen prints them, decimals (given as strings) as written."""
    return x if isinstance(x, str) else cell(x)


PREF = "月影県"
CIRCLED = "①②③④⑤⑥⑦⑧⑨"

# ================================================================ document 1: strategy mid-term review
STRATEGY = f"{PREF}国際経済戦略"
STRATEGY_DEPT = f"{PREF} 商工観光部 国際経済戦略課"
PILLARS = [  # 見出し, 主な取組, 成果指標 (row labels of table (a) without the unit), 担当課
    ("県内企業の海外展開の促進",
     "海外見本市への出展支援、海外バイヤーを招いた県内商談会の開催、越境ＥＣへの出店支援",
     ("海外展開に取り組む県内企業数", "海外商談会での成約件数"), "商工観光部 国際経済戦略課"),
    ("県産品の輸出拡大",
     "輸出向け産地の育成、海外の日系スーパーでの「月影フェア」の開催、輸出規制に関する相談窓口の設置",
     ("県産農林水産物の輸出額",), "農林水産部 販路拡大課"),
    ("海外からの投資と人材の呼び込み",
     "外資系企業の誘致活動、国際創業特区による外国人起業家の支援、留学生と県内企業の就職マッチング",
     ("外資系企業の立地件数（累計）", "外国人留学生の県内就職者数"), "商工観光部 企業誘致課"),
    ("国際観光と交流による稼ぐ力の強化",
     "海外旅行会社の招へい、多言語による観光情報の発信、友好提携先との相互訪問",
     ("外国人延べ宿泊者数",), "商工観光部 観光誘客課"),
]
KPIS = [  # 成果指標（単位）, 基準値 令和３年度, 実績 令和４・５・６年度, 目標 令和８年度, 評価
    ("海外展開に取り組む県内企業数（社）", 268, 295, 331, 362, 420, "Ｂ"),
    ("海外商談会での成約件数（件）", 86, 97, 112, 128, 150, "Ｂ"),
    ("県産農林水産物の輸出額（億円）", "38.4", "41.2", "45.9", "54.1", "60.0", "Ａ"),
    ("外資系企業の立地件数（累計）（件）", 9, 11, 14, 16, 25, "Ｃ"),
    ("外国人留学生の県内就職者数（人）", None, 54, 61, 73, 100, "Ｃ"),
    ("外国人延べ宿泊者数（万人泊）", "4.2", "9.8", "29.7", "41.5", "48.0", "Ａ"),
]
DOUBLE_COUNTED = 7  # of the 令和６年度 海外商談会での成約件数 128 (note ※３): 128 - 7 = 121
REFERENCE = [  # 参考指標（単位）, 令和３年度（基準値）, 令和４・５・６年度, 令和８年度（目標）
    ("海外見本市への出展企業数（社）", 24, 31, 38, 45, 50),
    ("海外バイヤーの招へい数（人）", None, 18, 26, 33, 40),
    ("越境ＥＣに取り組む県内企業数（社）", 17, 25, 36, 48, 60),
    ("外資系企業の県内雇用者数（人）", 1240, 1310, 1385, 1452, 1600),
    ("外国語対応の観光案内所数（か所）", 14, 17, 19, 22, 25),
]
GRADE_RULE = ((Decimal("0.7"), "Ａ"), (Decimal("0.5"), "Ｂ"), (Decimal("0"), "Ｃ"))  # note ※１


def strategy_specs():
    kpis = TableSpec(
        key="kpis", doc=STRATEGY_PDF, title="成果指標の達成状況",
        header=[["成果指標", "基準値", "実績", "", "", "目標", "評価"],
                ["", "令和３年度", "令和４年度", "令和５年度", "令和６年度", "令和８年度", ""]],
        rows=[[n] + [num(x) for x in v] + [g] for n, *v, g in KPIS],
        col_widths=[60 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm, 11 * mm],
        unit=lambda row, c: unit_in_label(row, c),
        spans=[((0, 0), (0, 1)), ((2, 0), (4, 0)), ((6, 0), (6, 1))],
    )
    reference = TableSpec(
        key="reference", doc=STRATEGY_PDF, title="参考指標の推移",
        header=[["参考指標", "令和３年度\n（基準値）", "令和４年度", "令和５年度", "令和６年度", "令和８年度\n（目標）"]],
        rows=[[n] + [num(x) for x in v] for n, *v in REFERENCE],
        col_widths=[62 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm],
        unit=lambda row, c: unit_in_label(row, c), ruled=False,
    )
    return kpis, reference


def strategy_story(specs):
    kpis, reference = specs
    st = [Spacer(1, 2 * mm), P(STRATEGY, SUBTITLE), P("中間評価報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年９月", DATE_RIGHT), P(STRATEGY_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　中間評価の趣旨", H1)]
    st += paras(f"""
{STRATEGY}（以下「戦略」という。）は、県内企業の海外展開、県産品の輸出、海外からの投資と人材の呼び込み及び国際観光の４つを柱として、令和４年度から取組を進めている。計画期間の折り返しを迎えたことから、令和６年度までの成果指標の実績を基に取組の進み具合を評価し、計画期間の後半に向けた取組の方向性を取りまとめた。
""", 0)

    st += [P("２　戦略の概要", H1)]
    st += lv_lines([
        ("計画期間", "令和４年度から令和８年度までの５年間"),
        ("基本目標", "世界とつながり、地域が稼ぐ月影県"),
        ("推進体制", f"{STRATEGY}推進会議（会長：{PREF}知事、構成団体28）"),
    ], 0)

    st += [P("３　柱ごとの取組状況", H1)]
    st += paras("戦略の４つの柱について、主な取組、成果指標及び担当課は次のとおりである。", 0)
    for i, (theme, work, indicators, dept) in enumerate(PILLARS, 1):
        st += [P(f"柱{fw(i)}　{theme}", H2)]
        st += lv_lines([("主な取組", work), ("成果指標", "、".join(indicators)), ("担当課", dept)], 1)

    st += [P("４　成果指標の達成状況", H1)]
    st += [P("(1) 数値目標", H2)]
    st += paras("戦略で数値目標を定めた６つの成果指標の実績は、次のとおりである。", 0)
    st += [caption(kpis.title), kpis.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 評価は、令和６年度の実績が基準値から目標値までの差のどこまで進んだかによる（７割以上をＡ：目標達成の見込み、"
        "５割以上７割未満をＢ：おおむね順調、５割未満をＣ：遅れている、とした。）。",
        "※２ 外国人留学生の県内就職者数は、令和４年度から把握を始めたため、基準値を「―」とし、令和４年度の実績を基準として評価した。",
        f"※３ 令和６年度の海外商談会での成約件数{KPIS[1][4]}件には、二つの商談会で重複して計上した{fw(DOUBLE_COUNTED)}件が含まれていた。"
        f"正しくは{KPIS[1][4] - DOUBLE_COUNTED}件であり、評価は正しい件数による。",
    ])
    st += [P("(2) 参考指標", H2)]
    st += paras("取組の状況を補足的に把握するため、次の参考指標の推移を追っている。", 0)
    st += [caption(reference.title), reference.flowable(), Spacer(1, 2)]
    st += notes(["※４ 令和３年度は、海外バイヤーを招いた県内商談会を開催しなかったため、基準値を「―」とした。"])

    counts = {g: sum(k[-1] == g for k in KPIS) for g in "ＡＢＣ"}
    st += [P("５　中間評価の総括", H1)]
    st += paras(f"""
６つの成果指標のうち、Ａ評価が{fw(counts['Ａ'])}指標、Ｂ評価が{fw(counts['Ｂ'])}指標、Ｃ評価が{fw(counts['Ｃ'])}指標であった。県産農林水産物の輸出額と外国人延べ宿泊者数は、円安を背景に大きく伸びた。一方、外資系企業の立地件数は、候補地となる産業用地の不足から伸び悩んでおり、外国人留学生の県内就職者数も目標との差が大きい。
""", 0)
    st += [P("６　計画期間後半の取組の方向性", H1)]
    st += paras("""
Ｃ評価となった２指標に重点を置き、産業用地の確保に向けた市町との共同調査と、留学生を対象とした県内企業でのインターンシップの拡充に取り組む。また、重複計上の再発を防ぐため、商談会の成約件数は案件ごとの台帳で一元的に集計する。
""", 0)
    st += [CondPageBreak(35 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{STRATEGY_DEPT} 戦略推進担当",
        "電話：099-060-1120　ファクス：099-060-1129",
        "電子メール：senryaku@pref.tsukikage.example.jp",
    ]))
    return st


# ================================================================ document 2: business mission report
MISSION = f"{PREF}北米経済ミッション"
MISSION_DEPT = f"{PREF} 商工観光部 国際経済戦略課"
CITIES = ("シアトル市", "バンクーバー市")
ITINERARY = [  # (date, text); the weekday is printed from the date and checked
    (datetime.date(2024, 10, 15), "羽田空港発、シアトル市着。現地日系団体主催の歓迎レセプション"),
    (datetime.date(2024, 10, 16), "シアトル市：州政府の貿易担当部局との意見交換、月影県産品商談会"),
    (datetime.date(2024, 10, 17), "シアトル市：港湾施設及び現地スーパーマーケットの視察"),
    (datetime.date(2024, 10, 18), "陸路でバンクーバー市へ移動。日系商工団体との交流会"),
    (datetime.date(2024, 10, 19), "バンクーバー市：日本食品見本市「ジャパン・フード・ショーケース」への共同出展"),
    (datetime.date(2024, 10, 21), "バンクーバー市：月影県産品商談会、州政府の国際貿易担当部局への表敬訪問"),
    (datetime.date(2024, 10, 22), "バンクーバー市発（機中泊）"),
    (datetime.date(2024, 10, 23), "羽田空港着、解散"),
]
INDUSTRIES = [  # 業種, 団体数, 参加者数
    ("食品製造業", 5, 11),
    ("酒類製造業", 3, 6),
    ("農業・農業法人", 2, 4),
    ("水産加工業", 2, 5),
    ("製材・木製品製造業", 2, 4),
    ("機械器具製造業", 3, 7),
    ("電子部品製造業", 2, 5),
    ("化学製品製造業", 1, 2),
    ("伝統工芸品製造業", 2, 4),
    ("情報通信業", 2, 4),
    ("観光・宿泊業", 2, 5),
    ("物流・運輸業", 1, 3),
    ("卸売業・商社", 2, 4),
    ("金融機関", 1, 2),
    ("経済団体・支援機関", 3, 6),
]
RESULTS = [  # 訪問都市, 商談件数, 成約見込み件数, 成約見込み額（万円）
    ("シアトル市", 146, 23, 8450),
    ("バンクーバー市", 118, 19, 9120),
]
CITY_ACTIVITIES = [  # 訪問都市, 商談会の会場, 主な面談先, 概要
    ("シアトル市", "ウォーターフロント・コンベンションホール",
     "州政府の貿易担当部局、港湾管理者、現地の日本食品輸入業者",
     "商談会には現地のバイヤー48社が来場し、県産の日本酒、調味料及び木製家具に関心が集まった。港湾施設の視察では、冷凍コンテナによる水産物の輸送と通関の手順について説明を受けた。"),
    ("バンクーバー市", "ハーバーサイド・トレードセンター",
     "州政府の国際貿易担当部局、日系商工団体、現地の酒類輸入業者",
     "見本市「ジャパン・フード・ショーケース」では、県の共同ブースに約1,200人が訪れた。商談会には現地のバイヤー41社が来場し、日本酒と水産加工品への引き合いが特に強かった。州政府の国際貿易担当部局への表敬訪問では、県内企業の現地での販路開拓に向けた情報提供について協力を依頼した。"),
]
FIRST_TIMERS = 14  # 参加団体のうち海外での商談が初めての団体 (stated in the prose)
ESCORTS = 9  # 県の随行職員 (note ※１), not in the participant table


def mission_specs():
    total = ["合計"] + [fw(sum(r[i] for r in INDUSTRIES)) for i in (1, 2)]
    industries = TableSpec(
        key="industries", doc=MISSION_PDF, title="業種別の参加者数",
        header=[["業種", "団体数", "参加者数"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in INDUSTRIES] + [total],
        col_widths=[70 * mm, 30 * mm, 30 * mm], unit={1: "団体", 2: "人"}, repeat_header=False,
    )
    rtotal = ["合計"] + [fw(sum(r[i] for r in RESULTS)) for i in (1, 2, 3)]
    results = TableSpec(
        key="results", doc=MISSION_PDF, title="訪問都市別の商談の成果",
        header=[["訪問都市", "商談件数（件）", "成約見込み件数（件）", "成約見込み額（万円）"]],
        rows=[[n] + [fw(x) for x in v] for n, *v in RESULTS] + [rtotal],
        col_widths=[36 * mm, 36 * mm, 44 * mm, 44 * mm], unit={1: "件", 2: "件", 3: "万円"},
    )
    return industries, results


def mission_story(specs):
    industries, results = specs
    n_groups = sum(r[1] for r in INDUSTRIES)
    n_people = sum(r[2] for r in INDUSTRIES)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{MISSION} 実施報告書", TITLE), Spacer(1, 1 * mm),
          P("令和６年12月", DATE_RIGHT), P(MISSION_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１．ミッションの概要", H1)]
    st += lv_lines([
        ("名称", MISSION),
        ("期間", "令和６年10月15日（火）から10月23日（水）まで（９日間）"),
        ("訪問先", "シアトル市（アメリカ合衆国ワシントン州）、バンクーバー市（カナダ ブリティッシュコロンビア州）"),
        ("団長", f"{PREF}副知事 水城 晴彦"),
        ("主催", f"{PREF}、{PREF}商工会議所連合会"),
        ("参加者", f"県内の企業・団体{n_groups}団体、{n_people}人（県の随行職員を除く。）"),
    ], 0)

    st += [P("２．目的", H1)]
    st += paras(f"""
北米西海岸では日本食と日本酒の人気が高まっており、県産品の新たな販路として期待が大きい。また、両都市は港湾物流の拠点でもあり、県内の製造業にとっても部品供給や共同開発の相手を探す好機がある。本ミッションは、県内企業と現地企業との商談の場を設けるとともに、州政府の貿易担当部局との関係を築き、県内企業の北米市場への参入を後押しすることを目的として実施した。
""", 0)

    st += [P("３．日程", H1)]
    st += numbered([f"{CIRCLED[i]} {d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）　{t}"
                    for i, (d, t) in enumerate(ITINERARY)], 0)
    st += paras("10月20日（日）は、参加者ごとの自主的な市場調査に充てた。", 0)

    st += [P("４．訪問先での主な活動", H1)]
    for i, (city, venue, met, text) in enumerate(CITY_ACTIVITIES, 1):
        st += [P(f"（{fw(i)}）{city}", H2)]
        st += lv_lines([("商談会の会場", venue), ("主な面談先", met)], 1)
        st += paras(text, 1)

    st += [P("５．商談の成果", H1)]
    st += paras("""
両都市で開催した商談会の結果は、次のとおりである。商談件数はシアトル市の方が多かったが、成約見込み額ではバンクーバー市が上回った。バンクーバー市では、日本酒と水産加工品について現地の輸入業者から継続取引の申出が相次いだ。
""", 0)
    st += [caption(results.title), results.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 成約見込みは、商談後の参加企業へのアンケートで「成約の可能性が高い」と回答のあった案件である。",
        "※２ 成約見込み額は、１米ドル＝150円、１カナダドル＝110円で円に換算した。",
    ])
    st += paras("""
分野別にみると、商談件数の６割近くを食品・酒類が占めた。機械・電子部品の分野では件数は少ないものの、シアトル市の航空機部品メーカーとの間で試作品の提供に向けた協議が始まるなど、今後の展開が期待される案件が生まれた。
""", 0)

    st += [P("６．参加者の内訳", H1)]
    st += paras(f"""
参加者の業種は、食品・酒類の製造業から機械・電子部品の製造業、情報通信業、物流業まで幅広く、商談会には全ての参加企業が出展した。参加者のうち、海外での商談が初めての企業・団体は{FIRST_TIMERS}団体で、全体の４割を超えた。事前研修として、令和６年８月と９月に輸出手続と現地の商習慣に関する説明会を計２回開催した。業種別の参加者数は、次のとおりである。
""", 0)
    st += [caption(industries.title, "（単位：団体、人）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 県の随行職員{fw(ESCORTS)}人は含まない。複数の業種にまたがる企業は、主な業種に計上した。"])

    st += [P("７．今後の対応", H1)]
    st += paras("""
令和７年２月に参加企業へのフォローアップ調査を行い、成約に至った案件と課題を把握する。また、バンクーバー市の輸入業者を県内に招き、産地の視察と個別商談を行う予定である。
""", 0)
    st += [CondPageBreak(35 * mm), P("８．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MISSION_DEPT} 海外ビジネス担当",
        "電話：099-060-2231　ファクス：099-060-2239",
        "電子メール：mission@pref.tsukikage.example.jp",
    ]))
    return st


# ================================================================ document 3: special-zone exception guide
TOKKU = f"{PREF}国際創業特区"
TOKKU_DEPT = f"{PREF} 商工観光部 企業誘致課"
DESK = f"{PREF}国際創業サポートデスク"
NATIONS = ("中国", "米国", "ベトナム", "インド", "その他")
CERTIFIED = [  # 年度, 中国, 米国, ベトナム, インド, その他
    ("令和２年度", 1, 0, 1, 0, 1),
    ("令和３年度", 2, 1, 1, 0, 1),
    ("令和４年度", 3, 2, 2, 1, 1),
    ("令和５年度", 4, 1, 3, 2, 2),
    ("令和６年度", 5, 3, 4, 2, 3),
]
PROCEDURE = [  # (label, text)
    ("事前相談", f"{DESK}で、事業の内容や必要な書類について相談します。"),
    ("認定申請", "創業活動計画書等の書類を県に提出します。"),
    ("審査", "県が計画の内容と実現の見込みを審査します（提出から概ね１か月）。"),
    ("証明書の交付", "県から「創業活動認定証明書」が交付されます。"),
    ("在留資格の申請", "証明書を添えて、出入国在留管理局に在留資格認定証明書の交付を申請します。"),
    ("創業活動の開始", "入国後は、６か月ごとに創業活動の状況を県に報告します。"),
]


def tokku_specs():
    rows = [[y] + [fw(x) for x in v] + [fw(sum(v))] for y, *v in CERTIFIED]
    totals = [sum(r[i] for r in CERTIFIED) for i in range(1, len(NATIONS) + 1)]
    rows.append(["合計"] + [fw(x) for x in totals] + [fw(sum(totals))])
    certified = TableSpec(
        key="certified", doc=TOKKU_PDF, title="国籍別の認定件数の推移",
        header=[["年度"] + list(NATIONS) + ["計"]],
        rows=rows, col_widths=[34 * mm] + [20 * mm] * 6, unit="件",
    )
    return (certified,)


def tokku_story(specs):
    (certified,) = specs
    by_year = {y: sum(v) for y, *v in CERTIFIED}
    latest = CERTIFIED[-1][0]
    st = [Spacer(1, 2 * mm), P(TOKKU, SUBTITLE), P("外国人創業活動促進事業のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(TOKKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　事業の概要", H1)]
    st += paras(f"""
{PREF}は、令和２年３月に「{TOKKU}」として規制の特例措置の適用を受け、県内で起業しようとする外国人を対象に、在留資格「経営・管理」の要件を緩和する外国人創業活動促進事業を令和２年10月から実施しています。県が創業活動計画を認定することで、入国後に事業の準備を進めながら要件を満たしていくことができます。
""", 0)
    st += lv_lines([
        ("特例の内容", "在留資格「経営・管理」に必要な事業所の確保等の要件を、入国後１年以内に満たせばよいこととする"),
        ("対象区域", f"{PREF}全域"),
        ("認定機関", f"{PREF}（創業活動計画の認定及び証明書の交付）"),
        ("創業活動期間", "最長１年間（６か月ごとに更新）"),
    ], 0)

    st += [P("２　対象となる方", H1)]
    st += paras("次の(1)から(4)までの要件をすべて満たす方が対象です。", 0)
    st += numbered([
        f"(1) {PREF}内で新たに事業を開始しようとする外国人であること。",
        "(2) 入国後１年以内に、事業所を確保し、かつ、常勤職員２人以上の雇用又は500万円以上の投資を行う見込みがあること。",
        "(3) 創業活動期間中の生活に必要な資金として、240万円以上を有すること。",
        "(4) 創業活動期間中、県内に住居を確保すること。",
    ], 0)
    st += notes(["※ 公序良俗に反する事業、風俗営業その他県が適当でないと認める事業は、対象としません。"])

    st += [P("３　手続の流れ", H1)]
    st += numbered([f"{CIRCLED[i]} {k}：{v}" for i, (k, v) in enumerate(PROCEDURE)], 0)

    st += [P("４　提出書類", H1)]
    st += paras("認定申請の際は、次の書類を各１部提出してください。様式は県のウェブサイトから入手できます。", 0)
    st += numbered([
        "① 創業活動計画認定申請書（様式第１号）",
        "② 創業活動計画書（様式第２号）",
        "③ 履歴書（様式第３号）",
        "④ 旅券の写し",
        "⑤ 預金残高証明書など、資金の額を証明する書類",
        "⑥ 県内に住居を確保したこと（又は確保する見込みであること）を証する書類",
    ], 0)
    st += notes(["※ ②は英語で作成することもできます。それ以外の書類が外国語で作成されている場合は、日本語訳を添付してください。"])

    st += [P("５　これまでの認定状況", H1)]
    st += paras(f"""
申請者の国籍別の認定件数は、次のとおりです。{latest}の認定件数は{by_year[latest]}件で、事業開始以来最も多くなりました。これまでに認定を受けた方のうち、半数以上が県内で法人を設立しています。
""", 0)
    st += [caption(certified.title, "（単位：件）"), certified.flowable(), Spacer(1, 2)]
    st += notes(["※ 令和２年度は、事業を開始した令和２年10月から令和３年３月までの件数である。"])

    st += [P("６　よくある質問", H1)]
    qa = [
        ("法人を設立する前でも申請できますか。", "できます。法人の設立は、入国後に行うことを想定しています。"),
        ("１年以内に要件を満たせなかった場合はどうなりますか。", "在留期間の更新は認められないため、出国していただくことになります。"),
        ("県外に事業所を置くことはできますか。", f"できません。事業所は{PREF}内に置く必要があります。"),
        ("相談は英語でもできますか。", "できます。英語での相談は専用の電話番号で受け付けています。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]

    st += [CondPageBreak(40 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DESK}（{TOKKU_DEPT}内）",
        "電話：099-060-3345（受付時間：平日９時から17時まで）",
        "英語での相談：099-060-3346（受付時間：平日10時から16時まで）",
        "電子メール：startup@pref.tsukikage.example.jp",
        f"所在地：〒899-6001 {PREF}月影市本町一丁目１番１号 県庁東館４階",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return strategy_specs() + mission_specs() + tokku_specs()


def all_gold(row_pages: dict) -> list[dict]:
    """row_pages: doc name -> the (spec key, row index) -> pages map of its build."""
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"h6t{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    sspecs, mspecs, tspecs = strategy_specs(), mission_specs(), tokku_specs()
    sdoc = build_pdf(docs_dir / STRATEGY_PDF, sspecs, strategy_story(sspecs),
                     f"{STRATEGY} 中間評価報告書", "令和７年９月", STRATEGY_DEPT)
    mdoc = build_pdf(docs_dir / MISSION_PDF, mspecs, mission_story(mspecs),
                     f"令和６年度 {MISSION} 実施報告書", "令和６年12月", MISSION_DEPT)
    tdoc = build_pdf(docs_dir / TOKKU_PDF, tspecs, tokku_story(tspecs),
                     f"{TOKKU} 外国人創業活動促進事業のご案内", "令和７年４月", TOKKU_DEPT)
    gold = all_gold({STRATEGY_PDF: sdoc.row_pages, MISSION_PDF: mdoc.row_pages, TOKKU_PDF: tdoc.row_pages})
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
    # --- strategy: the mid-term review's tables (a), (b), the correcting note, the four pillars
    dict(question="2023年度、県産の農林水産物は海外にどれくらい輸出されたんですか？",
         category="strategy", doc=STRATEGY_PDF, evidence=["県産農林水産物の輸出額（億円）", "38.4 41.2 45.9 54.1"],
         answer=["45.9"],
         notes="(a) two-level header: 2023年度 = 令和５年度 = the second leaf under 実績 (column 実績／令和５年度); unit 億円 in the row label; the header's group/leaf relation is lost in pypdf's text"),
    dict(question="令和３年度の基準値の時点で、海外展開に取り組んでいた県内企業は何社でしたか？",
         category="strategy", doc=STRATEGY_PDF, evidence=["海外展開に取り組む県内企業数（社） 268"], answer=["268"],
         notes="(a) the 基準値／令和３年度 column (基準値 and 令和３年度 are two header rows of one column)"),
    dict(question="海外展開に取り組む県内企業の数ですが、2024年度の実績から見て、最終目標まであと何社足りないのでしょうか。",
         category="strategy", doc=STRATEGY_PDF, evidence=["海外展開に取り組む県内企業数（社）", "268 295 331 362 420"],
         answer=["58社"], computed=True,
         notes="(a) difference 目標／令和８年度 420 - 実績／令和６年度 362 = 58 (2024年度 = 令和６年度)"),
    dict(question="令和６年度の海外商談会での成約件数を教えてください。",
         category="strategy", doc=STRATEGY_PDF, evidence=["正しくは121件"], answer=["121件"],
         notes="(a) note ※３ corrects the printed 128 (7 double-counted deals); the table cell 128 is the trap"),
    dict(question="越境ECをやっている県内企業は、令和５年度でどれくらいありましたか？",
         category="strategy", doc=STRATEGY_PDF, evidence=["越境ＥＣに取り組む県内企業数（社）", "17 25 36 48 60"],
         answer=["36"],
         notes="(b) table without ruling lines; the first value column is the 令和３年度（基準値） baseline, so 令和５年度 is the third value"),
    dict(question="2022年度に、県内の商談会へ招いた海外のバイヤーは何人でしたか？",
         category="strategy", doc=STRATEGY_PDF, evidence=["海外バイヤーの招へい数（人）", "18 26 33 40"], answer=["18"],
         notes="(b) 2022年度 = 令和４年度; the row's baseline cell is ― (note ※４), so 18 is the first number printed after the label"),
    dict(question="県の農林水産物や食品の輸出を伸ばすための柱では、どんな取組をしているのですか？",
         category="strategy", doc=STRATEGY_PDF,
         evidence=["主な取組：輸出向け産地の育成", "海外の日系スーパーでの「月影フェア」", "輸出規制に関する相談窓口の設置"],
         answer=["輸出向け産地の育成", "海外の日系スーパーでの「月影フェア」", "輸出規制に関する相談窓口の設置"],
         notes="list (3 items); sibling sections: 柱２ 県産品の輸出拡大, named by its theme; the four pillars share the labels 主な取組, 成果指標, 担当課"),
    dict(question="外資系企業の誘致や外国人材の呼び込みについて相談したいのですが、県の戦略ではどこの課が担当していますか？",
         category="strategy", doc=STRATEGY_PDF, evidence=["担当課：商工観光部 企業誘致課"], answer=["企業誘致課"],
         notes="sibling sections: 柱３ 海外からの投資と人材の呼び込み; the other pillars' 担当課 are 国際経済戦略課, 販路拡大課 and 観光誘客課"),
    dict(question="県内企業の海外進出を後押しする柱では、どの指標で成果を測っていますか？",
         category="strategy", doc=STRATEGY_PDF,
         evidence=["成果指標：海外展開に取り組む県内企業数", "海外商談会での成約件数"],
         answer=["海外展開に取り組む県内企業数", "海外商談会での成約件数"],
         notes="list (2 items); sibling sections: 柱１ 県内企業の海外展開の促進; 柱３ also has two indicators"),
    # --- mission: the business mission report
    dict(question="北米ミッションのとき、シアトルで県産品の商談会が開かれたのは何日ですか？",
         category="mission", doc=MISSION_PDF, evidence=["10月16日（水） シアトル市"], answer=["10月16日"],
         notes="dated numbered itinerary, item ②; the バンクーバー 商談会 is item ⑥ (10月21日)"),
    dict(question="一行が陸路でバンクーバーに移ったのは、いつでしたか？",
         category="mission", doc=MISSION_PDF, evidence=["10月18日（金） 陸路でバンクーバー市へ移動"], answer=["10月18日"],
         notes="dated numbered itinerary, item ④"),
    dict(question="観光・宿泊関係からは、何人がミッションに参加しましたか？",
         category="mission", doc=MISSION_PDF, evidence=["観光・宿泊業 ２ ５"], answer=["５"],
         notes="(c) row on the continuation page, printed without the header; 参加者数 is the second value column (団体数 ２ first); unit 人 only in the caption note （単位：団体、人） on the page before"),
    dict(question="機械器具の製造業からは、いくつの団体が参加していましたか？",
         category="mission", doc=MISSION_PDF, evidence=["機械器具製造業 ３ ７"], answer=["３"],
         notes="(c) the 団体数 column, before the page break; ７ in the same row is 参加者数"),
    dict(question="食品製造業と酒類製造業の参加者を合わせると、何人になりますか？",
         category="mission", doc=MISSION_PDF, evidence=["食品製造業 ５ 11", "酒類製造業 ３ ６"], answer=["17人"], computed=True,
         notes="(c) sum of two rows of the 参加者数 column: 11 + 6 = 17 (団体数 5 + 3 = 8 is the trap)"),
    dict(question="令和６年度の北米経済ミッションで、シアトルでの成約見込みは何件でしたか？",
         category="mission", doc=MISSION_PDF, evidence=["シアトル市 146 23 8,450"], answer=["23"],
         notes="(d) simple ruled table, column 成約見込み件数（件）; 146 is 商談件数"),
    dict(question="バンクーバーでは、商談のうち何％くらいが成約見込みにつながったのでしょうか。",
         category="mission", doc=MISSION_PDF, evidence=["バンクーバー市 118 19 9,120"], answer=["16%"], computed=True,
         notes="(d) ratio 成約見込み件数 / 商談件数 = 19 / 118 = 16.1% -> 16%"),
    dict(question="今回の経済ミッションで訪れた都市はどこですか？",
         category="mission", doc=MISSION_PDF, evidence=["訪問先：シアトル市", "バンクーバー市（カナダ"],
         answer=["シアトル市", "バンクーバー市"],
         notes="list (2 items): the 訪問先 label-value line; also the row labels of (d)"),
    dict(question="ミッションの団長を務めたのはどなたですか？",
         category="mission", doc=MISSION_PDF, evidence=["団長：月影県副知事 水城 晴彦"], answer=["水城 晴彦"],
         notes="「label：value」 line under １．ミッションの概要"),
    # --- tokku: the special-zone guide
    dict(question="特区の制度を使って起業する場合、生活費として最低いくらの資金を持っている必要がありますか？",
         category="tokku", doc=TOKKU_PDF, evidence=["240万円以上を有すること"], answer=["240万円以上"],
         notes="eligibility condition (3); 500万円以上の投資 in (2) is a near miss"),
    dict(question="県から証明書が交付されたあとは、出入国在留管理局に何を申請すればよいですか？",
         category="tokku", doc=TOKKU_PDF, evidence=["在留資格認定証明書の交付を申請"], answer=["在留資格認定証明書"],
         notes="numbered procedure, step ⑤ (after ④ 証明書の交付)"),
    dict(question="計画書を出してから、県の審査が終わるまでにどのくらいかかりますか？",
         category="tokku", doc=TOKKU_PDF, evidence=["提出から概ね１か月"], answer=["概ね１か月"],
         notes="numbered procedure, step ③"),
    dict(question="申請者本人の経歴や身元に関して提出する書類は何ですか？",
         category="tokku", doc=TOKKU_PDF, evidence=["履歴書（様式第３号）", "④ 旅券の写し"], answer=["履歴書", "旅券の写し"],
         notes="list (2 items): ③ and ④ of the six required documents"),
    dict(question="2023年度にベトナム国籍の人が認定を受けた件数は？",
         category="tokku", doc=TOKKU_PDF, evidence=["令和５年度 ４ １ ３ ２ ２ 12"], answer=["３"],
         notes="(e) years as rows: 2023年度 = 令和５年度; ベトナム is the third value column"),
    dict(question="中国籍の認定件数を、2022年度から2024年度までの３年間で合計すると何件ですか？",
         category="tokku", doc=TOKKU_PDF,
         evidence=["令和４年度 ３ ２ ２ １ １ ９", "令和５年度 ４ １ ３ ２ ２ 12", "令和６年度 ５ ３ ４ ２ ３ 17"],
         answer=["12件"], computed=True,
         notes="(e) sum down the 中国 column over three year rows: 3 + 4 + 5 = 12 (the 合計 row 15 also counts 令和２・３年度)"),
    dict(question="もし１年のうちに要件を満たせなかったら、どうなるんでしょうか？",
         category="tokku", doc=TOKKU_PDF, evidence=["在留期間の更新は認められない"], answer=["在留期間の更新は認められない"],
         notes="FAQ-style Q&A line (Ｑ２ / Ａ)"),
    dict(question="英語で相談したい場合は、どこに電話すればいいですか？",
         category="tokku", doc=TOKKU_PDF, evidence=["英語での相談：099-060-3346"], answer=["099-060-3346"],
         notes="contact box; the general number 099-060-3345 is the line above"),
    # --- followup (history)
    dict(question="そこでの商談件数は何件でしたか？",
         category="followup", doc=MISSION_PDF, evidence=["シアトル市 146 23 8,450"], answer=["146"],
         history=_turns("北米経済ミッションで最初に訪れた都市はどこですか？",
                        "最初の訪問先はシアトル市（アメリカ合衆国ワシントン州）です。[1]"),
         notes="demonstrative そこ = シアトル市 from the history; (d) 商談件数（件）"),
    dict(question="その柱では、何を成果指標にしていますか？",
         category="followup", doc=STRATEGY_PDF, evidence=["成果指標：県産農林水産物の輸出額"], answer=["県産農林水産物の輸出額"],
         history=_turns("月影県の国際経済戦略で、県産品の輸出を伸ばす柱はどこの課が担当していますか？",
                        "農林水産部 販路拡大課が担当しています。[1]"),
         notes="その柱 = 柱２ from the history; sibling sections, 成果指標 line of the second pillar"),
    dict(question="翌年度はどうでしたか？",
         category="followup", doc=TOKKU_PDF, evidence=["令和５年度 ４ １ ３ ２ ２ 12"], answer=["４"],
         history=_turns("特区で令和４年度に認定された中国籍の人は何件ですか？",
                        "令和４年度の中国籍の認定件数は３件です。[1]"),
         notes="(e) 翌年度 = 令和５年度 row, the 中国 column from the history"),
    dict(question="もう一つの都市は？",
         category="followup", doc=MISSION_PDF, evidence=["バンクーバー市 118 19 9,120"], answer=["9,120"],
         history=_turns("北米ミッションでの、シアトルの成約見込み額はいくらでしたか？",
                        "シアトル市の成約見込み額は8,450万円です。[1]"),
         notes="the other city (バンクーバー市) is named nowhere in the conversation; the attribute 成約見込み額（万円） comes from the history"),
    dict(question="実績は？",
         category="followup", doc=STRATEGY_PDF, evidence=["11 14 16 25"], answer=["16"],
         history=_turns("外資系企業の立地件数は、令和８年度までに何件を目指していますか？",
                        "令和８年度の目標は累計25件です。[1]"),
         notes="(a) the row from the history; 実績 is the group header over 令和４-６年度 (11, 14, 16); the latest, 令和６年度 16, is expected (a full answer may list all three)"),
    dict(question="その次は？",
         category="followup", doc=TOKKU_PDF, evidence=["認定申請：創業活動計画書等の書類を県に提出"],
         answer=["創業活動計画書等の書類を県に提出"],
         history=_turns("外国人創業活動促進事業を使いたいのですが、最初に何をすればよいですか？",
                        "まず、月影県国際創業サポートデスクで事前相談を行います。[1]"),
         notes="その次 = step ② of the numbered procedure after ① 事前相談 in the history"),
    dict(question="担当しているのはどこの課ですか？",
         category="followup", doc=STRATEGY_PDF, evidence=["担当課：商工観光部 観光誘客課"], answer=["観光誘客課"],
         history=_turns("月影県の国際経済戦略で、観光やインバウンドに関わる柱の成果指標は何ですか？",
                        "外国人延べ宿泊者数が成果指標です。[1]"),
         notes="sibling sections: 柱４, identified only through the history; the document's issuing department (国際経済戦略課) is the trap"),
    dict(question="ファクスで送りたい場合の番号は？",
         category="followup", doc=MISSION_PDF, evidence=["ファクス：099-060-2239"], answer=["099-060-2239"],
         history=_turns("北米経済ミッションの報告書について問い合わせたいのですが、担当はどこですか？",
                        "月影県 商工観光部 国際経済戦略課の海外ビジネス担当です（電話：099-060-2231）。[1]"),
         notes="contact box of the mission report; the strategy review's ファクス 099-060-1129 (same 課, other 担当) is the near miss"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="外国人延べ宿泊者数について、2025年度の目標値はいくつに設定されていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the strategy sets targets for 令和８年度 only (48.0); no year-by-year targets; near miss: 令和６年度 実績 41.5",
         absent=["令和７年度", "2025年度"]),
    dict(question="特区でネパール国籍の方が認定を受けた件数は、これまでに何件ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (e) lists 中国, 米国, ベトナム, インド and その他 only; near miss: その他 合計 ８",
         absent=["ネパール"]),
    dict(question="創業活動計画の認定を申請するのに、手数料はかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide lists conditions, procedure and documents, not any fee",
         absent=["手数料", "申請料", "審査料"]),
    dict(question="その柱には年間どのくらいの予算がついていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("国際経済戦略で、県内企業の海外展開を進める柱ではどんな取組をしていますか？",
                        "海外見本市への出展支援、海外バイヤーを招いた県内商談会の開催、越境ＥＣへの出店支援に取り組んでいます。[1]"),
         notes="follow-up; the review gives each pillar's 主な取組, 成果指標 and 担当課, no budget",
         absent=["予算", "事業費"]),
    dict(question="北米経済ミッションでは、ロサンゼルスでも商談会を開いたのですか？そこでの成約見込み額を知りたいです。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="a third city: the mission visited シアトル市 and バンクーバー市 only",
         absent=["ロサンゼルス"]),
    dict(question="起業する本人と一緒に、家族も日本に呼び寄せられますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("月影県の国際創業特区では、どのような特例が受けられますか？",
                        "在留資格「経営・管理」に必要な事業所の確保等の要件を、入国後１年以内に満たせばよいこととする特例です。[1]"),
         notes="follow-up; the guide covers the entrepreneur's own status only",
         absent=["家族", "配偶者", "帯同"]),
]
CATEGORY_COUNTS = {"strategy": 9, "mission": 9, "tokku": 8, "followup": 8, "unanswerable": 6}
LISTS = 4
SIBLING = 3  # non-followup questions on the sibling pillars (notes mention "sibling sections")
SIBLING_FOLLOWUPS = 2
UNANSWERABLE_FOLLOWUPS = 2


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, "h6q")


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year) for the computed-answer checks."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E = ("成果指標の達成状況", "参考指標の推移", "業種別の参加者数", "訪問都市別の商談の成果",
                 "国籍別の認定件数の推移")
FIRMS = "海外展開に取り組む県内企業数（社）"
COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h6q03": lambda g: f"{g(A, FIRMS, '目標／令和８年度', 2026) - g(A, FIRMS, '実績／令和６年度', 2024)}社",
    "h6q14": lambda g: f"{g(C, '食品製造業', '参加者数') + g(C, '酒類製造業', '参加者数')}人",
    "h6q16": lambda g: f"{pct(g(D, 'バンクーバー市', '成約見込み件数（件）'), g(D, 'バンクーバー市', '商談件数（件）'))}%",
    "h6q24": lambda g: f"{sum(g(E, y, '中国', fy) for y, fy in (('令和４年度', 2022), ('令和５年度', 2023), ('令和６年度', 2024)))}件",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {STRATEGY_PDF: (3, 4), MISSION_PDF: (3, 4), TOKKU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 24)  # after norm
GOLD_CELLS = (100, 160)
CONTINUED_ROWS = ("観光・宿泊業", "合計")  # rows of (c) a question or check expects after the break


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout6.py")
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
        if qid != f"h6q{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected h6q{i:02d}")
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
    sibling = sum("sibling sections" in q["notes"] and q["category"] != "followup" for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    sibling_f = sum("sibling sections" in q["notes"] and q["category"] == "followup" for q in questions)
    if sibling_f != SIBLING_FOLLOWUPS:
        errors.append(f"{sibling_f} sibling-section follow-ups, expected {SIBLING_FOLLOWUPS}")
    n = sum(bool(q.get("history")) and q["category"] == "unanswerable" for q in questions)
    if n != UNANSWERABLE_FOLLOWUPS:
        errors.append(f"{n} unanswerables asked as follow-ups, expected {UNANSWERABLE_FOLLOWUPS}")
    # the follow-ups are ambiguous alone: each leans on a word the history resolves
    cues = ("そこ", "その", "翌年度", "もう一つ", "実績は", "担当しているのは", "場合の番号")
    for q in questions:
        if q["category"] == "followup" and not any(c in q["question"] for c in cues):
            errors.append(f"{q['id']}: follow-up without a word that needs the history")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout6.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"h6t{i:03d}":
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


def grade(base, actual, target) -> str:
    """The 評価 note ※１ defines: the share of the way from the baseline to the target."""
    progress = (Decimal(str(actual)) - Decimal(str(base))) / (Decimal(str(target)) - Decimal(str(base)))
    return next(g for lo, g in GRADE_RULE if progress >= lo)


def check_totals(gold) -> list[str]:
    """合計 rows and the 計 column add up; the 評価 grades follow note ※１; the tables agree with
    the label-value lines."""
    errors = []
    by_table = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        by_table[g["table"]][g["row"]][(g["column"], g["fiscal_year"])] = g["number"]
    for table, rows in by_table.items():
        if "合計" in rows:
            for col, total in rows["合計"].items():
                # years as rows: the total row has no year, the rows above have one each
                parts = [v or 0 for lab, r in rows.items() if lab != "合計" for (c, fy), v in r.items()
                         if c == col[0] and (fy == col[1] or col[1] is None)]
                if sum(parts) != total:
                    errors.append(f"{table}: 合計 of {col} is {total}, rows add up to {sum(parts)}")
    for row, cells in by_table[E].items():
        total = [v for (c, _), v in cells.items() if c == "計"]
        parts = [v for (c, _), v in cells.items() if c != "計"]
        if len(total) != 1 or total[0] != sum(parts):
            errors.append(f"{E} / {row}: 計 is not the sum of the nationalities")
    # (a): the grades follow note ※１ (corrected 成約件数, and 令和４年度 as the baseline where it is ―)
    graded = {g["row"]: g["value"] for g in gold if g["table"] == A and g["column"] == "評価"}
    for name, base, y4, y5, y6, target, printed in KPIS:
        if name == "海外商談会での成約件数（件）":
            y6 -= DOUBLE_COUNTED
        want = grade(base if base is not None else y4, y6, target)
        if want != printed or graded.get(name) != printed:
            errors.append(f"{A} / {name}: grade {graded.get(name)}, note ※１ gives {want}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    """The layouts the set promises are really there."""
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    ind_pages = sorted({g["page"] for g in gold if g["table"] == ind.title})
    if len(ind_pages) != 2:
        errors.append(f"{ind.title} is on pages {ind_pages}, expected a page break inside it")
    header = norm("".join(ind.header[0]))
    on = [i + 1 for i, p in enumerate(pages[MISSION_PDF]) if header in norm(p)]
    if ind.repeat_header or on != ind_pages[:1]:
        errors.append(f"{ind.title}: header printed on pages {on}, expected only on {ind_pages[:1]}")
    first = {g["row"] for g in gold if g["table"] == ind.title and g["page"] == ind_pages[0]}
    continued = {g["row"] for g in gold if g["table"] == ind.title and len(ind_pages) == 2 and g["page"] == ind_pages[1]}
    if not 3 <= len(first) <= 10:
        errors.append(f"{ind.title}: {len(first)} rows before the page break, expected 3-10")
    for row in CONTINUED_ROWS:
        if row not in continued:
            errors.append(f"{ind.title}: row {row} should be on the continuation page")
    if "機械器具製造業" not in first:
        errors.append(f"{ind.title}: row 機械器具製造業 should be before the page break")
    for title in (A, B, D, E):
        tp = {g["page"] for g in gold if g["table"] == title}
        if len(tp) != 1:
            errors.append(f"{title} is on pages {sorted(tp)}, expected one page")
    mission_text = norm("\n".join(pages[MISSION_PDF]))
    if norm("（単位：団体、人）") not in mission_text:
        errors.append("no caption unit note （単位：団体、人）")
    if norm("（単位：件）") not in norm("\n".join(pages[TOKKU_PDF])):
        errors.append("no caption unit note （単位：件） in the guide")
    if specs["reference"].ruled or not all(s.ruled for k, s in specs.items() if k != "reference"):
        errors.append("only the 参考指標 table must be drawn without ruling lines")
    kpis = specs["kpis"]
    if len(kpis.header) != 2 or len(kpis.spans) != 3:
        errors.append("the KPI table needs a two-row header with a merged 実績 group")
    kpi_cols = [c for c in dict.fromkeys(g["column"] for g in gold if g["table"] == A)]
    want_cols = ["基準値／令和３年度", "実績／令和４年度", "実績／令和５年度", "実績／令和６年度", "目標／令和８年度", "評価"]
    if kpi_cols != want_cols:
        errors.append(f"the KPI table's columns should be {want_cols}, got {kpi_cols}")
    kpi_page = pages[STRATEGY_PDF][next(g["page"] for g in gold if g["table"] == A) - 1]
    if kpi_page.count("実績\n") < 1 or kpi_page.count("令和４年度") < 1:
        errors.append("the KPI table's group header 実績 is not printed")
    if not any(g["number"] is None and g["value"] != UNKNOWN for g in gold if g["table"] == A):
        errors.append("the KPI table needs text cells (the grades)")
    ref_cols = {g["column"] for g in gold if g["table"] == B}
    if not {"令和３年度（基準値）", "令和８年度（目標）"} <= ref_cols:
        errors.append("the reference table needs two-line year headers")
    if not any(g["fiscal_year"] and re.match("令和", g["row"]) for g in gold):
        errors.append("need a table with years as rows")
    if not any(g["column"] == "計" for g in gold if g["table"] == E):
        errors.append("the years-as-rows table needs a 計 column")
    if sum(g["value"] == UNKNOWN for g in gold) < 2:
        errors.append("the set needs ― cells")
    if not all(any(g["row"] == "合計" for g in gold if g["table"] == t) for t in (C, D, E)):
        errors.append("tables (c), (d), (e) need a 合計 row")
    return errors


def check_prose(pages) -> list[str]:
    """The sibling pillars print the same labels; figures and dates stated in prose agree with
    the data."""
    errors = []
    strategy = norm("\n".join(pages[STRATEGY_PDF]))
    for lab in ("主な取組：", "成果指標：", "担当課："):
        if strategy.count(norm(lab)) != len(PILLARS):
            errors.append(f"strategy: label {lab} printed {strategy.count(norm(lab))} times, expected {len(PILLARS)}")
    for i, (theme, *_rest) in enumerate(PILLARS, 1):
        if norm(f"柱{fw(i)}　{theme}") not in strategy:
            errors.append(f"strategy lacks the heading of 柱{i}")
    named = [ind for *_x, inds, _d in PILLARS for ind in inds]
    rows = [re.sub(r"（[^（）]+）$", "", k[0]) for k in KPIS]
    if sorted(named) != sorted(rows):
        errors.append(f"strategy: the pillars' 成果指標 {named} are not the KPI rows {rows}")
    if norm(f"正しくは{KPIS[1][4] - DOUBLE_COUNTED}件") not in strategy or norm(f"成約件数{KPIS[1][4]}件") not in strategy:
        errors.append("strategy: the ※３ corrected value does not equal 128 - 7")
    counts = {g: sum(k[-1] == g for k in KPIS) for g in "ＡＢＣ"}
    if norm(f"Ａ評価が{fw(counts['Ａ'])}指標") not in strategy or counts["Ｃ"] != 2 or norm("Ｃ評価となった２指標") not in strategy:
        errors.append("strategy: the summary's grade counts do not match the table")
    if norm("令和４年度から令和８年度までの５年間") not in strategy:
        errors.append("strategy: the plan period line is missing")
    mission = norm("\n".join(pages[MISSION_PDF]))
    for i, (d, text) in enumerate(ITINERARY):
        line = f"{CIRCLED[i]} {d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）　{text}"
        if norm(line) not in mission:
            errors.append(f"mission: itinerary item {i + 1} missing")
    if datetime.date(2024, 10, 20).weekday() != 6 or norm("10月20日（日）") not in mission:
        errors.append("mission: 10月20日 is not a Sunday as printed")
    first, last = ITINERARY[0][0], ITINERARY[-1][0]
    if norm(f"{first.month}月{first.day}日（火）から{last.month}月{last.day}日（水）まで（{fw((last - first).days + 1)}日間）") not in mission:
        errors.append("mission: the 期間 line does not match the itinerary")
    n_groups, n_people = sum(r[1] for r in INDUSTRIES), sum(r[2] for r in INDUSTRIES)
    if norm(f"{n_groups}団体、{n_people}人") not in mission:
        errors.append("mission: the 参加者 line does not match the table's 合計")
    if norm(f"初めての企業・団体は{FIRST_TIMERS}団体で、全体の４割を超えた") not in mission or not 0.4 < FIRST_TIMERS / n_groups < 0.5:
        errors.append("mission: 「初めての企業・団体は14団体で、全体の４割を超えた」 does not hold")
    sea, van = RESULTS
    if not (sea[1] > van[1] and van[3] > sea[3]):
        errors.append("mission: 「商談件数はシアトル市…成約見込み額ではバンクーバー市が上回った」 does not hold")
    for city in CITIES:
        if norm(city) not in mission:
            errors.append(f"mission lacks {city}")
    tokku = norm("\n".join(pages[TOKKU_PDF]))
    by_year = {y: sum(v) for y, *v in CERTIFIED}
    best = max(by_year, key=by_year.get)
    if best != CERTIFIED[-1][0] or norm(f"{best}の認定件数は{by_year[best]}件で、事業開始以来最も多く") not in tokku:
        errors.append("guide: the latest year is not the largest as the text says")
    for i, (k, v) in enumerate(PROCEDURE):
        if norm(f"{CIRCLED[i]} {k}：{v}") not in tokku:
            errors.append(f"guide lacks procedure step {i + 1}")
    for lab in ("特例の内容：", "対象区域：", "認定機関：", "創業活動期間："):
        if norm(lab) not in tokku:
            errors.append(f"guide lacks {lab}")
    raw = "\n".join(pages[TOKKU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 4 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 4:
        errors.append("guide: expected four Ｑ lines and four Ａ lines")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
