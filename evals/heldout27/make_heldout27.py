"""Build the 柊県 held-out set 27: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (柊県 and every town, port, scheme, organisation, person, phone
number, address and figure). The documents are in three genres the earlier sets do not use: a
guide to a subsidy towards small firms adapting their products, packaging and labels to export
markets (輸出向け商品改良支援補助金のご案内) with a two-level header of rates (by firm size) and caps
(by product type), a yearly record (years as rows) and the grants by destination (rows grouped
under a region cell spanning several rows, with a stub header naming the row axis); the
activity report of the prefecture's coordinators for international relations (国際交流員 活動報告書)
with a three-year record whose columns are fiscal years and the requests by month (a table
continued over a page break without its header); and the results report of a survey of the
prefecture's exporters on export logistics (輸出物流に関する企業実態調査 結果報告書) with the
respondents by industry and main transport mode and an unruled table of the problems they
meet; see README.md beside this file.

    python make_heldout27.py [OUTPUT_DIR]          # default: this file's directory

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

HOJO_PDF = "hiiragi_yushutsu_shohin_kairyo_hojokin_annai_r7.pdf"
KATSUDO_PDF = "hiiragi_kokusai_koryuin_katsudo_hokoku_r6.pdf"
CHOSA_PDF = "hiiragi_yushutsu_butsuryu_chosa_r6.pdf"
ALL_PDFS = (HOJO_PDF, KATSUDO_PDF, CHOSA_PDF)

UNITS = ("万円", "件", "回", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-28\d-\d{4}"  # every phone number of the set


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
    """The unit in brackets at the end of a label (交付件数（件） -> 件), NFKC."""
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


PREF = "柊県"
CITY = "柊市"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: product-adaptation subsidy guide
HOJO = f"{PREF}輸出向け商品改良支援補助金"
HOJO_DEPT = f"{PREF} 産業労働部 国際ビジネス課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団 海外展開支援室"
RATES = [  # 経費区分, 補助率（％）: 中小企業者, 小規模事業者; 上限額（万円）: 食品等, 食品等以外 (令和７年度)
    ("表示ラベルの作成・翻訳", 50, 75, 20, 15), ("包装・パッケージの改良", 50, 75, 60, 40),
    ("成分分析・規格試験", 50, 75, 40, 80), ("仕様変更に伴う試作", 40, 60, 50, 100),
    ("専門家による助言", 75, 90, 10, 10),
]
COMPANY_CAP = 150  # note ※２: 万円 per company and year
GRANT_YEARS = [  # 年度, 申請件数, 交付件数, 交付額（万円）
    (2020, 15, 11, 286), (2021, 22, 17, 431), (2022, 30, 24, 612), (2023, 34, 29, 758), (2024, 41, 33, 904),
]
DESTS = [  # 地域, [(輸出先, 交付件数, 交付額（万円）)] (令和６年度; each grant under its main destination)
    ("アジア", [("台湾", 9, 238), ("香港", 6, 142), ("シンガポール", 4, 97), ("タイ", 3, 71)]),
    ("北米", [("米国", 5, 168), ("カナダ", 1, 22)]),
    ("欧州", [("フランス", 3, 104), ("ドイツ", 2, 62)]),
]
CASES = [  # 見出し, 輸出先, 改良の内容, 補助金の額 (same labels in every sibling section); 経費区分, 食品等?
    ("菓子製造業Ａ社（柊市）", "台湾", "繁体字の表示ラベルの作成と、賞味期限を延ばすための包装の改良", "46万円",
     ("表示ラベルの作成・翻訳", "包装・パッケージの改良"), True),
    ("刃物製造業Ｂ社（東野市）", "米国", "米国の安全規格に合わせた試験と、柄の材質を変えた試作", "92万円",
     ("成分分析・規格試験", "仕様変更に伴う試作"), False),
    ("木工家具製造業Ｃ社（西山町）", "フランス", "組立式の梱包への変更と、現地の好みについての専門家の助言", "38万円",
     ("包装・パッケージの改良", "専門家による助言"), False),
]


def dest_rows():
    return [(region, name, k, a) for region, items in DESTS for name, k, a in items]


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模事業者", "食品等", "食品等以外"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 26 * mm, 28 * mm, 26 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="grants", doc=HOJO_PDF, title="申請と交付の推移",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(n), fw(k), fw(a)] for y, n, k, a in GRANT_YEARS],
        col_widths=[32 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows, spans, nh = [], [], 1
    for region, items in DESTS:
        start = nh + len(rows)
        for j, (name, k, a) in enumerate(items):
            rows.append([region if j == 0 else "", name, fw(k), fw(a)])
        spans.append(((0, start), (0, start + len(items) - 1)))
    dests = TableSpec(
        key="dests", doc=HOJO_PDF, title="輸出先別の交付実績",
        header=[["地域", "輸出先", "交付件数（件）", "交付額（万円）"]],
        rows=rows, col_widths=[24 * mm, 36 * mm, 36 * mm, 36 * mm], label_col=1, spans=spans,
        table_fy=2024,
    )
    dests.unit = lambda row, c, s=dests: bracket_unit(s.column_label(c))
    return rates, years, dests


def hojo_story(specs):
    rates, years, dests = specs
    n_all, amt_all = sum(r[2] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の中小企業が自社の商品を海外で売り出せるよう、輸出先の法令や規格、消費者の好みに合わせて商品の表示、包装や仕様を改める費用の一部を補助します。令和２年度（2020年度）に始めたこの補助金は、令和６年度までに延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（中小企業基本法第２条に規定する者）で、商品を輸出し、又は輸出しようとするもの"),
        ("募集期間", "令和７年５月12日から令和７年12月26日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "1,500万円"),
        ("申請の単位", "１社当たり年度内１回（一つの申請に複数の経費区分を含めることができます）"),
    ], 0)
    st += paras("""
