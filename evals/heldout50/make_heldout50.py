"""Build the 桑県 held-out set 50: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (桑県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a programme
guideline (実施要領) of a prefectural shared-warehouse service abroad (海外共同倉庫活用事業: storage,
handling, shipping and local delivery from warehouses near Los Angeles and in Singapore, the
user's share of the fees by firm size) with a two-level header whose two groups (the warehouses)
share the same leaf labels, a yearly record (years as rows) and the shipments by product with a
total column on the right; the results (調査結果) of a yearly survey of the prefecture's firms on
their cross-border e-commerce (越境ＥＣ利用実態調査) with the main indicators over three fiscal
years in a table whose columns are the years and whose units stand in a 単位 column, the firms
by industry (a table continued over a page break without its header) and an unruled table of
the destinations with counts and per cents in paired columns; and a grant guideline (交付要綱)
of a grant paid to travel agencies per guest night of the foreign tourists they send to the
prefecture (訪日旅行送客促進助成金) with an appended table whose first column numbers the
markets （１）…（４）, the grants by year (years as rows) and the tourists by market with a
subtotal row per region; see README.md beside this file.

    python make_heldout50.py [OUTPUT_DIR]          # default: this file's directory

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

SOKO_PDF = "kuwa_kaigai_kyodo_soko_jisshi_yoryo_r7.pdf"
CHOSA_PDF = "kuwa_ekkyo_ec_riyo_chosa_r6.pdf"
JOSEI_PDF = "kuwa_hoshi_ryoko_sokyaku_josei_yoko.pdf"
ALL_PDFS = (SOKO_PDF, CHOSA_PDF, JOSEI_PDF)

UNITS = ("百万円", "万円", "人泊", "パレット", "円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-54"  # every phone number of the set: 099-54x-xxxx
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
    """The unit in brackets at the end of a label (利用企業数（社） -> 社), NFKC."""
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
    """docgen's table spec, with a two-level header read as group／leaf."""

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


