"""Build the 翡翠県 held-out set 12: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (翡翠県 and every town, scheme, organisation, expo, phone number,
address, URL and figure). The documents are in three genres the earlier sets do not use: the
annual operating report of a support centre for foreign technical intern trainees
(技能実習生等相談支援センター 運営報告書) with consultations by language and method (a two-level
header) and by month (a table continued over a page break without its header); a guide to a
subsidy for hiring foreign IT engineers (外国人ITエンジニア雇用支援補助金のご案内) with an unruled
table of costs and rates, a yearly record (years as rows) and a table whose region column spans
rows; and the results report of a prefectural booth at an overseas food expo
(海外食品見本市 翡翠県ブース出展結果報告書) with a target/result table whose units sit in a 単位
column and a table of buyers by country; see README.md beside this file.

    python make_heldout12.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout11/make_heldout11.py; the helpers are in ../docgen.py (unchanged). The gold cells are
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

from reportlab.lib import colors
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

CENTER_PDF = "hisui_ginou_jisshusei_soudan_center_hokoku_r6.pdf"
HOJO_PDF = "hisui_gaikokujin_it_engineer_hojokin_annai_r7.pdf"
EXPO_PDF = "hisui_shokuhin_mihonichi_shutten_kekka_r6.pdf"
ALL_PDFS = (CENTER_PDF, HOJO_PDF, EXPO_PDF)

UNITS = ("万円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # no figure (the table's note says why)
MINUS = "△"  # a negative figure, as Japanese reports print it
INDENT = "　"  # the full-width space that indents a うち row
FRAME_W = 166 * mm  # A4 minus docgen's 22 mm margins


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
    """(number, unit) as printed after NFKC: a trailing footnote mark (1,056※１) is dropped,
    △ makes the number negative (△1,230 -> -1230); (None, None) for － and text cells."""
    v = re.sub(r"※\d+$", "", nfkc(value).strip())
    neg = v.startswith(MINUS)
    n, u = docgen.parse_number(v[1:] if neg else v, UNITS)
    if n is not None and neg:
        n = -n
    return n, u


def label(s: str) -> str:
    """A row or column label as recorded: line breaks and the うち rows' indent dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (融資件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def signed(n: int) -> str:
    """An 増減 cell: △ before a decrease."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def change_rate(new: int, old: int) -> str:
    """増減率 in per cent with one decimal, rounded half up, △ before a decrease."""
    r = half_up(Decimal((new - old) * 100) / Decimal(old), "0.1")
    return f"{MINUS}{-r}" if r < 0 else str(r)


def cell(x) -> str:
    return DASH if x is None else fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, a year per column
    where a header names none (col_years), text columns (備考) and indented うち rows."""

    col_years: dict | None = None
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
        if self.col_years and c in self.col_years:
            return self.col_years[c]
        years = [fiscal_year(p) for p in self.header_parts(c) if fiscal_year(p)]
        return years[-1] if years else None

    def row_label(self, i: int) -> str:
        return label(self.rows[i][self.label_col])

    def halves(self):
        """(label column, value columns) of each half; one half unless side by side."""
        return [(self.label_col, self.value_cols)]



def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for lc, vcols in spec.halves():
            if not r[lc]:
                continue
            for c in vcols:
                value = r[c]
                if c in spec.text_cols:
                    number, unit = None, None
                else:
                    number, cell_unit = parse_number(value)
                    unit = cell_unit or spec.cell_unit(r, c)
                row_label = label(r[lc])
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



PREF = "翡翠県"
CITY = "翡翠市"

# ================================================================ document 1: intern trainees' support centre report
CENTER = f"{PREF}外国人技能実習生等相談支援センター"
CENTER_DEPT = f"{PREF} 商工労働部 労働雇用課"
KYOKAI = "公益財団法人翡翠県国際交流協会"
LANGS = [  # 言語, 電話, 来所, ＳＮＳ・メール (令和６年度, 件)
    ("ベトナム語", 412, 138, 506), ("インドネシア語", 186, 64, 241), ("フィリピノ語", 94, 37, 118),
    ("ミャンマー語", 121, 45, 163), ("中国語", 58, 29, 47), ("ネパール語", 36, 18, 52), ("英語", 27, 11, 33),
]
MONTHS = [  # 月, 新規相談, 継続相談 (令和６年度, 件)
    (4, 96, 62), (5, 104, 71), (6, 112, 78), (7, 118, 84), (8, 109, 80), (9, 121, 86),
    (10, 135, 92), (11, 128, 89), (12, 102, 74), (1, 131, 93), (2, 124, 90), (3, 148, 109),
]
PREV_TOTAL = 1987  # 令和５年度の相談件数
OUTREACH = [  # 見出し, 開催日, 相談件数, 主な相談内容 (same labels in every sibling section)
    ("翡翠市会場", "令和６年６月16日（日）", "48件", "賃金・残業代の支払、帰国の手続"),
    ("北浜市会場", "令和６年10月20日（日）", "35件", "転籍の手続、職場の人間関係"),
    ("南山町会場", "令和７年２月９日（日）", "27件", "在留期間の更新、医療機関の受診"),
]


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def center_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in LANGS]
    t = [sum(r[k] for r in LANGS) for k in (1, 2, 3)]
    rows.append(["合計", fw(t[0]), fw(t[1]), fw(t[2]), fw(sum(t))])
    langs = TableSpec(
        key="langs", doc=CENTER_PDF, title="言語別・相談方法別の相談件数",
        header=[["言語", "相談方法", "", "", "計"], ["", "電話", "来所", "ＳＮＳ・メール", ""]],
        rows=rows, col_widths=[44 * mm, 24 * mm, 24 * mm, 32 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (4, 1))], unit="件", table_fy=2024,
    )
    mrows = [[month_label(m), fw(a), fw(b), fw(a + b)] for m, a, b in MONTHS]
    ta, tb = sum(r[1] for r in MONTHS), sum(r[2] for r in MONTHS)
    mrows.append(["合計", fw(ta), fw(tb), fw(ta + tb)])
    months = TableSpec(
        key="months", doc=CENTER_PDF, title="月別の相談件数",
        header=[["月", "新規相談", "継続相談", "計"]],
        rows=mrows, col_widths=[30 * mm, 34 * mm, 34 * mm, 34 * mm], unit="件", table_fy=2024,
        repeat_header=False,
    )
    return langs, months


