"""Build the 楠県 held-out set 36: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楠県 and every town, sister city, scheme, organisation, company,
phone number, mail address and figure). The documents are in three genres the earlier sets do not
use: a call for participants (参加者募集要項) in a prefectural programme sending small firms' staff
on overseas market-research trips (海外市場調査派遣事業), with a two-level header of the costs the
prefecture and the participants bear by course and firm size, a yearly record (years as rows) and
the results by course; the results report (実績報告書) of an arts exchange with five sister cities
(姉妹都市文化芸術交流事業), with the artists sent and received by city, the workshops by month (a
table continued over a page break without its header) and an unruled table of a participants'
survey; and the second international-cooperation action plan (国際協力推進行動計画（第２期）), with
its indicators in a table whose columns are fiscal years and the budget by measure in a table whose
rows are grouped under fields (a left cell spanning several rows, a stub header naming the row
axis); see README.md beside this file.

    python make_heldout36.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout24/make_heldout24.py; the shared helpers are in ../docgen.py (unchanged). The gold cells
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
    output_dirs,
    pdf_pages,
    pstyle,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

HAKEN_PDF = "kusunoki_kaigai_shijo_chosa_haken_boshu_r7.pdf"
KORYU_PDF = "kusunoki_shimai_toshi_geijutsu_koryu_hokoku_r6.pdf"
KEIKAKU_PDF = "kusunoki_kokusai_kyoryoku_kodo_keikaku_dai2ki.pdf"
ALL_PDFS = (HAKEN_PDF, KORYU_PDF, KEIKAKU_PDF)

UNITS = ("万円", "千円", "コース", "件", "社", "人", "回", "日", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-38\d-\d{4}"  # every phone number of the set
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
    """The unit in brackets at the end of a label (派遣人数（人） -> 人), NFKC."""
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
    """docgen's table spec, with a two-level header read as group／leaf and the fiscal year of a
    column taken from its header (a table whose columns are fiscal years)."""

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


def reiwa(fy: int) -> str:
    """The 令和 label of a Western fiscal year (2023 -> 令和５年度)."""
    return f"令和{fw(fy - 2018)}年度"


PREF = "楠県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: call for participants
HAKEN = f"{PREF}海外市場調査派遣事業"
HAKEN_DEPT = f"{PREF} 商工労働部 海外ビジネス課"
KIKO = f"公益財団法人{PREF}産業振興機構"
COURSES = [  # コース, 主な訪問都市, 日数; 県の負担（万円）: 航空運賃, 現地活動費; 参加者の負担（万円）: 中小企業者, 小規模事業者
    ("東南アジアコース", "ホーチミン、バンコク", 6, 12, 8, 14, 9),
    ("台湾コース", "台北、台中", 4, 7, 5, 9, 6),
    ("北米コース", "シアトル、ロサンゼルス", 7, 24, 13, 27, 18),
    ("欧州コース", "パリ、デュッセルドルフ", 8, 26, 15, 31, 21),
    ("中東コース", "ドバイ", 6, 19, 11, 22, 15),
]
NEW_COURSE = "中東コース"  # new in 令和７年度: no results yet
HAKEN_YEARS = [  # 年度, コース数, 参加企業数, 派遣人数, 商談に進んだ企業
    (2021, 2, 11, 14, 4), (2022, 3, 17, 23, 7), (2023, 4, 24, 33, 10), (2024, 4, 28, 39, 13),
]
BY_COURSE = [  # コース, 参加企業数, 派遣人数, 訪問先数 (令和６年度)
    ("東南アジアコース", 9, 12, 38), ("台湾コース", 8, 11, 22), ("北米コース", 6, 9, 27), ("欧州コース", 5, 7, 24),
]
VOICES = [  # 見出し, 参加したコース, 調べたこと, 帰国後の成果 (same labels in every sibling section)
    ("楠市の製茶会社", "台湾コース", "台北の百貨店と茶の専門店での価格帯、包装及び売れ筋",
     "台北の輸入商社との取引が決まり、令和７年２月に初めて輸出した"),
    ("浦辺市の金属加工会社", "北米コース", "シアトルとロサンゼルスの工具店での売れ筋と、製品に求められる安全規格",
     "米国の安全規格に合わせた試作品の開発を進めている"),
    ("三川町の酒造会社", "欧州コース", "パリの日本酒専門店と飲食店での取扱状況と価格",
     "フランスの輸入業者２社と商談を続けている"),
]
SMALL_LIMIT = (20, 5)  # 小規模事業者: at most 20 employees (卸売業、小売業及びサービス業: 5)


def haken_specs():
    costs = TableSpec(
        key="costs", doc=HAKEN_PDF, title="コース別の日数と経費の負担",
        header=[["コース", "主な訪問都市", "日数\n（日）", "県の負担（万円）", "", "参加者の負担（万円）", ""],
                ["", "", "", "航空運賃", "現地活動費", "中小企業者", "小規模事業者"]],
        rows=[[n, city] + [fw(x) for x in vals] for n, city, *vals in COURSES],
        col_widths=[29 * mm, 40 * mm, 14 * mm, 19 * mm, 19 * mm, 20 * mm, 23 * mm],
        value_cols=[2, 3, 4, 5, 6], align_left_cols=(1,),
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (4, 0)), ((5, 0), (6, 0))],
        table_fy=2025,
    )
    costs.unit = lambda row, c, s=costs: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="years", doc=HAKEN_PDF, title="年度別の派遣実績",
        header=[["年度", "コース数（コース）", "参加企業数（社）", "派遣人数（人）", "商談に進んだ企業（社）"]],
        rows=[[reiwa(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in HAKEN_YEARS],
        col_widths=[30 * mm, 34 * mm, 30 * mm, 30 * mm, 38 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in BY_COURSE]
    rows.append(["合計"] + [fw(sum(r[k] for r in BY_COURSE)) for k in (1, 2, 3)])
    bycourse = TableSpec(
        key="bycourse", doc=HAKEN_PDF, title="コース別の派遣実績",
        header=[["コース", "参加企業数（社）", "派遣人数（人）", "訪問先数（件）"]],
        rows=rows, col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], table_fy=2024,
    )
    bycourse.unit = lambda row, c, s=bycourse: bracket_unit(s.column_label(c))
    return costs, years, bycourse


def haken_story(specs):
    costs, years, bycourse = specs
    n_firms, n_people = sum(r[2] for r in HAKEN_YEARS), sum(r[3] for r in HAKEN_YEARS)
    last = HAKEN_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HAKEN} 参加者募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(HAKEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += paras(f"""
県内の中小企業の社員を海外に派遣し、現地の売場や流通、消費者の好みを自らの目で調べる機会を提供します。航空運賃と現地活動費は県が負担し、現地では県の委託を受けた機構の職員が同行します。事業を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_firms}社、{n_people}人を派遣しました。
""", 0)
    st += lv_lines([
        ("事業名", HAKEN),
        ("主催", PREF),
        ("実施機関", f"{KIKO}（県からの委託）"),
        ("募集期間", "令和７年５月19日から６月20日まで"),
        ("募集社数", "５コース合わせて32社程度（応募が多い場合は選考します）"),
        ("派遣者", "１社につき２人まで（役員又は正社員に限ります）"),
    ], 0)
    st += paras(f"""
