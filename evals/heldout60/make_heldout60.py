"""Build the 楮県 held-out set 60: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楮県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱) for a prefectural subsidy helping small firms list their products on overseas
business-to-business e-marketplaces (海外ＢtoＢマーケットプレイス出店支援補助金), with a two-level header
whose two groups have different leaves (rates by firm size, caps by first or continued listing),
years as rows and the grants by industry and sales region with a total column on the right; the
results report (実績報告書) of a prefectural certification of global-niche-top firms
(グローバルニッチトップ企業認定事業), with its indicators over three fiscal years (a 単位 column
giving each row's unit), the certified firms by field (a table continued over a page break without
its header) and the support given, with subtotal rows; and the usage rules (利用規程) of a
prefectural service checking the translated labels of export products (輸出商品ラベル表示確認サービス),
with the fees by product class and destination, the checks and findings by destination as counts
and per cents in paired columns, and an unruled table of the findings; see README.md beside this
file.

    python make_heldout60.py [OUTPUT_DIR]          # default: this file's directory

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

YOKO_PDF = "kozo_kaigai_b2b_mp_hojokin_kofu_yoko_r7.pdf"
GNT_PDF = "kozo_gnt_kigyo_nintei_jigyo_jisseki_r6.pdf"
LABEL_PDF = "kozo_yushutsu_label_kakunin_riyo_kitei_r7.pdf"
ALL_PDFS = (YOKO_PDF, GNT_PDF, LABEL_PDF)

UNITS = ("万円", "億円", "円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-64"  # every phone and fax number of the set: 099-64x-xxxx
PHONE_RE = r"099-64\d-\d{4}"
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


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k) * 100 / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf."""

    group_col: int | None = None

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
            fy = spec.column_year(c) or fiscal_year(row_label) or spec.table_fy
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": None,
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


