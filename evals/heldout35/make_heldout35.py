"""Build the 桐県 held-out set 35: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (桐県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要領) for a subsidy towards small firms' projects on overseas crowdfunding sites
(海外クラウドファンディング活用支援補助金: listing fees, videos, translation, shipping of the rewards,
experts) with a two-level header of rates and caps whose two groups share the same leaf labels, a
yearly record (years as rows) and the results by product field; the annual report (事業報告書)
of a programme training and placing regional interpreter-guides (地域通訳案内士育成・活用事業)
with the trainees by language (a table continued over a page break without its header), the
tours by season and the travellers by country grouped by region (a stub header naming the row
axis and a left cell spanning the rows of each region); and the report of a survey of the
prefecture's firms on their use of economic partnership agreements (ＥＰＡ活用動向調査) with the
firms by industry, the certificates of origin by agreement with the fiscal years as columns and
an unruled table of the reasons for not using them; see README.md beside this file.

    python make_heldout35.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout24/make_heldout24.py; the shared helpers are in ../docgen.py (unchanged). The gold
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

HOJO_PDF = "kiri_kaigai_cf_hojokin_boshu_yoryo_r7.pdf"
ANNAI_PDF = "kiri_tsuyaku_annaishi_jigyo_hokoku_r6.pdf"
CHOSA_PDF = "kiri_epa_katsuyo_doko_chosa_r6.pdf"
ALL_PDFS = (HOJO_PDF, ANNAI_PDF, CHOSA_PDF)

UNITS = ("万円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-37"  # every phone number of the set: 099-37x-xxxx
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
    """docgen's table spec, with a two-level header read as group／leaf and an optional group
    column left of the label column (a cell spanning the rows of each group)."""

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

    def row_cells(self, i: int) -> list[str]:
        """The cells of data row i from the label column on (a group cell, drawn in the middle
        of its span, is left out)."""
        return [t for t in self.rows[i][self.label_col:] if t]

    def groups(self) -> list[tuple[str, list[str]]]:
        """(group label, row labels) of a table with a group column, in order."""
        out = []
        for i, r in enumerate(self.rows):
            if r[self.group_col]:
                out.append((r[self.group_col], []))
            out[-1][1].append(self.row_label(i))
        return out


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


def bullets(items, level: int):
    return [P(f"○ {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "桐県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: crowdfunding subsidy, call for applications
HOJO = f"{PREF}海外クラウドファンディング活用支援補助金"
HOJO_DEPT = f"{PREF} 商工労働部 海外ビジネス課"
DESK = f"{PREF}海外展開サポートデスク"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 中小企業者, 小規模企業者 (令和７年度)
    ("海外ＣＦサイトの掲載手数料", 50, 60, 30, 40), ("紹介動画・画像の制作費", 50, 75, 60, 80),
    ("掲載ページの翻訳費", 50, 75, 20, 25), ("リターン品の海外発送費", 40, 50, 30, 40),
    ("専門家の指導料", 60, 75, 15, 20),
]
COMPANY_CAP = 150  # note ※２: 万円 per firm
RECORD = [  # 年度, 申請件数, 採択件数, 交付額（万円）, 支援総額（万円）
    (2021, 14, 9, 612, 1840), (2022, 22, 13, 905, 3125), (2023, 31, 17, 1236, 4470), (2024, 38, 21, 1512, 6035),
]
FIELDS = [  # 分野, 実施件数, うち目標達成, 支援総額（万円） (令和６年度)
    ("食品・飲料", 6, 4, 1215), ("工芸品・伝統工芸", 5, 4, 1890), ("生活雑貨", 4, 2, 760),
    ("アパレル・服飾", 3, 2, 1030), ("機械・電子機器", 3, 1, 1140),
]
CASES = [  # 見出し, 主な支援者の国・地域, 集まった支援額, 補助金の額 (same labels in every sibling section); field
    ("酒造業Ａ社（桐市）", "米国、カナダ", "412万円", "68万円", "食品・飲料"),
    ("木工家具製造業Ｂ社（浦辺市）", "台湾、香港", "286万円", "45万円", "生活雑貨"),
    ("刃物製造業Ｃ社（岳里町）", "ドイツ、フランス", "530万円", "92万円", "工芸品・伝統工芸"),
]
EXCLUDED = [  # 補助の対象にならない経費
    "リターン品の製造原価及び仕入れに要する経費",
    "海外ＣＦサイトが支援額から差し引く決済手数料",
    "国内向けのクラウドファンディングに要する経費",
    "交付決定の日より前に契約し、又は支払った経費",
]


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "中小企業者", "小規模企業者"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[54 * mm, 26 * mm, 27 * mm, 26 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=HOJO_PDF, title="募集と交付の実績",
        header=[["年度", "申請件数（件）", "採択件数（件）", "交付額（万円）", "支援総額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 34 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(k), fw(g), fw(a)] for n, k, g, a in FIELDS]
    rows.append(["合計"] + [fw(sum(r[j] for r in FIELDS)) for j in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=HOJO_PDF, title="分野別のプロジェクトの結果",
        header=[["分野", "実施件数（件）", "うち目標達成（件）", "支援総額（万円）"]],
        rows=rows, col_widths=[46 * mm, 34 * mm, 40 * mm, 36 * mm], table_fy=2024,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    return rates, record, fields


def hojo_story(specs):
    rates, record, fields = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[3] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO} 募集要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が、海外のクラウドファンディングを活用して自社の商品に対する海外での需要を確かめ、新たな販路を開くことができるよう、その経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、自社の商品を海外クラウドファンディングで販売しようとするもの"),
        ("募集期間", "令和７年６月２日から７月31日まで（必着）"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "20件程度"),
    ], 0)
    st += paras("""
