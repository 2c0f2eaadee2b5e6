"""Build the 朴県 held-out set 103: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (朴県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards exports of yuba and yuba products
(朴県産湯葉輸出促進補助金: residue and microbial tests, shelf-life tests, export certificates,
foreign-language labels, trade fairs abroad, chilled shipping containers) with a two-level header of
rates and caps whose leaves are two product classes defined in the definitions (冷蔵品 / 常温品),
two 「－」 cells, a halved cap and the caps per firm in 万円 in notes, and a yearly record (years as
rows, header cells over two lines); the report of a survey of the prefecture's braided-cord
(組紐) makers on their sales abroad, with the makers by product field (a table continued over a
page break without its header), the exports by destination in two fiscal years with a 増減 column
printing decreases with ▲, and an unruled table of the issues whose columns are classes defined in
the definitions; and the guide (ご案内) to a prefectural service making wooden export crates
(輸出用木箱製作サービス), with three kinds of crate as sibling sections, the crates made by cargo and
kind with a total column on the right and a KPI table (目標 / 実績 / 達成率, units in the row labels'
brackets); see README.md beside this file.

    python make_heldout103.py [OUTPUT_DIR]          # default: this file's directory

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
    pct,
    pdf_pages,
    pstyle,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

YUBA_PDF = "hoo_yuba_yushutsu_sokushin_hojokin_boshu_yoko_r7.pdf"
KUMI_PDF = "hoo_kumihimo_kaigai_hanbai_jittai_chosa_r6.pdf"
KIBAKO_PDF = "hoo_yushutsuyo_kibako_seisaku_service_goannai_r7.pdf"
ALL_PDFS = (YUBA_PDF, KUMI_PDF, KIBAKO_PDF)

UNITS = ("千円", "万円", "円", "件", "者", "箱", "国・地域", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (explained by a note); no gold cell
DECREASE = "▲"  # a decrease in the 増減 column
PHONE_RE = r"098-97\d-\d{4}"  # every phone number of the set: 098-970-xxxx … 098-979-xxxx
MAIL_DOMAIN = "@example.jp"
PREF = "朴県"
TOWNS = ("朴市", "蒼瀬市", "稲森町")
PREFIX_Q, PREFIX_T = "h103q", "h103t"


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


def cell(x) -> str:
    """A table cell: None -> 「－」, a Decimal with one decimal, a negative int with ▲, an int as
    docgen prints it (single digits full-width)."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    if x < 0:
        return DECREASE + fw(-x)
    return fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    compare or cover a range of fiscal years (a 増減 column)."""

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
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # drawn, explained by a note, but no gold cell
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


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: yuba export subsidy, call for applications
YUBA = f"{PREF}産湯葉輸出促進補助金"
YUBA_DEPT = f"{PREF} 農林水産部 食品流通課"
YUBA_ASSOC = f"一般社団法人{PREF}湯葉振興会"
CLASSES = ("冷蔵品", "常温品")  # the leaves of (a), defined in the definitions of ２
RATES = [  # 経費区分; 補助率（％）: 冷蔵品, 常温品; 上限額（千円）: 冷蔵品, 常温品 (None = 「－」, 令和７年度)
    ("残留農薬・微生物等の検査", 60, 50, 400, 300),
    ("賞味期限の検証試験", 60, 50, 500, 300),
    ("輸出証明書等の取得", 50, 50, 200, 200),
    ("外国語ラベルの作成", 50, 50, 300, 200),
    ("海外見本市への出展", 50, 50, 1500, 1200),
    ("保冷輸送容器の導入", 50, None, 800, None),
]
DASH_CELLS = {("保冷輸送容器の導入", "補助率（％）／常温品"), ("保冷輸送容器の導入", "上限額（千円）／常温品")}
FAIR = "海外見本市への出展"
JOINT_BOOTH_FACTOR = Decimal("0.5")  # note ※２: the cap for a fair in the prefecture's joint booth
FIRM_CAP, FIRM_CAP_CHILLED = 150, 200  # note ※３: 万円 per firm (with a 冷蔵品 cost: 200)
RECORD = [  # 年度, 申請件数, 交付件数, うち冷蔵品, 交付額（千円）
    (2020, 8, 5, 1, 3120), (2021, 11, 7, 2, 4860), (2022, 15, 10, 3, 7450),
    (2023, 18, 12, 5, 9980), (2024, 21, 14, 6, 12340),
]
YUBA_CASES = [  # 見出し, 輸出した商品, 補助を受けた経費, 交付額 (same labels in every sibling section);
    # class, [(経費区分, 補助対象経費（千円）, in the joint booth)]
    ("湯葉製造業Ａ社（朴市）", "冷凍の汲み上げ湯葉（冷蔵品）", "残留農薬・微生物等の検査、保冷輸送容器の導入", "110万円",
     "冷蔵品", [("残留農薬・微生物等の検査", 500, False), ("保冷輸送容器の導入", 1800, False)]),
    ("湯葉製造業Ｂ社（蒼瀬市）", "乾燥湯葉（常温品）", "外国語ラベルの作成、海外見本市への出展（朴県ブース）", "79万円",
     "常温品", [("外国語ラベルの作成", 380, False), ("海外見本市への出展", 1600, True)]),
    ("食品製造業Ｃ社（稲森町）", "湯葉の佃煮（常温品）", "輸出証明書等の取得、賞味期限の検証試験", "39万円",
     "常温品", [("輸出証明書等の取得", 180, False), ("賞味期限の検証試験", 700, False)]),
]
YUBA_EXCLUDED = [  # 補助の対象にならない経費
    "原材料（大豆等）及び包装資材の購入に要する経費",
    "国内で開かれる商談会又は見本市への出展に要する経費",
    "見本市に出展する社員の旅費及び日当",
    "交付決定の日より前に発注し、又は支払った経費",
]


def yuba_specs():
    rates = TableSpec(
        key="rates", doc=YUBA_PDF, title="補助対象経費の区分と補助率・上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "冷蔵品", "常温品", "冷蔵品", "常温品"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=YUBA_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち冷蔵品\n（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(p), fw(g)] for y, a, b, p, g in RECORD],
        col_widths=[30 * mm, 28 * mm, 28 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return rates, record


def case_grant(cls: str, items) -> int:
    """A case's grant in 万円: rate × cost within each cap (halved in the joint booth), summed, within
    the cap per firm, 千円 truncated."""
    rates = {r[0]: r for r in RATES}
    col = 0 if cls == "冷蔵品" else 1
    total = Decimal(0)
    for name, cost, booth in items:
        rate, cap = rates[name][1 + col], rates[name][3 + col]
        assert rate is not None, (name, cls)
        cap = Decimal(cap) * (JOINT_BOOTH_FACTOR if booth else 1)
        total += min(Decimal(cost) * rate / 100, cap)
    firm_cap = (FIRM_CAP_CHILLED if cls == "冷蔵品" else FIRM_CAP) * 10
    total = min(int(total), firm_cap)
    assert total % 10 == 0, total  # whole 万円
    return total // 10


def yuba_story(specs):
    rates, record = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{YUBA} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(YUBA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内で作られた湯葉と湯葉加工品の海外への販路を広げるため、輸出先の国・地域が求める検査や証明書の取得、外国語の表示、海外見本市への出展等に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、総額{amt_all // 10:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助金名", YUBA),
        ("補助対象者", "県内に工場を有し、県産湯葉等を製造する中小企業者（個人事業主及び協同組合を含む。）で、県産湯葉等を輸出し、又は輸出しようとするもの"),
        ("募集期間", "令和７年５月12日から６月27日まで（必着）"),
        ("予算額", "1,600万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年１月31日まで"),
    ], 0)
    st += paras("""
