"""Build the 槙県 held-out set 30: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (槙県 and every town, port, airport, scheme, organisation, phone
number, address and figure). The documents are in three genres the earlier sets do not use: a
guide to a subsidy towards small firms' safety and crisis-management costs at their bases abroad
(中小企業海外安全対策支援補助金のご案内) with a two-level header grouping the rates and caps by firm
size, a yearly record (years as rows) and the grants by the country of the base with the fiscal
years as columns; the activity report of multilingual guidance sessions on the choice of high
school for children with foreign roots and their parents (多言語進路ガイダンス 活動報告書) with the
participants by town and an unruled table of a satisfaction survey; and the statistics report of
the foreign visitors entering through the prefecture's airport and ports
(外国人出入国者数の動向（統計調査結果）) with the entries by nationality grouped by region under a
stub header (a left cell spanning rows, two fiscal-year columns and a 前年度比（％） column) and
by month (a table continued over a page break without its header); see README.md beside this
file.

    python make_heldout30.py [OUTPUT_DIR]          # default: this file's directory

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

ANZEN_PDF = "maki_kaigai_anzen_taisaku_hojokin_annai_r7.pdf"
SHINRO_PDF = "maki_shinro_guidance_katsudo_hokoku_r6.pdf"
NYUKOKU_PDF = "maki_gaikokujin_shutsunyukokusha_doko_r6.pdf"
ALL_PDFS = (ANZEN_PDF, SHINRO_PDF, NYUKOKU_PDF)

UNITS = ("万円", "件", "人", "回", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-32\d-\d{4}"


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


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "槙県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: overseas safety subsidy guide
ANZEN = f"{PREF}中小企業海外安全対策支援補助金"
ANZEN_DEPT = f"{PREF} 商工観光部 国際ビジネス課"
CENTER = f"{PREF}海外ビジネス支援センター"
RATES = [  # 補助対象経費; 中小企業者: 補助率（％）, 上限額（万円）; 小規模企業者: 補助率（％）, 上限額（万円） (令和７年度)
    ("危機管理マニュアルの作成費用", 50, 30, 75, 40), ("安全対策研修の受講料", 50, 10, 75, 15),
    ("防犯設備の設置費用", 40, 60, 60, 80), ("緊急連絡システムの導入費用", 50, 20, 75, 30),
    ("現地警備サービスの利用料", 30, 50, 50, 60),
]
COMPANY_CAP = 100  # note ※２: 万円 per company and year
GRANT_YEARS = [  # 年度, 申請件数, 交付件数, 交付額（万円）
    (2020, 14, 11, 186), (2021, 20, 16, 254), (2022, 27, 22, 371), (2023, 35, 29, 502), (2024, 44, 37, 618),
]
BY_COUNTRY = [  # 拠点の所在国, 交付件数 令和４年度, 令和５年度, 令和６年度
    ("中国", 8, 9, 10), ("ベトナム", 5, 7, 9), ("タイ", 4, 5, 6), ("インドネシア", 2, 3, 5),
    ("フィリピン", 1, 2, 3), ("メキシコ", 1, 1, 2), ("その他", 1, 2, 2),
]
COUNTRY_YEARS = (2022, 2023, 2024)
CASES = [  # 見出し, 拠点の所在地, 補助対象とした経費, 交付額 (same labels in every sibling section)
    ("自動車部品製造業Ａ社（槙市）", "タイ（ラヨーン県）", "防犯設備の設置費用、緊急連絡システムの導入費用", "64万円"),
    ("食品加工業Ｂ社（潮見市）", "ベトナム（ホーチミン市）", "危機管理マニュアルの作成費用、安全対策研修の受講料", "33万円"),
    ("繊維製品製造業Ｃ社（千石町）", "インドネシア（ジャカルタ）", "現地警備サービスの利用料", "45万円"),
]


def era_fy(y: int) -> str:
    return f"令和{fw(y - 2018)}年度"


def anzen_specs():
    rates = TableSpec(
        key="rates", doc=ANZEN_PDF, title="補助対象経費別の補助率と上限額",
        header=[["補助対象経費", "中小企業者", "", "小規模企業者", ""],
                ["", "補助率（％）", "上限額（万円）", "補助率（％）", "上限額（万円）"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[54 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    years = TableSpec(
        key="grants", doc=ANZEN_PDF, title="交付実績の推移",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）"]],
        rows=[[era_fy(y), fw(a), fw(n), fw(m)] for y, a, n, m in GRANT_YEARS],
        col_widths=[32 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n] + [fw(v) for v in vs] for n, *vs in BY_COUNTRY]
    rows.append(["合計"] + [fw(sum(r[k] for r in BY_COUNTRY)) for k in (1, 2, 3)])
    bycountry = TableSpec(
        key="bycountry", doc=ANZEN_PDF, title="拠点所在国別の交付件数",
        header=[["拠点の所在国"] + [era_fy(y) for y in COUNTRY_YEARS]],
        rows=rows, col_widths=[40 * mm, 30 * mm, 30 * mm, 30 * mm], unit="件",
    )
    return rates, years, bycountry


def anzen_story(specs):
    rates, years, bycountry = specs
    n_all, amt_all = sum(r[2] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{ANZEN}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(ANZEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
海外に生産拠点や販売拠点を持つ県内の中小企業が、現地の治安の悪化、自然災害、感染症の流行などの危機に備えられるよう、危機管理マニュアルの作成、安全対策研修の受講、防犯設備の設置などの費用の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += lv_lines([
        ("補助事業名", ANZEN),
        ("補助対象者", "県内に本社を有する中小企業者で、海外拠点を有し、又は令和７年度中に海外拠点を設けるもの"),
        ("募集期間", "令和７年５月12日から令和８年１月16日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "900万円"),
        ("申請回数", "１社当たり年度内１回（複数の経費をまとめて申請できます）"),
    ], 0)
    st += paras("""
