"""Build the 栃県 held-out set 65: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (栃県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱, 第１条–第８条 with 附則, 別表 and three （参考） parts) for a prefectural subsidy towards
small firms' costs of international commercial arbitration and mediation with foreign business
partners (国際商事仲裁・調停活用支援補助金) with a two-level header of rates and caps whose two long
row labels are printed on two lines, the grants by year (years as rows) and the grants by kind of
dispute over three fiscal years; the report of a survey of the prefecture's firms with bases
abroad on the wages and labour of their local staff (海外拠点における現地人件費・労務実態調査) with
the firms by industry (a table continued over a page break without its header, whose cells print
a count with its share in brackets), the monthly wages by country and job (the unit printed above
the table's top right), raises, turnover and labour disputes by country and an unruled table of
the issues; and the user guide (利用案内) of a prefectural safety-support service for staff
travelling or posted abroad (海外渡航安全サポートサービス) with a table of ○ / － marks, the fees and
the calls to its 24-hour line; see README.md beside this file.

    python make_heldout65.py [OUTPUT_DIR]          # default: this file's directory

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

from reportlab.lib.enums import TA_RIGHT
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

CHUSAI_PDF = "tochi_chusai_chotei_hojokin_kofu_yoko_r7.pdf"
ROMU_PDF = "tochi_genchi_jinkenhi_romu_chosa_r6.pdf"
ANZEN_PDF = "tochi_kaigai_toko_anzen_support_riyo_annai_r7.pdf"
ALL_PDFS = (CHUSAI_PDF, ROMU_PDF, ANZEN_PDF)

UNITS = ("千円", "万円", "円", "米ドル", "拠点", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
SHARE = "割合"  # the bracketed share of a count cell is recorded under 「column／割合」
MARKS = ("○", "－")  # the mark cells of (h): yes / no
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-69"  # every phone number of the set: 099-69x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("桧県",)  # the other helper's prefecture (set 66), named in no document


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
    """(number, unit) as printed after NFKC; (None, None) for text and marks."""
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
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def share_cell(k: int, n: int) -> str:
    """A count with its share of n in brackets: 26（83.9％）."""
    return f"{fw(k)}（{pct1(k, n)}％）"


SHARE_RE = re.compile(r"(.+?)（([\d.]+)％）")


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, an optional fiscal-year
    range for the whole table, columns whose cells print a count with its share in brackets, and
    columns of ○ / － marks."""

    table_range: list | None = None  # [first, last] fiscal years every cell covers
    share_cols: tuple = ()  # cells 「count（share％）」: two gold cells each
    mark_cols: tuple = ()  # cells ○ / －: gold cells without number and unit
    unit_above: str | None = None  # the unit printed above the table's top right

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
        row_label = label(r[spec.label_col])
        pages = pages_of[(spec.key, i)]
        assert len(pages) == 1, (spec.key, r, pages)
        page = next(iter(pages))
        rng = spec.table_range
        fy = None if rng else (fiscal_year(row_label) or spec.table_fy)
        for c in spec.value_cols:
            value = r[c]
            col = spec.column_label(c)
            cfy = None if rng else (spec.column_year(c) or fy)
            base = {"doc": spec.doc, "table": spec.title, "row": row_label}
            tail = {"fiscal_year": cfy, "fiscal_year_range": list(rng) if rng else None}
            if c in spec.mark_cols:
                assert value in MARKS, (spec.key, value)
                out.append({**base, "column": col, **tail, "value": value, "number": None,
                            "unit": None, "page": page})
                continue
            if c in spec.share_cols:
                m = SHARE_RE.fullmatch(value)
                assert m, (spec.key, value)
                count, share = m.groups()
                out.append({**base, "column": col, **tail, "value": count,
                            "number": parse_number(count)[0], "unit": spec.cell_unit(r, c), "page": page})
                out.append({**base, "column": col + GROUP_SEP + SHARE, **tail, "value": share,
                            "number": parse_number(share)[0], "unit": "%", "page": page})
                continue
            number, cell_unit = parse_number(value)
            out.append({**base, "column": col, **tail, "value": value, "number": number,
                        "unit": cell_unit or spec.cell_unit(r, c), "page": page})
    return out


class P(docgen.P):
    """docgen's paragraph, which reportlab can also split across a page break."""

    def __init__(self, text, style, key=None, **kw):
        Paragraph.__init__(self, text, style, **kw)
        self.gold_key = key


INDENTED = {}


LEADING = 15  # body text a little tighter than docgen's 17, so each document keeps to three pages


def indented(level: int):
    """Body text whose first line starts with a printed full-width space (no style indent)."""
    if level not in INDENTED:
        INDENTED[level] = pstyle(f"indented{level}", left=(level + 1) * docgen.EM, leading=LEADING)
    return INDENTED[level]


HANGING = {}


def hanging(level: int, marker_em: int = 1):
    """docgen's hanging style with the tighter leading."""
    if (level, marker_em) not in HANGING:
        HANGING[(level, marker_em)] = pstyle(f"hang{level}_{marker_em}", left=(level + 1 + marker_em) * docgen.EM,
                                             first=-marker_em * docgen.EM, leading=LEADING)
    return HANGING[(level, marker_em)]


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


ARTICLE_HEAD = pstyle("article_head", GOTHIC, 10.5, 16, left=docgen.EM, spaceBefore=4, keepWithNext=1)
ARTICLE = pstyle("article", MINCHO, 10.5, LEADING, left=docgen.EM, first=-docgen.EM)
ITEM = pstyle("item", MINCHO, 10.5, LEADING, left=4 * docgen.EM, first=-2 * docgen.EM)
FRAME_W = 166 * mm  # A4 less the 22 mm margins


def unit_above(spec: TableSpec):
    """The unit line printed above a table's top right, aligned with the table's right edge."""
    right = (FRAME_W - sum(spec.col_widths)) / 2
    style = pstyle(f"unit_{spec.key}", MINCHO, 9, 13, alignment=TA_RIGHT, keepWithNext=1)
    style.rightIndent = right
    return P(spec.unit_above, style)


def article(head, text, paragraphs=(), items=()):
    """A 要綱 article: 「（見出し）」, 「第ｎ条　…」, numbered paragraphs ２, ３ … and items （１）…."""
    out = [P(head, ARTICLE_HEAD), P(text, ARTICLE)]
    out += [P(f"{fw(i)}　{t}", ARTICLE) for i, t in enumerate(paragraphs, 2)]
    out += [P(f"（{fw(i)}）{t}", ITEM) for i, t in enumerate(items, 1)]
    return out


PREF = "栃県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: arbitration and mediation subsidy, grant guideline
CHUSAI = f"{PREF}国際商事仲裁・調停活用支援補助金"
CHUSAI_DEPT = f"{PREF} 産業労働部 国際ビジネス推進課"
SHINKO = f"公益財団法人{PREF}産業振興センター"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 補助限度額（千円）: 仲裁, 調停 (令和７年度)
    ("仲裁機関・調停機関に納める\n申立料金及び管理料金", 50, 75, 800, 200),
    ("仲裁人・調停人の報酬", 50, 75, 1500, 300),
    ("代理人（弁護士）の報酬", 50, 60, 1200, 500),
    ("証拠書類等の翻訳及び\n審理の通訳に要する経費", 50, 75, 400, 200),
    ("審理等への出席に要する旅費", 50, 60, 300, 100),
]
FIRM_CAP = {"仲裁": 300, "調停": 100}  # 第４条第２項: 万円 per firm and year
RECORD = [  # 年度, 申請件数, 交付件数, うち仲裁, 交付額（千円）
    (2020, 4, 3, 1, 1580), (2021, 6, 4, 1, 2140), (2022, 9, 7, 2, 4385),
    (2023, 13, 10, 3, 6920), (2024, 17, 14, 5, 10265),
]
DISPUTE_YEARS = (2022, 2024)
DISPUTES = [  # 紛争の内容: 仲裁, 調停 (交付件数, 令和４年度～令和６年度)
    ("代金の未払い・減額", 4, 9), ("品質・仕様の不適合", 3, 5), ("納期の遅延", 1, 3),
    ("販売代理店契約の解除", 1, 2), ("ライセンス料・知的財産", 1, 1), ("その他", 0, 1),
]
CHUSAI_CASES = [  # 見出し, 相手方, 手続, 補助金の額 (same labels in every sibling section); kind, 千円
    ("機械部品製造業Ａ社（栃市）", "タイの販売代理店（代金の未払い）", "調停（オンライン、２回の期日で和解）", "412千円",
     "調停", 412),
    ("食品製造業Ｂ社（深沢市）", "米国の輸入業者（品質を理由とする代金の減額）", "仲裁（シンガポールの仲裁機関）", "2,380千円",
     "仲裁", 2380),
    ("木製家具製造業Ｃ社（岩戸町）", "ドイツの販売代理店（販売代理店契約の解除）", "調停（対面、日本語と英語）", "655千円",
     "調停", 655),
]
EXCLUDED = [  # 第５条: 補助の対象としない経費
    "相手方に支払う和解金、損害賠償金その他これらに類するもの",
    "仲裁判断により負担を命じられた相手方の手続費用",
    "裁判所における訴訟に要する経費",
    "仲裁又は調停の申立ての日より前に支払った経費",
    "消費税及び地方消費税",
]
DOCUMENTS = [  # 第６条: 添付書類
    "仲裁合意又は調停合意を示す書類の写し",
    "申立書又は答弁書の写し（日本語訳を添えること。）",
    "補助対象経費の見積書",
    "県税の納税証明書",
]