この要項において「県産湯葉等」とは、県内の工場で豆乳を加熱し、表面にできた膜を引き上げて作った湯葉及び湯葉を重量で30％以上使った加工品をいい、湯葉の使用が30％未満の加工品は含みません。「冷蔵品」とは、生湯葉、汲み上げ湯葉及び冷凍した湯葉のように、10℃以下で保管し輸送する県産湯葉等をいい、それ以外のもの（乾燥湯葉、湯葉の佃煮等）を「常温品」といいます。また、「輸出証明書等」とは、輸出先の国・地域が求める衛生証明書、原産地証明書及び自由販売証明書をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、補助の対象とする商品が冷蔵品か常温品かによって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「保冷輸送容器の導入」は、冷蔵品を輸出するための保冷コンテナ、温度記録計等の購入をいい、冷蔵品に限り補助の対象とします。常温品の欄の「－」は、補助の対象としないことを示します。",
        "※２ 「海外見本市への出展」は、小間料、装飾費及び展示品の輸送費をいいます。県が小間料を負担する共同ブース（朴県ブース）に出展する場合の上限額は、表の額の２分の１とします。",
        f"※３ 補助金の額は、経費区分ごとに補助対象経費に補助率を掛けた額（上限額まで）の合計とし、１事業者当たり{FIRM_CAP}万円（冷蔵品を対象とする経費を含む場合は{FIRM_CAP_CHILLED}万円）を上限とします。千円未満の端数は切り捨てます。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(YUBA_EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（食品流通課又は{YUBA_ASSOC}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び輸出先の求める検査等が分かる資料を添えて提出）",
        "③ 審査（書類審査、令和７年７月中旬）",
        "④ 交付決定の通知（令和７年７月下旬）",
        "⑤ 補助事業の実施（令和８年１月31日までに完了すること）",
        "⑥ 実績報告（事業の完了から20日以内。遅くとも令和８年２月10日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち冷蔵品{fw(last[3])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「うち冷蔵品」は、冷蔵品を対象とする経費を含む交付の件数です。"])
    st += [P("６　交付事例（令和６年度）", H1)]
    for i, (head, goods, costs, amount, _c, _items) in enumerate(YUBA_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出した商品", goods), ("補助を受けた経費", costs), ("交付額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("輸出先の国で求められた検査を、県外の検査機関に頼んでもよいですか。",
         "差し支えありません。ただし、輸出先の国・地域が認める検査機関に限ります。"),
        ("同じ年度に、冷蔵品と常温品の両方の経費を申請できますか。",
         "できます。その場合の上限額は、１事業者当たり200万円です。"),
        ("前年度に交付を受けた事業者も申請できますか。",
         "申請できます。ただし、前年度と同じ見本市への出展は対象になりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YUBA_DEPT} 輸出推進班　電話：098-971-4410　ファクス：098-971-4419",
        f"{YUBA_ASSOC}（事前相談）　電話：098-971-4520",
        "電子メール：hoo-yuba@example.jp",
    ]))
    return st


# ================================================================ document 2: braided-cord makers, survey report
KUMI = f"{PREF}組紐製造業の海外販売に関する実態調査"
KUMI_DEPT = f"{PREF} 商工労働部 伝統産業課"
KUMIAI = f"{PREF}組紐工業協同組合"
TARGET = 92  # 調査対象（全数）
FIELDS = [  # 製品分野, 回答事業者数（者）, 輸出事業者数（者）, 輸出額（万円） (令和５年度)
    ("帯締め", 21, 4, 620), ("羽織紐", 9, 2, 180), ("髪飾り・アクセサリー", 12, 6, 1340),
    ("ストラップ・キーホルダー", 8, 5, 890), ("刀剣・甲冑用の紐", 5, 3, 1050),
    ("茶道具・美術品用の紐", 7, 2, 410), ("工業用組紐", 6, 3, 2260), ("その他", 4, 1, 150),
]
SIZES = (("５人未満", 48, 11), ("５人以上", 24, 15))  # 従業者数, 回答事業者, うち輸出事業者 (prose only)
CHANNELS = (("越境ＥＣ", 16), ("海外の小売店への卸売", 12), ("海外の展示会・見本市での販売", 9))  # prose only
PLANNED = 14  # non-exporters planning to start within three years (prose only)
DEST_YEARS = (2022, 2023)
DESTS = [  # 輸出先, 令和４年度, 令和５年度 (万円)
    ("米国", 1480, 1920), ("フランス", 720, 1010), ("英国", 430, 560), ("ドイツ", 380, 470),
    ("台湾", 910, 1050), ("中国", 860, 690), ("韓国", 470, 420), ("シンガポール", 290, 380),
    ("その他", 280, 400),
]
HAND, MACHINE = 51, 21  # 手組み事業者 / 機械組み事業者 among the respondents (note ※３ only)
ISSUES = [  # 課題, 回答数: 手組み事業者, 機械組み事業者 (複数回答)
    ("職人の高齢化と後継者の不足", 33, 8), ("絹糸など材料の値上がり", 27, 9),
    ("海外の取引先を見つける手間", 20, 10), ("価格が高いと受け取られること", 18, 4),
    ("外国語での説明とやり取り", 14, 7), ("送料と関税の負担", 12, 5), ("海外の模倣品", 9, 6),
]
KUMI_CASES = [  # 見出し, 主な製品, 海外での販売方法, 従業者数 (same labels in every sibling section)
    ("帯締め製造業Ｄ社（朴市）", "帯締め、組紐のブレスレット", "越境ＥＣ（英語のオンラインショップ）", "３人（全員が職人）"),
    ("アクセサリー製造業Ｅ社（蒼瀬市）", "組紐のピアス、髪留め", "パリとニューヨークのセレクトショップへの卸売", "８人（うち職人５人）"),
    ("組紐製造業Ｆ社（稲森町）", "工業用組紐（電線の被覆用）、刀剣用の下げ緒", "海外の機械メーカー及び武道具店への直接の販売", "24人（うち職人６人）"),
]


def respondents() -> int:
    return sum(r[1] for r in FIELDS)


def exporters() -> int:
    return sum(r[2] for r in FIELDS)