この要領において「海外クラウドファンディング」とは、海外の事業者が運営する購入型クラウドファンディングのサイト（以下「海外ＣＦサイト」という。）に商品を掲載して海外の支援者から資金を募り、その返礼として商品（以下「リターン品」という。）を届けることをいいます。「小規模企業者」とは、常時使用する従業員の数が20人（卸売業、小売業及びサービス業は５人）以下の中小企業者をいいます。また、「目標達成」とは、掲載期間内に集まった支援額が、掲載の際に定めた目標額以上となったことをいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額（経費区分ごと）は、事業者の規模によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用します。",
        f"※２ 補助金の額は、１事業者当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てます。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（海外ビジネス課又は{DESK}へ）",
        "② 申請書の提出（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年８月）",
        "④ 採択と交付決定の通知（令和７年９月中旬）",
        "⑤ プロジェクトの実施（掲載は交付決定の日から令和８年１月31日までに終えること）",
        "⑥ 実績報告（掲載の終了から30日以内。遅くとも令和８年２月27日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました。このうち{sum(f[2] for f in FIELDS)}件が目標達成となりました。分野別では、食品・飲料が件数で、工芸品・伝統工芸が支援総額で最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(fields.title, "（令和６年度）"), fields.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 支援総額は、海外ＣＦサイトで集まった支援額の合計です（外貨は掲載を終えた日の為替相場で円に換算）。",
    ])
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, raised, amount, _f) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な支援者の国・地域", where), ("集まった支援額", raised), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("国内のクラウドファンディングのサイトに英語のページを作る場合も対象になりますか。",
         "対象になりません。海外の事業者が運営する海外ＣＦサイトへの掲載に限ります。"),
        ("目標額に届かなかった場合、補助金を返さなければなりませんか。",
         "返還の必要はありません。実績報告には、集まった支援額と支援者への対応を記載してください。"),
        ("過去に採択された事業者も申請できますか。",
         "申請できます。ただし、同じ商品による申請は１回に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 販路開拓班　電話：099-371-4620　ファクス：099-371-4629",
        f"{DESK}（事前相談）　電話：099-371-4700",
        "電子メール：kiri-kaigai-cf@example.jp",
    ]))
    return st


# ================================================================ document 2: interpreter-guides, annual report
ANNAI = f"{PREF}地域通訳案内士育成・活用事業"
ANNAI_DEPT = f"{PREF} 観光文化部 観光振興課"
KYOKAI = f"公益社団法人{PREF}観光協会"
LANGS = [  # 言語, 受講者数, 修了者数, 新規登録者数 (令和６年度)
    ("英語", 42, 36, 33), ("中国語", 25, 21, 19), ("韓国語", 14, 13, 12), ("タイ語", 9, 8, 7),
    ("ベトナム語", 7, 6, 6), ("フランス語", 8, 6, 5), ("スペイン語", 6, 5, 4), ("ドイツ語", 4, 4, 3),
    ("インドネシア語", 5, 3, 3),
]
REGISTERED_PREV, REMOVED = 327, 12  # registered at the end of 令和５年度; registrations cancelled in 令和６年度
VENUES = [  # 見出し, 研修期間, 受講者数, 主な実地研修先 (same labels in every sibling section)
    ("桐市会場", "令和６年６月から９月まで（全10回）", "64人", "桐城跡、桐市立歴史博物館"),
    ("浦辺市会場", "令和６年７月から10月まで（全10回）", "35人", "浦辺港の朝市、浦辺温泉街"),
    ("白砂町会場", "令和６年８月から11月まで（全８回）", "21人", "白砂海岸、奥峰町の酒蔵"),
]
SEASONS = [  # 季節, ツアー数（件）, 旅行者数（人）, 報酬総額（万円） (令和６年度)
    ("春", 96, 688, 238), ("夏", 74, 521, 181), ("秋", 142, 1105, 356), ("冬", 88, 757, 214),
]
ORIGINS = [  # 地域, [(国・地域, 旅行者数, うち個人旅行)] (令和６年度)
    ("アジア", [("台湾", 612, 248), ("香港", 402, 190), ("韓国", 355, 121), ("中国", 318, 64),
                ("タイ", 226, 97), ("シンガポール", 134, 71)]),
    ("欧米・豪州", [("米国", 298, 187), ("オーストラリア", 241, 158), ("フランス", 176, 121),
                   ("英国", 122, 83), ("ドイツ", 95, 66)]),
    ("その他", [("その他の国・地域", 92, 48)]),
]
ACTIVE_GUIDES = 132  # 稼働案内士
FEES = [("全日（８時間まで）", "25,000円"), ("半日（４時間まで）", "15,000円"), ("時間外（１時間当たり）", "3,000円")]


