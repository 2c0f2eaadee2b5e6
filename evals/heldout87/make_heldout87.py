"""Build the 楝県 held-out set 87: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楝県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards cosmetics makers' exports (県産化粧品輸出支援補助金:
notification or registration in the destination, ingredient and label checks, stability tests,
label translation, trade fairs) with a two-level header (markets over rate and cap) holding two
「－」 cells, and the cost items used by destination market with a total column on the right; the
report (報告書) of a survey of the prefecture's cutlery and knife makers on their exports
(刃物製造業の輸出実態調査) with the exporters and exports by year (years as rows), the makers by main
product (a table continued over a page break without its header, header cells over two lines), the
exports by destination with a 増減 column printing decreases with ▲, and an unruled table of the
issues; and a grant guideline (交付要綱, articles 第１条–第８条 with 附則, a 別表 and seven （参考）
parts) for a subsidy towards towel and textile exports (タオル・繊維製品輸出促進事業費補助金) with a
別表 holding two 「－」 cells, a KPI table with 目標 / 実績 / 達成率 and the grants by product class;
see README.md beside this file.

    python make_heldout87.py [OUTPUT_DIR]          # default: this file's directory

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

COSME_PDF = "ouchi_keshohin_yushutsu_hojokin_boshu_yoko_r7.pdf"
HAMONO_PDF = "ouchi_hamono_yushutsu_jittai_chosa_r6.pdf"
SENI_PDF = "ouchi_towel_seni_yushutsu_hojokin_kofu_yoko_r7.pdf"
ALL_PDFS = (COSME_PDF, HAMONO_PDF, SENI_PDF)

UNITS = ("百万円", "千円", "万円", "円", "品目", "件", "者", "回", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure; never a gold cell
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"099-91\d-\d{4}"  # every phone number of the set
MAIL_DOMAIN = "@example.jp"
FORBIDDEN_PREFS = ("橡県",)  # the other helper's prefecture: never named here


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
    """(number, unit) as printed after NFKC; a leading ▲ is a minus sign; (None, None) for text
    and for 「－」."""
    v = nfkc(value).strip()
    neg = v.startswith(DECREASE)
    number, unit = docgen.parse_number(v.lstrip(DECREASE), UNITS)
    if number is None:
        return None, None
    return (-number if neg else number), unit


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
    """k / n in whole per cent, rounded half up (the 達成率 of the KPI table)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal, None as 「－」."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with ▲, an increase as a plain number."""
    return f"{DECREASE}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return "令和元年度" if fy == 2019 else f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns
    that cover a range of fiscal years (a 増減 column)."""

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
            raw = [hrow[c] for hrow in self.header]
            raise ValueError(f"{self.key}: column {c} has no header ({raw})")
        return parts

    def column_label(self, c) -> str:
        return GROUP_SEP.join(self.header_parts(c))

    def column_year(self, c) -> int | None:
        years = [fiscal_year(p) for p in self.header_parts(c) if fiscal_year(p)]
        return years[-1] if years else None

    def row_label(self, i: int) -> str:
        return label(self.rows[i][self.label_col])


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    """The gold cells of a table, row by row; a 「－」 cell is none."""
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


ARTICLE_HEAD = pstyle("article_head", MINCHO, 10.5, 17, left=docgen.EM, spaceBefore=3, keepWithNext=1)
ARTICLE = pstyle("article", MINCHO, 10.5, 17, left=docgen.EM, first=-docgen.EM)


def article(head: str, texts: list[str]):
    """（見出し） on its own line, then 第ｎ条　… and its paragraphs ２　… with a hanging indent."""
    return [P(f"（{head}）", ARTICLE_HEAD)] + [P(t, ARTICLE) for t in texts]


PREF = "楝県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: cosmetics export subsidy, call for applications
COSME = f"{PREF}産化粧品輸出支援補助金"
COSME_DEPT = f"{PREF} 商工労働部 海外展開推進課"
COSME_DESK = f"{PREF}化粧品輸出相談デスク"
COSME_RATES = [  # 経費区分; 届出型市場: 補助率（％）, 上限額（千円）; 登録型市場: 補助率（％）, 上限額（千円） (令和７年度)
    ("現地の届出・登録手続の代行", 50, 300, 60, 900),
    ("成分・表示の適合確認", 50, 200, 50, 250),
    ("安定性試験・効能評価試験", 50, 400, 60, 600),
    ("表示ラベルの翻訳・改版", 40, 150, 40, 150),
    ("海外見本市への出展", 50, 500, None, None),  # 「－」 under 登録型市場 (note ※２)
]
COSME_FIRM_CAP, COSME_FIRM_CAP_REG = 150, 200  # note ※３: 万円 per firm (届出型 / with a 登録型 market)
NEW_EXPORTER_BONUS = 15  # note ※４: points added to the rate for a 新規輸出事業者
REG_NOTE = ("中国", "サウジアラビア", "アラブ首長国連邦")  # the 登録型市場 of note ※１
REG_MARKETS = ("中国",)  # the rows of (b) that are 登録型市場
COST_HEADS = [  # the column heads of (b): the 経費区分 of (a), printed over two lines
    "現地の届出・\n登録手続の代行", "成分・表示の\n適合確認", "安定性試験・\n効能評価試験",
    "表示ラベルの\n翻訳・改版", "海外見本市\nへの出展",
]
USES = [  # 輸出先, 採択件数 (prose: not printed per market), uses of the five cost items (令和６年度)
    ("中国", 3, (3, 2, 3, 1, 0)), ("台湾", 2, (2, 2, 1, 2, 1)), ("香港", 2, (1, 2, 0, 1, 2)),
    ("韓国", 1, (1, 1, 1, 0, 0)), ("タイ", 2, (2, 1, 1, 2, 1)), ("ベトナム", 1, (1, 1, 1, 1, 0)),
    ("ＥＵ", 3, (3, 2, 2, 1, 2)), ("米国", 1, (1, 1, 1, 1, 1)), ("その他", 1, (1, 0, 1, 0, 0)),
]
COSME_PROJECTS = 16  # 令和６年度: adoptions (prose), the sum of the projects per market
COSME_APPLIED, COSME_NEW = 28, 7  # 令和６年度: applications, adoptions of 新規輸出事業者 (prose only)
COSME_ADOPTED_ALL = 52  # adoptions 令和３年度–令和６年度 (prose only)
COSME_CASES = [  # 見出し, 輸出先, 主な取組, 補助金の額 (万円); the cost items used and the market kind
    ("基礎化粧品製造業Ａ社（楝市）", "中国（登録型市場）", "化粧水と乳液の登録申請の代行と安定性試験", 138,
     ("現地の届出・登録手続の代行", "安定性試験・効能評価試験"), "reg"),
    ("ヘアケア製品製造業Ｂ社（潮原市）", "台湾（届出型市場）", "シャンプーの成分・表示の確認と繁体字のラベルへの改版", 31,
     ("成分・表示の適合確認", "表示ラベルの翻訳・改版"), "notif"),
    ("石けん製造業Ｃ社（霧岡町）", "フランス（届出型市場）", "ＥＵの製品届出の代行とパリの見本市への出展", 64,
     ("現地の届出・登録手続の代行", "海外見本市への出展"), "notif"),
]
COSME_EXCLUDED = [  # 補助の対象にならない経費
    "化粧品の製造、処方の変更又は原料の仕入れに要する経費",
    "輸出先での商標の出願及び登録に要する経費",
    "広告の出稿費及び試供品・販売促進品の制作費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def cosme_specs():
    rates = TableSpec(
        key="rates", doc=COSME_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "届出型市場", "", "登録型市場", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in COSME_RATES],
        col_widths=[58 * mm, 26 * mm, 28 * mm, 26 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    rows = [[m, *(fw(x) for x in u), fw(sum(u))] for m, _n, u in USES]
    rows.append(["合計"] + [fw(sum(u[j] for _m, _n, u in USES)) for j in range(5)]
                + [fw(sum(sum(u) for _m, _n, u in USES))])
    uses = TableSpec(
        key="uses", doc=COSME_PDF, title="輸出先別・経費区分別の補助件数",
        header=[["輸出先"] + COST_HEADS + ["計"]],
        rows=rows, col_widths=[22 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm, 24 * mm, 14 * mm],
        unit="件", table_fy=2024,
    )
    return rates, uses


def cosme_story(specs):
    rates, uses = specs
    n_adopted = sum(n for _m, n, _u in USES)
    top_item = max(range(5), key=lambda j: sum(u[j] for _m, _n, u in USES))
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{COSME} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(COSME_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の化粧品製造事業者が、自社の化粧品を海外で販売するために必要となる輸出先での届出・登録、成分と表示の確認、品質の試験、見本市への出展等に要する経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{COSME_ADOPTED_ALL}件を採択しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", COSME),
        ("補助対象者", "県内に化粧品の製造所を有する中小企業者で、自社が製造販売する県産化粧品を輸出しようとするもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += paras("""
