"""Build the 浅葱県 held-out set 17: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (浅葱県 and every town, scheme, organisation, university, phone
number, address, URL and figure). The documents are in three genres the earlier sets do not
use: a guide to a subsidy for small firms opening stores on cross-border e-commerce sites
(越境ＥＣ出店支援補助金のご案内) with a two-level header of rates and caps, a yearly record (years
as rows) and an unruled table of destinations; the results report of an internship programme
receiving students from partner universities abroad (海外連携大学インターンシップ受入事業 実施報告書)
with a table of interns by university and host industry continued over a page break without its
header and a survey table whose header is in Japanese and English on two lines; and a grant
guideline for trade associations inviting foreign buyers (海外バイヤー招へい支援助成金交付要綱)
whose 別表 maps bands of invited buyers (「５人以上10人未満」) to amounts, with a yearly record
(years as rows); see README.md beside this file.

    python make_heldout17.py [OUTPUT_DIR]          # default: this file's directory

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

EC_PDF = "asagi_ekkyo_ec_shutten_hojokin_annai_r7.pdf"
INTERN_PDF = "asagi_kaigai_renkei_daigaku_internship_hokoku_r6.pdf"
BUYER_PDF = "asagi_kaigai_buyer_shouhei_josei_youkou_r7.pdf"
ALL_PDFS = (EC_PDF, INTERN_PDF, BUYER_PDF)

UNITS = ("万円", "件", "人", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-171-"  # every phone number of the set


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
    """(number, unit) as printed after NFKC; (None, None) for text cells."""
    return docgen.parse_number(nfkc(value).strip(), UNITS)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (交付件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and a joiner for the
    lines of a header cell ("" joins 観光・／サービス業; " " joins a Japanese line and the English
    line under it, which norm() makes the same string)."""

    line_joiner: str = ""

    def head_label(self, text: str) -> str:
        return self.line_joiner.join(x.strip() for x in text.split("\n"))

    def header_parts(self, c) -> list[str]:
        owner = {}
        for (c0, r0), (c1, r1) in self.spans:
            for r in range(r0, r1 + 1):
                for cc in range(c0, c1 + 1):
                    owner[(cc, r)] = (c0, r0)
        parts = []
        for r, hrow in enumerate(self.header):
            if hrow[c]:
                parts.append(self.head_label(hrow[c]))
            elif (c, r) in owner:
                c0, r0 = owner[(c, r)]
                if r0 == r and c0 != c:
                    parts.append(self.head_label(self.header[r0][c0]))
        if not parts:
            raise ValueError(f"{self.key}: column {c} has no header")
        return parts

    def column_label(self, c) -> str:
        return GROUP_SEP.join(self.header_parts(c))

    def column_year(self, c) -> int | None:
        years = [fiscal_year(p) for p in self.header_parts(c) if fiscal_year(p)]
        return years[-1] if years else None

    def row_label(self, i: int) -> str:
        return self.rows[i][self.label_col].replace("\n", "")


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


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "浅葱県"
CITY = "浅葱市"
TOWN = "東湊市"

# ================================================================ document 1: cross-border e-commerce subsidy guide
EC = f"{PREF}越境ＥＣ出店支援補助金"
EC_DEPT = f"{PREF} 商工労働部 国際経済課"
EC_CENTER = "公益財団法人浅葱県産業振興センター"
EC_COSTS = [  # 経費区分, 補助率（％）, 補助上限額（万円）: 新規出店, 出店拡大
    ("出店料・モール利用料", 50, 30, 20), ("翻訳費", 50, 40, 25), ("商品ページ制作費", 50, 60, 40),
    ("国際テスト輸送費", 75, 20, 15), ("海外向け広告費", 50, 80, 50),
]
EC_FIRM_CAP = {"新規出店": 150, "出店拡大": 100}  # note ※３ (万円, per firm)
EC_YEARS = [  # 年度, 申請件数, 交付件数, 交付額（万円）
    (2022, 31, 18, 1512), (2023, 44, 27, 2349), (2024, 58, 36, 3276),
]
EC_DEST = [  # 出店先の国・地域, 新規出店, 出店拡大 (令和６年度, 件)
    ("米国", 7, 4), ("台湾", 5, 3), ("中国", 3, 3), ("シンガポール", 2, 2), ("香港", 1, 2),
    ("オーストラリア", 2, 0), ("その他", 1, 1),
]
EC_SESSIONS = [  # 見出し, 開催日, 場所, 定員 (same labels in every sibling section)
    ("浅葱市会場", "令和７年５月20日（火）午後２時から", "浅葱県産業会館 ２階 大会議室", "60人"),
    ("東湊市会場", "令和７年５月22日（木）午後２時から", "東湊市商工会議所 ３階 ホール", "40人"),
    ("オンライン開催", "令和７年５月27日（火）午前10時から", "ウェブ会議システムによる配信", "100人"),
]


def ec_specs():
    costs = TableSpec(
        key="ec_costs", doc=EC_PDF, title="補助対象経費と補助率",
        header=[["経費区分", "補助率（％）", "補助上限額（万円）", ""], ["", "", "新規出店", "出店拡大"]],
        rows=[[n, fw(r), fw(a), fw(b)] for n, r, a, b in EC_COSTS],
        col_widths=[56 * mm, 30 * mm, 34 * mm, 34 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0))], table_fy=2025,
    )
    costs.unit = lambda row, c, s=costs: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="ec_years", doc=EC_PDF, title="交付実績の推移",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(n), fw(m)] for y, a, n, m in EC_YEARS],
        col_widths=[34 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in EC_DEST]
    ta, tb = sum(r[1] for r in EC_DEST), sum(r[2] for r in EC_DEST)
    rows.append(["合計", fw(ta), fw(tb), fw(ta + tb)])
    dest = TableSpec(
        key="ec_dest", doc=EC_PDF, title="出店先の国・地域別の交付件数",
        header=[["出店先の国・地域", "新規出店（件）", "出店拡大（件）", "計（件）"]],
        rows=rows, col_widths=[44 * mm, 32 * mm, 32 * mm, 28 * mm], ruled=False, table_fy=2024,
    )
    dest.unit = lambda row, c, s=dest: bracket_unit(s.column_label(c))
    return costs, years, dest


