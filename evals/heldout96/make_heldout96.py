"""Build the 檗県 held-out set 96: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (檗県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use:

- a grant guideline (交付要綱, articles 第１条–第８条 with 附則 and 別表, then four （参考） parts) for
  a prefectural subsidy towards miso makers' exports (檗県産味噌輸出促進補助金: export health
  certificates, shelf-life tests, overseas trade fairs, sample shipping, foreign-language labels),
  with a 別表 under a two-level header whose groups are the destinations (アジア等向け /
  欧米・豪州向け) and whose leaves are the rate and the cap, two 「－」 cells, and the grants by year
  (years as rows);
- the report (報告書) of a survey of the prefecture's glass-craft makers on their exports
  (ガラス工芸品製造業の輸出実態調査), with the exports by destination in two fiscal years and a 増減
  column printing decreases with ▲, the respondents and exporters by product field (a table
  continued over a page break without its header, header cells printed over two lines) and an
  unruled table of the issues;
- a guide for applicants (ご案内) to a prefectural subsidy towards rice-vinegar exports
  (檗県産米酢輸出支援補助金), with three courses as sibling sections, a note halving a cap, a KPI
  table (目標 / 実績 / 達成率, units in the row labels) and the grants by course and destination
  with a total column on the right.

See README.md beside this file.

    python make_heldout96.py [OUTPUT_DIR]          # default: this file's directory

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
    MINCHO,
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

MISO_PDF = "kihada_miso_yushutsu_sokushin_hojokin_kofu_yoko_r7.pdf"
GLASS_PDF = "kihada_glass_kogeihin_yushutsu_jittai_chosa_r6.pdf"
SU_PDF = "kihada_komezu_yushutsu_shien_hojokin_annai_r7.pdf"
ALL_PDFS = (MISO_PDF, GLASS_PDF, SU_PDF)

UNITS = ("百万円", "千円", "万円", "円", "国・地域", "件", "社", "者", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (each table's note says why); never a gold cell
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"098-90\d-\d{4}"  # every phone number of the set
MAIL_DOMAIN = "@example.jp"
MAIL_RE = r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"  # a mail address (not hit@5)
LOOKALIKE = "\u6a38県"  # the look-alike prefecture name that must appear nowhere


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
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def pct0(k: int, n: int) -> int:
    """k / n in whole per cent, rounded half up (the KPI note)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None -> 「－」, a Decimal with one decimal, an int as docgen prints it."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def delta(n: int) -> str:
    """A 増減 cell: a decrease printed with ▲, never a minus sign."""
    return DECREASE + fw(-n) if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    cover a range of fiscal years (a 増減 column)."""

    col_range: dict | None = None  # {col: [first, last]} for columns comparing several fiscal years

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
    """The gold cells of a table, row by row; a 「－」 cell is no gold cell."""
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


ART_HEAD = pstyle("article_head", GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=3, keepWithNext=1)
ART = pstyle("article", MINCHO, 10.5, 17, left=2 * docgen.EM, first=-docgen.EM)
ART_ITEM = pstyle("article_item", MINCHO, 10.5, 17, left=3 * docgen.EM, first=-docgen.EM)


def article(head, lines, items=()):
    """An article of the guideline: （見出し）, 第ｎ条 with its paragraphs ２, ３ …, items 一, 二 …"""
    st = [P(head, ART_HEAD)]
    st += [P(x, ART) for x in lines]
    st += [P(x, ART_ITEM) for x in items]
    return st


PREF = "檗県"
TOWNS = ("檗市", "朱浜市", "霧谷町")
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: miso export subsidy, grant guideline
MISO = f"{PREF}産味噌輸出促進補助金"
MISO_DEPT = f"{PREF} 農林水産部 販路拡大課"
MISO_KUMIAI = f"{PREF}味噌工業協同組合"
REGIONS_A = ("アジア等向け", "欧米・豪州向け")
RATES = [  # 経費区分; アジア等向け: 補助率（％）, 上限額（千円）; 欧米・豪州向け: 補助率（％）, 上限額（千円） (None = 「－」)
    ("輸出用衛生証明書等の取得", None, None, 75, 200),
    ("賞味期限試験", 50, 300, 60, 500),
    ("海外見本市への出展", 50, 800, 50, 1000),
    ("見本品の送付", 50, 100, 50, 150),
    ("外国語ラベルの作成", 60, 150, 60, 200),
]
DASH_CELLS_A = {("輸出用衛生証明書等の取得", 1), ("輸出用衛生証明書等の取得", 2)}  # (row, column) printed 「－」
FIRM_CAP, GROUP_CAP = 120, 200  # 第４条第２項: 万円 per 補助事業者 and year (組合等: 200)
MISO_START = 2020  # 令和２年度（2020年度）
RECORD = [  # 年度, 申請件数, 交付件数, うち欧米・豪州向け, 交付額（千円）
    (2020, 9, 6, 2, 2840), (2021, 12, 8, 3, 4105), (2022, 15, 11, 4, 6320),
    (2023, 18, 12, 6, 7460), (2024, 22, 15, 7, 9870),
]
MISO_CASES = [  # 見出し, 輸出先, 活用した経費, 補助金の額; (region column offset, [(経費区分, 経費（千円）)])
    ("米みそ製造業Ａ社（檗市）", "米国（欧米・豪州向け）", "賞味期限試験、外国語ラベルの作成", "480千円",
     (1, [("賞味期限試験", 600), ("外国語ラベルの作成", 200)])),
    ("麦みそ製造業Ｂ社（朱浜市）", "台湾（アジア等向け）", "海外見本市への出展（初めての出展）", "750千円",
     (0, [("海外見本市への出展", 1500)])),
    ("豆みそ製造業Ｃ社（霧谷町）", "ドイツ（欧米・豪州向け）", "輸出用衛生証明書等の取得、見本品の送付", "270千円",
     (1, [("輸出用衛生証明書等の取得", 240), ("見本品の送付", 180)])),
]
MISO_EXCLUDED = [  # 第５条 一–四
    "一　味噌の製造及び仕入れに要する経費",
    "二　輸出先で課される関税及び付加価値税等の税",
    "三　補助事業者の役員及び従業員の旅費及び宿泊費",
    "四　交付決定の日より前に発注し、又は支払った経費",
]


def miso_specs():
    rows = [[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES]
    rates = TableSpec(
        key="rates", doc=MISO_PDF, title="補助対象経費、補助率及び補助上限額",
        header=[["経費区分", REGIONS_A[0], "", REGIONS_A[1], ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=rows, col_widths=[46 * mm, 25 * mm, 27 * mm, 25 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=MISO_PDF, title="交付の実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "うち欧米・豪州向け（件）", "交付額（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(w), fw(g)] for y, a, b, w, g in RECORD],
        col_widths=[26 * mm, 28 * mm, 28 * mm, 42 * mm, 28 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return rates, record


def miso_story(specs):
    rates, record = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{MISO}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和２年３月27日 制定", DATE_RIGHT), P("令和７年３月28日 改正", DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("（趣旨）", [
        "第１条　この要綱は、県産味噌の輸出を促進するため、海外の販路の開拓に取り組む味噌製造業者等に対し、予算の範囲内で"
        f"{MISO}（以下「補助金」という。）を交付することについて、必要な事項を定めるものとする。",
    ])
    st += article("（定義）", [
        "第２条　この要綱において「県産味噌」とは、県内の工場で仕込み及び熟成を行った味噌（味噌を主な原料とする合わせ調味料を含む。）をいう。",
        "２　この要綱において「欧米・豪州向け」とは、北米、欧州（英国を含む。）及びオーストラリアの国・地域への輸出をいい、"
        "それ以外の国・地域への輸出を「アジア等向け」という。",
        "３　この要綱において「賞味期限試験」とは、輸出先までの輸送と店頭での保管を想定し、商品の風味と品質が保たれる期間を確かめる試験をいう。",
        "４　この要綱において「組合等」とは、県内の味噌製造業者を構成員とする事業協同組合及び商工組合をいう。",
    ])
    st += article("（補助対象者）", [
        "第３条　補助金の交付の対象となる者（以下「補助事業者」という。）は、県内に工場を有して県産味噌を製造する中小企業者"
        "（中小企業基本法第２条第１項に規定する中小企業者をいう。）及び組合等とする。",
    ])
    st += article("（補助対象経費等）", [
        "第４条　補助の対象となる経費（以下「補助対象経費」という。）、補助率及び補助上限額は、別表のとおりとする。",
        f"２　補助金の額は、１補助事業者につき年度当たり{FIRM_CAP}万円（組合等にあっては{GROUP_CAP}万円）を限度とし、千円未満の端数は切り捨てる。",
        "３　同一の見本市への２回目以降の出展については、別表の上限額の２分の１を上限額とする。",
    ])
    st += article("（補助対象外経費）", ["第５条　次に掲げる経費は、補助の対象としない。"], MISO_EXCLUDED)
    st += article("（交付の申請）", [
        "第６条　補助金の交付を受けようとする者は、知事が別に定める期間内に、交付申請書（様式第１号）に事業計画書（様式第２号）"
        "及び経費の見積書を添えて、知事に提出しなければならない。",
    ])
    st += article("（実績報告）", [
        "第７条　補助事業者は、補助事業が完了した日から起算して30日を経過した日又は令和８年２月20日のいずれか早い日までに、"
        "実績報告書（様式第５号）を知事に提出しなければならない。",
    ])
    st += article("（輸出実績の報告）", [
        "第８条　補助事業者は、補助事業が完了した日の属する年度の翌年度から３年間、毎年度５月末日までに、前年度の県産味噌の"
        "輸出実績を知事に報告しなければならない。",
    ])
    st += [P("附　則", ART_HEAD), P("この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」の欄は補助の対象とならない。アジア等向けの衛生証明書等は、県が無料で発行する輸出証明書を利用すること。",
        "※２ 海外見本市への出展の経費は、小間料、装飾費及び出展品の輸送費とする。",
        "※３ 補助対象経費に補助率を乗じて得た額と上限額のいずれか低い額を補助金の額とする（第４条第２項及び第３項の限度の範囲内）。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月13日まで"),
        ("予算額", "1,500万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年１月31日まで"),
        ("申請方法", "県の電子申請システム又は郵送"),
    ], 0)
    st += [P("（参考２）交付の実績", H1)]
    st += paras(f"""