def bullets(items, level: int, mark="○"):
    return [P(f"{mark} {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


ART_HEAD = pstyle("art_head", docgen.GOTHIC, 10.5, 16, left=docgen.EM, spaceBefore=4, keepWithNext=1)
ART_BODY = pstyle("art_body", docgen.MINCHO, 10.5, 17, left=2 * docgen.EM, first=-docgen.EM)


def art(n: int, title: str, text: str, more=()):
    """An article: the caption （title） on its own line, then 第n条 and its paragraphs ２, ３, …"""
    out = [P(f"（{title}）", ART_HEAD), P(f"第{fw(n)}条　{text}", ART_BODY)]
    out += [P(f"{fw(k)}　{t}", ART_BODY) for k, t in enumerate(more, 2)]
    return out


PREF = "楮県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: B2B marketplace subsidy, grant guideline
YOKO = f"{PREF}海外ＢtoＢマーケットプレイス出店支援補助金"
YOKO_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
DESK = f"{PREF}海外ビジネス相談デスク"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 限度額（万円）: 新規出店, 継続出店
    ("出店料・年会費", 50, 75, 50, 30), ("商品ページの作成・翻訳費", 50, 75, 30, 20),
    ("商品の撮影・動画制作費", 50, 75, 20, 15), ("サイト内広告費", 40, 50, 40, 30),
    ("サンプルの海外輸送費", 50, 60, 15, 10), ("専門家の指導料", 60, 75, 15, 10),
]
FIRM_CAP = {"新規出店": 100, "継続出店": 60}  # 万円 per firm (第４条第２項)
RECORD = [  # 年度, 申請件数, 交付件数, 交付額（万円）, 成約件数 (令和３年度–令和６年度)
    (2021, 18, 11, 486, 9), (2022, 26, 17, 802, 21), (2023, 33, 22, 1094, 37), (2024, 41, 27, 1415, 52),
]
REGIONS = ("北米", "欧州", "アジア")
INDUSTRY_GRANTS = [  # 業種, 北米, 欧州, アジア (件, 令和６年度)
    ("食品・飲料", 3, 2, 5), ("機械・金属部品", 4, 3, 1), ("化学・プラスチック", 1, 0, 2),
    ("日用品・雑貨", 1, 2, 1), ("繊維・衣料", 0, 1, 1),
]
CASES = [  # 見出し, 出店先, 補助金の額, 出店後１年間の成約 (same labels in every sibling section); 区分
    ("金属部品製造業Ａ社（楮市）", "北米の産業部品向け海外ＭＰ（新規出店）", "74万円", "６件（米国、カナダの工作機械メーカー）"),
    ("菓子製造業Ｂ社（汐見原市）", "アジアの食品卸向け海外ＭＰ（新規出店）", "48万円", "９件（シンガポール、マレーシアの輸入卸）"),
    ("木製品製造業Ｃ社（紙谷町）", "欧州の家具・インテリア向け海外ＭＰ（継続出店）", "36万円", "４件（ドイツ、オランダの小売チェーン）"),
]
EXCLUDED = [  # 補助の対象としない経費 (第５条)
    "海外ＭＰで取引が成立したときに運営者に支払う成約手数料及び決済手数料",
    "商品の製造原価及び販売のための商品の輸送費（サンプルの輸送費を除く。）",
    "国内の事業者が運営する電子商取引のサイトに出店するための経費",
    "交付決定の日より前に契約し、又は支払った経費",
    "消費税及び地方消費税",
]


def yoko_specs():
    rates = TableSpec(
        key="rates", doc=YOKO_PDF, title="経費区分別の補助率と限度額",
        header=[["経費区分", "補助率（％）", "", "限度額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "新規出店", "継続出店"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[54 * mm, 26 * mm, 27 * mm, 26 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=YOKO_PDF, title="補助の実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）", "成約件数（件）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in INDUSTRY_GRANTS]
    totals = [sum(r[j] for r in INDUSTRY_GRANTS) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in totals] + [fw(sum(totals))])
    industries = TableSpec(
        key="industries", doc=YOKO_PDF, title="業種別・販売先地域別の交付件数",
        header=[["業種"] + [f"{r}（件）" for r in REGIONS] + ["計（件）"]],
        rows=rows, col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm], table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    return rates, record, industries


def yoko_story(specs):
    rates, record, industries = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[3] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{YOKO}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月１日施行", DATE_RIGHT), P(YOKO_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += art(1, "趣旨", "この要綱は、県内の中小企業者が海外ＢtoＢマーケットプレイスを活用して海外の企業との取引を開拓する"
              f"取組を支援するため、予算の範囲内で交付する{YOKO}（以下「補助金」という。）について、必要な事項を定める。")
    st += art(2, "定義", "この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。")
    st += numbered([
        "(1) 「海外ＢtoＢマーケットプレイス」とは、海外の企業バイヤーと売り手の企業との取引を仲介するインターネット上の"
        "取引市場で、外国の事業者が運営するもの（以下「海外ＭＰ」という。）をいう。",
        "(2) 「小規模企業者」とは、常時使用する従業員の数が20人（卸売業、小売業及びサービス業は５人）以下の中小企業者をいう。",
        "(3) 「新規出店」とは、補助事業の開始の日前２年間に、いずれの海外ＭＰにも出店していなかった者が出店することをいい、"
        "それ以外の出店を「継続出店」という。",
    ], 1)
    st += art(3, "補助対象者", "補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）とする。",
              ["前項の規定にかかわらず、この補助金の交付を既に２回受けた者は、対象としない。"])
    st += art(4, "補助対象経費、補助率及び限度額", "補助の対象となる経費、補助率及び限度額は、別表のとおりとする。",
              [f"補助金の額は、１事業者当たり、新規出店は{FIRM_CAP['新規出店']}万円、継続出店は{FIRM_CAP['継続出店']}万円を"
               "限度とし、千円未満の端数は切り捨てる。"])
    st += [caption(f"別表　{rates.title}", "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用する。",
        "※２ 限度額は経費区分ごとの額で、補助率にかかわらず、新規出店か継続出店かによって定める。",
    ])
    st += art(5, "補助の対象としない経費", "次に掲げる経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 1)
    st += art(6, "交付の申請から支払まで", "補助金の交付の申請から支払までの手続は、次のとおりとする。")
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{DESK}へ）",
        "② 交付申請書の提出（事業計画書、出店先の海外ＭＰの規約の写し及び見積書を添える。）",
        "③ 審査（書類審査と面談）",
        "④ 交付決定の通知（申請の受付から約１か月後）",
        "⑤ 補助事業の実施（交付決定の日から令和８年２月27日まで）",
        "⑥ 実績報告書の提出（補助事業の完了の日から30日以内）",
        "⑦ 補助金の額の確定と支払",
    ], 1)
    st += art(7, "成約状況の報告", "補助金の交付を受けた者は、補助事業を完了した日の属する年度の翌年度から３年間、"
              "毎年度、海外ＭＰを通じた成約の状況を知事に報告しなければならない。")
    st += art(8, "その他", "この要綱に定めるもののほか、補助金の交付に関し必要な事項は、別に定める。")
    st += [P("附　則", ART_HEAD), P(INDENT + "この要綱は、令和７年４月１日から施行する。", indented(1))]
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月30日まで"),
        ("予算額", "1,600万円"),
        ("交付予定件数", "30件程度"),
        ("申請先", f"{YOKO_DEPT}（郵送又は電子申請）"),
    ], 0)
    st += [P("（参考２）これまでの実績", H1)]
    st += paras(f"""
制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付した。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した。販売先地域別ではアジア向けが、業種別では食品・飲料が最も多い。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※３ 成約件数は、交付を受けた事業者が、その年度に海外ＭＰを通じて契約した件数である。"])
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes(["※４ 販売先地域は、交付申請の際に事業者が主な販売先として定めた地域である。"])
    st += [P("（参考３）活用事例（令和６年度）", H1)]
    for i, (head, where, amount, deals) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("出店先", where), ("補助金の額", amount), ("出店後１年間の成約", deals)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YOKO_DEPT} 販路開拓班　電話：099-641-3510　ファクス：099-641-3519",
        f"{DESK}（事前相談）　電話：099-643-7700",
        "電子メール：kozo-b2b@example.jp",
    ]))
    return st


# ================================================================ document 2: global-niche-top certification, results report
GNT = f"{PREF}グローバルニッチトップ企業認定事業"
GNT_DEPT = f"{PREF} 商工労働部 ものづくり産業課"
KIKO = f"公益財団法人{PREF}産業支援機構"
D = Decimal
INDICATORS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度
    ("認定企業数（年度末）", "社", 31, 38, 45),
    ("認定企業の海外売上高", "億円", D("386.4"), D("441.0"), D("518.7")),
    ("認定企業の海外売上高比率", "％", D("27.8"), D("29.1"), D("31.4")),
    ("海外展示会への出展", "件", 24, 31, 37),
    ("海外での商談件数", "件", 310, 356, 428),
]
IND_YEARS = (2022, 2023, 2024)
APPLIED, NEW_GNT, NEW_NEXT, EXPIRED = 27, 3, 6, 2  # 令和６年度: applicants, new certifications, expired ones
FIELDS = [  # 分野, ＧＮＴ企業（社）, 次世代ＧＮＴ企業（社）, 海外売上高（億円） (令和７年３月末)
    ("産業機械", 4, 3, D("96.2")), ("工作機械・工具", 3, 2, D("71.5")), ("電子部品・デバイス", 3, 3, D("88.9")),
    ("精密加工", 2, 5, D("54.3")), ("化学・素材", 3, 2, D("79.6")), ("医療・福祉機器", 1, 3, D("31.8")),
    ("食品・包装機械", 2, 2, D("42.7")), ("環境・エネルギー", 1, 2, D("18.4")), ("その他", 1, 3, D("35.3")),
]
SUPPORT = [  # (group subtotal label, [(支援, ＧＮＴ企業, 次世代ＧＮＴ企業)]) (件, 令和６年度)
    ("小計（販路開拓）", [("海外展示会への出展支援", 14, 23), ("海外バイヤーの紹介", 9, 17), ("補助率の上乗せ", 6, 12)]),
    ("小計（技術・人材）", [("海外特許・商標の相談", 8, 6), ("海外規格・認証の相談", 5, 9), ("外国人材の採用支援", 3, 7)]),
]
FIRMS = [  # 見出し, 認定の区分, 主な製品, 主な輸出先 (same labels in every sibling section)
    ("精密加工業Ｄ社（楮市）", "ＧＮＴ企業（世界市場シェア約18％）", "医療用カテーテルの金属部品", "米国、ドイツ"),
    ("化学・素材Ｅ社（汐見原市）", "次世代ＧＮＴ企業", "半導体製造装置向けの高純度洗浄剤", "台湾、韓国"),
    ("食品・包装機械Ｆ社（川奈瀬町）", "次世代ＧＮＴ企業", "和菓子の自動包あん機", "米国、タイ"),
]
SURVEY_N, SURVEY_ANS, SURVEY_YES = 45, 41, 32  # 認定企業アンケート: 対象, 回答, 「取引に役立った」
BEFORE_BREAK_ROWS = ("産業機械", "工作機械・工具")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("医療・福祉機器", "環境・エネルギー", "その他", "合計")  # and after it


def gnt_specs():
    indicators = TableSpec(
        key="indicators", doc=GNT_PDF, title="主な指標の推移",
        header=[["指標", "単位"] + [f"令和{fw(y - 2018)}年度" for y in IND_YEARS]],
        rows=[[n, u] + [cell(x) for x in xs] for n, u, *xs in INDICATORS],
        col_widths=[58 * mm, 16 * mm, 28 * mm, 28 * mm, 28 * mm], value_cols=[2, 3, 4],
        align_left_cols=(), bold_rows=(),
    )
    indicators.unit = lambda row, c: nfkc(row[1])
    rows = [[n, fw(a), fw(b), cell(x)] for n, a, b, x in FIELDS]
    rows.append(["合計", fw(sum(r[1] for r in FIELDS)), fw(sum(r[2] for r in FIELDS)), cell(sum(r[3] for r in FIELDS))])
    fields = TableSpec(
        key="fields", doc=GNT_PDF, title="分野別の認定企業",
        header=[["分野", "ＧＮＴ企業（社）", "次世代ＧＮＴ企業（社）", "海外売上高（億円）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 42 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    srows = []
    for sub, items in SUPPORT:
        srows += [[n, fw(a), fw(b)] for n, a, b in items]
        srows.append([sub, fw(sum(x[1] for x in items)), fw(sum(x[2] for x in items))])
    srows.append(["合計", fw(sum(x[1] for _s, it in SUPPORT for x in it)), fw(sum(x[2] for _s, it in SUPPORT for x in it))])
    support = TableSpec(
        key="support", doc=GNT_PDF, title="認定企業への支援の実施状況",
        header=[["支援の内容", "ＧＮＴ企業（件）", "次世代ＧＮＴ企業（件）"]],
        rows=srows, col_widths=[60 * mm, 40 * mm, 46 * mm], table_fy=2024,
        bold_rows=("合計",) + tuple(s for s, _i in SUPPORT),
    )
    support.unit = lambda row, c, s=support: bracket_unit(s.column_label(c))
    return indicators, fields, support


def gnt_story(specs):
    indicators, fields, support = specs
    n_gnt, n_next = sum(r[1] for r in FIELDS), sum(r[2] for r in FIELDS)
    prev, now = INDICATORS[0][3], INDICATORS[0][4]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{GNT} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(GNT_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", GNT),
        ("実施主体", PREF),
        ("支援の運営", f"{KIKO}（県からの委託）"),
        ("認定の有効期間", "認定の日から５年間"),
        ("事業費", "1,860万円"),
    ], 0)
    st += paras("""
この報告書において「ＧＮＴ企業」とは、特定の分野で独自の技術による製品を持ち、その製品の世界市場シェアが10％以上である県内の中小企業として、知事が認定したものをいう。「次世代ＧＮＴ企業」とは、海外売上高比率が20％以上で、５年以内に世界市場シェア10％以上を目指す県内の中小企業として、知事が認定したものをいう。また、「海外売上高比率」とは、直近の決算期の売上高に占める海外売上高（輸出及び海外の子会社への販売）の割合をいう。
""", 0)
    st += [P("２　主な指標", H1)]
    st += paras(f"""
認定企業数は年度末で{now}社となり、前年度末から{fw(now - prev)}社増えた。認定企業の海外売上高と海外売上高比率は、いずれも３年続けて伸びている。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes(["※１ 海外売上高と海外売上高比率は、各年度末の認定企業が申告した直近の決算期の値を合計し、又は平均したものである。"])
    st += [P("３　令和６年度の認定", H1)]
    st += paras(f"""
令和６年度は{APPLIED}社の応募があり、外部の有識者による審査を経て、ＧＮＴ企業{fw(NEW_GNT)}社、次世代ＧＮＴ企業{fw(NEW_NEXT)}社の計{fw(NEW_GNT + NEW_NEXT)}社を新たに認定した。有効期間の満了により{fw(EXPIRED)}社の認定が終了した。新たに認定した企業のうち３社は次のとおりである。
""", 0)
    st += paras("審査は、次の観点から行った。", 0)
    st += bullets([
        "世界市場シェア又は海外売上高比率（申請書と業界の統計資料で確認）",
        "製品の技術の独自性と、他社がまねしにくい理由",
        "今後５年間の海外展開の計画の具体性と実現の見込み",
    ], 0, mark="・")
    for i, (head, kind, product, dest) in enumerate(FIRMS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("認定の区分", kind), ("主な製品", product), ("主な輸出先", dest)], 1)
    st += [P("４　認定企業への支援", H1)]
    st += paras(f"""
認定企業には、{KIKO}が、販路開拓と技術・人材の両面から支援を行った。県の海外展開関係の補助金では、認定企業の補助率を10ポイント上乗せしている。支援を受けようとする認定企業は、機構に支援申込書を提出する。
""", 0)
    st += [caption(support.title, "（令和６年度）"), support.flowable(), Spacer(1, 2)]
    st += notes(["※３ 同じ企業が複数の支援を受けた場合は、それぞれ数えた。"])
    st += [P("５　分野別の認定企業", H1)]
    st += paras(f"""
令和７年３月末の認定企業は、ＧＮＴ企業{n_gnt}社、次世代ＧＮＴ企業{n_next}社である。分野別では、産業機械と精密加工が最も多く、海外売上高では産業機械が最も大きい。
""", 0)
    st += [caption(fields.title, "（令和７年３月末）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes(["※２ 海外売上高は、分野ごとの認定企業の直近の決算期の値の合計である。"])
    st += [P("６　認定企業アンケート", H1)]
    st += paras(f"""
認定企業{SURVEY_N}社にアンケートを行い、{SURVEY_ANS}社から回答を得た。認定が「海外の取引先との商談に役立った」と答えた企業は{SURVEY_YES}社（{pct1(SURVEY_YES, SURVEY_ANS)}％）で、特に「認定を示すことで、初めての取引先の信用を得やすくなった」との声が多かった。一方、「海外規格の情報がほしい」「海外の展示会の出展料の負担が大きい」との意見もあった。
""", 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、認定企業の製品を紹介する英語と中国語の冊子を作り、海外の展示会で配る。",
        "② 海外規格の最新の情報を、認定企業にメールで毎月届ける。",
        "③ 次世代ＧＮＴ企業がＧＮＴ企業へ進めるよう、専門家による個別の計画づくりを始める。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GNT_DEPT} 成長産業班　電話：099-644-2250　ファクス：099-644-2259",
        f"{KIKO}（支援メニューの利用）　電話：099-648-1300",
        "電子メール：kozo-gnt@example.jp",
    ]))
    return st


