"""Build the 藤紫県 held-out set 16: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (藤紫県 and every town, scheme, organisation, shop, airport, phone
number, address, URL and figure). The documents are in three genres the earlier sets do not
use: a call for applications (公募要領) for a subsidy towards obtaining the certifications that
export buyers ask for (輸出向け認証取得支援補助金: HACCP, FSSC22000, halal, organic) with the rates
and caps per certification (a two-level header) and the grants made so far (years as rows); the
annual operating report of the prefecture's antenna shop in Bangkok (海外アンテナショップ
運営報告書) with sales by product category (an unruled table), visitors, buyers and sales by month
(a table continued over a page break without its header) and the results of test sales (a 備考
column of text beside the figures); and a four-year plan promoting international air cargo at
the prefectural airport (国際航空貨物利用促進計画) with the volumes by year (years as rows) and
indicators whose cells carry their own units, mixed within each column (トン, 便, 万円 / 億円, 社,
％); see README.md beside this file.

    python make_heldout16.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout12/make_heldout12.py; the helpers are in ../docgen.py (unchanged). The gold cells are
generated from the same specs that draw the tables; PDF page numbers are recorded while
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

NINSHO_PDF = "fujimurasaki_yushutsu_ninsho_hojokin_koubo_r7.pdf"
SHOP_PDF = "fujimurasaki_antenna_shop_bangkok_hokoku_r6.pdf"
CARGO_PDF = "fujimurasaki_kuko_kokusai_kamotsu_keikaku_r7.pdf"
ALL_PDFS = (NINSHO_PDF, SHOP_PDF, CARGO_PDF)

UNITS = ("万円", "億円", "トン", "バーツ", "件", "人", "社", "点", "便", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
FRAME_W = 166 * mm  # A4 minus docgen's 22 mm margins
PHONE_PREFIX = "099-160-"  # every phone number of the set


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
    """(number, unit) as printed after NFKC, the unit printed in the cell if any
    (8,600万円 -> (8600, 万円), 1.2億円 -> (1.2, 億円)); (None, None) for text cells."""
    return docgen.parse_number(nfkc(value).strip(), UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (交付件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, the year of a column
    taken from its header where it names one, and text columns (備考)."""

    text_cols: tuple = ()  # columns of text cells (number and unit null)

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
            if c in spec.text_cols:
                number, unit = None, None
            else:
                number, cell_unit = parse_number(value)
                unit = cell_unit or spec.cell_unit(r, c)
            row_label = spec.row_label(i)
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


def era_fy(y: int) -> str:
    """The printed label of a Western fiscal year (2022 -> 令和４年度)."""
    return f"令和{fw(y - 2018)}年度"


PREF = "藤紫県"
CITY = "藤紫市"

# ================================================================ document 1: export-certification subsidy call
HOJO = f"{PREF}輸出向け認証取得支援補助金"
NINSHO_DEPT = f"{PREF} 農林水産部 輸出促進課"
CERTS = [  # 認証の種類, 補助率（％） 中小企業者 / 小規模事業者, 上限額（万円） 審査・指導 / 施設・設備の改修
    ("ＨＡＣＣＰ", 50, 75, 100, 300), ("ＦＳＳＣ２２０００", 50, 75, 150, 400), ("ハラール", 60, 80, 90, 200),
    ("有機ＪＡＳ", 50, 75, 60, 100), ("有機（ＥＵ・米国等）", 60, 80, 120, 150),
]
GRANTS = [  # 年度, 申請件数, 交付件数, 交付額（万円）
    (2020, 12, 9, 1180), (2021, 16, 12, 1640), (2022, 21, 15, 2210), (2023, 27, 19, 2870), (2024, 34, 22, 3350),
]
CERT_NOTES = [  # 見出し, 審査期間の目安, 主な輸出先, 留意点 (same labels in every sibling section)
    ("ＨＡＣＣＰ・ＦＳＳＣ２２０００", "申請から３か月程度", "米国、ＥＵ、シンガポール",
     "ＦＳＳＣ２２０００は、ＨＡＣＣＰに基づく衛生管理ができていることを前提とする。"),
    ("ハラール", "申請から６か月程度", "マレーシア、インドネシア、中東",
     "原材料の全てについて、供給者が発行する証明書をそろえる必要がある。"),
    ("有機認証", "申請から４か月程度", "米国、ＥＵ、台湾",
     "輸出先の制度によっては、有機ＪＡＳの認証だけで有機と表示できる場合がある。"),
]
MAX_PER_FIRM = 500  # 万円, 補助金の額の上限（１事業者当たり）