この案内で「輸出向け商品改良」とは、既に販売している自社の商品について、輸出先の法令、規格又は消費者の好みに合わせるため、その表示、包装又は仕様を変えることをいい、新商品の開発は含みません。「小規模事業者」とは、常時使用する従業員の数が20人（卸売業、小売業及びサービス業は５人）以下の中小企業者をいいます。また、「食品等」とは、食品、飲料及び酒類をいい、化粧品及び医薬部外品は含みません。
""", 0)
    st += [P("２　補助率と上限額", H1)]
    st += paras("補助率は事業者の規模により、上限額は改良する商品が食品等かどうかにより、経費区分ごとに次のとおり定めています。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「小規模事業者」の欄は小規模事業者に、「中小企業者」の欄はそれ以外の中小企業者に適用します。",
        f"※２ 補助金の額は、１社当たり年度内{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てます。",
        "※３ 食品等とそれ以外の商品を組み合わせた商品は、販売価格に占める割合の大きい方の上限額を適用します。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（{ZAIDAN}）",
        "② 交付申請（改良に着手する前に、申請書、改良の計画書及び見積書を提出）",
        "③ 審査と交付決定の通知（申請から３週間程度）",
        "④ 改良の実施と経費の支払",
        "⑤ 実績報告（改良を終えた日から20日以内又は令和８年２月20日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払（請求を受けてから30日以内）",
    ], 0)
    st += [P("４　これまでの実績", H1)]
    st += paras(f"""
令和６年度は{last[1]}件の申請があり、{last[2]}件に計{last[3]}万円を交付しました。輸出先別では台湾向けが件数、金額ともに最も多く、アジア向けが件数の３分の２を占めました。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(dests.title, "（令和６年度）"), dests.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 複数の国・地域に輸出する商品の改良は、主な輸出先の１か所に計上しています。",
    ])
    st += [P("５　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items, _food) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("改良の内容", what), ("補助金の額", amount)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("国内で既に売れている商品を、そのまま海外向けに表示だけ変える場合も対象になりますか。",
         "対象になります。表示ラベルの作成・翻訳の経費区分で申請してください。"),
        ("ラベルの翻訳を自社の社員が行った場合、その人件費は対象になりますか。",
         "対象になりません。補助の対象は、外部の事業者に依頼した費用に限ります。"),
        ("菓子と器を詰め合わせた贈答用の商品は、どちらの上限額になりますか。",
         "販売価格に占める割合の大きい方の上限額を適用します（２の※３）。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 輸出促進班　電話：099-281-4410　ファクス：099-281-4419",
        f"{ZAIDAN}（事前相談）　電話：099-281-4500",
        "電子メール：shohin-kairyo@pref.hiiragi.example.jp",
    ]))
    return st


