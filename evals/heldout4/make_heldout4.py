"""Build the 朝霧県 held-out set 4: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (朝霧県, マレーシア・ペルマタ州 and every town, zone, programme,
organisation, person, phone number, address, URL and figure). The documents are in the genre of
a prefecture's international-business desk (a special-zone progress report, a start-up support
programme report, a friendship agreement profile); see README.md beside this file.

    python make_heldout4.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout3/make_heldout3.py; the helpers are in ../docgen.py. The gold cells are generated from
the same specs that draw the tables; PDF page numbers are recorded while reportlab lays the
pages out. The output is byte-identical on every run (reportlab ``invariant=True``). The
script exits 1 if any check fails.
"""


import re
import sys
import unicodedata
from collections import defaultdict
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
    era_label,
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

ZONE_PDF = "asagiri_tokku_shinchoku_r6.pdf"
VENTURE_PDF = "asagiri_startup_jisseki_r6.pdf"
FRIEND_PDF = "asagiri_permata_yuko_gaiyo.pdf"
ALL_PDFS = (ZONE_PDF, VENTURE_PDF, FRIEND_PDF)

# UNKNOWN ― = no figure (the support menu did not exist that year)
UNITS = ("万人", "人", "百万円", "億円", "千円", "万円", "件", "社", "平方キロメートル", "%")


def fiscal_year(label: str | None) -> int | None:
    """Western fiscal year of a label naming one year, in era (令和５年度利用件数) or Western
    (2024年度) form; None for no year or a period."""
    if not label or fiscal_year_range(label):
        return None
    s = unicodedata.normalize("NFKC", label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", s)]
    years += [int(y) for y in re.findall(r"(20\d\d)年度", s)]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; a leading + keeps the sign, a leading △ (the
    reports' minus sign) negates; (None, None) for dashes and text."""
    v = unicodedata.normalize("NFKC", value).strip()
    sign = 1
    if v[:1] in ("+", "△"):
        sign, v = (-1 if v[0] == "△" else 1), v[1:]
    number, unit = docgen.parse_number(v, UNITS)
    return (None if number is None else sign * number), unit


def signed(n: int) -> str:
    """An 増減 cell: +43, △２ (single digits full-width)."""
    return f"+{fw(n)}" if n >= 0 else f"△{fw(-n)}"


def label(s: str) -> str:
    """A row label as the gold records it: a label wrapped onto two lines is joined."""
    return s.replace("\n", "")


def unit_in_label(row, c):
    """The unit at the end of a row label (特区内の新規雇用者数（人） -> 人), else None."""
    m = re.search(r"（([^（）]+)）$", label(row[0]))
    return m.group(1) if m else None


class TableSpec(docgen.TableSpec):
    """docgen's table spec; a column's fiscal year may also come from a header cell spanning it.
    ``table_range`` is the period of a table whose caption note names one (累計 tables)."""

    table_range = None

    def column_year(self, c) -> int | None:
        fy = fiscal_year(self.column_label(c))
        if fy:
            return fy
        for (c0, r0), (c1, r1) in self.spans:
            if r0 < len(self.header) and c0 <= c <= c1 and c0 != c1:
                fy = fy or fiscal_year(self.header[r0][c0])
        return fy


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


PREF = "朝霧県"
PARTNER = "ペルマタ州"

# ================================================================ document 1: special-zone report
TOKKU = "あさぎり国際イノベーション特区"
ZONE_DEPT = f"{PREF} 企画振興部 特区推進課"
ZONES = [  # 見出し, 区域名, 面積, 認定日, 主な規制の特例, 事業者数
    ("朝霧港エリア", "朝霧港臨海国際ビジネス区域（朝霧市）", "約1,240ヘクタール", "平成28年４月22日",
     "外国人創業活動促進事業、港湾施設の利用手続の特例", 38),
    ("霧ヶ丘エリア", "霧ヶ丘研究学園区域（霧ヶ丘市）", "約560ヘクタール", "平成30年３月９日",
     "近未来技術実証の特例（自動走行・ドローン）、国際医療人材受入れの特例", 21),
    ("西原エリア", "西原農業イノベーション区域（西原町）", "約8,900ヘクタール", "令和３年６月18日",
     "農業外国人材受入れの特例、農地転用の特例", 12),
]
TARGETS = [  # 指標（単位）, 2022, 2023, 2024年度
    ("特区内の新規立地企業数（社）", 14, 17, 21),
    ("特区内の新規雇用者数（人）", 386, 412, 455),
    ("外国人創業者数（人）", 9, 13, 11),
    ("近未来技術の実証件数（件）", 6, 10, 15),
    ("特区内の設備投資額（百万円）", 12480, 15320, 18050),
]
MEASURES = [  # 特例措置, 認定事業数（件）, 活用事業者数（社）, 関連投資額（百万円）; 令和６年度
    ("外国人創業活動促進事業", 2, 7, 180),
    ("港湾施設の利用手続の特例", 1, 5, 1420),
    ("近未来技術実証の特例", 5, 9, 1860),
    ("国際医療人材受入れの特例", 2, 4, 930),
    ("農業外国人材受入れの特例", 3, 8, 410),
    ("農地転用の特例", 1, 2, 2650),
]


def zone_specs():
    targets = TableSpec(
        key="targets", doc=ZONE_PDF, title="特区の目標指標の推移",
        header=[["指標", "2022年度", "2023年度", "2024年度", "前年度比\n増減"]],
        rows=[[n, fw(a), fw(b), fw(c), signed(c - b)] for n, a, b, c in TARGETS],
        col_widths=[58 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm], unit=unit_in_label,
    )
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in MEASURES]
    rows.append(["計"] + [fw(sum(r[i] for r in MEASURES)) for i in (1, 2, 3)])
    measures = TableSpec(
        key="measures", doc=ZONE_PDF, title="令和６年度の規制の特例措置別の活用状況",
        header=[["特例措置", "認定事業数（件）", "活用事業者数（社）", "関連投資額（百万円）"]],
        rows=rows, col_widths=[52 * mm, 34 * mm, 36 * mm, 38 * mm],
        unit={1: "件", 2: "社", 3: "百万円"}, table_fy=2024, bold_rows=("計",),
    )
    return targets, measures


def zone_story(specs):
    targets, measures = specs
    st = [Spacer(1, 2 * mm), P("国家戦略特別区域", SUBTITLE),
          P(f"{TOKKU} 令和６年度 進捗状況報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(ZONE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１．特区の概要", H1)]
    st += paras(f"""
{PREF}は、外国人材とスタートアップの力を生かして新たな産業を生み出すため、国家戦略特別区域の指定を受け、県内の３区域で規制の特例措置を活用した事業を進めている。本報告書は、第３期区域計画の２年目に当たる令和６年度の進捗状況を、区域会議に報告するために取りまとめたものである。
""", 0)
    st += lv_lines([
        ("特区の名称", TOKKU),
        ("区域指定日", "平成28年１月29日"),
        ("計画期間", "令和５年度～令和９年度（第３期区域計画）"),
        ("推進体制", f"{TOKKU}区域会議（内閣府特命担当大臣、{PREF}知事、関係市町長及び民間事業者で構成）"),
    ], 0)

    st += [P("２．区域の状況", H1)]
    st += paras("特区は、性格の異なる次の３区域で構成されている。", 0)
    for i, (head, name, area, date, measures_, firms) in enumerate(ZONES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("区域名", name), ("面積", area), ("認定日", date),
                        ("主な規制の特例", measures_), ("事業者数", f"{fw(firms)}社")], 1)
    st += paras(f"３区域の事業者数は、令和７年３月末現在で合わせて{sum(z[5] for z in ZONES)}社である。西原エリアでは、農業分野での外国人材の受入れを中心に事業者が増えている。", 0)

    st += [P("３．目標指標の達成状況", H1)]
    st += paras("""
区域計画に掲げる目標指標の推移は、次のとおりである。新規立地企業数、新規雇用者数及び設備投資額はいずれも２年連続で増加した。一方、外国人創業者数は、在留資格の審査期間が長くなった影響で前年度を下回った。
""", 0)
    st += [caption(targets.title, "（各年度末現在）"), targets.flowable(), Spacer(1, 2)]
    st += notes(["※１ 前年度比増減の「△」は減少を示す。",
                 "※２ 外国人創業者数は、外国人創業活動促進事業により在留資格を得て県内で創業した者の数である。"])

    st += [P("４．規制の特例措置の活用状況", H1)]
    st += paras("令和６年度に規制の特例措置を活用した事業の状況は、次のとおりである。関連投資額は、農地転用の特例を活用した植物工場の整備が最も大きかった。", 0)
    st += [caption(measures.title), measures.flowable(), Spacer(1, 2)]
    st += notes(["※３ 関連投資額は、認定事業の計画に記載された投資額の合計である。"])

    st += [P("５．特区立地促進補助金", H1)]
    st += paras("県は、特区内での設備投資を後押しするため、次の補助金を設けている。", 0)
    st += lv_lines([
        ("補助対象", "特区内で規制の特例措置を活用して行う設備投資"),
        ("補助率", "投資額の10分の１以内"),
        ("補助上限額", "１億円（外国人創業者が設立した企業は3,000万円）"),
        ("令和６年度の交付実績", "６件、総額１億8,400万円"),
    ], 0)

    st += [P("６．今後の取組", H1)]
    st += paras("""
令和７年度は、第３期区域計画の中間評価を行うとともに、霧ヶ丘エリアでのドローン配送の実証を県内の山間部に広げる。また、朝霧港エリアでは、外国人創業者向けの相談窓口を英語と中国語に加えてマレー語でも開設する予定である。
""", 0)
    st += [CondPageBreak(40 * mm), P("７．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ZONE_DEPT} 区域計画担当",
        "電話：099-020-3141　ファクス：099-020-3149",
        "電子メール：tokku@pref.asagiri.example.jp",
        f"所在地：〒899-9901 {PREF}朝霧市本町一丁目１番１号 県庁東館４階",
    ]))
    return st


