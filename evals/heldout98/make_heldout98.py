"""Build the 楜県 held-out set 98: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楜県 and every town, scheme, organisation, company, phone number,
address, figure and rule). The documents are in three genres the earlier sets do not use:
- a grant guideline (交付要綱, articles 第１条–第８条, 附則, a 別表 and four （参考） parts) for a
  prefectural subsidy towards konjac makers' exports (楜県産こんにゃく輸出促進補助金: export
  certificates, shelf-life tests, halal and other certifications, trade fairs abroad, foreign-language
  labels), with the rates and caps under a two-level header whose groups are the kind of destination
  (既存輸出先 / 新規輸出先, defined in 第２条) and two 「－」 cells, the firm caps in 万円 in an article
  (the 別表 is in 千円), a half cap for the same cost item again the year after in an article, and
  the grants by destination over three fiscal years with a total column on the right;
- the report (報告書) of a survey of the prefecture's shogi-piece makers on their exports
  (将棋駒製造業の輸出実態調査), with the exports over five fiscal years (years as rows, header cells
  printed over two lines), the workshops by main product (a table continued over a page break
  without its header) and the exports by destination in two fiscal years with a 増減 column printing
  decreases with ▲ (an unruled table, the unit only in the caption note);
- a guide for applicants (ご案内) to a prefectural subsidy towards sesame-product exports
  (楜県産ごま製品輸出支援補助金), with three courses as sibling sections, the grants by course under a
  two-level header whose groups are the fiscal years, and a KPI table 目標 / 実績 / 達成率 whose units
  are in the row labels' brackets.
See README.md beside this file.

    python make_heldout98.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout59/make_heldout59.py; the shared helpers are in ../docgen.py (unchanged). The gold cells
are generated from the same specs that draw the tables; PDF page numbers are recorded while
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
    era_label,
    era_year,
    fiscal_year_range,
    fw,
    hanging,
    norm,
    output_dirs,
    pdf_pages,
    pstyle,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

KONNYAKU_PDF = "kurumi_konnyaku_yushutsu_sokushin_hojokin_kofu_yoko_r7.pdf"
SHOGI_PDF = "kurumi_shogi_koma_yushutsu_jittai_chosa_r6.pdf"
GOMA_PDF = "kurumi_goma_seihin_yushutsu_shien_hojokin_annai_r7.pdf"
ALL_PDFS = (KONNYAKU_PDF, SHOGI_PDF, GOMA_PDF)

UNITS = ("百万円", "万円", "千円", "品目", "件", "所", "組", "人", "者", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell printed 「－」: not covered (note ※１ of the 別表); no gold cell
MINUS = "▲"  # a decrease in the 増減 column
PHONE_RE = r"098-92\d-\d{4}"  # every phone number of the set: 098-920-xxxx … 098-929-xxxx
MAIL_DOMAIN = "@example.jp"
PREF = "楜県"
TOWNS = ("楜市", "鷹羽市", "蒼野町")


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
    """(number, unit) as printed after NFKC, a leading ▲ read as a minus sign; (None, None) for
    「－」 and text."""
    v = nfkc(value).strip()
    neg = v.startswith(MINUS)
    number, unit = docgen.parse_number(v[1:] if neg else v, UNITS)
    if number is None:
        return None, None
    return (-number if neg else number), unit


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def pct0(k: int, n: int) -> int:
    """k / n in whole per cent, rounded half up (達成率, note ※４ of the guide)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None as 「－」, a Decimal with one decimal, an int as docgen prints it (single
    digits full-width, thousands with a comma)."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x: int) -> str:
    """A 増減 cell: a decrease printed with ▲ (▲70), an increase without a sign."""
    return f"{MINUS}{fw(-x)}" if x < 0 else fw(x)


def era(fy: int) -> str:
    return era_label(fy)  # 2019 -> 令和元年度, 2023 -> 令和５年度


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
    """The gold cells of a table; a cell printed 「－」 is none."""
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:
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


ART_HEAD = pstyle("art_head", GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=4, keepWithNext=1)
ART_BODY = pstyle("art_body", left=docgen.EM, first=-docgen.EM)
ART_ITEM = pstyle("art_item", left=3 * docgen.EM, first=-docgen.EM)
KANSUJI = "一二三四五六七八九"


def article(n: int, heading: str, first: str, more=(), items=()):
    """An article of the guideline: （heading）, 第ｎ条 and its first paragraph, then paragraphs
    ２, ３ … and items 一, 二 … (items belong to the first paragraph)."""
    out = [P(f"（{heading}）", ART_HEAD), P(f"第{fw(n)}条　{first}", ART_BODY)]
    out += [P(f"{KANSUJI[i]}　{t}", ART_ITEM) for i, t in enumerate(items)]
    out += [P(f"{fw(i)}　{t}", ART_BODY) for i, t in enumerate(more, 2)]
    return out


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: konjac export subsidy, grant guideline
KONNYAKU = f"{PREF}産こんにゃく輸出促進補助金"
KONNYAKU_DEPT = f"{PREF} 農政部 園芸特産課"
KONNYAKU_KYOKAI = f"{PREF}こんにゃく協会"
RATES = [  # 経費区分; 既存輸出先: 補助率（％）, 上限額（千円）; 新規輸出先: 補助率（％）, 上限額（千円） (None = 「－」)
    ("輸出用証明書等の取得", 50, 100, 60, 150),
    ("賞味期限試験", 50, 300, 60, 400),
    ("ハラール等の認証取得", None, None, 50, 500),
    ("海外見本市への出展", 50, 700, 60, 900),
    ("外国語表示ラベルの作成", 50, 200, 60, 250),
]
DASH_CELLS = {("ハラール等の認証取得", 1), ("ハラール等の認証取得", 2)}  # (row, column) printed 「－」
FIRM_CAP, FIRM_CAP_GROUP = 120, 200  # 第４条第２項: 万円 per firm and year (組合等)
GRANT_YEARS = (2022, 2023, 2024)
GRANT_DESTS = [  # 輸出先: 交付件数 in 令和４, ５, ６年度 (counted by the main destination)
    ("台湾", 3, 4, 5), ("香港", 2, 3, 2), ("シンガポール", 1, 2, 3), ("タイ", 1, 1, 2),
    ("米国", 2, 3, 4), ("フランス", 0, 1, 2), ("その他", 2, 1, 2),
]
EARLY_GRANTS = {2020: 5, 2021: 7}  # 交付件数 of 令和２年度 and 令和３年度 (prose only)
KONNYAKU_CASES = [  # 見出し, 輸出先, 活用した経費, 補助金の額 (same labels in every sibling section); costs (千円)
    ("板こんにゃく製造業Ａ社（楜市）", "台湾（既存輸出先）", "賞味期限試験及び外国語表示ラベルの作成", "270千円",
     {"賞味期限試験": 360, "外国語表示ラベルの作成": 180}),
    ("こんにゃく麺製造業Ｂ社（鷹羽市）", "マレーシア（新規輸出先）", "ハラール等の認証取得", "450千円",
     {"ハラール等の認証取得": 900}),
    ("こんにゃくゼリー製造業Ｃ社（蒼野町）", "米国（新規輸出先）", "海外見本市への出展", "900千円",
     {"海外見本市への出展": 1650}),
]
NOT_COVERED = [  # 第５条 items 一–四
    "補助事業者の役員及び従業員の旅費、宿泊費及び日当",
    "こんにゃく芋、精粉その他の原材料の購入及び製品の製造に要する経費",
    "消費税及び地方消費税",
    "交付決定の日より前に発注し、又は支払った経費",
]
KONNYAKU_DOCS = [  # 提出書類 (bullets)
    "交付申請書（様式第１号）",
    "事業計画書（様式第２号）",
    "経費の見積書の写し",
    "直近２期分の決算書の写し（個人事業主は確定申告書の写し）",
]


def konnyaku_specs():
    rates = TableSpec(
        key="rates", doc=KONNYAKU_PDF, title="経費区分別の補助率及び補助上限額",
        header=[["経費区分", "既存輸出先", "", "新規輸出先", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in GRANT_DESTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in GRANT_DESTS)) for j in (1, 2, 3)]
                + [fw(sum(sum(r[1:]) for r in GRANT_DESTS))])
    grants = TableSpec(
        key="grants", doc=KONNYAKU_PDF, title="輸出先別の交付件数",
        header=[["輸出先"] + [era(y) for y in GRANT_YEARS] + ["計"]],
        rows=rows, col_widths=[38 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], unit="件",
    )
    grants.col_range = {4: [GRANT_YEARS[0], GRANT_YEARS[-1]]}
    return rates, grants