def annai_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in LANGS]
    rows.append(["合計"] + [fw(sum(r[j] for r in LANGS)) for j in (1, 2, 3)])
    langs = TableSpec(
        key="langs", doc=ANNAI_PDF, title="言語別の研修と登録",
        header=[["言語", "受講者数（人）", "修了者数（人）", "新規登録者数（人）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 34 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    langs.unit = lambda row, c, s=langs: bracket_unit(s.column_label(c))
    srows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in SEASONS]
    srows.append(["合計"] + [fw(sum(r[j] for r in SEASONS)) for j in (1, 2, 3)])
    seasons = TableSpec(
        key="seasons", doc=ANNAI_PDF, title="季節別のツアーの実施状況",
        header=[["季節", "ツアー数（件）", "旅行者数（人）", "報酬総額（万円）"]],
        rows=srows, col_widths=[30 * mm, 36 * mm, 36 * mm, 38 * mm], table_fy=2024,
    )
    seasons.unit = lambda row, c, s=seasons: bracket_unit(s.column_label(c))
    orows, spans = [], []
    for region, members in ORIGINS:
        first = len(orows)
        for j, (n, a, b) in enumerate(members):
            orows.append([region if j == 0 else "", n, fw(a), fw(b)])
        if len(members) > 1:
            spans.append(((0, 1 + first), (0, len(orows))))  # one header row above the data
    origins = TableSpec(
        key="origins", doc=ANNAI_PDF, title="国・地域別の旅行者数",
        header=[["地域", "国・地域", "旅行者数（人）", "うち個人旅行（人）"]],
        rows=orows, col_widths=[28 * mm, 40 * mm, 34 * mm, 40 * mm], label_col=1, spans=spans, table_fy=2024,
    )
    origins.group_col = 0
    origins.unit = lambda row, c, s=origins: bracket_unit(s.column_label(c))
    return langs, seasons, origins


def _origins_all():
    return [m for _r, ms in ORIGINS for m in ms]


def annai_story(specs):
    langs, seasons, origins = specs
    taken, done, new = (sum(r[j] for r in LANGS) for j in (1, 2, 3))
    registered = REGISTERED_PREV + new - REMOVED
    tours, travellers, fees = (sum(r[j] for r in SEASONS) for j in (1, 2, 3))
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{ANNAI} 事業報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(ANNAI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", ANNAI),
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("実施期間", "令和６年４月から令和７年３月まで"),
        ("研修の言語", "、".join(n for n, *_x in LANGS[:3]) + f"など{fw(len(LANGS))}言語"),
        ("事業費", "2,640万円"),
    ], 0)
    st += paras("""
この報告書において「案内士」とは、県の地域通訳案内士研修を修了し、県の登録簿に登録された者をいい、報酬を得て外国語で県内の旅行を案内できる。また、「稼働案内士」とは、年度内に１回以上ツアーを案内した案内士をいう。
""", 0)
    st += [P("２　研修と登録", H1)]
    st += paras(f"""
令和６年度は桐市、浦辺市、白砂町の３会場で研修を開き、延べ{taken}人が受講し、{done}人が修了した。修了者のうち{new}人を新たに登録し、登録の取消し（{REMOVED}人）を差し引いた令和７年３月末の登録者は{registered}人（前年度末から{registered - REGISTERED_PREV}人増）となった。会場別の状況は次のとおりである。
""", 0)
    for i, (head, when, n, where) in enumerate(VENUES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("研修期間", when), ("受講者数", n), ("主な実地研修先", where)], 1)
    st += [caption(langs.title, "（令和６年度）", keep=False), langs.flowable(), Spacer(1, 2)]
    st += notes([f"※１ 修了者のうち{done - new}人は、令和７年３月末現在、登録の手続中である。"])
    st += paras("言語別では、英語が受講者の３分の１余りを占めた。", 0)
    st += [P("３　ツアーの実施状況", H1)]
    st += paras(f"""
令和６年度に案内士が案内したツアーは{tours}件、旅行者は延べ{travellers:,}人であった。季節別では、紅葉の時期と重なる秋が件数、旅行者数ともに最も多かった。
""", 0)
    st += [caption(seasons.title, "（令和６年度）"), seasons.flowable(), Spacer(1, 2)]
    st += notes(["※２ 春は令和６年４月から６月、夏は７月から９月、秋は10月から12月、冬は令和７年１月から３月である。"])
    st += paras("""
旅行者の国・地域別では、アジアからの旅行者が全体の３分の２を占めた。個人旅行の割合は、欧米・豪州からの旅行者で高い。
""", 0)
    st += [caption(origins.title, "（令和６年度）"), origins.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「個人旅行」は、旅行会社の団体ツアーによらず、個人又は家族等で旅行する者をいう。",
        "※４ 「その他の国・地域」は、マレーシア、カナダ、イタリア等である。",
    ])
    st += [P("４　案内士の報酬", H1)]
    st += paras("ツアーの依頼者が案内士に支払う報酬の標準額は、次のとおりである（交通費等は実費）。", 0)
    st += lv_lines(FEES, 0)
    st += paras(f"""
令和６年度の稼働案内士は{ACTIVE_GUIDES}人で、報酬総額は{fees}万円、１人当たりの平均は{half_up(Decimal(fees) / ACTIVE_GUIDES, '0.1')}万円であった。
""", 0)
    st += [P("５　旅行者アンケート", H1)]
    st += paras("""
ツアーの参加者に多言語のアンケートを配り、1,284人から回答を得た。ツアーに「満足」又は「やや満足」と答えた人は94.2％で、特に「地域の歴史や文化の説明」の評価が高かった。一方、「食事の場所の案内」や「買物の際の通訳」を求める声が多かった。
""", 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、アラビア語の研修を新たに開く。",
        "② 案内士と旅行会社を結ぶマッチングサイトを開設する。",
        "③ 冬のツアーを増やすため、雪見と酒蔵を巡るモデルコースを作る。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ANNAI_DEPT} 受入環境班　電話：099-374-2310　ファクス：099-374-2319",
        f"{KYOKAI}（案内士の手配）　電話：099-374-2500",
        "電子メール：kiri-annaishi@example.jp",
    ]))
    return st