この要項において「県産化粧品」とは、県内の製造所で製造され、又は最終の充填・包装が行われた化粧品（医薬部外品を含む。）をいいます。「登録型市場」とは、化粧品を販売する前に輸出先の当局による登録又は承認を受ける必要がある国・地域をいい、それ以外の国・地域を「届出型市場」といいます。また、「新規輸出事業者」とは、申請の日の前３年間に化粧品を輸出した実績がない中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、輸出先が届出型市場か登録型市場かによって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 令和７年度は、{'、'.join(REG_NOTE[:-1])}及び{REG_NOTE[-1]}を登録型市場とし、それ以外の国・地域を届出型市場とします。",
        "※２ 「－」は、登録を終えていない製品は見本市で販売・配布できないため、補助の対象としないことを示します。登録を終えた製品を出展する場合は「届出型市場」の欄を適用します。",
        f"※３ 補助金の額は、１事業者当たり{COSME_FIRM_CAP}万円（登録型市場を対象とする場合は{COSME_FIRM_CAP_REG}万円）を上限とし、千円未満の端数は切り捨てます。",
        f"※４ 新規輸出事業者が申請する場合は、上表の補助率に{NEW_EXPORTER_BONUS}ポイントを加えます（上限額は変わりません）。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(COSME_EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（海外展開推進課又は{COSME_DESK}へ。募集期間の終了の10日前まで）",
        "② 申請書の提出（事業計画書、見積書及び製品の全成分表を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月27日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年３月10日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
令和６年度は{COSME_APPLIED}件の申請があり、{n_adopted}件を採択しました（うち新規輸出事業者{fw(COSME_NEW)}件）。輸出先別では中国とＥＵが各３件で最も多く、経費区分別では{label(COST_HEADS[top_item])}が最も多く利用されています。
""", 0)
    st += [caption(uses.title, "（令和６年度）　（単位：件）"), uses.flowable(), Spacer(1, 2)]
    st += notes([
        f"※５ １件の補助事業で複数の経費区分を利用した場合は、それぞれに数えています。このため「計」の合計は採択件数（{n_adopted}件）と一致しません。「その他」はオーストラリアです。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items, _kind) in enumerate(COSME_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("主な取組", what), ("補助金の額", f"{amount}万円")], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("輸出先の当局に納める届出手数料や登録料も対象になりますか。",
         "対象になります。「現地の届出・登録手続の代行」の経費に含めて申請してください。"),
        ("他社ブランドの化粧品を受託製造（ＯＥＭ）している場合も申請できますか。",
         "申請できません。自社が製造販売する県産化粧品に限ります。"),
        ("一つの申請で、二つの国・地域を対象にできますか。",
         f"できます。ただし、対象とする国・地域は２か所までとし、登録型市場を含む場合は１事業者当たりの上限額が{COSME_FIRM_CAP_REG}万円となります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{COSME_DEPT} 輸出支援班　電話：099-911-4410　ファクス：099-911-4419",
        f"{COSME_DESK}（公益財団法人{PREF}産業振興財団内、事前相談）　電話：099-911-4500",
        "電子メール：ouchi-cosme@example.jp",
    ]))
    return st


# ================================================================ document 2: cutlery makers' exports, survey report
HAMONO = f"{PREF}刃物製造業の輸出実態調査"
HAMONO_DEPT = f"{PREF} 商工労働部 地場産業課"
KUMIAI = f"{PREF}刃物工業協同組合"
HAMONO_TARGET = 310
TREND = [  # 年度, 輸出事業者数（者）, 輸出額（百万円）, うち包丁（百万円）, 輸出比率（％）
    (2019, 61, 1842, 1106, Decimal("14.8")), (2020, 55, 1518, 934, Decimal("13.1")),
    (2021, 66, 2107, 1342, Decimal("16.9")), (2022, 73, 2486, 1611, Decimal("18.2")),
    (2023, 79, 2864, 1893, Decimal("19.6")),
]
PRODUCTS = [  # 主な製品, 回答者数（者）, 輸出事業者数（者）, 輸出額（百万円）, うち直接輸出（百万円） (令和５年度)
    ("包丁（家庭用）", 38, 21, 892, 402), ("包丁（業務用）", 24, 14, 1001, 688),
    ("はさみ（洋裁・事務用）", 19, 7, 176, 61), ("理美容はさみ", 12, 8, 298, 219),
    ("爪切り・ニッパー", 15, 6, 143, 38), ("小刀・アウトドアナイフ", 21, 10, 205, 132),
    ("農林業用刃物", 26, 5, 64, 12), ("工業用刃物", 17, 6, 71, 25), ("その他", 14, 2, 14, 3),
]
KNIVES = ("包丁（家庭用）", "包丁（業務用）")  # うち包丁 of the trend table
DESTS = [  # 輸出先, 令和４年度, 令和５年度 (百万円)
    ("米国", 702, 845), ("ＥＵ", 498, 611), ("英国", 96, 88), ("中国", 305, 262), ("台湾", 214, 247),
    ("香港", 158, 166), ("韓国", 121, 109), ("東南アジア", 173, 248), ("オーストラリア", 117, 152),
    ("その他", 102, 136),
]
DIRECT_N, INDIRECT_N = 46, 33  # 輸出事業者: 直接輸出あり / 間接輸出のみ (the ｎ of the unruled table)
HAMONO_ISSUES = [  # 課題, 回答数: 直接輸出あり, 間接輸出のみ (複数回答)
    ("海外の取引先・販路の開拓", 21, 19), ("偽物・模倣品の流通", 24, 8),
    ("職人の高齢化による生産能力の不足", 17, 13), ("輸送費の上昇", 19, 9),
    ("外国語での商談・契約", 9, 12), ("輸出先の刃物規制への対応", 14, 4),
]
SMALL_RESP, SMALL_EXP = 152, 47  # 小規模事業者: respondents, exporters (prose only)
WANT_EXPORT = 38  # non-exporters who want to export (prose only)
HAMONO_CASES = [  # 見出し, 主な製品, 主な輸出先, 輸出を伸ばした工夫
    ("業務用包丁製造Ｄ社（鍛冶谷町）", "牛刀、柳刃包丁", "米国、フランス",
     "料理学校で研ぎ方を実演し、料理人の口コミで注文を増やした"),
    ("理美容はさみ製造Ｅ社（楝市）", "理美容はさみ", "韓国、台湾",
     "左利き用と替え刃をそろえ、現地の理美容ディーラーと契約した"),
    ("アウトドアナイフ製造Ｆ社（潮原市）", "折りたたみナイフ", "オーストラリア、ドイツ",
     "刃渡りの規制に合わせ、刃を短くした輸出専用モデルを作った"),
]


def hamono_specs():
    trend = TableSpec(
        key="trend", doc=HAMONO_PDF, title="輸出事業者数と輸出額の推移",
        header=[["年度", "輸出事業者数（者）", "輸出額（百万円）", "うち包丁（百万円）", "輸出比率（％）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), cell(d)] for y, a, b, c, d in TREND],
        col_widths=[28 * mm, 34 * mm, 32 * mm, 34 * mm, 28 * mm],
    )
    trend.unit = lambda row, c, s=trend: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3, 4)])
    products = TableSpec(
        key="products", doc=HAMONO_PDF, title="主な製品別の回答者と輸出の状況",
        header=[["主な製品", "回答者数\n（者）", "輸出事業者数\n（者）", "輸出額\n（百万円）", "うち直接輸出\n（百万円）"]],
        rows=rows, col_widths=[50 * mm, 26 * mm, 30 * mm, 26 * mm, 30 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    drows = [[d, fw(a), fw(b), signed(b - a)] for d, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=HAMONO_PDF, title="輸出先別の輸出額",
        header=[["輸出先", "令和４年度", "令和５年度", "増減"]],
        rows=drows, col_widths=[44 * mm, 32 * mm, 32 * mm, 30 * mm], unit="百万円",
    )
    dests.col_range = {3: [2022, 2023]}
    n_all = DIRECT_N + INDIRECT_N
    issues = TableSpec(
        key="issues", doc=HAMONO_PDF, title="輸出の課題（複数回答）",
        header=[["課題", "全体", "直接輸出あり", "間接輸出のみ"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, DIRECT_N)), cell(pct1(b, INDIRECT_N))]
              for x, a, b in HAMONO_ISSUES],
        col_widths=[70 * mm, 24 * mm, 30 * mm, 30 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return products, trend, dests, issues


def hamono_story(specs):
    products, trend, dests, issues = specs
    resp = sum(r[1] for r in PRODUCTS)
    exp_n = sum(r[2] for r in PRODUCTS)
    last, prev = TREND[-1], TREND[-2]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{HAMONO} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(HAMONO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の刃物製造業の輸出の実態と課題を把握し、産地の海外販路の開拓を支える施策に役立てるため"),
        ("調査対象", f"県内の刃物製造事業者 {HAMONO_TARGET}者（{KUMIAI}の組合員及び非組合員）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送によるアンケート及び訪問による聞き取り"),
        ("回答数", f"{resp}者（回答率{pct1(resp, HAMONO_TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「刃物製造事業者」とは、包丁、はさみ、小刀その他の刃物の製造を行う事業者をいい、研ぎ、刃付け、柄付け等の工程のみを請け負う事業者を含む。「輸出事業者」とは、令和５年度中に自社の製品を輸出した事業者をいう。「直接輸出」とは、輸出事業者が自ら海外の取引先と契約して輸出することをいい、国内の商社等を通じて輸出することを「間接輸出」という。また、「小規模事業者」とは、常時使用する従業員の数が20人以下の事業者をいう。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に自社の製品を輸出した事業者は、回答者{resp}者のうち{exp_n}者（{pct1(exp_n, resp)}％）であった。輸出額の合計は{last[2]:,}百万円で、前年度から{pct1(last[2] - prev[2], prev[2])}％増えた。輸出額のうち直接輸出によるものは{sum(r[4] for r in PRODUCTS):,}百万円で、半分を超えている。事業者の規模別では、小規模事業者{SMALL_RESP}者のうち輸出事業者は{SMALL_EXP}者にとどまった。また、輸出を行っていない{resp - exp_n}者のうち、今後輸出に取り組みたいとする事業者は{WANT_EXPORT}者であった。
""", 0)
    st += [P("３　主な製品別の状況", H1)]
    st += paras("""
主な製品別では、業務用の包丁の輸出額が最も多く、家庭用の包丁と合わせると輸出額の６割を超える。理美容はさみは、輸出事業者が回答者の３分の２に達し、輸出額の７割以上を直接輸出が占める。一方、農林業用刃物は、輸出事業者が回答者の２割に満たない。主な製品別の回答者、輸出事業者及び輸出額は次のとおりである。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「主な製品」は、各事業者の売上高が最も大きい製品による。「その他」は、彫刻刀、かんな刃等である。"])
    st += [P("４　輸出額の推移", H1)]
    st += paras("""
輸出額は令和２年度に大きく落ち込んだが、その後は３年続けて増えている。
""", 0)
    st += [caption(trend.title), trend.flowable(), Spacer(1, 2)]
    st += notes(["※２ 令和４年度以前は組合の各年度の調査による。輸出比率は、輸出事業者の売上高に占める輸出額の割合。"])
    st += [P("５　輸出先", H1)]
    st += paras("""
米国向けが最も多く、伸び率は東南アジア向けが最大。英国、中国、韓国向けは減った。
""", 0)
    st += [caption(dests.title, "（単位：百万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※３ ▲は減少を示す。「東南アジア」はＡＳＥＡＮ加盟国、「その他」は中東、中南米等である。"])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("６　事業者の事例", H1)]
    for i, (head, prod, dest, idea) in enumerate(HAMONO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な製品", prod), ("主な輸出先", dest), ("輸出を伸ばした工夫", idea)], 1)
    st += [P("７　輸出の課題", H1)]
    st += paras("""
全体と間接輸出のみの事業者では「海外の取引先・販路の開拓」が、直接輸出を行う事業者では「偽物・模倣品の流通」が最も多かった。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 輸出事業者{DIRECT_N + INDIRECT_N}者（直接輸出あり{DIRECT_N}者、間接輸出のみ{INDIRECT_N}者）が回答した。複数回答のため、合計は100％にならない。「直接輸出あり」は、間接輸出を併せて行う事業者を含む。",
    ])
    st += [P("８　産地からの主な要望（自由記述）", H1)]
    st += bullets([
        "海外の展示会に産地として共同で出展する機会を増やしてほしい。",
        "模倣品を見つけたときの相談先と、海外での対応の費用を支援してほしい。",
        "輸出先ごとの刃物の携帯・販売の規制を、まとめて知らせてほしい。",
    ], 0)
    st += [P("９　今後の取組", H1)]
    st += numbered([
        f"① {KUMIAI}と連携し、令和７年度に欧州の見本市へ産地の共同ブースを出す。",
        "② 模倣品の調査と現地での警告に要する経費の補助を、令和７年度中に検討する。",
        "③ 主な輸出先の刃物の規制を一覧にした手引きを作り、県のウェブサイトに掲載する。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("10　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HAMONO_DEPT} 刃物・金属班　電話：099-914-2210　ファクス：099-914-2219",
        f"{KUMIAI}（調査の実施、産地の輸出相談）　電話：099-914-2600",
        "電子メール：ouchi-hamono@example.jp",
    ]))
    return st