# ================================================================ document 2: start-up programme report
VENTURE_DEPT = f"{PREF} 産業振興部 スタートアップ推進課"
NETWORK = "一般社団法人あさぎりベンチャーネットワーク"
PROGRAMMES = [  # 見出し, 対象, 期間, 定員, 支援内容
    ("アクセラレーションプログラム", "創業からおおむね５年以内のスタートアップ",
     "約４か月（前期・後期の年２回）", "各期８社程度",
     "専任メンターによる伴走支援、投資家とのマッチング、成果発表会（デモデー）"),
    ("実証フィールド支援プログラム", "県内で製品・サービスの実証を行うスタートアップ（県外企業を含む。）",
     "最長１年", "10件程度",
     "県有施設や市町のフィールドの紹介、実証経費の補助（補助率３分の２以内、上限500万円）"),
    ("グローバル展開支援プログラム", "海外市場への展開を目指す県内のスタートアップ",
     "約６か月", "５社程度",
     f"海外ピッチイベントへの派遣、{PARTNER}（マレーシア）の投資家とのオンライン商談、英語版事業計画の作成支援"),
]
COHORTS = [  # プログラム (wrapped), (採択企業数, 資金調達額) for 令和５, ６年度
    ("アクセラレーション\nプログラム（前期）", (8, 412), (8, 655)),
    ("アクセラレーション\nプログラム（後期）", (7, 236), (8, 390)),
    ("実証フィールド\n支援プログラム", (9, 148), (11, 273)),
    ("グローバル展開\n支援プログラム", (4, 520), (5, 1180)),
    ("大学発ベンチャー\n創出支援事業", (3, 85), (4, 120)),
]
FIELDS = [  # 分野, 支援企業数（社）, 資金調達額（百万円）, 新規雇用者数（人）; 2022-2024 cumulative
    ("ＩＴ・ソフトウェア", 36, 2140, 118),
    ("ヘルスケア・医療", 17, 1260, 47),
    ("農業・食品", 14, 390, 31),
    ("環境・エネルギー", 11, 905, 26),
    ("ものづくり", 9, 318, 21),
    ("その他", 7, 113, 12),
]
MENUS = [  # 支援メニュー, 令和４, ５, ６年度 利用件数; None = ― (not offered yet)
    ("起業相談窓口", 412, 468, 503),
    ("オンライン起業相談", None, 96, 142),
    ("創業セミナー", 38, 41, 45),
    ("ビジネスプラン作成支援", 57, 63, 71),
    ("メンタリング", 124, 151, 187),
    ("専門家派遣（法務・知財）", 46, 52, 60),
    ("投資家マッチング会", 9, 12, 14),
    ("ピッチイベント", 6, 8, 9),
    ("実証フィールドの紹介", 21, 27, 34),
    ("実証経費補助", 8, 9, 11),
    ("シェアオフィスの提供", 33, 35, 38),
    ("海外ピッチ派遣", 2, 4, 5),
    ("海外投資家とのオンライン商談", None, None, 18),
    ("大学発ベンチャー相談", 15, 19, 23),
    ("人材マッチング", 11, 17, 25),
]