def chusai_specs():
    rates = TableSpec(
        key="rates", doc=CHUSAI_PDF, title="補助対象経費、補助率及び補助限度額",
        header=[["経費区分", "補助率（％）", "", "補助限度額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "仲裁", "調停"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[62 * mm, 24 * mm, 26 * mm, 24 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=CHUSAI_PDF, title="交付の実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "うち仲裁（件）", "交付額（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(p), fw(g)] for y, a, b, p, g in RECORD],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in DISPUTES]
    rows.append(["合計", fw(sum(r[1] for r in DISPUTES)), fw(sum(r[2] for r in DISPUTES)),
                 fw(sum(r[1] + r[2] for r in DISPUTES))])
    disputes = TableSpec(
        key="disputes", doc=CHUSAI_PDF, title="紛争の内容別の交付件数",
        header=[["紛争の内容", "仲裁", "調停", "計"]],
        rows=rows, col_widths=[52 * mm, 28 * mm, 28 * mm, 28 * mm], unit="件",
    )
    disputes.table_range = list(DISPUTE_YEARS)
    return rates, record, disputes


def chusai_story(specs):
    rates, record, disputes = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{CHUSAI}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月25日制定", DATE_RIGHT), P(CHUSAI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += article("（趣旨）", f"第１条　知事は、県内の中小企業者が海外取引に関する紛争を仲裁又は調停により解決しようとする場合に、その手続に要する経費の一部について、予算の範囲内で{CHUSAI}（以下「補助金」という。）を交付するものとし、その交付に関しては、{PREF}補助金等交付規則に定めるもののほか、この要綱に定めるところによる。")
    st += article("（定義）", "第２条　この要綱において「中小企業者」とは、中小企業基本法第２条第１項に規定する中小企業者であって、県内に本社又は主たる事業所を有するものをいう。", [
        "この要綱において「小規模企業者」とは、中小企業者のうち、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下のものをいう。",
        "この要綱において「海外取引」とは、中小企業者と外国に所在する事業者との間の物品の売買、役務の提供又は技術の供与に関する取引をいう。",
        "この要綱において「仲裁」とは、当事者の合意に基づき、仲裁機関の規則に従って仲裁人の判断に紛争の解決を委ねる手続をいう。",
        "この要綱において「調停」とは、調停人の仲介により当事者の話合いによる紛争の解決を図る手続をいい、オンラインで行うものを含む。",
    ])
    st += article("（補助対象者）", "第３条　補助金の交付の対象となる者は、中小企業者であって、次の各号のいずれにも該当するものとする。", items=[
        "海外取引に関する紛争について、仲裁若しくは調停を申し立て、又は申し立てられた者であること。",
        "県税の滞納がないこと。",
        "同一の紛争について、国又は他の地方公共団体の補助金の交付を受けていないこと。",
    ])
    st += article("（補助対象経費等）", "第４条　補助の対象となる経費（以下「補助対象経費」という。）、補助率及び補助限度額は、別表のとおりとする。", [
        f"補助金の額は、１事業者１年度当たり、仲裁にあっては{FIRM_CAP['仲裁']}万円、調停にあっては{FIRM_CAP['調停']}万円を限度とし、千円未満の端数は切り捨てる。",
    ])
    st += article("（補助対象外経費）", "第５条　次に掲げる経費は、補助の対象としない。", items=EXCLUDED)
    st += article("（交付申請）", "第６条　補助金の交付を受けようとする者は、仲裁若しくは調停を申し立てた日又は申立書の送達を受けた日から60日以内に、交付申請書（様式第１号）に次に掲げる書類を添えて、知事に提出しなければならない。")
    st += bullets(DOCUMENTS, 1)
    st += article("（交付決定及び実績報告）", "第７条　知事は、前条の申請があったときは、その内容を審査し、申請を受理した日から30日以内に交付の可否を決定し、申請者に通知するものとする。", [
        "補助金の交付の決定を受けた者（以下「補助事業者」という。）は、仲裁判断若しくは和解の成立又は手続の終了の日から30日以内に、実績報告書（様式第３号）を知事に提出しなければならない。",
    ])
    st += article("（結果の報告）", "第８条　補助事業者は、手続が終了した日の属する年度の翌年度から２年間、相手方との取引の状況を毎年度知事に報告しなければならない。")
    st += [P("附　則", ARTICLE_HEAD), P("この要綱は、令和７年４月１日から施行する。", ARTICLE),
           P("２　令和７年３月31日以前に申し立てた仲裁又は調停に係る補助金については、なお従前の例による。", ARTICLE)]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用し、小規模企業者には「小規模企業者」の欄を適用する。",
        "※２ 補助限度額は、１件の仲裁又は調停ごとの額である。１事業者１年度当たりの限度額は、第４条第２項による。",
    ])
    st += [P("（参考１）手続の流れ", H1)]
    st += numbered([
        "① 事前相談（国際ビジネス推進課へ。申立ての前でも相談できます）",
        "② 交付申請（申立ての日又は申立書の送達を受けた日から60日以内）",
        "③ 交付決定の通知（申請の受理から30日以内）",
        "④ 仲裁又は調停の実施と経費の支払",
        "⑤ 実績報告（仲裁判断若しくは和解の成立又は手続の終了の日から30日以内）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("（参考２）交付の実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all // 10:,}万円を交付しました。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち仲裁{fw(last[3])}件）。紛争の内容別では、代金の未払い・減額が最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(disputes.title, "（令和４年度～令和６年度、単位：件）"), disputes.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「その他」は、共同開発契約の費用分担をめぐる紛争です。"])
    st += [P("（参考３）令和６年度の活用事例", H1)]
    for i, (head, who, how, amount, _k, _n) in enumerate(CHUSAI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("相手方", who), ("手続", how), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHUSAI_DEPT} 国際取引支援班　電話：099-691-4410　ファクス：099-691-4419",
        f"{SHINKO}（申請前の事前相談）　電話：099-691-4500",
        "電子メール：tochi-chusai@example.jp",
    ]))
    return st