この要項において「小規模事業者」とは、常時使用する従業員の数が{SMALL_LIMIT[0]}人（卸売業、小売業及びサービス業にあっては{fw(SMALL_LIMIT[1])}人）以下の中小企業者をいいます。また、「現地活動費」とは、現地での通訳、移動用の車両の借上げ及び訪問先との面談の手配に要する経費をいい、宿泊費及び食費は含みません。
""", 0)
    st += [P("２　派遣コースと経費の負担", H1)]
    st += paras(f"令和７年度は、新たに{NEW_COURSE}を加えた５コースで派遣します。県が負担する額と参加者が負担する額は、コースと参加企業の規模によって次のとおりです。", 0)
    st += [caption(costs.title, "（令和７年度）"), costs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 県の負担は１人当たりの上限額で、県が旅行会社等に直接支払います。「中小企業者」の欄は、小規模事業者以外の中小企業者に適用します。",
        "※２ 参加者の負担は１人当たりの額で、宿泊費、食費及び現地での個人的な移動の費用に充てます。１社から２人参加する場合、２人目は小規模事業者であっても「中小企業者」の欄の額となります。",
        "※３ 日数は、県内の空港を出発する日から帰着する日までの日数です。",
    ])
    st += [P("３　応募から派遣までの流れ", H1)]
    st += numbered([
        "① 応募書類の提出（募集期間内に、応募用紙と会社概要を電子メールで提出）",
        "② 書類審査（調査の目的の具体性と、海外展開への意欲を審査）",
        "③ 面接審査（オンラインで、１社20分程度）",
        "④ 選考結果の通知（令和７年７月中旬）",
        "⑤ 事前研修への参加（出発のおおむね１か月前に、楠市で半日）",
        "⑥ 派遣と調査報告書の提出（報告書は帰国した日から14日以内に提出）",
    ], 0)
    st += [P("４　これまでの派遣実績", H1)]
    st += paras(f"""
参加企業は毎年増えており、令和６年度は{fw(last[1])}コースに{last[2]}社、{last[3]}人が参加し、帰国後に商談に進んだ企業は{last[4]}社でした。コース別では、東南アジアコースが参加企業数、派遣人数、訪問先数のいずれも最も多くなっています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 「商談に進んだ企業」は、帰国後１年以内に訪問先と見積りや見本のやり取りを始めた企業の数です。令和６年度は令和７年３月末現在の数です。",
    ])
    st += [caption(bycourse.title, "（令和６年度）"), bycourse.flowable(), Spacer(1, 2)]
    st += notes(["※５ 訪問先数は、現地で訪問した企業、小売店、展示会等の延べ数です。"])
    st += [P("５　参加企業の声（令和６年度）", H1)]
    for i, (head, course, what, after) in enumerate(VOICES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("参加したコース", course), ("調べたこと", what), ("帰国後の成果", after)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("同じ会社から、二つのコースに申し込むことはできますか。",
         "できません。申込みは１社１コースに限ります。"),
        ("選考の後で、派遣する社員を替えることはできますか。",
         "事前研修の前までであれば、同じ会社の役員又は正社員に限り替えることができます。"),
        ("商談用に、自社の商品の見本を持って行ってもよいですか。",
         "持参できます。ただし、見本の輸送費は参加者の負担です。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　申込み・問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HAKEN_DEPT} 国際展開班　電話：099-381-4120　ファクス：099-381-4129",
        f"{KIKO} 海外展開支援部（コースの内容）　電話：099-382-7300",
        "電子メール：kusunoki-kaigai@example.jp",
    ]))
    return st


# ================================================================ document 2: sister-city arts exchange report
KORYU = f"{PREF}姉妹都市文化芸術交流事業"
KORYU_DEPT = f"{PREF} 文化観光部 国際交流課"
ZAIDAN = f"一般財団法人{PREF}文化振興財団"
CITIES = [  # 姉妹都市, 派遣芸術家（人）, 受入芸術家（人）, 公演・展示（回）, 来場者数（人） (令和６年度)
    ("ブライトモア市（米国）", 4, 3, 6, 2860), ("ヴァルセーヌ市（フランス）", 3, 4, 11, 3410),
    ("ローデンハイム市（ドイツ）", 2, 3, 7, 1975), ("サンタ・ルシア市（ブラジル）", 2, 1, 4, 1240),
    ("ミンチャウ市（ベトナム）", 3, 2, 9, 2105),
]
PREV_VISITORS = 9870  # 令和５年度
MONTHS = [  # 月, 開催回数（回）, 参加者数（人）, うち高校生以下（人） (令和６年度)
    (7, 2, 46, 31), (8, 5, 138, 102), (9, 3, 71, 28), (10, 4, 96, 41), (11, 3, 84, 33),
    (12, 2, 52, 19), (1, 2, 45, 12), (2, 3, 67, 30), (3, 2, 58, 25),
]
SURVEY_N = (("ワークショップ", 318), ("公演・展示", 742))  # respondents of the two kinds
SURVEY = [  # 質問, 「そう思う」の数: ワークショップ, 公演・展示
    ("姉妹都市に関心を持った", 201, 512), ("外国の芸術や文化への理解が深まった", 254, 601),
    ("芸術家と直接話すことができた", 276, 187), ("また参加したい", 289, 633),
    ("自分でも創作してみたいと思った", 233, 149),
]
EXCHANGES = [  # 見出し, 交流の期間, 芸術家, 主な内容 (same labels in every sibling section); city, sent, received
    ("ヴァルセーヌ市 陶芸家の相互滞在", "令和６年９月２日から10月４日まで",
     "県の陶芸家２人、ヴァルセーヌ市の陶芸家２人", "互いの工房に滞在して共同制作を行い、県立美術館で作品展を開いた",
     "ヴァルセーヌ市（フランス）", 2, 2),
    ("ブライトモア市 ジャズ演奏家の派遣公演", "令和６年11月８日から11月17日まで",
     "県のジャズ演奏家４人", "市内の劇場と高校で計５回の公演を行った", "ブライトモア市（米国）", 4, 0),
    ("ミンチャウ市 伝統人形劇の受入公演", "令和７年２月10日から２月28日まで",
     "ミンチャウ市の水上人形劇団員２人", "県内３市町の小学校で公演とワークショップを行った",
     "ミンチャウ市（ベトナム）", 0, 2),
]
STAY_DAYS = 14  # 受入芸術家: at least 14 days in the prefecture


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def koryu_specs():
    rows = [[n] + [fw(v) for v in r] for n, *r in CITIES]
    rows.append(["合計"] + [fw(sum(c[k] for c in CITIES)) for k in (1, 2, 3, 4)])
    cities = TableSpec(
        key="cities", doc=KORYU_PDF, title="姉妹都市別の交流実績",
        header=[["姉妹都市", "派遣芸術家（人）", "受入芸術家（人）", "公演・展示（回）", "来場者数（人）"]],
        rows=rows, col_widths=[50 * mm, 29 * mm, 29 * mm, 29 * mm, 29 * mm], table_fy=2024,
    )
    cities.unit = lambda row, c, s=cities: bracket_unit(s.column_label(c))
    mrows = [[month_label(m), fw(a), fw(b), fw(c)] for m, a, b, c in MONTHS]
    mrows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2, 3)])
    months = TableSpec(
        key="months", doc=KORYU_PDF, title="月別のワークショップ開催状況",
        header=[["開催月", "開催回数（回）", "参加者数（人）", "うち高校生以下（人）"]],
        rows=mrows, col_widths=[28 * mm, 34 * mm, 34 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    n_ws, n_pf = SURVEY_N[0][1], SURVEY_N[1][1]
    survey = TableSpec(
        key="survey", doc=KORYU_PDF, title="参加者アンケートの結果（「そう思う」と答えた人の割合）",
        header=[["質問", "全体", "ワークショップ", "公演・展示"]],
        rows=[[q, cell(pct1(a + b, n_ws + n_pf)), cell(pct1(a, n_ws)), cell(pct1(b, n_pf))] for q, a, b in SURVEY],
        col_widths=[64 * mm, 26 * mm, 32 * mm, 30 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return cities, months, survey


def koryu_story(specs):
    cities, months, survey = specs
    sent, received = sum(c[1] for c in CITIES), sum(c[2] for c in CITIES)
    events, visitors = sum(c[3] for c in CITIES), sum(c[4] for c in CITIES)
    n_ws, n_pf = SURVEY_N[0][1], SURVEY_N[1][1]
    again = next(r for r in SURVEY if r[0] == "また参加したい")
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KORYU} 実績報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(KORYU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KORYU),
        ("実施主体", PREF),
        ("運営", f"{ZAIDAN}（県からの委託）"),
        ("交流先", "５姉妹都市（米国、フランス、ドイツ、ブラジル、ベトナム）"),
        ("実施期間", "令和６年７月から令和７年３月まで"),
        ("事業費", "2,150万円"),
    ], 0)
    st += paras(f"""
この報告書において「派遣芸術家」とは、県の公募に応じ、選考を経て姉妹都市に派遣された県内在住の芸術家をいう。また、「受入芸術家」とは、姉妹都市の推薦を受けて来県し、県内に{STAY_DAYS}日以上滞在して創作又は公演を行った芸術家をいい、公演のためだけに短期間来県した者は含まない。
""", 0)
    st += [P("２　姉妹都市別の交流実績", H1)]
    st += paras(f"""
令和６年度は、芸術家{sent}人を派遣し、{received}人を受け入れた。公演・展示は計{events}回開き、来場者は延べ{visitors:,}人で、前年度（{PREV_VISITORS:,}人）の約1.2倍となった。
""", 0)
    st += [caption(cities.title, "（令和６年度）"), cities.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 来場者数は、公演・展示の来場者の延べ数で、ワークショップの参加者を含まない。",
        "※２ 公演・展示の回数には、姉妹都市で開いたものを含む。",
    ])
    st += [P("３　ワークショップの開催状況", H1)]
    st += paras("""
受入芸術家が講師となり、学校や公民館で楽器、版画、陶芸などのワークショップを開いた。
""", 0)
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes(["※３ 開催した月で集計した。１月から３月は令和７年の数値である。"])
    st += paras("""
８月は夏休みに合わせて開催が集中し、回数、参加者数ともに年間で最も多かった。参加者のおよそ半数は高校生以下であった。
""", 0)
    st += [P("４　主な交流", H1)]
    for i, (head, when, who, what, *_x) in enumerate(EXCHANGES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("交流の期間", when), ("芸術家", who), ("主な内容", what)], 1)
    st += [P("５　参加者アンケートの結果", H1)]
    st += paras(f"""
「また参加したい」と答えた人は全体の{pct1(again[1] + again[2], n_ws + n_pf)}％に上った。「芸術家と直接話すことができた」は、ワークショップの参加者では８割を超えたが、公演・展示の来場者では３割に満たなかった。
""", 0)
    st += [caption(survey.title, "（単位：％）"), survey.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 回答者は、ワークショップの参加者{n_ws}人、公演・展示の来場者{n_pf}人、計{n_ws + n_pf:,}人である。",
    ])
    st += paras("自由記述では、次のような意見が寄せられた。", 0)
    st += bullets([
        "外国の芸術家に直接教わることができ、子どもが楽器に興味を持った。",
        "作品の説明を、やさしい日本語でも掲示してほしい。",
        "平日の夜や週末にも公演を開いてほしい。",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、ブライトモア市との姉妹都市提携30周年に合わせ、記念公演を開く。",
        "② ワークショップを県内の全ての市町で開けるよう、会場を公募する。",
        "③ 公演・展示の案内を、英語とやさしい日本語でも作る。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KORYU_DEPT} 交流推進班　電話：099-383-2210　ファクス：099-383-2219",
        f"{ZAIDAN}（ワークショップの申込み）　電話：099-384-5600",
        "電子メール：kusunoki-koryu@example.jp",
    ]))
    return st