# ================================================================ document 3: towel and textile export grant, grant guideline
SENI = f"{PREF}タオル・繊維製品輸出促進事業費補助金"
SENI_DEPT = f"{PREF} 商工労働部 繊維産業振興室"
TOWEL_KUMIAI = f"{PREF}タオル工業組合"
SENI_ITEMS = [  # 経費区分, 補助率（％）, 上限額（千円）, 実施回数の上限（回） (None: 「－」, no limit)
    ("海外展示会への出展", 50, 1000, 2), ("海外バイヤーの招へい", 50, 400, 2),
    ("海外の安全・環境認証の取得", 50, 500, None), ("輸出向け商品の試作", 40, 600, None),
    ("外国語のカタログ・ウェブサイトの制作", 50, 300, 1), ("越境ＥＣサイトへの出店", 50, 250, 1),
]
SMALL_RATE = "３分の２"  # 第４条第２項: the rate of a 小規模企業者, whatever the table says
KUMIAI_FACTOR = 2  # 第４条第３項: the caps of a 産地組合等 are twice the table's
SENI_FIRM_CAP, SENI_FIRM_CAP_KUMIAI = 200, 400  # 第４条第４項: 万円 per applicant and year
KPIS = [  # 指標 (unit in the label's bracket), 目標, 実績 (令和６年度)
    ("県産タオル等の輸出額（百万円）", 1500, 1362), ("輸出に取り組む事業者数（者）", 40, 44),
    ("海外展示会での成約件数（件）", 120, 97), ("海外認証を取得した製品数（品目）", 30, 36),
    ("越境ＥＣでの販売額（百万円）", 80, 59),
]
GRANTS = [  # 製品区分, 申請件数, 交付件数, うち小規模企業者, 交付額（千円） (令和６年度)
    ("タオル", 14, 11, 6, 9870), ("寝具・寝装品", 6, 4, 2, 3120), ("衣料品・ニット", 7, 5, 3, 4455),
    ("産業資材・不織布", 3, 2, 0, 2380), ("その他", 3, 2, 1, 960),
]
SENI_KINDS = [  # 見出し, 主な取組, 活用できる経費区分, 令和６年度の交付 (件, sums to the grants of (j))
    ("海外展示会型", "海外の見本市に出展し、バイヤーと商談する",
     "海外展示会への出展、海外バイヤーの招へい、外国語のカタログ・ウェブサイトの制作", 12),
    ("認証取得型", "輸出先で求められる安全・環境の認証を取得し、商品を改良する",
     "海外の安全・環境認証の取得、輸出向け商品の試作", 5),
    ("越境ＥＣ型", "越境ＥＣサイトに出店し、海外の消費者に直接販売する",
     "越境ＥＣサイトへの出店、外国語のカタログ・ウェブサイトの制作", 7),
]


def seni_specs():
    items = TableSpec(
        key="items", doc=SENI_PDF, title="補助対象経費の区分と補助率等",
        header=[["経費区分", "補助率\n（％）", "上限額\n（千円）", "実施回数の\n上限（回）"]],
        rows=[[n, fw(a), fw(b), cell(c)] for n, a, b, c in SENI_ITEMS],
        col_widths=[72 * mm, 26 * mm, 28 * mm, 30 * mm], table_fy=2025,
    )
    items.unit = lambda row, c, s=items: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=SENI_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 30 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    grows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in GRANTS]
    grows.append(["合計"] + [fw(sum(r[j] for r in GRANTS)) for j in (1, 2, 3, 4)])
    grants = TableSpec(
        key="grants", doc=SENI_PDF, title="製品区分別の申請と交付の状況",
        header=[["製品区分", "申請件数\n（件）", "交付件数\n（件）", "うち小規模\n企業者（件）", "交付額\n（千円）"]],
        rows=grows, col_widths=[48 * mm, 26 * mm, 26 * mm, 30 * mm, 28 * mm], table_fy=2024,
    )
    grants.unit = lambda row, c, s=grants: bracket_unit(s.column_label(c))
    return items, kpi, grants