def dest_rows():
    rows = [[n, fw(a), fw(b), cell(b - a)] for n, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    rows.append(["合計", fw(ta), fw(tb), cell(tb - ta)])
    return rows


def kumi_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in FIELDS]
    rows.append(["合計"] + [fw(sum(r[j] for r in FIELDS)) for j in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=KUMI_PDF, title="製品分野別の回答事業者と輸出の状況",
        header=[["製品分野", "回答\n事業者数（者）", "輸出\n事業者数（者）", "輸出額\n（万円）"]],
        rows=rows, col_widths=[52 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2023, repeat_header=False,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    dests = TableSpec(
        key="dests", doc=KUMI_PDF, title="輸出先別の輸出額",
        header=[["輸出先", era(DEST_YEARS[0]), era(DEST_YEARS[1]), "増減"]],
        rows=dest_rows(), col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], unit="万円",
    )
    dests.col_range = {3: list(DEST_YEARS)}
    n_all = respondents()
    issues = TableSpec(
        key="issues", doc=KUMI_PDF, title="輸出に当たっての課題（複数回答）",
        header=[["課題", "全体", "手組み事業者", "機械組み事業者"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, HAND)), cell(pct1(b, MACHINE))] for x, a, b in ISSUES],
        col_widths=[66 * mm, 24 * mm, 30 * mm, 32 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return fields, dests, issues


def kumi_story(specs):
    fields, dests, issues = specs
    total, n = respondents(), exporters()
    amount = sum(r[3] for r in FIELDS)
    before = sum(r[1] for r in DESTS)
    (s_name, s_n, s_e), (l_name, l_n, l_e) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KUMI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(KUMI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += paras("""
県内の組紐製造業は、帯締めや羽織紐などの和装小物を中心に発展してきたが、和装の需要が減る中で、アクセサリーや刀剣用の紐など海外で人気のある製品に活路を求める事業者が増えている。本調査は、その海外販売の実態と課題を把握するために行った。
""", 0)
    st += lv_lines([
        ("調査の目的", "組紐製造業の海外販売の実態と課題を把握し、県の支援策に役立てるため"),
        ("調査対象", f"県内の組紐製造事業者 {TARGET}者（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケートと、８者への聞き取り"),
        ("回答数", f"{total}者（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「組紐」とは、絹、化学繊維等の糸を組み台又は製紐機で斜めに交差させて組んだ紐及びこれを使った製品をいい、織機で織った紐（真田紐等）は含まない。「手組み事業者」とは、丸台、角台、高台等の組み台を使い、手作業で組む事業者をいい、製紐機で組む事業者を「機械組み事業者」という（両方で組む事業者は、生産量の多い方に数える）。また、「輸出事業者」とは、令和５年度に自社の製品を海外の取引先又は消費者に直接販売した事業者（越境ＥＣによる販売を含む。）をいい、国内の商社や問屋を通じて海外に渡っただけの事業者は含まない。
""", 0)
    st += [P("２　輸出の実施状況", H1)]
    st += paras(f"""
令和５年度に輸出を行った輸出事業者は、回答事業者{total}者のうち{n}者（{pct1(n, total)}％）で、輸出額の合計は{amount:,}万円であった。従業者が{s_name}の事業者は{s_n}者で、うち輸出事業者は{s_e}者にとどまったが、{l_name}の事業者は{l_n}者のうち{l_e}者が輸出していた。輸出事業者の販売方法（複数回答）は、{CHANNELS[0][0]}が{CHANNELS[0][1]}者、{CHANNELS[1][0]}が{CHANNELS[1][1]}者、{CHANNELS[2][0]}が{fw(CHANNELS[2][1])}者であった。輸出していない{total - n}者のうち、３年以内に輸出を始めたいと答えた事業者は{PLANNED}者あった。
製品分野別では、回答事業者は帯締めが最も多いが、輸出額は工業用組紐が最も多く、髪飾り・アクセサリーがこれに次ぐ。
""", 0)
    st += [Spacer(1, 3 * mm), caption(fields.title, "（令和５年度）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes(["※１ 事業者は、主な製品の分野に数えた。「工業用組紐」は、電線の被覆、ホース等に使う紐である。「その他」は、数珠の房、ペット用品等である。"])
    st += [P("３　輸出先", H1)]
    st += paras(f"""
輸出額は、令和４年度の{before:,}万円から{amount - before:,}万円増えた。輸出先別では米国が最も多く、中国と韓国は減った。
""", 0)
    st += [caption(dests.title, "（単位：万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 増減は、令和５年度の額から令和４年度の額を引いたもので、▲は減少を示す。「その他」は、カナダ、オーストラリア、イタリア等である。"])
    st += [P("４　事業者の事例", H1)]
    for i, (head, goods, how, staff) in enumerate(KUMI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な製品", goods), ("海外での販売方法", how), ("従業者数", staff)], 1)
    st += [P("５　輸出に当たっての課題", H1)]
    st += paras("""
全体と手組み事業者では「職人の高齢化と後継者の不足」が、機械組み事業者では「海外の取引先を見つける手間」が最も多かった。手組み事業者、機械組み事業者のいずれも「絹糸など材料の値上がり」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答事業者（全体{total}者、手組み事業者{HAND}者、機械組み事業者{MACHINE}者）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外の見本市に、県の共同ブースで出展できる機会を増やしてほしい。",
        "組紐の技法と歴史を英語で紹介する資料を、県で作ってほしい。",
        "海外で模倣品が見つかったときの相談先を設けてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 組紐を紹介する英語とフランス語の資料を、令和７年度中に作成する。",
        f"② {KUMIAI}と連携し、越境ＥＣの始め方を学ぶ講座を年２回開く。",
        "③ 若手の職人を育てる事業者への支援の在り方を検討する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KUMI_DEPT} 調査班　電話：098-974-2130　ファクス：098-974-2139",
        f"{KUMIAI}（事業者の紹介）　電話：098-974-2250",
        "電子メール：hoo-kumihimo@example.jp",
    ]))
    return st


# ================================================================ document 3: export crate making service, guide
KIBAKO = f"{PREF}輸出用木箱製作サービス"
KIBAKO_DEPT = f"{PREF} 商工労働部 貿易振興課"
CENTER = f"公益財団法人{PREF}木材産業センター"
OPENED = 2021  # the service started in 令和３年度 (printed only as 令和)
KINDS = [  # 見出し, 向いている貨物, 料金 (円 per cm of 三辺合計, minimum), 製作期間 (same labels in every sibling section)
    ("すかし箱", "機械など、重くて形のくずれない貨物", 40, 4000, "採寸の日から７営業日以内"),
    ("密閉箱", "精密機器など、ほこりや水気を避けたい貨物", 70, 7000, "採寸の日から10営業日以内"),
    ("合板箱", "工芸品、食品など、比較的軽い貨物（30kgまで）", 50, 5000, "採寸の日から５営業日以内"),
]
CARGO = [  # 貨物の種類, すかし箱, 密閉箱, 合板箱 (令和６年度, 箱)
    ("産業機械", 142, 38, 6), ("電気・電子部品", 21, 97, 14), ("工芸品・美術品", 4, 26, 71),
    ("食品・飲料", 3, 12, 58), ("建材・木材製品", 35, 5, 9), ("その他", 17, 15, 22),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度; 実績 of the first row = (f)'s total)
    ("製作数（箱）", 570, None), ("利用事業者数（者）", 150, 138), ("初めて輸出する事業者の利用（者）", 30, 33),
    ("出張採寸の件数（件）", 80, 74), ("輸出先の数（国・地域）", 24, 27),
]
PREV_YEAR = 512  # 令和５年度の製作数 (prose only)
PACKING_FEE = 3000  # Q&A: packing the cargo into the crate, per crate


def crates_total() -> int:
    return sum(a + b + c for _n, a, b, c in CARGO)


def kpi_rows():
    return [(n, t, crates_total() if a is None else a) for n, t, a in KPIS]


def kibako_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in CARGO]
    rows.append(["合計"] + [fw(sum(r[j] for r in CARGO)) for j in (1, 2, 3)] + [fw(crates_total())])
    cargo = TableSpec(
        key="cargo", doc=KIBAKO_PDF, title="貨物の種類別・木箱の種類別の製作数",
        header=[["貨物の種類", "すかし箱", "密閉箱", "合板箱", "計"]],
        rows=rows, col_widths=[44 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm], unit="箱", table_fy=2024,
    )
    kpi = TableSpec(
        key="kpi", doc=KIBAKO_PDF, title="サービスの目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct(a, t))] for n, t, a in kpi_rows()],
        col_widths=[62 * mm, 28 * mm, 28 * mm, 30 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c, s=kpi: "%" if c == 3 else bracket_unit(label(row[0]))
    return cargo, kpi


def kibako_story(specs):
    cargo, kpi = specs
    total = crates_total()
    users = dict((n, a) for n, _t, a in kpi_rows())["利用事業者数（者）"]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KIBAKO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KIBAKO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras(f"""
このサービスは、県内の事業者が輸出する貨物に合わせて、輸出用の木箱を設計し、製作するものです。令和{fw(OPENED - 2018)}年度に始まり、製作する木箱は全て熱処理を行い、輸出先で求められる表示を付けてお渡しします。
""", 0)
    st += lv_lines([
        ("サービス名", KIBAKO),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（ウェブの申込みは24時間）"),
        ("製作場所", f"{CENTER} 稲森工場（稲森町）"),
    ], 0)
    st += paras("""
この案内において「木箱」とは、輸出貨物を入れるため、このサービスで設計し、製作する木製の箱をいい、パレット（貨物を載せる台）だけのものは対象としません。「三辺合計」とは、木箱の外のりの縦、横及び高さの合計をいいます（１cm未満の端数は切り上げます）。また、「熱処理」とは、木材の中心の温度を56℃以上に30分以上保つ処理をいいます。
""", 0)
    st += [P("２　木箱の種類と料金", H1)]
    for i, (head, fit, per_cm, minimum, days) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("向いている貨物", fit), ("料金", f"三辺合計１cm当たり{per_cm}円（最低料金{minimum:,}円）"),
                        ("製作期間", days)], 1)
    st += notes([
        "※１ 料金は１箱当たりの額（消費税込み）で、設計、熱処理及び表示を含みます。上の額は県内の中小企業者（個人事業主を含む。）の料金で、それ以外の事業者の料金は、上の額に５割を加えた額とします。",
        "※２ 製作期間を３営業日短くする特急製作は、料金に３割を加えた額とします（すかし箱と合板箱に限ります）。",
    ])
    st += [P("３　申込みから引渡しまでの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、貨物の品名、大きさ、重さ及び輸出先を記入）",
        "② 見積りの送付（申込みの日から２営業日以内）",
        "③ 採寸（貨物を稲森工場に持ち込むか、センターの職員が訪問して測ります）",
        "④ 設計と製作（採寸の日から製作期間を数えます）",
        "⑤ 熱処理と表示",
        "⑥ 引渡しと料金の支払（工場での引取り又は配送。配送料と振込手数料は利用者の負担）",
    ], 0)
    st += [P("４　利用の状況", H1)]
    st += paras(f"""
令和６年度の製作数は{total}箱で、前年度の{PREV_YEAR}箱から{total - PREV_YEAR}箱増えました。利用した事業者は{users}者です。貨物の種類別では産業機械が最も多く、木箱の種類別ではすかし箱が最も多くなっています。
""", 0)
    st += [caption(cargo.title, "（令和６年度）（単位：箱）"), cargo.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「その他」は、自動車部品、医薬品、楽器等です。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※４ 目標は、朴県輸出拡大行動計画によるものです。達成率は、実績を目標で割った値を百分率で表し、小数点以下を四捨五入したものです。"])
    st += [P("５　よくある質問", H1)]
    qa = [
        ("貨物を木箱に詰める作業もお願いできますか。",
         f"できます。貨物の固定と緩衝材の詰め込みを、１箱当たり{PACKING_FEE:,}円（県内の中小企業者の場合）で承ります。稲森工場に持ち込んだ貨物に限ります。"),
        ("作ってもらった木箱を、しばらく預かってもらえますか。",
         "引渡しの予定日から14日間までは、無料でお預かりします。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "貨物の重さが1,000kgを超える場合は、申込みの前にご相談ください。",
        "木箱の引取りは、平日の９時から16時までです。",
        "輸出先によっては、植物検疫の証明書を求められることがあります。証明書の取得は利用者が行ってください。",
        "輸送中の木箱の破損については、責任を負いかねます。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KIBAKO_DEPT} 輸出支援班　電話：098-977-3610　ファクス：098-977-3619",
        f"{CENTER}（申込み・採寸の日程）　電話：098-977-3700",
        "電子メール：hoo-kibako@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return yuba_specs() + kumi_specs() + kibako_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, kspecs, bspecs = yuba_specs(), kumi_specs(), kibako_specs()
    ydoc = build_pdf(docs_dir / YUBA_PDF, yspecs, yuba_story(yspecs),
                     f"令和７年度 {YUBA} 募集要項", "令和７年４月", YUBA_DEPT)
    kdoc = build_pdf(docs_dir / KUMI_PDF, kspecs, kumi_story(kspecs),
                     f"令和６年度 {KUMI} 報告書", "令和７年２月", KUMI_DEPT)
    bdoc = build_pdf(docs_dir / KIBAKO_PDF, bspecs, kibako_story(bspecs),
                     f"令和７年度 {KIBAKO}のご案内", "令和７年４月", KIBAKO_DEPT)
    gold = all_gold({YUBA_PDF: ydoc.row_pages, KUMI_PDF: kdoc.row_pages, KIBAKO_PDF: bdoc.row_pages})
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


FAIR_COST = 1400  # 千円: the trade-fair cost in h103q03 (140万円)
CRATE_CM = 220  # the 三辺合計 in h103q22

QUESTIONS = [
    # --- yuba: the yuba export subsidy call, tables (a) (b), definitions, notes, sibling sections, steps, Q&A
    dict(question="冷凍した汲み上げ湯葉を香港に輸出したい会社が、残留農薬の検査を外部の機関に頼むそうです。補助率は何％になりますか？",
         category="yuba", doc=YUBA_PDF,
         evidence=["生湯葉、汲み上げ湯葉及び冷凍した湯葉", "残留農薬・微生物等の検査 60 50 400 300"], answer=["60"],
         notes="two facts: frozen 汲み上げ湯葉 is a 冷蔵品 (definition in ２), the leaf of (a) that applies; (a) two-level "
               "header, leaf 補助率（％）／冷蔵品; 50 (常温品) and 400 (the cap under the same leaf label) are the traps"),
    dict(question="乾燥湯葉だけを輸出している会社が、保冷コンテナを買う費用を補助の対象にしたいそうです。対象になりますか？",
         category="yuba", doc=YUBA_PDF,
         evidence=["冷蔵品に限り補助の対象とします", "それ以外のもの（乾燥湯葉、湯葉の佃煮等）を「常温品」"],
         answer=["冷蔵品に限り"],
         notes="a 「－」 cell of (a) with note ※１: 保冷輸送容器の導入 is covered for 冷蔵品 only, and 乾燥湯葉 is a 常温品 "
               "(definition in ２); a 'no'; the 50 and 800 of the 冷蔵品 leaves are the traps"),
    dict(question="乾燥湯葉のメーカーが、県が小間料を持つ朴県ブースで海外の見本市に出展するそうです。小間料や装飾費など出展の経費が140万円かかる場合、補助金はいくらになりますか？",
         category="yuba", doc=YUBA_PDF,
         evidence=["海外見本市への出展 50 50 1,500 1,200", "表の額の２分の１とします"], answer=["600千円"], computed=True,
         notes="three facts: 乾燥湯葉 is a 常温品 (definition), (a) leaf 上限額（千円）／常温品 1,200 halved by note ※２ for "
               "the joint booth → 600; 1,400千円 × 50 % = 700 → capped at 600千円 (= 60万円); 700 and 1,200 are the traps"),
    dict(question="2022年度に、湯葉の輸出補助金の交付を受けたのは何件でしたか？",
         category="yuba", doc=YUBA_PDF, evidence=["令和４年度 15 10 ３ 7,450"], answer=["10"],
         notes="(b) years as rows, header cells over two lines: 2022年度 = 令和４年度 (the call prints only 2020年度 in "
               "Western form); column 交付件数（件）; 15 (申請) and ３ (うち冷蔵品) are the traps"),
    dict(question="2023年度に湯葉の輸出補助金を申請した案件のうち、交付まで至ったのは何％ですか？",
         category="yuba", doc=YUBA_PDF, evidence=["令和５年度 18 12 ５ 9,980"], answer=["66.7%"], computed=True,
         notes="(b) share within a row asked by Western year (2023年度 = 令和５年度): 12 / 18 = 66.7 %"),
    dict(question="湯葉を重量で２割ほど練り込んだ湯葉まんじゅうを輸出したい菓子店があります。この補助金の対象になる商品に当たりますか？",
         category="yuba", doc=YUBA_PDF, evidence=["湯葉の使用が30％未満の加工品は含みません"], answer=["含みません"],
         notes="definition boundary: 「県産湯葉等」 covers products with at least 30 % yuba by weight; 20 % is below, so "
               "no (a 'no')"),
    dict(question="湯葉を甘辛く煮詰めた商品を海外に出した交付事例では、いくら交付されましたか？",
         category="yuba", doc=YUBA_PDF, evidence=["（３）食品製造業Ｃ社", "交付額：39万円"], answer=["39万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出した商品, 補助を受けた経費, 交付額; （３）食品製造業Ｃ社 "
               "(甘辛く煮詰めた = 佃煮); 110万円 and 79万円 are the siblings' values"),
    dict(question="補助事業が終わったあと、実績の報告はいつまでに出せばよいかと聞かれました。",
         category="yuba", doc=YUBA_PDF, evidence=["実績報告（事業の完了から20日以内"], answer=["20日以内"],
         notes="procedure step ⑥ (遅くとも令和８年２月10日 is the outer limit; ⑤'s 令和８年１月31日 is a near miss)"),
    dict(question="去年この補助金で出展したニューヨークの食品見本市に、今年も出展したいという会社があります。その出展経費は補助の対象になりますか？",
         category="yuba", doc=YUBA_PDF, evidence=["前年度と同じ見本市への出展は対象になりません"], answer=["対象になりません"],
         notes="Q&A: Ａ of Ｑ３ (「申請できます」 alone is the trap; a 'no')"),
    dict(question="湯葉の輸出補助金の申請書は、いつまでに届けばよいですか？",
         category="yuba", doc=YUBA_PDF, evidence=["募集期間：令和７年５月12日から６月27日まで（必着）"], answer=["６月27日"],
         notes="「label：value」 line 募集期間 (必着: it must arrive by then); ５月12日 is the start"),
    # --- kumihimo: the survey of braided-cord makers, tables (c) (d) (e), a definition, sibling sections, prose figures
    dict(question="組紐を輸出している事業者のうち、越境ＥＣで売っているところは何者ありましたか？",
         category="kumihimo", doc=KUMI_PDF, evidence=["販売方法（複数回答）は、越境ＥＣが16者"], answer=["16者"],
         notes="prose-only figure in ２ (in no table); 15者 (the exporters of ５人以上) is a near miss"),
    dict(question="刀の下げ緒や鎧に使う紐を作っている分野では、令和５年度の輸出額はいくらでしたか？",
         category="kumihimo", doc=KUMI_PDF, evidence=["刀剣・甲冑用の紐 ５ ３ 1,050"], answer=["1,050"],
         notes="(c) continuation page (no header there, the first row after the break): row 刀剣・甲冑用の紐, column "
               "輸出額（万円）; ５ and ３ are the traps"),
    dict(question="ストラップやキーホルダーを作っている組紐事業者のうち、輸出しているところは何％ですか？",
         category="kumihimo", doc=KUMI_PDF, evidence=["ストラップ・キーホルダー ８ ５ 890"], answer=["62.5%"], computed=True,
         notes="(c) share within a row on the page before the break: 5 / 8 = 62.5 %"),
    dict(question="組紐の中国向けの輸出額は、令和４年度から令和５年度にかけてどれだけ増減しましたか？",
         category="kumihimo", doc=KUMI_PDF, evidence=["中国 860 690 ▲170"], answer=["▲170"],
         notes="(d) the 増減 column with ▲ for a decrease (note ※２): a decrease of 170万円"),
    dict(question="2023年度の組紐の輸出額で、２番目に多かった輸出先はどこですか？",
         category="kumihimo", doc=KUMI_PDF, evidence=["台湾 910 1,050 140"], answer=["台湾"],
         notes="(d) second-largest in the column 令和５年度 (2023年度): 米国 1,920, 台湾 1,050, フランス 1,010; the rows are "
               "in geographic order (台湾 printed fifth); the prose names only 米国"),
    dict(question="2023年度の組紐の輸出額のうち、米国向けは何％を占めていましたか？",
         category="kumihimo", doc=KUMI_PDF, evidence=["米国 1,480 1,920 440", "合計 5,820 6,900 1,080"], answer=["27.8%"],
         computed=True,
         notes="(d) share within a year column asked by Western year (2023年度 = 令和５年度): 1,920 / 6,900 = 27.8 %"),
    dict(question="組紐機という機械で組んでいる事業者のうち、海外の模倣品を課題に挙げたのは何％ですか？",
         category="kumihimo", doc=KUMI_PDF,
         evidence=["製紐機で組む事業者を「機械組み事業者」", "海外の模倣品 20.8 17.6 28.6"], answer=["28.6"],
         notes="(e) unruled table, the column picked by the definition in １ (製紐機 → 機械組み事業者); 20.8 (全体) and 17.6 "
               "(手組み事業者) are the traps"),
    dict(question="組紐を県内の問屋に卸していて、その問屋が海外に売っているだけの事業者は、この調査でいう「輸出事業者」に入りますか？",
         category="kumihimo", doc=KUMI_PDF, evidence=["海外に渡っただけの事業者は含まない"], answer=["含まない"],
         notes="definition boundary: 「輸出事業者」 sells directly abroad (越境ＥＣ included); through a domestic 問屋 only → "
               "not included (a 'no')"),
    dict(question="組紐で耳飾りやヘアアクセサリーを作っている事業者の事例では、従業者は何人ですか？",
         category="kumihimo", doc=KUMI_PDF, evidence=["（２）アクセサリー製造業Ｅ社", "従業者数：８人（うち職人５人）"],
         answer=["８人"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な製品, 海外での販売方法, 従業者数; （２）アクセサリー製造業Ｅ社 "
               "(耳飾りやヘアアクセサリー = ピアス、髪留め); ５人 (職人) and the siblings' ３人 and 24人 are the traps"),
    # --- kibako: the crate-making service guide, tables (f) (g), definitions, sibling sections, Q&A, prose figures
    dict(question="半導体の製造装置の部品のように、ほこりや湿気を嫌う貨物を入れる木箱を頼みたいそうです。出来上がるまでどのくらいかかりますか？",
         category="kibako", doc=KIBAKO_PDF, evidence=["ほこりや水気を避けたい貨物", "製作期間：採寸の日から10営業日以内"],
         answer=["10営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 向いている貨物, 料金, 製作期間; （２）密閉箱 (ほこりや湿気を嫌う "
               "= ほこりや水気を避けたい); ７ and ５営業日 are the siblings' values"),
    dict(question="輸出用のパレットだけを作ってほしいという会社があります。このサービスで頼めますか？",
         category="kibako", doc=KIBAKO_PDF, evidence=["パレット（貨物を載せる台）だけのものは対象としません"],
         answer=["対象としません"],
         notes="definition boundary: 「木箱」 excludes a pallet alone (a 'no')"),
    dict(question="県内の中小企業が、外のりの縦・横・高さを足すと220cmになる密閉箱を１つ頼むと、料金はいくらになりますか？",
         category="kibako", doc=KIBAKO_PDF, evidence=["三辺合計１cm当たり70円", "木箱の外のりの縦、横及び高さの合計"],
         answer=["15,400円"], computed=True,
         notes="the 「三辺合計」 definition with the 料金 of section （２）密閉箱: 220 × 70 = 15,400円 (above the 7,000円 minimum; "
               "note ※１: the fee of a small firm in the prefecture, tax included)"),
    dict(question="令和６年度に、工芸品や美術品を入れる木箱は、種類を問わず何箱作られましたか？",
         category="kibako", doc=KIBAKO_PDF, evidence=["工芸品・美術品 ４ 26 71 101"], answer=["101"],
         notes="(f) the total column on the right: row 工芸品・美術品, column 計; 71 (合板箱) is the trap"),
    dict(question="2024年度に作られた密閉箱のうち、電気・電子部品を入れるものは何％でしたか？",
         category="kibako", doc=KIBAKO_PDF, evidence=["電気・電子部品 21 97 14 132", "合計 222 193 180 595"],
         answer=["50.3%"], computed=True,
         notes="(f) share within a column asked by Western year (2024年度 = 令和６年度): 97 / 193 = 50.3 %; 132 / 595 = "
               "22.2 % is another reading"),
    dict(question="令和６年度の木箱の製作数は、目標を何箱上回りましたか？",
         category="kibako", doc=KIBAKO_PDF, evidence=["製作数（箱） 570 595 104"], answer=["25箱"], computed=True,
         notes="(g) KPI table, the unit from the row label's bracket: 595 − 570 = 25箱 (104 is the 達成率)"),
    dict(question="この木箱の製作サービスが始まったのは、西暦でいうと何年度ですか？",
         category="kibako", doc=KIBAKO_PDF, evidence=["令和３年度に始まり"], answer=["2021年度"], computed=True,
         notes="an era year turned into a Western year: 令和３年度 = 2021年度 (the guide prints no Western year)"),
    dict(question="令和５年度には、この木箱サービスで何箱作られていましたか？",
         category="kibako", doc=KIBAKO_PDF, evidence=["前年度の512箱から83箱増えました"], answer=["512箱"],
         notes="prose-only figure in ４ (in no table); 595 (令和６年度) and 83 (the increase) are near misses"),
    dict(question="木箱を作ってもらうついでに、貨物を中に詰めて固定する作業まで頼めるかと聞かれました。県内の中小企業だと費用はいくらですか？",
         category="kibako", doc=KIBAKO_PDF, evidence=["１箱当たり3,000円（県内の中小企業者の場合）"], answer=["3,000円"],
         notes="Q&A: Ａ of Ｑ１ (only for cargo brought to the 稲森工場)"),
    # --- followups
    dict(question="では、その試験を乾燥湯葉で行う場合、上限額はいくらですか？",
         category="followup", doc=YUBA_PDF, evidence=["賞味期限の検証試験 60 50 500 300"], answer=["300"],
         history=_turns("冷蔵の生湯葉を輸出する会社が、賞味期限の検証試験をする場合、補助率は何％ですか？",
                        "冷蔵品の賞味期限の検証試験の補助率は60％です[1]。"),
         notes="(a) the row from the history (賞味期限の検証試験), the other group and leaf: 上限額（千円）／常温品 (乾燥湯葉 "
               "is a 常温品); 500 (冷蔵品) and 50 are the traps"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=YUBA_PDF, evidence=["令和３年度 11 ７ ２ 4,860"], answer=["4,860"],
         history=_turns("2021年度は、湯葉の輸出補助金に何件の申請がありましたか？",
                        "2021年度（令和３年度）の申請は11件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付額（千円）"),
    dict(question="そのうち、輸出している事業者は何者ですか？",
         category="followup", doc=KUMI_PDF, evidence=["帯締め 21 ４ 620"], answer=["４"],
         history=_turns("組紐の調査で、帯締めの分野の回答事業者は何者でしたか？",
                        "帯締めの回答事業者は21者でした[1]。"),
         notes="(c) the row from the history (帯締め, page 1), column 輸出事業者数（者）"),
    dict(question="それを手で組んでいる事業者に限ると何％ですか？",
         category="followup", doc=KUMI_PDF, evidence=["絹糸など材料の値上がり 50.0 52.9 42.9"], answer=["52.9"],
         history=_turns("組紐の調査で、絹糸など材料の値上がりを課題に挙げた事業者は全体で何％でしたか？",
                        "全体では50.0％でした[1]。"),
         notes="(e) the row from the history, the column picked by the 「手組み事業者」 definition; 42.9 (機械組み) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KIBAKO_PDF, evidence=["電話：098-977-3700"], answer=["098-977-3700"],
         history=_turns("木箱の採寸の日程を相談したいという会社があります。どこに連絡すればよいですか？",
                        "申込みと採寸の日程は、公益財団法人朴県木材産業センターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 098-977-3610 and fax "
               "098-977-3619 (first line) are the near misses"),
    dict(question="そのうち合板箱は何箱でしたか？",
         category="followup", doc=KIBAKO_PDF, evidence=["食品・飲料 ３ 12 58 73"], answer=["58"],
         history=_turns("令和６年度に、食品・飲料を入れる木箱は全部で何箱作られましたか？",
                        "食品・飲料向けの木箱は73箱でした[1]。"),
         notes="(f) the row from the history (食品・飲料), column 合板箱; 73 (計) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="湯葉の輸出補助金に関して、残留農薬の検査は１検体当たりいくらぐらいかかるものか聞かれました。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the rate and the cap of the tests, not what a test costs",
         absent=["検体", "相場", "検査料金"]),
    dict(question="これまでに湯葉の輸出補助金を受けた会社の輸出量は、合わせて何トンになりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives applications, grants and amounts granted, not the quantities exported",
         absent=["トン", "輸出量"]),
    dict(question="組紐の材料の絹糸は、この数年で仕入れ値がどのくらい上がったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the rising cost of materials as an issue (per cents of makers), not by how much",
         absent=["仕入れ値", "仕入値", "値上がり率"]),
    dict(question="組紐の職人が一人前になるまでに、何年くらいかかると答えていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the ageing of craftsmen as an issue and the craftsmen of three cases, not the years of training",
         absent=["一人前", "修業"]),
    dict(question="すかし箱は、何kgまでの貨物に耐えられますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives a weight limit only for 合板箱 (30kg) and a consultation above 1,000kg, no load limit of すかし箱",
         absent=["耐荷重", "耐えられ"]),
    dict(question="木箱の材料には、スギとヒノキのどちらを使っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the heat treatment of the wood, not the kind of wood",
         absent=["スギ", "ヒノキ", "樹種"]),
]
CATEGORY_COUNTS = {"yuba": 10, "kumihimo": 9, "kibako": 9, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
DEFINITION_BOUNDARY = 3  # notes start with "definition boundary"
FOLLOWUP_CUES = ("その", "そこ", "それ")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = (
    "補助対象経費の区分と補助率・上限額", "申請と交付の実績",
    "製品分野別の回答事業者と輸出の状況", "輸出先別の輸出額", "輸出に当たっての課題（複数回答）",
    "貨物の種類別・木箱の種類別の製作数", "サービスの目標と実績")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _fair_grant(g) -> str:
    rate = g(A, FAIR, "補助率（％）／常温品", 2025)
    cap = Decimal(g(A, FAIR, "上限額（千円）／常温品", 2025)) * JOINT_BOOTH_FACTOR
    return f"{int(min(Decimal(FAIR_COST * rate) / 100, cap, FIRM_CAP * 10)):,}千円"


def _crate_fee(g) -> str:
    _head, _fit, per_cm, minimum, _days = KINDS[1]  # 密閉箱 (sibling section, in no table)
    return f"{max(CRATE_CM * per_cm, minimum):,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h103q03": _fair_grant,
    "h103q05": lambda g: _pct(g(B, "令和５年度", "交付件数（件）", 2023), g(B, "令和５年度", "申請件数（件）", 2023)),
    "h103q13": lambda g: _pct(g(C, "ストラップ・キーホルダー", "輸出事業者数（者）", 2023),
                              g(C, "ストラップ・キーホルダー", "回答事業者数（者）", 2023)),
    "h103q16": lambda g: _pct(g(D, "米国", "令和５年度", 2023), g(D, "合計", "令和５年度", 2023)),
    "h103q22": _crate_fee,
    "h103q24": lambda g: _pct(g(F, "電気・電子部品", "密閉箱", 2024), g(F, "合計", "密閉箱", 2024)),
    "h103q25": lambda g: f"{g(G, '製作数（箱）', '実績', 2024) - g(G, '製作数（箱）', '目標', 2024)}箱",
    "h103q26": lambda g: f"{era_year('令和', str(OPENED - 2018))}年度",
}

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {YUBA_PDF: (3, 3), KUMI_PDF: (3, 3), KIBAKO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_CELLS = (150, 210)
GOLD_PER_TABLE = {A: 22, B: 20, C: 27, D: 30, E: 21, F: 28, G: 15}
TABLE_QUESTIONS = 12  # at least, outside the followups
BEFORE_BREAK_ROWS = ("帯締め", "羽織紐", "髪飾り・アクセサリー", "ストラップ・キーホルダー")  # rows of (c) before the break
CONTINUED_ROWS = ("刀剣・甲冑用の紐", "茶道具・美術品用の紐", "工業用組紐", "その他", "合計")  # and after it
RUNNING_HEADER_LINES = 4  # title, date, page number, department: the first lines of every page's text


def readme_paths(out: Path) -> list[Path]:
    """The README of the output folder and the one beside this script (deduplicated)."""
    paths = []
    for p in (out / "README.md", Path(__file__).resolve().parent / "README.md"):
        if p.exists() and p.resolve() not in [x.resolve() for x in paths]:
            paths.append(p)
    return paths


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout103.py")
    readmes = {str(p): p.read_text(encoding="utf-8") for p in readme_paths(out)}
    return errors + check(questions, gold, pages, readmes)


def check(questions, gold, pages, readmes=None) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    errors += check_fiction(questions, gold, pages, readmes or {})
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def numbers_in(text: str) -> set[str]:
    """Every number printed as a number of its own (NFKC, commas dropped), line breaks kept."""
    return {m.replace(",", "") for m in re.findall(r"\d[\d,]*(?:\.\d+)?", nfkc(text))}


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    doc_numbers = {n: numbers_in("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    if len(questions) != 40 or sum(q["doc"] is None for q in questions) != 6:
        errors.append("expected 40 questions, 6 of them unanswerable")
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
            errors += check_unanswerable(qid, q, absent.get(q["question"]), doc_text)
            continue
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not 1 <= len(q["evidence"]) <= 3 or len(q["answer"]) != 1:
            errors.append(f"{qid}: an answerable question needs 1-3 evidence strings and one answer")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed as a number of its own
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|者|箱|年度)$", "", nfkc(a)).replace(",", "")
                if bare in doc_numbers[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.30, 0.70))
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    boundary = sum(q["notes"].startswith("definition boundary") for q in questions)
    if boundary != DEFINITION_BOUNDARY:
        errors.append(f"{boundary} definition-boundary questions, expected {DEFINITION_BOUNDARY}")
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
    for t in LETTERS:  # every table is asked about outside the followups
        if not any(t in table_of(q) for q in questions if q["doc"] and q["category"] != "followup"):
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
    phone_qs = [q for q in questions if any(re.fullmatch(PHONE_RE, nfkc(a)) for a in q["answer"])]
    if len(phone_qs) != 1 or phone_qs[0]["category"] != "followup":
        errors.append("expected exactly one phone-number answer, asked as a follow-up")
    else:
        others = set(re.findall(PHONE_RE, doc_text[phone_qs[0]["doc"]])) - set(phone_qs[0]["answer"])
        if len(others) < 2:
            errors.append("the phone question needs at least two near-miss numbers in its document")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    if not GOLD_CELLS[0] <= len(gold) <= GOLD_CELLS[1]:
        errors.append(f"{len(gold)} gold cells, expected {GOLD_CELLS[0]}-{GOLD_CELLS[1]}")
    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
    if dict(per_table) != GOLD_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {GOLD_PER_TABLE}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout103.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g.get("table")].add(g.get("page"))
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
            errors.append(f"{g['id']}: every gold cell of this set is numeric (「－」 is no cell)")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if g["table"] not in specs:
            errors.append(f"{g['id']}: unknown table {g['table']!r}")
            continue
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
    keys = [(g.get("table"), g.get("row"), g.get("column"), g.get("fiscal_year")) for g in gold]
    if len(set(keys)) != len(keys):
        errors.append("the key (table, row, column, fiscal_year) is not unique")
    row_page = {(g.get("table"), g.get("row")): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
                continue
            # each printed row, cell after cell (the 「－」 cells included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    try:
        errors += check_totals(gold)
        errors += check_layouts(gold, pages)
    except (KeyError, TypeError, ValueError) as e:
        errors.append(f"the totals or layout checks cannot read the gold cells: {e!r}")
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

    # (a): rates within 100 %; caps within the caps per firm of note ※３ (万円 → 千円); 冷蔵品 at least 常温品
    for row, r in t[A].items():
        rates = [v for k, v in r.items() if k.startswith("補助率")]
        if any(not 0 < x <= 100 for x in rates):
            errors.append(f"{A} / {row}: a rate outside 0-100 %")
        if r.get("上限額（千円）／冷蔵品", 0) > FIRM_CAP_CHILLED * 10 or r.get("上限額（千円）／常温品", 0) > FIRM_CAP * 10:
            errors.append(f"{A} / {row}: a cap above the cap per firm of note ※３")
        for grp in ("補助率（％）", "上限額（千円）"):
            cold, room = r.get(f"{grp}／冷蔵品"), r.get(f"{grp}／常温品")
            if room is not None and cold < room:
                errors.append(f"{A} / {row}: 冷蔵品 below 常温品 in {grp}")
    # (b): growing applications; 冷蔵品 ≤ grants ≤ applications; amounts within the caps per firm
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち冷蔵品（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_CHILLED * 10:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): 合計 adds up; exporters within respondents; the firm sizes of the prose add up to 合計
    c = t[C]
    adds_up(C, ("回答事業者数（者）", "輸出事業者数（者）", "輸出額（万円）"))
    if any(r["輸出事業者数（者）"] > r["回答事業者数（者）"] for r in c.values()):
        errors.append(f"{C}: 輸出事業者 above 回答事業者")
    if c["合計"]["回答事業者数（者）"] != sum(s[1] for s in SIZES) or c["合計"]["輸出事業者数（者）"] != sum(s[2] for s in SIZES):
        errors.append(f"{C}: 合計 differs from the firm sizes of the prose")
    # (d): 合計 adds up; 増減 is the difference; its 令和５年度 合計 equals (c)'s 輸出額
    d = t[D]
    adds_up(D, (era(DEST_YEARS[0]), era(DEST_YEARS[1]), "増減"))
    for row, r in d.items():
        if r["増減"] != r[era(DEST_YEARS[1])] - r[era(DEST_YEARS[0])]:
            errors.append(f"{D} / {row}: 増減 is not the difference")
    if d["合計"][era(DEST_YEARS[1])] != c["合計"]["輸出額（万円）"]:
        errors.append(f"{D}: 令和５年度 合計 differs from {C}")
    # (e): the per cents come from the counts; the ｎ from (c)
    if HAND + MACHINE != c["合計"]["回答事業者数（者）"]:
        errors.append(f"{E}: the ｎ differ from {C}")
    for name, a, bb in ISSUES:
        r = t[E][name]
        want = (pct1(a + bb, HAND + MACHINE), pct1(a, HAND), pct1(bb, MACHINE))
        if tuple(Decimal(str(r[k])) for k in ("全体", "手組み事業者", "機械組み事業者")) != want:
            errors.append(f"{E} / {name}: per cents differ from the counts")
    # (f): 計 is the row sum; 合計 adds up
    f = t[F]
    adds_up(F, ("すかし箱", "密閉箱", "合板箱", "計"))
    for row, r in f.items():
        if r["計"] != r["すかし箱"] + r["密閉箱"] + r["合板箱"]:
            errors.append(f"{F} / {row}: 計 is not the row sum")
    # (g): 達成率 = 実績 / 目標 rounded half up; 製作数 実績 equals (f)'s total
    for row, r in t[G].items():
        if r["達成率（％）"] != pct(r["実績"], r["目標"]):
            errors.append(f"{G} / {row}: 達成率 is not 実績 / 目標 rounded half up")
    if t[G]["製作数（箱）"]["実績"] != f["合計"]["計"]:
        errors.append(f"{G}: 製作数 differs from {F}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (c): continued over the page 1→2 break without its header
    fl = specs["fields"]
    bp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{C} is on pages {bp}, expected a page break inside it")
    else:
        header_lines = [norm(x) for cellv in fl.header[0] for x in cellv.split("\n")]
        on = [i + 1 for i, p in enumerate(pages[KUMI_PDF]) if norm("".join(fl.header[0])) in norm(p)]
        if fl.repeat_header or on != bp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {bp[:1]}")
        cont_lines = [norm(x) for x in pages[KUMI_PDF][bp[1] - 1].splitlines()]
        if any(h in cont_lines for h in header_lines):
            errors.append(f"{C}: a header line is repeated on the continuation page")
        if cont_lines[RUNNING_HEADER_LINES] != norm(CONTINUED_ROWS[0]):
            errors.append(f"{C}: the continuation page should start with the data row {CONTINUED_ROWS[0]}")
        first = {g["row"] for g in gold if g["table"] == C and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == C and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{C}: {len(first)} rows before the page break, expected 2-7")
        if set(BEFORE_BREAK_ROWS) != first or set(CONTINUED_ROWS) != cont:
            errors.append(f"{C}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("数珠の房、ペット用品等") not in norm(pages[KUMI_PDF][bp[1] - 1]):
            errors.append(f"{C}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "fields":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # two-line header cells of (b) and (c): the two parts on consecutive lines of the extracted text
    for key, doc in (("record", YUBA_PDF), ("fields", KUMI_PDF)):
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        multi = [h for h in specs[key].header[0][1:] if "\n" in h]
        if len(multi) != len(specs[key].header[0]) - 1:
            errors.append(f"{specs[key].title}: every value header should be printed over two lines")
        for h in multi:
            a, b = (norm(x) for x in h.split("\n"))
            if not any(lines[i] == a and lines[i + 1] == b for i in range(len(lines) - 1)):
                errors.append(f"{specs[key].title}: header {h!r} does not come out as two lines")
    # (a): two header rows, three spans, group／leaf columns; the 「－」 cells exactly as planned, no gold
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／冷蔵品", "補助率（％）／常温品", "上限額（千円）／冷蔵品", "上限額（千円）／常温品"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    dashes = set()
    for s in specs.values():
        for i, r in enumerate(s.rows):
            for cc in s.value_cols:
                if r[cc] == DASH:
                    dashes.add((s.row_label(i), s.column_label(cc)) if s.key == "rates" else (s.key, i, cc))
    if dashes != DASH_CELLS:
        errors.append(f"「－」 cells {sorted(map(str, dashes))}, expected {sorted(DASH_CELLS)}")
    if any((g["row"], g["column"]) in DASH_CELLS for g in gold if g["table"] == A):
        errors.append(f"{A}: a 「－」 cell is a gold cell")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (d): ▲ exactly on the negatives; the 増減 cells carry the range of the two years
    dg = [g for g in gold if g["table"] == D]
    if any((g["value"].startswith(DECREASE)) != (g["number"] < 0) for g in gold) \
            or not any(g["value"].startswith(DECREASE) for g in dg):
        errors.append(f"{D}: ▲ should mark exactly the negative numbers, and at least one")
    if any(g["value"].startswith(DECREASE) for g in gold if g["table"] != D or g["column"] != "増減"):
        errors.append("only the 増減 column of (d) may print ▲")
    if any(g["fiscal_year"] != fiscal_year(g["column"]) for g in dg if g["column"] != "増減") \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != list(DEST_YEARS) for g in dg if g["column"] == "増減"):
        errors.append(f"{D}: expected the years as columns and 増減 cells with {list(DEST_YEARS)}")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != D or g["column"] != "増減"):
        errors.append("only the 増減 column of (d) may have a fiscal_year_range")
    # (f): 計 on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == F)) != ["すかし箱", "密閉箱", "合板箱", "計"]:
        errors.append(f"{F}: expected the kinds as columns and 計 on the right")
    # (g): KPI columns; the unit of 目標 and 実績 from the row label's bracket
    gg = [g for g in gold if g["table"] == G]
    if list(dict.fromkeys(g["column"] for g in gg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in gg) \
            or len({g["unit"] for g in gg if g["column"] == "実績"}) != 4:
        errors.append(f"{G}: expected 目標 / 実績 / 達成率 and a unit per row from its label (four units)")
    # (d), (e), (f): no unit in the headers, the unit only in the caption note
    for key, unit in (("dests", "万円"), ("issues", "％"), ("cargo", "箱")):
        s = specs[key]
        doc_raw = "\n".join(pages[s.doc])
        if any(bracket_unit(h) for h in s.header[0]) or norm(f"（単位：{unit}）") not in norm(doc_raw):
            errors.append(f"{s.title}: the unit should be only in the caption note （単位：{unit}）")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def siblings(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        for i, head in enumerate(heads, 1):
            if text.count(norm(f"（{fw(i)}）{head}")) != 1:
                errors.append(f"{doc}: the heading of sibling section {i} should be printed once")
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

    def qa(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    def lv(text, labels, what):
        for lab in labels:
            if text.count(norm(f"{lab}：")) != 1:
                errors.append(f"{what}: the 「label：value」 line {lab} should be printed once")

    # ---- the call for applications
    yt = norm("\n".join(pages[YUBA_PDF]))
    siblings(yt, YUBA_PDF, ("輸出した商品：", "補助を受けた経費：", "交付額："), [c[0] for c in YUBA_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、総額{sum(r[4] for r in RECORD) // 10:,}万円") not in yt \
            or sum(r[4] for r in RECORD) % 10:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち冷蔵品{fw(last[3])}件）") not in yt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, goods, costs, amount, cls, items in YUBA_CASES:
        if f"（{cls}）" not in goods or any(rates[n][1 + CLASSES.index(cls)] is None for n, _c, _b in items):
            errors.append(f"call: case {head} is under the wrong class or uses a 「－」 cost")
        if amount != f"{case_grant(cls, items)}万円":
            errors.append(f"call: case {head}'s grant {amount} does not follow from its costs ({case_grant(cls, items)}万円)")
        if costs.replace("（朴県ブース）", "") != "、".join(n for n, _c, _b in items) \
                or any(b != ("朴県ブース" in costs and n == FAIR) for n, _c, b in items):
            errors.append(f"call: case {head}'s cost items differ from its data")
    if re.findall(r"20\d\d年", yt) != ["2020年"] or norm("令和２年度（2020年度）") not in yt:
        errors.append("call: only 2020年度 should be printed in Western form, beside 令和２年度")
    defs(yt, ("県産湯葉等", "冷蔵品", "輸出証明書等"), "call")
    if norm("を「常温品」といいます") not in yt:
        errors.append("call: 常温品 should be defined as the rest")
    for x in YUBA_EXCLUDED:
        if norm(x) not in yt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(YUBA_PDF, len(YUBA_EXCLUDED), "call")
    qa(YUBA_PDF, 3, "call")
    steps_of(YUBA_PDF, "①②③④⑤⑥⑦", "call")
    lv(yt, ("補助金名", "補助対象者", "募集期間", "予算額", "採択予定件数", "補助事業期間"), "call")
    contacts(YUBA_PDF, ["098-971-4410", "098-971-4419", "098-971-4520"], ["hoo-yuba@example.jp"], "call")

    # ---- the survey of braided-cord makers
    kt = norm("\n".join(pages[KUMI_PDF]))
    siblings(kt, KUMI_PDF, ("主な製品：", "海外での販売方法：", "従業者数："), [c[0] for c in KUMI_CASES])
    total, n = respondents(), exporters()
    amount = sum(r[3] for r in FIELDS)
    before = sum(r[1] for r in DESTS)
    if norm(f"{total}者（回答率{pct1(total, TARGET)}％）") not in kt \
            or norm(f"回答事業者{total}者のうち{n}者（{pct1(n, total)}％）で、輸出額の合計は{amount:,}万円") not in kt:
        errors.append("survey: the response and export figures in the prose differ from (c)")
    (s_name, s_n, s_e), (l_name, l_n, l_e) = SIZES
    if norm(f"{s_name}の事業者は{s_n}者で、うち輸出事業者は{s_e}者") not in kt \
            or norm(f"{l_name}の事業者は{l_n}者のうち{l_e}者") not in kt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    if any(k > n for _c, k in CHANNELS) or norm(f"輸出していない{total - n}者のうち") not in kt or PLANNED > total - n:
        errors.append("survey: the channels or the planned starters do not fit the exporters")
    by_amount = sorted(FIELDS, key=lambda r: -r[3])
    if by_amount[0][0] != "工業用組紐" or by_amount[1][0] != "髪飾り・アクセサリー" \
            or sorted(FIELDS, key=lambda r: -r[1])[0][0] != "帯締め":
        errors.append("survey: 「帯締めが最も多い」 or 「工業用組紐が最も多く、髪飾り・アクセサリーがこれに次ぐ」 does not hold")
    if norm(f"令和４年度の{before:,}万円から{amount - before:,}万円増えた") not in kt:
        errors.append("survey: the export growth in the prose differs from (d)")
    ranked = [x for x, _a, _b in sorted(DESTS, key=lambda r: -r[2])]
    down = [x for x, a, b in DESTS if b < a]
    by_dest = sorted(DESTS, key=lambda r: -r[2])
    if ranked[0] != "米国" or ranked[1] != "台湾" or by_dest[1][2] == by_dest[2][2] \
            or [x for x, *_y in DESTS].index("台湾") == 1 or down != ["中国", "韓国"]:
        errors.append("survey: 米国 first, 台湾 second (not printed second, no tie), only 中国 and 韓国 down does not hold")
    cols = [(lambda r: (r[1] + r[2]) / total), (lambda r: r[1] / HAND), (lambda r: r[2] / MACHINE)]
    tops = [sorted(ISSUES, key=lambda r, f=f: -f(r)) for f in cols]
    if [t[0][0] for t in tops] != ["職人の高齢化と後継者の不足", "職人の高齢化と後継者の不足", "海外の取引先を見つける手間"] \
            or [t[1][0] for t in tops[1:]] != ["絹糸など材料の値上がり"] * 2 \
            or any(f(t[0]) == f(t[1]) or f(t[1]) == f(t[2]) for f, t in zip(cols, tops)):
        errors.append("survey: the tops and seconds of (e) in the prose do not hold (or tie)")
    if re.findall(r"20\d\d年", kt) != ["2024年"] or re.findall(r"20\d\d年度", kt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(kt, ("組紐", "手組み事業者", "輸出事業者"), "survey")
    if norm("を「機械組み事業者」という") not in kt:
        errors.append("survey: 機械組み事業者 should be defined beside 手組み事業者")
    bullets_in(KUMI_PDF, 3, "survey")
    steps_of(KUMI_PDF, "①②③④", "survey")
    lv(kt, ("調査の目的", "調査対象", "調査基準日", "調査期間", "調査方法", "回答数"), "survey")
    contacts(KUMI_PDF, ["098-974-2130", "098-974-2139", "098-974-2250"], ["hoo-kumihimo@example.jp"], "survey")

    # ---- the crate-making guide
    bt = norm("\n".join(pages[KIBAKO_PDF]))
    siblings(bt, KIBAKO_PDF, ("向いている貨物：", "料金：", "製作期間："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != ["すかし箱", "密閉箱", "合板箱"]:
        errors.append("guide: the sibling sections should be (f)'s columns")
    tot = crates_total()
    users = dict((x, a) for x, _t, a in kpi_rows())["利用事業者数（者）"]
    if norm(f"令和６年度の製作数は{tot}箱で、前年度の{PREV_YEAR}箱から{tot - PREV_YEAR}箱増えました。利用した事業者は{users}者") not in bt \
            or not PREV_YEAR < tot:
        errors.append("guide: the use figures in the prose differ from (f) and (g)")
    if sorted(CARGO, key=lambda r: -sum(r[1:]))[0][0] != "産業機械" \
            or max(range(3), key=lambda j: sum(r[1 + j] for r in CARGO)) != 0:
        errors.append("guide: 「産業機械が最も多く」 or 「すかし箱が最も多く」 does not hold")
    if norm(f"令和{fw(OPENED - 2018)}年度に始まり") not in bt or re.findall(r"20\d\d年", bt):
        errors.append("guide: the opening year should be printed as 令和 only, and no Western year at all")
    defs(bt, ("木箱", "三辺合計", "熱処理"), "guide")
    bullets_in(KIBAKO_PDF, 4, "guide")
    qa(KIBAKO_PDF, 2, "guide")
    steps_of(KIBAKO_PDF, "①②③④⑤⑥", "guide")
    lv(bt, ("サービス名", "実施主体", "運営", "利用できる者", "受付時間", "製作場所"), "guide")
    contacts(KIBAKO_PDF, ["098-977-3610", "098-977-3619", "098-977-3700"], ["hoo-kibako@example.jp"], "guide")
    return errors


def check_fiction(questions, gold, pages, readmes: dict) -> list[str]:
    """Phones 098-97x-xxxx and mail addresses under example.jp everywhere; no at-sign outside a mail
    address in the README; no prefecture but 朴県 in the documents and questions; the towns named."""
    errors = []
    texts = {name: nfkc("\n".join(p)) for name, p in pages.items()}
    texts["tables.jsonl"] = nfkc("\n".join(str(g) for g in gold))
    texts["questions.jsonl"] = nfkc("\n".join(str(q) for q in questions))
    texts.update({name: nfkc(t) for name, t in readmes.items()})
    for name, text in texts.items():
        flat = re.sub(r"\s+", "", text)
        for ph in set(re.findall(r"\d{2,5}-\d{2,4}-\d{3,4}", flat)):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 098-97x-xxxx")
        mails = re.findall(r"[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+", text)
        for mail in mails:
            if not mail.endswith(MAIL_DOMAIN) or not re.fullmatch(r"[a-z0-9-]+@example\.jp", mail):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if text.count("@") != len(mails):
            errors.append(f"{name}: an at-sign that is not part of a mail address")
    for name in list(pages) + ["questions.jsonl"]:
        lines = texts[name].splitlines()
        for line in lines:
            for m in re.finditer(r"([\u4e00-\u9fff々])県", line):
                if m.group(1) != "朴":
                    errors.append(f"{name}: another prefecture {m.group(0)!r}")
    for name, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{name}: 朴県 should be named on page 1")
    alltext = "".join(norm("\n".join(p)) for p in pages.values())
    for town in TOWNS:
        if town not in alltext:
            errors.append(f"the town {town} is named in no document")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
