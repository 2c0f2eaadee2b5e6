"""Build the 樟県 held-out set 72: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (樟県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards small firms' generative-AI translation tools for their
trade documents (貿易文書ＡＩ翻訳導入支援補助金) with a two-level header of rates by firm size and caps
by kind of installation (with a 「－」 cell), a yearly record (years as rows, header cells printed
over two lines, a 「－」 cell) and a KPI table (目標 / 実績 / 達成率 and a mark column ◎ ○ △); the
report of a survey of the prefecture's manufacturers on foreign buyers' visits to their factories
(海外バイヤー工場視察受入実態調査) with the firms by industry (a table continued over a page break
without its header), the visits by country in two fiscal years with a 増減 column printing
decreases with ▲, an unruled table of the issues and the costs per visit; and the user guide
(利用案内) of a prefectural trade-practice e-learning service (貿易実務ｅラーニング) with the fees by
plan (「－」 cells), the courses grouped by a merged first column (基礎編 / 応用編) and the new users
by plan and quarter with a total column on the right; see README.md beside this file.

    python make_heldout72.py [OUTPUT_DIR]          # default: this file's directory

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

AI_PDF = "kusu_boeki_ai_honyaku_hojokin_boshu_yoko_r7.pdf"
VISIT_PDF = "kusu_buyer_kojo_shisatsu_chosa_r6.pdf"
EL_PDF = "kusu_boeki_jitsumu_elearning_riyo_annai_r7.pdf"
ALL_PDFS = (AI_PDF, VISIT_PDF, EL_PDF)

UNITS = ("千円", "万円", "円", "件", "人", "社", "本", "分", "問", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with nothing to give (no gold cell)
DOWN = "▲"  # a decrease in a 増減 column
MARKS = ("◎", "○", "△")  # the KPI marks (note ※５ of the call)
PHONE_PREFIX = "099-76"  # every phone number of the set: 099-76x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("棗県",)  # the other helper's prefecture: named in no document


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
    """(number, unit) as printed after NFKC; ▲ makes the number negative; (None, None) for text,
    marks and dashes."""
    v = nfkc(value).strip()
    if v.startswith(DOWN):
        n, u = docgen.parse_number(v[1:], UNITS)
        return (None, None) if n is None else (-n, u)
    return docgen.parse_number(v, UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k) * 100 / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: None -> －, an int as docgen prints it (single digits full-width), a Decimal
    with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases without a sign."""
    return f"{DOWN}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years, and an optional group column left of the label column whose
    merged cells are no gold cells."""

    col_range: dict | None = None  # {col: [first, last]} for columns covering several fiscal years
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
    """Every printed cell right of the label column, row by row; 「－」 cells are no gold cells."""
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:
                continue
            number, cell_unit = parse_number(value)
            unit = None if value in MARKS else (cell_unit or spec.cell_unit(r, c))
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


PREF = "樟県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: AI translation subsidy, call for applications
AI = f"{PREF}貿易文書ＡＩ翻訳導入支援補助金"
AI_DEPT = f"{PREF} 商工観光部 国際経済課"
AI_DESK = f"{PREF}ＡＩ翻訳導入相談窓口"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: クラウド型, 自社設置型 (令和７年度)
    ("ＡＩ翻訳ツールの利用料・購入費", 50, 75, 600, 1200),
    ("サーバー等機器の購入費", 30, 40, None, 1000),
    ("専門用語集の整備", 50, 75, 300, 300),
    ("社内システムとの連携", 50, 75, 400, 800),
    ("翻訳品質の検証（専門家）", 50, 75, 200, 200),
    ("情報セキュリティ対策", 40, 50, 200, 500),
    ("社内研修", 40, 50, 100, 100),
]
FIRM_CAP, FIRM_CAP_ONPREM = 1500, 2500  # note ※２: 千円 per firm (クラウド型 / 自社設置型)
SMALL_FROM = 2022  # the 小規模企業者 rate exists from 令和４年度 (「－」 before)
RECORD = [  # 年度, 申請件数, 採択件数, うち小規模企業者, うち自社設置型, 交付額（千円）
    (2021, 14, 9, None, 2, 6840), (2022, 22, 15, 6, 3, 11250),
    (2023, 31, 21, 9, 5, 16480), (2024, 38, 26, 12, 6, 20930),
]
KPI = [  # 指標（単位）, 目標, 実績 (令和６年度)
    ("採択件数（件）", 25, 26),
    ("翻訳作業時間の平均削減率（％）", Decimal("40.0"), Decimal("34.5")),
    ("新たな国・地域と取引を始めた企業（社）", 8, 5),
    ("補助事業者の満足度（％）", 90, Decimal("92.3")),
]


def kpi_mark(rate: Decimal) -> str:
    return "◎" if rate >= 100 else "○" if rate >= 80 else "△"


AI_CASES = [  # 見出し, 導入形態, 対象とした文書, 補助金の額, size, cost items (same labels in every sibling section)
    ("電子部品製造業Ａ社（樟市）", "クラウド型", "英語の仕様書と取引先との電子メール", "840千円",
     "中小企業者", ("ＡＩ翻訳ツールの利用料・購入費", "専門用語集の整備")),
    ("食品製造業Ｂ社（磯辺市）", "自社設置型", "中国語の契約書と製品規格書", "1,850千円",
     "中小企業者", ("ＡＩ翻訳ツールの利用料・購入費", "サーバー等機器の購入費", "社内システムとの連携")),
    ("家具卸売業Ｃ社（萱野町）", "クラウド型", "英語とベトナム語の見積書と往復文書", "312千円",
     "小規模企業者", ("ＡＩ翻訳ツールの利用料・購入費",)),
]
EXCLUDED = [  # 補助の対象にならない経費
    "パソコン、タブレット等の汎用的な機器の購入費",
    "翻訳会社への翻訳の外注費",
    "補助事業期間を超える期間の利用料",
    "交付決定の日より前に発注し、又は支払った経費",
]


def ai_specs():
    rates = TableSpec(
        key="rates", doc=AI_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "クラウド型", "自社設置型"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 26 * mm, 26 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=AI_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "採択\n件数（件）", "うち小規模\n企業者（件）", "うち自社\n設置型（件）",
                 "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), cell(s), fw(o), fw(g)] for y, a, b, s, o, g in RECORD],
        col_widths=[28 * mm, 26 * mm, 26 * mm, 28 * mm, 28 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    krows = []
    for name, target, actual in KPI:
        rate = pct1(actual, target)
        krows.append([name, cell(target), cell(actual), cell(rate), kpi_mark(rate)])
    kpi = TableSpec(
        key="kpi", doc=AI_PDF, title="成果指標の達成状況",
        header=[["指標", "目標", "実績", "達成率\n（％）", "評価"]],
        rows=krows, col_widths=[78 * mm, 22 * mm, 22 * mm, 22 * mm, 16 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c, s=kpi: bracket_unit(row[0]) if c in (1, 2) else bracket_unit(s.column_label(c))
    return rates, record, kpi


def ai_totals():
    return sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)


def ai_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = ai_totals()
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{AI} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(AI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が、海外の取引先とやり取りする文書を速く正確に翻訳し、少ない人数でも海外との取引を広げられるよう、ＡＩ翻訳ツールの導入に要する経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all // 10:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", AI),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、海外の取引先との取引にＡＩ翻訳ツールを導入しようとするもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "3,000万円"),
        ("採択予定件数", "28件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras("""