def seni_story(specs):
    items, kpi, grants = specs
    st = [Spacer(1, 2 * mm), P(f"{SENI}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月26日制定", DATE_RIGHT), P(SENI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += article("趣旨", [
        f"第１条　この要綱は、県内の繊維製品製造事業者が行う県産タオル等の輸出を促進する取組に要する経費に対し、予算の範囲内で交付する{SENI}（以下「補助金」という。）について、{PREF}補助金等交付規則に定めるもののほか、必要な事項を定める。",
    ])
    st += article("定義", [
        "第２条　この要綱において「県産タオル等」とは、県内の工場で製織し、又は縫製したタオル、寝具、衣料品その他の繊維製品をいう。",
        "２　この要綱において「産地組合等」とは、県内の繊維製品製造事業者５者以上で組織する事業協同組合その他の団体をいう。",
        "３　この要綱において「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいう。",
    ])
    st += article("補助対象者", [
        "第３条　補助金の交付の対象となる者は、県内に事業所を有し、県産タオル等を製造する中小企業者及び産地組合等とする。",
    ])
    st += article("補助対象経費等", [
        "第４条　補助対象経費、補助率、上限額及び実施回数の上限は、別表のとおりとする。",
        f"２　小規模企業者の補助率は、別表の規定にかかわらず、{SMALL_RATE}とする。",
        "３　産地組合等が申請する場合の上限額は、別表に定める額の２倍とする。",
        f"４　補助金の額は、１申請者当たり年度内で{SENI_FIRM_CAP}万円（産地組合等にあっては{SENI_FIRM_CAP_KUMIAI}万円）を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += article("交付の申請", [
        "第５条　補助金の交付を受けようとする者は、交付申請書（様式第１号）に事業計画書及び経費の見積書を添えて、知事が別に定める期日までに提出しなければならない。",
    ])
    st += article("交付の決定", [
        "第６条　知事は、前条の申請書を受理したときは、その内容を審査し、適当と認めるときは補助金の交付を決定し、申請者に通知する。",
    ])
    st += article("実績報告", [
        "第７条　補助事業者は、補助事業が完了した日から起算して30日を経過した日又は補助事業を実施した年度の３月10日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。",
    ])
    st += article("交付決定の取消し", [
        "第８条　知事は、補助事業者が偽りその他不正の手段により補助金の交付を受けたときは、交付の決定の全部又は一部を取り消すことができる。",
    ])
    st += [P("附　則", ARTICLE_HEAD), P("この要綱は、令和７年４月１日から施行する。", ARTICLE)]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(items.title), items.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 実施回数の上限は、１申請者当たり年度内の回数とし、「－」は上限を設けないことを示す。",
        "※２ 海外バイヤーの招へいは、招へいする者の渡航費及び宿泊費に限る。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年４月21日から５月30日まで"),
        ("予算額", "3,000万円"),
        ("採択予定件数", "25件程度"),
        ("申請先", SENI_DEPT),
    ], 0)
    st += paras(f"産地組合等としての申請は、{TOWEL_KUMIAI}でも相談を受け付けています。", 0)
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("（参考２）補助事業の類型", H1)]
    for i, (head, what, costs, n) in enumerate(SENI_KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な取組", what), ("活用できる経費区分", costs), ("令和６年度の交付", f"{fw(n)}件")], 1)
    st += [P("（参考３）申請から交付までの流れ", H1)]
    st += numbered([
        f"① 事前相談（繊維産業振興室又は{TOWEL_KUMIAI}）",
        "② 交付申請書の提出（様式第１号に事業計画書と見積書を添付）",
        "③ 審査と交付決定の通知（申請の締切りから約１か月）",
        "④ 補助事業の実施（交付決定の日以後に発注）",
        "⑤ 実績報告（第７条の期限まで）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("（参考４）成果指標", H1)]
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 目標は「{PREF}タオル・繊維製品輸出促進プラン」の令和６年度の値である。達成率は、実績を目標で除して100を乗じ、小数点以下を四捨五入した値である。",
    ])
    st += [P("（参考５）令和６年度の交付状況", H1)]
    st += [caption(grants.title, "（令和６年度）"), grants.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 産地組合等への交付（２件。タオル１件、その他１件）を含む。「その他」は、ハンカチ、インテリア用品等である。",
    ])
    st += [P("（参考６）申請の際の注意", H1)]
    st += bullets([
        "補助対象経費は、交付決定の日以後に発注し、補助事業の期間内に支払ったものに限ります。",
        "同じ経費について、国又は県の他の補助金と重ねて申請することはできません。",
        "消費税及び地方消費税は、補助対象経費に含めません。",
        "補助事業で制作したカタログ等は、補助事業の完了後３年間保存してください。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("（参考７）問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SENI_DEPT} 輸出促進班　電話：099-917-3310　ファクス：099-917-3319",
        f"{TOWEL_KUMIAI}（産地組合等の申請の相談）　電話：099-917-3500",
        "電子メール：ouchi-seni@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return cosme_specs() + hamono_specs() + seni_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    cspecs, hspecs, sspecs = cosme_specs(), hamono_specs(), seni_specs()
    cdoc = build_pdf(docs_dir / COSME_PDF, cspecs, cosme_story(cspecs),
                     f"令和７年度 {COSME} 募集要項", "令和７年４月", COSME_DEPT)
    hdoc = build_pdf(docs_dir / HAMONO_PDF, hspecs, hamono_story(hspecs),
                     f"令和６年度 {HAMONO} 報告書", "令和７年３月", HAMONO_DEPT)
    sdoc = build_pdf(docs_dir / SENI_PDF, sspecs, seni_story(sspecs),
                     f"{SENI}交付要綱", "令和７年３月26日制定", SENI_DEPT)
    gold = all_gold({COSME_PDF: cdoc.row_pages, HAMONO_PDF: hdoc.row_pages, SENI_PDF: sdoc.row_pages})
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
    # --- keshohin: the cosmetics export subsidy call, tables (a) (b), definitions, costs not covered, steps, sibling sections, Q&A
    dict(question="従業員30人の化粧品メーカーが、中国で販売するために現地当局への登録手続を代行業者に頼みたいそうです。この経費の上限額はいくらになりますか？",
         category="keshohin", doc=COSME_PDF,
         evidence=["中国、サウジアラビア及びアラブ首長国連邦を登録型市場", "現地の届出・登録手続の代行 50 300 60 900"],
         answer=["900"],
         notes="two facts: note ※１ makes 中国 a 登録型市場, so (a) leaf 登録型市場／上限額（千円）: 900千円 (= 90万円); "
               "300 (届出型市場) and 60 (the rate) are the traps; the 30 employees change nothing (no size rule in this call)"),
    dict(question="中国での登録がまだ済んでいない美容液を、上海の見本市に出品したいという会社があります。出展の費用は補助されますか？",
         category="keshohin", doc=COSME_PDF,
         evidence=["海外見本市への出展 50 500", "補助の対象としないことを示します"], answer=["対象としない"],
         notes="(a) the 「－」 cell (海外見本市への出展 under 登録型市場), explained by note ※２: not covered before the "
               "registration is done (only a registered product is covered, under 届出型市場); 500 is the trap"),
    dict(question="これまで化粧品を輸出したことのない会社が、ＥＵ向けに製品の安定性試験を行う場合、補助率は何％になりますか？",
         category="keshohin", doc=COSME_PDF,
         evidence=["申請の日の前３年間に化粧品を輸出した実績がない", "安定性試験・効能評価試験 50 400 60 600",
                   "上表の補助率に15ポイントを加えます"],
         answer=["65%"], computed=True,
         notes="three facts: no export so far makes a 新規輸出事業者 (definition in ２), whose rate gets 15 points more "
               "(note ※４); ＥＵ is no 登録型市場 (note ※１), so (a) leaf 届出型市場／補助率（％）: 50 + 15 = 65 %; 50 and 60 "
               "are the traps"),
    dict(question="輸出の実績がある石けんメーカーが、香港向けに成分と表示のチェックを専門機関に頼みます。費用は60万円の見込みですが、補助金は何万円になりますか？",
         category="keshohin", doc=COSME_PDF, evidence=["成分・表示の適合確認 50 200 50 250"], answer=["20万円"],
         computed=True,
         notes="(a) 届出型市場 (香港, note ※１): 600千円 × 50 % = 300千円, above the cap of 200千円, so 200千円 = 20万円; "
               "30万円 (no cap) and 250 (登録型市場) are the traps; the caps are in 千円, the answer asked in 万円"),
    dict(question="令和６年度にＥＵ向けで補助を受けた案件では、経費区分が延べ何件使われましたか？",
         category="keshohin", doc=COSME_PDF, evidence=["ＥＵ ３ ２ ２ １ ２ 10"], answer=["10"],
         notes="(b) total column on the right: row ＥＵ, column 計 (unit 件 only in the caption note); ３ (the first "
               "cell, also the number of ＥＵ projects in the prose) is the trap"),
    dict(question="2024年度の補助で安定性試験・効能評価試験が使われた件数のうち、中国向けは何％を占めていますか？",
         category="keshohin", doc=COSME_PDF, evidence=["中国 ３ ２ ３ １ ０ ９", "合計 15 12 11 ９ ７ 54"],
         answer=["27.3%"], computed=True,
         notes="(b) share within a column under a two-line header: 3 / 11 = 27.3 % (2024年度 = 令和６年度, printed only "
               "in era form); 9 / 54 (the 計 column) is a wrong reading"),
    dict(question="シャンプーを作っている会社の活用事例では、補助金はいくら交付されましたか？",
         category="keshohin", doc=COSME_PDF, evidence=["（２）ヘアケア製品製造業Ｂ社", "補助金の額：31万円"],
         answer=["31万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 主な取組, 補助金の額; （２）ヘアケア製品製造業Ｂ社 "
               "(シャンプー = ヘアケア製品); 138万円 and 64万円 are the siblings' values"),
    dict(question="輸出先の規制に合わせて化粧品の処方を変える費用は、この補助金の対象になりますか？",
         category="keshohin", doc=COSME_PDF,
         evidence=["次の経費は補助の対象になりません", "処方の変更又は原料の仕入れに要する経費"],
         answer=["対象になりません"],
         notes="list of the costs not covered (the lead sentence and the first ○ item); 成分・表示の適合確認 (covered) is "
               "a near miss"),
    dict(question="化粧品の輸出補助金に申請する前の事前相談は、いつまでに済ませておく必要がありますか？",
         category="keshohin", doc=COSME_PDF, evidence=["募集期間の終了の10日前まで"], answer=["10日前"],
         notes="procedure step ①: 10 days before the end of the call (the call ends on ６月20日, so about ６月10日)"),
    dict(question="取引先のブランドの化粧品を受託生産している会社も、この補助金に申請できますか？",
         category="keshohin", doc=COSME_PDF, evidence=["申請できません。自社が製造販売する県産化粧品に限ります"],
         answer=["申請できません"],
         notes="Q&A: Ａ of Ｑ２ (ＯＥＭ, paraphrased as 受託生産 of another brand): no"),
    # --- hamono: the survey of cutlery makers' exports, tables (c) (d) (e) (f), a definition, sibling sections, prose
    dict(question="刃物メーカーの輸出実態調査は、対象のうちどのくらいの割合の事業者が回答しましたか？",
         category="hamono", doc=HAMONO_PDF, evidence=["回答数：186者（回答率60.0％）"], answer=["60.0"],
         notes="「label：value」 line 回答数 (186 of the 310者 of 調査対象); 42.5 % (輸出事業者) is a near miss"),
    dict(question="包丁の研ぎだけを請け負っている工房は、この調査でいう「刃物製造事業者」に入りますか？",
         category="hamono", doc=HAMONO_PDF, evidence=["研ぎ、刃付け、柄付け等の工程のみを請け負う事業者を含む"],
         answer=["含む"],
         notes="definition 「刃物製造事業者」とは…研ぎ、刃付け、柄付け等の工程のみを請け負う事業者を含む (a yes)"),
    dict(question="工場の機械に使う工業用の刃物を主に作っている事業者の輸出額は、いくらでしたか？",
         category="hamono", doc=HAMONO_PDF, evidence=["工業用刃物 17 ６ 71 25"], answer=["71"],
         notes="(c) continuation page (no header there): row 工業用刃物, column 輸出額（百万円）; 25 (うち直接輸出) and 17 "
               "(回答者数) are the traps"),
    dict(question="業務用の包丁が主力の事業者について、輸出額のうち直接輸出は何％を占めていますか？",
         category="hamono", doc=HAMONO_PDF, evidence=["包丁（業務用） 24 14 1,001 688"], answer=["68.7%"],
         computed=True,
         notes="(c) share within a row under two-line headers (page before the break): 688 / 1,001 = 68.7 %; "
               "1,580 / 2,864 (all products) is a wrong reading"),
    dict(question="中国向けの刃物の輸出額は、前の年度と比べてどう変わりましたか？",
         category="hamono", doc=HAMONO_PDF, evidence=["中国 305 262 ▲43"], answer=["43"],
         notes="(e) 増減 column: ▲43 = a decrease of 43百万円 (note ※３: ▲ is a decrease; unit only in the caption "
               "note); 305 and 262 are the two years"),
    dict(question="2023年度の中国、台湾、香港、韓国向けを合わせると、刃物の輸出額はいくらになりますか？",
         category="hamono", doc=HAMONO_PDF,
         evidence=["中国 305 262 ▲43 台湾 214 247 33", "香港 158 166 ８ 韓国 121 109 ▲12"],
         answer=["784百万円"], computed=True,
         notes="(e) sum over four rows of one year column: 262 + 247 + 166 + 109 = 784百万円 (2023年度 = 令和５年度, "
               "printed only in era form); the 令和４年度 column (798) is the trap"),
    dict(question="商社を通さず自社で海外の取引先と契約している事業者では、偽物や模倣品が出回ることを課題に挙げた割合は何％ですか？",
         category="hamono", doc=HAMONO_PDF, evidence=["偽物・模倣品の流通 40.5 52.2 24.2"], answer=["52.2"],
         notes="(f) unruled table: the 「直接輸出」 definition picks the column 直接輸出あり (note ※４: also firms doing "
               "both); 40.5 (全体) and 24.2 (間接輸出のみ) are the traps"),
    dict(question="この５年間で、刃物の輸出額が最も少なかったのは西暦で何年度ですか？",
         category="hamono", doc=HAMONO_PDF, evidence=["令和２年度 55 1,518 934 13.1"], answer=["2020年度"],
         computed=True,
         notes="(d) years as rows: the smallest 輸出額（百万円） is 1,518 in 令和２年度 = 2020年度 (era → Western year; "
               "the report prints only 2024年); the prose also says 令和２年度 fell"),
    dict(question="2021年度に輸出していた刃物の事業者は何者でしたか？",
         category="hamono", doc=HAMONO_PDF, evidence=["令和３年度 66 2,107 1,342 16.9"], answer=["66"],
         notes="(d) years as rows: 2021年度 = 令和３年度, column 輸出事業者数（者）; 55 and 73 are the neighbouring years"),
    dict(question="アウトドアナイフのメーカーの事例では、輸出を伸ばすためにどんな工夫をしていますか？",
         category="hamono", doc=HAMONO_PDF,
         evidence=["（３）アウトドアナイフ製造Ｆ社", "刃を短くした輸出専用モデルを作った"], answer=["輸出専用モデル"],
         notes="sibling sections （１）–（３） of ６ share the labels 主な製品, 主な輸出先, 輸出を伸ばした工夫; "
               "（３）アウトドアナイフ製造Ｆ社; the siblings' 工夫 (料理学校での実演, 理美容ディーラー) are the near misses"),
    dict(question="従業員が20人以下の小さな刃物メーカーのうち、輸出をしているところは何者ありましたか？",
         category="hamono", doc=HAMONO_PDF, evidence=["小規模事業者152者のうち輸出事業者は47者"], answer=["47者"],
         notes="prose-only figure in ２ (no table gives firm sizes), with the 「小規模事業者」 definition (20人以下); "
               "79者 (all exporters) is the trap"),
    # --- seni: the towel and textile grant guideline, articles, tables (g) (h) (i), sibling sections
    dict(question="従業員12人のタオルメーカーが海外の展示会に出展する場合、補助率はどれだけですか？",
         category="seni", doc=SENI_PDF,
         evidence=["常時使用する従業員の数が20人以下の中小企業者", "小規模企業者の補助率は、別表の規定にかかわらず、３分の２とする"],
         answer=["３分の２"],
         notes="two facts: 12人 makes a 小規模企業者 (第２条第３項) and 第４条第２項 overrides the rate of (g) 別表 "
               "(海外展示会への出展 50 %, the trap)"),
    dict(question="タオル工業組合のような産地の組合が海外のバイヤーを招く場合、補助の上限額はいくらですか？",
         category="seni", doc=SENI_PDF,
         evidence=["海外バイヤーの招へい 50 400 ２", "別表に定める額の２倍とする"], answer=["800千円"], computed=True,
         notes="(g) 別表 with 第４条第３項 (産地組合等: twice the caps) and the 「産地組合等」 definition: 400 × 2 = "
               "800千円; 400 is the trap; the yearly cap of 400万円 (第４条第４項) is not reached"),
    dict(question="海外の安全・環境認証の取得は、１年に何回まで補助を受けられますか？",
         category="seni", doc=SENI_PDF,
         evidence=["海外の安全・環境認証の取得 50 500", "は上限を設けないことを示す"], answer=["上限を設けない"],
         notes="(g) 別表: the 「－」 cell under 実施回数の上限（回）, explained by note ※１ (no limit); ２ and １ (other rows) "
               "are the traps"),
    dict(question="タオルなどの繊維製品の輸出額は、令和６年度の目標にどれだけ届きませんでしたか？",
         category="seni", doc=SENI_PDF, evidence=["県産タオル等の輸出額（百万円） 1,500 1,362 91"],
         answer=["138百万円"], computed=True,
         notes="(h) KPI table, unit in the row label's bracket: 1,500 − 1,362 = 138百万円; 91 (達成率) is the trap"),
    dict(question="海外展示会での成約件数は、目標に対して何％の達成でしたか？",
         category="seni", doc=SENI_PDF, evidence=["海外展示会での成約件数（件） 120 97 81"], answer=["81"],
         notes="(h) KPI table, column 達成率（％） (note ※３: rounded to a whole per cent); 97 (実績) is the trap"),
    dict(question="2024年度、タオルの申請のうち交付まで至ったのは何％ですか？",
         category="seni", doc=SENI_PDF, evidence=["タオル 14 11 ６ 9,870"], answer=["78.6%"], computed=True,
         notes="(i) share within a row under two-line headers: 交付件数 11 / 申請件数 14 = 78.6 % (2024年度 = 令和６年度; "
               "the guideline prints no Western year)"),
    dict(question="繊維製品の輸出補助金で、海外の通販サイトで消費者に直接売る取組には、令和６年度に何件交付されましたか？",
         category="seni", doc=SENI_PDF, evidence=["（３）越境ＥＣ型", "令和６年度の交付：７件"], answer=["７件"],
         notes="sibling sections （１）–（３） of （参考２） share the labels 主な取組, 活用できる経費区分, 令和６年度の交付; "
               "（３）越境ＥＣ型 (通販サイトで直接 = 越境ＥＣ); 12件 and ５件 are the siblings' values"),
    dict(question="タオル・繊維製品の補助金で、補助事業が２月25日に完了した場合、実績報告書はいつまでに出す必要がありますか？",
         category="seni", doc=SENI_PDF, evidence=["補助事業を実施した年度の３月10日のいずれか早い日まで"],
         answer=["３月10日"],
         notes="article 第７条: 30 days after ２月25日 is in late March, so the earlier date, ３月10日, applies"),
    # --- followups
    dict(question="では、同じ試験をタイ向けに行う場合、上限額はいくらになりますか？",
         category="followup", doc=COSME_PDF, evidence=["安定性試験・効能評価試験 50 400 60 600"], answer=["400"],
         history=_turns("中国向けに化粧品の安定性試験をする場合、補助率は何％ですか？",
                        "中国は登録型市場なので、安定性試験・効能評価試験の補助率は60％です[1]。"),
         notes="(a) the row from the history (安定性試験・効能評価試験); タイ is a 届出型市場 (note ※１), so leaf "
               "届出型市場／上限額（千円）; 600 (登録型市場) is the trap"),
    dict(question="その年度の輸出額のうち、包丁の分はいくらでしたか？",
         category="followup", doc=HAMONO_PDF, evidence=["令和４年度 73 2,486 1,611 18.2"], answer=["1,611"],
         history=_turns("2022年度に輸出していた刃物の事業者は何者でしたか？",
                        "2022年度（令和４年度）の輸出事業者は73者でした[1]。"),
         notes="(d) the year from the history (2022年度 = 令和４年度), column うち包丁（百万円）; 2,486 (all products) is "
               "the trap"),
    dict(question="それは前の年度からどれだけ増えましたか？",
         category="followup", doc=HAMONO_PDF, evidence=["東南アジア 173 248 75"], answer=["75"],
         history=_turns("令和５年度の東南アジア向けの刃物の輸出額はいくらでしたか？",
                        "東南アジア向けは248百万円でした[1]。"),
         notes="(e) the row from the history (東南アジア), column 増減 (百万円, unit in the caption note)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SENI_PDF, evidence=["電話：099-917-3500"], answer=["099-917-3500"],
         history=_turns("繊維メーカーの組合として補助金を申請したいという団体があります。どこに相談すればよいですか？",
                        "産地組合等としての申請は、楝県タオル工業組合でも相談を受け付けています[1]。"),
         notes="contact box of the guideline: the 組合's phone (second line); the 班's phone 099-917-3310 and fax "
               "099-917-3319 (first line) are the near misses"),
    dict(question="そのうち、小規模企業者への交付は何件でしたか？",
         category="followup", doc=SENI_PDF, evidence=["寝具・寝装品 ６ ４ ２ 3,120"], answer=["２"],
         history=_turns("令和６年度、寝具・寝装品への補助金の交付額はいくらでしたか？",
                        "寝具・寝装品の交付額は3,120千円でした[1]。"),
         notes="(i) the row from the history (寝具・寝装品), column うち小規模企業者（件） (a two-line header); ４ "
               "(交付件数) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="化粧品輸出支援補助金で、令和６年度に交付した補助金の総額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the applications, adoptions and cost items used in 令和６年度 and three cases' grants, "
               "not the total granted",
         absent=["交付総額", "補助金の総額", "交付した補助金の額"]),
    dict(question="刃物の輸出先として、インド向けはどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the destinations are the rows of (e); インド is not among them (その他 is 中東, 中南米等)",
         absent=["インド"]),
    dict(question="刃物の輸出額について、令和６年度の見込みは出ていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the exports up to 令和５年度 only; no forecast",
         absent=["見込み", "見通し", "予測"]),
    dict(question="模倣品の被害で、刃物メーカーが実際にどのくらいの損害を受けたか分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the share naming 偽物・模倣品の流通 as an issue, not the damage",
         absent=["損害", "被害額"]),
    dict(question="タオル・繊維製品の補助金は、令和５年度には何件交付されていましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the grants of 令和６年度 only (（参考５）); no earlier year",
         absent=["令和５年度の交付", "令和５年度の申請", "前年度の交付"]),
    dict(question="化粧品の補助金で不採択になった場合、同じ年度のうちに再申請することはできますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call states no rule on applying again after a rejection (Ｑ３ is about two markets in one "
               "application)",
         absent=["再申請", "不採択", "再度申請"]),
]
CATEGORY_COUNTS = {"keshohin": 10, "hamono": 11, "seni": 8, "followup": 5, "unanswerable": 6}
N_QUESTIONS, N_UNANSWERABLE = 40, 6
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ", "同じ")
PREFIX_Q, PREFIX_T = "h87q", "h87t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "輸出先別・経費区分別の補助件数",
    "主な製品別の回答者と輸出の状況", "輸出事業者数と輸出額の推移", "輸出先別の輸出額", "輸出の課題（複数回答）",
    "補助対象経費の区分と補助率等", "成果指標の目標と実績", "製品区分別の申請と交付の状況")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))
