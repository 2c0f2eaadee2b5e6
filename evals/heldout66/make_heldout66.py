"""Build the 桧県 held-out set 66: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (桧県 and every town, organisation, phone number, address and
figure). The documents are in three genres the earlier sets do not use: the report (報告書) of a
survey of the prefecture's exporters on export packaging and damage in transit
(輸出梱包・輸送中破損に関する実態調査) with the shipments and damaged shipments by transport mode
under a two-level header (years over counts), the firms by industry (a table continued over a
page break without its header, with header cells printed over two lines), the damage by
destination with a 増減 column printing decreases with ▲ and an unruled table of the causes; the
report (報告書) of a survey of the prefecture's firms on their overseas remittance and payment
fees (海外送金・決済手数料に関する実態調査) with years as rows (「－」 for the years before a question
was asked), the fees by payment channel (「－」 cells explained in a note) and the remittances by
currency with a total column; and the user guide (利用案内) of a prefectural rules-of-origin
advice desk (原産地規則相談窓口) with its fees (「－」 cells), the consultations by agreement over
three fiscal years with a total column and its targets and results (目標 / 実績 / 達成率 and a
mark column ◎ ○ △); see README.md beside this file.

    python make_heldout66.py [OUTPUT_DIR]          # default: this file's directory

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

KONPO_PDF = "hinoki_yushutsu_konpo_hason_chosa_r6.pdf"
SOUKIN_PDF = "hinoki_kaigai_soukin_tesuryo_chosa_r6.pdf"
GENSANCHI_PDF = "hinoki_gensanchi_kisoku_soudan_riyo_annai_r7.pdf"
ALL_PDFS = (KONPO_PDF, SOUKIN_PDF, GENSANCHI_PDF)

UNITS = ("品目", "円", "件", "社", "日", "回", "人", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure; never a gold cell (the notes say what it means)
MINUS = "▲"  # printed before a decrease in a 増減 column
PHONE_PREFIX = "099-70"  # every phone number of the set: 099-70x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("栃県", "檜県")  # the other helper's prefecture; 檜県 is heldout44's (the same tree as 桧)


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
    """(number, unit) as printed after NFKC; ▲ makes the number negative; (None, None) for text."""
    v = nfkc(value).strip()
    neg = v.startswith(MINUS)
    number, unit = docgen.parse_number(v.lstrip(MINUS), UNITS)
    if neg and number is not None:
        number = -number
    return number, unit


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (出荷件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(str(k)) * 100 / Decimal(str(n)), "0.1")


def cell(x) -> str:
    """A table cell: None -> －, an int as docgen prints it (single digits full-width), a Decimal
    with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases without a sign."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return "令和元年度" if fy == 2019 else f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    cover a range of fiscal years (a total column, a 増減 column)."""

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
            if value == DASH:  # no figure printed: no gold cell
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


PREF = "桧県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: export packaging and damage in transit, survey report
KONPO = f"{PREF}輸出梱包・輸送中破損に関する実態調査"
KONPO_DEPT = f"{PREF} 産業政策部 物流政策課"
BUTSURYU = f"一般社団法人{PREF}物流協会"
K_TARGET = 900  # 調査対象の輸出企業
MODE_YEARS = (2022, 2023)
MODES = [  # 輸送モード; (出荷件数, 破損件数) in 令和４年度, 令和５年度 (回答企業の合計)
    ("海上コンテナ（ＦＣＬ）", (6420, 58), (7015, 61)),
    ("海上混載（ＬＣＬ）", (2180, 71), (2436, 88)),
    ("航空貨物", (3350, 29), (3512, 27)),
    ("国際宅配便", (4870, 96), (5640, 124)),
]
K_INDUSTRIES = [  # 業種, 回答企業数, 破損を経験した企業, クレームを行った企業 (令和５年度)
    ("食料品", 58, 28, 12), ("飲料・酒類", 31, 17, 9), ("化学・化粧品", 27, 11, 4), ("金属製品", 36, 13, 5),
    ("一般機械", 49, 24, 15), ("電気機器", 33, 19, 11), ("精密機器", 18, 10, 7), ("陶磁器・ガラス", 22, 16, 10),
    ("家具・木製品", 19, 12, 6), ("卸売業", 61, 27, 13), ("その他", 33, 9, 3),
]
K_SIZES = (("中小企業", 331, 152), ("大企業", 56, 34))  # 回答企業数, うち破損を経験した企業
DESTS = [  # 仕向地, 破損件数 令和４年度, 令和５年度
    ("北米", 41, 47), ("中南米", 9, 12), ("欧州", 38, 35), ("中国", 44, 39), ("韓国・台湾", 17, 15),
    ("ＡＳＥＡＮ", 62, 84), ("南アジア", 14, 23), ("中東・アフリカ", 11, 13), ("オセアニア", 18, 32),
]
CAUSES = [  # 破損の原因, 回答数: 中小企業, 大企業 (複数回答; ｎ = the firms with damage)
    ("積付け・固定の不良", 61, 15), ("荷役時の衝撃（フォークリフト等）", 70, 12),
    ("梱包材の強度不足", 48, 9), ("温度・湿度による結露・水濡れ", 29, 11),
    ("積替えの回数の多さ", 35, 6), ("原因が分からない", 22, 2),
]
CLAIMS = (21, 48, 26)  # クレームを行った企業: 全額の補償, 一部の補償, 補償なし (prose only)
KONPO_CASES = [  # 見出し, 主な輸送モード, 破損の状況, 講じた対策 (same labels in every sibling section)
    ("陶磁器製造業Ａ社（桧市）", "国際宅配便、海上混載（ＬＣＬ）", "欧州向けの食器で、令和５年度に割れが６件あった",
     "仕切り付きの二重箱に替え、割れは年１件に減った"),
    ("精密機器製造業Ｂ社（潮崎市）", "航空貨物", "結露による基板の腐食が２件あった",
     "防湿袋と乾燥剤を使い、温度記録計を同梱している"),
    ("食料品製造業Ｃ社（鹿野町）", "海上コンテナ（ＦＣＬ）", "積付けの崩れによる段ボール箱のつぶれが９件あった",
     "パレットにストレッチフィルムを巻き、積付け図を物流事業者と共有している"),
]


def k_totals():
    """Respondents, firms with damage, firms that claimed (the 合計 row of (b))."""
    return tuple(sum(r[j] for r in K_INDUSTRIES) for j in (1, 2, 3))


