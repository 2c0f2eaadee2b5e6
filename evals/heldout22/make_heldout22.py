"""Build the 花菱県 held-out set 22: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (花菱県 and every town, centre, scheme, organisation, event, phone
number, address, URL and figure). The documents are in three genres the earlier sets do not use:
the annual operating report of a support centre for foreign entrepreneurs
(外国人起業家支援センター 運営報告書) with consultations by topic and channel (a two-level header)
and by month with the interpreters' days on duty (a table continued over a page break without its
header); a guide to a subsidy for care providers taking on foreign care workers
(外国人介護人材受入支援補助金のご案内) with the rates and caps by provider size (a second two-level
header), the grants by year (years as rows, with 「－」 and 「…」 cells explained by a note) and an
unruled table by status of residence; and the results report of a business-meeting event with
invited foreign buyers (海外バイヤー招へい商談会 実施報告書) with the buyers by country (a 合計 row
and a 構成比（％） column) and the meetings and deals by product category; see README.md beside
this file.

    python make_heldout22.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout12/make_heldout12.py (itself after ../heldout11/make_heldout11.py); the helpers are in
../docgen.py (unchanged). The gold cells are generated from the same specs that draw the tables;
PDF page numbers are recorded while reportlab lays the pages out. The output is byte-identical
on every run (reportlab ``invariant=True``). The script exits 1 if any check fails;
``check_files(folder)`` returns the problems found (empty when fine).
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

CENTER_PDF = "hanabishi_gaikokujin_kigyoka_center_hokoku_r6.pdf"
HOJO_PDF = "hanabishi_gaikokujin_kaigo_jinzai_hojokin_annai_r7.pdf"
SHODAN_PDF = "hanabishi_kaigai_buyer_shodankai_hokoku_r6.pdf"
ALL_PDFS = (CENTER_PDF, HOJO_PDF, SHODAN_PDF)

UNITS = ("万円", "件", "人", "社", "日", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # none (該当なし), explained by a note under the table
NOT_COUNTED = "…"  # not counted (集計していない), explained by the same note
MARKS = (DASH, NOT_COUNTED)
INDENT = "　"  # the full-width space that starts a body paragraph


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
    """(number, unit) as printed after NFKC; (None, None) for 「－」, 「…」 and text cells."""
    return docgen.parse_number(nfkc(value).strip(), UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (交付額（万円） -> 万円), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def share(part: int, total: int) -> str:
    """A 構成比 cell: per cent with one decimal, rounded half up."""
    return str(half_up(Decimal(part * 100) / Decimal(total), "0.1"))


def cell(x) -> str:
    """A count, or the mark printed instead of it (「－」 none, 「…」 not counted)."""
    return x if x in MARKS else fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf (as in heldout12)."""

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
            fy = fiscal_year(row_label) or spec.table_fy
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


def bracket_units(spec: TableSpec) -> TableSpec:
    """Take each cell's unit from the bracket at the end of its column header."""
    spec.unit = lambda row, c, s=spec: bracket_unit(s.column_label(c))
    return spec


PREF = "花菱県"
CITY = "花菱市"

# ================================================================ document 1: foreign entrepreneurs' centre report
CENTER = f"{PREF}外国人起業家支援センター"
CENTER_DEPT = f"{PREF} 商工労働部 産業創出課"
ZAIDAN = "公益財団法人花菱県産業振興財団"
TOPICS = [  # 相談内容, 来所, オンライン, 電話・メール (令和６年度, 件)
    ("在留資格（経営・管理）", 168, 142, 61), ("会社設立・開業の手続", 124, 98, 37),
    ("資金調達・補助金", 72, 81, 24), ("事務所・店舗の確保", 58, 33, 19), ("税務・会計・労務", 49, 44, 21),
    ("販路開拓・取引先の紹介", 41, 52, 16), ("生活・その他", 27, 12, 23),
]
MONTHS = [  # 月, 相談件数, うち専門家相談, 通訳者の配置日数 (令和６年度)
    (4, 78, 9, 10), (5, 84, 11, 11), (6, 91, 12, 12), (7, 102, 14, 13), (8, 86, 10, 9), (9, 95, 13, 11),
    (10, 108, 15, 13), (11, 112, 23, 12), (12, 88, 10, 9), (1, 104, 13, 11), (2, 118, 17, 12), (3, 136, 22, 15),
]
PREV_TOTAL = 968  # 令和５年度の相談件数
SEMINARS = [  # 見出し, 開催日, 参加者数, 主な内容 (same labels in every sibling section)
    ("会社設立セミナー", "令和６年７月13日（土）", "42人", "株式会社と合同会社の違い、定款の作成と設立登記の手続"),
    ("資金調達セミナー", "令和６年11月９日（土）", "36人", "日本政策金融公庫の創業融資、県の制度融資と創業補助金"),
    ("起業家ピッチイベント", "令和７年２月22日（土）", "58人", "外国人起業家８人による事業発表と、県内企業・金融機関との交流会"),
]
FOUNDED = (27, 19, 21)  # 令和６年度に創業した人, 前年度, うち法人を設立した人


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def center_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in TOPICS]
    t = [sum(r[k] for r in TOPICS) for k in (1, 2, 3)]
    rows.append(["合計", fw(t[0]), fw(t[1]), fw(t[2]), fw(sum(t))])
    topics = TableSpec(
        key="topics", doc=CENTER_PDF, title="相談内容別・相談方法別の相談件数",
        header=[["相談内容", "相談方法", "", "", "計"], ["", "来所", "オンライン", "電話・メール", ""]],
        rows=rows, col_widths=[52 * mm, 22 * mm, 26 * mm, 28 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (4, 1))], unit="件", table_fy=2024,
    )
    mrows = [[month_label(m), fw(a), fw(b), fw(d)] for m, a, b, d in MONTHS]
    mrows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2, 3)])
    months = bracket_units(TableSpec(
        key="months", doc=CENTER_PDF, title="月別の相談件数と通訳者の配置日数",
        header=[["月", "相談件数（件）", "うち専門家相談（件）", "通訳者の配置日数（日）"]],
        rows=mrows, col_widths=[26 * mm, 36 * mm, 42 * mm, 46 * mm], table_fy=2024, repeat_header=False,
    ))
    return topics, months