def ninsho_specs():
    certs = TableSpec(
        key="certs", doc=NINSHO_PDF, title="認証の種類別の補助率と上限額",
        header=[["認証の種類", "補助率（％）", "", "補助上限額（万円）", ""],
                ["", "中小企業者", "小規模事業者", "審査・指導", "施設・設備の改修"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in CERTS],
        col_widths=[44 * mm, 26 * mm, 28 * mm, 28 * mm, 34 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    certs.unit = lambda row, c, s=certs: bracket_unit(s.header_parts(c)[0])
    grants = TableSpec(
        key="grants", doc=NINSHO_PDF, title="申請件数と交付実績の推移",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）"]],
        rows=[[era_fy(y), fw(a), fw(g), fw(m)] for y, a, g, m in GRANTS],
        col_widths=[34 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    grants.unit = lambda row, c, s=grants: bracket_unit(s.column_label(c))
    return certs, grants


def ninsho_story(specs):
    certs, grants = specs
    n_total, m_total = sum(r[2] for r in GRANTS), sum(r[3] for r in GRANTS)
    last = GRANTS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO} 公募要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(NINSHO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
海外の取引先や輸出先の国・地域の規制が求める認証を県内の食品事業者が取得する経費の一部を補助し、県産食品の輸出の拡大を図る。この補助金は令和２年度（2020年度）に始まり、令和６年度までに延べ{n_total}件、{m_total:,}万円を交付した。
""", 0)
    st += [P("２　公募の概要", H1)]
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に事業所を有する食品製造業者、農林漁業者及びその団体で、輸出に取り組み、又は取り組もうとするもの"),
        ("公募期間", "令和７年５月12日（月）から令和７年７月18日（金）午後５時まで"),
        ("予算額", "3,600万円"),
        ("採択予定件数", "20件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日（金）まで"),
    ], 0)
    st += paras("""
この要領において「輸出向け認証」とは、輸出先の国・地域の規制又は海外の取引先の求めに応じて取得する、食品の衛生管理、宗教上の戒律への適合又は有機的な生産の方法に関する第三者機関の認証をいう。また、「小規模事業者」とは、常時使用する従業員の数が20人以下（商業又はサービス業に属する事業者は５人以下）の事業者をいう。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("""
補助の対象となる経費は、認証機関に支払う審査料及び登録料、コンサルタント等に支払う指導料並びに認証の取得に必要な施設・設備の改修費とし、認証の種類ごとの補助率及び上限額は次のとおりとする。
""", 0)
    st += [caption(certs.title, "（令和７年度）"), certs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「審査・指導」の上限額は、審査料、登録料及び指導料の合計に対するものである。",
        f"※２ 補助金の額は、１事業者当たり{MAX_PER_FIRM}万円を上限とする。千円未満の端数は切り捨てる。",
        "※３ 認証の更新に要する経費は、補助の対象としない。",
    ])
    st += paras("次の経費は、補助の対象としない。", 0)
    st += bullets([
        "従業員の人件費及び旅費",
        "パソコン、車両等の汎用性の高い機器の購入費",
        "交付決定の日より前に契約し、又は支払った経費",
    ], 0)
    st += [P("４　申請から交付までの流れ", H1)]
    st += numbered([
        "① 事前相談（輸出促進課へ電話又は電子メールで）",
        "② 交付申請（公募期間内に、申請書、事業計画書及び見積書を提出）",
        "③ 審査・交付決定（８月下旬に通知）",
        "④ 認証の取得（補助事業期間内に審査を受け、認証を取得）",
        "⑤ 実績報告（事業が完了した日から30日以内）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("５　認証の種類ごとの留意事項", H1)]
    for i, (head, term, dest, point) in enumerate(CERT_NOTES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("審査期間の目安", term), ("主な輸出先", dest), ("留意点", point)], 1)
    st += [P("６　これまでの交付実績", H1)]
    st += paras(f"""
申請件数と交付件数は毎年増えており、令和６年度は{last[1]}件の申請に対し{last[2]}件に交付した。申請の増加に伴い、予算額に達した時点で受付を締め切った年度もある。
""", 0)
    st += [caption(grants.title), grants.flowable(), Spacer(1, 2)]
    st += notes(["※４ 交付額は、額の確定後の補助金の額である。"])
    st += [CondPageBreak(40 * mm), P("７　よくある質問", H1)]
    qa = [
        ("既に取得している認証を更新する費用は対象になりますか。",
         "対象になりません。新たな認証の取得又は認証の対象となる品目・施設の追加に限ります。"),
        ("輸出の実績がなくても申請できますか。",
         "申請できます。事業計画書に、輸出先と取引の見込みを記載してください。"),
        ("複数の認証を同じ年度に申請できますか。",
         "１事業者当たり２種類まで申請できます。ただし、補助金の額は合わせて※２の上限までです。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(32 * mm), P("８　問い合わせ先・申請書の提出先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{NINSHO_DEPT} 認証支援班　電話：099-160-3310　ファクス：099-160-3319",
        f"所在地：{CITY}本町一丁目１番１号 藤紫県庁本館５階",
        "電子メール：ninsho@pref.fujimurasaki.example.jp",
    ]))
    return st


# ================================================================ document 2: antenna shop operating report
SHOP = "藤紫館バンコク"
SHOP_DEPT = f"{PREF} 産業労働部 海外ビジネス課"
KYOKAI = "一般社団法人藤紫県物産協会"
MONTHS = [  # 月, 来店者数, 購入者数, 売上高（万円）
    (4, 3820, 1410, 362), (5, 3540, 1320, 338), (6, 4960, 1880, 476), (7, 3710, 1360, 351),
    (8, 3650, 1300, 342), (9, 3480, 1250, 327), (10, 4120, 1530, 402), (11, 4380, 1640, 431),
    (12, 5860, 2310, 618), (1, 5240, 2050, 552), (2, 5470, 2140, 584), (3, 4010, 1480, 389),
]
PREV_SALES = 4310  # 令和５年度の売上高（万円）
CATEGORIES = [  # 商品分類, 販売点数, 売上高（万円）
    ("日本酒・焼酎", 6820, 1364), ("果物・果物加工品", 9450, 1138), ("菓子", 14200, 724),
    ("水産加工品", 5310, 620), ("調味料", 7880, 517), ("茶・飲料", 4960, 433), ("その他", 3270, 376),
]
TESTS = [  # 商品, 販売価格（バーツ）, 販売数（点）, 備考
    ("ゆず果汁入りサイダー", 45, 1240, "定番商品として取扱いを決定"),
    ("干し柿", 180, 310, "価格が高いとの声が多く、容量を見直す"),
    ("純米吟醸酒", 1250, 186, "定番商品として取扱いを決定"),
    ("いちごジャム", 160, 420, "販売を続け、令和７年度に改めて評価"),
    ("だし醤油", 220, 95, "現地の味に合わず、取扱いを見送る"),
    ("抹茶ラテの素", 150, 640, "定番商品として取扱いを決定"),
]
ADOPTED = "定番商品として取扱いを決定"
EVENTS = [  # 見出し, 期間, 内容, 期間中の売上高 (same labels in every sibling section)
    ("藤紫県フェア", "令和６年６月７日（金）から16日（日）まで", "県内の事業者８社が来店し、試食と実演販売を行った", "218万円"),
    ("日本酒試飲会", "令和６年11月22日（金）から24日（日）まで", "県内の酒蔵５社の日本酒20銘柄を試飲に供した", "96万円"),
    ("冬の果物フェア", "令和７年２月７日（金）から23日（日）まで", "いちご、りんご及び果物の加工品を集中的に販売した", "264万円"),
]


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def shop_specs():
    crows = [[n, fw(q), fw(s)] for n, q, s in CATEGORIES]
    crows.append(["合計", fw(sum(r[1] for r in CATEGORIES)), fw(sum(r[2] for r in CATEGORIES))])
    cats = TableSpec(
        key="cats", doc=SHOP_PDF, title="商品分類別の販売点数と売上高",
        header=[["商品分類", "販売点数（点）", "売上高（万円）"]],
        rows=crows, col_widths=[52 * mm, 36 * mm, 36 * mm], ruled=False, table_fy=2024,
    )
    cats.unit = lambda row, c, s=cats: bracket_unit(s.column_label(c))
    mrows = [[month_label(m), fw(v), fw(b), fw(s)] for m, v, b, s in MONTHS]
    mrows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2, 3)])
    months = TableSpec(
        key="months", doc=SHOP_PDF, title="月別の来店者数と売上高",
        header=[["月", "来店者数（人）", "購入者数（人）", "売上高（万円）"]],
        rows=mrows, col_widths=[28 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    tests = TableSpec(
        key="tests", doc=SHOP_PDF, title="テスト販売の結果",
        header=[["商品", "販売価格（バーツ）", "販売数（点）", "備考"]],
        rows=[[n, fw(p), fw(q), note] for n, p, q, note in TESTS],
        col_widths=[38 * mm, 32 * mm, 24 * mm, 72 * mm], table_fy=2024, align_left_cols=(3,),
    )
    tests.text_cols = (3,)
    tests.unit = lambda row, c, s=tests: bracket_unit(s.column_label(c))
    return cats, months, tests


def shop_story(specs):
    cats, months, tests = specs
    sales = sum(r[3] for r in MONTHS)
    visitors, buyers = sum(r[1] for r in MONTHS), sum(r[2] for r in MONTHS)
    growth = half_up(Decimal((sales - PREV_SALES) * 100) / Decimal(PREV_SALES), "0.1")
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{PREF}海外アンテナショップ「{SHOP}」運営報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(SHOP_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　店舗の概要", H1)]
    st += lv_lines([
        ("名称", f"{PREF}アンテナショップ「{SHOP}」"),
        ("所在地", "タイ王国バンコク都内の商業施設２階"),
        ("開設", "令和４年（2022年）７月"),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("営業時間", "午前10時から午後９時まで（毎月第２火曜日は休業）"),
        ("取扱商品", "県内の62事業者の約420品目"),
    ], 0)
    st += paras("""
この報告書において「テスト販売」とは、県内事業者の新商品を一定の期間店頭に置き、販売数と購入者の評価を調べて、現地で本格的に販売するかどうかを判断する取組をいう。また、「客単価」とは、売上高を購入者数で除したものをいう。
""", 0)
    st += [P("２　販売の状況", H1)]
    st += paras(f"""
令和６年度（2024年度）の売上高は{sales:,}万円で、前年度（{PREV_SALES:,}万円）に比べ{sales - PREV_SALES}万円（{growth}％）増加し、開設以来最高となった。商品分類別では、日本酒・焼酎が全体の４分の１余りを占め、果物・果物加工品が続く。販売点数では菓子が最も多い。
""", 0)
    st += [caption(cats.title, "（令和６年度）"), cats.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、食器、雑貨等である。"])
    st += paras(f"""
年間の来店者数は{visitors:,}人、購入者数は{buyers:,}人であった。贈答の需要が高まる12月から２月に売上高が伸び、特に12月は、来店者数、購入者数、売上高とも年間で最も多かった。
""", 0)
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 売上高は税込みで、タイバーツを各月の平均為替レートで円に換算した。",
        "※３ １月から３月は令和７年の数値である。",
    ])
    st += [P("３　テスト販売", H1)]
    n_adopted = sum(t[3] == ADOPTED for t in TESTS)
    st += paras(f"""
令和６年度は、県内事業者の新商品{fw(len(TESTS))}品目のテスト販売を行い、{fw(n_adopted)}品目を定番商品として取り扱うこととした。
""", 0)
    st += [caption(tests.title, "（令和６年度）"), tests.flowable(), Spacer(1, 2)]
    st += notes(["※４ 販売期間は、各商品とも８週間である。販売価格は税込みである。"])
    st += [P("４　販売促進の催事", H1)]
    st += paras("来店者を増やし、県産品を知ってもらうため、店内で次の催事を開いた。", 0)
    for i, (head, when, what, amount) in enumerate(EVENTS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("期間", when), ("内容", what), ("期間中の売上高", amount)], 1)
    st += [P("５　今後の取組", H1)]
    st += numbered([
        "① 売上の少ない夏季に、県産の果物のかき氷など季節限定の商品を投入する。",
        "② テスト販売の結果を出品した事業者に報告し、商品の改良を支援する。",
        "③ 現地の飲食店や小売店への卸売を広げ、店舗の外での販売を増やす。",
        "④ ＳＮＳによる情報発信を強化し、若い世代の来店を促す。",
    ], 0)
    st += [CondPageBreak(32 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHOP_DEPT} 販路開拓班　電話：099-160-5210　ファクス：099-160-5219",
        f"{KYOKAI} 海外事業部（出品の相談）　電話：099-160-5400",
        "電子メール：kaigai@pref.fujimurasaki.example.jp",
    ]))
    return st