def bullets(items, level: int):
    return [P(f"○ {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


def yen(n: int) -> str:
    """An amount in yen as the prefecture writes it in prose (1008000 -> 100万8,000円)."""
    man, rest = divmod(n, 10000)
    return (f"{man}万" if man else "") + (f"{rest:,}" if rest else "") + "円"


PREF = "桑県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: shared warehouses abroad, programme guideline
SOKO = f"{PREF}海外共同倉庫活用事業"
SOKO_DEPT = f"{PREF} 商工観光部 国際ビジネス課"
SHINKOKAI = f"公益財団法人{PREF}貿易振興会"
FEES = [  # サービス; ロサンゼルス倉庫（円）: 中小企業者, 小規模企業者; シンガポール倉庫（円）: 中小企業者, 小規模企業者 (令和７年度)
    ("保管（１パレット・１か月）", 6000, 4000, 4500, 3000),
    ("入庫作業（１パレット）", 3000, 2000, 2400, 1600),
    ("出荷作業（１件）", 1500, 1000, 1200, 800),
    ("現地配送（１件）", 2700, 1800, 1500, 1000),
    ("ラベルの貼り替え（１箱）", 150, 100, 120, 80),
]
PALLET_CAP, DAYS_CAP = 20, 180  # note ※２: pallets per firm and warehouse; days from the day of storage
RECORD = [  # 年度, 利用企業数（社）, 入庫量（パレット）, 出荷件数（件）, 現地売上高（万円）
    (2021, 12, 86, 624, 1380), (2022, 19, 142, 1035, 2415), (2023, 24, 188, 1482, 3560), (2024, 31, 236, 1949, 4870),
]
PRODUCTS = [  # 品目, ロサンゼルス倉庫, シンガポール倉庫 (出荷件数, 令和６年度)
    ("食品・調味料", 412, 286), ("酒類", 155, 203), ("日用品・雑貨", 238, 97),
    ("化粧品", 64, 188), ("工芸品", 121, 45), ("機械部品", 88, 52),
]
CASES = [  # 見出し, 利用した倉庫, 保管量, 現地での成果 (same labels in every sibling section)
    ("醤油醸造業Ａ社（桑市）", "シンガポール倉庫", "12パレット", "現地の日系スーパー３社との取引が始まった"),
    ("木製玩具製造業Ｂ社（北浜市）", "ロサンゼルス倉庫", "８パレット", "米国の通販サイトでの注文が月平均40件になった"),
    ("化粧品製造業Ｃ社（緑川町）", "シンガポール倉庫", "５パレット", "マレーシアの販売代理店と契約を結んだ"),
]
USER_PAYS = [  # 利用者が全額を負担する費用
    "日本から共同倉庫までの海上運賃又は航空運賃",
    "輸入国の関税、消費税及び通関の手数料",
    "商品に掛ける保険の保険料",
    "返品された商品の処分に要する費用",
]


def soko_specs():
    fees = TableSpec(
        key="fees", doc=SOKO_PDF, title="サービス別の利用料",
        header=[["サービス", "ロサンゼルス倉庫（円）", "", "シンガポール倉庫（円）", ""],
                ["", "中小企業者", "小規模企業者", "中小企業者", "小規模企業者"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in FEES],
        col_widths=[50 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=SOKO_PDF, title="利用の実績",
        header=[["年度", "利用企業数（社）", "入庫量（パレット）", "出荷件数（件）", "現地売上高（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[28 * mm, 33 * mm, 33 * mm, 33 * mm, 33 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in PRODUCTS]
    la, sg = sum(p[1] for p in PRODUCTS), sum(p[2] for p in PRODUCTS)
    rows.append(["合計", fw(la), fw(sg), fw(la + sg)])
    products = TableSpec(
        key="products", doc=SOKO_PDF, title="品目別の出荷件数",
        header=[["品目", "ロサンゼルス倉庫", "シンガポール倉庫", "合計"]],
        rows=rows, col_widths=[46 * mm, 38 * mm, 38 * mm, 30 * mm], unit="件", table_fy=2024,
    )
    return fees, record, products


def soko_story(specs):
    fees, record, products = specs
    n_firms, n_ship = sum(r[1] for r in RECORD), sum(r[3] for r in RECORD)
    last, prev = RECORD[-1], RECORD[-2]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SOKO} 実施要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(SOKO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が海外の消費者や取引先に商品を小口で速やかに届けられるよう、県が海外に共同倉庫を確保し、保管と現地での出荷にかかる費用の一部を負担します。事業を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_firms}社が利用し、出荷は累計{n_ship:,}件となりました。
""", 0)
    st += [P("２　事業の概要", H1)]
    st += lv_lines([
        ("事業名", SOKO),
        ("実施主体", PREF),
        ("運営", f"{SHINKOKAI}（県からの委託）"),
        ("倉庫の所在地", "米国カリフォルニア州（ロサンゼルス近郊）、シンガポール"),
        ("利用期間", "令和７年４月１日から令和８年３月31日まで"),
        ("予算額", "3,800万円"),
        ("利用対象者", "県内に本社又は主たる事業所を有する中小企業者で、自社の商品を海外で販売しようとするもの"),
    ], 0)
    st += paras("""
この要領において「共同倉庫」とは、県が現地の物流事業者と契約して確保した保管区画で、複数の利用者が共同で使用するものをいいます。「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいいます。また、「１パレット」とは、縦・横各1.2メートル以内、高さ1.5メートル以内に積み付けた貨物をいいます。
""", 0)
    st += [P("３　利用料", H1)]
    st += paras("利用者が負担する額（利用料）は、サービスと事業者の規模ごとに次のとおりです。物流事業者に支払う料金の残りは、県が負担します。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 利用料は、物流事業者に支払う料金の２分の１（小規模企業者は３分の１）の額です。",
        f"※２ 保管できる量は１社当たり各倉庫{PALLET_CAP}パレットまで、保管期間は入庫の日から{DAYS_CAP}日までです。",
    ])
    st += paras("次の費用は、利用者が全額を負担します。", 0)
    st += bullets(USER_PAYS, 0)
    st += [P("４　利用の手続", H1)]
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{SHINKOKAI}へ）",
        "② 利用申込書の提出（各四半期の利用開始月の前月15日まで）",
        "③ 審査と利用決定の通知（申込みから２週間以内）",
        "④ 商品の輸出と共同倉庫への入庫",
        "⑤ 保管と、現地の注文に応じた出荷",
        "⑥ 利用料の請求（毎月の利用分を翌月10日までに請求）",
        "⑦ 利用実績報告（利用の終了から30日以内）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
利用企業は毎年増えており、令和６年度は{last[1]}社が利用し、現地売上高は{last[4]:,}万円と前年度の約{half_up(Decimal(last[4]) / prev[4], '0.1')}倍になりました。品目別の出荷件数では、両倉庫とも食品・調味料が最も多く、シンガポール倉庫ではこれに酒類が続いています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(products.title, "（令和６年度、単位：件）"), products.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 現地売上高は、利用者が共同倉庫から出荷した商品の販売額を、利用者の申告により集計したものです（外貨は各月末の為替相場で円に換算）。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　利用事例（令和６年度）", H1)]
    for i, (head, where, qty, result) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("利用した倉庫", where), ("保管量", qty), ("現地での成果", result)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("販売先は自分で見つける必要がありますか。",
         "はい。本事業は保管と出荷を支援するもので、販売先の紹介は含みません。販売先探しは国際ビジネス課で相談できます。"),
        (f"保管期間が{DAYS_CAP}日を超えた場合はどうなりますか。",
         f"{DAYS_CAP + 1}日目からは、物流事業者に支払う料金の全額を利用者に負担していただきます。"),
        ("二つの倉庫を同時に利用できますか。",
         f"利用できます。保管できる量の上限（{PALLET_CAP}パレット）は、倉庫ごとに適用します。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SOKO_DEPT} 物流支援班　電話：099-541-3320　ファクス：099-541-3329",
        f"{SHINKOKAI}（倉庫の予約と入庫の手配）　電話：099-543-7100",
        "電子メール：kuwa-soko@example.jp",
    ]))
    return st


# ================================================================ document 2: cross-border e-commerce survey, results
CHOSA = f"{PREF}内企業の越境ＥＣ利用実態調査"
CHOSA_DEPT = f"{PREF} 商工観光部 商業・流通課"
DESK = f"{PREF}越境ＥＣ相談デスク"
TARGET = 1200  # 調査対象の企業
INDICATOR_YEARS = (2022, 2023, 2024)
RESPONDENTS = (452, 461, 468)  # 回答企業数 by year
USERS = (98, 112, 131)  # 越境ＥＣ利用企業数 by year
SALES = (1846, 2312, 2905)  # 越境ＥＣ売上高の合計（百万円） by year
STOPPED = (21, 29, 37)  # 撤退・休止企業数 by year
INDUSTRIES = [  # 業種, 回答企業数, うち越境ＥＣ利用, うち撤退・休止 (社, 令和６年度)
    ("食料品", 64, 27, 6), ("飲料・酒類", 31, 14, 3), ("繊維・衣服", 38, 12, 4), ("木材・家具", 22, 5, 2),
    ("化学・化粧品", 27, 13, 3), ("金属製品", 45, 6, 2), ("機械・電気機器", 58, 9, 3), ("卸売業", 71, 17, 5),
    ("小売業", 66, 21, 6), ("その他", 46, 7, 3),
]
DESTINATIONS = [  # 販売先の国・地域, 企業数 (複数回答, 令和６年度)
    ("米国", 58), ("台湾", 47), ("中国", 41), ("香港", 39), ("韓国", 24), ("シンガポール", 22),
    ("欧州", 19), ("タイ", 15), ("オーストラリア", 13), ("その他", 11),
]
REASONS = [  # 撤退・休止の理由, 社 (複数回答; stated in prose only)
    ("売上が思うように伸びなかった", 22), ("海外への送料などの物流費が高い", 15),
    ("返品やクレームへの対応の負担が大きい", 11), ("担当できる人材がいない", 9), ("販売サイトの手数料が上がった", 6),
]
SECTORS = [  # 見出し, 主な販売先, 主に使っている販売サイト, 主な課題 (same labels in every sibling section)
    ("食料品", "台湾、香港、米国", "海外の大手ＥＣモールにある日本食の専門店区画", "賞味期限と輸入規制への対応"),
    ("化学・化粧品", "中国、タイ、シンガポール", "中国向けの越境ＥＣモール", "成分表示の翻訳と各国の登録手続"),
    ("小売業", "米国、オーストラリア、台湾", "自社の多言語通販サイト", "海外の顧客からの問い合わせへの対応"),
]


def chosa_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=CHOSA_PDF, title="業種別の回答企業と越境ＥＣの利用",
        header=[["業種", "回答企業数（社）", "うち越境ＥＣ利用（社）", "うち撤退・休止（社）"]],
        rows=rows, col_widths=[42 * mm, 36 * mm, 42 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    irows = [
        ["回答企業数", "社"] + [fw(x) for x in RESPONDENTS],
        ["越境ＥＣ利用企業数", "社"] + [fw(x) for x in USERS],
        ["利用率", "％"] + [cell(pct1(u, r)) for u, r in zip(USERS, RESPONDENTS)],
        ["越境ＥＣ売上高の合計", "百万円"] + [fw(x) for x in SALES],
        ["撤退・休止企業数", "社"] + [fw(x) for x in STOPPED],
    ]
    indicators = TableSpec(
        key="indicators", doc=CHOSA_PDF, title="主な指標の推移",
        header=[["指標", "単位"] + [f"令和{fw(y - 2018)}年度" for y in INDICATOR_YEARS]],
        rows=irows, col_widths=[50 * mm, 20 * mm, 28 * mm, 28 * mm, 28 * mm], value_cols=[2, 3, 4],
        unit=lambda row, c: nfkc(row[1]), align_left_cols=(1,),
    )
    n = USERS[-1]
    destinations = TableSpec(
        key="destinations", doc=CHOSA_PDF, title="販売先の国・地域別の利用企業（複数回答）",
        header=[["販売先の国・地域", "企業数（社）", "割合（％）"]],
        rows=[[d, fw(k), cell(pct1(k, n))] for d, k in DESTINATIONS],
        col_widths=[56 * mm, 34 * mm, 34 * mm], ruled=False, table_fy=2024,
    )
    destinations.unit = lambda row, c, s=destinations: bracket_unit(s.column_label(c))
    return indicators, industries, destinations


def chosa_story(specs):
    indicators, industries, destinations = specs
    total, used, stopped = RESPONDENTS[-1], USERS[-1], STOPPED[-1]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 調査結果", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業による越境ＥＣの利用の状況と課題を把握し、海外への販路開拓の支援に役立てるため"),
        ("調査対象", f"県内に本社を置く製造業、卸売業及び小売業の企業 {TARGET:,}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート（令和４年度から毎年実施）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この調査において「越境ＥＣ」とは、インターネット上の販売サイトを通じて、海外の消費者又は事業者に商品を販売することをいう。「越境ＥＣ利用企業」とは、調査基準日前の１年間に越境ＥＣによる販売の実績がある企業をいう。また、「撤退・休止」とは、過去に越境ＥＣを行っていたが、調査基準日前の１年間に販売の実績がないことをいう。
""", 0)
    st += [P("２　主な指標の推移", H1)]
    st += paras(f"""
越境ＥＣ利用企業は３年続けて増え、令和６年度は{used}社、利用率は{pct1(used, total)}％となった。一方で、撤退・休止企業も毎年増えている。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 各年度の調査基準日は10月１日である。越境ＥＣ売上高は、利用企業が回答した直近１年間の越境ＥＣによる売上高の合計である。",
    ])
    st += [P("３　業種別の利用状況", H1)]
    st += paras("""
業種別では、食料品が利用企業数で最も多く、小売業、卸売業が続いた。
""", 0)
    st += [caption(industries.title, "（令和６年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「その他」は、窯業・土石製品、印刷、運輸業等である。"])
    st += [CondPageBreak(SIBLING_ROOM + 8 * mm)] + paras("主な業種の状況は、次のとおりである。", 0)
    for i, (head, dest, site, issue) in enumerate(SECTORS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な販売先", dest), ("主に使っている販売サイト", site), ("主な課題", issue)], 1)
    st += [P("４　販売先の国・地域", H1)]
    st += paras("販売先では米国が最も多く、台湾、中国、香港が続いた。", 0)
    st += [caption(destinations.title, "（令和６年度）"), destinations.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 越境ＥＣ利用企業{used}社が回答した。割合は{used}社に対するものである。"])
    st += [P("５　撤退・休止の理由", H1)]
    st += paras(f"""
撤退・休止企業{stopped}社に理由を尋ねたところ（複数回答）、「{REASONS[0][0]}」が最も多く、次のとおりであった。
""", 0)
    st += bullets([f"{r}（{fw(k)}社）" for r, k in REASONS], 0)
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "国ごとの輸入規制や表示のルールを、まとめて調べられるようにしてほしい。",
        "海外への小口の発送をまとめて安く送れる仕組みを作ってほしい。",
        "販売サイトへの出店や多言語の商品ページの作り方を学ぶ講座を開いてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {DESK}で、販売サイトの選び方と出店の手続の個別相談を受ける。",
        "② 国ごとの輸入規制と表示のルールをまとめた手引きを、令和７年度中に作る。",
        "③ 県の海外共同倉庫と組み合わせた小口配送の試行を行う。",
        "④ 次回の調査は、令和７年10月１日を基準日として行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 流通振興班　電話：099-545-2210　ファクス：099-545-2219",
        f"{DESK}（公益財団法人{PREF}産業支援センター内、個別の相談）　電話：099-546-8800",
        "電子メール：kuwa-ec@example.jp",
    ]))
    return st


# ================================================================ document 3: grant to travel agencies, grant guideline
JOSEI = f"{PREF}訪日旅行送客促進助成金"
JOSEI_DEPT = f"{PREF} 観光文化部 国際観光課"
RENMEI = f"一般社団法人{PREF}観光連盟"
UNIT_RATES = [  # 市場; 宿泊ツアー（円）, 日帰りツアー（円）, １ツアーの上限（万円） (別表, from 令和７年４月１日)
    ("東アジア", 2000, 800, 30), ("東南アジア", 3000, 1200, 40), ("欧米・豪州", 4000, 1500, 50),
    ("その他の地域", 3000, 1200, 40),
]
NEW_BONUS = (1000, 500)  # 第５条第２項: 新規送客事業者の加算 (宿泊ツアー, 日帰りツアー), 円
AGENCY_CAP = 300  # 万円 per agency and fiscal year
GRANTS = [  # 年度, 交付件数（件）, 送客人数（人）, 延べ宿泊数（人泊）, 交付額（万円）
    (2022, 18, 412, 734, 152), (2023, 64, 1538, 3106, 786), (2024, 97, 2264, 4652, 1243),
]
MARKETS = [  # (subtotal label or None, [(国・地域, ツアー数, 送客人数, 延べ宿泊数)]) (令和６年度)
    ("東アジア計", [("台湾", 22, 512, 1036), ("香港", 14, 318, 655), ("韓国", 11, 246, 398), ("中国", 6, 152, 341)]),
    ("東南アジア計", [("タイ", 12, 287, 604), ("シンガポール", 8, 176, 402), ("ベトナム", 7, 168, 315)]),
    ("欧米・豪州計", [("米国", 7, 182, 431), ("オーストラリア", 6, 155, 344)]),
    (None, [("その他の地域", 4, 68, 126)]),
]
SUBTOTALS = tuple(s for s, _m in MARKETS if s)
TOURS = [  # 見出し, ツアーの内容, 送客人数, nights, market, new agency (same labels in every sibling section)
    ("台北の旅行会社Ｄ社", "温泉と果樹園を巡る３泊４日のツアー（年６回）", 168, 3, "東アジア", False),
    ("バンコクの旅行会社Ｅ社", "桑市の寺院と雪遊びを楽しむ２泊３日のツアー（年４回、新規送客事業者）", 96, 2, "東南アジア", True),
    ("シドニーの旅行会社Ｆ社", "高原町の山歩きを中心とする４泊５日のツアー（年２回）", 34, 4, "欧米・豪州", False),
]


def tour_grant(people: int, nights: int, market: str, new: bool) -> int:
    """The grant in yen of one tour under 第５条 (before the per-tour cap)."""
    rate = next(r for r in UNIT_RATES if r[0] == market)
    return people * nights * (rate[1] + (NEW_BONUS[0] if new else 0))


def josei_specs():
    rates = TableSpec(
        key="rates", doc=JOSEI_PDF, title="市場別の助成単価と上限額",
        header=[["区分", "市場", "宿泊ツアー（円）", "日帰りツアー（円）", "１ツアーの上限（万円）"]],
        rows=[[f"（{fw(i)}）", n, fw(a), fw(b), fw(c)] for i, (n, a, b, c) in enumerate(UNIT_RATES, 1)],
        col_widths=[16 * mm, 34 * mm, 32 * mm, 34 * mm, 42 * mm], label_col=1, table_fy=2025,
        align_left_cols=(1,),
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.column_label(c))
    grants = TableSpec(
        key="grants", doc=JOSEI_PDF, title="交付の実績",
        header=[["年度", "交付件数（件）", "送客人数（人）", "延べ宿泊数（人泊）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in GRANTS],
        col_widths=[28 * mm, 32 * mm, 32 * mm, 36 * mm, 32 * mm],
    )
    grants.unit = lambda row, c, s=grants: bracket_unit(s.column_label(c))
    mrows = []
    for sub, members in MARKETS:
        mrows += [[n, fw(a), fw(b), fw(c)] for n, a, b, c in members]
        if sub:
            mrows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    allm = [m for _s, ms in MARKETS for m in ms]
    mrows.append(["合計"] + [fw(sum(m[j] for m in allm)) for j in (1, 2, 3)])
    markets = TableSpec(
        key="markets", doc=JOSEI_PDF, title="国・地域別の送客の実績",
        header=[["国・地域", "ツアー数（件）", "送客人数（人）", "延べ宿泊数（人泊）"]],
        rows=mrows, col_widths=[40 * mm, 34 * mm, 34 * mm, 38 * mm], table_fy=2024,
        bold_rows=("合計",) + SUBTOTALS,
    )
    markets.unit = lambda row, c, s=markets: bracket_unit(s.column_label(c))
    return rates, grants, markets


def josei_story(specs):
    rates, grants, markets = specs
    n_tours = sum(g[1] for g in GRANTS)
    last = GRANTS[-1]
    st = [Spacer(1, 2 * mm), P(f"{JOSEI}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("制定　令和４年３月25日", DATE_RIGHT), P("改正　令和７年３月28日", DATE_RIGHT),
          P(JOSEI_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    art = pstyle("article", docgen.GOTHIC, 10.5, 17, spaceBefore=5, keepWithNext=1)

    def article(head, text=None):
        out = [P(head, art)]
        if text:
            out += paras(text, 0)
        return out

    st += article("第１条（趣旨）", f"""
この要綱は、旅行業者が県内に宿泊し、又は県内を周遊する訪日旅行を企画し、訪日旅行者を県内に送客する場合に、予算の範囲内で{JOSEI}（以下「助成金」という。）を交付することについて、必要な事項を定めるものとする。
""")
    st += article("第２条（定義）", "この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。")
    st += numbered([
        "（１）「訪日旅行者」とは、日本国外に居住する外国人の旅行者をいう。",
        "（２）「人泊」とは、県内の宿泊施設に宿泊した訪日旅行者の数に泊数を乗じて得た数をいう。",
        "（３）「新規送客事業者」とは、申請の日の属する年度の前２年度（前年度及び前々年度）に、助成金の交付を受けていない旅行業者をいう。",
    ], 0)
    st += article("第３条（助成対象者）", "助成金の交付の対象となる者は、次のいずれかに該当する旅行業者とする。")
    st += bullets(["旅行業法に基づく登録を受けた旅行業者", "外国の法令に基づき旅行業の登録等を受けた旅行業者"], 0)
    st += article("第４条（助成対象ツアー）", "助成の対象となるツアーは、次の要件をすべて満たすものとする。")
    st += bullets([
        "訪日旅行者10人以上が参加するもの",
        "県内で１泊以上するもの（以下「宿泊ツアー」という。）、又は県内の観光施設を３か所以上訪れる日帰りのもの（以下「日帰りツアー」という。）",
        "県内の飲食店等で１回以上食事をとるもの",
    ], 0)
    st += article("第５条（助成額）", f"""
助成金の額は、別表の区分に応じ、宿泊ツアーは人泊の数に、日帰りツアーは訪日旅行者の数に、同表に定める単価をそれぞれ乗じて得た額とし、１ツアー当たり同表に定める上限額を限度とする。
２　新規送客事業者については、別表の単価に、宿泊ツアーは{NEW_BONUS[0]:,}円、日帰りツアーは{NEW_BONUS[1]}円を加算する。この場合においても、１ツアー当たりの上限額は前項のとおりとする。
３　助成金の額は、１旅行業者当たり１年度{AGENCY_CAP}万円を限度とし、千円未満の端数は切り捨てる。
""")
    st += article("第６条（交付の手続）", "助成金の交付の手続は、次のとおりとする。")
    st += numbered([
        "① 事前申請（ツアーの開始の日の30日前まで）",
        "② 事前申請の受理の通知",
        "③ ツアーの実施（宿泊を証する書類と参加者名簿を保存すること）",
        "④ 実績報告と交付申請（ツアーの終了の日から45日以内）",
        "⑤ 審査と交付決定（実績報告の受理から30日以内）",
        "⑥ 助成金の支払（交付決定の通知の後、請求に基づき支払う）",
    ], 0)
    st += article("第７条（助成の対象外）", "次のいずれかに該当するツアーは、助成の対象としない。")
    st += bullets([
        "国又は他の地方公共団体から同種の助成を受けるもの",
        "視察や研修など、業務を主な目的とするもの",
        "クルーズ船の寄港に伴う寄港地観光",
        "県外に宿泊し、県内を通過するだけのもの",
    ], 0)
    st += article("第８条（その他）", "この要綱に定めるもののほか、必要な事項は、知事が別に定める。")
    st += article("附　則", "この要綱は、令和４年４月１日から施行する。")
    st += article("附　則（令和７年３月28日改正）",
                  "この要綱は、令和７年４月１日から施行し、同日以後に開始するツアーから適用する。")
    st += [P("別表（第５条関係）", art)]
    st += [caption(rates.title, "（令和７年４月１日以後）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 東アジアは中国、韓国、台湾、香港及びモンゴル、東南アジアはＡＳＥＡＮ加盟国、欧米・豪州は北米、欧州、オーストラリア及びニュージーランドをいう。",
        "※２ 宿泊ツアーの単価は１人泊当たり、日帰りツアーの単価は訪日旅行者１人当たりの額である。",
    ])
    st += [P("（参考）１　令和７年度の受付の概要", H1)]
    st += lv_lines([
        ("予算額", "4,500万円"),
        ("受付期間", "令和７年４月１日から令和８年２月27日まで（予算額に達した時点で終了）"),
        ("対象となるツアー", "令和７年４月１日から令和８年３月31日までに終了するもの"),
        ("申請先", f"{JOSEI_DEPT}（電子メール又は郵送）"),
    ], 0)
    st += [P("（参考）２　交付の実績", H1)]
    st += paras(f"""
制度を始めた令和４年度（2022年度）から令和６年度までに、延べ{n_tours}件のツアーに助成した。令和６年度は{last[1]}件、送客人数{last[2]:,}人、延べ宿泊数{last[3]:,}人泊で、いずれも過去最多となった。国・地域別では、東アジアが送客人数の半数余りを占めた。
""", 0)
    st += [caption(grants.title), grants.flowable(), Spacer(1, 2)]
    st += [caption(markets.title, "（令和６年度）"), markets.flowable(), Spacer(1, 2)]
    st += notes(["※３ 送客人数は訪日旅行者の実人数で、日帰りツアーの参加者を含む。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("（参考）３　活用事例（令和６年度）", H1)]
    for i, (head, content, people, nights, market, new) in enumerate(TOURS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("ツアーの内容", content), ("送客人数", f"{people}人"),
                        ("助成金の額", yen(tour_grant(people, nights, market, new)))], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{JOSEI_DEPT} 誘客推進班　電話：099-548-1150　ファクス：099-548-1159",
        f"{RENMEI}（ツアーの企画の相談）　電話：099-548-2600",
        "電子メール：kuwa-sokyaku@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return soko_specs() + chosa_specs() + josei_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    sspecs, cspecs, jspecs = soko_specs(), chosa_specs(), josei_specs()
    sdoc = build_pdf(docs_dir / SOKO_PDF, sspecs, soko_story(sspecs),
                     f"令和７年度 {SOKO} 実施要領", "令和７年３月", SOKO_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 調査結果", "令和７年２月", CHOSA_DEPT)
    jdoc = build_pdf(docs_dir / JOSEI_PDF, jspecs, josei_story(jspecs),
                     f"{JOSEI}交付要綱", "令和７年３月28日改正", JOSEI_DEPT)
    gold = all_gold({SOKO_PDF: sdoc.row_pages, CHOSA_PDF: cdoc.row_pages, JOSEI_PDF: jdoc.row_pages})
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
    # --- soko: the shared-warehouse guideline, tables (a) (b) (c), a definition, the user's costs, sibling sections
    dict(question="従業員15人の家具メーカーから相談を受けています。ロサンゼルスの倉庫に商品を１パレット預けると、１か月の自己負担はいくらになりますか？",
         category="soko", doc=SOKO_PDF,
         evidence=["常時使用する従業員の数が20人", "保管（１パレット・１か月） 6,000 4,000 4,500 3,000"], answer=["4,000"],
         notes="two facts: 15人 (manufacturing) is within the 20人 of the 小規模企業者 definition in ２; (a) two-level "
               "header, group ロサンゼルス倉庫（円）, leaf 小規模企業者; 6,000 (中小企業者) and 3,000 (the same leaf "
               "under シンガポール倉庫) are the traps"),
    dict(question="社員が８人いる卸売の会社が、2025年度にシンガポールの倉庫から現地の取引先へ配送を頼むと、１件当たりいくら負担しますか？",
         category="soko", doc=SOKO_PDF,
         evidence=["商業又はサービス業を主たる事業とする者は５人", "現地配送（１件） 2,700 1,800 1,500 1,000"],
         answer=["1,500"],
         notes="two facts: a wholesaler with 8 employees is above the 5人 for 商業 in the 小規模企業者 definition, so the "
               "column is (a) シンガポール倉庫（円）／中小企業者; 1,000 (小規模企業者) is the trap, 2,700 and 1,800 the "
               "other warehouse; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="2022年度に共同倉庫を利用した企業は何社ありましたか？",
         category="soko", doc=SOKO_PDF, evidence=["令和４年度 19 142 1,035 2,415"], answer=["19"],
         notes="(c) years as rows: 2022年度 = 令和４年度 (only 2021年度 is printed in Western form); column "
               "利用企業数（社）; 142 (入庫量) is the trap"),
    dict(question="令和５年度から令和６年度にかけて、倉庫からの出荷件数はどれだけ増えましたか？",
         category="soko", doc=SOKO_PDF, evidence=["令和５年度 24 188 1,482 3,560", "令和６年度 31 236 1,949 4,870"],
         answer=["467件"], computed=True,
         notes="(c) difference down a column: 1,949 − 1,482 = 467件"),
    dict(question="令和６年度、シンガポールの倉庫から出した荷物のうち、お酒は何％を占めていますか？",
         category="soko", doc=SOKO_PDF, evidence=["酒類 155 203 358", "合計 1,078 871 1,949"], answer=["23.3%"],
         computed=True,
         notes="(b) share within a column: 203 / 871 = 23.3 % (358 / 1,949 = 18.4 % over both warehouses is the trap)"),
    dict(question="2024年度に、伝統的な工芸品は二つの倉庫を合わせて何件出荷されましたか？",
         category="soko", doc=SOKO_PDF, evidence=["工芸品 121 45 166"], answer=["166"],
         notes="(b) the total column on the right (合計), row 工芸品; 121 and 45 are the two warehouses; "
               "2024年度 = 令和６年度 (caption note)"),
    dict(question="小規模企業者がシンガポールの倉庫に10パレットを３か月預けると、保管の自己負担は合わせて何円になりますか？",
         category="soko", doc=SOKO_PDF, evidence=["保管（１パレット・１か月） 6,000 4,000 4,500 3,000"],
         answer=["90,000円"], computed=True,
         notes="(a) leaf シンガポール倉庫（円）／小規模企業者 × 10 pallets × 3 months: 3,000 × 10 × 3 = 90,000円 "
               "(within the 20-pallet and 180-day limits of note ※２)"),
    dict(question="2024年度の利用企業は、現地での売上が１社当たり平均でどのくらいあったことになりますか？",
         category="soko", doc=SOKO_PDF, evidence=["令和６年度 31 236 1,949 4,870"], answer=["157.1万円"],
         computed=True,
         notes="(c) average in a row (2024年度 = 令和６年度): 4,870 / 31 = 157.1万円 (note ※３: 現地売上高 as declared by the users)"),
    dict(question="木のおもちゃを作っている会社の事例では、倉庫にどれだけの量を預けていましたか？",
         category="soko", doc=SOKO_PDF, evidence=["木製玩具製造業Ｂ社", "保管量：８パレット"], answer=["８パレット"],
         notes="sibling sections （１）–（３） of ６ share the labels 利用した倉庫, 保管量, 現地での成果; "
               "（２）木製玩具製造業Ｂ社 (おもちゃ = 玩具); 12パレット and ５パレット are the siblings' values"),
    dict(question="輸入先の国でかかる関税や通関の手数料も、県が一部を負担してくれるのでしょうか？",
         category="soko", doc=SOKO_PDF, evidence=["次の費用は、利用者が全額を負担します", "輸入国の関税、消費税及び通関の手数料"],
         answer=["全額"],
         notes="the costs the user bears in full (a lead sentence and four ○ items after the notes of the fee table): "
               "no; the fees of table (a) are shared, a near miss"),
    # --- chosa: the cross-border e-commerce survey, tables (d) (e) (f), a definition, sibling sections, prose-only figures
    dict(question="2023年度の調査では、越境ECを使っている県内企業は何社でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["越境ＥＣ利用企業数 社 98 112 131"], answer=["112"],
         notes="(e) columns are fiscal years: 2023年度 = 令和５年度 (the report prints 2024年 only in 調査基準日); "
               "131 (令和６年度) and 98 are the traps"),
    dict(question="令和４年度の調査で、県内企業の越境ECの売上は合計でいくらでしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["越境ＥＣ売上高の合計 百万円 1,846 2,312 2,905"],
         answer=["1,846"],
         notes="(e) row 越境ＥＣ売上高の合計, column 令和４年度; the unit (百万円) is printed only in the row's 単位 "
               "cell: 1,846百万円 (about 18億円)"),
    dict(question="越境ECの売上高の合計は、令和４年度から令和６年度の２年間で何倍になりましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["越境ＥＣ売上高の合計 百万円 1,846 2,312 2,905"],
         answer=["1.6倍"], computed=True,
         notes="(e) ratio across the year columns: 2,905 / 1,846 = 1.57 → 1.6倍"),
    dict(question="回答した小売業の会社のうち、越境ECをやめたり休んだりしているところは何社ありますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["小売業 66 21 6"], answer=["６"],
         notes="(d) continuation page (no header there): row 小売業, column うち撤退・休止（社） (definition of "
               "撤退・休止 in １); 21 (利用) is the trap"),
    dict(question="回答した食品メーカーのうち、越境ECを使っている会社はどのくらいの割合ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["食料品 64 27 6"], answer=["42.2%"], computed=True,
         notes="(d) first page: share within a row: 27 / 64 = 42.2 %"),
    dict(question="越境ECを使っている会社の割合がいちばん高いのは、どの業種ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["化学・化粧品 27 13 3"], answer=["化学・化粧品"],
         notes="ranking: (d) うち越境ＥＣ利用 / 回答企業数 per row: 化学・化粧品 13 / 27 = 48.1 %, 飲料・酒類 45.2 %, "
               "食料品 42.2 %; 食料品 (the most users, stated in the prose) is the trap"),
    dict(question="越境ECを使っている企業のうち、台湾向けに販売している企業の割合は？",
         category="chosa", doc=CHOSA_PDF, evidence=["台湾 47 35.9"], answer=["35.9"],
         notes="(f) unruled table with counts and per cents in paired columns, column 割合（％）; 47 (企業数) is the "
               "trap (multiple answers, over 131 users: note ※３)"),
    dict(question="越境ECから撤退・休止した企業のうち、物流費の高さを理由に挙げたのは何％ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["撤退・休止企業37社", "物流費が高い（15社）"], answer=["40.5%"],
         computed=True,
         notes="prose-only figures (５, no table): 15 / 37 = 40.5 %"),
    dict(question="海外の会社向けにだけネットで販売している場合も、この調査では越境ECに数えられますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["海外の消費者又は事業者に商品を販売すること"],
         answer=["消費者又は事業者"],
         notes="definition 「越境ＥＣ」とは…海外の消費者又は事業者に商品を販売することをいう (yes: sales to "
               "businesses count)"),
    dict(question="化粧品などの業種では、主にどんな販売サイトが使われていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（２）化学・化粧品", "主に使っている販売サイト：中国向けの越境ＥＣモール"],
         answer=["中国向けの越境ＥＣモール"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な販売先, 主に使っている販売サイト, 主な課題; "
               "（２）化学・化粧品; the siblings' sites (日本食の専門店区画, 自社の多言語通販サイト) are the traps"),
    # --- josei: the travel-agency grant guideline, tables (g) (h) (i), a definition, tours not covered, sibling sections
    dict(question="令和４年度に一度だけこの助成金を受け、その後は使っていない旅行会社が令和７年度に申請すると、新規送客事業者の加算を受けられますか？",
         category="josei", doc=JOSEI_PDF, evidence=["前２年度（前年度及び前々年度）に、助成金の交付を受けていない"],
         answer=["前２年度"],
         notes="definition 「新規送客事業者」 in 第２条（３） asked at its boundary: for 令和７年度 the 前２年度 are "
               "令和５・６年度, with no grant, so yes"),
    dict(question="ベトナムの旅行会社が県内に泊まるツアーを組んだ場合、１人泊当たりの助成単価はいくらですか？",
         category="josei", doc=JOSEI_PDF, evidence=["東南アジアはＡＳＥＡＮ加盟国", "東南アジア 3,000 1,200 40"],
         answer=["3,000"],
         notes="two facts: note ※１ puts ベトナム (ASEAN) in 東南アジア; (g) a table whose first column numbers the "
               "rows （１）…（４）, row 東南アジア, column 宿泊ツアー（円）; 1,200 (日帰り) and 40 (the cap) are the traps"),
    dict(question="台湾の旅行会社で、これまでこの助成金を使ったことがないところが、25人のツアーで県内に２泊した場合、助成額はいくらになりますか？",
         category="josei", doc=JOSEI_PDF, evidence=["東アジア 2,000 800 30", "宿泊ツアーは1,000円"],
         answer=["15万円"], computed=True,
         notes="(g) row 東アジア (台湾, note ※１) and the 新規送客事業者 add-on of 第５条２: 25 × 2 = 50人泊 × "
               "(2,000 + 1,000) = 150,000円 = 15万円, under the 30万円 cap"),
    dict(question="タイの旅行会社が30人を連れて県内に５泊するツアーを組むと、助成金は最大でいくらになりますか？この会社は以前から利用しています。",
         category="josei", doc=JOSEI_PDF, evidence=["東南アジア 3,000 1,200 40"], answer=["40万円"], computed=True,
         notes="(g) row 東南アジア: 30 × 5 = 150人泊 × 3,000 = 450,000円, above the per-tour cap (column "
               "１ツアーの上限（万円）), so 40万円; 45万円 is the trap"),
    dict(question="2023年度には、何件のツアーにこの助成金が交付されましたか？",
         category="josei", doc=JOSEI_PDF, evidence=["令和５年度 64 1,538 3,106 786"], answer=["64"],
         notes="(h) years as rows: 2023年度 = 令和５年度 (only 2022年度 is printed in Western form); column "
               "交付件数（件）"),
    dict(question="2024年度に、東南アジアの国々から送客された旅行者は合わせて何人でしたか？",
         category="josei", doc=JOSEI_PDF, evidence=["東南アジア計 27 631 1,321"], answer=["631"],
         notes="(i) a subtotal row inside the table (東南アジア計), column 送客人数（人） (2024年度 = 令和６年度, caption note); 1,321 (延べ宿泊数) and 27 "
               "(ツアー数) are the traps"),
    dict(question="欧米やオーストラリアからの旅行者は、県内に平均で何泊していますか？",
         category="josei", doc=JOSEI_PDF, evidence=["欧米・豪州計 13 337 775"], answer=["2.3泊"], computed=True,
         notes="(i) average in the subtotal row 欧米・豪州計: 775人泊 / 337人 = 2.3泊"),
    dict(question="クルーズ船で寄港した外国人客向けの寄港地観光ツアーも、この助成金の対象になりますか？",
         category="josei", doc=JOSEI_PDF, evidence=["助成の対象としない", "クルーズ船の寄港に伴う寄港地観光"],
         answer=["寄港地観光"],
         notes="第７条 (a lead sentence and four ○ items): no; the requirements of 第４条 (a near miss) would otherwise fit"),
    dict(question="シドニーの旅行会社の事例では、助成金はいくら出ましたか？",
         category="josei", doc=JOSEI_PDF, evidence=["シドニーの旅行会社Ｆ社", "助成金の額：54万4,000円"],
         answer=["54万4,000円"],
         notes="sibling sections （１）–（３） of （参考）３ share the labels ツアーの内容, 送客人数, 助成金の額; "
               "（３）シドニーの旅行会社Ｆ社; 100万8,000円 and 76万8,000円 are the siblings' values"),
    # --- followups
    dict(question="では、シンガポールの倉庫だとそれはいくらになりますか？",
         category="followup", doc=SOKO_PDF, evidence=["出荷作業（１件） 1,500 1,000 1,200 800"], answer=["800"],
         history=_turns("ロサンゼルスの倉庫で、小規模企業者が１件出荷してもらうと、負担はいくらですか？",
                        "小規模企業者の場合、ロサンゼルス倉庫の出荷作業は１件1,000円です[1]。"),
         notes="(a) the row and the leaf from the history (出荷作業, 小規模企業者), the other group "
               "シンガポール倉庫（円）; 1,200 (中小企業者) is the trap"),
    dict(question="その申込みをしたあと、利用できるかどうかの通知はいつごろ来ますか？",
         category="followup", doc=SOKO_PDF, evidence=["審査と利用決定の通知（申込みから２週間以内）"],
         answer=["２週間以内"],
         history=_turns("共同倉庫の利用の申込みは、いつまでにすればよいですか？",
                        "各四半期の利用開始月の前月15日までに利用申込書を提出します[1]。"),
         notes="procedure step ③ after the step ② of the history; the 30日以内 of step ⑦ is a near miss"),
    dict(question="その前の年度の利用率は何％でしたか？",
         category="followup", doc=CHOSA_PDF, evidence=["利用率 ％ 21.7 24.3 28.0"], answer=["24.3"],
         history=_turns("令和６年度の調査で、越境ECの利用企業は何社でしたか？",
                        "令和６年度の越境ＥＣ利用企業は131社でした[1]。"),
         notes="(e) the year column before the one in the history (令和５年度), row 利用率 (unit ％ in the 単位 "
               "column); 28.0 (令和６年度) is the trap"),
    dict(question="その年度の延べ宿泊数はどれくらいでしたか？",
         category="followup", doc=JOSEI_PDF, evidence=["令和６年度 97 2,264 4,652 1,243"], answer=["4,652"],
         history=_turns("2024年度の交付額はいくらでしたか？",
                        "2024年度（令和６年度）の交付額は1,243万円でした[1]。"),
         notes="(h) the year from the history (2024年度 = 令和６年度), column 延べ宿泊数（人泊）; 2,264 (送客人数) "
               "is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=JOSEI_PDF, evidence=["電話：099-548-2600"], answer=["099-548-2600"],
         history=_turns("ツアーの企画について相談できるところはありますか？",
                        f"{RENMEI}がツアーの企画の相談を受け付けています[1]。"),
         notes="contact box of the grant guideline: the 観光連盟's phone (second line); the 班's phone 099-548-1150 "
               "and fax 099-548-1159 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="共同倉庫で預かっている商品が火事などで傷んだ場合、いくらまで補償してもらえますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the fees and says the user pays the insurance premium, not any compensation",
         absent=["補償", "火災", "損害賠償"]),
    dict(question="ロサンゼルスの共同倉庫は、全体で何パレット分の広さがありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only the per-firm limit (20パレット per warehouse) and the pallets stored per year are given, not the "
               "warehouse's capacity",
         absent=["収容能力", "保管能力", "面積", "平方メートル"]),
    dict(question="越境ECの売上高を業種別に見ると、食料品の会社の売上はいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="sales are given only as the yearly total (table (e)); the industries come with counts of firms only",
         absent=["業種別の売上", "業種別の越境ＥＣ売上"]),
    dict(question="越境ECを利用している企業では、どの決済手段がいちばん多く使われていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey covers sites, destinations and reasons for stopping, not means of payment",
         absent=["決済", "クレジットカード"]),
    dict(question="令和６年度に助成したツアーのうち、新規送客事業者のツアーは何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the grants are given by year and by country or region; one case (Ｅ社) is a 新規送客事業者, no count",
         absent=["うち新規", "新規送客事業者数", "新規送客事業者の件数"]),
    dict(question="助成したツアーの参加者は、県内で１人当たりいくらお金を使っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives tours, tourists and guest nights, not the tourists' spending",
         absent=["消費額", "観光消費", "支出額"]),
]
CATEGORY_COUNTS = {"soko": 10, "chosa": 10, "josei": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h50q", "h50t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "サービス別の利用料", "品目別の出荷件数", "利用の実績",
    "業種別の回答企業と越境ＥＣの利用", "主な指標の推移", "販売先の国・地域別の利用企業（複数回答）",
    "市場別の助成単価と上限額", "交付の実績", "国・地域別の送客の実績")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))
KEYS = dict(zip("abcdefghi", ("fees", "products", "record", "industries", "indicators", "destinations",
                              "rates", "grants", "markets")))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _div(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _man(yen_amount: int) -> str:
    q = Decimal(yen_amount) / 10000
    return f"{int(q) if q == q.to_integral() else q}万円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (and, for h50q18, the prose counts)
    "h50q04": lambda g: f"{g(C, '令和６年度', '出荷件数（件）', 2024) - g(C, '令和５年度', '出荷件数（件）', 2023)}件",
    "h50q05": lambda g: _pct(g(B, "酒類", "シンガポール倉庫", 2024), g(B, "合計", "シンガポール倉庫", 2024)),
    "h50q07": lambda g: f"{g(A, '保管（１パレット・１か月）', 'シンガポール倉庫（円）／小規模企業者', 2025) * 10 * 3:,}円",
    "h50q08": lambda g: _div(g(C, "令和６年度", "現地売上高（万円）", 2024), g(C, "令和６年度", "利用企業数（社）", 2024), "万円"),
    "h50q13": lambda g: _div(g(E, "越境ＥＣ売上高の合計", "令和６年度", 2024), g(E, "越境ＥＣ売上高の合計", "令和４年度", 2022), "倍"),
    "h50q15": lambda g: _pct(g(D, "食料品", "うち越境ＥＣ利用（社）", 2024), g(D, "食料品", "回答企業数（社）", 2024)),
    "h50q18": lambda g: _pct(dict(REASONS)["海外への送料などの物流費が高い"], STOPPED[-1]),
    "h50q23": lambda g: _man(min(25 * 2 * (g(G, "東アジア", "宿泊ツアー（円）", 2025) + NEW_BONUS[0]),
                                 g(G, "東アジア", "１ツアーの上限（万円）", 2025) * 10000)),
    "h50q24": lambda g: _man(min(30 * 5 * g(G, "東南アジア", "宿泊ツアー（円）", 2025),
                                 g(G, "東南アジア", "１ツアーの上限（万円）", 2025) * 10000)),
    "h50q27": lambda g: _div(g(I, "欧米・豪州計", "延べ宿泊数（人泊）", 2024), g(I, "欧米・豪州計", "送客人数（人）", 2024), "泊"),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SOKO_PDF: (3, 3), CHOSA_PDF: (3, 3), JOSEI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 200)
TABLE_QUESTIONS = 20  # at least, over the answerable categories outside the followups
COMPUTED_RANGE = (8, 12)
BEFORE_BREAK_ROWS = ("食料品", "飲料・酒類")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("小売業", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout50.py")
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
        if q.get("computed") and not any(norm(a) in norm(q["notes"]) for a in q["answer"]):
            errors.append(f"{qid}: a computed answer should be shown in its notes")
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
    if not COMPUTED_RANGE[0] <= n <= COMPUTED_RANGE[1]:
        errors.append(f"{n} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
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
    if sum(q["notes"].startswith("ranking") for q in questions) != 1:
        errors.append("expected one ranking question")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout50.py")
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
            # each printed row, cell after cell, on its page (the number column of (g) and the 単位 of (e) included)
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

    # (a): the small firms' share is two thirds of the others' (note ※１: 1/3 against 1/2 of the fee)
    for row, r in t[A].items():
        for wh in ("ロサンゼルス倉庫（円）", "シンガポール倉庫（円）"):
            if r[f"{wh}／中小企業者"] * 2 != r[f"{wh}／小規模企業者"] * 3:
                errors.append(f"{A} / {row}: 小規模企業者 is not 1/3 of the fee when 中小企業者 is 1/2")
    # (b): the total column is the two warehouses; the 合計 row adds up; it equals (c)'s 令和６年度
    b = t[B]
    for row, r in b.items():
        if r["合計"] != r["ロサンゼルス倉庫"] + r["シンガポール倉庫"]:
            errors.append(f"{B} / {row}: 合計 column differs from the two warehouses")
    adds_up(B, ("ロサンゼルス倉庫", "シンガポール倉庫", "合計"))
    c = t[C]
    if b["合計"]["合計"] != c["令和６年度"]["出荷件数（件）"]:
        errors.append(f"{B}: 合計 differs from 令和６年度 of {C}")
    # (c): every column grows every year
    for col in ("利用企業数（社）", "入庫量（パレット）", "出荷件数（件）", "現地売上高（万円）"):
        vals = [r[col] for r in c.values()]
        if vals != sorted(set(vals)):
            errors.append(f"{C}: {col} should grow every year")
    # (d): 合計 adds up; うち within 回答; the totals equal (e)'s 令和６年度
    d = t[D]
    adds_up(D, ("回答企業数（社）", "うち越境ＥＣ利用（社）", "うち撤退・休止（社）"))
    if any(r["うち越境ＥＣ利用（社）"] + r["うち撤退・休止（社）"] > r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: うち above 回答企業数")
    e = t[E]
    for col, row in (("回答企業数（社）", "回答企業数"), ("うち越境ＥＣ利用（社）", "越境ＥＣ利用企業数"),
                     ("うち撤退・休止（社）", "撤退・休止企業数")):
        if d["合計"][col] != e[row]["令和６年度"]:
            errors.append(f"{D}: 合計 {col} differs from {E} 令和６年度")
    # (e): 利用率 = 利用企業 / 回答企業
    for col in ("令和４年度", "令和５年度", "令和６年度"):
        if Decimal(str(e["利用率"][col])) != pct1(e["越境ＥＣ利用企業数"][col], e["回答企業数"][col]):
            errors.append(f"{E}: 利用率 of {col} differs from the counts")
    # (f): the per cents are the counts over the users
    n = e["越境ＥＣ利用企業数"]["令和６年度"]
    for row, r in t[F].items():
        if Decimal(str(r["割合（％）"])) != pct1(r["企業数（社）"], n):
            errors.append(f"{F} / {row}: per cent differs from the count")
    # (g): the rates grow with the distance, the caps fit the agency cap
    for row, r in t[G].items():
        if r["日帰りツアー（円）"] >= r["宿泊ツアー（円）"] or r["１ツアーの上限（万円）"] > AGENCY_CAP:
            errors.append(f"{G} / {row}: rates or cap out of range")
    # (h): every column grows; the grants fit the highest rate with the add-on
    h = t[H]
    for col in ("交付件数（件）", "送客人数（人）", "延べ宿泊数（人泊）", "交付額（万円）"):
        vals = [r[col] for r in h.values()]
        if vals != sorted(set(vals)):
            errors.append(f"{H}: {col} should grow every year")
    top = max(r[1] for r in UNIT_RATES) + NEW_BONUS[0]
    for row, r in h.items():
        if r["交付額（万円）"] * 10000 > r["延べ宿泊数（人泊）"] * top:
            errors.append(f"{H} / {row}: 交付額 above what the rates allow")
    # (i): subtotals and 合計 add up; 合計 equals (h)'s 令和６年度
    cols = ("ツアー数（件）", "送客人数（人）", "延べ宿泊数（人泊）")
    for sub, members in MARKETS:
        if sub:
            adds_up(I, cols, [m[0] for m in members], total=sub)
    adds_up(I, cols, [m[0] for _s, ms in MARKETS for m in ms])
    i_ = t[I]
    if (i_["合計"]["ツアー数（件）"], i_["合計"]["送客人数（人）"], i_["合計"]["延べ宿泊数（人泊）"]) != \
            (h["令和６年度"]["交付件数（件）"], h["令和６年度"]["送客人数（人）"], h["令和６年度"]["延べ宿泊数（人泊）"]):
        errors.append(f"{I}: 合計 differs from 令和６年度 of {H}")
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
        on = [i + 1 for i, p in enumerate(pages[CHOSA_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("窯業・土石製品") not in norm(pages[CHOSA_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key in ("fees", "products", "record", "indicators", "destinations", "rates", "grants", "markets"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["destinations"].ruled or not all(s.ruled for k, s in specs.items() if k != "destinations"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["ロサンゼルス倉庫（円）／中小企業者", "ロサンゼルス倉庫（円）／小規模企業者",
            "シンガポール倉庫（円）／中小企業者", "シンガポール倉庫（円）／小規模企業者"]
    if len(specs["fees"].header) != 2 or len(specs["fees"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"円"}:
        errors.append(f"{A}: the unit should come from the header groups")
    # (b): a total column on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == B))[-1] != "合計":
        errors.append(f"{B}: expected a total column on the right")
    # (c) and (h): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == C][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{C}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == H][::4] != [y for y, *_x in GRANTS]:
        errors.append(f"{H}: expected years as rows")
    # (e): fiscal years as columns, a unit per row from the 単位 column
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    if ecols != [f"令和{fw(y - 2018)}年度" for y in INDICATOR_YEARS] or specs["indicators"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == E):
        errors.append(f"{E}: expected the fiscal years as columns, got {ecols}")
    if {g["unit"] for g in gold if g["table"] == E} != {"社", "%", "百万円"} \
            or specs["indicators"].header[0][1] != "単位":
        errors.append(f"{E}: expected the units 社, %, 百万円 from a 単位 column")
    # (f): counts and per cents in paired columns
    if {g["unit"] for g in gold if g["table"] == F} != {"社", "%"}:
        errors.append(f"{F}: expected counts and per cents")
    # (g): the first column numbers the rows （１）…, the label is the second column
    if [r[0] for r in specs["rates"].rows] != [f"（{fw(i)}）" for i in range(1, len(UNIT_RATES) + 1)] \
            or specs["rates"].label_col != 1:
        errors.append(f"{G}: expected a first column （１）… and the labels in the second")
    # (i): subtotal rows inside the table
    rows_i = list(dict.fromkeys(g["row"] for g in gold if g["table"] == I))
    if [r for r in rows_i if r in SUBTOTALS] != list(SUBTOTALS) or rows_i[-1] != "合計" or rows_i[-2] in SUBTOTALS:
        errors.append(f"{I}: expected subtotal rows inside the table and 合計 last")
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
                errors.append(f"{doc}: sibling heading {i} found on pages {on}")
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
        if [i for i, x in enumerate(lines) if want[0] in x] >= [i for i, x in enumerate(lines) if want[2] in x]:
            errors.append(f"{what}: the 班's line should come before the other body's phone")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def western(text, want, what):
        if re.findall(r"20\d\d年度?", text) != want:
            errors.append(f"{what}: Western years {re.findall(r'20[0-9][0-9]年度?', text)}, expected {want}")

    # ---- the warehouse guideline
    sk = norm("\n".join(pages[SOKO_PDF]))
    siblings(sk, SOKO_PDF, ("利用した倉庫：", "保管量：", "現地での成果："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[1] for r in RECORD)}社が利用し、出荷は累計{sum(r[3] for r in RECORD):,}件") not in sk:
        errors.append("warehouse: the totals in the prose differ from (c)")
    last, prev = RECORD[-1], RECORD[-2]
    if norm(f"令和６年度は{last[1]}社が利用し、現地売上高は{last[4]:,}万円と前年度の約1.4倍") not in sk \
            or half_up(Decimal(last[4]) / prev[4], "0.1") != Decimal("1.4"):
        errors.append("warehouse: the 令和６年度 figures in the prose differ from (c)")
    la = sorted(PRODUCTS, key=lambda p: -p[1])
    sg = sorted(PRODUCTS, key=lambda p: -p[2])
    if la[0][0] != "食品・調味料" or sg[0][0] != "食品・調味料" or sg[1][0] != "酒類":
        errors.append("warehouse: 「両倉庫とも食品・調味料…シンガポール倉庫ではこれに酒類が続いて」 does not hold")
    for head, _where, qty, _r in CASES:
        if int(nfkc(qty).rstrip("パレット")) > PALLET_CAP:
            errors.append(f"warehouse: case {head} stores more than the limit")
    western(sk, ["2021年度"], "warehouse")
    defs(sk, ("共同倉庫", "小規模企業者", "１パレット"), "warehouse")
    for x in USER_PAYS:
        if norm(x) not in sk:
            errors.append(f"warehouse: the cost borne by the user {x} is missing")
    raw = "\n".join(pages[SOKO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("warehouse: expected three Ｑ lines and three Ａ lines")
    steps_of(SOKO_PDF, "①②③④⑤⑥⑦", "warehouse")
    contacts(SOKO_PDF, ["099-541-3320", "099-541-3329", "099-543-7100"], ["kuwa-soko@example.jp"], "warehouse")

    # ---- the e-commerce survey
    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("主な販売先：", "主に使っている販売サイト：", "主な課題："), [s[0] for s in SECTORS])
    total, used, stopped = RESPONDENTS[-1], USERS[-1], STOPPED[-1]
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ch \
            or norm(f"令和６年度は{used}社、利用率は{pct1(used, total)}％") not in ch:
        errors.append("survey: the response and use figures in the prose differ from (e)")
    if list(USERS) != sorted(set(USERS)) or list(STOPPED) != sorted(set(STOPPED)):
        errors.append("survey: 「３年続けて増え」/「撤退・休止企業も毎年増えている」 does not hold")
    ranked = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[2])]
    if ranked[:3] != ["食料品", "小売業", "卸売業"]:
        errors.append("survey: 「食料品が利用企業数で最も多く、小売業、卸売業が続いた」 does not hold")
    shares = sorted(INDUSTRIES, key=lambda r: -r[2] / r[1])
    if shares[0][0] != "化学・化粧品" or shares[0][2] / shares[0][1] - shares[1][2] / shares[1][1] < 0.02:
        errors.append("survey: 化学・化粧品 should have the highest share of users, clearly")
    dest = [d for d, _k in sorted(DESTINATIONS, key=lambda x: -x[1])]
    if dest[:4] != ["米国", "台湾", "中国", "香港"]:
        errors.append("survey: 「米国が最も多く、台湾、中国、香港が続いた」 does not hold")
    if max(REASONS, key=lambda r: r[1]) != REASONS[0] or any(k > stopped for _r, k in REASONS) \
            or norm(f"撤退・休止企業{stopped}社") not in ch:
        errors.append("survey: the reasons in the prose do not fit the 撤退・休止 firms")
    western(ch, ["2024年"], "survey")
    defs(ch, ("越境ＥＣ", "越境ＥＣ利用企業", "撤退・休止"), "survey")
    steps_of(CHOSA_PDF, "①②③④", "survey")
    contacts(CHOSA_PDF, ["099-545-2210", "099-545-2219", "099-546-8800"], ["kuwa-ec@example.jp"], "survey")

    # ---- the grant guideline
    js = norm("\n".join(pages[JOSEI_PDF]))
    siblings(js, JOSEI_PDF, ("ツアーの内容：", "送客人数：", "助成金の額："), [t[0] for t in TOURS])
    for head, _c, people, nights, market, new in TOURS:
        grant = tour_grant(people, nights, market, new)
        rate = next(r for r in UNIT_RATES if r[0] == market)
        times = int(re.search(r"年(\d)回", nfkc(_c)).group(1))
        if grant > rate[3] * 10000 * times or grant > AGENCY_CAP * 10000 or grant % 1000:
            errors.append(f"grant: case {head} does not fit the caps")
        if norm(f"助成金の額：{yen(grant)}") not in js:
            errors.append(f"grant: case {head} amount not printed as computed")
    last = GRANTS[-1]
    if norm(f"延べ{sum(g[1] for g in GRANTS)}件のツアーに助成") not in js \
            or norm(f"令和６年度は{last[1]}件、送客人数{last[2]:,}人、延べ宿泊数{last[3]:,}人泊") not in js:
        errors.append("grant: the figures in the prose differ from (h)")
    east = sum(m[2] for m in MARKETS[0][1])
    if not 0.5 < east / last[2] < 0.6:
        errors.append("grant: 「東アジアが送客人数の半数余り」 does not hold")
    western(js, ["2022年度"], "grant")
    defs(js, ("訪日旅行者", "人泊", "新規送客事業者"), "grant")
    steps_of(JOSEI_PDF, "①②③④⑤⑥", "grant")
    if not all(norm(f"第{fw(k)}条") in js for k in range(1, 9)):
        errors.append("grant: articles 第１条–第８条 expected")
    contacts(JOSEI_PDF, ["099-548-1150", "099-548-1159", "099-548-2600"], ["kuwa-sokyaku@example.jp"], "grant")
    # every phone number of the set is fictional (099-54x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(r"099-54\d-\d{4}", ph):
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