この要項において「貿易文書」とは、海外の取引先との契約書、仕様書、見積書、往復文書（電子メールを含む。）その他の取引に用いる文書をいいます。「ＡＩ翻訳ツール」とは、生成ＡＩ等の技術を用いて文書を自動で翻訳するソフトウェア又はクラウドサービスをいいます。「クラウド型」とは、インターネットを通じて事業者の外部の設備で利用するものをいい、「自社設置型」とは、自社のサーバー等に設置して利用するものをいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は申請者の規模によって、上限額は導入の形態によって、経費区分ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「小規模企業者」の欄は小規模企業者に、「中小企業者」の欄はそれ以外の中小企業者に適用します。「－」は、その導入形態では補助の対象にならない経費であることを示します。",
        f"※２ 補助金の額は、１事業者当たり{FIRM_CAP:,}千円（自社設置型は{FIRM_CAP_ONPREM:,}千円）を上限とし、千円未満の端数は切り捨てます。",
        "※３ ＡＩ翻訳ツールの利用料は、補助事業期間内に支払う最大12か月分を対象とします。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際経済課又は{AI_DESK}へ）",
        "② 申請書の提出（募集期間内に、導入計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月27日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績と成果", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち小規模企業者{last[3]}件）。成果指標は、令和６年度に四つのうち二つで目標を達成しました。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「－」は、小規模企業者の補助率を設ける前の年度であることを示します（令和４年度から設けました）。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 達成率は、実績を目標で割った値（小数第２位を四捨五入）です。評価は、◎が100％以上、○が80％以上100％未満、△が80％未満です。",
    ])
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, form, docs, amount, _size, _items) in enumerate(AI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("導入形態", form), ("対象とした文書", docs), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("すでに使っているＡＩ翻訳ツールの利用料も対象になりますか。",
         "交付決定の日以後に新たに契約し、又は上位のプランに切り替えるものに限り、対象になります。"),
        ("翻訳会社に翻訳を頼む費用も対象になりますか。",
         "対象になりません。ただし、ＡＩ翻訳の結果を専門家に検証してもらう費用は、対象になります。"),
        ("ツールの利用料は、何か月分まで対象になりますか。",
         "補助事業期間内に支払う最大12か月分です。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{AI_DEPT} 貿易振興班　電話：099-761-4410　ファクス：099-761-4419",
        f"{AI_DESK}（公益財団法人樟県産業振興財団内、事前相談）　電話：099-761-4500",
        "電子メール：kusu-ai@example.jp",
    ]))
    return st


# ================================================================ document 2: foreign buyers' factory visits, survey report
VISIT = f"{PREF}内企業の海外バイヤー工場視察受入実態調査"
VISIT_DEPT = f"{PREF} 商工観光部 産業政策課"
KYOKAI = f"一般社団法人{PREF}国際ビジネス協会"
TARGET = 1500  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 受入企業（社）, 受入件数（件）, うち成約（件） (令和５年度の視察)
    ("食料品", 98, 31, 58, 14), ("繊維・衣服", 46, 9, 15, 3), ("化学", 41, 15, 33, 9),
    ("金属製品", 79, 18, 29, 6), ("機械", 104, 42, 121, 27), ("電気機器", 69, 29, 87, 22),
    ("精密機器", 32, 13, 35, 10), ("木材・家具", 38, 8, 12, 2), ("その他", 105, 14, 22, 5),
]
SIZES = (("中小企業", 548, 141), ("大企業", 64, 38))  # 回答企業数, うち受入企業
COUNTRIES = [  # 国・地域, 令和４年度, 令和５年度 (受入件数)
    ("中国", 88, 81), ("台湾", 41, 55), ("韓国", 22, 25), ("ベトナム", 41, 66), ("タイ", 35, 48),
    ("インドネシア", 12, 19), ("インド", 9, 20), ("米国", 49, 57), ("ドイツ", 21, 18), ("その他", 26, 23),
]
COUNTRY_YEARS = (2022, 2023)
ISSUES = [  # 受入の課題, 回答数: 中小企業, 大企業 (複数回答)
    ("通訳できる人材の不足", 68, 9), ("受入に要する費用の負担", 57, 7), ("技術・ノウハウ流出の懸念", 39, 17),
    ("視察後の商談につながらない", 44, 10), ("生産ラインを止める必要がある", 31, 8),
    ("外国語の説明資料がない", 36, 3),
]
COSTS = [  # 費用の項目, 中小企業, 大企業 (１件当たりの平均、千円)
    ("通訳者の謝金", 48, 95), ("送迎・交通", 32, 61), ("会食・接遇", 41, 88),
    ("説明資料の翻訳", 27, 54), ("安全装備・衛生用品", 9, 14), ("その他", 13, 22),
]
INTERPRETING = (("自社の従業員が通訳した企業", 72), ("外部の通訳者に依頼した企業", 61),
                ("バイヤーが通訳を同行させた企業", 46))  # prose only; they add up to the 受入企業