この案内において「海外拠点」とは、県内の中小企業者が海外に設けた現地法人、支店又は駐在員事務所をいいます。「駐在員等」とは、海外拠点に３か月以上継続して派遣される役員及び従業員をいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の中小企業者をいいます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額（１社当たり、経費ごと）は、事業者の規模によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用します。",
        f"※２ 補助金の額は、１社当たり年度内{COMPANY_CAP}万円を上限とします。千円未満の端数は切り捨てます。",
        "※３ 安全対策研修の受講料は、駐在員等と、海外拠点への派遣が決まっている役員及び従業員の分に限ります。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{CENTER}へ）",
        "② 交付申請（経費の契約又は発注の前に、申請書、見積書及び海外拠点の概要を提出）",
        "③ 交付決定の通知（申請から３週間程度）",
        "④ 安全対策の実施と経費の支払",
        "⑤ 実績報告（事業が完了した日から30日以内又は令和８年２月20日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("４　これまでの交付実績", H1)]
    st += paras(f"""
申請件数、交付件数ともに毎年増えており、令和６年度は{last[1]}件の申請に対し{last[2]}件、{last[3]}万円を交付しました。拠点の所在国別では、中国が各年度とも最も多く、ベトナムとインドネシアが年々増えています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(bycountry.title, "（単位：件）"), bycountry.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 「その他」は、インド、マレーシア、ブラジル等である。",
        "※５ 複数の国に拠点を持つ事業者は、補助の対象とした拠点の所在国で数えています。",
    ])
    st += [P("５　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("拠点の所在地", where), ("補助対象とした経費", what), ("交付額", amount)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("駐在員の家族が受ける安全対策研修の受講料も対象になりますか。",
         "対象になりません。対象は、駐在員等と、派遣が決まっている役員及び従業員の受講料に限ります。"),
        ("既に設置している防犯設備の修理費用も対象になりますか。",
         "対象になりません。補助の対象は、交付決定の後に新たに設置する設備の費用に限ります。"),
        ("防犯カメラを国内で購入して現地に送る場合、送料も対象になりますか。",
         "送料は対象になりません。現地での設置工事費は対象になります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ANZEN_DEPT} 海外展開支援班　電話：099-321-4610　ファクス：099-321-4619",
        f"{CENTER}（事前相談）　電話：099-321-4700",
        "電子メール：kaigai-anzen@example.jp",
    ]))
    return st


# ================================================================ document 2: multilingual guidance on high schools
SHINRO = "外国につながる子どものための多言語進路ガイダンス事業"
SHINRO_DEPT = f"{PREF}教育委員会 高校教育課"
KYOKAI = "公益財団法人槙県国際交流協会"
TOWNS = [  # 市町, 開催回数（回）, 生徒（人）, 保護者（人）, 通訳者（人） (令和６年度)
    ("槙市", 4, 86, 71, 14), ("潮見市", 3, 54, 47, 9), ("奥川市", 2, 31, 24, 6),
    ("青浦町", 1, 18, 15, 3), ("千石町", 2, 27, 19, 5), ("谷口町", 1, 12, 10, 2),
]
PREV_PARTICIPANTS = 351  # 令和５年度, 生徒と保護者の延べ
RESPONDENTS = (("生徒", 196), ("保護者", 163))  # ｎ of the survey
SURVEY = [  # 項目, 「満足」又は「やや満足」の回答数: 生徒, 保護者
    ("ガイダンス全体", 178, 152), ("高校の種類と入試の説明", 163, 141), ("通訳の分かりやすさ", 170, 155),
    ("個別相談", 149, 139), ("配布資料（多言語版）", 152, 118),
]
VENUES = [  # 見出し, 開催日, 生徒, 保護者, 相談の多かった内容 (same labels in every sibling section); town
    ("槙市会場（槙市国際交流センター）", "令和６年７月14日（日）", 31, 27, "公立高校の入試の仕組み、奨学金", "槙市"),
    ("潮見市会場（潮見市立中央公民館）", "令和６年10月６日（日）", 19, 16, "定時制高校、高校での日本語の授業", "潮見市"),
    ("千石町会場（千石町役場）", "令和６年11月24日（日）", 14, 9, "通学の方法、高校の入学に必要な費用", "千石町"),
]


def shinro_specs():
    rows = [[n] + [fw(v) for v in r] for n, *r in TOWNS]
    rows.append(["合計"] + [fw(sum(t[k] for t in TOWNS)) for k in (1, 2, 3, 4)])
    towns = TableSpec(
        key="towns", doc=SHINRO_PDF, title="市町別の参加状況",
        header=[["市町", "開催回数（回）", "生徒（人）", "保護者（人）", "通訳者（人）"]],
        rows=rows, col_widths=[30 * mm, 32 * mm, 30 * mm, 30 * mm, 30 * mm], table_fy=2024,
    )
    towns.unit = lambda row, c, s=towns: bracket_unit(s.column_label(c))
    n_s, n_p = RESPONDENTS[0][1], RESPONDENTS[1][1]
    survey = TableSpec(
        key="survey", doc=SHINRO_PDF, title="参加者アンケートの結果",
        header=[["項目", "全体", "生徒", "保護者"]],
        rows=[[n, cell(pct1(a + b, n_s + n_p)), cell(pct1(a, n_s)), cell(pct1(b, n_p))] for n, a, b in SURVEY],
        col_widths=[64 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return towns, survey


def shinro_story(specs):
    towns, survey = specs
    n_ses, n_st, n_pa = (sum(t[k] for t in TOWNS) for k in (1, 2, 3))
    n_s, n_p = RESPONDENTS[0][1], RESPONDENTS[1][1]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P("多言語進路ガイダンス 活動報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年４月", DATE_RIGHT), P(SHINRO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", SHINRO),
        ("実施主体", f"{PREF}教育委員会（県内６市町の教育委員会と共催）"),
        ("運営", f"{KYOKAI}（県教育委員会からの委託）"),
        ("対象", "県内の中学校に在籍する外国につながる生徒とその保護者"),
        ("実施期間", "令和６年６月から令和７年１月まで"),
        ("対応言語", "英語、中国語、ポルトガル語、スペイン語、ベトナム語、タガログ語、ネパール語"),
        ("事業費", "680万円"),
    ], 0)
    st += paras("""
この報告書において「外国につながる子ども」とは、外国籍の子どものほか、日本国籍であっても父母の一方又は双方が外国出身である子どもをいう。また、「進路相談員」とは、県教育委員会が委嘱し、ガイダンスの個別相談で高校の選び方や入試について助言する元教員をいう。
""", 0)
    st += [P("２　市町別の参加状況", H1)]
    st += paras(f"""
令和６年度は県内６市町で計{n_ses}回のガイダンスを開き、生徒{n_st}人、保護者{n_pa}人の延べ{n_st + n_pa}人が参加した。前年度（{PREV_PARTICIPANTS}人）に比べ{n_st + n_pa - PREV_PARTICIPANTS}人増えた。各会場には通訳ボランティアと進路相談員を配置し、説明の後に個別相談の時間を設けた。
""", 0)
    st += [caption(towns.title, "（令和６年度）"), towns.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 生徒と保護者の人数は延べ人数である。",
        "※２ 通訳者は、協会に登録した通訳ボランティアの延べ人数である。",
        "※３ 槙市の開催回数には、オンラインで開いた１回を含む。",
    ])
    st += [P("３　主な会場", H1)]
    for i, (head, when, s, p, what, _t) in enumerate(VENUES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", when), ("参加者数", f"生徒{fw(s)}人、保護者{fw(p)}人"), ("相談の多かった内容", what)], 1)
    st += [P("４　参加者の満足度", H1)]
    st += paras("""
「ガイダンス全体」に「満足」又は「やや満足」と答えた人は、生徒、保護者ともに９割を超えた。一方、保護者では「配布資料（多言語版）」の満足度が最も低く、資料が難しいという意見が多かった。
""", 0)
    st += [caption(survey.title, "（単位：％）"), survey.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 回答者は、全体{n_s + n_p}人、生徒{n_s}人、保護者{n_p}人である。数値は「満足」又は「やや満足」と答えた人の割合である。",
    ])
    st += [P("５　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、ガイダンスを開く市町を８市町に広げる。",
        "② 進路相談員を増やし、個別相談の待ち時間を短くする。",
        "③ 配布資料を見直し、やさしい日本語版を加える。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHINRO_DEPT} 進路指導班　電話：099-324-2810　ファクス：099-324-2819",
        f"{KYOKAI}（通訳ボランティアの登録）　電話：099-324-2900",
        "電子メール：shinro-guidance@example.jp",
    ]))
    return st


# ================================================================ document 3: foreign arrivals statistics
NYUKOKU_TITLE = "槙県の空港・港湾における外国人出入国者数の動向"
NYUKOKU_DEPT = f"{PREF} 政策企画部 統計調査課"
NATIONS = [  # 地域, 国籍・地域, 入国者数 令和５年度, 令和６年度
    ("アジア", "韓国", 48210, 61530), ("アジア", "台湾", 35480, 42170), ("アジア", "中国", 21060, 29840),
    ("アジア", "香港", 12350, 13020), ("アジア", "タイ", 6940, 8610), ("アジア", "ベトナム", 4120, 6380),
    ("アジア", "その他アジア", 5310, 6150),
    ("欧米豪・その他", "米国", 3870, 4460), ("欧米豪・その他", "欧州", 2950, 3390),
    ("欧米豪・その他", "オーストラリア", 1640, 1980), ("欧米豪・その他", "その他", 1090, 1270),
]
MONTHS = [  # 月, 空港（人）, 港湾（人）, うちクルーズ船客（人） (令和６年度)
    (4, 9820, 3120, 2210), (5, 10240, 5480, 4350), (6, 9310, 2960, 1980), (7, 11870, 4370, 3160),
    (8, 13450, 5910, 4520), (9, 10960, 4650, 3420), (10, 11520, 6240, 4870), (11, 10180, 4080, 2940),
    (12, 11740, 2170, 760), (1, 12630, 1860, 320), (2, 10390, 2030, 540), (3, 9350, 4470, 2180),
]
PORTS = [  # 見出し, 入国者数 令和５年度, 令和６年度, 主な路線・航路 (same labels in every sibling section)
    ("槙空港", 103280, 131460, "ソウル線（週14便）、台北線（週７便）、上海線（週４便）、香港線（週３便）"),
    ("潮見港", 33150, 39870, "クルーズ船（寄港58回）、上海航路（貨客船、週１便）"),
    ("北浦港", 6590, 7470, "釜山航路（高速船、１日２便）"),
]
DEPARTURES = 176930  # 出国者数 (令和６年度), prose only


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def nyukoku_specs():
    rows, spans, prev = [], [], None
    for i, (region, name, a, b) in enumerate(NATIONS):
        first = region != prev
        rows.append([region if first else "", name, fw(a), fw(b), cell(pct1(b, a))])
        if first:
            n = sum(1 for r in NATIONS if r[0] == region)
            spans.append(((0, 1 + i), (0, i + n)))
        prev = region
    ta, tb = sum(r[2] for r in NATIONS), sum(r[3] for r in NATIONS)
    rows.append(["", "合計", fw(ta), fw(tb), cell(pct1(tb, ta))])
    nations = TableSpec(
        key="nations", doc=NYUKOKU_PDF, title="国籍・地域別の入国者数",
        header=[["地域", "国籍・地域", "令和５年度（人）", "令和６年度（人）", "前年度比（％）"]],
        rows=rows, col_widths=[30 * mm, 34 * mm, 32 * mm, 32 * mm, 28 * mm], label_col=1, spans=spans,
        table_fy=2024, align_left_cols=(0,),
    )
    nations.unit = lambda row, c, s=nations: bracket_unit(s.column_label(c))
    mrows = [[month_label(m), fw(a), fw(p), fw(c)] for m, a, p, c in MONTHS]
    mrows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2, 3)])
    months = TableSpec(
        key="months", doc=NYUKOKU_PDF, title="月別の入国者数",
        header=[["月", "空港（人）", "港湾（人）", "うちクルーズ船客（人）"]],
        rows=mrows, col_widths=[28 * mm, 34 * mm, 34 * mm, 44 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    return nations, months


def nyukoku_story(specs):
    nations, months = specs
    ta, tb = sum(r[2] for r in NATIONS), sum(r[3] for r in NATIONS)
    st = [Spacer(1, 2 * mm), P("令和６年度 統計調査結果", SUBTITLE), P(NYUKOKU_TITLE, TITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(NYUKOKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の名称", f"{PREF}外国人出入国者統計調査"),
        ("調査の対象", "槙空港、潮見港及び北浦港から出入国した外国人"),
        ("対象期間", "令和６年４月から令和７年３月まで"),
        ("集計方法", "空港・港湾の管理者等から提供を受けた資料を基に、県が集計"),
    ], 0)
    st += paras("""
この調査において「入国者」とは、県内の空港又は港湾から日本に入国した外国人をいい、航空機及び船舶の乗員を除く。
""", 0)
    st += [P("２　国籍・地域別の入国者数", H1)]
    st += paras(f"""
令和６年度の入国者数は{tb:,}人で、前年度（{ta:,}人）に比べ{tb - ta:,}人（{pct1(tb - ta, ta)}％）増えた。韓国が最も多く、台湾、中国が続き、アジアが９割余りを占めた。
""", 0)
    st += [caption(nations.title, "（令和５年度・令和６年度）"), nations.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「欧州」は、英国、フランス、ドイツ等の計である。",
        "※２ 前年度比は、令和５年度に対する令和６年度の割合で、小数点以下第２位を四捨五入している。",
    ])
    st += [P("３　月別の入国者数", H1)]
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「空港」は槙空港、「港湾」は潮見港及び北浦港の計である。１月から３月は令和７年の数値である。",
        "※４ 「クルーズ船客」とは、クルーズ船で寄港し、船舶観光上陸許可を受けて上陸した外国人をいい、入国者に含める。",
    ])
    st += paras(f"""
空港は夏休みの８月、港湾はクルーズ船の寄港が集中した10月が、それぞれ年間で最も多かった。港湾の入国者の６割余りはクルーズ船客である。なお、令和６年度の出国者数は{DEPARTURES:,}人であった。
""", 0)
    st += [P("４　空港・港湾別の状況", H1)]
    for i, (head, a, b, routes) in enumerate(PORTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("入国者数", f"{b:,}人"), ("前年度比", f"{pct1(b, a)}％"), ("主な路線・航路", routes)], 1)
    st += [P("５　今後の取組", H1)]
    st += numbered([
        "① 航空会社、船会社と連携し、ソウル線と台北線の増便を働きかける。",
        "② クルーズ船の寄港が少ない冬季に向けて、船会社への誘致活動を強める。",
        "③ 次回の調査結果は、令和８年７月に公表する。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{NYUKOKU_DEPT} 人口統計班　電話：099-327-5510　ファクス：099-327-5519",
        f"{PREF} 観光交流局 国際観光課（路線・航路の誘致）　電話：099-327-6200",
        "電子メール：tokei-chosa@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return anzen_specs() + shinro_specs() + nyukoku_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    aspecs, sspecs, nspecs = anzen_specs(), shinro_specs(), nyukoku_specs()
    adoc = build_pdf(docs_dir / ANZEN_PDF, aspecs, anzen_story(aspecs),
                     f"令和７年度 {ANZEN}のご案内", "令和７年４月", ANZEN_DEPT)
    sdoc = build_pdf(docs_dir / SHINRO_PDF, sspecs, shinro_story(sspecs),
                     "令和６年度 多言語進路ガイダンス 活動報告書", "令和７年４月", SHINRO_DEPT)
    ndoc = build_pdf(docs_dir / NYUKOKU_PDF, nspecs, nyukoku_story(nspecs),
                     f"令和６年度 {NYUKOKU_TITLE}（統計調査結果）", "令和７年７月", NYUKOKU_DEPT)
    gold = all_gold({ANZEN_PDF: adoc.row_pages, SHINRO_PDF: sdoc.row_pages, NYUKOKU_PDF: ndoc.row_pages})
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
    # --- anzen: the overseas safety subsidy guide, tables (a) (b) (c), definitions, sibling sections, steps, Q&A
    dict(question="社員15人の卸売業の会社です。海外の事務所に防犯カメラを付けたいのですが、費用の何％が補助されますか？",
         category="anzen", doc=ANZEN_PDF,
         evidence=["商業・サービス業は５人", "防犯設備の設置費用 40 60 60 80"], answer=["40"],
         notes="two facts: a wholesaler is 商業, whose threshold is ５人, so 15人 is not a 小規模企業者 (definition in １, "
               "note ※１); (a) two-level header, leaf 中小企業者／補助率（％）; 60 (小規模企業者) is the trap, as is the "
               "manufacturing threshold 20人"),
    dict(question="社員６人の町工場です。海外の工場で社員の安否を確認する緊急連絡のシステムを入れたいのですが、補助の上限はいくらですか？",
         category="anzen", doc=ANZEN_PDF,
         evidence=["常時使用する従業員の数が20人", "緊急連絡システムの導入費用 50 20 75 30"], answer=["30"],
         notes="two facts: ６人 ≤ 20人 (製造業) makes the firm a 小規模企業者 (definition in １); (a) leaf "
               "小規模企業者／上限額（万円）; 20 (中小企業者) is the trap; the leaf labels repeat under both groups"),
    dict(question="2025年度に、従業員120人の部品メーカーが危機管理マニュアルを作ってもらう場合、費用の何％まで補助が出ますか？",
         category="anzen", doc=ANZEN_PDF,
         evidence=["常時使用する従業員の数が20人", "危機管理マニュアルの作成費用 50 30 75 40"], answer=["50"],
         notes="two facts: 120人 is above both thresholds, so the 中小企業者 group applies (note ※１); (a) leaf "
               "中小企業者／補助率（％）; 75 is the trap; 2025年度 = 令和７年度 (printed nowhere)"),
    dict(question="2022年度は、この補助金に何件の申込みがありましたか？",
         category="anzen", doc=ANZEN_PDF, evidence=["令和４年度 27 22 371"], answer=["27"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 申請件数（件）; "
               "22 (交付件数) is the trap"),
    dict(question="令和６年度に申請した会社のうち、実際に補助金を受けられたのはどのくらいの割合ですか？",
         category="anzen", doc=ANZEN_PDF, evidence=["令和６年度 44 37 618"], answer=["84.1%"], computed=True,
         notes="(b) share within a row: 37 / 44 = 84.1 %"),
    dict(question="2023年度は、補助金１件当たりの交付額は平均でどれくらいでしたか？",
         category="anzen", doc=ANZEN_PDF, evidence=["令和５年度 35 29 502"], answer=["17.3万円"], computed=True,
         notes="(b) average in a row: 502 / 29 = 17.31 → 17.3万円 (not 502 / 35, the applications)"),
    dict(question="令和５年度、ベトナムに拠点を置く会社への交付は何件でしたか？",
         category="anzen", doc=ANZEN_PDF, evidence=["ベトナム ５ ７ ９"], answer=["７"],
         notes="(c) fiscal years as columns: column 令和５年度; ５ and ９ (the neighbouring years) are the traps"),
    dict(question="ホーチミンに工場がある食品会社の事例では、補助金はいくら出ていますか？",
         category="anzen", doc=ANZEN_PDF, evidence=["食品加工業Ｂ社", "交付額：33万円"], answer=["33万円"],
         notes="sibling sections （１）–（３） of ５ share the labels 拠点の所在地, 補助対象とした経費, 交付額; "
               "（２）食品加工業Ｂ社 (ホーチミン市 is in its 拠点の所在地); 64万円 and 45万円 are the siblings' values"),
    dict(question="申請書を出してから、交付が決まったという通知が届くまでの目安は？",
         category="anzen", doc=ANZEN_PDF, evidence=["交付決定の通知（申請から３週間程度）"], answer=["３週間程度"],
         notes="procedure step ③; the 30日以内 of step ⑤ is a near miss"),
    dict(question="防犯カメラを日本で買って海外の拠点に送るつもりです。送る費用も補助に含まれますか？",
         category="anzen", doc=ANZEN_PDF, evidence=["送料は対象になりません"], answer=["送料は対象になりません"],
         notes="Q&A: Ａ of Ｑ３ (no; the installation on site is covered)"),
    dict(question="２か月だけ現地の工場へ応援に行く社員は、「駐在員等」に当たりますか？",
         category="anzen", doc=ANZEN_PDF, evidence=["海外拠点に３か月以上継続して派遣される"], answer=["３か月以上"],
         notes="definition 「駐在員等」とは、海外拠点に３か月以上継続して派遣される役員及び従業員をいいます (no: "
               "two months is below the boundary)"),
    # --- shinro: the guidance report, tables (d) (e), a definition, sibling sections
    dict(question="2024年度の外国ルーツの中学生向け進路ガイダンスには、全体でどれだけの予算が使われましたか？",
         category="shinro", doc=SHINRO_PDF, evidence=["事業費：680万円"], answer=["680万円"],
         notes="「label：value」 line 事業費 (no Western fiscal year is printed: 2024年度 = 令和６年度)"),
    dict(question="奥川市で開いたガイダンスに来た保護者は何人ですか？",
         category="shinro", doc=SHINRO_PDF, evidence=["奥川市 ２ 31 24 ６"], answer=["24"],
         notes="(d) column 保護者（人）; 31 (生徒) is the trap"),
    dict(question="青浦町の会場には、通訳のボランティアが何人入りましたか？",
         category="shinro", doc=SHINRO_PDF, evidence=["青浦町 １ 18 15 ３"], answer=["３"],
         notes="(d) column 通訳者（人） (note ※２: 通訳ボランティア, counted per visit)"),
    dict(question="槙市では、ガイダンス１回につき生徒が平均何人来ましたか？",
         category="shinro", doc=SHINRO_PDF, evidence=["槙市 ４ 86 71 14"], answer=["21.5人"], computed=True,
         notes="(d) average in a row: 86 / 4 = 21.5人 (note ※３: one of the four was online)"),
    dict(question="ガイダンスの参加者全体のうち、保護者は何割くらいを占めていましたか？",
         category="shinro", doc=SHINRO_PDF, evidence=["合計 13 228 186 39"], answer=["44.9%"], computed=True,
         notes="(d) share within the 合計 row: 186 / (228 + 186) = 44.9 % (the prose prints 延べ414人)"),
    dict(question="通訳の説明が分かりやすかったと答えた保護者の割合は？",
         category="shinro", doc=SHINRO_PDF, evidence=["通訳の分かりやすさ 90.5 86.7 95.1"], answer=["95.1"],
         notes="(e) unruled table, column 保護者; 86.7 (生徒) and 90.5 (全体) are traps"),
    dict(question="配られた多言語の資料について、満足した割合は生徒と保護者でどれだけ開きがありますか？",
         category="shinro", doc=SHINRO_PDF, evidence=["配布資料（多言語版） 75.2 77.6 72.4"], answer=["5.2ポイント"],
         computed=True, notes="(e) difference across a row: 77.6 − 72.4 = 5.2ポイント"),
    dict(question="10月に潮見で開いた回には、保護者が何人参加しましたか？",
         category="shinro", doc=SHINRO_PDF, evidence=["潮見市会場", "参加者数：生徒19人、保護者16人"], answer=["16人"],
         notes="sibling sections （１）–（３） of ３ share the labels 開催日, 参加者数, 相談の多かった内容; "
               "（２）潮見市会場; (d)'s 潮見市 row (47, three sessions) is a near miss"),
    dict(question="日本国籍で、お母さんがフィリピン出身の中学生も、このガイダンスの対象に入りますか？",
         category="shinro", doc=SHINRO_PDF, evidence=["日本国籍であっても父母の一方又は双方が外国出身"],
         answer=["父母の一方又は双方が外国出身"],
         notes="definition 「外国につながる子ども」とは…日本国籍であっても父母の一方又は双方が外国出身である子どもをいう (yes)"),
    # --- nyukoku: the arrivals statistics, tables (f) (g), a definition, sibling sections
    dict(question="2023年度に台湾から入国した外国人は何人でしたか？",
         category="nyukoku", doc=NYUKOKU_PDF, evidence=["台湾 35,480 42,170 118.9"], answer=["35,480"],
         notes="(f) fiscal-year column 令和５年度（人）: 2023年度 = 令和５年度 (no Western year is printed); "
               "42,170 (令和６年度) is the trap"),
    dict(question="香港からの入国者は、前の年度に比べて何％の水準でしたか？",
         category="nyukoku", doc=NYUKOKU_PDF, evidence=["香港 12,350 13,020 105.4"], answer=["105.4"],
         notes="(f) column 前年度比（％）"),
    dict(question="前年度からの伸び率で見ると、２番目に大きく伸びた国・地域はどこですか？",
         category="nyukoku", doc=NYUKOKU_PDF, evidence=["中国 21,060 29,840 141.7"], answer=["中国"],
         notes="(f) ranking in the column 前年度比（％）: ベトナム 154.9, 中国 141.7, 韓国 127.6 (台湾 is second by "
               "入国者数, the trap)"),
    dict(question="2024年度の入国者全体のうち、韓国籍の人の占める割合はどのくらいですか？",
         category="nyukoku", doc=NYUKOKU_PDF, evidence=["韓国 48,210 61,530 127.6", "合計 143,020 178,800 125.0"],
         answer=["34.4%"], computed=True,
         notes="(f) share of the 合計: 61,530 / 178,800 = 34.4 % (127.6 is the 前年度比, a trap; 2024年度 = 令和６年度)"),
    dict(question="ベトナムからの入国者は、令和５年度から何人増えましたか？",
         category="nyukoku", doc=NYUKOKU_PDF, evidence=["ベトナム 4,120 6,380 154.9"], answer=["2,260人"], computed=True,
         notes="(f) difference across a row: 6,380 − 4,120 = 2,260人"),
    dict(question="2025年２月に空港から入国した外国人は何人でしたか？",
         category="nyukoku", doc=NYUKOKU_PDF, evidence=["２月 10,390 2,030 540"], answer=["10,390"],
         notes="(g) continuation page (no header there): row ２月, column 空港（人）; note ※３ says １月–３月 are 令和７年"),
    dict(question="令和６年８月に、空港と港を合わせて何人の外国人が入国しましたか？",
         category="nyukoku", doc=NYUKOKU_PDF, evidence=["８月 13,450 5,910 4,520"], answer=["19,360人"], computed=True,
         notes="(g) sum across a row: 13,450 + 5,910 = 19,360人 (4,520 クルーズ船客 is part of the 港湾 figure)"),
    dict(question="釜山との間に高速船が出ている港では、入国者は何人でしたか？",
         category="nyukoku", doc=NYUKOKU_PDF, evidence=["（３）北浦港", "入国者数：7,470人"], answer=["7,470人"],
         notes="sibling sections （１）–（３） of ３ share the labels 入国者数, 前年度比, 主な路線・航路; （３）北浦港 "
               "(釜山航路（高速船）); 131,460人 and 39,870人 are the siblings' values"),
    dict(question="クルーズ船の乗組員も、この統計の入国者数に含まれていますか？",
         category="nyukoku", doc=NYUKOKU_PDF, evidence=["航空機及び船舶の乗員を除く"], answer=["乗員を除く"],
         notes="definition 「入国者」とは…航空機及び船舶の乗員を除く (no); クルーズ船客 (passengers) are included, "
               "a near miss"),
    # --- followups
    dict(question="それが小規模企業者だったら、上限はいくらになりますか？",
         category="followup", doc=ANZEN_PDF, evidence=["防犯設備の設置費用 40 60 60 80"], answer=["80"],
         history=_turns("中小企業者が海外拠点に防犯設備を設置する場合、補助の上限額はいくらですか？",
                        "中小企業者の上限額は60万円です[1]。"),
         notes="(a) the row from the history (防犯設備の設置費用), the other group: 小規模企業者／上限額（万円）"),
    dict(question="その次の年度はどうでしたか？",
         category="followup", doc=ANZEN_PDF, evidence=["タイ ４ ５ ６"], answer=["５"],
         history=_turns("2022年度にタイに拠点がある会社への交付は何件でしたか？",
                        "2022年度（令和４年度）は４件でした[1]。"),
         notes="(c) the row from the history (タイ), the next column: 令和５年度 (2023年度)"),
    dict(question="そこのファクス番号を教えてください。",
         category="followup", doc=ANZEN_PDF, evidence=["ファクス：099-321-4619"], answer=["099-321-4619"],
         history=_turns("この安全対策の補助金の担当はどこの課ですか？",
                        "槙県 商工観光部 国際ビジネス課（海外展開支援班）です[1]。"),
         notes="contact box of the guide: the 班's fax; its phone 099-321-4610 and the センター's 099-321-4700 are the "
               "near misses"),
    dict(question="そこに参加した生徒は、延べで何人でしたか？",
         category="followup", doc=SHINRO_PDF, evidence=["千石町 ２ 27 19 ５"], answer=["27"],
         history=_turns("千石町ではガイダンスを何回開きましたか？",
                        "千石町では２回開きました[1]。"),
         notes="(d) the row from the history (千石町), column 生徒（人）; the sibling （３）千石町会場 (生徒14人, one "
               "session) is a near miss"),
    dict(question="それは前年度と比べると何％になりますか？",
         category="followup", doc=NYUKOKU_PDF, evidence=["タイ 6,940 8,610 124.1"], answer=["124.1"],
         history=_turns("令和６年度にタイから入国した人は何人でしたか？",
                        "令和６年度のタイからの入国者は8,610人でした[1]。"),
         notes="(f) the row from the history (タイ), column 前年度比（％）; the guide's table of grants by country also "
               "has a タイ row, a near miss of another document"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使った会社のうち、現地で実際に被害に遭ったところはどれくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives grants by year and by country, nothing on incidents suffered",
         absent=["被害", "事件"]),
    dict(question="令和７年度の申請は、今の時点で何件くらい来ていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the 予算額 and the record up to 令和６年度, not the applications received so far",
         absent=["受付件数", "受付状況"]),
    dict(question="ガイダンスに参加した生徒のうち、志望した高校に受かったのは何人ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report counts participants and satisfaction, not the entrance results",
         absent=["合格", "進学率"]),
    dict(question="ガイダンスに来た子どもの国籍で、いちばん多いのはどこですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the languages offered and the participants by town only (国籍・地域 is a table of "
               "the statistics report, a near miss of another document)",
         absent=["国籍別", "参加者の国籍", "生徒の国籍"]),
    dict(question="2024年度に入国した外国人が、県内でどのくらいお金を使ったか分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the statistics report counts entries only, not spending",
         absent=["消費", "支出"]),
    dict(question="入国した人のうち、観光で来た人と仕事で来た人はそれぞれ何割ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="entries are given by nationality, month and entry point, not by purpose (クルーズ船客 is a near miss)",
         absent=["目的別", "観光目的", "商用", "入国目的"]),
]
CATEGORY_COUNTS = {"anzen": 11, "shinro": 9, "nyukoku": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h30q", "h30t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("補助対象経費別の補助率と上限額", "交付実績の推移", "拠点所在国別の交付件数", "市町別の参加状況",
                       "参加者アンケートの結果", "国籍・地域別の入国者数", "月別の入国者数")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


def _avg(x, y, unit) -> str:
    return f"{half_up(Decimal(x) / Decimal(y), '0.1')}{unit}"


COMPUTED_BY_QUESTION = {  # question text -> the answer string, computed from gold cells
    "令和６年度に申請した会社のうち、実際に補助金を受けられたのはどのくらいの割合ですか？":
        lambda g: _pct(g(B, "令和６年度", "交付件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "2023年度は、補助金１件当たりの交付額は平均でどれくらいでしたか？":
        lambda g: _avg(g(B, "令和５年度", "交付額（万円）", 2023), g(B, "令和５年度", "交付件数（件）", 2023), "万円"),
    "槙市では、ガイダンス１回につき生徒が平均何人来ましたか？":
        lambda g: _avg(g(D, "槙市", "生徒（人）", 2024), g(D, "槙市", "開催回数（回）", 2024), "人"),
    "ガイダンスの参加者全体のうち、保護者は何割くらいを占めていましたか？":
        lambda g: _pct(g(D, "合計", "保護者（人）", 2024), g(D, "合計", "生徒（人）", 2024) + g(D, "合計", "保護者（人）", 2024)),
    "配られた多言語の資料について、満足した割合は生徒と保護者でどれだけ開きがありますか？":
        lambda g: f"{_dec(g(E, '配布資料（多言語版）', '生徒', 2024)) - _dec(g(E, '配布資料（多言語版）', '保護者', 2024))}ポイント",
    "2024年度の入国者全体のうち、韓国籍の人の占める割合はどのくらいですか？":
        lambda g: _pct(g(F, "韓国", "令和６年度（人）", 2024), g(F, "合計", "令和６年度（人）", 2024)),
    "ベトナムからの入国者は、令和５年度から何人増えましたか？":
        lambda g: f"{g(F, 'ベトナム', '令和６年度（人）', 2024) - g(F, 'ベトナム', '令和５年度（人）', 2023):,}人",
    "令和６年８月に、空港と港を合わせて何人の外国人が入国しましたか？":
        lambda g: f"{g(G, '８月', '空港（人）', 2024) + g(G, '８月', '港湾（人）', 2024):,}人",
}
COMPUTED = {f"{PREFIX_Q}{i:02d}": COMPUTED_BY_QUESTION[q["question"]]
            for i, q in enumerate(QUESTIONS, 1) if q["question"] in COMPUTED_BY_QUESTION}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {ANZEN_PDF: (2, 3), SHINRO_PDF: (2, 3), NYUKOKU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 190)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("４月", "５月")  # rows of (g) expected before the page break
CONTINUED_ROWS = ("２月", "３月", "合計")  # and after it
STUB_HEADER = "国籍・地域"  # (f): the header cell printed over the row labels
GROUPS = ("アジア", "欧米豪・その他")  # (f): the region cells, each spanning its rows


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout30.py")
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
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the second-largest question: its answer is second in its column, and the first is another row
    f = {g["row"]: g["number"] for g in gold if g["table"] == F and g["column"] == "前年度比（％）" and g["row"] != "合計"}
    ranked = sorted(f, key=lambda r: -f[r])
    if ranked[1] != "中国" or f[ranked[0]] == f[ranked[1]] or f[ranked[1]] == f[ranked[2]]:
        errors.append(f"{F}: 中国 should be the clear second by 前年度比 ({ranked[:3]})")
    b = {g["row"]: g["number"] for g in gold if g["table"] == F and g["column"] == "令和６年度（人）" and g["row"] != "合計"}
    if sorted(b, key=lambda r: -b[r])[1] == "中国":
        errors.append(f"{F}: 中国 should not also be second by 入国者数 (the trap)")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout30.py")
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

    # (a): small firms get at least the general rate and cap; no cap above the company cap
    for row, r in t[A].items():
        if r["小規模企業者／補助率（％）"] < r["中小企業者／補助率（％）"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["小規模企業者／上限額（万円）"] < r["中小企業者／上限額（万円）"]:
            errors.append(f"{A} / {row}: 小規模企業者 cap below the 中小企業者 cap")
        if r["小規模企業者／上限額（万円）"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the company cap of note ※２")
    # (b): growing counts; grants within applications
    b = t[B]
    for col in ("申請件数（件）", "交付件数（件）"):
        ns = [b[r][col] for r in b]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    if any(r["交付件数（件）"] > r["申請件数（件）"] for r in b.values()):
        errors.append(f"{B}: 交付件数 above 申請件数")
    # (c): 合計 adds up and equals (b)'s 交付件数 of each fiscal-year column
    adds_up(C, [era_fy(y) for y in COUNTRY_YEARS])
    for y in COUNTRY_YEARS:
        if t[C]["合計"][era_fy(y)] != b[era_fy(y)]["交付件数（件）"]:
            errors.append(f"{C}: 合計 of {era_fy(y)} differs from {B}")
    # (d): 合計 adds up
    adds_up(D, ("開催回数（回）", "生徒（人）", "保護者（人）", "通訳者（人）"))
    # (e): per cents from the counts (全体 over both groups)
    n_s, n_p = RESPONDENTS[0][1], RESPONDENTS[1][1]
    for name, a, bb in SURVEY:
        r = t[E][name]
        want = (pct1(a + bb, n_s + n_p), pct1(a, n_s), pct1(bb, n_p))
        if (_dec(r["全体"]), _dec(r["生徒"]), _dec(r["保護者"])) != want:
            errors.append(f"{E} / {name}: per cents differ from the counts")
    # (f): 合計 adds up; 前年度比 is each row's ratio; the siblings and (g) give the same totals
    f = t[F]
    adds_up(F, ("令和５年度（人）", "令和６年度（人）"))
    for row, r in f.items():
        if _dec(r["前年度比（％）"]) != pct1(r["令和６年度（人）"], r["令和５年度（人）"]):
            errors.append(f"{F} / {row}: 前年度比 is not 令和６年度 / 令和５年度")
    if f["合計"]["令和５年度（人）"] != sum(p[1] for p in PORTS) or f["合計"]["令和６年度（人）"] != sum(p[2] for p in PORTS):
        errors.append(f"{F}: 合計 differs from the three sibling sections")
    g = t[G]
    adds_up(G, ("空港（人）", "港湾（人）", "うちクルーズ船客（人）"))
    if g["合計"]["空港（人）"] + g["合計"]["港湾（人）"] != f["合計"]["令和６年度（人）"]:
        errors.append(f"{G}: 空港 + 港湾 differs from {F}'s 令和６年度 合計")
    if g["合計"]["空港（人）"] != PORTS[0][2] or g["合計"]["港湾（人）"] != PORTS[1][2] + PORTS[2][2]:
        errors.append(f"{G}: 空港 / 港湾 differ from the sibling sections (note ※３)")
    if any(r["うちクルーズ船客（人）"] > r["港湾（人）"] for r in g.values()):
        errors.append(f"{G}: うちクルーズ船客 above 港湾")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    months = specs["months"]
    bp = sorted({g["page"] for g in gold if g["table"] == G})
    if len(bp) != 2:
        errors.append(f"{G} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(pages[NYUKOKU_PDF]) if header in norm(p)]
        if months.repeat_header or on != bp[:1]:
            errors.append(f"{G}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {x["row"] for x in gold if x["table"] == G and x["page"] == bp[0]}
        cont = {x["row"] for x in gold if x["table"] == G and x["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{G}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{G}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("１月から３月は令和７年") not in norm(pages[NYUKOKU_PDF][bp[1] - 1]):
            errors.append(f"{G}: note ※３ should follow the table on the continuation page")
    for key in ("rates", "grants", "bycountry", "towns", "survey", "nations"):
        tp = {x["page"] for x in gold if x["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["survey"].ruled or not all(s.ruled for k, s in specs.items() if k != "survey"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with the leaves repeated under both groups
    cols = list(dict.fromkeys(x["column"] for x in gold if x["table"] == A))
    want = ["中小企業者／補助率（％）", "中小企業者／上限額（万円）", "小規模企業者／補助率（％）", "小規模企業者／上限額（万円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {x["unit"] for x in gold if x["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the leaf headers")
    # (b): years as rows
    if [x["fiscal_year"] for x in gold if x["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (c): fiscal years as columns
    ccols = list(dict.fromkeys((x["column"], x["fiscal_year"]) for x in gold if x["table"] == C))
    if ccols != [(era_fy(y), y) for y in COUNTRY_YEARS]:
        errors.append(f"{C}: expected the fiscal years as columns, got {ccols}")
    # (f): a stub header over the row labels and region cells spanning their rows, printed once
    nat = specs["nations"]
    if nat.header[0][nat.label_col] != STUB_HEADER or nat.label_col != 1:
        errors.append(f"{F}: expected the stub header {STUB_HEADER} over the row labels")
    group_cells = [r[0] for r in nat.rows if r[0]]
    spans = [s for s in nat.spans if s[0][0] == 0 and s[1][0] == 0 and s[1][1] > s[0][1]]
    if tuple(group_cells) != GROUPS or len(spans) != len(GROUPS):
        errors.append(f"{F}: expected the region cells {GROUPS}, each spanning its rows, got {group_cells}")
    fpage = {x["page"] for x in gold if x["table"] == F}
    if len(fpage) == 1:
        ptext = norm(pages[NYUKOKU_PDF][min(fpage) - 1])
        if norm("地域国籍・地域令和５年度（人）令和６年度（人）前年度比（％）") not in ptext:
            errors.append(f"{F}: the header with its stub is not on the table's page")
        if norm("アジア韓国48,21061,530") not in ptext or norm("欧米豪・その他米国3,870") not in ptext:
            errors.append(f"{F}: the region cells do not come out before their first row")
    if norm("\n".join(pages[NYUKOKU_PDF])).count(norm(GROUPS[1])) != 1:
        errors.append(f"{F}: the region label {GROUPS[1]} should be printed once")
    fcols = list(dict.fromkeys(x["column"] for x in gold if x["table"] == F))
    if fcols != ["令和５年度（人）", "令和６年度（人）", "前年度比（％）"]:
        errors.append(f"{F}: expected two fiscal-year columns and a 前年度比（％） column, got {fcols}")
    # (e): per cents only, unit from the caption note
    if {x["unit"] for x in gold if x["table"] == E} != {"%"}:
        errors.append(f"{E}: expected per cents only")
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

    def phones(doc, want, what):
        got = re.findall(PHONE_RE, norm("\n".join(pages[doc])))
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        raw = "\n".join(pages[doc]).splitlines()
        if not any(want[0] in x and want[1] in x and "ファクス" in x for x in raw):
            errors.append(f"{what}: phone and fax should share one line")

    an = norm("\n".join(pages[ANZEN_PDF]))
    siblings(an, ANZEN_PDF, ("拠点の所在地：", "補助対象とした経費：", "交付額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in GRANT_YEARS)}件、{sum(r[3] for r in GRANT_YEARS):,}万円") not in an:
        errors.append("subsidy guide: the five-year totals in the prose differ from (b)")
    last = GRANT_YEARS[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対し{last[2]}件、{last[3]}万円") not in an:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (b)")
    for k in (1, 2, 3):
        if max(BY_COUNTRY, key=lambda r: r[k])[0] != "中国" or sorted(r[k] for r in BY_COUNTRY)[-2] == BY_COUNTRY[0][k]:
            errors.append("subsidy guide: 「中国が各年度とも最も多く」 does not hold")
    for name in ("ベトナム", "インドネシア"):
        r = next(x for x in BY_COUNTRY if x[0] == name)
        if not r[1] < r[2] < r[3]:
            errors.append(f"subsidy guide: 「{name}…年々増えて」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, _where, what, amount in CASES:
        caps = sum(rates[x][4] for x in what.split("、"))
        if int(amount.rstrip("万円")) > min(caps, COMPANY_CAP):
            errors.append(f"subsidy guide: case {head} gets more than its caps allow")
    if re.findall(r"20\d\d年度", an) != ["2020年度"]:
        errors.append("subsidy guide: only 2020年度 should be printed in Western form")
    for d in ("「海外拠点」とは", "「駐在員等」とは", "「小規模企業者」とは"):
        if norm(d) not in an:
            errors.append(f"subsidy guide: the definition {d} is missing")
    raw = "\n".join(pages[ANZEN_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps_of(ANZEN_PDF, "①②③④⑤⑥", "subsidy guide")
    phones(ANZEN_PDF, ["099-321-4610", "099-321-4619", "099-321-4700"], "subsidy guide")

    sh = norm("\n".join(pages[SHINRO_PDF]))
    siblings(sh, SHINRO_PDF, ("開催日：", "参加者数：", "相談の多かった内容："), [v[0] for v in VENUES])
    n_ses, n_st, n_pa = (sum(t[k] for t in TOWNS) for k in (1, 2, 3))
    if norm(f"計{n_ses}回のガイダンスを開き、生徒{n_st}人、保護者{n_pa}人の延べ{n_st + n_pa}人") not in sh:
        errors.append("guidance report: the totals in the prose differ from (d)")
    if norm(f"前年度（{PREV_PARTICIPANTS}人）に比べ{n_st + n_pa - PREV_PARTICIPANTS}人増え") not in sh:
        errors.append("guidance report: the change over the year in the prose is wrong")
    towns = {t[0]: t for t in TOWNS}
    for head, _w, s, p, _what, town in VENUES:
        if s > towns[town][2] or p > towns[town][3] or not head.startswith(town):
            errors.append(f"guidance report: sibling {head} does not fit its town")
    n_s, n_p = RESPONDENTS[0][1], RESPONDENTS[1][1]
    whole = SURVEY[0]
    if pct1(whole[1], n_s) <= 90 or pct1(whole[2], n_p) <= 90:
        errors.append("guidance report: 「生徒、保護者ともに９割を超えた」 does not hold")
    if min(SURVEY, key=lambda r: r[2] / n_p)[0] != "配布資料（多言語版）":
        errors.append("guidance report: 「保護者では…配布資料…最も低く」 does not hold")
    if re.findall(r"20\d\d年", sh):
        errors.append("guidance report: no Western year should be printed")
    for d in ("「外国につながる子ども」とは", "「進路相談員」とは"):
        if norm(d) not in sh:
            errors.append(f"guidance report: the definition {d} is missing")
    steps_of(SHINRO_PDF, "①②③", "guidance report")
    phones(SHINRO_PDF, ["099-324-2810", "099-324-2819", "099-324-2900"], "guidance report")

    ny = norm("\n".join(pages[NYUKOKU_PDF]))
    siblings(ny, NYUKOKU_PDF, ("入国者数：", "前年度比：", "主な路線・航路："), [p[0] for p in PORTS])
    ta, tb = sum(r[2] for r in NATIONS), sum(r[3] for r in NATIONS)
    if norm(f"入国者数は{tb:,}人で、前年度（{ta:,}人）に比べ{tb - ta:,}人（{pct1(tb - ta, ta)}％）増えた") not in ny:
        errors.append("statistics report: the totals in the prose differ from (f)")
    ranked = [r[1] for r in sorted(NATIONS, key=lambda r: -r[3])]
    if ranked[:3] != ["韓国", "台湾", "中国"]:
        errors.append("statistics report: 「韓国が最も多く、台湾、中国が続いた」 does not hold")
    asia = sum(r[3] for r in NATIONS if r[0] == "アジア") / tb
    if not 0.9 < asia < 0.95:
        errors.append("statistics report: 「アジア…９割余り」 does not hold")
    if max(MONTHS, key=lambda m: m[1])[0] != 8 or max(MONTHS, key=lambda m: m[2])[0] != 10 \
            or sum(m[1] == 13450 for m in MONTHS) != 1 or sum(m[2] == 6240 for m in MONTHS) != 1:
        errors.append("statistics report: 「空港は…８月、港湾は…10月が…最も多かった」 does not hold")
    cruise = sum(m[3] for m in MONTHS) / sum(m[2] for m in MONTHS)
    if not 0.6 < cruise < 0.7:
        errors.append("statistics report: 「港湾の入国者の６割余りはクルーズ船客」 does not hold")
    if re.findall(r"20\d\d年", ny):
        errors.append("statistics report: no Western year should be printed")
    for d in ("「入国者」とは", "「クルーズ船客」とは"):
        if norm(d) not in ny:
            errors.append(f"statistics report: the definition {d} is missing")
    steps_of(NYUKOKU_PDF, "①②③", "statistics report")
    phones(NYUKOKU_PDF, ["099-327-5510", "099-327-5519", "099-327-6200"], "statistics report")
    # every phone number of the set is fictional (099-32x-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-32x-xxxx")
        for addr in re.findall(r"[\w.-]+@[\w.-]+", norm("\n".join(p))):
            if not addr.endswith("@example.jp"):
                errors.append(f"{n}: mail address {addr} outside @example.jp")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
