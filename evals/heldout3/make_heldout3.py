"""Build the 翠峰県 held-out set 3: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (翠峰県, ベトナム・ランドン省 and every town, organisation, person,
phone number, address, URL and figure). The documents are in the genre of ../../../shared/pdfdev
(Japanese prefectural reports, subsidy guidelines, partnership summaries); see README.md beside
this file.

    python make_heldout3.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout2/make_heldout2.py; the helpers are in ../docgen.py. The gold cells are generated from
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
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: make `evals` importable

from evals import docgen
from evals.docgen import (
    DATE_RIGHT,
    DOCS_DIR,
    ERA_YEAR,
    H1,
    H2,
    H3,
    SUBTITLE,
    TITLE,
    UNKNOWN,
    P,
    build_pdf,
    bullets,
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
    label_value_box,
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

KPI_PDF = "suiho_kokusai_senryaku_jisseki_r6.pdf"
GUIDE_PDF = "suiho_global_hojo_boshu_r6.pdf"
MOU_PDF = "suiho_landong_mou_gaiyo.pdf"
ALL_PDFS = (KPI_PDF, GUIDE_PDF, MOU_PDF)

# UNKNOWN ― = no figure (the project did not exist that year)
UNITS = ("人", "百万円", "千円", "万円", "件", "社", "か所", "%")  # printed after a number


def fiscal_year(label: str | None) -> int | None:
    """Western fiscal year of a label naming one year, in era (令和５年度決算額) or Western
    (2024年度) form; None for no year or a period."""
    if not label or fiscal_year_range(label):
        return None
    s = unicodedata.normalize("NFKC", label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", s)]
    years += [int(y) for y in re.findall(r"(20\d\d)年度", s)]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; a leading + keeps the sign, a leading △ (the
    reports' minus sign) negates; (None, None) for dashes, text and fractions."""
    v = unicodedata.normalize("NFKC", value).strip()
    sign = 1
    if v[:1] in ("+", "△"):
        sign, v = (-1 if v[0] == "△" else 1), v[1:]
    number, unit = docgen.parse_number(v, UNITS)
    return (None if number is None else sign * number), unit


def signed(n: int) -> str:
    """An 増減 cell: +25, △１ (single digits full-width)."""
    return f"+{fw(n)}" if n >= 0 else f"△{fw(-n)}"


def label(s: str) -> str:
    """A row label as the gold records it: a label wrapped onto two lines is joined."""
    return s.replace("\n", "")


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


# ================================================================ document 1: KPI report
PREF = "翠峰県"
PARTNER = "ランドン省"
KEY = [  # 指標（単位） wrapped onto two lines, 2022, 2023, 2024年度
    ("県の支援による海外\n商談成立件数（件）", 118, 131, 156),
    ("海外展開に取り組む\n県内企業数（社）", 402, 437, 468),
    ("外資系企業の\n新規立地件数（件）", 3, 5, 4),
    ("県内企業の海外\n現地法人数（社）", 186, 191, 203),
    ("外国人材を雇用する\n県内事業所数（か所）", 1420, 1588, 1731),
]
REGIONS = [  # 国・地域 -> (件数, 金額 百万円) for 令和５, ６年度; 件数 sums = KEY row 1
    ("ベトナム", (34, 612), (45, 1296)),
    ("シンガポール", (22, 498), (27, 571)),
    ("タイ", (19, 305), (24, 362)),
    ("台湾", (26, 441), (28, 455)),
    ("米国", (17, 520), (19, 603)),
    ("その他", (13, 187), (13, 214)),
]
INDUSTRIES = [  # 業種, 立地件数, 新規雇用予定数（人）, 投資予定額（百万円）; 件 sum = KEY row 3
    ("半導体・電子部品", 4, 320, 8450),
    ("食品・飲料", 3, 85, 1120),
    ("医療機器", 2, 140, 2300),
    ("ソフトウェア・ＩＴ", 2, 45, 260),
    ("物流", 1, 30, 940),
]
PROJECTS = [  # 事業名, 令和５年度決算額, 令和６年度予算額, 令和６年度決算額 (千円); None = ― (new)
    ("海外商談会開催事業", 14200, 15000, 14615),
    ("海外見本市出展支援事業", 22860, 24000, 23472),
    ("海外事務所運営事業", 48300, 51600, 51018),
    ("越境ＥＣ展開支援事業", 6450, 7000, 6702),
    ("外資系企業誘致推進事業", 9870, 10500, 9934),
    ("外資系企業立地促進補助金", 60000, 80000, 74250),
    ("グローバル展開支援補助金", 35000, 45000, 41386),
    ("ランドン省経済交流事業", 4920, 6000, 5788),
    ("外国人材受入環境整備事業", 8140, 8500, 8266),
    ("国際ビジネス人材育成事業", 3310, 3500, 3402),
    ("海外スタートアップ連携事業", None, 12000, 11540),
    ("県産品輸出物流支援事業", 5600, 6200, 5931),
    ("ハラール・ヴィーガン対応支援事業", 2180, 2400, 2255),
    ("海外向け情報発信事業", 4050, 4300, 4298),
]
OFFICES = [  # 事務所, 所在地, 開設日, 担当者数, 主な業務
    ("シンガポール事務所", "シンガポール共和国 ラッフルズ・プレイス地区 センチュリー・タワー12階",
     "平成28年４月１日", "４名（うち現地職員２名）",
     "東南アジア全域の市場情報の収集、県産品の販路開拓支援、見本市での県ブースの運営"),
    ("ハノイ事務所", "ベトナム社会主義共和国 ハノイ市 ロータス・ビル８階",
     "令和２年10月１日", "３名（うち現地職員２名）",
     "ランドン省との経済交流の窓口、県内企業の現地進出支援、外国人材の受入れ相談"),
    ("ロサンゼルス事務所", "アメリカ合衆国 カリフォルニア州ロサンゼルス市 パシフィック・プラザ21階",
     "令和５年７月３日", "２名",
     "北米向けの食品輸出の支援、外資系企業の誘致活動、現地日系企業とのネットワークづくり"),
]