def venture_specs():
    years = [era_label(y) for y in (2023, 2024)]
    crows = [[n] + [fw(x) for pair in v for x in pair] for n, *v in COHORTS]
    crows.append(["合計"] + [fw(sum(v[y][k] for _, *v in COHORTS)) for y in (0, 1) for k in (0, 1)])
    cohorts = TableSpec(
        key="cohorts", doc=VENTURE_PDF, title="プログラム別の採択企業数及び資金調達額",
        header=[["プログラム", years[0], "", years[1], ""],
                ["", "採択企業数（社）", "資金調達額（百万円）", "採択企業数（社）", "資金調達額（百万円）"]],
        rows=crows, col_widths=[34 * mm, 30 * mm, 35 * mm, 30 * mm, 35 * mm],
        unit={1: "社", 2: "百万円", 3: "社", 4: "百万円"},
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    frows = [[n] + [fw(x) for x in v] for n, *v in FIELDS]
    frows.append(["計"] + [fw(sum(r[i] for r in FIELDS)) for i in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=VENTURE_PDF, title="分野別の支援企業の状況",
        header=[["分野", "支援企業数（社）", "資金調達額（百万円）", "新規雇用者数（人）"]],
        rows=frows, col_widths=[44 * mm, 34 * mm, 40 * mm, 38 * mm],
        unit={1: "社", 2: "百万円", 3: "人"}, ruled=False, bold_rows=("計",),
    )
    fields.table_range = [2022, 2024]  # caption note （2022年度～2024年度の累計）
    total = ["合計"] + [fw(sum(m[i] or 0 for m in MENUS)) for i in (1, 2, 3)]
    menus = TableSpec(
        key="menus", doc=VENTURE_PDF, title="支援メニュー別の利用件数",
        header=[["支援メニュー", "令和４年度\n利用件数", "令和５年度\n利用件数", "令和６年度\n利用件数"]],
        rows=[[n] + [cell(x) for x in v] for n, *v in MENUS] + [total],
        col_widths=[70 * mm, 30 * mm, 30 * mm, 30 * mm], unit="件", repeat_header=False,
    )
    return cohorts, fields, menus


def venture_story(specs):
    cohorts, fields, menus = specs
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE),
          P("あさぎりスタートアップ支援事業 実施報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(VENTURE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１．事業の概要", H1)]
    st += paras(f"""
{PREF}は、県内から成長性の高いスタートアップを生み出すため、創業前の相談から資金調達、海外展開までを一貫して支援する「あさぎりスタートアップ支援事業」を実施している。本報告書は、令和６年度の実施状況と、事業開始以降の主な成果を取りまとめたものである。
""", 0)
    st += lv_lines([
        ("事業期間", "令和２年度～令和８年度"),
        ("実施体制", f"{PREF}（事業の企画及び評価）、{NETWORK}（プログラムの運営を受託）"),
        ("令和６年度予算額", "２億4,600万円"),
        ("目標", "2026年度までに、支援したスタートアップの資金調達額を累計で80億円とする。"),
    ], 0)

    st += [P("２．プログラムの内容", H1)]
    st += paras("事業の中心となるプログラムは、次の三つである。", 0)
    for i, (name, target, period, capacity, support) in enumerate(PROGRAMMES, 1):
        st += [P(f"（{fw(i)}）{name}", H2)]
        st += lv_lines([("対象", target), ("期間", period), ("定員", capacity), ("支援内容", support)], 1)

    st += [P("３．プログラム別の実績", H1)]
    st += paras("令和５年度及び令和６年度のプログラム別の採択企業数及び資金調達額は、次のとおりである。令和６年度は、アクセラレーションプログラム前期の採択企業がシリーズＡの資金調達を相次いで実現した。", 0)
    st += [caption(cohorts.title), cohorts.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 資金調達額は、採択企業がプログラムの終了後６か月以内に調達した出資及び融資の額の合計である。",
        "※２ グローバル展開支援プログラムの令和６年度の資金調達額には、令和７年３月に契約が解除された１社分の150百万円が含まれている。これを除いた額は1,030百万円である。",
    ])

    st += [P("４．分野別の支援企業の状況", H1)]
    st += paras("2022年度から2024年度までの３年間に支援した企業を分野別にみると、ＩＴ・ソフトウェア分野が最も多く、資金調達額でも全体の４割を占めた。", 0)
    st += [caption(fields.title, "（2022年度～2024年度の累計）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※３ 新規雇用者数は、支援を開始した時点からの常用雇用者の増加数である。"])

    st += [P("５．支援メニューの利用状況", H1)]
    st += paras("""
支援メニュー別の利用件数は、次のとおりである。起業相談窓口の利用は令和６年度に初めて500件を超え、メンタリングと人材マッチングの利用が大きく伸びた。
オンライン起業相談は、県外に住む創業希望者からの利用が全体の約３割を占めている。
""", 0)
    st += [caption(menus.title, "（単位：件）", keep=False), menus.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ オンライン起業相談は令和５年度、海外投資家とのオンライン商談は令和６年度に開始したため、それより前の年度は「―」とした。",
    ])

    st += [P("６．令和７年度の募集スケジュール", H1)]
    st += paras("令和７年度のアクセラレーションプログラム（前期）の募集は、次の日程で行う。", 0)
    st += numbered([
        "① 募集開始：令和７年４月14日（月）",
        "② 応募締切：令和７年５月30日（金）17時",
        "③ 書類選考：令和７年６月上旬",
        "④ 面接選考（オンライン）：令和７年６月中旬",
        "⑤ プログラム開始：令和７年７月10日（木）",
    ], 0)

    st += [P("７．今後の取組", H1)]
    st += paras(f"""
令和７年度は、県内の金融機関と共同で設立する「あさぎりスタートアップ投資事業有限責任組合」（総額20億円）の運用を始めるとともに、{PARTNER}との友好交流協定を生かし、東南アジア市場への展開を目指す企業の支援を強化する。
""", 0)
    st += [CondPageBreak(40 * mm), P("８．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        VENTURE_DEPT,
        "電話：099-020-5274　ファクス：099-020-5279",
        "電子メール：startup@pref.asagiri.example.jp",
        f"（プログラムの運営について）{NETWORK}　電話：099-020-8810",
        "ウェブサイト：https://startup.asagiri.example.jp/",
    ]))
    return st


