"""Build the 槿県 held-out set 97: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (槿県 and every town, scheme, organisation, company, phone number,
address, figure and rule). The documents are in three genres the earlier sets do not use: a call
for applications (募集要項) for a prefectural subsidy towards exports of honey and bee products
(槿県産はちみつ等輸出促進補助金: export labels, residue tests, trade fairs abroad, sample shipping,
export containers) with a two-level header whose groups are the kinds of application (単独申請 /
共同申請), two 「－」 cells and a yearly record (years as rows, header cells over two lines); the
report (報告書) of a survey of the prefecture's paper-lantern (提灯) and Japanese-candle (和ろうそく)
makers on their exports, with a table continued over a page break without its header, the exports
by destination in two fiscal years with a 増減 column printing decreases with ▲ and an unruled
table of the issues; and a guide for applicants (ご案内) to a prefectural subsidy towards exports of
dried shiitake (槿県産乾椎茸輸出拡大支援補助金) with three courses, a KPI table (目標 / 実績 /
達成率) and the exports by product and destination with a total column on the right. See
README.md beside this file.

    python make_heldout97.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout59/make_heldout59.py; the shared helpers are in ../docgen.py (unchanged). The gold
cells are generated from the same specs that draw the tables; PDF page numbers are recorded while
reportlab lays the pages out. The output is byte-identical on every run (reportlab
``invariant=True``). The script exits 1 if any check fails.
"""


import re
import sys
import unicodedata
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
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

HONEY_PDF = "mukuge_hachimitsu_yushutsu_sokushin_hojokin_boshu_yoko_r7.pdf"
CHOCHIN_PDF = "mukuge_chochin_warosoku_yushutsu_jittai_chosa_r6.pdf"
SHIITAKE_PDF = "mukuge_hoshishiitake_yushutsu_kakudai_hojokin_annai_r7.pdf"
ALL_PDFS = (HONEY_PDF, CHOCHIN_PDF, SHIITAKE_PDF)