# ================================================================ document 3: export label checking service, usage rules
LABEL = f"{PREF}輸出商品ラベル表示確認サービス"
LABEL_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
KYOKAI = f"公益財団法人{PREF}貿易振興協会"
DESTS = ("米国・カナダ", "ＥＵ・英国", "中国・台湾・香港", "東南アジア")
FEES = [  # 商品の区分, 米国・カナダ, ＥＵ・英国, 中国・台湾・香港, 東南アジア (円, １品目当たり)
    ("食品", 11000, 13000, 12000, 9000), ("飲料・酒類", 12000, 14000, 13000, 10000),
    ("化粧品", 15000, 18000, 16000, 12000), ("日用品・雑貨", 7000, 8000, 7000, 6000),
]
RUSH_FACTOR = Decimal("1.5")  # お急ぎコース: 別表の額の５割増し
TRANSLATION_FEE = 8000  # 翻訳込みコース: 別表の額に１品目当たり加算
COURSES = [  # 見出し, 確認の内容, 結果の通知, 利用料 (same labels in every sibling section)
    ("標準コース", "翻訳したラベルについて、表示すべき事項の有無と翻訳の誤りを確認する", "受付の日から10営業日以内", "別表の額"),
    ("お急ぎコース", "標準コースと同じ", "受付の日から４営業日以内", "別表の額の５割増し"),
    ("翻訳込みコース", "日本語のラベル案を仕向地の言語に翻訳した上で、標準コースと同じ確認をする", "受付の日から15営業日以内",
     f"別表の額に１品目当たり{TRANSLATION_FEE:,}円を加算した額"),
]
CHECKS = [  # 仕向地, 確認件数, 指摘あり (件, 令和６年度)
    ("米国", 142, 61), ("ＥＵ・英国", 58, 31), ("中国", 47, 29), ("台湾", 66, 22), ("東南アジア", 93, 35), ("その他", 24, 9),
]
USERS = 118  # 令和６年度の利用者
FINDINGS = [  # 指摘の内容, 食品, 食品以外 (件, 令和６年度)
    ("表示すべき事項の記載漏れ", 48, 21), ("翻訳の誤り・不自然な訳", 37, 26), ("アレルゲン表示の不備", 41, 2),
    ("原産国表示の不備", 15, 12), ("原材料名・成分名の表記誤り", 29, 18), ("数値・単位の表記誤り", 22, 9),
]


def label_specs():
    fees = TableSpec(
        key="fees", doc=LABEL_PDF, title="商品の区分別・仕向地別の利用料",
        header=[["商品の区分"] + list(DESTS)],
        rows=[[n] + [fw(x) for x in xs] for n, *xs in FEES],
        col_widths=[36 * mm, 30 * mm, 30 * mm, 34 * mm, 30 * mm], unit="円", table_fy=2025,
    )
    total, flagged = sum(r[1] for r in CHECKS), sum(r[2] for r in CHECKS)
    rows = [[n, fw(a), cell(pct1(a, total)), fw(b), cell(pct1(b, a))] for n, a, b in CHECKS]
    rows.append(["合計", fw(total), cell(D("100.0")), fw(flagged), cell(pct1(flagged, total))])
    checks = TableSpec(
        key="checks", doc=LABEL_PDF, title="仕向地別の確認件数と指摘の状況",
        header=[["仕向地", "確認件数（件）", "構成比（％）", "指摘あり（件）", "指摘率（％）"]],
        rows=rows, col_widths=[34 * mm, 30 * mm, 28 * mm, 30 * mm, 28 * mm], table_fy=2024,
    )
    checks.unit = lambda row, c, s=checks: bracket_unit(s.column_label(c))
    findings = TableSpec(
        key="findings", doc=LABEL_PDF, title="指摘の内容別の件数",
        header=[["指摘の内容", "食品", "食品以外", "計"]],
        rows=[[n, fw(a), fw(b), fw(a + b)] for n, a, b in FINDINGS],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="件", table_fy=2024,
    )
    return fees, checks, findings