def konnyaku_story(specs):
    rates, grants = specs
    total = sum(EARLY_GRANTS.values()) + sum(sum(r[1:]) for r in GRANT_DESTS)
    st = [Spacer(1, 2 * mm), P(f"{KONNYAKU}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("制定　令和２年３月26日", DATE_RIGHT), P("改正　令和７年３月27日", DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article(1, "趣旨", f"県は、県産こんにゃくの海外への販路を広げるため、県内の事業者が行う輸出の取組に要する経費に対し、予算の範囲内で{KONNYAKU}（以下「補助金」という。）を交付するものとし、その交付に関しては、{PREF}補助金等交付規則に定めるもののほか、この要綱に定めるところによる。")
    st += article(2, "定義", "この要綱において「県産こんにゃく」とは、県内で収穫されたこんにゃく芋又はこれを製粉した精粉を主な原料として、県内の工場で製造したこんにゃく及びこんにゃく製品（こんにゃく麺、こんにゃくゼリー等の加工品を含む。）をいい、県外で収穫されたこんにゃく芋の精粉を主な原料とするものは含まない。", more=[
        "この要綱において「新規輸出先」とは、補助事業者が申請の日の前３年間に県産こんにゃくを輸出したことのない国・地域をいい、それ以外の国・地域を「既存輸出先」という。",
        "この要綱において「賞味期限試験」とは、輸出先までの輸送及び現地での保管の条件を想定して、製品の品質が保たれる期間を確かめるために行う保存試験（加速試験を含む。）をいう。",
        "この要綱において「組合等」とは、県内の３者以上の事業者で構成する事業協同組合その他の団体をいう。",
    ])
    st += article(3, "補助対象者", "補助金の交付の対象となる者は、県内に事業所を有し、県産こんにゃくを製造する中小企業者（個人事業主を含む。）及び組合等とする。")
    st += article(4, "補助対象経費等", "補助対象経費、補助率及び補助上限額は、別表のとおりとする。", more=[
        f"前項の規定にかかわらず、１補助事業者当たりの補助金の額は、１年度につき{FIRM_CAP}万円（組合等にあっては{FIRM_CAP_GROUP}万円）を上限とする。",
        "前年度にこの補助金の交付を受けた者が、同じ経費区分について申請する場合の補助上限額は、別表に定める額の２分の１とする。",
        "補助金の額に千円未満の端数があるときは、これを切り捨てる。",
    ])
    st += article(5, "補助対象外経費", "次に掲げる経費は、補助の対象としない。", items=NOT_COVERED)
    st += article(6, "交付の申請", "補助金の交付を受けようとする者は、交付申請書（様式第１号）に事業計画書及び経費の見積書を添えて、知事に提出しなければならない。")
    st += article(7, "実績報告", "補助事業者は、補助事業が完了した日から30日以内又は補助事業を行った年度の２月末日のいずれか早い日までに、実績報告書を知事に提出しなければならない。")
    st += article(8, "輸出状況の報告", "補助事業者は、補助事業を完了した年度の翌年度から２年間、毎年度の輸出の状況を、その翌年度の５月31日までに知事に報告しなければならない。")
    st += [P("附　則", ART_HEAD)] + paras("この要綱は、令和２年４月１日から施行する。", 0)
    st += [P("附　則", ART_HEAD)] + paras("この要綱は、令和７年４月１日から施行する。", 0)
    st += [CondPageBreak(80 * mm), P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」の欄は、補助の対象とならないことを示す（既存輸出先向けの認証は取得済みとみなす。）。",
        "※２ 海外見本市への出展の経費は、出展小間料、装飾費、展示品の輸送費及び通訳の雇上げ費とする。",
        "※３ 補助金の額は、補助対象経費に補助率を乗じて得た額と補助上限額のいずれか低い額とする。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,400万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月６日まで"),
        ("申請方法", "次の書類を園芸特産課へ持参又は郵送"),
    ], 0)
    st += bullets(KONNYAKU_DOCS, 0)
    st += [P("（参考２）これまでの交付状況", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{total}件を交付した。令和２年度は{fw(EARLY_GRANTS[2020])}件、令和３年度は{fw(EARLY_GRANTS[2021])}件で、令和４年度以降は毎年度増えている。輸出先別では、直近３年間で台湾向けが最も多い。
""", 0)
    st += [caption(grants.title, "（単位：件）"), grants.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 主な輸出先で数えた。「その他」は英国、ベトナム、オーストラリア及びマレーシアである。",
    ])
    st += [P("（参考３）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _costs) in enumerate(KONNYAKU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("活用した経費", what), ("補助金の額", amount)], 1)
    st += [P("（参考４）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（園芸特産課又は{KONNYAKU_KYOKAI}へ）",
        "② 交付申請書の提出（募集期間内に、（参考１）の書類を添えて提出）",
        "③ 審査（書類審査と面談、令和７年６月下旬）",
        "④ 交付決定の通知（令和７年７月上旬）",
        "⑤ 補助事業の実施（令和８年２月６日までに完了すること）",
        "⑥ 実績報告（第７条の期限まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KONNYAKU_DEPT} 輸出推進班　電話：098-921-3140　ファクス：098-921-3149",
        f"{KONNYAKU_KYOKAI}（事前相談）　電話：098-921-3200",
        "電子メール：kurumi-konnyaku@example.jp",
    ]))
    return st


# ================================================================ document 2: shogi-piece makers, survey report
SHOGI = f"{PREF}将棋駒製造業の輸出実態調査"
SHOGI_DEPT = f"{PREF} 商工労働部 地場産業課"
KUMIAI = f"{PREF}将棋駒協同組合"
TARGET = 86  # 調査対象の事業所（全数）
TREND = [  # 年度, 輸出事業所数（所）, 輸出組数（組）, 輸出額（万円）, うち通信販売（万円）
    (2019, 9, 310, 1240, 180), (2020, 8, 260, 1050, 310), (2021, 12, 420, 1680, 520),
    (2022, 17, 560, 2310, 690), (2023, 21, 710, 2960, 870),
]
PRODUCTS = [  # 主な製品, 回答事業所数（所）, 輸出事業所数（所）, 従業者数（人）, 輸出額（万円） (令和５年度)
    ("書き駒", 14, 3, 31, 210), ("彫り駒", 12, 4, 38, 420), ("彫埋め駒", 9, 4, 27, 520),
    ("盛上げ駒", 8, 5, 22, 1080), ("将棋盤", 11, 3, 35, 560), ("駒台・駒箱", 5, 1, 12, 90),
    ("その他", 3, 1, 9, 80),
]
SIZES = (("４人以下", 40, 8), ("５人以上", 22, 13))  # 従業者, 回答事業所, うち輸出 (prose only)
PLANNING = 9  # non-exporters planning to start within three years (prose only)
DESTS = [  # 輸出先, 令和４年度, 令和５年度 (万円)
    ("米国", 640, 820), ("台湾", 420, 510), ("中国", 380, 310), ("韓国", 210, 180),
    ("フランス", 190, 300), ("ドイツ", 150, 240), ("英国", 120, 170), ("その他", 200, 430),
]
DEST_YEARS = (2022, 2023)
SHOGI_CASES = [  # 見出し, 主な輸出先, 輸出の方法, 工夫していること
    ("盛上げ駒製造業Ｄ社（楜市）", "米国、フランス", "海外の愛好家団体を通じた受注生産",
     "彫り手の名前と製作の工程を英語で紹介している"),
    ("将棋盤製造業Ｅ社（鷹羽市）", "台湾、中国", "現地の囲碁・将棋用品店への直接販売",
     "盤の材の産地と樹齢を記した証明書を付けている"),
    ("書き駒製造業Ｆ社（蒼野町）", "米国、ドイツ", "自社の英語の通信販売サイト",
     "駒の裏に動き方を示した初心者向けの駒を作っている"),
]


def shogi_specs():
    trend = TableSpec(
        key="trend", doc=SHOGI_PDF, title="将棋駒等の輸出の推移",
        header=[["年度", "輸出\n事業所数（所）", "輸出\n組数（組）", "輸出額\n（万円）", "うち通信\n販売（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in TREND],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    trend.unit = lambda row, c, s=trend: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3, 4)])
    products = TableSpec(
        key="products", doc=SHOGI_PDF, title="主な製品別の回答事業所と輸出の状況",
        header=[["主な製品", "回答事業所数（所）", "輸出事業所数（所）", "従業者数（人）", "輸出額（万円）"]],
        rows=rows, col_widths=[32 * mm, 33 * mm, 33 * mm, 29 * mm, 29 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=SHOGI_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], ruled=False, unit="万円",
    )
    dests.col_range = {3: [DEST_YEARS[0], DEST_YEARS[-1]]}
    return trend, products, dests


def shogi_story(specs):
    trend, products, dests = specs
    total = sum(r[1] for r in PRODUCTS)
    exporters = sum(r[2] for r in PRODUCTS)
    (s_name, s_n, s_x), (l_name, l_n, l_x) = SIZES
    first, last = TREND[0], TREND[-1]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SHOGI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(SHOGI_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の将棋駒製造業の輸出の実態と課題を把握し、販路開拓の支援に役立てるため"),
        ("調査対象", f"県内で将棋駒等を製造する事業所 {TARGET}所（全数）"),
        ("調査基準日", "令和６年10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送による調査票の配布と回収、及び職員による聞き取り"),
        ("回答数", f"{total}所（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書で「将棋駒等」とは、駒、将棋盤、駒台及び駒箱をいう。「輸出事業所」とは、令和５年度に製品を海外の顧客に販売した事業所をいい、海外の通販サイトでの販売を含み、国内の土産物店で訪日外国人に販売したものは含まない。「盛上げ駒」とは、文字の溝を漆で埋め、その上に漆を盛り上げた駒をいい、溝を埋めて平らにしたものを「彫埋め駒」という。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
輸出事業所は、回答{total}所のうち{exporters}所（{pct1(exporters, total)}％）であった。令和５年度の輸出額は{last[3]:,}万円で、令和２年度に一度減ったものの、その後は毎年度増えている。
""", 0)
    st += [caption(trend.title), trend.flowable(), Spacer(1, 2)]
    st += notes(["※１ 輸出している事業所への聞き取りによる。輸出組数は駒（１組40枚）の組数で、将棋盤等は含まない。"])
    st += [P("３　主な製品別・規模別の状況", H1)]
    st += paras(f"""
輸出額は盛上げ駒が最も多く、全体の３分の１を超える。従業者{s_name}の事業所は{s_n}所のうち{fw(s_x)}所、{l_name}の事業所は{l_n}所のうち{l_x}所が輸出している。輸出していない事業所のうち{fw(PLANNING)}所が、３年以内に輸出を始めたいと答えた。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes(["※２ 各事業所を、売上の最も多い製品で分類した。「その他」は、チェスの駒、囲碁の碁笥等である。"])
    st += [P("４　輸出先", H1)]
    st += paras("""
輸出先は米国が最も多く、台湾がこれに続く。中国向けと韓国向けは前年度を下回った。欧州ではフランス向けの伸びが大きい。
""", 0)
    st += [caption(dests.title, "（単位：万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「増減」は令和５年度の額から令和４年度の額を引いたもので、▲は減少を示す。「その他」は、シンガポール、オーストラリア等である。"])
    st += [P("５　事業所の事例", H1)]
    for i, (head, dest, how, idea) in enumerate(SHOGI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の方法", how), ("工夫していること", idea)], 1)
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外の見本市に、県内の駒の産地として共同で出展する機会をつくってほしい。",
        "駒の種類や製法を英語で説明できる資料を、産地としてまとめて作ってほしい。",
        "海外への小口の発送の手続と費用について、相談できる窓口がほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 県内の駒の産地を紹介する英語と中国語の冊子を、令和７年度中に作成する。",
        f"② {KUMIAI}と連携し、海外の見本市への共同出展を検討する。",
        "③ 小口の国際発送について、事業所向けの説明会を開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHOGI_DEPT} 伝統産業班　電話：098-924-2610　ファクス：098-924-2619",
        f"{KUMIAI}（事例の紹介・産地の情報）　電話：098-924-2700",
        "電子メール：kurumi-koma@example.jp",
    ]))
    return st


# ================================================================ document 3: sesame-product export subsidy, guide for applicants
GOMA = f"{PREF}産ごま製品輸出支援補助金"
GOMA_DEPT = f"{PREF} 産業振興部 食品産業課"
CENTER = f"公益財団法人{PREF}食品産業振興センター"
FOUNDED = 2023  # 令和５年度 (printed only as 令和)
APPLICATIONS = {2023: 19, 2024: 26}  # 申請件数 (prose only)
COURSES = [  # 見出し, 主な対象経費, 補助率, 補助上限額 (same labels in every sibling section); rate, cap (万円)
    ("表示・規格対応コース", "輸出先のアレルゲン表示に合わせたラベルの作成、成分分析及び栄養成分の検査",
     "３分の２", "50万円", Decimal(2) / 3, 50),
    ("販路開拓コース", "海外見本市への出展、現地での試食販売及び海外バイヤーの招へい",
     "２分の１", "150万円", Decimal(1) / 2, 150),
    ("設備導入コース", "輸出先の基準に対応するための異物検査機、金属検出機等の導入",
     "３分の１（※１）", "300万円", Decimal(1) / 3, 300),
]
SMALL_RATE = Decimal(1) / 2  # note ※１: 設備導入コース for a 小規模事業者
COURSE_GRANTS = [  # コース; 令和５年度: 交付件数, 交付額（万円）; 令和６年度: 交付件数, 交付額（万円）
    ("表示・規格対応コース", 5, 182, 7, 261), ("販路開拓コース", 4, 396, 6, 612), ("設備導入コース", 2, 470, 3, 738),
]
COURSE_YEARS = (2023, 2024)
KPIS = [  # 指標 (unit in the bracket), 目標, 実績 (令和６年度)
    ("県産ごま製品の輸出額（百万円）", 250, 263), ("輸出に取り組む事業者数（者）", 30, 27),
    ("海外での商談件数（件）", 150, 171), ("海外向け新商品の数（品目）", 12, 9),
]
GOMA_NOT_COVERED = [
    "旅費、宿泊費及び日当（どのコースでも対象外です。）",
    "原材料の購入費及び製品の製造に要する経費",
    "汎用性の高い機器（パソコン、車両等）の購入費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def goma_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in COURSE_GRANTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in COURSE_GRANTS)) for j in (1, 2, 3, 4)])
    course = TableSpec(
        key="course", doc=GOMA_PDF, title="コース別の交付実績",
        header=[["コース", era(COURSE_YEARS[0]), "", era(COURSE_YEARS[1]), ""],
                ["", "交付件数（件）", "交付額（万円）", "交付件数（件）", "交付額（万円）"]],
        rows=rows, col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    course.unit = lambda row, c, s=course: bracket_unit(s.header_parts(c)[-1])
    kpi = TableSpec(
        key="kpi", doc=GOMA_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 28 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return course, kpi


def goma_story(specs):
    course, kpi = specs
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{GOMA}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(GOMA_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県では、県内で焙煎や搾油を行ったごま製品の輸出を後押しするため令和５年度に創設したこの補助金により、輸出先の表示の規則への対応、海外での販路開拓、輸出に必要な設備の導入を支援しています。令和５年度は{APPLICATIONS[2023]}件の申請があり{sum(r[1] for r in COURSE_GRANTS)}件に、令和６年度は{APPLICATIONS[2024]}件の申請があり{sum(r[3] for r in COURSE_GRANTS)}件に交付しました。
""", 0)
    st += lv_lines([
        ("補助金名", GOMA),
        ("対象者", "県内に工場を有し、県産ごま製品を製造する中小企業者（個人事業主を含む。）"),
        ("募集期間", "第１次　令和７年５月７日から６月６日まで／第２次　令和７年８月18日から９月19日まで"),
        ("予算額", "1,800万円"),
        ("受付・相談", f"{CENTER} 輸出支援デスク"),
    ], 0)
    st += paras("""
このご案内において「県産ごま製品」とは、焙煎、すり、練り又は搾油の工程を県内の工場で行ったごま製品（原料のごまの産地は問いません。）をいい、県外で加工したものを県内で小分けし、又は包装しただけのものは含みません。「小規模事業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の事業者をいいます。また、「アレルゲン表示」とは、輸出先の法令が求める、ごまその他のアレルギーの原因となる原材料の表示をいいます。
""", 0)
    st += [P("２　補助のコース", H1)]
    for i, (head, what, rate, cap, _r, _c) in enumerate(COURSES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な対象経費", what), ("補助率", rate), ("補助上限額", cap)], 1)
    st += notes([
        "※１ 設備導入コースは、小規模事業者が申請する場合、補助率を２分の１とします。",
        "※２ 一つの事業者が同じ年度に申請できるのは２コースまでとし、設備導入コースの利用は１事業者１回限りとします。",
    ])
    st += [P("３　補助の対象とならない経費", H1)]
    st += bullets(GOMA_NOT_COVERED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        "① 事前相談（輸出支援デスクへ。申請の２週間前までに）",
        "② 申請書類の提出（募集期間内に、県の電子申請システムで）",
        "③ 審査と交付決定（第１次は７月中旬、第２次は10月下旬に通知）",
        "④ 補助事業の実施（令和８年２月27日までに完了）",
        "⑤ 実績報告（事業の完了の日から30日以内）",
        "⑥ 補助金の支払（実績報告の審査の後、約１か月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras("""
令和６年度は、すべてのコースで前年度より交付件数が増え、件数では表示・規格対応コースが、交付額では設備導入コースが最も多くなりました。成果指標では、輸出額と商談件数が目標を上回りましたが、事業者数と新商品の数は目標に届きませんでした。
""", 0)
    st += [caption(course.title), course.flowable(), Spacer(1, 2)]
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 目標は「{PREF}食品輸出拡大プラン」によります。達成率は、実績を目標で除して百分率で表し、小数点以下を四捨五入しました。",
    ])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("原料のごまを海外から輸入していても、対象になりますか。",
         "対象になります。県内の工場で焙煎、すり、練り又は搾油を行っていれば、原料のごまの産地は問いません。"),
        ("販路開拓コースで、見本市に行く社員の旅費は対象になりますか。",
         "対象になりません。旅費、宿泊費及び日当は、どのコースでも補助の対象外です。"),
        ("第１次募集で採択されなかった場合、第２次募集に申請できますか。",
         "申請できます。審査の結果を踏まえて事業計画を見直したうえで、申請してください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　お問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GOMA_DEPT} 輸出支援班　電話：098-927-4510　ファクス：098-927-4519",
        f"{CENTER}（申請書の書き方の相談）　電話：098-927-4600",
        "電子メール：kurumi-goma@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return konnyaku_specs() + shogi_specs() + goma_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, sspecs, gspecs = konnyaku_specs(), shogi_specs(), goma_specs()
    kdoc = build_pdf(docs_dir / KONNYAKU_PDF, kspecs, konnyaku_story(kspecs),
                     f"{KONNYAKU}交付要綱", "令和７年３月27日改正", KONNYAKU_DEPT)
    sdoc = build_pdf(docs_dir / SHOGI_PDF, sspecs, shogi_story(sspecs),
                     f"令和６年度 {SHOGI} 報告書", "令和７年１月", SHOGI_DEPT)
    gdoc = build_pdf(docs_dir / GOMA_PDF, gspecs, goma_story(gspecs),
                     f"令和７年度 {GOMA}のご案内", "令和７年４月", GOMA_DEPT)
    gold = all_gold({KONNYAKU_PDF: kdoc.row_pages, SHOGI_PDF: sdoc.row_pages, GOMA_PDF: gdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


PREFIX_Q, PREFIX_T = "h98q", "h98t"
# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `calc` (computed only, not written out): the arithmetic on the gold cells (looked up through a
# GoldIndex) or on the data of a section or the prose, giving the answer string.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


A, B, C, D, E, F, G = (
    "経費区分別の補助率及び補助上限額", "輸出先別の交付件数", "将棋駒等の輸出の推移",
    "主な製品別の回答事業所と輸出の状況", "輸出先別の輸出額", "コース別の交付実績", "成果指標の目標と実績")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _man(x) -> str:
    return f"{x:,}万円"


def _halved_fair(g) -> str:
    """第４条第３項: half the 別表 cap for the same cost item as last year; 140万円 at an existing
    destination."""
    rate = g(A, "海外見本市への出展", "既存輸出先／補助率（％）", 2025)
    cap = g(A, "海外見本市への出展", "既存輸出先／上限額（千円）", 2025) // 2
    return f"{min(1400 * rate // 100, cap)}千円"


def _small_equipment(g) -> str:
    """Note ※１: 設備導入コース at the 小規模事業者 rate (1/2) on 480万円, within the 300万円 cap."""
    cap = COURSES[2][5]
    return f"{min(int(480 * SMALL_RATE), cap)}万円"


QUESTIONS = [
    # --- konnyaku: the konjac grant guideline, tables (a) (b), articles, definitions, cases, steps
    dict(question="４年前に一度だけ台湾へこんにゃくを輸出して、その後は国内だけで売ってきた会社が、また台湾向けに出すため賞味期限試験をしたいそうです。補助の上限額はいくらになりますか？",
         category="konnyaku", doc=KONNYAKU_PDF,
         evidence=["申請の日の前３年間に県産こんにゃくを輸出したことのない", "賞味期限試験 50 300 60 400"], answer=["400"],
         notes="two facts: the last export to 台湾 was four years ago, outside the three years of 第２条第２項, so 台湾 is a "
               "新規輸出先; (a) two-level header, group 新規輸出先, leaf 上限額（千円） → 400千円; 300 (既存輸出先) is the trap"),
    dict(question="マレーシアへすでにこんにゃく麺を輸出している会社が、ハラール認証を取り直したいそうです。この費用は補助の対象になりますか？",
         category="konnyaku", doc=KONNYAKU_PDF,
         evidence=["の欄は、補助の対象とならないことを示す", "既存輸出先向けの認証は取得済みとみなす"],
         answer=["対象とならない"],
         notes="(a) a 「－」 cell: マレーシア is a 既存輸出先 for this firm (第２条第２項), and ハラール等の認証取得 is 「－」 "
               "under 既存輸出先; note ※１ says 「－」 is not covered (a no); 500 (新規輸出先 cap) is the trap"),
    dict(question="昨年度この補助金で見本市の出展費用の補助を受けた会社が、今年度も、これまで輸出してきた香港の見本市に出展するそうです。出展費用は140万円の見込みです。補助金はいくらになりますか？",
         category="konnyaku", doc=KONNYAKU_PDF,
         evidence=["別表に定める額の２分の１とする", "海外見本市への出展 50 700 60 900"], answer=["350千円"],
         computed=True, calc=_halved_fair,
         notes="three facts: 香港 is a 既存輸出先, so (a) 既存輸出先 50 % and 700千円; the same cost item as the year before, "
               "so 第４条第３項 halves the cap to 350千円; 1,400千円 × 50 % = 700 → capped at 350千円 (= 35万円); 700 is the trap"),
    dict(question="シンガポールに初めて輸出する会社が、同じ年度に見本市への出展とハラール認証の取得を両方申請したいそうです。費用はどちらも大きく、それぞれの上限まで使う見込みです。１年度に受け取れる補助金は最大でいくらですか？",
         category="konnyaku", doc=KONNYAKU_PDF,
         evidence=["１年度につき120万円", "海外見本市への出展 50 700 60 900", "ハラール等の認証取得"],
         answer=["120万円"],
         notes="(a) caps under 新規輸出先: 900 + 500 = 1,400千円, but 第４条第２項 caps a firm at 120万円 a year (in 万円, "
               "while the 別表 is in 千円); 1,400千円 (140万円) is the trap"),
    dict(question="台湾への輸出を考えている会社から、2023年度にこの補助金が台湾向けで何件交付されたのかと聞かれました。",
         category="konnyaku", doc=KONNYAKU_PDF, evidence=["輸出先 令和４年度 令和５年度 令和６年度 計 台湾 ３ ４ ５ 12"], answer=["４"],
         notes="(b) fiscal years as columns: 2023年度 = 令和５年度 (the guideline prints only 2020年度 in Western form); "
               "３ and ５ (the neighbouring years) and 12 (計) are the traps"),
    dict(question="輸出先を検討している会社が、令和４年度から令和６年度までの３年間で交付件数が２番目に多かった輸出先を知りたいそうです。どこですか？",
         category="konnyaku", doc=KONNYAKU_PDF, evidence=["米国 ２ ３ ４ ９ フランス"], answer=["米国"],
         notes="(b) second-largest in the total column 計: 台湾 12, 米国 9, 香港 7 (the rows are not sorted; 米国 is printed "
               "fifth; the prose names only 台湾)"),
    dict(question="香港向けを考えている会社が、2022年度から2024年度までに交付された件数のうち、香港向けが何％を占めるのか知りたいそうです。",
         category="konnyaku", doc=KONNYAKU_PDF, evidence=["香港 ２ ３ ２ ７ シンガポール", "合計 11 15 20 46"], answer=["15.2%"],
         computed=True, calc=lambda g: _pct(g(B, "香港", "計"), g(B, "合計", "計")),
         notes="(b) total column on the right (計, fiscal_year_range 2022–2024): 7 / 46 = 15.2 %; 2022–2024年度 = "
               "令和４–６年度"),
    dict(question="果物の味をつけた、ぷるぷるしたデザート用のこんにゃくを作っている会社の活用事例では、補助金はいくら交付されましたか？",
         category="konnyaku", doc=KONNYAKU_PDF, evidence=["（３）こんにゃくゼリー製造業Ｃ社", "補助金の額：900千円"],
         answer=["900千円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 輸出先, 活用した経費, 補助金の額; （３）こんにゃく"
               "ゼリー製造業Ｃ社 (a fruit jelly dessert = こんにゃくゼリー); 270千円 and 450千円 are the siblings' values"),
    dict(question="こんにゃくの補助金を申請した会社から、交付決定の通知はいつごろ届くのかと聞かれました。",
         category="konnyaku", doc=KONNYAKU_PDF, evidence=["交付決定の通知（令和７年７月上旬）"], answer=["７月上旬"],
         notes="procedure step ④ of （参考４） (the review of step ③ in 令和７年６月下旬 is the near miss)"),
    dict(question="県外で収穫されたこんにゃく芋の精粉を仕入れて、県内の自社工場でこんにゃくを作っている会社があります。その製品は「県産こんにゃく」に含まれますか？",
         category="konnyaku", doc=KONNYAKU_PDF, evidence=["県外で収穫されたこんにゃく芋の精粉を主な原料とするものは含まない"],
         answer=["含まない"],
         notes="definition 「県産こんにゃく」 of 第２条 at its boundary: made in the prefecture, but from flour of konjac "
               "grown outside it, so not included (a no)"),
    # --- shogi: the survey of shogi-piece makers, tables (c) (d) (e), definitions, firms
    dict(question="将棋駒の輸出実態調査は、対象の事業所のうち何％から回答があったのかと、駒の工房の方に聞かれました。",
         category="shogi", doc=SHOGI_PDF, evidence=["回答数：62所（回答率72.1％）"], answer=["72.1％"],
         notes="「label：value」 line 回答数 (62 of the 86所 of 調査対象); 33.9 % (輸出事業所) is the near miss"),
    dict(question="国内の土産物店で、外国人観光客に駒を売っている工房があります。この調査では、その工房は「輸出事業所」に数えられますか？",
         category="shogi", doc=SHOGI_PDF, evidence=["国内の土産物店で訪日外国人に販売したものは含まない"],
         answer=["含まない"],
         notes="definition 「輸出事業所」 at its boundary: sales to visitors in a shop in Japan are not exports (a no); "
               "sales through a foreign online shop would be included (the near miss)"),
    dict(question="文字の溝を漆で埋めた上に、さらに漆を盛って文字を浮き上がらせた駒を主に作っている工房は、何所が輸出していますか？",
         category="shogi", doc=SHOGI_PDF, evidence=["その上に漆を盛り上げた駒をいい", "盛上げ駒 ８ ５ 22 1,080"],
         answer=["５"],
         notes="two facts: the definition of 「盛上げ駒」 (溝を埋めて平らにしたもの is 彫埋め駒, the trap: 4); (d) continuation "
               "page (no header there), row 盛上げ駒, column 輸出事業所数（所）; ８ (回答事業所数) is the other trap"),
    dict(question="従業者が５人以上いる駒の事業所のうち、輸出しているのは何所ですか？",
         category="shogi", doc=SHOGI_PDF, evidence=["５人以上の事業所は22所のうち13所"], answer=["13所"],
         notes="prose only (the firm sizes are in no table): 13 of 22; ４人以下 ８ of 40 is the near miss"),
    dict(question="海外向けに駒を作っている工房から、2019年度には県全体で駒が何組輸出されていたのかと聞かれました。",
         category="shogi", doc=SHOGI_PDF, evidence=["令和元年度 ９ 310 1,240 180"], answer=["310"],
         notes="(c) years as rows, header cells printed over two lines (輸出\\n組数（組）): 2019年度 = 令和元年度 (the "
               "report prints no Western year); 1,240 (輸出額) and 260 (令和２年度) are the traps"),
    dict(question="2019年度と比べて、2023年度の将棋駒等の輸出額は何万円増えたのか、という問い合わせがありました。",
         category="shogi", doc=SHOGI_PDF, evidence=["令和元年度 ９ 310 1,240 180", "令和５年度 21 710 2,960 870"],
         answer=["1,720万円"], computed=True,
         calc=lambda g: _man(g(C, "令和５年度", "輸出額（万円）", 2023) - g(C, "令和元年度", "輸出額（万円）", 2019)),
         notes="(c) difference down the 輸出額 column: 2,960 − 1,240 = 1,720万円 (2019年度 = 令和元年度, 2023年度 = 令和５年度)"),
    dict(question="中国に駒を売っている工房が、令和５年度の中国向けの輸出額が前の年度と比べてどう変わったのか知りたいそうです。",
         category="shogi", doc=SHOGI_PDF, evidence=["中国 380 310 ▲70"], answer=["▲70"],
         notes="(e) unruled table, the 増減 column prints a decrease with ▲ (note ※３): 70万円 down (the unit only in the "
               "caption note); 310 (令和５年度) is the trap"),
    dict(question="令和５年度の駒などの輸出額のうち、米国向けが何％を占めるのかと聞かれました。",
         category="shogi", doc=SHOGI_PDF, evidence=["米国 640 820 180", "合計 2,310 2,960 650"], answer=["27.7%"],
         computed=True, calc=lambda g: _pct(g(E, "米国", "令和５年度", 2023), g(E, "合計", "令和５年度", 2023)),
         notes="(e) share within a year column of the unruled table: 820 / 2,960 = 27.7 %"),
    dict(question="漆で駒に文字を手書きしている工房の事例では、どのような方法で海外に売っていますか？",
         category="shogi", doc=SHOGI_PDF, evidence=["（３）書き駒製造業Ｆ社", "輸出の方法：自社の英語の通信販売サイト"],
         answer=["自社の英語の通信販売サイト"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な輸出先, 輸出の方法, 工夫していること; （３）書き駒製造業Ｆ社 "
               "(characters written by hand in lacquer = 書き駒); 受注生産 and 直接販売 are the siblings' values"),
    # --- goma: the sesame-product subsidy guide, tables (f) (g), definitions, courses, Q&A
    dict(question="従業員８人のごま油メーカーが、輸出先の基準に合わせるため、480万円の金属検出機を入れたいそうです。補助金はいくらになりますか？",
         category="goma", doc=GOMA_PDF,
         evidence=["常時使用する従業員の数が20人", "小規模事業者が申請する場合、補助率を２分の１", "補助上限額：300万円"],
         answer=["240万円"], computed=True, calc=_small_equipment,
         notes="three facts: eight employees in manufacturing makes a 小規模事業者 (definition in １); course （３）設備導入コース "
               "has ３分の１, but note ※１ gives a 小規模事業者 ２分の１; 480 × 1/2 = 240万円, within the 300万円 cap; 160万円 "
               "(３分の１) is the trap"),
    dict(question="県外の工場で煎ったごまを仕入れ、県内では袋に詰め直すだけの会社があります。その商品は、この補助金の「県産ごま製品」に当たりますか？",
         category="goma", doc=GOMA_PDF, evidence=["県内で小分けし、又は包装しただけのものは含みません"], answer=["含みません"],
         notes="definition 「県産ごま製品」 at its boundary: roasted outside the prefecture and only repacked inside it (a no); "
               "imported raw sesame roasted in the prefecture would be included (Ｑ１, the near miss)"),
    dict(question="アメリカ向けに、アレルギーの原因になる原材料の表示を直したラベルを作りたい会社があります。そのためのコースでは、補助の上限額はいくらですか？",
         category="goma", doc=GOMA_PDF, evidence=["（１）表示・規格対応コース", "補助上限額：50万円"], answer=["50万円"],
         notes="sibling sections （１）–（３） of ２ share the labels 主な対象経費, 補助率, 補助上限額; labels for the "
               "destination's allergen rules = （１）表示・規格対応コース; 150万円 and 300万円 are the siblings' values"),
    dict(question="見本市への出展を考えている会社が、2024年度に販路開拓コースで交付された補助金が合わせていくらだったのか知りたいそうです。",
         category="goma", doc=GOMA_PDF, evidence=["販路開拓コース ４ 396 ６ 612"], answer=["612"],
         notes="(f) two-level header whose groups are the fiscal years: group 令和６年度 (2024年度; the guide prints no Western "
               "year), leaf 交付額（万円）; 396 (令和５年度) and ６ (件数) are the traps"),
    dict(question="機械の導入を考えている会社が、令和６年度の設備導入コースでは１件当たり平均いくらの補助金が交付されたのか知りたいそうです。",
         category="goma", doc=GOMA_PDF, evidence=["設備導入コース ２ 470 ３ 738"], answer=["246万円"], computed=True,
         calc=lambda g: _man(g(F, "設備導入コース", "令和６年度／交付額（万円）", 2024)
                             // g(F, "設備導入コース", "令和６年度／交付件数（件）", 2024)),
         notes="(f) average in a year group: 738 / 3 = 246万円 (470 / 2 = 235万円 in 令和５年度 is the wrong year)"),
    dict(question="ごま製品の輸出額は、令和６年度の目標をどれだけ上回ったのかと聞かれました。",
         category="goma", doc=GOMA_PDF, evidence=["県産ごま製品の輸出額（百万円） 250 263"], answer=["13百万円"],
         computed=True,
         calc=lambda g: f"{g(G, '県産ごま製品の輸出額（百万円）', '実績', 2024) - g(G, '県産ごま製品の輸出額（百万円）', '目標', 2024)}百万円",
         notes="(g) KPI table, the unit in the row label's bracket: 263 − 250 = 13百万円 (= 1,300万円); 105 (達成率) is the trap"),
    dict(question="第１次募集で採択されなかった会社から、第２次募集にもう一度申請できるのかと聞かれました。",
         category="goma", doc=GOMA_PDF, evidence=["申請できます。審査の結果を踏まえて事業計画を見直"], answer=["申請できます"],
         notes="Q&A: Ａ of Ｑ３ (yes, after revising the plan)"),
    dict(question="ごま製品の補助金に、令和５年度には何件の申請があったのかと聞かれました。",
         category="goma", doc=GOMA_PDF, evidence=["令和５年度は19件の申請があり"], answer=["19件"],
         notes="prose only (the applications are in no table, which gives only the 11 grants of the year); 26件 (令和６年度) is the near miss"),
    dict(question="このごま製品の補助金が西暦でいうと何年度にできた制度なのか、海外の取引先に説明したいという会社があります。",
         category="goma", doc=GOMA_PDF, evidence=["ため令和５年度に創設した"], answer=["2023年度"], computed=True,
         calc=lambda g: f"{era_year('令和', str(FOUNDED - 2018))}年度",
         notes="an era year turned into a Western year: 令和５年度 = 2023年度 (the guide prints no Western year)"),
    # --- followups
    dict(question="では、そのラベル作成を、すでに輸出している国向けに行う場合、上限額はいくらですか？",
         category="followup", doc=KONNYAKU_PDF, evidence=["外国語表示ラベルの作成 50 200 60 250"], answer=["200"],
         history=_turns("新しい輸出先向けに外国語の表示ラベルを作る場合、補助率は何％ですか？",
                        "新規輸出先向けの外国語表示ラベルの作成は、補助率60％です[1]。"),
         notes="(a) the row from the history (外国語表示ラベルの作成), the other group (既存輸出先), leaf 上限額（千円）; "
               "250 (新規輸出先) is the trap"),
    dict(question="その国・地域向けは、令和４年度には何件でしたか？",
         category="followup", doc=KONNYAKU_PDF, evidence=["シンガポール １ ２ ３ ６"], answer=["１"],
         history=_turns("2024年度にシンガポール向けで交付されたこんにゃくの補助金は何件ですか？",
                        "2024年度（令和６年度）のシンガポール向けは３件でした[1]。"),
         notes="(b) the row from the history (シンガポール), column 令和４年度; ６ (計) is the trap"),
    dict(question="そのうち、輸出しているのは何所ですか？",
         category="followup", doc=SHOGI_PDF, evidence=["将棋盤 11 ３ 35 560"], answer=["３"],
         history=_turns("将棋盤を主に作っている事業所は、何所が調査に回答しましたか？",
                        "将棋盤を主な製品とする事業所は11所が回答しました[1]。"),
         notes="(d) continuation page, the row from the history (将棋盤), column 輸出事業所数（所）"),
    dict(question="それは、前の年度と比べてどれだけ増えましたか？",
         category="followup", doc=SHOGI_PDF, evidence=["フランス 190 300 110"], answer=["110"],
         history=_turns("令和５年度のフランス向けの将棋駒等の輸出額はいくらでしたか？",
                        "令和５年度のフランス向けの輸出額は300万円でした[1]。"),
         notes="(e) the row from the history (フランス), column 増減 (fiscal_year_range 2022–2023): 110万円"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=GOMA_PDF, evidence=["電話：098-927-4600"], answer=["098-927-4600"],
         history=_turns("ごま製品の補助金の申請書の書き方を相談したい会社があります。どこに相談すればよいですか？",
                        "申請書の書き方の相談は、公益財団法人楜県食品産業振興センターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 098-927-4510 and fax "
               "098-927-4519 (first line) are the near misses"),
    dict(question="それに対して、実績は何者でしたか？",
         category="followup", doc=GOMA_PDF, evidence=["輸出に取り組む事業者数（者） 30 27 90"], answer=["27"],
         history=_turns("ごま製品の輸出に取り組む事業者数の目標は、いくつでしたか？",
                        "令和６年度の目標は30者でした[1]。"),
         notes="(g) the row from the history, column 実績 (unit 者 from the row label); 90 (達成率) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="県内で収穫されるこんにゃく芋が年間でどのくらいの量になるのか、海外のバイヤーに聞かれたという会社があります。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline defines 県産こんにゃく by where the konjac is grown, but gives no harvest figures",
         absent=["収穫量", "生産量", "作付"]),
    dict(question="こんにゃくの補助金の審査では、どんな項目に何点ずつ配点されるのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the steps give the review (書類審査と面談) and its month, not its criteria or points",
         absent=["審査基準", "配点", "評価項目"]),
    dict(question="駒を作っている職人さんの平均年齢は分かるか、と聞かれました。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the workers by main product (従業者数), not their ages",
         absent=["平均年齢", "年齢"]),
    dict(question="駒を海外の通販サイトで売るとき、サイトに払う手数料は何％くらいの会社が多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the exports by mail order (うち通信販売), not the fees paid to the sites",
         absent=["手数料"]),
    dict(question="ごま製品の補助金の設備導入コースで入れた機械は、これまでに全部で何台ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the grants and amounts of 設備導入コース, not the machines installed",
         absent=["台数", "何台", "導入台"]),
    dict(question="ごまのアレルゲン表示をせずに輸出してしまった場合、罰則はあるのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide defines アレルゲン表示 and subsidises the labels, but says nothing of penalties",
         absent=["罰則", "罰金"]),
]
CATEGORY_COUNTS = {"konnyaku": 10, "shogi": 9, "goma": 9, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
DROPPED_KEYS = ("absent", "calc")


def expected_questions() -> list[dict]:
    """The questions as written out: ids h98q01, …; `absent` and `calc` dropped."""
    return [{"id": f"{PREFIX_Q}{i:02d}", **{k: v for k, v in q.items() if k not in DROPPED_KEYS}}
            for i, q in enumerate(QUESTIONS, 1)]


def computed_checks() -> dict:
    return {f"{PREFIX_Q}{i:02d}": q["calc"] for i, q in enumerate(QUESTIONS, 1) if "calc" in q}


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KONNYAKU_PDF: (3, 3), SHOGI_PDF: (3, 3), GOMA_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
CELLS_PER_TABLE = {A: 18, B: 32, C: 20, D: 32, E: 27, F: 16, G: 12}
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
BEFORE_BREAK_ROWS = ("書き駒", "彫り駒")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("盛上げ駒", "将棋盤", "駒台・駒箱", "その他", "合計")  # and after it
DECORATION_LINES = 4  # running header left, header right, page number, footer: first in pypdf's text
ANSWER_UNITS = r"(%|百万円|万円|千円|件|所|人|者|年度)$"


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout98.py")
    errors += check(questions, gold, pages)
    errors += check_fiction(out, pages)
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


def printed_as_number(num: str, text: str) -> bool:
    """`num` occurs in the normalised `text` as a number of its own (not inside 1,350 or 13.5)."""
    return bool(re.search(r"(?<![\d,.])" + re.escape(num) + r"(?!\d|[,.]\d)", text))


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
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
        if (q["category"] == "followup") != bool(history):
            errors.append(f"{qid}: only followups, and every followup, have a history")
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
            # stricter than docgen: not even the bare number of a computed answer is printed as a number
            for a in q["answer"]:
                bare = re.sub(ANSWER_UNITS, "", nfkc(a))
                if printed_as_number(bare, doc_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.30, 0.70))
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    # a Western fiscal year asked of a document that prints that year only as 令和
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
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second-largest" in q["notes"] for q in questions if q["doc"]) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    errors += check_computed(questions, computed_checks(), GoldIndex(gold))
    if any(g["value"] == DASH for g in gold):
        errors.append("a cell printed 「－」 is a gold cell")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
    if dict(per_table) != CELLS_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {CELLS_PER_TABLE}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout98.py")
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
            # each printed row, cell after cell (the 「－」 cells included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    for fn in (check_totals, lambda g: check_layouts(g, pages)):
        try:
            errors += fn(gold)
        except (KeyError, TypeError, ValueError, IndexError) as e:  # a broken gold file: report, do not crash
            errors.append(f"the arithmetic and layout checks could not run on the gold cells: {e!r}")
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        if g.get("number") is not None:  # a non-numeric cell is reported by check_gold
            t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): rates within 100 %; 新規輸出先 at least 既存輸出先; no cap above the firm cap (万円 -> 千円)
    for row, r in t[A].items():
        for grp in ("既存輸出先", "新規輸出先"):
            rate, cap = r.get(f"{grp}／補助率（％）"), r.get(f"{grp}／上限額（千円）")
            if (rate is None) != (cap is None):
                errors.append(f"{A} / {row}: a rate without a cap under {grp}")
            if rate is not None and (rate > 100 or cap > FIRM_CAP * 10):
                errors.append(f"{A} / {row}: rate above 100 % or cap above 第４条第２項")
        if "既存輸出先／補助率（％）" in r and (r["新規輸出先／補助率（％）"] < r["既存輸出先／補助率（％）"]
                                        or r["新規輸出先／上限額（千円）"] < r["既存輸出先／上限額（千円）"]):
            errors.append(f"{A} / {row}: 新規輸出先 below 既存輸出先")
    # (b): 合計 adds up; 計 is the row sum; grants grow every year
    b = t[B]
    ycols = [era(y) for y in GRANT_YEARS]
    adds_up(B, ycols + ["計"])
    for row, r in b.items():
        if r["計"] != sum(r[k] for k in ycols):
            errors.append(f"{B} / {row}: 計 is not the sum of the years")
    totals = [EARLY_GRANTS[2020], EARLY_GRANTS[2021]] + [b["合計"][k] for k in ycols]
    if totals != sorted(set(totals)):
        errors.append(f"{B}: 「令和４年度以降は毎年度増えている」 does not hold")
    # (c): the 令和５年度 row equals (d)'s and (e)'s totals; mail order within the exports
    c, d, e = t[C], t[D], t[E]
    last = c[era(TREND[-1][0])]
    if last["輸出額（万円）"] != d["合計"]["輸出額（万円）"] or last["輸出額（万円）"] != e["合計"][era(2023)] \
            or last["輸出事業所数（所）"] != d["合計"]["輸出事業所数（所）"]:
        errors.append(f"{C}: 令和５年度 differs from {D} or {E}")
    if c[era(2022)]["輸出額（万円）"] != e["合計"][era(2022)]:
        errors.append(f"{C}: 令和４年度 differs from {E}")
    if any(r["うち通信販売（万円）"] > r["輸出額（万円）"] for r in c.values()):
        errors.append(f"{C}: 通信販売 above 輸出額")
    amounts = [c[era(y)]["輸出額（万円）"] for y, *_x in TREND]
    if not (amounts[1] < amounts[0] and amounts[1:] == sorted(set(amounts[1:]))):
        errors.append(f"{C}: 「令和２年度に一度減ったものの、その後は毎年度増えている」 does not hold")
    # (d): 合計 adds up; exporters within respondents; the firm sizes of the prose add up
    adds_up(D, ("回答事業所数（所）", "輸出事業所数（所）", "従業者数（人）", "輸出額（万円）"))
    if any(r["輸出事業所数（所）"] > r["回答事業所数（所）"] for r in d.values()):
        errors.append(f"{D}: 輸出事業所 above 回答事業所")
    if d["合計"]["回答事業所数（所）"] != sum(s[1] for s in SIZES) or d["合計"]["輸出事業所数（所）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes of the prose")
    if PLANNING > d["合計"]["回答事業所数（所）"] - d["合計"]["輸出事業所数（所）"]:
        errors.append(f"{D}: more firms planning to export than non-exporters")
    # (e): 合計 adds up; 増減 is the difference
    adds_up(E, (era(2022), era(2023), "増減"))
    for row, r in e.items():
        if r["増減"] != r[era(2023)] - r[era(2022)]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    # (f): 合計 adds up; grants within the course caps; every course grew (prose)
    f = t[F]
    cols = [f"{era(y)}／{m}" for y in COURSE_YEARS for m in ("交付件数（件）", "交付額（万円）")]
    adds_up(F, cols)
    caps = {c_[0]: c_[5] for c_ in COURSES}
    for row, r in f.items():
        if row == "合計":
            continue
        for y in COURSE_YEARS:
            if r[f"{era(y)}／交付額（万円）"] > r[f"{era(y)}／交付件数（件）"] * caps[row]:
                errors.append(f"{F} / {row}: grants above the course cap")
        if r[cols[2]] <= r[cols[0]]:
            errors.append(f"{F} / {row}: 「すべてのコースで前年度より交付件数が増え」 does not hold")
    # (g): 達成率 = 実績 / 目標, rounded half up
    for row, r in t[G].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{G} / {row}: 達成率 differs from 実績 / 目標")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (d): continued over the page 1→2 break, its header on the first page only
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SHOGI_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        cont = pages[SHOGI_PDF][bp[1] - 1]
        if any(norm(h) in norm(cont) for h in prod.header[0][1:]):
            errors.append(f"{D}: a header cell is repeated on the continuation page")
        first = [g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]][::4]
        rest = [g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]][::4]
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in rest for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({first} / {rest})")
        body = [x.strip() for x in cont.splitlines()[DECORATION_LINES:] if x.strip()]
        if not body or body[0] != rest[0]:
            errors.append(f"{D}: the continuation page should start with the data row {rest[:1]}")
        if norm("チェスの駒、囲碁の碁笥等") not in norm(cont):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key != "products" and len({g["page"] for g in gold if g["table"] == spec.title}) != 1:
            errors.append(f"{spec.title} should be on one page")
    if specs["dests"].ruled or not all(s.ruled for k, s in specs.items() if k != "dests"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the 「－」 cells exactly as planned
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["既存輸出先／補助率（％）", "既存輸出先／上限額（千円）", "新規輸出先／補助率（％）", "新規輸出先／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header leaves")
    dashes = {(s.rows[i][s.label_col], c) for s in specs.values() for i in range(len(s.rows))
              for c in s.value_cols if s.rows[i][c] == DASH}
    if dashes != DASH_CELLS:
        errors.append(f"the 「－」 cells are {sorted(dashes)}, expected {sorted(DASH_CELLS)}")
    # (b): fiscal years as columns and a total column on the right
    bg = [g for g in gold if g["table"] == B]
    if list(dict.fromkeys(g["column"] for g in bg)) != [era(y) for y in GRANT_YEARS] + ["計"] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in bg if g["column"] != "計") \
            or any(g["fiscal_year_range"] != [2022, 2024] for g in bg if g["column"] == "計"):
        errors.append(f"{B}: expected the fiscal years as columns and a 計 column on the right")
    # (c): years as rows; every value header printed over two lines
    if [g["fiscal_year"] for g in gold if g["table"] == C][::4] != [y for y, *_x in TREND]:
        errors.append(f"{C}: expected years as rows")
    cpage = min(g["page"] for g in gold if g["table"] == C)
    lines = [x.strip() for x in pages[SHOGI_PDF][cpage - 1].splitlines()]
    start = next((k for k, x in enumerate(lines) if C in x), 0)
    lines = lines[start:lines.index(era(TREND[0][0]), start)] if era(TREND[0][0]) in lines[start:] else []
    for h in specs["trend"].header[0][1:]:
        top, bottom = h.split("\n")
        if not any(lines[k] == top and lines[k + 1] == bottom for k in range(len(lines) - 1)) \
                or any(label(h) in x for x in lines):
            errors.append(f"{C}: header {label(h)} should be printed over two lines")
    # (e): ▲ exactly on the negative numbers; 増減 with the two years compared
    eg = [g for g in gold if g["table"] == E]
    if any(g["value"].startswith(MINUS) != (g["number"] < 0) for g in gold) or not any(g["number"] < 0 for g in eg):
        errors.append(f"{E}: ▲ should mark exactly the decreases")
    if any(g["fiscal_year_range"] != [2022, 2023] for g in eg if g["column"] == "増減") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減"):
        errors.append(f"{E}: expected two fiscal years as columns and 増減 with [2022, 2023]")
    if any(g["fiscal_year_range"] for g in gold if not (g["table"] == B and g["column"] == "計")
           and not (g["table"] == E and g["column"] == "増減")):
        errors.append("only 計 of (b) and 増減 of (e) may have a fiscal_year_range")
    # (f): a two-level header whose groups are the fiscal years
    fcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == F))
    fwant = [f"{era(y)}／{m}" for y in COURSE_YEARS for m in ("交付件数（件）", "交付額（万円）")]
    if len(specs["course"].header) != 2 or fcols != fwant \
            or any(g["fiscal_year"] != fiscal_year(g["column"].split(GROUP_SEP)[0]) for g in gold if g["table"] == F):
        errors.append(f"{F}: expected the fiscal years as header groups, got {fcols}")
    # (g): a KPI table, 目標 and 実績 in the unit of the row label's bracket
    gg = [g for g in gold if g["table"] == G]
    if list(dict.fromkeys(g["column"] for g in gg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in gg) \
            or len({g["unit"] for g in gg if g["column"] == "目標"}) != len(KPIS):
        errors.append(f"{G}: expected 目標 / 実績 / 達成率 with each row's unit from its label")
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
                errors.append(f"{doc}: the heading of sibling section {i} is not printed once")
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
        got = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text)
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

    def qa_lines(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        nq = sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw)
        na = sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw)
        if (nq, na) != (n, n):
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines, got {nq} and {na}")

    def western(text, want, what):
        if re.findall(r"20\d\d年", text) != want:
            errors.append(f"{what}: Western years printed {re.findall(r'20[0-9][0-9]年', text)}, expected {want}")

    # ---- the konjac grant guideline
    kt = norm("\n".join(pages[KONNYAKU_PDF]))
    siblings(kt, KONNYAKU_PDF, ("輸出先：", "活用した経費：", "補助金の額："), [c[0] for c in KONNYAKU_CASES])
    total = sum(EARLY_GRANTS.values()) + sum(sum(r[1:]) for r in GRANT_DESTS)
    if norm(f"延べ{total}件を交付した") not in kt \
            or norm(f"令和２年度は{fw(EARLY_GRANTS[2020])}件、令和３年度は{fw(EARLY_GRANTS[2021])}件") not in kt:
        errors.append("guideline: the grant counts of the prose differ from (b)")
    ranked = sorted(GRANT_DESTS, key=lambda r: -sum(r[1:]))
    if ranked[0][0] != "台湾" or sum(ranked[0][1:]) == sum(ranked[1][1:]) or sum(ranked[1][1:]) == sum(ranked[2][1:]) \
            or [r[0] for r in GRANT_DESTS].index(ranked[1][0]) == 1:
        errors.append("guideline: 台湾 first and a clear second (not printed second) do not hold")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, costs in KONNYAKU_CASES:
        new = "新規輸出先" in where
        grant = 0
        for item, cost in costs.items():
            rate, cap = (rates[item][3], rates[item][4]) if new else (rates[item][1], rates[item][2])
            if rate is None:
                errors.append(f"guideline: case {head} uses a 「－」 cost")
                continue
            grant += min(cost * rate // 100, cap)
        if f"{min(grant, FIRM_CAP * 10)}千円" != amount:
            errors.append(f"guideline: case {head}: {amount} does not follow from its costs ({grant}千円)")
    western(kt, ["2020年"], "guideline")
    defs(kt, ("県産こんにゃく", "新規輸出先", "賞味期限試験", "組合等"), "guideline")
    if norm("それ以外の国・地域を「既存輸出先」という") not in kt:
        errors.append("guideline: 既存輸出先 should be defined as the rest of 新規輸出先")
    for i, x in enumerate(NOT_COVERED):
        if norm(f"{KANSUJI[i]}{x}") not in kt:
            errors.append(f"guideline: item {KANSUJI[i]} of 第５条 is missing")
    raw = "\n".join(pages[KONNYAKU_PDF]).splitlines()
    arts = [m.group(1) for x in raw for m in [re.match(r"\s*第([１-９])条", x)] if m]
    if arts != [fw(i) for i in range(1, 9)]:
        errors.append(f"guideline: articles {arts}, expected 第１条-第８条 in order")
    bullets_in(KONNYAKU_PDF, len(KONNYAKU_DOCS), "guideline")
    qa_lines(KONNYAKU_PDF, 0, "guideline")
    steps_of(KONNYAKU_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(KONNYAKU_PDF, ["098-921-3140", "098-921-3149", "098-921-3200"], ["kurumi-konnyaku@example.jp"], "guideline")

    # ---- the survey of shogi-piece makers
    st = norm("\n".join(pages[SHOGI_PDF]))
    siblings(st, SHOGI_PDF, ("主な輸出先：", "輸出の方法：", "工夫していること："), [c[0] for c in SHOGI_CASES])
    n, x = sum(r[1] for r in PRODUCTS), sum(r[2] for r in PRODUCTS)
    if norm(f"{n}所（回答率{pct1(n, TARGET)}％）") not in st or norm(f"回答{n}所のうち{x}所（{pct1(x, n)}％）") not in st \
            or norm(f"令和５年度の輸出額は{TREND[-1][3]:,}万円") not in st:
        errors.append("survey: the response and export figures of the prose differ from the tables")
    top = max(PRODUCTS, key=lambda r: r[4])
    if top[0] != "盛上げ駒" or not top[4] * 3 > sum(r[4] for r in PRODUCTS):
        errors.append("survey: 「盛上げ駒が最も多く、全体の３分の１を超える」 does not hold")
    (s_name, s_n, s_x), (l_name, l_n, l_x) = SIZES
    if norm(f"{s_name}の事業所は{s_n}所のうち{fw(s_x)}所") not in st or norm(f"{l_name}の事業所は{l_n}所のうち{l_x}所") not in st \
            or norm(f"うち{fw(PLANNING)}所が、３年以内に") not in st:
        errors.append("survey: the firm sizes of the prose differ from the data")
    by_r5 = [r[0] for r in sorted(DESTS, key=lambda r: -r[2])]
    down = [r[0] for r in DESTS if r[2] < r[1]]
    europe = max((r for r in DESTS if r[0] in ("フランス", "ドイツ", "英国")), key=lambda r: r[2] - r[1])[0]
    if by_r5[:2] != ["米国", "台湾"] or down != ["中国", "韓国"] or europe != "フランス":
        errors.append("survey: the destination ranking of the prose does not hold")
    western(st, [], "survey")
    defs(st, ("将棋駒等", "輸出事業所", "盛上げ駒"), "survey")
    if norm("「彫埋め駒」という") not in st:
        errors.append("survey: 彫埋め駒 should be defined")
    bullets_in(SHOGI_PDF, 3, "survey")
    qa_lines(SHOGI_PDF, 0, "survey")
    steps_of(SHOGI_PDF, "①②③④", "survey")
    contacts(SHOGI_PDF, ["098-924-2610", "098-924-2619", "098-924-2700"], ["kurumi-koma@example.jp"], "survey")

    # ---- the guide to the sesame-product subsidy
    gt = norm("\n".join(pages[GOMA_PDF]))
    siblings(gt, GOMA_PDF, ("主な対象経費：", "補助率：", "補助上限額："), [c[0] for c in COURSES])
    g5, g6 = sum(r[1] for r in COURSE_GRANTS), sum(r[3] for r in COURSE_GRANTS)
    if norm(f"令和５年度は{APPLICATIONS[2023]}件の申請があり{g5}件に、令和６年度は{APPLICATIONS[2024]}件の申請があり{g6}件に交付") not in gt \
            or norm(f"ため{era(FOUNDED).replace('年度', '')}年度に創設") not in gt:
        errors.append("guide: the prose figures differ from (f) or the data")
    most_n = max(COURSE_GRANTS, key=lambda r: r[3])[0]
    most_amt = max(COURSE_GRANTS, key=lambda r: r[4])[0]
    if (most_n, most_amt) != ("表示・規格対応コース", "設備導入コース"):
        errors.append("guide: 「件数では表示・規格対応コースが、交付額では設備導入コースが最も多く」 does not hold")
    met = [k[0] for k in KPIS if k[2] >= k[1]]
    if met != ["県産ごま製品の輸出額（百万円）", "海外での商談件数（件）"]:
        errors.append("guide: the KPIs met in the prose do not hold")
    for head, _what, rate, cap, r, cp in COURSES:
        if norm(f"補助率：{rate}") not in gt or f"{cp}万円" != cap:
            errors.append(f"guide: the course {head} differs from its data")
    western(gt, [], "guide")
    defs(gt, ("県産ごま製品", "小規模事業者", "アレルゲン表示"), "guide")
    bullets_in(GOMA_PDF, len(GOMA_NOT_COVERED), "guide")
    qa_lines(GOMA_PDF, 3, "guide")
    steps_of(GOMA_PDF, "①②③④⑤⑥", "guide")
    contacts(GOMA_PDF, ["098-927-4510", "098-927-4519", "098-927-4600"], ["kurumi-goma@example.jp"], "guide")
    return errors


def check_fiction(out: Path, pages) -> list[str]:
    """Every phone number is 098-92x-xxxx and every mail address under example.jp, in the documents,
    the gold and question files and the README; the documents name no prefecture but 楜県."""
    errors = []
    texts = {n: "\n".join(p) for n, p in pages.items()}
    for name in ("tables.jsonl", "questions.jsonl", "README.md"):
        f = out / name
        if not f.exists() and name == "README.md":
            f = Path(__file__).resolve().parent / name  # a build into another folder: check the set's README
        if f.exists():
            texts[name] = f.read_text(encoding="utf-8")
        else:
            errors.append(f"{name} is missing")
    for name, text in texts.items():
        t = nfkc(text)
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{3,4}", t):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 098-92x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+", t):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
    for name, p in pages.items():
        text = "\n".join(p)
        others = {ch for ch in re.findall(r"([\u4e00-\u9fff])県", text)} - {"楜"}
        if others or PREF not in p[0]:
            errors.append(f"{name}: prefectures {sorted(others)} named; {PREF} should be the only one, on page 1")
    for name in ("questions.jsonl",):
        others = {ch for ch in re.findall(r"([\u4e00-\u9fff])県", texts.get(name, ""))} - {"楜"}
        if others:
            errors.append(f"{name}: prefectures {sorted(others)} named")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
