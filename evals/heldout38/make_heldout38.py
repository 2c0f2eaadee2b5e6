"""Build the 栂県 held-out set 38: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (栂県 and every town, scheme, trade fair, organisation, phone
number, address and figure). The documents are in three genres the earlier sets do not use: a
call for exhibitors (出展者募集要項) for the prefecture's joint booth at two overseas trade fairs
(海外見本市共同出展事業) with a two-level header of the exhibitors' fees (the two fairs as groups,
the same two exhibitor types as leaves), a yearly record (years as rows) and the results by
product field; an administrative evaluation sheet (事務事業評価シート) of a programme helping
manufacturers sell abroad (ものづくり企業海外販路開拓支援事業) with its indicators' targets and
results (fiscal years as header groups over 目標／実績, a unit per row in a 単位 column), the
programme's cost by year (years as rows) and an unruled table of the business meetings by
country; and a five-year report on the foreign delegations the prefecture received
(海外からの視察団の受入状況報告書) with the delegations by country (subtotal rows, a per-cent column
beside the counts, continued over a page break without its header) and by field (fiscal years as
columns and a five-year total column on the right); see README.md beside this file.

    python make_heldout38.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout35/make_heldout35.py; the shared helpers are in ../docgen.py (unchanged). The gold
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

SHUTTEN_PDF = "tsuga_kaigai_mihonichi_shuttensha_boshu_r7.pdf"
HYOKA_PDF = "tsuga_kaigai_hanro_jigyo_hyoka_sheet_r6.pdf"
SHISATSU_PDF = "tsuga_kaigai_shisatsudan_ukeire_hokoku_r2_r6.pdf"
ALL_PDFS = (SHUTTEN_PDF, HYOKA_PDF, SHISATSU_PDF)

UNITS = ("千円", "万円", "件", "人", "社", "回", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-40\d-\d{4}"  # every phone and fax number of the set: 099-40x-xxxx
MAIL_DOMAIN = "@example.jp"
FIVE_YEARS = [2020, 2024]  # 令和２年度～令和６年度, the period of the delegation report


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
    """(number, unit) as printed after NFKC; (None, None) for text."""
    return docgen.parse_number(nfkc(value).strip(), UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (出展社数（社） -> 社), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional fiscal-year
    ranges (for a whole table or for one column) and a unit per row read from a 単位 column."""

    col_range: dict = {}  # column -> [first, last] Western fiscal years
    table_range: list | None = None

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
            number, cell_unit = parse_number(value)
            unit = cell_unit or spec.cell_unit(r, c)
            row_label = label(r[spec.label_col])
            rng = spec.col_range.get(c) or spec.table_range
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


PREF = "栂県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break


def reiwa(y: int) -> str:
    return f"令和{fw(y - 2018)}年度"


# ================================================================ document 1: trade fairs, call for exhibitors
SHUTTEN = f"{PREF}海外見本市共同出展事業"
SHUTTEN_DEPT = f"{PREF} 産業労働部 国際ビジネス課"
KYOKAI = f"公益財団法人{PREF}貿易振興協会"
FAIRS = ("香港ライフスタイル見本市", "シアトル・ギフトショー")
FEES = [  # 出展区分; 香港会場（万円）: 県内中小企業, その他の県内企業; シアトル会場（万円）: 同 (令和７年度)
    ("単独小間", 15, 30, 20, 40), ("共同小間", 8, 16, 11, 22),
    ("委託展示", 3, 6, 4, 8), ("追加小間（１小間当たり）", 20, 35, 25, 45),
]
RECORD = [  # 年度, 出展社数, 商談件数, 成約件数, 成約額（万円）
    (2020, 6, 48, 5, 320), (2021, 9, 85, 9, 610), (2022, 13, 176, 18, 1240),
    (2023, 16, 248, 27, 1905), (2024, 19, 301, 33, 2460),
]
FIELDS = [  # 分野, 出展社数, 商談件数, 成約件数 (令和６年度)
    ("食品・飲料", 5, 92, 12), ("酒類", 3, 41, 6), ("生活雑貨", 6, 88, 7),
    ("工芸品", 4, 64, 6), ("繊維製品", 1, 16, 2),
]
CASES = [  # 見出し, 出展した見本市, 商談件数, 成約の内容 (same labels in every sibling section); field
    ("菓子製造業Ａ社（栂市）", f"{FAIRS[0]}（単独小間）", "24件", "香港の輸入商社と年間約600万円の取引を開始", "食品・飲料"),
    ("漆器製造業Ｂ社（奥栂町）", f"{FAIRS[1]}（共同小間）", "15件", "米国の雑貨店チェーン２社で試験販売", "工芸品"),
    ("織物製造業Ｃ社（汐浜市）", f"{FAIRS[0]}（委託展示）", "９件", "香港のセレクトショップから初回の注文", "繊維製品"),
]
PREF_PAYS = [  # 県が負担する経費
    "小間の借上げ料及び基本装飾費",
    "通訳（１小間に１人）",
    "展示する商品の輸送費（往路、２箱まで）",
    "現地の業界誌への広告と、バイヤーへの招待状の送付",
]