# ================================================================ document 3: air cargo promotion plan
AIRPORT = "藤紫空港"
CARGO_DEPT = f"{PREF} 交通政策部 空港振興課"
KYOGIKAI = "藤紫空港国際物流推進協議会"
VOLUMES = [  # 年度, 輸出（トン）, 輸入（トン）
    (2020, 620, 410), (2021, 780, 450), (2022, 1140, 620), (2023, 1580, 890), (2024, 2130, 1280),
]
INDICATORS = [  # 指標, 実績（令和６年度）, 中間目標（令和８年度）, 目標（令和10年度), as printed
    ("国際航空貨物取扱量", "3,410トン", "4,200トン", "5,000トン"),
    ("国際線の週当たり便数", "18便", "24便", "30便"),
    ("県産品の航空輸出額", "8,600万円", "1.2億円", "1.5億円"),
    ("空港を利用する荷主数", "46社", "60社", "75社"),
    ("保冷庫の利用率", "54％", "65％", "75％"),
]
PILLARS = [  # 見出し, 主な取組, 令和７年度の予算額, 関係機関 (same labels in every sibling section)
    ("荷主の掘り起こし", "県内の食品事業者向けの説明会の開催と、航空輸送費の一部助成（１キログラム当たり50円）",
     "1,200万円", f"{KYOKAI}、県内の商工会議所"),
    ("集荷と保冷の体制づくり", "県内４か所を回る共同集荷便の運行と、空港内の保冷庫の増設",
     "2,800万円", "空港ターミナルの運営会社、県内の運送事業者"),
    ("航空会社への働きかけ", "旅客便の貨物室の確保と、貨物専用機の定期運航の誘致",
     "600万円", "国内外の航空会社、フォワーダー"),
]