# ================================================================ document 2: local staff wages and labour at bases abroad, survey report
ROMU = f"{PREF}海外拠点の現地人件費・労務実態調査"
ROMU_DEPT = f"{PREF} 産業労働部 産業政策課"
KYOKAI = f"一般社団法人{PREF}経営者協会"
TARGET = 420  # 調査対象の企業 (全数)
INDUSTRIES = [  # 業種, 回答企業数（社）, 現地従業員数（人）, 賃上げを実施した企業（社）
    ("食料品", 18, 1240, 14), ("繊維・衣服", 15, 2860, 12), ("化学", 12, 980, 10),
    ("金属製品", 20, 1530, 15), ("一般機械", 31, 4120, 26), ("電気機器", 26, 6350, 22),
    ("輸送用機器", 14, 5470, 13), ("卸売・小売業", 22, 640, 15), ("サービス業", 16, 410, 9),
    ("その他", 12, 350, 7),
]
SIZES = (("中小企業", 141, 103), ("大企業", 45, 40))  # 回答企業数, うち賃上げを実施 (prose only)
JOBS = ("作業員", "技術者", "事務職", "管理職")
WAGES = [  # 国・地域: 月額基本給の中央値（米ドル） by job
    ("中国", 780, 1120, 960, 2150), ("タイ", 520, 840, 690, 1730), ("ベトナム", 330, 560, 470, 1240),
    ("インドネシア", 410, 650, 540, 1360), ("フィリピン", 310, 530, 450, 1180),
    ("マレーシア", 560, 910, 740, 1860), ("インド", 290, 620, 480, 1410),
    ("米国", 3650, 5480, 4120, 7960), ("メキシコ", 620, 1050, 830, 2270),
]
LABOUR = [  # 国・地域, 回答拠点数（拠点）, 平均賃上げ率（％）, 離職率（％）, 労働争議等（件）
    ("中国", 64, Decimal("4.8"), Decimal("12.6"), 3), ("タイ", 41, Decimal("4.1"), Decimal("9.8"), 1),
    ("ベトナム", 52, Decimal("6.9"), Decimal("15.3"), 4), ("インドネシア", 23, Decimal("7.4"), Decimal("11.2"), 2),
    ("フィリピン", 14, Decimal("6.2"), Decimal("13.9"), 0), ("マレーシア", 12, Decimal("4.5"), Decimal("10.4"), 0),
    ("インド", 17, Decimal("9.8"), Decimal("18.7"), 2), ("米国", 28, Decimal("4.2"), Decimal("21.5"), 1),
    ("メキシコ", 9, Decimal("6.6"), Decimal("16.8"), 1),
]
REGION_N = (("アジア", 152), ("欧米・その他", 34))  # firms by the region of their main base (note ※５)
ISSUES = [  # 労務管理上の課題, 回答数: アジア, 欧米・その他 (複数回答)
    ("現地従業員の賃金の上昇", 98, 19), ("人材の定着（離職の多さ）", 81, 15),
    ("管理職・技術者の不足", 63, 11), ("最低賃金の引上げへの対応", 57, 6),
    ("現地の労働法令の改正への対応", 34, 9), ("労使交渉・労働争議への対応", 22, 5),
]
ROMU_CASES = [  # 見出し, 主な拠点, 現地従業員数, 取組 (same labels in every sibling section)
    ("電気機器製造業Ｄ社（栃市）", "ベトナム（ハノイ近郊の工場）", "約850人", "技能の段階に応じた手当を設け、離職率を２年で８ポイント下げた"),
    ("食料品製造業Ｅ社（深沢市）", "タイ（バンコク近郊の工場）", "約120人", "現地の管理職を育て、日本からの駐在員を２人から１人に減らした"),
    ("卸売業Ｆ社（岩戸町）", "米国（ロサンゼルスの販売会社）", "14人", "現地の賃金水準を毎年調べ、職種ごとの給与の幅を見直している"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def raised() -> int:
    return sum(r[3] for r in INDUSTRIES)


def romu_specs():
    n_all = respondents()
    rows = [[n, fw(a), fw(s), share_cell(k, a)] for n, a, s, k in INDUSTRIES]
    rows.append(["合計", fw(n_all), fw(sum(r[2] for r in INDUSTRIES)), share_cell(raised(), n_all)])
    industries = TableSpec(
        key="industries", doc=ROMU_PDF, title="業種別の回答企業と賃上げの状況",
        header=[["業種", "回答企業数（社）", "現地従業員数（人）", "賃上げを実施した企業（社）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 36 * mm, 50 * mm], table_fy=2024, repeat_header=False,
    )
    industries.share_cols = (3,)
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    wages = TableSpec(
        key="wages", doc=ROMU_PDF, title="国・地域別、職種別の現地従業員の月額基本給",
        header=[["国・地域"] + list(JOBS)],
        rows=[[n] + [fw(x) for x in xs] for n, *xs in WAGES],
        col_widths=[36 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm], table_fy=2024, unit="米ドル",
    )
    wages.unit_above = "（単位：米ドル）"
    labour = TableSpec(
        key="labour", doc=ROMU_PDF, title="国・地域別の賃上げ率、離職率と労働争議等",
        header=[["国・地域", "回答拠点数（拠点）", "平均賃上げ率（％）", "離職率（％）", "労働争議等（件）"]],
        rows=[[n, fw(b), cell(r), cell(t), fw(d)] for n, b, r, t, d in LABOUR],
        col_widths=[32 * mm, 34 * mm, 34 * mm, 28 * mm, 30 * mm], table_fy=2024,
    )
    labour.unit = lambda row, c, s=labour: bracket_unit(s.column_label(c))
    (ra, na), (rb, nb) = REGION_N
    issues = TableSpec(
        key="issues", doc=ROMU_PDF, title="労務管理上の課題（複数回答）",
        header=[["労務管理上の課題", "全体", ra, rb]],
        rows=[[x, cell(pct1(a + b, na + nb)), cell(pct1(a, na)), cell(pct1(b, nb))] for x, a, b in ISSUES],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 30 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, wages, labour, issues


def romu_story(specs):
    industries, wages, labour, issues = specs
    total, k = respondents(), raised()
    staff = sum(r[2] for r in INDUSTRIES)
    (s_name, s_n, s_k), (l_name, l_n, l_k) = SIZES
    (ra, na), (rb, nb) = REGION_N
    bases = sum(r[1] for r in LABOUR)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{ROMU} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(ROMU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業の海外拠点における現地従業員の賃金と労務の実態を把握し、海外展開の支援に役立てるため"),
        ("調査対象", f"県内に本社を置き、海外に拠点を持つ企業 {TARGET}社（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("実施機関", f"{KYOKAI}（県からの委託）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「海外拠点」とは、県内企業が海外に設けた現地法人、支店及び駐在員事務所をいう。「現地従業員」とは、海外拠点が現地で雇用する従業員をいい、日本から派遣された駐在員は含まない。また、「離職率」とは、調査基準日前１年間に離職した現地従業員の数を、その期間の初日の現地従業員の数で除したものをいう。
""", 0)
    st += [P("２　現地従業員の賃金", H1)]
    st += paras("""
職種別の月額基本給は、いずれの職種でも米国が最も高く、アジアでは中国が最も高い。ベトナム、フィリピン、インドの作業員は、中国の半分を下回る。
""", 0)
    st += [caption(wages.title), unit_above(wages), wages.flowable(), Spacer(1, 2)]
    st += notes(["※３ 月額基本給（諸手当及び賞与を含まない。）の中央値を、令和６年10月１日の為替相場で換算した。"])
    st += [P("３　賃上げ率、離職率と労働争議等", H1)]
    st += paras(f"""
回答企業の海外拠点のうち、上位９か国・地域の{bases}拠点について集計した。平均賃上げ率はインドが最も高く、離職率は米国が最も高い。
""", 0)
    st += [caption(labour.title), labour.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「労働争議等」は、調査基準日前１年間に起きたストライキ、集団的な労使紛争及び労働当局への申立ての件数である。"])
    st += [P("４　労務管理上の課題", H1)]
    st += paras(f"""
全体では「現地従業員の賃金の上昇」が最も多く、「人材の定着（離職の多さ）」が続く。{ra}では「最低賃金の引上げへの対応」が、{rb}では「現地の労働法令の改正への対応」が比較的多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※５ 主な海外拠点の所在地により、{ra}（{na}社）と{rb}（{nb}社）に分けた。複数回答のため、合計は100％にならない。",
    ])
    st += [P("５　業種別の賃上げの状況", H1)]
    st += paras(f"""
回答企業{total}社の海外拠点で働く現地従業員は、合わせて{staff:,}人であった。調査基準日前１年間に現地従業員の賃上げを行った企業は{k}社（{pct1(k, total)}％）で、業種別では輸送用機器の割合が最も高い。現地従業員数は電気機器が最も多い。
企業規模別では、大企業は{l_n}社のうち{l_k}社が賃上げを行ったが、中小企業は{s_n}社のうち{s_k}社であった。賃上げの主な理由は、現地の最低賃金の引上げと、人材の引き留めである。
""", 0)
    st += [caption(industries.title, "（令和６年10月１日現在）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「賃上げを実施した企業」の欄の（　）内は、その業種の回答企業数に対する割合（％）である。",
        "※２ 「その他」は、建設業、情報通信業等である。",
    ])
    st += [P("６　企業の事例", H1)]
    for i, (head, base, staff_c, idea) in enumerate(ROMU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な拠点", base), ("現地従業員数", staff_c), ("取組", idea)], 1)
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "国・地域別の賃金水準と労働法令の改正を、定期的に知らせてほしい。",
        "現地の労務トラブルに詳しい専門家を紹介してほしい。",
        "現地の管理職を育てる研修の費用を支援してほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        "① 国・地域別の賃金と労働法令の情報を、年２回、県のウェブサイトに掲載する。",
        f"② {KYOKAI}と連携し、海外拠点の労務管理セミナーを開く。",
        "③ 現地の管理職の育成を支援する制度を、令和７年度中に検討する。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ROMU_DEPT} 調査統計班　電話：099-694-2210　ファクス：099-694-2219",
        f"{KYOKAI}（調査の実施）　電話：099-694-2300",
        "電子メール：tochi-romu@example.jp",
    ]))
    return st


# ================================================================ document 3: safety-support service for staff abroad, user guide
ANZEN = f"{PREF}海外渡航安全サポートサービス"
ANZEN_DEPT = f"{PREF} 総合政策部 国際課"
CENTER = f"一般財団法人{PREF}海外安全サポートセンター"
SERVICES = [  # 見出し, 内容, 対象, 申込み (same labels in every sibling section)
    ("出発前安全ブリーフィング", "渡航先の治安、感染症、交通事情と緊急時の行動について、専門の相談員が説明します（60分、対面又はオンライン）",
     "短期渡航登録者と長期滞在登録者", "出発の７日前までにウェブで予約"),
    ("24時間緊急ダイヤル", "事件、事故、急病、災害に遭ったときに、日本語で24時間365日相談に応じ、現地の病院、警察、大使館等への連絡を手伝います",
     "登録した渡航者本人（同行する家族を含む。）", "不要（登録証に記載の専用番号に電話）"),
    ("安全情報メール", "登録した渡航先でテロ、暴動、自然災害、感染症の流行等が起きたときに、注意を促すメールを送ります",
     "登録した渡航者と登録企業の担当者", "登録の際に渡航先と期間を入力"),
]
MARK_ROWS = [  # サービス: 長期滞在登録, 短期渡航登録 (True = ○)
    ("出発前安全ブリーフィング（個別）", True, True), ("24時間緊急ダイヤル", True, True),
    ("安全情報メール", True, True), ("医療機関の紹介・通訳の手配", True, True),
    ("家族向けの赴任前説明会", True, False), ("拠点の安全点検（年１回）", True, False),
    ("国外退避の手配の支援", True, True),
]
FEES = [  # 料金の区分, 県内中小企業（円）, その他の企業（円） (令和７年度)
    ("短期渡航登録（１人、年額）", 3000, 6000), ("長期滞在登録（１人、年額）", 12000, 24000),
    ("出発前安全ブリーフィング（１回）", 2000, 4000), ("拠点の安全点検（１回）", 30000, 60000),
]
REGIONS = ("アジア", "欧米", "その他の地域")
CALLS = [  # 相談の内容: アジア, 欧米, その他の地域 (緊急ダイヤルの受付件数, 令和６年度)
    ("病気・けが", 96, 31, 8), ("盗難・紛失", 54, 22, 6), ("交通事故", 21, 6, 2), ("自然災害", 12, 4, 3),
    ("暴動・デモ・テロ", 5, 2, 4), ("旅券・査証", 18, 7, 1), ("その他", 23, 9, 2),
]
FIRMS, FIRMS_PREV, SHORT_REG, LONG_REG = 148, 126, 1062, 287  # 令和６年度末の登録 (prose only)


def anzen_specs():
    marks = TableSpec(
        key="marks", doc=ANZEN_PDF, title="登録区分別の利用できるサービス",
        header=[["サービス", "長期滞在登録", "短期渡航登録"]],
        rows=[[n, "○" if a else "－", "○" if b else "－"] for n, a, b in MARK_ROWS],
        col_widths=[70 * mm, 34 * mm, 34 * mm], table_fy=2025,
    )
    marks.mark_cols = (1, 2)
    fees = TableSpec(
        key="fees", doc=ANZEN_PDF, title="登録料と利用料",
        header=[["料金の区分", "県内中小企業（円）", "その他の企業（円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in FEES],
        col_widths=[70 * mm, 38 * mm, 38 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in CALLS]
    sums = [sum(r[j] for r in CALLS) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in sums] + [fw(sum(sums))])
    calls = TableSpec(
        key="calls", doc=ANZEN_PDF, title="緊急ダイヤルの相談の内容別・地域別の受付件数",
        header=[["相談の内容"] + [f"{r}（件）" for r in REGIONS] + ["計（件）"]],
        rows=rows, col_widths=[40 * mm, 28 * mm, 28 * mm, 34 * mm, 26 * mm], table_fy=2024,
    )
    calls.unit = lambda row, c, s=calls: bracket_unit(s.column_label(c))
    return marks, fees, calls


def anzen_story(specs):
    marks, fees, calls = specs
    total = sum(a + b + c for _n, a, b, c in CALLS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{ANZEN} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(ANZEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の企業が業務のために海外へ送り出す役員や従業員の安全を、出発の前から帰国まで支えるものです。渡航者を登録していただくと、出発前の説明、現地で困ったときの24時間の電話相談、渡航先の安全情報の配信を受けられます。
""", 0)
    st += lv_lines([
        ("サービス名", ANZEN),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する企業及び団体（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（緊急ダイヤルは24時間365日）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「渡航者」とは、登録企業の役員又は従業員で、業務のために海外へ渡航する者をいいます。「短期渡航」とは、１回の滞在期間が90日未満の渡航をいい、「長期滞在」とは、駐在、赴任等で90日以上滞在することをいいます。また、「緊急事態」とは、渡航者の生命、身体又は財産に危険が及び、又は及ぶおそれのある事態をいいます。
""", 0)
    st += [P("２　主なサービス", H1)]
    for i, (head, what, who, how) in enumerate(SERVICES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("対象", who), ("申込み", how)], 1)
    st += [P("３　登録区分と利用できるサービス", H1)]
    st += paras("渡航者は、渡航の期間によって短期渡航登録又は長期滞在登録のいずれかで登録します。登録区分ごとに利用できるサービスは、次のとおりです。", 0)
    st += [caption(marks.title, "（令和７年度）"), marks.flowable(), Spacer(1, 2)]
    st += notes(["※１ ○印のサービスは、その登録区分で利用できるもの、－印は利用できないものです。"])
    st += [P("４　料金", H1)]
    st += paras("料金は次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者をいい、それ以外の企業及び団体には「その他の企業」の欄を適用します。",
        "※３ 長期滞在登録者は、赴任前の出発前安全ブリーフィング１回に限り、利用料を無料とします。",
    ])
    st += [P("５　利用の流れ", H1)]
    st += numbered([
        "① 企業の登録（ウェブの登録フォームに、企業名と担当者を入力）",
        "② 渡航者の登録（渡航者ごとに、渡航先、期間及び登録区分を入力）",
        "③ 登録料の支払（請求書による銀行振込み）",
        "④ 登録証の送付（緊急ダイヤルの専用番号を記載。入金の確認から３営業日以内）",
        "⑤ 帰国の報告（帰国の日から７日以内に、ウェブで報告）",
    ], 0)
    st += [P("６　利用の状況", H1)]
    st += paras(f"""
令和６年度末の登録企業は{FIRMS}社で、前年度末の{FIRMS_PREV}社から{FIRMS - FIRMS_PREV}社増えました。登録した渡航者は、短期渡航{SHORT_REG:,}人、長期滞在{LONG_REG}人です。令和６年度に緊急ダイヤルで受け付けた相談は{total}件で、病気・けがが最も多くなっています。
""", 0)
    st += [caption(calls.title, "（令和６年度）"), calls.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「欧米」は北米と欧州の国をいい、「その他の地域」は中南米、中東、アフリカ及びオセアニアの国・地域をいいます。"])
    st += [P("７　よくある質問", H1)]
    qa = [
        ("出張に同行する家族も、緊急ダイヤルを使えますか。",
         "使えます。ただし、登録した渡航者と同じ渡航先と期間に限ります。"),
        ("休暇を使った私的な旅行でも、サービスを使えますか。",
         "使えません。業務のための渡航に限ります。"),
        ("登録した後で、渡航先が変わった場合はどうすればよいですか。",
         "ウェブの登録画面で変更してください。変更の手数料はかかりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("８　利用上の注意", H1)]
    st += bullets([
        "緊急ダイヤルは相談と連絡の支援を行うもので、医療費、救援者の渡航費等の費用は負担しません。",
        "渡航先に外務省の退避勧告等が出ている場合は、渡航を取りやめるよう求めることがあります。",
        "登録された個人情報は、このサービスの実施以外の目的には使いません。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ANZEN_DEPT} 国際安全班　電話：099-697-3310　ファクス：099-697-3319",
        f"{CENTER}（登録と利用の手続）　電話：099-697-3400",
        "電子メール：tochi-anzen@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return chusai_specs() + romu_specs() + anzen_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    cspecs, rspecs, aspecs = chusai_specs(), romu_specs(), anzen_specs()
    cdoc = build_pdf(docs_dir / CHUSAI_PDF, cspecs, chusai_story(cspecs),
                     f"{CHUSAI}交付要綱", "令和７年３月25日制定", CHUSAI_DEPT)
    rdoc = build_pdf(docs_dir / ROMU_PDF, rspecs, romu_story(rspecs),
                     f"令和６年度 {ROMU} 報告書", "令和７年３月", ROMU_DEPT)
    adoc = build_pdf(docs_dir / ANZEN_PDF, aspecs, anzen_story(aspecs),
                     f"令和７年度 {ANZEN} 利用案内", "令和７年４月", ANZEN_DEPT)
    gold = all_gold({CHUSAI_PDF: cdoc.row_pages, ROMU_PDF: rdoc.row_pages, ANZEN_PDF: adoc.row_pages})
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
    # --- chusai: the arbitration and mediation subsidy guideline, tables (a) (b) (c), articles, sibling sections
    dict(question="従業員15人で機械部品を作っている会社が、海外の取引先との紛争で仲裁を申し立てたそうです。仲裁人に払う報酬の補助率は何％ですか？",
         category="chusai", doc=CHUSAI_PDF,
         evidence=["常時使用する従業員の数が20人", "仲裁人・調停人の報酬 50 75 1,500 300"], answer=["75"],
         notes="two facts: 15人 in manufacturing is within the 20人 of the 「小規模企業者」 definition (第２条第２項), so "
               "note ※１ applies the 小規模企業者 column; (a) two-level header, leaf 補助率（％）／小規模企業者; 50 "
               "(中小企業者) is the trap"),
    dict(question="2025年度の要綱では、調停の手続で弁護士に代理人を頼んだ場合、その報酬は何千円まで補助の対象になりますか？",
         category="chusai", doc=CHUSAI_PDF, evidence=["代理人（弁護士）の報酬 50 60 1,200 500"], answer=["500"],
         notes="(a) leaf 補助限度額（千円）／調停; 1,200 (仲裁) and 60 (a rate) are the traps; 2025年度 = 令和７年度 "
               "(the guideline prints only 2020年度 in Western form); the unit 千円 is only in the header group"),
    dict(question="社員８人の食品メーカーが仲裁を行い、証拠書類の翻訳と審理の通訳に52万円かかりました。補助金はいくらになりますか？",
         category="chusai", doc=CHUSAI_PDF,
         evidence=["常時使用する従業員の数が20人", "証拠書類等の翻訳及び 審理の通訳に要する経費 50 75 400 200"],
         answer=["39万円"], computed=True,
         notes="three facts: ８人 makes a 小規模企業者 (第２条第２項), so the rate is the 小規模企業者 column (note ※１) of "
               "(a)'s row printed on two lines (証拠書類等の翻訳及び／審理の通訳に要する経費): 52万円 × 75 % = 39万円, "
               "just below the 仲裁 cap of 400千円 (40万円); 26万円 (the 50 % rate) is the trap"),
    dict(question="2022年度に、この補助金の交付を受けたのは何件ですか？",
         category="chusai", doc=CHUSAI_PDF, evidence=["令和４年度 ９ ７ ２ 4,385"], answer=["７"],
         notes="(b) years as rows: 2022年度 = 令和４年度; column 交付件数（件）; ９ (申請件数) and ２ (うち仲裁) are the traps"),
    dict(question="令和２年度から令和６年度までに交付した補助金は、１件当たり平均でいくらになりますか？",
         category="chusai", doc=CHUSAI_PDF, evidence=["延べ38件、2,529万円"], answer=["66.6万円"], computed=True,
         notes="the five-year totals in the prose of （参考２） (also the sums of (b), whose amounts are in 千円): "
               "2,529万円 / 38 = 66.6万円 (665.5千円)"),
    dict(question="令和４年度から令和６年度までの３年間で、代金の未払いや減額をめぐる調停に補助したのは何件ですか？",
         category="chusai", doc=CHUSAI_PDF, evidence=["代金の未払い・減額 ４ ９ 13"], answer=["９"],
         notes="(c) a table over a range of fiscal years (caption note 令和４年度～令和６年度): row 代金の未払い・減額, "
               "column 調停; ４ (仲裁) and 13 (計) are the traps"),
    dict(question="2022年度から2024年度までに交付した案件のうち、品質や仕様をめぐる紛争は何％を占めていますか？",
         category="chusai", doc=CHUSAI_PDF, evidence=["品質・仕様の不適合 ３ ５ ８", "合計 10 21 31"], answer=["25.8%"],
         computed=True,
         notes="(c) share of the 計 column: 8 / 31 = 25.8 % (2022–2024年度 = 令和４–６年度, printed only as 令和)"),
    dict(question="家具メーカーの活用事例では、補助金はいくら交付されましたか？",
         category="chusai", doc=CHUSAI_PDF, evidence=["（３）木製家具製造業Ｃ社", "補助金の額：655千円"], answer=["655千円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 相手方, 手続, 補助金の額; （３）木製家具製造業Ｃ社 "
               "(家具メーカー); 412千円 and 2,380千円 are the siblings' values"),
    dict(question="調停で和解が成立し、相手方に和解金を払うことになりました。この和解金も補助の対象になりますか？",
         category="chusai", doc=CHUSAI_PDF, evidence=["次に掲げる経費は、補助の対象としない", "相手方に支払う和解金"],
         answer=["補助の対象としない"],
         notes="第５条 (costs not covered), item （１）; a 「no」 (和解 itself ends the 手続 and starts the 実績報告, a near miss)"),
    dict(question="海外の取引先から仲裁を申し立てられた側の会社は、いつまでに交付申請をすればよいですか？",
         category="chusai", doc=CHUSAI_PDF, evidence=["申立書の送達を受けた日から60日以内"], answer=["60日以内"],
         notes="第６条: for the respondent the 60 days run from the service of the request; 30日以内 (第７条, the decision "
               "and the report) is the near miss"),
    dict(question="ウェブ会議で行う調停でも、この補助金の対象になりますか？",
         category="chusai", doc=CHUSAI_PDF, evidence=["オンラインで行うものを含む"], answer=["オンラインで行うものを含む"],
         notes="the 「調停」 definition of 第２条第５項 (a yes; ウェブ会議 = オンライン)"),
    # --- jinkenhi: the survey of local staff wages and labour, tables (d) (e) (f) (g), definitions, sibling sections
    dict(question="海外拠点の人件費・労務の調査は、回答率が何％でしたか？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["回答数：186社（回答率44.3％）"], answer=["44.3"],
         notes="「label：value」 line 回答数 (186 of the 420社 of 調査対象); 76.9 % (賃上げを実施した企業) is a near miss"),
    dict(question="2024年10月時点で、ベトナムの拠点で働く技術者の月額基本給はどのくらいですか？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["ベトナム 330 560 470 1,240"], answer=["560"],
         notes="(e) unit printed above the table's top right （単位：米ドル）, in neither the caption nor the header: row "
               "ベトナム, column 技術者; 330 (作業員) and 470 (事務職) are the traps"),
    dict(question="タイとベトナムでは、作業員の月額基本給にどれだけの差がありますか？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["タイ 520 840 690 1,730", "ベトナム 330 560 470 1,240"],
         answer=["190米ドル"], computed=True,
         notes="(e) difference in the column 作業員: 520 − 330 = 190, in 米ドル (the unit above the table)"),
    dict(question="離職率が２番目に高かった国・地域はどこですか？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["インド 17 9.8 18.7 ２"], answer=["インド"],
         notes="(f) ranking in the column 離職率（％）: 米国 21.5, インド 18.7, メキシコ 16.8 (the rows are in geographic "
               "order; the prose names only 米国); second-largest"),
    dict(question="ベトナムの拠点で、日本から派遣した駐在員を除いた現地採用の社員の離職率は何％でしたか？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["日本から派遣された駐在員は含まない", "ベトナム 52 6.9 15.3 ４"],
         answer=["15.3"],
         notes="two facts: the 「現地従業員」 definition excludes the expatriates, so (f)'s 離職率 is already the local "
               "staff's; column 離職率（％）; 6.9 (平均賃上げ率) is the trap"),
    dict(question="アメリカやヨーロッパに主な拠点がある企業のうち、社員がすぐ辞めてしまうことを課題に挙げた企業の割合は？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["人材の定着（離職の多さ） 51.6 53.3 44.1"], answer=["44.1"],
         notes="(g) unruled table, column 欧米・その他 (note ※５: by the main base's region); 51.6 (全体) and 53.3 "
               "(アジア) are the traps"),
    dict(question="自動車部品などの輸送用機器の会社のうち、現地従業員の賃上げをしたのは何社ですか？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["輸送用機器 14 5,470 13（92.9％）"], answer=["13"],
         notes="(d) continuation page (no header there), a count with its share in brackets: the count 13, not the "
               "share 92.9 (note ※１) nor the 14 回答企業数"),
    dict(question="一般機械の回答企業では、１社当たり平均何人の現地従業員がいる計算になりますか？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["一般機械 31 4,120 26（83.9％）"], answer=["132.9人"], computed=True,
         notes="(d) first page, average in a row: 4,120 / 31 = 132.9人 (4,120 / 26 over the firms that raised wages is a "
               "wrong reading)"),
    dict(question="回答した中小企業のうち、現地従業員の賃上げを行った企業の割合はどのくらいですか？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["中小企業は141社のうち103社"], answer=["73.0%"], computed=True,
         notes="prose of ５ (firm sizes, in no table): 103 / 141 = 73.0 % (大企業 40 / 45 and 全体 76.9 % are near misses)"),
    dict(question="ロサンゼルスに販売会社を持つ卸の事例では、現地の従業員は何人いますか？",
         category="jinkenhi", doc=ROMU_PDF, evidence=["（３）卸売業Ｆ社", "現地従業員数：14人"], answer=["14人"],
         notes="sibling sections （１）–（３） of ６ share the labels 主な拠点, 現地従業員数, 取組; （３）卸売業Ｆ社 "
               "(卸 = 卸売業); 約850人 and 約120人 are the siblings' values"),
    # --- anzen: the safety-support service guide, tables (h) (i) (j), definitions, sibling sections, Q&A
    dict(question="出張先で夜中に急病になったときに電話で相談したい場合、事前の申込みは必要ですか？",
         category="anzen", doc=ANZEN_PDF, evidence=["（２）24時間緊急ダイヤル", "申込み：不要"], answer=["不要"],
         notes="sibling sections （１）–（３） of ２ share the labels 内容, 対象, 申込み; （２）24時間緊急ダイヤル; "
               "出発の７日前までにウェブで予約 (（１）) is the siblings' value"),
    dict(question="４か月の予定でタイの工場に応援に行く社員は、短期渡航と長期滞在のどちらで登録しますか？",
         category="anzen", doc=ANZEN_PDF, evidence=["「長期滞在」とは、駐在、赴任等で90日以上滞在すること"],
         answer=["長期滞在"],
         notes="definitions 「短期渡航」 (90日未満) and 「長期滞在」 (90日以上): four months is more than 90 days, so "
               "長期滞在 although the trip is no posting"),
    dict(question="ベトナムに赴任する社員の家族向けの説明会は、長期滞在で登録していれば使えますか？",
         category="anzen", doc=ANZEN_PDF, evidence=["家族向けの赴任前説明会 ○", "○印のサービスは、その登録区分で利用できるもの"],
         answer=["利用できる"],
         notes="(h) column of marks: row 家族向けの赴任前説明会, column 長期滞在登録 ○, read with note ※１ (○ = yes); "
               "the － of 短期渡航登録 in the same row is the trap"),
    dict(question="長期滞在で登録した社員が、赴任の前に初めて出発前ブリーフィングを受ける場合、利用料はいくらですか？",
         category="anzen", doc=ANZEN_PDF,
         evidence=["ブリーフィング１回に限り、利用料を無料とします", "出発前安全ブリーフィング（１回） 2,000 4,000"],
         answer=["無料"],
         notes="two facts: (i) row 出発前安全ブリーフィング（１回） gives 2,000 / 4,000円, but note ※３ makes the first "
               "one free for 長期滞在登録者; 2,000 is the trap"),
    dict(question="県内の中小企業が、短期の出張者３人と駐在員１人を登録すると、登録料は年間で合わせていくらになりますか？",
         category="anzen", doc=ANZEN_PDF,
         evidence=["短期渡航登録（１人、年額） 3,000 6,000", "長期滞在登録（１人、年額） 12,000 24,000"],
         answer=["21,000円"], computed=True,
         notes="(i) sum in the column 県内中小企業（円）: 3 × 3,000 + 12,000 = 21,000円 (a 駐在員 is a 長期滞在)"),
    dict(question="2024年度に、欧米で起きた盗難や紛失について緊急ダイヤルが受けた相談は何件ですか？",
         category="anzen", doc=ANZEN_PDF, evidence=["盗難・紛失 54 22 ６ 82"], answer=["22"],
         notes="(j) row 盗難・紛失, column 欧米（件） (note ※４: 北米と欧州); 2024年度 = 令和６年度 (the guide prints no "
               "Western year); 54 (アジア) and 82 (計) are the traps"),
    dict(question="令和６年度に緊急ダイヤルが受けた相談のうち、病気やけがは全体の何％ですか？",
         category="anzen", doc=ANZEN_PDF, evidence=["病気・けが 96 31 ８ 135", "合計 229 81 26 336"], answer=["40.2%"],
         computed=True, notes="(j) share of the 計 column: 135 / 336 = 40.2 %"),
    dict(question="社員が休暇を使って海外旅行に行くときも、このサービスを使えますか？",
         category="anzen", doc=ANZEN_PDF, evidence=["業務のための渡航に限ります"], answer=["業務のための渡航に限ります"],
         notes="Q&A: Ａ of Ｑ２ (no); the 「渡航者」 definition (業務のために) says the same"),
    # --- followups
    dict(question="では、その経費を調停で使う場合、補助限度額はいくらですか？",
         category="followup", doc=CHUSAI_PDF, evidence=["仲裁人・調停人の報酬 50 75 1,500 300"], answer=["300"],
         history=_turns("仲裁人や調停人に払う報酬は、中小企業者だと補助率が何％ですか？",
                        "仲裁人・調停人の報酬の補助率は、中小企業者で50％です[1]。"),
         notes="(a) the row from the history (仲裁人・調停人の報酬), leaf 補助限度額（千円）／調停; 1,500 (仲裁) is the trap"),
    dict(question="その翌年度の交付額は、それよりいくら増えましたか？",
         category="followup", doc=CHUSAI_PDF, evidence=["令和５年度 13 10 ３ 6,920", "令和６年度 17 14 ５ 10,265"],
         answer=["3,345千円"], computed=True,
         history=_turns("2023年度の交付額はいくらでしたか？",
                        "2023年度（令和５年度）の交付額は6,920千円でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度) and the next row: 10,265 − 6,920 = 3,345千円"),
    dict(question="それは電気機器の回答企業の何％に当たりますか？",
         category="followup", doc=ROMU_PDF, evidence=["電気機器 26 6,350 22（84.6％）"], answer=["84.6"],
         history=_turns("電気機器の会社で、現地従業員の賃上げをしたのは何社ですか？",
                        "電気機器では22社が賃上げを行いました[1]。"),
         notes="(d) the bracketed share of the row in the history (電気機器, on the continuation page; note ※１)"),
    dict(question="その相談のうち、その他の地域からのものは何件ですか？",
         category="followup", doc=ANZEN_PDF, evidence=["交通事故 21 ６ ２ 29"], answer=["２"],
         history=_turns("令和６年度に、アジアで起きた交通事故について緊急ダイヤルが受けた相談は何件ですか？",
                        "アジアでの交通事故の相談は21件でした[1]。"),
         notes="(j) the row from the history (交通事故), column その他の地域（件）; ６ (欧米) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=ANZEN_PDF, evidence=["電話：099-697-3400"], answer=["099-697-3400"],
         history=_turns("渡航者の登録の手続について聞きたいという会社があります。どこが受け付けていますか？",
                        "登録と利用の手続は、一般財団法人栃県海外安全サポートセンターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-697-3310 and fax "
               "099-697-3319 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使った仲裁で、県内企業の主張が通った割合はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the grants by year and by kind of dispute, not the outcome of the proceedings",
         absent=["勝訴", "主張が", "認容"]),
    dict(question="令和６年度に補助した調停は、申立てから和解までに平均でどのくらいの期間がかかりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only the deadlines (60日以内, 30日以内) and one case's ２回の期日; no duration of the proceedings",
         absent=["平均期間", "所要期間", "か月"]),
    dict(question="現地従業員の男女別の人数は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the local staff are given by industry (and in the cases) only",
         absent=["男性", "女性", "男女"]),
    dict(question="ベトナムの拠点では、賞与が年間で何か月分支給されていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the wages are basic monthly pay without allowances and bonuses (note ※３); no bonus figure",
         absent=["か月分", "支給月数", "ボーナス"]),
    dict(question="緊急ダイヤルに電話してから、現地の病院につながるまでに平均でどれくらい時間がかかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the calls by kind and region, not how long the help took",
         absent=["平均時間", "所要時間", "対応時間"]),
    dict(question="登録している渡航者を渡航先の国別に見ると、どこが一番多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only the totals of the registered travellers (1,062 / 287) and the calls by region; no registrations by country",
         absent=["渡航先別", "国別の登録"]),
]
CATEGORY_COUNTS = {"chusai": 11, "jinkenhi": 10, "anzen": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h65q", "h65t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year); ranged tables with fy None."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I, J = (
    "補助対象経費、補助率及び補助限度額", "交付の実績", "紛争の内容別の交付件数",
    "業種別の回答企業と賃上げの状況", "国・地域別、職種別の現地従業員の月額基本給",
    "国・地域別の賃上げ率、離職率と労働争議等", "労務管理上の課題（複数回答）",
    "登録区分別の利用できるサービス", "登録料と利用料", "緊急ダイヤルの相談の内容別・地域別の受付件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I, J), "abcdefghij"))
TRANSLATION = "証拠書類等の翻訳及び審理の通訳に要する経費"


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h65q03": lambda g: _avg(min(52 * 10 * g(A, TRANSLATION, "補助率（％）／小規模企業者", 2025) // 100,
                                 g(A, TRANSLATION, "補助限度額（千円）／仲裁", 2025)), 10, "万円"),
    "h65q05": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             10 * sum(g(B, era(y), "交付件数（件）", y) for y, *_x in RECORD), "万円"),
    "h65q07": lambda g: _pct(g(C, "品質・仕様の不適合", "計"), g(C, "合計", "計")),
    "h65q14": lambda g: f"{g(E, 'タイ', '作業員', 2024) - g(E, 'ベトナム', '作業員', 2024)}米ドル",
    "h65q19": lambda g: _avg(g(D, "一般機械", "現地従業員数（人）", 2024), g(D, "一般機械", "回答企業数（社）", 2024), "人"),
    "h65q20": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h65q26": lambda g: f"{3 * g(I, '短期渡航登録（１人、年額）', '県内中小企業（円）', 2025) + g(I, '長期滞在登録（１人、年額）', '県内中小企業（円）', 2025):,}円",
    "h65q28": lambda g: _pct(g(J, "病気・けが", "計（件）", 2024), g(J, "合計", "計（件）", 2024)),
    "h65q31": lambda g: f"{g(B, '令和６年度', '交付額（千円）', 2024) - g(B, '令和５年度', '交付額（千円）', 2023):,}千円",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {CHUSAI_PDF: (3, 3), ROMU_PDF: (3, 3), ANZEN_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (220, 270)
TABLE_QUESTIONS = 18  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("輸送用機器", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout65.py")
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
                bare = re.sub(r"[^\d.,]+$", "", nfkc(a))
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout65.py")
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
        mark = g["table"] == H and g["value"] in MARKS
        if mark:
            if g["number"] is not None or g["unit"] is not None:
                errors.append(f"{g['id']}: a mark cell has no number and no unit")
        else:
            if g["unit"] not in UNITS:
                errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
            if g["number"] is None:
                errors.append(f"{g['id']}: every cell but the marks of (h) should be numeric")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if norm(g["value"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: {g['value']!r} not on page {g['page']} of {g['doc']}")
        if norm(g["row"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: row {g['row']!r} not on page {g['page']} of {g['doc']}")
        spec = specs[g["table"]]
        label_pages = table_pages[g["table"]] if spec.repeat_header else {min(table_pages[g["table"]])}
        parts = g["column"].split(GROUP_SEP)
        if parts[-1] == SHARE:  # the share's name comes from note ※１, printed after the table
            parts = parts[:-1]
            if not any(norm(f"（）内は、その業種の回答企業数に対する{SHARE}") in page_text(g["doc"], p)
                       for p in table_pages[g["table"]]):
                errors.append(f"{g['id']}: the note naming the bracketed {SHARE} is not on the table's pages")
        for p in label_pages:
            for part in parts:
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
            # each printed row, cell after cell (the bracketed shares and the marks included), on its page
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

    # (a): small firms get at least the rate of the others; 仲裁 caps above 調停 caps and within the firm caps (第４条第２項)
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"] or r["補助率（％）／小規模企業者"] > 100:
            errors.append(f"{A} / {row}: rates out of order")
        if r["補助限度額（千円）／仲裁"] < r["補助限度額（千円）／調停"] \
                or r["補助限度額（千円）／仲裁"] > FIRM_CAP["仲裁"] * 10 or r["補助限度額（千円）／調停"] > FIRM_CAP["調停"] * 10:
            errors.append(f"{A} / {row}: caps out of order or above the firm caps")
    # (b): growing applications; 仲裁 within grants within applications; amounts within the firm caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        cap = r["うち仲裁（件）"] * FIRM_CAP["仲裁"] * 10 + (r["交付件数（件）"] - r["うち仲裁（件）"]) * FIRM_CAP["調停"] * 10
        if not r["うち仲裁（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] or r["交付額（千円）"] > cap:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): 合計 adds up; 計 is the row sum; the totals equal (b)'s grants of the three years
    c = t[C]
    adds_up(C, ("仲裁", "調停", "計"))
    for row, r in c.items():
        if r["計"] != r["仲裁"] + r["調停"]:
            errors.append(f"{C} / {row}: 計 is not 仲裁 + 調停")
    years = [era(y) for y in range(DISPUTE_YEARS[0], DISPUTE_YEARS[1] + 1)]
    arb = sum(b[y]["うち仲裁（件）"] for y in years)
    med = sum(b[y]["交付件数（件）"] - b[y]["うち仲裁（件）"] for y in years)
    if (c["合計"]["仲裁"], c["合計"]["調停"]) != (arb, med):
        errors.append(f"{C}: 合計 differs from {B}'s grants of 令和４–６年度")
    # (d): 合計 adds up; the shares are the counts over the respondents; the firm sizes of the prose add up
    d = t[D]
    adds_up(D, ("回答企業数（社）", "現地従業員数（人）", "賃上げを実施した企業（社）"))
    for row, r in d.items():
        share = r["賃上げを実施した企業（社）／割合"]
        if Decimal(str(share)) != pct1(r["賃上げを実施した企業（社）"], r["回答企業数（社）"]):
            errors.append(f"{D} / {row}: the bracketed share differs from the counts")
    if d["合計"]["回答企業数（社）"] != sum(x[1] for x in SIZES) or d["合計"]["賃上げを実施した企業（社）"] != sum(x[2] for x in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes of the prose")
    # (e): 米国 highest in every job, 中国 highest in Asia; the prose's three countries below half of 中国
    e = t[E]
    for job in JOBS:
        ranked = sorted(e, key=lambda r: -e[r][job])
        if ranked[0] != "米国" or [x for x in ranked if x not in ("米国", "メキシコ")][0] != "中国":
            errors.append(f"{E} / {job}: 米国 first and 中国 first in Asia do not hold")
    below = sorted(r for r in e if e[r]["作業員"] * 2 < e["中国"]["作業員"])
    if below != sorted(("ベトナム", "フィリピン", "インド")):
        errors.append(f"{E}: the workers below half of 中国 are {below}")
    # (f): the bases of the prose; インド highest raise, 米国 highest turnover
    f = t[F]
    if sum(r["回答拠点数（拠点）"] for r in f.values()) != sum(x[1] for x in LABOUR):
        errors.append(f"{F}: bases differ from the prose")
    if max(f, key=lambda r: f[r]["平均賃上げ率（％）"]) != "インド" or max(f, key=lambda r: f[r]["離職率（％）"]) != "米国":
        errors.append(f"{F}: 「インドが最も高く、離職率は米国が最も高い」 does not hold")
    # (g): the per cents come from the counts; the ｎ add up to the respondents of (d)
    (ra, na), (rb, nb) = REGION_N
    if na + nb != d["合計"]["回答企業数（社）"]:
        errors.append(f"{G}: the ｎ differ from {D}")
    for name, x, y in ISSUES:
        r = t[G][name]
        if tuple(Decimal(str(r[k])) for k in ("全体", ra, rb)) != (pct1(x + y, na + nb), pct1(x, na), pct1(y, nb)):
            errors.append(f"{G} / {name}: per cents differ from the counts")
    # (h): every service for long stays; only the two named ones missing for short trips
    h = t[H]
    if any(r["長期滞在登録"] is not None for r in h.values()):
        errors.append(f"{H}: mark cells should have no number")
    # (i): the other users pay twice the small firms' fee
    for row, r in t[I].items():
        if r["その他の企業（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{I} / {row}: その他の企業 is not twice 県内中小企業")
    # (j): 合計 and 計 add up
    cols = [f"{x}（件）" for x in REGIONS]
    adds_up(J, cols + ["計（件）"])
    for row, r in t[J].items():
        if r["計（件）"] != sum(r[k] for k in cols):
            errors.append(f"{J} / {row}: 計 is not the row sum")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[ROMU_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、情報通信業等") not in norm(pages[ROMU_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; two row labels printed on two lines
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "補助限度額（千円）／仲裁", "補助限度額（千円）／調停"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    two_line = [r[0] for r in specs["rates"].rows if "\n" in r[0]]
    apage = min(g["page"] for g in gold if g["table"] == A)
    lines = [x.strip() for x in pages[CHUSAI_PDF][apage - 1].splitlines()]
    if len(two_line) != 2 or any(x.split("\n")[0] not in lines or x.split("\n")[1] not in lines for x in two_line):
        errors.append(f"{A}: expected two row labels, each printed on two lines")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): every cell covers 令和４–６年度; no other table has a range
    if any(g["fiscal_year"] is not None or g["fiscal_year_range"] != list(DISPUTE_YEARS) for g in gold if g["table"] == C) \
            or any(g["fiscal_year_range"] is not None for g in gold if g["table"] != C):
        errors.append(f"{C}: only its cells, and all of them, should carry the range {list(DISPUTE_YEARS)}")
    # (d): every row gives a count and its bracketed share
    dcols = [g["column"] for g in gold if g["table"] == D]
    if dcols.count("賃上げを実施した企業（社）／割合") != len(ind.rows) or not all(SHARE_RE.fullmatch(r[3]) for r in ind.rows):
        errors.append(f"{D}: expected a count with its share in brackets in every row")
    # (e): the unit above the table's top right, just before the header; nowhere in the caption or header
    ws = specs["wages"]
    epage = min(g["page"] for g in gold if g["table"] == E)
    if norm(ws.unit_above + "".join(ws.header[0])) not in norm(pages[ROMU_PDF][epage - 1]) \
            or "単位" in ws.title or any("（" in h for h in ws.header[0]) \
            or {g["unit"] for g in gold if g["table"] == E} != {"米ドル"}:
        errors.append(f"{E}: expected the unit （単位：米ドル） above the table's top right only")
    # (h): a column of marks, explained by note ※１
    hg = [g for g in gold if g["table"] == H]
    if {g["value"] for g in hg} != set(MARKS) or any(g["number"] is not None for g in hg) \
            or norm("○印のサービスは、その登録区分で利用できるもの、－印は利用できないもの") not in norm("\n".join(pages[ANZEN_PDF])):
        errors.append(f"{H}: expected ○ / － marks explained in note ※１")
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
        got = re.findall(r"099-69\d-\d{4}", text)
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
        got = sum(x.startswith("○") and len(x) > 1 and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the grant guideline
    ct = norm("\n".join(pages[CHUSAI_PDF]))
    siblings(ct, CHUSAI_PDF, ("相手方：", "手続：", "補助金の額："), [c[0] for c in CHUSAI_CASES])
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    if amt_all % 10 or norm(f"延べ{n_all}件、{amt_all // 10:,}万円") not in ct:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち仲裁{fw(last[3])}件）") not in ct:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    if max(DISPUTES, key=lambda r: r[1] + r[2])[0] != "代金の未払い・減額":
        errors.append("guideline: 「代金の未払い・減額が最も多く」 does not hold")
    for head, _who, how, amount, kind, n in CHUSAI_CASES:
        if not how.startswith(kind) or n > FIRM_CAP[kind] * 10 or norm(f"{n:,}千円") != norm(amount):
            errors.append(f"guideline: case {head} exceeds its firm cap or is inconsistent")
    if re.findall(r"20\d\d年", ct) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(ct, ("中小企業者", "小規模企業者", "海外取引", "仲裁", "調停"), "guideline")
    for x in EXCLUDED + DOCUMENTS:
        if norm(x) not in ct:
            errors.append(f"guideline: the item {x} is missing")
    arts = [m.group(1) for m in (re.match(r"\s*第([１-９])条\s", x) for x in "\n".join(pages[CHUSAI_PDF]).splitlines()) if m]
    if arts != list("１２３４５６７８") or norm("附則") not in ct or norm("別表（第４条関係）") not in ct:
        errors.append(f"guideline: expected articles 第１条–第８条, 附則 and 別表, got {arts}")
    bullets_in(CHUSAI_PDF, len(DOCUMENTS), "guideline")
    steps_of(CHUSAI_PDF, "①②③④⑤⑥", "guideline")
    contacts(CHUSAI_PDF, ["099-691-4410", "099-691-4419", "099-691-4500"], ["tochi-chusai@example.jp"], "guideline")

    # ---- the wage and labour survey
    rt = norm("\n".join(pages[ROMU_PDF]))
    siblings(rt, ROMU_PDF, ("主な拠点：", "現地従業員数：", "取組："), [c[0] for c in ROMU_CASES])
    total, k = respondents(), raised()
    staff = sum(r[2] for r in INDUSTRIES)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in rt \
            or norm(f"合わせて{staff:,}人") not in rt or norm(f"{k}社（{pct1(k, total)}％）") not in rt:
        errors.append("survey: the response and raise figures in the prose differ from (d)")
    top_share = max(INDUSTRIES, key=lambda r: r[3] / r[1])[0]
    top_staff = max(INDUSTRIES, key=lambda r: r[2])[0]
    if (top_share, top_staff) != ("輸送用機器", "電気機器"):
        errors.append("survey: 「輸送用機器の割合が最も高い」 or 「電気機器が最も多い」 does not hold")
    (s_name, s_n, s_k), (l_name, l_n, l_k) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_k}社") not in rt or norm(f"中小企業は{s_n}社のうち{s_k}社") not in rt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    if norm(f"上位９か国・地域の{sum(x[1] for x in LABOUR)}拠点") not in rt or len(LABOUR) != 9:
        errors.append("survey: the bases in the prose differ from (f)")
    (ra, na), (rb, nb) = REGION_N
    iss = {x: (a, b) for x, a, b in ISSUES}
    order = sorted(ISSUES, key=lambda r: -(r[1] + r[2]))
    if [order[0][0], order[1][0]] != ["現地従業員の賃金の上昇", "人材の定着（離職の多さ）"] \
            or not iss["最低賃金の引上げへの対応"][0] / na > iss["最低賃金の引上げへの対応"][1] / nb \
            or not iss["現地の労働法令の改正への対応"][1] / nb > iss["現地の労働法令の改正への対応"][0] / na:
        errors.append("survey: the statements on (g) in the prose do not hold")
    if re.findall(r"20\d\d年", rt) != ["2024年"] or re.findall(r"20\d\d年度", rt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(rt, ("海外拠点", "現地従業員", "離職率"), "survey")
    bullets_in(ROMU_PDF, 3, "survey")
    steps_of(ROMU_PDF, "①②③④", "survey")
    contacts(ROMU_PDF, ["099-694-2210", "099-694-2219", "099-694-2300"], ["tochi-romu@example.jp"], "survey")

    # ---- the service guide
    at = norm("\n".join(pages[ANZEN_PDF]))
    siblings(at, ANZEN_PDF, ("内容：", "対象：", "申込み："), [x[0] for x in SERVICES])
    rows = {n: (a, b) for n, a, b in MARK_ROWS}
    if not all(rows[f"{x[0]}（個別）" if x[0] == "出発前安全ブリーフィング" else x[0]] == (True, True) for x in SERVICES):
        errors.append("guide: the three services of ２ should be open to both registrations in (h)")
    calls = sum(a + b + c for _n, a, b, c in CALLS)
    if norm(f"相談は{calls}件") not in at or max(CALLS, key=lambda r: sum(r[1:]))[0] != "病気・けが" \
            or norm(f"前年度末の{FIRMS_PREV}社から{FIRMS - FIRMS_PREV}社増えました") not in at:
        errors.append("guide: the figures in the prose differ from (j) or the registrations")
    if re.findall(r"20\d\d年", at):
        errors.append("guide: no Western year should be printed")
    defs(at, ("渡航者", "短期渡航", "長期滞在", "緊急事態"), "guide")
    bullets_in(ANZEN_PDF, 3, "guide")
    raw = "\n".join(pages[ANZEN_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps_of(ANZEN_PDF, "①②③④⑤", "guide")
    contacts(ANZEN_PDF, ["099-697-3310", "099-697-3319", "099-697-3400"], ["tochi-anzen@example.jp"], "guide")
    # every phone number of the set is fictional (099-69x-xxxx), every mail address under example.jp
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