# ================================================================ document 2: the CIRs' activity report
KATSUDO_TITLE = f"{PREF}国際交流員 活動報告書"
KATSUDO_DEPT = f"{PREF} 政策企画部 国際交流課"
CENTER = f"公益財団法人{PREF}国際交流センター"
RECORD = [  # 区分, 令和４年度, 令和５年度, 令和６年度 (unit in the row label)
    ("翻訳の依頼（件）", 412, 468, 531), ("通訳の依頼（件）", 96, 121, 143), ("出前講座（回）", 38, 45, 52),
    ("交流イベントへの協力（回）", 21, 27, 24), ("ＳＮＳでの発信（件）", 180, 214, 256),
]
RECORD_YEARS = (2022, 2023, 2024)
MONTHS = [  # 月, 翻訳（件）, 通訳（件） (令和６年度; １月–３月 are 令和７年)
    (4, 31, 7), (5, 38, 12), (6, 44, 10), (7, 52, 15), (8, 35, 9), (9, 47, 11), (10, 58, 19),
    (11, 49, 16), (12, 36, 8), (1, 41, 10), (2, 46, 13), (3, 54, 13),
]
KOZA_PEOPLE = 1870  # 出前講座の受講者（延べ, 令和６年度）
KOZA_SCHOOLS = 31  # of which at schools
CIRS = [  # 見出し, 出身国, 着任, 主な担当業務 (same labels in every sibling section)
    ("英語担当　エマ・ウォーカー", "オーストラリア", "令和４年８月", "英語版ウェブサイトの更新、姉妹州との連絡調整"),
    ("中国語担当　林 嘉欣", "中国", "令和３年８月", "観光パンフレットの翻訳、中国からの訪問団の通訳"),
    ("ベトナム語担当　ファム・ティ・マイ", "ベトナム", "令和５年８月", "外国人住民向け生活情報の翻訳、小・中学校での出前講座"),
]


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def katsudo_specs():
    record = TableSpec(
        key="record", doc=KATSUDO_PDF, title="主な活動の実績",
        header=[["区分"] + [f"令和{fw(y - 2018)}年度" for y in RECORD_YEARS]],
        rows=[[n] + [fw(v) for v in vals] for n, *vals in RECORD],
        col_widths=[56 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(label(row[s.label_col]))
    mrows = [[month_label(m), fw(a), fw(b), fw(a + b)] for m, a, b in MONTHS]
    ta, tb = sum(m[1] for m in MONTHS), sum(m[2] for m in MONTHS)
    mrows.append(["合計", fw(ta), fw(tb), fw(ta + tb)])
    months = TableSpec(
        key="months", doc=KATSUDO_PDF, title="月別の翻訳・通訳の依頼件数",
        header=[["月", "翻訳（件）", "通訳（件）", "計（件）"]],
        rows=mrows, col_widths=[28 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    return record, months


def katsudo_story(specs):
    record, months = specs
    rec = {r[0]: r[1:] for r in RECORD}
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(KATSUDO_TITLE, TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(KATSUDO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　配置の概要", H1)]
    st += lv_lines([
        ("配置先", f"{KATSUDO_DEPT}（県庁本館５階）"),
        ("配置人数", "３人（英語、中国語、ベトナム語）"),
        ("活動期間", "令和６年４月１日から令和７年３月31日まで"),
        ("活動経費", "1,980万円（旅費、研修費及び出前講座の教材費を含む。）"),
        ("依頼の方法", "所定の依頼票を電子メールで国際交流課に送る（通訳は実施日の２週間前まで、翻訳は納期の10日前まで）"),
    ], 0)
    st += paras("""
この報告書において「国際交流員」とは、県が任用し、翻訳、通訳及び国際交流の業務に従事する外国籍の職員をいう。「依頼件数」とは、県の機関、市町村、学校及び国際交流団体から受けた依頼の件数をいい、１件の依頼で複数の言語に訳した場合も１件と数える。また、「出前講座」とは、学校、公民館等に国際交流員が出向いて行う講座をいい、県庁内で開いた講座は含まない。
""", 0)
    st += [P("２　活動の実績", H1)]
    st += paras(f"""
令和６年度の依頼件数は、翻訳が{rec['翻訳の依頼（件）'][2]}件、通訳が{rec['通訳の依頼（件）'][2]}件で、いずれも３年続けて増えた。出前講座は{rec['出前講座（回）'][2]}回開き、延べ{KOZA_PEOPLE:,}人が受講した（うち小・中学校及び高等学校での講座は{KOZA_SCHOOLS}回）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 令和４年度は、英語と中国語の国際交流員２人の実績である。",
        "※２ 交流イベントへの協力が令和６年度に減ったのは、台風の接近で３件の行事が中止になったためである。",
    ])
    st += [P("３　月別の依頼件数", H1)]
    st += paras("翻訳と通訳の依頼件数を、依頼を受けた月ごとにまとめると、次のとおりである。", 0)
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes(["※３ １月から３月は令和７年の件数である。"])
    st += paras("""
10月は海外からの訪問団の受入れが重なり、翻訳、通訳ともに年間で最も多かった。
""", 0)
    st += [P("４　国際交流員の紹介", H1)]
    for i, (head, country, since, work) in enumerate(CIRS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("出身国", country), ("着任", since), ("主な担当業務", work)], 1)
    st += [P("５　今後の取組", H1)]
    st += numbered([
        "① 依頼票をウェブ上の申込みフォームに改め、受付から納品までの日数を短くする。",
        "② 出前講座の題材に、やさしい日本語と防災を加える。",
        "③ 令和７年度は、タガログ語の国際交流員を新たに１人配置する。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KATSUDO_DEPT} 交流推進班　電話：099-283-2210　ファクス：099-283-2219",
        f"{CENTER}（出前講座の申込み）　電話：099-283-2300",
        "電子メール：koryuin@pref.hiiragi.example.jp",
    ]))
    return st


# ================================================================ document 3: exporters' logistics survey
CHOSA = f"{PREF} 輸出物流に関する企業実態調査"
CHOSA_DEPT = f"{PREF} 産業労働部 物流政策課"
KYOKAI = f"{PREF}港湾振興協会"
TARGET = 842  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数, 主な輸送手段: 海上コンテナ, 航空貨物, 国際宅配便等 (令和６年度, 社)
    ("食料品", 64, 41, 9, 14), ("飲料・酒類", 38, 27, 4, 7), ("繊維・衣料品", 22, 9, 5, 8),
    ("木材・家具", 17, 13, 1, 3), ("金属製品", 41, 31, 6, 4), ("機械・部品", 58, 39, 14, 5),
    ("電子部品", 29, 8, 18, 3), ("化学・プラスチック", 24, 19, 3, 2), ("その他", 33, 15, 6, 12),
]
SIZES = (("小規模企業", 138), ("それ以外の企業", 188))  # ｎ of the two size classes
ISSUES = [  # 課題, 回答数: 小規模企業, それ以外の企業 (複数回答)
    ("運賃・料金の上昇", 96, 141), ("輸出手続・書類作成の負担", 72, 61),
    ("県内の港・空港の便数が少ない", 45, 83), ("コンテナやスペースの確保が難しい", 31, 79),
    ("輸送日数が長い・遅れが出る", 35, 72), ("小口貨物を運ぶ手段が少ない", 64, 37),
    ("物流を担う社内の人材が不足", 29, 47), ("温度管理が必要な貨物への対応", 22, 30),
]
PORTS = [  # 見出し, 利用企業数, 主な仕向地, 主な意見 (same labels in every sibling section)
    ("柊港", 148, "中国、韓国、台湾", "北米・欧州への直行航路がなく、釜山港での積替えに日数がかかる。"),
    ("北浦港", 61, "タイ、ベトナム、シンガポール", "冷凍コンテナ用の電源の数が足りない。"),
    ("柊空港", 37, "香港、台湾", "旅客便の貨物室だけでは、繁忙期に積みきれないことがある。"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def chosa_specs():
    rows = [[n, fw(k), fw(s), fw(a), fw(e)] for n, k, s, a, e in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3, 4)])
    industries = TableSpec(
        key="industries", doc=CHOSA_PDF, title="業種別の回答企業数と主な輸送手段",
        header=[["業種", "回答企業数（社）", "海上コンテナ（社）", "航空貨物（社）", "国際宅配便等（社）"]],
        rows=rows, col_widths=[38 * mm, 32 * mm, 32 * mm, 28 * mm, 34 * mm], table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    n_all = sum(n for _s, n in SIZES)
    issues = TableSpec(
        key="issues", doc=CHOSA_PDF, title="輸出物流の課題（複数回答）",
        header=[["課題", "全体", "小規模企業", "それ以外の企業"]],
        rows=[[n, cell(pct1(a + b, n_all)), cell(pct1(a, SIZES[0][1])), cell(pct1(b, SIZES[1][1]))]
              for n, a, b in ISSUES],
        col_widths=[66 * mm, 24 * mm, 28 * mm, 32 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, issues


def chosa_story(specs):
    industries, issues = specs
    total = respondents()
    sea = sum(r[2] for r in INDUSTRIES)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の港・空港の利用促進と、中小企業の輸出を支える物流施策の検討に役立てるため"),
        ("調査対象", f"県内に本社又は事業所を有する輸出企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "郵送による配布、郵送又はウェブによる回答"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras(f"""
この報告書において「輸出企業」とは、過去１年間に、直接又は商社等を通じて商品を輸出した企業をいう。「主な輸送手段」とは、輸出した貨物の重量が最も多い輸送手段をいう。また、「小規模企業」とは、常時使用する従業員の数が20人以下の企業をいい、回答企業のうち{SIZES[0][1]}社が該当した（それ以外の企業は{SIZES[1][1]}社）。
""", 0)
    st += [P("２　回答企業の業種と主な輸送手段", H1)]
    st += paras(f"""
回答企業は食料品が{INDUSTRIES[0][1]}社で最も多く、機械・部品、金属製品が続いた。主な輸送手段は海上コンテナが{sea}社で、回答企業の６割余りを占めた。
""", 0)
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「国際宅配便等」には、国際郵便（ＥＭＳ）を含む。",
        "※２ 「その他」は、化粧品、紙製品、工芸品等である。",
    ])
    st += [P("３　利用している県内の港・空港", H1)]
    st += paras("県内の港・空港を利用している企業の数（複数回答）と、主な仕向地及び寄せられた主な意見は、次のとおりである。", 0)
    for i, (head, n, where, voice) in enumerate(PORTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("利用企業数", f"{n}社"), ("主な仕向地", where), ("主な意見", voice)], 1)
    st += [P("４　輸出物流の課題", H1)]
    st += paras("""
「運賃・料金の上昇」を挙げた企業が最も多く、全体の７割を超えた。小規模企業では「輸出手続・書類作成の負担」が５割を超え、「小口貨物を運ぶ手段が少ない」とともに、それ以外の企業を大きく上回った。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答企業は、全体{total}社、小規模企業{SIZES[0][1]}社、それ以外の企業{SIZES[1][1]}社である。複数回答のため、合計は100％にならない。",
    ])
    st += [P("５　県に求める支援（自由記述）", H1)]
    st += bullets([
        "輸出書類の作り方を個別に教えてくれる窓口を設けてほしい。",
        "小口の貨物をまとめて運ぶ混載の仕組みを、県内の港でも作ってほしい。",
        "柊港から北米への直行航路を誘致してほしい。",
        "冷凍・冷蔵の貨物を保管できる倉庫を港の近くに増やしてほしい。",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 輸出手続の個別相談会を、令和７年度から毎月開く。",
        "② 港湾振興協会と連携し、柊港を出る小口貨物の混載便を試験的に運航する。",
        "③ 船会社への航路誘致活動で、北米航路を重点とする。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 物流企画班　電話：099-287-5310　ファクス：099-287-5319",
        f"{KYOKAI}（港の利用相談）　電話：099-287-5400",
        "電子メール：butsuryu@pref.hiiragi.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + katsudo_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, kspecs, cspecs = hojo_specs(), katsudo_specs(), chosa_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO}のご案内", "令和７年４月", HOJO_DEPT)
    kdoc = build_pdf(docs_dir / KATSUDO_PDF, kspecs, katsudo_story(kspecs),
                     f"令和６年度 {KATSUDO_TITLE}", "令和７年６月", KATSUDO_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 結果報告書", "令和７年２月", CHOSA_DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, KATSUDO_PDF: kdoc.row_pages, CHOSA_PDF: cdoc.row_pages})
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
    # --- hojo: the product-adaptation subsidy guide, tables (a) (b) (c), definitions, sibling sections, steps, Q&A
    dict(question="社員が８人いる食品の卸売会社が、輸出用のラベルを作り直すと、費用の何％が補助されますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["卸売業、小売業及びサービス業は５人", "表示ラベルの作成・翻訳 50 75 20 15"], answer=["50"],
         notes="two facts: a wholesaler with 8 employees is above the 5人 of the 小規模事業者 definition (卸売業), "
               "so note ※１ gives it the 中小企業者 column; (a) two-level header, leaf 補助率（％）／中小企業者; "
               "75 (小規模事業者, the 20人 of manufacturers) is the trap"),
    dict(question="化粧品メーカーが、輸出先の基準に合うか成分を分析してもらう場合、補助の上限はいくらですか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["化粧品及び医薬部外品は含みません", "成分分析・規格試験 50 75 40 80"], answer=["80"],
         notes="two facts: cosmetics are not 食品等 (definition in １), so (a) leaf 上限額（万円）／食品等以外; "
               "40 (食品等) is the trap"),
    dict(question="2025年度に、従業員120人の機械メーカーが海外向けに仕様を変えた試作品を作ると、補助率は何％になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["仕様変更に伴う試作 40 60 50 100"], answer=["40"],
         notes="(a) leaf 補助率（％）／中小企業者 (120人 is above the 20人 of a 小規模事業者); 60 is the trap; "
               "2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="2022年度には、この補助金に何件の申請が出されましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和４年度 30 24 612"], answer=["30"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "申請件数（件）; 24 (交付件数) is the trap"),
    dict(question="2024年度に申請した事業者のうち、実際に補助金を受けられたのは何％ですか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 41 33 904"], answer=["80.5%"], computed=True,
         notes="(b) share within a row: 交付件数 / 申請件数 = 33 / 41 = 80.5 %"),
    dict(question="令和６年度、補助金額で見ると２番目に多かった輸出先はどこですか？",
         category="hojo", doc=HOJO_PDF, evidence=["米国 ５ 168"], answer=["米国"],
         notes="(c) ranking in the column 交付額（万円）: 台湾 238, 米国 168, 香港 142 (香港 is second by 交付件数, "
               "the trap); rows grouped under 地域 cells spanning several rows"),
    dict(question="令和６年度にアジア向けの商品改良に出た補助金は、合わせていくらになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["台湾 ９ 238", "香港 ６ 142", "シンガポール ４ 97", "タイ ３ 71"],
         answer=["548万円"], computed=True,
         notes="(c) sum over the rows grouped under the 地域 cell アジア (printed once, spanning four rows): "
               "238 + 142 + 97 + 71 = 548万円"),
    dict(question="包丁などの刃物を作っている会社の事例では、補助金をいくら受け取っていますか？",
         category="hojo", doc=HOJO_PDF, evidence=["刃物製造業Ｂ社", "補助金の額：92万円"], answer=["92万円"],
         notes="sibling sections （１）–（３） of ５ share the labels 輸出先, 改良の内容, 補助金の額; "
               "（２）刃物製造業Ｂ社; 46万円 and 38万円 are the siblings' values"),
    dict(question="海外向けにまったく新しい商品を一から開発する費用も、この補助金で見てもらえますか？",
         category="hojo", doc=HOJO_PDF, evidence=["新商品の開発は含みません"], answer=["新商品の開発は含みません"],
         notes="definition 「輸出向け商品改良」とは…既に販売している自社の商品…新商品の開発は含みません (no)"),
    dict(question="申請書を出してから交付が決まるまで、どのくらい待つことになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["申請から３週間程度"], answer=["３週間程度"],
         notes="procedure step ③ (審査と交付決定の通知)"),
    dict(question="ラベルの翻訳を自社の社員に任せた場合、社員の人件費も補助してもらえますか？",
         category="hojo", doc=HOJO_PDF, evidence=["対象になりません。補助の対象は、外部の事業者に依頼した費用に限ります"],
         answer=["対象になりません"],
         notes="Q&A: Ａ of Ｑ２ (no: only costs paid to outside firms)"),
    # --- katsudo: the CIRs' activity report, tables (d) (e), definitions, sibling sections
    dict(question="交流員に通訳をお願いしたい場合、いつまでに頼めばいいですか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["通訳は実施日の２週間前まで"], answer=["２週間前まで"],
         notes="「label：value」 line 依頼の方法 (翻訳: 納期の10日前まで is the near miss)"),
    dict(question="2023年度に交流員が受けた通訳の依頼は何件ありましたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["通訳の依頼（件） 96 121 143"], answer=["121"],
         notes="(d) columns are fiscal years: 2023年度 = 令和５年度 (no Western year is printed); row 通訳の依頼（件）"),
    dict(question="令和４年度に、交流員が学校や公民館に出かけて行った講座は何回ありましたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["出前講座（回） 38 45 52"], answer=["38"],
         notes="(d) column 令和４年度, row 出前講座（回） (named by its definition); 52 (令和６年度, in the prose) is the trap"),
    dict(question="翻訳の依頼は、2022年度から2024年度までの間にどれだけ増えましたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["翻訳の依頼（件） 412 468 531"], answer=["119件"], computed=True,
         notes="(d) difference across the fiscal-year columns: 531 − 412 = 119件"),
    dict(question="2025年２月に受け付けた翻訳の依頼は何件でしたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["２月 46 13 59"], answer=["46"],
         notes="(e) continuation page (no header there): row ２月, column 翻訳（件）; note ※３ says １月–３月 are "
               "令和７年 (2025年)"),
    dict(question="令和６年度、通訳の依頼は１か月平均で何件くらいでしたか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["合計 531 143 674"], answer=["11.9件"], computed=True,
         notes="(e) average over the twelve months: 143 / 12 = 11.92 → 11.9件"),
    dict(question="令和６年11月に受けた通訳の依頼は何件ですか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["11月 49 16 65"], answer=["16"],
         notes="(e) continuation page: row 11月, column 通訳（件）; 49 (翻訳) and 65 (計) are the traps"),
    dict(question="ベトナム語ができる交流員は、いつから県で働いていますか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["ベトナム語担当", "着任：令和５年８月"], answer=["令和５年８月"],
         notes="sibling sections （１）–（３） of ４ share the labels 出身国, 着任, 主な担当業務; （３）ベトナム語担当; "
               "令和４年８月 and 令和３年８月 are the siblings' values"),
    dict(question="一つの文書を英語と中国語の両方に訳してもらった場合、依頼件数としては何件に数えられますか？",
         category="katsudo", doc=KATSUDO_PDF, evidence=["複数の言語に訳した場合も１件と数える"], answer=["１件"],
         notes="definition 「依頼件数」とは…１件の依頼で複数の言語に訳した場合も１件と数える (not ２件)"),
    dict(question="ベトナム語の交流員がまだいなかった年度に、翻訳の依頼は何件ありましたか？",
         category="katsudo", doc=KATSUDO_PDF,
         evidence=["令和４年度は、英語と中国語の国際交流員２人の実績", "翻訳の依頼（件） 412 468 531"], answer=["412"],
         notes="two facts: note ※１ (令和４年度 = the two CIRs for English and Chinese; the Vietnamese one came in "
               "令和５年８月) and (d) column 令和４年度"),
    # --- chosa: the logistics survey, tables (f) (g), a definition, sibling sections
    dict(question="2024年度の調査に、繊維や衣料品の会社は何社回答していますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["繊維・衣料品 22 ９ ５ ８"], answer=["22"],
         notes="(f) column 回答企業数（社）; 2024年度 = 令和６年度 (the report prints 2024年 only in 調査基準日)"),
    dict(question="家具や木材の会社のうち、主に船のコンテナで輸出しているのは何社ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["木材・家具 17 13 １ ３"], answer=["13"],
         notes="(f) column 海上コンテナ（社） named by paraphrase; 17 (回答企業数) is the trap"),
    dict(question="電子部品の回答企業のうち、主に飛行機で運んでいる企業はどのくらいの割合ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["電子部品 29 ８ 18 ３"], answer=["62.1%"], computed=True,
         notes="(f) share within a row: 航空貨物 / 回答企業数 = 18 / 29 = 62.1 %"),
    dict(question="書類づくりの手間を課題に挙げた小規模企業は、どのくらいの割合ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["輸出手続・書類作成の負担 40.8 52.2 32.4"], answer=["52.2"],
         notes="(g) unruled table, column 小規模企業; 書類づくりの手間 = 輸出手続・書類作成の負担; 40.8 (全体) is the trap"),
    dict(question="小口の荷物を運ぶ手段が少ないと答えた割合は、小規模企業とそれ以外の企業で何ポイント違いますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["小口貨物を運ぶ手段が少ない 31.0 46.4 19.7"],
         answer=["26.7ポイント"], computed=True,
         notes="(g) difference across a row: 46.4 − 19.7 = 26.7ポイント"),
    dict(question="従業員がちょうど20人の会社は、この調査では小規模企業として集計されていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["常時使用する従業員の数が20人以下の企業"], answer=["20人以下"],
         notes="definition 「小規模企業」とは、常時使用する従業員の数が20人以下の企業をいい (yes: 20 is included)"),
    dict(question="県内の空港を使って輸出している回答企業は、何社くらいありますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（３）柊空港", "利用企業数：37社"], answer=["37社"],
         notes="sibling sections （１）–（３） of ３ share the labels 利用企業数, 主な仕向地, 主な意見; （３）柊空港; "
               "148社 and 61社 are the siblings' values"),
    dict(question="令和６年度の調査で、国際宅配便などを主な輸送手段にしている企業は全部で何社ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["合計 326 202 66 58"], answer=["58"],
         notes="(f) 合計 row, column 国際宅配便等（社）"),
    # --- followups
    dict(question="それが食器のように食品ではない商品だと、上限はいくらですか？",
         category="followup", doc=HOJO_PDF, evidence=["包装・パッケージの改良 50 75 60 40"], answer=["40"],
         history=_turns("食品のパッケージを改良する費用は、いくらまで補助してもらえますか？",
                        "食品等の包装・パッケージの改良の上限額は60万円です[1]。"),
         notes="(a) the row from the history (包装・パッケージの改良), the other leaf 上限額（万円）／食品等以外"),
    dict(question="そのうち実際に補助金が出たのは何件ですか？",
         category="followup", doc=HOJO_PDF, evidence=["令和３年度 22 17 431"], answer=["17"],
         history=_turns("2021年度の申請は何件ありましたか？",
                        "2021年度（令和３年度）の申請件数は22件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付件数（件）"),
    dict(question="その月の通訳の依頼は何件でしたか？",
         category="followup", doc=KATSUDO_PDF, evidence=["12月 36 ８ 44"], answer=["８"],
         history=_turns("12月に交流員が受けた翻訳の依頼は何件ですか？",
                        "令和６年12月の翻訳の依頼は36件でした[1]。"),
         notes="(e) continuation page: the month from the history (12月), column 通訳（件）"),
    dict(question="そのうち航空便が中心の会社は何社ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["機械・部品 58 39 14 ５"], answer=["14"],
         history=_turns("機械・部品の業種からは何社が回答しましたか？",
                        "機械・部品の回答企業は58社でした[1]。"),
         notes="(f) the row from the history (機械・部品), column 航空貨物（社）"),
    dict(question="そこの電話番号は何番ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["電話：099-287-5400"], answer=["099-287-5400"],
         history=_turns("港の利用について相談できる窓口はありますか？",
                        "柊県港湾振興協会が港の利用相談を受け付けています[1]。"),
         notes="contact box of the survey report: the 協会's phone; the 班's phone 099-287-5310 and fax "
               "099-287-5319 are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で改良した商品は、その後どれくらい輸出が伸びましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives applications, grants and three cases, nothing on the exports after the grant",
         absent=["輸出額", "売上", "伸び率"]),
    dict(question="不採択になった申請には、どんな理由が多かったのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) gives 申請件数 and 交付件数 (41 and 33 in 令和６年度), not why the others were not granted",
         absent=["不採択", "採択されなかった"]),
    dict(question="2024年度の国際交流員１人当たりの報酬はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the 活動経費 (1,980万円: travel, training, materials), not the CIRs' pay",
         absent=["報酬", "給与", "月額", "年俸"]),
    dict(question="翻訳の依頼のうち、英語に訳したものは何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="requests are counted by year and by month only, not by language (a request into several languages "
               "counts once); the CIRs' languages are a near miss",
         absent=["言語別", "英訳"]),
    dict(question="回答企業にとって、物流にかかる費用は売上高の何％くらいを占めていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey asks about rising freight rates (運賃・料金の上昇, a share of firms), not costs against sales",
         absent=["売上高", "物流費", "物流コスト"]),
    dict(question="柊港から40フィートのコンテナを１本送ると、運賃はどのくらいかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="no freight rate is given (only the share of firms naming 運賃・料金の上昇; 柊港 is a sibling section)",
         absent=["フィート", "運賃の額", "１本当たり"]),
]
CATEGORY_COUNTS = {"hojo": 11, "katsudo": 10, "chosa": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("経費区分別の補助率と上限額", "申請と交付の推移", "輸出先別の交付実績", "主な活動の実績",
                       "月別の翻訳・通訳の依頼件数", "業種別の回答企業数と主な輸送手段", "輸出物流の課題（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


def _avg(total, n) -> Decimal:
    return half_up(Decimal(total) / Decimal(n), "0.1")


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h27q05": lambda g: _pct(g(B, "令和６年度", "交付件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h27q07": lambda g: f"{sum(g(C, n, '交付額（万円）', 2024) for n in ('台湾', '香港', 'シンガポール', 'タイ'))}万円",
    "h27q15": lambda g: f"{g(D, '翻訳の依頼（件）', '令和６年度', 2024) - g(D, '翻訳の依頼（件）', '令和４年度', 2022)}件",
    "h27q17": lambda g: f"{_avg(g(E, '合計', '通訳（件）', 2024), 12)}件",
    "h27q24": lambda g: _pct(g(F, "電子部品", "航空貨物（社）", 2024), g(F, "電子部品", "回答企業数（社）", 2024)),
    "h27q26": lambda g: f"{_dec(g(G, '小口貨物を運ぶ手段が少ない', '小規模企業', 2024)) - _dec(g(G, '小口貨物を運ぶ手段が少ない', 'それ以外の企業', 2024))}ポイント",
}
PREFIX_Q, PREFIX_T = "h27q", "h27t"

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (2, 3), KATSUDO_PDF: (2, 3), CHOSA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 180)
TABLE_QUESTIONS = 20  # at least, outside the followups
BEFORE_BREAK_ROWS = ("４月", "７月")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("11月", "12月", "２月", "合計")  # and after it
GROUP_SIZES = [("アジア", 4), ("北米", 2), ("欧州", 2)]  # (c): region cells and the rows they span
RECORD_COLUMNS = ["令和４年度", "令和５年度", "令和６年度"]  # (d): fiscal years as columns


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout27.py")
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


def printed_number(answer: str, text: str) -> bool:
    """The number of a computed answer (548万円 -> 548) occurs in `text` (NFKC, line breaks kept:
    table cells are one per line) as a number of its own."""
    m = re.match(r"-?[\d,]+(?:\.\d+)?", norm(answer))
    if not m:
        return False
    return bool(re.search(r"(?<![\d.,])" + re.escape(m.group(0)) + r"(?![\d]|\.\d)", text))


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    doc_raw = {n: nfkc("\n".join(p)) for n, p in pages.items()}
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
        if q.get("computed"):  # stronger than docgen's test: not even the bare number is printed
            for a in q["answer"]:
                if printed_number(a, doc_raw[q["doc"]]):
                    errors.append(f"{qid}: the number of the computed answer {a!r} is printed in its document")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout27.py")
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

    def adds_up(table, cols):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計"):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate; no cap above the company cap of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模事業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 rate below the 中小企業者 rate")
        if max(r["上限額（万円）／食品等"], r["上限額（万円）／食品等以外"]) > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the company cap of note ※２")
    # (b): applications at least the grants; grants and amounts grow every year
    b = t[B]
    if any(r["交付件数（件）"] > r["申請件数（件）"] for r in b.values()):
        errors.append(f"{B}: 交付件数 above 申請件数")
    for col in ("申請件数（件）", "交付件数（件）", "交付額（万円）"):
        ns = [b[r][col] for r in b]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    # (c): one grant per destination (note ※４), so its sums are (b)'s 令和６年度; no row above count × cap
    c = t[C]
    for ccol, bcol in (("交付件数（件）", "交付件数（件）"), ("交付額（万円）", "交付額（万円）")):
        if sum(r[ccol] for r in c.values()) != b["令和６年度"][bcol]:
            errors.append(f"{C}: the sum of {ccol} differs from 令和６年度 of {B}")
    for row, r in c.items():
        if r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP:
            errors.append(f"{C} / {row}: amount above count × company cap")
    # (d): the 令和６年度 column is (e)'s 合計
    d, e = t[D], t[E]
    for drow, ecol in (("翻訳の依頼（件）", "翻訳（件）"), ("通訳の依頼（件）", "通訳（件）")):
        if d[drow]["令和６年度"] != e["合計"][ecol]:
            errors.append(f"{D}: {drow} 令和６年度 differs from the 合計 of {E}")
    # (e): 合計 adds up; 計 is 翻訳 + 通訳 in every row
    adds_up(E, ("翻訳（件）", "通訳（件）", "計（件）"))
    if any(r["計（件）"] != r["翻訳（件）"] + r["通訳（件）"] for r in e.values()):
        errors.append(f"{E}: 計 is not 翻訳 + 通訳")
    # (f): 合計 adds up; the three modes make up each row; the total is the two size classes
    f = t[F]
    modes = ("海上コンテナ（社）", "航空貨物（社）", "国際宅配便等（社）")
    adds_up(F, ("回答企業数（社）",) + modes)
    for row, r in f.items():
        if sum(r[m] for m in modes) != r["回答企業数（社）"]:
            errors.append(f"{F} / {row}: the transport modes do not add up to 回答企業数")
    if f["合計"]["回答企業数（社）"] != sum(n for _s, n in SIZES):
        errors.append(f"{F}: 合計 differs from the two size classes")
    if any(p[1] > f["合計"]["回答企業数（社）"] for p in PORTS):
        errors.append(f"{F}: a port has more users than there are respondents")
    # (g): the per cents come from the counts (全体 over both size classes)
    n_all = sum(n for _s, n in SIZES)
    for name, a, bb in ISSUES:
        r = t[G][name]
        want = (pct1(a + bb, n_all), pct1(a, SIZES[0][1]), pct1(bb, SIZES[1][1]))
        if (_dec(r["全体"]), _dec(r["小規模企業"]), _dec(r["それ以外の企業"])) != want:
            errors.append(f"{G} / {name}: per cents differ from the counts")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    months = specs["months"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KATSUDO_PDF]) if header in norm(p)]
        if months.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("１月から３月は令和７年") not in norm(pages[KATSUDO_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※３ should follow the table on the continuation page")
    for key in ("rates", "grants", "dests", "record", "industries", "issues"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns, units from the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模事業者", "上限額（万円）／食品等", "上限額（万円）／食品等以外"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (c): a stub header 輸出先 over the row labels, rows grouped under 地域 cells spanning several rows,
    # each group label printed once, right before its first row
    dests = specs["dests"]
    if dests.header[0][:2] != ["地域", "輸出先"] or dests.label_col != 1:
        errors.append(f"{C}: expected the stub header 地域 | 輸出先 with the row labels in the second column")
    got = [(dests.rows[r0 - 1][0], r1 - r0 + 1) for (c0, r0), (c1, r1) in dests.spans if c0 == c1 == 0]
    if got != GROUP_SIZES or len(dests.spans) != len(GROUP_SIZES):
        errors.append(f"{C}: region spans {got}, expected {GROUP_SIZES}")
    if sum(bool(r[0]) for r in dests.rows) != len(GROUP_SIZES):
        errors.append(f"{C}: a region label is printed more than once")
    cpage = {g["page"] for g in gold if g["table"] == C}
    if len(cpage) == 1:
        ptext = norm(pages[HOJO_PDF][min(cpage) - 1])
        start, end = ptext.find(norm(C)), ptext.find(norm("※４"))
        body = ptext[start:end] if 0 <= start < end else ""
        for region, _n in GROUP_SIZES:
            if body.count(region) != 1:
                errors.append(f"{C}: region {region} appears {body.count(region)} times in the table text")
        i = 0
        for region, n in GROUP_SIZES:
            seq = region + "".join(norm("".join(dests.printed_row(j))) for j in range(i, i + n)).removeprefix(region)
            if seq not in body:
                errors.append(f"{C}: group {region} is not extracted as its label followed by its rows")
            i += n
    # (d): the columns are fiscal years (令和), the rows items with their unit in the label
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    dyears = sorted({(g["column"], g["fiscal_year"]) for g in gold if g["table"] == D})
    if dcols != RECORD_COLUMNS or dyears != sorted(zip(RECORD_COLUMNS, RECORD_YEARS)):
        errors.append(f"{D}: expected fiscal years as columns {RECORD_COLUMNS}, got {dcols} / {dyears}")
    if any(g["unit"] != bracket_unit(g["row"]) for g in gold if g["table"] == D) \
            or {g["unit"] for g in gold if g["table"] == D} != {"件", "回"}:
        errors.append(f"{D}: units should come from the row labels")
    # (f): a 合計 row last
    frows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == F))
    if frows[-1] != "合計":
        errors.append(f"{F}: expected a 合計 row last")
    # (g): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == G} != {"%"}:
        errors.append(f"{G}: expected per cents only")
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

    def contact(doc, want, what):
        got = re.findall(PHONE_RE, norm("\n".join(pages[doc])))
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}" in x and f"ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: the 班's phone and fax should share one line")

    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("輸出先：", "改良の内容：", "補助金の額："), [c[0] for c in CASES])
    n_all, amt_all = sum(r[2] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    if norm(f"延べ{n_all}件、{amt_all:,}万円") not in hj:
        errors.append("subsidy guide: the five-year totals in the prose differ from (b)")
    last = GRANT_YEARS[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に計{last[3]}万円") not in hj:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (b)")
    rows = dest_rows()
    if max(rows, key=lambda r: r[2])[1] != "台湾" or max(rows, key=lambda r: r[3])[1] != "台湾" \
            or sum(r[2] == max(x[2] for x in rows) for r in rows) != 1:
        errors.append("subsidy guide: 「台湾向けが件数、金額ともに最も多く」 does not hold")
    if 3 * sum(r[2] for r in rows if r[0] == "アジア") != 2 * sum(r[2] for r in rows):
        errors.append("subsidy guide: 「アジア向けが件数の３分の２」 does not hold")
    by_amount = [r[1] for r in sorted(rows, key=lambda r: -r[3])]
    by_count = [r[1] for r in sorted(rows, key=lambda r: -r[2])]
    if by_amount[:2] != ["台湾", "米国"] or by_count[1] != "香港":
        errors.append("subsidy guide: the ranking the second-largest question relies on does not hold")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, items, food in CASES:
        caps = sum(rates[x][3 if food else 4] for x in items)
        if int(amount.rstrip("万円")) > min(caps, COMPANY_CAP) or where not in {r[1] for r in rows}:
            errors.append(f"subsidy guide: case {head} does not fit its caps or the destinations")
    if re.findall(r"20\d\d年", hj) != ["2020年"]:
        errors.append("subsidy guide: only 2020年度 should be printed in Western form")
    for d in ("「輸出向け商品改良」とは", "「小規模事業者」とは", "「食品等」とは"):
        if norm(d) not in hj:
            errors.append(f"subsidy guide: the definition {d} is missing")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps_of(HOJO_PDF, "①②③④⑤⑥", "subsidy guide")
    contact(HOJO_PDF, ["099-281-4410", "099-281-4419", "099-281-4500"], "subsidy guide")

    kt = norm("\n".join(pages[KATSUDO_PDF]))
    siblings(kt, KATSUDO_PDF, ("出身国：", "着任：", "主な担当業務："), [x[0] for x in CIRS])
    rec = {r[0]: r[1:] for r in RECORD}
    if norm(f"翻訳が{rec['翻訳の依頼（件）'][2]}件、通訳が{rec['通訳の依頼（件）'][2]}件") not in kt:
        errors.append("activity report: the request counts in the prose differ from (d)")
    for k in ("翻訳の依頼（件）", "通訳の依頼（件）"):
        if list(rec[k]) != sorted(set(rec[k])):
            errors.append(f"activity report: 「いずれも３年続けて増えた」 does not hold for {k}")
    ev = rec["交流イベントへの協力（回）"]
    if not ev[2] < ev[1]:
        errors.append("activity report: note ※２ says 交流イベントへの協力 fell in 令和６年度")
    if norm(f"出前講座は{rec['出前講座（回）'][2]}回開き、延べ{KOZA_PEOPLE:,}人") not in kt \
            or not KOZA_SCHOOLS < rec["出前講座（回）"][2]:
        errors.append("activity report: the 出前講座 figures in the prose differ from (d)")
    for j in (1, 2):
        top = max(MONTHS, key=lambda m: m[j])
        if top[0] != 10 or sum(m[j] == top[j] for m in MONTHS) != 1:
            errors.append("activity report: 「10月は…翻訳、通訳ともに年間で最も多かった」 does not hold")
    since = {c[0].split("　")[0]: c[2] for c in CIRS}
    if since["ベトナム語担当"] != "令和５年８月" or not norm("令和４年度は、英語と中国語の国際交流員２人") in kt:
        errors.append("activity report: note ※１ and the sibling sections disagree on the Vietnamese CIR")
    if re.findall(r"20\d\d年", kt):
        errors.append("activity report: no Western year should be printed")
    for d in ("「国際交流員」とは", "「依頼件数」とは", "「出前講座」とは"):
        if norm(d) not in kt:
            errors.append(f"activity report: the definition {d} is missing")
    steps_of(KATSUDO_PDF, "①②③", "activity report")
    contact(KATSUDO_PDF, ["099-283-2210", "099-283-2219", "099-283-2300"], "activity report")

    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("利用企業数：", "主な仕向地：", "主な意見："), [p[0] for p in PORTS])
    total = respondents()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ch:
        errors.append("survey report: the response line differs from (f)")
    ranked = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[1])]
    if ranked[:3] != ["食料品", "機械・部品", "金属製品"]:
        errors.append("survey report: 「食料品…最も多く、機械・部品、金属製品が続いた」 does not hold")
    sea = sum(r[2] for r in INDUSTRIES)
    if norm(f"海上コンテナが{sea}社") not in ch or not 0.6 < sea / total < 0.65:
        errors.append("survey report: 「海上コンテナが…６割余り」 does not hold")
    n_all = sum(n for _s, n in SIZES)
    top = ISSUES[0]
    if any(r[1] + r[2] >= top[1] + top[2] for r in ISSUES[1:]) or pct1(top[1] + top[2], n_all) <= 70:
        errors.append("survey report: 「運賃・料金の上昇…最も多く、全体の７割を超えた」 does not hold")
    for name in ("輸出手続・書類作成の負担", "小口貨物を運ぶ手段が少ない"):
        r = next(x for x in ISSUES if x[0] == name)
        if pct1(r[1], SIZES[0][1]) - pct1(r[2], SIZES[1][1]) < 10:
            errors.append(f"survey report: 「それ以外の企業を大きく上回った」 does not hold for {name}")
    docs_row = next(x for x in ISSUES if x[0] == "輸出手続・書類作成の負担")
    if pct1(docs_row[1], SIZES[0][1]) <= 50:
        errors.append("survey report: 「輸出手続・書類作成の負担が５割を超え」 does not hold")
    if norm(f"回答企業のうち{SIZES[0][1]}社が該当した（それ以外の企業は{SIZES[1][1]}社）") not in ch:
        errors.append("survey report: the size classes in the definition differ from (g)")
    if re.findall(r"20\d\d年度", ch) or re.findall(r"20\d\d年", ch) != ["2024年"]:
        errors.append("survey report: only 2024年 (調査基準日) should be printed in Western form")
    for d in ("「輸出企業」とは", "「主な輸送手段」とは", "「小規模企業」とは"):
        if norm(d) not in ch:
            errors.append(f"survey report: the definition {d} is missing")
    steps_of(CHOSA_PDF, "①②③④", "survey report")
    contact(CHOSA_PDF, ["099-287-5310", "099-287-5319", "099-287-5400"], "survey report")
    # every phone number of the set is fictional (099-28x-xxxx); every mail address is @…example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-28x-xxxx")
        for mail in re.findall(r"[\w.-]+@[\w.-]+", text):
            if not mail.endswith("example.jp"):
                errors.append(f"{n}: mail address {mail} outside example.jp")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
