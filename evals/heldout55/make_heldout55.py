"""Build the 楡県 held-out set 55: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楡県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要領) for a subsidy helping small firms obtain AEO status from customs
(ＡＥＯ認定取得支援補助金: compliance rules, cargo-security equipment, record systems, in-house
training, experts) with a two-level header of rates by firm size and caps by applicant type, a
yearly record (years as rows) and the grants by kind of AEO status with subtotal rows and a
four-year range; the report (報告書) of a survey of the prefecture's farm-product exporters on
plant quarantine and export inspection (輸出検疫・輸出検査に関する実態調査) with counts and per
cents in paired columns, the inspections by destination (a table continued over a page break
without its header) and an unruled table of the difficulties; and the usage guide (利用案内)
of a prefectural service lending cold-chain equipment for exports (輸出コールドチェーン機器貸出事業)
with the fees, the record over three fiscal years as columns with a 単位 column, and the
lendings by destination and product with a total column on the right; see README.md beside
this file.

    python make_heldout55.py [OUTPUT_DIR]          # default: this file's directory

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

AEO_PDF = "nire_aeo_nintei_hojokin_boshu_yoryo_r7.pdf"
KEN_PDF = "nire_yushutsu_kenneki_jittai_chosa_r6.pdf"
RIYO_PDF = "nire_coldchain_kiki_kashidashi_riyo_annai_r7.pdf"
ALL_PDFS = (AEO_PDF, KEN_PDF, RIYO_PDF)

UNITS = ("万円", "千円", "円", "件", "者", "トン", "日", "%")  # longest first where one ends another
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-59"  # every phone number of the set: 099-59x-xxxx
MAIL_DOMAIN = "@example.jp"


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
    """The unit in brackets at the end of a label (交付件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal per cent
    with one decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, an optional fiscal-year
    range for a table over several years (a cumulative table), and units per row."""

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
            if spec.table_range:
                fy, fyr = None, list(spec.table_range)
            else:
                fy, fyr = spec.column_year(c) or fiscal_year(row_label) or spec.table_fy, None
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": fyr,
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


PREF = "楡県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: AEO subsidy, call for applications
AEO = f"{PREF}ＡＥＯ認定取得支援補助金"
AEO_DEPT = f"{PREF} 商工労働部 通商振興課"
CENTER = f"公益財団法人{PREF}国際経済振興センター"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 輸出者・製造者, 物流事業者 (令和７年度)
    ("法令遵守規則（ＣＰ）の作成支援費", 50, 70, 40, 50), ("貨物管理設備の導入費", 50, 60, 80, 100),
    ("書類管理システムの導入費", 50, 60, 60, 80), ("社内研修の実施費", 50, 75, 20, 25),
    ("専門家の指導料", 60, 75, 30, 40),
]
COMPANY_CAP = 200  # note ※２: 万円 per firm
RECORD = [  # 年度, 申請件数, 交付件数, 交付額（万円）, 認定等取得（件）
    (2021, 9, 6, 520, 5), (2022, 13, 9, 810, 7), (2023, 17, 11, 1045, 8), (2024, 21, 14, 1362, 6),
]
KINDS = [  # 区分, [(認定等の種類, 交付件数, 交付額（万円）, うち認定等取得)] (令和３～６年度の累計)
    ("輸出者・製造者", [("特定輸出者", 18, 1720, 13), ("認定製造者", 7, 690, 4)]),
    ("物流事業者", [("認定通関業者", 10, 865, 7), ("特定保税運送者", 5, 462, 2)]),
]
KINDS_RANGE = "令和３～６年度"
CASES = [  # 見出し, 取得した認定等, 主な補助対象経費, 補助金の額 (same labels in every sibling section); 区分, 経費区分
    ("精密部品製造業Ａ社（楡市）", "特定輸出者（令和６年11月承認）", "法令遵守規則の作成支援、書類管理システムの導入", "88万円",
     "輸出者・製造者", ("法令遵守規則（ＣＰ）の作成支援費", "書類管理システムの導入費")),
    ("冷凍食品製造業Ｂ社（汐見市）", "認定製造者（令和７年２月認定）", "倉庫の監視カメラと入退室管理の装置", "64万円",
     "輸出者・製造者", ("貨物管理設備の導入費",)),
    ("通関業Ｃ社（汐見市）", "認定通関業者（令和６年12月認定）", "書類管理システムと貨物管理設備の導入", "132万円",
     "物流事業者", ("書類管理システムの導入費", "貨物管理設備の導入費")),
]
EXCLUDED = [  # 補助の対象にならない経費
    "交付決定の日より前に契約し、又は支払った経費",
    "パソコン、タブレット等の汎用的な機器の購入費",
    "店舗の防犯など、貨物の管理以外の目的に使う設備の費用",
    "社内研修の参加者の旅費及び日当",
]


def aeo_specs():
    rates = TableSpec(
        key="rates", doc=AEO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "輸出者・製造者", "物流事業者"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 26 * mm, 26 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=AEO_PDF, title="申請と交付の実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）", "認定等取得（件）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 34 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = []
    for group, members in KINDS:
        rows += [[n, fw(a), fw(b), fw(c)] for n, a, b, c in members]
        rows.append([f"小計（{group}）"] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    allm = [m for _g, ms in KINDS for m in ms]
    rows.append(["合計"] + [fw(sum(m[j] for m in allm)) for j in (1, 2, 3)])
    kinds = TableSpec(
        key="kinds", doc=AEO_PDF, title="認定等の種類別の交付実績",
        header=[["認定等の種類", "交付件数（件）", "交付額（万円）", "うち認定等取得（件）"]],
        rows=rows, col_widths=[46 * mm, 34 * mm, 34 * mm, 40 * mm],
        bold_rows=("合計",) + tuple(f"小計（{g}）" for g, _m in KINDS),
    )
    kinds.table_range = fiscal_year_range(KINDS_RANGE)
    kinds.unit = lambda row, c, s=kinds: bracket_unit(s.column_label(c))
    return rates, record, kinds


def aeo_story(specs):
    rates, record, kinds = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[3] for r in RECORD)
    got_all = sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{AEO} 募集要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(AEO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が、輸出入の手続を迅速にし、海外の取引先からの信頼を高めることができるよう、ＡＥＯ制度の認定等を取得するための体制づくりに要する経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", AEO),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者で、補助事業の完了の日から１年以内に税関へ認定等の申請を行うもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,800万円"),
        ("採択予定件数", "15件程度"),
    ], 0)
    st += paras("""
「ＡＥＯ制度」とは、貨物のセキュリティ管理と法令遵守の体制が整備された事業者を税関長が承認し、又は認定し、税関手続の簡素化等の措置を講ずる制度をいいます。この要領において「認定等」とは、ＡＥＯ制度による特定輸出者の承認、認定製造者の認定、認定通関業者の認定及び特定保税運送者の承認をいいます。「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。また、「物流事業者」とは、通関業又は保税運送を営む中小企業者をいい、それ以外の中小企業者を「輸出者・製造者」といいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は事業者の規模によって、上限額（経費区分ごと）は事業者の種類によって、次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用します。",
        f"※２ 補助金の額は、１事業者当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てます。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（通商振興課又は{CENTER}へ）",
        "② 申請書の提出（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月上旬）",
        "④ 交付決定の通知（令和７年７月下旬）",
        "⑤ 補助事業の実施（令和８年１月31日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月20日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    top = max((m for _g, ms in KINDS for m in ms), key=lambda m: m[1])[0]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました。これまでに交付を受けた{n_all}件のうち{got_all}件が認定等を取得しています。種類別では、{top}が交付件数、交付額ともに最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(kinds.title, f"（{KINDS_RANGE}の累計）"), kinds.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「認定等取得」は、交付を受けた事業者のうち、令和７年３月末までに認定等を受けた件数です。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例", H1)]
    for i, (head, kind, costs, amount, _group, _items) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("取得した認定等", kind), ("主な補助対象経費", costs), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("既に特定輸出者の承認を受けている事業者が、認定製造者の認定を目指す場合も対象になりますか。",
         "対象になります。ただし、同じ種類の認定等による申請は１回に限ります。"),
        ("補助事業の期間内に税関の審査が終わらなかった場合はどうなりますか。",
         "補助金は交付します。税関へ申請したことを、申請の日から30日以内に報告してください。"),
        ("税関の審査の結果、認定等を受けられなかった場合、補助金を返す必要はありますか。",
         "返還の必要はありません。ただし、税関へ申請を行わなかった場合は返還を求めます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{AEO_DEPT} 国際物流班　電話：099-591-2240　ファクス：099-591-2249",
        f"{CENTER}（事前相談）　電話：099-591-2300",
        "電子メール：nire-aeo@example.jp",
    ]))
    return st


