"""Build the 枳県 held-out set 94: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (枳県 and every town, scheme, organisation, company, phone number,
mail address and figure). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱, articles 第１条–第８条 with 附則, a 別表 and six （参考） parts) for a subsidy
towards igusa and tatami-product makers' exports (枳県産い草製品輸出促進補助金: fumigation, plant
quarantine certificates, overseas trade fairs, sample shipping, foreign-language labels) with a
two-level header whose groups have different leaves and a 「－」 cell, the grants by year (years as
rows, header cells over two lines) and a KPI table (目標 / 実績 / 達成率); the report of a survey of
the prefecture's stone-craft makers on their exports (石材加工業の輸出実態調査) with the exports by
destination and a 増減 column printing decreases with ▲, the respondents by main product (a table
continued over a page break without its header) and an unruled table of the issues; and the user
guide (利用案内) of a prefectural advice desk on the customs classification of goods
(関税分類（ＨＳコード）相談窓口) with the fees (a 「－」 cell, a half fee for members in a note) and
the consultations by product class with a total column on the right; see README.md beside this
file.

    python make_heldout94.py [OUTPUT_DIR]          # default: this file's directory

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

IGUSA_PDF = "karatachi_igusa_seihin_yushutsu_hojokin_kofu_yoko_r7.pdf"
SEKIZAI_PDF = "karatachi_sekizai_kakogyo_yushutsu_jittai_chosa_r6.pdf"
HSCODE_PDF = "karatachi_kanzei_bunrui_hs_code_sodan_madoguchi_riyo_annai_r7.pdf"
ALL_PDFS = (IGUSA_PDF, SEKIZAI_PDF, HSCODE_PDF)

UNITS = ("万円", "千円", "円", "件", "者", "社", "所", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure; its meaning is given in a note; never a gold cell
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"099-98\d-\d{4}"  # every phone number of the set: 099-98x-xxxx
MAIL_DOMAIN = "@example.jp"
PREF = "枳県"
FORBIDDEN_PREF = "栴県"  # the other helper's prefecture: never named here


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western year of a label naming one fiscal year (令和５年度); None otherwise."""
    if not label or fiscal_year_range(label):
        return None
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", nfkc(label))]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC, a leading ▲ read as a minus sign; (None, None) for
    「－」 and text."""
    v = nfkc(value).strip()
    if v.startswith(DECREASE):
        v = "-" + v[1:]
    return docgen.parse_number(v, UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (交付額（千円） -> 千円), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def pct0(k: int, n: int) -> int:
    """k / n in whole per cent, rounded half up (小数点以下第１位を四捨五入)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None -> 「－」, a Decimal with one decimal, an int as docgen prints it."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases without a sign."""
    return f"{DECREASE}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns
    that cover a range of fiscal years (the 増減 column)."""

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

    def dash_cells(self) -> set:
        return {(self.row_label(i), self.column_label(c))
                for i, r in enumerate(self.rows) for c in self.value_cols if r[c] == DASH}


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        pages = pages_of[(spec.key, i)]
        assert len(pages) == 1, (spec.key, r, pages)
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # no figure: explained by a note, no gold cell
                continue
            number, cell_unit = parse_number(value)
            unit = cell_unit or spec.cell_unit(r, c)
            row_label = label(r[spec.label_col])
            rng = (spec.col_range or {}).get(c)
            fy = None if rng else (spec.column_year(c) or fiscal_year(row_label) or spec.table_fy)
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


ART_HEAD = pstyle("art_head", GOTHIC, 10.5, 16, left=docgen.EM, spaceBefore=3, keepWithNext=1)
ARTICLE = pstyle("article", left=docgen.EM, first=-docgen.EM)
ART_ITEM = pstyle("art_item", left=3 * docgen.EM, first=-docgen.EM)


def article(head: str, text: str, items=(), paras_after=()):
    """（見出し） on its own line, then 第ｎ条 …, items 一 二 …, and further paragraphs ２ …."""
    st = [P(f"（{head}）", ART_HEAD), P(text, ARTICLE)]
    st += [P(t, ART_ITEM) for t in items]
    st += [P(t, ARTICLE) for t in paras_after]
    return st


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: igusa export subsidy, grant guideline
IGUSA = f"{PREF}産い草製品輸出促進補助金"
IGUSA_DEPT = f"{PREF} 商工労働部 地場産業振興課"
IGUSA_DESK = f"公益財団法人{PREF}産業振興財団 輸出相談デスク"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 組合等; 上限額（千円）: １回当たり, 年度当たり (None: 「－」)
    ("くん蒸処理費", 50, 60, 40, 240),
    ("植物検疫証明書等の取得費", 50, 60, 10, 60),
    ("海外見本市への出展費", 50, 60, 500, 1000),
    ("サンプル送付費", 60, 70, 30, 150),
    ("外国語ラベル・表示の作成費", 50, 60, None, 300),
]
FIRM_CAP, FIRM_CAP_KUMIAI = 150, 250  # 第５条: 万円 per firm and fiscal year (組合等)
RECORD = [  # 年度, 申請件数, 交付件数, うち組合等, 交付額（千円）
    (2020, 9, 7, 1, 4130), (2021, 12, 9, 1, 5620), (2022, 15, 11, 2, 7480),
    (2023, 19, 14, 2, 9870), (2024, 24, 17, 3, 12350),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度); 達成率 = 実績 / 目標, whole per cent, half up (note ※５)
    ("県産い草製品の輸出額（万円）", 8000, 7360),
    ("輸出に取り組む事業者数（者）", 30, 33),
    ("海外見本市での商談件数（件）", 250, 284),
    ("海外の新規取引先数（社）", 40, 31),
]
IGUSA_CASES = [  # 見出し, 輸出先, 活用した経費, 補助金の額 (same labels in every sibling section); cost rows
    ("畳表製造業Ａ社（藺田町）", "台湾", "くん蒸処理費、植物検疫証明書等の取得費", "186千円",
     ("くん蒸処理費", "植物検疫証明書等の取得費")),
    ("い草ラグ製造業Ｂ社（枳市）", "米国", "海外見本市への出展費（１見本市）、サンプル送付費", "612千円",
     ("海外見本市への出展費", "サンプル送付費")),
    ("い草製品Ｃ協同組合（藺田町）", "フランス、ドイツ", "海外見本市への出展費（２見本市）、外国語ラベル・表示の作成費",
     "1,180千円", ("海外見本市への出展費", "外国語ラベル・表示の作成費")),
]
EXCLUDED = [  # 第６条: 補助の対象としない経費
    "一　い草及びい草製品の仕入れ及び製造に要する経費",
    "二　輸出先の国・地域で課される関税その他の租税",
    "三　交付決定の日より前に発注し、又は支払った経費",
    "四　国又は県の他の補助金の交付を受けている経費",
]


def igusa_specs():
    rates = TableSpec(
        key="rates", doc=IGUSA_PDF, title="補助対象経費別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "組合等", "１回当たり", "年度当たり"]],
        rows=[[n, fw(a), fw(b), cell(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=IGUSA_PDF, title="交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち\n組合等（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(k), fw(g)] for y, a, b, k, g in RECORD],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=IGUSA_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[66 * mm, 28 * mm, 28 * mm, 30 * mm], table_fy=2024,
        unit=lambda row, c: "%" if c == 3 else bracket_unit(row[0]),
    )
    return rates, record, kpi


def igusa_story(specs):
    rates, record, kpi = specs
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{IGUSA}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月25日制定", DATE_RIGHT), P(IGUSA_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", f"第１条　この要綱は、県産い草製品の輸出に取り組む事業者に対し、予算の範囲内で{IGUSA}（以下「補助金」という。）を交付することについて、必要な事項を定めるものとする。")
    st += article("定義", "第２条　この要綱において「県産い草製品」とは、県内産のい草を原料の５割以上に用い、県内で製織し、又は加工した畳表、ござ、い草ラグ、畳その他の製品をいう。", paras_after=[
        "２　この要綱において「組合等」とは、い草製品の製造業者が組織する協同組合及び３以上の県内の事業者が共同して申請する場合のその代表となる事業者をいう。",
        "３　この要綱において「植物検疫証明書等」とは、輸出先の国・地域が輸入の条件として求める植物検疫証明書及びくん蒸証明書をいう。",
    ])
    st += article("補助対象者", "第３条　補助金の交付の対象となる者は、県内に事業所を有し、県産い草製品を製造し、又は販売する中小企業者（個人事業主を含む。）及び組合等とする。")
    st += article("補助対象経費等", "第４条　補助対象経費、補助率及び補助上限額は、別表のとおりとする。")
    st += article("補助金の額", f"第５条　補助金の額は、経費区分ごとに別表により算出した額の合計額とし、１事業者当たり年度{FIRM_CAP}万円（組合等にあっては{FIRM_CAP_KUMIAI}万円）を上限とする。この場合において、千円未満の端数は切り捨てるものとする。")
    st += article("補助の対象とならない経費", "第６条　次に掲げる経費は、補助の対象としない。", items=EXCLUDED)
    st += article("交付の申請", "第７条　補助金の交付を受けようとする者は、交付申請書に事業計画書及び見積書を添えて、知事に提出しなければならない。")
    st += article("実績報告", "第８条　補助事業者は、補助事業が完了した日から30日以内又は令和８年３月６日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。")
    st += [P("附　則", ART_HEAD), P(INDENT + "この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「１回当たり」は、くん蒸処理費及びサンプル送付費にあっては１回の船積み又は発送ごと、植物検疫証明書等の取得費にあっては１通ごと、海外見本市への出展費にあっては１見本市ごとの上限額とする。",
        "※２ 「－」は、１回当たりの上限額を定めず、年度当たりの上限額の範囲内で補助することを示す。",
        f"※３ 補助金の額の合計は、第５条のとおり１事業者当たり年度{FIRM_CAP}万円（組合等は{FIRM_CAP_KUMIAI}万円）を超えることができない。",
        "※４ 県が出展を取りまとめる見本市の県ブースに出展する場合の出展費は、補助の対象としない。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月１日から６月13日まで（必着）"),
        ("予算額", "1,600万円"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += [P("（参考２）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（い草産業班又は{IGUSA_DESK}へ）",
        "② 交付申請（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査、令和７年６月下旬）",
        "④ 交付決定の通知（令和７年７月中旬）",
        "⑤ 補助事業の実施（令和８年２月27日までに完了すること）",
        "⑥ 実績報告（第８条に定める期限まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("（参考３）交付の実績", H1)]
    st += paras(f"""