def center_story(specs):
    langs, months = specs
    tot = sum(a + b + c for _n, a, b, c in LANGS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CENTER} 運営報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(CENTER_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　センターの概要", H1)]
    st += lv_lines([
        ("名称", CENTER),
        ("設置者", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("所在地", f"{CITY}中央町二丁目５番１号 翡翠国際プラザ３階"),
        ("開設", "令和元年（2019年）10月"),
        ("相談時間", "月曜日から金曜日までの午前９時から午後５時まで（祝日及び年末年始を除く）"),
    ], 0)
    st += paras("""
この報告書において「技能実習生等」とは、技能実習生及び在留資格「特定技能」をもって県内で働く外国人をいう。また、「継続相談」とは、同じ相談者から同じ内容について２回目以降に受けた相談をいい、それ以外の相談を「新規相談」という。
""", 0)
    st += [P("２　相談の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{tot:,}件で、前年度（{PREV_TOTAL:,}件）に比べ{tot - PREV_TOTAL}件増加し、開設以来最多となった。言語別ではベトナム語が最も多く、全体の４割余りを占める。相談方法別では、ＳＮＳ・メールによる相談が電話を上回った。
""", 0)
    st += [caption(langs.title, "（令和６年度、単位：件）"), langs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 通訳を介した三者通話による相談は、「電話」に含む。",
        "※２ 「ＳＮＳ・メール」には、ＳＮＳのメッセージ機能による相談を含む。",
        "※３ ミャンマー語は、令和６年７月から対応を始めた言語であり、７月以降の件数である。",
    ])
    st += [caption(months.title, "（令和６年度、単位：件）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes(["※４ 月は相談を受け付けた月である。１月から３月は令和７年の数値である。"])
    st += paras("""
月別にみると、年度の後半に件数が増える傾向がある。特に３月は、技能実習の修了や在留期間の更新が重なるため、新規相談、継続相談ともに年間で最も多かった。
""", 0)
    st += [P("３　出張相談会", H1)]
    st += paras("センターに来ることが難しい技能実習生等のため、休日に県内３か所で出張相談会を開いた。", 0)
    for i, (head, when, n, what) in enumerate(OUTREACH, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", when), ("相談件数", n), ("主な相談内容", what)], 1)
    st += [P("４　相談の流れ", H1)]
    st += numbered([
        "① 受付（電話、来所、ＳＮＳ・メールのいずれでも受け付ける。）",
        "② 相談員と通訳による聞き取り",
        "③ 助言と情報の提供",
        "④ 関係機関への引継ぎ（外国人技能実習機構、労働基準監督署、出入国在留管理局等）",
        "⑤ 引継ぎ後の状況の確認（おおむね１か月後）",
    ], 0)
    st += [CondPageBreak(34 * mm), P("５　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CENTER_DEPT} 外国人材班（センターの運営）　電話：099-120-4310　ファクス：099-120-4319",
        f"{CENTER}（相談専用）　電話：099-120-4500",
        "電子メール：soudan@hisui-kokusai.example.jp",
    ]))
    return st


# ================================================================ document 2: foreign IT engineer hiring subsidy guide
HOJO = f"{PREF}外国人ITエンジニア雇用支援補助金"
HOJO_DEPT = f"{PREF} 商工労働部 産業人材課"
COSTS = [  # 経費区分, 補助率（％）, 補助上限額（万円, 1人当たり）
    ("人材紹介手数料", 50, 80), ("来日時の渡航費", 50, 15), ("在留資格の申請手続費用", 50, 10),
    ("日本語研修費", 75, 30), ("住居の初期費用", 50, 20),
]
GRANT_YEARS = [  # 年度, 交付件数, 雇用人数, 交付額（万円）
    (2021, 9, 11, 742), (2022, 14, 19, 1268), (2023, 21, 30, 2015), (2024, 27, 41, 2936),
]
ORIGINS = [  # 地域, 国・地域, 雇用人数, 女性 (令和６年度, 人)
    ("アジア", "インド", 12, 3), ("アジア", "ベトナム", 9, 4), ("アジア", "中国", 6, 2),
    ("アジア", "ネパール", 4, 1), ("アジア", "フィリピン", 3, 1), ("アジア", "インドネシア", 2, 1),
    ("その他", "米国", 2, 0), ("その他", "ブラジル", 3, 1),
]


def hojo_specs():
    costs = TableSpec(
        key="costs", doc=HOJO_PDF, title="補助対象経費と補助率",
        header=[["経費区分", "補助率（％）", "補助上限額（万円）"]],
        rows=[[n, fw(r), fw(c)] for n, r, c in COSTS],
        col_widths=[60 * mm, 30 * mm, 40 * mm], ruled=False, table_fy=2025,
    )
    costs.unit = lambda row, c, s=costs: bracket_unit(s.column_label(c))
    years = TableSpec(
        key="grants", doc=HOJO_PDF, title="交付実績の推移",
        header=[["年度", "交付件数（件）", "雇用人数（人）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(n), fw(p), fw(a)] for y, n, p, a in GRANT_YEARS],
        col_widths=[34 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows, spans, prev = [], [], None
    for k, (region, country, n, f) in enumerate(ORIGINS):
        rows.append([region if region != prev else "", country, fw(n), fw(f)])
        if region != prev:
            spans.append([k + 1, k + 1])
        else:
            spans[-1][1] = k + 1
        prev = region
    rows.append(["", "合計", fw(sum(r[2] for r in ORIGINS)), fw(sum(r[3] for r in ORIGINS))])
    origins = TableSpec(
        key="origins", doc=HOJO_PDF, title="出身国・地域別の雇用人数",
        header=[["地域", "国・地域", "雇用人数", "うち女性"]],
        rows=rows, col_widths=[28 * mm, 40 * mm, 30 * mm, 30 * mm], label_col=1,
        spans=[((0, a), (0, b)) for a, b in spans], unit="人", table_fy=2024,
    )
    return costs, years, origins


def hojo_story(specs):
    costs, years, origins = specs
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の中小企業のデジタル化を担う人材を確保するため、外国人ITエンジニアを新たに雇用する中小企業に、採用と受入れに要する経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{sum(r[1] for r in GRANT_YEARS)}件、{sum(r[2] for r in GRANT_YEARS)}人の雇用を支援しました。
""", 0)
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に本社又は事業所を有する中小企業者で、外国人ITエンジニアを正社員として新たに雇用するもの"),
        ("募集期間", "令和７年５月７日から令和７年12月26日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "4,800万円"),
        ("対象人数", "１社当たり年度内２人まで"),
    ], 0)
    st += paras("""
この案内において「外国人ITエンジニア」とは、在留資格「技術・人文知識・国際業務」又は「高度専門職」をもって、ソフトウェアの開発、システムの設計、データの分析等の業務に従事する外国人をいいます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助の対象となる経費と、雇用する外国人ITエンジニア１人当たりの補助率及び上限額は、次のとおりです。", 0)
    st += [caption(costs.title, "（令和７年度、１人当たり）"), costs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 日本語研修費は、雇用した日から１年以内に受講を始めたものに限ります。",
        "※２ 補助金の額は、１社当たり年度内300万円を上限とします。千円未満の端数は切り捨てます。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        "① 事前相談（産業人材課へ電話又は電子メールで）",
        "② 交付申請（雇用契約を結ぶ前に、申請書と事業計画書を提出）",
        "③ 交付決定の通知",
        "④ 雇用の開始と経費の支払",
        "⑤ 実績報告（雇用を始めた日から３か月以内）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("４　これまでの交付実績", H1)]
    st += paras(f"""
交付件数と雇用人数は毎年増えており、令和６年度は{GRANT_YEARS[-1][1]}件、{GRANT_YEARS[-1][2]}人となりました。出身国・地域別では、インドが最も多く、ベトナム、中国が続きます。雇用された人の約３割が女性です。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(origins.title, "（令和６年度、単位：人）"), origins.flowable(), Spacer(1, 2)]
    st += notes(["※３ 国・地域は、雇用した外国人ITエンジニアの国籍による。"])
    st += [P("５　よくある質問", H1)]
    qa = [
        ("既に日本国内に住んでいる外国人を採用する場合も対象になりますか。",
         "対象になります。ただし、来日時の渡航費は補助対象外です。"),
        ("契約社員として雇用する場合は対象になりますか。",
         "対象になりません。期間の定めのない正社員としての雇用に限ります。"),
        ("雇用した人がすぐに退職した場合はどうなりますか。",
         "雇用を始めた日から６か月以内に離職した場合は、補助金の全部又は一部を返還していただきます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} IT人材確保班",
        "電話：099-120-2610　ファクス：099-120-2619",
        "電子メール：it-jinzai@pref.hisui.example.jp",
    ]))
    return st


# ================================================================ document 3: overseas food expo booth report
EXPO = "アジア国際食品・飲料見本市2024"
EXPO_DEPT = f"{PREF} 農林水産部 販路拡大課"
KYOGIKAI = "翡翠県食品輸出促進協議会"
RESULTS = [  # 項目, 単位, 目標, 実績
    ("出展事業者数", "社", 12, 12), ("ブース来場者数", "人", 1000, 1318), ("商談件数", "件", 300, 386),
    ("成約件数", "件", 40, 47), ("成約額", "万円", 5000, 4620),
]
BUYERS = [  # 国・地域, 商談件数, 成約件数, 成約額（万円）
    ("シンガポール", 142, 18, 1740), ("マレーシア", 68, 9, 820), ("香港", 57, 7, 760), ("台湾", 41, 5, 540),
    ("タイ", 36, 4, 310), ("オーストラリア", 22, 2, 250), ("その他", 20, 2, 200),
]


def expo_specs():
    results = TableSpec(
        key="results", doc=EXPO_PDF, title="出展の成果（目標との比較）",
        header=[["項目", "単位", "目標", "実績"]],
        rows=[[n, u, fw(a), fw(b)] for n, u, a, b in RESULTS],
        col_widths=[44 * mm, 20 * mm, 30 * mm, 30 * mm], value_cols=[2, 3], table_fy=2024,
        align_left_cols=(1,),
    )
    results.unit = lambda row, c: nfkc(row[1])
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in BUYERS]
    rows.append(["合計"] + [fw(sum(r[k] for r in BUYERS)) for k in (1, 2, 3)])
    buyers = TableSpec(
        key="buyers", doc=EXPO_PDF, title="バイヤーの国・地域別の商談と成約",
        header=[["国・地域", "商談件数（件）", "成約件数（件）", "成約額（万円）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2024,
    )
    buyers.unit = lambda row, c, s=buyers: bracket_unit(s.column_label(c))
    return results, buyers


def expo_story(specs):
    results, buyers = specs
    r = {x[0]: x for x in RESULTS}
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"海外食品見本市 {PREF}ブース出展結果報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年３月", DATE_RIGHT), P(EXPO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　出展の概要", H1)]
    st += lv_lines([
        ("見本市名", EXPO),
        ("会期", "2024年９月10日（火）から13日（金）まで（４日間）"),
        ("会場", "シンガポール市内の国際展示場"),
        ("出展形態", f"{PREF}ブースによる共同出展（{KYOGIKAI}と共催）"),
        ("出展者", "県内の食品製造業者、農業法人等12社"),
        ("主な出展品目", "日本酒、緑茶、果物の加工品、水産加工品、調味料"),
        ("事業費", "1,860万円"),
    ], 0)
    st += paras("""
この報告書において「成約」とは、会期中又は会期後３か月以内に、見本市での商談をきっかけとして取引の契約又は発注に至ったものをいう。「成約額」は、成約した取引の初回の発注額を円に換算したものである。
""", 0)
    st += [P("２　出展の成果", H1)]
    st += paras(f"""
ブースには４日間で{r['ブース来場者数'][3]:,}人が訪れ、来場者数、商談件数、成約件数の３項目で目標を上回った。成約額は{r['成約額'][3]:,}万円で、目標には届かなかった。試食の提供と現地語のパンフレットが好評で、日本酒と果物の加工品への関心が特に高かった。
""", 0)
    st += [caption(results.title, "（令和６年度）"), results.flowable(), Spacer(1, 2)]
    st += notes(["※１ 成約件数及び成約額は、令和６年12月末現在の数値である。"])
    st += [P("３　バイヤーの国・地域別の状況", H1)]
    st += paras("""
商談の相手は、地元のシンガポールのバイヤーが最も多く、マレーシア、香港が続いた。成約額でも、シンガポールが全体の３分の１余りを占めた。
""", 0)
    st += [caption(buyers.title, "（令和６年度）"), buyers.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「その他」は、中東、韓国及び欧州のバイヤーである。バイヤーの国・地域は、所在地による。"])
    st += [P("４　今後の取組", H1)]
    st += numbered([
        "① 成約に至っていない商談について、会期後も協議会の現地コーディネーターが継続して支援する。",
        "② 令和７年度は、出展事業者を15社に増やし、ハラール対応の食品の出展を加える。",
        "③ 輸出に必要な表示や規制について、出展前の勉強会を２回開く。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("５　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{EXPO_DEPT} 輸出促進班　電話：099-120-6210　ファクス：099-120-6219",
        f"{KYOGIKAI} 事務局（出展事業者の募集）　電話：099-120-6300",
        "電子メール：yushutsu@pref.hisui.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return center_specs() + hojo_specs() + expo_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    cspecs, hspecs, especs = center_specs(), hojo_specs(), expo_specs()
    cdoc = build_pdf(docs_dir / CENTER_PDF, cspecs, center_story(cspecs),
                     f"令和６年度 {CENTER} 運営報告書", "令和７年６月", CENTER_DEPT)
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO}のご案内", "令和７年４月", HOJO_DEPT)
    edoc = build_pdf(docs_dir / EXPO_PDF, especs, expo_story(especs),
                     f"令和６年度 海外食品見本市 {PREF}ブース出展結果報告書", "令和７年３月", EXPO_DEPT)
    gold = all_gold({CENTER_PDF: cdoc.row_pages, HOJO_PDF: hdoc.row_pages, EXPO_PDF: edoc.row_pages})
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
    # --- center: the support-centre report, tables (a) (b), a note, a definition, sibling sections, steps
    dict(question="ベトナム語で相談してきた人のうち、センターの窓口まで直接足を運んだのは何件でしたか？",
         category="center", doc=CENTER_PDF, evidence=["ベトナム語 412 138 506 1,056"], answer=["138"],
         notes="(a) two-level header: 窓口に直接 = leaf 相談方法／来所; 412 (電話) and 506 (ＳＮＳ・メール) are the traps"),
    dict(question="2024年度に、インドネシア語の相談でSNSやメールを通じて寄せられたものは何件ありますか？",
         category="center", doc=CENTER_PDF, evidence=["インドネシア語 186 64 241 491"], answer=["241"],
         notes="(a) leaf 相談方法／ＳＮＳ・メール (printed full-width, asked half-width); 2024年度 = 令和６年度 (caption note); "
               "2024年度 is printed nowhere"),
    dict(question="令和６年度に電話で受けた相談は、言語を問わず全部で何件ですか？",
         category="center", doc=CENTER_PDF, evidence=["合計 934 342 1,160 2,436"], answer=["934"],
         notes="(a) 合計 row, leaf 相談方法／電話; (b) also has a 合計 row (1,428 1,008 2,436), a near miss"),
    dict(question="2025年２月にセンターが受けた相談は、新規と継続を合わせて何件でしたか？",
         category="center", doc=CENTER_PDF, evidence=["２月 124 90 214"], answer=["214"],
         notes="(b) continuation page (page 2, no header there): row ２月, column 計; note ※４ says １月–３月 are 令和７年 "
               "(2025年)"),
    dict(question="10月に初めて相談してきたケースは何件ありましたか？",
         category="center", doc=CENTER_PDF, evidence=["10月 135 92 227"], answer=["135"],
         notes="(b) continuation page; 初めて = 新規相談 (definition in １); 92 (継続相談) and 227 (計) are the traps"),
    dict(question="相談全体のうち、ベトナム語の相談は何パーセントを占めていますか？",
         category="center", doc=CENTER_PDF, evidence=["ベトナム語 412 138 506 1,056", "合計 934 342 1,160 2,436"],
         answer=["43.3%"], computed=True,
         notes="(a) share in the 計 column: 1,056 / 2,436 = 43.3 % (the prose says only 「４割余り」)"),
    dict(question="ミャンマー語の相談件数は１年分の数字ですか？いつからの分なのか教えてください。",
         category="center", doc=CENTER_PDF, evidence=["令和６年７月から対応を始めた言語"], answer=["令和６年７月から"],
         notes="note ※３ qualifies the row ミャンマー語 of (a): counts from 令和６年７月 only"),
    dict(question="同じ人から同じ件で何度も相談が来た場合、統計ではどう扱われていますか？",
         category="center", doc=CENTER_PDF, evidence=["「継続相談」とは、同じ相談者から同じ内容について"],
         answer=["継続相談"],
         notes="definition 「継続相談」とは…２回目以降に受けた相談をいい (the first one is a 新規相談)"),
    dict(question="北浜で開いた休日の相談会では、何件の相談を受けましたか？",
         category="center", doc=CENTER_PDF, evidence=["北浜市会場", "相談件数：35件"], answer=["35件"],
         notes="sibling sections （１）–（３） of ３ share the labels 開催日, 相談件数, 主な相談内容; （２）北浜市会場; "
               "48件 and 27件 are the siblings' values"),
    dict(question="南山町での出張相談はいつ行われましたか？",
         category="center", doc=CENTER_PDF, evidence=["開催日：令和７年２月９日（日）"], answer=["令和７年２月９日"],
         notes="sibling section （３）南山町会場, label 開催日"),
    dict(question="相談内容によっては労働基準監督署などにつないでもらえるそうですが、その後センターは様子を確認してくれますか？いつ頃ですか？",
         category="center", doc=CENTER_PDF, evidence=["引継ぎ後の状況の確認（おおむね１か月後）"], answer=["おおむね１か月後"],
         notes="procedure step ⑤ (after ④ 関係機関への引継ぎ)"),
    # --- hojo: the subsidy guide, tables (c) (d) (e), a definition, Q&A
    dict(question="人材紹介会社に払う手数料は、１人につき最大いくらまで補助してもらえますか？",
         category="hojo", doc=HOJO_PDF, evidence=["人材紹介手数料 50 80"], answer=["80"],
         notes="(c) unruled table, column 補助上限額（万円） (unit in the header); 50 is the rate"),
    dict(question="採用した人の日本語の勉強にかかる費用は、何％補助されますか？",
         category="hojo", doc=HOJO_PDF, evidence=["日本語研修費 75 30"], answer=["75"],
         notes="(c) unruled table, column 補助率（％）; the other rows are 50"),
    dict(question="2023年度に、この補助金を使って採用された外国人エンジニアは何人でしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 21 30 2,015"], answer=["30"],
         notes="(d) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 雇用人数（人）"),
    dict(question="令和６年度に交付された補助金は、総額でいくらでしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 27 41 2,936"], answer=["2,936"],
         notes="(d) column 交付額（万円）; the 予算額 4,800万円 is for 令和７年度, a near miss"),
    dict(question="制度１年目の令和３年度と比べて、令和６年度の交付額は何倍に増えましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和３年度 ９ 11 742", "令和６年度 27 41 2,936"], answer=["4.0倍"],
         computed=True, notes="(d) ratio down the 交付額（万円） column: 2,936 / 742 = 3.96"),
    dict(question="2024年度にインド出身のエンジニアは何人雇用されましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["インド 12 ３"], answer=["12"],
         notes="(e) region column アジア spans six rows; row インド (インドネシア is a string trap); 2024年度 = 令和６年度 "
               "(caption note)"),
    dict(question="ベトナムから来て採用された女性のエンジニアは何人ですか？",
         category="hojo", doc=HOJO_PDF, evidence=["ベトナム ９ ４"], answer=["４"],
         notes="(e) column うち女性; 9 is the row's 雇用人数"),
    dict(question="どんな在留資格を持っている人なら、この補助金でいうITエンジニアに当たりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["「技術・人文知識・国際業務」又は「高度専門職」"],
         answer=["「技術・人文知識・国際業務」又は「高度専門職」"],
         notes="definition 「外国人ITエンジニア」とは…"),
    dict(question="すでに国内に住んでいる外国人を雇う場合、日本に来るときの旅費も補助されますか？",
         category="hojo", doc=HOJO_PDF, evidence=["ただし、来日時の渡航費は補助対象外です"], answer=["来日時の渡航費は補助対象外"],
         notes="Q&A: Ａ of Ｑ１ (the hire itself is eligible; the travel cost row of (c) is not)"),
    # --- expo: the food-expo report, tables (f) (g), a definition, a label-value line
    dict(question="見本市での成約額は、目標ではいくらに設定されていましたか？",
         category="expo", doc=EXPO_PDF, evidence=["成約額 万円 5,000 4,620"], answer=["5,000"],
         notes="(f) unit in the 単位 column (万円); column 目標; 4,620 (実績) is the trap"),
    dict(question="令和６年度の見本市で、県のブースに立ち寄った人は実際に何人でしたか？",
         category="expo", doc=EXPO_PDF, evidence=["ブース来場者数 人 1,000 1,318"], answer=["1,318"],
         notes="(f) row ブース来場者数, column 実績; 1,000 is the 目標"),
    dict(question="成約額は目標の何％まで達成できましたか？",
         category="expo", doc=EXPO_PDF, evidence=["成約額 万円 5,000 4,620"], answer=["92.4%"], computed=True,
         notes="(f) 実績 / 目標 in the row 成約額: 4,620 / 5,000 = 92.4 %"),
    dict(question="マレーシアのバイヤーとの成約額はいくらでしたか？",
         category="expo", doc=EXPO_PDF, evidence=["マレーシア 68 ９ 820"], answer=["820"],
         notes="(g) column 成約額（万円）"),
    dict(question="2024年度の見本市で、香港のバイヤーと行った商談は何件ですか？",
         category="expo", doc=EXPO_PDF, evidence=["香港 57 ７ 760"], answer=["57"],
         notes="(g) column 商談件数（件）; 2024年度 = 令和６年度 (caption note; the document prints 2024年９月 only)"),
    dict(question="タイの買い手とは何件、契約がまとまりましたか？",
         category="expo", doc=EXPO_PDF, evidence=["タイ 36 ４ 310"], answer=["４"],
         notes="(g) 契約がまとまった = 成約 (definition in １); column 成約件数（件）"),
    dict(question="契約がまとまった取引１件当たりでみると、平均の成約額はいくらになりますか？",
         category="expo", doc=EXPO_PDF, evidence=["合計 386 47 4,620"], answer=["98.3万円"], computed=True,
         notes="(g) 合計 row: 4,620 / 47 = 98.3万円"),
    dict(question="会期が終わって半年後に決まった取引も、成約として数えていますか？",
         category="expo", doc=EXPO_PDF, evidence=["会期中又は会期後３か月以内に"], answer=["会期後３か月以内"],
         notes="definition 「成約」とは…会期後３か月以内… (so half a year later does not count)"),
    dict(question="この見本市への出展には、全体でいくら費用がかかりましたか？",
         category="expo", doc=EXPO_PDF, evidence=["事業費：1,860万円"], answer=["1,860万円"],
         notes="「label：value」 line 事業費"),
    dict(question="シンガポールとマレーシアのバイヤーとの商談を合わせると何件になりますか？",
         category="expo", doc=EXPO_PDF, evidence=["シンガポール 142 18 1,740", "マレーシア 68 ９ 820"], answer=["210件"],
         computed=True, notes="(g) sum in the 商談件数（件） column: 142 + 68 = 210"),
    # --- followups
    dict(question="そのうち電話でかかってきたのは何件ですか？",
         category="followup", doc=CENTER_PDF, evidence=["ネパール語 36 18 52 106"], answer=["36"],
         history=_turns("令和６年度、ネパール語の相談は全部で何件ありましたか？",
                        "令和６年度のネパール語の相談は106件でした[1]。"),
         notes="(a) the row from the history (ネパール語, 計 106), the leaf 相談方法／電話"),
    dict(question="その年度の交付額の合計はいくらですか？",
         category="followup", doc=HOJO_PDF, evidence=["令和４年度 14 19 1,268"], answer=["1,268"],
         history=_turns("2022年度には補助金が何件交付されましたか？",
                        "2022年度（令和４年度）は14件でした[1]。"),
         notes="(d) the year from the history (2022年度 = 令和４年度), column 交付額（万円）"),
    dict(question="そこと成約した金額はいくらですか？",
         category="followup", doc=EXPO_PDF, evidence=["台湾 41 ５ 540"], answer=["540"],
         history=_turns("台湾のバイヤーとの商談は何件ありましたか？",
                        "台湾のバイヤーとの商談は41件でした[1]。"),
         notes="(g) the row from the history (台湾), column 成約額（万円）"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=EXPO_PDF, evidence=["輸出促進班 電話：099-120-6210"], answer=["099-120-6210"],
         history=_turns("見本市の出展結果について、県の担当はどこですか？",
                        "翡翠県 農林水産部 販路拡大課 輸出促進班です[1]。"),
         notes="contact box: the 輸出促進班's phone; the 協議会's 099-120-6300 in the same box is the near miss"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="タイ語での相談は、令和６年度に何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(a) has seven languages; タイ語 is not one (タイ appears in the expo report as a buyer country)",
         absent=["タイ語"]),
    dict(question="センターに相談してきた人の男女の内訳はわかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="consultations are given by language, method and month only; the subsidy guide's うち女性 column "
               "(engineers) is the near miss",
         absent=["男女", "男性"]),
    dict(question="この補助金に申し込んで不採択になった会社は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the grants made (交付件数) and the steps, no applications or rejections",
         absent=["不採択", "申請件数", "採択率"]),
    dict(question="補助金を使って採用されたエンジニアの平均年収はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives headcounts by year and nationality, no pay",
         absent=["年収", "給与", "月給"]),
    dict(question="県のブースに出展するとき、事業者が払う出展料はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives only the 事業費 1,860万円 of the whole booth, no fee per exhibitor",
         absent=["出展料", "小間料", "負担金"]),
    dict(question="アラブ首長国連邦のバイヤーとの成約額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(g) has no such row; note ※２ puts 中東 under その他 without a figure per country",
         absent=["アラブ首長国連邦", "UAE", "ドバイ"]),
]
CATEGORY_COUNTS = {"center": 11, "hojo": 9, "expo": 10, "followup": 4, "unanswerable": 6}
LISTS = 0
SIBLING = 2  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h12q", "h12t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("言語別・相談方法別の相談件数", "月別の相談件数", "補助対象経費と補助率", "交付実績の推移",
                       "出身国・地域別の雇用人数", "出展の成果（目標との比較）", "バイヤーの国・地域別の商談と成約")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h12q06": lambda g: _pct(g(A, "ベトナム語", "計", 2024), g(A, "合計", "計", 2024)),
    "h12q16": lambda g: f"{half_up(Decimal(g(D, '令和６年度', '交付額（万円）', 2024)) / Decimal(g(D, '令和３年度', '交付額（万円）', 2021)), '0.1')}倍",
    "h12q23": lambda g: _pct(g(F, "成約額", "実績", 2024), g(F, "成約額", "目標", 2024)),
    "h12q27": lambda g: f"{half_up(Decimal(g(G, '合計', '成約額（万円）', 2024)) / Decimal(g(G, '合計', '成約件数（件）', 2024)), '0.1')}万円",
    "h12q30": lambda g: f"{g(G, 'シンガポール', '商談件数（件）', 2024) + g(G, 'マレーシア', '商談件数（件）', 2024)}件",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {CENTER_PDF: (2, 3), HOJO_PDF: (2, 3), EXPO_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (100, 160)
TABLE_QUESTIONS = 14  # at least, over all categories
BEFORE_BREAK_ROWS = ("４月", "６月")  # rows of (b) expected before the page break
CONTINUED_ROWS = ("２月", "３月", "合計")  # and after it
TEXT_COLS = set()  # no text-cell column in this set


def check_files(out: Path) -> list[str]:
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout12.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout12.py")
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
        number, _ = (None, None) if text_cell else parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if (g["number"] is not None or g["value"] == DASH) and g["unit"] is None:
            errors.append(f"{g['id']}: numeric cell without unit")
        if g["number"] is None and g["value"] != DASH and (g["unit"] is not None or not text_cell):
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
    # (a): 計 = 電話 + 来所 + ＳＮＳ・メール; 合計 adds up in every column
    a = t[A]
    leaves = ("相談方法／電話", "相談方法／来所", "相談方法／ＳＮＳ・メール")
    for row, r in a.items():
        if r["計"] != sum(r[c] for c in leaves):
            errors.append(f"{A} / {row}: 計 is not the sum of the methods")
    for col in leaves + ("計",):
        if a["合計"][col] != sum(r[col] for row, r in a.items() if row != "合計"):
            errors.append(f"{A}: 合計 of {col} does not add up")
    # (b): 計 = 新規 + 継続; 合計 adds up; the year's total equals (a)'s
    b = t[B]
    for row, r in b.items():
        if r["計"] != r["新規相談"] + r["継続相談"]:
            errors.append(f"{B} / {row}: 計 is not 新規相談 + 継続相談")
    for col in ("新規相談", "継続相談", "計"):
        if b["合計"][col] != sum(r[col] for row, r in b.items() if row != "合計"):
            errors.append(f"{B}: 合計 of {col} does not add up")
    if b["合計"]["計"] != a["合計"]["計"]:
        errors.append(f"{B}: the year's total differs from {A}")
    # (d) and (e): 令和６年度's 雇用人数 is (e)'s 合計; (e)'s 合計 adds up; women fewer than all
    e = t[E]
    for col in ("雇用人数", "うち女性"):
        if e["合計"][col] != sum(r[col] for row, r in e.items() if row != "合計"):
            errors.append(f"{E}: 合計 of {col} does not add up")
    if any(r["うち女性"] > r["雇用人数"] for r in e.values()):
        errors.append(f"{E}: うち女性 above 雇用人数")
    if e["合計"]["雇用人数"] != t[D]["令和６年度"]["雇用人数（人）"]:
        errors.append(f"{E}: 合計 differs from 令和６年度 of {D}")
    # (g): 合計 adds up and equals (f)'s 実績
    g_ = t[G]
    for col in ("商談件数（件）", "成約件数（件）", "成約額（万円）"):
        if g_["合計"][col] != sum(r[col] for row, r in g_.items() if row != "合計"):
            errors.append(f"{G}: 合計 of {col} does not add up")
    f = t[F]
    for frow, gcol in (("商談件数", "商談件数（件）"), ("成約件数", "成約件数（件）"), ("成約額", "成約額（万円）")):
        if f[frow]["実績"] != g_["合計"][gcol]:
            errors.append(f"{F} / {frow}: 実績 differs from the 合計 of {G}")
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
    for key in ("langs", "costs", "grants", "origins", "results", "buyers"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["costs"].ruled or not all(s.ruled for k, s in specs.items() if k != "costs"):
        errors.append(f"only {C} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["相談方法／電話", "相談方法／来所", "相談方法／ＳＮＳ・メール", "計"]
    if len(specs["langs"].header) != 2 or len(specs["langs"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    # (d): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == D][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{D}: expected years as rows")
    # (e): the region column spans rows and holds no gold cell; rows labelled by country
    origins = specs["origins"]
    if origins.label_col != 1 or len(origins.spans) != 2 or any(g["row"] in ("アジア", "その他") for g in gold if g["table"] == E):
        errors.append(f"{E}: expected a region column spanning rows beside the country labels")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if raw.count("アジア") != 1 or raw.index("アジア") + 1 != raw.index("インド"):
        errors.append(f"{E}: pypdf should show アジア once, before the first country")
    # (f): units from the 単位 column, different per row
    funits = {g["row"]: g["unit"] for g in gold if g["table"] == F}
    if funits != {n: u for n, u, *_x in RESULTS} or len(set(funits.values())) < 4:
        errors.append(f"{F}: the units should come from the 単位 column: {funits}")
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

    cen = norm("\n".join(pages[CENTER_PDF]))
    siblings(cen, "centre report", ("開催日：", "相談件数：", "主な相談内容："), [o[0] for o in OUTREACH])
    tot = sum(a + b + c for _n, a, b, c in LANGS)
    if norm(f"相談件数は{tot:,}件で、前年度（{PREV_TOTAL:,}件）に比べ{tot - PREV_TOTAL}件増加") not in cen:
        errors.append("centre report: the total in the prose differs from (a)")
    vn = (LANGS[0][1] + LANGS[0][2] + LANGS[0][3]) / tot
    if LANGS[0][0] != "ベトナム語" or not 0.4 < vn < 0.45 or max(LANGS, key=lambda r: sum(r[1:]))[0] != "ベトナム語":
        errors.append("centre report: 「ベトナム語が最も多く、全体の４割余り」 does not hold")
    if sum(r[3] for r in LANGS) <= sum(r[1] for r in LANGS):
        errors.append("centre report: 「ＳＮＳ・メールによる相談が電話を上回った」 does not hold")
    if max(MONTHS, key=lambda r: r[1])[0] != 3 or max(MONTHS, key=lambda r: r[2])[0] != 3:
        errors.append("centre report: 「３月は…新規相談、継続相談ともに年間で最も多かった」 does not hold")
    if sum(r[1] + r[2] for r in MONTHS[:6]) >= sum(r[1] + r[2] for r in MONTHS[6:]):
        errors.append("centre report: 「年度の後半に件数が増える」 does not hold")
    for d in ("「技能実習生等」とは", "「継続相談」とは"):
        if norm(d) not in cen:
            errors.append(f"centre report: the definition {d} is missing")
    raw = "\n".join(pages[CENTER_PDF]).splitlines()
    steps = re.findall(r"[①-⑨]", "".join(x for x in raw if re.match(r"\s*[①-⑨]", x)))
    if steps != list("①②③④⑤"):
        errors.append(f"centre report: the procedure should be numbered ①-⑤, got {steps}")

    hj = norm("\n".join(pages[HOJO_PDF]))
    if norm(f"延べ{sum(r[1] for r in GRANT_YEARS)}件、{sum(r[2] for r in GRANT_YEARS)}人") not in hj:
        errors.append("subsidy guide: the four-year totals in the prose differ from (d)")
    if norm(f"令和６年度は{GRANT_YEARS[-1][1]}件、{GRANT_YEARS[-1][2]}人") not in hj:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (d)")
    if [n for n in sorted(ORIGINS, key=lambda r: -r[2])][:3] != [o for o in ORIGINS[:3]]:
        errors.append("subsidy guide: 「インドが最も多く、ベトナム、中国が続きます」 does not hold")
    women = sum(r[3] for r in ORIGINS) / sum(r[2] for r in ORIGINS)
    if not 0.28 <= women < 0.35:
        errors.append("subsidy guide: 「約３割が女性」 does not hold")
    ns = [r[1] for r in GRANT_YEARS]
    ps = [r[2] for r in GRANT_YEARS]
    if ns != sorted(set(ns)) or ps != sorted(set(ps)):
        errors.append("subsidy guide: the counts should grow every year")
    if norm("「外国人ITエンジニア」とは") not in hj:
        errors.append("subsidy guide: the definition is missing")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps = re.findall(r"[①-⑨]", "".join(x for x in raw if re.match(r"\s*[①-⑨]", x)))
    if steps != list("①②③④⑤⑥"):
        errors.append(f"subsidy guide: the procedure should be numbered ①-⑥, got {steps}")

    ex = norm("\n".join(pages[EXPO_PDF]))
    r = {x[0]: x for x in RESULTS}
    if norm(f"４日間で{r['ブース来場者数'][3]:,}人") not in ex or norm(f"成約額は{r['成約額'][3]:,}万円") not in ex:
        errors.append("expo report: the figures in the prose differ from (f)")
    above = [n for n, _u, tgt, res in RESULTS if res > tgt]
    if above != ["ブース来場者数", "商談件数", "成約件数"] or r["成約額"][3] >= r["成約額"][2]:
        errors.append("expo report: 「３項目で目標を上回った」/「目標には届かなかった」 does not hold")
    ranked = [n for n, *_x in sorted(BUYERS, key=lambda b: -b[1])]
    if ranked[:3] != ["シンガポール", "マレーシア", "香港"]:
        errors.append("expo report: the ranking of buyers in the prose does not hold")
    sg = BUYERS[0][3] / sum(b[3] for b in BUYERS)
    if not 1 / 3 < sg < 0.4:
        errors.append("expo report: 「シンガポールが全体の３分の１余り」 does not hold")
    if norm("「成約」とは") not in ex:
        errors.append("expo report: the definition is missing")
    phones = re.findall(r"099-120-\d{4}", ex)
    if phones != ["099-120-6210", "099-120-6219", "099-120-6300"]:
        errors.append(f"expo report: the contact box should give the 県's phone and fax, then the 協議会's: {phones}")
    # every phone number of the set is fictional (099-120-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith("099-120-"):
                errors.append(f"{n}: phone number {ph} outside 099-120-xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