# ================================================================ document 3: friendship agreement profile
FRIEND_DEPT = f"{PREF} 産業振興部 国際ビジネス課"
OVERVIEW = [  # 項目, ペルマタ州, 朝霧県（参考）
    ("人口（万人）", "286", "172"),
    ("面積（平方キロメートル）", "9,820", "6,340"),
    ("域内総生産（億円）", "42,600", "68,900"),
    ("主要産業", "電子部品、パーム油、観光", "自動車部品、水産加工、観光"),
    ("州都・県庁所在地", "コタ・ペルマタ", "朝霧市"),
]


def friend_specs():
    overview = TableSpec(
        key="overview", doc=FRIEND_PDF, title=f"{PARTNER}の概要",
        header=[["項目", PARTNER, f"{PREF}（参考）"]],
        rows=[list(r) for r in OVERVIEW], col_widths=[50 * mm, 55 * mm, 55 * mm],
        unit=unit_in_label,
    )
    return (overview,)


def friend_story(specs):
    (overview,) = specs
    st = [Spacer(1, 2 * mm), P(f"{PREF}・{PARTNER}（マレーシア）", SUBTITLE),
          P("友好交流協定の概要", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(FRIEND_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１．協定の概要", H1)]
    st += lv_lines([
        ("名称", f"{PREF}とマレーシア・{PARTNER}との友好交流及び経済協力に関する協定"),
        ("締結日", "平成29年10月16日"),
        ("締結場所", f"{PARTNER} 州都コタ・ペルマタ"),
        ("署名者", f"{PREF}知事及び{PARTNER}首席大臣"),
        ("有効期間", "５年間（双方に異議がない場合は、５年ごとに更新）"),
    ], 0)
    st += [P(f"２．{PARTNER}の概要", H1)]
    st += paras(f"{PARTNER}は、マレーシア半島部の西海岸に位置し、電子部品産業の集積とパーム油の生産で知られる。州都コタ・ペルマタには日系企業約40社が進出している。", 0)
    st += [caption(overview.title, "（2023年）"), overview.flowable(), Spacer(1, 2)]
    st += notes(["※ 域内総生産は、2023年の年平均の為替レート（１リンギット＝32円）で円に換算した。"])
    st += [P("３．協力分野", H1)]
    st += numbered([
        "(1) 貿易及び投資の促進",
        "(2) 観光及び青少年の交流",
        "(3) 環境・防災分野の技術協力",
    ], 0)
    st += [P("４．これまでの主な交流", H1)]
    st += numbered([
        "① 平成29年10月16日　協定の締結（コタ・ペルマタ）",
        f"② 平成30年７月　{PARTNER}青少年訪問団の受入れ（高校生24名）",
        f"③ 令和元年11月　{PREF}経済訪問団の派遣（企業15社、38名）",
        "④ 令和４年10月　協定の１回目の更新及び締結５周年記念式典の開催",
        f"⑤ 令和５年９月　コタ・ペルマタで「{PREF}産品フェア」を開催（来場者約12,000人）",
        f"⑥ 令和６年６月　{PARTNER}投資開発公社との合同投資セミナーを朝霧市で開催（参加企業62社）",
    ], 0)
    st += [P("５．今後の予定", H1)]
    st += paras("令和７年度は、合同投資セミナーをコタ・ペルマタで開催するほか、防災分野の技術研修員（４名）を受け入れる予定である。協定は令和９年10月に２回目の更新期を迎える。", 0)
    st += [CondPageBreak(30 * mm), P("６．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{FRIEND_DEPT} アジア・オセアニア担当",
        "電話：099-020-4417",
        "電子メール：global-biz@pref.asagiri.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return zone_specs() + venture_specs() + friend_specs()


def all_gold(row_pages: dict) -> list[dict]:
    """row_pages: doc name -> the (spec key, row index) -> pages map of its build."""
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"h4t{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    zspecs, vspecs, fspecs = zone_specs(), venture_specs(), friend_specs()
    zdoc = build_pdf(docs_dir / ZONE_PDF, zspecs, zone_story(zspecs),
                     f"{TOKKU} 令和６年度 進捗状況報告書", "令和７年７月", ZONE_DEPT)
    vdoc = build_pdf(docs_dir / VENTURE_PDF, vspecs, venture_story(vspecs),
                     "令和６年度 あさぎりスタートアップ支援事業 実施報告書", "令和７年６月", VENTURE_DEPT)
    fdoc = build_pdf(docs_dir / FRIEND_PDF, fspecs, friend_story(fspecs),
                     f"{PREF}・{PARTNER} 友好交流協定の概要", "令和７年５月", FRIEND_DEPT)
    gold = all_gold({ZONE_PDF: zdoc.row_pages, VENTURE_PDF: vdoc.row_pages, FRIEND_PDF: fdoc.row_pages})
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
    # --- kpi: the special-zone report's target table (a)
    dict(question="令和５年度に特区へ新しく立地した企業は何社でしたか？",
         category="kpi", doc=ZONE_PDF, evidence=["新規立地企業数（社） 14 17 21"], answer=["17"],
         notes="(a) ruled grid with Western-year headers; 令和５年度 = the 2023年度 column; unit in the row label"),
    dict(question="外国人創業者の数は2024年度に減ったそうですが、前の年度から何人減ったのですか？",
         category="kpi", doc=ZONE_PDF, evidence=["外国人創業者数（人） ９ 13 11 △２"], answer=["２"],
         notes="(a) the 前年度比増減 column, printed △２ (note ※１: △ = decrease); 13 -> 11"),
    dict(question="特区内の企業の設備投資額は、2022年度から2024年度までの間にどれだけ増えましたか？",
         category="kpi", doc=ZONE_PDF, evidence=["特区内の設備投資額（百万円）", "12,480 15,320 18,050"],
         answer=["5,570百万円"], computed=True,
         notes="(a) difference 18,050 - 12,480 = 5,570 across two years (the 増減 column +2,730 covers one year only)"),
    # --- special_zone: table (e), label-value lines, sibling sections, a list
    dict(question="2024年度の特例措置の活用状況をみると、認定を受けた事業は全部でいくつありますか？",
         category="special_zone", doc=ZONE_PDF, evidence=["計 14 35 7,450"], answer=["14"],
         notes="(e) 計 row, first column 認定事業数（件）; the year is only in the caption title 令和６年度の…活用状況"),
    dict(question="令和６年度の特例措置に関連する投資額のうち、農地転用の特例はどのくらいの割合を占めていますか？",
         category="special_zone", doc=ZONE_PDF, evidence=["農地転用の特例 １ ２ 2,650", "計 14 35 7,450"],
         answer=["36%"], computed=True,
         notes="(e) share of the 計 row: 2,650 / 7,450 = 35.6% -> 36%; unit in the column header 関連投資額（百万円）"),
    dict(question="あさぎり国際イノベーション特区が国家戦略特区として指定されたのはいつですか？",
         category="special_zone", doc=ZONE_PDF, evidence=["区域指定日：平成28年１月29日"], answer=["平成28年１月29日"],
         notes="「label：value」 line under １．特区の概要; the 区域 sections' 認定日 (平成28年４月22日 …) are near misses"),
    dict(question="西原町の区域が特区の区域計画に認定されたのはいつですか？",
         category="special_zone", doc=ZONE_PDF, evidence=["認定日：令和３年６月18日"], answer=["令和３年６月18日"],
         notes="sibling sections: three エリア with the same labels (区域名, 面積, 認定日, 主な規制の特例, 事業者数); the third (西原エリア) is asked by its town, named only in its 区域名 line"),
    dict(question="霧ヶ丘の研究学園区域では、何社の事業者が活動していますか？",
         category="special_zone", doc=ZONE_PDF, evidence=["事業者数：21社"], answer=["21社"],
         notes="sibling sections: 事業者数 differs per エリア (38社, 21社, 12社); the second is asked"),
    dict(question="朝霧港のエリアでは、どのような規制の特例が活用できますか？",
         category="special_zone", doc=ZONE_PDF,
         evidence=["主な規制の特例：外国人創業活動促進事業", "港湾施設の利用手続の特例"],
         answer=["外国人創業活動促進事業", "港湾施設の利用手続の特例"],
         notes="list (2 items); the first エリア's 主な規制の特例 line; the same names are also row labels of (e)"),
    # --- subsidy: label-value lines in the zone report and the programme report
    dict(question="特区の中で設備投資をする企業向けの補助金は、最大でいくらまで出ますか？",
         category="subsidy", doc=ZONE_PDF, evidence=["補助上限額：１億円"], answer=["１億円"],
         notes="「label：value」 line under ５．特区立地促進補助金; 3,000万円 is the cap for firms founded by foreign entrepreneurs, １億8,400万円 the 令和６年度 total"),
    dict(question="スタートアップが県内で実証をするときの経費補助は、補助率がどのくらいですか？",
         category="subsidy", doc=VENTURE_PDF, evidence=["補助率３分の２以内"], answer=["３分の２以内"],
         notes="inside the 支援内容 line of （２）実証フィールド支援プログラム (補助率３分の２以内、上限500万円); the zone report's 10分の１以内 is another subsidy"),
    # --- venture: tables (b), (c), (d), label-value lines, schedule, sibling sections
    dict(question="令和５年度のアクセラレーションプログラム後期では、何社が採択されましたか？",
         category="venture", doc=VENTURE_PDF, evidence=["プログラム（後期） ７ 236 ８ 390"], answer=["７"],
         notes="(b) merged header: 令和５年度 spans 採択企業数（社） / 資金調達額（百万円); row label wrapped onto two lines (アクセラレーション / プログラム（後期）), the first line shared with （前期）"),
    dict(question="グローバル展開支援プログラムの採択企業が2024年度に調達した資金は、最終的にいくらになりましたか？",
         category="venture", doc=VENTURE_PDF, evidence=["これを除いた額は1,030百万円"], answer=["1,030百万円"],
         notes="(b) footnote ※２ corrects the value: the table prints 1,180 (incl. 150百万円 of a cancelled contract)"),
    dict(question="アクセラレーションプログラム前期の資金調達額は、令和５年度から令和６年度にかけて何倍になりましたか？",
         category="venture", doc=VENTURE_PDF, evidence=["プログラム（前期） ８ 412 ８ 655"], answer=["1.6倍"],
         computed=True, notes="(b) merged header, 資金調達額（百万円） of both years; ratio 655 / 412 = 1.59 -> 1.6倍"),
    dict(question="2022年度からの３年間で、ヘルスケア・医療分野の支援企業はいくら資金を調達しましたか？",
         category="venture", doc=VENTURE_PDF, evidence=["ヘルスケア・医療 17 1,260 47"], answer=["1,260"],
         notes="(c) unruled table, unit in the column header 資金調達額（百万円）; the period only in the caption note"),
    dict(question="2023年度にメンタリングは何件利用されましたか？",
         category="venture", doc=VENTURE_PDF, evidence=["メンタリング 124 151 187"], answer=["151"],
         notes="(d) era-year two-line headers: 2023年度 = 令和５年度 / 利用件数; the row is on the continuation page, the header and the unit note （単位：件） only on the page before"),
    dict(question="人材マッチングの令和６年度の利用件数を教えてください。",
         category="venture", doc=VENTURE_PDF, evidence=["人材マッチング 11 17 25"], answer=["25"],
         notes="(d) continuation page: the page break does not repeat the header, so 令和６年度 / 利用件数 is only on the previous page"),
    dict(question="2024年度の支援メニュー全体の利用件数は、合計で何件でしたか？",
         category="venture", doc=VENTURE_PDF, evidence=["合計 782 1,002 1,185"], answer=["1,185"],
         notes="(d) continuation page, 合計 row without a header on its page; last column = 令和６年度利用件数"),
    dict(question="あさぎりスタートアップ支援事業は、何年度まで実施する予定ですか？",
         category="venture", doc=VENTURE_PDF, evidence=["事業期間：令和２年度", "令和８年度"], answer=["令和８年度"],
         notes="「label：value」 line under １．事業の概要 (令和２年度～令和８年度); the 目標 line names 2026年度 (= 令和８年度)"),
    dict(question="令和７年度のアクセラレーションプログラム前期に応募したい会社があります。締切はいつですか？",
         category="venture", doc=VENTURE_PDF, evidence=["応募締切：令和７年５月30日（金）17時"], answer=["５月30日", "17時"],
         notes="dated numbered schedule (① 募集開始 … ⑤ プログラム開始) for the year after the report's; 募集開始 ４月14日 is a near miss"),
    dict(question="グローバル展開支援プログラムの支援期間はどのくらいですか？",
         category="venture", doc=VENTURE_PDF, evidence=["期間：約６か月"], answer=["約６か月"],
         notes="sibling sections: three プログラム with the same labels (対象, 期間, 定員, 支援内容); the third is asked (約４か月, 最長１年 in the siblings)"),
    dict(question="実証フィールド支援のプログラムは、募集枠が何件くらいありますか？",
         category="venture", doc=VENTURE_PDF, evidence=["定員：10件程度"], answer=["10件程度"],
         notes="sibling sections: 定員 differs per プログラム (各期８社程度, 10件程度, ５社程度); the second is asked; table (b) gives 採択企業数 ９ and 11 as near misses"),
    # --- mou: the friendship agreement profile
    dict(question="朝霧県がペルマタ州と協定を結んだのは、2017年の何月何日ですか？",
         category="mou", doc=FRIEND_PDF, evidence=["締結日：平成29年10月16日"], answer=["10月16日"],
         notes="「label：value」 line; 2017 = 平成29年"),
    dict(question="ペルマタ州との協定は、一度結ぶと何年間有効なのですか？",
         category="mou", doc=FRIEND_PDF, evidence=["有効期間：５年間"], answer=["５年間"],
         notes="「label：value」 line (５年ごとに更新)"),
    dict(question="ペルマタ州の人口はどのくらいですか？",
         category="mou", doc=FRIEND_PDF, evidence=["人口（万人） 286 172"], answer=["286"],
         notes="overview table, unit in the row label (万人); 172 is 朝霧県（参考）"),
    dict(question="ペルマタ州ではどんな産業が盛んですか？",
         category="mou", doc=FRIEND_PDF, evidence=["電子部品、パーム油、観光"], answer=["電子部品", "パーム油", "観光"],
         notes="list (3 items) in a text cell of the overview table (主要産業); the next cell is 朝霧県's"),
    dict(question="ペルマタ州との協定で、協力することになっている分野を教えてください。",
         category="mou", doc=FRIEND_PDF, evidence=["貿易及び投資の促進", "観光及び青少年の交流", "環境・防災分野の技術協力"],
         answer=["貿易及び投資", "観光及び青少年の交流", "環境・防災"],
         notes="list (3 items), numbered (1)-(3) under ３．協力分野"),
    dict(question="現地で開いた朝霧県の産品フェアには、どれくらいの人が来場しましたか？",
         category="mou", doc=FRIEND_PDF, evidence=["来場者約12,000人"], answer=["約12,000人"],
         notes="numbered list of dated items (⑤ 令和５年９月); 24名, 38名 and 62社 in the other items are distractors"),
    # --- followup (history)
    dict(question="そこの面積は？",
         category="followup", doc=ZONE_PDF, evidence=["面積：約560ヘクタール"], answer=["約560ヘクタール"],
         history=_turns("霧ヶ丘エリアの区域計画はいつ認定されましたか？",
                        "霧ヶ丘エリア（霧ヶ丘研究学園区域）は、平成30年３月９日に認定されました。[1]"),
         notes="demonstrative そこ = 霧ヶ丘エリア, the second sibling; the siblings have 約1,240 and 約8,900ヘクタール"),
    dict(question="もう一つのほうは？",
         category="followup", doc=ZONE_PDF, evidence=["事業者数：12社"], answer=["12社"],
         history=_turns("朝霧港エリアと霧ヶ丘エリアの事業者数をそれぞれ教えてください。",
                        "朝霧港エリアは38社、霧ヶ丘エリアは21社です。[1]"),
         notes="the third sibling (西原エリア) is named nowhere in the conversation; the attribute 事業者数 comes from the history"),
    dict(question="では令和４年度は？",
         category="followup", doc=VENTURE_PDF, evidence=["創業セミナー 38 41 45"], answer=["38"],
         history=_turns("創業セミナーの2024年度の利用件数は何件でしたか？",
                        "令和６年度の創業セミナーの利用件数は45件です。[1]"),
         notes="(d) another era-year column of the row in the history; the history asks with a Western year"),
    dict(question="調達額のほうは？",
         category="followup", doc=VENTURE_PDF, evidence=["実証フィールド 支援プログラム ９ 148 11 273"], answer=["273"],
         history=_turns("令和６年度の実証フィールド支援プログラムでは、何社が採択されましたか？",
                        "令和６年度の採択企業数は11社でした。[1]"),
         notes="(b) the 資金調達額（百万円） column of 令和６年度 (the year only in the history); wrapped row label"),
    dict(question="何社くらい参加できるんですか？",
         category="followup", doc=VENTURE_PDF, evidence=["定員：５社程度"], answer=["５社程度"],
         history=_turns("グローバル展開支援プログラムでは、どんな支援が受けられますか？",
                        "海外ピッチイベントへの派遣、ペルマタ州の投資家とのオンライン商談、英語版事業計画の作成支援が受けられます。[1]"),
         notes="the プログラム is only in the history; 定員 of the third sibling (各期８社程度 and 10件程度 in the others)"),
    dict(question="次の更新はいつになりますか？",
         category="followup", doc=FRIEND_PDF, evidence=["令和９年10月に２回目の更新期"], answer=["令和９年10月"],
         history=_turns("ペルマタ州との協定は、これまでに更新されたことがありますか？",
                        "令和４年10月に１回目の更新が行われ、締結５周年の記念式典も開かれました。[1]"),
         notes="the agreement is only in the history; prose under ５．今後の予定"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="朝霧港エリアの38社のうち、外資系の企業は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the エリア gives only the total 事業者数 (38社); no breakdown by ownership",
         absent=["外資系", "外国企業", "外資企業"]),
    dict(question="特区内の新規立地企業数は、2021年度には何社でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (a) covers 2022-2024年度 only; 令和３年 occurs only as 西原エリア's 認定日",
         absent=["2021年度", "令和３年度"]),
    dict(question="朝霧県が交流協定を結んでいる台湾の都市について、締結日を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the only partner covered is ペルマタ州 (マレーシア); near miss: its 締結日 平成29年10月16日",
         absent=["台湾"]),
    dict(question="アクセラレーションプログラムに参加する場合、参加費はかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the programme's 対象, 期間, 定員 and 支援内容 are given, not its cost to participants",
         absent=["参加費", "受講料", "無料", "参加者負担"]),
    dict(question="その特例で、外国人材は何人受け入れられたのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("西原エリアではどんな規制の特例が活用できますか？",
                        "農業外国人材受入れの特例と農地転用の特例です。[1]"),
         notes="follow-up; table (e) gives 活用事業者数 (８社) for 農業外国人材受入れの特例, not the number of people",
         absent=["受入れ人数", "受入人数", "受け入れ人数", "受入れ数"]),
    dict(question="申請はいつまでにすればいいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("特区立地促進補助金の補助率はどのくらいですか？",
                        "投資額の10分の１以内で、上限は１億円です。[1]"),
         notes="follow-up; the zone report gives no application period for the subsidy; near miss: the programme report's 応募締切 (a different programme)",
         absent=["申請期限", "申請締切", "受付期間", "申請期間"]),
]
CATEGORY_COUNTS = {"kpi": 3, "special_zone": 6, "subsidy": 2, "venture": 11, "mou": 6, "followup": 6,
                   "unanswerable": 6}
LISTS = 3
SIBLING = 4
UNANSWERABLE_FOLLOWUPS = 2


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, "h4q")


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year) for the computed-answer checks."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