令和２年度（2020年度）に制度を設けてから、申請件数、交付件数ともに毎年増えている。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち組合等{fw(last[3])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [P("（参考４）成果指標", H1)]
    st += paras("""
令和６年度は、輸出に取り組む事業者数と海外見本市での商談件数が目標を上回ったが、輸出額と新規取引先数は目標に届かなかった。
""", 0)
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※５ 達成率は、実績を目標で除して百分率で表し、小数点以下第１位を四捨五入したものである。"])
    st += [P("（参考５）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items) in enumerate(IGUSA_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("活用した経費", what), ("補助金の額", amount)], 1)
    st += [P("（参考６）よくある質問", H1)]
    qa = [
        ("見本市に出品する商品を現地へ送る費用は、サンプル送付費として申請できますか。",
         "できません。見本市への出品物の輸送費は、海外見本市への出展費に含めて申請してください。"),
        ("くん蒸処理を輸出先で受けた場合も対象になりますか。",
         "対象になりません。くん蒸処理費は、国内で処理を受けた場合に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{IGUSA_DEPT} い草産業班　電話：099-981-4410　ファクス：099-981-4419",
        f"{IGUSA_DESK}（事前相談）　電話：099-981-4500",
        "電子メール：karatachi-igusa@example.jp",
    ]))
    return st


# ================================================================ document 2: stone-craft makers' exports, survey report
SEKIZAI = f"{PREF}石材加工業の輸出実態調査"
SEKIZAI_DEPT = f"{PREF} 商工労働部 ものづくり振興課"
STONE_UNION = f"{PREF}石材工業協同組合"
TARGET = 310  # 調査対象の事業所（全数）
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 輸出額（万円） in 令和４年度, 令和５年度
    ("中国", 5380, 4120), ("台湾", 2460, 2910), ("韓国", 1730, 1540), ("シンガポール", 980, 1360),
    ("米国", 3870, 5230), ("オーストラリア", 1150, 1620), ("欧州", 2340, 3410), ("その他", 860, 1210),
]
PRODUCTS = [  # 主な製品, 回答事業所数, 輸出事業所数, 輸出額（万円） (令和５年度)
    ("墓石・霊園用品", 52, 14, 6820), ("石灯籠・庭園用品", 28, 15, 4930), ("建築用石材", 33, 9, 3140),
    ("石彫刻・石像", 17, 8, 2260), ("石臼・調理用石製品", 12, 6, 1180), ("石製家具・インテリア", 15, 7, 1650),
    ("記念碑・モニュメント", 13, 3, 870), ("土木用石材", 9, 1, 240), ("その他", 7, 2, 310),
]
SMALL_FIRMS = 134  # 従業員10人未満の回答事業所 (prose only)
NEW_EXPORTERS = 23  # 令和元年度以降に輸出を始めた輸出事業所 (prose only)
ISSUES = [  # 輸出に関する課題, 回答数: 輸出事業所, 未輸出事業所 (複数回答)
    ("輸出先の規格・検査への対応", 29, 22), ("重量物の輸送費の高さ", 41, 38),
    ("海外の取引先の開拓", 33, 57), ("職人の高齢化・人手不足", 26, 49),
    ("外国語での契約・交渉", 18, 35), ("海外製品との価格競争", 24, 11),
]
STONE_CASES = [  # 見出し, 主な輸出先, 輸出額, 工夫していること (same labels in every sibling section); product row
    ("庭園用品製造業Ｄ社（磐尾市）", "米国、オーストラリア", "約1,900万円",
     "石灯籠を分解できる設計にし、木箱１箱当たりの重さを抑えている", "石灯籠・庭園用品"),
    ("墓石製造業Ｅ社（枳市）", "台湾、シンガポール", "約1,100万円",
     "現地の霊園の区画に合わせた寸法の図面を、現地語で用意している", "墓石・霊園用品"),
    ("石彫刻工房Ｆ社（苔谷町）", "フランス、ドイツ", "約380万円",
     "制作工程の動画をウェブサイトで公開し、注文制作を受けている", "石彫刻・石像"),
]


def respondents() -> int:
    return sum(r[1] for r in PRODUCTS)


def exporters() -> int:
    return sum(r[2] for r in PRODUCTS)


def sekizai_specs():
    rows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    rows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dest = TableSpec(
        key="dest", doc=SEKIZAI_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 34 * mm, 34 * mm], unit="万円",
    )
    dest.col_range = {3: [DEST_YEARS[0], DEST_YEARS[-1]]}
    prows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in PRODUCTS]
    prows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3)])
    products = TableSpec(
        key="products", doc=SEKIZAI_PDF, title="主な製品別の回答事業所と輸出の状況",
        header=[["主な製品", "回答\n事業所数（所）", "輸出\n事業所数（所）", "輸出額\n（万円）"]],
        rows=prows, col_widths=[50 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    n_all, n_e = respondents(), exporters()
    n_n = n_all - n_e
    issues = TableSpec(
        key="issues", doc=SEKIZAI_PDF, title="輸出に関する課題（複数回答）",
        header=[["輸出に関する課題", "全体", "輸出事業所", "未輸出事業所"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_e)), cell(pct1(b, n_n))] for x, a, b in ISSUES],
        col_widths=[62 * mm, 26 * mm, 28 * mm, 30 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return dest, products, issues


def sekizai_story(specs):
    dest, products, issues = specs
    total, n = respondents(), exporters()
    tb = sum(r[2] for r in DESTINATIONS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SEKIZAI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(SEKIZAI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の石材加工業の輸出の実態と課題を把握し、支援策に役立てるため"),
        ("調査対象", f"県内の石材加工事業所 {TARGET}事業所（全数）"),
        ("調査基準日", "令和６年８月１日"),
        ("調査方法", f"郵送及びウェブによるアンケート（{STONE_UNION}の協力による）"),
        ("回答数", f"{total}事業所（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
「石材加工事業所」とは、原石を切断し、研磨し、又は彫刻して製品をつくる事業所をいい、石材の採掘のみを行う事業所は含まない。「輸出事業所」とは、令和５年度中に自社の製品を直接又は商社を通じて輸出した事業所をいい、それ以外を「未輸出事業所」という。
""", 0)
    st += [P("２　輸出の状況と輸出先", H1)]
    st += paras(f"""
令和５年度に輸出した事業所は{total}事業所のうち{n}事業所（{pct1(n, total)}％）で、うち令和元年度以降に輸出を始めたのは{NEW_EXPORTERS}事業所である。従業員10人未満の事業所が{SMALL_FIRMS}事業所（{pct1(SMALL_FIRMS, total)}％）を占める。輸出額の合計は２億1,400万円で、米国向けが中国向けを上回り最も多い。
""", 0)
    st += [caption(dest.title, "（単位：万円）"), dest.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 増減は前年度との差で、「▲」は減少を示す。「その他」は、中東諸国、カナダ等である。",
    ])
    st += [P("３　主な製品別の状況", H1)]
    st += paras("""
輸出額は墓石・霊園用品が最も多く、輸出事業所の割合は石灯籠・庭園用品が最も高い。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 「主な製品」は、各事業所の売上高が最も多い製品による。「その他」は、石材の卸売を兼ねる事業所等である。",
    ])
    st += [P("４　事業所の事例", H1)]
    for i, (head, where, amount, idea, _row) in enumerate(STONE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", where), ("輸出額", amount), ("工夫していること", idea)], 1)
    st += [P("５　輸出に関する課題", H1)]
    st += paras("""
輸出事業所では「重量物の輸送費の高さ」が、未輸出事業所では「海外の取引先の開拓」が最も多く挙げられた。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答事業所（全体{total}事業所、輸出事業所{n}事業所、未輸出事業所{total - n}事業所）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "重量物を海外へ送る際の輸送費を、共同輸送などで下げる仕組みを作ってほしい。",
        "海外の展示会に、県内の石材加工事業所が共同で出展できる機会を増やしてほしい。",
        "若い職人を育てる研修の費用を支援してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {STONE_UNION}と連携し、海外向けの共同輸送の試行を令和７年度に行う。",
        "② 県の海外見本市支援事業に、石材製品の展示枠を設ける。",
        "③ 輸出先の規格と検査の情報を、品目ごとにまとめて提供する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SEKIZAI_DEPT} 調査班　電話：099-984-2130　ファクス：099-984-2139",
        f"{STONE_UNION}（調査の協力団体）　電話：099-984-2200",
        "電子メール：karatachi-sekizai@example.jp",
    ]))
    assert tb == sum(r[3] for r in PRODUCTS)
    return st


# ================================================================ document 3: HS-code advice desk, user guide
HSDESK = f"{PREF}関税分類（ＨＳコード）相談窓口"
HS_DEPT = f"{PREF} 商工労働部 国際経済課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
KINDS = [  # 見出し, 行う内容, 回答までの期間, 回答の形 (same labels in every sibling section)
    ("簡易相談", "商品の説明をもとに、ＨＳコードの候補とその考え方をお伝えします", "その場で回答（電話とオンラインでも受け付けます）",
     "口頭"),
    ("分類調査", "商品の資料や見本を確かめ、上６桁までの分類とその理由をまとめます", "受付日から10営業日以内",
     "分類意見書（和文）"),
    ("事前教示申請の支援", "税関に事前教示を求める照会書の作成を手伝い、提出までを支援します", "受付日から15営業日以内",
     "照会書の案と添付資料の一覧"),
]
FEES = [  # 相談の種類, 県内中小企業（円）, その他の事業者（円） (None: 「－」) (令和７年度)
    ("分類調査（１品目）", 5000, 10000),
    ("分類調査（至急、１品目）", 8000, 16000),
    ("事前教示申請の支援（１品目）", 12000, None),
    ("分類意見書の英訳（１通）", 3000, 5000),
    ("過去の分類の再確認（１品目）", 2000, 4000),
]
MEMBER_HALF = 5  # note ※３: 貿易協会の会員 pay half, up to five 品目 a fiscal year
COUNTS = [  # 品目の区分, 簡易相談, 分類調査, 事前教示申請の支援 (令和６年度)
    ("食品・飲料", 64, 21, 5), ("化学品・化粧品", 38, 17, 4), ("プラスチック・ゴム製品", 22, 9, 1),
    ("繊維・衣類", 19, 6, 1), ("石材・陶磁器・ガラス製品", 15, 7, 2), ("金属製品", 27, 12, 3),
    ("機械・電気機器", 46, 24, 6), ("雑貨・その他", 33, 8, 1),
]
PREV_YEAR = 317  # 令和５年度の相談件数 (prose only)
USERS = 158  # 令和６年度に利用した事業者 (prose only)
OPENED = "令和３年４月"  # 開設 (2021; printed only as 令和)


def hscode_specs():
    fees = TableSpec(
        key="fees", doc=HSCODE_PDF, title="相談の種類別の料金",
        header=[["相談の種類", "県内中小企業\n（円）", "その他の\n事業者（円）"]],
        rows=[[n, fw(a), cell(b)] for n, a, b in FEES],
        col_widths=[64 * mm, 38 * mm, 38 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in COUNTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in COUNTS)) for j in (1, 2, 3)]
                + [fw(sum(sum(r[1:]) for r in COUNTS))])
    counts = TableSpec(
        key="counts", doc=HSCODE_PDF, title="品目の区分別の相談件数",
        header=[["品目の区分", "簡易相談", "分類調査", "事前教示\n申請の支援", "計"]],
        rows=rows, col_widths=[52 * mm, 24 * mm, 24 * mm, 26 * mm, 22 * mm], unit="件", table_fy=2024,
    )
    return fees, counts


def hscode_story(specs):
    fees, counts = specs
    total = sum(sum(r[1:]) for r in COUNTS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HSDESK} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HS_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras("""
この窓口は、県内の事業者が輸出し、又は輸入しようとする商品について、関税分類（ＨＳコード）の考え方を助言するものです。輸出先の関税率や規制を調べる前に、まず商品の分類を確かめるためにご利用ください。
""", 0)
    st += lv_lines([
        ("窓口名", HSDESK),
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("開設", OPENED),
        ("所在地", f"{PREF[:-1]}市中央町（{PREF}貿易会館２階）"),
        ("受付時間", "平日９時から17時まで（12時から13時までを除く）"),
        ("相談員", "通関士の資格を持つ相談員３名"),
    ], 0)
    st += paras("""
この案内において「ＨＳコード」とは、国際的な条約に基づいて貿易される商品を分類する番号をいい、上６桁は各国に共通です。「１品目」とは、型番や色が異なっても、材質、用途及び構造が同じ商品をいいます。「事前教示」とは、輸出入の前に、貨物の関税分類について税関に照会し、その回答を受ける制度をいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [P("２　相談の種類", H1)]
    for i, (head, what, when, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("行う内容", what), ("回答までの期間", when), ("回答の形", how)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("簡易相談は無料です。分類調査等の料金は、利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 「－」は、その他の事業者は事前教示申請の支援を利用できないことを示します。",
        f"※３ {KYOKAI}の会員は、上表の料金の半額とします（年度内{fw(MEMBER_HALF)}品目まで）。",
        "※４ 至急の分類調査は、受付日から５営業日以内に回答します。",
    ])
    st += [P("４　相談から回答までの流れ", H1)]
    st += numbered([
        "① 予約（電話又はウェブの予約フォーム。簡易相談は予約がなくても受け付けます）",
        "② 資料の提出（商品の写真、仕様書、成分表等。分類調査では、必要に応じて見本をお預かりします）",
        "③ 受付の連絡（資料がそろった日を「受付日」としてお知らせします）",
        "④ 調査と回答（受付日から、回答までの期間を数えます）",
        "⑤ 料金の支払（回答に同封する請求書により、30日以内に銀行振込み）",
        "⑥ 見本の返却（回答の日から14日以内に、着払いで返送します）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{total}件で、前年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました。利用した事業者は{USERS}事業者です。品目の区分別では、食品・飲料が最も多くなっています。
""", 0)
    st += [caption(counts.title, "（令和６年度、単位：件）"), counts.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「雑貨・その他」は、木製品、紙製品、玩具、文具等です。１件の相談で複数の品目を扱った場合は、主な品目の区分に数えています。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "窓口の回答は参考意見であり、税関の判断を拘束するものではありません。確実を期す場合は、事前教示の制度をご利用ください。",
        "輸出先の国・地域での上７桁以降の分類は、各国の税関の判断によります。",
        "相談の内容と提出された資料は、相談以外の目的には使いません。",
        "成分表のない化学品は、分類調査をお受けできないことがあります。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HS_DEPT} 貿易支援班　電話：099-987-3610　ファクス：099-987-3619",
        f"{KYOKAI} 関税分類相談窓口（予約・申込み）　電話：099-987-3700",
        "電子メール：karatachi-hscode@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return igusa_specs() + sekizai_specs() + hscode_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    ispecs, sspecs, hspecs = igusa_specs(), sekizai_specs(), hscode_specs()
    idoc = build_pdf(docs_dir / IGUSA_PDF, ispecs, igusa_story(ispecs),
                     f"{IGUSA}交付要綱", "令和７年３月25日制定", IGUSA_DEPT)
    sdoc = build_pdf(docs_dir / SEKIZAI_PDF, sspecs, sekizai_story(sspecs),
                     f"令和６年度 {SEKIZAI} 報告書", "令和７年１月", SEKIZAI_DEPT)
    hdoc = build_pdf(docs_dir / HSCODE_PDF, hspecs, hscode_story(hspecs),
                     f"令和７年度 {HSDESK} 利用案内", "令和７年４月", HS_DEPT)
    gold = all_gold({IGUSA_PDF: idoc.row_pages, SEKIZAI_PDF: sdoc.row_pages, HSCODE_PDF: hdoc.row_pages})
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
    # --- igusa: the grant guideline, tables (a) (b) (c), articles, definitions, sibling sections, Q&A
    dict(question="い草製品のメーカーでつくっている協同組合が、海外の見本市に出展したいそうです。出展費の補助率は何％になりますか？",
         category="igusa", doc=IGUSA_PDF,
         evidence=["「組合等」とは、い草製品の製造業者が組織する協同組合", "海外見本市への出展費 50 60 500 1,000"],
         answer=["60"],
         notes="two facts: a makers' 協同組合 is a 組合等 (definition in 第２条２), so (a) two-level header, leaf "
               "補助率（％）／組合等; 50 (中小企業者) is the trap, 500 and 1,000 are the caps under the other group"),
    dict(question="従業員25人の畳表メーカーが、年に５回畳表を船で輸出する予定で、毎回くん蒸処理に10万円かかるそうです。１年間でくん蒸処理費の補助はいくらになりますか？",
         category="igusa", doc=IGUSA_PDF,
         evidence=["くん蒸処理費 50 60 40 240", "１回の船積み又は発送ごと"], answer=["20万円"], computed=True,
         notes="three facts: (a) 中小企業者 rate 50 % of 100千円 = 50千円 a shipment, above the leaf 上限額（千円）／１回当たり "
               "40 (per 船積み, note ※１), so 40 × 5 = 200千円 = 20万円, within 年度当たり 240; 25万円 (no per-shipment "
               "cap) and 240 are the traps"),
    dict(question="英語の商品ラベルを作る費用について、１回当たりの補助の上限額はいくらですか？",
         category="igusa", doc=IGUSA_PDF,
         evidence=["外国語ラベル・表示の作成費 50 60", "１回当たりの上限額を定めず"], answer=["上限額を定めず"],
         notes="(a) the 「－」 cell under 上限額（千円）／１回当たり, explained by note ※２ (no per-occasion cap, only the "
               "年度当たり 300); a number read from the neighbouring cells is the trap"),
    dict(question="協同組合として申請する場合、１年度に受けられる補助金は合計で最大いくらですか？",
         category="igusa", doc=IGUSA_PDF, evidence=["組合等にあっては250万円"], answer=["250万円"],
         notes="article 第５条 (repeated in note ※３ of the 別表): the firm cap is in 万円 while the 別表 is in 千円; "
               "150万円 (other firms) and the 年度当たり 1,000 of the trade-fair row are the traps"),
    dict(question="2022年度には、この補助金は何件に交付されましたか？",
         category="igusa", doc=IGUSA_PDF, evidence=["令和４年度 15 11 ２ 7,480"], answer=["11"],
         notes="(b) years as rows, header cells over two lines: 2022年度 = 令和４年度 (only 2020年度 is printed in "
               "Western form); column 交付件数（件）; 15 (申請件数) and ２ (うち組合等) are the traps"),
    dict(question="令和４年度から令和６年度までの３年間に交付された補助金は、合わせて何千円になりますか？",
         category="igusa", doc=IGUSA_PDF,
         evidence=["令和４年度 15 11 ２ 7,480", "令和５年度 19 14 ２ 9,870", "令和６年度 24 17 ３ 12,350"],
         answer=["29,700千円"], computed=True,
         notes="(b) sum over three year rows of column 交付額（千円）: 7,480 + 9,870 + 12,350 = 29,700千円 (no total row)"),
    dict(question="令和６年度の成果指標のうち、目標に対する達成度がいちばん低かったのはどの指標ですか？",
         category="igusa", doc=IGUSA_PDF, evidence=["海外の新規取引先数（社） 40 31 78"], answer=["新規取引先数"],
         notes="(c) KPI table, which row: the lowest 達成率（％） is 78 (new partners); 輸出額 at 92 also missed its "
               "target and is the trap; 実績 figures in different units cannot be compared directly"),
    dict(question="組合で申請した活用事例では、補助金はいくら交付されましたか？",
         category="igusa", doc=IGUSA_PDF, evidence=["（３）い草製品Ｃ協同組合", "補助金の額：1,180千円"],
         answer=["1,180千円"],
         notes="sibling sections （１）–（３） of （参考５） share the labels 輸出先, 活用した経費, 補助金の額; only the "
               "heading （３）い草製品Ｃ協同組合 says it is the 組合; 186千円 and 612千円 are the siblings' values"),
    dict(question="原料のい草の６割が県外産、４割が県内産という畳表を県内で織っています。この畳表は補助の対象になる製品ですか？",
         category="igusa", doc=IGUSA_PDF, evidence=["県内産のい草を原料の５割以上に用い"], answer=["５割以上"],
         notes="definition 「県産い草製品」 in 第２条 asked at its boundary: 4割 of 県内産 igusa is below 5割, so no "
               "(woven in the prefecture is not enough)"),
    dict(question="見本市に並べる商品を現地まで送る運賃は、サンプル送付費として申請していいですか？",
         category="igusa", doc=IGUSA_PDF, evidence=["海外見本市への出展費に含めて申請してください"],
         answer=["出展費に含めて"],
         notes="Q&A: Ａ of Ｑ１ (no: include it in the trade-fair costs); the サンプル送付費 row of the 別表 is the trap"),
    dict(question="輸出先の国で払う関税も、補助の対象に含めてもらえますか？",
         category="igusa", doc=IGUSA_PDF,
         evidence=["次に掲げる経費は、補助の対象としない", "輸出先の国・地域で課される関税その他の租税"],
         answer=["補助の対象としない"],
         notes="list of 第６条 (items 一–四): item 二 names the destination's 関税; a no"),
    # --- sekizai: the survey of stone-craft makers, tables (d) (e) (f), definitions, sibling sections, prose
    dict(question="石材加工業の調査では、対象の事業所のうちどのくらいの割合が回答しましたか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["回答数：186事業所（回答率60.0％）"], answer=["60.0"],
         notes="「label：value」 line 回答数 (186 of the 310 of 調査対象); 34.9 % (輸出事業所) is a near miss"),
    dict(question="石を切り出すだけで加工はしていない採石業者も、この調査の対象に入っていますか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["石材の採掘のみを行う事業所は含まない"], answer=["含まない"],
         notes="definition 「石材加工事業所」とは…石材の採掘のみを行う事業所は含まない (a no)"),
    dict(question="石臼など台所で使う石製品を主につくっている事業所の輸出額は、合わせていくらでしたか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["石臼・調理用石製品 12 ６ 1,180"], answer=["1,180"],
         notes="(e) continuation page (no header printed there): row 石臼・調理用石製品, column 輸出額（万円）; 12 "
               "(回答事業所数) and ６ (輸出事業所数) are the traps"),
    dict(question="石灯籠や庭園用品をつくっている事業所のうち、輸出しているのは何％ですか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["石灯籠・庭園用品 28 15 4,930"], answer=["53.6%"],
         computed=True,
         notes="(e) share within a row, the row just before the page break: 15 / 28 = 53.6 % (the prose only says it "
               "is the highest)"),
    dict(question="令和５年度、中国向けの輸出額は前の年度と比べてどれだけ減りましたか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["中国 5,380 4,120 ▲1,260"], answer=["1,260"],
         notes="(d) 増減 column with ▲ (note ※１): ▲1,260 万円 (unit only in the caption note （単位：万円）); 4,120 "
               "(the year's value) is the trap"),
    dict(question="2022年度の米国向けの石材製品の輸出額はいくらでしたか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["米国 3,870 5,230 1,360"], answer=["3,870"],
         notes="(d) fiscal years as columns: 2022年度 = 令和４年度 (the report prints no Western year); 5,230 "
               "(令和５年度) and 1,360 (増減) are the traps"),
    dict(question="令和５年度の輸出額全体のうち、欧州向けは何％を占めていますか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["欧州 2,340 3,410 1,070", "合計 18,770 21,400 2,630"],
         answer=["15.9%"], computed=True,
         notes="(d) share within a year column: 3,410 / 21,400 = 15.9 % (the prose gives the total as ２億1,400万円)"),
    dict(question="まだ輸出をしていない事業所で、職人の高齢化や人手不足を課題に挙げたのは何％ですか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["職人の高齢化・人手不足 40.3 40.0 40.5"], answer=["40.5"],
         notes="(f) unruled table, column 未輸出事業所 (defined in １ as the rest of 輸出事業所); 40.3 (全体) and 40.0 "
               "(輸出事業所) are close traps; unit only in the caption note （単位：％）"),
    dict(question="庭の灯籠をつくっている会社の事例では、輸送のためにどんな工夫をしていますか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["（１）庭園用品製造業Ｄ社", "石灯籠を分解できる設計にし"],
         answer=["分解できる設計"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 輸出額, 工夫していること; （１）庭園用品製造業Ｄ社 "
               "(庭の灯籠 = 石灯籠・庭園用品); the siblings' drawings and videos are the traps"),
    dict(question="輸出している石材加工事業所のうち、令和に入ってから輸出を始めたところはいくつありますか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["令和元年度以降に輸出を始めたのは23事業所"], answer=["23事業所"],
         notes="prose only (２): 23 of the 65 輸出事業所 began in or after 令和元年度; 65 and 134 (従業員10人未満) "
               "are the near misses"),
    # --- hscode: the HS-code advice desk guide, tables (g) (h), definitions, sibling sections, steps
    dict(question="税関に正式に分類を照会したいので、その書類づくりを手伝ってほしいという会社があります。回答までにどのくらいかかりますか？",
         category="hscode", doc=HSCODE_PDF, evidence=["（３）事前教示申請の支援", "回答までの期間：受付日から15営業日以内"],
         answer=["15営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 行う内容, 回答までの期間, 回答の形; （３）事前教示申請の支援 "
               "(a formal query to customs = 事前教示); 10営業日 (分類調査) and その場で (簡易相談) are the siblings' values"),
    dict(question="形は同じで色が５色あるマグカップの分類を調べてもらう場合、何品目として数えられますか？",
         category="hscode", doc=HSCODE_PDF, evidence=["「１品目」とは、型番や色が異なっても", "材質、用途及び構造が同じ商品"],
         answer=["１品目"],
         notes="definition 「１品目」 asked at its boundary: colours differ, material, use and structure are the same, "
               "so one 品目 (５品目 is the trap)"),
    dict(question="枳県貿易協会の会員になっている県内の中小企業が、事前教示申請の支援を１品目頼むと、料金はいくらですか？",
         category="hscode", doc=HSCODE_PDF, evidence=["事前教示申請の支援（１品目） 12,000", "上表の料金の半額とします"],
         answer=["6,000円"], computed=True,
         notes="two facts: (g) row 事前教示申請の支援（１品目）, column 県内中小企業（円） 12,000, halved for members by "
               "note ※３: 6,000円; 12,000 is the trap"),
    dict(question="資本金10億円、従業員800人の県内の大手メーカーも、事前教示申請の支援を頼めますか？",
         category="hscode", doc=HSCODE_PDF, evidence=["その他の事業者は事前教示申請の支援を利用できない"],
         answer=["利用できない"],
         notes="two notes: a large firm is no 県内中小企業 (note ※１), so (g) column その他の事業者（円）, whose cell is "
               "「－」, which note ※２ explains: it cannot use the service; 12,000 is the trap"),
    dict(question="県内の中小企業が、至急で分類調査を頼み、分類意見書の英訳も付けてもらうと、料金は合わせていくらですか？",
         category="hscode", doc=HSCODE_PDF,
         evidence=["分類調査（至急、１品目） 8,000 16,000", "分類意見書の英訳（１通） 3,000 5,000"],
         answer=["11,000円"], computed=True,
         notes="(g) sum in the column 県内中小企業（円）: 8,000 + 3,000 = 11,000円; 5,000 + 3,000 (not urgent) and the "
               "その他の事業者 column are the traps"),
    dict(question="2024年度、機械や電気機器についての相談は全部で何件ありましたか？",
         category="hscode", doc=HSCODE_PDF, evidence=["機械・電気機器 46 24 ６ 76"], answer=["76"],
         notes="(h) total column on the right: row 機械・電気機器, column 計; 2024年度 = 令和６年度 (the guide prints no "
               "Western year); 46 (簡易相談) is the trap"),
    dict(question="分類調査の料金は、申し込むときに前払いしなければなりませんか？",
         category="hscode", doc=HSCODE_PDF, evidence=["回答に同封する請求書により、30日以内に銀行振込み"],
         answer=["回答に同封する請求書"],
         notes="numbered procedure step ⑤ of ４: paid after the reply, on the invoice sent with it (a no)"),
    dict(question="この相談窓口が開設されたのは、西暦で何年ですか？",
         category="hscode", doc=HSCODE_PDF, evidence=["開設：令和３年４月"], answer=["2021年"], computed=True,
         notes="「label：value」 line 開設 令和３年４月, era to Western year: 2018 + 3 = 2021 (no Western year printed)"),
    # --- followups
    dict(question="その経費の、年度当たりの上限額はいくらですか？",
         category="followup", doc=IGUSA_PDF, evidence=["海外見本市への出展費 50 60 500 1,000"], answer=["1,000"],
         history=_turns("海外の見本市に出展する費用は、中小企業者だと補助率は何％ですか？",
                        "中小企業者の補助率は50％です[1]。"),
         notes="(a) the row from the history (海外見本市への出展費), leaf 上限額（千円）／年度当たり; 500 (１回当たり) is the trap"),
    dict(question="その年度に、組合等へ交付したのは何件でしたか？",
         category="followup", doc=IGUSA_PDF, evidence=["令和５年度 19 14 ２ 9,870"], answer=["２"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は19件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column うち組合等（件） printed over two lines"),
    dict(question="そのうち、輸出している事業所の割合は何％ですか？",
         category="followup", doc=SEKIZAI_PDF, evidence=["墓石・霊園用品 52 14 6,820"], answer=["26.9%"], computed=True,
         history=_turns("墓石を主につくっている事業所は、いくつ回答しましたか？",
                        "墓石・霊園用品の事業所は52事業所が回答しました[1]。"),
         notes="(e) the row from the history, first row before the page break: 14 / 52 = 26.9 %"),
    dict(question="そこに予約を入れたいので、電話番号を教えてください。",
         category="followup", doc=HSCODE_PDF, evidence=["関税分類相談窓口（予約・申込み） 電話：099-987-3700"],
         answer=["099-987-3700"],
         history=_turns("ＨＳコードの相談窓口は、どこが運営しているのですか？",
                        "一般社団法人枳県貿易協会が、県からの委託を受けて運営しています[1]。"),
         notes="contact box of the guide: the 協会's phone (second line); the 班's phone 099-987-3610 and fax "
               "099-987-3619 (first line) are the near misses"),
    dict(question="その区分の分類調査は何件でしたか？",
         category="followup", doc=HSCODE_PDF, evidence=["石材・陶磁器・ガラス製品 15 ７ ２ 24"], answer=["７"],
         history=_turns("令和６年度、石材・陶磁器・ガラス製品についての簡易相談は何件でしたか？",
                        "石材・陶磁器・ガラス製品の簡易相談は15件でした[1]。"),
         notes="(h) the row from the history, column 分類調査; 24 (計) and ２ (事前教示申請の支援) are the traps"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使って海外の見本市に出た事業者の、成約額は合計でどのくらいになっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the business meetings at trade fairs (商談件数) and new partners, not the value of "
               "deals closed", absent=["成約"]),
    dict(question="不採択になった事業者が翌年度に申請し直すと、優先して採択してもらえるのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="a rule never stated: the guideline gives the applications and grants by year, nothing on a priority "
               "for those turned down", absent=["不採択", "優先"]),
    dict(question="輸出している石材加工事業所の、従業員数の平均は何人ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives only the count of respondents with fewer than 10 employees (134), no average",
         absent=["従業員数の平均", "平均従業員数", "平均の従業員"]),
    dict(question="石材製品のインド向けの輸出額は、令和５年度にいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="a class not printed: (d) has no India row and note ※１ names only 中東諸国、カナダ等 under その他",
         absent=["インド"]),
    dict(question="令和５年度に、食品・飲料についての相談は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="a year not printed by class: the guide gives only the previous year's total (317件) and the classes of "
               "令和６年度", absent=["令和５年度の食品", "前年度の内訳"]),
    dict(question="2024年度、窓口に来ないで電話やオンラインで受けた相談は何件でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="a class not printed: the consultations are counted by kind and product class, not by channel",
         absent=["来所", "電話による相談", "オンラインによる相談"]),
]
CATEGORY_COUNTS = {"igusa": 11, "sekizai": 10, "hscode": 8, "followup": 5, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h94q", "h94t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "補助対象経費別の補助率と上限額", "交付の実績", "成果指標の目標と実績",
    "輸出先別の輸出額", "主な製品別の回答事業所と輸出の状況", "輸出に関する課題（複数回答）",
    "相談の種類別の料金", "品目の区分別の相談件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))
GOLD_PER_TABLE = {A: 19, B: 20, C: 12, D: 27, E: 30, F: 18, G: 9, H: 36}
DASH_CELLS = {(A, "外国語ラベル・表示の作成費", "上限額（千円）／１回当たり"),
              (G, "事前教示申請の支援（１品目）", "その他の事業者（円）")}
TWO_LINE_TABLES = (B, E, G, H)  # tables with header cells printed over two lines


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _man_from_sen(sen: int) -> str:
    """千円 -> 万円 (whole)."""
    assert sen % 10 == 0
    return f"{sen // 10}万円"


def _fumigation(g) -> str:
    rate = g(A, "くん蒸処理費", "補助率（％）／中小企業者", 2025)
    cap1 = g(A, "くん蒸処理費", "上限額（千円）／１回当たり", 2025)
    capy = g(A, "くん蒸処理費", "上限額（千円）／年度当たり", 2025)
    per = min(100 * rate // 100, cap1)  # 10万円 = 100千円 a shipment
    return _man_from_sen(min(per * 5, capy))


COMPUTED = {  # question id -> the answer string, computed from gold cells (or prose data where the notes say so)
    "h94q02": _fumigation,
    "h94q06": lambda g: f"{sum(g(B, era(y), '交付額（千円）', y) for y in (2022, 2023, 2024)):,}千円",
    "h94q15": lambda g: _pct(g(E, "石灯籠・庭園用品", "輸出事業所数（所）", 2023), g(E, "石灯籠・庭園用品", "回答事業所数（所）", 2023)),
    "h94q18": lambda g: _pct(g(D, "欧州", "令和５年度", 2023), g(D, "合計", "令和５年度", 2023)),
    "h94q24": lambda g: f"{g(G, '事前教示申請の支援（１品目）', '県内中小企業（円）', 2025) // 2:,}円",
    "h94q26": lambda g: f"{g(G, '分類調査（至急、１品目）', '県内中小企業（円）', 2025) + g(G, '分類意見書の英訳（１通）', '県内中小企業（円）', 2025):,}円",
    "h94q29": lambda g: f"{era_year('令和', '3')}年",
    "h94q32": lambda g: _pct(g(E, "墓石・霊園用品", "輸出事業所数（所）", 2023), g(E, "墓石・霊園用品", "回答事業所数（所）", 2023)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {IGUSA_PDF: (2, 3), SEKIZAI_PDF: (2, 3), HSCODE_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
N_QUESTIONS, N_UNANSWERABLE = 40, 6
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
BEFORE_BREAK_ROWS = ("墓石・霊園用品",)  # rows of (e) expected before the page break
CONTINUED_ROWS = ("石臼・調理用石製品", "その他", "合計")  # and after it


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
        if b"FontFile" in f.read_bytes():
            errors.append(f"{f.name} embeds a font; the CID fonts should only be referenced")
    questions, gold = read_jsonl(out / "questions.jsonl"), read_jsonl(out / "tables.jsonl")
    if questions != expected_questions():
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout94.py")
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
    if len(questions) != N_QUESTIONS:
        errors.append(f"{len(questions)} questions, expected {N_QUESTIONS}")
    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        errors.append("question ids are not unique")
    if sum(q.get("category") == "unanswerable" for q in questions) != N_UNANSWERABLE:
        errors.append(f"expected {N_UNANSWERABLE} unanswerable questions")
    for i, q in enumerate(questions, 1):
        qid = q.get("id")
        if qid != f"{PREFIX_Q}{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected {PREFIX_Q}{i:02d}")
        keys = set(q) - {"computed", "history"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        if not q["notes"] or "\n" in q["notes"]:
            errors.append(f"{qid}: notes should be one line")
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup without a history")
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups may have a history")
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
        if not 1 <= len(q["evidence"]) <= 3 or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs 1-3 evidence strings and answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed (3+ characters)
            for a in q["answer"]:
                bare = re.sub(r"(%|万円|千円|円|件|人|年)$", "", nfkc(a))
                if len(bare) >= 3 and re.search(r"(?<![\d,.])" + re.escape(bare) + r"(?![\d])", doc_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    western_on_era = [q["id"] for q in questions if q["doc"] and re.search(r"20\d\d年度", q["question"])
                      and not any(f"{y}年度" in doc_text[q["doc"]] for y in re.findall(r"(20\d\d)年度", q["question"]))]
    if len(western_on_era) < 3:
        errors.append(f"only {western_on_era} ask by a Western fiscal year the document prints only as 令和")
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"] and q["category"] != "followup")
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions outside the followups, expected at least {TABLE_QUESTIONS}")
    for t in LETTERS:  # every table is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
            errors.append(f"no question on table {t}")
    n_fu = sum(q["category"] == "followup" for q in questions)
    if not 5 <= n_fu <= 6:
        errors.append(f"{n_fu} follow-ups, expected 5-6")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE}")
    # the 「－」 cells the questions ask about are no gold cells
    dash_gold = [g for g in gold if (g["table"], g["row"], g["column"]) in DASH_CELLS]
    if dash_gold:
        errors.append(f"「－」 cells recorded as gold: {[g['id'] for g in dash_gold]}")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    errors += check_against_expected(gold, all_gold(defaultdict(lambda: defaultdict(lambda: {0}))), "make_heldout94.py")
    per_table = defaultdict(int)
    for g in gold:
        per_table[g["table"]] += 1
    if dict(per_table) != GOLD_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {GOLD_PER_TABLE}")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    ids = [g.get("id") for g in gold]
    if len(set(ids)) != len(ids):
        errors.append("gold ids are not unique")
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if g["value"] == DASH or DASH in g["value"]:
            errors.append(f"{g['id']}: a 「－」 cell is no gold cell")
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
        for part in g["column"].split(GROUP_SEP):
            if norm(part) not in page_text(g["doc"], min(table_pages[g["table"]])):
                errors.append(f"{g['id']}: column {part!r} not on the first page of its table")
        if norm(g["table"]) not in doc_text[g["doc"]]:
            errors.append(f"{g['id']}: table title not in text")
        # the value is printed in its row, at its column's place
        i_row = next(k for k in range(len(spec.rows)) if spec.row_label(k) == g["row"])
        c = next(c for c in spec.value_cols if spec.column_label(c) == g["column"])
        if spec.rows[i_row][c] != g["value"]:
            errors.append(f"{g['id']}: the value is not the one printed in its row and column")
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

    # (a): 組合等 at least the rate of 中小企業者; 年度当たり at least １回当たり; within the firm caps of 第５条
    for row, r in t[A].items():
        if r["補助率（％）／組合等"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 組合等 below 中小企業者")
        once = r.get("上限額（千円）／１回当たり")
        if once is not None and once > r["上限額（千円）／年度当たり"]:
            errors.append(f"{A} / {row}: １回当たり above 年度当たり")
        if r["上限額（千円）／年度当たり"] > FIRM_CAP * 10:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第５条")
    # (b): growing applications and grants; 組合等 <= grants <= applications; amounts within the caps
    b = t[B]
    for col in ("申請件数（件）", "交付件数（件）", "交付額（千円）"):
        ns = [r[col] for r in b.values()]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    for row, r in b.items():
        k, n = r["うち組合等（件）"], r["交付件数（件）"]
        if not k <= n <= r["申請件数（件）"] \
                or r["交付額（千円）"] > (n - k) * FIRM_CAP * 10 + k * FIRM_CAP_KUMIAI * 10:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): 達成率 = 実績 / 目標, whole per cent, half up (note ※５)
    for row, r in t[C].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    # (d): 合計 adds up; 増減 = 令和５年度 - 令和４年度; its 合計 equals (e)'s 輸出額
    d = t[D]
    adds_up(D, ("令和４年度", "令和５年度", "増減"))
    for row, r in d.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{D} / {row}: 増減 is not the difference")
    e = t[E]
    adds_up(E, ("回答事業所数（所）", "輸出事業所数（所）", "輸出額（万円）"))
    if d["合計"]["令和５年度"] != e["合計"]["輸出額（万円）"]:
        errors.append(f"{D}: 令和５年度 合計 differs from {E}")
    if any(r["輸出事業所数（所）"] > r["回答事業所数（所）"] for r in e.values()):
        errors.append(f"{E}: more exporters than respondents")
    # (f): the per cents come from the counts; the ｎ from (e)
    n_all, n_e = e["合計"]["回答事業所数（所）"], e["合計"]["輸出事業所数（所）"]
    for name, a, bb in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_e), pct1(bb, n_all - n_e))
        if tuple(Decimal(str(r[k])) for k in ("全体", "輸出事業所", "未輸出事業所")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
        if a > n_e or bb > n_all - n_e:
            errors.append(f"{F} / {name}: more answers than firms")
    # (g): その他の事業者 pays more than 県内中小企業
    for row, r in t[G].items():
        if "その他の事業者（円）" in r and r["その他の事業者（円）"] <= r["県内中小企業（円）"]:
            errors.append(f"{G} / {row}: その他の事業者 not above 県内中小企業")
    # (h): 合計 adds up; every 計 is its row's sum
    h_cols = ("簡易相談", "分類調査", "事前教示申請の支援")
    adds_up(H, h_cols + ("計",))
    for row, r in t[H].items():
        if r["計"] != sum(r[k] for k in h_cols):
            errors.append(f"{H} / {row}: 計 is not the sum of its row")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    by_title = {s.title: s for s in specs.values()}
    # (e): split by a page break, header printed on the first page only
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SEKIZAI_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 1 <= len(first) <= 4:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 1-4")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        cont_page = pages[SEKIZAI_PDF][bp[1] - 1]
        if norm("売上高が最も多い製品による") not in norm(cont_page):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
        # the continuation starts right after the running header, with a data row, not a header cell
        body = [x.strip() for x in cont_page.splitlines() if x.strip()][4:]
        if not body or body[0] == prod.header[0][0] or body[0] not in {prod.row_label(i) for i in range(len(prod.rows))}:
            errors.append(f"{E}: the continuation page should start with a data row, got {body[:1]}")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with different leaves under the two groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／組合等", "上限額（千円）／１回当たり", "上限額（千円）／年度当たり"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # the 「－」 cells: exactly where planned, never gold, printed in their rows
    dashes = set()
    for spec in specs.values():
        dashes |= {(spec.title, r, c) for r, c in spec.dash_cells()}
    if dashes != DASH_CELLS:
        errors.append(f"「－」 cells {sorted(dashes)}, expected {sorted(DASH_CELLS)}")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # two-line header cells really printed over two lines (consecutive lines of the extracted text)
    for title in TWO_LINE_TABLES:
        spec = by_title[title]
        page = min(g["page"] for g in gold if g["table"] == title)
        lines = [x.strip() for x in pages[spec.doc][page - 1].splitlines()]
        pairs = set(zip(lines, lines[1:]))
        two = [h for hrow in spec.header for h in hrow if "\n" in h]
        if not two:
            errors.append(f"{title}: expected header cells over two lines")
        for h in two:
            a, b2 = h.split("\n")
            if (a, b2) not in pairs:
                errors.append(f"{title}: header {h!r} is not printed over two lines")
    # (c): KPI columns; units from the row labels, % for 達成率
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in cg) \
            or len({g["unit"] for g in cg if g["column"] == "目標"}) != len(KPIS):
        errors.append(f"{C}: expected a KPI table 目標 / 実績 / 達成率 with each row's unit in its label")
    # (d): ▲ exactly on the negative numbers; 増減 with a range; unit from the caption note
    dg = [g for g in gold if g["table"] == D]
    if not any(g["value"].startswith(DECREASE) for g in dg) \
            or any(g["value"].startswith(DECREASE) != (g["number"] < 0) for g in dg):
        errors.append(f"{D}: ▲ should mark exactly the decreases")
    if any((g["column"] == "増減") != (g["fiscal_year_range"] == [2022, 2023]) for g in dg) \
            or any(g["fiscal_year_range"] is not None for g in gold if g["table"] != D):
        errors.append(f"{D}: only its 増減 cells should carry the range [2022, 2023]")
    if {g["unit"] for g in dg} != {"万円"} or norm("（単位：万円）") not in norm("\n".join(pages[SEKIZAI_PDF])):
        errors.append(f"{D}: the unit should come from the caption note")
    # (h): a total column 計 on the right, within 令和６年度
    hg = [g for g in gold if g["table"] == H]
    if list(dict.fromkeys(g["column"] for g in hg))[-1] != "計" or {g["fiscal_year"] for g in hg} != {2024}:
        errors.append(f"{H}: expected a 計 column on the right, all in 2024")
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

    def contacts(doc, want, mails, what):
        text = norm("\n".join(pages[doc]))
        got = re.findall(PHONE_RE, text)
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
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the grant guideline
    it = norm("\n".join(pages[IGUSA_PDF]))
    siblings(it, IGUSA_PDF, ("輸出先：", "活用した経費：", "補助金の額："), [c[0] for c in IGUSA_CASES])
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち組合等{fw(last[3])}件）") not in it:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    kpi_ok = {n: a >= t for n, t, a in KPIS}
    if [kpi_ok[n] for n, *_x in KPIS] != [False, True, True, False]:
        errors.append("guideline: 「事業者数と商談件数が目標を上回ったが、輸出額と新規取引先数は届かなかった」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, _where, _what, amount, items in IGUSA_CASES:
        kumiai = "組合" in head
        fairs = int(nfkc(re.search(r"（([０-９])見本市）", _what).group(1))) if "見本市" in _what else 0
        cap = 0
        for x in items:
            r = rates[x]
            cap += min(r[4], r[3] * fairs) if x == "海外見本市への出展費" else r[4]
        yen = int(nfkc(amount).rstrip("千円").replace(",", ""))
        if yen > min(cap, (FIRM_CAP_KUMIAI if kumiai else FIRM_CAP) * 10):
            errors.append(f"guideline: case {head} exceeds its caps")
    if re.findall(r"20\d\d年", it) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(it, ("県産い草製品", "組合等", "植物検疫証明書等"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in it:
            errors.append(f"guideline: the cost not covered {x} is missing")
    if [f"第{fw(i)}条" for i in range(1, 9) if norm(f"第{fw(i)}条") in it] != [f"第{fw(i)}条" for i in range(1, 9)]:
        errors.append("guideline: articles 第１条–第８条 expected")
    raw = "\n".join(pages[IGUSA_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 2 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 2:
        errors.append("guideline: expected two Ｑ lines and two Ａ lines")
    steps_of(IGUSA_PDF, "①②③④⑤⑥⑦", "guideline")
    bullets_in(IGUSA_PDF, 0, "guideline")
    contacts(IGUSA_PDF, ["099-981-4410", "099-981-4419", "099-981-4500"], ["karatachi-igusa@example.jp"], "guideline")

    # ---- the survey
    sk = norm("\n".join(pages[SEKIZAI_PDF]))
    siblings(sk, SEKIZAI_PDF, ("主な輸出先：", "輸出額：", "工夫していること："), [c[0] for c in STONE_CASES])
    total, n = respondents(), exporters()
    if norm(f"{total}事業所（回答率{pct1(total, TARGET)}％）") not in sk \
            or norm(f"{total}事業所のうち{n}事業所（{pct1(n, total)}％）") not in sk \
            or norm(f"{SMALL_FIRMS}事業所（{pct1(SMALL_FIRMS, total)}％）") not in sk \
            or not NEW_EXPORTERS < n or not SMALL_FIRMS < total:
        errors.append("survey: the response and export figures in the prose differ from the data")
    tb = sum(r[2] for r in DESTINATIONS)
    if tb != 21400 or norm("２億1,400万円") not in sk or tb <= sum(r[1] for r in DESTINATIONS):
        errors.append("survey: 「輸出額の合計は２億1,400万円」 does not hold")
    top5 = max(DESTINATIONS, key=lambda r: r[2])
    us, cn = next(r for r in DESTINATIONS if r[0] == "米国"), next(r for r in DESTINATIONS if r[0] == "中国")
    if top5[0] != "米国" or not us[2] > cn[2] or not us[1] < cn[1]:
        errors.append("survey: 「米国向けが中国向けを上回り最も多い」 does not hold")
    if max(PRODUCTS, key=lambda r: r[3])[0] != "墓石・霊園用品" \
            or max(PRODUCTS, key=lambda r: r[2] / r[1])[0] != "石灯籠・庭園用品":
        errors.append("survey: the product ranking in the prose does not hold")
    for head, _w, amount, _i, row in STONE_CASES:
        if int(re.sub(r"\D", "", nfkc(amount))) > next(r[3] for r in PRODUCTS if r[0] == row):
            errors.append(f"survey: case {head} exports more than its product row")
    n_non = total - n
    if max(ISSUES, key=lambda r: r[1])[0] != "重量物の輸送費の高さ" or max(ISSUES, key=lambda r: r[2])[0] != "海外の取引先の開拓":
        errors.append("survey: the tops of (f) in the prose do not hold")
    if norm(f"未輸出事業所{n_non}事業所") not in sk:
        errors.append("survey: the ｎ of note ※３ differs")
    if re.findall(r"20\d\d年", sk):
        errors.append("survey: no Western year should be printed")
    defs(sk, ("石材加工事業所", "輸出事業所"), "survey")
    if norm("それ以外を「未輸出事業所」という") not in sk:
        errors.append("survey: 未輸出事業所 should be defined as the rest")
    bullets_in(SEKIZAI_PDF, 3, "survey")
    steps_of(SEKIZAI_PDF, "①②③④", "survey")
    contacts(SEKIZAI_PDF, ["099-984-2130", "099-984-2139", "099-984-2200"], ["karatachi-sekizai@example.jp"], "survey")

    # ---- the desk guide
    hs = norm("\n".join(pages[HSCODE_PDF]))
    siblings(hs, HSCODE_PDF, ("行う内容：", "回答までの期間：", "回答の形："), [k[0] for k in KINDS])
    tot = sum(sum(r[1:]) for r in COUNTS)
    if norm(f"相談件数は{tot}件で、前年度の{PREV_YEAR}件から{tot - PREV_YEAR}件増えました") not in hs or USERS > tot:
        errors.append("guide: the use figures in the prose differ from (h)")
    if max(COUNTS, key=lambda r: sum(r[1:]))[0] != "食品・飲料":
        errors.append("guide: 「食品・飲料が最も多く」 does not hold")
    if re.findall(r"20\d\d年", hs):
        errors.append("guide: no Western year should be printed")
    defs(hs, ("ＨＳコード", "１品目", "事前教示", "営業日"), "guide")
    bullets_in(HSCODE_PDF, 4, "guide")
    steps_of(HSCODE_PDF, "①②③④⑤⑥", "guide")
    contacts(HSCODE_PDF, ["099-987-3610", "099-987-3619", "099-987-3700"], ["karatachi-hscode@example.jp"], "guide")

    # every phone number is fictional (099-98x-xxxx), every mail address under example.jp, the prefecture 枳県 only
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,5}-\d{1,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 099-98x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or FORBIDDEN_PREF in text:
            errors.append(f"{name}: the prefecture should be {PREF} only")
        if len(re.findall(r"電話[:：]", text)) != 2 or len(re.findall(PHONE_RE, text)) != 3:
            errors.append(f"{name}: expected two phone numbers and one fax in its contact box")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
