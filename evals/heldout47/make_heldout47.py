"""Build the 栗県 held-out set 47: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (栗県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy towards small firms' franchise expansion abroad
(海外フランチャイズ展開支援補助金) with a two-level header of rates and caps, a yearly record (years
as rows) and the stores opened by country with a total column on the right; the report of a
survey of the prefecture's exporters on their export contracts and trade terms
(輸出契約と貿易条件に関する実態調査) with the firms by industry (a table continued over a page break
without its header), the main trade terms by firm size as counts and per cents in paired columns
and an unruled table of the disputes; and the rules of use (利用要領) of the prefecture's shared
warehouses abroad (海外共同倉庫) with the fees, the results with the fiscal years as columns and a
単位 column, and the shipments by product with subtotal rows; see README.md beside this file.

    python make_heldout47.py [OUTPUT_DIR]          # default: this file's directory

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

HOJO_PDF = "kuri_kaigai_fc_hojokin_kofu_yoko_r7.pdf"
CHOSA_PDF = "kuri_yushutsu_keiyaku_chosa_r6.pdf"
SOKO_PDF = "kuri_kaigai_kyodo_soko_riyo_yoryo_r7.pdf"
ALL_PDFS = (HOJO_PDF, CHOSA_PDF, SOKO_PDF)

UNITS = ("万円", "円", "件", "人", "社", "店", "パレット", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-51\d-\d{4}"  # every phone and fax number of the set: 099-51x-xxxx
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
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
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


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, and columns that may
    carry a fiscal-year range (a total over the year columns)."""

    col_ranges: dict = {}  # column -> [first, last] Western fiscal year (a total column)

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
            fy_range = spec.col_ranges.get(c)
            fy = None if fy_range else (spec.column_year(c) or fiscal_year(row_label) or spec.table_fy)
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": fy_range,
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


def article(head: str, text: str):
    """An article of the guideline: its caption in brackets, then 第ｎ条 and its text."""
    return [P(f"（{head}）", pstyle("art_head", docgen.GOTHIC, 10.5, 16, left=0.5 * docgen.EM,
                                    spaceBefore=3, keepWithNext=1)),
            P(text, hanging(0, 3))]