def kpi_specs():
    key = TableSpec(
        key="key", doc=KPI_PDF, title="主要指標の推移",
        header=[["指標", "2022年度", "2023年度", "2024年度", "前年度比\n増減"]],
        rows=[[n, fw(a), fw(b), fw(c), signed(c - b)] for n, a, b, c in KEY],
        col_widths=[52 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        unit=lambda row, c: re.search(r"（(.+)）$", row[0]).group(1),
    )
    years = [era_label(y) for y in (2023, 2024)]
    rrows = [[n] + [fw(x) for pair in v for x in pair] for n, *v in REGIONS]
    rrows.append(["合計"] + [fw(sum(v[y][k] for _, *v in REGIONS)) for y in (0, 1) for k in (0, 1)])
    regions = TableSpec(
        key="regions", doc=KPI_PDF, title="国・地域別の商談成立件数及び成約金額",
        header=[["国・地域", years[0], "", years[1], ""],
                ["", "件数（件）", "金額（百万円）", "件数（件）", "金額（百万円）"]],
        rows=rrows, col_widths=[40 * mm, 28 * mm, 32 * mm, 28 * mm, 32 * mm],
        unit={1: "件", 2: "百万円", 3: "件", 4: "百万円"},
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    irows = [[n] + [fw(x) for x in v] for n, *v in INDUSTRIES]
    irows.append(["計"] + [fw(sum(r[i] for r in INDUSTRIES)) for i in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=KPI_PDF, title="業種別の外資系企業立地状況",
        header=[["業種", "立地件数（件）", "新規雇用予定数（人）", "投資予定額（百万円）"]],
        rows=irows, col_widths=[44 * mm, 32 * mm, 40 * mm, 40 * mm],
        unit={1: "件", 2: "人", 3: "百万円"}, ruled=False, bold_rows=("計",),
    )
    industries.table_range = [2022, 2024]  # caption note （2022年度～2024年度の累計）
    total = ["合計"] + [fw(sum(p[i] or 0 for p in PROJECTS)) for i in (1, 2, 3)]
    projects = TableSpec(
        key="projects", doc=KPI_PDF, title="事業別の予算額及び決算額",
        header=[["事業名", "令和５年度\n決算額", "令和６年度\n予算額", "令和６年度\n決算額"]],
        rows=[[n] + [cell(x) for x in v] for n, *v in PROJECTS] + [total],
        col_widths=[70 * mm, 30 * mm, 30 * mm, 30 * mm], unit="千円", repeat_header=False,
    )
    return key, regions, industries, projects


def kpi_story(specs):
    key, regions, industries, projects = specs
    st = [Spacer(1, 2 * mm), P(f"令和６年度 {PREF}国際経済戦略 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年８月", DATE_RIGHT), P(f"{PREF} 産業労働部 国際経済課", DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１．戦略の概要", H1)]
    st += paras(f"""
{PREF}は、県内企業の海外展開と海外からの投資の呼び込みを一体的に進めるため、令和４年３月に「{PREF}国際経済戦略」を策定した。本報告書は、戦略の３年目に当たる2024年度（令和６年度）の取組の実績を取りまとめたものである。
""", 0)
    st += lv_lines([
        ("計画期間", "2022年度～2026年度（５か年）"),
        ("基本理念", "世界とつながり、選ばれる翠峰の産業"),
        ("重点市場", "東南アジア（ベトナム、シンガポール、タイ）、台湾及び北米"),
        ("推進体制", f"{PREF}国際経済戦略推進会議（議長：副知事）"),
    ], 0)

    st += [P("２．主要指標の状況", H1)]
    st += paras("""
戦略に掲げる主要指標の推移は、次のとおりである。県の支援による海外商談成立件数は３年連続で増加し、2024年度は156件となった。一方、外資系企業の新規立地件数は、海外の設備投資の先送りの影響を受けて前年度を下回った。
""", 0)
    st += [caption(key.title, "（各年度末現在）"), key.flowable(), Spacer(1, 2)]
    st += notes(["※１ 前年度比増減の「△」は減少を示す。"])

    st += [P("３．国・地域別の成果", H1)]
    st += paras("県の支援による商談成立件数及び成約金額を国・地域別にみると、次のとおりである。令和６年度はベトナムが件数、金額ともに最も多く、ハノイ事務所を通じた現地小売チェーンとの取引が大きく伸びた。", 0)
    st.append(KeepTogether([caption(regions.title), regions.flowable(), Spacer(1, 2)] + notes([
        "※２ 成約金額は、商談成立時の契約額を円換算したものである。",
        "※３ ベトナムの令和６年度の成約金額は速報値である。令和７年６月に確定した額は1,284百万円である。",
    ])))

    st += [P("４．外資系企業の誘致", H1)]
    st += paras("""
戦略期間の３年間に県内に立地した外資系企業は12社であり、半導体・電子部品分野が最も多かった。立地企業には、県の外資系企業立地促進補助金（補助率10分の１以内）により、設備投資の一部を支援している。
""", 0)
    st += [caption(industries.title, "（2022年度～2024年度の累計）"), industries.flowable(), Spacer(1, 2)]
    st += notes(["※４ 新規雇用予定数及び投資予定額は、立地協定の締結時に企業が示した計画の数値である。"])

    st += [P("５．海外事務所の活動", H1)]
    st += paras("県は、海外での県内企業の活動を支えるため、次の３か所に海外事務所を置いている。", 0)
    for i, (name, addr, opened, staff, work) in enumerate(OFFICES, 1):
        st += [P(f"（{fw(i)}）{name}", H2)]
        st += lv_lines([("所在地", addr), ("開設日", opened), ("担当者数", staff), ("主な業務", work)], 1)
    st += paras(f"３事務所が令和６年度に受け付けた県内企業からの相談は、合わせて612件であった。なお、ハノイ事務所には令和５年11月から「{PARTNER}デスク」を設け、同省との交流の窓口としている。", 0)

    st += [P("６．海外スタートアップとの連携", H1)]
    st += paras("""
令和６年度から、海外のスタートアップと県内企業の協業を促す「SUIHO Global Gateway」を開始した。公募により選んだ海外スタートアップ９社を県内に招へいし、県内企業とのマッチングを行った結果、５件の実証プロジェクトが始まった。実証プロジェクトの分野は、農業のスマート化、介護ロボット、再生可能エネルギーなどである。
招へいに当たっては、県内の大学及び金融機関と連携し、スタートアップごとに県内企業の担当者を「伴走パートナー」として配置した。実証プロジェクトの費用は、１件当たり300万円を上限に県が負担する。
令和７年度は、招へいするスタートアップを12社に増やすとともに、実証の成果を県内外に発信するデモデーを開催する予定である。
""", 0)

    st += [P("７．事業の実施状況", H1)]
    st += paras("令和６年度に実施した主な事業の予算額及び決算額は、次のとおりである。決算額の総額は前年度を上回ったが、これは外資系企業立地促進補助金の交付件数の増加と、海外スタートアップ連携事業の開始によるものである。", 0)
    st += [caption(projects.title, "（単位：千円）", keep=False), projects.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 海外スタートアップ連携事業は令和６年度の新規事業であるため、令和５年度決算額は「―」とした。",
        "※６ 外資系企業立地促進補助金の決算額は、交付確定額の合計である。",
    ])

    st += [P("８．今後の取組", H1)]
    st += paras("""
戦略の残り２年間は、成約後の継続取引の拡大と、立地した外資系企業と県内企業との取引の創出に重点を置く。また、北米市場については、ロサンゼルス事務所を中心に食品分野の商談機会を増やす。
""", 0)
    st += [CondPageBreak(40 * mm), P("９．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{PREF} 産業労働部 国際経済課 海外展開グループ",
        "電話：088-010-4621　ファクス：088-010-4629",
        "電子メール：kokusai-keizai@pref.suiho.example.jp",
        f"所在地：〒781-9901 {PREF}翠峰市中央通一丁目２番３号 県庁本館６階",
    ]))
    return st


# ================================================================ document 2: subsidy guideline
ORG = "公益財団法人すいほう国際経済機構"
COURSES = [  # コース, 対象となる取組, 補助率, 補助上限額, 補助事業期間, 留意事項, 予算
    ("輸出チャレンジコース",
     "初めて輸出に取り組む、又は新たな国・地域に輸出するための取組（商品の現地規格への適合、ラベル表示の変更、海外バイヤーとの商談等）",
     "２分の１以内", "150万円", "交付決定日から令和７年１月31日まで",
     "過去に本コースの交付を受けた者は申請できない。", "3,000万円"),
    ("海外拠点設立コース",
     "海外に販売拠点又は現地法人を設立するための取組（現地法人の登記費用、事務所の賃借料（６か月分まで）等）",
     "３分の１以内", "800万円※", "交付決定日から令和７年２月28日まで",
     "事業計画に、現地での雇用計画を記載すること。", "4,500万円"),
    ("インバウンド商談コース",
     "海外バイヤーを県内に招へいして行う商談の取組（バイヤーの渡航費・宿泊費、通訳費、会場費等）",
     "３分の２以内", "60万円", "交付決定日から令和７年２月28日まで",
     "招へいするバイヤーは、１回につき３社までとする。", "1,500万円"),
]
LAST_YEAR = [  # コース, 申請件数, 採択件数, 交付決定額（万円）
    ("輸出チャレンジコース", 48, 21, 2740),
    ("海外拠点設立コース", 14, 5, 3360),
    ("インバウンド商談コース", 19, 12, 610),
]


def guide_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in LAST_YEAR]
    rows.append(["計"] + [fw(sum(r[i] for r in LAST_YEAR)) for i in (1, 2, 3)])
    adopted = TableSpec(
        key="adopted", doc=GUIDE_PDF, title="令和５年度のコース別採択状況",
        header=[["コース", "申請件数（件）", "採択件数（件）", "交付決定額（万円）"]],
        rows=rows, col_widths=[52 * mm, 34 * mm, 34 * mm, 38 * mm],
        unit={1: "件", 2: "件", 3: "万円"}, table_fy=2023, bold_rows=("計",),
    )
    return (adopted,)


def guide_story(specs):
    (adopted,) = specs
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE),
          P(f"{PREF}グローバル展開支援補助金 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和６年５月", DATE_RIGHT), P(ORG, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１．事業の目的", H1)]
    st += paras(f"この補助金は、県内の中小企業者が行う輸出、海外拠点の設立及び海外バイヤーとの商談の取組に要する経費の一部を補助することにより、県内企業の海外展開を促進することを目的とする。補助金の交付事務は、{PREF}の委託を受けて{ORG}（以下「機構」という。）が行う。", 0)
    st += [P("２．募集の概要", H1), Spacer(1, 2)]
    st.append(label_value_box([
        ("予算額", "9,000万円（" + "、".join(f"{c[0]} {c[6]}" for c in COURSES) + "）"),
        ("申請先", f"{ORG} 海外展開支援課（〒781-9911 {PREF}翠峰市港南町四丁目５番６号 すいほう国際ビジネスセンター３階）"),
        ("申請方法", "機構の電子申請システムによる申請のみ（郵送及び持参による申請は受け付けない。）"),
        ("問い合わせ先", f"{ORG} 海外展開支援課　電話：088-010-7731（平日９時～17時）"),
    ]))
    st += [P("３．補助対象者", H1)]
    st += paras("次の要件を全て満たす中小企業者とする。", 0)
    st += numbered([
        "(1) 県内に本社又は主たる事業所を有すること。",
        "(2) 県税の滞納がないこと。",
        "(3) 補助事業の完了後３年間、海外展開の状況を機構に報告できること。",
    ], 0)

    st += [P("４．コースの内容", H1)]
    st += paras("補助の対象となるコースは次の三つとし、申請者はいずれか一つのコースを選んで申請する。", 0)
    for i, (name, target, rate, cap, period, caution, _) in enumerate(COURSES, 1):
        st += [P(f"（{fw(i)}）{name}", H2)]
        st += lv_lines([
            ("対象となる取組", target),
            ("補助率", rate),
            ("補助上限額", cap),
            ("補助事業期間", period),
            ("留意事項", caution),
        ], 1)
        if "※" in cap:
            st += notes(["※ 県の海外事務所の所在国（シンガポール、ベトナム、米国）に拠点を設ける場合は、補助上限額を1,000万円とする。"])

    st += [P("５．スケジュール", H1)]
    st += numbered([
        "① 公募開始：令和６年５月20日（月）",
        "② 申請締切：令和６年７月５日（金）17時",
        "③ 審査（書面審査及びオンライン面接）：令和６年７月中旬から８月上旬まで",
        "④ 交付決定：令和６年８月下旬（予定）",
        "⑤ 実績報告：補助事業の完了日から30日以内又は令和７年３月10日（月）のいずれか早い日まで",
    ], 0)

    st += [P("６．補助対象経費", H1)]
    st += paras("補助対象経費は、交付決定日以降に契約し、補助事業期間内に支払が完了した次の経費とする。", 0)
    st += bullets([
        "海外規格の認証取得費及び検査費",
        "商品ラベル・パッケージの翻訳費及びデザイン費",
        "現地法人の登記費用及び専門家への委託費",
        "事務所の賃借料（６か月分まで）",
        "海外バイヤーの渡航費、宿泊費及び通訳費",
    ], 1, mark="・")
    st += paras("なお、申請者自身の渡航費、人件費、土地・建物の取得費及び消費税は、補助の対象としない。", 0)

    st += [P("７．前年度の採択状況", H1)]
    st += paras("参考として、令和５年度のコース別の申請件数、採択件数及び交付決定額を示す。", 0)
    st += [caption(adopted.title), adopted.flowable(), Spacer(1, 2)]

    st += [P("８．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ORG} 海外展開支援課 補助金担当",
        "電話：088-010-7731　ファクス：088-010-7739",
        "電子メール：global-hojo@suiho-kokusai.example.jp",
        f"（制度全般について）{PREF} 産業労働部 国際経済課　電話：088-010-4621",
    ]))
    return st


# ================================================================ document 3: MOU summary
def mou_story():
    st = [Spacer(1, 2 * mm), P(f"{PREF}・{PARTNER}（ベトナム）", SUBTITLE),
          P("経済交流に関する覚書（ＭＯＵ）の概要", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(f"{PREF} 産業労働部 国際経済課", DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１．覚書の概要", H1)]
    st += lv_lines([
        ("名称", f"{PREF}とベトナム社会主義共和国{PARTNER}との経済交流に関する覚書"),
        ("締結日", "令和４年９月27日"),
        ("締結場所", f"{PREF}庁（翠峰市）"),
        ("署名者", f"{PREF}知事及び{PARTNER}人民委員会委員長"),
        ("有効期間", "締結日から３年間（双方に異議がない場合は、３年ごとに自動更新）"),
    ], 0)
    st += [P("２．協力分野", H1)]
    st += numbered([
        "(1) 貿易及び投資の促進",
        "(2) 農業及び食品加工",
        "(3) 産業人材の育成",
        "(4) 観光交流",
    ], 0)
    st += [P("３．これまでの交流の経過", H1)]
    st += numbered([
        "① 令和４年９月27日　覚書の締結",
        f"② 令和５年３月　{PARTNER}ビジネスミッションの受入れ（企業18社、34名）",
        f"③ 令和５年11月　ハノイ事務所に「{PARTNER}デスク」を設置",
        "④ 令和６年８月　第１回合同経済フォーラムを翠峰市で開催（参加者約240名）",
        f"⑤ 令和７年２月　県内企業７社による{PARTNER}工業団地の視察",
    ], 0)
    st += [P("４．今後の予定", H1)]
    st += paras(f"令和７年度は、第２回合同経済フォーラムを{PARTNER}で開催するほか、農業分野の技術研修生の受入れを始める予定である。覚書は令和７年９月に最初の更新期を迎える。", 0)
    st += [P("５．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{PREF} 産業労働部 国際経済課 アジア交流担当",
        "電話：088-010-4625",
        "電子メール：asia-koryu@pref.suiho.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_gold(kpi_pages, guide_pages) -> list[dict]:
    gold = []
    for spec in kpi_specs():
        gold += gold_records(spec, kpi_pages)
    for spec in guide_specs():
        gold += gold_records(spec, guide_pages)
    return [{"id": f"h3t{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, gspecs = kpi_specs(), guide_specs()
    kdoc = build_pdf(docs_dir / KPI_PDF, kspecs, kpi_story(kspecs),
                     f"令和６年度 {PREF}国際経済戦略 実績報告書", "令和７年８月", f"{PREF} 産業労働部 国際経済課")
    gdoc = build_pdf(docs_dir / GUIDE_PDF, gspecs, guide_story(gspecs),
                     f"{PREF}グローバル展開支援補助金 募集要項", "令和６年度", ORG)
    build_pdf(docs_dir / MOU_PDF, (), mou_story(),
              f"{PREF}・{PARTNER} 経済交流覚書の概要", "令和７年４月", f"{PREF} 産業労働部 国際経済課")
    gold = all_gold(kdoc.row_pages, gdoc.row_pages)
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
    # --- kpi: the KPI report's tables
    dict(question="翠峰県内の企業が海外に持っている現地法人の数は、2023年度時点で何社でしたか？",
         category="kpi", doc=KPI_PDF, evidence=["現地法人数（社） 186 191"], answer=["191"],
         notes="(a) row label wrapped onto two lines (県内企業の海外 / 現地法人数（社）); Western-year header 2023年度; unit in the row label"),
    dict(question="令和６年度の「海外展開に取り組む県内企業数」は、前の年度と比べて何社増えましたか？",
         category="kpi", doc=KPI_PDF, evidence=["県内企業数（社） 402 437 468 +31"], answer=["31"],
         notes="(a) the 前年度比増減 column (+31, printed); 令和６年度 = the 2024年度 column header; wrapped row label"),
    dict(question="外国人材を雇用している県内の事業所は、2022年度から2024年度までの２年間でいくつ増えましたか？",
         category="kpi", doc=KPI_PDF, evidence=["事業所数（か所） 1,420 1,588 1,731"], answer=["311か所"],
         computed=True, notes="(a) difference 1,731 - 1,420 = 311 across two years (the 増減 column +143 covers one year only)"),
    dict(question="令和６年度に、県の支援でベトナムの企業との商談が成立した件数を教えてください。",
         category="kpi", doc=KPI_PDF, evidence=["ベトナム 34 612 45 1,296"], answer=["45"],
         notes="(b) merged header: 令和６年度 spans 件数（件） / 金額（百万円）; the third value of the row"),
    dict(question="2024年度のベトナム向けの成約金額は、確定値ではいくらになりましたか？",
         category="kpi", doc=KPI_PDF, evidence=["確定した額は1,284百万円"], answer=["1,284百万円"],
         notes="(b) footnote ※３ changes the value: the table prints the preliminary 1,296 for 令和６年度"),
    dict(question="シンガポールとの成約金額は、令和５年度から令和６年度にかけてどれだけ伸びましたか？",
         category="kpi", doc=KPI_PDF, evidence=["シンガポール 22 498 27 571"], answer=["73百万円"],
         computed=True, notes="(b) merged header, 金額（百万円） columns of both years; difference 571 - 498 = 73"),
    dict(question="国・地域別でみた成約金額の合計は、令和６年度でいくらでしたか？",
         category="kpi", doc=KPI_PDF, evidence=["合計 131 2,563 156 3,501"], answer=["3,501"],
         notes="(b) 合計 row, last column (令和６年度 金額（百万円）); the 件数 and 金額 columns alternate"),
    dict(question="立地した外資系企業のうち、食品・飲料と医療機器の２業種を合わせると、新規雇用の予定は何人になりますか？",
         category="kpi", doc=KPI_PDF, evidence=["食品・飲料 ３ 85 1,120", "医療機器 ２ 140 2,300"], answer=["225人"],
         computed=True, notes="(c) unruled table, unit in the column header 新規雇用予定数（人）; sum 85 + 140 = 225"),
    dict(question="海外事務所運営事業の令和６年度の決算額はいくらですか。",
         category="kpi", doc=KPI_PDF, evidence=["運営事業 48,300 51,600 51,018"], answer=["51,018"],
         notes="(d) first page of the split table; two-line header cells 令和６年度 / 決算額; unit only in the caption note （単位：千円）"),
    dict(question="2024年度の海外向け情報発信事業には、どのくらいの予算が付いていましたか？",
         category="kpi", doc=KPI_PDF, evidence=["海外向け情報発信事業 4,050 4,300"], answer=["4,300"],
         notes="(d) continuation page: the page 3→4 break does not repeat the header, so the column (令和６年度予算額) is only on page 3"),
    dict(question="令和６年度の主な事業全体で、予算額に対する決算額の執行率は何％くらいでしたか？",
         category="kpi", doc=KPI_PDF, evidence=["合計 224,880 276,000 262,857"], answer=["95%"],
         computed=True, notes="(d) continuation page, 合計 row without a header on its page; rate 262,857 / 276,000 = 95%"),
    dict(question="海外スタートアップ連携事業の令和５年度の決算額はいくらですか？",
         category="venture", doc=KPI_PDF, evidence=["海外スタートアップ連携事業", "令和６年度の新規事業"], answer=["新規事業"],
         notes="(d) continuation page: ― cell explained by footnote ※５ (new in 令和６年度); must not give a figure (12,000 is the 予算額)"),
    # --- subsidy: the guideline's table
    dict(question="グローバル展開支援補助金の海外拠点設立コースは、昨年度（令和５年度）何件採択されましたか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["海外拠点設立コース 14 ５ 3,360"], answer=["５"],
         notes="table with 件 and 万円 columns and a 計 row; the year is only in the caption title 令和５年度のコース別採択状況"),
    dict(question="前年度の輸出チャレンジコースって、申請したうちどれくらいの割合が採択されたんですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["輸出チャレンジコース 48 21 2,740"], answer=["44%"],
         computed=True, notes="rate 21 / 48 = 43.75% -> 44%; 申請件数 and 採択件数 columns"),
    # --- label-value lines, lists and prose facts
    dict(question="翠峰県国際経済戦略は何年度から何年度までの計画ですか？",
         category="kpi", doc=KPI_PDF, evidence=["計画期間：2022年度", "2026年度（５か年）"], answer=["2022年度", "2026年度"],
         notes="「label：value」 line under １．戦略の概要"),
    dict(question="グローバル展開支援補助金に申し込みたいという相談がありました。申請の締切はいつですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["申請締切：令和６年７月５日（金）17時"], answer=["７月５日", "17時"],
         notes="numbered schedule list with dates (① 公募開始 … ⑤ 実績報告); 公募開始 ５月20日 is a near miss"),
    dict(question="補助金の交付決定はいつごろの予定でしょうか。",
         category="subsidy", doc=GUIDE_PDF, evidence=["交付決定：令和６年８月下旬"], answer=["８月下旬"],
         notes="numbered schedule list; 審査 runs 令和６年７月中旬から８月上旬まで"),
    dict(question="グローバル展開支援補助金では、どのような経費が補助対象外になりますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["申請者自身の渡航費、人件費", "土地・建物の取得費及び消費税"],
         answer=["渡航費", "人件費", "土地・建物", "消費税"],
         notes="prose after the bulleted eligible-expense list; the list includes 海外バイヤーの渡航費, which is eligible"),
    dict(question="翠峰県がランドン省と経済交流の覚書を結んだのは、2022年の何月何日ですか？",
         category="mou", doc=MOU_PDF, evidence=["締結日：令和４年９月27日"], answer=["９月27日"],
         notes="「label：value」 line in the MOU summary; 2022 = 令和４年"),
    dict(question="ランドン省との覚書では、どんな分野で協力することになっていますか？",
         category="mou", doc=MOU_PDF, evidence=["貿易及び投資の促進", "農業及び食品加工", "産業人材の育成", "観光交流"],
         answer=["貿易", "投資", "農業", "食品加工", "人材", "観光"],
         notes="multi-part; numbered list (1)-(4) under ２．協力分野"),
    dict(question="ランドン省との第１回合同経済フォーラムには、どのくらいの人が参加しましたか？",
         category="mou", doc=MOU_PDF, evidence=["第１回合同経済フォーラム", "参加者約240名"], answer=["約240名"],
         notes="numbered list of dated items (交流の経過 ④ 令和６年８月); ② has 34名 and 18社 as distractors"),
    dict(question="SUIHO Global Gatewayでは、海外スタートアップを何社招いて、実証プロジェクトは何件始まりましたか？",
         category="venture", doc=KPI_PDF, evidence=["海外スタートアップ９社を", "５件の実証プロジェクト"], answer=["９社", "５件"],
         notes="multi-part; prose with figures (12社 is the plan for 令和７年度, 300万円 the cap per project)"),
    # --- sibling sections: three overseas offices / three courses
    dict(question="翠峰県のハノイ事務所は、いつ開設されたのですか？",
         category="kpi", doc=KPI_PDF, evidence=["開設日：令和２年10月１日"], answer=["令和２年10月１日"],
         notes="sibling sections: three 事務所 with the same labels (シンガポール 平成28年４月１日, ロサンゼルス 令和５年７月３日)"),
    dict(question="シンガポール事務所には何人の担当者がいますか？",
         category="kpi", doc=KPI_PDF, evidence=["担当者数：４名（うち現地職員２名）"], answer=["４名"],
         notes="sibling sections: 担当者数 differs per 事務所 (ハノイ ３名, ロサンゼルス ２名); 現地職員２名 is a distractor"),
    dict(question="海外拠点設立コースの補助率を教えてください。",
         category="subsidy", doc=GUIDE_PDF, evidence=["補助率：３分の１以内"], answer=["３分の１以内"],
         notes="sibling sections: three コース with the same labels (２分の１以内, ３分の２以内); the コース heading is on page 1, its 補助率 line too, its 補助上限額 on page 2"),
    dict(question="海外バイヤーを県内に招いて商談するコースだと、補助金は最大いくらまで出ますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["補助上限額：60万円"], answer=["60万円"],
         notes="sibling sections: the コース (インバウンド商談コース) is described, not named; caps 150万円 and 800万円※ in the siblings"),
    # --- followup (history)
    dict(question="じゃあ前年度は？",
         category="followup", doc=KPI_PDF, evidence=["新規立地件数（件） ３ ５ ４"], answer=["５"],
         history=_turns("2024年度に県内に新しく立地した外資系企業は何件でしたか？",
                        "2024年度の外資系企業の新規立地件数は４件でした。[1]"),
         notes="前年度 = 2023年度 of the row in the history; (a) wrapped row label, Western-year headers"),
    dict(question="金額ベースだとどうですか？",
         category="followup", doc=KPI_PDF, evidence=["タイ 19 305 24 362"], answer=["362"],
         history=_turns("令和６年度の国・地域別の商談成立件数で、一番多かったのはどこですか？",
                        "令和６年度はベトナムが45件で最も多くなっています。[1]",
                        "タイは？",
                        "タイは令和６年度に24件でした。[1]"),
         notes="two-turn history; the country (タイ) and the year are only in the history; (b) 金額（百万円） column of 令和６年度"),
    dict(question="そこの担当者数は？",
         category="followup", doc=KPI_PDF, evidence=["担当者数：３名（うち現地職員２名）"], answer=["３名"],
         history=_turns("ハノイ事務所はどんな仕事をしているんですか？",
                        "ハノイ事務所は、ランドン省との経済交流の窓口や、県内企業の現地進出支援、外国人材の受入れ相談を担っています。[1]"),
         notes="demonstrative そこ = ハノイ事務所; sibling 事務所 have ４名 and ２名"),
    dict(question="もう一つの拠点の方は？",
         category="followup", doc=KPI_PDF, evidence=["開設日：令和５年７月３日"], answer=["令和５年７月３日"],
         history=_turns("翠峰県の海外事務所のうち、シンガポールとハノイはそれぞれいつ開設されましたか？",
                        "シンガポール事務所は平成28年４月１日、ハノイ事務所は令和２年10月１日に開設されました。[1]"),
         notes="the third sibling (ロサンゼルス事務所) is named nowhere in the conversation; attribute 開設日 from the history"),
    dict(question="ベトナムに現地法人をつくる場合も、上限は同じですか？",
         category="followup", doc=GUIDE_PDF, evidence=["補助上限額を1,000万円とする"], answer=["1,000万円"],
         history=_turns("グローバル展開支援補助金の海外拠点設立コースの補助上限額はいくらですか？",
                        "海外拠点設立コースの補助上限額は800万円です。[1]"),
         notes="footnote ※ under the コース changes the value: 1,000万円 where the prefecture has an office (ベトナム); the history's answer is incomplete"),
    dict(question="予算額の方は？",
         category="followup", doc=KPI_PDF, evidence=["海外商談会開催事業 14,200 15,000"], answer=["15,000"],
         history=_turns("海外商談会開催事業の令和６年度の決算額はいくらでしたか？",
                        "令和６年度の決算額は14,615千円です。[1]"),
         notes="another column of the same row: (d) 令和６年度予算額 (14,200 is the 令和５年度決算額)"),
    dict(question="そのうち採択されたのは何件？",
         category="followup", doc=GUIDE_PDF, evidence=["輸出チャレンジコース 48 21"], answer=["21"],
         history=_turns("前年度の輸出チャレンジコースには何件の申請がありましたか？",
                        "令和５年度の輸出チャレンジコースの申請件数は48件でした。[1]"),
         notes="そのうち: next column (採択件数) of the row in the history"),
    dict(question="最初の更新はいつごろになりますか？",
         category="followup", doc=MOU_PDF, evidence=["覚書は令和７年９月に最初の更新期"], answer=["令和７年９月"],
         history=_turns("ランドン省との覚書の有効期間はどのくらいですか？",
                        "締結日から３年間で、双方に異議がなければ３年ごとに自動更新されます。[1]"),
         notes="the MOU is only in the history; prose under ４．今後の予定 (締結日 令和４年９月27日 + 3 years)"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="海外拠点設立コースでは、今年度は何件ぐらい採択する予定ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the コース budget (4,500万円) and last year's 採択件数 (５), no planned number",
         absent=["採択予定", "予定件数", "件程度"]),
    dict(question="覚書の相手先のランドン省は、人口がどのくらいの地域ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the MOU summary gives the signatories, fields and history, nothing about the province itself",
         absent=["人口", "面積"]),
    dict(question="グローバル展開支援補助金の審査では、どの項目に何点の配点がありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the schedule names the 審査 (書面審査及びオンライン面接) and its dates, not its criteria",
         absent=["配点", "審査項目", "加点", "合格点"]),
    dict(question="県の支援による海外商談成立件数について、2026年度の目標値は何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives 2022-2024 results and the plan period to 2026年度, no targets",
         absent=["目標値", "2026年度の目標", "令和８年度"]),
    dict(question="そこの電話番号はわかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("ロサンゼルス事務所の所在地を教えてください。",
                        "ロサンゼルス事務所は、アメリカ合衆国カリフォルニア州ロサンゼルス市のパシフィック・プラザ21階にあります。[1]"),
         notes="follow-up; the 事務所 sections have no phone; near miss: the 国際経済課 phone 088-010-4621 in the contact box",
         absent=["事務所の電話", "事務所電話", "+1-"]),
    dict(question="実際にはそのうち何人が雇用されたんですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("半導体・電子部品の外資系企業の立地で、新規雇用の予定は何人ですか？",
                        "2022年度から2024年度までの累計で、新規雇用予定数は320人です。[1]"),
         notes="follow-up; (c) gives planned hires only (note ※４: figures from the 立地協定), not actual employment",
         absent=["雇用実績", "実際の雇用", "雇用者数", "従業員数"]),
]
CATEGORY_COUNTS = {"kpi": 14, "venture": 2, "subsidy": 7, "mou": 3, "followup": 8, "unanswerable": 6}
MULTI_PART = 2
SIBLING = 4


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, "h3q")


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year) for the computed-answer checks."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


K, R, I, D, A = ("主要指標の推移", "国・地域別の商談成立件数及び成約金額", "業種別の外資系企業立地状況",
                 "事業別の予算額及び決算額", "令和５年度のコース別採択状況")
COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h3q03": lambda g: f"{g(K, '外国人材を雇用する県内事業所数（か所）', '2024年度', 2024) - g(K, '外国人材を雇用する県内事業所数（か所）', '2022年度', 2022)}か所",
    "h3q06": lambda g: f"{g(R, 'シンガポール', '金額（百万円）', 2024) - g(R, 'シンガポール', '金額（百万円）', 2023)}百万円",
    "h3q08": lambda g: f"{g(I, '食品・飲料', '新規雇用予定数（人）') + g(I, '医療機器', '新規雇用予定数（人）')}人",
    "h3q11": lambda g: f"{pct(g(D, '合計', '令和６年度決算額', 2024), g(D, '合計', '令和６年度予算額', 2024))}%",
    "h3q14": lambda g: f"{pct(g(A, '輸出チャレンジコース', '採択件数（件）', 2023), g(A, '輸出チャレンジコース', '申請件数（件）', 2023))}%",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KPI_PDF: (4, 5), GUIDE_PDF: (3, 3), MOU_PDF: (1, 2)}
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout3.py")
    return errors + check(questions, gold, pages)


def check(questions: list[dict], gold: list[dict], pages: dict[str, list[str]]) -> list[str]:
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
        if qid != f"h3q{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected h3q{i:02d}")
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
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    multi = sum("multi-part" in q["notes"] for q in questions)
    if multi != MULTI_PART:
        errors.append(f"{multi} multi-part questions, expected {MULTI_PART}")
    sibling = sum(q["notes"].startswith("sibling sections") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    if sum(bool(q.get("history")) and q["category"] == "unanswerable" for q in questions) != 2:
        errors.append("expected two unanswerables asked as follow-ups")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in kpi_specs() + guide_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(any_page, any_page), "make_heldout3.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"h3t{i:03d}":
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
    """合計 / 計 rows add up the rows above them (― counts as 0); the regional 合計 件数 equal the
    key table's 商談成立件数, and the industries' 計 立地件数 the key table's three-year sum."""
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
    key = by_table[K]
    deals = key["県の支援による海外商談成立件数（件）"]
    for fy in (2023, 2024):
        if by_table[R]["合計"][("件数（件）", fy)] != deals[(f"{fy}年度", fy)]:
            errors.append(f"regional 合計 件数 {fy} != 商談成立件数")
    sites = key["外資系企業の新規立地件数（件）"]
    if by_table[I]["計"][("立地件数（件）", None)] != sum(sites[(f"{fy}年度", fy)] for fy in (2022, 2023, 2024)):
        errors.append("industries 計 立地件数 != 2022-2024 新規立地件数")
    for row, cells in key.items():
        if cells[("前年度比増減", None)] != cells[("2024年度", 2024)] - cells[("2023年度", 2023)]:
            errors.append(f"{K} / {row}: 前年度比増減 does not equal 2024 - 2023")
    return errors


def check_layouts(gold, pages) -> list[str]:
    """The layouts the set promises are really there."""
    errors = []
    specs = {s.key: s for s in kpi_specs() + guide_specs()}
    proj = specs["projects"]
    proj_pages = sorted({g["page"] for g in gold if g["table"] == proj.title})
    if len(proj_pages) != 2:
        errors.append(f"{proj.title} is on pages {proj_pages}, expected a page break inside it")
    header = norm("".join(proj.header[0]))
    on = [i + 1 for i, p in enumerate(pages[KPI_PDF]) if header in norm(p)]
    if proj.repeat_header or on != proj_pages[:1]:
        errors.append(f"{proj.title}: header printed on pages {on}, expected only on {proj_pages[:1]}")
    if norm("（単位：千円）") not in norm("\n".join(pages[KPI_PDF])):
        errors.append("no caption unit note （単位：千円）")
    if specs["industries"].ruled:
        errors.append("the industry table must be drawn without ruling lines")
    if len(specs["regions"].header) != 2 or not specs["regions"].spans:
        errors.append("the regional table needs a two-row header with merged year cells")
    if {g["unit"] for g in gold if g["table"] == specs["regions"].title} != {"件", "百万円"}:
        errors.append("the regional table needs 件 and 百万円 columns")
    wrapped = [r[0] for r in specs["key"].rows if "\n" in r[0]]
    raw = pages[KPI_PDF][0]
    if not wrapped or not all(r in raw for r in wrapped):
        errors.append("the key table's row labels must wrap onto two lines in the extracted text")
    if not any(g["value"].startswith("△") for g in gold) or not any(g["column"] == "前年度比増減" for g in gold):
        errors.append("no 前年度比増減 column with a △ value")
    if not any(re.fullmatch(r"20\d\d年度", g["column"]) for g in gold) or not any(re.match("令和", g["column"]) for g in gold):
        errors.append("need both Western-year and era-year column headers")
    if not any(g["row"] == "計" for g in gold) or not any(g["row"] == "合計" for g in gold):
        errors.append("need both a 計 and a 合計 row")
    if sum(g["value"] == UNKNOWN for g in gold) < 1:
        errors.append("the set needs a ― cell")
    guide = norm("\n".join(pages[GUIDE_PDF]))
    for s in ("公募開始：", "申請締切：", "審査（", "交付決定：", "補助上限額：800万円※", "補助上限額を1,000万円"):
        if norm(s) not in guide:
            errors.append(f"guideline lacks {s!r}")
    gp = [norm(p) for p in pages[GUIDE_PDF]]
    if norm("（２）海外拠点設立コース") not in gp[0] or norm("補助上限額：800万円※") not in gp[1]:
        errors.append("the 海外拠点設立コース section should start on page 1 and its 補助上限額 be on page 2")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