# ================================================================ document 3: EPA survey
CHOSA = f"{PREF}内企業の経済連携協定（ＥＰＡ）活用動向調査"
CHOSA_DEPT = f"{PREF} 商工労働部 国際経済課"
MADOGUCHI = f"{PREF}ＥＰＡ活用相談窓口"
TARGET = 860  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数, うち輸出あり, うちＥＰＡ利用 (社)
    ("食料品", 58, 31, 26), ("繊維・衣服", 34, 18, 9), ("化学", 29, 21, 14), ("金属製品", 46, 25, 11),
    ("機械", 71, 52, 33), ("卸売・小売業", 62, 40, 22), ("その他", 42, 17, 6),
]
SIZES = (("中小企業", 284, 88), ("大企業", 58, 33))  # 回答企業数, うちＥＰＡ利用
CERTS = [  # 協定, 令和４年度, 令和５年度, 令和６年度 (件)
    ("ＲＣＥＰ協定", 412, 688, 905), ("日タイＥＰＡ", 536, 498, 471), ("日インドネシアＥＰＡ", 287, 301, 316),
    ("日ベトナムＥＰＡ", 198, 224, 263), ("日インドＥＰＡ", 76, 92, 118), ("その他", 143, 151, 160),
]
CERT_YEARS = (2022, 2023, 2024)
REASONS = [  # 利用していない理由, 回答数: 中小企業, 大企業 (複数回答)
    ("原産地証明の手続が煩雑", 92, 9), ("ＥＰＡの仕組みがよく分からない", 85, 4),
    ("担当できる人材がいない", 64, 3), ("取引先から求められていない", 45, 6),
    ("輸出先とＥＰＡが結ばれていない", 41, 7), ("関税の差が小さく効果が少ない", 36, 10),
]
SECTORS = [  # 見出し, 主な輸出先, 最も多く使われている協定, 主な意見 (same labels in every sibling section)
    ("食料品", "タイ、ベトナム、シンガポール", "日タイＥＰＡ", "原産地の基準を満たすかどうかの確認に時間がかかる"),
    ("化学", "中国、韓国、タイ", "ＲＣＥＰ協定", "中国向けに関税が下がる品目を知りたい"),
    ("卸売・小売業", "中国、インドネシア、インド", "日インドネシアＥＰＡ", "仕入先から原産地を示す資料をもらうのが難しい"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def users() -> int:
    return sum(r[3] for r in INDUSTRIES)


def non_users() -> tuple[int, int, int]:
    """Firms not using an EPA: all, 中小企業, 大企業 (the ｎ of the unruled table)."""
    s, l = SIZES[0][1] - SIZES[0][2], SIZES[1][1] - SIZES[1][2]
    return s + l, s, l


def chosa_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=CHOSA_PDF, title="業種別の回答企業とＥＰＡの利用",
        header=[["業種", "回答企業数（社）", "うち輸出あり（社）", "うちＥＰＡ利用（社）"]],
        rows=rows, col_widths=[40 * mm, 36 * mm, 36 * mm, 40 * mm], table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    crows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in CERTS]
    crows.append(["合計"] + [fw(sum(r[j] for r in CERTS)) for j in (1, 2, 3)])
    certs = TableSpec(
        key="certs", doc=CHOSA_PDF, title="協定別の原産地証明書の発給件数",
        header=[["協定"] + [f"令和{fw(y - 2018)}年度" for y in CERT_YEARS]],
        rows=crows, col_widths=[48 * mm, 32 * mm, 32 * mm, 32 * mm], unit="件",
    )
    n_all, n_s, n_l = non_users()
    reasons = TableSpec(
        key="reasons", doc=CHOSA_PDF, title="ＥＰＡを利用していない理由（複数回答）",
        header=[["利用していない理由", "全体", "中小企業", "大企業"]],
        rows=[[n, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for n, a, b in REASONS],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, certs, reasons


def chosa_story(specs):
    industries, certs, reasons = specs
    total, used = respondents(), users()
    n_all, n_s, n_l = non_users()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業による経済連携協定（ＥＰＡ）の活用の状況と課題を把握し、活用を促す施策に役立てるため"),
        ("調査対象", f"県内に本社を置き、輸出又は輸入を行う企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「ＥＰＡ利用」とは、調査基準日前の１年間に、ＥＰＡに基づく特恵税率（関税の減免）を、輸出又は輸入の少なくとも１件に適用したことをいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　回答企業の業種とＥＰＡの利用", H1)]
    st += paras(f"""
回答企業{total}社のうち、ＥＰＡ利用の企業は{used}社（{pct1(used, total)}％）であった。業種別では、機械が利用企業数で最も多い。企業規模別では、大企業{SIZES[1][1]}社のうち{SIZES[1][2]}社が利用し半数を超えたが、中小企業は{SIZES[0][1]}社のうち{SIZES[0][2]}社で、３割程度にとどまった。
""", 0)
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、窯業・土石、木材・木製品、運輸業等である。"])
    st += [P("３　主な業種の状況", H1)]
    for i, (head, dest, agreement, voice) in enumerate(SECTORS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("最も多く使われている協定", agreement), ("主な意見", voice)], 1)
    st += [P("４　原産地証明書の発給状況", H1)]
    last = sum(r[3] for r in CERTS)
    st += paras(f"""
県内の事業者に発給された第一種特定原産地証明書は年々増え、令和６年度は{last:,}件となった。協定別では、ＲＣＥＰ協定が令和５年度から最も多くなっている。
""", 0)
    st += [caption(certs.title, "（単位：件）"), certs.flowable(), Spacer(1, 2)]
    st += notes(["※２ 県内の商工会議所が発給した件数である。「その他」は、日マレーシアＥＰＡ、日フィリピンＥＰＡ、日メキシコＥＰＡ等である。"])
    st += [P("５　ＥＰＡを利用していない理由", H1)]
    st += paras("""
全体と中小企業では「原産地証明の手続が煩雑」が最も多く、大企業では「関税の差が小さく効果が少ない」が最も多かった。中小企業では「ＥＰＡの仕組みがよく分からない」も４割を超えた。
""", 0)
    st += [caption(reasons.title, "（単位：％）"), reasons.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ ＥＰＡを利用していない企業（全体{n_all}社、中小企業{n_s}社、大企業{n_l}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "品目ごとに使える協定と税率を調べられる窓口を、身近な場所に設けてほしい。",
        "原産地証明の書類の作り方を、実際の書類を使って教える講座を開いてほしい。",
        "ＥＰＡに詳しい専門家を、無料又は低い費用で派遣してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {MADOGUCHI}で、品目ごとの税率の調べ方と手続の個別相談を続ける。",
        "② 原産地証明の書類の作り方を学ぶ実務講座を、年４回開く。",
        "③ 中小企業に、ＥＰＡに詳しい専門家を無料で派遣する（１社当たり年３回まで）。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 通商班　電話：099-378-5140　ファクス：099-378-5149",
        f"{MADOGUCHI}（公益財団法人桐県産業振興機構内、個別の相談）　電話：099-378-5200",
        "電子メール：kiri-tsusho@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + annai_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, aspecs, cspecs = hojo_specs(), annai_specs(), chosa_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO} 募集要領", "令和７年５月", HOJO_DEPT)
    adoc = build_pdf(docs_dir / ANNAI_PDF, aspecs, annai_story(aspecs),
                     f"令和６年度 {ANNAI} 事業報告書", "令和７年６月", ANNAI_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 報告書", "令和７年３月", CHOSA_DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, ANNAI_PDF: adoc.row_pages, CHOSA_PDF: cdoc.row_pages})
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
    # --- hojo: the crowdfunding subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps, Q&A
    dict(question="社員がちょうど20人の金属加工の会社から相談を受けています。海外のクラウドファンディングに載せる紹介動画の制作費は、何％まで補助されますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["常時使用する従業員の数が20人", "紹介動画・画像の制作費 50 75 60 80"], answer=["75"],
         notes="two facts: 20人 is within 「20人…以下」 (manufacturing), so the firm is a 小規模企業者 (definition in ２, "
               "asked at its boundary); (a) two-level header, leaf 補助率（％）／小規模企業者; 50 (中小企業者) is the trap"),
    dict(question="2025年度の募集で、従業員が60人いる食品メーカーが商品ページの翻訳を外注する場合、補助の上限額はいくらになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["掲載ページの翻訳費 50 75 20 25"], answer=["20"],
         notes="(a) leaf 上限額（万円）／中小企業者 (60人 is above the 20人 of the definition; note ※１); the leaf "
               "中小企業者 is printed under both groups, so the rate 50 is a trap, and 25 (小規模企業者); "
               "2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="2022年度には、この補助金に何件の申請が出ていましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和４年度 22 13 905 3,125"], answer=["22"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2021年度 is printed in Western form); column "
               "申請件数（件）; 13 (採択件数) is the trap"),
    dict(question="令和５年度に採択されたプロジェクトが海外の支援者から集めたお金は、合わせていくらでしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 31 17 1,236 4,470"], answer=["4,470"],
         notes="(b) column 支援総額（万円） (note ※３: the amounts raised on the sites); 1,236 (交付額) is the trap"),
    dict(question="令和６年度は、申請した事業者のうち何パーセントが採択されたことになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 38 21 1,512 6,035"], answer=["55.3%"], computed=True,
         notes="(b) share within a row: 21 / 38 = 55.3 %"),
    dict(question="令和６年度の機械や電子機器のプロジェクトは、１件当たり平均でどれくらいの支援を集めましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["機械・電子機器 ３ １ 1,140"], answer=["380万円"], computed=True,
         notes="(c) average in a row: 1,140 / 3 = 380万円"),
    dict(question="2024年度に実施された食べ物・飲み物のプロジェクトのうち、目標額に届いたものは何件ありましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["食品・飲料 ６ ４ 1,215"], answer=["４"],
         notes="(c) column うち目標達成（件） (目標額に届いた = 目標達成, definition in ２); 2024年度 = 令和６年度 "
               "(caption note); ６ (実施件数) is the trap"),
    dict(question="包丁などを作っている会社の活用事例では、海外からどれだけの支援が集まりましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["刃物製造業Ｃ社", "集まった支援額：530万円"], answer=["530万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 主な支援者の国・地域, 集まった支援額, 補助金の額; "
               "（３）刃物製造業Ｃ社 (包丁 = 刃物); 412万円 and 286万円 are the siblings' values, 92万円 the grant"),
    dict(question="申請したあと、採択されたかどうかの連絡はいつごろもらえますか？",
         category="hojo", doc=HOJO_PDF, evidence=["採択と交付決定の通知（令和７年９月中旬）"], answer=["９月中旬"],
         notes="procedure step ④ (the review of step ③ is in 令和７年８月, a near miss)"),
    dict(question="目標額まで支援が集まらなかった場合、受け取った補助金は返さなければいけませんか？",
         category="hojo", doc=HOJO_PDF, evidence=["返還の必要はありません"], answer=["返還の必要はありません"],
         notes="Q&A: Ａ of Ｑ２ (no)"),
    dict(question="クラウドファンディングのサイトが集まったお金から天引きする決済の手数料も、補助してもらえますか？",
         category="hojo", doc=HOJO_PDF, evidence=["次の経費は補助の対象になりません", "支援額から差し引く決済手数料"],
         answer=["対象になりません"],
         notes="the costs not covered (bulleted after the notes of the rate table): the payment fee the site deducts; "
               "the site's listing fee (掲載手数料) is covered, a near miss"),
    # --- annai: the interpreter-guide report, tables (d) (e) (f), a definition, sibling sections
    dict(question="2024年度の地域通訳案内士の育成事業には、全体でいくらの事業費がかかりましたか？",
         category="annai", doc=ANNAI_PDF, evidence=["事業費：2,640万円"], answer=["2,640万円"],
         notes="「label：value」 line 事業費 (the report prints no Western year: 2024年度 = 令和６年度)"),
    dict(question="１年間に１回だけツアーを案内した案内士も、「稼働案内士」に入るのでしょうか？",
         category="annai", doc=ANNAI_PDF, evidence=["年度内に１回以上ツアーを案内した案内士"], answer=["１回以上"],
         notes="definition 「稼働案内士」とは、年度内に１回以上ツアーを案内した案内士をいう (yes: asked at its boundary)"),
    dict(question="令和６年度にスペイン語の研修を修了できた人は何人でしたか？",
         category="annai", doc=ANNAI_PDF, evidence=["スペイン語 ６ ５ ４"], answer=["５"],
         notes="(d) continuation page (no header there): row スペイン語, column 修了者数（人）; ６ (受講者数) and ４ "
               "(新規登録者数) are the traps"),
    dict(question="2024年度に韓国語の案内士として新しく登録されたのは何人ですか？",
         category="annai", doc=ANNAI_PDF, evidence=["韓国語 14 13 12"], answer=["12"],
         notes="(d) first page, column 新規登録者数（人）; 13 (修了者数) is the trap; 2024年度 = 令和６年度"),
    dict(question="英語の研修を受けた人のうち、修了までたどり着いたのは何％ですか？",
         category="annai", doc=ANNAI_PDF, evidence=["英語 42 36 33"], answer=["85.7%"], computed=True,
         notes="(d) share within a row: 36 / 42 = 85.7 %"),
    dict(question="香港からの旅行者のうち、団体ツアーを使わずに自分たちで旅行していた人は何人でしたか？",
         category="annai", doc=ANNAI_PDF, evidence=["香港 402 190"], answer=["190"],
         notes="(f) a row grouped under アジア (the group label printed once), column うち個人旅行（人） (note ※３ "
               "defines 個人旅行); 402 (旅行者数) is the trap"),
    dict(question="欧米やオーストラリアから来た旅行者は、全部で何人いましたか？",
         category="annai", doc=ANNAI_PDF,
         evidence=["米国 298 187", "オーストラリア 241 158", "フランス 176 121", "英国 122 83", "ドイツ 95 66"],
         answer=["932人"], computed=True,
         notes="(f) sum over the rows of the group 欧米・豪州 (its label printed once, in a cell spanning the five rows): "
               "298 + 241 + 176 + 122 + 95 = 932人 (no subtotal is printed)"),
    dict(question="2025年２月ごろの時期に、案内士のツアーは何件行われましたか？",
         category="annai", doc=ANNAI_PDF, evidence=["冬は令和７年１月から３月", "冬 88 757 214"], answer=["88"],
         notes="two facts: note ※２ puts 令和７年１月–３月 (2025年) in 冬; (e) row 冬, column ツアー数（件）"),
    dict(question="秋のツアーでは、１件当たり平均いくらの報酬が案内士に支払われた計算になりますか？",
         category="annai", doc=ANNAI_PDF, evidence=["秋 142 1,105 356"], answer=["2.5万円"], computed=True,
         notes="(e) average in a row: 356 / 142 = 2.5万円 (7.5万円 per 稼働案内士 in ４ is a near miss)"),
    dict(question="浦辺の会場で研修を受けたのは何人でしたか？",
         category="annai", doc=ANNAI_PDF, evidence=["浦辺市会場", "受講者数：35人"], answer=["35人"],
         notes="sibling sections （１）–（３） of ２ share the labels 研修期間, 受講者数, 主な実地研修先; （２）浦辺市会場; "
               "64人 and 21人 are the siblings' values"),
    # --- chosa: the EPA survey, tables (g) (h) (i), a definition, sibling sections
    dict(question="2023年度に県内の事業者に発給されたRCEPの原産地証明書は何件ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ＲＣＥＰ協定 412 688 905"], answer=["688"],
         notes="(h) fiscal years as columns: 2023年度 = 令和５年度 (the report prints 2024年 only in 調査基準日); "
               "RCEP asked half-width, printed full-width"),
    dict(question="日タイEPAの原産地証明書は、令和４年度から令和６年度にかけて何件減りましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["日タイＥＰＡ 536 498 471"], answer=["65件"], computed=True,
         notes="(h) difference across the year columns: 536 − 471 = 65件"),
    dict(question="調査に答えた機械メーカーは何社ありましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["機械 71 52 33"], answer=["71"],
         notes="(g) column 回答企業数（社）"),
    dict(question="回答した食品関係の会社のうち、EPAを使っている会社はどのくらいの割合ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["食料品 58 31 26"], answer=["44.8%"], computed=True,
         notes="(g) share within a row: 26 / 58 = 44.8 % of the respondents (26 / 31 of the exporters is another reading)"),
    dict(question="EPAを利用している企業の数で見ると、２番目に多い業種はどこですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["食料品 58 31 26"], answer=["食料品"],
         notes="(g) ranking in the column うちＥＰＡ利用（社）: 機械 33, 食料品 26, 卸売・小売業 22 (卸売・小売業 is "
               "second by 回答企業数 and by 輸出あり, the trap)"),
    dict(question="大企業がEPAを使わない理由として、関税があまり下がらず効果が薄いと答えた割合はどれくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["関税の差が小さく効果が少ない 20.8 18.4 40.0"], answer=["40.0"],
         notes="(i) unruled table, column 大企業; 20.8 (全体) and 18.4 (中小企業) are the traps"),
    dict(question="輸入のときだけ特恵税率を使った会社も、この調査では「ＥＰＡ利用」に数えられるのですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["輸出又は輸入の少なくとも１件に適用"], answer=["輸出又は輸入"],
         notes="definition 「ＥＰＡ利用」とは…特恵税率を、輸出又は輸入の少なくとも１件に適用したことをいう (yes)"),
    dict(question="商社や問屋のような業種では、どの協定がいちばんよく使われていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（３）卸売・小売業", "最も多く使われている協定：日インドネシアＥＰＡ"],
         answer=["日インドネシアＥＰＡ"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な輸出先, 最も多く使われている協定, 主な意見; "
               "（３）卸売・小売業 (商社や問屋); 日タイＥＰＡ and ＲＣＥＰ協定 are the siblings' values"),
    # --- followups
    dict(question="では、その経費について、小規模企業者に当たらない中小企業だと上限額はいくらですか？",
         category="followup", doc=HOJO_PDF, evidence=["リターン品の海外発送費 40 50 30 40"], answer=["30"],
         history=_turns("海外の支援者にリターン品を送る費用は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の場合、補助率は50％です[1]。"),
         notes="(a) the row from the history (リターン品の海外発送費), leaf 上限額（万円）／中小企業者; 40 (the "
               "小規模企業者 cap, and the 中小企業者 rate) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=HOJO_PDF, evidence=["令和５年度 31 17 1,236 4,470"], answer=["1,236"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は31件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（万円）; 4,470 (支援総額) is the trap"),
    dict(question="そのうち修了した人は何人ですか？",
         category="followup", doc=ANNAI_PDF, evidence=["フランス語 ８ ６ ５"], answer=["６"],
         history=_turns("フランス語の研修を受講したのは何人でしたか？",
                        "フランス語の受講者は８人でした[1]。"),
         notes="(d) the row from the history (フランス語, on the continuation page), column 修了者数（人）"),
    dict(question="その前の年度は何件でしたか？",
         category="followup", doc=CHOSA_PDF, evidence=["日インドＥＰＡ 76 92 118"], answer=["92"],
         history=_turns("日インドEPAの原産地証明書は、令和６年度に何件発給されましたか？",
                        "令和６年度は118件でした[1]。"),
         notes="(h) the row from the history (日インドＥＰＡ), the year column before 令和６年度 (令和５年度)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=CHOSA_PDF, evidence=["電話：099-378-5200"], answer=["099-378-5200"],
         history=_turns("EPAの手続について個別に相談したい会社があるのですが、どこを紹介すればよいですか？",
                        "桐県ＥＰＡ活用相談窓口（公益財団法人桐県産業振興機構内）で個別の相談を受け付けています[1]。"),
         notes="contact box of the survey report: the 窓口's phone (second line); the 班's phone 099-378-5140 and fax "
               "099-378-5149 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="海外クラウドファンディングでは、プロジェクト１件当たり平均で何人くらいの支援者が集まっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the amounts raised (支援総額) and the grants, not the number of backers",
         absent=["支援者数", "支援者の数", "支援人数"]),
    dict(question="これまでに採択された事業者を市町村別に見ると、浦辺市の会社は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="results are given by year and by product field only; the case of Ｂ社（浦辺市） is a near miss",
         absent=["市町村別", "市町別"]),
    dict(question="案内士のツアーに参加した旅行者は、県内で１人当たりいくらお金を使っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives travellers, tours and the guides' fees, not the travellers' spending",
         absent=["消費額", "消費"]),
    dict(question="登録されている案内士の男女別の人数を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="registrations are given by language only (407 at the end of the year)",
         absent=["男性", "女性", "男女"]),
    dict(question="EPAを使ったことで、県内企業全体で関税がどれだけ安くなったか分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts users and reasons, not the duty saved (関税の減免 appears only in the definition)",
         absent=["削減額", "節約", "減免額"]),
    dict(question="令和６年度に、日EU・EPAの自己申告制度を使って輸出した県内企業は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the certificates are given for five agreements and その他 (日マレーシア, 日フィリピン, 日メキシコ等); "
               "nothing on the EU agreement or self-certification",
         absent=["自己申告", "日ＥＵ", "欧州連合"]),
]
CATEGORY_COUNTS = {"hojo": 11, "annai": 10, "chosa": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h35q", "h35t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "募集と交付の実績", "分野別のプロジェクトの結果",
    "言語別の研修と登録", "季節別のツアーの実施状況", "国・地域別の旅行者数",
    "業種別の回答企業とＥＰＡの利用", "協定別の原産地証明書の発給件数", "ＥＰＡを利用していない理由（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h35q05": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h35q06": lambda g: _avg(g(C, "機械・電子機器", "支援総額（万円）", 2024), g(C, "機械・電子機器", "実施件数（件）", 2024), "万円"),
    "h35q16": lambda g: _pct(g(D, "英語", "修了者数（人）", 2024), g(D, "英語", "受講者数（人）", 2024)),
    "h35q18": lambda g: f"{sum(g(F, r, '旅行者数（人）', 2024) for r in ('米国', 'オーストラリア', 'フランス', '英国', 'ドイツ'))}人",
    "h35q20": lambda g: _avg(g(E, "秋", "報酬総額（万円）", 2024), g(E, "秋", "ツアー数（件）", 2024), "万円"),
    "h35q23": lambda g: f"{g(H, '日タイＥＰＡ', '令和４年度', 2022) - g(H, '日タイＥＰＡ', '令和６年度', 2024)}件",
    "h35q25": lambda g: _pct(g(G, "食料品", "うちＥＰＡ利用（社）", 2024), g(G, "食料品", "回答企業数（社）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (2, 3), ANNAI_PDF: (2, 3), CHOSA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 200)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("英語", "中国語")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("フランス語", "スペイン語", "インドネシア語", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout35.py")
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
            if roles != ["user", "assistant"] * (len(history) // 2) or len(history) not in (2, 4):
                errors.append(f"{qid}: history must be 1-2 alternating user/assistant turns")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout35.py")
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
            # each printed row, cell after cell, on its page (a group cell is checked by check_layouts)
            cells = spec.row_cells(i) if spec.group_col is not None else spec.printed_row(i)
            if norm("".join(cells)) not in page_text(g["doc"], g["page"]):
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

    def adds_up(table, cols):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計"):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate and cap; no cap above the firm cap of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／小規模企業者"] < r["上限額（万円）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 cap below the 中小企業者 cap")
        if r["上限額（万円）／小規模企業者"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; adoptions within applications; grants within adoptions × firm cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["採択件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["採択件数（件）"] * COMPANY_CAP:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
    # (c): 合計 adds up and equals (b)'s 令和６年度; 目標達成 within 実施件数
    c = t[C]
    adds_up(C, ("実施件数（件）", "うち目標達成（件）", "支援総額（万円）"))
    if c["合計"]["実施件数（件）"] != b["令和６年度"]["採択件数（件）"] \
            or c["合計"]["支援総額（万円）"] != b["令和６年度"]["支援総額（万円）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    if any(r["うち目標達成（件）"] > r["実施件数（件）"] for r in c.values()):
        errors.append(f"{C}: うち目標達成 above 実施件数")
    # (d): 合計 adds up; 受講 ≥ 修了 ≥ 新規登録; 受講 = the three venues
    d = t[D]
    adds_up(D, ("受講者数（人）", "修了者数（人）", "新規登録者数（人）"))
    if any(not r["受講者数（人）"] >= r["修了者数（人）"] >= r["新規登録者数（人）"] for r in d.values()):
        errors.append(f"{D}: 受講 ≥ 修了 ≥ 新規登録 does not hold")
    if d["合計"]["受講者数（人）"] != sum(int(v[2].rstrip("人")) for v in VENUES):
        errors.append(f"{D}: 合計 受講者数 differs from the three venues (sibling sections)")
    # (e): 合計 adds up; its 旅行者数 is the sum of (f)
    e = t[E]
    adds_up(E, ("ツアー数（件）", "旅行者数（人）", "報酬総額（万円）"))
    f = t[F]
    if e["合計"]["旅行者数（人）"] != sum(r["旅行者数（人）"] for r in f.values()):
        errors.append(f"{E}: 合計 旅行者数 differs from the sum of {F}")
    if any(r["うち個人旅行（人）"] > r["旅行者数（人）"] for r in f.values()):
        errors.append(f"{F}: うち個人旅行 above 旅行者数")
    # (g): 合計 adds up; うち within 回答; the totals equal the two firm sizes
    gg = t[G]
    adds_up(G, ("回答企業数（社）", "うち輸出あり（社）", "うちＥＰＡ利用（社）"))
    if any(r["うち輸出あり（社）"] > r["回答企業数（社）"] or r["うちＥＰＡ利用（社）"] > r["回答企業数（社）"]
           for r in gg.values()):
        errors.append(f"{G}: うち above 回答企業数")
    if gg["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or gg["合計"]["うちＥＰＡ利用（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{G}: 合計 differs from the firm sizes")
    # (h): 合計 adds up in every year column
    adds_up(H, [f"令和{fw(y - 2018)}年度" for y in CERT_YEARS])
    # (i): the per cents come from the counts (全体 over both sizes)
    n_all, n_s, n_l = non_users()
    for name, a, bb in REASONS:
        r = t[I][name]
        want = (pct1(a + bb, n_all), pct1(a, n_s), pct1(bb, n_l))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{I} / {name}: per cents differ from the counts")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    langs = specs["langs"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(langs.header[0]))
        on = [i + 1 for i, p in enumerate(pages[ANNAI_PDF]) if header in norm(p)]
        if langs.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("登録の手続中である") not in norm(pages[ANNAI_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "record", "fields", "seasons", "origins", "industries", "certs", "reasons"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["reasons"].ruled or not all(s.ruled for k, s in specs.items() if k != "reasons"):
        errors.append(f"only {I} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／中小企業者", "上限額（万円）／小規模企業者"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (h): fiscal years as columns (the year comes from the column header, none from the table)
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols != [f"令和{fw(y - 2018)}年度" for y in CERT_YEARS] or specs["certs"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == H):
        errors.append(f"{H}: expected the fiscal years as columns, got {hcols}")
    # (f): a stub header naming the row axis, one spanning group cell per group, printed once
    origins = specs["origins"]
    if origins.header[0][origins.label_col] != "国・地域" or origins.header[0][origins.group_col] != "地域":
        errors.append(f"{F}: expected the stub headers 地域 / 国・地域")
    groups = origins.groups()
    if [gname for gname, _rows in groups] != [r for r, _m in ORIGINS]:
        errors.append(f"{F}: groups {groups}")
    want_spans = []
    k = 0
    for _gname, rows in groups:
        if len(rows) > 1:
            want_spans.append(((0, 1 + k), (0, k + len(rows))))
        k += len(rows)
    if origins.spans != want_spans or sum(len(rows) > 1 for _g, rows in groups) < 2:
        errors.append(f"{F}: the group cells should span their rows ({origins.spans})")
    if any(g["row"] in [r for r, _m in ORIGINS] for g in gold if g["table"] == F):
        errors.append(f"{F}: a group label is recorded as a row")
    dpage = sorted({g["page"] for g in gold if g["table"] == F})
    if len(dpage) == 1:
        text = norm(pages[ANNAI_PDF][dpage[0] - 1])
        start = text.find(norm("".join(origins.header[0])))
        end = text.find(norm("".join(origins.row_cells(len(origins.rows) - 1))))
        segment = text[start:end] if 0 <= start < end else ""
        for gname, rows in groups:
            if len(rows) > 1 and segment.count(norm(gname)) != 1:
                errors.append(f"{F}: group label {gname} printed {segment.count(norm(gname))} times in the table")
    # (i): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == I} != {"%"}:
        errors.append(f"{I}: expected per cents only")
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
        got = re.findall(r"099-37\d-\d{4}", text)
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

    # ---- the call for applications
    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("主な支援者の国・地域：", "集まった支援額：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[3] for r in RECORD):,}万円") not in hj:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択") not in hj \
            or norm(f"{sum(f[2] for f in FIELDS)}件が目標達成") not in hj:
        errors.append("call: the 令和６年度 figures in the prose differ from (b) and (c)")
    by_count = sorted(FIELDS, key=lambda r: -r[1])
    by_amount = sorted(FIELDS, key=lambda r: -r[3])
    if by_count[0][0] != "食品・飲料" or by_count[0][1] == by_count[1][1] or by_amount[0][0] != "工芸品・伝統工芸":
        errors.append("call: 「食品・飲料が件数で、工芸品・伝統工芸が支援総額で最も多く」 does not hold")
    fields = {f[0]: f for f in FIELDS}
    for head, _where, raised, amount, field in CASES:
        if int(amount.rstrip("万円")) > COMPANY_CAP or int(raised.rstrip("万円")) > fields[field][3]:
            errors.append(f"call: case {head} does not fit the firm cap or its field")
    if re.findall(r"20\d\d年", hj) != ["2021年"]:
        errors.append("call: only 2021年度 should be printed in Western form")
    defs(hj, ("海外クラウドファンディング", "小規模企業者", "目標達成"), "call")
    for x in EXCLUDED:
        if norm(x) not in hj:
            errors.append(f"call: the cost not covered {x} is missing")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(HOJO_PDF, "①②③④⑤⑥⑦", "call")
    contacts(HOJO_PDF, ["099-371-4620", "099-371-4629", "099-371-4700"], ["kiri-kaigai-cf@example.jp"], "call")

    # ---- the interpreter-guide report
    an = norm("\n".join(pages[ANNAI_PDF]))
    siblings(an, ANNAI_PDF, ("研修期間：", "受講者数：", "主な実地研修先："), [v[0] for v in VENUES])
    taken, done, new = (sum(r[j] for r in LANGS) for j in (1, 2, 3))
    registered = REGISTERED_PREV + new - REMOVED
    if norm(f"延べ{taken}人が受講し、{done}人が修了") not in an or norm(f"{new}人を新たに登録") not in an \
            or norm(f"登録者は{registered}人（前年度末から{registered - REGISTERED_PREV}人増）") not in an \
            or norm(f"修了者のうち{done - new}人は") not in an:
        errors.append("guide report: the training figures in the prose differ from (e)")
    if not 1 / 3 < LANGS[0][1] / taken < 0.4:
        errors.append("guide report: 「英語が受講者の３分の１余り」 does not hold")
    tours, travellers, fees = (sum(r[j] for r in SEASONS) for j in (1, 2, 3))
    if norm(f"ツアーは{tours}件、旅行者は延べ{travellers:,}人") not in an:
        errors.append("guide report: the tour totals in the prose differ from (f)")
    autumn = next(s for s in SEASONS if s[0] == "秋")
    if any(s[1] >= autumn[1] or s[2] >= autumn[2] for s in SEASONS if s is not autumn):
        errors.append("guide report: 「秋が件数、旅行者数ともに最も多かった」 does not hold")
    asia, west = (sum(m[1] for m in ms) for _r, ms in ORIGINS[:2])
    asia_i, west_i = (sum(m[2] for m in ms) for _r, ms in ORIGINS[:2])
    if not 0.65 < asia / travellers < 0.68 or not west_i / west > asia_i / asia:
        errors.append("guide report: 「アジア…３分の２」 or 「個人旅行の割合は、欧米・豪州…で高い」 does not hold")
    if norm(f"稼働案内士は{ACTIVE_GUIDES}人で、報酬総額は{fees}万円、１人当たりの平均は"
            f"{half_up(Decimal(fees) / ACTIVE_GUIDES, '0.1')}万円") not in an:
        errors.append("guide report: the guides' fees in the prose differ from (f)")
    if re.findall(r"20\d\d年", an):
        errors.append("guide report: no Western year should be printed")
    defs(an, ("案内士", "稼働案内士"), "guide report")
    if norm("「個人旅行」は") not in an:
        errors.append("guide report: note ※３ defining 個人旅行 is missing")
    steps_of(ANNAI_PDF, "①②③", "guide report")
    contacts(ANNAI_PDF, ["099-374-2310", "099-374-2319", "099-374-2500"], ["kiri-annaishi@example.jp"], "guide report")

    # ---- the EPA survey
    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("主な輸出先：", "最も多く使われている協定：", "主な意見："), [x[0] for x in SECTORS])
    total, used = respondents(), users()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ch \
            or norm(f"ＥＰＡ利用の企業は{used}社（{pct1(used, total)}％）") not in ch:
        errors.append("survey: the response and use figures in the prose differ from (g)")
    ranked = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[3])]
    by_resp = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[1])]
    if ranked[:3] != ["機械", "食料品", "卸売・小売業"] or by_resp[1] != "卸売・小売業":
        errors.append("survey: the ranking the questions rely on (機械, 食料品; 卸売・小売業 second by 回答) does not hold")
    (s_name, s_n, s_u), (l_name, l_n, l_u) = SIZES
    if not l_u / l_n > 0.5 or not 0.28 <= s_u / s_n <= 0.32 \
            or norm(f"大企業{l_n}社のうち{l_u}社") not in ch or norm(f"中小企業は{s_n}社のうち{s_u}社") not in ch:
        errors.append("survey: 「大企業…半数を超えた…中小企業は…３割程度」 does not hold")
    sector_agreement = {x[0]: x[2] for x in SECTORS}
    if any(a not in [c[0] for c in CERTS] for a in sector_agreement.values()):
        errors.append("survey: a sibling section names an agreement missing from (h)")
    totals = [sum(r[j] for r in CERTS) for j in (1, 2, 3)]
    if totals != sorted(set(totals)) or norm(f"令和６年度は{totals[-1]:,}件") not in ch:
        errors.append("survey: 「年々増え、令和６年度は…件」 does not hold")
    tops = [max(CERTS, key=lambda r: r[j])[0] for j in (1, 2, 3)]
    if tops != ["日タイＥＰＡ", "ＲＣＥＰ協定", "ＲＣＥＰ協定"]:
        errors.append("survey: 「ＲＣＥＰ協定が令和５年度から最も多く」 does not hold")
    n_all, n_s, n_l = non_users()
    top = [max(REASONS, key=lambda r, k=k: r[1] + r[2] if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if top != ["原産地証明の手続が煩雑", "原産地証明の手続が煩雑", "関税の差が小さく効果が少ない"] \
            or len({pct1(r[2], n_l) for r in REASONS}) != len(REASONS):
        errors.append("survey: the tops of (i) in the prose do not hold")
    if pct1(next(r[1] for r in REASONS if r[0].startswith("ＥＰＡの仕組み")), n_s) <= 40:
        errors.append("survey: 「仕組みがよく分からない」も４割を超えた does not hold")
    if re.findall(r"20\d\d年", ch) != ["2024年"] or re.findall(r"20\d\d年度", ch):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ch, ("ＥＰＡ利用", "中小企業"), "survey")
    steps_of(CHOSA_PDF, "①②③④", "survey")
    contacts(CHOSA_PDF, ["099-378-5140", "099-378-5149", "099-378-5200"], ["kiri-tsusho@example.jp"], "survey")
    # every phone number of the set is fictional (099-37x-xxxx), every mail address under example.jp
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