# ================================================================ document 3: international-cooperation action plan
KEIKAKU = f"{PREF}国際協力推進行動計画（第２期）"
KEIKAKU_DEPT = f"{PREF} 総合政策部 国際課"
MADOGUCHI = f"{PREF}途上国ビジネス相談窓口"
INDICATORS = [  # 指標（単位）, 令和４年度, 令和５年度, 令和６年度, 第１期目標（令和６年度）, 第２期目標（令和９年度）
    ("技術研修員の受入数（人）", 22, 27, 31, 30, 36),
    ("専門家の派遣数（人）", 8, 11, 9, 12, 15),
    ("出前講座の受講者数（人）", 2140, 2680, 3215, 3000, 4000),
    ("途上国ビジネス参入企業数（社）", 14, 19, 23, 25, 35),
    ("ボランティア登録者数（人）", 186, 204, 233, 250, 300),
]
BUDGET = [  # 分野, 施策, 令和７年度予算額（千円）, 令和６年度予算額（千円）
    ("人材の受入れと派遣", "技術研修員の受入れ", 18400, 16900),
    ("人材の受入れと派遣", "専門家の派遣", 6200, 5800),
    ("人材の受入れと派遣", "研修員ＯＢとの交流", 1100, 900),
    ("県民の参加", "国際理解出前講座", 2300, 2100),
    ("県民の参加", "ボランティアの養成", 1800, 1500),
    ("県民の参加", "国際協力フェスタ", 3600, 3400),
    ("企業の途上国ビジネス", "途上国ビジネス相談窓口", 4500, 4000),
    ("企業の途上国ビジネス", "現地調査の助成", 7500, 6000),
]
FIELDS = [  # 見出し, 主な取組, 担当, 関連する指標 (same labels in every sibling section)
    ("人材の受入れと派遣", "友好地域からの技術研修員の受入れ（農業、保健医療、環境）と、県職員及び県内企業の技術者の派遣",
     "国際課、農政課、健康福祉政策課", "技術研修員の受入数、専門家の派遣数"),
    ("県民の参加", "学校や公民館での出前講座、ボランティアの養成講座、国際協力フェスタの開催",
     "国際課、教育委員会", "出前講座の受講者数、ボランティア登録者数"),
    ("企業の途上国ビジネス", f"{MADOGUCHI}での個別相談、現地調査の費用の助成（上限100万円）",
     "国際課、商工政策課", "途上国ビジネス参入企業数"),
]


def budget_rows():
    """(h)'s rows: the field printed once, in a cell spanning its rows; a 合計 row."""
    rows, spans, start = [], [], {}
    for i, (field_, measure, a, b) in enumerate(BUDGET):
        first = field_ not in start
        start.setdefault(field_, i)
        rows.append([field_ if first else "", measure, fw(a), fw(b)])
    rows.append(["", "合計", fw(sum(r[2] for r in BUDGET)), fw(sum(r[3] for r in BUDGET))])
    for field_, i0 in start.items():
        i1 = max(i for i, r in enumerate(BUDGET) if r[0] == field_)
        spans.append(((0, 1 + i0), (0, 1 + i1)))  # one header row
    return rows, spans


def keikaku_specs():
    kpi = TableSpec(
        key="kpi", doc=KEIKAKU_PDF, title="指標の実績と目標",
        header=[["指標", "令和４年度", "令和５年度", "令和６年度", "第１期目標\n（令和６年度）", "第２期目標\n（令和９年度）"]],
        rows=[[n] + [fw(v) for v in vals] for n, *vals in INDICATORS],
        col_widths=[54 * mm, 20 * mm, 20 * mm, 20 * mm, 26 * mm, 26 * mm],
    )
    kpi.unit = lambda row, c: bracket_unit(row[0])
    rows, spans = budget_rows()
    budget = TableSpec(
        key="budget", doc=KEIKAKU_PDF, title="施策別の予算額",
        header=[["分野", "施策", "令和７年度\n予算額（千円）", "令和６年度\n予算額（千円）"]],
        rows=rows, col_widths=[38 * mm, 42 * mm, 30 * mm, 30 * mm], label_col=1, spans=spans,
        align_left_cols=(0,),
    )
    budget.unit = lambda row, c, s=budget: bracket_unit(s.column_label(c))
    return kpi, budget


