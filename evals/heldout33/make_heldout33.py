"""Build the 梓県 held-out set 33: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (梓県 and every town, scheme, organisation, research institute,
phone number, mail address and figure). The documents are in three genres the earlier sets do
not use: a call for applications (公募要領) for a subsidy towards small firms' digital marketing
abroad (海外向けデジタルマーケティング支援補助金: foreign-language websites, overseas social-media
and search ads, influencer campaigns, analytics) with a two-level header of rates and caps, a
yearly record (years as rows) and the adoptions by target country; the implementation report
(実施報告書) of a programme spreading "easy Japanese" among public staff, businesses and local
groups (やさしい日本語普及推進事業) with the seminars by municipality (a table continued over a
page break without its header), the trainees by affiliation (a stub header and rows grouped
under a 区分 cell spanning several rows) and an unruled table of a satisfaction survey; and the
progress report (進捗報告書) of a joint-research programme between local firms and foreign
research institutes (グローバル共同研究推進プロジェクト) with the projects by field (fiscal years
as columns) and the institutes and researchers by partner country (cells with a note mark
attached, 「９※」); see README.md beside this file.

    python make_heldout33.py [OUTPUT_DIR]          # default: this file's directory

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
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: make `evals` importable

from evals import docgen
from evals.docgen import (
    DATE_RIGHT,
    DOCS_DIR,
    ERA_YEAR,
    GOTHIC,
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

KOUBO_PDF = "azusa_kaigai_digital_marketing_hojokin_koubo_r7.pdf"
NIHONGO_PDF = "azusa_yasashii_nihongo_fukyu_hokoku_r6.pdf"
KENKYU_PDF = "azusa_global_kyodo_kenkyu_shinchoku_r6.pdf"
ALL_PDFS = (KOUBO_PDF, NIHONGO_PDF, KENKYU_PDF)

UNITS = ("万円", "件", "人", "回", "機関", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
MARK = "※"  # a note mark attached to a table cell (「９※」, explained under the table)
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-35\d-\d{4}"
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
    """(number, unit) as printed after NFKC, a note mark attached to the cell (「９※」) dropped."""
    return docgen.parse_number(nfkc(value).strip().removesuffix(MARK), UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (採択件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: text as is, an int as docgen prints it (single digits full-width),
    a Decimal per cent with one decimal."""
    if isinstance(x, str):
        return x
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def marked(n: int) -> str:
    """A count with the note mark attached (9 -> ９※)."""
    return fw(n) + MARK


@dataclass
class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, a 合計 row whose label
    spans the group and label columns, and a period for tables of several fiscal years."""

    table_range: list | None = None  # [first, last] fiscal year of a table of several years
    group_col: int | None = None  # a column of group labels, each spanning several rows

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
        r = self.rows[i]
        return label(r[self.label_col] or r[0])  # a 合計 spanning the group column sits in column 0

    def groups(self) -> dict[str, list[str]]:
        """Group label -> the row labels under it (group_col tables only)."""
        out, current = {}, None
        for i, r in enumerate(self.rows):
            if r[self.group_col] and r[self.label_col]:
                current = r[self.group_col]
                out[current] = []
            if r[self.label_col]:
                out[current].append(self.row_label(i))
        return out

    def flowable(self):
        t = super().flowable()
        nh = len(self.header)
        extra = []
        if self.group_col is not None:
            extra.append(("ALIGN", (self.group_col, nh), (self.group_col, -1), "CENTER"))
        for i, r in enumerate(self.rows):
            if not r[self.label_col] and r[0] in self.bold_rows:  # docgen bolds by the label column only
                extra.append(("FONTNAME", (0, nh + i), (-1, nh + i), GOTHIC))
                if self.ruled:
                    extra += [("LINEABOVE", (0, nh + i), (-1, nh + i), 1.0, colors.black),
                              ("BACKGROUND", (0, nh + i), (-1, nh + i), colors.HexColor("#F3F3F3"))]
        if extra:
            t.setStyle(TableStyle(extra))
        return t


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
                "fiscal_year": fy, "fiscal_year_range": None if fy else spec.table_range,
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


PREF = "梓県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: digital-marketing subsidy call
KOUBO = f"{PREF}海外向けデジタルマーケティング支援補助金"
KOUBO_DEPT = f"{PREF} 産業労働部 国際ビジネス課"
KIKO = f"公益財団法人{PREF}産業振興機構"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模事業者; 上限額（万円）: 中小企業者, 小規模事業者 (令和７年度)
    ("外国語ウェブサイトの制作・翻訳", 50, 70, 100, 60), ("海外向けＳＮＳ広告", 50, 70, 80, 40),
    ("インフルエンサー施策", 40, 60, 90, 50), ("検索連動型広告", 50, 70, 40, 30),
    ("アクセス解析ツールの導入", 75, 75, 20, 20),
]
FIRM_CAPS = (150, 100)  # note ※２: 万円 per firm, 中小企業者 / 小規模事業者
ADOPTIONS = [  # 年度, 申請件数, 採択件数, 交付額（万円）
    (2021, 38, 21, 1046), (2022, 52, 28, 1392), (2023, 61, 33, 1718), (2024, 74, 39, 2031),
]
BY_COUNTRY = [  # 主な対象国・地域, 採択件数, 交付額（万円） (令和６年度)
    ("台湾", 9, 468), ("米国", 7, 421), ("香港", 6, 438), ("中国", 5, 182), ("タイ", 4, 187),
    ("シンガポール", 3, 154), ("ベトナム", 2, 88), ("その他", 3, 93),
]
CASES = [  # 見出し, 対象市場, 取り組んだ内容, 補助金額; the 経費区分 used (same labels in every sibling section)
    ("日本酒製造業Ａ社（梓市）", "台湾", "繁体字のウェブサイトの制作、台湾のグルメ系インフルエンサーによる紹介動画", "72万円",
     ("外国語ウェブサイトの制作・翻訳", "インフルエンサー施策")),
    ("家具製造業Ｂ社（北浦市）", "米国", "英語のウェブサイトの改修、米国向けの検索連動型広告", "58万円",
     ("外国語ウェブサイトの制作・翻訳", "検索連動型広告")),
    ("旅館業Ｃ社（上郷町）", "タイ", "タイ語のＳＮＳ広告、アクセス解析ツールの導入", "41万円",
     ("海外向けＳＮＳ広告", "アクセス解析ツールの導入")),
]


def koubo_specs():
    rates = TableSpec(
        key="rates", doc=KOUBO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模事業者", "中小企業者", "小規模事業者"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[60 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="adoptions", doc=KOUBO_PDF, title="申請件数と採択件数の推移",
        header=[["年度", "申請件数（件）", "採択件数（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c)] for y, a, b, c in ADOPTIONS],
        col_widths=[34 * mm, 38 * mm, 38 * mm, 38 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n, fw(k), fw(a)] for n, k, a in BY_COUNTRY]
    rows.append(["合計", fw(sum(r[1] for r in BY_COUNTRY)), fw(sum(r[2] for r in BY_COUNTRY))])
    country = TableSpec(
        key="country", doc=KOUBO_PDF, title="主な対象国・地域別の採択状況",
        header=[["主な対象国・地域", "採択件数（件）", "交付額（万円）"]],
        rows=rows, col_widths=[46 * mm, 38 * mm, 38 * mm], table_fy=2024,
    )
    country.unit = lambda row, c, s=country: bracket_unit(s.column_label(c))
    return rates, years, country


def koubo_story(specs):
    rates, years, country = specs
    n_all, amt_all = sum(r[2] for r in ADOPTIONS), sum(r[3] for r in ADOPTIONS)
    last = ADOPTIONS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KOUBO} 公募要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KOUBO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
海外の消費者や取引先に向けて、自社の商品やサービスをインターネットで発信しようとする県内の中小企業者を支援するため、外国語のウェブサイトの制作、海外向けの広告、インフルエンサー施策等に要する経費の一部を補助します。制度を創設した令和３年度（2021年度）から令和６年度までの４年間で、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += [P("２　公募の概要", H1)]
    st += lv_lines([
        ("補助事業名", KOUBO),
        ("補助対象者", "県内に本店又は主たる事業所を置く中小企業者（個人事業主を含む。）で、海外の市場に向けて自社の商品又はサービスの販路開拓を行うもの"),
        ("公募期間", "令和７年５月７日（水）から６月20日（金）午後５時まで"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "40件程度"),
        ("補助事業期間", "交付決定日から令和８年１月30日まで"),
    ], 0)
    st += paras("""