UNITS = ("千円", "万円", "件", "者", "トン", "国・地域", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (not covered); explained by a note, never a gold cell
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"\d{2,4}-\d{2,4}-\d{4}"
PHONE_OK = r"098-91\d-\d{4}"  # every phone number of the set: 098-910-xxxx … 098-919-xxxx
MAIL_DOMAIN = "@example.jp"
PREF_CHAR = "槿"


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
    """(number, unit) as printed after NFKC, a leading ▲ read as a minus sign; (None, None) for
    text and 「－」."""
    v = nfkc(value).strip()
    if v.startswith(DECREASE):
        v = "-" + v[1:]
    return docgen.parse_number(v, UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(str(k)) * 100 / Decimal(str(n)), "0.1")


def pct0(k, n) -> int:
    """k / n in whole per cent, rounded half up (the KPI table's 達成率)."""
    return int(half_up(Decimal(str(k)) * 100 / Decimal(str(n)), "1"))


def cell(x) -> str:
    """A table cell: None -> 「－」, a Decimal with one decimal, an int as docgen prints it
    (single digits full-width), a negative int with ▲."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    if x < 0:
        return DECREASE + fw(-x)
    return fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


def D(s: str) -> Decimal:
    return Decimal(s)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    cover a range of fiscal years (a 増減 column)."""

    col_range: dict | None = None  # {col: [first, last]}

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
            if value == DASH:  # drawn, but no figure: no gold cell (a note explains it)
                continue
            number, cell_unit = parse_number(value)
            unit = cell_unit or spec.cell_unit(r, c)
            row_label = label(r[spec.label_col])
            rng = (spec.col_range or {}).get(c)
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


def qa_lines(pairs):
    st = []
    for i, (q, a) in enumerate(pairs, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    return st


PREF = f"{PREF_CHAR}県"
TOWNS = (f"{PREF_CHAR}市", "葛浜市", "奥谷町")
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: honey export subsidy, call for applications
HONEY = f"{PREF}産はちみつ等輸出促進補助金"
HONEY_DEPT = f"{PREF} 農林水産部 畜産振興課"
YOHO = f"一般社団法人{PREF}養蜂協会"
RATES = [  # 経費区分; 単独申請: 補助率（％）, 上限額（千円）; 共同申請: 補助率（％）, 上限額（千円） (令和７年度); None = 「－」
    ("輸出用ラベルの作成", 50, 200, 60, 300),
    ("残留物質検査", 50, 300, None, None),
    ("海外見本市への出展", 50, 800, 60, 1500),
    ("商談用サンプルの送付", 40, 150, 50, 300),
    ("輸出向け容器・包装の調達", 40, 200, 50, 400),
]
FIRM_CAP, FIRM_CAP_JOINT = 120, 250  # note ※４: 万円 per application (単独申請 / 共同申請), the table is in 千円
REVISION = "輸出用ラベルの作成"  # note ※３: a revised label (改版) gets half the cap
RECORD = [  # 年度, 申請件数, 交付件数, うち共同申請, 交付額（千円）
    (2020, 8, 6, 1, 2410), (2021, 11, 8, 1, 3560), (2022, 15, 11, 2, 5230),
    (2023, 18, 13, 3, 6880), (2024, 22, 15, 3, 8140),
]
HONEY_CASES = [  # 見出し, 輸出先, 補助の対象とした取組, 交付を受けた額; joint?; costs (千円) by item
    ("養蜂業Ａ社（槿市）", "台湾", "残留物質検査と中国語（繁体字）の輸出用ラベルの作成", "38万円", False,
     (("残留物質検査", 420), ("輸出用ラベルの作成", 340))),
    ("ローヤルゼリー製造業Ｂ社（葛浜市）", "シンガポール", "海外見本市への出展と商談用サンプルの送付", "90万円", False,
     (("海外見本市への出展", 1560), ("商談用サンプルの送付", 300))),
    ("養蜂業Ｃ社ほか２者（奥谷町）", "米国", "海外見本市への共同出展と輸出向け容器の調達（共同申請）", "184万円", True,
     (("海外見本市への出展", 2400), ("輸出向け容器・包装の調達", 1200))),
]
HONEY_EXCLUDED = [  # 補助の対象にならない経費
    "巣箱、遠心分離機等の養蜂用の機械器具の購入費",
    "国内で開かれる見本市、物産展及び商談会への出展に要する経費（海外のバイヤーが来場するものを含む。）",
    "渡航費、宿泊費及び日当",
    "交付決定の日より前に発注し、又は支払った経費",
]
HONEY_QA = [
    ("同じ年度に、単独申請と共同申請の両方を行うことはできますか。",
     "できません。１年度に１事業者１申請とし、共同申請の構成員となった者は単独申請を行うことができません。"),
    ("残留物質検査の結果、輸出先の基準を超えてしまった場合、検査費用は補助されますか。",
     "補助の対象になります。検査の結果にかかわらず、検査に要した費用を対象とします。"),
    ("商談用サンプルを渡航の際に手荷物で持ち込む場合、その費用は対象になりますか。",
     "対象になりません。国際宅配便等で送付する費用に限ります。"),
]
HONEY_STEPS = [
    f"① 事前相談（畜産振興課又は{YOHO}へ）",
    "② 申請書の提出（募集期間内に、事業計画書と見積書を添えて提出）",
    "③ 審査（書類審査、令和７年７月上旬）",
    "④ 交付決定の通知（令和７年７月下旬）",
    "⑤ 補助事業の実施（令和８年１月31日までに完了すること）",
    "⑥ 実績報告（事業の完了から20日以内。遅くとも令和８年２月10日まで）",
    "⑦ 補助金の額の確定と支払（令和８年３月）",
]
HONEY_DEFS = ("県産はちみつ等", "残留物質検査", "共同申請", "養蜂事業者等")
HONEY_PHONES = ["098-912-4410", "098-912-4419", "098-912-4500"]
HONEY_MAIL = "mukuge-hachimitsu@example.jp"


def honey_specs():
    rates = TableSpec(
        key="rates", doc=HONEY_PDF, title="補助対象経費、補助率及び上限額",
        header=[["経費区分", "単独申請", "", "共同申請", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[50 * mm, 26 * mm, 28 * mm, 26 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=HONEY_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち共同\n申請（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(j), fw(g)] for y, a, b, j, g in RECORD],
        col_widths=[30 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return rates, record


def honey_story(specs):
    rates, record = specs
    n_all = sum(r[2] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HONEY} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HONEY_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の養蜂事業者等が、県産のはちみつ、ローヤルゼリー等の販路を海外に広げられるよう、輸出先の表示の規則に合わせたラベルの作成、残留物質検査、海外見本市への出展、商談用サンプルの送付等に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件の取組を支援しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助金名", HONEY),
        ("補助対象者", "県内に住所又は事業所を有する養蜂事業者等（共同申請の場合は、その代表者）"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,600万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年１月31日まで"),
    ], 0)
    st += paras("""
この要項において「県産はちみつ等」とは、県内に設置した巣箱から採取したはちみつ、ローヤルゼリー及びプロポリス並びにこれらを主な原料とする加工品をいい、県外産又は外国産のはちみつを混合したものを除きます。「残留物質検査」とは、輸出先の基準に適合することを確かめるため、抗生物質、農薬等の残留を登録検査機関で調べる検査をいいます。「共同申請」とは、県内の養蜂事業者等３者以上が代表者を定めて行う申請をいいます。また、「養蜂事業者等」とは、養蜂業を営む者及び県産はちみつ等の加工又は販売を行う中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、申請の区分によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 「{DASH}」の欄は、補助の対象としません。共同申請の構成員の残留物質検査は、{YOHO}が行う共同検査（無料）により実施します。",
        "※２ 海外見本市への出展の経費は、小間料、装飾費及び展示品の輸送費に限ります。",
        f"※３ 「{REVISION}」のうち、既に作成した輸出用ラベルの表示の一部を改める場合（改版）の上限額は、上表の額の２分の１とします。",
        f"※４ 補助金の額は、経費区分ごとに補助対象経費に補助率を乗じた額（上限額を超えるときは上限額）の合計とし、１申請当たり{FIRM_CAP}万円（共同申請は{FIRM_CAP_JOINT}万円）を上限とします。千円未満の端数は切り捨てます。",
    ])
    st += paras("次の経費は、補助の対象になりません。", 0)
    st += bullets(HONEY_EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered(HONEY_STEPS, 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は制度を始めてから毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち共同申請{fw(last[3])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _joint, _costs) in enumerate(HONEY_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("補助の対象とした取組", what), ("交付を受けた額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    st += qa_lines(HONEY_QA)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HONEY_DEPT} 養蜂・特産班　電話：{HONEY_PHONES[0]}　ファクス：{HONEY_PHONES[1]}",
        f"{YOHO}（事前相談・共同検査）　電話：{HONEY_PHONES[2]}",
        f"電子メール：{HONEY_MAIL}",
    ]))
    return st


# ================================================================ document 2: lantern and candle makers, survey report
CHOCHIN = f"{PREF}提灯・和ろうそく製造業の輸出実態調査"
CHOCHIN_DEPT = f"{PREF} 商工労働部 地場産業振興課"
KUMIAI = f"{PREF}提灯・和ろうそく協同組合"
TARGET = 126  # 調査対象の事業者（全数）
FIELDS = [  # 製品分野, 回答事業者数（者）, 輸出事業者数（者）, 輸出額（万円） (令和５年度)
    ("盆提灯", 14, 3, 410), ("祭礼・神社用提灯", 12, 4, 560), ("店舗・看板用提灯", 10, 5, 1180),
    ("提灯型照明", 8, 6, 2340), ("和ろうそく（櫨ろう）", 11, 5, 1460),
    ("和ろうそく（米ぬかろう等）", 9, 3, 520), ("絵ろうそく", 13, 6, 1730), ("その他", 13, 2, 230),
]
LANTERN_FIELDS = ("盆提灯", "祭礼・神社用提灯", "店舗・看板用提灯", "提灯型照明")  # 提灯製造業 (note ※１)
CANDLE_FIELDS = ("和ろうそく（櫨ろう）", "和ろうそく（米ぬかろう等）", "絵ろうそく")  # 和ろうそく製造業 (note ※１)
SIZES = (("５人未満", 52, 11), ("５人以上20人未満", 29, 16), ("20人以上", 9, 7))  # 回答, うち輸出 (prose only)
PLAN_TO_START = 17  # non-exporters planning to start within three years (prose only)
RECENT_STARTERS = 13  # exporters that started within the last five years (prose only)
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 令和４年度, 令和５年度 (万円); not sorted
    ("米国", 1920, 2460), ("台湾", 1050, 1180), ("香港", 760, 690), ("中国", 890, 610),
    ("フランス", 1120, 1390), ("ドイツ", 540, 720), ("英国", 380, 430), ("オーストラリア", 310, 390),
    ("その他", 520, 560),
]
ISSUES = [  # 課題, 回答数: 提灯製造業, 和ろうそく製造業, その他 (複数回答)
    ("輸送中の破損（潰れ・割れ・溶け）", 12, 9, 1), ("海外の安全規格・認証への対応", 10, 3, 0),
    ("職人の高齢化と後継者不足", 8, 8, 1), ("現地の販売先・代理店の確保", 7, 7, 1),
    ("原材料（和紙・櫨の実）の調達", 5, 6, 0), ("外国語での製品説明", 4, 5, 1),
]
MAKER_CASES = [  # 見出し, 主な製品, 主な輸出先, 海外向けの工夫 (same labels in every sibling section)
    ("提灯製造業Ｄ社（槿市）", "海外の日本料理店向けの店舗・看板用提灯", "米国、オーストラリア",
     "骨を折りたためる構造にし、輸送時の容積を小さくした"),
    ("提灯型照明製作所Ｅ社（葛浜市）", "提灯型のペンダント照明", "フランス、ドイツ",
     "欧州の安全規格に合う電気部品に替え、認証を取得した"),
    ("和ろうそく製造業Ｆ社（奥谷町）", "櫨ろうの和ろうそくと絵ろうそく", "台湾、香港",
     "燃焼時間と煤の少なさを英語と中国語で説明する栞を添えている"),
]
CHOCHIN_DEFS = ("提灯", "和ろうそく", "輸出事業者")
CHOCHIN_PHONES = ["098-915-2230", "098-915-2239", "098-915-2300"]
CHOCHIN_MAIL = "mukuge-dento@example.jp"


def respondents() -> int:
    return sum(r[1] for r in FIELDS)


def exporters() -> int:
    return sum(r[2] for r in FIELDS)


def split_exporters() -> tuple[int, int, int]:
    """輸出事業者: all, 提灯製造業, 和ろうそく製造業 (the ｎ of the unruled table)."""
    a = sum(r[2] for r in FIELDS if r[0] in LANTERN_FIELDS)
    b = sum(r[2] for r in FIELDS if r[0] in CANDLE_FIELDS)
    return exporters(), a, b


def chochin_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in FIELDS]
    rows.append(["合計"] + [fw(sum(r[j] for r in FIELDS)) for j in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=CHOCHIN_PDF, title="製品分野別の回答事業者と輸出の状況",
        header=[["製品分野", "回答\n事業者数（者）", "輸出\n事業者数（者）", "輸出額\n（万円）"]],
        rows=rows, col_widths=[50 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2023, repeat_header=False,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), cell(b - a)] for n, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    rows.append(["合計", fw(ta), fw(tb), cell(tb - ta)])
    dest = TableSpec(
        key="destinations", doc=CHOCHIN_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=rows, col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], unit="万円",
    )
    dest.col_range = {3: [DEST_YEARS[0], DEST_YEARS[-1]]}
    n_all, n_a, n_b = split_exporters()
    issues = TableSpec(
        key="issues", doc=CHOCHIN_PDF, title="輸出に当たっての課題（複数回答）",
        header=[["課題", "全体", "提灯製造業", "和ろうそく製造業"]],
        rows=[[x, cell(pct1(a + b + o, n_all)), cell(pct1(a, n_a)), cell(pct1(b, n_b))] for x, a, b, o in ISSUES],
        col_widths=[66 * mm, 24 * mm, 28 * mm, 34 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return fields, dest, issues


def chochin_story(specs):
    fields, dest, issues = specs
    total, n = respondents(), exporters()
    n_all, n_a, n_b = split_exporters()
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    (s1, r1, e1), (s2, r2, e2), (s3, r3, e3) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOCHIN} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(CHOCHIN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県の伝統的工芸品である提灯と和ろうそくの輸出の実態と課題を把握し、海外への販路開拓の支援策に役立てるため"),
        ("調査対象", f"県内の提灯及び和ろうそくの製造事業者 {TARGET}者（全数）"),
        ("調査基準日", "令和６年10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送によるアンケート及び聞き取り"),
        ("回答数", f"{total}者（回答率{pct1(total, TARGET)}％）"),
        ("集計上の注意", "割合は小数点以下第２位を四捨五入しているため、内訳の合計が100％にならない場合がある"),
    ], 0)
    st += paras("""
この報告書において「提灯」とは、竹ひご又は針金の骨に和紙又は絹を張った灯具をいい、その形を生かした電気の照明器具（提灯型照明）を含む。「和ろうそく」とは、櫨（はぜ）の実、米ぬか等から採った植物性のろうを原料とし、和紙といぐさの芯を用いて作るろうそくをいう。また、「輸出事業者」とは、令和５年度に自社の製品を海外の顧客又は販売店に直接販売した事業者をいい、国内の商社や問屋を通じて海外に渡ったものだけの事業者は含まない。
""", 0)
    st += [P("２　回答事業者と輸出の状況", H1)]
    st += paras(f"""
回答した{total}者のうち、輸出事業者は{n}者（{pct1(n, total)}％）であった。従業者の規模別にみると、{s1}の事業者は{r1}者で、うち輸出事業者は{e1}者にとどまる。{s2}は{r2}者（うち輸出事業者{e2}者）、{s3}は{fw(r3)}者（同{fw(e3)}者）であり、従業者の規模が大きいほど輸出事業者の割合は高い。また、輸出を行っていない{total - n}者のうち{PLAN_TO_START}者が、今後３年以内に輸出を始めたいと答えた。
輸出事業者のうち、輸出を始めてから５年以内の事業者は{RECENT_STARTERS}者で、提灯型照明と絵ろうそくの事業者が多い。海外の見本市に出展したことがある事業者は、輸出事業者の半数近くに上り、その多くが出展を機に現地の販売店との取引を始めている。
製品分野別では、提灯型照明が輸出額、回答事業者に占める輸出事業者の割合ともに最も高く、絵ろうそく、和ろうそく（櫨ろう）が続く。
""", 0)
    st += [caption(fields.title, "（令和５年度）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 製品分野は、各事業者の売上が最も多い製品による。表の「盆提灯」から「提灯型照明」までの事業者を提灯製造業、「和ろうそく（櫨ろう）」から「絵ろうそく」までの事業者を和ろうそく製造業とする。「その他」は、ろうそく立て、提灯の部品（火袋・骨）等である。",
    ])
    st += [P("３　輸出先", H1)]
    st += paras(f"""
令和５年度の輸出額は{tb:,}万円で、令和４年度の{ta:,}万円から{tb - ta}万円増えた。輸出先別では米国向けが最も多く、中国向けと香港向けは減った。
""", 0)
    st += [caption(dest.title, "（単位：万円）"), dest.flowable(), Spacer(1, 2)]
    st += notes([f"※２ 「増減」は令和５年度の額から令和４年度の額を差し引いたもので、「{DECREASE}」は減少を示す。「その他」は、シンガポール、韓国、カナダ等である。"])
    st += [P("４　事業者の事例", H1)]
    for i, (head, product, where, idea) in enumerate(MAKER_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な製品", product), ("主な輸出先", where), ("海外向けの工夫", idea)], 1)
    st += [P("５　輸出に当たっての課題", H1)]
    st += paras("""
全体、提灯製造業、和ろうそく製造業のいずれでも「輸送中の破損（潰れ・割れ・溶け）」が最も多かった。提灯製造業では「海外の安全規格・認証への対応」が、和ろうそく製造業では「職人の高齢化と後継者不足」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 輸出事業者（全体{n_all}者、提灯製造業{n_a}者、和ろうそく製造業{n_b}者）が回答した。提灯製造業と和ろうそく製造業の区分は※１による。全体には「その他」の事業者を含む。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "提灯型照明の海外の安全規格の取得にかかる費用を補助してほしい。",
        "割れや溶けを防ぐ梱包の方法を、専門家に相談できる窓口がほしい。",
        "海外の販売店と商談できる機会を、組合単位で設けてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 提灯型照明の海外の安全規格と認証の手続を学ぶ講習会を、令和７年度に２回開く。",
        "② 県工業技術センターと連携し、輸送中の破損を防ぐ梱包の試験を行う。",
        f"③ {KUMIAI}と連携し、海外の販売店を招いた商談会を開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOCHIN_DEPT} 伝統産業班　電話：{CHOCHIN_PHONES[0]}　ファクス：{CHOCHIN_PHONES[1]}",
        f"{KUMIAI}（輸出の相談）　電話：{CHOCHIN_PHONES[2]}",
        f"電子メール：{CHOCHIN_MAIL}",
    ]))
    return st


# ================================================================ document 3: dried-shiitake export subsidy, guide for applicants
SHIITAKE = f"{PREF}産乾椎茸輸出拡大支援補助金"
SHIITAKE_DEPT = f"{PREF} 農林水産部 林業振興課"
SHINKOKAI = f"一般社団法人{PREF}特用林産振興会"
FOUNDED = 2022  # the year the subsidy was created
FOUNDED_LABEL = "令和４年度"  # as printed (no Western year anywhere in the guide)
PAST_GRANTS = {2022: 7, 2023: 11}  # 交付件数 (prose only)
COURSES = [  # 見出し, 対象となる経費, 補助率, 補助上限額 (same labels in every sibling section); rate; cap 万円; group cap
    ("品質証明コース", "輸出先が求める品質・衛生の検査（水分、異物、微生物等）と証明書の取得", "３分の２", "40万円",
     Fraction(2, 3), 40, 40),
    ("小分け商品開発コース", "小分け商品の包装資材の設計、外国語の表示の作成及び試作品の製作", "２分の１", "80万円",
     Fraction(1, 2), 80, 80),
    ("海外販売促進コース", "海外の店舗での試食販売、料理教室の開催及び販促物の制作", "２分の１",
     "120万円（生産者団体は150万円）", Fraction(1, 2), 120, 150),
]
REPEAT_RATE = Fraction(1, 3)  # note ※１: a grantee of the year before applying to the same course
TOTAL_CAP, TOTAL_CAP_GROUP = 150, 200  # note ※２: 万円 for several courses
GRANTS_2024 = (7, 5, 4)  # 令和６年度の交付件数 by course (prose)
SHIITAKE_EXCLUDED = [
    "原木、種駒等の生産資材の購入費",
    "乾燥機、選別機等の機械設備の購入費",
    "渡航費及び宿泊費",
    "国内の店舗での試食販売に要する経費",
]
SHIITAKE_STEPS = [
    f"① 事前相談（{SHINKOKAI}へ。申請書類の確認も行います）",
    "② 申請書の提出（各回の募集期間内に、事業計画書と見積書を添えて提出）",
    "③ 審査と交付決定（第１回は令和７年７月中旬、第２回は10月上旬に通知）",
    "④ 補助事業の実施（令和８年１月30日までに完了すること）",
    "⑤ 実績報告（事業の完了から30日以内）",
    "⑥ 補助金の支払（令和８年３月）",
]
SHIITAKE_QA = [
    ("生椎茸の輸出も対象になりますか。",
     "対象になりません。県産乾椎茸とその加工品の輸出に限ります。"),
    ("第１回の募集で採択されなかった場合、第２回に申請し直すことはできますか。",
     "できます。審査の結果を踏まえて事業計画を見直したうえで、申請してください。"),
]
KPI = [  # 指標 (単位 in the bracket), 目標, 実績 (令和６年度)
    ("県産乾椎茸の輸出量（トン）", D("40.0"), D("43.6")),
    ("県産乾椎茸の輸出額（万円）", 12000, 13380),
    ("輸出に取り組む生産者数（者）", 30, 27),
    ("輸出先の国・地域数（国・地域）", 8, 9),
]
PRODUCT_DESTS = ("香港", "台湾", "シンガポール", "米国", "その他")
PRODUCTS = [  # 品目, トン by destination (令和６年度)
    ("どんこ（肉厚のもの）", [D("9.8"), D("4.2"), D("2.6"), D("1.9"), D("0.7")]),
    ("こうしん（薄手のもの）", [D("5.1"), D("3.6"), D("1.4"), D("2.8"), D("1.2")]),
    ("スライス・粉末", [D("0.9"), D("1.3"), D("0.8"), D("3.1"), D("1.5")]),
    ("規格外品（割れ葉等）", [D("1.2"), D("0.6"), D("0.2"), D("0.4"), D("0.3")]),
]
SHIITAKE_DEFS = ("県産乾椎茸", "小分け商品", "生産者団体")
SHIITAKE_PHONES = ["098-918-3120", "098-918-3129", "098-918-3200"]
SHIITAKE_MAIL = "mukuge-shiitake@example.jp"


def shiitake_specs():
    kpi = TableSpec(
        key="kpi", doc=SHIITAKE_PDF, title="輸出拡大の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, cell(t), cell(a), fw(pct0(a, t))] for n, t, a in KPI],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 28 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    rows = [[n] + [cell(v) for v in vals] + [cell(sum(vals))] for n, vals in PRODUCTS]
    cols = [sum(vals[j] for _n, vals in PRODUCTS) for j in range(len(PRODUCT_DESTS))]
    rows.append(["合計"] + [cell(v) for v in cols] + [cell(sum(cols))])
    products = TableSpec(
        key="products", doc=SHIITAKE_PDF, title="品目別・輸出先別の輸出量",
        header=[["品目"] + list(PRODUCT_DESTS) + ["計"]],
        rows=rows, col_widths=[44 * mm, 19 * mm, 19 * mm, 24 * mm, 19 * mm, 19 * mm, 19 * mm],
        unit="トン", table_fy=2024,
    )
    return kpi, products


def shiitake_story(specs):
    kpi, products = specs
    g = GRANTS_2024
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SHIITAKE}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SHIITAKE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県産の乾椎茸は、香港や台湾で贈答用の高級食材として評価されていますが、国内の消費が減り、生産者の高齢化も進んでいます。県では、輸出を新たな販路とするため、{FOUNDED_LABEL}にこの補助金を設け、輸出に必要な検査、海外の消費者向けの商品づくり及び現地での販売促進を支援しています。
""", 0)
    st += lv_lines([
        ("補助金名", SHIITAKE),
        ("対象者", "県内の乾椎茸の生産者、生産者団体及び県内に事業所を有する乾椎茸の加工・販売事業者"),
        ("募集期間", "第１回 令和７年５月７日から６月６日まで、第２回 令和７年８月１日から８月29日まで"),
        ("予算額", "1,000万円"),
        ("受付・相談", f"{SHINKOKAI}（平日９時から17時まで）"),
    ], 0)
    st += paras("""
この案内において「県産乾椎茸」とは、県内のほだ場で原木栽培により生産し、県内で乾燥した椎茸をいい、菌床栽培によるものを含みません。「小分け商品」とは、県産乾椎茸又はその加工品（スライス、粉末等）を１袋500グラム以下に小分けし、外国語の表示を付けた商品をいいます。また、「生産者団体」とは、県内の乾椎茸の生産者５者以上で構成する出荷組合、生産部会等をいいます。
""", 0)
    st += [P("２　コースと補助率", H1)]
    for i, (head, what, rate, cap, *_x) in enumerate(COURSES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる経費", what), ("補助率", rate), ("補助上限額", cap)], 1)
    st += notes([
        "※１ 前年度にこの補助金の交付を受けた者が同じコースに申請する場合、補助率は３分の１とします（補助上限額は変わりません）。",
        f"※２ 複数のコースに申請する場合、補助金の額は合計で{TOTAL_CAP}万円（生産者団体は{TOTAL_CAP_GROUP}万円）を上限とします。",
    ])
    st += [P("３　補助の対象にならない経費", H1)]
    st += bullets(SHIITAKE_EXCLUDED, 0)
    st += [P("４　申請の流れ", H1)]
    st += numbered(SHIITAKE_STEPS, 0)
    st += [P("５　令和６年度の実績", H1)]
    st += paras(f"""
令和６年度は{sum(g)}件（品質証明コース{fw(g[0])}件、小分け商品開発コース{fw(g[1])}件、海外販売促進コース{fw(g[2])}件）に交付しました。制度を始めた{FOUNDED_LABEL}は{fw(PAST_GRANTS[2022])}件、{era(2023)}は{PAST_GRANTS[2023]}件でした。
県産乾椎茸の輸出量は香港向けが最も多く、品目別ではどんこが全体の４割を超えています。四つの目標のうち、生産者数を除く三つを達成しました。
""", 0)
    st += [caption(products.title, "（令和６年度）（単位：トン）"), products.flowable(), Spacer(1, 2)]
    st += notes(["※３ 品目の「規格外品」は、割れ葉、変形品等をいいます。輸出先の「その他」は、タイ、カナダ、オーストラリア等です。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※４ 達成率は、実績を目標で割った値を百分率で表し、小数点以下第１位を四捨五入したものです。目標は、県特用林産物振興計画によります。"])
    st += [P("６　よくある質問", H1)]
    st += qa_lines(SHIITAKE_QA)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHIITAKE_DEPT} 特用林産班　電話：{SHIITAKE_PHONES[0]}　ファクス：{SHIITAKE_PHONES[1]}",
        f"{SHINKOKAI}（申請前の相談・書類の確認）　電話：{SHIITAKE_PHONES[2]}",
        f"電子メール：{SHIITAKE_MAIL}",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return honey_specs() + chochin_specs() + shiitake_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, cspecs, sspecs = honey_specs(), chochin_specs(), shiitake_specs()
    hdoc = build_pdf(docs_dir / HONEY_PDF, hspecs, honey_story(hspecs),
                     f"令和７年度 {HONEY} 募集要項", "令和７年４月", HONEY_DEPT)
    cdoc = build_pdf(docs_dir / CHOCHIN_PDF, cspecs, chochin_story(cspecs),
                     f"令和６年度 {CHOCHIN} 報告書", "令和７年２月", CHOCHIN_DEPT)
    sdoc = build_pdf(docs_dir / SHIITAKE_PDF, sspecs, shiitake_story(sspecs),
                     f"令和７年度 {SHIITAKE}のご案内", "令和７年４月", SHIITAKE_DEPT)
    gold = all_gold({HONEY_PDF: hdoc.row_pages, CHOCHIN_PDF: cdoc.row_pages, SHIITAKE_PDF: sdoc.row_pages})
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


LABEL_REVISION_COST = 260  # 千円, the revised label of h97q03
REPEAT_COST = 96  # 万円, the second-year small-pack project of h97q22

QUESTIONS = [
    # --- hachimitsu: the honey export subsidy call, tables (a) (b), definitions, notes, sibling sections, steps, Q&A
    dict(question="養蜂家４軒でまとまって申請し、シンガポールの見本市に共同で出展したいというグループがあります。はちみつの輸出補助金では、出展の経費の補助率は何％になりますか？",
         category="hachimitsu", doc=HONEY_PDF,
         evidence=["３者以上が代表者を定めて行う申請", "海外見本市への出展 50 800 60 1,500"], answer=["60"],
         notes="two facts: four beekeepers applying together are a 共同申請 (definition in ２: ３者以上); (a) two-level "
               "header, group 共同申請, leaf 補助率（％）; 50 (単独申請) is the trap"),
    dict(question="３者で共同申請する予定の養蜂グループから、構成員それぞれの残留物質検査の費用も、はちみつの輸出補助金で補助してもらえるのかと聞かれました。",
         category="hachimitsu", doc=HONEY_PDF,
         evidence=["の欄は、補助の対象としません", "行う共同検査（無料）により実施します", "残留物質検査 50 300"],
         answer=["補助の対象としません"],
         notes="(a) the two 「－」 cells of 残留物質検査 under 共同申請, read with note ※１ (not covered; the 養蜂協会's "
               "joint test is free); 50 / 300 (単独申請) is the trap"),
    dict(question="単独で申請する養蜂業者が、以前作った台湾向けの輸出用ラベルの表示を一部だけ直したいそうです。費用は26万円の見込みです。はちみつの輸出補助金はいくら出ますか？",
         category="hachimitsu", doc=HONEY_PDF,
         evidence=["輸出用ラベルの作成 50 200 60 300", "上表の額の２分の１とします"], answer=["100千円"], computed=True,
         notes="three facts: (a) leaves 単独申請／補助率（％） 50 and 単独申請／上限額（千円） 200; note ※３ halves the cap "
               "for a revised label (改版): 200 / 2 = 100; 260千円 × 50 % = 130千円 is above it, so 100千円 (= 10万円); "
               "130千円 is the trap"),
    dict(question="はちみつ等の輸出補助金は、2022年度には何件に交付されましたか？",
         category="hachimitsu", doc=HONEY_PDF, evidence=["令和４年度 15 11 ２ 5,230"], answer=["11"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (the call prints only 2020年度 in Western form); column "
               "交付件数（件）, printed over two lines; 15 (申請件数) and ２ (うち共同申請) are the traps"),
    dict(question="はちみつ等の輸出補助金の交付額を、令和２年度から令和６年度まで全部合わせるといくらになりますか？",
         category="hachimitsu", doc=HONEY_PDF,
         evidence=["令和２年度 ８ ６ １ 2,410", "令和６年度 22 15 ３ 8,140"], answer=["26,220千円"], computed=True,
         notes="(b) sum of the column 交付額（千円） over the five rows: 2,410 + 3,560 + 5,230 + 6,880 + 8,140 = 26,220千円 "
               "(the prose gives only the 53 grants)"),
    dict(question="外国産のはちみつを少しブレンドした商品を輸出したいという業者がいます。はちみつの輸出補助金の対象になる「県産はちみつ等」に当たりますか？",
         category="hachimitsu", doc=HONEY_PDF, evidence=["県外産又は外国産のはちみつを混合したものを除きます"],
         answer=["混合したものを除きます"],
         notes="definition 「県産はちみつ等」とは…県外産又は外国産のはちみつを混合したものを除きます (a no, asked at its "
               "boundary: only a little is blended)"),
    dict(question="養蜂家３軒がまとまって申請したはちみつの活用事例では、補助金はいくら交付されましたか？",
         category="hachimitsu", doc=HONEY_PDF, evidence=["（３）養蜂業Ｃ社ほか２者", "交付を受けた額：184万円"],
         answer=["184万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 補助の対象とした取組, 交付を受けた額; "
               "（３）養蜂業Ｃ社ほか２者 (three beekeepers together = Ｃ社ほか２者, a 共同申請); 38万円 and 90万円 are "
               "the siblings' values"),
    dict(question="はちみつの輸出補助金で、補助事業が終わったあとの実績報告はいつまでに出せばよいかと聞かれました。",
         category="hachimitsu", doc=HONEY_PDF, evidence=["実績報告（事業の完了から20日以内"], answer=["事業の完了から20日以内"],
         notes="procedure step ⑥ (at the latest 令和８年２月10日); the 30日 of the dried-shiitake guide's step ⑤ is "
               "a near miss in another document"),
    dict(question="残留物質検査を受けたら、輸出先の基準を超える結果が出てしまった養蜂業者がいます。その場合でも、はちみつの輸出補助金で検査費用は補助されるのでしょうか？",
         category="hachimitsu", doc=HONEY_PDF, evidence=["補助の対象になります。検査の結果にかかわらず"],
         answer=["補助の対象になります"],
         notes="Q&A: Ａ of Ｑ２ (yes, whatever the result); the lead sentence 「補助の対象になりません」 of the costs "
               "not covered is a near miss"),
    dict(question="はちみつの輸出補助金は、今年度の予算が全体でいくらですか？",
         category="hachimitsu", doc=HONEY_PDF, evidence=["予算額：1,600万円"], answer=["1,600万円"],
         notes="「label：value」 line 予算額 of ２ (the shiitake guide's 予算額 1,000万円 is a near miss in another "
               "document)"),
    # --- chochin: the survey of lantern and candle makers, tables (c) (d) (e), a definition, sibling sections, prose
    dict(question="国内の問屋に提灯を卸していて、その問屋が海外に輸出しているという工房があります。提灯・和ろうそくの輸出実態調査でいう「輸出事業者」に入りますか？",
         category="chochin", doc=CHOCHIN_PDF, evidence=["問屋を通じて海外に渡ったものだけの事業者は含まない"],
         answer=["含まない"],
         notes="definition 「輸出事業者」とは…直接販売した事業者をいい、国内の商社や問屋を通じて海外に渡ったものだけの事業者は"
               "含まない (a no, asked at its boundary)"),
    dict(question="絵付けをしたろうそくを主に作っている事業者のうち、輸出しているのは何者ですか？",
         category="chochin", doc=CHOCHIN_PDF, evidence=["絵ろうそく 13 ６ 1,730"], answer=["６"],
         notes="(c) continuation page (no header there): row 絵ろうそく (絵付けをしたろうそく), column 輸出事業者数（者）; "
               "13 (回答事業者数) is the trap"),
    dict(question="提灯・和ろうそくの調査で、提灯の形の電気照明を主力にしている事業者のうち、輸出している事業者は何％ですか？",
         category="chochin", doc=CHOCHIN_PDF, evidence=["提灯型照明 ８ ６ 2,340"], answer=["75.0%"], computed=True,
         notes="(c) share within a row, on the page before the break: row 提灯型照明 (the definition of 「提灯」 includes "
               "the electric 提灯型照明): 6 / 8 = 75.0 % (the prose says only that it is the highest)"),
    dict(question="中国向けの提灯・和ろうそくの輸出額は、前の年度と比べてどれだけ変わりましたか？",
         category="chochin", doc=CHOCHIN_PDF, evidence=["中国 890 610 ▲280"], answer=["▲280"],
         notes="(d) the 増減 column, a decrease printed with ▲ (note ※２): down 280万円 (unit only in the caption "
               "note); ▲70 (香港) is the other decrease"),
    dict(question="提灯・和ろうそくの2023年度の輸出額が、２番目に多かった輸出先はどこですか？",
         category="chochin", doc=CHOCHIN_PDF, evidence=["フランス 1,120 1,390 270", "米国 1,920 2,460 540"],
         answer=["フランス"],
         notes="(d) second-largest in the column 令和５年度 (2023年度; the report prints no Western year): 米国 2,460, "
               "フランス 1,390, 台湾 1,180 (the rows are not sorted; the prose names only 米国)"),
    dict(question="提灯・和ろうそくの2023年度の輸出額のうち、米国向けは何％を占めていますか？",
         category="chochin", doc=CHOCHIN_PDF, evidence=["米国 1,920 2,460 540", "合計 7,490 8,430 940"],
         answer=["29.2%"], computed=True,
         notes="(d) share within a year column: 2,460 / 8,430 = 29.2 % (2023年度 = 令和５年度); 1,920 / 7,490 "
               "(令和４年度) is a wrong reading"),
    dict(question="提灯も少し作っているが、売上の大半は絵ろうそくという工房があります。同じ区分の輸出事業者のうち、海外の安全基準や認証の取得が課題だと答えたのは何％ですか？",
         category="chochin", doc=CHOCHIN_PDF,
         evidence=["売上が最も多い製品による", "海外の安全規格・認証への対応 38.2 55.6 21.4"], answer=["21.4"],
         notes="(e) unruled table; the column is picked by note ※１ (a maker is classed by its main product, so "
               "絵ろうそく → 和ろうそく製造業): 21.4; 55.6 (提灯製造業) and 38.2 (全体) are the traps"),
    dict(question="提灯の形をした照明器具を作っている会社の事例では、主にどこに輸出していますか？",
         category="chochin", doc=CHOCHIN_PDF, evidence=["（２）提灯型照明製作所Ｅ社", "主な輸出先：フランス、ドイツ"],
         answer=["フランス、ドイツ"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な製品, 主な輸出先, 海外向けの工夫; "
               "（２）提灯型照明製作所Ｅ社 (提灯の形をした照明器具 = 提灯型照明); 米国、オーストラリア and 台湾、香港 are "
               "the siblings' values"),
    dict(question="提灯・和ろうそくの調査で、従業員が５人に満たない小さな工房のうち、輸出をしているのは何者ですか？",
         category="chochin", doc=CHOCHIN_PDF, evidence=["うち輸出事業者は11者にとどまる"], answer=["11者"],
         notes="prose only (２; the firm sizes are in no table): ５人未満 52者, of which 11 export; 16 and ７ are the "
               "other sizes"),
    # --- shiitake: the dried-shiitake export subsidy guide, tables (f) (g), definitions, courses, notes
    dict(question="生産者６人でつくる乾椎茸の出荷組合が、香港のスーパーで試食販売をしたいそうです。補助の上限額はいくらですか？",
         category="shiitake", doc=SHIITAKE_PDF,
         evidence=["（３）海外販売促進コース", "補助上限額：120万円（生産者団体は150万円）", "生産者５者以上で構成する出荷組合"],
         answer=["150万円"],
         notes="sibling sections （１）–（３） of ２ share the labels 対象となる経費, 補助率, 補助上限額; tasting sales "
               "abroad = （３）海外販売促進コース; six growers = 生産者団体 (definition: ５者以上), so 150万円; 120万円 is "
               "the trap, 200万円 (note ※２, several courses) a near miss"),
    dict(question="菌床で育てた椎茸を乾燥させて輸出したいという生産者がいます。乾椎茸の輸出補助金の対象になりますか？",
         category="shiitake", doc=SHIITAKE_PDF, evidence=["菌床栽培によるものを含みません"],
         answer=["菌床栽培によるものを含みません"],
         notes="definition 「県産乾椎茸」とは、県内のほだ場で原木栽培により生産し…菌床栽培によるものを含みません (a no, "
               "asked at its boundary: dried in the prefecture, but not log-grown)"),
    dict(question="昨年度この乾椎茸の補助金で小分けパックを開発した生産者が、今年度も同じコースで、表示を変えた新商品を作りたいそうです。経費は96万円の見込みです。補助金はいくらになりますか？",
         category="shiitake", doc=SHIITAKE_PDF, evidence=["補助率は３分の１とします", "（２）小分け商品開発コース"],
         answer=["32万円"], computed=True,
         notes="note ※１ changes the rate of the course （２）小分け商品開発コース (２分の１, cap 80万円): a grantee of "
               "the year before in the same course gets ３分の１: 96 × 1/3 = 32万円 (below the cap); 48万円 is the trap"),
    dict(question="乾椎茸の補助金の目標で、2024年度に輸出に取り組んだ生産者の数は、実績で何者でしたか？",
         category="shiitake", doc=SHIITAKE_PDF, evidence=["輸出に取り組む生産者数（者） 30 27 90"], answer=["27"],
         notes="(f) KPI table, column 実績, unit from the row label's bracket (者); 2024年度 = 令和６年度 (the guide "
               "prints no Western year); 30 (目標) and 90 (達成率) are the traps"),
    dict(question="令和６年度の乾椎茸の輸出額は、案内に載っている目標をいくら上回りましたか？",
         category="shiitake", doc=SHIITAKE_PDF, evidence=["県産乾椎茸の輸出額（万円） 12,000 13,380 112"],
         answer=["1,380万円"], computed=True,
         notes="(f) difference in a KPI row, unit from the row label's bracket: 13,380 − 12,000 = 1,380万円"),
    dict(question="令和６年度に輸出された肉厚のどんこは、輸出先を合わせて何トンですか？",
         category="shiitake", doc=SHIITAKE_PDF, evidence=["どんこ（肉厚のもの） 9.8 4.2 2.6 1.9 0.7 19.2"],
         answer=["19.2"],
         notes="(g) total column on the right: row どんこ（肉厚のもの）, column 計 (unit only in the caption note, トン); "
               "9.8 (香港) is the trap"),
    dict(question="2024年度に輸出された県産の乾椎茸のうち、米国向けは全体の何％ですか？",
         category="shiitake", doc=SHIITAKE_PDF, evidence=["合計 17.0 9.7 5.0 8.2 3.7 43.6"], answer=["18.8%"],
         computed=True,
         notes="(g) share in the 合計 row: 8.2 / 43.6 = 18.8 % (2024年度 = 令和６年度); 3.1 / 7.6 (スライス・粉末 only) "
               "is a wrong reading"),
    dict(question="乾椎茸の輸出補助金ができたのは、西暦で何年度ですか？",
         category="shiitake", doc=SHIITAKE_PDF, evidence=["令和４年度にこの補助金を設け"], answer=["2022年度"],
         computed=True,
         notes="an era year turned into a Western year: 令和４年度 = 2022年度 (the guide prints no Western year)"),
    dict(question="乾椎茸の輸出補助金は、令和５年度には何件に交付されていましたか？",
         category="shiitake", doc=SHIITAKE_PDF, evidence=["令和５年度は11件でした"], answer=["11件"],
         notes="prose only (５; no table gives the grants by year): 令和４年度 ７件, 令和５年度 11件, 令和６年度 16件; the "
               "honey call's 令和５年度 (13 grants) is a near miss in another document"),
    # --- followups
    dict(question="では、それを共同申請で行う場合、上限額はいくらですか？",
         category="followup", doc=HONEY_PDF, evidence=["商談用サンプルの送付 40 150 50 300"], answer=["300"],
         history=_turns("はちみつの輸出補助金で、単独申請の業者が商談用サンプルを海外に送る場合、補助率は何％ですか？",
                        "単独申請の場合、商談用サンプルの送付の補助率は40％です[1]。"),
         notes="(a) the row from the history (商談用サンプルの送付), the other group 共同申請, leaf 上限額（千円）; 150 "
               "(単独申請) and 50 (the rate) are the traps"),
    dict(question="その年度に交付されたもののうち、共同申請は何件でしたか？",
         category="followup", doc=HONEY_PDF, evidence=["令和５年度 18 13 ３ 6,880"], answer=["３"],
         history=_turns("はちみつ等の輸出補助金は、2023年度に何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は18件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column うち共同申請（件）; 13 (交付件数) is the trap"),
    dict(question="その分野の令和５年度の輸出額はいくらですか？",
         category="followup", doc=CHOCHIN_PDF, evidence=["盆提灯 14 ３ 410"], answer=["410"],
         history=_turns("提灯・和ろうそくの調査で、盆提灯の事業者は何者が回答しましたか？",
                        "盆提灯の事業者は14者が回答しました[1]。"),
         notes="(c) the row from the history (盆提灯), column 輸出額（万円）, printed over two lines"),
    dict(question="それを提灯製造業に限るとどうなりますか？",
         category="followup", doc=CHOCHIN_PDF, evidence=["輸送中の破損（潰れ・割れ・溶け） 64.7 66.7 64.3"], answer=["66.7"],
         history=_turns("提灯・和ろうそくの輸出事業者のうち、輸送中の破損を課題に挙げた割合は全体で何％ですか？",
                        "全体では64.7％でした[1]。"),
         notes="(e) unruled table: the row from the history, column 提灯製造業; 64.3 (和ろうそく製造業) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SHIITAKE_PDF, evidence=[f"電話：{SHIITAKE_PHONES[2]}"], answer=[SHIITAKE_PHONES[2]],
         history=_turns("乾椎茸の補助金に申請する前に、書類を見てもらいたいという生産者がいます。どこに相談すればよいですか？",
                        f"申請前の相談と書類の確認は、{SHINKOKAI}が受け付けています[1]。"),
         notes=f"contact box of the guide: the 振興会's phone (second line); the 班's phone {SHIITAKE_PHONES[0]} and "
               f"fax {SHIITAKE_PHONES[1]} (first line) are the near misses"),
    dict(question="その品目の米国向けはどれだけですか？",
         category="followup", doc=SHIITAKE_PDF, evidence=["こうしん（薄手のもの） 5.1 3.6 1.4 2.8 1.2 14.1"], answer=["2.8"],
         history=_turns("乾椎茸の輸出量で、こうしんはシンガポールに何トン輸出されましたか？",
                        "こうしんのシンガポール向けは1.4トンでした[1]。"),
         notes="(g) the row from the history (こうしん（薄手のもの）), column 米国; 14.1 (計) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="はちみつの輸出補助金を受けた養蜂家は、１軒当たり何群くらいのミツバチを飼っているのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the grants and the cases, not the grantees' colonies",
         absent=["群数", "蜂群", "飼育群", "ミツバチ"]),
    dict(question="令和７年度に残留物質検査を受ける場合、１検体当たりの検査料はいくらくらいかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the rate and the cap of 残留物質検査 (and a case's grant), not the price of a test",
         absent=["１検体", "検査料"]),
    dict(question="輸出された提灯は、海外で１張り当たりいくらで売られているのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the exports in 万円 by product field and destination, not prices",
         absent=["単価", "価格", "１張"]),
    dict(question="提灯や和ろうそくの職人の平均年齢はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey names the ageing of craftsmen as an issue (職人の高齢化と後継者不足), with no ages",
         absent=["平均年齢", "歳"]),
    dict(question="乾椎茸の輸出に取り組んでいる生産者のうち、女性は何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the number of growers exporting (27者 in the KPI table), not by sex",
         absent=["女性", "男性"]),
    dict(question="乾椎茸の補助金の申請書の様式は、どこからダウンロードできますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the steps (申請書の提出) and the contact box, not where the form is",
         absent=["ダウンロード", "様式", "ホームページ", "ウェブサイト"]),
]
CATEGORY_COUNTS = {"hachimitsu": 10, "chochin": 9, "shiitake": 9, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
DEFINITION_BOUNDARY = 3  # notes mention "asked at its boundary"
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h97q", "h97t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


TA, TB, TC, TD, TE, TF, TG = (
    "補助対象経費、補助率及び上限額", "申請と交付の実績", "製品分野別の回答事業者と輸出の状況", "輸出先別の輸出額",
    "輸出に当たっての課題（複数回答）", "輸出拡大の目標と実績", "品目別・輸出先別の輸出量")
LETTERS = dict(zip((TA, TB, TC, TD, TE, TF, TG), "abcdefg"))
PLANNED_CELLS = {TA: 18, TB: 20, TC: 27, TD: 30, TE: 18, TF: 12, TG: 30}


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _capped_label(g) -> str:
    rate = g(TA, REVISION, "単独申請／補助率（％）", 2025)
    cap = Fraction(g(TA, REVISION, "単独申請／上限額（千円）", 2025), 2)  # note ※３
    return f"{int(min(Fraction(LABEL_REVISION_COST * rate, 100), cap))}千円"


def _repeat_course(_g) -> str:
    head, _what, _rate, _cap, _r, cap, _gc = COURSES[1]
    return f"{int(min(REPEAT_COST * REPEAT_RATE, cap))}万円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, course data or the era)
    "h97q03": _capped_label,
    "h97q05": lambda g: f"{sum(g(TB, era(y), '交付額（千円）', y) for y, *_x in RECORD):,}千円",
    "h97q13": lambda g: _pct(g(TC, "提灯型照明", "輸出事業者数（者）", 2023), g(TC, "提灯型照明", "回答事業者数（者）", 2023)),
    "h97q16": lambda g: _pct(g(TD, "米国", "令和５年度", 2023), g(TD, "合計", "令和５年度", 2023)),
    "h97q22": _repeat_course,
    "h97q24": lambda g: f"{g(TF, '県産乾椎茸の輸出額（万円）', '実績', 2024) - g(TF, '県産乾椎茸の輸出額（万円）', '目標', 2024):,}万円",
    "h97q26": lambda g: _pct(g(TG, "合計", "米国", 2024), g(TG, "合計", "計", 2024)),
    "h97q27": lambda g: f"{era_year('令和', nfkc(FOUNDED_LABEL)[2:-2])}年度",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HONEY_PDF: (3, 3), CHOCHIN_PDF: (3, 3), SHIITAKE_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_CELLS = (150, 210)
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
WESTERN_SHARE = (0.30, 0.70)
BEFORE_BREAK_ROWS = ("盆提灯", "祭礼・神社用提灯")  # rows of (c) expected before the page break
CONTINUED_ROWS = ("絵ろうそく", "その他", "合計")  # and after it
RUNNING_LINES = 4  # header left, header right, page number, footer: the first lines of every page's text
TWO_LINE_TABLES = ("record", "fields")  # every value header printed over two lines
DASH_CELLS = {(TA, "残留物質検査", 3), (TA, "残留物質検査", 4)}  # (table, row, column index) printed 「－」
UNIT_STRIP = r"(%|千円|万円|件|者|トン|年度)$"


def readme_path(out: Path) -> Path:
    """The README checked for fiction: the one in `out` if there is one, else the one beside this script."""
    p = Path(out) / "README.md"
    return p if p.exists() else Path(__file__).resolve().parent / "README.md"


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout97.py")
    errors += check(questions, gold, pages)
    files = {"tables.jsonl": (out / "tables.jsonl").read_text(encoding="utf-8"),
             "questions.jsonl": (out / "questions.jsonl").read_text(encoding="utf-8")}
    rp = readme_path(out)
    if rp.exists():
        files["README.md"] = rp.read_text(encoding="utf-8")
    errors += check_fiction(pages, files)
    return errors


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def printed_as_number(bare: str, text: str) -> bool:
    """`bare` occurs in `text` (NFKC, whitespace kept) as a number of its own, not inside another one."""
    return re.search(r"(?<![\d.,])" + re.escape(bare) + r"(?![\d]|[.,]\d)", text) is not None


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    doc_nfkc = {n: nfkc("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    if len(questions) != 40:
        errors.append(f"{len(questions)} questions, expected 40")
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
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups may have a history")
        if history:
            roles = [t["role"] for t in history]
            if roles != ["user", "assistant"]:
                errors.append(f"{qid}: history must be one user turn and one assistant turn")
            for t in history:
                if t["role"] == "assistant" and "[1]" not in t["content"]:
                    errors.append(f"{qid}: an assistant turn lacks its [1] citation marker")
            if not any(c in q["question"] for c in FOLLOWUP_CUES):
                errors.append(f"{qid}: follow-up without a word that needs the history")
        for s in q["evidence"]:
            if any(ch in s for ch in "～－―"):
                errors.append(f"{qid}: evidence contains ～, － or ―: {s}")
        if len(q["answer"]) > 1:
            errors.append(f"{qid}: more than one answer item")
        if q["doc"] is None:
            errors += check_unanswerable(qid, q, absent.get(q["question"]), doc_text)
            continue
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not 1 <= len(q["evidence"]) <= 3 or len(q["answer"]) != 1:
            errors.append(f"{qid}: an answerable question needs 1-3 evidence strings and one answer")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed as a number of its own
            for a in q["answer"]:
                bare = re.sub(UNIT_STRIP, "", nfkc(a))
                if printed_as_number(bare, doc_nfkc[q["doc"]]) or norm(a) in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=WESTERN_SHARE)
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    boundary = sum("asked at its boundary" in q["notes"] for q in questions)
    if boundary != DEFINITION_BOUNDARY:
        errors.append(f"{boundary} definition-boundary questions, expected {DEFINITION_BOUNDARY}")
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
    for t in LETTERS:  # every table is asked about outside the followups
        if not any(t in table_of(q) for q in questions if q["doc"] and q["category"] != "followup"):
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second-largest" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the phone asked in a followup sits in a contact box beside near-miss numbers
    for q in questions:
        for a in q["answer"]:
            if re.fullmatch(PHONE_RE, a):
                near = set(re.findall(PHONE_RE, doc_text[q["doc"]])) - {a}
                if q["category"] != "followup" or len(near) < 2:
                    errors.append(f"{q['id']}: a phone question should be a followup with near-miss numbers")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    if not GOLD_CELLS[0] <= len(gold) <= GOLD_CELLS[1]:
        errors.append(f"{len(gold)} gold cells, expected {GOLD_CELLS[0]}-{GOLD_CELLS[1]}")
    per_table = defaultdict(int)
    for g in gold:
        per_table[g["table"]] += 1
    if dict(per_table) != PLANNED_CELLS:
        errors.append(f"gold cells per table {dict(per_table)}, planned {PLANNED_CELLS}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout97.py")
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
        if number != g["number"] or g["number"] is None:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if g["value"] == DASH or DASH in g["value"]:
            errors.append(f"{g['id']}: a 「－」 cell is no gold cell")
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
                continue
            # each printed row, cell after cell (the 「－」 cells included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    numeric = [g for g in gold if isinstance(g.get("number"), (int, float))]  # the others are reported above
    for fn, args in ((check_totals, (numeric,)), (check_layouts, (numeric, pages))):
        try:
            errors += fn(*args)
        except (KeyError, StopIteration, TypeError, ValueError) as e:
            errors.append(f"{fn.__name__} could not run on these gold cells: {type(e).__name__} {e}")
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = Decimal(str(g["number"]))

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): rates within 100 %; no cap above the firm caps of note ※４ (万円 -> 千円); 共同申請 at least 単独申請
    for row, r in t[TA].items():
        if any(r[k] > 100 for k in r if k.endswith("補助率（％）")):
            errors.append(f"{TA} / {row}: a rate above 100 %")
        if r["単独申請／上限額（千円）"] > FIRM_CAP * 10 or r.get("共同申請／上限額（千円）", 0) > FIRM_CAP_JOINT * 10:
            errors.append(f"{TA} / {row}: a cap above the firm cap of note ※４")
        if "共同申請／補助率（％）" in r and (r["共同申請／補助率（％）"] < r["単独申請／補助率（％）"]
                                          or r["共同申請／上限額（千円）"] < r["単独申請／上限額（千円）"]):
            errors.append(f"{TA} / {row}: 共同申請 below 単独申請")
    # (b): growing applications; 共同申請 <= grants <= applications; amounts within the firm caps
    b = t[TB]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{TB}: 申請件数 should grow every year")
    for row, r in b.items():
        joint, n = r["うち共同申請（件）"], r["交付件数（件）"]
        if not joint <= n <= r["申請件数（件）"] \
                or r["交付額（千円）"] > ((n - joint) * FIRM_CAP + joint * FIRM_CAP_JOINT) * 10:
            errors.append(f"{TB} / {row}: grants or amounts out of range")
    # (c): 合計 adds up; exporters within respondents; the prose firm sizes add up to 合計
    c = t[TC]
    adds_up(TC, ("回答事業者数（者）", "輸出事業者数（者）", "輸出額（万円）"))
    if any(r["輸出事業者数（者）"] > r["回答事業者数（者）"] for r in c.values()):
        errors.append(f"{TC}: 輸出事業者数 above 回答事業者数")
    if c["合計"]["回答事業者数（者）"] != sum(s[1] for s in SIZES) or c["合計"]["輸出事業者数（者）"] != sum(s[2] for s in SIZES):
        errors.append(f"{TC}: 合計 differs from the firm sizes of the prose")
    # (d): 合計 adds up; 増減 is the difference; 令和５年度 合計 equals (c)'s 輸出額
    d = t[TD]
    adds_up(TD, ("令和４年度", "令和５年度", "増減"))
    for row, r in d.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{TD} / {row}: 増減 is not the difference")
    if d["合計"]["令和５年度"] != c["合計"]["輸出額（万円）"]:
        errors.append(f"{TD}: 令和５年度 合計 differs from {TC}")
    # (e): the per cents come from the counts; the ｎ from (c) and note ※１
    n_all, n_a, n_b = split_exporters()
    if n_all != c["合計"]["輸出事業者数（者）"] or n_a != sum(c[x]["輸出事業者数（者）"] for x in LANTERN_FIELDS) \
            or n_b != sum(c[x]["輸出事業者数（者）"] for x in CANDLE_FIELDS):
        errors.append(f"{TE}: the ｎ differ from {TC}")
    for name, a, bb, o in ISSUES:
        r = t[TE][name]
        if a > n_a or bb > n_b or o > n_all - n_a - n_b:
            errors.append(f"{TE} / {name}: more answers than firms")
        if (r["全体"], r["提灯製造業"], r["和ろうそく製造業"]) != (pct1(a + bb + o, n_all), pct1(a, n_a), pct1(bb, n_b)):
            errors.append(f"{TE} / {name}: per cents differ from the counts")
    # (f): 達成率 = 実績 / 目標, rounded half up to a whole per cent (note ※４)
    for row, r in t[TF].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{TF} / {row}: 達成率 is not 実績 / 目標")
    # (g): every 計 is its row's sum; 合計 adds up; the total equals (f)'s 輸出量 実績
    gt = t[TG]
    adds_up(TG, list(PRODUCT_DESTS) + ["計"])
    for row, r in gt.items():
        if r["計"] != sum(r[k] for k in PRODUCT_DESTS):
            errors.append(f"{TG} / {row}: 計 is not the sum of the destinations")
    if gt["合計"]["計"] != t[TF]["県産乾椎茸の輸出量（トン）"]["実績"]:
        errors.append(f"{TG}: 合計 differs from {TF}'s 輸出量")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (c): continued over the page 1->2 break without its header
    fields = specs["fields"]
    bp = sorted({g["page"] for g in gold if g["table"] == TC})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{TC} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(fields.header[0]))
        on = [i + 1 for i, p in enumerate(pages[CHOCHIN_PDF]) if header in norm(p)]
        if fields.repeat_header or on != bp[:1]:
            errors.append(f"{TC}: header printed on pages {on}, expected only on {bp[:1]}")
        cont_lines = pages[CHOCHIN_PDF][bp[1] - 1].splitlines()
        first = {g["row"] for g in gold if g["table"] == TC and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == TC and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{TC}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{TC}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        first_cont = next(fields.row_label(i) for i in range(len(fields.rows)) if fields.row_label(i) in cont)
        if len(cont_lines) <= RUNNING_LINES or cont_lines[RUNNING_LINES].strip() != first_cont:
            errors.append(f"{TC}: the continuation page should start with the data row {first_cont}")
        for part in [x for h in fields.header[0] for x in h.split("\n")][1:]:
            if any(ln.strip() == part for ln in cont_lines):
                errors.append(f"{TC}: header part {part!r} repeated on the continuation page")
        if norm("売上が最も多い製品による") not in norm(pages[CHOCHIN_PDF][bp[1] - 1]):
            errors.append(f"{TC}: note ※１ should follow the table on the continuation page")
    # header cells printed over two lines: the two parts on consecutive lines of the extracted text
    for key in TWO_LINE_TABLES:
        spec = specs[key]
        raw = [ln.strip() for p in pages[spec.doc] for ln in p.splitlines()]
        for h in spec.header[0][1:]:
            if "\n" not in h:
                errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
                continue
            top, bottom = h.split("\n")
            if not any(raw[k] == top and raw[k + 1] == bottom for k in range(len(raw) - 1)):
                errors.append(f"{spec.title}: header {h!r} is not extracted as two consecutive lines")
    for key, spec in specs.items():
        if key == "fields":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {TE} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns (the leaves repeated under both groups), 「－」 cells
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == TA))
    want = ["単独申請／補助率（％）", "単独申請／上限額（千円）", "共同申請／補助率（％）", "共同申請／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{TA}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == TA} != {"%", "千円"}:
        errors.append(f"{TA}: units should come from the header leaves")
    dashes = {(s.title, s.row_label(i), c) for s in specs.values() for i, r in enumerate(s.rows)
              for c, v in enumerate(r) if v == DASH}
    if dashes != DASH_CELLS:
        errors.append(f"「－」 cells {sorted(dashes)}, planned {sorted(DASH_CELLS)}")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == TB][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{TB}: expected years as rows")
    # (d): ▲ exactly on the negative numbers; years as columns; the 増減 cells carry the two years
    dg = [g for g in gold if g["table"] == TD]
    if any((g["number"] < 0) != g["value"].startswith(DECREASE) for g in gold) or not any(g["number"] < 0 for g in dg):
        errors.append(f"{TD}: ▲ should mark exactly the decreases, and there should be some")
    if any(g["column"] != "増減" and g["fiscal_year"] != fiscal_year(g["column"]) for g in dg) \
            or any(g["column"] == "増減" and (g["fiscal_year"] is not None or g["fiscal_year_range"] != list(DEST_YEARS))
                   for g in dg):
        errors.append(f"{TD}: expected the fiscal years as columns and 増減 over {list(DEST_YEARS)}")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != TD or g["column"] != "増減"):
        errors.append("only the 増減 column of (d) may have a fiscal_year_range")
    # (f): KPI columns, each row's unit from its label's bracket
    fg = [g for g in gold if g["table"] == TF]
    if list(dict.fromkeys(g["column"] for g in fg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in fg if g["column"] == "目標"} != {n: bracket_unit(n) for n, *_x in KPI} \
            or len({g["unit"] for g in fg if g["column"] != "達成率（％）"}) != len(KPI) \
            or {g["unit"] for g in fg if g["column"] == "達成率（％）"} != {"%"}:
        errors.append(f"{TF}: expected 目標 / 実績 / 達成率 with each row's unit in its label")
    # (g): destinations as columns and a total column on the right
    gcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == TG))
    if gcols != list(PRODUCT_DESTS) + ["計"]:
        errors.append(f"{TG}: expected the destinations as columns and 計 on the right, got {gcols}")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def siblings(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        page_texts = [norm(p) for p in pages[doc]]
        for i, head in enumerate(heads, 1):
            on = [k for k, t in enumerate(page_texts) if norm(f"（{fw(i)}）{head}") in t]
            if len(on) != 1:
                errors.append(f"{doc} lacks the heading of sibling section {i}")
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

    def contacts(doc, want, mail, what):
        text = norm("\n".join(pages[doc]))
        got = re.findall(PHONE_RE, text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text) != [mail]:
            errors.append(f"{what}: expected the one mail address {mail}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    def qa(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    # ---- the honey call
    ht = norm("\n".join(pages[HONEY_PDF]))
    siblings(ht, HONEY_PDF, ("輸出先：", "補助の対象とした取組：", "交付を受けた額："), [c[0] for c in HONEY_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件の取組を支援しました") not in ht:
        errors.append("call: the 延べ件数 of the prose differs from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち共同申請{fw(last[3])}件）") not in ht:
        errors.append("call: the 令和６年度 figures of the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, _where, _what, amount, joint, costs in HONEY_CASES:
        total = 0
        for item, cost in costs:
            rate, cap = (rates[item][3], rates[item][4]) if joint else (rates[item][1], rates[item][2])
            if rate is None:
                errors.append(f"call: case {head} uses a 「－」 cost")
                continue
            total += min(cost * rate // 100, cap)
        total = min(total, (FIRM_CAP_JOINT if joint else FIRM_CAP) * 10)
        if f"{total // 10}万円" != amount or total % 10:
            errors.append(f"call: case {head} should get {total}千円, prints {amount}")
        if joint != ("共同申請" in _what):
            errors.append(f"call: case {head} is under the wrong kind of application")
    if re.findall(r"20\d\d年", ht) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(ht, HONEY_DEFS, "call")
    for x in HONEY_EXCLUDED:
        if norm(x) not in ht:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(HONEY_PDF, len(HONEY_EXCLUDED), "call")
    qa(HONEY_PDF, len(HONEY_QA), "call")
    steps_of(HONEY_PDF, "①②③④⑤⑥⑦", "call")
    contacts(HONEY_PDF, HONEY_PHONES, HONEY_MAIL, "call")

    # ---- the survey of lantern and candle makers
    ct = norm("\n".join(pages[CHOCHIN_PDF]))
    siblings(ct, CHOCHIN_PDF, ("主な製品：", "主な輸出先：", "海外向けの工夫："), [c[0] for c in MAKER_CASES])
    total, n = respondents(), exporters()
    if norm(f"{total}者（回答率{pct1(total, TARGET)}％）") not in ct \
            or norm(f"回答した{total}者のうち、輸出事業者は{n}者（{pct1(n, total)}％）") not in ct:
        errors.append("survey: the response and exporter figures of the prose differ from (c)")
    (s1, r1, e1), (s2, r2, e2), (s3, r3, e3) = SIZES
    if norm(f"{s1}の事業者は{r1}者で、うち輸出事業者は{e1}者") not in ct \
            or norm(f"{s2}は{r2}者（うち輸出事業者{e2}者）、{s3}は{fw(r3)}者（同{fw(e3)}者）") not in ct \
            or not e1 / r1 < e2 / r2 < e3 / r3:
        errors.append("survey: the firm sizes of the prose differ from the data or 「規模が大きいほど」 does not hold")
    if norm(f"輸出を行っていない{total - n}者のうち{PLAN_TO_START}者") not in ct or PLAN_TO_START > total - n \
            or RECENT_STARTERS > n or norm(f"５年以内の事業者は{RECENT_STARTERS}者") not in ct:
        errors.append("survey: the prose-only counts are outside their bases")
    by_exp = [r[0] for r in sorted(FIELDS, key=lambda r: -r[3])]
    by_share = [r[0] for r in sorted(FIELDS, key=lambda r: -r[2] / r[1])]
    if by_exp[:3] != ["提灯型照明", "絵ろうそく", "和ろうそく（櫨ろう）"] or by_share[0] != "提灯型照明":
        errors.append("survey: 「提灯型照明が…最も高く、絵ろうそく、和ろうそく（櫨ろう）が続く」 does not hold")
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    if norm(f"令和５年度の輸出額は{tb:,}万円で、令和４年度の{ta:,}万円から{tb - ta}万円増えた") not in ct:
        errors.append("survey: the export totals of the prose differ from (d)")
    ranked = [x for x, *_y in sorted(DESTINATIONS, key=lambda r: -r[2])]
    down = sorted(x for x, a, b in DESTINATIONS if b < a)
    if ranked[0] != "米国" or ranked[1] != "フランス" or down != sorted(["中国", "香港"]):
        errors.append("survey: 米国 first, フランス second, only 中国 and 香港 down does not hold")
    if [x for x, *_y in DESTINATIONS].index(ranked[1]) == 1 or sorted(DESTINATIONS, key=lambda r: -r[2])[1][2] == \
            sorted(DESTINATIONS, key=lambda r: -r[2])[2][2]:
        errors.append("survey: the second-largest destination should not be printed second, nor tied")
    n_all, n_a, n_b = split_exporters()
    tops = [max(ISSUES, key=lambda r: r[1] + r[2] + r[3])[0], max(ISSUES, key=lambda r: r[1])[0],
            max(ISSUES, key=lambda r: r[2])[0]]
    if tops != [ISSUES[0][0]] * 3 or sorted(ISSUES, key=lambda r: -r[1])[1][0] != "海外の安全規格・認証への対応" \
            or sorted(ISSUES, key=lambda r: -r[2])[1][0] != "職人の高齢化と後継者不足":
        errors.append("survey: the tops of (e) in the prose do not hold")
    if re.findall(r"20\d\d年", ct):
        errors.append("survey: no Western year should be printed")
    defs(ct, CHOCHIN_DEFS, "survey")
    bullets_in(CHOCHIN_PDF, 3, "survey")
    steps_of(CHOCHIN_PDF, "①②③④", "survey")
    contacts(CHOCHIN_PDF, CHOCHIN_PHONES, CHOCHIN_MAIL, "survey")

    # ---- the dried-shiitake guide
    st = norm("\n".join(pages[SHIITAKE_PDF]))
    siblings(st, SHIITAKE_PDF, ("対象となる経費：", "補助率：", "補助上限額："), [c[0] for c in COURSES])
    for head, _what, rate_s, cap_s, rate, cap, gcap in COURSES:
        want_rate = f"{fw(rate.denominator)}分の{fw(rate.numerator)}"
        if rate_s != want_rate or not cap_s.startswith(f"{cap}万円") or (gcap != cap) != ("生産者団体は" in cap_s) \
                or max(cap, gcap) > TOTAL_CAP_GROUP or cap > TOTAL_CAP or REPEAT_RATE >= rate:
            errors.append(f"guide: course {head}'s rate or caps are inconsistent")
    g = GRANTS_2024
    if norm(f"令和６年度は{sum(g)}件（品質証明コース{fw(g[0])}件、小分け商品開発コース{fw(g[1])}件、海外販売促進コース{fw(g[2])}件）") not in st \
            or norm(f"{FOUNDED_LABEL}は{fw(PAST_GRANTS[2022])}件、令和５年度は{PAST_GRANTS[2023]}件") not in st \
            or not PAST_GRANTS[2022] < PAST_GRANTS[2023] < sum(g) or fiscal_year(FOUNDED_LABEL) != FOUNDED:
        errors.append("guide: the grants of the prose differ from the data")
    cols = [sum(v[j] for _n, v in PRODUCTS) for j in range(len(PRODUCT_DESTS))]
    allt = sum(cols)
    donko = sum(PRODUCTS[0][1])
    if max(range(len(cols)), key=lambda j: cols[j]) != 0 or not Decimal("0.4") < donko / allt < Decimal("0.5") \
            or max(PRODUCTS, key=lambda r: sum(r[1]))[0] != PRODUCTS[0][0]:
        errors.append("guide: 「香港向けが最も多く…どんこが全体の４割を超え」 does not hold")
    met = [n for n, t, a in KPI if a >= t]
    if [n for n, *_x in KPI if n not in met] != ["輸出に取り組む生産者数（者）"]:
        errors.append("guide: 「生産者数を除く三つを達成」 does not hold")
    if re.findall(r"20\d\d年", st):
        errors.append("guide: no Western year should be printed")
    defs(st, SHIITAKE_DEFS, "guide")
    bullets_in(SHIITAKE_PDF, len(SHIITAKE_EXCLUDED), "guide")
    qa(SHIITAKE_PDF, len(SHIITAKE_QA), "guide")
    steps_of(SHIITAKE_PDF, "①②③④⑤⑥", "guide")
    contacts(SHIITAKE_PDF, SHIITAKE_PHONES, SHIITAKE_MAIL, "guide")
    return errors


def check_fiction(pages, files: dict) -> list[str]:
    """Every phone number is 098-91x-xxxx and every mail address ends in @example.jp, in the documents, the
    gold and question files and the README; the documents name no prefecture but 槿県 and name the three
    invented towns."""
    errors = []
    texts = {name: norm("\n".join(p)) for name, p in pages.items()}
    texts.update({name: norm(t) for name, t in files.items()})
    for name, text in texts.items():
        for ph in re.findall(PHONE_RE, text):
            if not re.fullmatch(PHONE_OK, ph):
                errors.append(f"{name}: phone number {ph} is not 098-91x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
    for name, p in pages.items():
        text = texts[name]
        if PREF not in norm(p[0]):
            errors.append(f"{name}: page 1 should name {PREF}")
        # a kanji printed right before 県 on the same line (a line break starts a new word)
        others = {m for m in re.findall(r"([\u4e00-\u9fff])県", nfkc("\n".join(p)))} - {PREF_CHAR}
        if others:
            errors.append(f"{name}: names other prefectures {sorted(others)}")
    alltext = "".join(texts[n] for n in pages)
    for town in TOWNS:
        if town not in alltext:
            errors.append(f"the town {town} is named in no document")
    qtext = texts.get("questions.jsonl", "")
    others = {m for m in re.findall(r"([\u4e00-\u9fff])県", qtext)} - {PREF_CHAR}
    if others:
        errors.append(f"questions.jsonl names other prefectures {sorted(others)}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