# ================================================================ document 2: export quarantine survey
KEN = f"{PREF}産農産物の輸出検疫・輸出検査に関する実態調査"
KEN_DEPT = f"{PREF} 農林水産部 農産物輸出推進課"
MADOGUCHI = f"{PREF}輸出検疫相談窓口"
TARGET = 260  # 調査対象の事業者
TYPES = (("生産者", 112, 64), ("出荷団体・輸出事業者", 57, 38))  # 回答者数, うち検疫が必要な輸出あり
ITEMS = [  # 品目, 回答者数, 検疫が必要な輸出あり, 令和６年度に不合格等あり (者)
    ("果実", 48, 41, 14), ("野菜", 37, 22, 6), ("米", 29, 11, 2), ("花き", 18, 14, 5),
    ("茶", 21, 9, 1), ("その他", 16, 5, 1),
]
DESTS = [  # 輸出先, 検査件数（件）, 検査数量（トン）, 不合格等（件） (令和６年度)
    ("台湾", 412, 1286, 9), ("香港", 126, 318, 0), ("タイ", 188, 402, 6), ("シンガポール", 97, 164, 1),
    ("ベトナム", 134, 377, 7), ("マレーシア", 58, 96, 2), ("米国", 176, 523, 4), ("カナダ", 42, 71, 1),
    ("オーストラリア", 61, 88, 3), ("ＥＵ", 39, 52, 0), ("その他", 47, 110, 2),
]
TROUBLES = [  # 困っていること, 回答数: 生産者, 出荷団体・輸出事業者 (複数回答)
    ("検疫条件（病害虫の基準）の情報が得にくい", 31, 12), ("園地・施設の登録手続が煩雑", 29, 9),
    ("検査の日程と出荷時期の調整が難しい", 18, 17), ("くん蒸等の消毒に費用がかかる", 14, 15),
    ("検査の書類を作る人材がいない", 22, 5), ("不合格時の対応が分からない", 10, 6),
]
FAIL_CAUSES = (("病害虫の付着", 22), ("書類の不備", 8), ("その他", 5))  # prose only; adds up to the 不合格等 of (e)
PRODUCTS = [  # 見出し, 主な輸出先, 主な出荷時期, 求められる主な検疫措置, 主な意見 (same labels in every sibling section)
    ("もも", "台湾、香港、タイ", "７月から８月まで", "園地登録と生産園地での栽培地検査",
     "台湾向けの園地登録の締切が早く、新しい園地を加えにくい"),
    ("ぶどう", "香港、シンガポール、台湾", "８月から10月まで", "輸出検査（台湾向けは選果こん包施設の登録も）",
     "選果こん包施設の登録を産地でまとめて行いたい"),
    ("米", "香港、シンガポール、米国", "通年", "登録精米工場での精米とくん蒸倉庫の指定",
     "登録精米工場が県内に１か所しかなく、出荷が集中する"),
]
SIB_LABELS_KEN = ("主な輸出先", "主な出荷時期", "求められる主な検疫措置", "主な意見")


