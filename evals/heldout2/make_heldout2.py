"""Build the 白鷺県 held-out set 2: two new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (白鷺県, ラムチャン県 and every town, organisation, person, phone
number, address, URL and figure). The documents are in the genre of ../../../shared/pdfdev
(Japanese prefectural reports and subsidy guidelines); see README.md beside this file.

    python make_heldout2.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout/make_heldout.py; the helpers both scripts use are in ../docgen.py. The gold cells are
generated from the same specs that draw the tables; PDF page numbers are recorded while
reportlab lays the pages out. The output is byte-identical on every run (reportlab
``invariant=True``). The script exits 1 if any check fails.
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
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

KPI_PDF = "shirasagi_kokusai_jisseki_r5.pdf"
GUIDE_PDF = "shirasagi_kaigai_hanro_guide.pdf"

# UNKNOWN ― = no figure: being tallied, or the project did not exist that year
UNITS = ("人", "億円", "千円", "万円", "件", "社", "点", "%")  # printed after a number


def fiscal_year(label: str | None) -> int | None:
    """Western fiscal year of a label naming one year (令和元年度, 令和４年度決算額,
    基準値（令和元年度）) -> 2019 …; None for no year or a period (令和３年度～令和７年度)."""
    if not label or fiscal_year_range(label):
        return None
    years = re.findall(ERA_YEAR + r"年度", unicodedata.normalize("NFKC", label))
    return era_year(*years[0]) if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; (None, None) for dashes, text and fractions."""
    return docgen.parse_number(value, UNITS)


class TableSpec(docgen.TableSpec):
    """docgen's table spec; a column's fiscal year may also come from a header cell spanning it."""

    def column_year(self, c) -> int | None:
        """Fiscal year of column c: from its leaf label, else from a header cell spanning it."""
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
            unit = None  # text cell (an event, a period, a fraction)
        row_label = r[spec.label_col]
        col_label = spec.column_label(c)
        fy = spec.column_year(c) or fiscal_year(row_label) or spec.table_fy
        pages = pages_of[(spec.key, i)]
        assert len(pages) == 1, (spec.key, r, pages)
        page = next(iter(pages))
        rec = {
            "doc": spec.doc, "table": spec.title, "row": row_label, "column": col_label,
            "fiscal_year": fy, "fiscal_year_range": fiscal_year_range(col_label),
            "value": value, "number": number, "unit": unit, "page": page,
        }
        out.append(rec)
    return out


def lv_lines(pairs, level: int):
    """「label：value」 body lines (label and value on one line, hanging indent)."""
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


# ================================================================ document 1: KPI report
KEY_KPIS = [  # 指標（単位）, (目標, 実績) for 令和３, ４, ５年度
    ("海外成約件数（件）", (80, 86), (100, 97), (120, 142)),
    ("海外展開企業数（社）", (340, 352), (380, 371), (420, 436)),
    ("商談会出展企業数（社）", (45, 38), (60, 64), (75, 81)),
    ("外資系企業立地件数（件）", (2, 1), (3, 3), (3, 4)),
]
FIELDS = [  # 分野 -> (指標, 単位, 基準値 令和元年度, 令和３, ４, ５年度, 目標 令和７年度); None = ―
    ("輸出拡大", [
        ("県産品の輸出額", "億円", 182, 196, 221, 248, 300),
        ("輸出に取り組む食品事業者数", "社", 210, 236, 258, 281, 350),
        ("海外向け新商品の開発件数", "件", 12, 15, 19, 24, 30),
    ]),
    ("投資誘致", [
        ("外資系企業の立地件数（累計）", "件", 14, 16, 19, 23, 25),
        ("海外からの商談団の受入数", "件", 8, 2, 5, 11, 15),
    ]),
    ("国際人材", [
        ("県内企業の高度外国人材数", "人", 1240, 1385, 1512, None, 2000),
        ("海外インターンシップ参加者数", "人", 64, 8, 27, 58, 100),
    ]),
]
DESK = [  # fiscal year -> (相談件数, うち新規企業, 商談設定件数, 成約件数)
    (2019, 312, 128, 64, 18), (2020, 245, 97, 41, 9), (2021, 298, 115, 58, 16),
    (2022, 356, 141, 77, 23), (2023, 421, 168, 95, 33),
]
REGIONS = [  # 国・地域 -> 海外成約件数 for 令和３, ４, ５年度 (sums = KEY_KPIS 実績)
    ("台湾", (21, 24, 33)), ("香港", (14, 12, 18)), ("中国", (9, 8, 11)),
    ("ベトナム", (12, 16, 27)), ("タイ", (10, 13, 19)), ("米国", (11, 15, 21)),
    ("その他", (9, 9, 13)),
]
PROJECTS = [  # 事業名, 令和４年度決算額, 令和５年度予算額, 令和５年度決算額 (千円); None = ― (new)
    ("海外見本市出展支援事業", 18420, 21000, 20386),
    ("海外バイヤー招へい商談会事業", 9815, 12500, 11902),
    ("海外ビジネスサポートデスク運営事業", 24600, 25200, 25200),
    ("県産品輸出促進事業", 15338, 16800, 15977),
    ("越境ＥＣ販売支援事業", 6240, 8000, 7465),
    ("海外販路開拓支援補助金", 30000, 40000, 36812),
    ("外資系企業誘致推進事業", 7112, 7500, 6948),
    ("海外技術者受入れ支援事業", 4380, 5000, 4127),
    ("国際人材マッチング事業", 3950, 4200, 4200),
    ("海外インターンシップ推進事業", 2105, 3000, 2786),
    ("ラムチャン県経済交流事業", 5620, 6300, 6044),
    ("海外展開スタートアップ育成事業", None, 10000, 9530),
    ("国際ビジネス人材育成セミナー事業", 1870, 2000, 1954),
    ("ハラール対応推進事業", 2480, 2600, 2311),
]