def cargo_specs():
    vrows = [[era_fy(y), fw(e), fw(i), fw(e + i)] for y, e, i in VOLUMES]
    volumes = TableSpec(
        key="volumes", doc=CARGO_PDF, title="国際航空貨物取扱量の推移",
        header=[["年度", "輸出（トン）", "輸入（トン）", "計（トン）"]],
        rows=vrows, col_widths=[34 * mm, 34 * mm, 34 * mm, 34 * mm],
    )
    volumes.unit = lambda row, c, s=volumes: bracket_unit(s.column_label(c))
    indicators = TableSpec(
        key="indicators", doc=CARGO_PDF, title="計画の目標指標",
        header=[["指標", "実績\n（令和６年度）", "中間目標\n（令和８年度）", "目標\n（令和10年度）"]],
        rows=[list(r) for r in INDICATORS], col_widths=[58 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    return volumes, indicators


def cargo_story(specs):
    volumes, indicators = specs
    last = VOLUMES[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度～令和10年度", SUBTITLE), P(f"{AIRPORT} 国際航空貨物利用促進計画", TITLE),
          Spacer(1, 1 * mm), P("令和７年３月", DATE_RIGHT), P(CARGO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　計画の概要", H1)]
    st += lv_lines([
        ("計画の名称", f"{AIRPORT} 国際航空貨物利用促進計画"),
        ("計画期間", "令和７年度から令和10年度までの４年間（2025年度から2028年度まで）"),
        ("策定", f"{PREF}、{KYOGIKAI}"),
        ("対象", f"{AIRPORT}を発着する国際線で運ぶ貨物（郵便物を除く。）"),
    ], 0)
    st += paras("""
この計画において「ベリー便」とは、旅客便の床下の貨物室を利用して貨物を運ぶことをいい、貨物専用機による輸送と区別する。また、「県産品の航空輸出額」とは、県内の事業者が出荷し、藤紫空港から輸出された貨物の通関時の価額をいう。
""", 0)
    st += [P("２　現状と課題", H1)]
    st += paras(f"""
令和６年度（2024年度）の国際航空貨物取扱量は{last[1] + last[2]:,}トンで、５年続けて前年度を上回り、過去最多となった。このうち輸出が{last[1]:,}トンと６割余りを占め、主な仕向地は香港、台湾及びシンガポールである。取扱量は５年間で３倍を超えたが、貨物の大半はベリー便で運ばれており、旅客便の機材や便数によって運べる量が左右される。
""", 0)
    st += [caption(volumes.title), volumes.flowable(), Spacer(1, 2)]
    st += notes(["※１ 取扱量は、藤紫空港で積み降ろした国際貨物の重量であり、通過する貨物を含まない。"])
    st += paras("""
課題は、①県内の荷主に空港の利用が十分に知られていないこと、②生鮮品を運ぶための保冷施設が不足していること、③貨物専用機の定期便がないことの３点である。
""", 0)
    st += [P("３　計画の目標", H1)]
    st += paras("計画の最終年度である令和10年度までに、次の指標の目標の達成を目指す。", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 国際線の週当たり便数は、旅客便を含む国際線の冬ダイヤにおける便数である。",
        "※３ 県産品の航空輸出額の実績は、通関統計を基に協議会が推計した。",
    ])
    st += [P("４　施策の柱", H1)]
    st += paras("目標の達成に向けて、次の三つの柱で施策を進める。", 0)
    for i, (head, what, budget, who) in enumerate(PILLARS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な取組", what), ("令和７年度の予算額", budget), ("関係機関", who)], 1)
    st += [P("５　計画の進め方", H1)]
    st += numbered([
        "① 協議会は、毎年度、指標の実績を取りまとめ、翌年度の９月に公表する。",
        "② 令和８年度に中間評価を行い、必要に応じて目標と施策を見直す。",
        "③ 荷主、フォワーダー及び航空会社との意見交換会を年２回開く。",
        "④ 計画の最終年度に、次期計画を策定する。",
    ], 0)
    st += [CondPageBreak(32 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CARGO_DEPT} 物流担当　電話：099-160-7110　ファクス：099-160-7119",
        f"{KYOGIKAI} 事務局　電話：099-160-7200",
        "電子メール：kuko-butsuryu@pref.fujimurasaki.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return ninsho_specs() + shop_specs() + cargo_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    nspecs, sspecs, cspecs = ninsho_specs(), shop_specs(), cargo_specs()
    ndoc = build_pdf(docs_dir / NINSHO_PDF, nspecs, ninsho_story(nspecs),
                     f"令和７年度 {HOJO} 公募要領", "令和７年４月", NINSHO_DEPT)
    sdoc = build_pdf(docs_dir / SHOP_PDF, sspecs, shop_story(sspecs),
                     f"令和６年度 {PREF}海外アンテナショップ 運営報告書", "令和７年６月", SHOP_DEPT)
    cdoc = build_pdf(docs_dir / CARGO_PDF, cspecs, cargo_story(cspecs),
                     f"{AIRPORT} 国際航空貨物利用促進計画", "令和７年３月", CARGO_DEPT)
    gold = all_gold({NINSHO_PDF: ndoc.row_pages, SHOP_PDF: sdoc.row_pages, CARGO_PDF: cdoc.row_pages})
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
    # --- ninsho: the certification-subsidy call, tables (a) (b), label-value lines, Q&A, siblings, steps
    dict(question="従業員12人の菓子メーカーがハラール認証を取る場合、補助率は何％になりますか？",
         category="ninsho", doc=NINSHO_PDF,
         evidence=["常時使用する従業員の数が20人以下", "ハラール 60 80 90 200"], answer=["80"],
         notes="two facts: the 小規模事業者 definition (20人以下 outside 商業・サービス業) puts a 12-person maker in the "
               "leaf 補助率（％）／小規模事業者 of (a); 60 (中小企業者) is the trap"),
    dict(question="FSSC22000を取るために工場を改修する場合、いくらまで補助してもらえますか？",
         category="ninsho", doc=NINSHO_PDF, evidence=["ＦＳＳＣ２２０００ 50 75 150 400"], answer=["400"],
         notes="(a) two-level header, leaf 補助上限額（万円）／施設・設備の改修 (unit 万円 in the group); FSSC22000 asked "
               "half-width, printed full-width; 150 (審査・指導) is the trap"),
    dict(question="従業員50人の食品メーカーが、アメリカやEUに向けたオーガニック認証を取る場合、補助率はどれだけですか？",
         category="ninsho", doc=NINSHO_PDF,
         evidence=["常時使用する従業員の数が20人以下", "有機（ＥＵ・米国等） 60 80 120 150"], answer=["60"],
         notes="(a) row named by paraphrase (オーガニック = 有機（ＥＵ・米国等）, not 有機ＪＡＳ); 50 employees is above the "
               "小規模事業者 limit, so the leaf 補助率（％）／中小企業者; 80 (小規模事業者) is the trap"),
    dict(question="2022年度には、この補助金に何件の申請がありましたか？",
         category="ninsho", doc=NINSHO_PDF, evidence=["令和４年度 21 15 2,210"], answer=["21"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 申請件数（件）; "
               "15 (交付件数) is the trap"),
    dict(question="令和５年度に実際に補助金の交付まで至ったのは何件ですか？",
         category="ninsho", doc=NINSHO_PDF, evidence=["令和５年度 27 19 2,870"], answer=["19"],
         notes="(b) column 交付件数（件）; 27 (申請件数) is the trap"),
    dict(question="2024年度は、申請のうち何％に補助金が交付されたことになりますか？",
         category="ninsho", doc=NINSHO_PDF, evidence=["令和６年度 34 22 3,350"], answer=["64.7%"], computed=True,
         notes="(b) 交付件数 / 申請件数 in the row 令和６年度: 22 / 34 = 64.7 %; 2024年度 printed nowhere"),
    dict(question="2025年の募集では、申請書はいつまでに出せばいいですか？",
         category="ninsho", doc=NINSHO_PDF, evidence=["令和７年７月18日（金）午後５時まで"], answer=["７月18日"],
         notes="「label：value」 line 公募期間 (2025年 = 令和７年); the full answer adds 午後５時"),
    dict(question="今持っているHACCPの認証を更新するときの費用にも、この補助金は使えますか？",
         category="ninsho", doc=NINSHO_PDF, evidence=["対象になりません。新たな認証の取得"], answer=["対象になりません"],
         notes="Q&A: Ａ of Ｑ１ (note ※３ under the rates table says the same); a \"no\": only new certifications or "
               "added products/facilities"),
    dict(question="ハラール認証は、申請してから取れるまでどのくらいの期間を見ておけばよいですか？",
         category="ninsho", doc=NINSHO_PDF, evidence=["ハラール", "審査期間の目安：申請から６か月程度"], answer=["６か月程度"],
         notes="sibling sections （１）–（３） of ５ share the labels 審査期間の目安, 主な輸出先, 留意点; （２）ハラール; "
               "３か月 and ４か月 are the siblings' values"),
    dict(question="申請したあと、補助が決まったかどうかの連絡はいつ頃来ますか？",
         category="ninsho", doc=NINSHO_PDF, evidence=["審査・交付決定（８月下旬に通知）"], answer=["８月下旬"],
         notes="procedure step ③"),
    # --- shop: the antenna-shop report, tables (c) (d) (e), a label-value line, siblings
    dict(question="2025年１月のバンコクの店の売上はいくらでしたか？",
         category="shop", doc=SHOP_PDF, evidence=["１月 5,240 2,050 552"], answer=["552"],
         notes="(d) continuation page (no header there): row １月, column 売上高（万円）; note ※３ says １月–３月 are "
               "令和７年 (2025年)"),
    dict(question="令和６年８月に店に来たお客さんは何人でしたか？",
         category="shop", doc=SHOP_PDF, evidence=["８月 3,650 1,300 342"], answer=["3,650"],
         notes="(d) continuation page: row ８月, column 来店者数（人）; 1,300 (購入者数) is the trap"),
    dict(question="令和６年度で一番売上が大きかったのは何月ですか？",
         category="shop", doc=SHOP_PDF, evidence=["12月 5,860 2,310 618"], answer=["12月"],
         notes="(d) which row is largest in 売上高（万円） (618; ２月 584 is next); the prose also says so"),
    dict(question="店で買い物をした人は、年間を通して平均でいくら使っていますか？",
         category="shop", doc=SHOP_PDF, evidence=["「客単価」とは、売上高を購入者数で除した", "合計 52,240 19,670 5,172"],
         answer=["2,629円"], computed=True,
         notes="two facts: the 客単価 definition and (d)'s 合計 row: 5,172万円 / 19,670人 = 2,629円 (rounded); "
               "dividing by 来店者数 (990円) is the trap"),
    dict(question="お菓子は年間で何点売れましたか？",
         category="shop", doc=SHOP_PDF, evidence=["菓子 14,200 724"], answer=["14,200"],
         notes="(c) unruled table, column 販売点数（点）; 724 (売上高) is the trap"),
    dict(question="果物や果物を使った加工品の売上はどのくらいでしたか？",
         category="shop", doc=SHOP_PDF, evidence=["果物・果物加工品 9,450 1,138"], answer=["1,138"],
         notes="(c) unruled table, row named by paraphrase, column 売上高（万円）"),
    dict(question="売上全体に占める日本酒・焼酎の割合は何％ですか？",
         category="shop", doc=SHOP_PDF, evidence=["日本酒・焼酎 6,820 1,364", "合計 51,890 5,172"],
         answer=["26.4%"], computed=True,
         notes="(c) share in the 売上高（万円） column: 1,364 / 5,172 = 26.4 % (the prose says only 「４分の１余り」)"),
    dict(question="干し柿はテスト販売のあと、どうすることになりましたか？",
         category="shop", doc=SHOP_PDF, evidence=["干し柿 180 310 価格が高いとの声が多く、容量を見直す"],
         answer=["容量を見直す"],
         notes="(e) a 備考 text cell beside the figures (販売価格 180 バーツ, 販売数 310)"),
    dict(question="バンコクの店の定休日はいつですか？",
         category="shop", doc=SHOP_PDF, evidence=["毎月第２火曜日は休業"], answer=["第２火曜日"],
         notes="「label：value」 line 営業時間 (the closing day is in its brackets)"),
    dict(question="日本酒の試飲イベントをやっていた間の売上はどれくらいでしたか？",
         category="shop", doc=SHOP_PDF, evidence=["日本酒試飲会", "期間中の売上高：96万円"], answer=["96万円"],
         notes="sibling sections （１）–（３） of ４ share the labels 期間, 内容, 期間中の売上高; （２）日本酒試飲会; "
               "218万円 and 264万円 are the siblings' values"),
    # --- cargo: the air-cargo plan, tables (f) (g), a definition, siblings, a list
    dict(question="2023年度に藤紫空港から輸出された航空貨物は何トンでしたか？",
         category="cargo", doc=CARGO_PDF, evidence=["令和５年度 1,580 890 2,470"], answer=["1,580"],
         notes="(f) years as rows: 2023年度 = 令和５年度 (only 2024年度 is printed in Western form); column 輸出（トン）"),
    dict(question="令和３年度に空港で扱った輸入貨物の量を教えてください。",
         category="cargo", doc=CARGO_PDF, evidence=["令和３年度 780 450 1,230"], answer=["450"],
         notes="(f) column 輸入（トン）; 1,230 (計) is the trap"),
    dict(question="国際貨物の取扱量は、令和２年度から令和６年度までに何倍になりましたか？",
         category="cargo", doc=CARGO_PDF, evidence=["令和２年度 620 410 1,030", "令和６年度 2,130 1,280 3,410"],
         answer=["3.3倍"], computed=True,
         notes="(f) ratio down the 計（トン） column: 3,410 / 1,030 = 3.31 (the prose says only 「３倍を超えた」)"),
    dict(question="令和10年度には、空港を使う荷主を何社にする目標ですか？",
         category="cargo", doc=CARGO_PDF, evidence=["空港を利用する荷主数 46社 60社 75社"], answer=["75社"],
         notes="(g) units inside the cells, mixed in every column; column 目標（令和10年度） (year in the two-line header); "
               "60社 (中間目標) is the trap"),
    dict(question="2026年度の時点では、国際線を週に何便にすることを目指していますか？",
         category="cargo", doc=CARGO_PDF, evidence=["国際線の週当たり便数 18便 24便 30便"], answer=["24便"],
         notes="(g) column 中間目標（令和８年度）: 2026年度 = 令和８年度, printed nowhere in Western form"),
    dict(question="県産品の航空輸出額を最終目標まで伸ばすには、今よりあといくら増やす必要がありますか？",
         category="cargo", doc=CARGO_PDF, evidence=["県産品の航空輸出額 8,600万円 1.2億円 1.5億円"],
         answer=["6,400万円"], computed=True,
         notes="(g) row with two units: 1.5億円 − 8,600万円 = 6,400万円 (実績 in 万円, targets in 億円)"),
    dict(question="計画に出てくる「ベリー便」とは、どのような輸送のことですか？",
         category="cargo", doc=CARGO_PDF, evidence=["旅客便の床下の貨物室を利用して貨物を運ぶこと"],
         answer=["旅客便の床下の貨物室"],
         notes="definition 「ベリー便」とは… (as opposed to 貨物専用機)"),
    dict(question="航空会社への売り込みには、2025年度にどれだけの予算を充てていますか？",
         category="cargo", doc=CARGO_PDF, evidence=["航空会社への働きかけ", "令和７年度の予算額：600万円"], answer=["600万円"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な取組, 令和７年度の予算額, 関係機関; "
               "（３）航空会社への働きかけ; 2025年度 = 令和７年度; 1,200万円 and 2,800万円 are the siblings' values"),
    dict(question="目標の達成状況は毎年いつ頃公表されますか？",
         category="cargo", doc=CARGO_PDF, evidence=["翌年度の９月に公表する"], answer=["９月"],
         notes="numbered list of ５, item ①"),
    # --- followups
    dict(question="それが工場や設備の改修費だと、上限はいくらになりますか？",
         category="followup", doc=NINSHO_PDF, evidence=["ＨＡＣＣＰ 50 75 100 300"], answer=["300"],
         history=_turns("HACCPを取るときの審査料やコンサルタントの費用は、いくらまで補助されますか？",
                        "ＨＡＣＣＰの審査・指導の経費は、100万円が補助の上限です[1]。"),
         notes="(a) the row from the history (ＨＡＣＣＰ), the other leaf 補助上限額（万円）／施設・設備の改修"),
    dict(question="その年度に実際に交付されたのは何件ですか？",
         category="followup", doc=NINSHO_PDF, evidence=["令和３年度 16 12 1,640"], answer=["12"],
         history=_turns("2021年度の申請は何件ありましたか？",
                        "2021年度（令和３年度）の申請は16件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付件数（件）"),
    dict(question="その月の売上はいくらでしたか？",
         category="followup", doc=SHOP_PDF, evidence=["10月 4,120 1,530 402"], answer=["402"],
         history=_turns("令和６年10月には、店に何人が来ましたか？",
                        "令和６年10月の来店者数は4,120人でした[1]。"),
         notes="(d) the month from the history (10月, on the continuation page), column 売上高（万円）"),
    dict(question="それを令和10年度にはどこまで上げる計画ですか？",
         category="followup", doc=CARGO_PDF, evidence=["保冷庫の利用率 54％ 65％ 75％"], answer=["75％"],
         history=_turns("空港の保冷庫は、今どのくらい使われていますか？",
                        "令和６年度の保冷庫の利用率は54％です[1]。"),
         notes="(g) the row from the history (保冷庫の利用率), column 目標（令和10年度）; 65％ (中間目標) is the trap"),
    dict(question="そこのファクス番号を教えてください。",
         category="followup", doc=CARGO_PDF, evidence=["物流担当 電話：099-160-7110 ファクス：099-160-7119"],
         answer=["099-160-7119"],
         history=_turns("空港の貨物の利用促進計画について、県の担当はどこですか？",
                        "藤紫県 交通政策部 空港振興課 物流担当です[1]。"),
         notes="contact box: the 物流担当's fax; its phone 099-160-7110 and the 協議会's 099-160-7200 are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="GLOBALG.A.P.の認証を取る場合、補助の上限はいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(a) has five certifications (HACCP, FSSC22000, ハラール, two organic rows); GAP is not one",
         absent=["GAP", "GLOBAL"]),
    dict(question="これまでに補助金を使ってハラール認証を取った事業者は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) gives applications, grants and amounts per year, not per certification",
         absent=["認証の種類別の交付", "取得した事業者"]),
    dict(question="バンコクの店は、令和６年度に黒字でしたか？運営の収支を知りたいです。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives sales, visitors and buyers only; no costs, commission or profit",
         absent=["収支", "黒字", "赤字", "利益", "委託料"]),
    dict(question="アンテナショップに来た人のうち、日本人観光客はどのくらいの割合ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(d) counts visitors and buyers, not their nationality",
         absent=["日本人", "観光客", "国籍"]),
    dict(question="令和６年度に藤紫空港から香港へ運んだ貨物は何トンでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(f) gives exports and imports in total; the prose names 香港 only as a main destination, no volume",
         absent=["仕向地別", "香港向け", "香港へ"]),
    dict(question="藤紫空港から海外へ荷物を送るときの航空運賃は、１キログラム当たりいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the plan gives a subsidy of 50円 per kilogram (（１）荷主の掘り起こし), not the freight rate",
         absent=["運賃", "料金表"]),
]
CATEGORY_COUNTS = {"ninsho": 10, "shop": 10, "cargo": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h16q", "h16t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year); the unit with unit=True."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None, unit=False):
        g = self.cells[(table, row, column, fy)]
        return (g["number"], g["unit"]) if unit else g["number"]


A, B, C, D, E, F, G = ("認証の種類別の補助率と上限額", "申請件数と交付実績の推移", "商品分類別の販売点数と売上高",
                       "月別の来店者数と売上高", "テスト販売の結果", "国際航空貨物取扱量の推移", "計画の目標指標")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))
MAN = {"万円": Decimal(1), "億円": Decimal(10000)}  # in 万円


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


def _man(g, row, column, fy) -> Decimal:
    n, u = g(G, row, column, fy, unit=True)
    return Decimal(str(n)) * MAN[u]


def _yen_per_buyer(g) -> str:
    yen = Decimal(g(D, "合計", "売上高（万円）", 2024) * 10000) / Decimal(g(D, "合計", "購入者数（人）", 2024))
    return f"{int(half_up(yen, '1')):,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h16q06": lambda g: _pct(g(B, "令和６年度", "交付件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h16q14": _yen_per_buyer,
    "h16q17": lambda g: _pct(g(C, "日本酒・焼酎", "売上高（万円）", 2024), g(C, "合計", "売上高（万円）", 2024)),
    "h16q23": lambda g: f"{half_up(Decimal(g(F, '令和６年度', '計（トン）', 2024)) / Decimal(g(F, '令和２年度', '計（トン）', 2020)), '0.1')}倍",
    "h16q26": lambda g: f"{int(_man(g, '県産品の航空輸出額', '目標（令和10年度）', 2028) - _man(g, '県産品の航空輸出額', '実績（令和６年度）', 2024)):,}万円",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {NINSHO_PDF: (2, 3), SHOP_PDF: (2, 3), CARGO_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("４月",)  # rows of (d) expected before the page break
CONTINUED_ROWS = ("８月", "10月", "１月", "３月", "合計")  # and after it
TEXT_COLS = {(E, "備考")}  # the only text-cell column
ALLOWED_UNITS = {"%", "万円", "億円", "件", "人", "点", "バーツ", "トン", "便", "社"}


def check_files(out: Path) -> list[str]:
    """Every problem found in the set written under `out` (an empty list when all is well)."""
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout16.py")
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
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"])
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions, expected at least {TABLE_QUESTIONS}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout16.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        text_cell = (g["table"], g["column"]) in TEXT_COLS
        number, unit = (None, None) if text_cell else parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if unit is not None and unit != g["unit"]:
            errors.append(f"{g['id']}: unit {g['unit']!r}, but the cell prints {unit!r}")
        if g["number"] is not None and g["unit"] not in ALLOWED_UNITS:
            errors.append(f"{g['id']}: numeric cell with unit {g['unit']!r}")
        if g["number"] is None and (g["unit"] is not None or not text_cell):
            errors.append(f"{g['id']}: only the 備考 cells may be text")
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
            elif norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]
    # (a): the small firms' rate is above the others'; no single cap exceeds the cap per firm
    for row, r in t[A].items():
        if not r["補助率（％）／小規模事業者"] > r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 should have the higher rate")
        if max(r["補助上限額（万円）／審査・指導"], r["補助上限額（万円）／施設・設備の改修"]) > MAX_PER_FIRM:
            errors.append(f"{A} / {row}: a cap above the cap per firm")
    # (b): grants never exceed applications; both grow every year
    b = [t[B][f"令和{fw(y - 2018)}年度"] for y, *_x in GRANTS]
    if any(r["交付件数（件）"] > r["申請件数（件）"] for r in b):
        errors.append(f"{B}: more grants than applications")
    for col in ("申請件数（件）", "交付件数（件）", "交付額（万円）"):
        vals = [r[col] for r in b]
        if vals != sorted(set(vals)):
            errors.append(f"{B}: {col} should grow every year")
    # (c): 合計 adds up; (d): 合計 adds up, buyers below visitors; the two tables' sales agree
    c = t[C]
    for col in ("販売点数（点）", "売上高（万円）"):
        if c["合計"][col] != sum(r[col] for row, r in c.items() if row != "合計"):
            errors.append(f"{C}: 合計 of {col} does not add up")
    d = t[D]
    for col in ("来店者数（人）", "購入者数（人）", "売上高（万円）"):
        if d["合計"][col] != sum(r[col] for row, r in d.items() if row != "合計"):
            errors.append(f"{D}: 合計 of {col} does not add up")
    if any(r["購入者数（人）"] >= r["来店者数（人）"] for r in d.values()):
        errors.append(f"{D}: 購入者数 should be below 来店者数")
    if d["合計"]["売上高（万円）"] != c["合計"]["売上高（万円）"]:
        errors.append(f"{D}: the year's sales differ from {C}")
    # (f): 計 = 輸出 + 輸入, growing every year; (g): its 実績 取扱量 is (f)'s last 計
    f = t[F]
    for row, r in f.items():
        if r["計（トン）"] != r["輸出（トン）"] + r["輸入（トン）"]:
            errors.append(f"{F} / {row}: 計 is not 輸出 + 輸入")
    totals = [f[f"令和{fw(y - 2018)}年度"]["計（トン）"] for y, *_x in VOLUMES]
    if totals != sorted(set(totals)):
        errors.append(f"{F}: 計 should grow every year")
    g_ = t[G]
    if g_["国際航空貨物取扱量"]["実績（令和６年度）"] != totals[-1]:
        errors.append(f"{G}: 実績 of 国際航空貨物取扱量 differs from {F}")
    # (g): every indicator rises towards its target
    idx = GoldIndex(gold)
    for row in g_:
        cols = ("実績（令和６年度）", "中間目標（令和８年度）", "目標（令和10年度）")
        vals = [_man(idx, row, c_, y) if row == "県産品の航空輸出額" else Decimal(str(g_[row][c_]))
                for c_, y in zip(cols, (2024, 2026, 2028))]
        if vals != sorted(set(vals)):
            errors.append(f"{G} / {row}: the targets should rise")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    months = specs["months"]
    dp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(dp) != 2:
        errors.append(f"{D} is on pages {dp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SHOP_PDF]) if header in norm(p)]
        if months.repeat_header or on != dp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {dp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == dp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == dp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break")
        if norm("１月から３月は令和７年") not in norm(pages[SHOP_PDF][dp[1] - 1]):
            errors.append(f"{D}: note ※３ should follow the table on the continuation page")
    for key in ("certs", "grants", "cats", "tests", "volumes", "indicators"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["cats"].ruled or not all(s.ruled for k, s in specs.items() if k != "cats"):
        errors.append(f"only {C} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with the group's unit
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模事業者", "補助上限額（万円）／審査・指導",
            "補助上限額（万円）／施設・設備の改修"]
    if len(specs["certs"].header) != 2 or len(specs["certs"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if [g["unit"] for g in gold if g["table"] == A][:4] != ["%", "%", "万円", "万円"]:
        errors.append(f"{A}: the units should come from the header groups")
    # (b), (f): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANTS]:
        errors.append(f"{B}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == F][::3] != [y for y, *_x in VOLUMES]:
        errors.append(f"{F}: expected years as rows")
    # (e): a 備考 column of text cells beside the figures
    e = [g for g in gold if g["table"] == E]
    if [g["value"] for g in e if g["column"] == "備考"] != [x[3] for x in TESTS] or \
            any(g["number"] is None for g in e if g["column"] != "備考"):
        errors.append(f"{E}: expected a 備考 column of text beside two numeric columns")
    # (g): units printed in the cells, mixed in every column (万円 and 億円 in one row); years from headers
    gg = [g for g in gold if g["table"] == G]
    for col in {g["column"] for g in gg}:
        units = {g["unit"] for g in gg if g["column"] == col}
        if len(units) < 4:
            errors.append(f"{G} / {col}: expected mixed units in the column, got {units}")
    if not all(parse_number(g["value"])[1] for g in gg):
        errors.append(f"{G}: every cell should print its own unit")
    if {g["unit"] for g in gg if g["row"] == "県産品の航空輸出額"} != {"万円", "億円"}:
        errors.append(f"{G}: 県産品の航空輸出額 should mix 万円 and 億円")
    if sorted({g["fiscal_year"] for g in gg}) != [2024, 2026, 2028]:
        errors.append(f"{G}: the years should come from the column headers")
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

    def steps(doc, want):
        raw = "\n".join(pages[doc]).splitlines()
        got = re.findall(r"[①-⑨]", "".join(x for x in raw if re.match(r"\s*[①-⑨]", x)))
        if got != list(want):
            errors.append(f"{doc}: the numbered list should be {want}, got {''.join(got)}")

    ni = norm("\n".join(pages[NINSHO_PDF]))
    siblings(ni, "call", ("審査期間の目安：", "主な輸出先：", "留意点："), [c[0] for c in CERT_NOTES])
    if norm(f"延べ{sum(r[2] for r in GRANTS)}件、{sum(r[3] for r in GRANTS):,}万円") not in ni:
        errors.append("call: the five-year totals in the prose differ from (b)")
    if norm(f"令和６年度は{GRANTS[-1][1]}件の申請に対し{GRANTS[-1][2]}件") not in ni:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    if re.findall(r"20\d\d年度", ni) != ["2020年度"]:
        errors.append(f"call: only 2020年度 should be printed in Western form: {re.findall(r'20[0-9]{2}年度', ni)}")
    for dfn in ("「輸出向け認証」とは", "「小規模事業者」とは"):
        if norm(dfn) not in ni:
            errors.append(f"call: the definition {dfn} is missing")
    raw = "\n".join(pages[NINSHO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps(NINSHO_PDF, "①②③④⑤⑥")

    sh = norm("\n".join(pages[SHOP_PDF]))
    siblings(sh, "shop report", ("期間：", "内容：", "期間中の売上高："), [e[0] for e in EVENTS])
    sales = sum(r[3] for r in MONTHS)
    if norm(f"売上高は{sales:,}万円で、前年度（{PREV_SALES:,}万円）に比べ{sales - PREV_SALES}万円") not in sh:
        errors.append("shop report: the year's sales in the prose differ from (d)")
    if norm(f"来店者数は{sum(r[1] for r in MONTHS):,}人、購入者数は{sum(r[2] for r in MONTHS):,}人") not in sh:
        errors.append("shop report: the visitors and buyers in the prose differ from (d)")
    share = CATEGORIES[0][2] / sales
    ranked = [n for n, *_x in sorted(CATEGORIES, key=lambda r: -r[2])]
    if not 0.25 < share < 0.3 or ranked[:2] != ["日本酒・焼酎", "果物・果物加工品"]:
        errors.append("shop report: 「日本酒・焼酎が全体の４分の１余り…果物・果物加工品が続く」 does not hold")
    if max(CATEGORIES, key=lambda r: r[1])[0] != "菓子":
        errors.append("shop report: 「販売点数では菓子が最も多い」 does not hold")
    if any(max(MONTHS, key=lambda r: r[k])[0] != 12 for k in (1, 2, 3)):
        errors.append("shop report: 「12月は…いずれも年間で最も多かった」 does not hold")
    winter = [r for r in MONTHS if r[0] in (12, 1, 2)]
    if min(r[3] for r in winter) <= max(r[3] for r in MONTHS if r[0] not in (12, 1, 2)):
        errors.append("shop report: 「12月から２月にかけて…売上高が伸び」 does not hold")
    if norm(f"新商品{fw(len(TESTS))}品目") not in sh or norm(f"{fw(sum(t[3] == ADOPTED for t in TESTS))}品目を定番商品") not in sh:
        errors.append("shop report: the test-sale counts in the prose differ from (e)")
    for dfn in ("「テスト販売」とは", "「客単価」とは"):
        if norm(dfn) not in sh:
            errors.append(f"shop report: the definition {dfn} is missing")
    if sh.count("客単価") != 1:
        errors.append("shop report: 客単価 should be defined but never given as a figure")
    steps(SHOP_PDF, "①②③④")

    ca = norm("\n".join(pages[CARGO_PDF]))
    siblings(ca, "cargo plan", ("主な取組：", "令和７年度の予算額：", "関係機関："), [p[0] for p in PILLARS])
    last = VOLUMES[-1]
    if norm(f"取扱量は{last[1] + last[2]:,}トン") not in ca or norm(f"輸出が{last[1]:,}トンと６割余り") not in ca:
        errors.append("cargo plan: the figures in the prose differ from (f)")
    if not 0.6 < last[1] / (last[1] + last[2]) < 0.65:
        errors.append("cargo plan: 「６割余り」 does not hold")
    first = VOLUMES[0][1] + VOLUMES[0][2]
    if not (last[1] + last[2]) > 3 * first:
        errors.append("cargo plan: 「５年間で３倍を超えた」 does not hold")
    if sorted(re.findall(r"20\d\d年度", ca)) != ["2024年度", "2025年度", "2028年度"]:
        errors.append(f"cargo plan: unexpected Western fiscal years {re.findall(r'20[0-9]{2}年度', ca)}")
    for dfn in ("「ベリー便」とは", "「県産品の航空輸出額」とは"):
        if norm(dfn) not in ca:
            errors.append(f"cargo plan: the definition {dfn} is missing")
    steps(CARGO_PDF, "①②③④")
    phones = re.findall(r"099-160-\d{4}", ca)
    if phones != ["099-160-7110", "099-160-7119", "099-160-7200"]:
        errors.append(f"cargo plan: the contact box should give the 担当's phone and fax, then the 協議会's: {phones}")
    # every phone number of the set is fictional (099-160-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