def ec_story(specs):
    costs, years, dest = specs
    n_total = sum(r[2] for r in EC_YEARS)
    amt_total = sum(r[3] for r in EC_YEARS)
    last = EC_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{EC}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(EC_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の中小企業が海外の消費者に直接商品を届けられるよう、越境ＥＣの販売サイトへの出店に要する経費の一部を補助します。制度を始めた令和４年度（2022年度）から令和６年度までの３年間に、延べ{n_total}件、{amt_total:,}万円を交付しました。
""", 0)
    st += lv_lines([
        ("補助事業名", EC),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）"),
        ("募集期間", "令和７年５月12日から令和７年７月31日まで（必着）"),
        ("予算額", "3,600万円"),
        ("採択予定件数", "40件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += paras("""
この案内において「越境ＥＣ」とは、インターネット上の販売サイトを通じて、海外の消費者に商品を直接販売することをいいます。また、「出店拡大」とは、既に越境ＥＣで販売している事業者が新たな国・地域向けの販売サイトに出店することをいい、越境ＥＣに初めて出店する場合を「新規出店」といいます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助の対象となる経費の区分ごとの補助率と上限額は、次のとおりです。補助金の額は、区分ごとに算出した額の合計とします。", 0)
    st += [caption(costs.title, "（令和７年度）"), costs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 出店料・モール利用料は、補助事業期間中の12か月分までを対象とします。",
        "※２ 国際テスト輸送費は、本格的な販売の前に少量の商品を試験的に海外へ送る費用に限ります。",
        f"※３ 補助金の額は、１事業者当たり{EC_FIRM_CAP['新規出店']}万円（出店拡大の場合は{EC_FIRM_CAP['出店拡大']}万円）を上限とします。千円未満の端数は切り捨てます。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（{EC_CENTER}の越境ＥＣ相談窓口で受け付けます。）",
        "② 交付申請（申請書、事業計画書及び見積書を提出）",
        "③ 審査と交付決定の通知（募集の締切からおおむね１か月後）",
        "④ 出店と経費の支払",
        "⑤ 実績報告（事業を完了した日から30日以内）",
        "⑥ 補助金の額の確定と支払",
        "⑦ 販売実績の報告（事業を完了した年度の翌年度から２年間、毎年度）",
    ], 0)
    st += [P("４　説明会", H1)]
    st += paras("制度の内容と申請書の書き方を説明します。参加は無料ですが、事前の申込みが必要です。", 0)
    for i, (head, when, where, cap) in enumerate(EC_SESSIONS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", when), ("場所", where), ("定員", cap)], 1)
    st += [P("５　これまでの交付実績", H1)]
    st += paras(f"""
交付件数は毎年度増えており、令和６年度は申請{last[1]}件のうち{last[2]}件に、{last[3]:,}万円を交付しました。出店先は米国が最も多く、台湾、中国が続きます。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(dest.title, "（令和６年度）"), dest.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 複数の国・地域に出店した場合は、売上げの見込みが最も大きい国・地域で数えています。",
        "※５ 「その他」は、英国及びカナダです。",
    ])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("国内向けに運営しているネットショップを改修する場合も対象になりますか。",
         "国内向けの販売サイトの開設や改修に要する経費は対象外です。海外の消費者向けの販売サイトへの出店が対象となります。"),
        ("交付決定の前に契約した翻訳の費用は対象になりますか。",
         "対象になりません。交付決定の日以降に契約し、支払った経費に限ります。"),
        ("同じ年度に２回申請することはできますか。",
         "できません。申請は１事業者につき年度内１回限りです。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{EC_DEPT} 海外展開支援班　電話：099-171-3310　ファクス：099-171-3319",
        f"{EC_CENTER} 越境ＥＣ相談窓口（事前相談）　電話：099-171-3400",
        "電子メール：ec-hojo@pref.asagi.example.jp",
    ]))
    return st


# ================================================================ document 2: internship programme results report
INTERN = "海外連携大学インターンシップ受入事業"
INTERN_DEPT = f"{PREF} 総合政策部 国際交流課"
KIKO = "一般社団法人浅葱県産業国際化推進機構"
INDUSTRIES = ["製造業", "情報通信業", "観光・\nサービス業", "農林水産・\n食品"]
UNIVS = [  # 連携大学（国・地域）, 製造業, 情報通信業, 観光・サービス業, 農林水産・食品 (令和６年度, 人)
    ("ハノイ国際商科大学（ベトナム）", 3, 1, 2, 2), ("ダナン工業技術大学（ベトナム）", 4, 2, 0, 0),
    ("カントー商工大学（ベトナム）", 1, 0, 1, 3), ("スラバヤ経営大学（インドネシア）", 2, 1, 2, 1),
    ("バリ観光国際大学（インドネシア）", 0, 0, 5, 1), ("マニラ湾岸大学（フィリピン）", 1, 3, 2, 0),
    ("チェンマイ国際大学（タイ）", 2, 1, 1, 2), ("バンコク産業技術大学（タイ）", 3, 2, 0, 0),
    ("台南創新大学（台湾）", 2, 3, 1, 0), ("ペナン国際経営大学（マレーシア）", 1, 3, 1, 0),
]
PREV_INTERNS = 49  # 令和５年度の受入人数
COHORTS = [  # 見出し, 受入期間, 受入人数, 受入企業数 (same labels in every sibling section)
    ("第１期（夏期）", "令和６年７月８日から８月30日まで", 24, 17),
    ("第２期（秋期）", "令和６年９月30日から11月22日まで", 21, 15),
    ("第３期（冬期）", "令和７年１月６日から２月28日まで", 14, 11),
]
SURVEY_OPTIONS = ["とても満足\nVery satisfied", "満足\nSatisfied", "やや不満\nSomewhat dissatisfied",
                  "不満\nDissatisfied"]
SURVEY = [  # 項目, とても満足, 満足, やや不満, 不満 (人)
    ("研修の内容", 31, 20, 5, 1), ("受入企業の指導", 28, 23, 4, 2), ("宿舎・生活の支援", 19, 25, 10, 3),
    ("日本語学習の支援", 14, 24, 13, 6), ("全体の満足度", 33, 20, 4, 0),
]
RESPONDENTS = 57  # every survey row adds up to this
EARLY_RETURN = 2  # interns who went home early and did not answer


def intern_specs():
    rows = [[n, *map(fw, v), fw(sum(v))] for n, *v in UNIVS]
    tot = [sum(r[k] for r in UNIVS) for k in range(1, 5)]
    rows.append(["合計", *map(fw, tot), fw(sum(tot))])
    univs = TableSpec(
        key="univs", doc=INTERN_PDF, title="連携大学別・受入企業の業種別の受入人数",
        header=[["連携大学（国・地域）", *INDUSTRIES, "計"]],
        rows=rows, col_widths=[62 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 18 * mm], unit="人",
        table_fy=2024, repeat_header=False,
    )
    survey = TableSpec(
        key="survey", doc=INTERN_PDF, title="インターンシップ生アンケートの結果",
        header=[["項目\nItem", *SURVEY_OPTIONS]],
        rows=[[n, *map(fw, v)] for n, *v in SURVEY],
        col_widths=[38 * mm, 30 * mm, 24 * mm, 38 * mm, 26 * mm], unit="人", table_fy=2024,
    )
    survey.line_joiner = " "
    return univs, survey


def intern_story(specs):
    univs, survey = specs
    total = sum(sum(v) for _n, *v in UNIVS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{INTERN} 実施報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(INTERN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += paras("""
県内企業の海外展開を担う人材の確保と、海外の大学との関係づくりを目的として、平成30年度（2018年度）に始めた事業であり、令和６年度で７年目となる。
""", 0)
    st += lv_lines([
        ("事業名", INTERN),
        ("運営", f"{KIKO}（県からの委託）"),
        ("実施期間", "令和６年７月から令和７年２月まで（３期）"),
        ("連携大学", "６か国・地域の10大学"),
        ("事業費", "2,480万円（うち学生の渡航費の補助 1,120万円）"),
    ], 0)
    st += paras("""
この報告書において「連携大学」とは県と学生交流の覚書を結んでいる海外の大学を、「受入企業」とは学生を原則として４週間以上受け入れ、指導担当者を置いた県内企業をいう。
""", 0)
    st += [P("２　各期の実施状況", H1)]
    st += paras(f"""
令和６年度は、３期に分けて連携大学の学生{total}人を受け入れ、前年度（{PREV_INTERNS}人）を{total - PREV_INTERNS}人上回った。
""", 0)
    for i, (head, when, n, firms) in enumerate(COHORTS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("受入期間", when), ("受入人数", f"{fw(n)}人"), ("受入企業数", f"{fw(firms)}社")], 1)
    st += [P("３　連携大学別・業種別の受入状況", H1)]
    st += [caption(univs.title, "（令和６年度、単位：人）", keep=False), univs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 大学名の後の括弧内は、大学の所在する国・地域である。",
        "※２ 「農林水産・食品」には食料品製造業を含み、「製造業」には含めない。",
    ])
    st += paras("""
国・地域別ではベトナムの３大学からの学生が最も多く、インドネシア、タイが続いた。受入企業の業種別では製造業が最も多く、情報通信業、観光・サービス業の順であった。
""", 0)
    st += [P("４　インターンシップ生アンケートの結果", H1)]
    st += paras(f"""
最終日に英語の調査票でアンケートを行い、{RESPONDENTS}人から回答を得た。全体の満足度では、{RESPONDENTS}人のうち{SURVEY[-1][1] + SURVEY[-1][2]}人が「とても満足」又は「満足」と答えた。一方、日本語学習の支援は「やや不満」「不満」の計が最も多く、来年度の改善点とする。
""", 0)
    st += [caption(survey.title, f"（回答者{RESPONDENTS}人、単位：人）"), survey.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 調査票の選択肢は英語と日本語を併記した。",
        f"※４ 受入人数{total}人のうち{fw(EARLY_RETURN)}人は、体調不良により途中で帰国したため回答していない。",
    ])
    st += [P("５　受入れの流れ", H1)]
    st += numbered([
        "① 連携大学による候補者の推薦（受入れの３か月前まで）",
        "② 機構による書類選考とオンライン面接",
        "③ 受入企業との組合せの決定",
        "④ 来日と事前研修（日本語とビジネスマナー、３日間）",
        "⑤ 受入企業でのインターンシップ（１期当たり８週間以内）",
        "⑥ 成果発表会と帰国",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 日本語学習の支援を強化するため、来日前のオンライン講座を新たに設ける。",
        "② 受入企業を増やすため、令和７年度は東湊市と霧ヶ原町で企業向けの説明会を開く。",
        "③ 修了生との交流会を開き、県内企業との関係を継続させる。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{INTERN_DEPT} 交流推進班（事業の全般）　電話：099-171-5210　ファクス：099-171-5219",
        f"{KIKO}（受入企業の募集・学生の生活支援）　電話：099-171-5300",
        "電子メール：intern@asagi-kokusaika.example.jp",
    ]))
    return st


# ================================================================ document 3: foreign buyer invitation grant guideline
BUYER = f"{PREF}海外バイヤー招へい支援助成金"
BUYER_DEPT = f"{PREF} 商工労働部 貿易振興課"
BANDS = [  # 招へいする海外バイヤーの数 (lower, upper or None), 助成限度額, 視察を行う場合の加算額 (万円)
    ((3, 5), 80, 10), ((5, 10), 150, 20), ((10, 20), 250, 30), ((20, None), 400, 50),
]
BUYER_YEARS = [  # 年度, 交付件数, 海外バイヤー数（人）, 商談件数, 交付額（万円）
    (2020, 3, 14, 96, 310), (2021, 5, 27, 188, 590), (2022, 9, 61, 402, 1240),
    (2023, 12, 94, 655, 1880), (2024, 15, 121, 843, 2460),
]
MEETINGS = [  # 見出し, 実施団体, 開催期間, 海外バイヤー数, 助成額 (same labels in every sibling section)
    ("日本酒輸出商談会", "浅葱県酒造組合", "令和６年10月15日から17日まで", "12人（米国、台湾、シンガポール）", "270万円"),
    ("水産加工品商談会", "東湊市水産加工業協同組合", "令和６年11月６日から８日まで", "８人（香港、タイ、ベトナム）", "160万円"),
    ("緑茶・茶加工品商談会", "浅葱県茶業振興会", "令和７年２月４日から５日まで", "23人（米国、ドイツ、フランス、台湾）", "420万円"),
]


def band_label(lo: int, hi: int | None) -> str:
    return f"{fw(lo)}人以上" + (f"{fw(hi)}人未満" if hi else "")


def buyer_specs():
    bands = TableSpec(
        key="bands", doc=BUYER_PDF, title="海外バイヤーの数に応じた助成限度額",
        header=[["招へいする海外バイヤーの数", "助成限度額（万円）", "視察を行う場合の\n加算額（万円）"]],
        rows=[[band_label(*b), fw(a), fw(x)] for b, a, x in BANDS],
        col_widths=[58 * mm, 40 * mm, 46 * mm], table_fy=2025,
    )
    bands.unit = lambda row, c, s=bands: bracket_unit(s.column_label(c))
    years = TableSpec(
        key="buyer_years", doc=BUYER_PDF, title="助成実績の推移",
        header=[["年度", "交付件数（件）", "海外バイヤー数（人）", "商談件数（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", *map(fw, v)] for y, *v in BUYER_YEARS],
        col_widths=[30 * mm, 30 * mm, 38 * mm, 30 * mm, 30 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    return bands, years


def article(head: str, text: str, items=()):
    """An article: its heading in brackets, 第n条 and its text, then 一, 二, … items."""
    out = [P(f"（{head}）", pstyle("art_head", docgen.MINCHO, 10.5, 17, left=docgen.EM, spaceBefore=4,
                                   keepWithNext=1))]
    out.append(P(text, hanging(0, 1)))
    for k, item in enumerate(items):
        out.append(P(f"{'一二三四五'[k]}　{item}", hanging(1, 1)))
    return out


def buyer_story(specs):
    bands, years = specs
    n_total = sum(r[1] for r in BUYER_YEARS)
    st = [Spacer(1, 2 * mm), P(f"{BUYER}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和２年３月27日制定", DATE_RIGHT), P("令和７年３月25日改正", DATE_RIGHT), Spacer(1, 3 * mm)]
    st += article("趣旨", f"第１条　この要綱は、県内の事業者団体等が海外のバイヤーを県内に招いて行う商談会等に要する経費に対し、予算の範囲内で{BUYER}（以下「助成金」という。）を交付することについて、浅葱県補助金等交付規則に定めるもののほか、必要な事項を定める。")
    st += article("定義", "第２条　この要綱において「海外バイヤー」とは、海外に所在する輸入業者、卸売業者、小売業者その他の事業者に属し、県産品の買付けの権限を有する者をいう。")
    st += [P("２　この要綱において「商談会等」とは、海外バイヤーと県内の事業者との商談会、県内の生産地又は工場の視察その他の商談を目的とする事業をいう。", hanging(0, 1))]
    st += article("助成対象者", "第３条　助成金の交付の対象となる者（以下「助成対象者」という。）は、次の各号のいずれかに該当するものとする。", [
        "県内の商工会議所及び商工会",
        "県内の事業協同組合その他の中小企業団体",
        "県内の農林漁業者の組織する団体",
    ])
    st += article("助成対象経費", "第４条　助成の対象となる経費は、海外バイヤーの往復の航空運賃、県内の宿泊費及び移動費、通訳費並びに商談会の会場借上料とする。")
    st += article("助成額", "第５条　助成金の額は、助成対象経費の２分の１以内の額とし、招へいする海外バイヤーの数に応じ、別表第１に定める助成限度額を限度とする。")
    st += [P("２　商談会等の期間中に県内の生産地又は工場の視察を行う場合は、前項の限度額に別表第１に定める加算額を加えることができる。", hanging(0, 1)),
           P("３　同一の助成対象者に対する助成金の交付は、同一年度において２回までとする。", hanging(0, 1))]
    st += article("交付申請", "第６条　助成金の交付を受けようとする者は、商談会等を開催する日の60日前までに、交付申請書（様式第１号）に次に掲げる書類を添えて知事に提出しなければならない。", [
        "事業計画書（様式第２号）",
        "収支予算書（様式第３号）",
        "招へいする海外バイヤーの名簿",
    ])
    st += article("実績報告", "第７条　助成事業を完了したときは、完了の日から30日以内に実績報告書（様式第４号）を知事に提出しなければならない。")
    st += article("その他", "第８条　この要綱に定めるもののほか、助成金の交付に関し必要な事項は、別に定める。")
    st += [P("附　則", pstyle("fusoku", docgen.GOTHIC, 10.5, 17, left=2 * docgen.EM, spaceBefore=6, keepWithNext=1)),
           P("この要綱は、令和２年４月１日から施行する。", hanging(0, 1)),
           P("附　則（令和７年３月25日）", pstyle("fusoku2", docgen.GOTHIC, 10.5, 17, left=2 * docgen.EM, spaceBefore=4, keepWithNext=1)),
           P("この要綱は、令和７年４月１日から施行し、令和７年度以後の助成金について適用する。", hanging(0, 1))]
    st += [P("別表第１（第５条関係）", H1)]
    st += [caption(bands.title, "（令和７年度以後）"), bands.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 海外バイヤーの数は、商談会等に実際に参加した人数とし、同一の企業から複数の者が参加した場合は１人として数える。",
        "※２ 海外バイヤーの数が２人以下の場合は、助成の対象としない。",
    ])
    st += [P("（参考１）助成実績の推移", H1)]
    st += paras(f"""
この助成金を創設した令和２年度（2020年度）から令和６年度までに、延べ{n_total}件の商談会等に助成した。令和２年度と令和３年度は海外からの入国が制限されたため、件数が少なかった。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes(["※３ 令和２年度及び令和３年度は、オンラインによる商談会を含む。"])
    st += [P("（参考２）令和６年度の主な助成事業", H1)]
    for i, (head, body, when, n, amt) in enumerate(MEETINGS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施団体", body), ("開催期間", when), ("海外バイヤー数", n), ("助成額", amt)], 1)
    st += [CondPageBreak(30 * mm), P("（参考３）問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{BUYER_DEPT} 輸出促進班　電話：099-171-7110　ファクス：099-171-7119",
        "電子メール：boeki@pref.asagi.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return ec_specs() + intern_specs() + buyer_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    especs, ispecs, bspecs = ec_specs(), intern_specs(), buyer_specs()
    edoc = build_pdf(docs_dir / EC_PDF, especs, ec_story(especs),
                     f"令和７年度 {EC}のご案内", "令和７年４月", EC_DEPT)
    idoc = build_pdf(docs_dir / INTERN_PDF, ispecs, intern_story(ispecs),
                     f"令和６年度 {INTERN} 実施報告書", "令和７年５月", INTERN_DEPT)
    bdoc = build_pdf(docs_dir / BUYER_PDF, bspecs, buyer_story(bspecs),
                     f"{BUYER}交付要綱", "令和７年３月25日改正", BUYER_DEPT)
    gold = all_gold({EC_PDF: edoc.row_pages, INTERN_PDF: idoc.row_pages, BUYER_PDF: bdoc.row_pages})
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
    # --- ec: the cross-border e-commerce subsidy guide, tables (a) (b) (c), a label-value line, a step, Q&A
    dict(question="初めて海外向けのECモールに店を出す会社ですが、商品の紹介ページを作る費用は最大いくらまで補助してもらえますか？",
         category="ec", doc=EC_PDF, evidence=["商品ページ制作費 50 60 40"], answer=["60"],
         notes="(a) two-level header: 初めて = 新規出店 (definition in １), leaf 補助上限額（万円）／新規出店; 40 (出店拡大) "
               "and 50 (補助率) are the traps"),
    dict(question="すでに越境ECで販売している事業者が、別の国向けのサイトにも出店する場合、翻訳にかかる費用の補助上限はいくらですか？",
         category="ec", doc=EC_PDF, evidence=["翻訳費 50 40 25"], answer=["25"],
         notes="(a) leaf 補助上限額（万円）／出店拡大, named by the definition of 出店拡大 (the word is not in the question); "
               "40 (新規出店) is the trap"),
    dict(question="越境ECに初めて出店する会社が、商品説明の翻訳に100万円かけた場合、補助金はいくら受け取れますか？",
         category="ec", doc=EC_PDF, evidence=["翻訳費 50 40 25"], answer=["40万円"], computed=True,
         notes="(a) two facts in one row: 100万円 × 補助率 50 % = 50万円, above the 新規出店 cap 40 → 40万円 (the "
               "per-firm cap of note ※３, 150万円, does not bind)"),
    dict(question="2023年度には、この補助金に何件の申請がありましたか？",
         category="ec", doc=EC_PDF, evidence=["令和５年度 44 27 2,349"], answer=["44"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2022年度 is printed in Western form); column 申請件数（件）; "
               "27 (交付件数) is the trap"),
    dict(question="令和６年度は、申請のうち何％が交付に至りましたか？",
         category="ec", doc=EC_PDF, evidence=["令和６年度 58 36 3,276"], answer=["62.1%"], computed=True,
         notes="(b) ratio across the row: 36 / 58 = 62.1 % (the prose gives 申請58件のうち36件, no rate)"),
    dict(question="2024年度に、台湾向けのサイトへ初めて出店して補助を受けたのは何件ですか？",
         category="ec", doc=EC_PDF, evidence=["台湾 ５ ３ ８"], answer=["５"],
         notes="(c) unruled table, column 新規出店（件）; 2024年度 = 令和６年度 (caption note; 2024年度 is printed "
               "nowhere); ３ (出店拡大) and ８ (計) are the traps"),
    dict(question="既に越境ECをしている会社が新しい国・地域に販路を広げたケースでは、出店先としてどこが一番多かったですか？",
         category="ec", doc=EC_PDF, evidence=["米国 ７ ４ 11"], answer=["米国"],
         notes="(c) the row with the largest 出店拡大（件） (４; 台湾 and 中国 ３), the column named by the definition "
               "of 出店拡大; the prose ranks the destinations by 計 only"),
    dict(question="申請書は2025年の何月何日までに届いていなければなりませんか？",
         category="ec", doc=EC_PDF, evidence=["令和７年７月31日まで（必着）"], answer=["７月31日"],
         notes="「label：value」 line 募集期間 (2025年 = 令和７年; 必着)"),
    dict(question="補助金が支払われたあとも、県に何か報告しなければなりませんか？どのくらいの期間ですか？",
         category="ec", doc=EC_PDF, evidence=["販売実績の報告（事業を完了した年度の翌年度から２年間"], answer=["２年間"],
         notes="procedure step ⑦ (after ⑥ 補助金の額の確定と支払); ⑤ 実績報告 (30日以内) comes before the payment"),
    dict(question="国内向けに運営している自社のネットショップを作り直す費用も、補助の対象になりますか？",
         category="ec", doc=EC_PDF, evidence=["国内向けの販売サイトの開設や改修に要する経費は対象外です"], answer=["対象外"],
         notes="Q&A: Ａ of Ｑ１ (only sites for consumers abroad)"),
    # --- intern: the internship report, tables (d) (e), a definition, sibling sections
    dict(question="バンコク産業技術大学から来た学生のうち、製造業の会社で受け入れたのは何人ですか？",
         category="intern", doc=INTERN_PDF, evidence=["バンコク産業技術大学（タイ） ３ ２ ０ ０ ５"], answer=["３"],
         notes="(d) continuation page (page 2, no header there): column 製造業; ５ is the row's 計"),
    dict(question="ペナンの連携大学の学生で、IT関係の企業に受け入れられたのは何人ですか？",
         category="intern", doc=INTERN_PDF, evidence=["ペナン国際経営大学（マレーシア） １ ３ １ ０ ５"], answer=["３"],
         notes="(d) continuation page; row named by its city only, IT関係 = 情報通信業; the other cells are １, ０ and ５"),
    dict(question="令和６年度に、観光やサービス関係の企業が受け入れたインターン生は全部で何人でしたか？",
         category="intern", doc=INTERN_PDF, evidence=["合計 19 16 15 ９ 59"], answer=["15"],
         notes="(d) 合計 row on the continuation page, column 観光・サービス業 (a two-line header); 16 (情報通信業) is "
               "the trap"),
    dict(question="タイの大学から受け入れた学生は、合わせて何人ですか？",
         category="intern", doc=INTERN_PDF,
         evidence=["チェンマイ国際大学（タイ） ２ １ １ ２ ６", "バンコク産業技術大学（タイ） ３ ２ ０ ０ ５"],
         answer=["11人"], computed=True,
         notes="(d) sum of the 計 of the two rows whose label ends in （タイ）: ６ + ５ = 11 (the prose ranks タイ third "
               "without a figure)"),
    dict(question="受け入れた学生の数が最も多かった連携大学はどこですか？",
         category="intern", doc=INTERN_PDF, evidence=["ハノイ国際商科大学（ベトナム） ３ １ ２ ２ ８"],
         answer=["ハノイ国際商科大学"],
         notes="(d) the row with the largest 計 (８; every other row ５ or ６), on the page before the break; the prose "
               "names only the country"),
    dict(question="2024年度のアンケートで、日本語学習のサポートに「とても満足」と答えた学生は何人でしたか？",
         category="intern", doc=INTERN_PDF, evidence=["日本語学習の支援 14 24 13 ６"], answer=["14"],
         notes="(e) bilingual header, column とても満足 Very satisfied; 2024年度 = 令和６年度 (the document prints only "
               "2018年度 in Western form)"),
    dict(question="宿舎や暮らしのサポートについて、アンケートで「Dissatisfied」を選んだ学生は何人いましたか？",
         category="intern", doc=INTERN_PDF, evidence=["宿舎・生活の支援 19 25 10 ３"], answer=["３"],
         notes="(e) asked by the English line of the header: Dissatisfied = 不満 (Somewhat dissatisfied = やや不満, 10, "
               "is the trap); row named by paraphrase"),
    dict(question="研修の中身について、「とても満足」か「満足」と答えた人は回答者の何％でしたか？",
         category="intern", doc=INTERN_PDF, evidence=["研修の内容 31 20 ５ １"], answer=["89.5%"], computed=True,
         notes="(e) (31 + 20) / 57 = 89.5 % (57 respondents: the caption note and the prose)"),
    dict(question="受入企業として認められるには、インターン生を最低どのくらいの期間受け入れる必要がありますか？",
         category="intern", doc=INTERN_PDF, evidence=["原則として４週間以上受け入れ"], answer=["４週間以上"],
         notes="definition 「受入企業」とは…原則として４週間以上…; step ⑤'s ８週間以内 is the upper limit, a near miss"),
    dict(question="秋に受け入れたグループは何人でしたか？",
         category="intern", doc=INTERN_PDF, evidence=["第２期（秋期）", "受入人数：21人"], answer=["21人"],
         notes="sibling sections （１）–（３） of ２ share the labels 受入期間, 受入人数, 受入企業数; （２）第２期（秋期）; "
               "24人 and 14人 are the siblings' values"),
    # --- buyer: the buyer-invitation grant guideline, tables (f) (g), a definition, an article, sibling sections
    dict(question="海外のバイヤーを７人招いて商談会を開く場合、助成の上限額はいくらですか？",
         category="buyer", doc=BUYER_PDF, evidence=["５人以上10人未満 150 20"], answer=["150"],
         notes="(f) numeric bands as rows: ７人 is in ５人以上10人未満; column 助成限度額（万円）; 20 is the add-on"),
    dict(question="ちょうど10人のバイヤーを招き、産地の視察も行う場合、上乗せされる額はいくらですか？",
         category="buyer", doc=BUYER_PDF, evidence=["10人以上20人未満 250 30"], answer=["30"],
         notes="(f) band boundary: 10人 is in 10人以上20人未満 (not ５人以上10人未満, whose add-on is 20); column "
               "視察を行う場合の加算額（万円） (a two-line header)"),
    dict(question="25人の海外バイヤーを招き、工場の見学も組み込む商談会では、助成金は最大でいくらになりますか？",
         category="buyer", doc=BUYER_PDF, evidence=["20人以上 400 50"], answer=["450万円"], computed=True,
         notes="(f) two facts: band 20人以上, 助成限度額 400 + 視察の加算額 50 (第５条第２項: 工場の視察) = 450万円"),
    dict(question="2022年度に、この助成金を使った商談会に参加した海外バイヤーは何人でしたか？",
         category="buyer", doc=BUYER_PDF, evidence=["令和４年度 ９ 61 402 1,240"], answer=["61"],
         notes="(g) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "海外バイヤー数（人）"),
    dict(question="令和３年度の商談は何件でしたか？",
         category="buyer", doc=BUYER_PDF, evidence=["令和３年度 ５ 27 188 590"], answer=["188"],
         notes="(g) column 商談件数（件）; ５ (交付件数) and 27 (海外バイヤー数) are the traps"),
    dict(question="2020年度から2024年度までの５年間に、この助成を使った商談会に参加した海外バイヤーは延べ何人ですか？",
         category="buyer", doc=BUYER_PDF,
         evidence=["令和２年度 ３ 14 96 310", "令和３年度 ５ 27 188 590", "令和４年度 ９ 61 402 1,240",
                   "令和５年度 12 94 655 1,880", "令和６年度 15 121 843 2,460"],
         answer=["317人"], computed=True,
         notes="(g) sum of the 海外バイヤー数（人） column: 14 + 27 + 61 + 94 + 121 = 317 (the prose gives only "
               "延べ44件)"),
    dict(question="海外の商社の社員なら誰でも、この助成金でいう「海外バイヤー」に当たりますか？",
         category="buyer", doc=BUYER_PDF, evidence=["県産品の買付けの権限を有する者をいう"], answer=["買付けの権限"],
         notes="definition 「海外バイヤー」とは…県産品の買付けの権限を有する者をいう (so not every employee)"),
    dict(question="交付申請は、商談会の何日前までに出せばよいですか？",
         category="buyer", doc=BUYER_PDF, evidence=["開催する日の60日前までに"], answer=["60日前"],
         notes="article 第６条 (交付申請); 30日以内 (第７条, 実績報告) is a near miss"),
    dict(question="水産加工品の商談会には、海外から何人のバイヤーが来ましたか？",
         category="buyer", doc=BUYER_PDF, evidence=["水産加工品商談会", "海外バイヤー数：８人"], answer=["８人"],
         notes="sibling sections （１）–（３） of （参考２） share the labels 実施団体, 開催期間, 海外バイヤー数, 助成額; "
               "（２）水産加工品商談会; 12人 and 23人 are the siblings' values"),
    # --- followups
    dict(question="それを初めての出店で使う場合、上限額はいくらですか？",
         category="followup", doc=EC_PDF, evidence=["海外向け広告費 50 80 50"], answer=["80"],
         history=_turns("海外向けの広告にかかる費用は、何％補助されますか？",
                        "海外向け広告費の補助率は50％です[1]。"),
         notes="(a) the row from the history (海外向け広告費), leaf 補助上限額（万円）／新規出店 (初めて = 新規出店); 50 "
               "(出店拡大, and the rate) is the trap"),
    dict(question="その年度の交付額はいくらでしたか？",
         category="followup", doc=EC_PDF, evidence=["令和５年度 44 27 2,349"], answer=["2,349"],
         history=_turns("令和５年度は、何件に補助金が交付されましたか？", "令和５年度は27件でした[1]。"),
         notes="(b) the year from the history (令和５年度), column 交付額（万円）"),
    dict(question="そのうち製造業の企業に行ったのは何人ですか？",
         category="followup", doc=INTERN_PDF, evidence=["ダナン工業技術大学（ベトナム） ４ ２ ０ ０ ６"], answer=["４"],
         history=_turns("ダナン工業技術大学からは何人を受け入れましたか？", "ダナン工業技術大学からは６人を受け入れました[1]。"),
         notes="(d) the row from the history (ダナン工業技術大学, 計 ６), column 製造業"),
    dict(question="その年の商談件数は何件でしたか？",
         category="followup", doc=BUYER_PDF, evidence=["令和５年度 12 94 655 1,880"], answer=["655"],
         history=_turns("2023年度には、何件の商談会に助成しましたか？", "2023年度（令和５年度）は12件でした[1]。"),
         notes="(g) the year from the history (2023年度 = 令和５年度), column 商談件数（件）"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=INTERN_PDF, evidence=["（受入企業の募集・学生の生活支援） 電話：099-171-5300"],
         answer=["099-171-5300"],
         history=_turns("インターン生を受け入れたい企業は、どこに申し込めばよいですか？",
                        "受入企業の募集は、一般社団法人浅葱県産業国際化推進機構が行っています[1]。"),
         notes="contact box: the 機構's phone; the 国際交流課's 099-171-5210 in the same box is the near miss"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で越境ECに出店した会社は、海外での売上高がどれくらい伸びましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives grants by year and by destination only; 販売実績の報告 (step ⑦) and 売上げの見込み "
               "(note ※４) are the near misses, with no figure",
         absent=["売上高", "売上額", "販売額"]),
    dict(question="令和６年度に越境ECの補助を受けた事業者を、扱っている商品の種類別に見るとどうなっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the 令和６年度 grants are broken down by destination (新規出店／出店拡大) only, not by product",
         absent=["商品別", "品目", "取扱商品"]),
    dict(question="令和６年度に受け入れたインターン生の男女の内訳を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the interns are given by university, host industry and cohort only",
         absent=["男女", "男性", "女性"]),
    dict(question="インターンシップを終えた学生のうち、その後県内の企業に就職した人は何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report states the aim (人材の確保) and plans a 修了生 meeting, but gives no hires",
         absent=["就職", "内定"]),
    dict(question="令和６年度に助成した商談会で、成約に至った金額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline's record gives 商談件数 and 交付額, no deals closed or their value",
         absent=["成約", "契約額", "受注額"]),
    dict(question="海外バイヤー招へいの助成に申し込んで、不採択になった団体はこれまでにいくつありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the record gives grants made (交付件数) only; the 申請件数 of the e-commerce guide belong to another "
               "scheme",
         absent=["不採択", "採択されなかった"]),
]
CATEGORY_COUNTS = {"ec": 10, "intern": 10, "buyer": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 2  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h17q", "h17t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("補助対象経費と補助率", "交付実績の推移", "出店先の国・地域別の交付件数",
                       "連携大学別・受入企業の業種別の受入人数", "インターンシップ生アンケートの結果",
                       "海外バイヤーの数に応じた助成限度額", "助成実績の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))
CAP_NEW = "補助上限額（万円）／新規出店"
TOTAL_D = "計"


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


def _translation_grant(g) -> str:
    """100万円 of translation for a first store: the rate, then the cap of the 新規出店 column."""
    grant = min(Decimal(100) * g(A, "翻訳費", "補助率（％）", 2025) / 100, Decimal(g(A, "翻訳費", CAP_NEW, 2025)))
    return f"{int(grant)}万円"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h17q03": _translation_grant,
    "h17q05": lambda g: _pct(g(B, "令和６年度", "交付件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h17q14": lambda g: f"{g(D, 'チェンマイ国際大学（タイ）', TOTAL_D, 2024) + g(D, 'バンコク産業技術大学（タイ）', TOTAL_D, 2024)}人",
    "h17q18": lambda g: _pct(g(E, "研修の内容", "とても満足 Very satisfied", 2024) + g(E, "研修の内容", "満足 Satisfied", 2024),
                             RESPONDENTS),
    "h17q23": lambda g: f"{g(F, '20人以上', '助成限度額（万円）', 2025) + g(F, '20人以上', '視察を行う場合の加算額（万円）', 2025)}万円",
    "h17q26": lambda g: f"{sum(g(G, f'令和{fw(y - 2018)}年度', '海外バイヤー数（人）', y) for y in range(2020, 2025))}人",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {EC_PDF: (2, 3), INTERN_PDF: (2, 3), BUYER_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("ハノイ国際商科大学（ベトナム）", "スラバヤ経営大学（インドネシア）")  # rows of (d) before the break
CONTINUED_ROWS = ("バリ観光国際大学（インドネシア）", "ペナン国際経営大学（マレーシア）", "合計")  # and after it


def check_files(out: Path) -> list[str]:
    """Every problem found in the set written under `out` (empty when fine)."""
    errors = []
    docs_dir = out / DOCS_DIR
    if sorted(f.name for f in docs_dir.iterdir()) != sorted(PAGE_COUNTS):
        errors.append(f"{DOCS_DIR}/ holds {sorted(f.name for f in docs_dir.iterdir())}, expected only the three PDFs")
    pages = extract_pages(docs_dir)
    errors += check_texts(out, pages)
    for f in sorted(docs_dir.iterdir()):
        if f.stat().st_size >= MAX_FILE_BYTES:
            errors.append(f"{f.name} is {f.stat().st_size} bytes, not < 100 KB")
    questions, gold = read_jsonl(out / "questions.jsonl"), read_jsonl(out / "tables.jsonl")
    if questions != expected_questions():
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout17.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout17.py")
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
        if g["number"] is None or g["unit"] not in UNITS:
            errors.append(f"{g['id']}: every cell of this set should be numeric, with one of the units {UNITS}")
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
    """Totals add up inside each table and between tables and sections."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]
    # (a): a 出店拡大 cap never above the 新規出店 cap; the per-firm caps of note ※３ below the sums
    a = t[A]
    cap_exp = "補助上限額（万円）／出店拡大"
    if any(r[cap_exp] > r[CAP_NEW] for r in a.values()):
        errors.append(f"{A}: a 出店拡大 cap above its 新規出店 cap")
    if not (sum(r[CAP_NEW] for r in a.values()) > EC_FIRM_CAP["新規出店"]
            and sum(r[cap_exp] for r in a.values()) > EC_FIRM_CAP["出店拡大"]):
        errors.append(f"{A}: the per-firm caps of note ※３ should be below the sums of the caps")
    # (b): grants below applications, growing every year; 令和６年度 equals (c)'s 合計
    b = t[B]
    if any(r["交付件数（件）"] >= r["申請件数（件）"] for r in b.values()):
        errors.append(f"{B}: grants should be fewer than applications")
    grants = [b[f"令和{fw(y - 2018)}年度"]["交付件数（件）"] for y, *_x in EC_YEARS]
    if grants != sorted(set(grants)):
        errors.append(f"{B}: 「交付件数は毎年度増えており」 does not hold")
    c = t[C]
    for row, r in c.items():
        if r["計（件）"] != r["新規出店（件）"] + r["出店拡大（件）"]:
            errors.append(f"{C} / {row}: 計 is not 新規出店 + 出店拡大")
    for col in ("新規出店（件）", "出店拡大（件）", "計（件）"):
        if c["合計"][col] != sum(r[col] for row, r in c.items() if row != "合計"):
            errors.append(f"{C}: 合計 of {col} does not add up")
    if c["合計"]["計（件）"] != b["令和６年度"]["交付件数（件）"]:
        errors.append(f"{C}: 合計 differs from the 令和６年度 交付件数 of {B}")
    # (d): 計 adds the industries; 合計 adds up; the year's total is the cohorts' and (e)'s respondents + 2
    d = t[D]
    inds = [x.replace("\n", "") for x in INDUSTRIES]
    for row, r in d.items():
        if r[TOTAL_D] != sum(r[k] for k in inds):
            errors.append(f"{D} / {row}: 計 is not the sum of the industries")
    for col in inds + [TOTAL_D]:
        if d["合計"][col] != sum(r[col] for row, r in d.items() if row != "合計"):
            errors.append(f"{D}: 合計 of {col} does not add up")
    if d["合計"][TOTAL_D] != sum(x[2] for x in COHORTS):
        errors.append(f"{D}: 合計 differs from the three cohorts' 受入人数")
    if d["合計"][TOTAL_D] != RESPONDENTS + EARLY_RETURN:
        errors.append(f"{D}: 合計 is not the respondents of {E} plus those who went home early")
    # (e): every row adds up to the respondents
    for row, r in t[E].items():
        if sum(r.values()) != RESPONDENTS:
            errors.append(f"{E} / {row}: the answers do not add up to {RESPONDENTS}")
    # (f) and (g): the sibling grants fit the table; 令和６年度 has at least the siblings' buyers
    for head, _b, _w, n, amt in MEETINGS:
        k = int(nfkc(n).split("人")[0])
        band = next((lo, hi, cap, add) for (lo, hi), cap, add in BANDS if lo <= k and (hi is None or k < hi))
        if int(nfkc(amt).rstrip("万円")) > band[2] + band[3]:
            errors.append(f"{head}: 助成額 {amt} above the limit of its band")
    if sum(int(nfkc(m[3]).split("人")[0]) for m in MEETINGS) > t[G]["令和６年度"]["海外バイヤー数（人）"]:
        errors.append(f"{G}: 令和６年度 has fewer buyers than the three meetings of （参考２）")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    univs = specs["univs"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(univs.header[0]))
        on = [i + 1 for i, p in enumerate(pages[INTERN_PDF]) if header in norm(p)]
        if univs.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break")
        if norm("大学名の後の括弧内は") not in norm(pages[INTERN_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key in ("ec_costs", "ec_years", "ec_dest", "survey", "bands", "buyer_years"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["ec_dest"].ruled or not all(s.ruled for k, s in specs.items() if k != "ec_dest"):
        errors.append(f"only {C} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）", CAP_NEW, "補助上限額（万円）／出店拡大"]
    if len(specs["ec_costs"].header) != 2 or len(specs["ec_costs"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    # (b) and (g): years as rows
    for tab, years, width in ((B, EC_YEARS, 3), (G, BUYER_YEARS, 4)):
        if [g["fiscal_year"] for g in gold if g["table"] == tab][::width] != [y for y, *_x in years]:
            errors.append(f"{tab}: expected years as rows")
    # (e): every header cell a Japanese line over an English line
    for h in specs["survey"].header[0]:
        lines = h.split("\n")
        if len(lines) != 2 or not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", lines[0]) \
                or not re.fullmatch(r"[A-Za-z ]+", lines[1]):
            errors.append(f"{E}: header cell {h!r} is not Japanese over English")
    # (f): the rows are contiguous numeric bands (… 人以上 … 人未満), the last open; amounts grow
    labels = [nfkc(g["row"]) for g in gold if g["table"] == F][::2]
    bands = [re.fullmatch(r"(\d+)人以上(?:(\d+)人未満)?", x) for x in labels]
    if not all(bands) or bands[-1].group(2) or any(
            b.group(2) != n.group(1) for b, n in zip(bands, bands[1:])):
        errors.append(f"{F}: rows should be contiguous bands, the last one open: {labels}")
    for col in ("助成限度額（万円）", "視察を行う場合の加算額（万円）"):
        amounts = [g["number"] for g in gold if g["table"] == F and g["column"] == col]
        if amounts != sorted(set(amounts)):
            errors.append(f"{F}: {col} should grow band by band")
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
            errors.append(f"{doc}: the numbered lines should be {want}, got {''.join(got)}")

    ec = norm("\n".join(pages[EC_PDF]))
    siblings(ec, "guide", ("開催日：", "場所：", "定員："), [s[0] for s in EC_SESSIONS])
    if norm(f"延べ{sum(r[2] for r in EC_YEARS)}件、{sum(r[3] for r in EC_YEARS):,}万円") not in ec:
        errors.append("guide: the three-year totals in the prose differ from (b)")
    y6 = EC_YEARS[-1]
    if norm(f"令和６年度は申請{y6[1]}件のうち{y6[2]}件に、{y6[3]:,}万円") not in ec:
        errors.append("guide: the 令和６年度 figures in the prose differ from (b)")
    ranked = [n for n, *_x in sorted(EC_DEST[:-1], key=lambda r: -(r[1] + r[2]))]
    if ranked[:3] != ["米国", "台湾", "中国"] or len({r[1] + r[2] for r in EC_DEST[:4]}) != 4:
        errors.append("guide: 「米国が最も多く、台湾、中国が続きます」 does not hold")
    for d in ("「越境ＥＣ」とは", "「出店拡大」とは"):
        if norm(d) not in ec:
            errors.append(f"guide: the definition {d} is missing")
    raw = "\n".join(pages[EC_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps(EC_PDF, "①②③④⑤⑥⑦")

    it = norm("\n".join(pages[INTERN_PDF]))
    siblings(it, "report", ("受入期間：", "受入人数：", "受入企業数："), [c[0] for c in COHORTS])
    total = sum(sum(v) for _n, *v in UNIVS)
    if norm(f"学生{total}人を受け入れ、前年度（{PREV_INTERNS}人）を{total - PREV_INTERNS}人上回った") not in it:
        errors.append("report: the year's total in the prose differs from (d)")
    if norm("令和６年度で７年目") not in it or 2024 - 2018 + 1 != 7:
        errors.append("report: 「令和６年度で７年目」 does not hold")
    by_country = defaultdict(int)
    for n, *v in UNIVS:
        by_country[re.search(r"（(.+)）$", n).group(1)] += sum(v)
    ranked = sorted(by_country, key=lambda k: -by_country[k])
    if ranked[:3] != ["ベトナム", "インドネシア", "タイ"] or by_country["タイ"] <= max(
            v for k, v in by_country.items() if k not in ranked[:3]) or len(by_country) != 6:
        errors.append("report: 「ベトナム…が最も多く、インドネシア、タイが続いた」 or 「６か国・地域」 does not hold")
    if norm("６か国・地域の10大学") not in it or len(UNIVS) != 10:
        errors.append("report: 「６か国・地域の10大学」 does not hold")
    ind = [sum(u[k] for u in UNIVS) for k in range(1, 5)]
    if not ind[0] > ind[1] > ind[2] > ind[3]:
        errors.append("report: 「製造業が最も多く、情報通信業、観光・サービス業の順」 does not hold")
    sat = SURVEY[-1][1] + SURVEY[-1][2]
    if norm(f"{RESPONDENTS}人のうち{sat}人が「とても満足」又は「満足」") not in it:
        errors.append("report: the satisfaction figures in the prose differ from (e)")
    unhappy = {r[0]: r[3] + r[4] for r in SURVEY}
    if max(unhappy, key=unhappy.get) != "日本語学習の支援" or sorted(unhappy.values())[-1] == sorted(unhappy.values())[-2]:
        errors.append("report: 「日本語学習の支援は「やや不満」「不満」の計が最も多く」 does not hold")
    for d in ("「連携大学」とは", "「受入企業」とは"):
        if norm(d) not in it:
            errors.append(f"report: the definition {d} is missing")
    steps(INTERN_PDF, "①②③④⑤⑥①②③")

    bu = norm("\n".join(pages[BUYER_PDF]))
    siblings(bu, "guideline", ("実施団体：", "開催期間：", "海外バイヤー数：", "助成額："), [m[0] for m in MEETINGS])
    if norm(f"延べ{sum(r[1] for r in BUYER_YEARS)}件の商談会等に助成した") not in bu:
        errors.append("guideline: the five-year total in the prose differs from (g)")
    counts = [r[1] for r in BUYER_YEARS]
    if max(counts[:2]) >= min(counts[2:]):
        errors.append("guideline: 「令和２年度と令和３年度は…件数が少なかった」 does not hold")
    for d in ("「海外バイヤー」とは", "「商談会等」とは"):
        if norm(d) not in bu:
            errors.append(f"guideline: the definition {d} is missing")
    arts = re.findall(r"第([１-９])条　", "\n".join(pages[BUYER_PDF]).replace(" ", "　"))
    if arts != list("１２３４５６７８"):
        errors.append(f"guideline: articles should run 第１条 to 第８条, got {arts}")
    # the contact boxes, and every phone number of the set is fictional (099-171-xxxx)
    want_phones = {EC_PDF: ["099-171-3310", "099-171-3319", "099-171-3400"],
                   INTERN_PDF: ["099-171-5210", "099-171-5219", "099-171-5300"],
                   BUYER_PDF: ["099-171-7110", "099-171-7119"]}
    for n, p in pages.items():
        phones = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p)))
        if phones != want_phones[n]:
            errors.append(f"{n}: phone numbers {phones}, expected {want_phones[n]}")
        if any(not ph.startswith(PHONE_PREFIX) for ph in phones):
            errors.append(f"{n}: a phone number outside {PHONE_PREFIX}xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