def kpi_specs():
    years = [era_label(y) for y in (2021, 2022, 2023)]
    key = TableSpec(
        key="key", doc=KPI_PDF, title="主要指標の目標値と実績値",
        header=[["指標", years[0], "", years[1], "", years[2], ""],
                ["", "目標値", "実績値", "目標値", "実績値", "目標値", "実績値"]],
        rows=[[n] + [fw(x) for pair in v for x in pair] for n, *v in KEY_KPIS],
        col_widths=[46 * mm] + [19 * mm] * 6,
        unit=lambda row, c: re.search(r"（(.+)）$", row[0]).group(1),
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (6, 0))],
    )
    rows, spans = [], []
    for group, items in FIELDS:
        first = len(rows) + 1  # +1: one header row
        for j, (name, unit, *vals) in enumerate(items):
            rows.append([group if j == 0 else "", name, unit] + [cell(v) for v in vals])
        spans.append(((0, first), (0, first + len(items) - 1)))
    fields = TableSpec(
        key="fields", doc=KPI_PDF, title="重点分野別の成果指標",
        header=[["分野", "指標", "単位", "基準値\n（令和元年度）", years[0], years[1], years[2],
                 "目標値\n（令和７年度）"]],
        rows=rows, col_widths=[15 * mm, 43 * mm, 9 * mm, 23 * mm, 17 * mm, 17 * mm, 17 * mm, 23 * mm],
        label_col=1, value_cols=[3, 4, 5, 6, 7], unit=lambda row, c: row[2], spans=spans,
        font_size=8,
    )
    desk_rows = [[era_label(fy)] + [fw(x) for x in v] for fy, *v in DESK]
    desk_rows.append(["合計"] + [fw(sum(r[i] for r in DESK)) for i in range(1, 5)])
    desk = TableSpec(
        key="desk", doc=KPI_PDF, title="海外ビジネスサポートデスクの利用状況",
        header=[["年度", "相談件数（件）", "うち新規企業（件）", "商談設定件数（件）", "成約件数（件）"]],
        rows=desk_rows, col_widths=[30 * mm, 32 * mm, 34 * mm, 34 * mm, 30 * mm],
        unit={1: "件", 2: "件", 3: "件", 4: "件"},
    )
    region_rows = [[n] + [fw(x) for x in v] for n, v in REGIONS]
    region_rows.append(["合計"] + [fw(sum(v[i] for _, v in REGIONS)) for i in range(3)])
    regions = TableSpec(
        key="regions", doc=KPI_PDF, title="国・地域別の海外成約件数",
        header=[["国・地域"] + years], rows=region_rows,
        col_widths=[46 * mm, 30 * mm, 30 * mm, 30 * mm], unit="件", ruled=False,
    )
    total = ["合計"] + [fw(sum(p[i] or 0 for p in PROJECTS)) for i in (1, 2, 3)]
    projects = TableSpec(
        key="projects", doc=KPI_PDF, title="事業別の予算額及び決算額",
        header=[["事業名", "令和４年度決算額", "令和５年度予算額", "令和５年度決算額"]],
        rows=[[n] + [cell(x) for x in v] for n, *v in PROJECTS] + [total],
        col_widths=[70 * mm, 30 * mm, 30 * mm, 30 * mm], unit="千円", repeat_header=True,
    )
    return key, fields, desk, regions, projects


MOU_PARTNER = "ラムチャン県"