T, M, C, F, U, O = ("特区の目標指標の推移", "令和６年度の規制の特例措置別の活用状況",
                    "プログラム別の採択企業数及び資金調達額", "分野別の支援企業の状況",
                    "支援メニュー別の利用件数", "ペルマタ州の概要")
COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h4q03": lambda g: f"{g(T, '特区内の設備投資額（百万円）', '2024年度', 2024) - g(T, '特区内の設備投資額（百万円）', '2022年度', 2022):,}百万円",
    "h4q05": lambda g: f"{pct(g(M, '農地転用の特例', '関連投資額（百万円）', 2024), g(M, '計', '関連投資額（百万円）', 2024))}%",
    "h4q14": lambda g: f"{g(C, 'アクセラレーションプログラム（前期）', '資金調達額（百万円）', 2024) / g(C, 'アクセラレーションプログラム（前期）', '資金調達額（百万円）', 2023):.1f}倍",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {ZONE_PDF: (3, 4), VENTURE_PDF: (3, 4), FRIEND_PDF: (2, 2)}
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout4.py")
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
        if qid != f"h4q{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected h4q{i:02d}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout4.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"h4t{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if (g["number"] is not None or g["value"] == UNKNOWN) and g["unit"] is None:
            errors.append(f"{g['id']}: numeric cell without unit")
        for s in (g["value"], g["row"]):
            if norm(s) not in page_text(g["doc"], g["page"]):
                errors.append(f"{g['id']}: {s!r} not on page {g['page']} of {g['doc']}")
        # without a repeated header, the column labels are only on the table's first page
        spec = specs[g["table"]]
        label_pages = table_pages[g["table"]] if spec.repeat_header else {min(table_pages[g["table"]])}
        for p in label_pages:
            if norm(g["column"]) not in page_text(g["doc"], p):
                errors.append(f"{g['id']}: column {g['column']!r} not on page {p} of {g['doc']}")
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
    """合計 / 計 rows add up the rows above them (― counts as 0); every 前年度比増減 cell equals
    2024 - 2023."""
    errors = []
    by_table = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        by_table[g["table"]][g["row"]][(g["column"], g["fiscal_year"])] = g["number"]
    for table, rows in by_table.items():
        for tot in ("合計", "計"):
            if tot in rows:
                for col, total in rows[tot].items():
                    parts = [r.get(col) or 0 for lab, r in rows.items() if lab != tot]
                    if sum(parts) != total:
                        errors.append(f"{table}: {tot} of {col} is {total}, rows add up to {sum(parts)}")
    for row, cells in by_table[T].items():
        if cells[("前年度比増減", None)] != cells[("2024年度", 2024)] - cells[("2023年度", 2023)]:
            errors.append(f"{T} / {row}: 前年度比増減 does not equal 2024 - 2023")
    # the (c) cumulative 2022-2024 figures cannot be below the (b) 2023 + 2024 figures
    fields_total = by_table[F]["計"]
    cohort_total = by_table[C]["合計"]
    if fields_total[("資金調達額（百万円）", None)] < sum(cohort_total[("資金調達額（百万円）", fy)] for fy in (2023, 2024)):
        errors.append("分野別 計 資金調達額 (2022-2024) is below the programmes' 2023 + 2024 合計")
    return errors


def check_layouts(gold, pages) -> list[str]:
    """The layouts the set promises are really there."""
    errors = []
    specs = {s.key: s for s in all_specs()}
    menus = specs["menus"]
    menu_pages = sorted({g["page"] for g in gold if g["table"] == menus.title})
    if len(menu_pages) != 2:
        errors.append(f"{menus.title} is on pages {menu_pages}, expected a page break inside it")
    header = norm("".join(menus.header[0]))
    on = [i + 1 for i, p in enumerate(pages[VENTURE_PDF]) if header in norm(p)]
    if menus.repeat_header or on != menu_pages[:1]:
        errors.append(f"{menus.title}: header printed on pages {on}, expected only on {menu_pages[:1]}")
    continued = {g["row"] for g in gold if g["table"] == menus.title and len(menu_pages) == 2 and g["page"] == menu_pages[1]}
    for row in ("人材マッチング", "合計"):
        if row not in continued:
            errors.append(f"{menus.title}: row {row} should be on the continuation page")
    venture_text = norm("\n".join(pages[VENTURE_PDF]))
    if norm("（単位：件）") not in venture_text:
        errors.append("no caption unit note （単位：件）")
    if specs["fields"].ruled:
        errors.append("the 分野別 table must be drawn without ruling lines")
    if len(specs["cohorts"].header) != 2 or not specs["cohorts"].spans:
        errors.append("the programme table needs a two-row header with merged year cells")
    if {g["unit"] for g in gold if g["table"] == specs["cohorts"].title} != {"社", "百万円"}:
        errors.append("the programme table needs 社 and 百万円 columns")
    wrapped = [r[0] for r in specs["cohorts"].rows if "\n" in r[0]]
    raw = "\n".join(pages[VENTURE_PDF])
    if not wrapped or not all(r in raw for r in wrapped):
        errors.append("the programme table's row labels must wrap onto two lines in the extracted text")
    if not any(g["value"].startswith("△") for g in gold) or not any(g["column"] == "前年度比増減" for g in gold):
        errors.append("no 前年度比増減 column with a △ value")
    if not any(re.fullmatch(r"20\d\d年度", g["column"]) for g in gold) or not any(re.match("令和", g["column"]) for g in gold):
        errors.append("need both Western-year and era-year column headers")
    if not any(g["row"] == "計" for g in gold) or not any(g["row"] == "合計" for g in gold):
        errors.append("need both a 計 and a 合計 row")
    if sum(g["value"] == UNKNOWN for g in gold) < 1:
        errors.append("the set needs a ― cell")
    if not any(g["number"] is None and g["value"] != UNKNOWN for g in gold):
        errors.append("the overview table needs text cells")
    for s in ("募集開始：", "応募締切：", "書類選考：", "面接選考（オンライン）：", "プログラム開始：",
              "これを除いた額は1,030百万円"):
        if norm(s) not in venture_text:
            errors.append(f"programme report lacks {s!r}")
    return errors


def check_prose(pages) -> list[str]:
    """The sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []
    zone = norm("\n".join(pages[ZONE_PDF]))
    for lab in ("区域名：", "面積：", "認定日：", "主な規制の特例：", "事業者数："):
        if zone.count(norm(lab)) != len(ZONES):
            errors.append(f"zone report: label {lab} printed {zone.count(norm(lab))} times, expected {len(ZONES)}")
    if norm(f"合わせて{sum(z[5] for z in ZONES)}社") not in zone:
        errors.append("zone report: the prose total of 事業者数 is missing")
    venture = norm("\n".join(pages[VENTURE_PDF]))
    for lab in ("対象：", "期間：", "定員：", "支援内容："):
        if venture.count(norm(lab)) < len(PROGRAMMES):
            errors.append(f"programme report: label {lab} printed fewer than {len(PROGRAMMES)} times")
    share = sum(f[2] for f in FIELDS[:1]) / sum(f[2] for f in FIELDS)
    if round(share * 10) != 4:
        errors.append(f"programme report: ＩＴ share {share:.2f} is not 「４割」")
    cancelled = COHORTS[3][2][1] - 150
    if norm(f"これを除いた額は{cancelled:,}百万円") not in venture:
        errors.append("programme report: the ※２ corrected value does not equal 1,180 - 150")
    for name, *_ in ZONES:
        if norm(name) not in zone:
            errors.append(f"zone report lacks {name}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