この要領において「小規模事業者」とは、常時使用する従業員の数が20人（商業・サービス業（宿泊業及び娯楽業を除く。）を主たる事業として営む者にあっては、５人）以下の事業者をいう。また、「インフルエンサー施策」とは、海外のＳＮＳで多くのフォロワーを持つ発信者に依頼し、自社の商品やサービスを紹介する投稿や動画を作成してもらう取組をいう。
""", 0)
    st += [P("３　補助対象経費、補助率及び上限額", H1)]
    st += paras("補助率と１事業者当たりの上限額は、経費区分ごと、事業者の規模ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 補助率は、補助対象経費（消費税及び地方消費税を除く。）に対する割合である。",
        f"※２ 複数の経費区分を組み合わせて申請する場合、補助金の額の合計は、中小企業者{FIRM_CAPS[0]}万円、"
        f"小規模事業者{FIRM_CAPS[1]}万円を上限とする。千円未満の端数は切り捨てる。",
    ])
    st += paras("次の経費は、補助の対象とならない経費です。", 0)
    st += bullets([
        "越境ＥＣサイトへの出店料及び販売手数料",
        "国内の消費者を主な対象とする広告の費用",
        "自社の役員及び従業員の人件費",
        "パソコン、スマートフォン等の汎用性の高い機器の購入費",
        "交付決定日より前に発注し、又は支払った経費",
    ], 0)
    st += [P("４　申請から補助金の支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（申請の前に、必ず{KIKO}の窓口で受けてください）",
        "② 交付申請（公募期間内に、電子申請システムで提出）",
        "③ 審査（書類審査及びオンラインでの面談）",
        "④ 交付決定の通知（７月下旬の予定）",
        "⑤ 補助事業の実施（サイトの公開、広告の出稿等）",
        "⑥ 実績報告（事業の完了日から30日以内又は令和８年２月６日のいずれか早い日まで）",
        "⑦ 補助金の額の確定と支払",
    ], 0)
    st += [P("５　これまでの採択実績", H1)]
    st += paras(f"""
申請件数、採択件数とも毎年増えており、令和６年度は{last[1]}件の申請に対し{last[2]}件を採択し、{last[3]:,}万円を交付しました。主な対象国・地域別では、台湾が件数、交付額ともに最も多くなっています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(country.title, "（令和６年度）"), country.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 採択した案件を、主な対象国・地域で分類した。「その他」は、マレーシア、オーストラリア、フランス等である。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _costs) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象市場", where), ("取り組んだ内容", what), ("補助金額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("既に公開している英語のウェブサイトを改修する場合も対象になりますか。",
         "対象になります。ただし、ページの追加や多言語化など、海外向けの機能を高める改修に限ります。"),
        ("海外の広告会社やインフルエンサーに外貨で支払う場合、補助対象経費はどのように計算しますか。",
         "支払日の為替レートで円に換算した額とします。送金手数料は補助の対象になりません。"),
        ("同じ年度に、この補助金と県の他の補助金を併せて申請できますか。",
         "申請できます。ただし、同じ経費について、他の補助金と重ねて補助を受けることはできません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KOUBO_DEPT} 海外展開支援班　電話：099-352-4310　ファクス：099-352-4319",
        f"{KIKO} 海外展開サポート窓口（事前相談）　電話：099-353-2200",
        "電子メール：digital-hojo@example.jp",
    ]))
    return st


# ================================================================ document 2: easy-Japanese programme report
NIHONGO = "やさしい日本語普及推進事業"
NIHONGO_DEPT = f"{PREF} 地域振興部 国際交流課"
CENTER = f"公益財団法人{PREF}国際センター"
AFFILIATIONS = [  # 区分, 所属, 集合研修（人）, オンライン講座（人） (令和６年度)
    ("行政", "県職員", 86, 142), ("行政", "市町村職員", 214, 96), ("行政", "学校の教職員", 58, 71),
    ("民間", "医療・福祉", 97, 64), ("民間", "宿泊・飲食", 45, 38), ("民間", "小売・サービス", 39, 27),
    ("地域", "自治会・町内会", 52, 9), ("地域", "国際交流ボランティア", 41, 33),
]
TOWNS = [  # 市町村, 開催回数（回）, 受講者数（人）, うち民間・地域（人） (集合研修, 令和６年度)
    ("梓市", 7, 168, 81), ("東野市", 4, 92, 38), ("北浦市", 4, 85, 36), ("川辺市", 3, 64, 27),
    ("西岡市", 2, 51, 22), ("南沢町", 2, 43, 19), ("上郷町", 2, 38, 17), ("高森町", 1, 31, 12),
    ("白石町", 2, 36, 14), ("葛原村", 1, 24, 8),
]
PREV_TRAINEES = 836  # 令和５年度
ONLINE_REGISTERED = 612
SURVEY_N = (548, 312)  # respondents: 集合研修, オンライン講座
SURVEY = [  # 項目, 「そう思う」+「ややそう思う」の人数: 集合研修, オンライン講座
    ("内容が分かりやすかった", 512, 268), ("職場ですぐに使えると思う", 471, 241),
    ("外国人住民と話す自信がついた", 338, 151), ("講座の長さがちょうどよかった", 402, 257),
    ("同僚や知人に勧めたい", 455, 236),
]
SEMINARS = [  # 見出し, 開催日, 受講者, 研修の内容 (same labels in every sibling section); town
    ("梓市 医療機関向け研修会", "令和６年７月18日（木）", "46人",
     "問診票をやさしい日本語に書き換える演習、薬の飲み方を説明するロールプレイ", "梓市"),
    ("東野市 宿泊施設向け研修会", "令和６年10月９日（水）", "27人",
     "チェックインと避難経路の案内の練習、館内の掲示の書き換え", "東野市"),
    ("白石町 自治会向け研修会", "令和７年２月16日（日）", "19人",
     "ごみの出し方の説明、回覧板の書き換え、外国人住民との交流", "白石町"),
]
TUTORS = (24, 21, 67, 41)  # 養成講座の修了者, 新たに登録, 登録講師（令和７年３月末）, 派遣（延べ人）