GOLD_PER_TABLE = {A: 18, B: 60, C: 40, D: 20, E: 33, F: 18, G: 16, H: 15, I: 24}
PLANNED_DASHES = {  # (table, row, column) printed 「－」, none of them a gold cell
    (A, "海外見本市への出展", "登録型市場／補助率（％）"), (A, "海外見本市への出展", "登録型市場／上限額（千円）"),
    (G, "海外の安全・環境認証の取得", "実施回数の上限（回）"), (G, "輸出向け商品の試作", "実施回数の上限（回）"),
}
TWO_LINE_HEADERS = {B: 5, C: 4, G: 3, I: 4}  # header cells printed over two lines, per table
CAPTION_UNITS = {B: "（単位：件）", E: "（単位：百万円）", F: "（単位：％）"}  # units printed only in the caption


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h87q03": lambda g: f"{g(A, '安定性試験・効能評価試験', '届出型市場／補助率（％）', 2025) + NEW_EXPORTER_BONUS}%",
    "h87q04": lambda g: f"{min(600 * g(A, '成分・表示の適合確認', '届出型市場／補助率（％）', 2025) // 100, g(A, '成分・表示の適合確認', '届出型市場／上限額（千円）', 2025)) // 10}万円",
    "h87q06": lambda g: _pct(g(B, "中国", "安定性試験・効能評価試験", 2024), g(B, "合計", "安定性試験・効能評価試験", 2024)),
    "h87q14": lambda g: _pct(g(C, "包丁（業務用）", "うち直接輸出（百万円）", 2023), g(C, "包丁（業務用）", "輸出額（百万円）", 2023)),
    "h87q16": lambda g: f"{sum(g(E, r, '令和５年度', 2023) for r in ('中国', '台湾', '香港', '韓国'))}百万円",
    "h87q18": lambda g: f"{min((g(D, era(y), '輸出額（百万円）', y), y) for y, *_x in TREND)[1]}年度",
    "h87q23": lambda g: f"{g(G, '海外バイヤーの招へい', '上限額（千円）', 2025) * KUMIAI_FACTOR}千円",
    "h87q25": lambda g: f"{g(H, '県産タオル等の輸出額（百万円）', '目標', 2024) - g(H, '県産タオル等の輸出額（百万円）', '実績', 2024)}百万円",
    "h87q27": lambda g: _pct(g(I, "タオル", "交付件数（件）", 2024), g(I, "タオル", "申請件数（件）", 2024)),
}

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {COSME_PDF: (2, 3), HAMONO_PDF: (2, 3), SENI_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
TABLE_QUESTIONS = 12  # at least, outside the followups
BEFORE_BREAK_ROWS = ("包丁（家庭用）", "包丁（業務用）")  # rows of (c) expected before the page break
CONTINUED_ROWS = ("工業用刃物", "その他", "合計")  # and after it
WESTERN_RE = r"20\d\d年"
WESTERN_PRINTED = {COSME_PDF: ["2021年"], HAMONO_PDF: ["2024年"], SENI_PDF: []}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout87.py")
    return errors + check(questions, gold, pages)


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages, questions)
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
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup without a history")
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups may have a history")
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
        if q["doc"] is None:
            if q["evidence"] or q["answer"] or q["category"] != "unanswerable" or q.get("computed"):
                errors.append(f"{qid}: doc null but not a clean unanswerable")
            terms = absent.get(q["question"]) or []
            if not terms:
                errors.append(f"{qid}: an unanswerable lists no absent terms")
            for term in terms:
                hits = [n for n, t in doc_text.items() if norm(term) in t]
                if hits:
                    errors.append(f"{qid}: {term!r} is present in {hits}")
            continue
        if q["category"] == "unanswerable":
            errors.append(f"{qid}: an unanswerable must have doc null")
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not 1 <= len(q["evidence"]) <= 3 or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs 1-3 evidence strings and answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            for a in q["answer"]:
                if norm(a) in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed answer {a} is printed in its document")
        if len(q["answer"]) != 1:
            errors.append(f"{qid}: expected one answer item")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    # a Western fiscal year asked of a document that prints that year only as 令和
    western_on_era = [q["id"] for q in questions if q["doc"] and re.search(r"20\d\d年度", q["question"])
                      and not any(f"{y}年" in doc_text[q["doc"]] for y in re.findall(r"(20\d\d)年度", q["question"]))]
    if len(western_on_era) < 3:
        errors.append(f"only {western_on_era} ask by a Western fiscal year the document prints only as 令和")
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"] and q["category"] != "followup")
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions outside the followups, expected at least {TABLE_QUESTIONS}")
    for t in LETTERS:  # every table is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
            errors.append(f"no question on table {t}")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 6 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected 6-12")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the questions on a 「－」 cell ask about a planned one, and it is no gold cell
    dash_q = [q for q in questions if "「－」 cell" in q["notes"]]
    if len(dash_q) != 2:
        errors.append(f"{len(dash_q)} questions on 「－」 cells, expected 2")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout87.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if g["value"] == DASH or (g["table"], g["row"], g["column"]) in PLANNED_DASHES:
            errors.append(f"{g['id']}: a 「－」 cell must not be a gold cell")
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
        spec = specs.get(g["table"])
        if spec is None:
            errors.append(f"{g['id']}: unknown table {g['table']!r}")
            continue
        for part in g["column"].split(GROUP_SEP):
            if norm(part) not in page_text(g["doc"], min(table_pages[g["table"]])):
                errors.append(f"{g['id']}: column {part!r} not on the first page of its table")
        if norm(g["table"]) not in doc_text[g["doc"]]:
            errors.append(f"{g['id']}: table title not in text")
        # the value is printed in its own row, in its column's place
        i_row = next((k for k in range(len(spec.rows)) if spec.row_label(k) == g["row"]), None)
        cols = [c for c in spec.value_cols if spec.column_label(c) == g["column"]]
        if i_row is None or len(cols) != 1 or spec.rows[i_row][cols[0]] != g["value"]:
            errors.append(f"{g['id']}: value {g['value']!r} is not the printed cell of its row and column")
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
        except (KeyError, TypeError, ValueError, IndexError, StopIteration) as e:
            errors.append(f"a table check could not run on these gold cells: {e!r}")
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, total="合計"):
        tab = t[table]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in tab if r != total):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): 登録型市場 at least 届出型市場; the bonus keeps rates <= 100; caps within the firm caps (note ※３)
    for row, r in t[A].items():
        if "登録型市場／補助率（％）" in r:
            if r["登録型市場／補助率（％）"] < r["届出型市場／補助率（％）"] or r["登録型市場／上限額（千円）"] < r["届出型市場／上限額（千円）"]:
                errors.append(f"{A} / {row}: 登録型市場 below 届出型市場")
            if r["登録型市場／上限額（千円）"] > COSME_FIRM_CAP_REG * 10:
                errors.append(f"{A} / {row}: a cap above the firm cap")
        if r["届出型市場／上限額（千円）"] > COSME_FIRM_CAP * 10 or max(
                v for k, v in r.items() if "補助率" in k) + NEW_EXPORTER_BONUS > 100:
            errors.append(f"{A} / {row}: a cap above the firm cap or a rate above 100 % with the bonus")
    # (b): 計 is each row's sum, 合計 adds up, no cell above the market's projects, projects = 16
    b = t[B]
    heads = [label(h) for h in COST_HEADS]
    adds_up(B, heads + ["計"])
    for row, r in b.items():
        if r["計"] != sum(r[h] for h in heads):
            errors.append(f"{B} / {row}: 計 is not the row sum")
    for m, n, u in USES:
        if max(u) > n:
            errors.append(f"{B} / {m}: more uses of a cost item than projects")
    if sum(n for _m, n, _u in USES) != COSME_PROJECTS or any(b[m][heads[4]] for m in REG_MARKETS):
        errors.append(f"{B}: projects differ from the prose, or a 登録型市場 used 見本市 (note ※２)")
    if [label(h) for h in COST_HEADS] != [r[0] for r in COSME_RATES]:
        errors.append(f"{B}: the column heads should be (a)'s cost items")
    # the cases' grants fit their cost items' caps, and a 登録型 case uses no 「－」 cost
    rates = {r[0]: r for r in COSME_RATES}
    for head, _w, _x, amount, items, kind in COSME_CASES:
        cap_col = 4 if kind == "reg" else 2
        caps = [rates[x][cap_col] for x in items]
        if None in caps or amount * 10 > min(sum(caps), (COSME_FIRM_CAP_REG if kind == "reg" else COSME_FIRM_CAP) * 10):
            errors.append(f"call: case {head} exceeds its caps")
    # (c): 合計 adds up; exporters within respondents; direct within exports
    c = t[C]
    adds_up(C, ("回答者数（者）", "輸出事業者数（者）", "輸出額（百万円）", "うち直接輸出（百万円）"))
    for row, r in c.items():
        if r["輸出事業者数（者）"] > r["回答者数（者）"] or r["うち直接輸出（百万円）"] > r["輸出額（百万円）"]:
            errors.append(f"{C} / {row}: a part above its whole")
    # (d): 令和５年度 equals (c)'s 合計; うち包丁 of 令和５年度 equals (c)'s two 包丁 rows; (e)'s years equal (d)
    d = t[D]
    r5 = d[era(2023)]
    if r5["輸出事業者数（者）"] != c["合計"]["輸出事業者数（者）"] or r5["輸出額（百万円）"] != c["合計"]["輸出額（百万円）"] \
            or r5["うち包丁（百万円）"] != sum(c[k]["輸出額（百万円）"] for k in KNIVES):
        errors.append(f"{D}: 令和５年度 differs from {C}")
    for row, r in d.items():
        if r["うち包丁（百万円）"] > r["輸出額（百万円）"]:
            errors.append(f"{D} / {row}: うち包丁 above 輸出額")
    e = t[E]
    adds_up(E, ("令和４年度", "令和５年度", "増減"))
    for row, r in e.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    if e["合計"]["令和４年度"] != d[era(2022)]["輸出額（百万円）"] or e["合計"]["令和５年度"] != r5["輸出額（百万円）"]:
        errors.append(f"{E}: 合計 differs from {D}")
    # (f): the per cents come from the counts; the ｎ equal (c)'s exporters
    if DIRECT_N + INDIRECT_N != c["合計"]["輸出事業者数（者）"]:
        errors.append(f"{F}: the ｎ differ from {C}")
    for name, a, bb in HAMONO_ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, DIRECT_N + INDIRECT_N), pct1(a, DIRECT_N), pct1(bb, INDIRECT_N))
        if tuple(Decimal(str(r[k])) for k in ("全体", "直接輸出あり", "間接輸出のみ")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): caps times the factor stay within the yearly caps of 第４条第４項
    for row, r in t[G].items():
        if r["上限額（千円）"] > SENI_FIRM_CAP * 10 or r["上限額（千円）"] * KUMIAI_FACTOR > SENI_FIRM_CAP_KUMIAI * 10:
            errors.append(f"{G} / {row}: a cap above the yearly cap")
    # (h): 達成率 = 実績 / 目標, whole per cent half up (note ※３)
    for row, r in t[H].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{H} / {row}: 達成率 is not 実績 / 目標")
        if (Decimal(r["実績"] * 100) / Decimal(r["目標"])) % 1 == Decimal("0.5"):
            errors.append(f"{H} / {row}: 達成率 sits exactly on a half (rounding ambiguous)")
    # (i): 合計 adds up; parts within wholes; grants within the caps; 交付件数 equals the sibling counts
    i = t[I]
    adds_up(I, ("申請件数（件）", "交付件数（件）", "うち小規模企業者（件）", "交付額（千円）"))
    for row, r in i.items():
        if not r["うち小規模企業者（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * SENI_FIRM_CAP_KUMIAI * 10:
            errors.append(f"{I} / {row}: counts or amounts out of range")
    if i["合計"]["交付件数（件）"] != sum(k[3] for k in SENI_KINDS):
        errors.append(f"{I}: 交付件数 differs from the three kinds of （参考２）")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    by_title = {s.title: s for s in all_specs()}
    # (c): continued over a page break without its header repeated
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{C} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [k + 1 for k, p in enumerate(pages[HAMONO_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == C and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == C and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7 or len(cont) < 2:
            errors.append(f"{C}: {len(first)} rows before the page break, {len(cont)} after, expected 2-7 and 2+")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{C}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        # the continuation page goes straight from the running header to a data row
        lines = [norm(x) for x in pages[HAMONO_PDF][bp[1] - 1].splitlines() if norm(x)]
        first_row = next(r for r in prod.rows if label(r[0]) in cont)
        k = lines.index(norm(first_row[0])) if norm(first_row[0]) in lines else -1
        if k < 0 or any(norm(h) in lines[:k] for h in ("主な製品", "回答者数", "輸出事業者数")):
            errors.append(f"{C}: the continuation page does not start with a data row")
        if norm("彫刻刀、かんな刃等") not in norm(pages[HAMONO_PDF][bp[1] - 1]):
            errors.append(f"{C}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    # (f) is the only table without ruling lines
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["届出型市場／補助率（％）", "届出型市場／上限額（千円）", "登録型市場／補助率（％）", "登録型市場／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaves")
    # 「－」 cells exactly where planned, printed in their rows, never gold
    dashes = set()
    for spec in all_specs():
        for r in spec.rows:
            for cc in spec.value_cols:
                if r[cc] == DASH:
                    dashes.add((spec.title, label(r[spec.label_col]), spec.column_label(cc)))
            if DASH in [r[cc] for cc in range(len(r)) if cc not in spec.value_cols]:
                errors.append(f"{spec.title}: a 「－」 outside the value columns")
    if dashes != PLANNED_DASHES:
        errors.append(f"「－」 cells {sorted(dashes)}, planned {sorted(PLANNED_DASHES)}")
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    if dashes & gold_keys or any(g["value"] == DASH for g in gold):
        errors.append("a 「－」 cell is a gold cell")
    n_value_cells = sum(len(s.rows) * len(s.value_cols) for s in all_specs())
    if n_value_cells != len(gold) + len(PLANNED_DASHES):
        errors.append(f"{n_value_cells} value cells, {len(gold)} gold cells and {len(PLANNED_DASHES)} 「－」: not all accounted for")
    # (d): years as rows (令和元年度 …)
    if [g["fiscal_year"] for g in gold if g["table"] == D][::4] != [y for y, *_x in TREND] \
            or specs["trend"].rows[0][0] != "令和元年度":
        errors.append(f"{D}: expected years as rows from 令和元年度")
    # (e): ▲ exactly on the negative numbers; the 増減 column covers both years
    eg = [g for g in gold if g["table"] == E]
    if not any(g["value"].startswith(DECREASE) for g in eg) \
            or any(g["value"].startswith(DECREASE) != (g["number"] < 0) for g in eg):
        errors.append(f"{E}: ▲ should mark exactly the decreases")
    if any((g["column"] == "増減") != (g["fiscal_year_range"] == [2022, 2023]) for g in eg) \
            or any(g["fiscal_year_range"] for g in gold if g["table"] != E):
        errors.append(f"{E}: only its 増減 cells carry the range [2022, 2023]")
    # (b): a total column on the right
    if specs["uses"].header[0][-1] != "計":
        errors.append(f"{B}: expected a 計 column on the right")
    # (h): KPI columns 目標 / 実績 / 達成率 and a unit per row from the label's bracket
    hg = [g for g in gold if g["table"] == H]
    if list(dict.fromkeys(g["column"] for g in hg)) != ["目標", "実績", "達成率（％）"] \
            or len({g["unit"] for g in hg if g["column"] != "達成率（％）"}) < 3 \
            or any(g["unit"] != bracket_unit(g["row"]) for g in hg if g["column"] != "達成率（％）"):
        errors.append(f"{H}: expected a KPI table with its units in the row labels")
    # units printed only in the caption note
    for title, note in CAPTION_UNITS.items():
        spec = by_title[title]
        doc = spec.doc
        if norm(f"○{title}") not in norm("\n".join(pages[doc])) or not any(
                norm(title) in norm(x) and norm(note) in norm(x) for x in "\n".join(pages[doc]).splitlines()):
            errors.append(f"{title}: the caption should carry {note}")
        if any(bracket_unit(spec.column_label(cc)) for cc in spec.value_cols):
            errors.append(f"{title}: a unit in a column header, expected it only in the caption")
    # header cells printed over two lines really come out as two consecutive lines
    n_two = 0
    two = {s.title: sum("\n" in h for hrow in s.header for h in hrow) for s in all_specs()}
    if {t: n for t, n in two.items() if n} != TWO_LINE_HEADERS:
        errors.append(f"header cells over two lines per table {two}, planned {TWO_LINE_HEADERS}")
    for spec in all_specs():
        first_page = min(g["page"] for g in gold if g["table"] == spec.title)
        lines = [norm(x) for x in pages[spec.doc][first_page - 1].splitlines()]
        for hrow in spec.header:
            for h in hrow:
                if "\n" not in h:
                    continue
                n_two += 1
                top, bottom = (norm(x) for x in h.split("\n"))
                if not any(lines[k] == top and lines[k + 1] == bottom for k in range(len(lines) - 1)):
                    errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
    if n_two < 10:
        errors.append(f"only {n_two} header cells over two lines")
    return errors


def check_prose(pages, questions) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data;
    contacts, phone numbers, mail addresses and the prefecture."""
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

    # ---- the call
    ct = norm("\n".join(pages[COSME_PDF]))
    siblings(ct, COSME_PDF, ("輸出先：", "主な取組：", "補助金の額："), [c[0] for c in COSME_CASES])
    n_adopted = sum(n for _m, n, _u in USES)
    if norm(f"令和６年度は{COSME_APPLIED}件の申請があり、{n_adopted}件を採択しました（うち新規輸出事業者{fw(COSME_NEW)}件）") not in ct:
        errors.append("call: the 令和６年度 figures in the prose are missing")
    top = sorted(USES, key=lambda r: -r[1])
    if [m for m, n, _u in top[:2]] != ["中国", "ＥＵ"] or top[2][1] >= top[1][1] or top[0][1] != top[1][1]:
        errors.append("call: 「中国とＥＵが各３件で最も多く」 does not hold")
    uses_tot = [sum(u[j] for _m, _n, u in USES) for j in range(5)]
    if uses_tot.index(max(uses_tot)) != 0 or sorted(uses_tot)[-2] == max(uses_tot):
        errors.append("call: 「現地の届出・登録手続の代行が最も多く」 does not hold")
    if COSME_ADOPTED_ALL < n_adopted or COSME_APPLIED < n_adopted or COSME_NEW > n_adopted:
        errors.append("call: the prose counts are inconsistent")
    # note ※１ names the 登録型市場; the rows of (b) and the cases follow it
    if norm("、".join(REG_NOTE[:-1]) + f"及び{REG_NOTE[-1]}を登録型市場とし") not in ct \
            or not set(REG_MARKETS) <= set(REG_NOTE) \
            or any(("登録型市場" in where) != any(x in where for x in REG_NOTE) for _h, where, *_x in COSME_CASES):
        errors.append("call: the 登録型市場 of note ※１, the rows of (b) and the cases disagree")
    defs(ct, ("県産化粧品", "登録型市場", "新規輸出事業者"), "call")
    if norm("それ以外の国・地域を「届出型市場」といいます") not in ct:
        errors.append("call: 届出型市場 should be defined as the rest")
    for x in COSME_EXCLUDED:
        if norm(x) not in ct:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(COSME_PDF, len(COSME_EXCLUDED), "call")
    raw = "\n".join(pages[COSME_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(COSME_PDF, "①②③④⑤⑥⑦", "call")
    contacts(COSME_PDF, ["099-911-4410", "099-911-4419", "099-911-4500"], ["ouchi-cosme@example.jp"], "call")

    # ---- the survey
    ht = norm("\n".join(pages[HAMONO_PDF]))
    siblings(ht, HAMONO_PDF, ("主な製品：", "主な輸出先：", "輸出を伸ばした工夫："), [c[0] for c in HAMONO_CASES])
    resp, exp_n = sum(r[1] for r in PRODUCTS), sum(r[2] for r in PRODUCTS)
    last, prev = TREND[-1], TREND[-2]
    if norm(f"{resp}者（回答率{pct1(resp, HAMONO_TARGET)}％）") not in ht \
            or norm(f"回答者{resp}者のうち{exp_n}者（{pct1(exp_n, resp)}％）") not in ht \
            or norm(f"{last[2]:,}百万円で、前年度から{pct1(last[2] - prev[2], prev[2])}％増えた") not in ht:
        errors.append("survey: the response and export figures in the prose differ from the tables")
    direct = sum(r[4] for r in PRODUCTS)
    if norm(f"直接輸出によるものは{direct:,}百万円で、半分を超えている") not in ht or not direct * 2 > last[2]:
        errors.append("survey: 「直接輸出…半分を超えている」 does not hold")
    if norm(f"小規模事業者{SMALL_RESP}者のうち輸出事業者は{SMALL_EXP}者") not in ht or SMALL_RESP > resp \
            or SMALL_EXP > exp_n or resp - SMALL_RESP < exp_n - SMALL_EXP:
        errors.append("survey: the small firms in the prose are inconsistent")
    if norm(f"輸出を行っていない{resp - exp_n}者のうち、今後輸出に取り組みたいとする事業者は{WANT_EXPORT}者") not in ht:
        errors.append("survey: the non-exporters in the prose are missing")
    pr = {r[0]: r for r in PRODUCTS}
    if max(PRODUCTS, key=lambda r: r[3])[0] != "包丁（業務用）" or not (pr["包丁（家庭用）"][3] + pr["包丁（業務用）"][3]) * 10 > last[2] * 6 \
            or pr["理美容はさみ"][2] * 3 < pr["理美容はさみ"][1] * 2 or not pr["理美容はさみ"][4] * 10 >= pr["理美容はさみ"][3] * 7 \
            or not pr["農林業用刃物"][2] * 5 < pr["農林業用刃物"][1]:
        errors.append("survey: the product remarks in the prose do not hold")
    years = [r[2] for r in TREND]
    if max(years) != years[-1] or min(years) != years[1] or not years[1] < years[0] or years[2:] != sorted(years[2:]):
        errors.append("survey: 「令和２年度…落ち込んだ…３年続けて増えている」 does not hold")
    ranked = [x for x, *_y in sorted(DESTS, key=lambda r: -r[2])]
    growth = max(DESTS, key=lambda r: Decimal(r[2]) / Decimal(r[1]))[0]
    down = sorted(x for x, a, b in DESTS if b < a)
    if ranked[:2] != ["米国", "ＥＵ"] or growth != "東南アジア" or down != sorted(["英国", "中国", "韓国"]):
        errors.append("survey: the destination remarks in the prose do not hold")
    tops = [max(HAMONO_ISSUES, key=lambda r, k=k: r[1] + r[2] if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if tops != ["海外の取引先・販路の開拓", "偽物・模倣品の流通", "海外の取引先・販路の開拓"]:
        errors.append("survey: the tops of the issues in the prose do not hold")
    defs(ht, ("刃物製造事業者", "輸出事業者", "直接輸出", "小規模事業者"), "survey")
    bullets_in(HAMONO_PDF, 3, "survey")
    steps_of(HAMONO_PDF, "①②③④", "survey")
    contacts(HAMONO_PDF, ["099-914-2210", "099-914-2219", "099-914-2600"], ["ouchi-hamono@example.jp"], "survey")

    # ---- the grant guideline
    st = norm("\n".join(pages[SENI_PDF]))
    siblings(st, SENI_PDF, ("主な取組：", "活用できる経費区分：", "令和６年度の交付："), [k[0] for k in SENI_KINDS])
    items = [r[0] for r in SENI_ITEMS]
    for _h, _w, costs, _n in SENI_KINDS:
        if any(x not in items for x in costs.split("、")):
            errors.append(f"guideline: a sibling names a cost item not in the 別表: {costs}")
    arts = re.findall(r"第([１-９])条", "".join(x[:4] for x in "\n".join(pages[SENI_PDF]).splitlines()))
    if arts != list("１２３４５６７８"):
        errors.append(f"guideline: expected articles 第１条-第８条 at line starts, got {arts}")
    defs(st, ("県産タオル等", "産地組合等", "小規模企業者"), "guideline")
    bullets_in(SENI_PDF, 4, "guideline")
    steps_of(SENI_PDF, "①②③④⑤⑥", "guideline")
    contacts(SENI_PDF, ["099-917-3310", "099-917-3319", "099-917-3500"], ["ouchi-seni@example.jp"], "guideline")

    # ---- every document: Western years, phone numbers, mail addresses, the prefecture
    for name, p in pages.items():
        text = norm("\n".join(p))
        if re.findall(WESTERN_RE, text) != WESTERN_PRINTED[name]:
            errors.append(f"{name}: Western years printed {re.findall(WESTERN_RE, text)}, expected {WESTERN_PRINTED[name]}")
        for ph in re.findall(r"\d{2,5}-\d{2,5}-\d{3,5}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 099-91x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in FORBIDDEN_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
        other = {k for x in "\n".join(p).splitlines() for k in re.findall(r"([\u4e00-\u9fff])県", x)} - {"楝"}
        if other:
            errors.append(f"{name}: another prefecture named: {sorted(other)}")
    qtext = norm(" ".join(str(q) for q in questions))
    if any(x in qtext for x in FORBIDDEN_PREFS):
        errors.append("questions: another helper's prefecture is named")
    for ph in re.findall(r"\d{2,5}-\d{2,5}-\d{3,5}", qtext):
        if not re.fullmatch(PHONE_RE, ph):
            errors.append(f"questions: phone number {ph} is not 099-91x-xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
