"""Build the 檜県 held-out set 44: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (檜県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
participating firms (参加企業募集要項) in a prefectural business-meeting event with domestic export
trading companies (輸出商社マッチング商談会), with the fees and meeting slots by course and firm size
(a two-level header), the costs the prefecture and the firms bear, the programme by day, a
yearly record (years as rows) and the results by product field with subtotal rows; the report
(報告書) of a survey of the prefecture's firms on business and human rights
(「ビジネスと人権」に関する取組状況調査), with the firms by industry as counts and per cents in
paired columns, the main indicators with the fiscal years as columns and a 単位 column, and an
unruled table of the issues; and a guideline (実施要領) for renting the prefecture's rooms for
online business meetings with foreign partners (海外オンライン商談室), with a fee table whose first
column is a number （１）…, the monthly use with a total column on the right (continued over a page
break without its header) and the use by partner country; see README.md beside this file.

    python make_heldout44.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure and many helpers follow
../heldout35/make_heldout35.py; the shared helpers are in ../docgen.py (unchanged). The gold
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

SHOSHA_PDF = "hinoki_shosha_shodankai_boshu_yoko_r7.pdf"
JINKEN_PDF = "hinoki_jinken_torikumi_chosa_r6.pdf"
ONLINE_PDF = "hinoki_online_shodanshitsu_yoryo_r7.pdf"
ALL_PDFS = (SHOSHA_PDF, JINKEN_PDF, ONLINE_PDF)

UNITS = ("円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-48"  # every phone number of the set: 099-48x-xxxx
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
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
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
    """docgen's table spec, with a two-level header read as group／leaf and an optional group
    column left of the label column (a cell spanning the rows of each group)."""

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

    def row_cells(self, i: int) -> list[str]:
        """The cells of data row i from the label column on (a group cell, drawn in the middle
        of its span, is left out)."""
        return [t for t in self.rows[i][self.label_col:] if t]

    def groups(self) -> list[tuple[str, list[str]]]:
        """(group label, row labels) of a table with a group column, in order."""
        out = []
        for i, r in enumerate(self.rows):
            if r[self.group_col]:
                out.append((r[self.group_col], []))
            out[-1][1].append(self.row_label(i))
        return out


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


PREF = "檜県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break


def pct_str(k: int, n: int) -> str:
    return f"{pct1(k, n)}"


# ================================================================ document 1: trading-company matching event, call for firms
SHOSHA = f"{PREF}輸出商社マッチング商談会"
SHOSHA_DEPT = f"{PREF} 産業労働部 貿易振興課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
COURSES = [  # コース; 参加負担金（円）: 中小企業者, 小規模企業者; 商談枠（件）: 事前予約, 当日追加 (令和７年度)
    ("基本コース", 20000, 10000, 4, 2), ("研修付きコース", 28000, 14000, 5, 2),
    ("展示付きコース", 35000, 18000, 6, 3), ("フルサポートコース", 48000, 24000, 8, 3),
    ("オンライン参加コース", 12000, 6000, 3, 1),
]
EXTRA_PERSON = 5000  # note ※２: 円 for each further participant of the same firm
RECORD = [  # 年度, 参加企業数, 参加商社数, 商談件数, 成約件数
    (2021, 32, 12, 148, 9), (2022, 41, 15, 203, 16), (2023, 49, 19, 262, 21), (2024, 56, 22, 318, 29),
]
FIELDS = [  # (subtotal label, [(分野, 参加企業数, 商談件数, 成約件数)]) (令和６年度)
    ("小計（食品）", [("農産加工品", 14, 82, 8), ("水産加工品", 9, 51, 6), ("酒類・飲料", 8, 47, 5)]),
    ("小計（食品以外）", [("日用品・雑貨", 11, 63, 4), ("工芸品", 8, 41, 3), ("機械・部品", 6, 34, 3)]),
]
DAYS = [  # 見出し, 時間, 場所, 内容 (same labels in every sibling section)
    ("１日目（10月21日）", "13時から17時30分まで", f"{PREF}国際交流会館 大ホール",
     "開会、輸出商社による取扱方針の説明（１社５分）、参加企業の商品展示"),
    ("２日目（10月22日）", "９時30分から17時まで", f"{PREF}国際交流会館 会議室棟",
     "個別商談（１件25分）、当日追加の商談、交流会"),
    ("フォローアップ（11月から翌年４月まで）", "参加企業と輸出商社の都合による", "各商社の事務所又はオンライン",
     "事務局による商談後の連絡調整、成約状況の調査"),
]
PREF_PAYS = [
    "輸出商社の招へいに要する旅費及び宿泊費",
    "会場の使用料及び設営費",
    "商談の際の通訳（英語・中国語）",
    "商品展示ブースの基本装飾（展示付きコースとフルサポートコース）",
]
FIRM_PAYS = [
    "参加負担金",
    "会場までの交通費及び宿泊費",
    "商談に使うサンプルの輸送費",
    "商談後の見積書、契約書等の翻訳費",
]


def shosha_specs():
    courses = TableSpec(
        key="courses", doc=SHOSHA_PDF, title="コース別の参加負担金と商談枠",
        header=[["コース", "参加負担金（円）", "", "商談枠（件）", ""],
                ["", "中小企業者", "小規模企業者", "事前予約", "当日追加"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in COURSES],
        col_widths=[50 * mm, 28 * mm, 28 * mm, 26 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    courses.unit = lambda row, c, s=courses: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=SHOSHA_PDF, title="商談会の開催実績",
        header=[["年度", "参加企業数（社）", "参加商社数（社）", "商談件数（件）", "成約件数（件）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = []
    for sub, members in FIELDS:
        rows += [[n, fw(a), fw(b), fw(c)] for n, a, b, c in members]
        rows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    rows.append(["合計"] + [fw(sum(m[j] for _s, ms in FIELDS for m in ms)) for j in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=SHOSHA_PDF, title="分野別の商談と成約",
        header=[["分野", "参加企業数（社）", "商談件数（件）", "成約件数（件）"]],
        rows=rows, col_widths=[46 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2024,
        bold_rows=("合計",) + tuple(s for s, _m in FIELDS),
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    return courses, record, fields


def shosha_story(specs):
    courses, record, fields = specs
    n_firms, n_deals = sum(r[1] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SHOSHA} 参加企業募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(SHOSHA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
海外に直接販売する体制を持たない県内の中小企業が、輸出商社を通じて海外に販路を開くことができるよう、首都圏や関西圏などの輸出商社を県内に招いて商談会を開きます。令和３年度（2021年度）に始めたこの商談会には、これまでに延べ{n_firms}社が参加し、{n_deals}件が成約しました。
""", 0)
    st += [P("２　開催の概要", H1)]
    st += lv_lines([
        ("事業名", SHOSHA),
        ("開催日", "令和７年10月21日・22日（２日間）"),
        ("会場", f"{PREF}国際交流会館（檜市中央二丁目）"),
        ("参加予定の輸出商社", "24社（食品、日用品、工業製品等を扱う専門商社及び地域商社）"),
        ("募集企業数", "60社程度（書類審査により決定）"),
        ("申込期間", "令和７年７月１日から８月８日まで"),
    ], 0)
    st += paras("""
この要項において「輸出商社」とは、国内の事業者から商品を仕入れ、自らの名義で海外に輸出する商社をいいます。「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。また、「成約」とは、商談会の日から６か月以内に、参加企業と輸出商社の間で最初の取引（見本の有償取引を含む。）が行われたことをいいます。
""", 0)
    st += [P("３　コースと参加負担金", H1)]
    st += paras("参加負担金（１社１人当たり）と商談枠は、コースと事業者の規模によって次のとおりです。", 0)
    st += [caption(courses.title, "（令和７年度）"), courses.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用します。",
        f"※２ 同じ企業から２人以上が参加するときは、２人目から１人につき{EXTRA_PERSON:,}円を加算します。",
        "※３ 「研修」は10月14日に開く事前研修（輸出商社との商談の進め方）、「展示」は２日間の商品展示ブースの利用です。",
    ])
    st += paras("次の経費は県が負担します。", 0)
    st += bullets(PREF_PAYS, 0)
    st += paras("次の経費は参加企業が負担します。", 0)
    st += bullets(FIRM_PAYS, 0)
    st += [P("４　日程", H1)]
    for i, (head, when, where, what) in enumerate(DAYS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("時間", when), ("場所", where), ("内容", what)], 1)
    st += [P("５　申込みから参加までの流れ", H1)]
    st += numbered([
        "① 参加申込書の提出（申込期間内に、商品紹介シートを添えて電子メールで提出）",
        "② 書類審査（輸出商社による商品の事前評価を含む。８月下旬）",
        "③ 参加決定の通知と商談の事前予約（９月上旬）",
        "④ 参加負担金の納付（９月30日まで）",
        "⑤ 事前研修（研修付きコースとフルサポートコースのみ、10月14日）",
        "⑥ 商談会への参加（10月21日・22日）",
        "⑦ 成約状況の報告（商談会の３か月後と６か月後）",
    ], 0)
    st += [P("６　これまでの実績", H1)]
    food = FIELDS[0][1]
    st += paras(f"""
令和６年度は{last[1]}社が参加し、{last[3]}件の商談のうち{last[4]}件が成約しました。分野別では、食品が商談件数の半分余りを占めました。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(fields.title, "（令和６年度）"), fields.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 「小計（食品）」は農産加工品、水産加工品及び酒類・飲料の、「小計（食品以外）」はその他の３分野の計です。",
    ])
    st += [P("７　よくある質問", H1)]
    qa = [
        ("海外との取引の経験がなくても参加できますか。",
         "参加できます。輸出の手続は輸出商社が行うため、国内の取引と同じように商品を納めることができます。"),
        ("商談が成約しなかった場合、参加負担金は返してもらえますか。",
         "返還しません。ただし、県の都合で商談会を中止したときは、全額を返還します。"),
        ("商談に使うサンプルの数に決まりはありますか。",
         "１商品につき、商談を予約した商社の数（最大５社分）まで用意してください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHOSHA_DEPT} 輸出支援班　電話：099-481-2230　ファクス：099-481-2239",
        f"{ZAIDAN}（商談会事務局）　電話：099-481-2300",
        "電子メール：hinoki-shosha@example.jp",
    ]))
    return st


# ================================================================ document 2: business and human rights, survey report
JINKEN = f"{PREF}内企業の「ビジネスと人権」に関する取組状況調査"
JINKEN_DEPT = f"{PREF} 産業労働部 国際経済課"
SODAN = f"{PREF}ビジネスと人権相談窓口"
TARGET = 1150
INDUSTRIES = [  # 業種, 回答企業数, 人権方針を策定, 人権ＤＤを実施 (社)
    ("食料品", 64, 14, 6), ("繊維・衣服", 38, 12, 7), ("化学", 31, 13, 8), ("金属製品", 57, 11, 5),
    ("機械・電気機器", 82, 27, 16), ("卸売・小売業", 71, 15, 7), ("その他", 94, 18, 9),
]
SIZES = (("中小企業", 368, 69, 31), ("大企業", 69, 41, 27))  # 回答, 人権方針を策定, 人権ＤＤを実施
INDICATORS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度 (None: the per cent computed from the rows)
    ("回答企業数", "社", 402, 418, 437),
    ("人権方針を策定した企業", "社", 61, 83, 110),
    ("海外取引先から要請を受けた企業", "社", 48, 71, 96),
    ("要請を受けた企業の割合", "％", None, None, None),
    ("県主催研修会の参加者", "人", 124, 186, 243),
]
IND_YEARS = (2022, 2023, 2024)
PREV_ASKERS = (("欧州の取引先", 38), ("米国の取引先", 27), ("国内の輸出商社を通じた要請", 19))
ISSUES = [  # 課題, 回答数: 中小企業, 大企業 (複数回答; firms not doing 人権ＤＤ)
    ("何から始めればよいか分からない", 162, 8), ("担当できる人材がいない", 148, 11),
    ("取引先の調査に協力を得にくい", 41, 19), ("費用の負担が大きい", 77, 9),
    ("社内の理解が進まない", 52, 13), ("必要性を感じない", 88, 3),
]
SECTORS = [  # 見出し, 主な要請元, 多い要請の内容, 主な意見 (same labels in every sibling section)
    ("食料品", "欧州の小売チェーン", "原材料の産地と生産者の労働環境の確認", "海外の原料生産者まで遡って調べるのは難しい"),
    ("機械・電気機器", "米国の完成品メーカー", "鉱物（スズ、タンタル等）の調達先の報告", "部品の仕入先が多く、回答をまとめるのに時間がかかる"),
    ("卸売・小売業", "国内の輸出商社", "仕入先への質問票の配布と回収", "仕入先の中小企業にどう協力を求めればよいか分からない"),
]


def non_doers() -> tuple[int, int, int]:
    """Firms not doing 人権ＤＤ: all, 中小企業, 大企業 (the ｎ of the unruled table)."""
    s, l = SIZES[0][1] - SIZES[0][3], SIZES[1][1] - SIZES[1][3]
    return s + l, s, l


def indicator_rows():
    rows = []
    for name, unit, *vals in INDICATORS:
        if vals[0] is None:
            asked, resp = INDICATORS[2][2:], INDICATORS[0][2:]
            vals = [pct1(a, r) for a, r in zip(asked, resp)]
        rows.append([name, unit] + [cell(v) for v in vals])
    return rows


def jinken_specs():
    rows = []
    for n, a, b, c in INDUSTRIES:
        rows.append([n, fw(a), fw(b), cell(pct1(b, a)), fw(c), cell(pct1(c, a))])
    ta, tb, tc = (sum(r[j] for r in INDUSTRIES) for j in (1, 2, 3))
    rows.append(["合計", fw(ta), fw(tb), cell(pct1(tb, ta)), fw(tc), cell(pct1(tc, ta))])
    industries = TableSpec(
        key="industries", doc=JINKEN_PDF, title="業種別の人権方針の策定と人権ＤＤの実施",
        header=[["業種", "回答企業数（社）", "人権方針を策定", "", "人権ＤＤを実施", ""],
                ["", "", "企業数（社）", "割合（％）", "企業数（社）", "割合（％）"]],
        rows=rows, col_widths=[34 * mm, 30 * mm, 24 * mm, 22 * mm, 24 * mm, 22 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (5, 0))], table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.header_parts(c)[-1])
    indicators = TableSpec(
        key="indicators", doc=JINKEN_PDF, title="主な指標の推移",
        header=[["指標", "単位"] + [f"令和{fw(y - 2018)}年度" for y in IND_YEARS]],
        rows=indicator_rows(), col_widths=[58 * mm, 16 * mm, 28 * mm, 28 * mm, 28 * mm],
        value_cols=[2, 3, 4],
    )
    indicators.unit = lambda row, c: nfkc(row[1])
    n_all, n_s, n_l = non_doers()
    issues = TableSpec(
        key="issues", doc=JINKEN_PDF, title="人権ＤＤを進める上での課題（複数回答）",
        header=[["課題", "全体", "中小企業", "大企業"]],
        rows=[[n, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for n, a, b in ISSUES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, indicators, issues


def jinken_story(specs):
    industries, indicators, issues = specs
    ta, tb, tc = (sum(r[j] for r in INDUSTRIES) for j in (1, 2, 3))
    (s_name, s_n, s_p, s_d), (l_name, l_n, l_p, l_d) = SIZES
    n_all, n_s, n_l = non_doers()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{JINKEN} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(JINKEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外の取引先から求められることが増えている人権尊重の取組について、県内企業の状況と課題を把握し、支援策に役立てるため"),
        ("調査対象", f"県内に本社を置く常時使用する従業員20人以上の企業 {TARGET:,}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{ta}社（回答率{pct1(ta, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「人権ＤＤ」（人権デューディリジェンス）とは、自社と取引先における人権への負の影響を特定し、防止・軽減し、取組の効果を点検して外部に説明する一連の取組をいい、「人権ＤＤを実施」とは、この一連の取組のうち、少なくとも負の影響の特定に着手したことをいう。また、「人権方針」とは、人権を尊重する責任を果たすことを経営者が社内外に示した文書をいい、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　人権方針の策定と人権ＤＤの実施", H1)]
    st += paras(f"""
回答企業{ta}社のうち、人権方針を策定した企業は{tb}社（{pct1(tb, ta)}％）、人権ＤＤを実施した企業は{tc}社（{pct1(tc, ta)}％）であった。業種別の割合では、化学がいずれも最も高い。企業規模別では、人権方針を策定した企業は大企業{l_n}社のうち{l_p}社、中小企業{s_n}社のうち{s_p}社で、人権ＤＤを実施した企業は大企業{l_d}社、中小企業{s_d}社にとどまった。
""", 0)
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 割合は、各業種の回答企業数に対する割合である。",
        "※２ 「その他」は、建設業、運輸業、窯業・土石等である。",
    ])
    st += [P("３　海外取引先からの要請", H1)]
    (a1, n1), (a2, n2), (a3, n3) = PREV_ASKERS
    st += paras(f"""
海外取引先から人権に関する要請を受けた企業は年々増え、令和６年度は{INDICATORS[2][4]}社となった。要請元は、{a1}が{n1}社で最も多く、{a2}（{n2}社）、{a3}（{n3}社）が続いた。要請の内容は「調達方針への同意」が最も多く、次いで「質問票への回答」、「監査の受入れ」の順であった。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ この調査は令和４年度から毎年行っている。「要請を受けた企業の割合」は、回答企業数に対する割合である。",
    ])
    st += [P("４　主な業種の状況", H1)]
    for i, (head, who, what, voice) in enumerate(SECTORS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な要請元", who), ("多い要請の内容", what), ("主な意見", voice)], 1)
    st += [P("５　人権ＤＤを進める上での課題", H1)]
    st += paras("""
全体と中小企業では「何から始めればよいか分からない」が最も多く、大企業では「取引先の調査に協力を得にくい」が最も多かった。中小企業では「必要性を感じない」も４分の１を超えた。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 人権ＤＤを実施していない企業（全体{n_all}社、中小企業{n_s}社、大企業{n_l}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "取引先から届いた質問票への答え方を、個別に相談できる窓口を設けてほしい。",
        "人権方針のひな形と、中小企業でもできる取組の例を示してほしい。",
        "外国語の質問票を翻訳する費用を支援してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {SODAN}で、質問票への回答や人権方針の作り方の個別相談を受ける。",
        "② 人権ＤＤの進め方を学ぶ研修会を、令和７年度は年６回開く。",
        "③ 中小企業に専門家を無料で派遣する（１社当たり年４回まで）。",
        "④ 次回の調査は、令和７年10月に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{JINKEN_DEPT} 企画調査班　電話：099-485-6110　ファクス：099-485-6119",
        f"{SODAN}（一般社団法人{PREF}経営者協会内、個別の相談）　電話：099-485-6200",
        "電子メール：hinoki-jinken@example.jp",
    ]))
    return st


# ================================================================ document 3: online meeting rooms, guideline
ONLINE = f"{PREF}海外オンライン商談室"
ONLINE_DEPT = f"{PREF} 産業労働部 国際ビジネス支援室"
CENTER = f"{PREF}国際ビジネス支援センター"
FEES = [  # 区分, １時間, 半日・４時間, 早朝・夜間加算 (円, 令和７年度)
    ("商談室Ａ（定員２人）", 1000, 3500, 500), ("商談室Ｂ（定員６人）", 1800, 6500, 800),
    ("配信スタジオ", 3000, 11000, 1200), ("通訳者の手配（１言語）", 4000, 15000, 1500),
]
SMALL_FIRM_SHARE = Decimal("0.5")  # note ※２: 小規模企業者 pay half (rooms and studio)
MONTHS = [  # 月, 商談室Ａ, 商談室Ｂ, 配信スタジオ (件, 令和６年度)
    (4, 18, 9, 3), (5, 21, 11, 4), (6, 24, 12, 5), (7, 22, 10, 6), (8, 15, 8, 4), (9, 26, 13, 7),
    (10, 31, 16, 9), (11, 34, 18, 12), (12, 27, 14, 10), (1, 19, 10, 5), (2, 23, 12, 6), (3, 29, 15, 8),
]
PREV_YEAR_USES = 403  # 令和５年度, prose only
PARTNERS = [  # 商談相手の国・地域, 利用件数, うち成約 (商談室Ａ・Ｂ, 令和６年度)
    ("中国", 98, 12), ("台湾", 84, 15), ("米国", 71, 8), ("ベトナム", 56, 9), ("タイ", 49, 7),
    ("シンガポール", 33, 6), ("その他", 46, 4),
]
CASES = [  # 見出し, 相手国・地域, 利用した部屋, 主な成果 (same labels in every sibling section)
    ("木工家具製造業Ａ社（檜市）", "台湾", "商談室Ａ（早朝の時間帯を含め延べ６回）", "台北の家具店と年間の販売契約を結んだ"),
    ("茶製造業Ｂ社（奥檜町）", "米国", "配信スタジオ（夜間に延べ４回）", "米国向けのライブコマースで緑茶を約1,200袋販売した"),
    ("金属部品製造業Ｃ社（汐見市）", "ベトナム", "商談室Ｂ（通訳者の手配を利用）", "ハノイの機械メーカーと試作品の取引を始めた"),
]


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def online_specs():
    fees = TableSpec(
        key="fees", doc=ONLINE_PDF, title="オンライン商談室の利用料金",
        header=[["番号", "区分", "１時間（円）", "半日・４時間（円）", "早朝・夜間加算（円）"]],
        rows=[[f"（{fw(i)}）", n, fw(a), fw(b), fw(c)] for i, (n, a, b, c) in enumerate(FEES, 1)],
        col_widths=[16 * mm, 48 * mm, 28 * mm, 34 * mm, 36 * mm], label_col=1, table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    mrows = [[month_label(m), fw(a), fw(b), fw(c), fw(a + b + c)] for m, a, b, c in MONTHS]
    tot = [sum(r[j] for r in MONTHS) for j in (1, 2, 3)]
    mrows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    months = TableSpec(
        key="months", doc=ONLINE_PDF, title="月別の利用件数",
        header=[["月", "商談室Ａ（件）", "商談室Ｂ（件）", "配信スタジオ（件）", "計（件）"]],
        rows=mrows, col_widths=[26 * mm, 32 * mm, 32 * mm, 36 * mm, 28 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    prows = [[n, fw(a), fw(b)] for n, a, b in PARTNERS]
    prows.append(["合計", fw(sum(p[1] for p in PARTNERS)), fw(sum(p[2] for p in PARTNERS))])
    partners = TableSpec(
        key="partners", doc=ONLINE_PDF, title="商談相手の国・地域別の利用件数",
        header=[["商談相手の国・地域", "利用件数（件）", "うち成約（件）"]],
        rows=prows, col_widths=[48 * mm, 36 * mm, 36 * mm], table_fy=2024,
    )
    partners.unit = lambda row, c, s=partners: bracket_unit(s.column_label(c))
    return fees, months, partners


def online_story(specs):
    fees, months, partners = specs
    total = sum(a + b + c for _m, a, b, c in MONTHS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{ONLINE} 利用実施要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(ONLINE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras("""
県内の中小企業が、海外の取引先と安定した環境で商談し、海外の消費者に商品を直接紹介できるよう、通信環境、機材及び通訳者の手配を備えたオンライン商談室を貸し出す。この要領において「オンライン商談」とは、ウェブ会議システムを使って、海外の事業者と商品の説明、価格の交渉等を行うことをいい、「ライブコマース」とは、動画の生配信で商品を紹介し、視聴者がその場で購入できる販売方法をいう。
""", 0)
    st += [P("２　施設の概要", H1)]
    st += lv_lines([
        ("施設名", f"{CENTER} オンライン商談室"),
        ("所在地", "檜市中央二丁目５番１号 檜県産業会館４階"),
        ("利用できる日", "月曜日から土曜日まで（祝日及び年末年始を除く。）"),
        ("利用時間", "７時から22時まで（海外との時差に対応）"),
        ("利用できる者", "県内に本社又は事業所を有する中小企業者及び個人事業主"),
        ("通訳者の言語", "英語、中国語、ベトナム語、タイ語"),
        ("予約の方法", "予約システム（ウェブ）又は電話"),
    ], 0)
    st += [P("３　利用料金", H1)]
    st += paras("利用料金は、区分ごとに次のとおりとする。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「早朝・夜間」とは、７時から９時まで及び18時から22時までの時間帯をいい、この時間帯に利用するときは、１時間につき加算額を料金に加える。",
        "※２ 小規模企業者（常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者）が利用するときは、商談室と配信スタジオの料金を半額とする（通訳者の手配を除く。）。",
        "※３ 利用日の前日又は当日に予約を取り消したときは、料金の50％を取消料として納める。",
    ])
    st += [P("４　利用の手続", H1)]
    st += numbered([
        "① 利用者登録（初回のみ、登録申請書を提出）",
        "② 予約（利用日の２か月前から３営業日前まで、予約システムで受付）",
        "③ 事前の接続テスト（希望者のみ、利用日の前日まで）",
        "④ 当日の受付（利用開始の15分前から）",
        "⑤ 利用料金の支払（利用した月の翌月末までに、請求書により）",
        "⑥ 利用報告（商談相手の国・地域と結果を、利用後７日以内に報告）",
    ], 0)
    st += [P("５　利用上の注意", H1)]
    st += bullets([
        "商談の録画は、相手方の同意を得た場合に限る。",
        "持ち込んだサンプルは、利用者の責任で管理する。",
        "配信スタジオで食品を調理するときは、事前に申し出ること。",
        "機材の故障等で利用できなくなったときは、料金を徴収しない。",
    ], 0)
    st += paras("次の場合は、利用を承認しない。", 0)
    st += bullets([
        "国内の取引先との商談又は社内の会議に使う場合",
        "商品の紹介を伴わない撮影又は録音だけに使う場合",
        "県税を滞納している場合",
    ], 0)
    st += [P("６　利用の例（令和６年度）", H1)]
    for i, (head, where, room, result) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("相手国・地域", where), ("利用した部屋", room), ("主な成果", result)], 1)
    st += [P("７　利用実績（令和６年度）", H1)]
    st += paras(f"""
令和６年度の利用件数は延べ{total}件で、前年度（{PREV_YEAR_USES}件）から大きく増えた。月別では11月が最も多く、商談相手の国・地域別では中国が最も多い。
利用した事業者は延べ152社で、このうち小規模企業者が89社と６割近くを占めた。配信スタジオは、食品と工芸品の事業者による米国・台湾向けのライブコマースに多く使われた。
""", 0)
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes(["※４ ４月から12月は令和６年、１月から３月は令和７年である。"])
    st += [caption(partners.title, "（令和６年度、商談室Ａ・Ｂ）"), partners.flowable(), Spacer(1, 2)]
    st += notes(["※５ 利用報告で利用者が選んだ主な商談相手の国・地域による。「成約」は、利用報告の時点で取引が決まったと答えた件数である。"])
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ONLINE_DEPT} 販路開拓班　電話：099-487-3410　ファクス：099-487-3419",
        f"{CENTER}（予約受付）　電話：099-487-3500",
        "電子メール：hinoki-online@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return shosha_specs() + jinken_specs() + online_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    sspecs, jspecs, ospecs = shosha_specs(), jinken_specs(), online_specs()
    sdoc = build_pdf(docs_dir / SHOSHA_PDF, sspecs, shosha_story(sspecs),
                     f"令和７年度 {SHOSHA} 参加企業募集要項", "令和７年６月", SHOSHA_DEPT)
    jdoc = build_pdf(docs_dir / JINKEN_PDF, jspecs, jinken_story(jspecs),
                     f"令和６年度 {JINKEN} 報告書", "令和７年２月", JINKEN_DEPT)
    odoc = build_pdf(docs_dir / ONLINE_PDF, ospecs, online_story(ospecs),
                     f"令和７年度 {ONLINE} 利用実施要領", "令和７年４月", ONLINE_DEPT)
    gold = all_gold({SHOSHA_PDF: sdoc.row_pages, JINKEN_PDF: jdoc.row_pages, ONLINE_PDF: odoc.row_pages})
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
    # --- boshu: the call for firms (trading-company matching event), tables (a) (b) (c), definitions, costs, days, Q&A
    dict(question="従業員15人の菓子製造会社が、研修付きのコースで商談会に参加したいそうです。2025年度の参加負担金はいくらになりますか？",
         category="boshu", doc=SHOSHA_PDF,
         evidence=["常時使用する従業員の数が20人", "研修付きコース 28,000 14,000 ５ ２"], answer=["14,000"],
         notes="two facts: 15人 in manufacturing is within 「20人…以下」, so the firm is a 小規模企業者 (definition in ２); "
               "(a) two-level header, leaf 参加負担金（円）／小規模企業者; 28,000 (中小企業者) is the trap; 2025年度 = "
               "令和７年度 (printed nowhere in Western form)"),
    dict(question="社員が８人いる食品卸の会社から、商品展示もできるコースに申し込みたいと相談がありました。負担金はいくらですか？",
         category="boshu", doc=SHOSHA_PDF,
         evidence=["商業又はサービス業は５人", "展示付きコース 35,000 18,000 ６ ３"], answer=["35,000"],
         notes="two facts: a wholesaler is 商業, whose limit is ５人, so 8 people make it a 中小企業者, not a "
               "小規模企業者 (definition in ２, the commerce exception); (a) leaf 参加負担金（円）／中小企業者 (note ※１); "
               "18,000 (小規模企業者) is the trap"),
    dict(question="2023年度の商談会では、何件の取引がまとまりましたか？",
         category="boshu", doc=SHOSHA_PDF, evidence=["令和５年度 49 19 262 21"], answer=["21"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column "
               "成約件数（件） (まとまった = 成約); 19 (参加商社数) and 262 (商談件数) are the traps"),
    dict(question="令和６年度の商談会で、行われた商談のうち成約に結びついたのは何％ぐらいですか？",
         category="boshu", doc=SHOSHA_PDF, evidence=["令和６年度 56 22 318 29"], answer=["9.1%"], computed=True,
         notes="(b) share within a row: 29 / 318 = 9.1 % (29 / 56 = 51.8 % per participating firm is another reading, "
               "not the one asked)"),
    dict(question="食品以外の分野に絞ると、令和６年度の商談の成約率はどれくらいでしたか？",
         category="boshu", doc=SHOSHA_PDF, evidence=["小計（食品以外） 25 138 10"], answer=["7.2%"], computed=True,
         notes="(c) a subtotal row inside the table (小計（食品以外）, note ※４): 10 / 138 = 7.2 %; the 合計 row "
               "(29 / 318) and 小計（食品） (19 / 180) are the traps"),
    dict(question="2024年度に、お酒や飲み物を扱う会社で成約したのは何件でしたか？",
         category="boshu", doc=SHOSHA_PDF, evidence=["酒類・飲料 ８ 47 ５"], answer=["５"],
         notes="(c) row 酒類・飲料 (お酒や飲み物), column 成約件数（件）; 2024年度 = 令和６年度 (caption note); ８ "
               "(参加企業数) and 19 (小計（食品）) are the traps"),
    dict(question="商談会の２日目に行う個別の商談は、１件何分ずつの予定ですか？",
         category="boshu", doc=SHOSHA_PDF, evidence=["２日目（10月22日）", "個別商談（１件25分）"], answer=["25分"],
         notes="sibling sections （１）–（３） of ４ share the labels 時間, 場所, 内容; （２）２日目, label 内容; "
               "the ５分 of the trading companies' talks on day 1 is the near miss"),
    dict(question="商談に使うサンプルを会場まで送る費用は、県で持ってもらえるのでしょうか？",
         category="boshu", doc=SHOSHA_PDF, evidence=["次の経費は参加企業が負担します", "商談に使うサンプルの輸送費"],
         answer=["参加企業が負担"],
         notes="the two bulleted lists of ３ (costs the prefecture bears / costs the firms bear, split by the page "
               "1→2 break): sample shipping is on the firms' list; the interpreters and the booth (the "
               "prefecture's list) are the near misses"),
    dict(question="商談がまとまらなかった場合、払った参加負担金は戻ってきますか？",
         category="boshu", doc=SHOSHA_PDF, evidence=["返還しません"], answer=["返還しません"],
         notes="Q&A: Ａ of Ｑ２ (no; only if the prefecture cancels the event is the fee refunded in full)"),
    dict(question="小規模企業者に当たる会社が、社員２人で基本コースに参加する場合、参加負担金は合わせていくらになりますか？",
         category="boshu", doc=SHOSHA_PDF, evidence=["基本コース 20,000 10,000 ４ ２", "１人につき5,000円を加算"],
         answer=["15,000円"], computed=True,
         notes="(a) leaf 参加負担金（円）／小規模企業者 10,000 plus note ※２ (5,000円 from the second person, a "
               "figure in prose only): 10,000 + 5,000 = 15,000円; 20,000 (two people at 10,000) is the trap"),
    # --- chosa: the business-and-human-rights survey, tables (d) (e) (f), definitions, sibling sections
    dict(question="化学メーカーのうち、人権デューディリジェンスに取り組んでいる会社はどのくらいの割合ですか？",
         category="chosa", doc=JINKEN_PDF, evidence=["化学 31 13 41.9 ８ 25.8"], answer=["25.8"],
         notes="(d) paired count and per-cent columns, leaf 人権ＤＤを実施／割合（％）; 41.9 (人権方針を策定／割合) "
               "and ８ (the count) are the traps"),
    dict(question="2023年度の調査で、海外の取引先から人権への対応を求められた県内企業は何社ありましたか？",
         category="chosa", doc=JINKEN_PDF, evidence=["海外取引先から要請を受けた企業 社 48 71 96"], answer=["71"],
         notes="(e) fiscal years as columns with a 単位 column: 2023年度 = 令和５年度 (the report prints 2024年 only "
               "in 調査基準日); the next row 要請を受けた企業の割合 (17.0, unit ％) is the trap"),
    dict(question="県が開いている人権の研修会の参加者は、令和４年度から令和６年度までに何人増えましたか？",
         category="chosa", doc=JINKEN_PDF, evidence=["県主催研修会の参加者 人 124 186 243"], answer=["119人"],
         computed=True, notes="(e) difference across the year columns: 243 − 124 = 119人 (unit 人 from the 単位 column)"),
    dict(question="令和４年度の調査では、回答した企業のうち人権方針を作っていた企業の割合はどれくらいでしたか？",
         category="chosa", doc=JINKEN_PDF, evidence=["回答企業数 社 402 418 437", "人権方針を策定した企業 社 61 83 110"],
         answer=["15.2%"], computed=True,
         notes="(e) share between two rows of one year column: 61 / 402 = 15.2 %; the printed per-cent row "
               "(要請を受けた企業の割合, 11.9) is the trap"),
    dict(question="中小企業に限ると、人権DDを実施している会社の割合はどれくらいですか？",
         category="chosa", doc=JINKEN_PDF, evidence=["中小企業368社", "中小企業31社"], answer=["8.4%"], computed=True,
         notes="prose of ２ (figures by firm size in prose only): 31 / 368 = 8.4 %; 13.3 (all firms, the 合計 "
               "row of the industry table) is the trap"),
    dict(question="大企業が人権DDを進めにくい理由として、お金がかかりすぎると答えた割合はどれくらいですか？",
         category="chosa", doc=JINKEN_PDF, evidence=["費用の負担が大きい 22.7 22.8 21.4"], answer=["21.4"],
         notes="(f) unruled table, column 大企業 (費用の負担が大きい, named by paraphrase); 22.7 (全体) and 22.8 "
               "(中小企業) are the traps"),
    dict(question="取引先の人権リスクの洗い出しを始めたばかりで、対策はまだという会社も、この調査では人権DDを実施した企業に入りますか？",
         category="chosa", doc=JINKEN_PDF, evidence=["少なくとも負の影響の特定に着手"], answer=["特定に着手"],
         notes="definition 「人権ＤＤを実施」とは…少なくとも負の影響の特定に着手したことをいう (yes: asked at its "
               "boundary; the whole cycle is the definition of 人権ＤＤ itself)"),
    dict(question="電機や機械のメーカーは、海外の取引先からどんな内容の要請を受けることが多いのですか？",
         category="chosa", doc=JINKEN_PDF,
         evidence=["（２）機械・電気機器", "多い要請の内容：鉱物（スズ、タンタル等）の調達先の報告"],
         answer=["鉱物（スズ、タンタル等）の調達先"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な要請元, 多い要請の内容, 主な意見; "
               "（２）機械・電気機器; the siblings' 原材料の産地… and 質問票の配布と回収 are the traps"),
    dict(question="人権への対応を求めてきた相手のうち、欧州の取引先から要請を受けた会社は何社ですか？",
         category="chosa", doc=JINKEN_PDF, evidence=["欧州の取引先が38社"], answer=["38社"],
         notes="prose of ３ (a figure in prose only); 27社 (米国) and 96社 (all firms with a request) are the traps"),
    dict(question="人権方針を策定している会社の割合で見ると、２番目に高いのはどの業種ですか？",
         category="chosa", doc=JINKEN_PDF, evidence=["機械・電気機器 82 27 32.9 16 19.5"], answer=["機械・電気機器"],
         notes="(d) ranking in the column 人権方針を策定／割合（％）: 化学 41.9, 機械・電気機器 32.9, 繊維・衣服 31.6 "
               "(a close third); by the count column 機械・電気機器 is first (27), the trap; asks the second"),
    # --- yoryo: the online meeting-room guideline, tables (g) (h) (i), label-value lines, sibling sections, steps
    dict(question="時差のある国と朝早くに商談したい会社があります。オンライン商談室は朝何時から使えますか？",
         category="yoryo", doc=ONLINE_PDF, evidence=["利用時間：７時から22時まで"], answer=["７時"],
         notes="「label：value」 line 利用時間 (the 早朝・夜間 band of note ※１ begins at the same hour, a near miss)"),
    dict(question="夜８時から商談室Ｂを１時間使うと、料金はいくらになりますか？",
         category="yoryo", doc=ONLINE_PDF, evidence=["18時から22時まで", "商談室Ｂ（定員６人） 1,800 6,500 800"],
         answer=["2,600円"], computed=True,
         notes="two facts: note ※１ puts 20時 in 早朝・夜間 and adds the 加算 per hour; (g) first column a number "
               "（２）, row 商談室Ｂ: 1,800 + 800 = 2,600円; 1,800 alone is the trap"),
    dict(question="従業員５人の雑貨メーカーが商談室Ｂを半日借りる場合、料金はいくらですか？",
         category="yoryo", doc=ONLINE_PDF, evidence=["料金を半額とする", "商談室Ｂ（定員６人） 1,800 6,500 800"],
         answer=["3,250円"], computed=True,
         notes="three facts: ５人 in manufacturing makes a 小規模企業者 (note ※２), who pays half for the rooms; "
               "(g) column 半日・４時間（円） 6,500: 6,500 × 0.5 = 3,250円; 6,500 is the trap"),
    dict(question="2025年２月に、配信スタジオは何回使われましたか？",
         category="yoryo", doc=ONLINE_PDF, evidence=["１月から３月は令和７年", "２月 23 12 ６ 41"], answer=["６"],
         notes="two facts: note ※４ puts 令和７年（2025年）１月–３月 in the table; (h) on the continuation page "
               "(no header there), column 配信スタジオ（件）; 41 (計) and 23 (商談室Ａ) are the traps"),
    dict(question="令和６年10月は、商談室と配信スタジオを合わせて何件の利用がありましたか？",
         category="yoryo", doc=ONLINE_PDF, evidence=["10月 31 16 ９ 56"], answer=["56"],
         notes="(h) the total column on the right (計（件）), the last row before the page break; 31 (商談室Ａ) is "
               "the trap"),
    dict(question="令和６年度、配信スタジオは１か月当たり平均で何件くらい使われましたか？",
         category="yoryo", doc=ONLINE_PDF, evidence=["合計 289 148 79 516"], answer=["6.6件"], computed=True,
         notes="(h) 合計 row, column 配信スタジオ（件）: 79 / 12 = 6.6件; 516 / 12 (all rooms) is the trap"),
    dict(question="台湾の相手との商談のうち、成約に至ったのは何％ですか？",
         category="yoryo", doc=ONLINE_PDF, evidence=["台湾 84 15"], answer=["17.9%"], computed=True,
         notes="(i) share within a row: 15 / 84 = 17.9 %"),
    dict(question="お茶の製造会社は、配信スタジオを使ったライブ配信でどれくらい売れたのですか？",
         category="yoryo", doc=ONLINE_PDF, evidence=["茶製造業Ｂ社", "緑茶を約1,200袋販売した"], answer=["1,200袋"],
         notes="sibling sections （１）–（３） of ６ share the labels 相手国・地域, 利用した部屋, 主な成果; "
               "（２）茶製造業Ｂ社, label 主な成果; 延べ４回 (利用した部屋) is the near miss"),
    dict(question="商談室の予約は、利用日のどれくらい前まで受け付けてもらえますか？",
         category="yoryo", doc=ONLINE_PDF, evidence=["利用日の２か月前から３営業日前まで"], answer=["３営業日前"],
         notes="procedure step ② (予約); ２か月前 (the earliest day) and 利用日の前日 (step ③, the connection test) "
               "are the near misses"),
    # --- followups
    dict(question="では、そのコースに小規模企業者が申し込むと、参加負担金はいくらになりますか？",
         category="followup", doc=SHOSHA_PDF, evidence=["フルサポートコース 48,000 24,000 ８ ３"], answer=["24,000"],
         history=_turns("フルサポートコースでは、事前に予約できる商談は何件までですか？",
                        "フルサポートコースの事前予約の商談枠は８件です[1]。"),
         notes="(a) the row from the history (フルサポートコース), the other group 参加負担金（円）, leaf 小規模企業者; "
               "48,000 (中小企業者) is the trap"),
    dict(question="それらの会社の商談は、合わせて何件でしたか？",
         category="followup", doc=SHOSHA_PDF, evidence=["水産加工品 ９ 51 ６"], answer=["51"],
         history=_turns("令和６年度の商談会には、水産加工品の分野から何社が参加しましたか？",
                        "令和６年度は、水産加工品の分野から９社が参加しました[1]。"),
         notes="(c) the row from the history (水産加工品), column 商談件数（件）; 180 (小計（食品）) is the trap"),
    dict(question="その２年前の調査では何社でしたか？",
         category="followup", doc=JINKEN_PDF, evidence=["人権方針を策定した企業 社 61 83 110"], answer=["61"],
         history=_turns("令和６年度の調査で、人権方針を策定していた企業は何社でしたか？",
                        "令和６年度は110社でした[1]。"),
         notes="(e) the row from the history, the year column two before 令和６年度 (令和４年度); 83 (令和５年度) is "
               "the trap"),
    dict(question="その月、配信スタジオの利用は何件でしたか？",
         category="followup", doc=ONLINE_PDF, evidence=["11月 34 18 12 64"], answer=["12"],
         history=_turns("令和６年11月に、商談室Ｂは何件使われましたか？",
                        "令和６年11月の商談室Ｂの利用は18件でした[1]。"),
         notes="(h) the row from the history (11月, the first row on the continuation page), column 配信スタジオ（件）; "
               "64 (計) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=ONLINE_PDF, evidence=["電話：099-487-3500"], answer=["099-487-3500"],
         history=_turns("オンライン商談室の予約のことで問い合わせたい会社があります。どこに連絡すればよいですか？",
                        "予約の受付は檜県国際ビジネス支援センターです[1]。"),
         notes="contact box of the guideline: the センター's phone (second line); the 班's phone 099-487-3410 and "
               "fax 099-487-3419 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="令和６年度の商談会で成約した取引の金額は、合計でいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the number of deals (成約件数), not their value",
         absent=["成約額", "成約金額", "取引額", "取引金額"]),
    dict(question="これまで商談会に参加した企業を市町村別に見ると、汐見市の会社は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the participants are given by year and by product field only (汐見市 appears only in the guideline's "
               "case Ｃ社, a near miss)",
         absent=["市町村別", "市町別"]),
    dict(question="人権DDを実施した企業は、その取組に平均でどれくらいの費用をかけていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the share naming cost as an issue (費用の負担が大きい), not the amounts spent",
         absent=["平均費用", "費用の額", "費用額"]),
    dict(question="回答企業のうち、外国人の技能実習生を受け入れている企業の割合はどれくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey covers policies, due diligence and customers' requests, not the firms' own foreign workers",
         absent=["技能実習", "実習生"]),
    dict(question="令和６年度の商談室Ａの稼働率は何％でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the number of uses by month, not the hours booked or an occupancy rate",
         absent=["稼働率", "利用率"]),
    dict(question="通訳者の手配は、言語別に見るとどの言語がいちばん多く使われていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline lists the interpreters' four languages and the fee, not the uses by language",
         absent=["言語別"]),
]
CATEGORY_COUNTS = {"boshu": 10, "chosa": 10, "yoryo": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h44q", "h44t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "コース別の参加負担金と商談枠", "商談会の開催実績", "分野別の商談と成約",
    "業種別の人権方針の策定と人権ＤＤの実施", "主な指標の推移", "人権ＤＤを進める上での課題（複数回答）",
    "オンライン商談室の利用料金", "月別の利用件数", "商談相手の国・地域別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(x) -> str:
    return f"{int(x):,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (and prose constants)
    "h44q04": lambda g: _pct(g(B, "令和６年度", "成約件数（件）", 2024), g(B, "令和６年度", "商談件数（件）", 2024)),
    "h44q05": lambda g: _pct(g(C, "小計（食品以外）", "成約件数（件）", 2024), g(C, "小計（食品以外）", "商談件数（件）", 2024)),
    "h44q10": lambda g: _yen(g(A, "基本コース", "参加負担金（円）／小規模企業者", 2025) + EXTRA_PERSON),
    "h44q13": lambda g: f"{g(E, '県主催研修会の参加者', '令和６年度', 2024) - g(E, '県主催研修会の参加者', '令和４年度', 2022)}人",
    "h44q14": lambda g: _pct(g(E, "人権方針を策定した企業", "令和４年度", 2022), g(E, "回答企業数", "令和４年度", 2022)),
    "h44q15": lambda g: _pct(SIZES[0][3], SIZES[0][1]),
    "h44q22": lambda g: _yen(g(G, "商談室Ｂ（定員６人）", "１時間（円）", 2025) + g(G, "商談室Ｂ（定員６人）", "早朝・夜間加算（円）", 2025)),
    "h44q23": lambda g: _yen(Decimal(g(G, "商談室Ｂ（定員６人）", "半日・４時間（円）", 2025)) * SMALL_FIRM_SHARE),
    "h44q26": lambda g: _avg(g(H, "合計", "配信スタジオ（件）", 2024), 12, "件"),
    "h44q27": lambda g: _pct(g(I, "台湾", "うち成約（件）", 2024), g(I, "台湾", "利用件数（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SHOSHA_PDF: (3, 3), JINKEN_PDF: (3, 3), ONLINE_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (180, 240)
TABLE_QUESTIONS = 18  # at least, outside the followups
COMPUTED_QUESTIONS = (9, 11)
BEFORE_BREAK_ROWS = ("４月", "５月")  # rows of (h) expected before the page break
CONTINUED_ROWS = ("１月", "２月", "３月", "合計")  # and after it
WESTERN_IN_DOCS = {SHOSHA_PDF: ["2021年"], JINKEN_PDF: ["2024年"], ONLINE_PDF: []}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout44.py")
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
            if roles != ["user", "assistant"] or len(history) != 2:
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
    n = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_QUESTIONS[0] <= n <= COMPUTED_QUESTIONS[1]:
        errors.append(f"{n} computed questions, expected {COMPUTED_QUESTIONS[0]}-{COMPUTED_QUESTIONS[1]}")
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
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout44.py")
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
                continue
            # each printed row, cell after cell, on its page (the number column of (g) included)
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
        for col in cols:
            members = rows if rows is not None else [r for r in tab if r != total]
            if tab[total][col] != sum(tab[r][col] for r in members):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms pay less than the others; the slots do not depend on the size
    for row, r in t[A].items():
        if not r["参加負担金（円）／小規模企業者"] < r["参加負担金（円）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 fee not below the 中小企業者 fee")
        if r["商談枠（件）／当日追加"] > r["商談枠（件）／事前予約"]:
            errors.append(f"{A} / {row}: more same-day slots than booked slots")
    # (b): growing participation; deals within meetings
    b = t[B]
    for col in ("参加企業数（社）", "商談件数（件）", "成約件数（件）"):
        ns = [r[col] for r in b.values()]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    if any(r["成約件数（件）"] > r["商談件数（件）"] for r in b.values()):
        errors.append(f"{B}: more deals than meetings")
    # (c): subtotals add up over their members, 合計 over the subtotals, and 合計 equals (b)'s 令和６年度
    cols_c = ("参加企業数（社）", "商談件数（件）", "成約件数（件）")
    for sub, members in FIELDS:
        adds_up(C, cols_c, [m[0] for m in members], total=sub)
    adds_up(C, cols_c, [s for s, _m in FIELDS])
    c = t[C]
    last = b["令和６年度"]
    if any(c["合計"][col] != last[col] for col in cols_c):
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): 合計 adds up; the per cents come from the counts; the totals equal the firm sizes
    d = t[D]
    cnt = ("回答企業数（社）", "人権方針を策定／企業数（社）", "人権ＤＤを実施／企業数（社）")
    adds_up(D, cnt)
    for row, r in d.items():
        for grp in ("人権方針を策定", "人権ＤＤを実施"):
            if Decimal(str(r[f"{grp}／割合（％）"])) != pct1(r[f"{grp}／企業数（社）"], r["回答企業数（社）"]):
                errors.append(f"{D} / {row}: {grp} per cent differs from the counts")
    if [d["合計"][col] for col in cnt] != [sum(s[j] for s in SIZES) for j in (1, 2, 3)]:
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): its 令和６年度 column equals (d)'s 合計; the per-cent row comes from the two count rows
    e = t[E]
    if e["回答企業数"]["令和６年度"] != d["合計"]["回答企業数（社）"] \
            or e["人権方針を策定した企業"]["令和６年度"] != d["合計"]["人権方針を策定／企業数（社）"]:
        errors.append(f"{E}: 令和６年度 differs from the 合計 of {D}")
    for y in IND_YEARS:
        col = f"令和{fw(y - 2018)}年度"
        if Decimal(str(e["要請を受けた企業の割合"][col])) != pct1(e["海外取引先から要請を受けた企業"][col], e["回答企業数"][col]):
            errors.append(f"{E}: 要請を受けた企業の割合 of {col} differs from the counts")
        if any(e[r][col] <= e[r].get(f"令和{fw(y - 2019)}年度", -1) for r in e if r != "要請を受けた企業の割合"):
            errors.append(f"{E}: a count row does not grow in {col}")
    # (f): the per cents come from the counts (全体 over both sizes)
    n_all, n_s, n_l = non_doers()
    for name, a, bb in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_s), pct1(bb, n_l))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): the half day costs less than four hours; the 加算 is below the hourly fee
    for row, r in t[G].items():
        if not r["半日・４時間（円）"] < 4 * r["１時間（円）"] or not r["早朝・夜間加算（円）"] < r["１時間（円）"]:
            errors.append(f"{G} / {row}: fees out of proportion")
    # (h): the 計 column is the sum of the rooms in every row; 合計 adds up in every column
    h = t[H]
    rooms = ("商談室Ａ（件）", "商談室Ｂ（件）", "配信スタジオ（件）")
    for row, r in h.items():
        if r["計（件）"] != sum(r[x] for x in rooms):
            errors.append(f"{H} / {row}: 計 is not the sum of the rooms")
    adds_up(H, rooms + ("計（件）",))
    # (i): 合計 adds up and equals the two rooms' 合計 in (h); deals within uses
    i_ = t[I]
    adds_up(I, ("利用件数（件）", "うち成約（件）"))
    if i_["合計"]["利用件数（件）"] != h["合計"]["商談室Ａ（件）"] + h["合計"]["商談室Ｂ（件）"]:
        errors.append(f"{I}: 合計 differs from the rooms Ａ and Ｂ of {H}")
    if any(r["うち成約（件）"] > r["利用件数（件）"] for r in i_.values()):
        errors.append(f"{I}: うち成約 above 利用件数")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    months = specs["months"]
    bp = sorted({g["page"] for g in gold if g["table"] == H})
    if len(bp) != 2:
        errors.append(f"{H} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(pages[ONLINE_PDF]) if header in norm(p)]
        if months.repeat_header or on != bp[:1]:
            errors.append(f"{H}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == H and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == H and g["page"] == bp[1]}
        if not 3 <= len(first) <= 10:
            errors.append(f"{H}: {len(first)} rows before the page break, expected 3-10")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{H}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        # the rows the questions ask for: 10月 last before the break, 11月 and ２月 after it
        if "10月" not in first or "11月" not in cont or "２月" not in cont:
            errors.append(f"{H}: 10月 should end page {bp[0]} and 11月, ２月 be on page {bp[1]}")
        if norm("１月から３月は令和７年") not in norm(pages[ONLINE_PDF][bp[1] - 1]):
            errors.append(f"{H}: note ※４ should follow the table on the continuation page")
    for key in ("courses", "record", "fields", "industries", "indicators", "issues", "fees", "partners"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns, units from the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["参加負担金（円）／中小企業者", "参加負担金（円）／小規模企業者", "商談枠（件）／事前予約", "商談枠（件）／当日追加"]
    if len(specs["courses"].header) != 2 or len(specs["courses"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"円", "件"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): subtotal rows inside the table, each after its members, 合計 last
    crow = list(dict.fromkeys(g["row"] for g in gold if g["table"] == C))
    want_c = [m[0] for s, ms in FIELDS for m in ms + [(s,)]] + ["合計"]
    if crow != want_c or crow.index(FIELDS[0][0]) == len(crow) - 2:
        errors.append(f"{C}: expected subtotal rows inside the table, got {crow}")
    # (d): paired count / per-cent columns under two groups; 業種 and 回答企業数 span both header rows
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    want_d = ["回答企業数（社）", "人権方針を策定／企業数（社）", "人権方針を策定／割合（％）",
              "人権ＤＤを実施／企業数（社）", "人権ＤＤを実施／割合（％）"]
    if dcols != want_d or len(specs["industries"].spans) != 4:
        errors.append(f"{D}: expected paired columns {want_d}, got {dcols}")
    if [g["unit"] for g in gold if g["table"] == D][:5] != ["社", "社", "%", "社", "%"]:
        errors.append(f"{D}: expected the units 社 / 社 % / 社 %")
    # (e): fiscal years as columns and a unit per row from the 単位 column
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    if ecols != [f"令和{fw(y - 2018)}年度" for y in IND_YEARS] or specs["indicators"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == E):
        errors.append(f"{E}: expected the fiscal years as columns, got {ecols}")
    eunits = {g["row"]: g["unit"] for g in gold if g["table"] == E}
    if eunits != {n: nfkc(u) for n, u, *_v in INDICATORS} or len(set(eunits.values())) != 3:
        errors.append(f"{E}: the units should come from the 単位 column, got {eunits}")
    # (g): the first column numbers the rows （１）…, and is no cell
    fees = specs["fees"]
    if [r[0] for r in fees.rows] != [f"（{fw(i)}）" for i in range(1, len(fees.rows) + 1)] or fees.label_col != 1 \
            or any(g["column"] == "番号" for g in gold):
        errors.append(f"{G}: expected a number column （１）… left of the labels")
    # (h): the total column is the rightmost
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols[-1] != "計（件）":
        errors.append(f"{H}: expected the total column on the right")
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
        got = re.findall(r"099-48\d-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if not any(f"電話:{want[2]}" in x and "ファクス" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:  # 「X」とは, or 「X」（a gloss）とは
            if not re.search(re.escape(norm(f"「{d}」")) + r"(\([^()]*\))?とは", text):
                errors.append(f"{what}: the definition of {d} is missing")

    def western(doc, text, what):
        if re.findall(r"20\d\d年", text) != WESTERN_IN_DOCS[doc]:
            errors.append(f"{what}: Western years {re.findall(r'20[0-9][0-9]年', text)}, expected {WESTERN_IN_DOCS[doc]}")

    # ---- the call for firms
    sh = norm("\n".join(pages[SHOSHA_PDF]))
    siblings(sh, SHOSHA_PDF, ("時間：", "場所：", "内容："), [d[0] for d in DAYS])
    if norm(f"延べ{sum(r[1] for r in RECORD)}社が参加し、{sum(r[4] for r in RECORD)}件が成約") not in sh:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}社が参加し、{last[3]}件の商談のうち{last[4]}件が成約") not in sh:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    food = [sum(m[2] for m in ms) for _s, ms in FIELDS]
    if not 0.5 < food[0] / sum(food) < 0.6:
        errors.append("call: 「食品が商談件数の半分余り」 does not hold")
    western(SHOSHA_PDF, sh, "call")
    defs(sh, ("輸出商社", "小規模企業者", "成約"), "call")
    for x in PREF_PAYS + FIRM_PAYS:
        if norm(x) not in sh:
            errors.append(f"call: the cost {x} is missing")
    if norm(f"１人につき{EXTRA_PERSON:,}円を加算") not in sh:
        errors.append("call: note ※２ (the extra person) is missing")
    raw = "\n".join(pages[SHOSHA_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(SHOSHA_PDF, "①②③④⑤⑥⑦", "call")
    contacts(SHOSHA_PDF, ["099-481-2230", "099-481-2239", "099-481-2300"], ["hinoki-shosha@example.jp"], "call")

    # ---- the survey
    jn = norm("\n".join(pages[JINKEN_PDF]))
    siblings(jn, JINKEN_PDF, ("主な要請元：", "多い要請の内容：", "主な意見："), [x[0] for x in SECTORS])
    ta, tb, tc = (sum(r[j] for r in INDUSTRIES) for j in (1, 2, 3))
    if norm(f"{ta}社（回答率{pct1(ta, TARGET)}％）") not in jn \
            or norm(f"人権方針を策定した企業は{tb}社（{pct1(tb, ta)}％）、人権ＤＤを実施した企業は{tc}社（{pct1(tc, ta)}％）") not in jn:
        errors.append("survey: the response and the totals in the prose differ from (d)")
    top = [max(INDUSTRIES, key=lambda r, j=j: r[j] / r[1])[0] for j in (2, 3)]
    if top != ["化学", "化学"]:
        errors.append("survey: 「化学がいずれも最も高い」 does not hold")
    by_share = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[2] / r[1])]
    by_count = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[2])]
    if by_share[1] != "機械・電気機器" or by_count[0] != "機械・電気機器":
        errors.append("survey: the ranking the questions rely on (機械・電気機器 second by share, first by count) does not hold")
    (s_name, s_n, s_p, s_d), (l_name, l_n, l_p, l_d) = SIZES
    if norm(f"大企業{l_n}社のうち{l_p}社、中小企業{s_n}社のうち{s_p}社") not in jn \
            or norm(f"大企業{l_d}社、中小企業{s_d}社") not in jn:
        errors.append("survey: the figures by firm size in the prose differ from SIZES")
    asked = [r[2:] for r in INDICATORS if r[0] == "海外取引先から要請を受けた企業"][0]
    if list(asked) != sorted(set(asked)) or norm(f"令和６年度は{asked[-1]}社") not in jn:
        errors.append("survey: 「年々増え、令和６年度は…社」 does not hold")
    if sum(n for _a, n in PREV_ASKERS) > asked[-1] or [n for _a, n in PREV_ASKERS] != sorted((n for _a, n in PREV_ASKERS), reverse=True) \
            or not all(norm(a) in jn for a, _n in PREV_ASKERS):
        errors.append("survey: the requesting customers in the prose do not fit")
    n_all, n_s, n_l = non_doers()
    tops = [max(ISSUES, key=lambda r, k=k: r[1] + r[2] if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if tops != ["何から始めればよいか分からない", "何から始めればよいか分からない", "取引先の調査に協力を得にくい"] \
            or len({pct1(r[2], n_l) for r in ISSUES}) != len(ISSUES):
        errors.append("survey: the tops of (f) in the prose do not hold")
    if pct1(next(r[1] for r in ISSUES if r[0] == "必要性を感じない"), n_s) <= 25:
        errors.append("survey: 「必要性を感じない」も４分の１を超えた does not hold")
    western(JINKEN_PDF, jn, "survey")
    if re.findall(r"20\d\d年度", jn):
        errors.append("survey: no Western fiscal year should be printed")
    defs(jn, ("人権ＤＤ", "人権ＤＤを実施", "人権方針", "中小企業"), "survey")
    steps_of(JINKEN_PDF, "①②③④", "survey")
    contacts(JINKEN_PDF, ["099-485-6110", "099-485-6119", "099-485-6200"], ["hinoki-jinken@example.jp"], "survey")

    # ---- the guideline
    on = norm("\n".join(pages[ONLINE_PDF]))
    siblings(on, ONLINE_PDF, ("相手国・地域：", "利用した部屋：", "主な成果："), [c[0] for c in CASES])
    total = sum(a + b + c for _m, a, b, c in MONTHS)
    if norm(f"延べ{total}件で、前年度（{PREV_YEAR_USES}件）") not in on or not PREV_YEAR_USES < total:
        errors.append("guideline: the yearly total in the prose differs from (h)")
    if max(MONTHS, key=lambda r: r[1] + r[2] + r[3])[0] != 11 or max(PARTNERS, key=lambda r: r[1])[0] != "中国":
        errors.append("guideline: 「11月が最も多く…中国が最も多い」 does not hold")
    rooms = {f[0][:4] for f in FEES}
    for head, where, room, _r in CASES:
        if room[:4] not in rooms and not room.startswith("配信スタジオ"):
            errors.append(f"guideline: case {head} names a room missing from (g)")
        if where not in [p[0] for p in PARTNERS]:
            errors.append(f"guideline: case {head} names a partner missing from (i)")
    western(ONLINE_PDF, on, "guideline")
    defs(on, ("オンライン商談", "ライブコマース", "早朝・夜間"), "guideline")
    for x in ("18時から22時まで", "料金を半額とする", "利用時間：７時から22時まで"):
        if norm(x) not in on:
            errors.append(f"guideline: {x} is missing")
    steps_of(ONLINE_PDF, "①②③④⑤⑥", "guideline")
    contacts(ONLINE_PDF, ["099-487-3410", "099-487-3419", "099-487-3500"], ["hinoki-online@example.jp"], "guideline")
    # every phone number of the set is fictional (099-48x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in text or any(x in text for x in ("柚県", "桐県")):
            errors.append(f"{n}: the prefecture should be {PREF} only")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