def keikaku_story(specs):
    kpi, budget = specs
    total7, total6 = sum(r[2] for r in BUDGET), sum(r[3] for r in BUDGET)
    st = [Spacer(1, 2 * mm), P("令和７年度～令和９年度", SUBTITLE), P(KEIKAKU, TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(KEIKAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　計画の概要", H1)]
    st += paras("""
県は、令和４年度に第１期の行動計画を定め、海外からの研修員の受入れや、県民、企業による国際協力を進めてきた。第１期の成果と課題を踏まえ、第２期の計画を次のとおり定める。
""", 0)
    st += lv_lines([
        ("計画の名称", KEIKAKU),
        ("計画期間", "令和７年度から令和９年度までの３年間"),
        ("基本目標", "世界の課題に学び、ともに育つ楠県"),
        ("推進体制", f"{PREF}国際協力推進会議（外部委員８人）と庁内の連絡会議"),
        ("予算額（令和７年度）", f"{total7 // 10:,}万円"),
    ], 0)
    st += paras("""
この計画において「技術研修員」とは、県が友好地域等の行政機関から受け入れ、県の機関又は県内企業で１か月以上の研修を受ける者をいう。また、「途上国ビジネス」とは、県内企業が開発途上国の課題の解決に役立つ製品又はサービスを現地で販売し、又は提供する事業をいい、現地から原材料を輸入するだけのものは含まない。
""", 0)
    st += [P("２　第１期計画の成果", H1)]
    st += paras("""
第１期計画（令和４年度から令和６年度まで）の五つの指標のうち、令和６年度に目標に達したのは、技術研修員の受入数と出前講座の受講者数の二つであった。専門家の派遣数は、派遣先の情勢により一部の派遣を見送ったため、目標を下回った。途上国ビジネス参入企業数は、目標には届かなかったものの、３年間で９社増えた。
""", 0)
    st += [caption(kpi.title), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「出前講座」は、県の職員や研修員が学校、公民館等に出向いて行う国際理解の講座をいう。",
        "※２ 途上国ビジネス参入企業数とボランティア登録者数は、各年度末現在の数である。",
    ])
    st += [P("３　第２期計画の施策", H1)]
    st += paras("第２期計画では、次の三つの分野で施策を進める。", 0)
    for i, (head, what, who, kpis) in enumerate(FIELDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な取組", what), ("担当", who), ("関連する指標", kpis)], 1)
    st += [P("４　施策別の予算額", H1)]
    st += paras(f"""
令和７年度の予算額は合計{total7:,}千円で、前年度より{total7 - total6:,}千円増えた。
""", 0)
    st += [caption(budget.title), budget.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「研修員ＯＢとの交流」は、過去に受け入れた研修員とのオンライン交流会等である。"])
    st += [P("５　計画の進め方", H1)]
    st += numbered([
        "① 毎年度６月までに、前年度の指標の実績を取りまとめる。",
        "② 国際協力推進会議に実績を報告し、委員の意見を聴く。",
        "③ 意見を踏まえて、翌年度の事業と予算に反映する。",
        "④ 実績と会議の意見を、県のホームページで公表する。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KEIKAKU_DEPT} 国際協力班　電話：099-385-3310　ファクス：099-385-3319",
        f"{MADOGUCHI}（企業からの相談）　電話：099-386-8800",
        "電子メール：kusunoki-kyoryoku@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return haken_specs() + koryu_specs() + keikaku_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, kspecs, pspecs = haken_specs(), koryu_specs(), keikaku_specs()
    hdoc = build_pdf(docs_dir / HAKEN_PDF, hspecs, haken_story(hspecs),
                     f"令和７年度 {HAKEN} 参加者募集要項", "令和７年５月", HAKEN_DEPT)
    kdoc = build_pdf(docs_dir / KORYU_PDF, kspecs, koryu_story(kspecs),
                     f"令和６年度 {KORYU} 実績報告書", "令和７年６月", KORYU_DEPT)
    pdoc = build_pdf(docs_dir / KEIKAKU_PDF, pspecs, keikaku_story(pspecs),
                     KEIKAKU, "令和７年３月", KEIKAKU_DEPT)
    gold = all_gold({HAKEN_PDF: hdoc.row_pages, KORYU_PDF: kdoc.row_pages, KEIKAKU_PDF: pdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `calc` (computed only, not written out): the arithmetic on the gold cells that gives the answer.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


A, B, C, D, E, F, G, H = ("コース別の日数と経費の負担", "年度別の派遣実績", "コース別の派遣実績", "姉妹都市別の交流実績",
                          "月別のワークショップ開催状況", "参加者アンケートの結果（「そう思う」と答えた人の割合）",
                          "指標の実績と目標", "施策別の予算額")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


def _avg(x, y, unit) -> str:
    return f"{half_up(Decimal(x) / Decimal(y), '0.1')}{unit}"


QUESTIONS = [
    # --- boshu: the call for participants, tables (a) (b) (c), definitions, sibling sections, steps, Q&A
    dict(question="従業員８人で雑貨の小売店を営んでいる方が、台湾コースに１人で参加したいそうです。参加者として負担する額はいくらになりますか？",
         category="boshu", doc=HAKEN_PDF,
         evidence=["小売業及びサービス業にあっては５人", "台湾コース 台北、台中 ４ ７ ５ ９ ６"], answer=["９"],
         notes="two facts: a retailer with 8 employees is above the 5-person line of the 小規模事業者 definition (１), "
               "so the 中小企業者 column applies (note ※１); (a) two-level header, leaf 参加者の負担（万円）／中小企業者; "
               "６ (小規模事業者) is the trap"),
    dict(question="従業員12人の金属加工会社が、欧州コースに社員を２人送る予定です。２人目の社員の自己負担はいくらですか？",
         category="boshu", doc=HAKEN_PDF,
         evidence=["２人目は小規模事業者であっても", "欧州コース パリ、デュッセルドルフ ８ 26 15 31 21"], answer=["31"],
         notes="two facts: a 12-person manufacturer is a 小規模事業者, but note ※２ puts a second person from one firm "
               "in the 中小企業者 column; (a) leaf 参加者の負担（万円）／中小企業者; 21 (小規模事業者) is the trap"),
    dict(question="北米コースに参加する社員の往復の飛行機代は、１人当たりいくらまで県が持ってくれますか？",
         category="boshu", doc=HAKEN_PDF, evidence=["北米コース シアトル、ロサンゼルス ７ 24 13 27 18"], answer=["24"],
         notes="(a) leaf 県の負担（万円）／航空運賃 (飛行機代 = 航空運賃); 13 (現地活動費) and 27 (参加者の負担) are traps"),
    dict(question="新しくできた中東コースでは、県が参加者１人のために出してくれる費用は全部でいくらになりますか？",
         category="boshu", doc=HAKEN_PDF, evidence=["中東コース ドバイ ６ 19 11 22 15"], answer=["30万円"],
         computed=True, calc=lambda g: f"{g(A, '中東コース', '県の負担（万円）／航空運賃', 2025) + g(A, '中東コース', '県の負担（万円）／現地活動費', 2025)}万円",
         notes="(a) sum of the two leaves of the group 県の負担（万円）: 19 + 11 = 30万円"),
    dict(question="2022年度の派遣には、何社が参加しましたか？",
         category="boshu", doc=HAKEN_PDF, evidence=["令和４年度 ３ 17 23 ７"], answer=["17"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2021年度 is printed in Western form); column 参加企業数（社）; "
               "23 (派遣人数) is the trap"),
    dict(question="2023年度は、参加した会社１社当たり平均何人を派遣したことになりますか？",
         category="boshu", doc=HAKEN_PDF, evidence=["令和５年度 ４ 24 33 10"], answer=["1.4人"], computed=True,
         calc=lambda g: _avg(g(B, "令和５年度", "派遣人数（人）", 2023), g(B, "令和５年度", "参加企業数（社）", 2023), "人"),
         notes="(b) average in a row: 33 / 24 = 1.375 → 1.4人; 2023年度 = 令和５年度"),
    dict(question="令和６年度の実績で、現地で訪ねた企業やお店などの数が２番目に多かったコースはどれですか？",
         category="boshu", doc=HAKEN_PDF, evidence=["北米コース ６ ９ 27"], answer=["北米コース"],
         notes="(c) ranking in the column 訪問先数（件）: 東南アジア 38, 北米 27, 欧州 24, 台湾 22 (台湾コース is second "
               "by 参加企業数 and 派遣人数, the trap); (a) has a row of the same name, a near miss"),
    dict(question="ホテル代は、県が負担してくれる現地活動費に入っていますか？",
         category="boshu", doc=HAKEN_PDF, evidence=["面談の手配に要する経費をいい、宿泊費及び食費は含みません"],
         answer=["宿泊費及び食費は含みません"],
         notes="definition 「現地活動費」とは…宿泊費及び食費は含みません (no: hotels are paid from the participant's "
               "share, note ※２)"),
    dict(question="お茶を作っている会社の体験談では、初めての輸出はいつ実現したのですか？",
         category="boshu", doc=HAKEN_PDF, evidence=["楠市の製茶会社", "令和７年２月に初めて輸出した"], answer=["令和７年２月"],
         notes="sibling sections （１）–（３） of ５ share the labels 参加したコース, 調べたこと, 帰国後の成果; "
               "（１）楠市の製茶会社; the other two report no export yet"),
    dict(question="現地から戻ってきたあと、調査の報告書はいつまでに出す必要がありますか？",
         category="boshu", doc=HAKEN_PDF, evidence=["報告書は帰国した日から14日以内に提出"], answer=["14日以内"],
         notes="procedure step ⑥ (the report is due within 14 days of the return)"),
    dict(question="商談のときに見せる商品サンプルを持って行く場合、送料はどちらが負担しますか？",
         category="boshu", doc=HAKEN_PDF, evidence=["見本の輸送費は参加者の負担です"], answer=["参加者の負担"],
         notes="Q&A: Ａ of Ｑ３ (samples may be taken; their carriage is paid by the participant)"),
    # --- koryu: the arts exchange report, tables (d) (e) (f), a definition, sibling sections
    dict(question="2024年度の姉妹都市との芸術交流には、総額でどれくらいのお金がかかりましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["事業費：2,150万円"], answer=["2,150万円"],
         notes="「label：value」 line 事業費 (no Western year is printed: 2024年度 = 令和６年度)"),
    dict(question="公演や展示の来場者全体のうち、ドイツの姉妹都市との交流で開いたものに来た人は何％にあたりますか？",
         category="koryu", doc=KORYU_PDF, evidence=["ローデンハイム市（ドイツ） ２ ３ ７ 1,975", "合計 14 13 37 11,590"],
         answer=["17.0%"], computed=True,
         calc=lambda g: _pct(g(D, "ローデンハイム市（ドイツ）", "来場者数（人）", 2024), g(D, "合計", "来場者数（人）", 2024)),
         notes="(d) share of a column total: 1,975 / 11,590 = 17.0 %"),
    dict(question="公演や展示を開いた回数で見て、２番目に多かった姉妹都市はどこですか？",
         category="koryu", doc=KORYU_PDF, evidence=["ミンチャウ市（ベトナム） ３ ２ ９ 2,105"], answer=["ミンチャウ市"],
         notes="(d) ranking in the column 公演・展示（回）: ヴァルセーヌ 11, ミンチャウ 9, ローデンハイム 7 (ブライトモア市 "
               "is second by 来場者数, the trap)"),
    dict(question="2025年２月に開いたワークショップには、何人が参加しましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["２月 ３ 67 30"], answer=["67"],
         notes="(e) continuation page (no header there): row ２月, column 参加者数（人）; note ※３ says １月–３月 are 令和７年 "
               "(2025年)"),
    dict(question="令和６年10月のワークショップでは、参加者のうち高校生までの子どもは何人でしたか？",
         category="koryu", doc=KORYU_PDF, evidence=["10月 ４ 96 41"], answer=["41"],
         notes="(e) column うち高校生以下（人） (高校生まで = 高校生以下); 96 (参加者数) is the trap"),
    dict(question="年が明けてから年度末までのワークショップの参加者は、合わせて何人ですか？",
         category="koryu", doc=KORYU_PDF, evidence=["１月 ２ 45 12", "２月 ３ 67 30", "３月 ２ 58 25"],
         answer=["170人"], computed=True,
         calc=lambda g: f"{sum(g(E, m, '参加者数（人）', 2024) for m in ('１月', '２月', '３月'))}人",
         notes="(e) sum down the 参加者数（人） column over the continuation page: 45 + 67 + 58 = 170"),
    dict(question="公演や展示を見に来た人のうち、また来たいと答えた人はどのくらいの割合ですか？",
         category="koryu", doc=KORYU_PDF, evidence=["また参加したい 87.0 90.9 85.3"], answer=["85.3"],
         notes="(f) unruled table, column 公演・展示; 87.0 (全体, also in the prose) and 90.9 (ワークショップ) are traps"),
    dict(question="芸術家と話ができたと答えた人の割合は、ワークショップの参加者と公演・展示の来場者とで何ポイント開きがありますか？",
         category="koryu", doc=KORYU_PDF, evidence=["芸術家と直接話すことができた 43.7 86.8 25.2"],
         answer=["61.6ポイント"], computed=True,
         calc=lambda g: f"{_dec(g(F, '芸術家と直接話すことができた', 'ワークショップ', 2024)) - _dec(g(F, '芸術家と直接話すことができた', '公演・展示', 2024))}ポイント",
         notes="(f) difference across a row: 86.8 − 25.2 = 61.6ポイント"),
    dict(question="ドイツから来て１週間だけ公演をした演奏家も、受け入れた芸術家の人数に数えられていますか？",
         category="koryu", doc=KORYU_PDF, evidence=["県内に14日以上滞在して創作又は公演を行った芸術家"],
         answer=["14日以上滞在"],
         notes="definition 「受入芸術家」とは…県内に14日以上滞在して…をいい、公演のためだけに短期間来県した者は含まない "
               "(no)"),
    dict(question="ベトナムの人形劇を招いた公演では、向こうから何人の団員が来ましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["ミンチャウ市 伝統人形劇の受入公演", "ミンチャウ市の水上人形劇団員２人"],
         answer=["２人"],
         notes="sibling sections （１）–（３） of ４ share the labels 交流の期間, 芸術家, 主な内容; （３）ミンチャウ市 伝統人形劇の"
               "受入公演; (d)'s ミンチャウ市 row (受入芸術家 ２) is the city's year, consistent"),
    # --- keikaku: the action plan, tables (g) (h), a definition, sibling sections
    dict(question="2023年度に県が受け入れた技術研修員は何人でしたか？",
         category="keikaku", doc=KEIKAKU_PDF, evidence=["技術研修員の受入数（人） 22 27 31 30 36"], answer=["27"],
         notes="(g) columns are fiscal years: 2023年度 = 令和５年度 (no Western year is printed); 31 (令和６年度) is a trap"),
    dict(question="第１期の計画では、令和６年度の出前講座の受講者をどれだけにする目標でしたか？",
         category="keikaku", doc=KEIKAKU_PDF, evidence=["出前講座の受講者数（人） 2,140 2,680 3,215 3,000"],
         answer=["3,000"],
         notes="(g) column 第１期目標（令和６年度）; the column 令和６年度 (3,215, the result) has the same fiscal year, "
               "the trap; 4,000 is the 第２期 target"),
    dict(question="途上国でビジネスをしている県内企業の数は、令和６年度に第１期の目標の何％まで届きましたか？",
         category="keikaku", doc=KEIKAKU_PDF, evidence=["途上国ビジネス参入企業数（社） 14 19 23 25 35"],
         answer=["92.0%"], computed=True,
         calc=lambda g: _pct(g(G, "途上国ビジネス参入企業数（社）", "令和６年度", 2024),
                             g(G, "途上国ビジネス参入企業数（社）", "第１期目標（令和６年度）", 2024)),
         notes="(g) ratio of two columns of the same fiscal year: 23 / 25 = 92.0 %"),
    dict(question="ボランティアの登録者を第２期の目標まで増やすには、令和６年度の実績からあと何人必要ですか？",
         category="keikaku", doc=KEIKAKU_PDF, evidence=["ボランティア登録者数（人） 186 204 233 250 300"],
         answer=["67人"], computed=True,
         calc=lambda g: f"{g(G, 'ボランティア登録者数（人）', '第２期目標（令和９年度）', 2027) - g(G, 'ボランティア登録者数（人）', '令和６年度', 2024)}人",
         notes="(g) difference across a row: 300 − 233 = 67人 (250, the 第１期 target, is the trap)"),
    dict(question="2025年度は、国際協力フェスタの開催にいくらの予算が組まれていますか？",
         category="keikaku", doc=KEIKAKU_PDF, evidence=["国際協力フェスタ 3,600 3,400"], answer=["3,600"],
         notes="(h) grouped rows (the field 県民の参加 printed once, spanning three rows), column "
               "令和７年度予算額（千円）; 2025年度 = 令和７年度; 3,400 (令和６年度) is the trap"),
    dict(question="企業の途上国ビジネスを後押しする施策には、令和７年度に合わせていくらの予算が付いていますか？",
         category="keikaku", doc=KEIKAKU_PDF,
         evidence=["途上国ビジネス相談窓口 4,500 4,000", "現地調査の助成 7,500 6,000"], answer=["12,000千円"],
         computed=True,
         calc=lambda g: f"{sum(g(H, m, '令和７年度予算額（千円）', 2025) for m in ('途上国ビジネス相談窓口', '現地調査の助成')):,}千円",
         notes="(h) sum over the rows of one group (企業の途上国ビジネス, printed once): 4,500 + 7,500 = 12,000千円 "
               "(= 1,200万円)"),
    dict(question="途上国から原材料を仕入れているだけの会社も、途上国ビジネスに取り組む企業として数えますか？",
         category="keikaku", doc=KEIKAKU_PDF, evidence=["現地から原材料を輸入するだけのものは含まない"],
         answer=["輸入するだけのものは含まない"],
         notes="definition 「途上国ビジネス」とは…現地から原材料を輸入するだけのものは含まない (no)"),
    dict(question="企業向けの分野の取組で、現地調査にかかる費用はいくらまで助成してもらえますか？",
         category="keikaku", doc=KEIKAKU_PDF, evidence=["企業の途上国ビジネス", "現地調査の費用の助成（上限100万円）"],
         answer=["上限100万円"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な取組, 担当, 関連する指標; （３）企業の途上国ビジネス; "
               "(h)'s 現地調査の助成 row (7,500千円) is the whole budget, a near miss"),
    # --- followups
    dict(question="そのコースに従業員15人の部品メーカーから１人参加する場合、自己負担はいくらですか？",
         category="followup", doc=HAKEN_PDF,
         evidence=["東南アジアコース ホーチミン、バンコク ６ 12 ８ 14 ９", "常時使用する従業員の数が20人"], answer=["９"],
         history=_turns("東南アジアコースは何日間の日程ですか？", "東南アジアコースは６日間の日程です[1]。"),
         notes="(a) the row from the history (東南アジアコース); a 15-person manufacturer is a 小規模事業者 (definition), "
               "leaf 参加者の負担（万円）／小規模事業者; 14 (中小企業者) is the trap"),
    dict(question="そこから受け入れた芸術家は何人ですか？",
         category="followup", doc=KORYU_PDF, evidence=["サンタ・ルシア市（ブラジル） ２ １ ４ 1,240"], answer=["１"],
         history=_turns("ブラジルの姉妹都市には、芸術家を何人派遣しましたか？",
                        "サンタ・ルシア市（ブラジル）には２人を派遣しました[1]。"),
         notes="(d) the row from the history (サンタ・ルシア市（ブラジル）), column 受入芸術家（人）"),
    dict(question="その月の参加者は全部で何人でしたか？",
         category="followup", doc=KORYU_PDF, evidence=["９月 ３ 71 28"], answer=["71"],
         history=_turns("2024年９月にはワークショップを何回開きましたか？", "令和６年９月は３回開きました[1]。"),
         notes="(e) the month from the history (2024年９月 = ９月), column 参加者数（人）"),
    dict(question="それを第２期ではいくつまで増やす目標ですか？",
         category="followup", doc=KEIKAKU_PDF, evidence=["専門家の派遣数（人） ８ 11 ９ 12 15"], answer=["15"],
         history=_turns("令和５年度に派遣した専門家は何人ですか？", "令和５年度は11人でした[1]。"),
         notes="(g) the row from the history (専門家の派遣数), column 第２期目標（令和９年度）; 12 (第１期目標) is the trap"),
    dict(question="そこへ電話で直接相談したいのですが、番号を教えてもらえますか？",
         category="followup", doc=KEIKAKU_PDF, evidence=["相談窓口（企業からの相談） 電話：099-386-8800"],
         answer=["099-386-8800"],
         history=_turns("途上国ビジネスについての相談は、どこにすればいいですか？",
                        "楠県途上国ビジネス相談窓口が受け付けています[1]。"),
         notes="contact box of the action plan: the 窓口's phone; the 班's phone 099-385-3310 and fax 099-385-3319 "
               "are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この派遣をきっかけに参加企業が結んだ輸出契約の金額は、合計でどれくらいになりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call counts the firms that went on to business talks (商談に進んだ企業) and one first export, "
               "no contract amounts",
         absent=["成約額", "契約金額", "輸出額"]),
    dict(question="令和７年度の東南アジアコースの定員は何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only the total 募集社数 (５コース合わせて32社程度) is given, not a number per course",
         absent=["定員", "コースごとの募集社数"]),
    dict(question="受け入れた芸術家の県内での滞在費は、１人当たりいくらかかりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the whole 事業費 (2,150万円) only, no costs per artist or per item",
         absent=["滞在費", "旅費"]),
    dict(question="ワークショップの参加者を市町ごとに見ると、楠市ではどれくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the workshops are counted by month only (a sibling mentions 県内３市町 without figures)",
         absent=["市町別", "市町ごと"]),
    dict(question="受け入れた技術研修員を出身国別に見ると、ベトナムからは何人ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the plan gives the trainees' total per year only (ベトナム is a sister city of the arts report, "
               "a near miss of another document)",
         absent=["出身国", "国別"]),
    dict(question="2022年度から2024年度までの国際協力の予算を全部合わせると、いくらになりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(h) gives the budgets of 令和７年度 and 令和６年度 only; 令和４年度 and 令和５年度 are not given",
         absent=["令和４年度予算", "令和５年度予算", "決算"]),
]
CATEGORY_COUNTS = {"boshu": 11, "koryu": 10, "keikaku": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h36q", "h36t"
HIDDEN_KEYS = ("absent", "calc")  # kept in QUESTIONS, not written out


def expected_questions() -> list[dict]:
    """The questions as written out: ids h36q01, h36q02, …; `absent` and `calc` dropped."""
    return [{"id": f"{PREFIX_Q}{i:02d}", **{k: v for k, v in q.items() if k not in HIDDEN_KEYS}}
            for i, q in enumerate(QUESTIONS, 1)]


def computed_checks() -> dict:
    """{question id: fn(gold index) -> answer} for every question with a `calc`."""
    return {f"{PREFIX_Q}{i:02d}": q["calc"] for i, q in enumerate(QUESTIONS, 1) if "calc" in q}


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HAKEN_PDF: (2, 3), KORYU_PDF: (2, 3), KEIKAKU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 180)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("７月", "９月")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("11月", "１月", "３月", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout36.py")
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
                errors.append(f"{qid}: history must be one user/assistant pair")
            for t in history:
                if t["role"] == "assistant" and "[1]" not in t["content"]:
                    errors.append(f"{qid}: an assistant turn lacks its [1] citation marker")
            if not any(c in q["question"] for c in FOLLOWUP_CUES):
                errors.append(f"{qid}: follow-up without a word that needs the history")
        elif any(c in q["question"] for c in FOLLOWUP_CUES):
            errors.append(f"{qid}: a question without a history uses a word that needs one")
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
    seconds = [q["id"] for q in questions if "２番目" in q["question"] and q["doc"]]
    if len(seconds) < 2:
        errors.append(f"only {seconds} ask for a second-largest row")
    errors += check_computed(questions, computed_checks(), GoldIndex(gold))
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout36.py")
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

    # (a): a small firm pays less than a general one; the prefecture pays more on longer trips
    for row, r in t[A].items():
        if r["参加者の負担（万円）／小規模事業者"] >= r["参加者の負担（万円）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 should pay less than 中小企業者")
    if any(x["県の負担（万円）／航空運賃"] > y["県の負担（万円）／航空運賃"] and x["日数（日）"] < y["日数（日）"]
           for x in t[A].values() for y in t[A].values()):
        errors.append(f"{A}: a shorter trip has a higher air fare")
    # (b): growing; the firms that went on to business talks are part of the firms
    b = t[B]
    firms = [b[r]["参加企業数（社）"] for r in b]
    if firms != sorted(set(firms)):
        errors.append(f"{B}: 参加企業数 should grow every year")
    for row, r in b.items():
        if not r["参加企業数（社）"] <= r["派遣人数（人）"] <= 2 * r["参加企業数（社）"]:
            errors.append(f"{B} / {row}: 派遣人数 outside 1-2 per firm (募集要項: １社につき２人まで)")
        if r["商談に進んだ企業（社）"] > r["参加企業数（社）"]:
            errors.append(f"{B} / {row}: 商談に進んだ企業 above 参加企業数")
    # (c): 合計 adds up and equals (b)'s 令和６年度; its courses are (a)'s but the new one
    adds_up(C, ("参加企業数（社）", "派遣人数（人）", "訪問先数（件）"))
    last = b["令和６年度"]
    if (t[C]["合計"]["参加企業数（社）"], t[C]["合計"]["派遣人数（人）"]) != (last["参加企業数（社）"], last["派遣人数（人）"]):
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    if set(t[C]) - {"合計"} != set(t[A]) - {NEW_COURSE} or len(t[C]) - 1 != last["コース数（コース）"]:
        errors.append(f"{C}: its courses should be those of {A} but {NEW_COURSE}, as many as {B} says")
    # (d): 合計 adds up
    adds_up(D, ("派遣芸術家（人）", "受入芸術家（人）", "公演・展示（回）", "来場者数（人）"))
    # (e): 合計 adds up; no うち above its row
    adds_up(E, ("開催回数（回）", "参加者数（人）", "うち高校生以下（人）"))
    if any(r["うち高校生以下（人）"] > r["参加者数（人）"] for r in t[E].values()):
        errors.append(f"{E}: うち高校生以下 above 参加者数")
    # (f): the per cents come from the counts
    n_ws, n_pf = SURVEY_N[0][1], SURVEY_N[1][1]
    for q, a, bb in SURVEY:
        r = t[F][q]
        want = (pct1(a + bb, n_ws + n_pf), pct1(a, n_ws), pct1(bb, n_pf))
        if (_dec(r["全体"]), _dec(r["ワークショップ"]), _dec(r["公演・展示"])) != want:
            errors.append(f"{F} / {q}: per cents differ from the counts")
    # (g): the second-term target is above the first-term target and the 令和６年度 result
    for row, r in t[G].items():
        if r["第２期目標（令和９年度）"] <= max(r["第１期目標（令和６年度）"], r["令和６年度"]):
            errors.append(f"{G} / {row}: 第２期目標 should exceed the 第１期 target and the result")
    # (h): 合計 adds up in both years
    adds_up(H, ("令和７年度予算額（千円）", "令和６年度予算額（千円）"))
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
        on = [i + 1 for i, p in enumerate(pages[KORYU_PDF]) if header in norm(p)]
        if months.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("１月から３月は令和７年") not in norm(pages[KORYU_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※３ should follow the table on the continuation page")
    for key in ("costs", "years", "bycourse", "cities", "survey", "kpi", "budget"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["survey"].ruled or not all(s.ruled for k, s in specs.items() if k != "survey"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, five spans, group／leaf columns, units from the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["日数（日）", "県の負担（万円）／航空運賃", "県の負担（万円）／現地活動費",
            "参加者の負担（万円）／中小企業者", "参加者の負担（万円）／小規模事業者"]
    if len(specs["costs"].header) != 2 or len(specs["costs"].spans) != 5 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"日", "万円"}:
        errors.append(f"{A}: units should come from the header (groups and 日数)")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in HAKEN_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (g): columns are fiscal years; the unit of each row from its label
    gcols = list(dict.fromkeys((g["column"], g["fiscal_year"]) for g in gold if g["table"] == G))
    want_g = [("令和４年度", 2022), ("令和５年度", 2023), ("令和６年度", 2024),
              ("第１期目標（令和６年度）", 2024), ("第２期目標（令和９年度）", 2027)]
    if gcols != want_g:
        errors.append(f"{G}: expected fiscal years as columns {want_g}, got {gcols}")
    if any(g["unit"] != bracket_unit(g["row"]) for g in gold if g["table"] == G):
        errors.append(f"{G}: each row's unit should come from its label")
    # (h): rows grouped under a left cell spanning them (the field printed once), a stub header
    budget = specs["budget"]
    if budget.header[0][:2] != ["分野", "施策"] or budget.label_col != 1:
        errors.append(f"{H}: expected the stub header 分野 / 施策 over the row labels")
    fields = list(dict.fromkeys(r[0] for r in BUDGET))
    if [r[0] for r in budget.rows if r[0]] != fields or len(budget.spans) != len(fields) \
            or any(r1 - r0 < 1 for (_c0, r0), (_c1, r1) in budget.spans):
        errors.append(f"{H}: each field should be printed once, in a cell spanning its rows")
    hpage = {g["page"] for g in gold if g["table"] == H}
    if len(hpage) == 1:
        ptext = norm(pages[KEIKAKU_PDF][min(hpage) - 1])
        start = ptext.find(norm(budget.header[0][0] + budget.header[0][1]))
        seg = ptext[start:ptext.find(norm("合計"), start)] if start >= 0 else ""
        if not seg:
            errors.append(f"{H}: its stub header 分野 / 施策 is not on its page")
        for f_ in fields:
            if seg.count(norm(f_)) != 1:
                errors.append(f"{H}: field {f_} printed {seg.count(norm(f_))} times in the table, expected once")
    if [g["fiscal_year"] for g in gold if g["table"] == H][:2] != [2025, 2024]:
        errors.append(f"{H}: the two columns should be 令和７年度 and 令和６年度")
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

    def contact(doc, want, what):
        text = norm("\n".join(pages[doc]))
        got = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        raw = "\n".join(pages[doc]).splitlines()
        if not any(f"電話：{want[0]}" in x and f"ファクス：{want[1]}" in x for x in raw):
            errors.append(f"{what}: phone and fax should share one line")

    hk = norm("\n".join(pages[HAKEN_PDF]))
    siblings(hk, HAKEN_PDF, ("参加したコース：", "調べたこと：", "帰国後の成果："), [v[0] for v in VOICES])
    if norm(f"延べ{sum(r[2] for r in HAKEN_YEARS)}社、{sum(r[3] for r in HAKEN_YEARS)}人") not in hk:
        errors.append("call: the four-year totals in the prose differ from (b)")
    last = HAKEN_YEARS[-1]
    if norm(f"{fw(last[1])}コースに{last[2]}社、{last[3]}人が参加し、帰国後に商談に進んだ企業は{last[4]}社") not in hk:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    for k in (1, 2, 3):
        if max(BY_COURSE, key=lambda r: r[k])[0] != "東南アジアコース" or sorted(r[k] for r in BY_COURSE)[-2] == max(r[k] for r in BY_COURSE):
            errors.append("call: 「東南アジアコースが…いずれも最も多く」 does not hold")
    visits = sorted(BY_COURSE, key=lambda r: -r[3])
    people = sorted(BY_COURSE, key=lambda r: -r[2])
    if visits[1][0] != "北米コース" or people[1][0] == "北米コース":
        errors.append("call: the second-largest question relies on 北米コース second by 訪問先数 only")
    for head, course, *_x in VOICES:
        if course not in [r[0] for r in BY_COURSE]:
            errors.append(f"call: the case {head} names a course without 令和６年度 results")
    if re.findall(r"20\d\d年", hk) != ["2021年"]:
        errors.append("call: only 2021年度 should be printed in Western form")
    for d in ("「小規模事業者」とは", "「現地活動費」とは"):
        if norm(d) not in hk:
            errors.append(f"call: the definition {d} is missing")
    raw = "\n".join(pages[HAKEN_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(HAKEN_PDF, "①②③④⑤⑥", "call")
    contact(HAKEN_PDF, ["099-381-4120", "099-381-4129", "099-382-7300"], "call")

    kr = norm("\n".join(pages[KORYU_PDF]))
    siblings(kr, KORYU_PDF, ("交流の期間：", "芸術家：", "主な内容："), [x[0] for x in EXCHANGES])
    sent, received = sum(c[1] for c in CITIES), sum(c[2] for c in CITIES)
    events, visitors = sum(c[3] for c in CITIES), sum(c[4] for c in CITIES)
    if norm(f"芸術家{sent}人を派遣し、{received}人を受け入れた。公演・展示は計{events}回開き、来場者は延べ{visitors:,}人") not in kr:
        errors.append("arts report: the totals in the prose differ from (d)")
    if not 1.15 <= visitors / PREV_VISITORS < 1.25:
        errors.append("arts report: 「前年度の約1.2倍」 does not hold")
    if max(MONTHS, key=lambda m: m[1])[0] != 8 or max(MONTHS, key=lambda m: m[2])[0] != 8 \
            or sum(m[1] == MONTHS[1][1] for m in MONTHS) != 1:
        errors.append("arts report: 「８月は…回数、参加者数ともに年間で最も多かった」 does not hold")
    if not 0.45 <= sum(m[3] for m in MONTHS) / sum(m[2] for m in MONTHS) <= 0.55:
        errors.append("arts report: 「参加者のおよそ半数は高校生以下」 does not hold")
    cities = {c[0]: c for c in CITIES}
    for head, _w, _who, _what, city, s, r in EXCHANGES:
        if s > cities[city][1] or r > cities[city][2] or not head.startswith(city.split("（")[0]):
            errors.append(f"arts report: sibling {head} does not fit its city's row")
    talk = next(r for r in SURVEY if r[0] == "芸術家と直接話すことができた")
    n_ws, n_pf = SURVEY_N[0][1], SURVEY_N[1][1]
    if not (pct1(talk[1], n_ws) > 80 and pct1(talk[2], n_pf) < 30):
        errors.append("arts report: 「ワークショップの参加者では８割を超え…３割に満たなかった」 does not hold")
    whole = [pct1(a + b, n_ws + n_pf) for _q, a, b in SURVEY]
    again = next(r for r in SURVEY if r[0] == "また参加したい")
    if max(whole) != pct1(again[1] + again[2], n_ws + n_pf) or whole.count(max(whole)) != 1:
        errors.append("arts report: 「また参加したい」 should be the highest share overall")
    if re.findall(r"20\d\d年", kr):
        errors.append("arts report: no Western year should be printed")
    for d in ("「派遣芸術家」とは", "「受入芸術家」とは"):
        if norm(d) not in kr:
            errors.append(f"arts report: the definition {d} is missing")
    steps_of(KORYU_PDF, "①②③", "arts report")
    contact(KORYU_PDF, ["099-383-2210", "099-383-2219", "099-384-5600"], "arts report")

    kk = norm("\n".join(pages[KEIKAKU_PDF]))
    siblings(kk, KEIKAKU_PDF, ("主な取組：", "担当：", "関連する指標："), [f[0] for f in FIELDS])
    reached = [r[0] for r in INDICATORS if r[3] >= r[4]]
    if [x.split("（")[0] for x in reached] != ["技術研修員の受入数", "出前講座の受講者数"] \
            or norm("技術研修員の受入数と出前講座の受講者数の二つ") not in kk:
        errors.append("plan: the indicators that reached their target differ from the prose")
    biz = next(r for r in INDICATORS if r[0].startswith("途上国ビジネス"))
    if norm(f"３年間で{fw(biz[3] - biz[1])}社増えた") not in kk:
        errors.append("plan: the growth of 途上国ビジネス参入企業数 in the prose differs from (g)")
    total7, total6 = sum(r[2] for r in BUDGET), sum(r[3] for r in BUDGET)
    if norm(f"合計{total7:,}千円で、前年度より{total7 - total6:,}千円増えた") not in kk \
            or norm(f"予算額（令和７年度）：{total7 // 10:,}万円") not in kk or total7 % 10:
        errors.append("plan: the budget totals in the prose differ from (h)")
    if [f[0] for f in FIELDS] != list(dict.fromkeys(r[0] for r in BUDGET)):
        errors.append("plan: the sibling sections should be the fields of (h)")
    if re.findall(r"20\d\d年", kk):
        errors.append("plan: no Western year should be printed")
    for d in ("「技術研修員」とは", "「途上国ビジネス」とは"):
        if norm(d) not in kk:
            errors.append(f"plan: the definition {d} is missing")
    steps_of(KEIKAKU_PDF, "①②③④", "plan")
    contact(KEIKAKU_PDF, ["099-385-3310", "099-385-3319", "099-386-8800"], "plan")
    # every phone number is 099-38x-xxxx, every mail address @example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-38x-xxxx")
        mails = re.findall(r"[\w.+-]+@[\w.-]+", text)
        if not mails or any(not m.endswith(MAIL_DOMAIN) for m in mails):
            errors.append(f"{n}: mail addresses {mails}, expected @example.jp only")
        if "桔梗" in text or not text.count(norm(PREF)):
            errors.append(f"{n}: the prefecture should be {PREF}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