PREF = "栗県"
DEPT = f"{PREF} 産業労働部 国際ビジネス課"
CENTER = f"公益財団法人{PREF}産業振興センター"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: franchise subsidy, grant guideline
HOJO = f"{PREF}海外フランチャイズ展開支援補助金"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: アジア, アジア以外 (令和７年度)
    ("現地加盟者の信用調査費", 50, 75, 20, 30),
    ("フランチャイズ契約書の作成・翻訳費", 50, 75, 40, 60),
    ("運営マニュアルの現地語化費", 50, 60, 30, 40),
    ("現地スタッフの研修費", 40, 50, 60, 80),
    ("現地の商標・法規制の調査費", 50, 75, 25, 35),
    ("専門家の指導料", 60, 75, 15, 20),
]
COMPANY_CAP = 200  # 第４条第２項: 万円 per firm
MASTER_ADD = 10  # note ※３: 万円 added to every cap for a master franchise agreement
RECORD = [  # 年度, 申請件数, 交付決定件数, 交付額（万円）, 開業店舗数（店）
    (2021, 8, 5, 412, 5), (2022, 13, 8, 705, 12), (2023, 17, 11, 1046, 23), (2024, 24, 14, 1378, 35),
]
STORE_YEARS = (2022, 2023, 2024)
STORES = [  # 国・地域, 令和４年度, 令和５年度, 令和６年度 (店)
    ("台湾", 4, 6, 9), ("香港", 3, 4, 5), ("タイ", 2, 5, 7), ("シンガポール", 1, 3, 4),
    ("ベトナム", 0, 2, 5), ("米国", 1, 1, 3), ("その他", 1, 2, 2),
]
CASES = [  # 見出し, 展開先, 契約の形態, 補助金の額 (same labels in every sibling section); country
    ("ラーメン店Ａ社（栗市）", "台湾（台北市）", "マスターフランチャイズ契約", "146万円", "台湾"),
    ("学習塾Ｂ社（浜丘市）", "ベトナム（ホーチミン市）", "１店舗ごとのフランチャイズ契約", "88万円", "ベトナム"),
    ("和菓子店Ｃ社（谷蔭町）", "米国（ロサンゼルス市）", "１店舗ごとのフランチャイズ契約", "121万円", "米国"),
]
EXCLUDED = [  # 第４条第３項: 補助の対象としない経費
    "現地加盟者が負担すべき店舗の内装費及び設備費",
    "フランチャイズ契約の更新に要する経費",
    "国内の加盟店の募集に要する経費",
    "交付決定の日より前に契約し、又は支払った経費",
]


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "アジア", "アジア以外"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[64 * mm, 24 * mm, 26 * mm, 22 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=HOJO_PDF, title="交付の実績",
        header=[["年度", "申請件数（件）", "交付決定件数（件）", "交付額（万円）", "開業店舗数（店）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[28 * mm, 30 * mm, 36 * mm, 30 * mm, 34 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in STORES]
    tot = [sum(r[j] for r in STORES) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    stores = TableSpec(
        key="stores", doc=HOJO_PDF, title="国・地域別の開業店舗数",
        header=[["国・地域"] + [f"令和{fw(y - 2018)}年度" for y in STORE_YEARS] + ["３年度計"]],
        rows=rows, col_widths=[36 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm], unit="店",
    )
    stores.col_ranges = {4: [STORE_YEARS[0], STORE_YEARS[-1]]}
    return rates, record, stores


def hojo_story(specs):
    rates, record, stores = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[3] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 1 * mm), P(f"{HOJO}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月31日制定", DATE_RIGHT), P(DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", f"第１条　この要綱は、県内の中小企業者が海外の事業者とフランチャイズ契約を結び、自社の店舗ブランドを海外に広げる取組を支援するため、予算の範囲内で交付する{HOJO}（以下「補助金」という。）について、必要な事項を定める。")
    st += article("定義", "第２条　この要綱において「海外フランチャイズ展開」とは、県内の中小企業者が、海外の事業者（以下「現地加盟者」という。）に商標の使用と経営のノウハウを提供し、その対価として加盟金又はロイヤルティを受け取る契約（以下「フランチャイズ契約」という。）を結ぶことをいう。")
    st += [P("２　この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主たる事業とする者は５人）以下の中小企業者をいう。", hanging(0, 1)),
           P("３　この要綱において「マスターフランチャイズ契約」とは、現地加盟者に、その国又は地域で更に加盟店を募る権利を与えるフランチャイズ契約をいう。", hanging(0, 1))]
    st += article("補助対象者", "第３条　補助金の交付の対象となる者は、県内に本社を置き、飲食業、小売業又はサービス業を営む中小企業者で、国内で３店舗以上を２年以上運営しているものとする。")
    st += article("補助対象経費等", "第４条　補助対象経費、補助率及び補助金の額の上限は、別表のとおりとする。")
    st += [P(f"２　補助金の額は、１事業者当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てる。", hanging(0, 1)),
           P("３　次の経費は、補助の対象としない。", hanging(0, 1))]
    st += bullets(EXCLUDED, 1)
    st += article("交付の手続", "第５条　補助金の交付の手続は、次のとおりとする。")
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{CENTER}へ）",
        "② 交付申請書の提出（事業計画書、見積書及び現地加盟者の概要を添えて）",
        "③ 審査（書類審査と面接）",
        "④ 交付決定の通知",
        "⑤ 補助事業の実施（令和８年１月31日までに完了すること）",
        "⑥ 実績報告書の提出",
        "⑦ 補助金の額の確定と支払",
    ], 1)
    st += article("実績報告", "第６条　補助事業者は、補助事業が完了した日から起算して30日を経過した日又は令和８年２月27日のいずれか早い日までに、実績報告書を知事に提出しなければならない。")
    st += article("交付決定の取消し", "第７条　知事は、補助事業者が偽りその他不正の手段により交付決定を受けたとき、又は補助事業の完了後２年以内にフランチャイズ契約を解除したときは、交付決定の全部又は一部を取り消すことができる。")
    st += [P("附　則", H2), P("この要綱は、令和７年４月１日から施行する。", hanging(0, 1))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用する。",
        "※２ 上限額の「アジア」「アジア以外」は、現地加盟者の本店の所在する国・地域による。ただし、中東の国・地域はアジア以外とする。",
        f"※３ マスターフランチャイズ契約を結ぶ場合は、各経費区分の上限額に{MASTER_ADD}万円を加える。",
    ])
    st += [P("（参考）１　令和７年度の募集", H1)]
    st += lv_lines([
        ("申請受付期間", "令和７年５月12日から６月30日まで"),
        ("予算額", "1,800万円"),
        ("交付予定件数", "15件程度"),
    ], 0)
    st += [P("（参考）２　これまでの交付実績", H1)]
    st += paras(f"""
制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付した。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付を決定した。補助を受けた事業者の現地加盟者が開いた店舗は年々増え、令和６年度は{last[4]}店となった。国・地域別では台湾が最も多い。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(stores.title, "（単位：店）"), stores.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 開業店舗数は、補助を受けた事業者の現地加盟者が、その年度に開いた店舗の数である。",
        "※５ 「その他」は、マレーシア、オーストラリア、カナダ等である。",
    ])
    st += [P("（参考）３　活用事例（令和６年度）", H1)]
    for i, (head, where, form, amount, _c) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("展開先", where), ("契約の形態", form), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DEPT} 海外展開班　電話：099-512-3140　ファクス：099-512-3149",
        f"{CENTER}（事前相談）　電話：099-512-3300",
        "電子メール：kuri-kaigai-fc@example.jp",
    ]))
    return st


# ================================================================ document 2: export contracts survey
CHOSA = f"{PREF}内企業の輸出契約と貿易条件に関する実態調査"
MADOGUCHI = f"{PREF}貿易相談窓口"
TARGET = 720  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数, うち書面契約あり, うちトラブルあり (社)
    ("食料品", 48, 27, 9), ("飲料・酒類", 22, 12, 5), ("繊維・衣服", 25, 14, 6), ("木材・家具", 14, 6, 2),
    ("化学", 21, 17, 4), ("プラスチック製品", 18, 12, 3), ("金属製品", 33, 19, 7), ("一般機械", 41, 33, 10),
    ("電気機械", 27, 21, 6), ("輸送用機械", 16, 14, 3), ("卸売業", 38, 21, 11), ("その他", 19, 8, 4),
]
SIZES = (("中小企業", 272, 157, 58), ("大企業", 50, 47, 12))  # 回答企業数, うち書面契約あり, うちトラブルあり
TERMS = [  # 貿易条件, 中小企業（社）, 大企業（社）
    ("ＦＯＢ（本船渡し）", 96, 8), ("ＣＩＦ（運賃保険料込み）", 58, 11), ("ＥＸＷ（工場渡し）", 34, 3),
    ("ＦＣＡ（運送人渡し）", 19, 12), ("ＤＡＰ（仕向地持込渡し）", 22, 9), ("ＤＤＰ（関税込持込渡し）", 11, 5),
    ("その他・把握していない", 32, 2),
]
TROUBLES = [  # トラブルの内容, 回答数: 中小企業, 大企業 (複数回答)
    ("代金の支払遅延・不払", 24, 3), ("品質・数量をめぐる争い", 18, 5), ("納期の遅れ", 15, 4),
    ("貿易条件の解釈の違い", 14, 2), ("契約の一方的な解除", 9, 1), ("知的財産の侵害", 5, 0),
]
SECTORS = [  # 見出し, 主な輸出先, 主に使う貿易条件, 主な意見 (same labels in every sibling section)
    ("食料品", "香港、台湾、シンガポール", "ＣＩＦ", "輸入者の求めるまま条件を決めており、保険の範囲を確かめていない"),
    ("一般機械", "米国、中国、タイ", "ＦＣＡ", "据付けと保証の範囲を契約書で明確にすることが課題"),
    ("卸売業", "中国、ベトナム、韓国", "ＦＯＢ", "仕入先との条件と販売先との条件をそろえるのが難しい"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def chosa_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=CHOSA_PDF, title="業種別の回答企業と書面契約の状況",
        header=[["業種", "回答企業数（社）", "うち書面契約あり（社）", "うちトラブルあり（社）"]],
        rows=rows, col_widths=[42 * mm, 36 * mm, 44 * mm, 42 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    n_s, n_l = SIZES[0][1], SIZES[1][1]
    trows = [[n, fw(a), cell(pct1(a, n_s)), fw(b), cell(pct1(b, n_l))] for n, a, b in TERMS]
    trows.append(["合計", fw(n_s), "100.0", fw(n_l), "100.0"])
    terms = TableSpec(
        key="terms", doc=CHOSA_PDF, title="企業規模別の主に使う貿易条件",
        header=[["貿易条件", "中小企業", "", "大企業", ""],
                ["", "企業数（社）", "割合（％）", "企業数（社）", "割合（％）"]],
        rows=trows, col_widths=[56 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2024,
    )
    terms.unit = lambda row, c, s=terms: bracket_unit(s.header_parts(c)[-1])
    n_all, n_s, n_l = trouble_n()
    troubles = TableSpec(
        key="troubles", doc=CHOSA_PDF, title="トラブルの内容（複数回答）",
        header=[["トラブルの内容", "全体", "中小企業", "大企業"]],
        rows=[[n, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for n, a, b in TROUBLES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, terms, troubles


def trouble_n() -> tuple[int, int, int]:
    """Firms with a dispute: all, 中小企業, 大企業 (the ｎ of the unruled table)."""
    return SIZES[0][3] + SIZES[1][3], SIZES[0][3], SIZES[1][3]


def chosa_story(specs):
    industries, terms, troubles = specs
    total = respondents()
    written = sum(r[2] for r in INDUSTRIES)
    (_s, s_n, s_w, _st), (_l, l_n, l_w, _lt) = SIZES
    n_all, n_s, n_l = trouble_n()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業の輸出契約の結び方と貿易条件の使い方、契約をめぐるトラブルの実態を把握し、支援策の検討に役立てるため"),
        ("調査対象", f"県内に本社を置き、輸出を行う企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("調査の実施機関", f"{CENTER}（県からの委託）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「書面契約」とは、取引の条件を記載し、双方が署名した契約書（電子署名によるものを含む。）を取り交わしていることをいう。「トラブル」とは、調査基準日前の３年間に、輸出取引で相手方との交渉又は第三者への相談を要した争いをいう。「主に使う貿易条件」とは、調査基準日前の１年間の輸出額が最も大きい貿易条件をいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
なお、割合は小数点以下第２位を四捨五入しているため、内訳の合計が100％にならない場合がある。
""", 0)
    st += [P("２　回答企業と書面契約", H1)]
    st += paras(f"""
回答企業{total}社のうち、書面契約を取り交わしている企業は{written}社（{pct1(written, total)}％）であった。企業規模別では、大企業は{l_n}社のうち{l_w}社が書面契約を取り交わしているが、中小企業は{s_n}社のうち{s_w}社（{pct1(s_w, s_n)}％）にとどまった。業種別では、輸送用機械と化学で書面契約の割合が高く、木材・家具とその他で低い。
回答企業数を業種別にみると、食料品が最も多く、一般機械、卸売業が続いた。書面契約のない企業の多くは、電子メールや注文書のやり取りだけで取引の条件を決めていると答えた。
""", 0)
    st += [caption(industries.title, "（令和６年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、窯業・土石、印刷、運輸業等である。"])
    st += [P("３　主な業種の状況", H1)]
    for i, (head, dest, term, voice) in enumerate(SECTORS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("主に使う貿易条件", term), ("主な意見", voice)], 1)
    st += [P("４　貿易条件の使い方", H1)]
    fob = TERMS[0]
    st += paras(f"""
中小企業ではＦＯＢが最も多く、{pct1(fob[1], s_n)}％を占めた。大企業ではＦＣＡが最も多く、ＤＡＰと合わせて４割を超えた。「その他・把握していない」は、中小企業で１割余りあった。
""", 0)
    st += [caption(terms.title, "（令和６年度）"), terms.flowable(), Spacer(1, 2)]
    st += notes([f"※２ 割合は、企業規模ごとの回答企業数（中小企業{s_n}社、大企業{l_n}社）に対するものである。"])
    st += [P("５　契約をめぐるトラブル", H1)]
    st += paras(f"""
トラブルがあったと答えた企業は{n_all}社（{pct1(n_all, total)}％）であった。内容は、全体と中小企業では「代金の支払遅延・不払」が最も多く、大企業では「品質・数量をめぐる争い」が最も多かった。
""", 0)
    st += [caption(troubles.title, "（単位：％）"), troubles.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ トラブルがあった企業（全体{n_all}社、中小企業{n_s}社、大企業{n_l}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "英文の契約書のひな形と、その読み方の解説を用意してほしい。",
        "貿易条件ごとに、費用と危険の負担の分かれ目を図で示した資料がほしい。",
        "代金が回収できないときに相談できる専門家を紹介してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {MADOGUCHI}で、契約書の個別相談を続ける。",
        "② 英文の売買契約書のひな形と解説を作り、令和７年度中に公開する。",
        "③ 貿易条件の選び方を学ぶ実務講座を、年３回開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DEPT} 貿易振興班　電話：099-514-2610　ファクス：099-514-2619",
        f"{MADOGUCHI}（{CENTER}内、契約書の個別相談）　電話：099-514-2700",
        "電子メール：kuri-boeki@example.jp",
    ]))
    return st