def center_story(specs):
    topics, months = specs
    tot = sum(a + b + c for _n, a, b, c in TOPICS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CENTER} 運営報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(CENTER_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　センターの概要", H1)]
    st += lv_lines([
        ("名称", f"{CENTER}（愛称：はなびしグローバル起業ラボ）"),
        ("設置者", PREF),
        ("運営", f"{ZAIDAN}（県からの委託）"),
        ("所在地", f"{CITY}駅前通一丁目８番３号 花菱ビジネスプラザ５階"),
        ("開設", "令和３年（2021年）４月"),
        ("開館時間", "月曜日から土曜日までの午前10時から午後７時まで（日曜日、祝日及び年末年始を除く）"),
        ("対応言語", "英語、中国語、ベトナム語、ネパール語及びやさしい日本語"),
    ], 0)
    st += paras("""
この報告書において「外国人起業家」とは、日本国籍を有しない者であって、県内で新たに事業を始めようとするもの又は県内で事業を始めてから５年を経過していないものをいう。また、「専門家相談」とは、行政書士、税理士、司法書士等の専門家がセンターの相談員に同席して行う相談をいう。
""", 0)
    st += [P("２　相談の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{tot:,}件で、前年度（{PREV_TOTAL}件）に比べ{tot - PREV_TOTAL}件増加し、開設以来最多となった。相談内容別では、在留資格「経営・管理」に関する相談が最も多く、全体の約３割を占める。相談方法別では来所が全体の４割余りを占めるが、オンラインによる相談も前年度から大きく増えた。
センターの支援を受けて令和６年度中に県内で創業した外国人起業家は{FOUNDED[0]}人（前年度{FOUNDED[1]}人）で、このうち{FOUNDED[2]}人が法人を設立した。
""", 0)
    st += [caption(topics.title, "（令和６年度、単位：件）"), topics.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 一つの相談が複数の内容にわたる場合は、主な内容の１件として数えた。",
        "※２ 「オンライン」は、ビデオ会議システムによる相談である。",
        "※３ 「電話・メール」には、センターのウェブサイトの問い合わせフォームによる相談を含む。",
    ])
    st += [P("３　起業家向けセミナー等", H1)]
    st += paras("起業の準備に役立つ知識を提供し、起業家同士や県内企業とのつながりをつくるため、次の３回の催しを開いた。", 0)
    for i, (head, when, n, what) in enumerate(SEMINARS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", when), ("参加者数", n), ("主な内容", what)], 1)
    st += [P("４　相談の流れ", H1)]
    st += numbered([
        "① 予約（ウェブサイトの予約フォーム又は電話で受け付ける。予約のない来所にも対応する。）",
        "② 相談員による聞き取り（事業計画と在留資格の状況を確認する。）",
        "③ 助言と支援策の紹介",
        "④ 専門家相談の調整（必要な場合。原則として予約から１週間以内に実施する。）",
        "⑤ 創業後のフォローアップ（創業から１年間、３か月ごとに状況を確認する。）",
    ], 0)
    st += [P("５　相談体制と月別の状況", H1)]
    st += lv_lines([
        ("相談員", "３人（英語又は中国語で相談に対応）"),
        ("通訳者", "ベトナム語２人、ネパール語１人（登録制で、交代でセンターに常駐）"),
        ("登録専門家", "行政書士、税理士、司法書士等12人"),
    ], 0)
    st += paras("""
月別にみると、年度末の３月が最も多く、新年度の事業開始に向けた会社設立や在留資格の手続の相談が集中した。通訳者の配置日数は、通訳を希望する相談の予約状況に応じて月ごとに調整した。
""", 0)
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 月は相談を受け付けた月である。１月から３月は令和７年の数値である。",
        "※５ 通訳者の配置日数は、ベトナム語又はネパール語の通訳者がセンターに常駐した日数である。英語と中国語の相談には、相談員が直接対応した。",
    ])
    st += [CondPageBreak(34 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CENTER_DEPT} 国際起業支援班（センターの運営）　電話：099-231-5410　ファクス：099-231-5419",
        f"{CENTER}（相談の予約）　電話：099-232-7700",
        "電子メール：info@hanabishi-startup.example.jp",
    ]))
    return st


# ================================================================ document 2: foreign care workers subsidy guide
HOJO = f"{PREF}外国人介護人材受入支援補助金"
HOJO_DEPT = f"{PREF} 健康福祉部 長寿社会課"
COSTS = [  # 経費区分, 小規模事業者 補助率（％）, 上限額（万円）, その他の事業者 補助率（％）, 上限額（万円）
    ("日本語学習の支援", 75, 24, 50, 18), ("国家試験の受験対策", 75, 15, 50, 10),
    ("住居の確保", 50, 30, 50, 20), ("生活支援員（メンター）の配置", 75, 12, 50, 8),
    ("受入れ時の導入研修", 50, 10, 50, 6),
]
GRANT_YEARS = [  # 年度, 交付件数, 対象人数, うち受験対策, 合格者数 (DASH: none, NOT_COUNTED: not counted)
    (2021, 18, 46, DASH, NOT_COUNTED), (2022, 27, 71, 12, NOT_COUNTED), (2023, 35, 94, 21, 9),
    (2024, 44, 123, 30, 14),
]
STATUSES = [  # 在留資格, 対象人数（人）, 交付額（万円） (令和６年度)
    ("技能実習", 48, 1020), ("特定技能", 52, 1340), ("介護", 11, 240), ("ＥＰＡ介護福祉士候補者", 12, 310),
]
SESSIONS = [  # 見出し, 日時, 会場, 定員 (same labels in every sibling section)
    ("花菱市会場", "令和７年５月８日（木）午後２時から午後３時30分まで", "花菱県福祉会館 第１研修室", "60人"),
    ("北見原市会場", "令和７年５月14日（水）午後２時から午後３時30分まで", "北見原市民センター 大会議室", "40人"),
    ("オンライン開催", "令和７年５月20日（火）午後６時から午後７時まで", "ビデオ会議システム（申込者に接続先を通知）", "100人"),
]


def hojo_specs():
    costs = bracket_units(TableSpec(
        key="costs", doc=HOJO_PDF, title="補助対象経費と補助率・上限額",
        header=[["経費区分", "小規模事業者", "", "その他の事業者", ""],
                ["", "補助率（％）", "上限額（万円）", "補助率（％）", "上限額（万円）"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in COSTS],
        col_widths=[56 * mm, 25 * mm, 27 * mm, 25 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    ))
    years = bracket_units(TableSpec(
        key="grants", doc=HOJO_PDF, title="交付実績の推移",
        header=[["年度", "交付件数（件）", "対象人数（人）", "うち受験対策（人）", "合格者数（人）"]],
        rows=[[f"令和{fw(y - 2018)}年度", cell(n), cell(p), cell(e), cell(g)] for y, n, p, e, g in GRANT_YEARS],
        col_widths=[28 * mm, 30 * mm, 30 * mm, 36 * mm, 30 * mm],
    ))
    rows = [[n, fw(p), fw(a)] for n, p, a in STATUSES]
    rows.append(["合計", fw(sum(r[1] for r in STATUSES)), fw(sum(r[2] for r in STATUSES))])
    statuses = bracket_units(TableSpec(
        key="statuses", doc=HOJO_PDF, title="在留資格別の対象人数と交付額",
        header=[["在留資格", "対象人数（人）", "交付額（万円）"]],
        rows=rows, col_widths=[56 * mm, 32 * mm, 32 * mm], ruled=False, table_fy=2024,
    ))
    return costs, years, statuses


def hojo_story(specs):
    costs, years, statuses = specs
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の介護サービス事業所で働く外国人介護人材の日本語能力の向上と職場への定着を図るため、外国人介護人材を受け入れる介護サービス事業者に、日本語学習や住居の確保などに要する経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{sum(r[1] for r in GRANT_YEARS)}件、{sum(r[2] for r in GRANT_YEARS)}人の受入れを支援しました。
""", 0)
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内で介護保険法に基づく介護サービス事業所を運営する法人で、外国人介護人材を雇用しているもの"),
        ("補助対象期間", "令和７年４月１日から令和８年２月27日まで"),
        ("申請受付期間", "令和７年５月12日から令和７年７月31日まで（必着）"),
        ("予算額", "5,200万円"),
        ("申請の単位", "法人ごと（複数の事業所の分をまとめて申請してください。）"),
    ], 0)
    st += paras("""
この案内において「外国人介護人材」とは、在留資格「技能実習」（介護職種）、「特定技能」（介護分野）若しくは「介護」又は経済連携協定（ＥＰＡ）に基づく介護福祉士候補者として、介護業務に従事する外国人をいいます。また、「小規模事業者」とは、法人全体の常勤の介護職員が30人以下の事業者をいいます。
""", 0)
    st += [P("２　補助対象経費と補助率・上限額", H1)]
    st += paras("補助の対象となる経費と、外国人介護人材１人当たりの補助率及び上限額は、事業者の規模に応じて次のとおりです。", 0)
    st += [caption(costs.title, "（令和７年度、外国人介護人材１人当たり）"), costs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 国家試験の受験対策は、介護福祉士国家試験を受験する予定の「特定技能」の人及びＥＰＡ介護福祉士候補者に限ります。",
        "※２ 補助金の額は、１法人当たり年度内240万円を上限とします。千円未満の端数は切り捨てます。",
        "※３ 住居の確保は、敷金、礼金、仲介手数料及び家具・家電の購入費が対象で、毎月の家賃は含みません。",
    ])
    st += [P("３　説明会", H1)]
    st += paras("制度の内容と申請の方法を説明します。参加を希望する方は、開催日の３日前までに長寿社会課へ電子メールでお申し込みください。", 0)
    for i, (head, when, where, cap) in enumerate(SESSIONS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("日時", when), ("会場", where), ("定員", cap)], 1)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        "① 交付申請（申請書、事業計画書及び外国人介護人材の在留カードの写しを提出）",
        "② 審査と交付決定の通知（申請の締切りからおおむね１か月後）",
        "③ 補助事業の実施と経費の支払",
        "④ 実績報告（補助事業が終わった日から30日以内又は令和８年３月10日のいずれか早い日まで）",
        "⑤ 補助金の額の確定",
        "⑥ 補助金の請求と支払",
    ], 0)
    st += [P("５　これまでの交付実績", H1)]
    st += paras(f"""
交付件数と対象人数は毎年増えており、令和６年度は{last[1]}件、{last[2]}人、交付額は{sum(r[2] for r in STATUSES):,}万円でした。在留資格別では、特定技能の人が最も多く、技能実習の人が続きます。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 表中の「－」は該当がないことを、「…」は集計していないことを示します。受験対策は、令和４年度から補助の対象としました。",
        "※５ 合格者数は、受験対策の補助を受けた人のうち、その年度の介護福祉士国家試験に合格した人の数です。",
    ])
    st += [caption(statuses.title, "（令和６年度）"), statuses.flowable(), Spacer(1, 2)]
    st += notes(["※６ 「介護」は在留資格「介護」の人、「ＥＰＡ介護福祉士候補者」は在留資格「特定活動」のうち経済連携協定に基づく介護福祉士候補者です。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("派遣会社から受け入れている外国人の介護職員も対象になりますか。",
         "対象になりません。申請する法人が直接雇用している人に限ります。"),
        ("日本語学校の授業料のほか、教材費も対象になりますか。",
         "対象になります。ただし、１人当たりの上限額の範囲内とします。"),
        ("補助を受けた人が年度の途中で退職した場合はどうなりますか。",
         "退職した日までに支払った経費は補助の対象となり、返還の必要はありません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 介護人材確保班",
        "電話：099-234-2260　ファクス：099-234-2269",
        "電子メール：kaigo-jinzai@pref.hanabishi.example.jp",
    ]))
    return st


# ================================================================ document 3: buyer-invitation business meeting report
SHODAN = f"{PREF}海外バイヤー招へい商談会"
SHODAN_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
KYOKAI = "一般社団法人花菱県貿易振興会"
BUYERS = [  # 国・地域, バイヤー数（社）, 商談件数（件） (令和６年度)
    ("台湾", 7, 98), ("香港", 5, 71), ("シンガポール", 4, 60), ("タイ", 4, 52), ("ベトナム", 3, 38),
    ("米国", 4, 55), ("フランス", 3, 34), ("オーストラリア", 2, 24),
]
CATEGORIES = [  # 品目分野, 商談件数（件）, 成約件数（件）, 成約額（万円）
    ("日本酒・焼酎", 84, 14, 1560), ("菓子・加工食品", 96, 12, 840), ("水産物・水産加工品", 62, 8, 1120),
    ("青果物・果実加工品", 54, 6, 430), ("茶・調味料", 58, 7, 390), ("伝統工芸品・生活雑貨", 78, 5, 260),
]
PREV_DEALS = (41, 3870)  # 前回（令和５年度）の成約件数, 成約額（万円）
TOURS = [  # 見出し, 実施日, 訪問先, 参加バイヤー数 (same labels in every sibling section)
    ("Ａコース（酒蔵と食品工場）", "令和６年11月21日（木）", "花菱市内の酒蔵２か所及び菓子工場１か所", "12社"),
    ("Ｂコース（漁港と水産加工場）", "令和６年11月21日（木）", "緑浜町の緑浜漁港及び水産加工場２か所", "９社"),
    ("Ｃコース（伝統工芸の工房）", "令和６年11月22日（金）", "北見原市の漆器工房及び和紙工房", "７社"),
]


def shodan_specs():
    total = sum(r[2] for r in BUYERS)
    rows = [[n, fw(b), fw(m), share(m, total)] for n, b, m in BUYERS]
    rows.append(["合計", fw(sum(r[1] for r in BUYERS)), fw(total), "100.0"])
    buyers = bracket_units(TableSpec(
        key="buyers", doc=SHODAN_PDF, title="国・地域別のバイヤー数と商談件数",
        header=[["国・地域", "バイヤー数（社）", "商談件数（件）", "構成比（％）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 34 * mm, 30 * mm], table_fy=2024,
    ))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in CATEGORIES]
    rows.append(["合計"] + [fw(sum(r[k] for r in CATEGORIES)) for k in (1, 2, 3)])
    cats = bracket_units(TableSpec(
        key="categories", doc=SHODAN_PDF, title="品目分野別の商談と成約",
        header=[["品目分野", "商談件数（件）", "成約件数（件）", "成約額（万円）"]],
        rows=rows, col_widths=[50 * mm, 32 * mm, 32 * mm, 32 * mm], table_fy=2024,
    ))
    return buyers, cats


def shodan_story(specs):
    buyers, cats = specs
    n_deals = sum(r[2] for r in CATEGORIES)
    amount = sum(r[3] for r in CATEGORIES)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SHODAN} 実施報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(SHODAN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += paras(f"""
県内の中小企業の海外への販路開拓を支援するため、海外の食品・雑貨の輸入商社や小売業者のバイヤーを県内に招き、県内事業者との個別商談会を開いた。令和２年度（2020年度）に始めた事業で、今回が５回目となる。
""", 0)
    st += lv_lines([
        ("事業名", f"{SHODAN}2024"),
        ("開催日", "2024年11月19日（火）・20日（水）（２日間）"),
        ("会場", f"花菱ビジネスプラザ（{CITY}）"),
        ("主催", f"{PREF}、{KYOKAI}"),
        ("招へいバイヤー", f"８か国・地域の{sum(r[1] for r in BUYERS)}社"),
        ("参加事業者", "県内の食品、酒類、伝統工芸品等の事業者64社"),
        ("事業費", "2,380万円（うち県負担1,900万円）"),
    ], 0)
    st += paras("""
この報告書において「個別商談」とは、事前のマッチングにより組み合わせた参加事業者とバイヤーが、１回30分、一対一で行う商談をいう。また、「成約」とは、個別商談をきっかけとして、令和７年２月末までに取引の契約又は最初の発注に至ったものをいい、「成約額」は最初の発注額を円に換算したものをいう。
""", 0)
    st += [P("２　招へいしたバイヤー", H1)]
    st += paras(f"""
２日間で行った個別商談は{sum(r[2] for r in BUYERS)}件であった。国・地域別の商談件数では台湾が最も多く、香港、シンガポールが続いた。アジアの５か国・地域で商談全体の７割余りを占める。
""", 0)
    st += [caption(buyers.title, "（令和６年度）"), buyers.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 構成比は、商談件数の合計に対する割合であり、小数点以下第２位を四捨五入した。",
        "※２ バイヤーの国・地域は、バイヤーの本社の所在地による。",
    ])
    st += [P("３　品目分野別の商談と成約", H1)]
    st += paras(f"""
成約は{n_deals}件、{amount:,}万円で、前回（令和５年度）の{PREV_DEALS[0]}件、{PREV_DEALS[1]:,}万円を上回った。商談件数では菓子・加工食品が最も多かった。伝統工芸品・生活雑貨は、商談は多かったものの、価格と輸送の条件が合わず成約は伸びなかった。
""", 0)
    st += [caption(cats.title, "（令和６年度）"), cats.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 成約件数及び成約額は、令和７年２月末現在の数値であり、参加事業者からの報告による。",
        "※４ 品目分野は、参加事業者の主な出品物により分類した。",
    ])
    st += [P("４　産地視察ツアー", H1)]
    st += paras("商談会の翌日以降、希望するバイヤーを対象に、県内の生産現場を訪ねる視察ツアーを３コース実施した。", 0)
    for i, (head, when, where, n) in enumerate(TOURS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施日", when), ("訪問先", where), ("参加バイヤー数", n)], 1)
    st += [P("５　今後の取組", H1)]
    st += numbered([
        "① 商談を継続している案件について、貿易振興会の専門員がオンラインでの追加商談を仲介する。",
        "② 令和７年度は、招へいするバイヤーに中東及び欧州の輸入商社を加える。",
        "③ 輸出に必要な表示、検疫及び貿易実務について、参加事業者向けの勉強会を開く。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHODAN_DEPT} 輸出振興班　電話：099-233-6120　ファクス：099-233-6129",
        f"{KYOKAI}（参加事業者の募集）　電話：099-235-8800",
        "電子メール：export@pref.hanabishi.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return center_specs() + hojo_specs() + shodan_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    cspecs, hspecs, sspecs = center_specs(), hojo_specs(), shodan_specs()
    cdoc = build_pdf(docs_dir / CENTER_PDF, cspecs, center_story(cspecs),
                     f"令和６年度 {CENTER} 運営報告書", "令和７年６月", CENTER_DEPT)
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO}のご案内", "令和７年４月", HOJO_DEPT)
    sdoc = build_pdf(docs_dir / SHODAN_PDF, sspecs, shodan_story(sspecs),
                     f"令和６年度 {SHODAN} 実施報告書", "令和７年３月", SHODAN_DEPT)
    gold = all_gold({CENTER_PDF: cdoc.row_pages, HOJO_PDF: hdoc.row_pages, SHODAN_PDF: sdoc.row_pages})
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
    # --- center: the entrepreneurs' centre report, tables (a) (b), a definition, steps, sibling sections
    dict(question="令和６年度に、会社をつくる手続きのことで窓口に直接来て相談した件数はどれくらいですか？",
         category="center", doc=CENTER_PDF, evidence=["会社設立・開業の手続 124 98 37 259"], answer=["124"],
         notes="(a) two-level header: 窓口に直接 = leaf 相談方法／来所, row 会社設立・開業の手続 named by paraphrase; "
               "98 (オンライン) and 259 (計) are the traps"),
    dict(question="2024年度、資金繰りや補助金についてオンラインで受けた相談は何件でしたか？",
         category="center", doc=CENTER_PDF, evidence=["資金調達・補助金 72 81 24 177"], answer=["81"],
         notes="(a) leaf 相談方法／オンライン, row 資金調達・補助金; 2024年度 = 令和６年度 (caption note); "
               "2024年度 is printed nowhere"),
    dict(question="経営・管理ビザに関する相談は、相談全体のうち何パーセントですか？",
         category="center", doc=CENTER_PDF, evidence=["在留資格（経営・管理） 168 142 61 371", "合計 539 462 201 1,202"],
         answer=["30.9%"], computed=True,
         notes="(a) share in the 計 column: 371 / 1,202 = 30.9 % (the prose says only 「約３割」); 経営・管理ビザ = "
               "row 在留資格（経営・管理）"),
    dict(question="2025年１月にセンターが受けた相談は何件でしたか？",
         category="center", doc=CENTER_PDF, evidence=["１月 104 13 11"], answer=["104"],
         notes="(b) continuation page (no header there): row １月, column 相談件数（件）; note ※４ says １月–３月 are "
               "令和７年 (2025年)"),
    dict(question="ベトナム語やネパール語の通訳がセンターに詰めていた日は、１年間で延べ何日ありましたか？",
         category="center", doc=CENTER_PDF, evidence=["合計 1,202 169 138"], answer=["138"],
         notes="(b) 合計 row on the continuation page, column 通訳者の配置日数（日） (note ※５: ベトナム語 or ネパール語 "
               "interpreters); 169 (専門家相談) is the trap"),
    dict(question="行政書士や税理士が同席する相談が一番多かったのは何月ですか？",
         category="center", doc=CENTER_PDF, evidence=["11月 112 23 12"], answer=["11月"],
         notes="(b) the row with the largest うち専門家相談（件） (23); the definition of 専門家相談 names 行政書士, 税理士; "
               "３月 (the largest 相談件数, named in the prose, 22 専門家相談) is the trap"),
    dict(question="日本で事業を始めて６年たつ外国人の経営者も、このセンターのいう外国人起業家に入りますか？",
         category="center", doc=CENTER_PDF, evidence=["事業を始めてから５年を経過していないもの"],
         answer=["５年"],
         notes="definition 「外国人起業家」とは…事業を始めてから５年を経過していないもの (so six years: no; ５年 is the "
               "short key)"),
    dict(question="専門家に相談したい場合、予約してからどのくらいで相談の場を設けてもらえますか？",
         category="center", doc=CENTER_PDF, evidence=["原則として予約から１週間以内に実施する"], answer=["１週間以内"],
         notes="procedure step ④ 専門家相談の調整"),
    dict(question="外国人起業家が自分のビジネスを発表した催しには、何人が集まりましたか？",
         category="center", doc=CENTER_PDF, evidence=["起業家ピッチイベント", "参加者数：58人"], answer=["58人"],
         notes="sibling sections （１）–（３） of ３ share the labels 開催日, 参加者数, 主な内容; （３）起業家ピッチイベント "
               "named by paraphrase; 42人 and 36人 are the siblings' values"),
    # --- hojo: the care-worker subsidy guide, tables (c) (d) (e), a definition, a deadline, Q&A
    dict(question="職員30人以下の小さな法人の場合、日本語の勉強の支援には１人当たり最大いくら補助されますか？",
         category="hojo", doc=HOJO_PDF, evidence=["日本語学習の支援 75 24 50 18"], answer=["24"],
         notes="(c) two-level header, leaf 小規模事業者／上限額（万円）; 小さな法人 = 小規模事業者 (definition: 30人以下); "
               "75 (補助率) and 18 (その他の事業者) are the traps"),
    dict(question="小規模ではない事業者が、アパートを借りるときの敷金や家具代を申請する場合、１人当たりの上限はいくらですか？",
         category="hojo", doc=HOJO_PDF, evidence=["住居の確保 50 30 50 20"], answer=["20"],
         notes="(c) leaf その他の事業者／上限額（万円）, row 住居の確保 named by paraphrase (note ※３ lists 敷金 and "
               "家具・家電); 30 is the 小規模事業者 cap"),
    dict(question="2023年度にこの補助金の対象になった外国人介護職員は何人でしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 35 94 21 ９"], answer=["94"],
         notes="(d) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 対象人数（人）"),
    dict(question="令和４年度に受験対策の補助を受けて介護福祉士試験に合格した人は何人ですか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和４年度 27 71 12 …", "「…」は集計していないことを示します"],
         answer=["集計"],
         notes="(d) the cell is 「…」; note ※４ says 「…」 means not counted (「－」 none), so the answer is that it was "
               "not counted (集計していない; 集計 is the short key); 12 (うち受験対策) is the trap"),
    dict(question="制度が始まった令和３年度と比べて、令和６年度は補助の対象になった人が何人増えましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和３年度 18 46", "令和６年度 44 123 30 14"], answer=["77人"],
         computed=True, notes="(d) difference down the 対象人数（人） column: 123 − 46 = 77"),
    dict(question="EPAで来日した介護福祉士候補者の分として交付された金額はいくらですか？",
         category="hojo", doc=HOJO_PDF, evidence=["ＥＰＡ介護福祉士候補者 12 310"], answer=["310"],
         notes="(e) unruled table, column 交付額（万円）; EPA asked half-width, printed full-width"),
    dict(question="特定技能の人について、１人当たり平均いくら交付されたことになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["特定技能 52 1,340"], answer=["25.8万円"], computed=True,
         notes="(e) unruled table, one row: 1,340 / 52 = 25.8万円"),
    dict(question="常勤の介護職員が25人いる法人は、補助率の高い小規模事業者の扱いになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["常勤の介護職員が30人以下の事業者"], answer=["30人"],
         notes="definition 「小規模事業者」とは、法人全体の常勤の介護職員が30人以下… (so 25人: yes; 30人 is the short key)"),
    dict(question="申請書は2025年の何月何日まで受け付けてもらえますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和７年５月12日から令和７年７月31日まで"], answer=["７月31日"],
         notes="「label：value」 line 申請受付期間 (a deadline asked in a Western year; the key leaves out the year so that 2025年７月31日 and 令和７年７月31日 both hold); the 補助対象期間 ends 令和８年２月27日, "
               "a near miss"),
    dict(question="派遣会社から来てもらっている外国人の介護職員の分も、この補助金で申請できますか？",
         category="hojo", doc=HOJO_PDF, evidence=["対象になりません。申請する法人が直接雇用している人に限ります"],
         answer=["対象になりません"], notes="Q&A: Ａ of Ｑ１"),
    # --- shodan: the buyer-invitation meeting report, tables (f) (g), a definition, sibling sections
    dict(question="台湾から招いたバイヤーは何社でしたか？",
         category="shodan", doc=SHODAN_PDF, evidence=["台湾 ７ 98 22.7"], answer=["７"],
         notes="(f) column バイヤー数（社）; 98 (商談件数) is the trap"),
    dict(question="2024年度の商談会で、シンガポールのバイヤーとの商談は全体の何％でしたか？",
         category="shodan", doc=SHODAN_PDF, evidence=["シンガポール ４ 60 13.9"], answer=["13.9"],
         notes="(f) 構成比（％） column (printed); 2024年度 = 令和６年度 (caption note; the document prints 2024年11月 only)"),
    dict(question="台湾と香港のバイヤーとの商談は、合わせて何件ありましたか？",
         category="shodan", doc=SHODAN_PDF, evidence=["台湾 ７ 98 22.7", "香港 ５ 71 16.4"], answer=["169件"],
         computed=True, notes="(f) sum in the 商談件数（件） column: 98 + 71 = 169"),
    dict(question="魚介類や水産加工品の分野では、どれだけの金額の取引がまとまりましたか？",
         category="shodan", doc=SHODAN_PDF, evidence=["水産物・水産加工品 62 ８ 1,120"], answer=["1,120"],
         notes="(g) row 水産物・水産加工品 named by paraphrase, column 成約額（万円）"),
    dict(question="令和６年度の商談会で、伝統工芸品や生活雑貨の分野では何件の成約がありましたか？",
         category="shodan", doc=SHODAN_PDF, evidence=["伝統工芸品・生活雑貨 78 ５ 260"], answer=["５"],
         notes="(g) column 成約件数（件）; 78 (商談件数) is the trap"),
    dict(question="お茶や調味料の分野の商談のうち、成約に結びついたのは何％ですか？",
         category="shodan", doc=SHODAN_PDF, evidence=["茶・調味料 58 ７ 390"], answer=["12.1%"], computed=True,
         notes="(g) one row: 成約件数 / 商談件数 = 7 / 58 = 12.1 %"),
    dict(question="成約額が一番大きかったのは、どの品目の分野ですか？",
         category="shodan", doc=SHODAN_PDF, evidence=["日本酒・焼酎 84 14 1,560"], answer=["日本酒・焼酎"],
         notes="(g) the row with the largest 成約額（万円） (1,560); 菓子・加工食品 (the most 商談, named in the prose) is the "
               "trap"),
    dict(question="2025年３月になってから決まった契約も、この報告書の成約件数に含まれていますか？",
         category="shodan", doc=SHODAN_PDF, evidence=["令和７年２月末までに取引の契約又は最初の発注"],
         answer=["２月末"],
         notes="definition 「成約」とは…令和７年２月末までに… (and note ※３: 令和７年２月末現在), so no; the key ２月末 holds in either calendar"),
    dict(question="商談会にかかった費用のうち、県が負担したのはいくらですか？",
         category="shodan", doc=SHODAN_PDF, evidence=["事業費：2,380万円（うち県負担1,900万円）"], answer=["1,900万円"],
         notes="「label：value」 line 事業費; 2,380万円 (the whole) is the trap"),
    dict(question="漁港を見て回るコースには、バイヤーが何社参加しましたか？",
         category="shodan", doc=SHODAN_PDF, evidence=["Ｂコース（漁港と水産加工場）", "参加バイヤー数：９社"], answer=["９社"],
         notes="sibling sections （１）–（３） of ４ share the labels 実施日, 訪問先, 参加バイヤー数; （２）Ｂコース named by "
               "paraphrase; 12社 and ７社 are the siblings' values"),
    # --- followups
    dict(question="そのうち、電話やメールで寄せられたものは何件ですか？",
         category="followup", doc=CENTER_PDF, evidence=["税務・会計・労務 49 44 21 114"], answer=["21"],
         history=_turns("税金や会計、労務のことでセンターに寄せられた相談は何件ありましたか？",
                        "令和６年度の「税務・会計・労務」に関する相談は114件でした[1]。"),
         notes="(a) the row from the history (税務・会計・労務, 計 114), the leaf 相談方法／電話・メール"),
    dict(question="その年度に介護福祉士の試験に受かった人は何人いましたか？",
         category="followup", doc=HOJO_PDF, evidence=["令和６年度 44 123 30 14"], answer=["14"],
         history=_turns("2024年度にこの補助金が交付されたのは何件でしたか？",
                        "2024年度（令和６年度）は44件でした[1]。"),
         notes="(d) the year from the history (2024年度 = 令和６年度), column 合格者数（人）"),
    dict(question="その分野でまとまった取引の金額はいくらですか？",
         category="followup", doc=SHODAN_PDF, evidence=["菓子・加工食品 96 12 840"], answer=["840"],
         history=_turns("お菓子や加工食品の分野では、商談は何件行われましたか？",
                        "菓子・加工食品の分野の商談は96件でした[1]。"),
         notes="(g) the row from the history (菓子・加工食品), column 成約額（万円）"),
    dict(question="そこのファクス番号を教えてください。",
         category="followup", doc=SHODAN_PDF, evidence=["ファクス：099-233-6129"], answer=["099-233-6129"],
         history=_turns("商談会について、県の担当はどこですか？",
                        "花菱県 商工労働部 国際ビジネス課 輸出振興班です[1]。"),
         notes="contact box: the 輸出振興班's fax (its phone 099-233-6120 and the 貿易振興会's 099-235-8800 are the "
               "near misses)"),
    dict(question="それには何人が参加しましたか？",
         category="followup", doc=CENTER_PDF, evidence=["資金調達セミナー", "参加者数：36人"], answer=["36人"],
         history=_turns("資金調達についてのセミナーはいつ開かれましたか？",
                        "資金調達セミナーは令和６年11月９日（土）に開かれました[1]。"),
         notes="sibling section （２）資金調達セミナー, the one from the history; label 参加者数"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="センターに相談した外国人起業家は、どこの国の出身の人が多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(a) and (b) give consultations by topic, channel and month only; (f) is buyers by country in another "
               "document, a near miss",
         absent=["国籍別", "出身国", "国籍・地域"]),
    dict(question="令和６年度、センターでベトナム語による相談は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="ベトナム語 is a 対応言語 and its interpreters' days are counted ((b), note ※５), but consultations are "
               "never counted by language",
         absent=["言語別"]),
    dict(question="補助を受けた外国人介護職員のうち、３年後も同じ事業所で働いている人の割合はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide names 定着 as an aim and gives headcounts and exam passes, no retention figure",
         absent=["定着率", "離職率", "継続率"]),
    dict(question="この補助金に申請したものの、不採択になった法人はいくつありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the grants made (交付件数) and the steps, no applications or rejections",
         absent=["不採択", "申請件数", "採択率"]),
    dict(question="韓国から招いたバイヤーは何社でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(f) has eight countries and regions; 韓国 is not one (中東 and 欧州 are only plans for 令和７年度)",
         absent=["韓国"]),
    dict(question="招いたバイヤーの航空券代や宿泊費は、県が１社当たりいくら負担しましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives only the 事業費 2,380万円 (うち県負担1,900万円) of the whole event, no cost per buyer",
         absent=["渡航費", "航空運賃", "航空券", "宿泊費", "滞在費"]),
]
CATEGORY_COUNTS = {"center": 9, "hojo": 10, "shodan": 10, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 2  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h22q", "h22t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("相談内容別・相談方法別の相談件数", "月別の相談件数と通訳者の配置日数", "補助対象経費と補助率・上限額",
                       "交付実績の推移", "在留資格別の対象人数と交付額", "国・地域別のバイヤー数と商談件数",
                       "品目分野別の商談と成約")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h22q03": lambda g: _pct(g(A, "在留資格（経営・管理）", "計", 2024), g(A, "合計", "計", 2024)),
    "h22q14": lambda g: f"{g(D, '令和６年度', '対象人数（人）', 2024) - g(D, '令和３年度', '対象人数（人）', 2021)}人",
    "h22q16": lambda g: f"{half_up(Decimal(g(E, '特定技能', '交付額（万円）', 2024)) / Decimal(g(E, '特定技能', '対象人数（人）', 2024)), '0.1')}万円",
    "h22q22": lambda g: f"{g(F, '台湾', '商談件数（件）', 2024) + g(F, '香港', '商談件数（件）', 2024)}件",
    "h22q25": lambda g: _pct(g(G, "茶・調味料", "成約件数（件）", 2024), g(G, "茶・調味料", "商談件数（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {CENTER_PDF: (2, 3), HOJO_PDF: (2, 3), SHODAN_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("４月",)  # rows of (b) expected before the page break
CONTINUED_ROWS = ("１月", "２月", "３月", "合計")  # and after it


def check_files(out: Path) -> list[str]:
    """Every problem found in the set under `out` (its docs/, text/ and jsonl files); [] when fine."""
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout22.py")
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
        # the question does not copy the table's row label when it names one by paraphrase
        if "by paraphrase" in q["notes"]:
            for g in gold:
                if g["doc"] == q["doc"] and g["row"] != "合計" and norm(g["row"]) in norm(q["question"]) \
                        and norm(g["row"]) in norm("".join(q["evidence"])) and len(g["row"]) > 4:
                    errors.append(f"{qid}: says it paraphrases, but copies the row label {g['row']!r}")
                    break
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
    # the half-width spellings asked of full-width print (EPA) are really printed full-width
    if "ＥＰＡ" not in doc_text[HOJO_PDF] and "EPA" not in doc_text[HOJO_PDF]:
        errors.append("subsidy guide: ＥＰＡ is not printed")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout22.py")
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
        if g["unit"] is None:
            errors.append(f"{g['id']}: cell without unit")
        if g["number"] is None and g["value"] not in MARKS:
            errors.append(f"{g['id']}: every cell of this set should be numeric or 「－」/「…」")
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

    def column_total(table, col):
        rows = t[table]
        if rows["合計"][col] != sum(r[col] for row, r in rows.items() if row != "合計"):
            errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): 計 = 来所 + オンライン + 電話・メール; 合計 adds up in every column
    a = t[A]
    leaves = ("相談方法／来所", "相談方法／オンライン", "相談方法／電話・メール")
    for row, r in a.items():
        if r["計"] != sum(r[c] for c in leaves):
            errors.append(f"{A} / {row}: 計 is not the sum of the methods")
    for col in leaves + ("計",):
        column_total(A, col)
    # (b): 合計 adds up; the year's total equals (a)'s; 専門家相談 never above 相談件数; days ≤ 31
    b = t[B]
    for col in ("相談件数（件）", "うち専門家相談（件）", "通訳者の配置日数（日）"):
        column_total(B, col)
    if b["合計"]["相談件数（件）"] != a["合計"]["計"]:
        errors.append(f"{B}: the year's total differs from {A}")
    for row, r in b.items():
        if r["うち専門家相談（件）"] > r["相談件数（件）"] or (row != "合計" and r["通訳者の配置日数（日）"] > 26):
            errors.append(f"{B} / {row}: うち above its total, or more days than the centre is open")
    # (d): 「うち受験対策」 not above 対象人数; 令和６年度 equals (e)'s 合計
    d = t[D]
    for row, r in d.items():
        if r["うち受験対策（人）"] is not None and r["うち受験対策（人）"] > r["対象人数（人）"]:
            errors.append(f"{D} / {row}: うち受験対策 above 対象人数")
        if r["合格者数（人）"] is not None and r["合格者数（人）"] > r["うち受験対策（人）"]:
            errors.append(f"{D} / {row}: more passes than people helped with the exam")
    for col in ("対象人数（人）", "交付額（万円）"):
        column_total(E, col)
    if d["令和６年度"]["対象人数（人）"] != t[E]["合計"]["対象人数（人）"]:
        errors.append(f"{D}: 令和６年度 対象人数 differs from the 合計 of {E}")
    # (f): 合計 adds up; 構成比 = 商談件数 / 合計, one decimal, adding up to 100.0
    f = t[F]
    for col in ("バイヤー数（社）", "商談件数（件）"):
        column_total(F, col)
    shares = Decimal(0)
    for row, r in f.items():
        want = Decimal(share(r["商談件数（件）"], f["合計"]["商談件数（件）"]))
        if Decimal(str(r["構成比（％）"])) != want:
            errors.append(f"{F} / {row}: 構成比 {r['構成比（％）']} != {want}")
        if row != "合計":
            shares += want
    if shares != Decimal("100.0"):
        errors.append(f"{F}: the 構成比 add up to {shares}, not 100.0")
    # (g): 合計 adds up; its 商談件数 equals (f)'s; 成約 never above 商談
    g_ = t[G]
    for col in ("商談件数（件）", "成約件数（件）", "成約額（万円）"):
        column_total(G, col)
    if g_["合計"]["商談件数（件）"] != f["合計"]["商談件数（件）"]:
        errors.append(f"{G}: 商談件数 differs from {F}")
    if any(r["成約件数（件）"] > r["商談件数（件）"] for r in g_.values()):
        errors.append(f"{G}: 成約件数 above 商談件数")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    months = specs["months"]
    bp = sorted({g["page"] for g in gold if g["table"] == B})
    if len(bp) != 2:
        errors.append(f"{B} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(pages[CENTER_PDF]) if header in norm(p)]
        if months.repeat_header or on != bp[:1]:
            errors.append(f"{B}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == B and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == B and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{B}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{B}: rows on the wrong side of the page break")
        if norm("１月から３月は令和７年") not in norm(pages[CENTER_PDF][bp[1] - 1]):
            errors.append(f"{B}: note ※４ should follow the table on the continuation page")
    for key in ("topics", "costs", "grants", "statuses", "buyers", "categories"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["statuses"].ruled or not all(s.ruled for k, s in specs.items() if k != "statuses"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # (a) and (c): two header rows, three spans, group／leaf columns
    for key, title, want in (
            ("topics", A, ["相談方法／来所", "相談方法／オンライン", "相談方法／電話・メール", "計"]),
            ("costs", C, ["小規模事業者／補助率（％）", "小規模事業者／上限額（万円）",
                          "その他の事業者／補助率（％）", "その他の事業者／上限額（万円）"])):
        cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == title))
        if len(specs[key].header) != 2 or len(specs[key].spans) != 3 or cols != want:
            errors.append(f"{title}: expected a two-row header with columns {want}, got {cols}")
    # (d): years as rows; 「－」 and 「…」 where planned, explained by a note on the same page
    if [g["fiscal_year"] for g in gold if g["table"] == D][::4] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{D}: expected years as rows")
    marks = {(g["row"], g["column"]): g["value"] for g in gold if g["table"] == D and g["value"] in MARKS}
    want = {("令和３年度", "うち受験対策（人）"): DASH, ("令和３年度", "合格者数（人）"): NOT_COUNTED,
            ("令和４年度", "合格者数（人）"): NOT_COUNTED}
    if marks != want:
        errors.append(f"{D}: 「－」/「…」 cells {marks}, expected {want}")
    dpage = next(g["page"] for g in gold if g["table"] == D)
    for phrase in ("「－」は該当がないことを", "「…」は集計していないことを示します"):
        if norm(phrase) not in norm(pages[HOJO_PDF][dpage - 1]):
            errors.append(f"{D}: the note explaining the marks should be on page {dpage}")
    if any(g["value"] in MARKS for g in gold if g["table"] != D):
        errors.append(f"only {D} has 「－」/「…」 cells")
    # (f): a 合計 row and a 構成比（％） column whose 合計 is 100.0
    fcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == F))
    tot = [g["value"] for g in gold if g["table"] == F and g["row"] == "合計" and g["column"] == "構成比（％）"]
    if fcols[-1] != "構成比（％）" or tot != ["100.0"]:
        errors.append(f"{F}: expected a 構成比（％） column ending in 100.0 on the 合計 row")
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

    cen = norm("\n".join(pages[CENTER_PDF]))
    siblings(cen, "centre report", ("開催日：", "参加者数：", "主な内容："), [s[0] for s in SEMINARS])
    tot = sum(a + b + c for _n, a, b, c in TOPICS)
    if norm(f"相談件数は{tot:,}件で、前年度（{PREV_TOTAL}件）に比べ{tot - PREV_TOTAL}件増加") not in cen:
        errors.append("centre report: the total in the prose differs from (a)")
    top = max(TOPICS, key=lambda r: sum(r[1:]))
    if top[0] != "在留資格（経営・管理）" or not 0.28 <= sum(top[1:]) / tot < 0.32:
        errors.append("centre report: 「在留資格「経営・管理」…最も多く、全体の約３割」 does not hold")
    visit = sum(r[1] for r in TOPICS) / tot
    if not 0.4 < visit < 0.45 or sum(r[1] for r in TOPICS) <= sum(r[2] for r in TOPICS):
        errors.append("centre report: 「来所が全体の４割余り」 does not hold")
    if max(MONTHS, key=lambda r: r[1])[0] != 3:
        errors.append("centre report: 「３月が最も多く」 does not hold")
    if [m for m, _a, b, _d in MONTHS if b == max(r[2] for r in MONTHS)] != [11]:
        errors.append("centre report: 11月 should be the single largest month of 専門家相談")
    if norm(f"創業した外国人起業家は{FOUNDED[0]}人（前年度{FOUNDED[1]}人）で、このうち{FOUNDED[2]}人") not in cen:
        errors.append("centre report: the founders' figures are missing")
    for d in ("「外国人起業家」とは", "「専門家相談」とは"):
        if norm(d) not in cen:
            errors.append(f"centre report: the definition {d} is missing")
    steps(CENTER_PDF, "①②③④⑤")

    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, "subsidy guide", ("日時：", "会場：", "定員："), [s[0] for s in SESSIONS])
    if norm(f"延べ{sum(r[1] for r in GRANT_YEARS)}件、{sum(r[2] for r in GRANT_YEARS)}人") not in hj:
        errors.append("subsidy guide: the four-year totals in the prose differ from (d)")
    if norm(f"令和６年度は{GRANT_YEARS[-1][1]}件、{GRANT_YEARS[-1][2]}人、交付額は{sum(r[2] for r in STATUSES):,}万円") not in hj:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (d) and (e)")
    ranked = [n for n, *_x in sorted(STATUSES, key=lambda r: -r[1])]
    if ranked[:2] != ["特定技能", "技能実習"]:
        errors.append("subsidy guide: 「特定技能の人が最も多く、技能実習の人が続きます」 does not hold")
    ns = [r[1] for r in GRANT_YEARS]
    ps = [r[2] for r in GRANT_YEARS]
    if ns != sorted(set(ns)) or ps != sorted(set(ps)):
        errors.append("subsidy guide: the counts should grow every year")
    if any(c[1] < c[3] or c[2] < c[4] for c in COSTS):
        errors.append("subsidy guide: a 小規模事業者 rate or cap is below the other providers'")
    for d in ("「外国人介護人材」とは", "「小規模事業者」とは"):
        if norm(d) not in hj:
            errors.append(f"subsidy guide: the definition {d} is missing")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    if hj.count(norm("対象になりません")) != 1:
        errors.append("subsidy guide: 「対象になりません」 should be printed once (Ａ of Ｑ１)")
    steps(HOJO_PDF, "①②③④⑤⑥")

    sh = norm("\n".join(pages[SHODAN_PDF]))
    siblings(sh, "meeting report", ("実施日：", "訪問先：", "参加バイヤー数："), [s[0] for s in TOURS])
    n_deals, amount = sum(r[2] for r in CATEGORIES), sum(r[3] for r in CATEGORIES)
    if norm(f"成約は{n_deals}件、{amount:,}万円で、前回（令和５年度）の{PREV_DEALS[0]}件、{PREV_DEALS[1]:,}万円") not in sh \
            or n_deals <= PREV_DEALS[0] or amount <= PREV_DEALS[1]:
        errors.append("meeting report: the deals in the prose differ from (g)")
    if norm(f"個別商談は{sum(r[2] for r in BUYERS)}件") not in sh:
        errors.append("meeting report: the number of meetings in the prose differs from (f)")
    if [n for n, *_x in sorted(BUYERS, key=lambda b: -b[2])][:3] != ["台湾", "香港", "シンガポール"]:
        errors.append("meeting report: the ranking of buyers in the prose does not hold")
    asia = sum(m for n, _b, m in BUYERS if n not in ("米国", "フランス", "オーストラリア")) / sum(r[2] for r in BUYERS)
    if not 0.70 < asia < 0.75:
        errors.append("meeting report: 「アジアの５か国・地域で…７割余り」 does not hold")
    if norm(f"８か国・地域の{sum(r[1] for r in BUYERS)}社") not in sh or len(BUYERS) != 8:
        errors.append("meeting report: the buyers' line differs from (f)")
    if max(CATEGORIES, key=lambda r: r[1])[0] != "菓子・加工食品" or max(CATEGORIES, key=lambda r: r[3])[0] != "日本酒・焼酎":
        errors.append("meeting report: 菓子・加工食品 should lead in 商談 and 日本酒・焼酎 in 成約額")
    for d in ("「個別商談」とは", "「成約」とは"):
        if norm(d) not in sh:
            errors.append(f"meeting report: the definition {d} is missing")
    steps(SHODAN_PDF, "①②③")
    phones = re.findall(r"099-23\d-\d{4}", sh)
    if phones != ["099-233-6120", "099-233-6129", "099-235-8800"]:
        errors.append(f"meeting report: the contact box should give the 県's phone and fax, then the 振興会's: {phones}")
    # every phone number of the set is fictional (099-23x-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not re.fullmatch(r"099-23\d-\d{4}", ph):
                errors.append(f"{n}: phone number {ph} outside 099-23x-xxxx")
    # only the prefecture of this set is named
    for other in ("青葉", "若葉", "桜川", "白鷺", "翠峰", "朝霧", "夕凪", "月影", "星見", "雲雀", "紫雲", "琥珀", "瑠璃",
                  "翡翠", "萌黄", "茜", "山吹", "藤紫", "浅葱", "群青", "東雲", "常磐", "千草"):
        for n, p in pages.items():
            if other in "\n".join(p):
                errors.append(f"{n}: names {other}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