令和２年度（2020年度）に制度を設けてから令和６年度までの５年間で、延べ{n_all}件、{amt_all:,}千円を交付した。申請件数は毎年度増えており、令和６年度は{last[1]}件の申請に対し{last[2]}件に交付し、そのうち欧米・豪州向けは{fw(last[3])}件だった。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [P("（参考３）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _calc) in enumerate(MISO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("活用した経費", what), ("補助金の額", amount)], 1)
    st += [P("（参考４）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（申請の２週間前までに、販路拡大課又は{MISO_KUMIAI}へ）",
        "② 交付申請（募集期間内に、電子申請又は郵送で提出）",
        "③ 審査（書類審査。令和７年６月下旬）",
        "④ 交付決定の通知（令和７年７月上旬）",
        "⑤ 補助事業の実施（令和８年１月31日までに完了すること）",
        "⑥ 実績報告（第７条の期限まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += paras("申請には、次の書類が必要である。", 0)
    st += bullets([
        "交付申請書（様式第１号）",
        "事業計画書（様式第２号）",
        "経費の見積書の写し（２者以上から取ったもの）",
        "直近２期分の決算書の写し",
    ], 0)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MISO_DEPT} 輸出促進班　電話：098-901-4410　ファクス：098-901-4419",
        f"{MISO_KUMIAI}（事前相談）　電話：098-901-4520",
        "電子メール：kihada-miso@example.jp",
    ]))
    return st


# ================================================================ document 2: glass-craft makers' exports, survey report
GLASS = f"{PREF}ガラス工芸品製造業の輸出実態調査"
GLASS_DEPT = f"{PREF} 商工労働部 地場産業振興課"
KYOKAI = f"{PREF}ガラス工芸協会"
TARGET = 148  # 調査対象 (全数)
PRODUCTS = [  # 製品分野, 回答企業数, 輸出企業数, うち直接輸出, 輸出額（百万円） (令和５年度)
    ("食器・グラス", 22, 12, 5, 176), ("切子", 15, 11, 7, 236), ("花器・置物", 11, 6, 2, 41),
    ("照明器具", 8, 4, 3, 67), ("ステンドグラス", 9, 3, 1, 18), ("とんぼ玉・アクセサリー", 10, 5, 3, 22),
    ("風鈴", 12, 5, 2, 15), ("その他", 9, 2, 1, 6),
]
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 令和４年度, 令和５年度 (百万円)
    ("米国", 128, 156), ("台湾", 97, 112), ("中国", 88, 71), ("香港", 54, 63), ("韓国", 31, 27),
    ("フランス", 36, 58), ("ドイツ", 22, 29), ("その他", 61, 65),
]
ISSUES = [  # 輸出に当たっての課題, 回答数: 直接輸出企業, 間接輸出のみの企業 (複数回答)
    ("輸送中の破損と梱包の手間", 18, 15), ("梱包・輸送費の高さ", 16, 10), ("海外の取引先の開拓", 9, 14),
    ("外国語での商談・契約", 7, 12), ("輸出先の鉛溶出基準への対応", 8, 3), ("職人・後継者の不足", 6, 4),
]
SIZES = (("５人未満", 38, 9), ("５人以上20人未満", 41, 25), ("20人以上", 17, 14))  # 従業員規模, 回答企業, 輸出企業 (prose only)
NEW_DEST = 9  # exporters that found a new destination in 令和５年度 (prose only)
PLAN_START = 11  # non-exporters planning to start within three years (prose only)
GLASS_CASES = [  # 見出し, 主な輸出先, 輸出の形態, 工夫していること
    ("切子製造業Ｄ社（檗市）", "米国、フランス", "直接輸出（海外の百貨店・ギャラリーと取引）",
     "一点ごとに割れにくい木箱を誂え、輸送中の破損を１％未満に抑えている"),
    ("吹きガラス工房Ｅ社（朱浜市）", "台湾、香港", "間接輸出（県内の商社を通じて販売）",
     "商社と共同で、現地の百貨店の催事に年２回参加している"),
    ("ステンドグラス製作所Ｆ社（霧谷町）", "ドイツ、英国", "直接輸出（自社の英語サイトによる受注生産）",
     "設置場所の写真と寸法を受け取ってから制作し、返品を防いでいる"),
]


def glass_counts():
    """Respondents, exporters, direct exporters (the ｎ of the unruled table)."""
    total = sum(r[1] for r in PRODUCTS)
    exporters = sum(r[2] for r in PRODUCTS)
    direct = sum(r[3] for r in PRODUCTS)
    return total, exporters, direct