# ================================================================ document 3: shared warehouses abroad, rules of use
SOKO = f"{PREF}海外共同倉庫"
KYOKAI = f"一般社団法人{PREF}貿易協会"
WAREHOUSES = ("シンガポール倉庫", "ロサンゼルス倉庫", "香港倉庫")
FEES = [  # 料金の区分, シンガポール, ロサンゼルス, 香港 (円、消費税等別; 令和７年度)
    ("保管料・常温（１パレット・１か月）", 6800, 9200, 7500),
    ("保管料・冷蔵（１パレット・１か月）", 11500, 15800, 12400),
    ("入庫料（１パレット）", 2400, 3100, 2600),
    ("出庫料（１件）", 1200, 1800, 1300),
    ("ピッキング料（１品目）", 150, 220, 160),
    ("ラベル貼付料（１枚）", 30, 45, 35),
]
USE_YEARS = (2022, 2023, 2024)
USE = [  # 項目, 単位, 令和４年度, 令和５年度, 令和６年度 (出荷件数 of 令和６年度 = the sum of the product table)
    ("利用事業者数", "社", 31, 44, 58), ("うち初回利用者", "社", 31, 17, 19),
    ("入庫量", "パレット", 620, 910, 1240), ("出荷件数", "件", 2150, 3380, None), ("出荷額", "万円", 18400, 27900, 39600),
]
PRODUCTS = [  # (group subtotal label, [(品目, シンガポール, ロサンゼルス, 香港)]) (令和６年度, 件)
    ("食品計", [("加工食品", 612, 488, 540), ("酒類・飲料", 305, 421, 233), ("水産物", 268, 97, 352),
               ("青果物", 144, 38, 210)]),
    ("非食品計", [("日用品・雑貨", 236, 187, 154), ("工芸品", 98, 176, 67), ("化粧品", 121, 64, 143),
                 ("機械部品", 92, 118, 36)]),
]
SITES = [  # 見出し, 所在地, 主な配送先, 出荷指示の締切 (same labels in every sibling section)
    ("シンガポール倉庫", "シンガポール西部の物流団地内", "シンガポール国内及びマレーシア", "現地時間午後２時（当日出荷）"),
    ("ロサンゼルス倉庫", "ロサンゼルス郡南部の物流センター内", "米国本土（アラスカ州及びハワイ州を除く。）", "現地時間午前11時（当日出荷）"),
    ("香港倉庫", "香港・新界地区の物流センター内", "香港及びマカオ", "現地時間午後３時（当日出荷）"),
]
CANCEL = [("入庫予定日の８日前まで", "無料"), ("入庫予定日の７日前から前日まで", "入庫料の50％"),
          ("入庫予定日の当日以降", "入庫料の全額")]


def product_rows():
    rows = []
    for sub, members in PRODUCTS:
        rows += [list(m) for m in members]
        rows.append([sub] + [sum(m[j] for m in members) for j in (1, 2, 3)])
    rows.append(["合計"] + [sum(m[j] for _s, ms in PRODUCTS for m in ms) for j in (1, 2, 3)])
    return rows


def use_rows():
    shipped = sum(product_rows()[-1][1:])
    return [(n, u, a, b, shipped if c is None else c) for n, u, a, b, c in USE]