def label_story(specs):
    fees, checks, findings = specs
    total, flagged = sum(r[1] for r in CHECKS), sum(r[2] for r in CHECKS)
    st = [Spacer(1, 2 * mm), P(f"{LABEL}利用規程", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月28日制定", DATE_RIGHT), P(LABEL_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += art(1, "趣旨", f"この規程は、県内の事業者が輸出する商品のラベルが仕向地の表示の規則に適合するよう、県が{KYOKAI}"
              f"（以下「協会」という。）に委託して行う{LABEL}（以下「サービス」という。）の利用について、必要な事項を定める。")
    st += art(2, "定義", "この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。")
    st += numbered([
        "(1) 「ラベル表示確認」とは、輸出しようとする商品のラベル（外国語に翻訳したものを含む。）について、仕向地の表示に関する"
        "規則に照らして、表示すべき事項の有無と翻訳の誤りを確認し、その結果を文書で通知することをいう。",
        "(2) 「１品目」とは、同じ仕向地に向けた一つの商品をいい、内容量のみが異なるものは、まとめて１品目とする。",
        "(3) 「営業日」とは、土曜日、日曜日、国民の祝日に関する法律に規定する休日及び12月29日から翌年１月３日までの日を除いた日をいう。",
    ], 1)
    st += art(3, "利用できる者", "サービスを利用できる者は、県内に事業所を有する中小企業者、個人事業主及び農林漁業者の団体とする。",
              ["利用できる品目の数は、１利用者につき、各年度20品目までとする。"])
    st += art(4, "確認の範囲", "ラベル表示確認は、次の事項について行う。")
    st += bullets([
        "仕向地の規則で表示が義務付けられている事項が記載されているか",
        "翻訳に誤りや不自然な表現がないか",
        "アレルゲン、原産国、原材料名、内容量等の表記が仕向地の規則に合っているか",
    ], 1)
    st += [P(INDENT + "ただし、成分の分析、商品の登録や許認可の手続の代行、広告や商品ページの表示の確認は行わない。", indented(1))]
    st += art(5, "コース", "サービスのコースは、次の３種類とする。")
    for i, (head, what, when, fee) in enumerate(COURSES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("確認の内容", what), ("結果の通知", when), ("利用料", fee)], 1)
    st += art(6, "利用料", "利用者は、次の表の額を基準とし、前条に定めるコースに応じた利用料を、協会に前払で納めなければならない。",
              ["確認の結果を受けてラベルを修正した場合の再確認は、１品目につき１回に限り無料とし、２回目からは別表の額の半額とする。"])
    st += [caption(f"別表　{fees.title}", "（単位：円、１品目当たり、消費税込み）"), fees.flowable(), Spacer(1, 2)]
    st += notes(["※１ 栄養成分表示を含む食品のラベルは、上の額に3,000円を加算する。"])
    st += art(7, "申込みの手続", "サービスの申込みから結果の通知までの手続は、次のとおりとする。")
    st += numbered([
        "① 申込書の提出（協会の窓口又は電子メールで、ラベルの案と商品の仕様書を添えて提出）",
        "② 受付の通知と利用料の請求（申込みから２営業日以内）",
        "③ 利用料の納付",
        "④ 協会によるラベル表示確認（納付を確認した日を受付の日とする。）",
        "⑤ 結果の通知（確認結果報告書を電子メールで送付）",
        "⑥ 再確認の申込み（必要な場合に限る。）",
    ], 1)
    st += art(8, "責任の範囲", "県及び協会は、確認の結果に基づく表示によって、仕向地で商品の輸入又は販売が認められることを保証しない。")
    st += art(9, "秘密の保持", "協会は、サービスを通じて知り得た利用者の情報を、利用者の同意なく第三者に提供してはならない。")
    st += art(10, "その他", "この規程に定めるもののほか、サービスの利用に関し必要な事項は、協会の理事長が別に定める。")
    st += [P("附　則", ART_HEAD), P(INDENT + "この規程は、令和７年（2025年）４月１日から施行する。", indented(1))]
    st += [P("（参考）令和６年度の利用実績", H1)]
    st += paras(f"""
令和６年度は{USERS}の事業者が利用し、確認件数は{total}件であった。仕向地別では米国が最も多い。確認したラベルのうち{flagged}件（{pct1(flagged, total)}％）で何らかの指摘があり、指摘率は中国向けが最も高かった。
""", 0)
    st += [caption(checks.title, "（令和６年度）"), checks.flowable(), Spacer(1, 2)]
    st += notes(["※２ 構成比は四捨五入しているため、合計が100.0にならない場合がある。"])
    st += paras("指摘の内容別では、食品では表示すべき事項の記載漏れが、食品以外では翻訳の誤りが最も多かった。", 0)
    st += [caption(findings.title, "（令和６年度、単位：件）"), findings.flowable(), Spacer(1, 2)]
    st += notes(["※３ １品目に複数の指摘があった場合は、それぞれ数えた。"])
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{LABEL_DEPT} 輸出支援班　電話：099-641-3520　ファクス：099-641-3529",
        f"{KYOKAI} 表示確認窓口（申込み）　電話：099-646-2180",
        "電子メール：kozo-label@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return yoko_specs() + gnt_specs() + label_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, gspecs, lspecs = yoko_specs(), gnt_specs(), label_specs()
    ydoc = build_pdf(docs_dir / YOKO_PDF, yspecs, yoko_story(yspecs),
                     f"{YOKO}交付要綱", "令和７年４月１日施行", YOKO_DEPT)
    gdoc = build_pdf(docs_dir / GNT_PDF, gspecs, gnt_story(gspecs),
                     f"令和６年度 {GNT} 実績報告書", "令和７年６月", GNT_DEPT)
    ldoc = build_pdf(docs_dir / LABEL_PDF, lspecs, label_story(lspecs),
                     f"{LABEL}利用規程", "令和７年３月28日制定", LABEL_DEPT)
    gold = all_gold({YOKO_PDF: ydoc.row_pages, GNT_PDF: gdoc.row_pages, LABEL_PDF: ldoc.row_pages})
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
    # --- yoko: the B2B marketplace grant guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps
    dict(question="従業員がちょうど５人の小さな貿易商社（卸売業）から相談を受けています。海外のBtoBマーケットプレイスの年会費は、何％まで補助されますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["卸売業、小売業及びサービス業は５人）以下", "出店料・年会費 50 75 50 30"], answer=["75"],
         notes="two facts: a wholesaler with 5 employees is within 「５人）以下」 (第２条(2), asked at its boundary), so it "
               "is a 小規模企業者; (a) two-level header, leaf 補助率（％）／小規模企業者; 50 (中小企業者, and the 新規出店 cap) "
               "is the trap"),
    dict(question="３年前に海外のBtoBサイトから撤退した部品メーカーが、もう一度出店しようとしています。商品ページの作成や翻訳の費用は、いくらまで補助の対象になりますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["補助事業の開始の日前２年間", "商品ページの作成・翻訳費 50 75 30 20"], answer=["30"],
         notes="two facts: no listing in the two years before → 「新規出店」 (第２条(3)); (a) leaf 限度額（万円）／新規出店 "
               "(the groups have different leaves: firm size under 補助率, 新規／継続 under 限度額); 20 (継続出店) is the trap"),
    dict(question="2023年度には、この補助金は何件に交付されましたか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和５年度 33 22 1,094 37"], answer=["22"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 交付件数（件）; "
               "33 (申請件数) and 37 (成約件数) are the traps"),
    dict(question="令和６年度に交付した補助金は、１件当たり平均するといくらになりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和６年度 41 27 1,415 52"], answer=["52.4万円"], computed=True,
         notes="(b) average in a row: 1,415 / 27 = 52.4万円 (52 is the 成約件数 of the row, a near miss)"),
    dict(question="2024年度に交付を受けた食品・飲料の会社のうち、アジアを主な売り込み先にしていたのは何件ですか？",
         category="yoko", doc=YOKO_PDF, evidence=["食品・飲料 ３ ２ ５ 10"], answer=["５"],
         notes="(c) total column on the right, column アジア（件）; 10 (計) is the trap; 2024年度 = 令和６年度 (caption note)"),
    dict(question="令和６年度の交付のうち、北米を主な販売先とするものは全体の何％を占めていますか？",
         category="yoko", doc=YOKO_PDF, evidence=["合計 ９ ８ 10 27"], answer=["33.3%"], computed=True,
         notes="(c) share within the 合計 row: 北米 9 / 計 27 = 33.3 %"),
    dict(question="BtoBサイトで商談がまとまったときにサイトの運営者へ払う成約手数料も、補助してもらえますか？",
         category="yoko", doc=YOKO_PDF, evidence=["次に掲げる経費は、補助の対象としない", "運営者に支払う成約手数料"],
         answer=["補助の対象としない"],
         notes="第５条: the lead sentence and its first ○ item (the list is split by the page 1→2 break); the listing "
               "fee (出店料・年会費) is covered, a near miss"),
    dict(question="お菓子メーカーの活用事例では、補助金はいくら出ていますか？",
         category="yoko", doc=YOKO_PDF, evidence=["菓子製造業Ｂ社", "補助金の額：48万円"], answer=["48万円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 出店先, 補助金の額, 出店後１年間の成約; （２）"
               "菓子製造業Ｂ社 (お菓子 = 菓子); 74万円 and 36万円 are the siblings' values"),
    dict(question="交付決定を受けた後、出店などの補助事業はいつまでに終える必要がありますか？",
         category="yoko", doc=YOKO_PDF, evidence=["交付決定の日から令和８年２月27日まで"], answer=["令和８年２月27日"],
         notes="procedure step ⑤ of 第６条; the 30日以内 of step ⑥ (the report) is a near miss"),
    dict(question="補助金を受けた後も、海外のサイトでの成約の状況を県に報告しないといけませんか？報告は何年間続きますか？",
         category="yoko", doc=YOKO_PDF, evidence=["翌年度から３年間"], answer=["３年間"],
         notes="第７条 (成約状況の報告); the 前２年間 of 第２条(3) is a near miss"),
    # --- nintei: the GNT certification report, tables (d) (e) (f), definitions, sibling sections
    dict(question="2024年度のGNT企業認定事業には、全体でいくらの事業費がかかりましたか？",
         category="nintei", doc=GNT_PDF, evidence=["事業費：1,860万円"], answer=["1,860万円"],
         notes="「label：value」 line 事業費 (the report prints no Western year: 2024年度 = 令和６年度)"),
    dict(question="世界市場シェアがちょうど10％の製品を持つ県内の中小企業は、GNT企業の認定の条件を満たしますか？",
         category="nintei", doc=GNT_PDF, evidence=["世界市場シェアが10％以上である"], answer=["10％以上"],
         notes="definition 「ＧＮＴ企業」とは…世界市場シェアが10％以上である… (yes: asked at its boundary)"),
    dict(question="2023年度末の時点で、認定企業の海外売上高は合計でいくらでしたか？",
         category="nintei", doc=GNT_PDF, evidence=["認定企業の海外売上高 億円 386.4 441.0 518.7"], answer=["441.0"],
         notes="(d) years as columns with a 単位 column (億円 in the row's 単位 cell): 2023年度 = 令和５年度; 386.4 and "
               "518.7 (the other years) are the traps"),
    dict(question="海外での商談件数は、令和４年度から令和６年度までの間に何件増えましたか？",
         category="nintei", doc=GNT_PDF, evidence=["海外での商談件数 件 310 356 428"], answer=["118件"], computed=True,
         notes="(d) difference across the year columns: 428 − 310 = 118件"),
    dict(question="令和６年度末の認定企業は、１社当たり平均でどれくらいの海外売上高がある計算になりますか？",
         category="nintei", doc=GNT_PDF,
         evidence=["認定企業数（年度末） 社 31 38 45", "認定企業の海外売上高 億円 386.4 441.0 518.7"],
         answer=["11.5億円"], computed=True,
         notes="(d) ratio of two rows in the 令和６年度 column, each with its own unit: 518.7億円 / 45社 = 11.5億円"),
    dict(question="医療機器や福祉機器の分野で、次世代GNT企業に認定されている会社は何社ありますか？",
         category="nintei", doc=GNT_PDF, evidence=["医療・福祉機器 １ ３ 31.8"], answer=["３"],
         notes="(e) continuation page (no header there): row 医療・福祉機器, column 次世代ＧＮＴ企業（社）; １ (ＧＮＴ企業) "
               "is the trap"),
    dict(question="産業機械の分野の認定企業は、海外で合わせてどれだけ売り上げていますか？",
         category="nintei", doc=GNT_PDF, evidence=["産業機械 ４ ３ 96.2"], answer=["96.2"],
         notes="(e) first page, column 海外売上高（億円）"),
    dict(question="精密加工の分野の認定企業について、１社当たりの海外売上高を平均するといくらになりますか？",
         category="nintei", doc=GNT_PDF, evidence=["精密加工 ２ ５ 54.3"], answer=["7.8億円"], computed=True,
         notes="(e) first page, two steps in a row: the firms are ＧＮＴ ２ + 次世代 ５ = 7 (no total column), "
               "54.3 / 7 = 7.8億円; 27.2 (over the ＧＮＴ企業 only) is the trap"),
    dict(question="GNT企業と次世代GNT企業を合わせると、海外のバイヤーを紹介した件数は何件でしたか？",
         category="nintei", doc=GNT_PDF, evidence=["海外バイヤーの紹介 ９ 17"], answer=["26件"], computed=True,
         notes="(f) sum across the two columns of a row (the table has no total column): 9 + 17 = 26件"),
    dict(question="半導体の製造装置向けに洗浄剤を作っている会社は、主にどこへ輸出していますか？",
         category="nintei", doc=GNT_PDF, evidence=["化学・素材Ｅ社", "主な輸出先：台湾、韓国"], answer=["台湾、韓国"],
         notes="sibling sections （１）–（３） of ３ share the labels 認定の区分, 主な製品, 主な輸出先; （２）化学・素材Ｅ社 "
               "(its 主な製品 is the 洗浄剤); 米国、ドイツ and 米国、タイ are the siblings' values"),
    # --- hyoji: the label-check service rules, tables (g) (h) (i), a definition, sibling sections
    dict(question="化粧水をフランスに輸出したい会社から、標準コースでラベル１品目を確認してもらう料金を聞かれています。いくらですか？",
         category="hyoji", doc=LABEL_PDF, evidence=["化粧品 15,000 18,000 16,000 12,000"], answer=["18,000"],
         notes="(g) row 化粧品, column ＥＵ・英国 (France is in the EU; the 標準コース pays 別表の額); 15,000 (米国・カナダ) "
               "is the trap"),
    dict(question="台湾に輸出する日本酒のラベルを、お急ぎコースで確認してもらうといくらかかりますか？",
         category="hyoji", doc=LABEL_PDF,
         evidence=["飲料・酒類 12,000 14,000 13,000 10,000", "利用料：別表の額の５割増し"], answer=["19,500円"], computed=True,
         notes="two facts: (g) row 飲料・酒類, column 中国・台湾・香港 = 13,000; sibling sections of 第５条, （２）お急ぎコース "
               "利用料：別表の額の５割増し → 13,000 × 1.5 = 19,500円"),
    dict(question="同じ醤油を500mlと１Lの２種類の容量でアメリカ向けに確認してもらう場合、何品目として数えられますか？",
         category="hyoji", doc=LABEL_PDF, evidence=["内容量のみが異なるものは、まとめて１品目とする"], answer=["１品目"],
         notes="definition 「１品目」 (第２条(2)): only the contents differ → one item"),
    dict(question="2024年度に米国向けの確認で、何らかの指摘があったのは何件ですか？",
         category="hyoji", doc=LABEL_PDF, evidence=["米国 142 33.0 61 43.0"], answer=["61"],
         notes="(h) counts and per cents in paired columns, column 指摘あり（件）; 142 (確認件数) and 43.0 (指摘率) are the "
               "traps; 2024年度 = 令和６年度 (caption note)"),
    dict(question="台湾向けのラベルでは、確認したもののうちどのくらいの割合で指摘が出ていますか？",
         category="hyoji", doc=LABEL_PDF, evidence=["台湾 66 15.3 22 33.3"], answer=["33.3"],
         notes="(h) column 指摘率（％）; 15.3 (構成比, the other per-cent column) is the trap"),
    dict(question="東南アジア向けの確認で、指摘が一つもなかったのは何件ですか？",
         category="hyoji", doc=LABEL_PDF, evidence=["東南アジア 93 21.6 35 37.6"], answer=["58件"], computed=True,
         notes="(h) difference in a row: 93 − 35 = 58件"),
    dict(question="食品以外の商品のラベルで、翻訳ミスを指摘された件数は何件ですか？",
         category="hyoji", doc=LABEL_PDF, evidence=["翻訳の誤り・不自然な訳 37 26 63"], answer=["26"],
         notes="(i) unruled table, column 食品以外; 37 (食品) and 63 (計) are the traps"),
    dict(question="原産国の表示について指摘を受けたもののうち、食品は何％を占めますか？",
         category="hyoji", doc=LABEL_PDF, evidence=["原産国表示の不備 15 12 27"], answer=["55.6%"], computed=True,
         notes="(i) share within a row: 15 / 27 = 55.6 %"),
    dict(question="翻訳もまとめて頼めるコースだと、結果が届くまでにどれくらいかかりますか？",
         category="hyoji", doc=LABEL_PDF, evidence=["（３）翻訳込みコース", "受付の日から15営業日以内"], answer=["15営業日以内"],
         notes="sibling sections （１）–（３） of 第５条 share the labels 確認の内容, 結果の通知, 利用料; （３）翻訳込みコース; "
               "10営業日 and ４営業日 are the siblings' values"),
    # --- followups
    dict(question="では、その経費について、継続出店の場合の限度額はいくらですか？",
         category="followup", doc=YOKO_PDF, evidence=["サイト内広告費 40 50 40 30"], answer=["30"],
         history=_turns("海外のBtoBサイトの中で広告を出す費用は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の場合、補助率は50％です[1]。"),
         notes="(a) the row from the history (サイト内広告費), leaf 限度額（万円）／継続出店; 40 (the 新規出店 cap, and the "
               "中小企業者 rate) is the trap"),
    dict(question="その年度は、申請のうち何％に交付されたことになりますか？",
         category="followup", doc=YOKO_PDF, evidence=["令和４年度 26 17 802 21"], answer=["65.4%"], computed=True,
         history=_turns("2022年度は何件の申請がありましたか？",
                        "2022年度（令和４年度）の申請は26件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), share within the row: 17 / 26 = 65.4 %"),
    dict(question="では、次世代GNT企業ではそれは何件でしたか？",
         category="followup", doc=GNT_PDF, evidence=["小計（技術・人材） 16 22"], answer=["22"],
         history=_turns("GNT企業に対する技術や人材の面の支援は、令和６年度に何件ありましたか？",
                        "ＧＮＴ企業への技術・人材の支援は16件でした[1]。"),
         notes="(f) a subtotal row inside the table (小計（技術・人材）), the row from the history, column "
               "次世代ＧＮＴ企業（件）; 52 (小計（販路開拓）) and 74 (合計) are the traps"),
    dict(question="そのうち指摘があったのは何件ですか？",
         category="followup", doc=LABEL_PDF, evidence=["ＥＵ・英国 58 13.5 31 53.4"], answer=["31"],
         history=_turns("EU向けのラベル確認は、令和６年度に何件ありましたか？",
                        "ＥＵ・英国向けの確認件数は58件でした[1]。"),
         notes="(h) the row from the history (ＥＵ・英国), column 指摘あり（件）; 53.4 (指摘率) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=LABEL_PDF, evidence=["電話：099-646-2180"], answer=["099-646-2180"],
         history=_turns("ラベル確認を申し込みたい会社がいるのですが、どこに連絡すればよいですか？",
                        "公益財団法人楮県貿易振興協会の表示確認窓口が申込みを受け付けています[1]。"),
         notes="contact box of the label rules: the 協会's phone (second line); the 班's phone 099-641-3520 and fax "
               "099-641-3529 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="海外のBtoBサイトでまとまった取引は、１件当たり平均でいくらくらいの金額になっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the number of deals (成約件数, and counts in the cases), never their value",
         absent=["成約金額", "成約額", "取引額"]),
    dict(question="補助金を使った会社が出店したサイトを名前別に見ると、いちばん多いのはどのサイトですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and by industry and sales region only; the cases describe the sites without names",
         absent=["サイト別", "サイト名"]),
    dict(question="GNT企業に認定された会社が海外に持っている拠点（現地法人や工場）は、全部でいくつありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives firms, overseas sales and support, not bases abroad (海外の子会社 appears only in the "
               "definition of 海外売上高比率)",
         absent=["海外拠点", "現地法人", "海外工場"]),
    dict(question="認定企業の海外売上高を輸出先の国別に分けると、どの国がいちばん大きいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="overseas sales are given by year and by field only; the three firms' 主な輸出先 are a near miss",
         absent=["国別", "国・地域別"]),
    dict(question="ラベル確認を受けた商品のうち、輸出先の税関で止められてしまったものは何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the rules give checks and findings; 第８条 says clearance is not guaranteed, but no count of stopped goods",
         absent=["差止", "差し止め", "通関"]),
    dict(question="ラベル確認サービスを利用した事業者の満足度は、どのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the 利用実績 gives users, checks and findings, no satisfaction survey (the GNT report's survey is of "
               "certified firms, another document)",
         absent=["満足"]),
]
CATEGORY_COUNTS = {"yoko": 10, "nintei": 10, "hyoji": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 4  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h60q", "h60t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D_, E, F, G, H, I = (
    "経費区分別の補助率と限度額", "補助の実績", "業種別・販売先地域別の交付件数",
    "主な指標の推移", "分野別の認定企業", "認定企業への支援の実施状況",
    "商品の区分別・仕向地別の利用料", "仕向地別の確認件数と指摘の状況", "指摘の内容別の件数")
LETTERS = dict(zip((A, B, C, D_, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(str(x)) / Decimal(str(y)), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h60q04": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h60q06": lambda g: _pct(g(C, "合計", "北米（件）", 2024), g(C, "合計", "計（件）", 2024)),
    "h60q14": lambda g: f"{g(D_, '海外での商談件数', '令和６年度', 2024) - g(D_, '海外での商談件数', '令和４年度', 2022)}件",
    "h60q15": lambda g: _avg(g(D_, "認定企業の海外売上高", "令和６年度", 2024), g(D_, "認定企業数（年度末）", "令和６年度", 2024), "億円"),
    "h60q18": lambda g: _avg(g(E, "精密加工", "海外売上高（億円）", 2024),
                             g(E, "精密加工", "ＧＮＴ企業（社）", 2024) + g(E, "精密加工", "次世代ＧＮＴ企業（社）", 2024), "億円"),
    "h60q19": lambda g: f"{g(F, '海外バイヤーの紹介', 'ＧＮＴ企業（件）', 2024) + g(F, '海外バイヤーの紹介', '次世代ＧＮＴ企業（件）', 2024)}件",
    "h60q22": lambda g: f"{int(Decimal(g(G, '飲料・酒類', '中国・台湾・香港', 2025)) * RUSH_FACTOR):,}円",
    "h60q26": lambda g: f"{g(H, '東南アジア', '確認件数（件）', 2024) - g(H, '東南アジア', '指摘あり（件）', 2024)}件",
    "h60q28": lambda g: _pct(g(I, "原産国表示の不備", "食品", 2024), g(I, "原産国表示の不備", "計", 2024)),
    "h60q31": lambda g: _pct(g(B, "令和４年度", "交付件数（件）", 2022), g(B, "令和４年度", "申請件数（件）", 2022)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {YOKO_PDF: (3, 3), GNT_PDF: (3, 3), LABEL_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 220)
TABLE_QUESTIONS = 20  # at least, outside the followups
COMPUTED_QUESTIONS = (9, 11)


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout60.py")
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
        if q["notes"].startswith("list") != (len(q["answer"]) > 1):
            errors.append(f"{qid}: only list questions have several answer items")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
        if q.get("computed") and not any(w in q["notes"] for w in ("万円", "億円", "件", "%", "円")):
            errors.append(f"{qid}: a computed answer's notes should give the unit word")
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
    n = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_QUESTIONS[0] <= n <= COMPUTED_QUESTIONS[1]:
        errors.append(f"{n} computed questions, expected {COMPUTED_QUESTIONS}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout60.py")
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
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def dec(x):
        return Decimal(str(x))

    def adds_up(table, cols, total="合計", skip=()):
        tab = t[table]
        for col in cols:
            if dec(tab[total][col]) != sum(dec(r[col]) for row, r in tab.items() if row != total and row not in skip):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms get at least the general rate; a first listing at least the continued cap; caps within the firm caps
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["限度額（万円）／新規出店"] < r["限度額（万円）／継続出店"]:
            errors.append(f"{A} / {row}: 新規出店 cap below the 継続出店 cap")
        if r["限度額（万円）／新規出店"] > FIRM_CAP["新規出店"] or r["限度額（万円）／継続出店"] > FIRM_CAP["継続出店"]:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第４条第２項")
    # (b): growing applications; grants within applications and within grants × firm cap; prose totals
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * FIRM_CAP["新規出店"]:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): the 計 column is each row's sum, the 合計 row adds up and equals (b)'s 令和６年度
    c = t[C]
    for row, r in c.items():
        if r["計（件）"] != sum(r[f"{x}（件）"] for x in REGIONS):
            errors.append(f"{C} / {row}: 計 is not the sum of the regions")
    adds_up(C, [f"{x}（件）" for x in REGIONS] + ["計（件）"])
    if c["合計"]["計（件）"] != b["令和６年度"]["交付件数（件）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): the 令和６年度 column agrees with (e) and (f); the indicators grow every year
    d = t[D_]
    e = t[E]
    f = t[F]
    if d["認定企業数（年度末）"]["令和６年度"] != e["合計"]["ＧＮＴ企業（社）"] + e["合計"]["次世代ＧＮＴ企業（社）"] \
            or dec(d["認定企業の海外売上高"]["令和６年度"]) != dec(e["合計"]["海外売上高（億円）"]):
        errors.append(f"{D_}: 令和６年度 differs from the 合計 of {E}")
    if d["海外展示会への出展"]["令和６年度"] != sum(f["海外展示会への出展支援"].values()):
        errors.append(f"{D_}: 海外展示会への出展 differs from {F}")
    for row, r in d.items():
        ys = [r[f"令和{fw(y - 2018)}年度"] for y in IND_YEARS]
        if ys != sorted(set(ys)):
            errors.append(f"{D_} / {row}: should grow every year")
    if d["認定企業数（年度末）"]["令和６年度"] - d["認定企業数（年度末）"]["令和５年度"] != NEW_GNT + NEW_NEXT - EXPIRED:
        errors.append(f"{D_}: the change in 認定企業数 differs from the new and expired certifications")
    # (e): 合計 adds up
    adds_up(E, ("ＧＮＴ企業（社）", "次世代ＧＮＴ企業（社）", "海外売上高（億円）"))
    # (f): each subtotal adds up its group, 合計 adds up the subtotals
    for sub, items in SUPPORT:
        for col in ("ＧＮＴ企業（件）", "次世代ＧＮＴ企業（件）"):
            if f[sub][col] != sum(f[n][col] for n, *_x in items):
                errors.append(f"{F}: {sub} of {col} does not add up")
    for col in ("ＧＮＴ企業（件）", "次世代ＧＮＴ企業（件）"):
        if f["合計"][col] != sum(f[sub][col] for sub, _i in SUPPORT):
            errors.append(f"{F}: 合計 of {col} is not the sum of the subtotals")
    # (g): EU・英国 is the dearest destination and 化粧品 the dearest class
    for row, r in t[G].items():
        if max(r.values()) != r["ＥＵ・英国"]:
            errors.append(f"{G} / {row}: ＥＵ・英国 should be the dearest column")
    # (h): counts add up; the per cents come from the counts
    h = t[H]
    adds_up(H, ("確認件数（件）", "指摘あり（件）"))
    total = h["合計"]["確認件数（件）"]
    for row, r in h.items():
        want_share = Decimal("100.0") if row == "合計" else pct1(r["確認件数（件）"], total)
        if dec(r["構成比（％）"]) != want_share or dec(r["指摘率（％）"]) != pct1(r["指摘あり（件）"], r["確認件数（件）"]):
            errors.append(f"{H} / {row}: per cents differ from the counts")
        if r["指摘あり（件）"] > r["確認件数（件）"]:
            errors.append(f"{H} / {row}: 指摘あり above 確認件数")
    # (i): 計 is 食品 + 食品以外
    for row, r in t[I].items():
        if r["計"] != r["食品"] + r["食品以外"]:
            errors.append(f"{I} / {row}: 計 is not 食品 + 食品以外")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    fields = specs["fields"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(fields.header[0]))
        on = [i + 1 for i, p in enumerate(pages[GNT_PDF]) if header in norm(p)]
        if fields.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("分野ごとの認定企業の直近の決算期") not in norm(pages[GNT_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
        # the continuation page starts with the running header and footer, then directly a data row
        lines = [x.strip() for x in pages[GNT_PDF][bp[1] - 1].splitlines() if x.strip()]
        if lines[4:5] != [fields.row_label(len(first))]:
            errors.append(f"{E}: the continuation page should go on with row {fields.row_label(len(first))}, got {lines[4:5]}")
    for key in ("rates", "record", "industries", "indicators", "support", "fees", "checks", "findings"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["findings"].ruled or not all(s.ruled for k, s in specs.items() if k != "findings"):
        errors.append(f"only {I} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the two groups have different leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "限度額（万円）／新規出店", "限度額（万円）／継続出店"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): a total column on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))[-1] != "計（件）":
        errors.append(f"{C}: expected the total column 計（件） on the right")
    # (d): years as columns and a 単位 column giving each row's unit
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D_))
    if dcols != [f"令和{fw(y - 2018)}年度" for y in IND_YEARS] or specs["indicators"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == D_):
        errors.append(f"{D_}: expected the fiscal years as columns, got {dcols}")
    units = {g["row"]: g["unit"] for g in gold if g["table"] == D_}
    if units != {n: nfkc(u) for n, u, *_x in INDICATORS} or len(set(units.values())) < 4:
        errors.append(f"{D_}: units should come from the 単位 column, got {units}")
    # (f): the subtotal rows sit inside the table, after their groups
    frows = [g["row"] for g in gold if g["table"] == F][::2]
    want_rows = [n for sub, items in SUPPORT for n in [x[0] for x in items] + [sub]] + ["合計"]
    if frows != want_rows:
        errors.append(f"{F}: rows {frows}, expected {want_rows}")
    # (h): counts and per cents in paired columns
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if [u for u in dict.fromkeys((g["column"], g["unit"]) for g in gold if g["table"] == H)] != \
            list(zip(hcols, ["件", "%", "件", "%"])):
        errors.append(f"{H}: expected count and per-cent columns in pairs, got {hcols}")
    # (i): counts only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == I} != {"件"}:
        errors.append(f"{I}: expected counts only")
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
        # each section on one page: the page of heading i holds the i-th occurrence of every label
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

    def western(text, want, what):
        if re.findall(r"20\d\d年度?", text) != want:
            errors.append(f"{what}: Western years printed {re.findall(r'20[0-9][0-9]年度?', text)}, expected {want}")

    # ---- the grant guideline
    yk = norm("\n".join(pages[YOKO_PDF]))
    siblings(yk, YOKO_PDF, ("出店先：", "補助金の額：", "出店後１年間の成約："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[3] for r in RECORD):,}万円") not in yk:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付") not in yk:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    by_region = [sum(r[1 + k] for r in INDUSTRY_GRANTS) for k in range(3)]
    by_industry = sorted(INDUSTRY_GRANTS, key=lambda r: -sum(r[1:]))
    if max(by_region) != by_region[2] or by_region.count(max(by_region)) != 1 \
            or by_industry[0][0] != "食品・飲料" or sum(by_industry[0][1:]) == sum(by_industry[1][1:]):
        errors.append("guideline: 「アジア向けが、業種別では食品・飲料が最も多い」 does not hold")
    for head, where, amount, _d in CASES:
        kind = "継続出店" if "継続出店" in where else "新規出店"
        if int(amount.rstrip("万円")) > FIRM_CAP[kind]:
            errors.append(f"guideline: case {head} is above the firm cap for {kind}")
    western(yk, ["2021年度"], "guideline")
    defs(yk, ("海外ＢtoＢマーケットプレイス", "小規模企業者", "新規出店"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in yk:
            errors.append(f"guideline: the cost not covered {x} is missing")
    p1, p2 = norm(pages[YOKO_PDF][0]), norm(pages[YOKO_PDF][1])
    if norm(EXCLUDED[0]) not in p1 or norm(EXCLUDED[1]) not in p2:
        errors.append("guideline: the list of costs not covered should be split by the page 1→2 break (h60q07's notes)")
    if [int(n) for n in re.findall(r"第(\d+)条", yk)] != list(range(1, 9)) or norm("第９条") in yk or norm("附則") not in yk:
        errors.append("guideline: expected articles 第１条–第８条 and 附則")
    steps_of(YOKO_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(YOKO_PDF, ["099-641-3510", "099-641-3519", "099-643-7700"], ["kozo-b2b@example.jp"], "guideline")

    # ---- the GNT report
    gn = norm("\n".join(pages[GNT_PDF]))
    siblings(gn, GNT_PDF, ("認定の区分：", "主な製品：", "主な輸出先："), [x[0] for x in FIRMS])
    n_gnt, n_next = sum(r[1] for r in FIELDS), sum(r[2] for r in FIELDS)
    prev, now = INDICATORS[0][3], INDICATORS[0][4]
    if norm(f"認定企業数は年度末で{now}社となり、前年度末から{fw(now - prev)}社増えた") not in gn \
            or norm(f"ＧＮＴ企業{n_gnt}社、次世代ＧＮＴ企業{n_next}社") not in gn \
            or norm(f"{APPLIED}社の応募があり") not in gn \
            or norm(f"ＧＮＴ企業{fw(NEW_GNT)}社、次世代ＧＮＴ企業{fw(NEW_NEXT)}社の計{fw(NEW_GNT + NEW_NEXT)}社") not in gn:
        errors.append("GNT report: the figures in the prose differ from (d) and (e)")
    totals = {r[0]: r[1] + r[2] for r in FIELDS}
    top = max(totals.values())
    if sorted(k for k, v in totals.items() if v == top) != ["産業機械", "精密加工"] \
            or max(FIELDS, key=lambda r: r[3])[0] != "産業機械":
        errors.append("GNT report: 「産業機械と精密加工が最も多く、海外売上高では産業機械が最も大きい」 does not hold")
    if any(not (list(r[2:]) == sorted(r[2:])) for r in INDICATORS[1:3]):
        errors.append("GNT report: 「海外売上高と海外売上高比率は、いずれも３年続けて伸びている」 does not hold")
    if norm(f"{SURVEY_YES}社（{pct1(SURVEY_YES, SURVEY_ANS)}％）") not in gn or SURVEY_N != now:
        errors.append("GNT report: the survey figures in the prose do not hold")
    field_of = {x[0]: x[0].split("Ｄ社")[0].split("Ｅ社")[0].split("Ｆ社")[0].removesuffix("業") for x in FIRMS}
    if any(not any(f[0].startswith(v) for f in FIELDS) for v in field_of.values()):
        errors.append(f"GNT report: a firm's field is not a row of (e): {field_of}")
    western(gn, [], "GNT report")
    defs(gn, ("ＧＮＴ企業", "次世代ＧＮＴ企業", "海外売上高比率"), "GNT report")
    steps_of(GNT_PDF, "①②③", "GNT report")
    contacts(GNT_PDF, ["099-644-2250", "099-644-2259", "099-648-1300"], ["kozo-gnt@example.jp"], "GNT report")

    # ---- the label rules
    lb = norm("\n".join(pages[LABEL_PDF]))
    siblings(lb, LABEL_PDF, ("確認の内容：", "結果の通知：", "利用料："), [x[0] for x in COURSES])
    total, flagged = sum(r[1] for r in CHECKS), sum(r[2] for r in CHECKS)
    if norm(f"{USERS}の事業者が利用し、確認件数は{total}件") not in lb \
            or norm(f"{flagged}件（{pct1(flagged, total)}％）") not in lb:
        errors.append("label rules: the figures in the prose differ from (h)")
    if max(CHECKS, key=lambda r: r[1])[0] != "米国" or max(CHECKS, key=lambda r: r[2] / r[1])[0] != "中国":
        errors.append("label rules: 「米国が最も多い」 or 「指摘率は中国向けが最も高かった」 does not hold")
    if max(FINDINGS, key=lambda r: r[1])[0] != "表示すべき事項の記載漏れ" \
            or max(FINDINGS, key=lambda r: r[2])[0] != "翻訳の誤り・不自然な訳":
        errors.append("label rules: the tops of (i) in the prose do not hold")
    if sum(pct1(r[1], total) for r in CHECKS) == 100:
        errors.append("label rules: note ※２ (the shares do not add up to 100.0) is not needed")
    if norm(f"５割増し") not in lb or RUSH_FACTOR != Decimal("1.5"):
        errors.append("label rules: the お急ぎコース surcharge differs from RUSH_FACTOR")
    western(lb, ["2025年"], "label rules")
    defs(lb, ("ラベル表示確認", "１品目", "営業日"), "label rules")
    if [int(n) for n in re.findall(r"第(\d+)条", lb)] != list(range(1, 11)) or norm("附則") not in lb:
        errors.append("label rules: expected articles 第１条–第10条 and 附則")
    steps_of(LABEL_PDF, "①②③④⑤⑥", "label rules")
    contacts(LABEL_PDF, ["099-641-3520", "099-641-3529", "099-646-2180"], ["kozo-label@example.jp"], "label rules")
    # every phone and fax number of the set is fictional (099-64x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in "".join(p) or any(x in "".join(p) for x in ("槐県", "桐県")):
            errors.append(f"{n}: the prefecture should be {PREF} only")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