def shutten_specs():
    fees = TableSpec(
        key="fees", doc=SHUTTEN_PDF, title="出展区分別の出展負担金",
        header=[["出展区分", "香港会場（万円）", "", "シアトル会場（万円）", ""],
                ["", "県内中小企業", "その他の県内企業", "県内中小企業", "その他の県内企業"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in FEES],
        col_widths=[46 * mm, 28 * mm, 30 * mm, 28 * mm, 30 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=SHUTTEN_PDF, title="年度別の出展実績",
        header=[["年度", "出展社数（社）", "商談件数（件）", "成約件数（件）", "成約額（万円）"]],
        rows=[[reiwa(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in FIELDS]
    rows.append(["合計"] + [fw(sum(r[j] for r in FIELDS)) for j in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=SHUTTEN_PDF, title="商品分野別の出展結果",
        header=[["分野", "出展社数（社）", "商談件数（件）", "成約件数（件）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2024,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    return fees, record, fields


def shutten_story(specs):
    fees, record, fields = specs
    firms, deals = sum(r[1] for r in RECORD), sum(r[3] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{PREF} 海外見本市 共同出展者募集要項", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(SHUTTEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　趣旨", H1)]
    st += paras(f"""
県は、県内企業の海外での販路開拓を支援するため、海外の見本市に「栂県ブース」を設け、共同で出展する企業を募集します。この事業を始めた令和２年度（2020年度）から令和６年度までの５年間に、延べ{firms}社が出展し、{deals}件の成約に結び付きました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("事業名", SHUTTEN),
        ("出展する見本市", f"{FAIRS[0]}（香港、令和７年10月22日から25日まで）、{FAIRS[1]}（米国シアトル、令和８年２月３日から６日まで）"),
        ("募集社数", "香港会場12社、シアトル会場８社（いずれも選考により決定）"),
        ("申込資格", "県内に本社又は主たる事業所を置き、自社の商品を輸出しようとする企業（個人事業主を含む。）"),
        ("募集期間", "令和７年６月９日から７月18日まで"),
    ], 0)
    st += paras("""
この要項において「県内中小企業」とは、県内に本社又は主たる事業所を置き、常時使用する従業員の数が300人（卸売業は100人、小売業及びサービス業は50人）以下の企業をいいます。「共同小間」とは、１小間（間口３メートル、奥行３メートル）を２社で分けて使う出展の形をいい、「委託展示」とは、出展者が現地に行かず、県の職員と運営事務局が商品の展示と商談の取次ぎを行う形をいいます。
""", 0)
    st += [P("３　出展区分と出展負担金", H1)]
    st += paras("出展者は、出展区分と企業の規模に応じて、次の出展負担金を県に納めます。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他の県内企業」の欄は、県内中小企業以外の県内企業に適用します。",
        "※２ 追加小間は、単独小間で出展する企業が２小間以上を使う場合の、２小間目からの負担金です。",
    ])
    st += paras("次の経費は県が負担します。渡航費、宿泊費及び３箱目からの商品の輸送費は、出展者の負担となります。", 0)
    st += bullets(PREF_PAYS, 0)
    st += [P("４　選考と出展までの流れ", H1)]
    st += numbered([
        "① 申込み（募集期間内に、申込書と商品の写真を電子メールで提出）",
        "② 書類選考（令和７年７月下旬。海外での販売の見込み、商品の独自性、輸出の体制を審査）",
        "③ 選考結果の通知（令和７年８月８日まで）",
        "④ 出展負担金の納付（通知の日から30日以内）",
        "⑤ 事前説明会（香港会場は令和７年８月下旬、シアトル会場は同年11月中旬）",
        "⑥ 展示商品の発送（会期の初日の６週間前まで）",
        "⑦ 出展と商談、成果の報告（会期の終了から１か月以内に成果報告書を提出）",
    ], 0)
    st += paras("申込みが募集社数を超えた場合は、その見本市に初めて出展する企業を優先して選考します。", 0)
    st += [P("５　これまでの出展実績", H1)]
    st += paras(f"""
出展社数は毎年増えており、令和６年度は{last[1]}社が出展して{last[2]}件の商談を行い、{last[3]}件が成約しました。分野別では、生活雑貨が出展社数で、食品・飲料が商談件数と成約件数で最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(fields.title, "（令和６年度）"), fields.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「酒類」は、日本酒、焼酎、果実酒等です。成約件数は、会期の終了から３か月以内に出展者から報告のあった件数です。",
    ])
    st += [P("６　出展者の事例（令和６年度）", H1)]
    for i, (head, fair, talks, deal, _f) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("出展した見本市", fair), ("商談件数", talks), ("成約の内容", deal)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("同じ年度に、香港会場とシアトル会場の両方に申し込めますか。",
         "申し込めます。ただし、申込みが多い場合は、１社１会場を優先して選考します。"),
        ("選考の通知を受けた後に出展を取りやめた場合、出展負担金は返してもらえますか。",
         "原則として返還しません。小間の借上げ料等を県が既に支払っているためです。"),
        ("商品のサンプルを現地のバイヤーに渡してもよいですか。",
         "渡せます。ただし、食品及び酒類は、輸入先の規則で認められる量に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHUTTEN_DEPT} 販路開拓班　電話：099-401-3320　ファクス：099-401-3329",
        f"{KYOKAI}（見本市運営事務局）　電話：099-402-7150",
        "電子メール：tsuga-mihonichi@example.jp",
    ]))
    return st


# ================================================================ document 2: evaluation sheet
HYOKA = f"{PREF}ものづくり企業海外販路開拓支援事業"
HYOKA_DEPT = f"{PREF} 産業労働部 産業振興課"
CENTER = f"{PREF}工業技術センター"
SHINDANSHI = f"一般社団法人{PREF}中小企業診断士協会"
KPI_YEARS = (2022, 2023, 2024)
KPIS = [  # 指標, 単位, (目標, 実績) per year of KPI_YEARS
    ("商談会の参加企業数", "社", [(60, 52), (70, 74), (80, 86)]),
    ("商談件数", "件", [(300, 268), (400, 415), (500, 472)]),
    ("成約件数", "件", [(30, 21), (40, 38), (50, 57)]),
    ("成約額", "万円", [(3000, 2150), (4000, 4420), (5000, 6380)]),
    ("新規輸出企業数", "社", [(5, 3), (7, 6), (9, 11)]),
]
COSTS = [  # 年度, 予算額（千円）, 決算額（千円）, うち委託料（千円）, 従事職員数（人）
    (2022, 38500, 35214, 28400, 3), (2023, 42000, 40386, 32150, 3), (2024, 45000, 41860, 33900, 4),
]
BUDGET_NEXT = 48000  # 令和７年度の予算額（千円）, prose only
MEETINGS = [  # 国・地域, 開催回数（回）, 参加企業数（社）, 商談件数（件） (令和６年度)
    ("台湾", 2, 18, 90), ("タイ", 2, 15, 98), ("ベトナム", 2, 14, 61),
    ("シンガポール", 1, 9, 38), ("米国", 3, 22, 103), ("ドイツ", 1, 8, 29),
]
EXPERT_FIRMS, EXPERT_VISITS = 42, 168
ACTIVITIES = [  # 見出し, 実施内容, 実績, 実施体制 (same labels in every sibling section)
    ("海外バイヤーとの商談会", "アジア、北米、欧州のバイヤーを招いたオンライン及び現地での商談会",
     None, f"{KYOKAI}に委託"),
    ("専門家による個別支援", "輸出の実務、海外規格、契約に詳しい専門家を企業に派遣",
     f"{EXPERT_FIRMS}社に延べ{EXPERT_VISITS}回派遣", f"{SHINDANSHI}に委託"),
    ("海外向け商品の改良支援", "海外のデザイナーの助言を受けた商品の改良と試作",
     "９社、12商品", f"{CENTER}（直営）"),
]


def hyoka_specs():
    header = [["指標", "単位"], ["", ""]]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1))]
    for k, y in enumerate(KPI_YEARS):
        header[0] += [reiwa(y), ""]
        header[1] += ["目標", "実績"]
        spans.append(((2 + 2 * k, 0), (3 + 2 * k, 0)))
    kpis = TableSpec(
        key="kpis", doc=HYOKA_PDF, title="指標の目標と実績",
        header=header,
        rows=[[n, u] + [fw(x) for pair in vals for x in pair] for n, u, vals in KPIS],
        col_widths=[38 * mm, 14 * mm] + [18 * mm] * 6, value_cols=list(range(2, 8)), spans=spans,
        align_left_cols=(1,),
    )
    kpis.unit = lambda row, c: nfkc(row[1])
    costs = TableSpec(
        key="costs", doc=HYOKA_PDF, title="事業費の推移",
        header=[["年度", "予算額（千円）", "決算額（千円）", "うち委託料（千円）", "従事職員数（人）"]],
        rows=[[reiwa(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in COSTS],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 34 * mm, 32 * mm],
    )
    costs.unit = lambda row, c, s=costs: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in MEETINGS]
    rows.append(["合計"] + [fw(sum(r[j] for r in MEETINGS)) for j in (1, 2, 3)])
    meetings = TableSpec(
        key="meetings", doc=HYOKA_PDF, title="国・地域別の商談会の結果",
        header=[["国・地域", "開催回数（回）", "参加企業数（社）", "商談件数（件）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 36 * mm, 34 * mm], table_fy=2024, ruled=False,
    )
    meetings.unit = lambda row, c, s=meetings: bracket_unit(s.column_label(c))
    return kpis, costs, meetings


def kpi(name: str, year: int) -> tuple[int, int]:
    n, _u, vals = next(k for k in KPIS if k[0] == name)
    return vals[KPI_YEARS.index(year)]


def hyoka_story(specs):
    kpis, costs, meetings = specs
    m_count, m_firms, m_talks = (sum(r[j] for r in MEETINGS) for j in (1, 2, 3))
    talks_all = kpi("商談件数", 2024)[1]
    achieved = [n for n, _u, _v in KPIS if kpi(n, 2024)[1] >= kpi(n, 2024)[0]]
    missed = [n for n, _u, _v in KPIS if n not in achieved]
    last = COSTS[-1]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P("事務事業評価シート", TITLE),
          P(f"（{HYOKA}）", SUBTITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(HYOKA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", HYOKA),
        ("担当課", "産業労働部 産業振興課（海外展開支援班）"),
        ("事業期間", "令和４年度（2022年度）から令和８年度まで"),
        ("根拠となる計画", f"{PREF}国際経済戦略（第２期）"),
        ("対象", "県内に事業所を置く製造業の中小企業"),
        ("事業の目的", "県内のものづくり企業が海外の取引先を開拓し、直接輸出を始め、又は拡大することを支援する"),
    ], 0)
    st += paras("""
このシートにおいて「成約」とは、商談の結果、売買契約の締結又は初回の発注に至ったことをいう。また、「新規輸出企業」とは、評価の対象となる年度の前の３年間に直接輸出の実績がなく、本事業の支援を受けて初めて直接輸出を行った企業をいう。
""", 0)
    st += [P("２　事業の内容（令和６年度）", H1)]
    for i, (head, what, result, how) in enumerate(ACTIVITIES, 1):
        if result is None:
            result = f"{m_count}回開催、参加企業延べ{m_firms}社"
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施内容", what), ("実績", result), ("実施体制", how)], 1)
    st += [P("３　指標の達成状況", H1)]
    st += paras(f"""
令和６年度は、５つの指標のうち{missed[0]}を除く{fw(len(achieved))}つで目標を達成した。商談件数{talks_all}件のうち{m_talks}件は商談会、{talks_all - m_talks}件は専門家の個別支援によるものである。
""", 0)
    st += [caption(kpis.title), kpis.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 目標は、事業を始める際に年度ごとに定めた値である。商談件数と成約件数は、商談会と専門家の個別支援によるものの合計である。",
        "※２ 成約額は、成約の時点で企業が見込んだ初年度の取引額の合計である。",
    ])
    st += [P("４　事業費", H1)]
    st += paras(f"""
令和６年度の決算額は{last[2]:,}千円で、執行率は{pct1(last[2], last[1])}％であった。令和７年度の予算額は{BUDGET_NEXT:,}千円である。
""", 0)
    st += [CondPageBreak(40 * mm), caption(costs.title), costs.flowable(), Spacer(1, 2)]
    st += [P("５　商談会の状況", H1)]
    st += paras("令和６年度の商談会の国・地域別の結果は、次のとおりである。", 0)
    st += [CondPageBreak(50 * mm), caption(meetings.title, "（令和６年度）"), meetings.flowable(), Spacer(1, 2)]
    st += notes(["※３ 米国は、ロサンゼルスでの現地商談会２回とオンラインの商談会１回である。"])
    st += [P("６　評価", H1)]
    st += lv_lines([
        ("必要性", "Ａ（県の国際経済戦略の重点施策であり、県が関与する必要性は高い）"),
        ("有効性", f"Ａ（５つの指標のうち{fw(len(achieved))}つで目標を達成）"),
        ("効率性", "Ｂ（専門家の派遣１回当たりの費用が前年度より上がった）"),
        ("総合評価", "Ａ"),
    ], 0)
    st += notes(["※４ 評価の区分は、Ａ（十分）、Ｂ（おおむね十分）、Ｃ（不十分）の３段階である。"])
    st += [P("７　課題と今後の方向性", H1)]
    st += bullets([
        "商談件数が目標に届かなかった。オンラインの商談会で、通信や時差の問題から予定した商談を行えないことがあった。",
        "成約した後の輸出の手続に慣れていない企業が多い。",
        "欧州での商談の機会が少ない。",
    ], 0)
    st += lv_lines([("今後の方向性", "改善して継続")], 0)
    st += numbered([
        "① 令和７年度は、商談会を13回に増やし、そのうち２回を欧州で開く。",
        "② 成約した企業に、輸出の手続に詳しい専門家を優先して派遣する。",
        "③ オンラインの商談会に参加する企業向けの事前研修を新たに開く。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HYOKA_DEPT} 海外展開支援班　電話：099-403-5510　ファクス：099-403-5519",
        f"{CENTER}（商品の改良支援）　電話：099-405-2280",
        "電子メール：tsuga-kaigaihanro@example.jp",
    ]))
    return st


# ================================================================ document 3: delegations received, five-year report
SHISATSU = "海外からの視察団の受入状況報告書"
SHISATSU_DEPT = f"{PREF} 総務部 国際交流課"
KOKUSAI = f"公益財団法人{PREF}国際交流協会"
FIELD_YEARS = (2020, 2021, 2022, 2023, 2024)
DFIELDS = [  # 分野, 件数 per year of FIELD_YEARS
    ("産業・経済", [1, 2, 9, 14, 18]), ("農林水産", [0, 1, 6, 9, 11]),
    ("環境・エネルギー", [1, 1, 4, 7, 8]), ("観光・文化", [0, 0, 3, 6, 9]),
    ("教育・医療・福祉", [1, 1, 3, 5, 6]),
]
ORIGINS = [  # (区分, [(国・地域, 受入件数, 訪問者数)]); a subtotal row after アジア and 欧米・オセアニア
    ("アジア計", [("中国", 21, 214), ("韓国", 18, 162), ("台湾", 24, 251), ("ベトナム", 14, 133),
                 ("タイ", 11, 97), ("インドネシア", 7, 58)]),
    ("欧米・オセアニア計", [("米国", 9, 84), ("ドイツ", 6, 49), ("フランス", 4, 31), ("オーストラリア", 5, 44)]),
    (None, [("その他", 7, 52)]),
]
DELEGATIONS = [  # 見出し, 団員数, 主な訪問先, 県の対応 (same labels in every sibling section)
    ("台湾の食品企業団（令和６年５月）", "14人", "栂市中央卸売市場、汐浜市の水産加工団地",
     "県産品の商談会を同じ日に開き、３社が取引を始めた"),
    ("ドイツの環境技術視察団（令和６年９月）", "８人", "栂県環境研究所、西谷町のバイオマス発電所",
     "県内企業との意見交換会を開いた"),
    ("ベトナムの農業視察団（令和６年11月）", "22人", "栂県農業大学校、奥栂町の果樹園",
     "技能実習と特定技能の受入れについて説明会を開いた"),
]
VOLUNTEERS = 62  # 通訳ボランティアの登録者（令和７年３月末）, prose only


def origin_rows():
    """(label, 件数, 人数, is_subtotal) in print order, with the subtotals and 合計."""
    out = []
    for sub, members in ORIGINS:
        out += [(n, a, b, False) for n, a, b in members]
        if sub:
            out.append((sub, sum(m[1] for m in members), sum(m[2] for m in members), True))
    allm = [m for _s, ms in ORIGINS for m in ms]
    out.append(("合計", sum(m[1] for m in allm), sum(m[2] for m in allm), True))
    return out


def shisatsu_specs():
    rows = [[n] + [fw(x) for x in v] + [fw(sum(v))] for n, v in DFIELDS]
    rows.append(["合計"] + [fw(sum(r[1][k] for r in DFIELDS)) for k in range(len(FIELD_YEARS))]
                + [fw(sum(sum(r[1]) for r in DFIELDS))])
    fields = TableSpec(
        key="dfields", doc=SHISATSU_PDF, title="分野別の受入件数の推移",
        header=[["分野"] + [reiwa(y) for y in FIELD_YEARS] + ["５年間の計"]],
        rows=rows, col_widths=[36 * mm] + [21 * mm] * 5 + [24 * mm], unit="件",
    )
    fields.col_range = {len(FIELD_YEARS) + 1: FIVE_YEARS}
    total = origin_rows()[-1][1]
    subs = tuple(n for n, *_x, sub in origin_rows() if sub)
    origins = TableSpec(
        key="origins", doc=SHISATSU_PDF, title="国・地域別の受入件数と訪問者数",
        header=[["国・地域", "受入件数（件）", "構成比（％）", "訪問者数（人）"]],
        rows=[[n, fw(a), cell(pct1(a, total)), fw(b)] for n, a, b, _s in origin_rows()],
        col_widths=[46 * mm, 34 * mm, 30 * mm, 34 * mm], bold_rows=subs, repeat_header=False,
    )
    origins.table_range = FIVE_YEARS
    origins.unit = lambda row, c, s=origins: bracket_unit(s.column_label(c))
    return fields, origins


def shisatsu_story(specs):
    fields, origins = specs
    rows = origin_rows()
    total, people = rows[-1][1], rows[-1][2]
    per_year = [sum(r[1][k] for r in DFIELDS) for k in range(len(FIELD_YEARS))]
    asia = next(r for r in rows if r[0] == "アジア計")
    st = [Spacer(1, 2 * mm), P("令和２年度～令和６年度", SUBTITLE), P(SHISATSU, TITLE), Spacer(1, 1 * mm),
          P("令和７年８月", DATE_RIGHT), P(SHISATSU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　報告の概要", H1)]
    st += lv_lines([
        ("対象期間", "令和２年度（2020年度）から令和６年度（2024年度）までの５年間"),
        ("対象", "県を通じて申込みがあり、県又は県内の市町村、企業、団体が受け入れた海外からの視察団"),
        ("受入件数", f"延べ{total}件"),
        ("訪問者数", f"延べ{people:,}人"),
    ], 0)
    st += paras("""
この報告書において「視察団」とは、海外の政府機関、自治体、企業、大学等の関係者３人以上で構成され、県内の施設等を訪問する団体をいい、２人以下の訪問は「個別訪問」として、この報告の件数に含まない。また、同じ視察団が複数の施設を訪問した場合も１件と数える。
""", 0)
    st += [P("２　年度別・分野別の受入れ", H1)]
    st += paras(f"""
令和２年度は感染症の影響で{fw(per_year[0])}件にとどまったが、令和４年度から大きく回復し、令和６年度は{per_year[-1]}件とこの５年間で最も多かった。分野別では、産業・経済が５年間の計で最も多い。観光・文化は令和４年度から毎年増え、令和６年度は環境・エネルギーを上回った。
""", 0)
    st += [caption(fields.title, "（単位：件）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※１ 複数の分野にわたる視察団は、主な目的の分野に数えた。"])
    st += [P("３　国・地域別の受入れ", H1)]
    st += paras(f"""
５年間の受入件数を国・地域別に見ると、台湾が最も多く、中国、韓国が続いた。アジアからの視察団が全体の４分の３を占め、{asia[1]}件となった。訪問者は延べ{people:,}人で、１件当たりではおよそ９人である。
""", 0)
    st += [caption(origins.title, "（令和２年度～令和６年度の計）", keep=False), origins.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 構成比は受入件数の合計に対する割合で、端数処理のため内訳の計が小計と合わないことがある。",
        "※３ 「その他」は、インド、英国、ブラジル等である。",
    ])
    st += [P("４　令和６年度の主な視察団", H1)]
    for i, (head, members, where, action) in enumerate(DELEGATIONS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("団員数", members), ("主な訪問先", where), ("県の対応", action)], 1)
    st += [P("５　受入れの手続", H1)]
    st += numbered([
        "① 申込み（訪問の２か月前までに、視察申込書を国際交流課に提出）",
        "② 訪問先との調整（県が訪問先の施設や企業と日程を調整）",
        f"③ 通訳の手配（必要な場合は{KOKUSAI}の通訳ボランティアを手配。謝礼は視察団の負担）",
        "④ 受入れ（県の職員が原則として同行）",
        "⑤ 受入れの記録（訪問先の意見を含めて、受入れから２週間以内に記録を作成）",
    ], 0)
    st += [P("６　課題と今後の取組", H1)]
    st += paras(f"""
通訳ボランティアの登録者は令和７年３月末で{VOLUNTEERS}人であるが、ベトナム語とインドネシア語の通訳が不足している。今後は、次の点に取り組む。
""", 0)
    st += bullets([
        "ベトナム語とインドネシア語の通訳ボランティアを、県内の留学生から募る。",
        "県の受入れの窓口と手続を、英語と中国語のウェブページで案内する。",
        "視察の後に取引や交流に結び付いたかを、訪問先に毎年尋ねて把握する。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHISATSU_DEPT} 国際交流班　電話：099-406-1180　ファクス：099-406-1189",
        f"{KOKUSAI}（通訳ボランティアの手配）　電話：099-407-3300",
        "電子メール：tsuga-kokusai@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return shutten_specs() + hyoka_specs() + shisatsu_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    sspecs, hspecs, vspecs = shutten_specs(), hyoka_specs(), shisatsu_specs()
    sdoc = build_pdf(docs_dir / SHUTTEN_PDF, sspecs, shutten_story(sspecs),
                     f"令和７年度 {PREF} 海外見本市 共同出展者募集要項", "令和７年５月", SHUTTEN_DEPT)
    hdoc = build_pdf(docs_dir / HYOKA_PDF, hspecs, hyoka_story(hspecs),
                     f"令和６年度 事務事業評価シート（{HYOKA}）", "令和７年７月", HYOKA_DEPT)
    vdoc = build_pdf(docs_dir / SHISATSU_PDF, vspecs, shisatsu_story(vspecs),
                     f"{SHISATSU}（令和２年度～令和６年度）", "令和７年８月", SHISATSU_DEPT)
    gold = all_gold({SHUTTEN_PDF: sdoc.row_pages, HYOKA_PDF: hdoc.row_pages, SHISATSU_PDF: vdoc.row_pages})
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
    # --- shutten: the call for exhibitors, tables (a) (b) (c), definitions, the costs the prefecture bears, siblings, steps, Q&A
    dict(question="従業員120人の食品卸の会社から、香港の見本市で１小間をほかの会社と分けて使いたいと相談を受けています。出展負担金はいくらになりますか？",
         category="shutten", doc=SHUTTEN_PDF,
         evidence=["卸売業は100人", "共同小間 ８ 16 11 22"], answer=["16"],
         notes="two facts: a wholesaler with 120人 is above the 100人 of 「県内中小企業」 (definition in ２), so the "
               "column is その他の県内企業 (note ※１); sharing one 小間 with another firm = 共同小間 (definition); "
               "(a) two-level header, leaf 香港会場（万円）／その他の県内企業; ８ (県内中小企業) is the trap"),
    dict(question="2026年２月のシアトルの見本市に、社員30人の部品メーカーが担当者を現地に行かせず商品だけ並べてもらう形で出る場合、負担金はいくらですか？",
         category="shutten", doc=SHUTTEN_PDF,
         evidence=["出展者が現地に行かず", "委託展示 ３ ６ ４ ８"], answer=["４"],
         notes="two facts: not going = 委託展示 (definition in ２); 30人 (manufacturing) is a 県内中小企業; the "
               "Seattle fair is held 令和８年２月 (2026年, printed only as 令和); (a) leaf シアトル会場（万円）／県内中小企業; "
               "the leaf 県内中小企業 is printed under both groups, so ３ (香港) is the trap, and ８ (その他)"),
    dict(question="2022年度の共同出展では、成約は何件ありましたか？",
         category="shutten", doc=SHUTTEN_PDF, evidence=["令和４年度 13 176 18 1,240"], answer=["18"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "成約件数（件）; 13 (出展社数) is the trap"),
    dict(question="令和５年度の見本市で、商談がまとまった取引の金額は合わせていくらでしたか？",
         category="shutten", doc=SHUTTEN_PDF, evidence=["令和５年度 16 248 27 1,905"], answer=["1,905"],
         notes="(b) column 成約額（万円） named by paraphrase (商談がまとまった = 成約); 27 (成約件数) is the trap"),
    dict(question="令和６年度は、出展した会社１社当たり平均で何件くらい商談できた計算になりますか？",
         category="shutten", doc=SHUTTEN_PDF, evidence=["令和６年度 19 301 33 2,460"], answer=["15.8件"], computed=True,
         notes="(b) average in a row: 301 / 19 = 15.8件"),
    dict(question="日本酒の蔵元から聞かれています。2024年度の出展で、日本酒や焼酎などのお酒の分野は何件成約しましたか？",
         category="shutten", doc=SHUTTEN_PDF, evidence=["日本酒、焼酎、果実酒等", "酒類 ３ 41 ６"], answer=["６"],
         notes="two facts: note ※３ puts 日本酒 and 焼酎 under 酒類; (c) row 酒類, column 成約件数（件）; 2024年度 = "
               "令和６年度 (caption note); ３ (出展社数) is the trap, and 12 (食品・飲料)"),
    dict(question="令和６年度、工芸品の分野では、商談のうち何％が成約につながりましたか？",
         category="shutten", doc=SHUTTEN_PDF, evidence=["工芸品 ４ 64 ６"], answer=["9.4%"], computed=True,
         notes="(c) share within a row: 6 / 64 = 9.4 %"),
    dict(question="漆器のメーカーの出展事例では、現地で何件の商談がありましたか？",
         category="shutten", doc=SHUTTEN_PDF, evidence=["漆器製造業Ｂ社", "商談件数：15件"], answer=["15件"],
         notes="sibling sections （１）–（３） of ６ share the labels 出展した見本市, 商談件数, 成約の内容; "
               "（２）漆器製造業Ｂ社; 24件 and ９件 are the siblings' values"),
    dict(question="申し込んだあと、出展できるかどうかの結果はいつまでに分かりますか？",
         category="shutten", doc=SHUTTEN_PDF, evidence=["選考結果の通知（令和７年８月８日まで）"], answer=["８月８日"],
         notes="procedure step ③ (the review of step ② is in 令和７年７月下旬, a near miss)"),
    dict(question="出展が決まったあとで会社の都合で取りやめた場合、払った負担金は戻ってきますか？",
         category="shutten", doc=SHUTTEN_PDF, evidence=["原則として返還しません"], answer=["原則として返還しません"],
         notes="Q&A: Ａ of Ｑ２ (no)"),
    dict(question="香港の会場で通訳をお願いしたいのですが、その費用は会社で持たなければいけませんか？",
         category="shutten", doc=SHUTTEN_PDF, evidence=["次の経費は県が負担します", "通訳（１小間に１人）"],
         answer=["県が負担"],
         notes="the costs the prefecture bears (a lead sentence and four ○ items, split by the page 1→2 break): "
               "the interpreter is one of them (no); 渡航費 and 宿泊費, borne by the exhibitor, are the near misses"),
    # --- hyoka: the evaluation sheet, tables (d) (e) (f), a definition, label lines, sibling sections
    dict(question="このものづくり企業の海外販路開拓の事業は、何年度まで続ける計画になっていますか？",
         category="hyoka", doc=HYOKA_PDF, evidence=["事業期間：令和４年度（2022年度）から令和８年度まで"],
         answer=["令和８年度"],
         notes="「label：value」 line 事業期間 (令和４年度 is the start, a near miss)"),
    dict(question="これまで商社を通して間接的に輸出していただけの会社が、この事業の支援で初めて自社で直接輸出しました。「新規輸出企業」に数えられますか？",
         category="hyoka", doc=HYOKA_PDF, evidence=["前の３年間に直接輸出の実績がなく"], answer=["直接輸出の実績"],
         notes="definition 「新規輸出企業」とは…前の３年間に直接輸出の実績がなく…初めて直接輸出を行った企業 (yes: only "
               "direct exports count, asked at its boundary)"),
    dict(question="2023年度の成約額は、実際にはいくらでしたか？",
         category="hyoka", doc=HYOKA_PDF, evidence=["成約額 万円 3,000 2,150 4,000 4,420 5,000 6,380"],
         answer=["4,420"],
         notes="(d) years as header groups over 目標／実績, unit per row in the 単位 column: 2023年度 = 令和５年度 "
               "(only 2022年度 is printed in Western form), leaf 実績; 4,000 (目標) is the trap"),
    dict(question="令和６年度の商談件数は、目標に対してどのくらい達成できましたか？",
         category="hyoka", doc=HYOKA_PDF, evidence=["商談件数 件 300 268 400 415 500 472"], answer=["94.4%"],
         computed=True,
         notes="(d) achievement rate: 472 / 500 = 94.4 % (the one indicator missed in 令和６年度)"),
    dict(question="令和６年度の実績で見ると、商談のうち成約まで進んだのは何％ですか？",
         category="hyoka", doc=HYOKA_PDF,
         evidence=["商談件数 件 300 268 400 415 500 472", "成約件数 件 30 21 40 38 50 57"], answer=["12.1%"],
         computed=True,
         notes="(d) ratio of two rows, leaf 令和６年度／実績: 57 / 472 = 12.1 % (the targets 50 / 500 are the trap)"),
    dict(question="2024年度の事業費のうち、外部に委託して支払った金額はいくらですか？",
         category="hyoka", doc=HYOKA_PDF, evidence=["令和６年度 45,000 41,860 33,900 ４"], answer=["33,900"],
         notes="(e) years as rows: 2024年度 = 令和６年度, column うち委託料（千円） named by paraphrase; 41,860 "
               "(決算額, also in the prose) and 45,000 (予算額) are the traps"),
    dict(question="令和５年度は、予算のうち何％を実際に使ったことになりますか？",
         category="hyoka", doc=HYOKA_PDF, evidence=["令和５年度 42,000 40,386 32,150 ３"], answer=["96.2%"],
         computed=True,
         notes="(e) share within a row: 40,386 / 42,000 = 96.2 % (the prose prints only 令和６年度's 93.0％, a near miss)"),
    dict(question="アメリカでの商談会は、１回当たり平均で何件の商談がありましたか？",
         category="hyoka", doc=HYOKA_PDF, evidence=["米国 ３ 22 103"], answer=["34.3件"], computed=True,
         notes="(f) unruled table, average in a row: 103 / 3 = 34.3件"),
    dict(question="令和６年度の商談会に参加した企業の数が２番目に多かった国・地域はどこですか？",
         category="hyoka", doc=HYOKA_PDF, evidence=["台湾 ２ 18 90"], answer=["台湾"],
         notes="(f) unruled table, ranking in the column 参加企業数（社）: 米国 22, 台湾 18, タイ 15 (タイ is "
               "second by 商談件数, the trap)"),
    dict(question="専門家に会社まで来てもらう支援は、令和６年度に延べ何回行われましたか？",
         category="hyoka", doc=HYOKA_PDF, evidence=["（２）専門家による個別支援", "実績：42社に延べ168回派遣"],
         answer=["168回"],
         notes="sibling sections （１）–（３） of ２ share the labels 実施内容, 実績, 実施体制; （２）専門家による個別支援; "
               "42社 is the near miss, 11回 the sibling's value"),
    # --- shisatsu: the delegation report, tables (g) (h), a definition, sibling sections
    dict(question="海外の会社の人が２人だけで見学に来た場合も、この報告の受入件数に入っていますか？",
         category="shisatsu", doc=SHISATSU_PDF, evidence=["個別訪問」として、この報告の件数に含まない"],
         answer=["個別訪問"],
         notes="definition 「視察団」とは…関係者３人以上…２人以下の訪問は「個別訪問」として…件数に含まない (no, "
               "asked at its boundary)"),
    dict(question="2023年度に受け入れた、農業や水産業の関係の視察団は何件でしたか？",
         category="shisatsu", doc=SHISATSU_PDF, evidence=["農林水産 ０ １ ６ ９ 11 27"], answer=["９"],
         notes="(h) fiscal years as columns: 2023年度 = 令和５年度 (the report prints only 2020年度 and 2024年度 in "
               "Western form); 11 (令和６年度) and 27 (the total column) are the traps"),
    dict(question="この５年間で、環境やエネルギーの分野の視察団は合わせて何件来ましたか？",
         category="shisatsu", doc=SHISATSU_PDF, evidence=["環境・エネルギー １ １ ４ ７ ８ 21"], answer=["21"],
         notes="(h) the total column on the right (５年間の計); ８ (令和６年度) is the trap"),
    dict(question="令和６年度に受け入れた視察団のうち、観光・文化の分野はどれくらいの割合を占めましたか？",
         category="shisatsu", doc=SHISATSU_PDF, evidence=["観光・文化 ０ ０ ３ ６ ９ 18", "合計 ３ ５ 25 41 52 126"],
         answer=["17.3%"], computed=True,
         notes="(h) share within a column: 9 / 52 = 17.3 % (18 / 126 = 14.3 % over five years is another reading)"),
    dict(question="フランスから来た視察団の訪問者は、５年間で延べ何人でしたか？",
         category="shisatsu", doc=SHISATSU_PDF, evidence=["フランス ４ 3.2 31"], answer=["31"],
         notes="(g) continuation page (no header there): row フランス, column 訪問者数（人）; ４ (受入件数) and 3.2 "
               "(構成比) are the traps"),
    dict(question="欧米やオーストラリアからの視察団の訪問者は、合わせて何人でしたか？",
         category="shisatsu", doc=SHISATSU_PDF, evidence=["欧米・オセアニア計 24 19.0 208"], answer=["208"],
         notes="(g) subtotal row 欧米・オセアニア計 on the continuation page, column 訪問者数（人）; 24 (受入件数, the "
               "same as 台湾's) is the trap"),
    dict(question="台湾からの視察団は、１団当たり平均何人くらいで来ていますか？",
         category="shisatsu", doc=SHISATSU_PDF, evidence=["台湾 24 19.0 251"], answer=["10.5人"], computed=True,
         notes="(g) first page, average in a row: 251 / 24 = 10.5人 (the prose's 「およそ９人」 for all is a near miss)"),
    dict(question="ドイツから環境技術の視察に来たグループは、県内でどんなところを訪ねましたか？",
         category="shisatsu", doc=SHISATSU_PDF,
         evidence=["（２）ドイツの環境技術視察団", "西谷町のバイオマス発電所"], answer=["バイオマス発電所"],
         notes="sibling sections （１）–（３） of ４ share the labels 団員数, 主な訪問先, 県の対応; （２） 主な訪問先 "
               "(栂県環境研究所 and 西谷町のバイオマス発電所); the siblings' 卸売市場 and 果樹園 are the traps"),
    # --- followups
    dict(question="その年度の成約額を出展した会社の数で割ると、１社当たりいくらになりますか？",
         category="followup", doc=SHUTTEN_PDF, evidence=["令和４年度 13 176 18 1,240"], answer=["95.4万円"],
         computed=True,
         history=_turns("令和４年度には何社が共同出展しましたか？", "令和４年度の出展社数は13社でした[1]。"),
         notes="(b) the year from the history (令和４年度), average in a row: 1,240 / 13 = 95.4万円"),
    dict(question="それは目標をいくら上回りましたか？",
         category="followup", doc=HYOKA_PDF, evidence=["成約額 万円 3,000 2,150 4,000 4,420 5,000 6,380"],
         answer=["1,380万円"], computed=True,
         history=_turns("令和６年度の成約額の実績はいくらでしたか？", "令和６年度の成約額の実績は6,380万円でした[1]。"),
         notes="(d) the row and year from the history, difference of the leaves: 6,380 − 5,000 = 1,380万円"),
    dict(question="そこから来た訪問者は延べ何人ですか？",
         category="followup", doc=SHISATSU_PDF, evidence=["オーストラリア ５ 4.0 44"], answer=["44"],
         history=_turns("オーストラリアからの視察団は５年間で何件ありましたか？", "オーストラリアからの視察団は５件でした[1]。"),
         notes="(g) the row from the history (オーストラリア, on the continuation page), column 訪問者数（人）"),
    dict(question="その前の年度は何件でしたか？",
         category="followup", doc=SHISATSU_PDF, evidence=["合計 ３ ５ 25 41 52 126"], answer=["25"],
         history=_turns("令和５年度に受け入れた視察団は全部で何件ですか？", "令和５年度は41件でした[1]。"),
         notes="(h) the 合計 row from the history, the year column before 令和５年度 (令和４年度)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SHISATSU_PDF, evidence=["電話：099-407-3300"], answer=["099-407-3300"],
         history=_turns("視察団の通訳ボランティアを頼みたいときは、どこに連絡すればよいですか？",
                        "公益財団法人栂県国際交流協会が通訳ボランティアを手配しています[1]。"),
         notes="contact box of the delegation report: the 協会's phone (second line); the 班's phone 099-406-1180 and "
               "fax 099-406-1189 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="香港ライフスタイル見本市には、例年どのくらいの人が見に来ますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the exhibitors, meetings and deals of the prefecture's booth, not the fair's visitors",
         absent=["来場者", "入場者"]),
    dict(question="これまでの出展で、香港とシアトルのどちらの会場のほうが成約額が大きかったですか？会場ごとの金額を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="results are given by year and by product field only; the cases name their fair but give no amounts "
               "by fair",
         absent=["会場別", "見本市別"]),
    dict(question="この事業の支援で成約した会社の輸出額は、その後どのくらい伸びていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the sheet gives the 成約額 (expected first-year amounts, note ※２), not the firms' exports afterwards",
         absent=["輸出額", "輸出実績額"]),
    dict(question="専門家を１回派遣するのに、実際にはいくらかかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the efficiency rating says the cost per dispatch rose, but no amount is given (the 委託料 covers "
               "the whole commission)",
         absent=["派遣単価", "謝金"]),
    dict(question="視察団を受け入れたことで、県内にどのくらいの経済効果がありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report counts delegations and visitors, not their spending or economic effect",
         absent=["経済効果", "消費額", "波及効果"]),
    dict(question="令和６年度に受け入れた視察団のうち、外国の政府機関から来た団はいくつありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the definition lists 政府機関, 自治体, 企業, 大学 but the delegations are counted by field and by "
               "country only",
         absent=["機関別", "所属別", "団体の種類"]),
]
CATEGORY_COUNTS = {"shutten": 11, "hyoka": 10, "shisatsu": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h38q", "h38t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "出展区分別の出展負担金", "年度別の出展実績", "商品分野別の出展結果",
    "指標の目標と実績", "事業費の推移", "国・地域別の商談会の結果",
    "国・地域別の受入件数と訪問者数", "分野別の受入件数の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h38q05": lambda g: _avg(g(B, "令和６年度", "商談件数（件）", 2024), g(B, "令和６年度", "出展社数（社）", 2024), "件"),
    "h38q07": lambda g: _pct(g(C, "工芸品", "成約件数（件）", 2024), g(C, "工芸品", "商談件数（件）", 2024)),
    "h38q15": lambda g: _pct(g(D, "商談件数", "令和６年度／実績", 2024), g(D, "商談件数", "令和６年度／目標", 2024)),
    "h38q16": lambda g: _pct(g(D, "成約件数", "令和６年度／実績", 2024), g(D, "商談件数", "令和６年度／実績", 2024)),
    "h38q18": lambda g: _pct(g(E, "令和５年度", "決算額（千円）", 2023), g(E, "令和５年度", "予算額（千円）", 2023)),
    "h38q19": lambda g: _avg(g(F, "米国", "商談件数（件）", 2024), g(F, "米国", "開催回数（回）", 2024), "件"),
    "h38q25": lambda g: _pct(g(H, "観光・文化", "令和６年度", 2024), g(H, "合計", "令和６年度", 2024)),
    "h38q28": lambda g: _avg(g(G, "台湾", "訪問者数（人）"), g(G, "台湾", "受入件数（件）"), "人"),
    "h38q30": lambda g: _avg(g(B, "令和４年度", "成約額（万円）", 2022), g(B, "令和４年度", "出展社数（社）", 2022), "万円"),
    "h38q31": lambda g: f"{g(D, '成約額', '令和６年度／実績', 2024) - g(D, '成約額', '令和６年度／目標', 2024):,}万円",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SHUTTEN_PDF: (3, 3), HYOKA_PDF: (3, 3), SHISATSU_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (170, 220)
TABLE_QUESTIONS = 20  # at least, outside the followups
COMPUTED_RANGE = (8, 12)
BEFORE_BREAK_ROWS = ("中国", "韓国", "台湾")  # rows of (g) expected before the page break
CONTINUED_ROWS = ("フランス", "オーストラリア", "欧米・オセアニア計", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout38.py")
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
            if roles != ["user", "assistant"] or len(history) != 2:
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
    n_comp = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_comp <= COMPUTED_RANGE[1]:
        errors.append(f"{n_comp} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    for t in LETTERS:  # every table is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout38.py")
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
        if g["number"] is None:
            errors.append(f"{g['id']}: every cell of this set should be numeric")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if g["fiscal_year_range"] is not None and g["fiscal_year_range"] != FIVE_YEARS:
            errors.append(f"{g['id']}: the only range of this set is {FIVE_YEARS}")
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
            # each printed row, cell after cell (the 単位 cell of (d) included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables, sibling sections and prose data."""
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

    # (a): the other firms pay more than the small firms, at both fairs
    for row, r in t[A].items():
        for fair in ("香港会場（万円）", "シアトル会場（万円）"):
            if not r[f"{fair}／その他の県内企業"] > r[f"{fair}／県内中小企業"]:
                errors.append(f"{A} / {row}: その他の県内企業 should pay more than 県内中小企業 ({fair})")
    # (b): exhibitors grow every year; deals within meetings
    b = t[B]
    ns = [r["出展社数（社）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 出展社数 should grow every year")
    if any(r["成約件数（件）"] > r["商談件数（件）"] for r in b.values()):
        errors.append(f"{B}: 成約件数 above 商談件数")
    # (c): 合計 adds up and equals (b)'s 令和６年度
    c = t[C]
    cols = ("出展社数（社）", "商談件数（件）", "成約件数（件）")
    adds_up(C, cols)
    if any(c["合計"][k] != b["令和６年度"][k] for k in cols):
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): the 令和６年度 participants equal (f)'s 合計; the meetings of (f) are part of (d)'s 商談件数
    d, f = t[D], t[F]
    if d["商談会の参加企業数"]["令和６年度／実績"] != f["合計"]["参加企業数（社）"]:
        errors.append(f"{D}: 参加企業数 of 令和６年度 differs from {F}")
    if not f["合計"]["商談件数（件）"] < d["商談件数"]["令和６年度／実績"]:
        errors.append(f"{D}: 商談件数 should exceed the meetings of {F}")
    if any(d["成約件数"][f"{reiwa(y)}／実績"] > d["商談件数"][f"{reiwa(y)}／実績"] for y in KPI_YEARS):
        errors.append(f"{D}: 成約件数 above 商談件数")
    # (e): spent within the budget, commissions within the spending
    for row, r in t[E].items():
        if not r["うち委託料（千円）"] <= r["決算額（千円）"] <= r["予算額（千円）"]:
            errors.append(f"{E} / {row}: 委託料 ≤ 決算額 ≤ 予算額 does not hold")
    # (f): 合計 adds up
    adds_up(F, ("開催回数（回）", "参加企業数（社）", "商談件数（件）"))
    # (g): subtotals and 合計 add up; per cents from the counts; the total equals (h)'s
    gg = t[G]
    for sub, members in ORIGINS:
        if sub:
            adds_up(G, ("受入件数（件）", "訪問者数（人）"), [m[0] for m in members], total=sub)
    adds_up(G, ("受入件数（件）", "訪問者数（人）"), [m[0] for _s, ms in ORIGINS for m in ms])
    total = gg["合計"]["受入件数（件）"]
    for row, r in gg.items():
        if Decimal(str(r["構成比（％）"])) != pct1(r["受入件数（件）"], total):
            errors.append(f"{G} / {row}: 構成比 differs from the counts")
    # (h): 合計 adds up per column; the total column is the row sum; it equals (g)'s 合計
    h = t[H]
    year_cols = [reiwa(y) for y in FIELD_YEARS]
    adds_up(H, year_cols + ["５年間の計"])
    for row, r in h.items():
        if r["５年間の計"] != sum(r[y] for y in year_cols):
            errors.append(f"{H} / {row}: ５年間の計 is not the sum of the years")
    if h["合計"]["５年間の計"] != total:
        errors.append(f"{H}: ５年間の計 differs from the 合計 of {G}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    origins = specs["origins"]
    bp = sorted({g["page"] for g in gold if g["table"] == G})
    if len(bp) != 2:
        errors.append(f"{G} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(origins.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SHISATSU_PDF]) if header in norm(p)]
        if origins.repeat_header or on != bp[:1]:
            errors.append(f"{G}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == G and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == G and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{G}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{G}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("構成比は受入件数の合計に対する割合") not in norm(pages[SHISATSU_PDF][bp[1] - 1]):
            errors.append(f"{G}: note ※２ should follow the table on the continuation page")
    # (g): subtotal rows inside the table, a per-cent column right of the counts, a five-year range
    labels = [r[0] for r in origins.rows]
    if labels.index("アジア計") != labels.index("インドネシア") + 1 or labels[-1] != "合計" \
            or labels.index("欧米・オセアニア計") != labels.index("オーストラリア") + 1:
        errors.append(f"{G}: the subtotal rows are not where expected ({labels})")
    gcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == G))
    if gcols != ["受入件数（件）", "構成比（％）", "訪問者数（人）"]:
        errors.append(f"{G}: columns {gcols}")
    if any(g["fiscal_year_range"] != FIVE_YEARS for g in gold if g["table"] == G):
        errors.append(f"{G}: every cell should carry the range {FIVE_YEARS}")
    for key in ("fees", "record", "fields", "kpis", "costs", "meetings", "dfields"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["meetings"].ruled or not all(s.ruled for k, s in specs.items() if k != "meetings"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [f"{fair}／{leaf}" for fair in ("香港会場（万円）", "シアトル会場（万円）")
            for leaf in ("県内中小企業", "その他の県内企業")]
    if len(specs["fees"].header) != 2 or len(specs["fees"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"万円"} or "万円" in "".join(specs["fees"].header[1]):
        errors.append(f"{A}: the unit should be printed in the group cells only")
    # (b), (e): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [r[0] for r in RECORD]:
        errors.append(f"{B}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == E][::4] != [r[0] for r in COSTS]:
        errors.append(f"{E}: expected years as rows")
    # (d): fiscal years as header groups over 目標／実績, a unit per row from the 単位 column
    kpis = specs["kpis"]
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    if dcols != [f"{reiwa(y)}／{leaf}" for y in KPI_YEARS for leaf in ("目標", "実績")] \
            or kpis.header[0][1] != "単位" or 1 in kpis.value_cols:
        errors.append(f"{D}: expected a 単位 column and the years as groups over 目標／実績, got {dcols}")
    for g in gold:
        if g["table"] == D:
            want_unit = nfkc(next(r[1] for r in KPIS if r[0] == g["row"]))
            if g["unit"] != want_unit or g["fiscal_year"] != fiscal_year(g["column"].split(GROUP_SEP)[0]):
                errors.append(f"{g['id']}: unit or fiscal year not from the 単位 column and the header group")
    if len({g["unit"] for g in gold if g["table"] == D}) < 3:
        errors.append(f"{D}: expected rows with different units")
    # (h): fiscal years as columns and a total column on the right, with a range
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols != [reiwa(y) for y in FIELD_YEARS] + ["５年間の計"]:
        errors.append(f"{H}: columns {hcols}")
    for g in gold:
        if g["table"] == H:
            want = (None, FIVE_YEARS) if g["column"] == "５年間の計" else (fiscal_year(g["column"]), None)
            if (g["fiscal_year"], g["fiscal_year_range"]) != want:
                errors.append(f"{g['id']}: fiscal year {g['fiscal_year']} / range {g['fiscal_year_range']}")
    # (f): the unruled table carries its year from the caption
    if {g["fiscal_year"] for g in gold if g["table"] == F} != {2024}:
        errors.append(f"{F}: expected the fiscal year 2024")
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
        got = re.findall(r"099-\d{3}-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if not any(f"電話:{want[2]}" in x and "ファクス" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def western(text, want, what):
        got = re.findall(r"20\d\d年", text)
        if got != want:
            errors.append(f"{what}: Western years {got}, expected {want}")

    # ---- the call for exhibitors
    sh = norm("\n".join(pages[SHUTTEN_PDF]))
    siblings(sh, SHUTTEN_PDF, ("出展した見本市：", "商談件数：", "成約の内容："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[1] for r in RECORD)}社が出展し、{sum(r[3] for r in RECORD)}件の成約") not in sh:
        errors.append("call: the five-year totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}社が出展して{last[2]}件の商談を行い、{last[3]}件が成約") not in sh:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    top = {k: sorted(FIELDS, key=lambda r, k=k: -r[k]) for k in (1, 2, 3)}
    if top[1][0][0] != "生活雑貨" or top[1][0][1] == top[1][1][1] \
            or top[2][0][0] != "食品・飲料" or top[3][0][0] != "食品・飲料":
        errors.append("call: 「生活雑貨が出展社数で、食品・飲料が商談件数と成約件数で最も多く」 does not hold")
    fields = {f[0]: f for f in FIELDS}
    for head, fair, talks, _deal, field in CASES:
        if int(nfkc(talks).rstrip("件")) > fields[field][2] or not any(fair.startswith(x) for x in FAIRS):
            errors.append(f"call: case {head} does not fit its field or names no fair")
    western(sh, ["2020年"], "call")
    defs(sh, ("県内中小企業", "共同小間", "委託展示"), "call")
    for x in PREF_PAYS:
        if norm(x) not in sh:
            errors.append(f"call: the cost the prefecture bears {x} is missing")
    raw = "\n".join(pages[SHUTTEN_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(SHUTTEN_PDF, "①②③④⑤⑥⑦", "call")
    contacts(SHUTTEN_PDF, ["099-401-3320", "099-401-3329", "099-402-7150"], ["tsuga-mihonichi@example.jp"], "call")

    # ---- the evaluation sheet
    hy = norm("\n".join(pages[HYOKA_PDF]))
    siblings(hy, HYOKA_PDF, ("実施内容：", "実績：", "実施体制："), [a[0] for a in ACTIVITIES])
    m_count, m_firms, m_talks = (sum(r[j] for r in MEETINGS) for j in (1, 2, 3))
    if norm(f"{m_count}回開催、参加企業延べ{m_firms}社") not in hy:
        errors.append("sheet: sibling （１） differs from (f)")
    achieved = [n for n, _u, _v in KPIS if kpi(n, 2024)[1] >= kpi(n, 2024)[0]]
    talks_all = kpi("商談件数", 2024)[1]
    if len(achieved) != 4 or "商談件数" in achieved \
            or norm(f"商談件数を除く{fw(len(achieved))}つで目標を達成") not in hy \
            or norm(f"商談件数{talks_all}件のうち{m_talks}件は商談会、{talks_all - m_talks}件は専門家") not in hy:
        errors.append("sheet: the achievement in the prose differs from (d) and (f)")
    y6 = COSTS[-1]
    if norm(f"決算額は{y6[2]:,}千円で、執行率は{pct1(y6[2], y6[1])}%") not in hy:
        errors.append("sheet: the 令和６年度 spending in the prose differs from (e)")
    western(hy, ["2022年"], "sheet")
    defs(hy, ("成約", "新規輸出企業"), "sheet")
    steps_of(HYOKA_PDF, "①②③", "sheet")
    contacts(HYOKA_PDF, ["099-403-5510", "099-403-5519", "099-405-2280"], ["tsuga-kaigaihanro@example.jp"], "sheet")

    # ---- the delegation report
    vs = norm("\n".join(pages[SHISATSU_PDF]))
    siblings(vs, SHISATSU_PDF, ("団員数：", "主な訪問先：", "県の対応："), [x[0] for x in DELEGATIONS])
    rows = origin_rows()
    total, people = rows[-1][1], rows[-1][2]
    if norm(f"受入件数：延べ{total}件") not in vs or norm(f"訪問者数：延べ{people:,}人") not in vs:
        errors.append("report: the totals of the label lines differ from (g)")
    per_year = [sum(r[1][k] for r in DFIELDS) for k in range(len(FIELD_YEARS))]
    if per_year[-1] != max(per_year) or per_year[0] != min(per_year) \
            or norm(f"影響で{fw(per_year[0])}件") not in vs or norm(f"令和６年度は{per_year[-1]}件") not in vs:
        errors.append("report: the yearly figures in the prose differ from (h)")
    sums = {n: sum(v) for n, v in DFIELDS}
    tour = dict(DFIELDS)["観光・文化"]
    env = dict(DFIELDS)["環境・エネルギー"]
    if max(sums, key=sums.get) != "産業・経済" or any(b <= a for a, b in zip(tour[2:], tour[3:])) or tour[-1] <= env[-1]:
        errors.append("report: 「産業・経済が…最も多い。観光・文化は…毎年増え…上回った」 does not hold")
    ranked = [r[0] for r in sorted((m for _s, ms in ORIGINS for m in ms), key=lambda m: -m[1])]
    asia = next(r for r in rows if r[0] == "アジア計")
    if ranked[:3] != ["台湾", "中国", "韓国"] or not 0.74 <= asia[1] / total <= 0.76 \
            or norm(f"４分の３を占め、{asia[1]}件") not in vs or round(people / total) != 9:
        errors.append("report: the ranking, 「４分の３」 or 「およそ９人」 does not hold")
    if any(int(nfkc(x[1]).rstrip("人")) < 3 for x in DELEGATIONS):
        errors.append("report: a delegation of the sibling sections is below the three members of the definition")
    western(vs, ["2020年", "2024年"], "report")
    defs(vs, ("視察団",), "report")
    steps_of(SHISATSU_PDF, "①②③④⑤", "report")
    contacts(SHISATSU_PDF, ["099-406-1180", "099-406-1189", "099-407-3300"], ["tsuga-kokusai@example.jp"], "report")
    # every phone number of the set is fictional (099-40x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-40x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