def nihongo_specs():
    rows, prev = [], None
    for grp, name, a, b in AFFILIATIONS:
        rows.append([grp if grp != prev else "", name, fw(a), fw(b), fw(a + b)])
        prev = grp
    ta, tb = sum(r[2] for r in AFFILIATIONS), sum(r[3] for r in AFFILIATIONS)
    rows.append(["合計", "", fw(ta), fw(tb), fw(ta + tb)])
    nh = 1
    spans, start = [], 0
    for i in range(1, len(AFFILIATIONS) + 1):
        if i == len(AFFILIATIONS) or AFFILIATIONS[i][0] != AFFILIATIONS[start][0]:
            if i - 1 > start:
                spans.append(((0, nh + start), (0, nh + i - 1)))
            start = i
    spans.append(((0, nh + len(AFFILIATIONS)), (1, nh + len(AFFILIATIONS))))  # 合計 over 区分 and 所属
    affil = TableSpec(
        key="affil", doc=NIHONGO_PDF, title="所属別の受講者数",
        header=[["区分", "所属", "集合研修（人）", "オンライン講座（人）", "計（人）"]],
        rows=rows, col_widths=[18 * mm, 44 * mm, 30 * mm, 40 * mm, 24 * mm],
        label_col=1, group_col=0, spans=spans, table_fy=2024,
    )
    affil.unit = lambda row, c, s=affil: bracket_unit(s.column_label(c))
    trows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in TOWNS]
    trows.append(["合計"] + [fw(sum(t[k] for t in TOWNS)) for k in (1, 2, 3)])
    towns = TableSpec(
        key="towns", doc=NIHONGO_PDF, title="市町村別の集合研修の開催状況",
        header=[["市町村", "開催回数（回）", "受講者数（人）", "うち民間・地域（人）"]],
        rows=trows, col_widths=[30 * mm, 34 * mm, 34 * mm, 42 * mm], table_fy=2024, repeat_header=False,
    )
    towns.unit = lambda row, c, s=towns: bracket_unit(s.column_label(c))
    n_all = sum(SURVEY_N)
    survey = TableSpec(
        key="survey", doc=NIHONGO_PDF, title="受講者アンケートの結果",
        header=[["項目", "全体", "集合研修", "オンライン講座"]],
        rows=[[n, cell(pct1(a + b, n_all)), cell(pct1(a, SURVEY_N[0])), cell(pct1(b, SURVEY_N[1]))]
              for n, a, b in SURVEY],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 32 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return affil, towns, survey


def trainees() -> tuple[int, int]:
    return sum(r[2] for r in AFFILIATIONS), sum(r[3] for r in AFFILIATIONS)


def nihongo_story(specs):
    affil, towns, survey = specs
    ta, tb = trainees()
    n_sessions = sum(t[1] for t in TOWNS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{NIHONGO} 実施報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(NIHONGO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", NIHONGO),
        ("実施主体", f"{PREF}（県内10市町村と共催）"),
        ("運営", f"{CENTER}（県からの委託）"),
        ("実施期間", "令和６年５月から令和７年３月まで"),
        ("研修の対象", "県及び市町村の職員、学校の教職員、医療・福祉、宿泊・飲食、小売・サービスの事業者、自治会・町内会、国際交流ボランティア"),
        ("研修の形式", "集合研修及びオンライン講座（全６回の動画とミニテスト）"),
        ("事業費", "860万円"),
    ], 0)
    st += paras("""
この報告書において「やさしい日本語」とは、難しい言葉を言い換え、文を短くするなど、日本語を母語としない人にも分かりやすいよう配慮した日本語をいう。「受講者」とは、集合研修又はオンライン講座を最後まで受講した者をいい、途中で退出した者は含まない。また、「やさしい日本語講師」（以下「講師」という。）とは、県の講師養成講座を修了し、模擬研修を経て県に登録された者をいう。
""", 0)
    st += [P("２　受講の状況", H1)]
    st += paras(f"""
令和６年度の受講者は延べ{ta + tb:,}人で、前年度（{PREV_TRAINEES}人）から{ta + tb - PREV_TRAINEES}人増えた。このうち集合研修は{ta}人、オンライン講座は{tb}人であった。オンライン講座は、受講登録をした{ONLINE_REGISTERED}人のうち{tb}人が最後まで受講した。登録から修了までの期間は、平均で約３週間であった。
集合研修は、市町村との共催により県内10市町村で計{n_sessions}回開いた。市役所や町村役場の職員のほか、医療機関、宿泊施設、商店街、自治会などに参加を呼びかけ、業種や地域ごとの研修会も開いた。集合研修（１回90分）のプログラムは、次のとおりである。
""", 0)
    st += bullets([
        "講義：やさしい日本語の考え方と、言い換えの基本",
        "演習：行政の通知や店内の掲示をやさしい日本語に書き換える",
        "ロールプレイ：窓口や店頭での外国人住民との会話",
        "振り返り：書き換えた文を受講者どうしで見せ合い、講師が助言する",
    ], 0)
    st += [P("３　市町村別の集合研修の開催状況", H1)]
    st += [caption(towns.title, "（令和６年度）", keep=False), towns.flowable(), Spacer(1, 2)]
    st += notes(["※１ 受講者数は、最後まで受講した者の数である。「うち民間・地域」は、４の表の区分「民間」及び「地域」の受講者である。"])
    st += paras("""
梓市では、医療機関や宿泊施設などの業種ごとに研修会を開き、開催回数、受講者数ともに最も多かった。
""", 0)
    st += [P("４　所属別の受講状況", H1)]
    st += paras("所属別では、市町村職員が最も多く、次いで県職員であった。県職員は、オンライン講座の受講者が集合研修を上回った。", 0)
    st += [caption(affil.title, "（令和６年度）"), affil.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 「学校の教職員」は、県内の公立小学校、中学校及び高等学校の教職員である。",
        "※３ 「国際交流ボランティア」は、市町村の国際交流協会等に登録している者である。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("５　主な研修会", H1)]
    for i, (head, when, n, what, _town) in enumerate(SEMINARS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", when), ("受講者", n), ("研修の内容", what)], 1)
    st += [P("６　講師の養成と派遣", H1)]
    st += paras(f"""
令和６年度は講師養成講座を２回開き、{TUTORS[0]}人が修了した。このうち模擬研修を経た{TUTORS[1]}人を新たに講師として登録し、令和７年３月末現在の講師は{TUTORS[2]}人となった。集合研修には、講師を延べ{TUTORS[3]}人派遣した。
""", 0)
    st += [P("７　受講者アンケートの結果", H1)]
    st += paras(f"""
受講者にアンケートを行い、集合研修{SURVEY_N[0]}人、オンライン講座{SURVEY_N[1]}人から回答を得た。「内容が分かりやすかった」と答えた人は、どちらの形式でも８割を超えた。一方、「外国人住民と話す自信がついた」は、オンライン講座で５割を下回った。
""", 0)
    st += [caption(survey.title, "（単位：％）"), survey.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 回答者は、全体{sum(SURVEY_N)}人、集合研修{SURVEY_N[0]}人、オンライン講座{SURVEY_N[1]}人である。"
        "「そう思う」又は「ややそう思う」と答えた人の割合を示す。",
    ])
    st += [P("８　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、集合研修を県内の全ての市町村（15市町村）で開く。",
        "② 医療・福祉、宿泊・飲食の分野向けに、場面別の動画教材を作る。",
        "③ 講師を令和８年度末までに100人に増やす。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{NIHONGO_DEPT} 共生推進班　電話：099-354-2610　ファクス：099-354-2619",
        f"{CENTER}（講師の派遣依頼）　電話：099-355-7700",
        "電子メール：yasashii-nihongo@example.jp",
    ]))
    return st


# ================================================================ document 3: joint-research programme progress report
KENKYU = f"{PREF}グローバル共同研究推進プロジェクト"
KENKYU_DEPT = f"{PREF} 産業労働部 産業技術振興課"
TECH = f"{PREF}産業技術センター"
FIELDS = [  # 分野; 実施件数: 令和４年度, 令和５年度, 令和６年度
    ("医療・ヘルスケア", 2, 4, 6), ("食品・農林水産", 1, 3, 4), ("新素材・ものづくり", 2, 3, 5),
    ("環境・エネルギー", 1, 2, 3), ("ＩＣＴ・ロボット", 1, 2, 4),
]
FIELD_YEARS = (2022, 2023, 2024)
PARTNERS = [  # 国・地域, 提携機関数, 研究者の派遣（人）, 研究者の受入れ（人）, online among the received (令和４～６年度)
    ("ドイツ", 3, 15, 8, 0), ("フィンランド", 2, 6, 5, 0), ("台湾", 2, 11, 9, 0),
    ("韓国", 2, 8, 9, 2), ("シンガポール", 2, 5, 6, 0), ("カナダ", 1, 3, 4, 1),
]
PROJECTS = [  # 見出し, 相手機関, 研究費の総額, 現在の段階 (same labels in every sibling section)
    ("木質系新素材の開発（フィンランド）", "ヴァルコイネン木材研究所", "2,480万円",
     "試作品を県内の家具メーカー２社で評価している"),
    ("発酵食品の機能性の研究（韓国）", "東湖バイオ研究院", "1,650万円",
     "令和６年12月に機能性表示食品として販売を始めた（事業化）"),
    ("介護用見守りセンサーの開発（台湾）", "台中精密機械研究院", "1,920万円",
     "県内の介護施設３か所で実証試験を行っている"),
]


def kenkyu_specs():
    rows = [[n] + [fw(v) for v in vals] for n, *vals in FIELDS]
    rows.append(["合計"] + [fw(sum(r[k] for r in FIELDS)) for k in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=KENKYU_PDF, title="分野別の共同研究の実施件数",
        header=[["分野"] + [f"令和{fw(y - 2018)}年度" for y in FIELD_YEARS]],
        rows=rows, col_widths=[50 * mm, 32 * mm, 32 * mm, 32 * mm], unit="件",
    )
    prow = []
    for n, k, out, inn, online in PARTNERS:
        prow.append([n, fw(k), fw(out), marked(inn) if online else fw(inn)])
    prow.append(["合計", fw(sum(p[1] for p in PARTNERS)), fw(sum(p[2] for p in PARTNERS)),
                 marked(sum(p[3] for p in PARTNERS))])
    partners = TableSpec(
        key="partners", doc=KENKYU_PDF, title="相手国・地域別の提携機関数と研究者の往来",
        header=[["国・地域", "提携機関数（機関）", "研究者の派遣（人）", "研究者の受入れ（人）"]],
        rows=prow, col_widths=[34 * mm, 38 * mm, 38 * mm, 40 * mm],
        table_range=[FIELD_YEARS[0], FIELD_YEARS[-1]],
    )
    partners.unit = lambda row, c, s=partners: bracket_unit(s.column_label(c))
    return fields, partners


def kenkyu_story(specs):
    fields, partners = specs
    n_inst = sum(p[1] for p in PARTNERS)
    out_all, in_all = sum(p[2] for p in PARTNERS), sum(p[3] for p in PARTNERS)
    online = "、".join(f"{p[0]}{fw(p[4])}人" for p in PARTNERS if p[4])
    last = sum(r[3] for r in FIELDS)
    st = [Spacer(1, 2 * mm), P("令和４年度～令和６年度", SUBTITLE), P(f"{KENKYU} 進捗報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(KENKYU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　プロジェクトの概要", H1)]
    st += lv_lines([
        ("プロジェクト名", KENKYU),
        ("目的", "県内企業と海外の大学・研究機関との共同研究を通じて新たな製品や技術を生み出し、県内産業の国際競争力を高める"),
        ("実施期間", "令和４年度から令和８年度まで（５年間）"),
        ("推進体制", f"{PREF}、{TECH}（コーディネーターを配置）、県内の大学"),
        ("事業費", "3,150万円（令和６年度）"),
        ("目標（令和８年度）", "共同研究の実施件数 年間30件、事業化 累計５件、共同での特許出願 累計10件"),
    ], 0)
    st += paras("""
この報告書において「共同研究」とは、県内企業と海外の大学又は研究機関（以下「海外研究機関」という。）が共同研究契約を結んで行う研究をいい、覚書の締結にとどまるものは含まない。また、「事業化」とは、共同研究の成果を用いた製品又はサービスの販売を始めたことをいい、試作品の無償提供は含まない。
""", 0)
    st += [P("２　共同研究の実施状況", H1)]
    st += paras(f"""
共同研究の実施件数は毎年増え、令和６年度は{last}件となった。分野別では、医療・ヘルスケアが最も多い。参加した県内企業は、３年間で延べ31社である。
""", 0)
    st += [caption(fields.title, "（単位：件）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["（注１）各年度に実施した件数であり、前年度から継続しているものを含む。"])
    st += [P("３　相手国・地域別の交流実績", H1)]
    st += paras(f"""
提携する海外研究機関は、６か国・地域の{n_inst}機関となった。研究者の派遣は延べ{out_all}人、受入れは延べ{in_all}人で、相互の往来が定着しつつある。
""", 0)
    st += [caption(partners.title, "（令和４～６年度の累計）"), partners.flowable(), Spacer(1, 2)]
    st += notes([
        f"※ オンラインで共同研究会に参加した研究者（{online}）を含む。",
        "（注２）提携機関数は、令和７年３月末現在の数である。",
    ])
    st += [P("４　主な成果", H1)]
    st += lv_lines([
        ("共同での特許出願", "６件（うち外国への出願２件）"),
        ("事業化", "２件（発酵食品１件、検査装置１件）"),
        ("学会・展示会での発表", "19件"),
    ], 0)
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("５　主な共同研究", H1)]
    for i, (head, inst, cost, stage) in enumerate(PROJECTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("相手機関", inst), ("研究費の総額", cost), ("現在の段階", stage)], 1)
    st += [P("６　課題と今後の取組", H1)]
    st += paras("""
共同研究の件数は順調に増えている一方、事業化まで進んだものは２件にとどまる。試作から販売までの費用の負担と、海外研究機関との契約や知的財産の取扱いに関する相談が多く寄せられている。
""", 0)
    st += numbered([
        "① 事業化に向けて、試作から販売までの費用を補助する枠を令和７年度に新設する。",
        "② 県内企業と海外研究機関の橋渡しをするコーディネーターを２人から３人に増やす。",
        "③ 若手研究者の派遣を増やすため、３か月以上の長期派遣の旅費を支援する。",
        "④ 最終年度の令和８年度に、プロジェクト全体の評価を行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KENKYU_DEPT} 研究連携班　電話：099-356-1510　ファクス：099-356-1519",
        f"{TECH} 国際連携室（共同研究の相談）　電話：099-357-8800",
        "電子メール：global-kenkyu@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return koubo_specs() + nihongo_specs() + kenkyu_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, nspecs, rspecs = koubo_specs(), nihongo_specs(), kenkyu_specs()
    kdoc = build_pdf(docs_dir / KOUBO_PDF, kspecs, koubo_story(kspecs),
                     f"令和７年度 {KOUBO} 公募要領", "令和７年４月", KOUBO_DEPT)
    ndoc = build_pdf(docs_dir / NIHONGO_PDF, nspecs, nihongo_story(nspecs),
                     f"令和６年度 {NIHONGO} 実施報告書", "令和７年５月", NIHONGO_DEPT)
    rdoc = build_pdf(docs_dir / KENKYU_PDF, rspecs, kenkyu_story(rspecs),
                     f"{KENKYU} 進捗報告書", "令和７年６月", KENKYU_DEPT)
    gold = all_gold({KOUBO_PDF: kdoc.row_pages, NIHONGO_PDF: ndoc.row_pages, KENKYU_PDF: rdoc.row_pages})
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
    # --- koubo: the digital-marketing subsidy call, tables (a) (b) (c), a definition, costs not covered,
    #     sibling sections, steps, Q&A
    dict(question="従業員８人で旅館をやっている方から、英語のホームページを作りたいと相談がありました。補助の上限額はいくらで案内すればいいですか？",
         category="koubo", doc=KOUBO_PDF,
         evidence=["宿泊業及び娯楽業を除く", "外国語ウェブサイトの制作・翻訳 50 70 100 60"], answer=["60"],
         notes="two facts: the 小規模事業者 definition puts an inn under the 20人 threshold (宿泊業 is excluded from the "
               "５人 rule of 商業・サービス業), so 8人 is small; (a) two-level header, leaf 上限額（万円）／小規模事業者; "
               "100 (中小企業者) is the trap, and so is reading 8人 > ５人 as not small"),
    dict(question="社員80人の食品メーカーが、海外で人気の発信者に商品を紹介してもらう計画です。補助金は最大でいくらまで出せますか？",
         category="koubo", doc=KOUBO_PDF, evidence=["インフルエンサー施策 40 60 90 50"], answer=["90"],
         notes="(a) インフルエンサー施策 named by its definition; 80人 is not a 小規模事業者, so the leaf "
               "上限額（万円）／中小企業者; 50 (小規模事業者) and the rates 40 / 60 are the traps"),
    dict(question="越境ECのモールに出店するときの出店料にも、この補助金は使えますか？",
         category="koubo", doc=KOUBO_PDF, evidence=["補助の対象とならない経費", "越境ＥＣサイトへの出店料"],
         answer=["対象とならない"],
         notes="the bulleted list of costs not covered (under the rates and caps); ＥＣ printed full-width, asked half-width"),
    dict(question="2023年度の募集で採択になった案件は何件でしたか？",
         category="koubo", doc=KOUBO_PDF, evidence=["令和５年度 61 33 1,718"], answer=["33"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column "
               "採択件数（件）; 61 (申請件数) is the trap"),
    dict(question="令和４年度には、申請が全部で何件来ていましたか？",
         category="koubo", doc=KOUBO_PDF, evidence=["令和４年度 52 28 1,392"], answer=["52"],
         notes="(b) column 申請件数（件）"),
    dict(question="令和６年度は、申請した事業者のうちどれくらいの割合が採択されましたか？",
         category="koubo", doc=KOUBO_PDF, evidence=["令和６年度 74 39 2,031"], answer=["52.7%"], computed=True,
         notes="(b) share within a row (an adoption rate, printed nowhere): 39 / 74 = 52.7 %"),
    dict(question="令和６年度の交付額を対象国・地域別に並べると、台湾の次に多いのはどこですか？",
         category="koubo", doc=KOUBO_PDF, evidence=["香港 ６ 438"], answer=["香港"],
         notes="(c) the second-largest row of the column 交付額（万円）: 台湾 468, 香港 438, 米国 421 (米国 is second by "
               "採択件数, the trap)"),
    dict(question="アメリカ市場向けの案件には、令和６年度、１件当たり平均でどのくらい交付していますか？",
         category="koubo", doc=KOUBO_PDF, evidence=["米国 ７ 421"], answer=["60.1万円"], computed=True,
         notes="(c) average in a row: 421 / 7 = 60.14 → 60.1万円 (米国 asked as アメリカ)"),
    dict(question="パンフレットに載せる事例を探しています。家具を作っている会社の事例は、どこの国に向けた取組でしたか？",
         category="koubo", doc=KOUBO_PDF, evidence=["家具製造業Ｂ社", "対象市場：米国"], answer=["米国"],
         notes="sibling sections （１）–（３） of ６ share the labels 対象市場, 取り組んだ内容, 補助金額; （２）家具製造業Ｂ社 "
               "named by paraphrase; 台湾 and タイ are the siblings' values"),
    dict(question="審査を通った会社には、交付決定の知らせがいつごろ届く見込みですか？",
         category="koubo", doc=KOUBO_PDF, evidence=["交付決定の通知（７月下旬の予定）"], answer=["７月下旬"],
         notes="procedure step ④ of ①–⑦ (「７月下旬の予定」: an expected date, not a deadline)"),
    dict(question="海外のインフルエンサーにドルで報酬を払った場合、補助対象の金額はどのレートで円に直すことになっていますか？",
         category="koubo", doc=KOUBO_PDF, evidence=["支払日の為替レートで円に換算"], answer=["支払日の為替レート"],
         notes="Q&A: Ａ of Ｑ２ (the remittance fee is not covered, a near miss)"),
    # --- nihongo: the easy-Japanese report, tables (d) (e) (f), a definition, sibling sections
    dict(question="2024年度のやさしい日本語の普及事業には、どれだけの費用をかけましたか？",
         category="nihongo", doc=NIHONGO_PDF, evidence=["事業費：860万円"], answer=["860万円"],
         notes="「label：value」 line 事業費 (no Western year is printed: 2024年度 = 令和６年度)"),
    dict(question="病院や介護施設で働いている人のうち、オンラインで講座を受けた人は何人いましたか？",
         category="nihongo", doc=NIHONGO_PDF, evidence=["医療・福祉 97 64 161"], answer=["64"],
         notes="(d) grouped rows (区分 民間), row 医療・福祉 named by paraphrase, column オンライン講座（人）; 97 (集合研修) "
               "and 161 (計) are the traps"),
    dict(question="県や市町村の職員、学校の先生といった行政関係の受講者は、合わせて何人になりますか？",
         category="nihongo", doc=NIHONGO_PDF,
         evidence=["行政 県職員 86 142 228", "市町村職員 214 96 310", "学校の教職員 58 71 129"],
         answer=["667人"], computed=True,
         notes="(d) sum over the rows of one group: 区分 行政 is printed once, over three rows; 228 + 310 + 129 = 667"),
    dict(question="2024年度に高森町で開いた研修会では、最後まで受講した人は何人でしたか？",
         category="nihongo", doc=NIHONGO_PDF, evidence=["高森町 １ 31 12"], answer=["31"],
         notes="(e) continuation page (no header there): row 高森町, column 受講者数（人）; 2024年度 = 令和６年度 "
               "(no Western year is printed)"),
    dict(question="上郷町の研修会に来た人のうち、会社やお店、自治会など行政以外の人は何人でしたか？",
         category="nihongo", doc=NIHONGO_PDF, evidence=["上郷町 ２ 38 17"], answer=["17"],
         notes="(e) column うち民間・地域（人） (note ※１: the 区分 民間 and 地域 of (d)); 38 is the trap"),
    dict(question="北浦市の研修会は、１回当たり平均何人くらいが受講したことになりますか？",
         category="nihongo", doc=NIHONGO_PDF, evidence=["北浦市 ４ 85 36"], answer=["21.3人"], computed=True,
         notes="(e) average in a row: 85 / 4 = 21.25 → 21.3人"),
    dict(question="オンラインで受講した人の中で、外国の方と話す自信がついたと答えたのはどのくらいの割合ですか？",
         category="nihongo", doc=NIHONGO_PDF, evidence=["外国人住民と話す自信がついた 56.9 61.7 48.4"],
         answer=["48.4"],
         notes="(f) unruled table, column オンライン講座, row named by paraphrase; 61.7 (集合研修) and 56.9 (全体) are traps"),
    dict(question="「職場ですぐ使えそう」と答えた人の割合は、集合研修のほうがオンライン講座より何ポイント高いですか？",
         category="nihongo", doc=NIHONGO_PDF, evidence=["職場ですぐに使えると思う 82.8 85.9 77.2"],
         answer=["8.7ポイント"], computed=True,
         notes="(f) difference across a row: 85.9 − 77.2 = 8.7ポイント"),
    dict(question="研修を途中で抜けて帰った人も、受講者の人数に入っているのでしょうか？",
         category="nihongo", doc=NIHONGO_PDF, evidence=["途中で退出した者は含まない"], answer=["含まない"],
         notes="definition 「受講者」とは、…最後まで受講した者をいい、途中で退出した者は含まない (no)"),
    dict(question="町内会の人たち向けに開いた研修会には、何人が参加しましたか？",
         category="nihongo", doc=NIHONGO_PDF, evidence=["白石町 自治会向け研修会", "受講者：19人"], answer=["19人"],
         notes="sibling sections （１）–（３） of ５ share the labels 開催日, 受講者, 研修の内容; （３）白石町 自治会向け研修会 "
               "named by paraphrase (町内会); the 白石町 row of the municipal table (36, the town's year) and the "
               "自治会・町内会 row of the affiliation table (52, all such trainees) are near misses"),
    # --- kenkyu: the joint-research progress report, tables (g) (h), the note mark, a definition, sibling sections
    dict(question="2023年度の時点で、食品や農林水産の分野の共同研究は何件動いていましたか？",
         category="kenkyu", doc=KENKYU_PDF, evidence=["食品・農林水産 １ ３ ４"], answer=["３"],
         notes="(g) fiscal years as columns: 2023年度 = 令和５年度 (no Western year is printed)"),
    dict(question="令和６年度、ロボットやIT関係の分野で実施した共同研究は何件ですか？",
         category="kenkyu", doc=KENKYU_PDF, evidence=["ＩＣＴ・ロボット １ ２ ４"], answer=["４"],
         notes="(g) column 令和６年度, row ＩＣＴ・ロボット named by paraphrase"),
    dict(question="医療やヘルスケアの共同研究は、事業を始めた年度と比べて令和６年度には何件増えていますか？",
         category="kenkyu", doc=KENKYU_PDF, evidence=["令和４年度から令和８年度まで", "医療・ヘルスケア ２ ４ ６"],
         answer=["4件"], computed=True,
         notes="(g) difference across a row: 6 − 2 = 4件; the first year is 令和４年度 (実施期間)"),
    dict(question="韓国の研究機関から、実際に県まで来てくれた研究者は何人ですか？",
         category="kenkyu", doc=KENKYU_PDF, evidence=["韓国 ２ ８ ９※", "韓国２人"], answer=["7人"], computed=True,
         notes="two facts: (h) the cell 韓国 / 研究者の受入れ（人） carries the note mark (９※) and the note ※ says it "
               "includes 2 who took part online: 9 − 2 = 7"),
    dict(question="2022年度から2024年度までに、ドイツへ派遣した研究者は延べ何人ですか？",
         category="kenkyu", doc=KENKYU_PDF, evidence=["ドイツ ３ 15 ８"], answer=["15"],
         notes="(h) column 研究者の派遣（人）, the three years of the caption note 令和４～６年度 asked in Western years; "
               "８ (受入れ) is the trap"),
    dict(question="このプロジェクトで提携している海外の研究機関は、全部でいくつありますか？",
         category="kenkyu", doc=KENKYU_PDF, evidence=["合計 12 48 41※"], answer=["12"],
         notes="(h) 合計 row, column 提携機関数（機関）"),
    dict(question="試作品を取引先に無料で配り始めた段階でも、「事業化」に数えてよいのですか？",
         category="kenkyu", doc=KENKYU_PDF, evidence=["試作品の無償提供は含まない"], answer=["含まない"],
         notes="definition 「事業化」とは、…販売を始めたことをいい、試作品の無償提供は含まない (no)"),
    dict(question="北欧の研究所と進めている木の新しい素材の研究には、これまで総額でいくらかかっていますか？",
         category="kenkyu", doc=KENKYU_PDF, evidence=["木質系新素材の開発", "研究費の総額：2,480万円"],
         answer=["2,480万円"],
         notes="sibling sections （１）–（３） of ５ share the labels 相手機関, 研究費の総額, 現在の段階; （１）木質系新素材の開発"
               "（フィンランド） named by paraphrase; 1,650万円 and 1,920万円 are the siblings' values"),
    # --- followups
    dict(question="その経費で、小規模事業者が受けられる補助の上限はいくらですか？",
         category="followup", doc=KOUBO_PDF, evidence=["インフルエンサー施策 40 60 90 50"], answer=["50"],
         history=_turns("インフルエンサー施策の補助率は、小規模事業者の場合、何％ですか？",
                        "小規模事業者の補助率は60％です[1]。"),
         notes="(a) the row from the history (インフルエンサー施策), the other group: 上限額（万円）／小規模事業者"),
    dict(question="その年度に交付した金額は、合計でいくらでしたか？",
         category="followup", doc=KOUBO_PDF, evidence=["令和３年度 38 21 1,046"], answer=["1,046"],
         history=_turns("2021年度には、申請が何件ありましたか？",
                        "2021年度（令和３年度）の申請は38件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付額（万円）"),
    dict(question="そこで研修を受けた人は何人でしたか？",
         category="followup", doc=NIHONGO_PDF, evidence=["東野市 ４ 92 38"], answer=["92"],
         history=_turns("東野市では、集合研修を何回開きましたか？",
                        "東野市では４回開きました[1]。"),
         notes="(e) the row from the history (東野市), column 受講者数（人）"),
    dict(question="そこから受け入れた研究者は何人ですか？",
         category="followup", doc=KENKYU_PDF, evidence=["フィンランド ２ ６ ５"], answer=["５"],
         history=_turns("フィンランドの提携機関はいくつありますか？",
                        "フィンランドの提携機関は２機関です[1]。"),
         notes="(h) the row from the history (フィンランド), column 研究者の受入れ（人） (no note mark on this row)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KENKYU_PDF, evidence=["国際連携室（共同研究の相談）　電話：099-357-8800"], answer=["099-357-8800"],
         history=_turns("海外の大学と共同研究をしたいという会社は、どこに相談すればいいですか？",
                        "梓県産業技術センターの国際連携室が共同研究の相談を受け付けています[1]。"),
         notes="contact box of the progress report: the センター's phone; the 班's phone 099-356-1510 and fax "
               "099-356-1519 (on one line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="2024年度にこの補助金を使った会社で、海外向けの売上がどれくらい伸びたかは分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives adoptions and grants by year and country, no outcome of the firms",
         absent=["売上", "販売額"]),
    dict(question="採択された案件を業種別に見ると、食品関係の会社は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="adoptions are given by year and by target country only; the 日本酒製造業Ａ社 case is a near miss",
         absent=["業種別"]),
    dict(question="やさしい日本語の研修を受けた人の年代別の内訳を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="trainees are given by affiliation and municipality only",
         absent=["年代", "年齢", "歳"]),
    dict(question="オンライン講座の動画は、これまでに何回再生されましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the online registrations (612) and completions (480), no view counts",
         absent=["再生", "視聴回数"]),
    dict(question="共同で出願した特許のうち、令和６年度までに権利として登録されたものは何件ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only the filings are given (６件, うち外国への出願２件); 登録 occurs for the easy-Japanese tutors, a near miss",
         absent=["特許権", "登録された特許", "特許の登録"]),
    dict(question="このプロジェクトの令和６年度の事業費のうち、参加した企業が負担した分はいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the 事業費 line (3,150万円) gives no split by who pays; the siblings give 研究費の総額 of three projects, "
               "near misses",
         absent=["企業負担", "負担額", "自己負担"]),
]
CATEGORY_COUNTS = {"koubo": 11, "nihongo": 10, "kenkyu": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h33q", "h33t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year or period)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"] or tuple(g["fiscal_year_range"])): g
                      for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = ("経費区分別の補助率と上限額", "申請件数と採択件数の推移", "主な対象国・地域別の採択状況",
                          "所属別の受講者数", "市町村別の集合研修の開催状況", "受講者アンケートの結果",
                          "分野別の共同研究の実施件数", "相手国・地域別の提携機関数と研究者の往来")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))
PERIOD = (FIELD_YEARS[0], FIELD_YEARS[-1])


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


def _avg(x, y) -> Decimal:
    return half_up(Decimal(x) / Decimal(y), "0.1")


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h33q06": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h33q08": lambda g: f"{_avg(g(C, '米国', '交付額（万円）', 2024), g(C, '米国', '採択件数（件）', 2024))}万円",
    "h33q14": lambda g: f"{sum(g(D, r, '計（人）', 2024) for r in ('県職員', '市町村職員', '学校の教職員'))}人",
    "h33q17": lambda g: f"{_avg(g(E, '北浦市', '受講者数（人）', 2024), g(E, '北浦市', '開催回数（回）', 2024))}人",
    "h33q19": lambda g: f"{_dec(g(F, '職場ですぐに使えると思う', '集合研修', 2024)) - _dec(g(F, '職場ですぐに使えると思う', 'オンライン講座', 2024))}ポイント",
    "h33q24": lambda g: f"{g(G, '医療・ヘルスケア', '令和６年度', 2024) - g(G, '医療・ヘルスケア', '令和４年度', 2022)}件",
    "h33q25": lambda g: f"{g(H, '韓国', '研究者の受入れ（人）', PERIOD) - next(p[4] for p in PARTNERS if p[0] == '韓国')}人",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KOUBO_PDF: (2, 3), NIHONGO_PDF: (2, 3), KENKYU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("梓市", "北浦市")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("上郷町", "高森町", "葛原村", "合計")  # and after it
EXPECTED_MARKED = {("韓国", "研究者の受入れ（人）"), ("カナダ", "研究者の受入れ（人）"), ("合計", "研究者の受入れ（人）")}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout33.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout33.py")
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
    keys = [(g["table"], g["row"], g["column"], g["fiscal_year"], str(g["fiscal_year_range"])) for g in gold]
    if len(set(keys)) != len(keys):
        errors.append("the key (table, row, column, fiscal_year, fiscal_year_range) is not unique")
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

    # (a): small firms get at least the general rate; the caps stay within the firm caps of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模事業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／中小企業者"] < r["上限額（万円）／小規模事業者"]:
            errors.append(f"{A} / {row}: 中小企業者 cap below the 小規模事業者 cap")
        if r["上限額（万円）／中小企業者"] > FIRM_CAPS[0] or r["上限額（万円）／小規模事業者"] > FIRM_CAPS[1]:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing counts; adoptions within applications
    b = t[B]
    for col in ("申請件数（件）", "採択件数（件）", "交付額（万円）"):
        ns = [b[r][col] for r in b]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    if any(r["採択件数（件）"] > r["申請件数（件）"] for r in b.values()):
        errors.append(f"{B}: 採択件数 above 申請件数")
    # (c): 合計 adds up and equals (b)'s 令和６年度; no country above count × the firm cap
    adds_up(C, ("採択件数（件）", "交付額（万円）"))
    for col in ("採択件数（件）", "交付額（万円）"):
        if t[C]["合計"][col] != b["令和６年度"][col]:
            errors.append(f"{C}: 合計 of {col} differs from 令和６年度 of {B}")
    for row, r in t[C].items():
        if r["交付額（万円）"] > r["採択件数（件）"] * FIRM_CAPS[0]:
            errors.append(f"{C} / {row}: amount above count × firm cap")
    # (d): 計 is the row sum; 合計 adds up; (e)'s 合計 equals (d)'s 集合研修 and its 民間・地域 part
    d = t[D]
    adds_up(D, ("集合研修（人）", "オンライン講座（人）", "計（人）"))
    for row, r in d.items():
        if r["計（人）"] != r["集合研修（人）"] + r["オンライン講座（人）"]:
            errors.append(f"{D} / {row}: 計 is not the sum of its row")
    e = t[E]
    adds_up(E, ("開催回数（回）", "受講者数（人）", "うち民間・地域（人）"))
    if e["合計"]["受講者数（人）"] != d["合計"]["集合研修（人）"]:
        errors.append(f"{E}: 合計 受講者数 differs from (d)'s 集合研修")
    groups = dict(nihongo_specs()[0].groups())
    if e["合計"]["うち民間・地域（人）"] != sum(d[r]["集合研修（人）"] for gname in ("民間", "地域") for r in groups[gname]):
        errors.append(f"{E}: 合計 うち民間・地域 differs from (d)'s 民間 and 地域 集合研修")
    if any(r["うち民間・地域（人）"] > r["受講者数（人）"] for r in e.values()):
        errors.append(f"{E}: うち above 受講者数")
    # (f): the per cents come from the counts (全体 over both forms)
    n_all = sum(SURVEY_N)
    for name, a, bb in SURVEY:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, SURVEY_N[0]), pct1(bb, SURVEY_N[1]))
        if (_dec(r["全体"]), _dec(r["集合研修"]), _dec(r["オンライン講座"])) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): 合計 adds up; the counts grow every year in every field
    adds_up(G, ("令和４年度", "令和５年度", "令和６年度"))
    for row, r in t[G].items():
        if not r["令和４年度"] <= r["令和５年度"] <= r["令和６年度"]:
            errors.append(f"{G} / {row}: counts should not fall")
    # (h): 合計 adds up (marked cells included); the online researchers of the note stay within their cells
    adds_up(H, ("提携機関数（機関）", "研究者の派遣（人）", "研究者の受入れ（人）"))
    for n, _k, _o, inn, online in PARTNERS:
        if online > inn:
            errors.append(f"{H} / {n}: more online researchers than received")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    towns = specs["towns"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(towns.header[0]))
        on = [i + 1 for i, p in enumerate(pages[NIHONGO_PDF]) if header in norm(p)]
        if towns.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("受講者数は、最後まで受講した者の数である") not in norm(pages[NIHONGO_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "adoptions", "country", "affil", "survey", "fields", "partners"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["survey"].ruled or not all(s.ruled for k, s in specs.items() if k != "survey"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, the same two leaves under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模事業者", "上限額（万円）／中小企業者", "上限額（万円）／小規模事業者"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in ADOPTIONS]:
        errors.append(f"{B}: expected years as rows")
    # (d): a stub header naming both row axes; each group label printed once, spanning its rows
    affil = specs["affil"]
    if affil.header[0][:2] != ["区分", "所属"]:
        errors.append(f"{D}: expected the stub header 区分 / 所属")
    dpage = sorted({g["page"] for g in gold if g["table"] == D})
    dtext = norm(pages[NIHONGO_PDF][dpage[0] - 1])
    groups = affil.groups()
    if list(groups) != ["行政", "民間", "地域"] or [len(v) for v in groups.values()] != [3, 3, 2]:
        errors.append(f"{D}: expected the groups 行政 (3 rows), 民間 (3), 地域 (2), got {groups}")
    group_spans = [s for s in affil.spans if s[0][0] == 0 and s[1][0] == 0]
    if [s[1][1] - s[0][1] + 1 for s in group_spans] != [3, 3, 2]:
        errors.append(f"{D}: the group cells should span 3, 3 and 2 rows")
    for gname, members in groups.items():
        if sum(r[0] == gname for r in affil.rows) != 1 or norm(gname + members[0]) not in dtext:
            errors.append(f"{D}: group {gname} should be printed once, before its first row")
    # (g): fiscal years as columns, no year of the table
    gyears = list(dict.fromkeys(g["fiscal_year"] for g in gold if g["table"] == G))
    if gyears != list(FIELD_YEARS) or specs["fields"].table_fy is not None:
        errors.append(f"{G}: expected the fiscal years {FIELD_YEARS} as columns, got {gyears}")
    # (h): exactly the expected cells carry the note mark; the note is on the table's page; a period
    got = {(g["row"], g["column"]) for g in gold if g["value"].endswith(MARK)}
    if got != EXPECTED_MARKED:
        errors.append(f"{H}: the marked cells are {got}, expected {EXPECTED_MARKED}")
    hpage = {g["page"] for g in gold if g["table"] == H}
    if len(hpage) == 1 and norm("※オンラインで共同研究会に参加した研究者") not in norm(pages[KENKYU_PDF][min(hpage) - 1]):
        errors.append(f"{H}: the note explaining ※ is not on the table's page")
    if {tuple(g["fiscal_year_range"] or ()) for g in gold if g["table"] == H} != {PERIOD}:
        errors.append(f"{H}: every cell should have the period {PERIOD}")
    if any(g["fiscal_year_range"] for g in gold if g["table"] != H):
        errors.append("only (h) is a table of several fiscal years")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
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

    def contacts(doc, want, mail, what):
        text = norm("\n".join(pages[doc]))
        got = re.findall(r"099-\d{3}-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        if norm(f"電話：{want[0]}ファクス：{want[1]}") not in text:
            errors.append(f"{what}: the 班's phone and fax should share one line")
        if re.findall(r"[\w.-]+@[\w.-]+", text) != [mail] or not mail.endswith(MAIL_DOMAIN):
            errors.append(f"{what}: expected the one mail address {mail}")

    def definitions(text, doc, terms):
        for d in terms:
            if norm(d) not in text:
                errors.append(f"{doc}: the definition {d} is missing")

    kb = norm("\n".join(pages[KOUBO_PDF]))
    siblings(kb, KOUBO_PDF, ("対象市場：", "取り組んだ内容：", "補助金額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in ADOPTIONS)}件、{sum(r[3] for r in ADOPTIONS):,}万円") not in kb:
        errors.append("subsidy call: the four-year totals in the prose differ from (b)")
    last = ADOPTIONS[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対し{last[2]}件を採択し、{last[3]:,}万円") not in kb:
        errors.append("subsidy call: the 令和６年度 figures in the prose differ from (b)")
    if max(BY_COUNTRY, key=lambda r: r[1])[0] != "台湾" or max(BY_COUNTRY, key=lambda r: r[2])[0] != "台湾":
        errors.append("subsidy call: 「台湾が件数、交付額ともに最も多く」 does not hold")
    by_amount = [r[0] for r in sorted(BY_COUNTRY, key=lambda r: -r[2])]
    by_count = [r[0] for r in sorted(BY_COUNTRY, key=lambda r: -r[1])]
    if by_amount[1] != "香港" or by_count[1] != "米国" or len({r[2] for r in BY_COUNTRY}) != len(BY_COUNTRY):
        errors.append("subsidy call: the second-largest question relies on 香港 (amount) and 米国 (count)")
    rates = {r[0]: r for r in RATES}
    for head, _where, _what, amount, costs in CASES:
        if int(amount.rstrip("万円")) > min(sum(rates[x][3] for x in costs), FIRM_CAPS[0]):
            errors.append(f"subsidy call: case {head} gets more than its caps allow")
    if re.findall(r"20\d\d年", kb) != ["2021年"]:
        errors.append("subsidy call: only 2021年度 should be printed in Western form")
    definitions(kb, KOUBO_PDF, ("「小規模事業者」とは", "「インフルエンサー施策」とは"))
    raw = "\n".join(pages[KOUBO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy call: expected three Ｑ lines and three Ａ lines")
    steps_of(KOUBO_PDF, "①②③④⑤⑥⑦", "subsidy call")
    contacts(KOUBO_PDF, ["099-352-4310", "099-352-4319", "099-353-2200"], "digital-hojo@example.jp", "subsidy call")

    nh = norm("\n".join(pages[NIHONGO_PDF]))
    siblings(nh, NIHONGO_PDF, ("開催日：", "受講者：", "研修の内容："), [s[0] for s in SEMINARS])
    ta, tb = trainees()
    if norm(f"延べ{ta + tb:,}人で、前年度（{PREV_TRAINEES}人）から{ta + tb - PREV_TRAINEES}人増えた") not in nh \
            or norm(f"集合研修は{ta}人、オンライン講座は{tb}人") not in nh:
        errors.append("easy-Japanese report: the trainee totals in the prose differ from (d)")
    if norm(f"計{sum(t[1] for t in TOWNS)}回開いた") not in nh or len(TOWNS) != 10:
        errors.append("easy-Japanese report: the seminars in the prose differ from (e)")
    if max(TOWNS, key=lambda t: t[1])[0] != "梓市" or max(TOWNS, key=lambda t: t[2])[0] != "梓市" \
            or sum(t[1] == TOWNS[0][1] for t in TOWNS) != 1:
        errors.append("easy-Japanese report: 「梓市…開催回数、受講者数ともに最も多かった」 does not hold")
    totals = sorted(AFFILIATIONS, key=lambda r: -(r[2] + r[3]))
    if [r[1] for r in totals[:2]] != ["市町村職員", "県職員"] or not AFFILIATIONS[0][3] > AFFILIATIONS[0][2]:
        errors.append("easy-Japanese report: the ranking of affiliations in the prose does not hold")
    by_town = {t[0]: t[2] for t in TOWNS}
    for head, _w, n, _what, town in SEMINARS:
        if int(n.rstrip("人")) > by_town[town] or not head.startswith(town):
            errors.append(f"easy-Japanese report: sibling {head} does not fit its town")
    if TUTORS[1] > TUTORS[0] or TUTORS[2] < TUTORS[1]:
        errors.append("easy-Japanese report: the tutor figures do not fit together")
    clear = next(s for s in SURVEY if s[0] == "内容が分かりやすかった")
    conf = next(s for s in SURVEY if s[0] == "外国人住民と話す自信がついた")
    if pct1(clear[1], SURVEY_N[0]) <= 80 or pct1(clear[2], SURVEY_N[1]) <= 80 or pct1(conf[2], SURVEY_N[1]) >= 50:
        errors.append("easy-Japanese report: 「８割を超えた」／「５割を下回った」 does not hold")
    if re.findall(r"20\d\d年", nh):
        errors.append("easy-Japanese report: no Western year should be printed")
    definitions(nh, NIHONGO_PDF, ("「やさしい日本語」とは", "「受講者」とは", "「やさしい日本語講師」"))
    steps_of(NIHONGO_PDF, "①②③", "easy-Japanese report")
    contacts(NIHONGO_PDF, ["099-354-2610", "099-354-2619", "099-355-7700"], "yasashii-nihongo@example.jp",
             "easy-Japanese report")

    kk = norm("\n".join(pages[KENKYU_PDF]))
    siblings(kk, KENKYU_PDF, ("相手機関：", "研究費の総額：", "現在の段階："), [p[0] for p in PROJECTS])
    if norm(f"令和６年度は{sum(r[3] for r in FIELDS)}件となった") not in kk:
        errors.append("progress report: the 令和６年度 total in the prose differs from (g)")
    if max(FIELDS, key=lambda r: r[3])[0] != "医療・ヘルスケア" or sum(r[3] == FIELDS[0][3] for r in FIELDS) != 1:
        errors.append("progress report: 「医療・ヘルスケアが最も多い」 does not hold")
    if norm(f"６か国・地域の{sum(p[1] for p in PARTNERS)}機関") not in kk or len(PARTNERS) != 6 \
            or norm(f"派遣は延べ{sum(p[2] for p in PARTNERS)}人、受入れは延べ{sum(p[3] for p in PARTNERS)}人") not in kk:
        errors.append("progress report: the partner totals in the prose differ from (h)")
    if re.findall(r"20\d\d年", kk):
        errors.append("progress report: no Western year should be printed")
    definitions(kk, KENKYU_PDF, ("「共同研究」とは", "「事業化」とは"))
    steps_of(KENKYU_PDF, "①②③④", "progress report")
    contacts(KENKYU_PDF, ["099-356-1510", "099-356-1519", "099-357-8800"], "global-kenkyu@example.jp",
             "progress report")
    # every phone number of the set is fictional (099-35x-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-35x-xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