def kpi_story(specs):
    key, fields, desk, regions, projects = specs
    st = [Spacer(1, 2 * mm), P("令和５年度 白鷺県国際ビジネス推進計画 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和６年７月", DATE_RIGHT), P("白鷺県 商工労働部 国際ビジネス課", DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１．計画の概要", H1), P("（１）計画の趣旨", H2)]
    st += paras("""
本県では、人口減少に伴い県内市場の縮小が見込まれる中、県内企業が成長するアジア等の海外市場の需要を取り込み、稼ぐ力を高めることが重要となっている。このため、県は令和３年３月に「白鷺県国際ビジネス推進計画」を策定し、県産品の輸出拡大、海外からの投資誘致及び国際人材の確保・育成の三つを重点分野として、関係機関と一体となって取組を進めている。
本報告書は、計画の３年目に当たる令和５年度の取組の実績と数値目標の達成状況を取りまとめたものである。
""", 1)
    st += [P("（２）計画の概要", H2)]
    st += lv_lines([
        ("計画期間", "令和３年度～令和７年度（５か年）"),
        ("基本目標", "海外とつながり、世界で稼ぐ白鷺県の産業づくり"),
        ("重点分野", "①県産品の輸出拡大　②海外からの投資誘致　③国際人材の確保・育成"),
        ("推進体制", "白鷺県国際ビジネス推進本部（本部長：知事）"),
        ("計画の見直し", "令和５年度に中間見直しを行い、一部の数値目標を上方修正した。"),
    ], 1)

    st += [P("２．数値目標の達成状況", H1), P("（１）主要指標の状況", H2)]
    st += paras("""
計画に掲げる主要指標の目標値と実績値は、次のとおりである。令和５年度の県の支援による海外成約件数は142件となり、円安を背景とした海外バイヤーの購買意欲の高まりを受けて、目標を大きく上回った。一方、外資系企業の立地は、令和３年度に新型コロナウイルス感染症の影響で進出計画の延期が相次いだため、目標を下回った。
""", 1)
    st += [caption(key.title, "（各年度末現在）"), key.flowable(), Spacer(1, 2)]
    st += notes(["※１ 海外成約件数は、県及び関係機関の支援を受けた県内企業が海外企業と締結した売買契約等の件数である。"])

    st += [P("（２）重点分野別の成果指標", H2)]
    st += paras("重点分野ごとの成果指標の推移は、次のとおりである。基準値は計画策定時に把握していた令和元年度の数値であり、目標値は計画最終年度（令和７年度）の数値である。", 1)
    st.append(KeepTogether([caption(fields.title), fields.flowable(), Spacer(1, 2)] + notes([
        "※２ 県内企業の高度外国人材数の令和５年度の数値は、国の統計の公表が令和６年10月の予定であるため、集計中として「―」とした。",
        "※３ 外資系企業の立地件数は、計画期間前からの累計である。",
    ])))

    st += [P("３．重点分野ごとの取組状況", H1), P("（１）県産品の輸出拡大", H2), P("① 海外見本市・商談会への出展支援", H3)]
    st += paras("""
県ブースを設けて県内企業の出展を支援した海外見本市は、香港の食品見本市、シンガポールの国際食品展など７件であり、延べ81社が出展した。出展企業の商談件数は延べ1,236件、成約見込額は約４億2,000万円となった。
また、海外バイヤーを県内に招へいする商談会を２回開催し、県内企業58社と海外バイヤー23社による商談を実施した。
""", 2)
    st += [P("② 国・地域別の成約状況", H3)]
    st += paras("海外成約件数を国・地域別にみると、台湾が最も多く、次いでベトナム、米国の順となった。ベトナムは、現地の日系スーパーマーケットとの取引拡大により、前年度から大きく増加した。", 2)
    st += [caption(regions.title, "（件）"), regions.flowable(), Spacer(1, 2)]

    st += [P("（２）海外からの投資誘致", H2)]
    st += paras("""
令和５年度は、台湾の半導体関連企業１社及び米国の食品素材メーカー１社を含む４社が県内に拠点を設けた。誘致に当たっては、東京及び台北で投資セミナーを開催したほか、県独自の外資系企業立地促進補助金（補助率３分の１以内、上限5,000万円）により初期投資を支援した。
""", 1)
    st += [P("（３）海外ビジネスサポートデスクの運営", H2)]
    st += paras("""
県は、台北、ホーチミン及びバンコクの３か所に「白鷺県海外ビジネスサポートデスク」を設置し、現地の専門家が県内企業の市場調査、商談先の紹介、現地での許認可手続等の相談に応じている。令和５年度の相談件数は421件で、計画期間中で最も多くなった。
""", 1)
    st += [caption(desk.title, "（各年度末現在）"), desk.flowable(), Spacer(1, 2)]

    st += [P("（４）海外自治体との連携", H2)]
    st += paras(f"県は、タイ王国{MOU_PARTNER}との間で経済交流の促進に関する覚書（MOU）を締結し、食品分野を中心に相互の企業交流を進めている。", 1)
    st += lv_lines([
        ("締結先", f"タイ王国 {MOU_PARTNER}"),
        ("締結日", "令和４年11月８日"),
        ("有効期間", "締結日から５年間（令和９年11月７日まで）"),
        ("連携分野", "農産品・食品の貿易、観光、人材交流、環境技術"),
    ], 1)
    st += paras(f"令和５年度は、{MOU_PARTNER}の経済視察団（団長：副知事）16名を受け入れたほか、同県の商工会議所と共催でオンライン商談会を開催し、県内企業12社が参加した。", 1)

    st += [P("（５）海外展開スタートアップの育成", H2)]
    st += paras("""
令和５年度から、海外市場での事業展開を目指す県内のスタートアップを対象に、「しらさぎグローバル・アクセラレーター」を開始した。応募38社の中から選考した６社に対し、４か月間の集中支援（海外の専門家によるメンタリング、英語でのピッチ研修等）を行い、令和６年２月にはシンガポールで現地投資家向けのピッチイベントを開催した。参加企業のうち２社が、海外の投資家から総額３億2,000万円の資金調達を実現した。
""", 1)

    st += [P("４．事業の実施状況", H1)]
    st += paras("令和５年度に実施した主な事業の予算額及び決算額は、次のとおりである。", 1)
    st += [caption(projects.title, "（単位：千円）", keep=False), projects.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 海外展開スタートアップ育成事業は令和５年度の新規事業であり、令和４年度決算額は「―」とした。",
        "※５ 海外販路開拓支援補助金の決算額は、交付確定額の合計である。",
    ])

    st += [P("５．今後の取組", H1)]
    st += paras("""
計画の最終２年間に向けて、海外成約件数など目標を上回っている指標については、成約後の継続取引につなげる支援を強化する。一方、外資系企業の立地件数は目標達成に向けて一層の取組が必要であることから、海外の投資家向けの情報発信を強化する。
また、国際人材分野では、県内企業と海外の大学との連携によるインターンシップの受入れを拡大するとともに、高度外国人材の県内定着に向けた生活支援の充実を図る。
""", 1)
    st += [CondPageBreak(40 * mm), P("６．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        "白鷺県 商工労働部 国際ビジネス課 企画・輸出促進グループ",
        "電話：027-010-2256　ファクス：027-010-2259",
        "電子メール：kokusai-biz@pref.shirasagi.lg.jp",
        "所在地：〒369-9801 白鷺県白鷺市本町一丁目１番１号 県庁西庁舎３階",
    ]))
    return st