VISIT_CASES = [  # 見出し, 受け入れたバイヤー, 視察の成果, 工夫していること
    ("精密機器製造業Ｄ社（樟市）", "ドイツの医療機器メーカーなど年４件", "品質管理の説明が評価され、２件の成約",
     "英語とドイツ語の工程説明動画を用意している"),
    ("食料品製造業Ｅ社（磯辺市）", "台湾とタイの輸入商社など年６件", "１件の成約と、既存の取引の拡大",
     "衛生管理の手順を写真入りの英語資料にまとめている"),
    ("家具製造業Ｆ社（萱野町）", "米国の家具小売チェーン年２件", "成約には至らず、サンプルの注文を受けた",
     "視察の日程を生産の少ない曜日に合わせている"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def hosts() -> int:
    return sum(r[2] for r in INDUSTRIES)


def visit_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3, 4)])
    industries = TableSpec(
        key="industries", doc=VISIT_PDF, title="業種別の受入状況",
        header=[["業種", "回答企業数（社）", "受入企業（社）", "受入件数（件）", "うち成約（件）"]],
        rows=rows, col_widths=[36 * mm, 32 * mm, 30 * mm, 30 * mm, 30 * mm], table_fy=2023,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    crow = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in COUNTRIES]
    ta, tb = sum(r[1] for r in COUNTRIES), sum(r[2] for r in COUNTRIES)
    crow.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    countries = TableSpec(
        key="countries", doc=VISIT_PDF, title="国・地域別の受入件数",
        header=[["国・地域", f"{era(COUNTRY_YEARS[0])}（件）", f"{era(COUNTRY_YEARS[1])}（件）", "増減（件）"]],
        rows=crow, col_widths=[38 * mm, 34 * mm, 34 * mm, 30 * mm],
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    countries.col_range = {3: list(COUNTRY_YEARS)}
    n_all, n_s, n_l = hosts(), SIZES[0][2], SIZES[1][2]
    issues = TableSpec(
        key="issues", doc=VISIT_PDF, title="視察受入の課題（複数回答）",
        header=[["受入の課題", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for x, a, b in ISSUES],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    costs = TableSpec(
        key="costs", doc=VISIT_PDF, title="視察１件当たりの受入費用（平均）",
        header=[["費用の項目", "中小企業", "大企業"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in COSTS]
        + [["合計", fw(sum(r[1] for r in COSTS)), fw(sum(r[2] for r in COSTS))]],
        col_widths=[56 * mm, 30 * mm, 30 * mm], unit="千円", table_fy=2023,
    )
    return industries, countries, issues, costs


def visit_story(specs):
    industries, countries, issues, costs = specs
    total, n = respondents(), hosts()
    visits = sum(r[3] for r in INDUSTRIES)
    deals = sum(r[4] for r in INDUSTRIES)
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    cs, cl = sum(r[1] for r in COSTS), sum(r[2] for r in COSTS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{VISIT} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(VISIT_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外のバイヤーによる県内の工場の視察の実態と課題を把握し、輸出の支援に役立てるため"),
        ("調査対象", f"県内に工場を有する製造業の企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「工場視察」とは、海外の取引先又は取引を検討している事業者（以下「海外バイヤー」という。）が、商談又は取引先の審査のために県内の製造現場を訪れることをいい、オンラインによる工場見学は含まない。「受入企業」とは、令和５年度中に１回以上工場視察を受け入れた企業をいう。また、「成約」とは、視察の後１年以内に、視察した海外バイヤーと売買の契約を結んだものをいう。
""", 0)
    st += [P("２　視察の受入状況", H1)]
    st += paras(f"""
令和５年度に工場視察を受け入れた企業は、回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、受入件数は延べ{visits}件、そのうち成約に至ったものは{deals}件（{pct1(deals, visits)}％）であった。業種別では、機械が受入企業数、受入件数ともに最も多い。企業規模別では、大企業は{l_n}社のうち{l_t}社が視察を受け入れたが、中小企業は{s_n}社のうち{s_t}社にとどまった。
""", 0)
    st += paras("""
視察を受け入れた理由（自由記述）では、「取引先の品質審査の一部として求められた」が最も多く、「展示会で知り合ったバイヤーから申出があった」「県の商談会の後に申出があった」が続いた。
視察の所要時間は、半日以内のものが大半を占め、丸一日以上のものは一部の機械と電気機器の企業に限られた。視察の前に秘密保持の取決めを交わした企業は受入企業の３割程度で、その多くは大企業であった。視察の当日に、工場の中で写真や動画の撮影を断った企業も少なくない。視察を受け入れた時期は、海外の展示会が多い秋から冬にかけてと、年度末に集まっていた。
""", 0)
    st += [caption(industries.title, "（令和５年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、窯業・土石製品、プラスチック製品、印刷等である。"])
    st += [P("３　国・地域別の状況", H1)]
    st += paras("""
国・地域別では、中国からの視察が最も多いが、前年度より減った。増加が最も大きかったのはベトナムで、台湾、タイがこれに続いた。
""", 0)
    st += [caption(countries.title), countries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 令和４年度の件数は、前回の調査（令和５年度に実施）による。「▲」は減少を示す。"])
    st += [P("４　通訳と費用", H1)]
    (a_name, a_k), (b_name, b_k), (c_name, c_k) = INTERPRETING
    st += paras(f"""
受入企業{n}社のうち、{a_name}が{a_k}社、{b_name}が{b_k}社、{c_name}が{c_k}社であった。視察１件当たりの受入費用は、中小企業が平均{cs}千円、大企業が平均{cl}千円で、いずれも通訳者の謝金が最も大きい。
""", 0)
    st += [caption(costs.title, "（令和５年度、単位：千円）"), costs.flowable(), Spacer(1, 2)]
    st += notes(["※３ 受入企業が、視察１件の受入に要した費用を項目ごとに回答したものの平均である。"])
    st += [P("５　企業の事例", H1)]
    for i, (head, buyer, result, idea) in enumerate(VISIT_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("受け入れたバイヤー", buyer), ("視察の成果", result), ("工夫していること", idea)], 1)
    st += [P("６　視察受入の課題", H1)]
    st += paras("""
全体と中小企業では「通訳できる人材の不足」が、大企業では「技術・ノウハウ流出の懸念」が最も多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 受入企業（全体{n}社、中小企業{s_t}社、大企業{l_t}社）が回答した。複数回答のため、合計は100％にならない。"])
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "視察の日に通訳者を派遣する制度を設けてほしい。",
        "工場の説明資料の翻訳を支援してほしい。",
        "技術の流出を防ぐための見学のルールづくりを教えてほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        "① 工場視察に通訳者を派遣する制度の創設を、令和７年度中に検討する。",
        f"② {KYOKAI}と連携し、視察受入のセミナーを年２回開く。",
        "③ 工場の説明資料のひな形（英語・中国語）を県のウェブサイトに掲載する。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{VISIT_DEPT} 企業調査班　電話：099-764-2210　ファクス：099-764-2219",
        f"{KYOKAI}（視察受入の相談）　電話：099-764-2300",
        "電子メール：kusu-sangyo@example.jp",
    ]))
    return st


# ================================================================ document 3: trade-practice e-learning, user guide
EL = f"{PREF}貿易実務ｅラーニング"
EL_DEPT = f"{PREF} 商工観光部 国際経済課"
SHINKOKAI = f"一般社団法人{PREF}貿易振興会"
PLANS = [  # 見出し, 受講できる講座, 利用できるＩＤ数, 質問への回答 (same labels in every sibling section)
    ("ライトプラン", "基礎編の４講座", "１ＩＤ（追加はできません）", "なし（よくある質問のページのみ）"),
    ("スタンダードプラン", "基礎編と応用編の全８講座", "１ＩＤ（４ＩＤまで追加可）", "講師が電子メールで回答（月３回まで）"),
    ("法人プラン", "全８講座と社内研修用の進み具合の管理画面", "５ＩＤ（追加可）", "講師が電子メールで回答（回数の制限なし）"),
]
FEES = [  # プラン, 月額料金（円）, 年額料金（円）, 追加１ＩＤの年額（円） (令和７年度; None: －)
    ("ライトプラン", 1100, 11000, None), ("スタンダードプラン", 2750, 27500, 13200),
    ("法人プラン", None, 88000, 8800),
]
COURSES = [  # 区分, 講座名, 動画本数（本）, 視聴時間（分）, 修了テスト問題数（問）
    ("基礎編", [("貿易実務の全体像", 8, 96, 10), ("貿易取引条件（インコタームズ）", 6, 78, 10),
              ("輸出入通関の基礎", 7, 88, 10), ("国際物流の基礎", 6, 72, 10)]),
    ("応用編", [("外国為替と代金決済", 9, 124, 20), ("貿易保険とリスク管理", 8, 110, 20),
              ("英文契約の読み方", 10, 142, 20), ("原産地規則とＥＰＡの活用", 9, 131, 20)]),
]
QUARTERS = ("第１四半期", "第２四半期", "第３四半期", "第４四半期")
NEW_USERS = [  # プラン, 新規利用者 by quarter (令和６年度)
    ("ライトプラン", 42, 35, 28, 51), ("スタンダードプラン", 63, 48, 44, 71), ("法人プラン", 25, 30, 18, 40),
]
FIRMS_USING = 173  # 令和６年度に利用した事業者 (prose only)
COMPLETIONS = 1284  # 令和６年度の修了者（延べ、prose only）


def el_specs():
    fees = TableSpec(
        key="fees", doc=EL_PDF, title="プラン別の利用料金",
        header=[["プラン", "月額料金（円）", "年額料金（円）", "追加１ＩＤの\n年額（円）"]],
        rows=[[n, cell(m), cell(y), cell(a)] for n, m, y, a in FEES],
        col_widths=[46 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows, spans, nh = [], [], 1
    for group, members in COURSES:
        r0 = nh + len(rows)
        for k, (name, v, m, q) in enumerate(members):
            rows.append([group if k == 0 else "", name, fw(v), fw(m), fw(q)])
        spans.append(((0, r0), (0, r0 + len(members) - 1)))
    allc = [c for _g, ms in COURSES for c in ms]
    rows.append(["", "合計"] + [fw(sum(c[j] for c in allc)) for j in (1, 2, 3)])
    courses = TableSpec(
        key="courses", doc=EL_PDF, title="講座の一覧",
        header=[["区分", "講座名", "動画\n本数（本）", "視聴\n時間（分）", "修了テスト\n問題数（問）"]],
        rows=rows, col_widths=[18 * mm, 62 * mm, 24 * mm, 24 * mm, 28 * mm], label_col=1,
        spans=spans, table_fy=2025,
    )
    courses.group_col = 0
    courses.unit = lambda row, c, s=courses: bracket_unit(s.column_label(c))
    urows = [[n, fw(a), fw(b), fw(c), fw(d), fw(a + b + c + d)] for n, a, b, c, d in NEW_USERS]
    urows.append(["合計"] + [fw(sum(r[j] for r in NEW_USERS)) for j in (1, 2, 3, 4)]
                 + [fw(sum(sum(r[1:]) for r in NEW_USERS))])
    users = TableSpec(
        key="users", doc=EL_PDF, title="プラン別・四半期別の新規利用者数",
        header=[["プラン"] + list(QUARTERS) + ["計"]],
        rows=urows, col_widths=[40 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 20 * mm], unit="人", table_fy=2024,
    )
    return fees, courses, users


def el_story(specs):
    fees, courses, users = specs
    new_total = sum(sum(r[1:]) for r in NEW_USERS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{EL} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(EL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の事業者の皆さまが、貿易の実務を動画でいつでも学べるようにするものです。輸出を始めたばかりの方から、海外との取引を担当する社員の研修まで、ご利用ください。
""", 0)
    st += lv_lines([
        ("サービス名", EL),
        ("実施主体", PREF),
        ("運営", f"{SHINKOKAI}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者とその役員及び従業員"),
        ("利用期間", "申込みの翌月１日から、月額は１か月ごと、年額は12か月"),
        ("推奨環境", "パソコン又はタブレットの最新のウェブブラウザ"),
    ], 0)
    st += paras("""
この案内において「利用ＩＤ」とは、このサービスに入るための利用者ごとの番号をいい、１人に１つ発行します（複数の人で共有することはできません）。「修了」とは、講座のすべての動画を視聴し、修了テストで８割以上の正答を得ることをいいます。また、「県内中小企業」とは、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいいます。
""", 0)
    st += [P("２　プランの種類", H1)]
    for i, (head, what, ids, support) in enumerate(PLANS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("受講できる講座", what), ("利用できるＩＤ数", ids), ("質問への回答", support)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金はプランと支払方法によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 法人プランの料金には、５ＩＤ分が含まれます。",
        "※２ 県内中小企業は、年額料金を２分の１とします（月額料金と追加ＩＤの料金は除きます）。",
        "※３ 「－」は、その支払方法又はＩＤの追加がないことを示します。法人プランは年額払いのみです。",
    ])
    st += [P("４　講座の内容", H1)]
    st += paras("講座は基礎編と応用編に分かれ、それぞれ短い動画と修了テストで構成しています。", 0)
    st += [caption(courses.title, "（令和７年度）"), courses.flowable(), Spacer(1, 2)]
    st += notes(["※４ 修了した講座ごとに、修了証（電子ファイル）を発行します。"])
    st += [P("５　申込みから利用開始までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、プラン、支払方法及び利用者の氏名を記入）",
        "② 受付の連絡と請求書の送付（申込みの翌営業日まで）",
        "③ 料金の支払（請求書による銀行振込み）",
        "④ 利用ＩＤの発行（入金の確認の翌営業日までに電子メールで通知）",
        "⑤ 利用開始（申込みの翌月１日から）",
        "⑥ 更新又は解約（利用期間の終わる月の20日までに連絡）",
    ], 0)
    st += [P("６　利用の状況", H1)]
    st += paras(f"""
令和６年度の新規利用者は{new_total}人で、利用した事業者は{FIRMS_USING}事業者でした。修了者は延べ{COMPLETIONS:,}人です。新規利用者は、新年度の研修に合わせた第１四半期と、翌年度に向けた第４四半期に多くなっています。
""", 0)
    st += [caption(users.title, "（令和６年度、単位：人）"), users.flowable(), Spacer(1, 2)]
    st += notes(["※５ 法人プランは、発行した利用ＩＤの数を利用者数としています。"])
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "利用ＩＤを他の人に貸したり、動画を録画して配ったりすることはできません。",
        "講座の内容は、法令や国際ルールの改正に合わせて見直すことがあります。",
        "個別の取引についての相談は、県の国際経済課の窓口をご利用ください。",
        "利用期間の途中で解約しても、支払った料金は返しません。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{EL_DEPT} 人材育成班　電話：099-767-3310　ファクス：099-767-3319",
        f"{SHINKOKAI}（申込み・ログインの相談）　電話：099-767-3400",
        "電子メール：kusu-elearning@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return ai_specs() + visit_specs() + el_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    aspecs, vspecs, especs = ai_specs(), visit_specs(), el_specs()
    adoc = build_pdf(docs_dir / AI_PDF, aspecs, ai_story(aspecs),
                     f"令和７年度 {AI} 募集要項", "令和７年４月", AI_DEPT)
    vdoc = build_pdf(docs_dir / VISIT_PDF, vspecs, visit_story(vspecs),
                     f"令和６年度 {VISIT} 報告書", "令和７年２月", VISIT_DEPT)
    edoc = build_pdf(docs_dir / EL_PDF, especs, el_story(especs),
                     f"令和７年度 {EL} 利用案内", "令和７年４月", EL_DEPT)
    gold = all_gold({AI_PDF: adoc.row_pages, VISIT_PDF: vdoc.row_pages, EL_PDF: edoc.row_pages})
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
    # --- honyaku: the AI-translation subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, Q&A
    dict(question="社員が８人いる貿易商社（卸売業）が、クラウド型のＡＩ翻訳ツールを契約したいそうです。利用料の補助率は何％ですか？",
         category="honyaku", doc=AI_PDF,
         evidence=["商業又はサービス業は５人", "ＡＩ翻訳ツールの利用料・購入費 50 75 600 1,200"], answer=["50"],
         notes="two facts: a trading company is 商業, so the 小規模企業者 limit is ５人 (definition in ２) and 8人 is "
               "above it; note ※１ then applies the 中小企業者 column; (a) two-level header, leaf 補助率（％）／中小企業者; "
               "75 (小規模企業者) and 600 (the クラウド型 cap) are the traps"),
    dict(question="2025年度の募集で、自社のサーバーに翻訳システムを置く会社が、社内システムとの連携を外注する場合、補助の上限額はいくらですか？",
         category="honyaku", doc=AI_PDF, evidence=["社内システムとの連携 50 75 400 800"], answer=["800"],
         notes="(a) leaf 上限額（千円）／自社設置型 (自社のサーバー = 自社設置型, definition in ２); 400 (クラウド型) is the "
               "trap; 2025年度 = 令和７年度 (only 2021年度 is printed in Western form)"),
    dict(question="従業員12人の部品メーカーが、専門用語集の整備に34.4万円かける予定です。補助金はいくらになりますか？",
         category="honyaku", doc=AI_PDF,
         evidence=["常時使用する従業員の数が20人", "専門用語集の整備 50 75 300 300"], answer=["25.8万円"], computed=True,
         notes="three facts: 12人 in manufacturing is within the 20人 of 小規模企業者 (definition in ２), so (a) leaf "
               "補助率（％）／小規模企業者 75 applies (note ※１): 344千円 × 75 % = 258千円, below the cap of 300千円 "
               "(上限額 in 千円, the question in 万円) = 25.8万円; 17.2万円 (50 %) is the trap"),
    dict(question="2023年度には、この補助金に何件の申請がありましたか？",
         category="honyaku", doc=AI_PDF, evidence=["令和５年度 31 21 ９ ５ 16,480"], answer=["31"],
         notes="(b) years as rows, header cells printed over two lines: 2023年度 = 令和５年度 (only 2021年度 is printed in "
               "Western form); column 申請件数（件）; 21 (採択件数) is the trap"),
    dict(question="令和３年度に採択された案件のうち、小規模企業者の分は何件でしたか？",
         category="honyaku", doc=AI_PDF, evidence=["令和４年度から設けました"], answer=["令和４年度から"],
         notes="(b) the cell 令和３年度 / うち小規模企業者（件） is printed 「－」 (no gold cell); note ※４: the "
               "小規模企業者 rate was set up only from 令和４年度, so there is no count for 令和３年度 (a note plus a cell); "
               "６ (令和４年度) is the trap"),
    dict(question="令和３年度から令和６年度までに交付された補助金は、１件当たり平均で何万円になりますか？",
         category="honyaku", doc=AI_PDF, evidence=["延べ71件、5,550万円"], answer=["78.2万円"], computed=True,
         notes="the totals in the prose of １ (also the sums of (b), whose 交付額 is in 千円): 5,550 / 71 = 78.2万円"),
    dict(question="令和６年度の成果指標のうち、達成率が80％に届かなかったのはどの指標ですか？",
         category="honyaku", doc=AI_PDF, evidence=["新たな国・地域と取引を始めた企業（社） ８ ５ 62.5 △"],
         answer=["新たな国・地域と取引を始めた企業"],
         notes="(c) KPI table with 目標 / 実績 / 達成率 and a mark column: the only △ row (62.5 %; note ※５: △ = below "
               "80 %); 翻訳作業時間の平均削減率 (86.3 %, ○) is the near miss"),
    dict(question="翻訳にかかる時間の削減率は、令和６年度の目標に何ポイント届きませんでしたか？",
         category="honyaku", doc=AI_PDF, evidence=["翻訳作業時間の平均削減率（％） 40.0 34.5 86.3 ○"],
         answer=["5.5ポイント"], computed=True,
         notes="(c) difference between 目標 and 実績 of one row, the unit from the row label: 40.0 − 34.5 = 5.5 points "
               "(86.3 is the 達成率, a wrong reading)"),
    dict(question="食品メーカーの活用事例では、補助金はいくら交付されましたか？",
         category="honyaku", doc=AI_PDF, evidence=["（２）食品製造業Ｂ社", "補助金の額：1,850千円"], answer=["1,850千円"],
         notes="sibling sections （１）–（３） of ６ share the labels 導入形態, 対象とした文書, 補助金の額; （２）食品製造業Ｂ社 "
               "(食品メーカー = 食品製造業); 840千円 and 312千円 are the siblings' values"),
    dict(question="翻訳会社に翻訳を外注する費用も、この補助金で見てもらえますか？",
         category="honyaku", doc=AI_PDF, evidence=["次の経費は補助の対象になりません", "翻訳会社への翻訳の外注費"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence and four ○ items on page 2), also Ａ of Ｑ２; 翻訳品質の検証（専門家） "
               "(covered) is the near miss"),
    dict(question="以前から契約しているＡＩ翻訳ツールの利用料も、補助の対象になりますか？",
         category="honyaku", doc=AI_PDF, evidence=["新たに契約し、又は上位のプランに切り替えるものに限り"],
         answer=["上位のプランに切り替えるものに限り"],
         notes="Q&A: Ａ of Ｑ１ (only a new contract or an upgrade made after the 交付決定; 「対象になります」 alone is the trap)"),
    # --- shisatsu: the survey of foreign buyers' factory visits, tables (d) (e) (f) (g), a definition, sibling sections
    dict(question="取引先に工場の中をオンラインで見せた場合も、この調査の「工場視察」に含まれますか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["オンラインによる工場見学は含まない"], answer=["含まない"],
         notes="definition 「工場視察」とは…県内の製造現場を訪れることをいい、オンラインによる工場見学は含まない (asked at its boundary)"),
    dict(question="精密機器メーカーが受け入れた視察のうち、成約まで進んだのは何件ですか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["精密機器 32 13 35 10"], answer=["10"],
         notes="(d) continuation page (no header there): row 精密機器, column うち成約（件）; 35 (受入件数) and 13 (受入企業) "
               "are the traps"),
    dict(question="機械メーカーが受け入れた視察は、何％が成約に結びつきましたか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["機械 104 42 121 27"], answer=["22.3%"], computed=True,
         notes="(d) first page, a share in a row: 27 / 121 = 22.3 % (the 成約 definition: within a year of the visit); "
               "23.8 % (all industries, in the prose) is the near miss"),
    dict(question="回答した大企業のうち、工場視察を受け入れた企業の割合はどのくらいですか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["大企業は64社のうち38社"], answer=["59.4%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 38 / 64 = 59.4 % (中小企業 141 / 548 and 全体 29.2 % are near misses)"),
    dict(question="2023年度に、タイのバイヤーによる工場視察は何件ありましたか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["タイ 35 48 13"], answer=["48"],
         notes="(e) fiscal years as columns with the unit in each header: 2023年度 = 令和５年度 (the report prints only 2024年 "
               "in Western form); 35 (令和４年度) and 13 (増減) are the traps"),
    dict(question="直近の年度で、工場視察の件数が２番目に多かった国・地域はどこですか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["ベトナム 41 66 25"], answer=["ベトナム"],
         notes="(e) second-largest in the column 令和５年度（件）: 中国 81, ベトナム 66, 米国 57, 台湾 55 (the rows are in "
               "geographic order; the prose names only 中国 as the most)"),
    dict(question="ベトナムからの工場視察は、2022年度から2023年度にかけて何％増えましたか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["ベトナム 41 66 25"], answer=["61.0%"], computed=True,
         notes="(e) the 増減 cell over the earlier year: 25 / 41 = 61.0 % (2022年度 = 令和４年度, 2023年度 = 令和５年度); "
               "25 (件) is the near miss"),
    dict(question="中小企業のうち、通訳できる人がいないことを課題に挙げた割合はどのくらいですか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["通訳できる人材の不足 43.0 48.2 23.7"], answer=["48.2"],
         notes="(f) unruled table, column 中小企業 (unit only in the caption note); 43.0 (全体) and 23.7 (大企業) are the traps"),
    dict(question="大企業が工場視察を１件受け入れるとき、通訳の謝礼には平均いくらかかっていますか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["通訳者の謝金 48 95"], answer=["95"],
         notes="(g) column 大企業, the unit 千円 only in the caption note; 48 (中小企業) and 334 (合計) are the traps"),
    dict(question="ドイツの医療機器メーカーを工場に迎えた会社の事例では、視察の成果は何でしたか？",
         category="shisatsu", doc=VISIT_PDF, evidence=["（１）精密機器製造業Ｄ社", "品質管理の説明が評価され、２件の成約"],
         answer=["２件の成約"],
         notes="sibling sections （１）–（３） of ５ share the labels 受け入れたバイヤー, 視察の成果, 工夫していること; the "
               "section is found by its 受け入れたバイヤー line (（１）精密機器製造業Ｄ社); the siblings' 成果 are the near misses"),
    # --- elearning: the trade-practice e-learning guide, tables (h) (i) (j), a definition, sibling sections, a step
    dict(question="社員研修に使いたい会社があります。法人向けのプランでは、最初から何人分のＩＤが使えますか？",
         category="elearning", doc=EL_PDF, evidence=["（３）法人プラン", "利用できるＩＤ数：５ＩＤ（追加可）"], answer=["５ＩＤ"],
         notes="sibling sections （１）–（３） of ２ share the labels 受講できる講座, 利用できるＩＤ数, 質問への回答; "
               "（３）法人プラン; １ＩＤ (the siblings) is the trap"),
    dict(question="動画は全部見たものの、修了テストの正答が７割だった人は、修了になりますか？",
         category="elearning", doc=EL_PDF, evidence=["修了テストで８割以上の正答"], answer=["８割以上"],
         notes="definition 「修了」とは、講座のすべての動画を視聴し、修了テストで８割以上の正答を得ること (no; asked at its boundary)"),
    dict(question="県内の中小企業がスタンダードプランを年払いで申し込むと、料金はいくらですか？",
         category="elearning", doc=EL_PDF, evidence=["スタンダードプラン 2,750 27,500 13,200", "年額料金を２分の１とします"],
         answer=["13,750円"], computed=True,
         notes="two facts: (h) row スタンダードプラン, column 年額料金（円） and note ※２ (half the annual fee for 県内中小企業): "
               "27,500 / 2 = 13,750円; 27,500 is the trap"),
    dict(question="法人プランを月払いで申し込むことはできますか？",
         category="elearning", doc=EL_PDF, evidence=["法人プランは年額払いのみです"], answer=["年額払いのみ"],
         notes="(h) the cell 法人プラン / 月額料金（円） is printed 「－」 (no gold cell), explained by note ※３ (a note plus a cell)"),
    dict(question="申込みをして料金を振り込んだら、利用ＩＤはいつ届きますか？",
         category="elearning", doc=EL_PDF, evidence=["利用ＩＤの発行（入金の確認の翌営業日までに電子メールで通知）"],
         answer=["入金の確認の翌営業日まで"],
         notes="procedure step ④ (step ⑤, use from the first of the next month, is the near miss)"),
    dict(question="基礎編の講座をすべて見ると、動画は合わせて何分になりますか？",
         category="elearning", doc=EL_PDF,
         evidence=["貿易実務の全体像 ８ 96 10", "貿易取引条件（インコタームズ） ６ 78 10", "輸出入通関の基礎 ７ 88 10",
                   "国際物流の基礎 ６ 72 10"],
         answer=["334分"], computed=True,
         notes="(i) the rows under the merged group cell 基礎編, column 視聴時間（分）: 96 + 78 + 88 + 72 = 334分; 841 (合計, "
               "both groups) is the trap"),
    dict(question="2024年度に、スタンダードプランの新規利用者は全部で何人でしたか？",
         category="elearning", doc=EL_PDF, evidence=["スタンダードプラン 63 48 44 71 226"], answer=["226"],
         notes="(j) total column on the right (計): 2024年度 = 令和６年度 (the guide prints no Western year); 71 (第４四半期) "
               "and 495 (合計) are the traps"),
    dict(question="令和６年度の第４四半期の新規利用者のうち、法人プランは何％を占めますか？",
         category="elearning", doc=EL_PDF, evidence=["法人プラン 25 30 18 40 113", "合計 130 113 90 162 495"],
         answer=["24.7%"], computed=True,
         notes="(j) share within a quarter column: 40 / 162 = 24.7 % (113 / 495 = 22.8 % over the year is a wrong reading)"),
    # --- followups
    dict(question="では、小規模企業者が自社設置型で申請する場合、その経費の上限額はいくらですか？",
         category="followup", doc=AI_PDF, evidence=["情報セキュリティ対策 40 50 200 500"], answer=["500"],
         history=_turns("情報セキュリティ対策の費用について、中小企業者の補助率は何％ですか？",
                        "情報セキュリティ対策の補助率は、中小企業者で40％です[1]。"),
         notes="(a) the row from the history (情報セキュリティ対策), leaf 上限額（千円）／自社設置型 (the cap does not depend on "
               "the firm size); 50 (the 小規模企業者 rate) and 200 (クラウド型) are the traps"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=AI_PDF, evidence=["令和６年度 38 26 12 ６ 20,930"], answer=["20,930"],
         history=_turns("2024年度は何件採択されましたか？",
                        "2024年度（令和６年度）は26件を採択しました[1]。"),
         notes="(b) the year from the history (2024年度 = 令和６年度), column 交付額（千円）"),
    dict(question="それは前の年度と比べて、増えましたか、減りましたか？",
         category="followup", doc=VISIT_PDF, evidence=["ドイツ 21 18 ▲３"], answer=["▲３"],
         history=_turns("令和５年度にドイツから受け入れた工場視察は何件でしたか？",
                        "ドイツからの視察は18件でした[1]。"),
         notes="(e) the row from the history (ドイツ), column 増減（件）: ▲３ = a decrease of 3 (note ※２: ▲ = 減少)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=EL_PDF, evidence=["電話：099-767-3400"], answer=["099-767-3400"],
         history=_turns("ｅラーニングにログインできないと困っている利用者がいます。どこに相談すればよいですか？",
                        "申込みとログインの相談は、一般社団法人樟県貿易振興会が受け付けています[1]。"),
         notes="contact box of the guide: the 振興会's phone (second line); the 班's phone 099-767-3310 and fax "
               "099-767-3319 (first line) are the near misses"),
    dict(question="その四半期の、法人プランの新規利用者は何人でしたか？",
         category="followup", doc=EL_PDF, evidence=["法人プラン 25 30 18 40 113"], answer=["25"],
         history=_turns("令和６年度の第１四半期に、ライトプランの新規利用者は何人でしたか？",
                        "ライトプランの第１四半期の新規利用者は42人でした[1]。"),
         notes="(j) the quarter from the history (第１四半期), row 法人プラン; 113 (計) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="ＡＩ翻訳ツールを導入した会社では、翻訳の外注費が年間でどのくらい減りましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the KPI 翻訳作業時間の平均削減率 (time, in %), not the money saved on outside translation",
         absent=["外注費の削減", "削減額"]),
    dict(question="令和６年度に採択されなかった12件は、どんな理由で落ちたのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the applications (38) and adoptions (26) of 令和６年度, not why the others failed",
         absent=["不採択", "採択されなかった"]),
    dict(question="工場視察に来たバイヤーは、社長や購買担当など、どんな役職の人が多かったですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the visits by country and industry, not the visitors' positions",
         absent=["役職", "購買担当"]),
    dict(question="外部の通訳者に頼んだ場合、１時間当たりの謝金の相場はいくらぐらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the average interpreter cost per visit (table (g)), not an hourly fee",
         absent=["１時間当たり", "時給", "時間単価"]),
    dict(question="修了テストは、不合格だった場合に何回まで受け直せますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide defines 修了 (８割以上) and the number of questions, not how often the test may be retaken",
         absent=["受け直", "再受験", "何回でも"]),
    dict(question="修了した人の修了テストの平均点は何点くらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the completions (延べ1,284人) and the questions per test, not the scores",
         absent=["平均点", "点数"]),
]
CATEGORY_COUNTS = {"honyaku": 11, "shisatsu": 10, "elearning": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h72q", "h72t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I, J = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "成果指標の達成状況",
    "業種別の受入状況", "国・地域別の受入件数", "視察受入の課題（複数回答）", "視察１件当たりの受入費用（平均）",
    "プラン別の利用料金", "講座の一覧", "プラン別・四半期別の新規利用者数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I, J), "abcdefghij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h72q03": lambda g: f"{min(Decimal(344) * _dec(g(A, '専門用語集の整備', '補助率（％）／小規模企業者', 2025)) / 100, _dec(g(A, '専門用語集の整備', '上限額（千円）／クラウド型', 2025))) / 10:.1f}万円",
    "h72q06": lambda g: f"{half_up(Decimal(sum(g(B, era(y), '交付額（千円）', y) for y, *_x in RECORD)) / 10 / sum(g(B, era(y), '採択件数（件）', y) for y, *_x in RECORD), '0.1')}万円",
    "h72q08": lambda g: f"{_dec(g(C, '翻訳作業時間の平均削減率（％）', '目標', 2024)) - _dec(g(C, '翻訳作業時間の平均削減率（％）', '実績', 2024))}ポイント",
    "h72q14": lambda g: _pct(g(D, "機械", "うち成約（件）", 2023), g(D, "機械", "受入件数（件）", 2023)),
    "h72q15": lambda g: _pct(SIZES[1][2], SIZES[1][1]),
    "h72q18": lambda g: _pct(g(E, "ベトナム", "令和５年度（件）", 2023) - g(E, "ベトナム", "令和４年度（件）", 2022),
                             g(E, "ベトナム", "令和４年度（件）", 2022)),
    "h72q24": lambda g: f"{g(H, 'スタンダードプラン', '年額料金（円）', 2025) // 2:,}円",
    "h72q27": lambda g: f"{sum(g(I, c[0], '視聴時間（分）', 2025) for c in COURSES[0][1])}分",
    "h72q29": lambda g: _pct(g(J, "法人プラン", "第４四半期", 2024), g(J, "合計", "第４四半期", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {AI_PDF: (3, 3), VISIT_PDF: (3, 3), EL_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("精密機器", "木材・家具", "合計")  # and after it
DASH_CELLS = {(A, "サーバー等機器の購入費", "上限額（千円）／クラウド型"), (B, "令和３年度", "うち小規模企業者（件）"),
              (H, "ライトプラン", "追加１ＩＤの年額（円）"), (H, "法人プラン", "月額料金（円）")}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout72.py")
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
                bare = re.sub(r"(%|万円|千円|円|件|人|社|分|ポイント)$", "", nfkc(a))
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
    if sum("two facts" in q["notes"] or "three facts" in q["notes"] or "a note plus a cell" in q["notes"]
           for q in questions) < 4:
        errors.append("fewer than 4 questions needing two facts")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout72.py")
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
        if g["value"] in MARKS:
            if g["number"] is not None or g["unit"] is not None or g["column"] != "評価":
                errors.append(f"{g['id']}: a mark cell has no number and no unit, and only in 評価")
        else:
            if g["unit"] not in UNITS:
                errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
            if g["number"] is None:
                errors.append(f"{g['id']}: every cell but the marks should be numeric")
        if g["value"] == DASH:
            errors.append(f"{g['id']}: a 「－」 cell is no gold cell")
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
            # each printed row, cell after cell (the group and 「－」 cells included), on its page
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

    # (a): the small firms get at least the general rate; 自社設置型 caps at least クラウド型; within note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 below 中小企業者")
        cloud, onprem = r.get("上限額（千円）／クラウド型"), r["上限額（千円）／自社設置型"]
        if (cloud is not None and (cloud > onprem or cloud > FIRM_CAP)) or onprem > FIRM_CAP_ONPREM:
            errors.append(f"{A} / {row}: caps out of order or above the firm caps of note ※２")
    # (b): growing applications; 小規模 and 自社設置型 within adoptions within applications; grants within caps; prose totals
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["採択件数（件）"] <= r["申請件数（件）"] or r.get("うち小規模企業者（件）", 0) > r["採択件数（件）"] \
                or r["うち自社設置型（件）"] > r["採択件数（件）"] \
                or r["交付額（千円）"] > r["採択件数（件）"] * FIRM_CAP_ONPREM:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
    n_all, amt_all = ai_totals()
    if sum(r["採択件数（件）"] for r in b.values()) != n_all or sum(r["交付額（千円）"] for r in b.values()) != amt_all:
        errors.append(f"{B}: the sums differ from the prose totals")
    # (c): 達成率 is 実績 / 目標; the mark follows note ※５; 採択件数 equals (b)
    for row, r in t[C].items():
        rate = pct1(_dec(r["実績"]), _dec(r["目標"]))
        if _dec(r["達成率（％）"]) != rate:
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    if t[C]["採択件数（件）"]["実績"] != b[era(2024)]["採択件数（件）"]:
        errors.append(f"{C}: 採択件数 differs from {B}")
    # (d): 合計 adds up; hosts within respondents; deals within visits; the totals equal the two firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "受入企業（社）", "受入件数（件）", "うち成約（件）"))
    if any(r["受入企業（社）"] > r["回答企業数（社）"] or r["うち成約（件）"] > r["受入件数（件）"]
           or r["受入企業（社）"] > r["受入件数（件）"] for r in d.values()):
        errors.append(f"{D}: a row out of range")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["受入企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 合計 adds up; 増減 is the difference; 令和５年度 equals (d)'s visits
    e = t[E]
    y0, y1 = (f"{era(y)}（件）" for y in COUNTRY_YEARS)
    adds_up(E, (y0, y1, "増減（件）"))
    for row, r in e.items():
        if r["増減（件）"] != r[y1] - r[y0]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    if e["合計"][y1] != d["合計"]["受入件数（件）"]:
        errors.append(f"{E}: 合計 differs from {D}")
    # (f): the per cents come from the counts; the ｎ from (d) and the firm sizes
    n_h, n_s, n_l = d["合計"]["受入企業（社）"], SIZES[0][2], SIZES[1][2]
    for name, a, bb in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, n_h), pct1(a, n_s), pct1(bb, n_l))
        if tuple(_dec(r[k]) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): 合計 adds up
    adds_up(G, ("中小企業", "大企業"))
    # (h): the annual fee is ten months' fee where both exist
    for row, r in t[H].items():
        if "月額料金（円）" in r and r["年額料金（円）"] != 10 * r["月額料金（円）"]:
            errors.append(f"{H} / {row}: 年額 is not ten times 月額")
    # (i): 合計 adds up
    adds_up(I, ("動画本数（本）", "視聴時間（分）", "修了テスト問題数（問）"))
    # (j): 計 is the row sum; 合計 adds up
    adds_up(J, QUARTERS + ("計",))
    for row, r in t[J].items():
        if r["計"] != sum(r[q] for q in QUARTERS):
            errors.append(f"{J} / {row}: 計 is not the sum of the quarters")
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
        on = [i + 1 for i, p in enumerate(pages[VISIT_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("窯業・土石製品") not in norm(pages[VISIT_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # 「－」 cells: printed where planned, and no gold cell
    printed = set()
    for spec in specs.values():
        for i, r in enumerate(spec.rows):
            for c in spec.value_cols:
                if r[c] == DASH:
                    printed.add((spec.title, spec.row_label(i), spec.column_label(c)))
    if printed != DASH_CELLS or any((g["table"], g["row"], g["column"]) in DASH_CELLS for g in gold):
        errors.append(f"「－」 cells {sorted(printed)}, expected {sorted(DASH_CELLS)} and none in the gold")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／クラウド型", "上限額（千円）／自社設置型"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows, header cells printed over two lines
    if [g["fiscal_year"] for g in gold if g["table"] == B and g["column"] == "申請件数（件）"] != [y for y, *_x in RECORD] \
            or not all("\n" in h for h in specs["record"].header[0][1:]):
        errors.append(f"{B}: expected years as rows and two-line header cells")
    # (c): KPI columns, marks without a number, units from the row labels
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）", "評価"] \
            or {g["value"] for g in cg if g["column"] == "評価"} - set(MARKS) \
            or any(g["unit"] != bracket_unit(g["row"]) for g in cg if g["column"] in ("目標", "実績")) \
            or len({g["unit"] for g in cg if g["column"] == "目標"}) < 3:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 / 評価 with marks and units from the row labels")
    if any(g["value"] in MARKS for g in gold if g["table"] != C):
        errors.append("only (c) has mark cells")
    # (e): a 増減 column with ▲ for decreases, covering the two fiscal years
    eg = [g for g in gold if g["table"] == E and g["column"] == "増減（件）"]
    neg = [g for g in eg if g["number"] < 0]
    if not neg or any(not g["value"].startswith(DOWN) for g in neg) or any(g["value"].startswith(DOWN) for g in eg if g["number"] >= 0) \
            or any(g["fiscal_year_range"] != list(COUNTRY_YEARS) for g in eg):
        errors.append(f"{E}: expected a 増減 column with ▲ for decreases and a fiscal_year_range")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減（件）"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    # (i): a merged group column left of the labels, which is no gold cell and no row label
    cs = specs["courses"]
    groups = [g for g, _m in COURSES]
    if cs.group_col != 0 or cs.label_col != 1 or len(cs.spans) != len(COURSES) \
            or any(g["row"] in groups for g in gold if g["table"] == I):
        errors.append(f"{I}: expected a merged group column left of the labels")
    # (j): the 計 column on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == J))[-1] != "計":
        errors.append(f"{J}: expected a 計 column on the right")
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
                errors.append(f"{doc} lacks the heading of sibling section {i}")
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
        got = re.findall(r"099-76\d-\d{4}", text)
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
        got = sum(x.startswith("○") and x not in MARKS and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the call for applications
    at = norm("\n".join(pages[AI_PDF]))
    siblings(at, AI_PDF, ("導入形態：", "対象とした文書：", "補助金の額："), [c[0] for c in AI_CASES])
    n_all, amt_all = ai_totals()
    if norm(f"延べ{n_all}件、{amt_all // 10:,}万円") not in at or amt_all % 10:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち小規模企業者{last[3]}件）") not in at:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    met = sum(kpi_mark(pct1(a, t)) == "◎" for _n, t, a in KPI)
    if met != 2 or norm("四つのうち二つで目標を達成") not in at or len(KPI) != 4:
        errors.append("call: 「四つのうち二つで目標を達成」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, form, _docs, amount, size, items in AI_CASES:
        col = 3 if form == "クラウド型" else 4
        cap = FIRM_CAP if col == 3 else FIRM_CAP_ONPREM
        caps = [rates[x][col] for x in items]
        if None in caps or int(amount.rstrip("千円").replace(",", "")) > min(cap, sum(caps)):
            errors.append(f"call: case {head} exceeds its caps or uses a cost not covered")
        if (size == "小規模企業者") != ("卸売" in head):
            errors.append(f"call: case {head} has the wrong firm size")
    if re.findall(r"20\d\d年", at) != ["2021年"]:
        errors.append("call: only 2021年度 should be printed in Western form")
    defs(at, ("貿易文書", "ＡＩ翻訳ツール", "クラウド型", "自社設置型", "小規模企業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in at:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(AI_PDF, len(EXCLUDED), "call")
    raw = "\n".join(pages[AI_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(AI_PDF, "①②③④⑤⑥⑦", "call")
    contacts(AI_PDF, ["099-761-4410", "099-761-4419", "099-761-4500"], ["kusu-ai@example.jp"], "call")

    # ---- the survey of factory visits
    vt = norm("\n".join(pages[VISIT_PDF]))
    siblings(vt, VISIT_PDF, ("受け入れたバイヤー：", "視察の成果：", "工夫していること："), [c[0] for c in VISIT_CASES])
    total, n = respondents(), hosts()
    visits, deals = sum(r[3] for r in INDUSTRIES), sum(r[4] for r in INDUSTRIES)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in vt \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）") not in vt \
            or norm(f"延べ{visits}件、そのうち成約に至ったものは{deals}件（{pct1(deals, visits)}％）") not in vt:
        errors.append("survey: the response and visit figures in the prose differ from (d)")
    top = sorted(INDUSTRIES, key=lambda r: -r[2])[0][0], sorted(INDUSTRIES, key=lambda r: -r[3])[0][0]
    if top != ("機械", "機械"):
        errors.append("survey: 「機械が受入企業数、受入件数ともに最も多い」 does not hold")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in vt or norm(f"中小企業は{s_n}社のうち{s_t}社") not in vt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    ranked = [c for c, _a, _b in sorted(COUNTRIES, key=lambda r: -r[2])]
    by_rise = [c for c, _a, _b in sorted(COUNTRIES, key=lambda r: -(r[2] - r[1]))]
    china = next(r for r in COUNTRIES if r[0] == "中国")
    if ranked[0] != "中国" or ranked[1] != "ベトナム" or china[2] >= china[1] \
            or by_rise[:3] != ["ベトナム", "台湾", "タイ"] or norm("ベトナムで、台湾、タイがこれに続いた") not in vt:
        errors.append("survey: the country ranking (中国 first and down; ベトナム second; the rises ベトナム, 台湾, タイ) does not hold")
    if [c for c, _a, _b in COUNTRIES].index("ベトナム") == 1:
        errors.append("survey: the second-largest country should not be printed second")
    if sum(k for _x, k in INTERPRETING) != n:
        errors.append("survey: the interpreting figures do not add up to the hosts")
    if norm(f"中小企業が平均{sum(r[1] for r in COSTS)}千円、大企業が平均{sum(r[2] for r in COSTS)}千円") not in vt \
            or max(COSTS, key=lambda r: r[1])[0] != "通訳者の謝金" or max(COSTS, key=lambda r: r[2])[0] != "通訳者の謝金":
        errors.append("survey: the cost figures in the prose differ from (g)")
    tops = [max(ISSUES, key=lambda r, k=k: (r[1] + r[2]) if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if tops != ["通訳できる人材の不足", "通訳できる人材の不足", "技術・ノウハウ流出の懸念"]:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", vt) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(vt, ("工場視察", "受入企業", "成約"), "survey")
    bullets_in(VISIT_PDF, 3, "survey")
    steps_of(VISIT_PDF, "①②③", "survey")
    contacts(VISIT_PDF, ["099-764-2210", "099-764-2219", "099-764-2300"], ["kusu-sangyo@example.jp"], "survey")

    # ---- the e-learning guide
    et = norm("\n".join(pages[EL_PDF]))
    siblings(et, EL_PDF, ("受講できる講座：", "利用できるＩＤ数：", "質問への回答："), [p[0] for p in PLANS])
    if [p[0] for p in PLANS] != [f[0] for f in FEES] or [u[0] for u in NEW_USERS] != [f[0] for f in FEES]:
        errors.append("guide: the plans of the sibling sections, (h) and (j) differ")
    new_total = sum(sum(r[1:]) for r in NEW_USERS)
    q = [sum(r[k] for r in NEW_USERS) for k in (1, 2, 3, 4)]
    if norm(f"新規利用者は{new_total}人") not in et or min(q[0], q[3]) <= max(q[1], q[2]) or FIRMS_USING > new_total:
        errors.append("guide: the use figures in the prose differ from (j)")
    if len(COURSES[0][1]) != 4 or norm(f"基礎編の{fw(len(COURSES[0][1]))}講座") not in et \
            or norm(f"全{fw(sum(len(m) for _g, m in COURSES))}講座") not in et:
        errors.append("guide: the plans' courses differ from (i)")
    if re.findall(r"20\d\d年", et):
        errors.append("guide: no Western year should be printed")
    defs(et, ("利用ＩＤ", "修了", "県内中小企業"), "guide")
    bullets_in(EL_PDF, 4, "guide")
    steps_of(EL_PDF, "①②③④⑤⑥", "guide")
    contacts(EL_PDF, ["099-767-3310", "099-767-3319", "099-767-3400"], ["kusu-elearning@example.jp"], "guide")
    # every phone number of the set is fictional (099-76x-xxxx), every mail address under example.jp
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