def soko_specs():
    fees = TableSpec(
        key="fees", doc=SOKO_PDF, title="倉庫別の利用料金",
        header=[["料金の区分"] + list(WAREHOUSES)],
        rows=[[n, fw(a), fw(b), fw(c)] for n, a, b, c in FEES],
        col_widths=[66 * mm, 32 * mm, 32 * mm, 32 * mm], unit="円", table_fy=2025,
    )
    use = TableSpec(
        key="use", doc=SOKO_PDF, title="利用実績の推移",
        header=[["項目", "単位"] + [f"令和{fw(y - 2018)}年度" for y in USE_YEARS]],
        rows=[[n, u, fw(a), fw(b), fw(c)] for n, u, a, b, c in use_rows()],
        col_widths=[40 * mm, 24 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
        align_left_cols=(1,),
    )
    use.unit = lambda row, c: nfkc(row[1])
    products = TableSpec(
        key="products", doc=SOKO_PDF, title="品目別の出荷件数",
        header=[["品目"] + list(WAREHOUSES)],
        rows=[[r[0]] + [fw(x) for x in r[1:]] for r in product_rows()],
        col_widths=[42 * mm, 34 * mm, 34 * mm, 34 * mm], unit="件", table_fy=2024,
        bold_rows=("食品計", "非食品計", "合計"),
    )
    return fees, use, products


def soko_story(specs):
    fees, use, products = specs
    ur = {r[0]: r for r in use_rows()}
    pr = {r[0]: r for r in product_rows()}
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SOKO} 利用要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras("""
県内の事業者が、少量の商品でも海外の倉庫に在庫を置き、現地の取引先の注文に応じて速やかに届けられるよう、県がシンガポール、ロサンゼルス及び香港に確保した共同倉庫（以下「共同倉庫」という。）の利用について定める。
""", 0)
    st += [P("２　事業の概要", H1)]
    st += lv_lines([
        ("事業名", f"{SOKO}事業"),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("利用できる者", "県内に本社又は主たる事業所を置き、県内で生産又は加工した商品を輸出する事業者"),
        ("利用期間", "令和７年４月１日から令和８年３月31日まで"),
        ("利用登録料", "無料"),
    ], 0)
    st += paras("""
この要領において「１パレット」とは、縦横1.1メートル以内、高さ1.6メートル以内に積み付けた重さ１トン以内の荷物をいう。「初回利用者」とは、前年度までに共同倉庫を利用したことがない事業者をいう。また、「冷蔵保管」とは、庫内を０℃以上10℃以下に保って保管することをいう。
""", 0)
    st += [P("３　各倉庫の概要", H1)]
    for i, (head, where, dest, limit) in enumerate(SITES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("所在地", where), ("主な配送先", dest), ("出荷指示の締切", limit)], 1)
    st += [CondPageBreak(60 * mm), P("４　利用料金", H1)]  # the heading stays with its table
    st += paras("利用料金は倉庫ごとに次のとおりとし、毎月末で締めて翌月10日までに請求する。", 0)
    st += [caption(fees.title, "（単位：円、消費税等別）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 初回利用者は、利用を始めた月から３か月間、保管料を半額とする。",
        "※２ 保管料は、月の途中で入庫し、又は出庫した場合も１か月分とする。",
        "※３ 現地までの輸送費、関税及び現地の税は、利用者の負担とする。",
    ])
    st += [P("５　利用の手続", H1)]
    st += numbered([
        "① 利用登録（事務局に登録申請書を提出）",
        "② 入庫予約（入庫予定日の10日前までに、品目と数量を事務局に連絡）",
        "③ 輸出の手続と船積み（利用者又はその委託した業者が行う）",
        "④ 入庫と検品（倉庫で数量と外装を確かめ、結果をメールで通知）",
        "⑤ 出荷指示（専用のウェブシステムで送り先と数量を入力）",
        "⑥ 出荷と配送",
        "⑦ 利用料金の支払（請求を受けた月の末日まで）",
    ], 0)
    st += paras("入庫予約を取り消すときは、次の取消料がかかる。", 0)
    st += lv_lines(CANCEL, 0)
    st += paras("次の物品は、共同倉庫に預けることができない。", 0)
    st += bullets([
        "危険物（引火性の液体、高圧ガス等）",
        "生きている動物及び植物",
        "冷凍での保管を要する物品",
        "輸入国の法令で販売が禁止されている物品",
    ], 0)
    st += [P("６　利用の実績", H1)]
    food = sum(pr["食品計"][1:])
    allp = sum(pr["合計"][1:])
    st += paras(f"""
令和４年度に事業を始めてから利用は年々増え、令和６年度の利用事業者は{ur['利用事業者数'][4]}社、出荷件数は{ur['出荷件数'][4]:,}件となった。品目別では食品が全体の約７割を占め、香港倉庫では水産物と青果物の出荷が多い。
""", 0)
    st += [caption(use.title), use.flowable(), Spacer(1, 2)]
    st += [caption(products.title, "（令和６年度、単位：件）"), products.flowable(), Spacer(1, 2)]
    st += notes(["※４ 出荷件数は、出荷指示１件ごとに数えた。"])
    assert 0.68 <= food / allp <= 0.72, food / allp
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DEPT} 物流支援班　電話：099-516-4410　ファクス：099-516-4419",
        f"{KYOKAI}（共同倉庫事務局、予約と料金）　電話：099-516-4500",
        "電子メール：kuri-soko@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + chosa_specs() + soko_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, cspecs, sspecs = hojo_specs(), chosa_specs(), soko_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"{HOJO}交付要綱", "令和７年３月31日", DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 報告書", "令和７年２月", DEPT)
    sdoc = build_pdf(docs_dir / SOKO_PDF, sspecs, soko_story(sspecs),
                     f"令和７年度 {SOKO} 利用要領", "令和７年３月", DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, CHOSA_PDF: cdoc.row_pages, SOKO_PDF: sdoc.row_pages})
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
    # --- hojo: the franchise subsidy guideline, tables (a) (b) (c), definitions, notes, costs not covered, sibling sections
    dict(question="社員がちょうど５人の学習塾を経営する会社から相談を受けています。海外の提携先のスタッフに研修をする費用は、何％まで補助されますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["サービス業に属する事業を主たる事業とする者は５人", "現地スタッフの研修費 40 50 60 80"], answer=["50"],
         notes="two facts: a 学習塾 is a service business, so 5人 is within 「５人）以下」 and the firm is a 小規模企業者 "
               "(definition in 第２条第２項, asked at its boundary); (a) two-level header, leaf 補助率（％）／小規模企業者; "
               "40 (中小企業者) is the trap"),
    dict(question="ドバイに本店がある会社とフランチャイズ契約を結ぼうとしている飲食店があります。契約書を作って翻訳する費用は、上限いくらまで補助されますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["中東の国・地域はアジア以外とする", "フランチャイズ契約書の作成・翻訳費 50 75 40 60"], answer=["60"],
         notes="two facts: note ※２ puts the Middle East under アジア以外 (Dubai is geographically in Asia); (a) leaf "
               "上限額（万円）／アジア以外; 40 (アジア) is the trap, 50 and 75 are rates"),
    dict(question="タイの会社とマスターフランチャイズ契約を結ぶ予定の会社です。専門家に指導してもらう費用は、上限いくらまで補助されますか？",
         category="hojo", doc=HOJO_PDF, evidence=["上限額に10万円を加える", "専門家の指導料 60 75 15 20"],
         answer=["25万円"], computed=True,
         notes="(a) leaf 上限額（万円）／アジア (Thailand) plus note ※３ (master franchise: +10万円): 15 + 10 = 25万円; "
               "15 (without the note) and 20 (アジア以外) are the traps"),
    dict(question="2023年度にこの補助金の交付が決まったのは何件でしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 17 11 1,046 23"], answer=["11"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column "
               "交付決定件数（件）; 17 (申請件数) is the trap"),
    dict(question="令和６年度に交付が決まった事業者は、１件当たり平均でいくらの補助金を受け取った計算になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 24 14 1,378 35"], answer=["98.4万円"], computed=True,
         notes="(b) average in a row: 1,378 / 14 = 98.4万円 (over the 24 applications it would be 57.4, the trap)"),
    dict(question="2024年度に、補助を受けた会社の提携先がタイで開いた店は何店ですか？",
         category="hojo", doc=HOJO_PDF, evidence=["タイ ２ ５ ７ 14"], answer=["７"],
         notes="(c) fiscal years as columns: 2024年度 = the 令和６年度 column; 14 (３年度計, the total column on the "
               "right) and ５ (令和５年度) are the traps"),
    dict(question="令和４年度から６年度までの３年間に、台湾で開いた店舗は合わせて何店ですか？",
         category="hojo", doc=HOJO_PDF, evidence=["台湾 ４ ６ ９ 19"], answer=["19"],
         notes="(c) the total column on the right (３年度計, fiscal_year_range 2022-2024); ９ (令和６年度) is the trap"),
    dict(question="令和６年度に海外で開業した店舗のうち、台湾の店はどのくらいの割合を占めていますか？",
         category="hojo", doc=HOJO_PDF, evidence=["台湾 ４ ６ ９ 19", "合計 12 23 35 70"], answer=["25.7%"], computed=True,
         notes="(c) share within a column: 9 / 35 = 25.7 % (19 / 70 = 27.1 % over the three years is the other reading)"),
    dict(question="和菓子屋さんの活用事例では、県からいくら補助金が出ていますか？",
         category="hojo", doc=HOJO_PDF, evidence=["和菓子店Ｃ社", "補助金の額：121万円"], answer=["121万円"],
         notes="sibling sections （１）–（３） of （参考）３ share the labels 展開先, 契約の形態, 補助金の額; （３）和菓子店Ｃ社; "
               "146万円 and 88万円 are the siblings' values"),
    dict(question="すでに結んでいるフランチャイズ契約を更新するときの費用も、補助の対象になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["次の経費は、補助の対象としない", "フランチャイズ契約の更新に要する経費"],
         answer=["補助の対象としない"],
         notes="the costs not covered (第４条第３項, a lead sentence and four ○ items): the renewal of the contract; the "
               "drafting of a new contract (フランチャイズ契約書の作成・翻訳費) is covered, a near miss"),
    # --- chosa: the export-contract survey, tables (d) (e) (f), definitions, sibling sections
    dict(question="この調査は、県内の輸出企業何社を対象に行われたのですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["輸出を行う企業 720社"], answer=["720社"],
         notes="「label：value」 line 調査対象; 322社 (回答数) is the near miss"),
    dict(question="４年前に代金の未払いでもめたものの、その後は問題のない会社は、この調査でいう「トラブル」があった企業に入りますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["調査基準日前の３年間に、輸出取引で"], answer=["３年間"],
         notes="definition 「トラブル」とは、調査基準日前の３年間に…争いをいう (no: four years ago is outside it)"),
    dict(question="令和６年度の調査で、自動車部品など輸送用機械の会社のうち、契約書をきちんと交わしているのは何社でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["輸送用機械 16 14 ３"], answer=["14"],
         notes="(d) continuation page (no header there): row 輸送用機械, column うち書面契約あり（社）; 16 (回答企業数) "
               "is the trap"),
    dict(question="一般機械のメーカーでは、回答した会社の何％が書面で契約を結んでいますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["一般機械 41 33 10"], answer=["80.5%"], computed=True,
         notes="(d) share within a row: 33 / 41 = 80.5 %"),
    dict(question="大企業のうち、主にFCAで取引している会社の割合はどれくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ＦＣＡ（運送人渡し） 19 7.0 12 24.0"], answer=["24.0"],
         notes="(e) paired count and per cent columns under a two-level header; leaf 大企業／割合（％）; 12 (the count) "
               "and 7.0 (中小企業) are the traps; FCA asked half-width"),
    dict(question="中小企業と大企業を合わせると、主にFOBを使っている会社は回答企業全体の何％になりますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ＦＯＢ（本船渡し） 96 35.3 ８ 16.0", "合計 272 100.0 50 100.0"],
         answer=["32.3%"], computed=True,
         notes="(e) counts of both groups over both totals: (96 + 8) / (272 + 50) = 32.3 %; averaging the two per cents "
               "(25.7) is the trap"),
    dict(question="トラブルがあった中小企業のうち、代金を払ってもらえなかったり支払が遅れたりしたと答えた割合は？",
         category="chosa", doc=CHOSA_PDF, evidence=["代金の支払遅延・不払 38.6 41.4 25.0"], answer=["41.4"],
         notes="(f) unruled table, column 中小企業; 38.6 (全体) and 25.0 (大企業) are the traps"),
    dict(question="大企業が経験したトラブルの中で、２番目に多かったものは何ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["納期の遅れ 27.1 25.9 33.3"], answer=["納期の遅れ"],
         notes="(f) ranking in the column 大企業: 品質・数量をめぐる争い 41.7, 納期の遅れ 33.3, 代金の支払遅延・不払 "
               "25.0; the second by 全体 and 中小企業 (品質・数量) is the trap"),
    dict(question="トラブルのあった中小企業のうち、貿易条件の解釈の違いでもめたのは何社くらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["貿易条件の解釈の違い 22.9 24.1 16.7", "中小企業58社"],
         answer=["14社"], computed=True,
         notes="(f) per cent times the ｎ of note ※３: 24.1 % of 58 = 14社"),
    dict(question="工作機械などのメーカーでは、どの貿易条件がいちばんよく使われていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（２）一般機械", "主に使う貿易条件：ＦＣＡ"], answer=["ＦＣＡ"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な輸出先, 主に使う貿易条件, 主な意見; （２）一般機械 "
               "(工作機械); ＣＩＦ and ＦＯＢ are the siblings' values"),
    # --- soko: the shared-warehouse rules, tables (g) (h) (i), a definition, steps, sibling sections
    dict(question="共同倉庫に荷物を入れたいときは、入庫の何日前までに予約しなければいけませんか？",
         category="soko", doc=SOKO_PDF, evidence=["入庫予定日の10日前までに"], answer=["10日前"],
         notes="procedure step ② (入庫予約); the cancellation lines (８日前, ７日前) are the near misses"),
    dict(question="令和５年度に一度だけ共同倉庫を使ったことがある会社は、令和７年度に初回利用者として保管料の割引を受けられますか？",
         category="soko", doc=SOKO_PDF, evidence=["前年度までに共同倉庫を利用したことがない事業者"],
         answer=["利用したことがない"],
         notes="definition 「初回利用者」とは、前年度までに共同倉庫を利用したことがない事業者をいう (no: it used the "
               "warehouse in 令和５年度); note ※１ gives the discount"),
    dict(question="ロサンゼルスの倉庫で、冷やして保管する荷物を１パレット１か月預けるといくらかかりますか？",
         category="soko", doc=SOKO_PDF, evidence=["保管料・冷蔵（１パレット・１か月） 11,500 15,800 12,400"],
         answer=["15,800"],
         notes="(g) row 保管料・冷蔵 (冷やして = 冷蔵保管, definition in ２), column ロサンゼルス倉庫; 9,200 (常温) and "
               "11,500 (シンガポール) are the traps"),
    dict(question="初めて共同倉庫を使う会社が、シンガポールの倉庫に常温の荷物を４パレット預けると、最初の月の保管料はいくらになりますか？",
         category="soko", doc=SOKO_PDF,
         evidence=["初回利用者は、利用を始めた月から３か月間", "保管料・常温（１パレット・１か月） 6,800 9,200 7,500"],
         answer=["13,600円"], computed=True,
         notes="(g) row 保管料・常温, column シンガポール倉庫, times 4 pallets, halved by note ※１: 6,800 × 4 ÷ 2 = 13,600円; "
               "27,200円 (without the note) is the trap"),
    dict(question="2023年度に共同倉庫に入った荷物は、全部で何パレットでしたか？",
         category="soko", doc=SOKO_PDF, evidence=["入庫量 パレット 620 910 1,240"], answer=["910"],
         notes="(h) fiscal years as columns with a 単位 column: 2023年度 = 令和５年度 (the document prints no Western "
               "year); 1,240 (令和６年度) is the trap"),
    dict(question="2023年度から2024年度にかけて、共同倉庫から出荷された商品の金額はどれだけ増えましたか？",
         category="soko", doc=SOKO_PDF, evidence=["出荷額 万円 18,400 27,900 39,600"], answer=["11,700万円"],
         computed=True,
         notes="(h) difference across the year columns (2023年度 = 令和５年度, 2024年度 = 令和６年度): 39,600 − 27,900 "
               "= 11,700万円 (unit from the 単位 column)"),
    dict(question="2024年度に香港の倉庫から出荷された食品は、全部で何件でしたか？",
         category="soko", doc=SOKO_PDF, evidence=["食品計 1,329 1,044 1,335"], answer=["1,335"],
         notes="(i) the subtotal row 食品計 inside the table, column 香港倉庫; 1,735 (合計) and 540 (加工食品) are the "
               "traps; 2024年度 = 令和６年度 (caption note)"),
    dict(question="工芸品の出荷件数は、３つの倉庫を合わせると何件ですか？",
         category="soko", doc=SOKO_PDF, evidence=["工芸品 98 176 67"], answer=["341件"], computed=True,
         notes="(i) sum across a row (the table has no total column): 98 + 176 + 67 = 341件"),
    dict(question="ロサンゼルスの倉庫で当日中に出荷してもらうには、現地時間の何時までに指示を出せばよいですか？",
         category="soko", doc=SOKO_PDF, evidence=["（２）ロサンゼルス倉庫", "出荷指示の締切：現地時間午前11時"],
         answer=["午前11時"],
         notes="sibling sections （１）–（３） of ３ share the labels 所在地, 主な配送先, 出荷指示の締切; （２）ロサンゼルス倉庫; "
               "午後２時 and 午後３時 are the siblings' values"),
    # --- followups
    dict(question="では、その経費について、提携先がアジア以外の会社だと上限額はいくらですか？",
         category="followup", doc=HOJO_PDF, evidence=["運営マニュアルの現地語化費 50 60 30 40"], answer=["40"],
         history=_turns("運営マニュアルを現地の言葉に直す費用は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の場合、補助率は60％です[1]。"),
         notes="(a) the row from the history (運営マニュアルの現地語化費), leaf 上限額（万円）／アジア以外; 30 (アジア) "
               "is the trap"),
    dict(question="その提出期限はいつですか？",
         category="followup", doc=HOJO_PDF, evidence=["30日を経過した日又は令和８年２月27日"], answer=["30日"],
         history=_turns("補助事業が終わったら、県に何を出せばよいのですか？",
                        "実績報告書を知事に提出します[1]。"),
         notes="第６条: 30 days after completion or 令和８年２月27日, whichever is earlier; 令和８年１月31日 (the end "
               "of the project period, step ⑤) is the near miss"),
    dict(question="そのうち、トラブルがあったのは何社ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["電気機械 27 21 ６"], answer=["６"],
         history=_turns("電気機械のメーカーは、何社が調査に回答しましたか？",
                        "電気機械は27社が回答しました[1]。"),
         notes="(d) the row from the history (電気機械, on the continuation page), column うちトラブルあり（社）; 21 "
               "(書面契約あり) is the trap"),
    dict(question="それは前の年度より何社多いのですか？",
         category="followup", doc=SOKO_PDF, evidence=["利用事業者数 社 31 44 58"], answer=["14社"], computed=True,
         history=_turns("2024年度に共同倉庫を使った事業者は何社ですか？",
                        "令和６年度の利用事業者は58社です[1]。"),
         notes="(h) the row from the history, difference of the year columns: 58 − 44 = 14社; 19 (うち初回利用者) is "
               "the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SOKO_PDF, evidence=["電話：099-516-4500"], answer=["099-516-4500"],
         history=_turns("共同倉庫の予約や料金のことを、運営している事務局に直接聞きたいのですが、どこに連絡すればよいですか？",
                        "一般社団法人栗県貿易協会の共同倉庫事務局が予約と料金の問い合わせを受け付けています[1]。"),
         notes="contact box of the warehouse rules: the 事務局's phone (second line); the 班's phone 099-516-4410 and "
               "fax 099-516-4419 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="フランチャイズ展開した会社が現地加盟者から受け取るロイヤルティは、売上の何％くらいが一般的ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="ロイヤルティ appears only in the definition of 海外フランチャイズ展開; no rate or amount is given",
         absent=["ロイヤルティ率", "ロイヤルティの率", "ロイヤルティの額", "売上の"]),
    dict(question="補助を受けて海外で開いた店のうち、すでに閉店した店は何店ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the stores opened by year and country, not closures (第７条 on cancelled contracts "
               "is a near miss)",
         absent=["閉店", "撤退", "廃業"]),
    dict(question="トラブルがあった取引の相手は、どこの国の企業が多いのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="disputes are given by content and firm size; the 主な輸出先 of three industries are a near miss",
         absent=["相手国", "相手の国", "国別のトラブル"]),
    dict(question="トラブルのうち、裁判や仲裁にまで進んだものはどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts disputes (交渉又は第三者への相談) by content, not how they were settled",
         absent=["裁判", "仲裁", "訴訟"]),
    dict(question="共同倉庫の保管スペースは、３か所で全部で何パレット分ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the rules give fees, the pallets stored (入庫量) and shipments, not the warehouses' capacity",
         absent=["収容", "保管能力", "パレット分", "面積"]),
    dict(question="令和６年度に香港の倉庫から出荷された商品の金額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="出荷額 is given for all warehouses together; by warehouse only the number of shipments (件)",
         absent=["倉庫別の出荷額", "倉庫ごとの出荷額"]),
]
CATEGORY_COUNTS = {"hojo": 10, "chosa": 10, "soko": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h47q", "h47t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "交付の実績", "国・地域別の開業店舗数",
    "業種別の回答企業と書面契約の状況", "企業規模別の主に使う貿易条件", "トラブルの内容（複数回答）",
    "倉庫別の利用料金", "利用実績の推移", "品目別の出荷件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _qid(i: int) -> str:
    return f"{PREFIX_Q}{i:02d}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    _qid(3): lambda g: f"{g(A, '専門家の指導料', '上限額（万円）／アジア', 2025) + MASTER_ADD}万円",
    _qid(5): lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付決定件数（件）", 2024), "万円"),
    _qid(8): lambda g: _pct(g(C, "台湾", "令和６年度", 2024), g(C, "合計", "令和６年度", 2024)),
    _qid(14): lambda g: _pct(g(D, "一般機械", "うち書面契約あり（社）", 2024), g(D, "一般機械", "回答企業数（社）", 2024)),
    _qid(16): lambda g: _pct(g(E, "ＦＯＢ（本船渡し）", "中小企業／企業数（社）", 2024) + g(E, "ＦＯＢ（本船渡し）", "大企業／企業数（社）", 2024),
                             g(E, "合計", "中小企業／企業数（社）", 2024) + g(E, "合計", "大企業／企業数（社）", 2024)),
    _qid(19): lambda g: f"{int(half_up(Decimal(str(g(F, '貿易条件の解釈の違い', '中小企業', 2024))) * trouble_n()[1] / 100, '1'))}社",
    _qid(24): lambda g: f"{g(G, '保管料・常温（１パレット・１か月）', 'シンガポール倉庫', 2025) * 4 // 2:,}円",
    _qid(26): lambda g: f"{g(H, '出荷額', '令和６年度', 2024) - g(H, '出荷額', '令和５年度', 2023):,}万円",
    _qid(28): lambda g: f"{sum(g(I, '工芸品', w, 2024) for w in WAREHOUSES)}件",
    _qid(33): lambda g: f"{g(H, '利用事業者数', '令和６年度', 2024) - g(H, '利用事業者数', '令和５年度', 2023)}社",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (3, 3), CHOSA_PDF: (3, 3), SOKO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 20  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "飲料・酒類")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("電気機械", "輸送用機械", "卸売業", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout47.py")
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
    for t in LETTERS:  # every table is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 8 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected about 10")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout47.py")
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
    keys = [(g["table"], g["row"], g["column"], g["fiscal_year"], str(g["fiscal_year_range"])) for g in gold]
    if len(set(keys)) != len(keys):
        errors.append("the key (table, row, column, fiscal_year) is not unique")
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
                continue
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
        members = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in members):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms get at least the general rate; caps outside Asia at least the Asian ones; firm cap
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／アジア以外"] < r["上限額（万円）／アジア"]:
            errors.append(f"{A} / {row}: アジア以外 cap below the アジア cap")
        if r["上限額（万円）／アジア以外"] + MASTER_ADD > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第４条第２項")
    # (b): growing applications and stores; decisions within applications; grants within decisions × firm cap
    b = t[B]
    for col in ("申請件数（件）", "開業店舗数（店）"):
        ns = [r[col] for r in b.values()]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    for row, r in b.items():
        if r["交付決定件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付決定件数（件）"] * COMPANY_CAP:
            errors.append(f"{B} / {row}: decisions or grants out of range")
    # (c): 合計 adds up in every column, ３年度計 adds up in every row, the year totals equal (b)'s stores
    c = t[C]
    years = [f"令和{fw(y - 2018)}年度" for y in STORE_YEARS]
    adds_up(C, years + ["３年度計"])
    for row, r in c.items():
        if r["３年度計"] != sum(r[y] for y in years):
            errors.append(f"{C} / {row}: ３年度計 does not add up")
    for y, col in zip(STORE_YEARS, years):
        if c["合計"][col] != b[f"令和{fw(y - 2018)}年度"]["開業店舗数（店）"]:
            errors.append(f"{C}: 合計 of {col} differs from {B}")
    # (d): 合計 adds up; うち within 回答; the totals equal the two firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "うち書面契約あり（社）", "うちトラブルあり（社）"))
    if any(r["うち書面契約あり（社）"] > r["回答企業数（社）"] or r["うちトラブルあり（社）"] > r["回答企業数（社）"]
           for r in d.values()):
        errors.append(f"{D}: うち above 回答企業数")
    for j, col in enumerate(("回答企業数（社）", "うち書面契約あり（社）", "うちトラブルあり（社）"), 1):
        if d["合計"][col] != sum(s[j] for s in SIZES):
            errors.append(f"{D}: 合計 of {col} differs from the firm sizes")
    # (e): counts add up to the firm sizes; per cents come from the counts
    e = t[E]
    for k, (size, n, _w, _t) in enumerate(SIZES):
        adds_up(E, (f"{size}／企業数（社）",))
        if e["合計"][f"{size}／企業数（社）"] != n:
            errors.append(f"{E}: 合計 of {size} differs from (d)'s firm size")
        for row, r in e.items():
            if row != "合計" and Decimal(str(r[f"{size}／割合（％）"])) != pct1(r[f"{size}／企業数（社）"], n):
                errors.append(f"{E} / {row}: per cent of {size} differs from the count")
    # (f): the per cents come from the counts (全体 over both sizes)
    n_all, n_s, n_l = trouble_n()
    for name, a, bb in TROUBLES:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_s), pct1(bb, n_l))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    if n_all != t[D]["合計"]["うちトラブルあり（社）"]:
        errors.append(f"{F}: the ｎ differs from (d)'s firms with a dispute")
    # (g): refrigerated storage dearer than ambient in every warehouse
    gg = t[G]
    for w in WAREHOUSES:
        if gg["保管料・冷蔵（１パレット・１か月）"][w] <= gg["保管料・常温（１パレット・１か月）"][w]:
            errors.append(f"{G} / {w}: 冷蔵 not above 常温")
    # (h): growing use; 初回利用者 within users; all users first-time in the first year;
    # the new users are at least the growth; the shipments of the last year equal (i)'s 合計
    h = t[H]
    ycols = [f"令和{fw(y - 2018)}年度" for y in USE_YEARS]
    for row in ("利用事業者数", "入庫量", "出荷件数", "出荷額"):
        vals = [h[row][y] for y in ycols]
        if vals != sorted(set(vals)):
            errors.append(f"{H} / {row}: should grow every year")
    if h["うち初回利用者"][ycols[0]] != h["利用事業者数"][ycols[0]]:
        errors.append(f"{H}: every user of the first year is a first-time user")
    for y0, y1 in zip(ycols, ycols[1:]):
        if not h["利用事業者数"][y1] - h["利用事業者数"][y0] <= h["うち初回利用者"][y1] <= h["利用事業者数"][y1]:
            errors.append(f"{H} / {y1}: うち初回利用者 out of range")
    i_ = t[I]
    if h["出荷件数"][ycols[-1]] != sum(i_["合計"][w] for w in WAREHOUSES):
        errors.append(f"{H}: 出荷件数 of 令和６年度 differs from {I}")
    # (i): the subtotal rows and 合計 add up
    for sub, members in PRODUCTS:
        adds_up(I, WAREHOUSES, rows=[m[0] for m in members], total=sub)
    adds_up(I, WAREHOUSES, rows=[s for s, _m in PRODUCTS])
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    inds = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(inds.header[0]))
        on = [i + 1 for i, p in enumerate(pages[CHOSA_PDF]) if header in norm(p)]
        if inds.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 9:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-9")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("窯業・土石、印刷、運輸業等") not in norm(pages[CHOSA_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, s in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == s.title}
        if len(tp) != 1:
            errors.append(f"{s.title} is on pages {sorted(tp)}, expected one page")
    if specs["troubles"].ruled or not all(s.ruled for k, s in specs.items() if k != "troubles"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; units only in the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／アジア", "上限額（万円）／アジア以外"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): year columns and a total column on the right carrying the range of the years
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols[-1] != "３年度計" or any(
            (g["fiscal_year_range"] != [STORE_YEARS[0], STORE_YEARS[-1]]) != (g["column"] != "３年度計")
            for g in gold if g["table"] == C):
        errors.append(f"{C}: expected a total column ３年度計 on the right with a fiscal-year range")
    # (e): two-level header, counts and per cents in paired leaves repeated under both groups
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    if ecols != ["中小企業／企業数（社）", "中小企業／割合（％）", "大企業／企業数（社）", "大企業／割合（％）"] \
            or {g["unit"] for g in gold if g["table"] == E} != {"社", "%"}:
        errors.append(f"{E}: expected paired count / per cent columns, got {ecols}")
    # (h): fiscal years as columns, a 単位 column giving each row's unit
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols != [f"令和{fw(y - 2018)}年度" for y in USE_YEARS] or specs["use"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == H):
        errors.append(f"{H}: expected the fiscal years as columns, got {hcols}")
    if {g["row"]: g["unit"] for g in gold if g["table"] == H} != {n: nfkc(u) for n, u, *_x in USE} \
            or specs["use"].header[0][1] != "単位":
        errors.append(f"{H}: the units should come from the 単位 column")
    # (i): subtotal rows inside the table, drawn bold
    irows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == I))
    subs = [s for s, _m in PRODUCTS]
    if [r for r in irows if r in subs] != subs or irows[-1] != "合計" or irows.index(subs[0]) >= irows.index(subs[1]) - 1:
        errors.append(f"{I}: expected subtotal rows inside the table")
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
        got = re.findall(PHONE_RE, text)
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

    # ---- the grant guideline
    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("展開先：", "契約の形態：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[3] for r in RECORD):,}万円") not in hj:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付を決定") not in hj \
            or norm(f"令和６年度は{last[4]}店となった") not in hj:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    if max(STORES, key=lambda r: r[1] + r[2] + r[3])[0] != "台湾" or max(STORES, key=lambda r: r[3])[0] != "台湾":
        errors.append("guideline: 「台湾が最も多い」 does not hold")
    stores = {s[0]: s for s in STORES}
    for head, _where, form, amount, country in CASES:
        if int(amount.rstrip("万円")) > COMPANY_CAP or stores[country][3] == 0:
            errors.append(f"guideline: case {head} does not fit the firm cap or (c)")
    if norm(f"マスターフランチャイズ契約を結ぶ場合は、各経費区分の上限額に{MASTER_ADD}万円を加える") not in hj:
        errors.append("guideline: note ※３ is missing")
    if re.findall(r"20\d\d年", hj) != ["2021年"]:
        errors.append("guideline: only 2021年度 should be printed in Western form")
    defs(hj, ("海外フランチャイズ展開", "小規模企業者", "マスターフランチャイズ契約"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in hj:
            errors.append(f"guideline: the cost not covered {x} is missing")
    articles = re.findall(r"^\s*第([１-９])条\s", "\n".join(pages[HOJO_PDF]), re.M)
    if [unicodedata.digit(m) for m in articles] != list(range(1, 8)):
        errors.append("guideline: expected the articles 第１条-第７条 once each")
    steps_of(HOJO_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(HOJO_PDF, ["099-512-3140", "099-512-3149", "099-512-3300"], ["kuri-kaigai-fc@example.jp"], "guideline")

    # ---- the export-contract survey
    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("主な輸出先：", "主に使う貿易条件：", "主な意見："), [x[0] for x in SECTORS])
    total = respondents()
    written = sum(r[2] for r in INDUSTRIES)
    (_s, s_n, s_w, s_t), (_l, l_n, l_w, l_t) = SIZES
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ch \
            or norm(f"書面契約を取り交わしている企業は{written}社（{pct1(written, total)}％）") not in ch \
            or norm(f"大企業は{l_n}社のうち{l_w}社") not in ch or norm(f"中小企業は{s_n}社のうち{s_w}社") not in ch:
        errors.append("survey: the response and contract figures in the prose differ from (d)")
    by_resp = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[1])]
    if by_resp[:3] != ["食料品", "一般機械", "卸売業"]:
        errors.append("survey: 「食料品が最も多く、一般機械、卸売業が続いた」 does not hold")
    share = {r[0]: r[2] / r[1] for r in INDUSTRIES}
    ranked = sorted(share, key=lambda k: -share[k])
    if ranked[:2] != ["輸送用機械", "化学"] or set(ranked[-2:]) != {"木材・家具", "その他"}:
        errors.append(f"survey: 「輸送用機械と化学で…高く、木材・家具とその他で低い」 does not hold ({ranked})")
    small = {r[0]: r[1] for r in TERMS}
    large = {r[0]: r[2] for r in TERMS}
    if max(small, key=small.get) != "ＦＯＢ（本船渡し）" or max(large, key=large.get) != "ＦＣＡ（運送人渡し）" \
            or not (large["ＦＣＡ（運送人渡し）"] + large["ＤＡＰ（仕向地持込渡し）"]) / l_n > 0.4 \
            or not 0.1 < small["その他・把握していない"] / s_n < 0.15:
        errors.append("survey: the statements on the trade terms do not hold")
    sector_terms = {x[2] for x in SECTORS}
    if any(not any(r[0].startswith(t) for r in TERMS) for t in sector_terms):
        errors.append("survey: a sibling section names a trade term missing from (e)")
    n_all, n_s, n_l = trouble_n()
    if norm(f"トラブルがあったと答えた企業は{n_all}社（{pct1(n_all, total)}％）") not in ch:
        errors.append("survey: the dispute figures in the prose differ from (d)")
    top = [max(TROUBLES, key=lambda r, k=k: r[1] + r[2] if k == 0 else r[k])[0] for k in (0, 1, 2)]
    large_sorted = sorted(TROUBLES, key=lambda r: -r[2])
    if top != ["代金の支払遅延・不払", "代金の支払遅延・不払", "品質・数量をめぐる争い"] \
            or large_sorted[1][2] == large_sorted[2][2] or large_sorted[1][0] != "納期の遅れ":
        errors.append("survey: the tops of (f) in the prose, or its second for 大企業, do not hold")
    if re.findall(r"20\d\d年", ch) != ["2024年"] or re.findall(r"20\d\d年度", ch):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ch, ("書面契約", "トラブル", "主に使う貿易条件", "中小企業"), "survey")
    steps_of(CHOSA_PDF, "①②③④", "survey")
    contacts(CHOSA_PDF, ["099-514-2610", "099-514-2619", "099-514-2700"], ["kuri-boeki@example.jp"], "survey")

    # ---- the warehouse rules
    sk = norm("\n".join(pages[SOKO_PDF]))
    siblings(sk, SOKO_PDF, ("所在地：", "主な配送先：", "出荷指示の締切："), [x[0] for x in SITES])
    ur = {r[0]: r for r in use_rows()}
    if norm(f"令和６年度の利用事業者は{ur['利用事業者数'][4]}社、出荷件数は{ur['出荷件数'][4]:,}件") not in sk:
        errors.append("rules: the 令和６年度 figures in the prose differ from (h)")
    pr = {r[0]: r for r in product_rows()}
    hk = {r[0]: r[3] for r in product_rows() if r[0] not in ("食品計", "非食品計", "合計")}
    if sorted(hk, key=lambda k: -hk[k])[1:3] != ["水産物", "青果物"] and sorted(hk, key=lambda k: -hk[k])[:2] != ["加工食品", "水産物"]:
        errors.append("rules: 「香港倉庫では水産物と青果物の出荷が多い」 does not hold")
    if not all(pr[x][3] > max(pr[x][1], pr[x][2]) for x in ("水産物", "青果物")):
        errors.append("rules: 香港倉庫 should ship the most 水産物 and 青果物")
    if re.findall(r"20\d\d年", sk):
        errors.append("rules: no Western year should be printed")
    defs(sk, ("１パレット", "初回利用者", "冷蔵保管"), "rules")
    for k, v in CANCEL:
        if norm(f"{k}：{v}") not in sk:
            errors.append(f"rules: the cancellation line {k} is missing")
    steps_of(SOKO_PDF, "①②③④⑤⑥⑦", "rules")
    contacts(SOKO_PDF, ["099-516-4410", "099-516-4419", "099-516-4500"], ["kuri-soko@example.jp"], "rules")
    # every phone number of the set is fictional (099-51x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-51x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
        if "桃県" in text:
            errors.append(f"{n}: names the other helper's prefecture")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