# ================================================================ document 2: subsidy guideline
ORG = "公益財団法人しらさぎ産業振興機構"
BUDGET_TOTAL = "4,500万円"
FRAMES = [  # 枠, 補助率, 上限 中小企業者, 上限 小規模事業者, 下限, 対象となる取組, 要件, 予算
    ("一般枠", "２分の１以内", "200万円", "250万円", "50万円",
     "海外市場調査、海外向け商品の改良、海外向けプロモーション等、海外販路開拓のための取組全般",
     ["事業計画に、補助事業の終了後３年以内に達成する海外売上高の目標を記載すること。",
      "小規模事業者は、補助率を３分の２以内とする。",
      "申請は、１事業者につき１件までとする。"], "2,500万円"),
    ("展示会出展枠", "３分の２以内", "100万円", "150万円", "20万円",
     "海外で開催される見本市・展示会への出展、又は国内で開催される国際見本市（出展者の３割以上が海外企業であるもの）への出展",
     ["令和６年９月１日から令和７年２月28日までの間に開催される展示会であること。",
      "１事業者につき、年度内２回の出展までを対象とする。",
      "出展後１か月以内に、商談の結果を記載した出展報告書を提出すること。"], "1,200万円"),
    ("EC販売枠", "２分の１以内", "80万円", "100万円", "10万円",
     "越境ＥＣサイトへの出店・出品、及び海外向け自社ＥＣサイトの構築",
     ["補助事業の完了後、販売開始から６か月間の販売実績を報告すること。",
      "対象となる越境ＥＣサイトは、１事業者につき２サイトまでとする。",
      "自社ＥＣサイトの構築は、外国語（２言語以上）に対応するものに限る。"], "800万円"),
]
SCORES = [  # 審査項目, 配点
    ("事業計画の具体性・実現可能性", 25),
    ("海外市場の調査・分析", 20),
    ("商品・サービスの競争力", 20),
    ("県内経済への波及効果", 15),
    ("事業の実施体制", 10),
    ("経費の妥当性", 10),
]
PASS_MARK = "60点"


def guide_specs():
    rates = TableSpec(
        key="rates", doc=GUIDE_PDF, title="補助枠別の補助率及び補助上限額",
        header=[["補助枠", "補助率", "補助上限額", ""], ["", "", "中小企業者", "小規模事業者"]],
        rows=[[f[0], f[1], f[2], f[3]] for f in FRAMES], col_widths=[44 * mm, 40 * mm, 38 * mm, 38 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0))],
    )
    scores = TableSpec(
        key="scores", doc=GUIDE_PDF, title="審査項目及び配点",
        header=[["審査項目", "配点（点）"]],
        rows=[[a, fw(b)] for a, b in SCORES] + [["合計", fw(sum(b for _, b in SCORES))]],
        col_widths=[90 * mm, 30 * mm], unit="点",
    )
    return rates, scores