def ken_specs():
    rows = [[n, fw(a), fw(b), cell(pct1(b, a)), fw(c), cell(pct1(c, a))] for n, a, b, c in ITEMS]
    ta, tb, tc = (sum(r[j] for r in ITEMS) for j in (1, 2, 3))
    rows.append(["合計", fw(ta), fw(tb), cell(pct1(tb, ta)), fw(tc), cell(pct1(tc, ta))])
    items = TableSpec(
        key="items", doc=KEN_PDF, title="品目別の回答者と輸出検疫の状況",
        header=[["品目", "回答者数（者）", "検疫が必要な輸出あり", "", "令和６年度に不合格等あり", ""],
                ["", "", "者数（者）", "割合（％）", "者数（者）", "割合（％）"]],
        rows=rows, col_widths=[24 * mm, 28 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (5, 0))], table_fy=2024,
    )
    items.unit = lambda row, c, s=items: bracket_unit(s.header_parts(c)[-1])
    drows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in DESTS]
    drows.append(["合計"] + [fw(sum(r[j] for r in DESTS)) for j in (1, 2, 3)])
    dests = TableSpec(
        key="dests", doc=KEN_PDF, title="輸出先別の輸出検査の状況",
        header=[["輸出先", "検査件数（件）", "検査数量（トン）", "不合格等（件）"]],
        rows=drows, col_widths=[40 * mm, 36 * mm, 38 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    dests.unit = lambda row, c, s=dests: bracket_unit(s.column_label(c))
    n_all, n_p, n_d = troubled()
    troubles = TableSpec(
        key="troubles", doc=KEN_PDF, title="輸出検疫で困っていること（複数回答）",
        header=[["困っていること", "全体", "生産者", "出荷団体・輸出事業者"]],
        rows=[[n, cell(pct1(a + b, n_all)), cell(pct1(a, n_p)), cell(pct1(b, n_d))] for n, a, b in TROUBLES],
        col_widths=[80 * mm, 22 * mm, 22 * mm, 38 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return items, dests, troubles


def troubled() -> tuple[int, int, int]:
    """Respondents with exports needing quarantine: all, 生産者, 出荷団体・輸出事業者 (the ｎ of (f))."""
    return TYPES[0][2] + TYPES[1][2], TYPES[0][2], TYPES[1][2]


def ken_story(specs):
    items, dests, troubles = specs
    total = sum(r[1] for r in ITEMS)
    need = sum(r[2] for r in ITEMS)
    failed = sum(r[3] for r in ITEMS)
    n_ins, n_fail = sum(r[1] for r in DESTS), sum(r[3] for r in DESTS)
    n_all, n_p, n_d = troubled()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KEN} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(KEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県産農産物の輸出で求められる検疫と輸出検査への対応の実態と課題を把握し、輸出の拡大に向けた支援策に役立てるため"),
        ("調査対象", f"県内で農産物を輸出し、又は輸出を予定している事業者 {TARGET}者"),
        ("調査基準日", "令和６年（2024年）11月１日"),
        ("調査期間", "令和６年11月５日から12月６日まで"),
        ("調査方法", "郵送及びウェブによるアンケート（一部は聞き取り）"),
        ("回答数", f"{total}者（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「輸出検疫」とは、輸出先国・地域が定める植物検疫の条件を満たすため、植物防疫所の輸出検査を受け、植物検疫証明書の交付を受けることをいう。「不合格等」とは、輸出検査で不合格となったこと、又は輸出先での輸入検査で消毒、廃棄若しくは積戻しを命じられたことをいう。また、「生産者」とは農業者及び農業法人をいい、「出荷団体・輸出事業者」とはＪＡ等の出荷団体及び農産物を輸出する商社・卸売業者をいう。
""", 0)
    st += [P("２　回答者の品目と輸出検疫の状況", H1)]
    st += paras(f"""
回答者{total}者（生産者{TYPES[0][1]}者、出荷団体・輸出事業者{TYPES[1][1]}者）のうち、検疫が必要な輸出を行っている者は{need}者（{pct1(need, total)}％）であった。品目別では果実が最も多い。令和６年度に不合格等があった者は{failed}者であった。
""", 0)
    st += [caption(items.title, "（令和６年度）"), items.flowable(), Spacer(1, 2)]
    st += notes(["※１ 品目は、回答者が主に輸出する品目で分けた。割合は、各品目の回答者数に対する割合である。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("３　主な品目の状況", H1)]
    for i, (head, *values) in enumerate(PRODUCTS, 1):
        st += [CondPageBreak(SIBLING_ROOM + 6 * mm), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines(list(zip(SIB_LABELS_KEN, values)), 1)
    st += [P("４　輸出先別の輸出検査", H1)]
    st += paras(f"""
回答者が令和６年度に受けた輸出検査は{n_ins:,}件で、このうち不合格等となったものは{n_fail}件であった。輸出先別では、台湾向けが検査件数、不合格等の件数ともに最も多い。
検査件数を時期別に見ると、ももとぶどうの出荷が重なる７月から９月に全体の４割余りが集中している。不合格等の{n_fail}件の内訳は、病害虫の付着が{fw(FAIL_CAUSES[0][1])}件、書類の不備が{fw(FAIL_CAUSES[1][1])}件、その他が{fw(FAIL_CAUSES[2][1])}件であった。
聞き取りでは、不合格等の多くは選果の段階で取り除けなかった病害虫の付着によるもので、選果の際の目視点検を強めた産地では令和６年度の不合格等がなかったとの声があった。また、輸出先の検疫条件が改められたときに、その情報が産地に届くまでに時間がかかるとの指摘も多かった。
""", 0)
    st += paras("輸出検査の申請には、主に次の書類が必要である。", 0)
    st += bullets([
        "輸出検査申請書（植物防疫所の様式）",
        "園地登録又は選果こん包施設の登録の番号が分かる書類（登録が必要な輸出先の場合）",
        "輸出先が求める追加の条件（消毒の方法等）を示す書類",
    ], 0)
    st += [caption(dests.title, "（令和６年度）", keep=False), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「ＥＵ」は欧州連合の加盟国向けの合計である。「その他」は、中国、韓国、英国等である。"])
    st += [P("５　輸出検疫で困っていること", H1)]
    st += paras("""
全体と生産者では「検疫条件（病害虫の基準）の情報が得にくい」が最も多く、出荷団体・輸出事業者では「検査の日程と出荷時期の調整が難しい」が最も多かった。生産者では「園地・施設の登録手続が煩雑」も４割を超えた。
""", 0)
    st += [caption(troubles.title, "（単位：％）"), troubles.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 検疫が必要な輸出を行っている者（全体{n_all}者、生産者{n_p}者、出荷団体・輸出事業者{n_d}者）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "輸出先ごとの検疫条件を、品目別に一覧で見られるようにしてほしい。",
        "園地登録の手続を、産地ごとにまとめて支援してほしい。",
        "くん蒸等の消毒の費用を助成してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {MADOGUCHI}で、輸出先別・品目別の検疫条件の相談を受ける。",
        "② 輸出先ごとの検疫条件を品目別にまとめた手引きを、令和７年度中に作る。",
        "③ 園地登録と選果こん包施設の登録の説明会を、産地ごとに開く。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KEN_DEPT} 輸出支援班　電話：099-592-3140　ファクス：099-592-3149",
        f"{MADOGUCHI}（{PREF}農業技術センター内、検疫条件の相談）　電話：099-592-3300",
        "電子メール：nire-kenneki@example.jp",
    ]))
    return st


# ================================================================ document 3: cold-chain equipment lending, usage guide
RIYO = f"{PREF}輸出コールドチェーン機器貸出事業"
RIYO_DEPT = f"{PREF} 農林水産部 食品流通課"
KOSHA = f"公益財団法人{PREF}農産物流通公社"
SHIOMI = "汐見港輸出支援センター"
FEES = [  # 機器, 貸出単位, 県内事業者（円）, 県外事業者（円） (令和７年度)
    ("温度記録計（データロガー）", "１台・１回", 1000, 2000), ("蓄冷式保冷ボックス（大）", "１個・７日まで", 3000, 6000),
    ("蓄冷式保冷ボックス（小）", "１個・７日まで", 1500, 3000), ("12フィート冷蔵コンテナ", "１基・１日", 8000, 16000),
    ("予冷庫", "１パレット・１日", 1200, 2400),
]
YEARS = (2022, 2023, 2024)
RESULTS = [  # 区分, 単位, 令和４年度, 令和５年度, 令和６年度
    ("利用事業者数", "者", 24, 37, 52), ("貸出件数", "件", 96, 158, 231), ("うち冷蔵コンテナ", "件", 11, 19, 30),
    ("延べ貸出日数", "日", 612, 1044, 1587), ("利用料収入", "千円", 1486, 2512, 3690),
]
LENDS = [  # 輸出先, 青果物, 花き, 水産物・加工品 (件, 令和６年度)
    ("台湾", 38, 6, 21), ("香港", 29, 9, 18), ("タイ", 17, 2, 9), ("シンガポール", 15, 4, 12),
    ("米国", 8, 5, 14), ("その他", 10, 3, 11),
]
USES = [  # 見出し, 輸出先, 使った機器, 効果 (same labels in every sibling section)
    ("青果卸売業Ｄ社（楡市）", "台湾", "蓄冷式保冷ボックス（大）、温度記録計", "航空便での温度の記録を取引先に示せるようになった"),
    ("花き生産法人Ｅ社（青沼町）", "香港", "予冷庫、蓄冷式保冷ボックス（小）", "出荷前に予冷することで、日持ちが２日延びた"),
    ("水産加工業Ｆ社（汐見市）", "米国", "12フィート冷蔵コンテナ、温度記録計", "少量の冷凍品を港まで低温のまま運べるようになった"),
]
NOT_ALLOWED = [  # 利用できない場合
    "県産の農林水産物・食品を含まない貨物の輸出に使う場合",
    "国内の輸送だけに使う場合",
    "機器を第三者に又貸しする場合",
    "前回の利用料を期限までに納めていない場合",
]


def riyo_specs():
    fees = TableSpec(
        key="fees", doc=RIYO_PDF, title="機器別の利用料",
        header=[["機器", "貸出単位", "県内事業者（円）", "県外事業者（円）"]],
        rows=[[n, u, fw(a), fw(b)] for n, u, a, b in FEES],
        col_widths=[56 * mm, 36 * mm, 34 * mm, 34 * mm], value_cols=[2, 3], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    results = TableSpec(
        key="results", doc=RIYO_PDF, title="貸出の実績",
        header=[["区分", "単位"] + [era(y) for y in YEARS]],
        rows=[[n, u, fw(a), fw(b), fw(c)] for n, u, a, b, c in RESULTS],
        col_widths=[44 * mm, 18 * mm, 32 * mm, 32 * mm, 32 * mm], value_cols=[2, 3, 4],
    )
    results.unit = lambda row, c: nfkc(row[1])
    lrows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in LENDS]
    sums = [sum(r[j] for r in LENDS) for j in (1, 2, 3)]
    lrows.append(["合計"] + [fw(x) for x in sums] + [fw(sum(sums))])
    lends = TableSpec(
        key="lends", doc=RIYO_PDF, title="輸出先別・品目別の貸出件数",
        header=[["輸出先", "青果物", "花き", "水産物・加工品", "合計"]],
        rows=lrows, col_widths=[36 * mm, 28 * mm, 28 * mm, 36 * mm, 28 * mm], unit="件", table_fy=2024,
    )
    return fees, results, lends


def riyo_story(specs):
    fees, results, lends = specs
    res = {r[0]: r for r in RESULTS}
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{RIYO} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(RIYO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += paras("""
県産の青果物、花き、水産物等を低温のまま海外へ届けられるよう、輸出に使う保冷・温度管理の機器を貸し出します。令和７年（2025年）４月から、12フィート冷蔵コンテナを２基増やしました。
""", 0)
    st += lv_lines([
        ("事業名", RIYO),
        ("実施主体", PREF),
        ("運営", f"{KOSHA}（県からの委託）"),
        ("貸出場所", f"{SHIOMI}（汐見市港町）"),
        ("受付時間", "平日の９時から17時まで"),
        ("利用できる者", "県産の農林水産物・食品を輸出する事業者（県外事業者を含む。）"),
    ], 0)
    st += paras("""
この案内において「県内事業者」とは、県内に本社又は主たる事業所を有する事業者をいい、それ以外の事業者を「県外事業者」という。また、「貸出期間」とは、機器を受け取った日から返却した日までの期間をいい、受け取った日と返却した日をそれぞれ１日として数える。
""", 0)
    st += [P("２　貸し出す機器と利用料", H1)]
    st += paras("利用料は、機器と事業者の区分によって次のとおりです（消費税を含む。）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 保冷ボックスの貸出期間が７日を超えるときは、超えた日１日につき、大は500円、小は250円を加算する。",
        "※２ 冷蔵コンテナの貸出期間は30日までとし、汐見港から輸出する場合に限る。",
        "※３ 初めて利用する県内事業者（中小企業に限る。）は、最初の貸出１回に限り、利用料を２分の１とする。",
    ])
    st += paras("次の場合は、機器を利用できません。", 0)
    st += bullets(NOT_ALLOWED, 0)
    st += [P("３　利用の手続", H1)]
    st += numbered([
        f"① 予約（利用日の２か月前から７日前までに、{SHIOMI}へ電話又は電子メールで）",
        "② 利用申込書の提出（利用日の３日前まで）",
        f"③ 機器の受取（{SHIOMI}の窓口で、機器の状態を確認）",
        "④ 輸出（温度記録計のデータは、返却の際に提出）",
        "⑤ 返却（貸出期間の最終日の17時まで）",
        "⑥ 利用料の納付（返却した月の翌月末までに、請求書により）",
    ], 0)
    st += [P("４　利用の実績", H1)]
    r6, r5 = res["貸出件数"][4], res["貸出件数"][3]
    st += paras(f"""
令和６年度は{res['利用事業者数'][4]}者が利用し、貸出件数は{r6}件と前年度の約{half_up(Decimal(r6) / Decimal(r5), '0.1')}倍になった。輸出先別では台湾向けが、品目別では青果物が最も多い。
""", 0)
    st += [caption(results.title), results.flowable(), Spacer(1, 2)]
    st += [caption(lends.title, "（令和６年度、単位：件）"), lends.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、マレーシア、ベトナム、カナダ等である。複数の品目を同時に送った貸出は、主な品目で数えた。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("５　利用事例（令和６年度）", H1)]
    for i, (head, dest, used, effect) in enumerate(USES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", dest), ("使った機器", used), ("効果", effect)], 1)
    st += [P("６　よくある質問", H1)]
    for i, (q, a) in enumerate([
        ("貸出期間の途中で返却した場合、利用料は戻りますか。", "実際に使った日数で計算し直し、差額をお返しします。"),
        ("機器を汐見港以外の港や空港で使うことはできますか。", "冷蔵コンテナを除き、できます。機器の受取と返却は汐見港で行ってください。"),
    ], 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{RIYO_DEPT} 流通対策班　電話：099-593-4410　ファクス：099-593-4419",
        f"{KOSHA} {SHIOMI}（予約）　電話：099-593-4500",
        "電子メール：nire-coldchain@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return aeo_specs() + ken_specs() + riyo_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    aspecs, kspecs, rspecs = aeo_specs(), ken_specs(), riyo_specs()
    adoc = build_pdf(docs_dir / AEO_PDF, aspecs, aeo_story(aspecs),
                     f"令和７年度 {AEO} 募集要領", "令和７年４月", AEO_DEPT)
    kdoc = build_pdf(docs_dir / KEN_PDF, kspecs, ken_story(kspecs),
                     f"令和６年度 {KEN} 報告書", "令和７年３月", KEN_DEPT)
    rdoc = build_pdf(docs_dir / RIYO_PDF, rspecs, riyo_story(rspecs),
                     f"令和７年度 {RIYO} 利用案内", "令和７年４月", RIYO_DEPT)
    gold = all_gold({AEO_PDF: adoc.row_pages, KEN_PDF: kdoc.row_pages, RIYO_PDF: rdoc.row_pages})
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
    # --- aeo: the AEO subsidy call, tables (a) (b) (c), definitions, costs not covered, procedure, sibling sections
    dict(question="従業員が23人いる金属部品メーカーから相談を受けています。倉庫に監視カメラと入退室管理の装置を付ける費用は、何％補助されますか？",
         category="aeo", doc=AEO_PDF,
         evidence=["常時使用する従業員の数が20人", "貨物管理設備の導入費 50 60 80 100"], answer=["50"],
         notes="two facts: 23人 is above the 20人 of the 小規模企業者 definition (a manufacturer), so the firm takes the "
               "中小企業者 column (note ※１); (a) two-level header, leaf 補助率（％）／中小企業者; 60 (小規模企業者) is the trap"),
    dict(question="2025年度の募集で、通関業を営む会社が社員向けにＡＥＯの研修を開く場合、補助の上限額はいくらになりますか？",
         category="aeo", doc=AEO_PDF,
         evidence=["通関業又は保税運送を営む中小企業者", "社内研修の実施費 50 75 20 25"], answer=["25"],
         notes="(a) the caps are by applicant type, not by size: a customs broker is a 物流事業者 (definition in ２), leaf "
               "上限額（万円）／物流事業者; 20 (輸出者・製造者) and the rates 50 / 75 are the traps; 2025年度 = 令和７年度 "
               "(printed nowhere in Western form)"),
    dict(question="2023年度は、何件に補助金が交付されましたか？",
         category="aeo", doc=AEO_PDF, evidence=["令和５年度 17 11 1,045 ８"], answer=["11"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 交付件数（件）; "
               "17 (申請件数) is the trap"),
    dict(question="令和６年度に交付した補助金は、１件当たり平均でいくらになりますか？",
         category="aeo", doc=AEO_PDF, evidence=["令和６年度 21 14 1,362 ６"], answer=["97.3万円"], computed=True,
         notes="(b) average in a row: 1,362 / 14 = 97.3万円 (21 is the applications, the trap as a divisor)"),
    dict(question="通関業者や保税運送の業者への交付は、制度が始まってからの累計で何件ありますか？",
         category="aeo", doc=AEO_PDF, evidence=["小計（物流事業者） 15 1,327 ９"], answer=["15"],
         notes="(c) a subtotal row inside the table (小計（物流事業者） = 認定通関業者 + 特定保税運送者), column 交付件数（件）, "
               "令和３～６年度 cumulative; 10 (認定通関業者 alone) and 40 (合計) are the traps"),
    dict(question="認定製造者を目指して補助を受けた会社のうち、実際に認定を受けられたのは何％ですか？",
         category="aeo", doc=AEO_PDF, evidence=["認定製造者 ７ 690 ４"], answer=["57.1%"], computed=True,
         notes="(c) share within a row: 4 / 7 = 57.1 % (うち認定等取得 over 交付件数, note ※３)"),
    dict(question="これまでの交付額全体のうち、物流事業者向けはどのくらいの割合を占めていますか？",
         category="aeo", doc=AEO_PDF, evidence=["小計（物流事業者） 15 1,327 ９", "合計 40 3,737 26"],
         answer=["35.5%"], computed=True,
         notes="(c) share of a subtotal in the total: 1,327 / 3,737 = 35.5 % (counts would give 15 / 40 = 37.5 %, a trap)"),
    dict(question="社内で使うノートパソコンを新しく買う費用も、この補助金の対象になりますか？",
         category="aeo", doc=AEO_PDF, evidence=["次の経費は補助の対象になりません", "パソコン、タブレット等の汎用的な機器"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence on page 1, the ○ items on page 2): general-purpose devices; "
               "書類管理システムの導入費 (covered) is the near miss"),
    dict(question="補助事業が終わったあと、実績報告はいつまでに出せばよいですか？",
         category="aeo", doc=AEO_PDF, evidence=["事業の完了から30日以内"], answer=["30日以内"],
         notes="procedure step ⑥ (at the latest 令和８年２月20日); the 30日 of Ａ of Ｑ２ (reporting the customs "
               "application) is a near miss"),
    dict(question="冷凍食品メーカーの活用事例では、いくらの補助を受けていますか？",
         category="aeo", doc=AEO_PDF, evidence=["冷凍食品製造業Ｂ社", "補助金の額：64万円"], answer=["64万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 取得した認定等, 主な補助対象経費, 補助金の額; "
               "（２）冷凍食品製造業Ｂ社; 88万円 and 132万円 are the siblings' values"),
    # --- kenneki: the quarantine survey, tables (d) (e) (f), a definition, sibling sections
    dict(question="果物を主に輸出している回答者のうち、検疫が必要な輸出をしているのは何％ですか？",
         category="kenneki", doc=KEN_PDF, evidence=["果実 48 41 85.4 14 29.2"], answer=["85.4"],
         notes="(d) per cents next to counts in paired columns: leaf 検疫が必要な輸出あり／割合（％） (果物 = 果実); "
               "41 (the count) and 29.2 (the 不合格等 share) are the traps"),
    dict(question="検疫が必要な輸出をしている果実の回答者に限ると、令和６年度に不合格等を経験したのは何％になりますか？",
         category="kenneki", doc=KEN_PDF, evidence=["果実 48 41 85.4 14 29.2"], answer=["34.1%"], computed=True,
         notes="(d) share over another base: 14 / 41 = 34.1 %; the printed 29.2 is over all 48 fruit respondents "
               "(note ※１), the trap"),
    dict(question="2024年度に、オーストラリア向けに輸出検査を受けた数量はどれだけでしたか？",
         category="kenneki", doc=KEN_PDF, evidence=["オーストラリア 61 88 ３"], answer=["88"],
         notes="(e) continuation page (no header there): row オーストラリア, column 検査数量（トン）; 61 (検査件数) is the "
               "trap; 2024年度 = 令和６年度 (the report prints only 2024年 in 調査基準日)"),
    dict(question="令和６年度に台湾向けで不合格等になったのは何件でしたか？",
         category="kenneki", doc=KEN_PDF, evidence=["台湾 412 1,286 ９"], answer=["９"],
         notes="(e) first page, column 不合格等（件）; 412 (検査件数) is the trap"),
    dict(question="ベトナム向けの輸出検査では、不合格等になった割合はどれくらいですか？",
         category="kenneki", doc=KEN_PDF, evidence=["ベトナム 134 377 ７"], answer=["5.2%"], computed=True,
         notes="(e) share within a row: 7 / 134 = 5.2 % (the rate per inspection; per ton would be another reading)"),
    dict(question="タイ、シンガポール、ベトナム、マレーシアの東南アジア４か国向けを合わせると、輸出検査は何件になりますか？",
         category="kenneki", doc=KEN_PDF,
         evidence=["タイ 188 402 ６", "シンガポール 97 164 １", "ベトナム 134 377 ７", "マレーシア 58 96 ２"],
         answer=["477件"], computed=True,
         notes="(e) sum over four rows of the first page (no subtotal printed): 188 + 97 + 134 + 58 = 477件"),
    dict(question="ＪＡのような出荷団体では、くん蒸などの消毒の費用を困りごとに挙げた割合はどれくらいですか？",
         category="kenneki", doc=KEN_PDF,
         evidence=["ＪＡ等の出荷団体", "くん蒸等の消毒に費用がかかる 28.4 21.9 39.5"], answer=["39.5"],
         notes="(f) unruled table; the definition puts ＪＡ in 出荷団体・輸出事業者, the column to read; 28.4 (全体) and "
               "21.9 (生産者) are the traps"),
    dict(question="生産者が輸出検疫で困っていることとして、２番目に多く挙げたのは何ですか？",
         category="kenneki", doc=KEN_PDF, evidence=["園地・施設の登録手続が煩雑 37.3 45.3 23.7"],
         answer=["園地・施設の登録手続が煩雑"],
         notes="(f) ranking in the column 生産者: 48.4 (情報が得にくい), 45.3, 34.4 (書類を作る人材); the second "
               "by 全体 (37.3) is the same row, the second by 出荷団体・輸出事業者 (39.5, 消毒の費用) is the trap"),
    dict(question="台湾の輸入検査で積戻しを命じられたケースも、この調査の「不合格等」に入りますか？",
         category="kenneki", doc=KEN_PDF, evidence=["輸出先での輸入検査で消毒、廃棄若しくは積戻し"],
         answer=["輸出先での輸入検査"],
         notes="definition 「不合格等」とは…輸出検査で不合格となったこと、又は輸出先での輸入検査で…積戻しを命じられたこと "
               "(yes: the second branch)"),
    dict(question="お米を輸出している事業者の主な輸出先はどこですか？",
         category="kenneki", doc=KEN_PDF, evidence=["（３）米", "主な輸出先：香港、シンガポール、米国"],
         answer=["香港、シンガポール、米国"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な輸出先, 主な出荷時期, 求められる主な検疫措置, "
               "主な意見; （３）米 (お米; 米国 is a country, the trap); the siblings' 台湾、香港、タイ and "
               "香港、シンガポール、台湾 are near misses"),
    # --- riyo: the equipment-lending guide, tables (g) (h) (i), definitions, a list, sibling sections
    dict(question="本社は県外ですが、主たる事業所は楡県内にある会社が、大きいほうの保冷ボックスを借りると利用料はいくらですか？",
         category="riyo", doc=RIYO_PDF,
         evidence=["県内に本社又は主たる事業所を有する事業者", "蓄冷式保冷ボックス（大） １個・７日まで 3,000 6,000"],
         answer=["3,000"],
         notes="two facts: the definition makes the firm a 県内事業者 (本社 or 主たる事業所 in the prefecture); (g) row "
               "蓄冷式保冷ボックス（大）, column 県内事業者（円）; 6,000 (県外事業者) is the trap"),
    dict(question="国内の配送だけに保冷ボックスを使いたいという問い合わせがありました。借りることはできますか？",
         category="riyo", doc=RIYO_PDF, evidence=["次の場合は、機器を利用できません", "国内の輸送だけに使う場合"],
         answer=["利用できません"],
         notes="the cases where the equipment may not be used (a lead sentence and four ○ items): 国内の輸送だけ (no)"),
    dict(question="初めて利用する県内の中小企業が、冷蔵コンテナを３月３日に受け取って３月７日に返す予定です。利用料はいくらになりますか？",
         category="riyo", doc=RIYO_PDF,
         evidence=["受け取った日と返却した日をそれぞれ１日として数える", "12フィート冷蔵コンテナ １基・１日 8,000 16,000",
                   "最初の貸出１回に限り、利用料を２分の１とする"],
         answer=["20,000円"], computed=True,
         notes="(g) with the 貸出期間 definition (both ends count: ５日) and note ※３ (first use by a small 県内事業者: half): "
               "8,000 × 5 × 1/2 = 20,000円; 40,000円 (no discount) and 16,000円 (four days) are the traps"),
    dict(question="2023年度の延べ貸出日数は何日でしたか？",
         category="riyo", doc=RIYO_PDF, evidence=["延べ貸出日数 日 612 1,044 1,587"], answer=["1,044"],
         notes="(h) fiscal years as columns with a 単位 column: 2023年度 = the 令和５年度 column (the guide prints only "
               "2025年); 612 and 1,587 are the neighbouring years"),
    dict(question="令和６年度の貸出件数は、令和４年度の何倍になりましたか？",
         category="riyo", doc=RIYO_PDF, evidence=["貸出件数 件 96 158 231"], answer=["2.4倍"], computed=True,
         notes="(h) ratio across the year columns: 231 / 96 = 2.4倍; the prose's 約1.5倍 compares with 令和５年度, the trap"),
    dict(question="令和６年度は、１回の貸出で平均何日くらい機器が使われましたか？",
         category="riyo", doc=RIYO_PDF, evidence=["延べ貸出日数 日 612 1,044 1,587", "貸出件数 件 96 158 231"],
         answer=["6.9日"], computed=True,
         notes="(h) ratio of two rows in one year column: 1,587 / 231 = 6.9日"),
    dict(question="2024年度、台湾向けの貸出は全部で何件ありましたか？",
         category="riyo", doc=RIYO_PDF, evidence=["台湾 38 ６ 21 65"], answer=["65"],
         notes="(i) a total column on the right (合計); 38 (青果物) is the trap; 2024年度 = 令和６年度 (caption note)"),
    dict(question="花きの貸出のうち、香港向けは何％を占めていますか？",
         category="riyo", doc=RIYO_PDF, evidence=["香港 29 ９ 18 56", "合計 117 29 85 231"], answer=["31.0%"],
         computed=True,
         notes="(i) share within a column: 9 / 29 = 31.0 %; 29 is also 香港's 青果物 cell, a trap when reading the row"),
    dict(question="水産加工の会社の利用事例では、どの機器を使っていましたか？",
         category="riyo", doc=RIYO_PDF, evidence=["水産加工業Ｆ社", "使った機器：12フィート冷蔵コンテナ、温度記録計"],
         answer=["12フィート冷蔵コンテナ、温度記録計"],
         notes="sibling sections （１）–（３） of ５ share the labels 輸出先, 使った機器, 効果; （３）水産加工業Ｆ社 (on page 3, "
               "its siblings on page 2); the siblings' 保冷ボックス and 予冷庫 are near misses"),
    # --- followups
    dict(question="それを物流事業者が申請する場合、上限額はいくらですか？",
         category="followup", doc=AEO_PDF, evidence=["専門家の指導料 60 75 30 40"], answer=["40"],
         history=_turns("専門家に指導してもらう費用は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の場合、専門家の指導料の補助率は75％です[1]。"),
         notes="(a) the row from the history (専門家の指導料), the other group: leaf 上限額（万円）／物流事業者; 30 "
               "(輸出者・製造者) and 75 (the rate in the history) are the traps"),
    dict(question="そのうち不合格等になったのは何件ですか？",
         category="followup", doc=KEN_PDF, evidence=["タイ 188 402 ６"], answer=["６"],
         history=_turns("タイ向けの輸出検査は、令和６年度に何件ありましたか？",
                        "令和６年度のタイ向けの輸出検査は188件でした[1]。"),
         notes="(e) the row from the history (タイ, first page), column 不合格等（件）; 402 (検査数量) is the trap"),
    dict(question="その次の年度は何件でしたか？",
         category="followup", doc=RIYO_PDF, evidence=["うち冷蔵コンテナ 件 11 19 30"], answer=["30"],
         history=_turns("令和５年度に冷蔵コンテナは何件貸し出されましたか？",
                        "令和５年度の冷蔵コンテナの貸出は19件でした[1]。"),
         notes="(h) the row from the history (うち冷蔵コンテナ), the year column after 令和５年度 (令和６年度); 11 is the "
               "year before"),
    dict(question="その募集の予算額はいくらですか？",
         category="followup", doc=AEO_PDF, evidence=["予算額：1,800万円"], answer=["1,800万円"],
         history=_turns("ＡＥＯの補助金の募集期間を教えてください。",
                        "募集期間は令和７年５月12日から６月20日まで（必着）です[1]。"),
         notes="「label：value」 line 予算額 in ２ (the call from the history); the 延べ3,737万円 granted so far is a near miss"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=RIYO_PDF, evidence=["電話：099-593-4500"], answer=["099-593-4500"],
         history=_turns("冷蔵コンテナを予約したい会社があるのですが、どこに連絡すればよいですか？",
                        "汐見港輸出支援センター（公益財団法人楡県農産物流通公社）で予約を受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-593-4410 and fax "
               "099-593-4419 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="ＡＥＯの認定を取るまでには、税関に申請してから平均でどのくらいの期間がかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the subsidy's schedule and the one year to apply to customs, not how long customs takes",
         absent=["平均期間", "所要期間", "審査期間"]),
    dict(question="これまでに交付を受けた事業者を業種別に見ると、食品関係の会社は何件ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and by kind of AEO status only; the case of the frozen-food maker Ｂ社 is a near miss",
         absent=["業種別", "業種"]),
    dict(question="植物検疫証明書を発行してもらうときの手数料は、１件いくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey names the certificate in a definition but gives no fee (only the cost of fumigation as a difficulty)",
         absent=["手数料"]),
    dict(question="令和６年度に不合格等になった貨物の損害額は、全体でいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts the cases (35件, by destination and by cause) and the respondents, not the loss",
         absent=["損害額", "損失額", "被害額"]),
    dict(question="温度記録計は、全部で何台用意されていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the fees and the lendings, not the stock of loggers (only the two added containers)",
         absent=["保有台数", "保有数", "台数"]),
    dict(question="冷蔵コンテナを使うようになって、輸出先からの返品はどれくらい減りましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the cases describe effects in words (records shown to buyers, two more days of shelf life), no returns",
         absent=["返品", "クレーム"]),
]
CATEGORY_COUNTS = {"aeo": 10, "kenneki": 10, "riyo": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h55q", "h55t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "認定等の種類別の交付実績",
    "品目別の回答者と輸出検疫の状況", "輸出先別の輸出検査の状況", "輸出検疫で困っていること（複数回答）",
    "機器別の利用料", "貸出の実績", "輸出先別・品目別の貸出件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _ratio(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h55q04": lambda g: _ratio(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h55q06": lambda g: _pct(g(C, "認定製造者", "うち認定等取得（件）"), g(C, "認定製造者", "交付件数（件）")),
    "h55q07": lambda g: _pct(g(C, "小計（物流事業者）", "交付額（万円）"), g(C, "合計", "交付額（万円）")),
    "h55q12": lambda g: _pct(g(D, "果実", "令和６年度に不合格等あり／者数（者）", 2024),
                             g(D, "果実", "検疫が必要な輸出あり／者数（者）", 2024)),
    "h55q15": lambda g: _pct(g(E, "ベトナム", "不合格等（件）", 2024), g(E, "ベトナム", "検査件数（件）", 2024)),
    "h55q16": lambda g: f"{sum(g(E, r, '検査件数（件）', 2024) for r in ('タイ', 'シンガポール', 'ベトナム', 'マレーシア'))}件",
    "h55q23": lambda g: f"{g(G, '12フィート冷蔵コンテナ', '県内事業者（円）', 2025) * 5 // 2:,}円",
    "h55q25": lambda g: _ratio(g(H, "貸出件数", "令和６年度", 2024), g(H, "貸出件数", "令和４年度", 2022), "倍"),
    "h55q26": lambda g: _ratio(g(H, "延べ貸出日数", "令和６年度", 2024), g(H, "貸出件数", "令和６年度", 2024), "日"),
    "h55q28": lambda g: _pct(g(I, "香港", "花き", 2024), g(I, "合計", "花き", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {AEO_PDF: (3, 3), KEN_PDF: (3, 3), RIYO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 220)
TABLE_QUESTIONS = 20  # at least, outside the followups
COMPUTED_QUESTIONS = (8, 12)
BEFORE_BREAK_ROWS = ("台湾", "香港")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("オーストラリア", "ＥＵ", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout55.py")
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
    if not COMPUTED_QUESTIONS[0] <= n_comp <= COMPUTED_QUESTIONS[1]:
        errors.append(f"{n_comp} computed questions, expected {COMPUTED_QUESTIONS[0]}-{COMPUTED_QUESTIONS[1]}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout55.py")
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
            # each printed row, cell after cell, on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        for col in cols:
            members = rows if rows is not None else [r for r in tab if r != total]
            if tab[total][col] != sum(tab[r][col] for r in members):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms get at least the general rate; no cap above the firm cap of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if max(r["上限額（万円）／輸出者・製造者"], r["上限額（万円）／物流事業者"]) > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; grants within applications; amounts within grants × firm cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP \
                or r["認定等取得（件）"] > r["交付件数（件）"]:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): each subtotal adds its group, 合計 adds the subtotals and equals the sums of (b)
    c = t[C]
    cols_c = ("交付件数（件）", "交付額（万円）", "うち認定等取得（件）")
    for group, members in KINDS:
        adds_up(C, cols_c, rows=[m[0] for m in members], total=f"小計（{group}）")
    adds_up(C, cols_c, rows=[f"小計（{g}）" for g, _m in KINDS])
    for cc, bc in zip(cols_c, ("交付件数（件）", "交付額（万円）", "認定等取得（件）")):
        if c["合計"][cc] != sum(r[bc] for r in b.values()):
            errors.append(f"{C}: 合計 of {cc} differs from the sum of {B}")
    if any(r["うち認定等取得（件）"] > r["交付件数（件）"] for r in c.values()):
        errors.append(f"{C}: うち認定等取得 above 交付件数")
    # (d): 合計 adds up; 回答 ≥ 検疫 ≥ 不合格等; the per cents come from the counts
    d = t[D]
    need, fail = "検疫が必要な輸出あり／者数（者）", "令和６年度に不合格等あり／者数（者）"
    adds_up(D, ("回答者数（者）", need, fail))
    for row, r in d.items():
        if not r["回答者数（者）"] >= r[need] >= r[fail]:
            errors.append(f"{D} / {row}: 回答 ≥ 検疫 ≥ 不合格等 does not hold")
        for grp in ("検疫が必要な輸出あり", "令和６年度に不合格等あり"):
            if Decimal(str(r[f"{grp}／割合（％）"])) != pct1(r[f"{grp}／者数（者）"], r["回答者数（者）"]):
                errors.append(f"{D} / {row}: the per cent of {grp} differs from its count")
    if d["合計"]["回答者数（者）"] != sum(x[1] for x in TYPES) or d["合計"][need] != troubled()[0]:
        errors.append(f"{D}: 合計 differs from the respondent types")
    # (e): 合計 adds up; 不合格等 within 検査件数; the failures in prose add up to it; (d)'s firms ≤ (e)'s cases
    e = t[E]
    adds_up(E, ("検査件数（件）", "検査数量（トン）", "不合格等（件）"))
    if any(r["不合格等（件）"] > r["検査件数（件）"] for r in e.values()):
        errors.append(f"{E}: 不合格等 above 検査件数")
    if e["合計"]["不合格等（件）"] != sum(x[1] for x in FAIL_CAUSES) or d["合計"][fail] > e["合計"]["不合格等（件）"]:
        errors.append(f"{E}: 不合格等 differs from the causes in the prose or from (d)")
    # (f): the per cents come from the counts (全体 over both types)
    n_all, n_p, n_d = troubled()
    for name, a, bb in TROUBLES:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_p), pct1(bb, n_d))
        if tuple(Decimal(str(r[k])) for k in ("全体", "生産者", "出荷団体・輸出事業者")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): 県外 above 県内
    if any(r["県外事業者（円）"] <= r["県内事業者（円）"] for r in t[G].values()):
        errors.append(f"{G}: 県外事業者 should pay more than 県内事業者")
    # (h): 貸出件数 grows; うち within it
    h = t[H]
    ys = [h["貸出件数"][era(y)] for y in YEARS]
    if ys != sorted(set(ys)) or any(h["うち冷蔵コンテナ"][era(y)] > h["貸出件数"][era(y)] for y in YEARS):
        errors.append(f"{H}: 貸出件数 should grow and うち冷蔵コンテナ stay within it")
    # (i): the total column adds each row, the 合計 row adds each column, and equals (h)'s 令和６年度
    i_ = t[I]
    parts = ("青果物", "花き", "水産物・加工品")
    for row, r in i_.items():
        if r["合計"] != sum(r[p] for p in parts):
            errors.append(f"{I} / {row}: the total column does not add up")
    adds_up(I, parts + ("合計",))
    if i_["合計"]["合計"] != h["貸出件数"]["令和６年度"]:
        errors.append(f"{I}: 合計 differs from {H}'s 令和６年度 貸出件数")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    dests = specs["dests"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(dests.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KEN_PDF]) if header in norm(p)]
        if dests.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("欧州連合の加盟国向けの合計") not in norm(pages[KEN_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "record", "kinds", "items", "troubles", "fees", "results", "lends"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["troubles"].ruled or not all(s.ruled for k, s in specs.items() if k != "troubles"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; rates by size, caps by applicant type
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／輸出者・製造者", "上限額（万円）／物流事業者"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): subtotal rows between the groups, a fiscal-year range and no single year
    rows_c = list(dict.fromkeys(g["row"] for g in gold if g["table"] == C))
    want_c = ["特定輸出者", "認定製造者", "小計（輸出者・製造者）", "認定通関業者", "特定保税運送者", "小計（物流事業者）", "合計"]
    if rows_c != want_c or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != [2021, 2024]
                               for g in gold if g["table"] == C):
        errors.append(f"{C}: expected subtotal rows {want_c} and the range 2021-2024, got {rows_c}")
    # (d): two header rows, counts and per cents paired under each group
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    want = ["回答者数（者）", "検疫が必要な輸出あり／者数（者）", "検疫が必要な輸出あり／割合（％）",
            "令和６年度に不合格等あり／者数（者）", "令和６年度に不合格等あり／割合（％）"]
    if len(specs["items"].header) != 2 or len(specs["items"].spans) != 4 or cols != want:
        errors.append(f"{D}: expected paired columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == D} != {"者", "%"}:
        errors.append(f"{D}: units should be 者 and %")
    # (h): fiscal years as columns, the unit of each row from its 単位 column
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    hunits = {g["row"]: g["unit"] for g in gold if g["table"] == H}
    if hcols != [era(y) for y in YEARS] or specs["results"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == H) \
            or hunits != {n: nfkc(u) for n, u, *_x in RESULTS} or len(set(hunits.values())) < 3:
        errors.append(f"{H}: expected the fiscal years as columns and a unit per row, got {hcols} {hunits}")
    # (i): the total column is the last one
    icols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == I))
    if icols[-1] != "合計" or len(icols) != 4:
        errors.append(f"{I}: expected a total column on the right, got {icols}")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
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
        got = re.findall(r"099-59\d-\d{4}", text)
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

    def qa_lines(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    def western(text, want, what):
        got = re.findall(r"20\d\d年", text)
        if got != want:
            errors.append(f"{what}: only {want} should be printed in Western form, got {got}")

    # ---- the AEO call
    ae = norm("\n".join(pages[AEO_PDF]))
    siblings(ae, AEO_PDF, ("取得した認定等：", "主な補助対象経費：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[3] for r in RECORD):,}万円") not in ae:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付") not in ae \
            or norm(f"{sum(r[2] for r in RECORD)}件のうち{sum(r[4] for r in RECORD)}件が認定等を取得") not in ae:
        errors.append("call: the 令和６年度 figures or the acquisitions in the prose differ from (b)")
    allm = [m for _g, ms in KINDS for m in ms]
    by_n, by_amt = sorted(allm, key=lambda m: -m[1]), sorted(allm, key=lambda m: -m[2])
    if by_n[0][0] != "特定輸出者" or by_n[0][1] == by_n[1][1] or by_amt[0][0] != "特定輸出者" \
            or norm("特定輸出者が交付件数、交付額ともに最も多く") not in ae:
        errors.append("call: 「特定輸出者が交付件数、交付額ともに最も多く」 does not hold")
    caps = {r[0]: {"輸出者・製造者": r[3], "物流事業者": r[4]} for r in RATES}
    for head, _kind, _costs, amount, group, items in CASES:
        n = int(amount.rstrip("万円"))
        if n > COMPANY_CAP or n > sum(caps[it][group] for it in items):
            errors.append(f"call: case {head} is above the firm cap or the caps of its cost items")
    western(ae, ["2021年"], "call")
    defs(ae, ("ＡＥＯ制度", "認定等", "小規模企業者", "物流事業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in ae:
            errors.append(f"call: the cost not covered {x} is missing")
    qa_lines(AEO_PDF, 3, "call")
    steps_of(AEO_PDF, "①②③④⑤⑥⑦", "call")
    contacts(AEO_PDF, ["099-591-2240", "099-591-2249", "099-591-2300"], ["nire-aeo@example.jp"], "call")

    # ---- the quarantine survey
    ke = norm("\n".join(pages[KEN_PDF]))
    siblings(ke, KEN_PDF, tuple(f"{x}：" for x in SIB_LABELS_KEN), [x[0] for x in PRODUCTS])
    total, need = sum(r[1] for r in ITEMS), sum(r[2] for r in ITEMS)
    if norm(f"{total}者（回答率{pct1(total, TARGET)}％）") not in ke \
            or norm(f"検疫が必要な輸出を行っている者は{need}者（{pct1(need, total)}％）") not in ke \
            or norm(f"生産者{TYPES[0][1]}者、出荷団体・輸出事業者{TYPES[1][1]}者") not in ke \
            or norm(f"不合格等があった者は{sum(r[3] for r in ITEMS)}者") not in ke:
        errors.append("survey: the response figures in the prose differ from (d)")
    if max(ITEMS, key=lambda r: r[2])[0] != "果実":
        errors.append("survey: 「品目別では果実が最も多い」 does not hold")
    n_ins, n_fail = sum(r[1] for r in DESTS), sum(r[3] for r in DESTS)
    if norm(f"輸出検査は{n_ins:,}件で、このうち不合格等となったものは{n_fail}件") not in ke:
        errors.append("survey: the inspection totals in the prose differ from (e)")
    if max(DESTS, key=lambda r: r[1])[0] != "台湾" or max(DESTS, key=lambda r: r[3])[0] != "台湾" \
            or sorted(r[3] for r in DESTS)[-2] == max(r[3] for r in DESTS):
        errors.append("survey: 「台湾向けが検査件数、不合格等の件数ともに最も多い」 does not hold")
    n_all, n_p, n_d = troubled()
    top = [max(TROUBLES, key=lambda r, k=k: r[1] + r[2] if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if top != [TROUBLES[0][0], TROUBLES[0][0], "検査の日程と出荷時期の調整が難しい"]:
        errors.append("survey: the tops of (f) in the prose do not hold")
    second_p = sorted(TROUBLES, key=lambda r: -r[1])[1]
    if second_p[0] != "園地・施設の登録手続が煩雑" or pct1(second_p[1], n_p) <= 40:
        errors.append("survey: 「園地・施設の登録手続が煩雑」 should be second for 生産者 and above 40 %")
    if len({pct1(r[1], n_p) for r in TROUBLES}) != len(TROUBLES):
        errors.append("survey: ties in the 生産者 column of (f)")
    western(ke, ["2024年"], "survey")
    defs(ke, ("輸出検疫", "不合格等", "生産者", "出荷団体・輸出事業者"), "survey")
    steps_of(KEN_PDF, "①②③④", "survey")
    contacts(KEN_PDF, ["099-592-3140", "099-592-3149", "099-592-3300"], ["nire-kenneki@example.jp"], "survey")

    # ---- the lending guide
    ri = norm("\n".join(pages[RIYO_PDF]))
    siblings(ri, RIYO_PDF, ("輸出先：", "使った機器：", "効果："), [u[0] for u in USES])
    res = {r[0]: r for r in RESULTS}
    r6, r5 = res["貸出件数"][4], res["貸出件数"][3]
    if norm(f"令和６年度は{res['利用事業者数'][4]}者が利用し、貸出件数は{r6}件と前年度の約"
            f"{half_up(Decimal(r6) / Decimal(r5), '0.1')}倍") not in ri:
        errors.append("guide: the 令和６年度 figures in the prose differ from (h)")
    if sum(sum(r[1:]) for r in LENDS) != r6 or max(LENDS, key=lambda r: sum(r[1:]))[0] != "台湾" \
            or not sum(r[1] for r in LENDS) > max(sum(r[2] for r in LENDS), sum(r[3] for r in LENDS)):
        errors.append("guide: 「台湾向けが、品目別では青果物が最も多い」 or the total of (i) does not hold")
    equipment = [f[0] for f in FEES]
    for head, _dest, used, _effect in USES:
        if not all(any(part in e for e in equipment) for part in used.split("、")):
            errors.append(f"guide: case {head} uses equipment missing from (g)")
    western(ri, ["2025年"], "guide")
    defs(ri, ("県内事業者", "貸出期間"), "guide")
    if norm("それ以外の事業者を「県外事業者」という") not in ri:
        errors.append("guide: 県外事業者 is not defined")
    for x in NOT_ALLOWED:
        if norm(x) not in ri:
            errors.append(f"guide: the case {x} is missing")
    qa_lines(RIYO_PDF, 2, "guide")
    steps_of(RIYO_PDF, "①②③④⑤⑥", "guide")
    contacts(RIYO_PDF, ["099-593-4410", "099-593-4419", "099-593-4500"], ["nire-coldchain@example.jp"], "guide")
    # every phone number of the set is fictional (099-59x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
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