def konpo_specs():
    mode_rows = [[n] + [fw(x) for y in (a, b) for x in y] for n, a, b in MODES]
    mode_rows.append(["合計"] + [fw(sum(m[k][j] for m in MODES)) for k in (1, 2) for j in (0, 1)])
    modes = TableSpec(
        key="modes", doc=KONPO_PDF, title="輸送モード別の出荷件数と破損件数",
        header=[["輸送モード", era(2022), "", era(2023), ""],
                ["", "出荷件数（件）", "破損件数（件）", "出荷件数（件）", "破損件数（件）"]],
        rows=mode_rows, col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    modes.unit = lambda row, c, s=modes: bracket_unit(s.header_parts(c)[-1])
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in K_INDUSTRIES]
    rows.append(["合計"] + [fw(x) for x in k_totals()])
    industries = TableSpec(
        key="industries", doc=KONPO_PDF, title="業種別の回答企業と破損の経験",
        header=[["業種", "回答企業数（社）", "破損を経験\nした企業（社）", "クレームを\n行った企業（社）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2023, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTS]
    ta, tb = sum(d[1] for d in DESTS), sum(d[2] for d in DESTS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=KONPO_PDF, title="仕向地別の破損件数",
        header=[["仕向地", era(2022), era(2023), "増減"]],
        rows=drows, col_widths=[44 * mm, 32 * mm, 32 * mm, 28 * mm], unit="件",
    )
    dests.col_range = {3: [2022, 2023]}
    n_all, n_s, n_l = k_totals()[1], K_SIZES[0][2], K_SIZES[1][2]
    causes = TableSpec(
        key="causes", doc=KONPO_PDF, title="破損の主な原因（複数回答）",
        header=[["破損の原因", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for x, a, b in CAUSES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2023,
    )
    return modes, industries, dests, causes


def konpo_story(specs):
    modes, industries, dests, causes = specs
    total, damaged, claimed = k_totals()
    ship5 = sum(m[2][0] for m in MODES)
    dmg4, dmg5 = sum(m[1][1] for m in MODES), sum(m[2][1] for m in MODES)
    (s_name, s_n, s_d), (l_name, l_n, l_d) = K_SIZES
    full, part, none = CLAIMS
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KONPO} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(KONPO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "輸出企業の梱包と輸送中の破損の実態を把握し、支援策に役立てるため"),
        ("調査対象", f"県内に事業所を置く輸出企業 {K_TARGET}社"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "ウェブ及び郵送によるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, K_TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「輸送中破損」とは、輸出貨物が県内の出荷場所を出てから輸入者に引き渡されるまでの間に生じた破損、変形、水濡れ及び汚損をいい、数量の不足（紛失）は含まない。「破損率」とは、出荷件数に対する破損件数の割合をいう。また、「クレーム」とは、輸送中破損について運送事業者、保険会社又は輸入者に対して行った損害の補償の請求をいう。
""", 0)
    st += [P("２　輸送モード別の破損の状況", H1)]
    st += paras(f"""
令和５年度の出荷{ship5:,}件のうち{dmg5}件で輸送中破損が生じ、令和４年度より{dmg5 - dmg4}件増えた。破損率は両年度とも海上混載（ＬＣＬ）が最も高く、航空貨物が最も低い。
""", 0)
    st += [caption(modes.title, "（回答企業の合計）"), modes.flowable(), Spacer(1, 2)]
    st += notes(["※１ 出荷件数は送り状等の単位で数え、１件の出荷で複数の梱包が破損した場合も破損件数は１件とした。"])
    st += [P("３　業種別・企業規模別の状況", H1)]
    st += paras(f"""
回答企業{total}社のうち、令和５年度に輸送中破損を経験した企業は{damaged}社（{pct1(damaged, total)}％）で、そのうち{claimed}社がクレームを行った。業種別では、陶磁器・ガラスで破損を経験した企業の割合が最も高い。
""", 0)
    st += [caption(industries.title, "（令和５年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「卸売業」には商社を含む。「その他」は、繊維製品、紙製品、小売業等である。"])
    st += paras(f"""
企業規模別では、中小企業は{s_n}社のうち{s_d}社、大企業は{l_n}社のうち{l_d}社が破損を経験した。
""", 0)
    st += [P("４　仕向地別の状況", H1)]
    st += paras("""
仕向地別では、ＡＳＥＡＮ向けが両年度とも最も多く、令和５年度は前年度より22件増えた。オセアニア向けも大きく増えた一方、中国向けと欧州向けは減った。
""", 0)
    st += [caption(dests.title, "（単位：件）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※３ 増減は、令和５年度の件数から令和４年度の件数を引いたもので、「▲」は減少を示す。"])
    st += [P("５　破損の原因", H1)]
    st += paras("""
全体では「荷役時の衝撃（フォークリフト等）」が最も多く、大企業では「積付け・固定の不良」が最も多い。
""", 0)
    st += [caption(causes.title, "（単位：％）"), causes.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 破損を経験した企業（全体{damaged}社、中小企業{s_d}社、大企業{l_d}社）の複数回答である。"])
    st += [P("６　クレームと梱包の費用", H1)]
    st += paras(f"""
クレームを行った{claimed}社のうち、損害の全額の補償を受けた企業は{full}社、一部の補償を受けた企業は{part}社で、{none}社は補償を受けられなかった。補償を受けられなかった主な理由は、梱包が不十分とされたこと及び貨物海上保険を付けていなかったことである。また、輸出額に占める梱包費の割合は平均2.7％で、木箱で梱包する企業では4.1％であった。
""", 0)
    st += [P("７　企業の事例", H1)]
    for i, (head, mode, what, measure) in enumerate(KONPO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸送モード", mode), ("破損の状況", what), ("講じた対策", measure)], 1)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        f"① {BUTSURYU}と連携し、輸出梱包の講習会を令和７年度に３回開く。",
        "② 仕向地別の梱包の規則と破損を防ぐ事例を、県のウェブサイトにまとめて掲載する。",
        "③ 工業技術センターの包装試験の料金を、県内中小企業について引き下げる。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KONPO_DEPT} 物流支援班　電話：099-701-4410　ファクス：099-701-4419",
        f"{BUTSURYU}（梱包の相談）　電話：099-701-4500",
        "電子メール：hinoki-konpo@example.jp",
    ]))
    return st


# ================================================================ document 2: overseas remittance and payment fees, survey report
SOUKIN = f"{PREF}内企業の海外送金・決済手数料に関する実態調査"
SOUKIN_DEPT = f"{PREF} 商工観光部 国際経済課"
RENGOKAI = f"{PREF}商工会連合会"
S_TARGET = 1500
S_RESPONDENTS = 528
HISTORY = [  # 送金の年度, 回答企業数, 送金を行った企業, 資金移動業者を利用（None: not asked yet), 平均手数料（円）
    (2019, 496, 231, None, 4820), (2020, 511, 244, None, 4960), (2021, 503, 259, 18, 5150),
    (2022, 534, 270, 31, 5240), (2023, S_RESPONDENTS, 286, 47, 5380),
]
CHANNELS = [  # 送金の手段, 利用企業, 支払１件の平均手数料, 受取１件の平均手数料, 着金までの平均日数 (令和５年度)
    ("銀行（窓口）", 168, 6450, 2480, Decimal("3.2")),
    ("銀行（ネットバンキング）", 203, 4120, 2150, Decimal("2.6")),
    ("資金移動業者", 47, 1380, 820, Decimal("1.4")),
    ("電子決済サービス", 39, None, None, Decimal("1.1")),
    ("信用状（Ｌ／Ｃ）決済", 26, 28600, 15400, None),
]
E_PAY_RATE = "3.6"  # note: the electronic payment services charge a share of the amount (平均3.6％)
CURRENCIES = [  # 通貨, 支払（件）, 受取（件） (令和５年度)
    ("米ドル", 1845, 1322), ("ユーロ", 412, 365), ("人民元", 538, 97), ("タイバーツ", 126, 88),
    ("円", 603, 471), ("その他", 219, 143),
]
SHORTFALL = (184, Decimal("62.4"))  # firms that received less than invoiced, their share (prose only)
SOUKIN_CASES = [  # 見出し, 主な送金先, 主な手段, 工夫していること
    ("家具製造業Ｄ社（潮崎市）", "ベトナム（部材の仕入れ代金の支払）", "資金移動業者",
     "毎月の支払をまとめて１回にし、手数料を年間で約３分の１に減らした"),
    ("水産加工業Ｅ社（鹿野町）", "米国、タイ（輸出代金の受取）", "銀行（ネットバンキング）",
     "手数料をどちらが負担するかを契約書に書き、受取額の目減りを防いでいる"),
    ("ソフトウェア業Ｆ社（桧市）", "ドイツ（開発委託先への支払）", "電子決済サービス",
     "少額の支払に限って使い、高額の支払は銀行に分けている"),
]


def soukin_specs():
    history = TableSpec(
        key="history", doc=SOUKIN_PDF, title="年度別の主な結果",
        header=[["送金の年度", "回答企業数（社）", "送金を行った\n企業（社）", "資金移動業者\nを利用（社）",
                 "送金１件当たりの\n平均手数料（円）"]],
        rows=[[era(y), fw(a), fw(b), cell(c), fw(d)] for y, a, b, c, d in HISTORY],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 36 * mm],
    )
    history.unit = lambda row, c, s=history: bracket_unit(s.column_label(c))
    channels = TableSpec(
        key="channels", doc=SOUKIN_PDF, title="送金の手段別の利用状況",
        header=[["送金の手段", "利用企業\n（社）", "支払１件の平均\n手数料（円）", "受取１件の平均\n手数料（円）",
                 "着金までの\n平均日数（日）"]],
        rows=[[n, fw(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in CHANNELS],
        col_widths=[44 * mm, 22 * mm, 32 * mm, 32 * mm, 28 * mm], table_fy=2023,
    )
    channels.unit = lambda row, c, s=channels: bracket_unit(s.column_label(c))
    crows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in CURRENCIES]
    ta, tb = sum(c[1] for c in CURRENCIES), sum(c[2] for c in CURRENCIES)
    crows.append(["合計", fw(ta), fw(tb), fw(ta + tb)])
    currencies = TableSpec(
        key="currencies", doc=SOUKIN_PDF, title="通貨別の送金件数",
        header=[["通貨", "支払（件）", "受取（件）", "計（件）"]],
        rows=crows, col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], table_fy=2023,
    )
    currencies.unit = lambda row, c, s=currencies: bracket_unit(s.column_label(c))
    return history, channels, currencies


def soukin_story(specs):
    history, channels, currencies = specs
    last, first = HISTORY[-1], HISTORY[0]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SOUKIN} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(SOUKIN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が海外との取引で負担している送金・決済の手数料の実態を把握し、負担を減らす支援に役立てるため"),
        ("調査対象", f"県内に本社を置く企業 {S_TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年８月１日"),
        ("調査期間", "令和６年８月５日から９月６日まで"),
        ("調査方法", "ウェブによるアンケート"),
        ("回答数", f"{S_RESPONDENTS}社（回答率{pct1(S_RESPONDENTS, S_TARGET)}％）"),
    ], 0)
    st += paras("""
この調査は、令和２年度（2020年度）から毎年行っており、今回が５回目である。この報告書において「海外送金」とは、外国にある取引先等との間で行う代金、経費等の支払及び受取をいう。「送金手数料」とは、送金の際に金融機関等に支払う手数料をいい、中継銀行の手数料及び受取の手数料を含み、為替の交換に係る差額（為替コスト）は含まない。また、「資金移動業者」とは、銀行以外で、資金決済に関する法律に基づく登録を受けて送金を取り扱う事業者をいう。
""", 0)
    st += [P("２　海外送金の状況", H1)]
    st += paras(f"""
令和５年度に海外送金を行った企業は、回答企業{last[1]}社のうち{last[2]}社（{pct1(last[2], last[1])}％）であった。送金１件当たりの平均手数料は{last[4]:,}円で、令和元年度の{first[4]:,}円から毎年上がっている。資金移動業者を利用した企業は、調査項目に加えた令和３年度の{HISTORY[2][3]}社から、令和５年度は{last[3]}社に増えた。
""", 0)
    st += [caption(history.title), history.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 各年度の数値は、その翌年度に行った調査による（令和５年度は今回の調査）。",
        "※２ 「－」は、資金移動業者の利用を調査項目に加える前の年度であることを示す。",
    ])
    st += [P("３　送金の手段と手数料", H1)]
    st += paras("""
利用企業が最も多い手段は銀行のネットバンキングで、支払１件の平均手数料は銀行の窓口より低い。資金移動業者は、支払、受取とも手数料が最も低く、着金までの日数も短い。
""", 0)
    st += [caption(channels.title, "（令和５年度、複数回答）"), channels.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 電子決済サービスの手数料は、取引額に対する定率（平均{E_PAY_RATE}％）でかかるため、１件当たりの額を集計していない。",
        "※４ 信用状（Ｌ／Ｃ）決済の着金までの日数は、書類の呈示の時期によって大きく異なるため、集計していない。",
    ])
    st += [P("４　通貨別の送金件数", H1)]
    st += paras(f"""
通貨別では、支払、受取とも米ドルが最も多い。受取では、請求した額より少ない額が入金された（いわゆる目減り）ことがある企業が{SHORTFALL[0]}社あり、受取を行った企業の{SHORTFALL[1]}％に当たる。
""", 0)
    st += [caption(currencies.title, "（令和５年度）"), currencies.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「円」は、円建てで外国に送金し、又は外国から受け取ったものである。"])
    st += [P("５　企業の事例", H1)]
    for i, (head, dest, how, idea) in enumerate(SOUKIN_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な送金先", dest), ("主な手段", how), ("工夫していること", idea)], 1)
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "送金の手段ごとの手数料を比べられる資料を作ってほしい。",
        "手数料の負担を取引先と決めるための契約書の例を示してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {RENGOKAI}と連携し、送金・決済の手数料を減らす方法のセミナーを令和７年度に２回開く。",
        "② 手数料の負担の決め方を記載した契約書の例を、県のウェブサイトに掲載する。",
        "③ 次回の調査は、令和７年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SOUKIN_DEPT} 調査班　電話：099-704-2210　ファクス：099-704-2219",
        f"{RENGOKAI}（送金・決済の相談）　電話：099-704-2300",
        "電子メール：hinoki-soukin@example.jp",
    ]))
    return st


# ================================================================ document 3: rules-of-origin advice desk, user guide
DESK = f"{PREF}原産地規則相談窓口"
DESK_DEPT = f"{PREF} 商工観光部 貿易振興課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
KINDS = [  # 見出し, 内容, 利用料, 申込み方法 (same labels in every sibling section)
    ("一般相談", "協定の選び方、原産地証明の手続、品目別規則の読み方などの相談（１回60分まで）", "無料",
     "電話又はウェブの予約フォーム"),
    ("原産性確認サポート", "材料表と製造工程表をもとに、１品目ごとに原産性を確かめ、確認結果書を作成", "料金表のとおり（品目ごと）",
     "ウェブの申込フォーム（材料表と製造工程表を添付）"),
    ("専門家訪問", "通関士等の専門家が事業所を訪問し、社内の書類の整え方と保存の方法を助言", "料金表のとおり",
     "訪問を希望する日の３週間前までに、ウェブの申込フォーム"),
]
FEES = [  # 料金の区分, 県内中小企業（円）, その他の事業者（円）, 追加１品目ごと（円） (None: －) (令和７年度)
    ("原産性確認サポート（書面）", 8000, 16000, 3500), ("原産性確認サポート（面談付き）", 12000, 24000, 5000),
    ("専門家訪問（半日）", 10000, 20000, None), ("専門家訪問（１日）", 18000, 36000, None),
    ("確認結果書の英訳", 5000, 10000, None),
]
AGREE_YEARS = (2022, 2023, 2024)
AGREEMENTS = [  # 協定, 相談件数 in 令和４, ５, ６年度
    ("日ＥＵ・ＥＰＡ", 96, 112, 131), ("ＲＣＥＰ協定", 88, 121, 158), ("ＣＰＴＰＰ", 41, 52, 63),
    ("日タイＥＰＡ", 37, 44, 49), ("日ベトナムＥＰＡ", 25, 33, 41), ("日米貿易協定", 19, 22, 27),
    ("その他の協定", 30, 38, 45), ("協定を特定しない相談", 112, 125, 134),
]
KPIS = [  # 指標（単位）, 目標, 実績, 評価 (令和６年度)
    ("相談件数（件）", 600, None), ("原産性確認の品目数（品目）", 150, 127), ("専門家訪問の回数（回）", 40, 31),
    ("セミナーの参加者数（人）", 300, 342), ("初めて特恵税率を使った企業数（社）", 30, 26),
    ("利用者の満足度（％）", Decimal("90.0"), Decimal("91.6")),
]


def mark(rate: Decimal) -> str:
    """The 評価 of an achievement rate (note ※４)."""
    return "◎" if rate >= 100 else "○" if rate >= 80 else "△"


def kpi_rows():
    """The indicators with the consultations' result filled in from (i) (令和６年度 合計)."""
    consult = sum(a[3] for a in AGREEMENTS)
    return [(n, t, consult if a is None else a) for n, t, a in KPIS]


def gensanchi_specs():
    fees = TableSpec(
        key="fees", doc=GENSANCHI_PDF, title="料金表",
        header=[["料金の区分", "県内中小企業（円）", "その他の事業者（円）", "追加１品目ごと（円）"]],
        rows=[[n, fw(a), fw(b), cell(c)] for n, a, b, c in FEES],
        col_widths=[58 * mm, 34 * mm, 36 * mm, 36 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    arows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in AGREEMENTS]
    arows.append(["合計"] + [fw(sum(r[j] for r in AGREEMENTS)) for j in (1, 2, 3)]
                 + [fw(sum(sum(r[1:]) for r in AGREEMENTS))])
    agreements = TableSpec(
        key="agreements", doc=GENSANCHI_PDF, title="協定別の相談件数",
        header=[["協定"] + [era(y) for y in AGREE_YEARS] + ["計"]],
        rows=arows, col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], unit="件",
    )
    agreements.col_range = {4: [AGREE_YEARS[0], AGREE_YEARS[-1]]}
    krows = []
    for n, t, a in kpi_rows():
        rate = pct1(a, t)
        krows.append([n, cell(t), cell(a), cell(rate), mark(rate)])
    kpis = TableSpec(
        key="kpis", doc=GENSANCHI_PDF, title="窓口の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=krows, col_widths=[62 * mm, 22 * mm, 22 * mm, 26 * mm, 16 * mm], table_fy=2024,
        value_cols=[1, 2, 3],
    )
    kpis.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return fees, agreements, kpis


def gensanchi_story(specs):
    fees, agreements, kpis = specs
    tot = [sum(a[j] for a in AGREEMENTS) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{DESK} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(DESK_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras("""
この窓口は、県内の事業者が経済連携協定（ＥＰＡ）等による特恵税率を使って輸出入できるよう、原産地規則についての相談に応じ、産品が原産品と認められるかどうかの確認を支援するものです。
""", 0)
    st += lv_lines([
        ("窓口の名称", DESK),
        ("実施主体", PREF),
        ("運営", f"{ZAIDAN}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("開設時間", "平日９時から17時まで（オンライン相談は予約制）"),
        ("場所", "桧市本町二丁目８番１号 桧県産業会館３階"),
    ], 0)
    st += paras("""
この案内において「原産地規則」とは、産品が協定の締約国の原産品と認められるための要件をいい、品目別規則（関税分類変更基準、付加価値基準等）を含みます。「原産性の確認」とは、産品の材料、製造工程等を記載した資料をもとに、産品が原産地規則を満たすかどうかを確かめることをいいます。また、「１品目」とは、材料の構成と製造工程が同じ産品をいい、色や大きさだけが異なるものは１品目とします。
""", 0)
    st += [P("２　相談の種類", H1)]
    for i, (head, what, fee, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("利用料", fee), ("申込み方法", how)], 1)
    st += [P("３　料金", H1)]
    st += paras("原産性確認サポートと専門家訪問の料金は、利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 原産性確認サポートで２品目以上を申し込む場合は、２品目めから「追加１品目ごと」の額を加えます。追加の額は、利用者の区分にかかわらず同じです。「－」は、品目の数によって料金が変わらないことを示します。",
        "※３ 専門家訪問の交通費は、料金に含みます。",
    ])
    st += [P("４　申込みから確認結果書の送付までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、産品、ＨＳコード（分かる場合）、輸出先及び使いたい協定を記入）",
        "② 受付の連絡と料金の案内（申込みの翌営業日まで）",
        "③ 料金の支払（請求書による銀行振込み）",
        "④ 資料の確認（材料表、製造工程表等に不足があれば、追加を依頼します）",
        "⑤ 確認結果書の送付（資料がそろった日から10営業日以内）",
        "⑥ 説明（希望する場合は、確認結果書について30分のオンライン説明を行います）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{tot[2]}件で、前年度の{tot[1]}件から{tot[2] - tot[1]}件増えました。協定別ではＲＣＥＰ協定が最も多く、令和５年度に日ＥＵ・ＥＰＡを上回りました。
""", 0)
    st += [caption(agreements.title, "（単位：件）"), agreements.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他の協定」は、日インドネシアＥＰＡ、日英ＥＰＡ等です。１件の相談で二つ以上の協定を扱った場合は、主な協定で数えています。"])
    st += [caption(kpis.title, "（令和６年度）"), kpis.flowable(), Spacer(1, 2)]
    st += notes(["※５ 評価は、達成率が100％以上を◎、80％以上100％未満を○、80％未満を△としています。達成率は、実績を目標で割ったものです。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("原産地証明書の発給も、この窓口で受けられますか。",
         "受けられません。証明書は発給機関が発給します。窓口では、申請に必要な資料の準備を支援します。"),
        ("外国から輸入する産品についても相談できますか。",
         "できます。輸入の際に特恵税率を使うための相談にも応じます。"),
        ("確認結果書があれば、輸入国で必ず特恵税率が認められますか。",
         "認められるとは限りません。最終的な判断は、輸入国の税関が行います。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "確認結果書は、提出された資料に基づくもので、資料の内容が事実と異なる場合は効力を持ちません。",
        "原産性の確認に使った資料は、協定に定める期間、事業者が保存してください。",
        "同じ産品の再確認は、材料又は製造工程を変えた場合に受け付けます。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DESK_DEPT} 通商班　電話：099-707-3310　ファクス：099-707-3319",
        f"{ZAIDAN} 原産地規則相談窓口（予約・申込み）　電話：099-707-3400",
        "電子メール：hinoki-gensanchi@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return konpo_specs() + soukin_specs() + gensanchi_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, sspecs, gspecs = konpo_specs(), soukin_specs(), gensanchi_specs()
    kdoc = build_pdf(docs_dir / KONPO_PDF, kspecs, konpo_story(kspecs),
                     f"令和６年度 {KONPO} 報告書", "令和７年３月", KONPO_DEPT)
    sdoc = build_pdf(docs_dir / SOUKIN_PDF, sspecs, soukin_story(sspecs),
                     f"令和６年度 {SOUKIN} 報告書", "令和７年２月", SOUKIN_DEPT)
    gdoc = build_pdf(docs_dir / GENSANCHI_PDF, gspecs, gensanchi_story(gspecs),
                     f"令和７年度 {DESK} 利用案内", "令和７年４月", DESK_DEPT)
    gold = all_gold({KONPO_PDF: kdoc.row_pages, SOUKIN_PDF: sdoc.row_pages, GENSANCHI_PDF: gdoc.row_pages})
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
    # --- konpo: the packaging and damage survey, tables (a) (b) (c) (d), a definition, sibling sections, prose
    dict(question="2022年度に航空便で送った輸出貨物のうち、輸送中に破損したものは何件ありましたか？",
         category="konpo", doc=KONPO_PDF, evidence=["航空貨物 3,350 29 3,512 27"], answer=["29"],
         notes="(a) two-level header: group 令和４年度 (2022年度 is printed nowhere in Western form), leaf "
               "破損件数（件）; the leaves are printed under both year groups, so 27 (令和５年度) and 3,350 "
               "(出荷件数) are the traps"),
    dict(question="2023年度の国際宅配便の破損率は何％でしたか？",
         category="konpo", doc=KONPO_PDF, evidence=["出荷件数に対する破損件数の割合", "国際宅配便 4,870 96 5,640 124"],
         answer=["2.2%"], computed=True,
         notes="two facts: the 「破損率」 definition (破損件数 / 出荷件数) and (a) group 令和５年度: 124 / 5,640 = "
               "2.2 % (no 破損率 is printed in the table); 96 / 4,870 = 2.0 % (令和４年度) is the trap"),
    dict(question="輸入者に届いたときに箱が１つ足りなかった場合も、この調査でいう「輸送中破損」に入りますか？",
         category="konpo", doc=KONPO_PDF, evidence=["数量の不足（紛失）は含まない"], answer=["含まない"],
         notes="definition 「輸送中破損」とは…破損、変形、水濡れ及び汚損をいい、数量の不足（紛失）は含まない "
               "(asked at its boundary: a missing box is a 数量の不足, so no)"),
    dict(question="陶磁器やガラス製品の会社のうち、破損について補償を請求した企業は何社ありましたか？",
         category="konpo", doc=KONPO_PDF, evidence=["損害の補償の請求をいう", "陶磁器・ガラス 22 16 10"], answer=["10"],
         notes="two facts: a 補償の請求 is a 「クレーム」 (definition) and (b) on the continuation page (no header "
               "there), row 陶磁器・ガラス, column クレームを行った企業（社） (a header printed over two lines); "
               "16 (破損を経験した企業) and 22 (回答企業数) are the traps"),
    dict(question="電気機器の業種では、回答した企業のうち破損を経験した企業の割合はどのくらいですか？",
         category="konpo", doc=KONPO_PDF, evidence=["電気機器 33 19 11"], answer=["57.6%"], computed=True,
         notes="(b) continuation page, a share within a row: 19 / 33 = 57.6 %; 11 / 19 (claims) is a wrong reading"),
    dict(question="回答した中小企業のうち、令和５年度に輸送中の破損を経験した企業は何％ですか？",
         category="konpo", doc=KONPO_PDF, evidence=["中小企業は331社のうち152社"], answer=["45.9%"], computed=True,
         notes="prose after (b) (firm sizes, in no table): 152 / 331 = 45.9 %; 48.1 % (全体) and 34 / 56 (大企業) "
               "are the near misses"),
    dict(question="令和５年度の欧州向けの破損件数は、前の年度と比べてどう変わりましたか？",
         category="konpo", doc=KONPO_PDF, evidence=["欧州 38 35 ▲３"], answer=["▲３"],
         notes="(c) 増減 column printing decreases with ▲ (note ※３): ▲３ = three fewer (38 → 35); the cell has "
               "number -3 and fiscal_year_range [2022, 2023]"),
    dict(question="2023年度に、輸送中の破損が２番目に多かった仕向地はどこですか？",
         category="konpo", doc=KONPO_PDF, evidence=["北米 41 47 ６"], answer=["北米"],
         notes="(c) ranking in the column 令和５年度: ＡＳＥＡＮ 84, 北米 47, 中国 39 (the prose names only "
               "ＡＳＥＡＮ; the rows are in geographic order); second-largest; 2023年度 = 令和５年度"),
    dict(question="大企業で、結露や水濡れを破損の原因に挙げたところはどのくらいの割合ですか？",
         category="konpo", doc=KONPO_PDF, evidence=["温度・湿度による結露・水濡れ 21.5 19.1 32.4"], answer=["32.4"],
         notes="(d) unruled table, column 大企業 (the unit only in the caption note, the ｎ in note ※４); 21.5 "
               "(全体) and 19.1 (中小企業) are the traps"),
    dict(question="食器を作っている陶磁器メーカーの事例では、割れを減らすためにどんな対策を取りましたか？",
         category="konpo", doc=KONPO_PDF, evidence=["（１）陶磁器製造業Ａ社", "講じた対策：仕切り付きの二重箱に替え"],
         answer=["仕切り付きの二重箱"],
         notes="sibling sections （１）–（３） of ７ share the labels 主な輸送モード, 破損の状況, 講じた対策; "
               "（１）陶磁器製造業Ａ社 (食器 = 陶磁器); 防湿袋 (（２）) and ストレッチフィルム (（３）) are the "
               "siblings' values"),
    dict(question="クレームを出した企業のうち、補償をまったく受けられなかったのは何社ですか？",
         category="konpo", doc=KONPO_PDF, evidence=["26社は補償を受けられなかった"], answer=["26社"],
         notes="prose of ６ (no table): of the 95 firms that claimed, 21 got the full amount, 48 a part and 26 "
               "nothing; 95 (クレームを行った企業, (b)'s 合計) is the near miss"),
    # --- soukin: the remittance-fee survey, tables (e) (f) (g), a definition, sibling sections, 「－」 cells
    dict(question="海外送金の手数料の調査は、回答率が何％でしたか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["回答数：528社（回答率35.2％）"], answer=["35.2"],
         notes="「label：value」 line 回答数 (528 of the 1,500社 of 調査対象); 54.2 % (送金を行った企業) is a near miss"),
    dict(question="円を外貨に替えるときのレートの差で実質的にかかっている分も、この調査の「送金手数料」に含まれていますか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["為替コスト）は含まない"], answer=["含まない"],
         notes="definition 「送金手数料」とは…中継銀行の手数料及び受取の手数料を含み、為替の交換に係る差額"
               "（為替コスト）は含まない (no; 中継銀行 and 受取 fees are included)"),
    dict(question="2019年度に海外送金をした企業は何社でしたか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["令和元年度 496 231"], answer=["231"],
         notes="(e) years as rows: 2019年度 = 令和元年度 (元, the first row; printed nowhere in Western form); "
               "column 送金を行った企業（社） (a header printed over two lines); 496 (回答企業数) is the trap"),
    dict(question="2020年度に資金移動業者を使って送金した企業は何社ありましたか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["資金移動業者の利用を調査項目に加える前の年度"],
         answer=["調査項目に加える前の年度"],
         notes="(e) the cell 令和２年度 / 資金移動業者を利用（社） is printed 「－」 (no gold cell); note ※２: "
               "the question was not asked yet, so there is no figure (the first, 18社, is for 令和３年度); "
               "2020年度 is printed in the prose as the year the survey began, a trap"),
    dict(question="令和元年度から令和５年度までに、送金１件当たりの平均手数料はいくら上がりましたか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["平均手数料は5,380円で、令和元年度の4,820円から"],
         answer=["560円"], computed=True,
         notes="(e) column 送金１件当たりの平均手数料（円） (also in the prose of ２): 5,380 − 4,820 = 560円"),
    dict(question="2023年度に外国から受け取った送金のうち、米ドル建てのものは何％を占めていますか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["米ドル 1,845 1,322 3,167", "合計 3,743 2,486 6,229"],
         answer=["53.2%"], computed=True,
         notes="(g) share within a column: 1,322 / 2,486 = 53.2 % (2023年度 = 令和５年度); 3,167 / 6,229 = 50.8 % "
               "(the 計 column, payments included) is a wrong reading"),
    dict(question="電子決済サービスで代金を受け取るとき、１件当たりの手数料はどのくらいかかりますか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["取引額に対する定率（平均3.6％）"], answer=["3.6"],
         notes="two facts: (f) row 電子決済サービス, column 受取１件の平均手数料（円） is printed 「－」 (no gold "
               "cell); note ※３ explains it: a rate on the amount, 平均3.6 %, so no amount per remittance"),
    dict(question="令和５年度、資金移動業者で支払うと、銀行の窓口で支払う場合と比べて１件当たりいくら安くなりますか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["銀行（窓口） 168 6,450 2,480 3.2", "資金移動業者 47 1,380 820 1.4"],
         answer=["5,070円"], computed=True,
         notes="(f) difference in the column 支払１件の平均手数料（円）: 6,450 − 1,380 = 5,070円; 2,480 − 820 "
               "(受取) is a wrong reading"),
    dict(question="人民元での送金は、支払と受取を合わせて何件でしたか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["人民元 538 97 635"], answer=["635"],
         notes="(g) total column 計（件） on the right; 538 (支払) is the trap"),
    dict(question="家具メーカーの事例では、主にどの方法で海外に送金していますか？",
         category="soukin", doc=SOUKIN_PDF, evidence=["（１）家具製造業Ｄ社", "主な手段：資金移動業者"], answer=["資金移動業者"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な送金先, 主な手段, 工夫していること; "
               "（１）家具製造業Ｄ社; 銀行（ネットバンキング） and 電子決済サービス are the siblings' values"),
    # --- gensanchi: the rules-of-origin desk guide, tables (h) (i) (j), a definition, sibling sections, steps, Q&A
    dict(question="専門家に会社まで来てもらいたいという相談がありました。いつまでに申し込めばよいですか？",
         category="gensanchi", doc=GENSANCHI_PDF, evidence=["（３）専門家訪問", "訪問を希望する日の３週間前までに"],
         answer=["３週間前まで"],
         notes="sibling sections （１）–（３） of ２ share the labels 内容, 利用料, 申込み方法; （３）専門家訪問 "
               "(会社まで来てもらう = 訪問)"),
    dict(question="色違いで３色ある同じトートバッグの原産性を確認してもらう場合、何品目として扱われますか？",
         category="gensanchi", doc=GENSANCHI_PDF, evidence=["色や大きさだけが異なるものは１品目とします"],
         answer=["１品目"],
         notes="definition 「１品目」とは、材料の構成と製造工程が同じ産品をいい、色や大きさだけが異なるものは"
               "１品目 (asked at its boundary: three colours are still one 品目)"),
    dict(question="県内の中小企業が、書面で３品目の原産性確認を頼むと、料金はいくらになりますか？",
         category="gensanchi", doc=GENSANCHI_PDF,
         evidence=["２品目めから「追加１品目ごと」の額を加えます", "原産性確認サポート（書面） 8,000 16,000 3,500"],
         answer=["15,000円"], computed=True,
         notes="two facts: note ※２ (the first 品目 at the base fee, each further one adds the 追加 fee) and (h) "
               "row 原産性確認サポート（書面）: 8,000 + 2 × 3,500 = 15,000円; 16,000 (その他の事業者) and "
               "8,000 + 3 × 3,500 = 18,500 are the traps"),
    dict(question="原産性確認の確認結果書は、資料がそろってからどのくらいで届きますか？",
         category="gensanchi", doc=GENSANCHI_PDF, evidence=["資料がそろった日から10営業日以内"], answer=["10営業日以内"],
         notes="procedure step ⑤ (the reply to an application, step ②, comes by the next 営業日, a near miss)"),
    dict(question="2022年度から2024年度までの３年間で、ＲＣＥＰ協定についての相談は合わせて何件ありましたか？",
         category="gensanchi", doc=GENSANCHI_PDF, evidence=["ＲＣＥＰ協定 88 121 158 367"], answer=["367"],
         notes="(i) total column 計 on the right (令和４年度–令和６年度, a fiscal_year_range; the guide prints no "
               "Western year); 158 (令和６年度) and 371 (協定を特定しない相談, the largest 計) are the traps"),
    dict(question="2024年度の相談のうち、日ＥＵ・ＥＰＡに関するものは何％でしたか？",
         category="gensanchi", doc=GENSANCHI_PDF, evidence=["日ＥＵ・ＥＰＡ 96 112 131 339", "合計 448 547 648 1,643"],
         answer=["20.2%"], computed=True,
         notes="(i) share within a year column: 131 / 648 = 20.2 % (2024年度 = 令和６年度); 339 / 1,643 = 20.6 % "
               "over three years is a wrong reading"),
    dict(question="令和６年度の専門家訪問の回数は、目標に対してどのくらい達成できましたか？",
         category="gensanchi", doc=GENSANCHI_PDF, evidence=["専門家訪問の回数（回） 40 31 77.5 △"], answer=["77.5"],
         notes="(j) KPI table, column 達成率（％） (目標 40, 実績 31; mark △ = below 80 %, note ※５; the mark "
               "column is no gold cell)"),
    dict(question="確認結果書をもらっておけば、輸入する国で必ず特恵税率が使えますか？",
         category="gensanchi", doc=GENSANCHI_PDF, evidence=["認められるとは限りません"], answer=["認められるとは限りません"],
         notes="Q&A: Ａ of Ｑ３ (no: the importing country's customs decide)"),
    # --- followups
    dict(question="そのうち、破損したのは何件ですか？",
         category="followup", doc=KONPO_PDF, evidence=["海上混載（ＬＣＬ） 2,180 71 2,436 88"], answer=["88"],
         history=_turns("令和５年度に海上混載（ＬＣＬ）で送った貨物は何件ありましたか？",
                        "令和５年度の海上混載（ＬＣＬ）の出荷件数は2,436件でした[1]。"),
         notes="(a) the row and the year group from the history (海上混載（ＬＣＬ）, 令和５年度), leaf "
               "破損件数（件）; 71 (令和４年度) is the trap"),
    dict(question="その業種で調査に回答した企業は、全部で何社ですか？",
         category="followup", doc=KONPO_PDF, evidence=["卸売業 61 27 13"], answer=["61"],
         history=_turns("卸売業で、輸送中の破損を経験した企業は何社ありましたか？",
                        "卸売業で破損を経験した企業は27社でした[1]。"),
         notes="(b) continuation page, the row from the history (卸売業), column 回答企業数（社）"),
    dict(question="それで代金を受け取る場合、１件当たりの平均手数料はいくらですか？",
         category="followup", doc=SOUKIN_PDF, evidence=["信用状（Ｌ／Ｃ）決済 26 28,600 15,400"], answer=["15,400"],
         history=_turns("信用状（Ｌ／Ｃ）決済を使っている企業は何社ありましたか？",
                        "令和５年度に信用状（Ｌ／Ｃ）決済を利用した企業は26社でした[1]。"),
         notes="(f) the row from the history, column 受取１件の平均手数料（円） (a header printed over two lines); "
               "28,600 (支払) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=GENSANCHI_PDF, evidence=["電話：099-707-3400"], answer=["099-707-3400"],
         history=_turns("原産性確認サポートを予約したい会社があります。どこに連絡すればよいですか？",
                        "予約と申込みは、公益財団法人桧県産業振興財団の原産地規則相談窓口が受け付けています[1]。"),
         notes="contact box of the guide: the 財団's phone (second line); the 班's phone 099-707-3310 and fax "
               "099-707-3319 (first line) are the near misses"),
    dict(question="それに対して、実績は目標より何品目少なかったですか？",
         category="followup", doc=GENSANCHI_PDF, evidence=["原産性確認の品目数（品目） 150 127 84.7 ○"],
         answer=["23品目"], computed=True,
         history=_turns("令和６年度の原産性確認の品目数の目標はいくつでしたか？",
                        "令和６年度の原産性確認の品目数の目標は150品目でした[1]。"),
         notes="(j) KPI table, the row from the history: 目標 150 − 実績 127 = 23品目 (the unit from the row label)"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="輸送中の破損による損害は、全体で金額にしていくらになりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the damaged shipments, the claims and the packing costs' share, not the amount lost",
         absent=["損害額", "損害の額", "被害額"]),
    dict(question="梱包作業を外部の専門業者に任せている企業は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives how damage arose and what firms did, not who packs the goods",
         absent=["梱包業者", "外注"]),
    dict(question="令和５年度に、送金手数料を取引先と折半する取決めにしていた企業は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey mentions deciding who bears the fees (a case, a request), not how many firms split them",
         absent=["折半", "ＳＨＡ"]),
    dict(question="暗号資産で代金を払ったり受け取ったりしている企業はありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the channels are banks, 資金移動業者, 電子決済サービス and 信用状 only",
         absent=["暗号資産", "仮想通貨"]),
    dict(question="令和６年度の原産性確認で、原産品と認められなかった品目はいくつありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the 品目 checked (127) against the target, not the outcomes of the checks",
         absent=["認められなかった", "非原産"]),
    dict(question="令和６年度に窓口が開いたセミナーは何回でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the KPI table gives the seminars' participants (342人), not the number of seminars; the survey's "
               "２回 are planned 送金 seminars of 令和７年度, another near miss",
         absent=["開催回数", "セミナーの回数"]),
]
CATEGORY_COUNTS = {"konpo": 11, "soukin": 10, "gensanchi": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h66q", "h66t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I, J = (
    "輸送モード別の出荷件数と破損件数", "業種別の回答企業と破損の経験", "仕向地別の破損件数",
    "破損の主な原因（複数回答）", "年度別の主な結果", "送金の手段別の利用状況", "通貨別の送金件数",
    "料金表", "協定別の相談件数", "窓口の目標と実績")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I, J), "abcdefghij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _yen(n: int) -> str:
    return f"{n:,}円"


FEE_COL = "送金１件当たりの平均手数料（円）"
COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h66q02": lambda g: _pct(g(A, "国際宅配便", "令和５年度／破損件数（件）", 2023),
                             g(A, "国際宅配便", "令和５年度／出荷件数（件）", 2023)),
    "h66q05": lambda g: _pct(g(B, "電気機器", "破損を経験した企業（社）", 2023), g(B, "電気機器", "回答企業数（社）", 2023)),
    "h66q06": lambda g: _pct(K_SIZES[0][2], K_SIZES[0][1]),
    "h66q16": lambda g: _yen(g(E, "令和５年度", FEE_COL, 2023) - g(E, "令和元年度", FEE_COL, 2019)),
    "h66q17": lambda g: _pct(g(G, "米ドル", "受取（件）", 2023), g(G, "合計", "受取（件）", 2023)),
    "h66q19": lambda g: _yen(g(F, "銀行（窓口）", "支払１件の平均手数料（円）", 2023)
                             - g(F, "資金移動業者", "支払１件の平均手数料（円）", 2023)),
    "h66q24": lambda g: _yen(g(H, "原産性確認サポート（書面）", "県内中小企業（円）", 2025)
                             + 2 * g(H, "原産性確認サポート（書面）", "追加１品目ごと（円）", 2025)),
    "h66q27": lambda g: _pct(g(I, "日ＥＵ・ＥＰＡ", "令和６年度", 2024), g(I, "合計", "令和６年度", 2024)),
    "h66q34": lambda g: f"{g(J, '原産性確認の品目数（品目）', '目標', 2024) - g(J, '原産性確認の品目数（品目）', '実績', 2024)}品目",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KONPO_PDF: (3, 3), SOUKIN_PDF: (3, 3), GENSANCHI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 18  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "飲料・酒類")  # rows of (b) expected before the page break
CONTINUED_ROWS = ("電気機器", "陶磁器・ガラス", "卸売業", "合計")  # and after it
DASH_CELLS = {"history": 2, "channels": 3, "fees": 3}  # 「－」 cells per table (no gold cells)
RANGES = {(C, "増減"): [2022, 2023], (I, "計"): [2022, 2024]}  # the only columns with a fiscal_year_range


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout66.py")
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
            if roles != ["user", "assistant"] * (len(history) // 2) or len(history) != 2:
                errors.append(f"{qid}: history must be one user turn and one assistant turn")
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
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|円|件|人|社|品目)$", "", nfkc(a))
                if bare in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
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
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    if sum("「－」" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 2:
        errors.append("fewer than two questions on a 「－」 cell")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 8 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected about 9")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout66.py")
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
        if g["number"] is None or g["value"] == DASH:
            errors.append(f"{g['id']}: every gold cell of this set should be numeric")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if g["fiscal_year_range"] != RANGES.get((g["table"], g["column"])):
            errors.append(f"{g['id']}: fiscal_year_range {g['fiscal_year_range']} not the one of its column")
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
            # each printed row, cell after cell (the 「－」 and mark cells included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): 合計 adds up; damage within shipments; LCL the highest and air the lowest 破損率 in both years
    a_cols = [f"{era(y)}{GROUP_SEP}{k}" for y in MODE_YEARS for k in ("出荷件数（件）", "破損件数（件）")]
    adds_up(A, a_cols)
    for y in MODE_YEARS:
        ship, dmg = f"{era(y)}{GROUP_SEP}出荷件数（件）", f"{era(y)}{GROUP_SEP}破損件数（件）"
        rates = {m: t[A][m][dmg] / t[A][m][ship] for m in t[A] if m != "合計"}
        if max(rates, key=rates.get) != "海上混載（ＬＣＬ）" or min(rates, key=rates.get) != "航空貨物":
            errors.append(f"{A}: 「破損率は両年度とも海上混載が最も高く、航空貨物が最も低い」 does not hold in {era(y)}")
    # (b): 合計 adds up; claims within damage within respondents; the totals equal the two firm sizes
    b_cols = ("回答企業数（社）", "破損を経験した企業（社）", "クレームを行った企業（社）")
    adds_up(B, b_cols)
    for row, r in t[B].items():
        if not r[b_cols[2]] <= r[b_cols[1]] <= r[b_cols[0]]:
            errors.append(f"{B} / {row}: claims, damage and respondents out of order")
    if t[B]["合計"][b_cols[0]] != sum(s[1] for s in K_SIZES) or t[B]["合計"][b_cols[1]] != sum(s[2] for s in K_SIZES):
        errors.append(f"{B}: 合計 differs from the firm sizes")
    if t[B]["合計"][b_cols[2]] != sum(CLAIMS):
        errors.append(f"{B}: the claims of the prose differ from 合計")
    # (c): 合計 adds up; 増減 is the difference; the year totals equal (a)'s 破損件数
    adds_up(C, (era(2022), era(2023), "増減"))
    for row, r in t[C].items():
        if r["増減"] != r[era(2023)] - r[era(2022)]:
            errors.append(f"{C} / {row}: 増減 is not the difference")
    for y in MODE_YEARS:
        if t[C]["合計"][era(y)] != t[A]["合計"][f"{era(y)}{GROUP_SEP}破損件数（件）"]:
            errors.append(f"{C}: 合計 of {era(y)} differs from {A}")
    # (d): the per cents come from the counts; the ｎ from (b) and the firm sizes
    n_all = t[B]["合計"][b_cols[1]]
    for name, a, b in CAUSES:
        want = (pct1(a + b, n_all), pct1(a, K_SIZES[0][2]), pct1(b, K_SIZES[1][2]))
        if tuple(Decimal(str(t[D][name][k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{D} / {name}: per cents differ from the counts")
    # (e): 送金を行った within 回答; fees rise every year; the last row is this survey's
    e = t[E]
    fees = [e[era(y)][FEE_COL] for y, *_x in HISTORY]
    if fees != sorted(set(fees)):
        errors.append(f"{E}: the fee should rise every year")
    if any(r["送金を行った企業（社）"] > r["回答企業数（社）"] for r in e.values()):
        errors.append(f"{E}: more remitting firms than respondents")
    if e[era(2023)]["回答企業数（社）"] != S_RESPONDENTS:
        errors.append(f"{E}: 令和５年度 differs from the 回答数")
    # (f): the 資金移動業者 users equal (e)'s 令和５年度; 資金移動業者 the cheapest
    f = t[F]
    if f["資金移動業者"]["利用企業（社）"] != e[era(2023)]["資金移動業者を利用（社）"]:
        errors.append(f"{F}: 資金移動業者 users differ from {E}")
    for col in ("支払１件の平均手数料（円）", "受取１件の平均手数料（円）", "着金までの平均日数（日）"):
        have = {r: v[col] for r, v in f.items() if col in v}
        if min(have, key=have.get) not in ("資金移動業者", "電子決済サービス") or \
                (col != "着金までの平均日数（日）" and min(have, key=have.get) != "資金移動業者"):
            errors.append(f"{F}: 資金移動業者 should be the cheapest in {col}")
    if max(f, key=lambda r: f[r]["利用企業（社）"]) != "銀行（ネットバンキング）":
        errors.append(f"{F}: ネットバンキング should have the most users")
    # (g): 計 is the row sum; 合計 adds up; 米ドル the most in both columns
    adds_up(G, ("支払（件）", "受取（件）", "計（件）"))
    for row, r in t[G].items():
        if r["計（件）"] != r["支払（件）"] + r["受取（件）"]:
            errors.append(f"{G} / {row}: 計 is not the row sum")
    for col in ("支払（件）", "受取（件）"):
        if max((r for r in t[G] if r != "合計"), key=lambda r: t[G][r][col]) != "米ドル":
            errors.append(f"{G}: 米ドル should be the most in {col}")
    # (h): the other users pay twice the small firms' fee
    for row, r in t[H].items():
        if r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{H} / {row}: その他の事業者 is not twice 県内中小企業")
    # (i): 合計 adds up; 計 is the row sum; (j)'s 相談件数 equals the 令和６年度 合計
    i_years = [era(y) for y in AGREE_YEARS]
    adds_up(I, i_years + ["計"])
    for row, r in t[I].items():
        if r["計"] != sum(r[k] for k in i_years):
            errors.append(f"{I} / {row}: 計 is not the sum of the years")
    if t[J]["相談件数（件）"]["実績"] != t[I]["合計"][era(2024)]:
        errors.append(f"{J}: 相談件数 differs from {I}")
    # (j): 達成率 is 実績 / 目標
    for row, r in t[J].items():
        if Decimal(str(r["達成率（％）"])) != pct1(r["実績"], r["目標"]):
            errors.append(f"{J} / {row}: 達成率 is not 実績 / 目標")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == B})
    if len(bp) != 2:
        errors.append(f"{B} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KONPO_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{B}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == B and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == B and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{B}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{B}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("繊維製品、紙製品、小売業等") not in norm(pages[KONPO_PDF][bp[1] - 1]):
            errors.append(f"{B}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["causes"].ruled or not all(s.ruled for k, s in specs.items() if k != "causes"):
        errors.append(f"only {D} must be drawn without ruling lines")
    # (a): two header rows, three spans, year／leaf columns, the year from the group
    ag = [g for g in gold if g["table"] == A]
    cols = list(dict.fromkeys(g["column"] for g in ag))
    want = [f"{era(y)}{GROUP_SEP}{k}" for y in MODE_YEARS for k in ("出荷件数（件）", "破損件数（件）")]
    if len(specs["modes"].header) != 2 or len(specs["modes"].spans) != 3 or cols != want \
            or any(g["fiscal_year"] != fiscal_year(g["column"].split(GROUP_SEP)[0]) for g in ag):
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    # header cells printed over two lines: (b), (e), (f); each joined label is printed unbroken after norm
    for key in ("industries", "history", "channels"):
        spec = specs[key]
        two = [h for h in spec.header[0] if "\n" in h]
        if len(two) < 2:
            errors.append(f"{spec.title}: expected header cells printed over two lines")
        first_page = min(g["page"] for g in gold if g["table"] == spec.title)
        raw = pages[spec.doc][first_page - 1]
        for h in two:
            if norm(h) not in norm(raw) or h.split("\n")[0].strip() + "\n" not in raw.replace(" \n", "\n"):
                errors.append(f"{spec.title}: the two-line header {h!r} is not printed on two lines")
    # (c): a 増減 column printing decreases with ▲
    cg = [g for g in gold if g["table"] == C and g["column"] == "増減"]
    neg = [g for g in cg if g["number"] < 0]
    if not neg or any(not g["value"].startswith(MINUS) for g in neg) \
            or any(g["value"].startswith(MINUS) for g in cg if g["number"] >= 0):
        errors.append(f"{C}: expected a 増減 column with ▲ for decreases")
    # (e): years as rows, from 令和元年度
    if [g["fiscal_year"] for g in gold if g["table"] == E and g["column"] == "回答企業数（社）"] != [y for y, *_x in HISTORY]:
        errors.append(f"{E}: expected years as rows")
    # 「－」 cells: printed, and no gold cell
    for key, n in DASH_CELLS.items():
        spec = specs[key]
        dashes = sum(r[c] == DASH for r in spec.rows for c in spec.value_cols)
        cells = sum(g["table"] == spec.title for g in gold)
        if dashes != n or cells != len(spec.rows) * len(spec.value_cols) - n:
            errors.append(f"{spec.title}: expected {n} 「－」 cells and no gold cell for them")
    if any(DASH in r for k, s in specs.items() if k not in DASH_CELLS for r in s.rows):
        errors.append(f"only {sorted(DASH_CELLS)} may print 「－」")
    # (g), (i): a total column on the right
    if specs["currencies"].header[0][-1] != "計（件）" or specs["agreements"].header[0][-1] != "計":
        errors.append("expected total columns on the right of (g) and (i)")
    # (j): 目標 / 実績 / 達成率 and a mark column that is no gold cell; each row its own unit
    kp = specs["kpis"]
    jg = [g for g in gold if g["table"] == J]
    if kp.header[0][1:] != ["目標", "実績", "達成率（％）", "評価"] or {g["column"] for g in jg} != {"目標", "実績", "達成率（％）"}:
        errors.append(f"{J}: expected 目標 / 実績 / 達成率（％） cells and a 評価 column without cells")
    marks = [r[4] for r in kp.rows]
    if set(marks) != {"◎", "○", "△"} or any(m != mark(pct1(a, t)) for (_n, t, a), m in zip(kpi_rows(), marks)):
        errors.append(f"{J}: the marks do not follow note ※５ or not all three are used")
    units = {g["row"]: g["unit"] for g in jg if g["column"] == "目標"}
    if len(set(units.values())) != len(KPIS) or any(g["unit"] != "%" for g in jg if g["column"] == "達成率（％）"):
        errors.append(f"{J}: expected each row's unit from its label and % for 達成率")
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

    def contacts(doc, want, mails, what):
        text = norm("\n".join(pages[doc]))
        got = re.findall(r"099-70\d-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and x != "○" and not any(t in x for t in titles) for x in raw)  # "○" alone: a mark cell
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    def western(text, want, what):
        got = re.findall(r"20\d\d年度?", text)
        if got != want:
            errors.append(f"{what}: Western years printed {got}, expected {want}")

    # ---- the packaging survey
    kt = norm("\n".join(pages[KONPO_PDF]))
    siblings(kt, KONPO_PDF, ("主な輸送モード：", "破損の状況：", "講じた対策："), [c[0] for c in KONPO_CASES])
    total, damaged, claimed = k_totals()
    ship5 = sum(m[2][0] for m in MODES)
    dmg4, dmg5 = sum(m[1][1] for m in MODES), sum(m[2][1] for m in MODES)
    if norm(f"{total}社（回答率{pct1(total, K_TARGET)}％）") not in kt \
            or norm(f"出荷{ship5:,}件のうち{dmg5}件で輸送中破損が生じ、令和４年度より{dmg5 - dmg4}件増えた") not in kt \
            or norm(f"経験した企業は{damaged}社（{pct1(damaged, total)}％）で、そのうち{claimed}社がクレーム") not in kt:
        errors.append("packaging: the figures in the prose differ from (a) and (b)")
    shares = {r[0]: r[2] / r[1] for r in K_INDUSTRIES}
    if max(shares, key=shares.get) != "陶磁器・ガラス":
        errors.append("packaging: 「陶磁器・ガラスで…割合が最も高い」 does not hold")
    (s_name, s_n, s_d), (l_name, l_n, l_d) = K_SIZES
    if norm(f"中小企業は{s_n}社のうち{s_d}社、大企業は{l_n}社のうち{l_d}社") not in kt:
        errors.append("packaging: the firm sizes in the prose differ from the data")
    r5 = sorted(DESTS, key=lambda d: -d[2])
    asean = next(d for d in DESTS if d[0] == "ＡＳＥＡＮ")
    if r5[0][0] != "ＡＳＥＡＮ" or max(DESTS, key=lambda d: d[1])[0] != "ＡＳＥＡＮ" or r5[1][0] != "北米" \
            or norm(f"前年度より{asean[2] - asean[1]}件増えた") not in kt or "北米" in norm(
                "".join(pages[KONPO_PDF]).split("仕向地別の状況")[1].split("○")[0]):
        errors.append("packaging: the destination ranking (ＡＳＥＡＮ first, 北米 second, unnamed) does not hold")
    for d in ("中国", "欧州"):
        x = next(r for r in DESTS if r[0] == d)
        if x[2] >= x[1]:
            errors.append(f"packaging: 「{d}向けは減った」 does not hold")
    n_all = damaged
    tot = {c[0]: (c[1] + c[2]) for c in CAUSES}
    if max(tot, key=tot.get) != "荷役時の衝撃（フォークリフト等）" or max(CAUSES, key=lambda c: c[2])[0] != "積付け・固定の不良":
        errors.append("packaging: the tops of (d) in the prose do not hold")
    full, part, none = CLAIMS
    if norm(f"全額の補償を受けた企業は{full}社、一部の補償を受けた企業は{part}社で、{none}社は補償を受けられなかった") not in kt:
        errors.append("packaging: the claims in the prose differ from the data")
    western(kt, ["2024年"], "packaging")
    defs(kt, ("輸送中破損", "破損率", "クレーム"), "packaging")
    bullets_in(KONPO_PDF, 0, "packaging")
    steps_of(KONPO_PDF, "①②③④", "packaging")
    contacts(KONPO_PDF, ["099-701-4410", "099-701-4419", "099-701-4500"], ["hinoki-konpo@example.jp"], "packaging")

    # ---- the remittance-fee survey
    st_ = norm("\n".join(pages[SOUKIN_PDF]))
    siblings(st_, SOUKIN_PDF, ("主な送金先：", "主な手段：", "工夫していること："), [c[0] for c in SOUKIN_CASES])
    last, first = HISTORY[-1], HISTORY[0]
    first_asked = next(h for h in HISTORY if h[3] is not None)
    if norm(f"{S_RESPONDENTS}社（回答率{pct1(S_RESPONDENTS, S_TARGET)}％）") not in st_ \
            or norm(f"回答企業{last[1]}社のうち{last[2]}社（{pct1(last[2], last[1])}％）") not in st_ \
            or norm(f"平均手数料は{last[4]:,}円で、令和元年度の{first[4]:,}円から毎年上がっている") not in st_ \
            or norm(f"調査項目に加えた{era(first_asked[0])}の{first_asked[3]}社から、令和５年度は{last[3]}社") not in st_:
        errors.append("remittance: the figures in the prose differ from (e)")
    if len(HISTORY) != 5 or norm("今回が５回目") not in st_ or HISTORY[1][0] != 2020:
        errors.append("remittance: 「令和２年度（2020年度）から毎年…５回目」 does not hold")
    if SHORTFALL[0] > sum(c[2] for c in CURRENCIES) or norm(f"{SHORTFALL[0]}社あり、受取を行った企業の{SHORTFALL[1]}％") not in st_:
        errors.append("remittance: the shortfall in the prose is wrong")
    western(st_, ["2020年度"], "remittance")
    defs(st_, ("海外送金", "送金手数料", "資金移動業者"), "remittance")
    bullets_in(SOUKIN_PDF, 2, "remittance")
    steps_of(SOUKIN_PDF, "①②③", "remittance")
    contacts(SOUKIN_PDF, ["099-704-2210", "099-704-2219", "099-704-2300"], ["hinoki-soukin@example.jp"], "remittance")

    # ---- the rules-of-origin desk guide
    gt = norm("\n".join(pages[GENSANCHI_PDF]))
    siblings(gt, GENSANCHI_PDF, ("内容：", "利用料：", "申込み方法："), [k[0] for k in KINDS])
    tot = [sum(a[j] for a in AGREEMENTS) for j in (1, 2, 3)]
    if norm(f"相談件数は{tot[2]}件で、前年度の{tot[1]}件から{tot[2] - tot[1]}件増えました") not in gt:
        errors.append("guide: the consultations in the prose differ from (i)")
    ag = {a[0]: a for a in AGREEMENTS}
    named = [a for a in AGREEMENTS if a[0] != "協定を特定しない相談"]
    if max(named, key=lambda a: a[3])[0] != "ＲＣＥＰ協定" or not (ag["ＲＣＥＰ協定"][1] < ag["日ＥＵ・ＥＰＡ"][1]
                                                            and ag["ＲＣＥＰ協定"][2] > ag["日ＥＵ・ＥＰＡ"][2]):
        errors.append("guide: 「ＲＣＥＰ協定が最も多く、令和５年度に日ＥＵ・ＥＰＡを上回りました」 does not hold")
    western(gt, [], "guide")
    defs(gt, ("原産地規則", "原産性の確認", "１品目"), "guide")
    bullets_in(GENSANCHI_PDF, 3, "guide")
    steps_of(GENSANCHI_PDF, "①②③④⑤⑥", "guide")
    raw = "\n".join(pages[GENSANCHI_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    contacts(GENSANCHI_PDF, ["099-707-3310", "099-707-3319", "099-707-3400"], ["hinoki-gensanchi@example.jp"], "guide")
    # every phone number of the set is fictional (099-70x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{name}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in OTHER_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