def glass_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3, 4)])
    products = TableSpec(
        key="products", doc=GLASS_PDF, title="製品分野別の回答企業と輸出の状況",
        header=[["製品分野", "回答\n企業数（社）", "輸出\n企業数（社）", "うち直接\n輸出（社）", "輸出額\n（百万円）"]],
        rows=rows, col_widths=[44 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), delta(b - a)] for n, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    drows.append(["合計", fw(ta), fw(tb), delta(tb - ta)])
    destinations = TableSpec(
        key="destinations", doc=GLASS_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[34 * mm, 30 * mm, 30 * mm, 30 * mm], unit="百万円",
    )
    destinations.col_range = {3: [DEST_YEARS[0], DEST_YEARS[-1]]}
    _t, n_all, n_direct = glass_counts()
    n_ind = n_all - n_direct
    issues = TableSpec(
        key="issues", doc=GLASS_PDF, title="輸出に当たっての課題（複数回答）",
        header=[["課題", "全体", "直接輸出企業", "間接輸出のみの企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_direct)), cell(pct1(b, n_ind))] for x, a, b in ISSUES],
        col_widths=[62 * mm, 24 * mm, 28 * mm, 34 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return products, destinations, issues


def glass_story(specs):
    products, destinations, issues = specs
    total, n_exp, n_direct = glass_counts()
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    by_amount = sorted(PRODUCTS, key=lambda r: -r[4])
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{GLASS} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(GLASS_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内のガラス工芸品製造業の輸出の実態と課題を把握し、海外展開の支援策に役立てるため"),
        ("調査対象", f"県内でガラス工芸品を製造する事業者 {TARGET}社（全数）"),
        ("調査基準日", "令和６年９月１日"),
        ("調査期間", "令和６年９月２日から10月４日まで"),
        ("調査方法", "郵送及びウェブによるアンケート（一部の事業者には聞き取り）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
        ("集計上の注意", "割合は小数点以下第２位を四捨五入したため、内訳の合計が100％にならない場合がある"),
    ], 0)
    st += paras("""
この報告書において「ガラス工芸品」とは、吹きガラス、切子、ステンドグラス、とんぼ玉等、製造の工程に職人の手作業を含むガラス製品をいう。「輸出企業」とは、令和５年度に自社の製品を海外に販売した企業をいい、国内の商社等を通じて販売したもの（間接輸出）を含む。「直接輸出」とは、海外の取引先と自ら契約を結んで製品を輸出することをいい、「間接輸出」とは、国内の商社等に販売した製品が、その商社等を通じて海外に輸出されることをいう。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に製品を輸出した企業は、回答企業{total}社のうち{n_exp}社（{pct1(n_exp, total)}％）で、このうち直接輸出を行う企業は{n_direct}社であった。なお、輸出企業のうち{fw(NEW_DEST)}社は令和５年度中に新たな輸出先を開拓し、輸出をしていない{total - n_exp}社のうち{PLAN_START}社は、３年以内に輸出を始める予定と回答した。
回答企業の従業員規模は、{SIZES[0][0]}が{SIZES[0][1]}社、{SIZES[1][0]}が{SIZES[1][1]}社、{SIZES[2][0]}が{SIZES[2][1]}社であった。輸出企業の割合は、{SIZES[2][0]}では{SIZES[2][1]}社のうち{SIZES[2][2]}社と高いが、{SIZES[0][0]}では{SIZES[0][1]}社のうち{fw(SIZES[0][2])}社にとどまる。
製品分野別では、{by_amount[0][0]}が{by_amount[0][4]}百万円と最も多く、{by_amount[1][0]}が{by_amount[1][4]}百万円で続く。回答企業に占める輸出企業の割合は、切子で特に高く、ステンドグラスとその他では３分の１程度以下にとどまる。製品分野別の状況は、次表のとおりである。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes(["※１ 間接輸出の輸出額は、商社等への販売額のうち、海外向けであることが分かるものを計上した。"])
    st += [P("３　輸出先別の状況", H1)]
    st += paras(f"""
輸出額の合計は{tb}百万円で、前年度の{ta}百万円から{tb - ta}百万円増えた。輸出先別では米国が最も多く、中国向けと韓国向けは前年度より減った。
""", 0)
    st += [caption(destinations.title, "（単位：百万円）"), destinations.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 増減は、令和５年度の輸出額から令和４年度の輸出額を差し引いたもので、▲は減少を示す。「その他」は、シンガポール、英国、オーストラリア等である。",
    ])
    st += [P("４　企業の事例", H1)]
    for i, (head, dest, form, idea) in enumerate(GLASS_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の形態", form), ("工夫していること", idea)], 1)
    st += [P("５　輸出に当たっての課題", H1)]
    st += paras("""
全体では「輸送中の破損と梱包の手間」が最も多い。直接輸出企業では「梱包・輸送費の高さ」が、間接輸出のみの企業では「海外の取引先の開拓」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 輸出企業{n_exp}社（直接輸出企業{n_direct}社、間接輸出のみの企業{n_exp - n_direct}社）が回答した。"
        "「直接輸出企業」には、間接輸出も行う企業を含む。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　事業者からの主な要望（自由記述）", H1)]
    st += bullets([
        "割れ物の輸出に適した梱包資材の共同購入を支援してほしい。",
        "海外の見本市に、県のブースで共同出展できる機会を増やしてほしい。",
        "鉛の溶出試験を県内で安く受けられるようにしてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 割れ物の輸出梱包に関する講習会を、令和７年度に２回開く。",
        f"② {KYOKAI}と連携し、欧州の見本市への共同出展を検討する。",
        "③ 県工業技術センターで、鉛の溶出試験の受託を始める。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GLASS_DEPT} 工芸振興班　電話：098-904-2630　ファクス：098-904-2639",
        f"{KYOKAI}（事務局）　電話：098-904-2700",
        "電子メール：kihada-glass@example.jp",
    ]))
    return st


# ================================================================ document 3: rice-vinegar export subsidy, guide for applicants
SU = f"{PREF}産米酢輸出支援補助金"
SU_DEPT = f"{PREF} 商工労働部 国際経済課"
KIKO = f"公益財団法人{PREF}産業振興機構"
CENTER = f"{KIKO} 輸出支援センター"
SU_START = 2022  # 令和４年度に創設
SU_YEARLY = {2022: 10, 2023: 14}  # grants in the years before the table's year (prose only)
COURSES = [  # 見出し, 対象となる取組, 補助率, 補助上限額 (same labels in every sibling section); (rate, cap in 万円)
    ("テスト輸出コース", "テスト輸出に伴う成分分析（酸度・残留アルコール）、現地向けの試作品の製造、少量の試験輸送",
     "３分の２", "60万円", (Decimal(2) / 3, 60)),
    ("販路拡大コース", "すでに輸出している国・地域での試飲販売会、飲食店へのメニュー提案、現地語の販促物の制作",
     "２分の１", "100万円", (Decimal(1) / 2, 100)),
    ("共同輸出コース", "共同輸出のための混載輸送、共同ブランドの表示、合同での商談会への参加",
     "３分の２", "１グループ当たり200万円", (Decimal(2) / 3, 200)),
]
SU_DESTS = ("台湾", "香港", "シンガポール", "タイ", "米国", "フランス", "その他")
GRANTS = [  # コース: 交付件数 by SU_DESTS (令和６年度)
    ("テスト輸出コース", (2, 1, 2, 2, 1, 2, 2)),
    ("販路拡大コース", (3, 2, 1, 0, 2, 0, 0)),
    ("共同輸出コース", (1, 0, 0, 1, 1, 0, 0)),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度)
    ("県産米酢の輸出額（万円）", 4000, 4620), ("輸出に取り組む醸造所数（者）", 20, 17),
    ("輸出先の国・地域数（国・地域）", 12, 13), ("海外での商談件数（件）", 150, 126),
]
SU_EXCLUDED = [
    "商品の製造原価及び仕入れに要する経費",
    "輸出先で課される関税及び付加価値税等の税",
    "醸造所の役員及び従業員の人件費と旅費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def su_specs():
    rows = [[n, *(fw(k) for k in ks), fw(sum(ks))] for n, ks in GRANTS]
    tot = [sum(ks[j] for _n, ks in GRANTS) for j in range(len(SU_DESTS))]
    rows.append(["合計", *(fw(k) for k in tot), fw(sum(tot))])
    grants = TableSpec(
        key="grants", doc=SU_PDF, title="コース別・輸出先別の交付件数",
        header=[["コース", *SU_DESTS, "計"]], rows=rows,
        col_widths=[32 * mm, 13 * mm, 13 * mm, 23 * mm, 13 * mm, 13 * mm, 17 * mm, 15 * mm, 12 * mm],
        unit="件", table_fy=2024,
    )
    kpi = TableSpec(
        key="kpi", doc=SU_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[62 * mm, 24 * mm, 24 * mm, 28 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return grants, kpi


def su_story(specs):
    grants, kpi = specs
    by_course = [sum(ks) for _n, ks in GRANTS]
    total = sum(by_course)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SU}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
{SU}は、県内の醸造所がつくる米酢とその加工品の輸出を後押しするため、海外での販路づくりに要する経費の一部を補助するものです。令和４年度に創設し、令和４年度は{SU_YEARLY[2022]}件、令和５年度は{SU_YEARLY[2023]}件、令和６年度は{total}件に交付しました。
""", 0)
    st += lv_lines([
        ("補助金名", SU),
        ("対象者", "県内に醸造所を有し、県産米酢を製造する中小企業者（共同輸出を行うグループを含む。）"),
        ("募集期間", "第１期 令和７年４月21日から５月23日まで、第２期 令和７年８月１日から８月29日まで"),
        ("予算額", "1,200万円"),
        ("受付・相談", f"{CENTER}（県からの委託）"),
    ], 0)
    st += paras("""
この案内において「県産米酢」とは、県内の醸造所で米を主な原料として醸造した食酢をいい、これを原料とする飲用酢、ぽん酢等の加工品を含みます。「テスト輸出」とは、その醸造所がこれまでに輸出したことのない国・地域に、１年度の輸出額が200万円未満の少量を試験的に輸出することをいいます。また、「共同輸出」とは、県内の３者以上の醸造所が、同じ国・地域に向けて商品をまとめて輸出することをいいます。
""", 0)
    st += [P("２　支援コース", H1)]
    for i, (head, what, rate, cap, _calc) in enumerate(COURSES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる取組", what), ("補助率", rate), ("補助上限額", cap)], 1)
    st += notes([
        "※１ 販路拡大コースで、前年度に同じ国・地域を対象として交付を受けた場合は、補助上限額を２分の１とします。",
        "※２ 補助金の額に千円未満の端数があるときは、切り捨てます。",
    ])
    st += [P("３　補助の対象とならない経費", H1)]
    st += bullets(SU_EXCLUDED, 0)
    st += [P("４　申請から交付までの流れ", H1)]
    st += numbered([
        "① 事前相談（輸出支援センターへ。申請の前に必ずご相談ください）",
        "② 申請（募集期間内に、申請書、事業計画書及び見積書を提出）",
        "③ 審査（書類審査。第１期は６月中旬、第２期は９月中旬）",
        "④ 交付決定の通知",
        "⑤ 事業の実施（令和８年２月27日までに完了）",
        "⑥ 実績報告と補助金の支払（完了から30日以内に報告。額の確定後に振込み）",
    ], 0)
    st += [P("５　令和６年度の実績", H1)]
    st += paras(f"""
令和６年度は{total}件（テスト輸出コース{by_course[0]}件、販路拡大コース{fw(by_course[1])}件、共同輸出コース{fw(by_course[2])}件）に交付しました。輸出先別では台湾が最も多くなっています。また、成果指標のうち、輸出額と輸出先の国・地域数は目標を上回りました。
""", 0)
    st += [caption(grants.title, "（令和６年度）（単位：件）"), grants.flowable(), Spacer(1, 2)]
    st += notes(["※３ 共同輸出コースは、１グループを１件と数えます。「その他」は、マレーシア及びオーストラリアです。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 達成率は、実績を目標で除して百分率で表し、小数点以下を四捨五入したものです。目標は「{PREF}食品輸出拡大プラン」によります。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("りんご酢や黒酢をつくっている醸造所も対象になりますか。",
         "黒酢は米を原料とするため対象になります。りんご酢は対象になりません。米を主な原料とする食酢とその加工品に限ります。"),
        ("テスト輸出コースと販路拡大コースを、同じ年度に申請できますか。",
         "輸出先の国・地域が異なれば、それぞれ１件ずつ申請できます。"),
        ("共同輸出のグループに、県外の醸造所が加わってもよいですか。",
         "加わることはできますが、県内の醸造所が３者以上必要です。県外の醸造所の経費は対象になりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SU_DEPT} 食品輸出班　電話：098-907-5150　ファクス：098-907-5159",
        f"{CENTER}（申請の受付・相談）　電話：098-907-5300",
        "電子メール：kihada-su@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return miso_specs() + glass_specs() + su_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    mspecs, gspecs, sspecs = miso_specs(), glass_specs(), su_specs()
    mdoc = build_pdf(docs_dir / MISO_PDF, mspecs, miso_story(mspecs),
                     f"{MISO}交付要綱", "令和７年３月28日改正", MISO_DEPT)
    gdoc = build_pdf(docs_dir / GLASS_PDF, gspecs, glass_story(gspecs),
                     f"令和６年度 {GLASS} 報告書", "令和７年３月", GLASS_DEPT)
    sdoc = build_pdf(docs_dir / SU_PDF, sspecs, su_story(sspecs),
                     f"令和７年度 {SU}のご案内", "令和７年４月", SU_DEPT)
    gold = all_gold({MISO_PDF: mdoc.row_pages, GLASS_PDF: gdoc.row_pages, SU_PDF: sdoc.row_pages})
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
    # --- miso: the grant guideline, tables (a) (b), articles, definitions, sibling sections, steps
    dict(question="ニュージーランドに味噌を輸出したい会社が、輸送中の品質を確かめる賞味期限試験を外部に頼みたいそうです。補助の上限額はいくらですか？",
         category="miso", doc=MISO_PDF,
         evidence=["及びオーストラリアの国・地域への輸出", "賞味期限試験 50 300 60 500"], answer=["300"],
         notes="definition in 第２条第２項: 欧米・豪州向け covers only 北米, 欧州 and オーストラリア, so New Zealand falls "
               "under アジア等向け; (a) two-level header, column アジア等向け／上限額（千円） → 300 (千円); 500 "
               "(欧米・豪州向け, the reading of Oceania as 豪州) is the trap"),
    dict(question="ベトナム向けに味噌を出す会社が、輸出用の衛生証明書を取る費用を補助してもらえないか聞いています。対象になりますか？",
         category="miso", doc=MISO_PDF,
         evidence=["の欄は補助の対象とならない", "アジア等向けの衛生証明書等は"], answer=["対象とならない"],
         notes="(a) the row 輸出用衛生証明書等の取得 prints 「－」 under both アジア等向け leaves (ベトナム is アジア等向け, "
               "第２条第２項); note ※１: 「－」 = not covered, use the prefecture's free 輸出証明書; the 欧米・豪州向け "
               "cells (75, 200) are the trap"),
    dict(question="去年出展したシンガポールの食品見本市に、今年も味噌を出展する会社があります。小間料や装飾費など出展の経費が180万円かかる場合、補助金はいくらになりますか？",
         category="miso", doc=MISO_PDF,
         evidence=["海外見本市への出展 50 800 50 1,000", "別表の上限額の２分の１を上限額とする"],
         answer=["400千円"], computed=True,
         notes="three facts: シンガポール is アジア等向け; 第４条第３項 halves the 別表 cap for a second showing at the same fair; "
               "(a) アジア等向け: 1,800千円 × 50% = 900千円, cap 800 / 2 = 400千円 (= 40万円); 800千円 (the cap "
               "without the half) is the trap; within the firm cap of 第４条第２項 (120万円)"),
    dict(question="味噌の輸出補助金で、2022年度に交付を受けたのは何件でしたか？",
         category="miso", doc=MISO_PDF, evidence=["令和４年度 15 11 ４ 6,320"], answer=["11"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 交付件数（件）; "
               "15 (申請件数) and ４ (うち欧米・豪州向け) are the traps"),
    dict(question="令和６年度の味噌の輸出補助金は、申請のうち何％くらいが交付につながりましたか？",
         category="miso", doc=MISO_PDF, evidence=["令和６年度 22 15 ７ 9,870"], answer=["68.2%"], computed=True,
         notes="(b) a share within a row: 交付件数 / 申請件数 = 15 / 22 = 68.2 %"),
    dict(question="県内で仕込んだ味噌を、県外にある協力工場で熟成させて出荷しているメーカーがあります。この味噌の輸出は補助の対象になりますか？",
         category="miso", doc=MISO_PDF, evidence=["県内の工場で仕込み及び熟成を行った味噌"], answer=["仕込み及び熟成"],
         notes="definition 「県産味噌」 in 第２条 asked at its boundary: both 仕込み and 熟成 must be done in a factory in the "
               "prefecture, so this miso is no 県産味噌 (a \"no\")"),
    dict(question="海外の見本市に出展するとき、社員の航空券代やホテル代も補助してもらえますか？",
         category="miso", doc=MISO_PDF,
         evidence=["次に掲げる経費は、補助の対象としない", "役員及び従業員の旅費及び宿泊費"], answer=["補助の対象としない"],
         notes="第５条 item 三 (travel and stay are not covered); note ※２ lists the trade-fair costs that are covered "
               "(小間料, 装飾費, 出展品の輸送費), a near miss"),
    dict(question="味噌の輸出補助金をもらった後、輸出の実績は何年間報告しないといけないのでしょうか？",
         category="miso", doc=MISO_PDF, evidence=["翌年度から３年間、毎年度５月末日までに"], answer=["３年間"],
         notes="第８条 (輸出実績の報告): three years from the next fiscal year, by the end of May each year; 30日 "
               "(第７条, the 実績報告) is a near miss"),
    dict(question="大豆だけで仕込む味噌を造っている会社の活用事例では、補助金はいくら出ましたか？",
         category="miso", doc=MISO_PDF, evidence=["（３）豆みそ製造業Ｃ社", "補助金の額：270千円"], answer=["270千円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 輸出先, 活用した経費, 補助金の額; （３）豆みそ製造業Ｃ社 "
               "(大豆だけで仕込む = 豆みそ); 480千円 and 750千円 are the siblings' values"),
    dict(question="味噌の輸出補助金に申請した場合、交付が決まったかどうかの通知はいつごろ届きますか？",
         category="miso", doc=MISO_PDF, evidence=["④ 交付決定の通知（令和７年７月上旬）"], answer=["７月上旬"],
         notes="procedure step ④ of （参考４）; the review of step ③ (６月下旬) is a near miss"),
    # --- glass: the survey of glass-craft makers' exports, tables (c) (d) (e), definitions, sibling sections
    dict(question="ガラス工芸品の輸出実態調査は、回答率が何％でしたか？",
         category="glass", doc=GLASS_PDF, evidence=["回答数：96社（回答率64.9％）"], answer=["64.9"],
         notes="「label：value」 line 回答数 (96 of the 148社 of 調査対象); 50.0 % (the exporters' share) is a near miss"),
    dict(question="自社では輸出の手続をせず、国内の商社に卸した作品が海外で売られている工房は、この調査の「輸出企業」に入りますか？",
         category="glass", doc=GLASS_PDF,
         evidence=["国内の商社等を通じて販売したもの（間接輸出）を含む", "「間接輸出」とは、国内の商社等に販売した製品が"],
         answer=["含む"],
         notes="definitions 「輸出企業」 and 「間接輸出」 asked at their boundary: selling through a domestic trader is 間接輸出, "
               "which 輸出企業 includes (a \"yes\")"),
    dict(question="風鈴をつくっている会社のうち、輸出しているのは何社ですか？",
         category="glass", doc=GLASS_PDF, evidence=["風鈴 12 ５ ２ 15"], answer=["５"],
         notes="(c) continuation page (no header there): row 風鈴, column 輸出企業数（社）; 12 (回答企業数) and ２ (うち直接輸出) "
               "are the traps"),
    dict(question="切子のメーカーでは、回答した会社のうち何％が輸出をしていますか？",
         category="glass", doc=GLASS_PDF, evidence=["切子 15 11 ７ 236"], answer=["73.3%"], computed=True,
         notes="(c) a share within a row, on the page before the break: 輸出企業数 / 回答企業数 = 11 / 15 = 73.3 %; "
               "7 / 15 (direct exporters) is a wrong reading"),
    dict(question="中国向けのガラス工芸品の輸出額は、前の年度と比べてどれだけ変わりましたか？",
         category="glass", doc=GLASS_PDF, evidence=["中国 88 71 ▲17"], answer=["17"],
         notes="(d) the 増減 column prints the decrease as ▲17 (note ※２: ▲ = 減少), 17百万円 down from 88 to 71; the "
               "unit is only in the caption note （単位：百万円）"),
    dict(question="2022年度のフランス向けのガラス工芸品の輸出額はいくらでしたか？",
         category="glass", doc=GLASS_PDF, evidence=["フランス 36 58 22"], answer=["36"],
         notes="(d) fiscal years as columns: 2022年度 = 令和４年度 (the report prints no Western year); 58 (令和５年度) "
               "and 22 (増減) are the traps; unit 百万円 from the caption note"),
    dict(question="令和５年度のガラス工芸品の輸出額のうち、米国向けは何％を占めていますか？",
         category="glass", doc=GLASS_PDF, evidence=["米国 128 156 28", "合計 517 581 64"], answer=["26.9%"],
         computed=True,
         notes="(d) a share within a year column: 156 / 581 = 26.9 % (581 is also (c)'s 合計 of 輸出額)"),
    dict(question="海外の百貨店と直接取引しながら、国内の商社経由でも売っている工房があります。こうした会社が含まれる区分では、梱包・輸送費の高さを課題に挙げた割合は何％ですか？",
         category="glass", doc=GLASS_PDF,
         evidence=["間接輸出も行う企業を含む", "梱包・輸送費の高さ 54.2 66.7 41.7"], answer=["66.7"],
         notes="(e) unruled table; note ※３: 「直接輸出企業」 includes firms that also export indirectly, so the column is "
               "直接輸出企業, not 間接輸出のみの企業 (41.7) nor 全体 (54.2)"),
    dict(question="ステンドグラスを作っている会社の事例では、海外からの注文をどうやって受けていますか？",
         category="glass", doc=GLASS_PDF,
         evidence=["（３）ステンドグラス製作所Ｆ社", "直接輸出（自社の英語サイトによる受注生産）"], answer=["自社の英語サイト"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 輸出の形態, 工夫していること; "
               "（３）ステンドグラス製作所Ｆ社; the siblings' 輸出の形態 (百貨店・ギャラリー, 県内の商社) are the traps"),
    # --- su: the rice-vinegar subsidy guide, tables (f) (g), definitions, sibling sections, notes, Q&A
    dict(question="県内の蔵元３軒でグループをつくって、同じ国に米酢をまとめて輸出したいそうです。補助の上限額はいくらですか？",
         category="su", doc=SU_PDF, evidence=["（３）共同輸出コース", "補助上限額：１グループ当たり200万円"],
         answer=["200万円"],
         notes="sibling sections （１）–（３） of ２ share the labels 対象となる取組, 補助率, 補助上限額; three breweries = "
               "「共同輸出」 (県内の３者以上), so （３）共同輸出コース; 60万円 and 100万円 are the siblings' values"),
    dict(question="初めてタイに米酢を輸出する蔵元が、初年度から年間300万円ほど輸出する見込みだそうです。テスト輸出コースは使えますか？",
         category="su", doc=SU_PDF, evidence=["１年度の輸出額が200万円未満"], answer=["200万円未満"],
         notes="definition 「テスト輸出」 asked at its boundary: a first export, but 300万円 a year is not below 200万円, so "
               "not テスト輸出 (a \"no\")"),
    dict(question="去年、販路拡大コースで台湾向けの補助を受けた蔵元が、今年も台湾で試飲販売会を開くそうです。補助の上限額はいくらになりますか？",
         category="su", doc=SU_PDF, evidence=["補助上限額：100万円", "補助上限額を２分の１とします"], answer=["50万円"],
         computed=True,
         notes="course section （２）販路拡大コース (100万円) and note ※１ halving the cap for the same country as the year before: "
               "100 / 2 = 50万円; 100万円 is the trap"),
    dict(question="初めてシンガポールに米酢を少し出してみる蔵元が、成分分析と試験輸送で合わせて72万円かかるそうです。補助金はいくらになりますか？",
         category="su", doc=SU_PDF, evidence=["少量の試験輸送 補助率：３分の２", "補助上限額：60万円"], answer=["48万円"],
         computed=True,
         notes="course section （１）テスト輸出コース (a first, small export): 72 × 2/3 = 48万円, below the 60万円 cap; 36万円 "
               "(the ２分の１ of 販路拡大コース) is a wrong reading"),
    dict(question="2024年度に米酢の補助金の交付件数が２番目に多かった輸出先はどこですか？",
         category="su", doc=SU_PDF, evidence=["シンガポール タイ 米国 フランス", "合計 ６ ３ ３ ３ ４ ２ ２ 23"],
         answer=["米国"],
         notes="(g) destinations as columns: the 合計 row gives 台湾 6, 米国 4, then three at 3; second-largest (the prose "
               "names only 台湾); 2024年度 = 令和６年度 (the guide prints no Western year)"),
    dict(question="令和６年度の県産米酢の輸出額は、目標をいくら上回りましたか？",
         category="su", doc=SU_PDF, evidence=["県産米酢の輸出額（万円） 4,000 4,620 116"], answer=["620万円"],
         computed=True,
         notes="(f) KPI table, unit from the row label's bracket: 実績 − 目標 = 4,620 − 4,000 = 620万円; 116 (達成率) is "
               "a near miss"),
    dict(question="りんご酢を造っている醸造所から、この補助金を使えるか聞かれました。対象になりますか？",
         category="su", doc=SU_PDF, evidence=["りんご酢は対象になりません", "米を主な原料とする食酢とその加工品に限ります"],
         answer=["対象になりません"],
         notes="Q&A: Ａ of Ｑ１ (a \"no\" for りんご酢; 黒酢 in the same answer is covered, the trap)"),
    dict(question="この米酢の補助金は、西暦でいうと何年度に始まった制度ですか？",
         category="su", doc=SU_PDF, evidence=["令和４年度に創設し"], answer=["2022年度"], computed=True,
         notes="era to Western year: 令和４年度 = 2022年度 (the guide prints no Western year)"),
    dict(question="米酢の補助金は、令和５年度には何件に交付されましたか？",
         category="su", doc=SU_PDF, evidence=["令和５年度は14件"], answer=["14件"],
         notes="prose-only figure in １ (the table covers 令和６年度 only); 23件 (令和６年度) and 10件 (令和４年度) are the "
               "near misses"),
    # --- followups
    dict(question="では、その経費をアジア等向けで使う場合、上限額はいくらですか？",
         category="followup", doc=MISO_PDF, evidence=["見本品の送付 50 100 50 150"], answer=["100"],
         history=_turns("欧米・豪州向けに味噌の見本品を送る費用は、補助率が何％ですか？",
                        "欧米・豪州向けの見本品の送付の補助率は50％です[1]。"),
         notes="(a) the row from the history (見本品の送付), the other group and leaf: アジア等向け／上限額（千円） → 100; "
               "150 (欧米・豪州向け) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=MISO_PDF, evidence=["令和５年度 18 12 ６ 7,460"], answer=["7,460"],
         history=_turns("味噌の輸出補助金には、2023年度に何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は18件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（千円）"),
    dict(question="その分野の令和５年度の輸出額はいくらでしたか？",
         category="followup", doc=GLASS_PDF, evidence=["切子 15 11 ７ 236"], answer=["236"],
         history=_turns("ガラス工芸品の調査で、切子のメーカーは何社が回答しましたか？",
                        "切子のメーカーは15社が回答しました[1]。"),
         notes="(c) the row from the history (切子), column 輸出額（百万円） → 236百万円"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SU_PDF, evidence=["電話：098-907-5300"], answer=["098-907-5300"],
         history=_turns("米酢の輸出補助金の申請は、どこで受け付けていますか？",
                        "申請の受付と相談は、公益財団法人檗県産業振興機構 輸出支援センターが行っています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 098-907-5150 and fax "
               "098-907-5159 (first line) are the near misses"),
    dict(question="その国・地域で、販路拡大コースは何件でしたか？",
         category="followup", doc=SU_PDF, evidence=["販路拡大コース ３ ２ １ ０ ２ ０ ０ ８"], answer=["３"],
         history=_turns("令和６年度、米酢の補助金で台湾向けのテスト輸出コースは何件ありましたか？",
                        "台湾向けのテスト輸出コースは２件でした[1]。"),
         notes="(g) the column from the history (台湾), row 販路拡大コース → ３; ８ (the row's 計) is the trap"),
    dict(question="それを、商社を通じた輸出だけの会社に限ると何％ですか？",
         category="followup", doc=GLASS_PDF, evidence=["輸送中の破損と梱包の手間 68.8 75.0 62.5"], answer=["62.5"],
         history=_turns("ガラス工芸品の輸出企業で、輸送中の破損や梱包の手間を課題に挙げた割合は全体で何％ですか？",
                        "全体では68.8％でした[1]。"),
         notes="(e) unruled table, the row from the history, column 間接輸出のみの企業 (商社を通じた輸出だけ = 間接輸出のみ) → "
               "62.5; 75.0 (直接輸出企業) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="令和７年度の味噌の輸出補助金には、これまでに何件の応募がありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the call of 令和７年度 (採択予定件数 15件程度) and the record up to 令和６年度, not the "
               "applications of 令和７年度",
         absent=["応募", "令和７年度の申請件数"]),
    dict(question="この補助金を使った味噌メーカーは、その後、味噌の輸出額がどのくらい増えていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="第８条 obliges grantees to report their exports, but no export figures of miso are given",
         absent=["味噌の輸出額", "輸出額が増"]),
    dict(question="2021年度のガラス工芸品の輸出額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the exports of 令和４年度 and 令和５年度 only (2021年度 = 令和３年度 is not printed)",
         absent=["2021年", "令和３年度の輸出"]),
    dict(question="米国に輸出しているガラス工芸品のメーカーは何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the export amounts by destination, not the number of firms per destination",
         absent=["米国に輸出している企業", "輸出先別の企業数", "米国向けの企業"]),
    dict(question="令和５年度に、米国向けで米酢の補助金の交付を受けた案件は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives 令和５年度's total (14件, prose) but the grants by destination only for 令和６年度",
         absent=["令和５年度の輸出先別", "令和５年度の米国"]),
    dict(question="米酢の補助金は、事業の途中で補助金の一部を先に受け取る（概算払）ことができますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the payment after the 実績報告 and the 額の確定 only; an advance payment is never mentioned",
         absent=["概算払", "前払"]),
]
CATEGORY_COUNTS = {"miso": 10, "glass": 9, "su": 9, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h96q", "h96t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = (
    "補助対象経費、補助率及び補助上限額", "交付の実績", "製品分野別の回答企業と輸出の状況", "輸出先別の輸出額",
    "輸出に当たっての課題（複数回答）", "成果指標の目標と実績", "コース別・輸出先別の交付件数")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))
GOLD_PER_TABLE = {A: 18, B: 20, C: 36, D: 27, E: 18, F: 12, G: 32}


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _h96q03(g) -> str:
    row = "海外見本市への出展"
    rate = g(A, row, "アジア等向け／補助率（％）", 2025)
    cap = g(A, row, "アジア等向け／上限額（千円）", 2025) // 2  # 第４条第３項: a second showing at the same fair
    amount = min(1800 * rate // 100, cap)
    assert amount <= FIRM_CAP * 10  # within the firm cap of 第４条第２項 (万円 -> 千円: ×10)
    return f"{amount}千円"


def _h96q23(_g) -> str:
    rate, cap = COURSES[0][4]
    return f"{min(int(72 * rate), cap)}万円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h96q03": _h96q03,
    "h96q05": lambda g: _pct(g(B, era(2024), "交付件数（件）", 2024), g(B, era(2024), "申請件数（件）", 2024)),
    "h96q14": lambda g: _pct(g(C, "切子", "輸出企業数（社）", 2023), g(C, "切子", "回答企業数（社）", 2023)),
    "h96q17": lambda g: _pct(g(D, "米国", "令和５年度", 2023), g(D, "合計", "令和５年度", 2023)),
    "h96q22": lambda g: f"{COURSES[1][4][1] // 2}万円",
    "h96q23": _h96q23,
    "h96q25": lambda g: f"{g(F, '県産米酢の輸出額（万円）', '実績', 2024) - g(F, '県産米酢の輸出額（万円）', '目標', 2024)}万円",
    "h96q27": lambda g: f"{era_year('令和', '4')}年度",
}

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {MISO_PDF: (2, 3), GLASS_PDF: (2, 3), SU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
TABLE_QUESTIONS = 12  # at least, outside the followups
UNANSWERABLE = 6
BEFORE_BREAK_ROWS = ("食器・グラス", "切子")  # rows of (c) expected before the page break
CONTINUED_ROWS = ("風鈴", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout96.py")
    errors += check_fiction(out, pages)
    return errors + check(questions, gold, pages)


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    return errors


def check_fiction(out: Path, pages) -> list[str]:
    """Phone numbers, mail addresses and the prefecture's name, in the documents and every
    generated (or written) text file of the set."""
    errors = []
    texts = {name: nfkc("\n".join(p)) for name, p in pages.items()}
    for f in ("questions.jsonl", "tables.jsonl", "README.md"):
        if (out / f).exists():
            texts[f] = nfkc((out / f).read_text(encoding="utf-8"))
    for name, text in texts.items():
        flat = re.sub(r"\s+", "", text)
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", flat):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 098-90x-xxxx")
        for mail in re.findall(MAIL_RE, flat):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if LOOKALIKE in text:
            errors.append(f"{name}: names the look-alike prefecture (U+6A38 + 県)")
    for name, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{name}: the prefecture {PREF} is not named on page 1")
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def printed_number(number: str, text: str) -> bool:
    """Whether a number is printed as a number of its own (not inside a longer one) in NFKC text."""
    return re.search(r"(?<![\d.,])" + re.escape(number) + r"(?![\d.,])", text) is not None


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    raw_text = {n: nfkc("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        errors.append("question ids are not unique")
    if len(questions) != 40:
        errors.append(f"{len(questions)} questions, expected 40")
    n_unans = sum(q.get("category") == "unanswerable" for q in questions)
    if n_unans != UNANSWERABLE or sum(q.get("doc") is None for q in questions) != UNANSWERABLE:
        errors.append(f"{n_unans} unanswerable questions, expected {UNANSWERABLE} (each with doc null)")
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
            errors.append(f"{qid}: only followups have a history, and every followup has one")
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
        if not 1 <= len(q["evidence"]) <= 3 and q["doc"] is not None:
            errors.append(f"{qid}: {len(q['evidence'])} evidence strings, expected 1-3")
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
            # stricter than docgen: not even the bare number of a computed answer is printed as a number
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|人|年度)$", "", nfkc(a))
                if printed_number(bare, raw_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        if len(q["answer"]) != 1:
            errors.append(f"{qid}: expected one answer item")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.3, 0.7))
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
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 6 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected 6-12")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the 「－」 cells the questions ask about are no gold cells
    if any(g["value"] == DASH for g in gold):
        errors.append("a 「－」 cell is a gold cell")
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
    if dict(per_table) != GOLD_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {GOLD_PER_TABLE}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout96.py")
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
            errors.append(f"{g['id']}: every gold cell should be numeric (no 「－」)")
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
            # each printed row, cell after cell (the 「－」 cells included), on its page: every gold value
            # is printed in its own row
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    for fn in (check_totals, check_layouts):
        try:
            errors += fn(gold) if fn is check_totals else fn(gold, pages)
        except (KeyError, TypeError, ValueError, IndexError) as e:  # a missing or non-numeric cell
            errors.append(f"{fn.__name__} could not run: {type(e).__name__} {e}")
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        if isinstance(g.get("number"), (int, float)):  # a non-numeric cell is reported by check_gold
            t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): no cap above the firm cap of 第４条第２項 (万円, the table in 千円); 欧米・豪州向け at least アジア等向け
    for row, r in t[A].items():
        for col, v in r.items():
            if col.endswith("上限額（千円）") and v > FIRM_CAP * 10:
                errors.append(f"{A} / {row}: a cap above the firm cap of 第４条第２項")
            if col.endswith("補助率（％）") and not 0 < v <= 100:
                errors.append(f"{A} / {row}: a rate out of range")
        for leaf in ("補助率（％）", "上限額（千円）"):
            asia, west = r.get(f"{REGIONS_A[0]}／{leaf}"), r[f"{REGIONS_A[1]}／{leaf}"]
            if asia is not None and asia > west:
                errors.append(f"{A} / {row}: アジア等向け above 欧米・豪州向け")
    # (b): growing applications; grants within applications; 欧米・豪州向け within grants; amounts within the firm caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち欧米・豪州向け（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * GROUP_CAP * 10:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): 合計 adds up; exporters within respondents, direct within exporters; the firm sizes of the prose agree
    c = t[C]
    adds_up(C, ("回答企業数（社）", "輸出企業数（社）", "うち直接輸出（社）", "輸出額（百万円）"))
    for row, r in c.items():
        if not r["うち直接輸出（社）"] <= r["輸出企業数（社）"] <= r["回答企業数（社）"]:
            errors.append(f"{C} / {row}: counts out of order")
    if (sum(s[1] for s in SIZES), sum(s[2] for s in SIZES)) != (c["合計"]["回答企業数（社）"], c["合計"]["輸出企業数（社）"]):
        errors.append(f"{C}: the firm sizes of the prose differ from 合計")
    # (d): 合計 adds up; 増減 = 令和５年度 − 令和４年度; its 令和５年度 total equals (c)'s 輸出額
    d = t[D]
    adds_up(D, ("令和４年度", "令和５年度", "増減"))
    for row, r in d.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{D} / {row}: 増減 is not the difference")
    if d["合計"]["令和５年度"] != c["合計"]["輸出額（百万円）"]:
        errors.append(f"{D}: 令和５年度 total differs from {C}")
    # (e): the per cents come from the counts; the ｎ from (c)
    _t, n_all, n_direct = glass_counts()
    if (n_all, n_direct) != (c["合計"]["輸出企業数（社）"], c["合計"]["うち直接輸出（社）"]):
        errors.append(f"{E}: the ｎ differ from {C}")
    for name, a, bb in ISSUES:
        r = t[E][name]
        want = (pct1(a + bb, n_all), pct1(a, n_direct), pct1(bb, n_all - n_direct))
        if tuple(Decimal(str(r[k])) for k in ("全体", "直接輸出企業", "間接輸出のみの企業")) != want:
            errors.append(f"{E} / {name}: per cents differ from the counts")
    # (f): 達成率 = 実績 / 目標 in whole per cent, rounded half up (note ※４)
    for row, r in t[F].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{F} / {row}: 達成率 differs from 実績 / 目標")
    # (g): every 計 is its row's sum; 合計 adds up; the totals equal the prose's
    g_ = t[G]
    adds_up(G, list(SU_DESTS) + ["計"])
    for row, r in g_.items():
        if r["計"] != sum(r[k] for k in SU_DESTS):
            errors.append(f"{G} / {row}: 計 is not the row sum")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (c): continued over a page break without its header repeated
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{C} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[GLASS_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {bp[:1]}")
        first = [g["row"] for g in gold if g["table"] == C and g["page"] == bp[0]]
        cont = [g["row"] for g in gold if g["table"] == C and g["page"] == bp[1]]
        first, cont = list(dict.fromkeys(first)), list(dict.fromkeys(cont))
        if not 2 <= len(first) <= 7 or len(cont) < 2:
            errors.append(f"{C}: {len(first)} rows before and {len(cont)} after the page break, expected 2-7 and 2+")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{C}: rows on the wrong side of the page break ({first} / {cont})")
        lines = [x.strip() for x in pages[GLASS_PDF][bp[1] - 1].splitlines() if x.strip()]
        if cont and cont[0] not in lines[:6]:
            errors.append(f"{C}: the continuation page should start with the row {cont[0]} after the running header")
        for cell_text in prod.header[0][1:]:
            for part in cell_text.split("\n"):
                if any(part == x for x in lines):
                    errors.append(f"{C}: header part {part!r} repeated on the continuation page")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # (c): the value headers really printed over two lines
    page0 = pages[GLASS_PDF][bp[0] - 1] if bp else ""
    for cell_text in prod.header[0][1:]:
        if cell_text.count("\n") != 1:
            errors.append(f"{C}: header {cell_text!r} is not written over two lines")
            continue
        a, b = cell_text.split("\n")
        if not re.search(re.escape(a) + r"[ \t]*\n[ \t]*" + re.escape(b), page0) \
                or any(x.strip() == a + b for x in page0.splitlines()):
            errors.append(f"{C}: header {cell_text!r} is not printed over two lines")
    # (a): two header rows, three spans, group／leaf columns (groups = destinations, leaves = rate / cap)
    rspec = specs["rates"]
    cols = [rspec.column_label(c) for c in rspec.value_cols]
    want = [f"{r}／{leaf}" for r in REGIONS_A for leaf in ("補助率（％）", "上限額（千円）")]
    if len(rspec.header) != 2 or len(rspec.spans) != 3 or cols != want \
            or {g["column"] for g in gold if g["table"] == A} != set(want):
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header leaves")
    # the 「－」 cells: exactly where planned, never gold
    dashes = {(s.key, s.row_label(i), c) for s in all_specs() for i, r in enumerate(s.rows)
              for c, v in enumerate(r) if v == DASH}
    if dashes != {("rates", r, c) for r, c in DASH_CELLS_A}:
        errors.append(f"「－」 cells at {sorted(dashes)}, expected {sorted(DASH_CELLS_A)} in {A}")
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for r, c in DASH_CELLS_A:
        if (A, r, specs["rates"].column_label(c)) in gold_keys:
            errors.append(f"{A} / {r}: the 「－」 cell in column {c} is a gold cell")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (d): ▲ exactly on the negative 増減 values; the 増減 cells cover both years
    for g in gold:
        if g["table"] != D:
            if g["value"].startswith(DECREASE) or g["fiscal_year_range"] is not None:
                errors.append(f"{g['id']}: only (d)'s 増減 may carry ▲ or a fiscal_year_range")
            continue
        if g["column"] == "増減":
            if g["value"].startswith(DECREASE) != (g["number"] < 0) or g["fiscal_year_range"] != list(DEST_YEARS):
                errors.append(f"{g['id']}: 増減 cell {g['value']} wrongly marked or dated")
        elif g["fiscal_year"] != fiscal_year(g["column"]):
            errors.append(f"{g['id']}: year column {g['column']} has fiscal_year {g['fiscal_year']}")
    if not any(g["value"].startswith(DECREASE) for g in gold if g["table"] == D):
        errors.append(f"{D}: expected a ▲ decrease")
    # (e): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == E} != {"%"}:
        errors.append(f"{E}: expected per cents only")
    # (f): KPI columns, the units of 目標 and 実績 from the row labels' brackets, 達成率 in %
    fg = [g for g in gold if g["table"] == F]
    if list(dict.fromkeys(g["column"] for g in fg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != ("%" if g["column"] == "達成率（％）" else bracket_unit(g["row"])) for g in fg) \
            or len({g["unit"] for g in fg}) != len(KPIS) + 1:
        errors.append(f"{F}: expected 目標 / 実績 / 達成率 with each row's unit in its label")
    # (g): a total column on the right
    gcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == G))
    if gcols != list(SU_DESTS) + ["計"] or specs["grants"].header[0][-1] != "計":
        errors.append(f"{G}: expected the destinations as columns and 計 on the right, got {gcols}")
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
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")
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
    mt = norm("\n".join(pages[MISO_PDF]))
    siblings(mt, MISO_PDF, ("輸出先：", "活用した経費：", "補助金の額："), [c[0] for c in MISO_CASES])
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    if norm(f"延べ{n_all}件、{amt_all:,}千円") not in mt \
            or norm(f"令和６年度は{last[1]}件の申請に対し{last[2]}件に交付し、そのうち欧米・豪州向けは{fw(last[3])}件") not in mt:
        errors.append("guideline: the figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, _where, _what, amount, (off, items) in MISO_CASES:
        total = 0
        for item, cost in items:
            rate, cap = rates[item][1 + 2 * off], rates[item][2 + 2 * off]
            if rate is None:
                errors.append(f"guideline: case {head} uses a cost that is not covered")
                continue
            total += min(cost * rate // 100, cap)
        if f"{min(total, FIRM_CAP * 10)}千円" != amount:
            errors.append(f"guideline: case {head} prints {amount}, the 別表 gives {total}千円")
    if re.findall(r"20\d\d年", mt) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(mt, ("県産味噌", "欧米・豪州向け", "賞味期限試験", "組合等"), "guideline")
    if norm("それ以外の国・地域への輸出を「アジア等向け」という") not in mt:
        errors.append("guideline: アジア等向け should be defined as the rest of 欧米・豪州向け")
    if not all(norm(x) in mt for x in MISO_EXCLUDED):
        errors.append("guideline: an item of 第５条 is missing")
    arts = re.findall(r"第(\d)条", nfkc("".join(pages[MISO_PDF])))
    if sorted(set(arts)) != [str(i) for i in range(1, 9)]:
        errors.append(f"guideline: expected articles 第１条–第８条, got {sorted(set(arts))}")
    bullets_in(MISO_PDF, 4, "guideline")
    steps_of(MISO_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(MISO_PDF, ["098-901-4410", "098-901-4419", "098-901-4520"], ["kihada-miso@example.jp"], "guideline")

    # ---- the survey
    gt = norm("\n".join(pages[GLASS_PDF]))
    siblings(gt, GLASS_PDF, ("主な輸出先：", "輸出の形態：", "工夫していること："), [c[0] for c in GLASS_CASES])
    total, n_exp, n_direct = glass_counts()
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in gt \
            or norm(f"回答企業{total}社のうち{n_exp}社（{pct1(n_exp, total)}％）") not in gt \
            or norm(f"直接輸出を行う企業は{n_direct}社") not in gt \
            or norm(f"合計は{tb}百万円で、前年度の{ta}百万円から{tb - ta}百万円増えた") not in gt:
        errors.append("survey: the figures in the prose differ from (c) and (d)")
    if PLAN_START > total - n_exp or NEW_DEST > n_exp:
        errors.append("survey: the prose-only counts exceed their base")
    ranked = sorted(DESTINATIONS, key=lambda r: -r[2])
    falling = [n for n, a, b in DESTINATIONS if b < a]
    if ranked[0][0] != "米国" or falling != ["中国", "韓国"]:
        errors.append("survey: 「米国が最も多く、中国向けと韓国向けは減った」 does not hold")
    by_amount = sorted(PRODUCTS, key=lambda r: -r[4])
    share = sorted(PRODUCTS, key=lambda r: -r[2] / r[1])
    low = [r[0] for r in PRODUCTS if r[2] * 3 <= r[1] * 1.05]
    if [r[0] for r in by_amount[:2]] != ["切子", "食器・グラス"] or share[0][0] != "切子" \
            or share[0][2] / share[0][1] <= share[1][2] / share[1][1] + 0.1 or low != ["ステンドグラス", "その他"]:
        errors.append("survey: the product-field statements of the prose do not hold")
    n_ind = n_exp - n_direct
    tops = [max(ISSUES, key=lambda r: r[1] + r[2])[0], max(ISSUES, key=lambda r: r[1])[0], max(ISSUES, key=lambda r: r[2])[0]]
    second_d = sorted(ISSUES, key=lambda r: -r[1])[1][0]
    second_i = sorted(ISSUES, key=lambda r: -r[2])[1][0]
    if tops != ["輸送中の破損と梱包の手間"] * 3 or second_d != "梱包・輸送費の高さ" or second_i != "海外の取引先の開拓" \
            or n_ind != n_direct:
        errors.append("survey: the tops of (e) in the prose do not hold")
    if re.findall(r"20\d\d年", gt):
        errors.append("survey: no Western year should be printed")
    defs(gt, ("ガラス工芸品", "輸出企業", "直接輸出", "間接輸出"), "survey")
    bullets_in(GLASS_PDF, 3, "survey")
    steps_of(GLASS_PDF, "①②③④", "survey")
    contacts(GLASS_PDF, ["098-904-2630", "098-904-2639", "098-904-2700"], ["kihada-glass@example.jp"], "survey")

    # ---- the guide
    st = norm("\n".join(pages[SU_PDF]))
    siblings(st, SU_PDF, ("対象となる取組：", "補助率：", "補助上限額："), [c[0] for c in COURSES])
    by_course = [sum(ks) for _n, ks in GRANTS]
    if norm(f"令和６年度は{sum(by_course)}件（テスト輸出コース{by_course[0]}件、販路拡大コース{fw(by_course[1])}件、"
            f"共同輸出コース{fw(by_course[2])}件）") not in st \
            or norm(f"令和４年度は{SU_YEARLY[2022]}件、令和５年度は{SU_YEARLY[2023]}件、令和６年度は{sum(by_course)}件") not in st:
        errors.append("guide: the grant counts in the prose differ from (g)")
    dest_tot = [sum(ks[j] for _n, ks in GRANTS) for j in range(len(SU_DESTS))]
    order = sorted(range(len(SU_DESTS)), key=lambda j: -dest_tot[j])
    if SU_DESTS[order[0]] != "台湾" or SU_DESTS[order[1]] != "米国" or dest_tot[order[1]] == dest_tot[order[2]] \
            or order[1] == 1:
        errors.append("guide: 台湾 first and 米国 second (not printed second) does not hold")
    above = [n for n, t, a in KPIS if a > t]
    if above != ["県産米酢の輸出額（万円）", "輸出先の国・地域数（国・地域）"]:
        errors.append("guide: 「輸出額と輸出先の国・地域数は目標を上回りました」 does not hold")
    if re.findall(r"20\d\d年", st):
        errors.append("guide: no Western year should be printed")
    defs(st, ("県産米酢", "テスト輸出", "共同輸出"), "guide")
    bullets_in(SU_PDF, len(SU_EXCLUDED), "guide")
    raw = "\n".join(pages[SU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps_of(SU_PDF, "①②③④⑤⑥", "guide")
    contacts(SU_PDF, ["098-907-5150", "098-907-5159", "098-907-5300"], ["kihada-su@example.jp"], "guide")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