def guide_story(specs):
    rates, scores = specs
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE),
          P("白鷺県海外販路開拓支援補助金 交付要綱・募集案内", TITLE), Spacer(1, 1 * mm),
          P("令和６年４月", DATE_RIGHT), P("白鷺県 商工労働部 国際ビジネス課", DATE_RIGHT), P(ORG, DATE_RIGHT),
          Spacer(1, 3 * mm)]
    st += [P("１．目的", H1)]
    st += paras("この補助金は、県内の中小企業者が行う海外への販路開拓の取組に要する経費の一部を予算の範囲内で補助することにより、県産品の輸出拡大と県内企業の国際競争力の強化を図ることを目的とする。補助金の交付事務は、県の委託を受けて" + ORG + "（以下「機構」という。）が行う。", 0)
    st += [P("２．募集の概要", H1), Spacer(1, 2)]
    st.append(label_value_box([
        ("募集期間", "令和６年５月13日（月）～令和６年６月28日（金）17時必着"),
        ("予算額", f"{BUDGET_TOTAL}（" + "、".join(f"{f[0]} {f[7]}" for f in FRAMES) + "）"),
        ("申請先", f"{ORG} 国際ビジネス支援部（〒369-9811 白鷺県白鷺市港町二丁目８番３号 しらさぎ産業会館５階）"),
        ("申請方法", "電子申請システム又は郵送（持参による申請は受け付けない。）"),
        ("問い合わせ先", f"{ORG} 国際ビジネス支援部　電話：027-010-3381（平日９時～17時）　メール：kaigai-hojo@shirasagi-sangyo.or.jp"),
    ]))
    st += [P("３．補助対象者", H1)]
    st += paras("次の要件を全て満たす中小企業者（中小企業基本法第２条第１項に規定する者をいう。）とする。", 0)
    st += numbered([
        "(1) 県内に本社又は主たる事業所を有すること。",
        "(2) 自社で製造又は加工した商品、又は県内で生産された産品を海外に販売しようとするものであること。",
        "(3) 県税の滞納がないこと。",
    ], 0)
    st += paras("このうち、常時使用する従業員の数が20人以下（商業又はサービス業を主たる事業とする者にあっては５人以下）の者を「小規模事業者」という。", 0)

    st += [P("４．補助枠の内容", H1)]
    st += paras("補助枠は次の三つとし、申請者はいずれか一つの枠を選択して申請する。", 0)
    for i, (name, rate, cap1, cap2, floor, target, reqs, _) in enumerate(FRAMES, 1):
        st += [P(f"（{fw(i)}）{name}", H2)]
        st += lv_lines([
            ("対象となる取組", target),
            ("補助率", rate),
            ("補助上限額", f"{cap1}（小規模事業者は{cap2}）"),
            ("補助下限額", f"{floor}（補助対象経費の額に補助率を乗じた額）"),
        ], 1)
        st += [P("要件", H3)]
        st += bullets(reqs, 2, mark="・")

    st += [P("５．補助率及び補助上限額", H1)]
    st += paras("補助枠ごとの補助率及び補助上限額は、次の表のとおりである。", 0)
    st.append(KeepTogether([caption(rates.title), rates.flowable(), Spacer(1, 2)] + notes([
        "※１ 一般枠に申請する小規模事業者の補助率は、３分の２以内とする。",
        "※２ 補助金の額に千円未満の端数が生じた場合は、これを切り捨てる。",
    ])))

    st += [P("６．補助対象経費", H1)]
    st += paras("補助対象経費は、補助事業期間内に契約、支払が完了した次の経費とする。", 0)
    st += bullets([
        "出展料、小間料及び小間装飾費",
        "展示品及びサンプル品の輸送費",
        "通訳費及び翻訳費",
        "海外向け商品のパッケージ・ラベルのデザイン費",
        "越境ＥＣサイトの出店料、登録料及び販売手数料",
        "海外市場調査の委託費",
    ], 1, mark="・")
    st += paras("なお、旅費（渡航費及び宿泊費）、人件費、汎用性の高い備品の購入費及び消費税は、補助の対象としない。", 0)

    st += [P("７．審査及び採択", H1)]
    st += paras(f"申請内容は、外部有識者で構成する審査会において、次の審査項目及び配点により書面審査を行う。合計点が{PASS_MARK}に満たない事業は採択しない。", 0)
    st.append(KeepTogether([caption(scores.title), scores.flowable(), Spacer(1, 2)] + notes([
        "※３ 白鷺県ＳＤＧｓパートナー企業に登録されている事業者には、合計点に５点を加点する。",
    ])))

    st += [P("８．申請から補助金の支払までの流れ", H1)]
    st += numbered([
        "(1) 交付申請（募集期間内に申請先へ提出）",
        "(2) 審査・交付決定（交付決定日以降に発注・契約した経費が対象）",
        "(3) 補助事業の実施（交付決定日から令和７年２月28日（金）まで）",
        "(4) 実績報告（補助事業の完了日から30日以内又は令和７年３月７日（金）のいずれか早い日まで）",
        "(5) 補助金の額の確定及び支払（精算払）",
    ], 0)
    st += [P("９．問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ORG} 国際ビジネス支援部 海外販路開拓担当",
        "電話：027-010-3381　ファクス：027-010-3389",
        "電子メール：kaigai-hojo@shirasagi-sangyo.or.jp",
        "（補助金の制度全般について）白鷺県 商工労働部 国際ビジネス課　電話：027-010-2256",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    """pypdf text per page of each PDF."""
    return pdf_pages(docs_dir, (KPI_PDF, GUIDE_PDF))


def all_gold(kpi_pages, guide_pages) -> list[dict]:
    """Every gold cell, in document order; *_pages map (table key, row index) to pages drawn."""
    gold = []
    for spec in kpi_specs():
        gold += gold_records(spec, kpi_pages)
    for spec in guide_specs():
        gold += gold_records(spec, guide_pages)
    return [{"id": f"h2t{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, gspecs = kpi_specs(), guide_specs()
    kdoc = build_pdf(docs_dir / KPI_PDF, kspecs, kpi_story(kspecs),
                     "令和５年度 白鷺県国際ビジネス推進計画 実績報告書", "令和６年７月", "白鷺県 商工労働部 国際ビジネス課")
    gdoc = build_pdf(docs_dir / GUIDE_PDF, gspecs, guide_story(gspecs),
                     "白鷺県海外販路開拓支援補助金 交付要綱・募集案内", "令和６年度", ORG)
    gold = all_gold(kdoc.row_pages, gdoc.row_pages)
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages



# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followup only): the earlier turns of the conversation.
def _turns(user: str, assistant: str) -> list[dict]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


QUESTIONS = [
    # --- kpi: the KPI report's tables
    dict(question="白鷺県の令和５年度の海外成約件数について、目標値と実績値はそれぞれ何件でしたか？",
         category="kpi", doc=KPI_PDF, evidence=["海外成約件数（件） 80 86 100 97 120 142"], answer=["120", "142"],
         notes="multi-part; (a) ruled grid with a two-row header: 令和５年度 spans 目標値 / 実績値, the last two cells of the row"),
    dict(question="2022年度の海外展開企業数の目標値は何社でしたか？",
         category="kpi", doc=KPI_PDF, evidence=["海外展開企業数（社） 340 352 380"], answer=["380"],
         notes="(a) two-row header; Western year 2022 = 令和４年度, its 目標値 sub-column (371 is the 実績値)"),
    dict(question="2023年度の商談会出展企業数は、目標に対して何％の達成率でしたか？",
         category="kpi", doc=KPI_PDF, evidence=["商談会出展企業数（社） 45 38 60 64 75 81"], answer=["108%"],
         computed=True, notes="(a) two-row header; achievement rate 81 / 75 = 108% (2023 = 令和５年度)"),
    dict(question="白鷺県の県産品の輸出額は、2023年度にはいくらでしたか？",
         category="kpi", doc=KPI_PDF, evidence=["県産品の輸出額 億円 182 196 221 248"], answer=["248"],
         notes="(b) rowspan group 輸出拡大, first row; unit 億円 in the 単位 column; 2023 = 令和５年度"),
    dict(question="令和元年度から令和５年度までの間に、県産品の輸出額は何億円増えましたか？",
         category="kpi", doc=KPI_PDF, evidence=["県産品の輸出額 億円 182 196 221 248"], answer=["66億円"],
         computed=True, notes="(b) difference 248 - 182 = 66 (基準値（令和元年度） column vs 令和５年度)"),
    dict(question="令和５年度の県内企業の高度外国人材数は何人でしたか？",
         category="kpi", doc=KPI_PDF, evidence=["県内企業の高度外国人材数", "集計中として"], answer=["集計中"],
         notes="(b) rowspan group 国際人材, first row; cell ― explained by footnote ※２; must not invent a figure (1,512 is 令和４年度)"),
    dict(question="重点分野のうち「投資誘致」の成果指標には、どのようなものがありますか？",
         category="kpi", doc=KPI_PDF, evidence=["外資系企業の立地件数（累計）", "海外からの商談団の受入数"],
         answer=["外資系企業の立地件数", "海外からの商談団の受入数"],
         notes="multi-part; (b) rowspan: 分野 投資誘致 spans two indicator rows; the second row has no 分野 label"),
    dict(question="2025年度の海外インターンシップ参加者数の目標は何人ですか？",
         category="kpi", doc=KPI_PDF, evidence=["参加者数 人 64 ８ 27 58 100"], answer=["100"],
         notes="(b) column 目標値（令和７年度）, a two-line header cell; 2025 = 令和７年度"),
    dict(question="令和２年度に海外ビジネスサポートデスクが受けた相談件数は何件ですか？",
         category="kpi", doc=KPI_PDF, evidence=["令和２年度 245 97 41 ９"], answer=["245"],
         notes="(c) transposed table: years as rows, first value column 相談件数（件）"),
    dict(question="2019年度から2023年度までの5年間で、海外ビジネスサポートデスクを通じた成約件数は合計何件ですか？",
         category="kpi", doc=KPI_PDF, evidence=["海外ビジネスサポートデスクの利用状況", "合計 1,632 649 335 99"], answer=["99"],
         notes="(c) transposed table, 合計 row, last column 成約件数（件）; 2019 = 令和元年度"),
    dict(question="2023年度のベトナムでの海外成約件数は何件でしたか？",
         category="kpi", doc=KPI_PDF, evidence=["ベトナム 12 16 27"], answer=["27"],
         notes="(d) table without ruling lines; 2023 = 令和５年度, last column; unit 件 in the caption note"),
    dict(question="2023年度の台湾と香港を合わせた海外成約件数は何件ですか？",
         category="kpi", doc=KPI_PDF, evidence=["台湾 21 24 33", "香港 14 12 18"], answer=["51件"],
         computed=True, notes="(d) unruled table; sum 33 + 18 = 51 (2023 = 令和５年度)"),
    dict(question="令和５年度のハラール対応推進事業の決算額はいくらでしたか？",
         category="kpi", doc=KPI_PDF, evidence=["ハラール対応推進事業", "2,600 2,311"], answer=["2,311"],
         notes="(e) continuation page: table split over the page 3→4 break (header repeated); unit only in the caption note （単位：千円）"),
    dict(question="海外展開スタートアップ育成事業の令和４年度の決算額はいくらですか？",
         category="venture", doc=KPI_PDF, evidence=["海外展開スタートアップ育成事業", "令和５年度の新規事業"],
         answer=["新規事業"],
         notes="(e) continuation page: ― cell explained by footnote ※４ (new in 令和５年度); must not give a figure"),
    dict(question="令和５年度の海外販路開拓支援補助金は、予算額に対して決算額がいくら下回りましたか？",
         category="kpi", doc=KPI_PDF, evidence=["海外販路開拓支援補助金 30,000 40,000"], answer=["3,188"],
         computed=True, notes="(e) difference 40,000 - 36,812 = 3,188 (千円, caption note); first page of the split table"),
    dict(question="令和５年度に実施した主な事業の決算額の合計はいくらですか？",
         category="kpi", doc=KPI_PDF, evidence=["事業別の予算額及び決算額", "合計 131,930 164,100 155,642"], answer=["155,642"],
         notes="(e) continuation page: 合計 row on page 4, last column 令和５年度決算額; unit 千円 in the caption on page 3"),
    # --- subsidy: the guideline's tables
    dict(question="海外販路開拓支援補助金の展示会出展枠で、小規模事業者の補助上限額はいくらですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["展示会出展枠 ３分の２以内 100万円 150万円"], answer=["150万円"],
         notes="rate/cap table, two-row header: 補助上限額 spans 中小企業者 / 小規模事業者; the 枠 section says the same"),
    dict(question="海外販路開拓支援補助金の審査で、「海外市場の調査・分析」の配点は何点ですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["海外市場の調査・分析 20"], answer=["20"],
         notes="scoring table (審査項目 | 配点（点）); 商品・サービスの競争力 also scores 20"),
    # --- label-value lines, lists and prose facts
    dict(question="白鷺県国際ビジネス推進計画の計画期間はいつからいつまでですか？",
         category="kpi", doc=KPI_PDF, evidence=["計画期間：令和３年度", "令和７年度（５か年）"], answer=["令和３年度", "令和７年度"],
         notes="「label：value」 line under （２）計画の概要"),
    dict(question="白鷺県がラムチャン県と経済交流の覚書を締結したのはいつですか？",
         category="mou", doc=KPI_PDF, evidence=["締結日：令和４年11月８日"], answer=["令和４年11月８日"],
         notes="「label：value」 line under （４）海外自治体との連携; 有効期間 ends 令和９年11月７日"),
    dict(question="しらさぎグローバル・アクセラレーターの参加企業のうち、海外の投資家から資金調達を実現したのは何社で、総額はいくらですか？",
         category="venture", doc=KPI_PDF, evidence=["うち２社が", "総額３億2,000万円"], answer=["２社", "３億2,000万円"],
         notes="multi-part; prose with figures (応募38社, 選考６社 are distractors)"),
    dict(question="2024年度の白鷺県海外販路開拓支援補助金の申請は、いつまでに提出する必要がありますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["令和６年６月28日（金）17時必着"], answer=["６月28日", "17時"],
         notes="label-value box (募集期間), label and value on separate lines; 2024 = 令和６年"),
    dict(question="海外販路開拓支援補助金の予算額は全体でいくらですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["4,500万円（一般枠 2,500万円"], answer=["4,500万円"],
         notes="label-value box (予算額); the per-枠 amounts follow in brackets"),
    dict(question="海外販路開拓支援補助金の申請書類は、どこに提出すればよいですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["しらさぎ産業振興機構 国際ビジネス支援部（〒"],
         answer=["しらさぎ産業振興機構", "国際ビジネス支援部"],
         notes="label-value box (申請先); the box's (〒 distinguishes it from the 問い合わせ先 row, which names the same 部"),
    dict(question="海外販路開拓支援補助金について電話で問い合わせたいのですが、番号は何番ですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["電話：027-010-3381"], answer=["027-010-3381"],
         notes="label-value box and contact box; near miss: the prefecture's 国際ビジネス課 027-010-2256 (制度全般)"),
    dict(question="海外販路開拓支援補助金で、補助の対象とならない経費には何がありますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["旅費（渡航費及び宿泊費）、人件費", "汎用性の高い備品の購入費及び消費税"],
         answer=["旅費", "人件費", "備品", "消費税"],
         notes="prose sentence after the bulleted eligible-expense list (・ items); the list itself is what is eligible"),
    dict(question="海外販路開拓支援補助金の審査で、採択されるためには合計何点以上が必要ですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["合計点が60点に満たない事業は"], answer=["60点"],
         notes="prose above the scoring table; the table's 合計 row says 100"),
    # --- sibling sections: 一般枠 / 展示会出展枠 / EC販売枠
    dict(question="海外販路開拓支援補助金の展示会出展枠の補助下限額はいくらですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["補助下限額：20万円"], answer=["20万円"],
         notes="sibling sections: each 枠 has its own 補助下限額 line (一般枠 50万円, EC販売枠 10万円)"),
    dict(question="小規模事業者が一般枠に申請する場合、補助率はどうなりますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["小規模事業者は、補助率を３分の２以内"], answer=["３分の２以内"],
         notes="sibling sections: the 一般枠 要件 (page 2, its heading is on page 1) and note ※１; the table shows ２分の１以内 for 一般枠"),
    dict(question="EC販売枠で、補助事業の完了後に報告しなければならないことは何ですか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["販売開始から６か月間の販売実績を報告"], answer=["６か月間の販売実績"],
         notes="sibling sections: EC販売枠 要件; 展示会出展枠 asks instead for an 出展報告書 within １か月"),
    dict(question="展示会出展枠では、１事業者につき年度内に何回までの出展が補助の対象になりますか？",
         category="subsidy", doc=GUIDE_PDF, evidence=["年度内２回の出展まで"], answer=["２回"],
         notes="sibling sections: 展示会出展枠 要件; 一般枠 allows １件, EC販売枠 ２サイト"),
    # --- followup (history)
    dict(question="その前の年度はどうでしたか？",
         category="followup", doc=KPI_PDF, evidence=["海外成約件数（件） 80 86 100 97"], answer=["97"],
         history=_turns("白鷺県の令和５年度の海外成約件数はどのくらいでしたか？",
                        "令和５年度の実績は142件で、目標の120件を上回りました。[1]"),
         notes="その前の年度 = 令和４年度 of the 海外成約件数 in the history; (a) two-row header, 実績値 97 (目標値 100)"),
    dict(question="小規模事業者だといくらになりますか？",
         category="followup", doc=GUIDE_PDF, evidence=["展示会出展枠 ３分の２以内 100万円 150万円"], answer=["150万円"],
         history=_turns("海外販路開拓支援補助金の展示会出展枠の補助上限額はいくらですか？",
                        "展示会出展枠の補助上限額は、中小企業者の場合100万円です。[1]"),
         notes="elliptical: the 枠 is only in the history; siblings 一般枠 250万円 and EC販売枠 100万円 for 小規模事業者"),
    dict(question="メールでも問い合わせできますか？アドレスを教えてください。",
         category="followup", doc=GUIDE_PDF, evidence=["kaigai-hojo@shirasagi-sangyo.or.jp"],
         answer=["kaigai-hojo@shirasagi-sangyo.or.jp"],
         history=_turns("海外販路開拓支援補助金の問い合わせ先の電話番号を教えてください。",
                        "公益財団法人しらさぎ産業振興機構 国際ビジネス支援部で、電話は027-010-3381です。[1]"),
         notes="same contact, different attribute; near miss: the prefecture's kokusai-biz@pref.shirasagi.lg.jp in the KPI report"),
    dict(question="では、令和元年度の基準値はいくらでしたか？",
         category="followup", doc=KPI_PDF, evidence=["県産品の輸出額 億円 182"], answer=["182"],
         history=_turns("県産品の輸出額について、計画の最終年度の目標はいくらですか？",
                        "令和７年度の目標値は300億円です。[1]"),
         notes="the indicator is only in the history; (b) column 基準値（令和元年度）, a two-line header cell"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="海外販路開拓支援補助金の展示会出展枠では、何件程度の採択を予定していますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the 枠's budget (1,200万円) and the caps, but no planned number of awards",
         absent=["採択予定", "採択件数", "件程度"]),
    dict(question="覚書を結んでいるラムチャン県の県庁所在地はどこですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the KPI report gives the MOU's date, term and fields, nothing about the partner's geography",
         absent=["県庁所在地", "県都", "州都"]),
    dict(question="令和５年度のタイ向けの県産品の輸出額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="タイ appears only with 成約件数 (19件); 県産品の輸出額 is given only as a total (248億円)",
         absent=["タイ向け", "国・地域別の輸出額", "タイへの輸出"]),
    dict(question="しらさぎグローバル・アクセラレーターに選ばれたスタートアップには、１社あたりいくらの支援金が出ますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the programme's content, the 事業's 決算額 (9,530千円) and the funds raised are given, no per-company grant",
         absent=["１社あたり", "１社当たり", "支援金", "支援額"]),
    dict(question="海外ビジネスサポートデスクの利用料金はいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the desks' locations, services and usage are given, not whether they charge",
         absent=["利用料", "料金", "無料", "有料"]),
]
CATEGORY_COUNTS = {"kpi": 16, "venture": 2, "subsidy": 12, "mou": 1, "followup": 4, "unanswerable": 5}


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, "h2q")


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year) for the computed-answer checks."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h2q03": lambda g: f"{pct(g('主要指標の目標値と実績値', '商談会出展企業数（社）', '実績値', 2023), g('主要指標の目標値と実績値', '商談会出展企業数（社）', '目標値', 2023))}%",
    "h2q05": lambda g: f"{g('重点分野別の成果指標', '県産品の輸出額', '令和５年度', 2023) - g('重点分野別の成果指標', '県産品の輸出額', '基準値（令和元年度）', 2019)}億円",
    "h2q12": lambda g: f"{g('国・地域別の海外成約件数', '台湾', '令和５年度', 2023) + g('国・地域別の海外成約件数', '香港', '令和５年度', 2023)}件",
    "h2q15": lambda g: f"{g('事業別の予算額及び決算額', '海外販路開拓支援補助金', '令和５年度予算額', 2023) - g('事業別の予算額及び決算額', '海外販路開拓支援補助金', '令和５年度決算額', 2023):,}",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KPI_PDF: (4, 5), GUIDE_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 24)  # after norm; longer only when the evidence is itself an answer (an e-mail address)


def check_files(out: Path) -> list[str]:
    """Check the set as stored under `out` (documents, text, gold, questions); return errors."""
    errors = []
    docs_dir = out / DOCS_DIR
    if sorted(f.name for f in docs_dir.iterdir()) != sorted(PAGE_COUNTS):
        errors.append(f"{DOCS_DIR}/ holds {sorted(f.name for f in docs_dir.iterdir())}, expected only the two PDFs")
    pages = extract_pages(docs_dir)
    errors += check_texts(out, pages)
    for f in sorted(docs_dir.iterdir()):
        if f.stat().st_size >= MAX_FILE_BYTES:
            errors.append(f"{f.name} is {f.stat().st_size} bytes, not < 100 KB")
    questions, gold = read_jsonl(out / "questions.jsonl"), read_jsonl(out / "tables.jsonl")
    if questions != expected_questions():
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout2.py")
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
        if qid != f"h2q{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected h2q{i:02d}")
        keys = set(q) - {"computed", "history"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        history = q.get("history")
        if (q["category"] == "followup") != bool(history):
            errors.append(f"{qid}: a followup needs a history, and only a followup has one")
        if history and [t["role"] for t in history] != ["user", "assistant"] * (len(history) // 2):
            errors.append(f"{qid}: history must alternate user/assistant turns")
        if q["doc"] is None:
            errors += check_unanswerable(qid, q, absent.get(q["question"]), doc_text)
            continue
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not q["evidence"] or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs evidence and answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN, long_answer_evidence=True)
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    multi = sum("multi-part" in q["notes"] for q in questions)
    if multi != 3:
        errors.append(f"{multi} multi-part questions, expected 3")
    sibling = sum(q["notes"].startswith("sibling sections") for q in questions)
    if sibling != 4:
        errors.append(f"{sibling} sibling-section questions, expected 4")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in kpi_specs() + guide_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(any_page, any_page), "make_heldout2.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"h2t{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if (g["number"] is not None or g["value"] == UNKNOWN) and g["unit"] is None:
            errors.append(f"{g['id']}: numeric cell without unit")
        for s in (g["value"], g["row"]):
            if norm(s) not in page_text(g["doc"], g["page"]):
                errors.append(f"{g['id']}: {s!r} not on page {g['page']} of {g['doc']}")
        # a header repeated after a page break has the column labels on every page of the table
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


def check_totals(gold) -> list[str]:
    """合計 rows add up the rows above them (― counts as 0); the regional table adds up to the
    海外成約件数 実績値 of the key-indicator table."""
    errors = []
    by_table = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        fy = None if fiscal_year(g["row"]) else g["fiscal_year"]  # a transposed table's year is its row
        by_table[g["table"]][g["row"]][(g["column"], fy)] = g["number"]
    for table, rows in by_table.items():
        if "合計" in rows:
            for col, total in rows["合計"].items():
                parts = [r.get(col) or 0 for label, r in rows.items() if label != "合計"]
                if sum(parts) != total:
                    errors.append(f"{table}: 合計 of {col} is {total}, rows add up to {sum(parts)}")
    key, regions = by_table["主要指標の目標値と実績値"]["海外成約件数（件）"], by_table["国・地域別の海外成約件数"]["合計"]
    for (col, fy), total in regions.items():
        if key.get(("実績値", fy)) != total:
            errors.append(f"国・地域別 合計 {total} for {fy} != 海外成約件数 実績値 {key.get(('実績値', fy))}")
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
    if on != proj_pages:
        errors.append(f"{proj.title}: header printed on pages {on}, expected {proj_pages}")
    if norm("（単位：千円）") not in norm("\n".join(pages[KPI_PDF])):
        errors.append("no caption unit note （単位：千円）")
    if specs["regions"].ruled:
        errors.append("the regional table must be drawn without ruling lines")
    if len(specs["key"].header) != 2 or len(specs["rates"].header) != 2:
        errors.append("the key-indicator and rate/cap tables need two header rows")
    if not any(len(range(r0, r1 + 1)) > 1 for (_, r0), (_, r1) in specs["fields"].spans):
        errors.append("the field table needs row-header spans")
    if not any(g["row"] == "令和元年度" for g in gold) or not any(g["fiscal_year"] == 2019 and g["column"] != "年度" for g in gold):
        errors.append("no 令和元年度 cell")
    if sum(g["value"] == UNKNOWN for g in gold) < 2:
        errors.append("the set needs ― cells")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
