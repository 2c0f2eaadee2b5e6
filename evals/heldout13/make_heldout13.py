"""Build the 萌黄県 held-out set 13: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (萌黄県 and every town, scheme, organisation, company, airport,
phone number, address, URL and figure). The documents are in three genres the earlier sets do
not use: a three-year export-promotion plan for agricultural, forestry and fishery products and
food (農林水産物・食品輸出促進計画) with exports by sector (years as rows), by priority item (years
as columns and a 構成比 column) and targets by destination (a table without ruling lines); a grant
guideline (交付要綱) for airlines opening international routes to the prefectural airport
(萌黄空港国際線就航促進補助金) with rates by year of operation under a two-level merged header and
an add-on by destination; and the annual report (事業報告書) of a regional trading company
(地域商社) the prefecture co-founded, with sales by division and 小計 rows between the groups, and
exports by country continued over a page break without the header repeated; see README.md
beside this file.

    python make_heldout13.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout12/make_heldout12.py (and through it ../heldout11/make_heldout11.py); the helpers are in
../docgen.py (unchanged). The gold cells are generated from the same specs that draw the tables;
PDF page numbers are recorded while reportlab lays the pages out. The output is byte-identical on
every run (reportlab ``invariant=True``). The script exits 1 if any check fails.
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

PLAN_PDF = "moegi_nourinsuisan_yushutsu_sokushin_keikaku_r7.pdf"
YOKO_PDF = "moegi_kokusaisen_shuko_sokushin_hojokin_kofu_yoko.pdf"
SHOSHA_PDF = "moegi_chiiki_shosha_jigyo_hokokusho_dai5ki.pdf"
ALL_PDFS = (PLAN_PDF, YOKO_PDF, SHOSHA_PDF)

UNITS = ("百万円", "万円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-137-"  # every phone number of the set (fictional)


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


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (輸出売上高（万円） -> 万円), NFKC."""
    m = re.search(r"（([^（）]+)）$", text.replace("\n", ""))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def share(part: int, whole: int) -> str:
    """A 構成比 cell: per cent with one decimal, rounded half up."""
    return str(half_up(Decimal(part * 100) / Decimal(whole), "0.1"))


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and a year per column
    where a header names none (col_years)."""

    col_years: dict | None = None

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


def article(head: str, text: str):
    """An article of the guideline: its bracketed heading, then 第ｎ条 and its text."""
    return [P(head, H2), P(text, hanging(0, 4))]


PREF = "萌黄県"
CITY = "萌黄市"

# ================================================================ document 1: export-promotion plan
PLAN = f"{PREF}農林水産物・食品輸出促進計画"
PLAN_DEPT = f"{PREF} 農林水産部 輸出戦略課"
KYOGIKAI = f"{PREF}農林水産物輸出促進協議会"
SECTORS = [  # 年度, 農林産物, 水産物, 加工食品 (百万円)
    (2020, 1820, 1460, 1935), (2021, 2045, 1512, 2210), (2022, 2310, 1388, 2486),
    (2023, 2460, 1603, 2731), (2024, 2735, 1690, 3057),
]
ITEMS = [  # 品目, 令和４年度, 令和５年度, 令和６年度 (百万円); the seven 重点品目, then その他
    ("りんご", 980, 1045, 1168), ("もも", 412, 436, 498), ("牛肉", 520, 574, 651),
    ("ぶり", 610, 702, 745), ("ほたて", 455, 498, 512), ("日本酒", 690, 782, 903),
    ("みそ・しょうゆ", 318, 352, 389), ("その他", 2199, 2405, 2616),
]
ITEM_YEARS = (2022, 2023, 2024)
DESTS = [  # 国・地域, 令和６年度実績, 令和９年度目標 (百万円)
    ("香港", 1640, 2300), ("台湾", 1385, 2000), ("米国", 1120, 1900), ("中国", 980, 1400),
    ("シンガポール", 745, 1200), ("タイ", 530, 900), ("ベトナム", 412, 800), ("その他", 670, 1500),
]
TARGET_OKU = 120  # 令和９年度の輸出額の目標（億円）
STRATEGIES = [  # 見出し, 重点品目, 主な取組, 連携先 (same labels in every sibling section)
    ("香港・台湾", "りんご、もも、日本酒", "現地の量販店での萌黄フェアの開催（年２回）",
     "株式会社もえぎ地域商社（香港駐在事務所）"),
    ("米国", "牛肉、日本酒、みそ・しょうゆ", "西海岸の日本食レストラン向け商談会の開催",
     "米国の日系食品卸売業者"),
    ("東南アジア", "りんご、ぶり、ほたて", "ハラール認証の取得支援と現地の見本市への出展",
     f"{PREF}シンガポール・ビジネスサポートデスク"),
]


def era_fy(y: int) -> str:
    return f"令和{fw(y - 2018)}年度"


def plan_specs():
    rows = [[era_fy(y), fw(a), fw(b), fw(c), fw(a + b + c)] for y, a, b, c in SECTORS]
    sectors = TableSpec(
        key="sectors", doc=PLAN_PDF, title="分野別の輸出額の推移",
        header=[["年度", "農林産物", "水産物", "加工食品", "計"]],
        rows=rows, col_widths=[34 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm], unit="百万円",
    )
    totals = [sum(r[k] for r in ITEMS) for k in (1, 2, 3)]
    irows = [[n, fw(a), fw(b), fw(c), share(c, totals[2])] for n, a, b, c in ITEMS]
    irows.append(["合計", fw(totals[0]), fw(totals[1]), fw(totals[2]), "100.0"])
    items = TableSpec(
        key="items", doc=PLAN_PDF, title="重点品目別の輸出額",
        header=[["品目", era_fy(2022), era_fy(2023), era_fy(2024), "構成比（％）"]],
        rows=irows, col_widths=[36 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
    )
    items.col_years = {4: 2024}  # 構成比 is of 令和６年度 (note ※３)
    items.unit = lambda row, c: "%" if c == 4 else "百万円"
    drows = [[n, fw(a), fw(t)] for n, a, t in DESTS]
    drows.append(["合計", fw(sum(r[1] for r in DESTS)), fw(sum(r[2] for r in DESTS))])
    dests = TableSpec(
        key="dests", doc=PLAN_PDF, title="輸出先国・地域別の目標",
        header=[["国・地域", "令和６年度実績", "令和９年度目標"]],
        rows=drows, col_widths=[40 * mm, 36 * mm, 36 * mm], unit="百万円", ruled=False,
    )
    return sectors, items, dests


def plan_story(specs):
    sectors, items, dests = specs
    y24 = SECTORS[-1]
    tot24, tot20 = sum(y24[1:]), sum(SECTORS[0][1:])
    st = [Spacer(1, 2 * mm), P(PLAN, TITLE), P("（令和７年度～令和９年度）", SUBTITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(PLAN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　計画の概要", H1)]
    st += lv_lines([
        ("計画の名称", PLAN),
        ("計画期間", "令和７年度から令和９年度までの３年間"),
        ("策定者", PREF),
        ("推進体制", f"{KYOGIKAI}（事務局：{PREF}農林水産部輸出戦略課）"),
        ("数値目標", f"令和９年度の輸出額 {TARGET_OKU}億円"),
    ], 0)
    st += paras("""
この計画において「輸出額」とは、県内で生産され、又は加工された農林水産物・食品を、県内の事業者が直接又は商社を通じて海外に販売した金額であって、本船渡し価格（ＦＯＢ価格）で集計した金額をいう。また、「重点品目」とは、海外での需要の伸びが見込まれ、県が特に力を入れて輸出を支援する７品目をいう。
""", 0)
    st += [P("２　輸出の現状", H1)]
    st += paras(f"""
令和６年度（2024年度）の県産農林水産物・食品の輸出額は{tot24:,}百万円で、令和２年度の約1.4倍となった。分野別では加工食品が最も多く、全体の４割余りを占める。水産物は、海外の需要の落ち込みにより一時減少したが、その後は回復している。
""", 0)
    st += [caption(sectors.title, "（単位：百万円）"), sectors.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 輸出額は、県が毎年度行う「輸出実績調査」による。",
        "※２ 「加工食品」には、日本酒等の酒類を含む。",
    ])
    st += paras("""
重点品目では、りんごが最も多い。日本酒は、米国とアジアの日本食レストランでの需要の高まりを受けて、この２年間で大きく伸びた。
""", 0)
    st += [caption(items.title, "（単位：百万円）"), items.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 構成比は、令和６年度の輸出額の合計に占める割合であり、小数点以下第２位を四捨五入しているため、合計が100.0にならない。",
    ])
    st += [P("３　計画の目標", H1)]
    st += paras(f"""
計画期間の最終年度である令和９年度に、輸出額を{TARGET_OKU}億円とすることを目指す。輸出先国・地域別の目標は次のとおりとし、米国と東南アジアへの輸出を特に伸ばす。
""", 0)
    st += [caption(dests.title, "（単位：百万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、韓国、マレーシア、欧州連合（ＥＵ）等である。"])
    st += [P("４　輸出先ごとの取組", H1)]
    st += paras("主な輸出先ごとに、重点品目と取組を次のとおり定める。", 0)
    for i, (head, what, how, partner) in enumerate(STRATEGIES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("重点品目", what), ("主な取組", how), ("連携先", partner)], 1)
    st += [P("５　推進体制と進行管理", H1)]
    st += paras(f"計画は{KYOGIKAI}が中心となって推進し、次の手順で毎年度の進行を管理する。", 0)
    st += numbered([
        "① 毎年度６月までに、前年度の輸出実績を調査し、取りまとめる。",
        "② 毎年度７月に開く協議会の総会で、目標の達成状況を評価する。",
        "③ 評価の結果を、県のホームページで公表する。",
        "④ 達成状況が低い輸出先については、翌年度の取組を見直す。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{PLAN_DEPT} 輸出企画班　電話：099-137-2310　ファクス：099-137-2319",
        f"{KYOGIKAI} 事務局　電話：099-137-2330",
        "電子メール：yushutsu@pref.moegi.example.jp",
    ]))
    return st


# ================================================================ document 2: airline route grant guideline
AIRPORT = "萌黄空港"
GRANT = f"{AIRPORT}国際線就航促進補助金"
YOKO = f"{GRANT}交付要綱"
YOKO_DEPT = f"{PREF} 交通政策部 空港振興課"
COSTS = [  # 経費区分, 補助率（％） 就航１年目, ２年目, ３年目, 年間上限額（万円）
    ("着陸料", 100, 75, 50, 2400), ("停留料", 100, 75, 50, 150), ("ターミナルビル使用料", 50, 50, 30, 900),
    ("グランドハンドリング経費", 50, 30, 20, 1200), ("広告宣伝費", 50, 50, 50, 1000),
    ("旅行商品造成費", 50, 50, 30, 500),
]
ADDONS = [  # 方面, １往復当たりの加算額（万円）, 年間の加算上限額（万円）
    ("東アジア", 5, 300), ("東南アジア", 10, 600), ("南アジア・中東", 15, 900), ("欧米・オセアニア", 25, 1500),
]
GRANT_CAP = 4000  # １路線１年度当たりの上限（万円）
KINDS = [  # 見出し, 対象路線, 最低運航便数, 補助期間 (same labels in every sibling section)
    ("新規就航", f"{AIRPORT}と海外の空港とを結ぶ旅客定期路線の新設", "週２便以上", "最長３年"),
    ("増便", "既に運航されている国際線の旅客定期路線", "増便後に週４便以上", "最長２年"),
    ("運航再開", "運休の期間が６か月以上２年未満の国際線の旅客定期路線", "週２便以上", "最長１年"),
]
PASSENGERS = (184, 132)  # 国際線旅客数（千人）: 令和元年度, 令和６年度
TARGET_PAX = 25  # 令和９年度の国際線旅客数の目標（万人）


def yoko_specs():
    costs = TableSpec(
        key="costs", doc=YOKO_PDF, title="補助対象経費ごとの補助率及び年間上限額",
        header=[["経費区分", "補助率（％）", "", "", "年間上限額\n（万円）"],
                ["", "就航１年目", "就航２年目", "就航３年目", ""]],
        rows=[[n, fw(a), fw(b), fw(c), fw(cap)] for n, a, b, c, cap in COSTS],
        col_widths=[52 * mm, 24 * mm, 24 * mm, 24 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (4, 1))], table_fy=2025,
    )
    costs.unit = lambda row, c, s=costs: bracket_unit(s.header_parts(c)[0])
    addons = TableSpec(
        key="addons", doc=YOKO_PDF, title="就航先の方面別の加算額",
        header=[["方面", "１往復当たりの\n加算額（万円）", "年間の加算\n上限額（万円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in ADDONS],
        col_widths=[48 * mm, 36 * mm, 36 * mm], table_fy=2025,
    )
    addons.unit = lambda row, c, s=addons: bracket_unit(s.column_label(c))
    return costs, addons


def yoko_story(specs):
    costs, addons = specs
    st = [Spacer(1, 2 * mm), P(YOKO, TITLE), Spacer(1, 1 * mm),
          P("令和５年３月28日制定", DATE_RIGHT), P("令和７年３月25日改正", DATE_RIGHT), Spacer(1, 3 * mm)]
    st += article("（趣旨）", f"第１条　この要綱は、{AIRPORT}の国際線の新規就航、増便及び運航再開を促進し、"
                  f"{AIRPORT}の国際線旅客数を令和９年度（2027年度）に年間{TARGET_PAX}万人とする県の目標の達成に資するため、"
                  "航空会社に対し予算の範囲内で交付する補助金に関し、萌黄県補助金等交付規則に定めるもののほか、"
                  "必要な事項を定めるものとする。")
    st += [P("（定義）", H2), P("第２条　この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
                                hanging(0, 4))]
    st += [P(t, hanging(1, 2)) for t in (
        "(1)　「航空会社」とは、航空法に基づく本邦航空運送事業者及び外国人国際航空運送事業者をいう。",
        f"(2)　「新規就航」とは、{AIRPORT}と海外の空港とを結ぶ路線であって、申請の日前２年間に定期便が"
        "運航されていなかったものに、定期便を開設することをいう。",
        "(3)　「増便」とは、既に運航されている国際線の定期便の便数を、週当たり２便以上増やすことをいう。",
        "(4)　「就航１年目」とは、新規就航、増便又は運航再開の日から起算して１年を経過する日までの期間をいい、"
        "以下順に「就航２年目」及び「就航３年目」という。",
    )]
    st += article("（補助対象者）", "第３条　補助金の交付の対象となる者は、萌黄空港に国際線の定期便を新規就航し、"
                  "増便し、又は運航を再開する航空会社とする。申請区分ごとの要件は、別記のとおりとする。")
    st += article("（補助対象経費、補助率及び上限額）",
                  "第４条　補助対象経費、補助率及び年間上限額は、別表第１のとおりとする。")
    st += [P(f"２　補助金の額は、１路線１年度当たり{GRANT_CAP:,}万円を上限とし、千円未満の端数は切り捨てる。",
             hanging(0, 4))]
    st += article("（方面別の加算）", "第５条　知事は、就航先の方面に応じ、別表第２に定める額を前条の補助金の額に"
                  "加算することができる。この場合において、前条第２項の上限は適用しない。")
    st += article("（交付申請）", "第６条　補助金の交付を受けようとする航空会社は、就航予定日の60日前までに、"
                  "交付申請書に次に掲げる書類を添えて、知事に提出しなければならない。")
    st += numbered([
        "① 運航計画書（便数、使用機材及び座席数を記載したもの）",
        "② 補助対象経費の収支予算書",
        "③ 旅客誘致計画書（広告宣伝及び旅行商品造成の内容を記載したもの）",
        "④ 会社の概要が分かる書類",
    ], 1)
    st += article("（実績報告）", "第７条　補助金の交付の決定を受けた航空会社は、就航１年目から就航３年目までの"
                  "各年次の終了した日から30日以内に、運航実績及び経費の支出を記載した実績報告書を知事に提出しなければならない。")
    st += article("（補助金の返還）", "第８条　知事は、補助対象路線が就航の日から１年以内に運休したときは、"
                  "交付した補助金の全額を返還させる。１年を超え２年以内に運休したときは、交付した補助金の"
                  "２分の１を返還させる。")
    st += [P("附　則", H2), P("この要綱は、令和５年４月１日から施行する。", hanging(0, 1)),
           P("附　則（令和７年３月25日改正）", H2),
           P("この要綱は、令和７年４月１日から施行し、令和７年度以後の補助金について適用する。", hanging(0, 1))]
    st += [P("別記　申請区分ごとの要件", H1)]
    for i, (head, route, flights, period) in enumerate(KINDS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象路線", route), ("最低運航便数", flights), ("補助期間", period)], 1)
    st += [P("別表第１（第４条関係）", H1)]
    st += [caption(costs.title, "（１路線当たり）"), costs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 着陸料、停留料及びターミナルビル使用料は、萌黄県空港条例等に定める額（減免後の額）とする。",
        "※２ 増便の場合は、増便した便に係る経費に限る。",
        "※３ 補助期間が別記の期間を超える年次の経費は、補助の対象としない。",
    ])
    st += [P("別表第２（第５条関係）", H1)]
    st += [caption(addons.title, "（旅客便に限る）"), addons.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「東アジア」は韓国、中国、台湾及び香港を、「東南アジア」はＡＳＥＡＮ加盟国をいう。"])
    st += [P("（参考）制度の概要と空港の状況", H1)]
    st += lv_lines([
        ("補助事業名", GRANT),
        ("予算額", "１億2,000万円（令和７年度）"),
        ("申請期限", "就航予定日の60日前まで"),
        ("運航中の国際線", "３路線・週14便（ソウル、台北、上海。令和７年３月末現在）"),
    ], 0)
    pre, now = PASSENGERS
    st += paras(f"""
令和６年度（2024年度）の{AIRPORT}の国際線旅客数は{now // 10}万{now % 10},000人であり、感染症の影響を受ける前の令和元年度（{pre // 10}万{pre % 10},000人）の約７割にとどまっている。
""", 0)
    st += [P("Ｑ１　チャーター便を運航する場合も補助の対象になりますか。", hanging(0, 2)),
           P("Ａ　対象になりません。定期便に限ります。", hanging(0, 2)),
           P("Ｑ２　共同運航（コードシェア）便の場合、誰が申請するのですか。", hanging(0, 2)),
           P("Ａ　実際に機材を運航する航空会社が申請してください。", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YOKO_DEPT} 航空路線班　電話：099-137-3410　ファクス：099-137-3419",
        "電子メール：kouro@pref.moegi.example.jp",
        f"{AIRPORT}ビル株式会社 営業部（ターミナルビル使用料）　電話：099-137-3600",
        "電子メール：eigyo@moegi-airport.example.jp",
    ]))
    return st


# ================================================================ document 3: regional trading company's annual report
SHOSHA = "株式会社もえぎ地域商社"
SALES = [  # 区分, 第４期, 第５期 (万円); a None label marks the group's 小計
    ("青果物", 18420, 23560), ("水産物", 12880, 14210), ("加工食品", 16240, 21930), ("酒類", 9150, 12480),
    ("輸出事業小計", None, None),
    ("量販店・百貨店", 24310, 26120), ("通信販売", 11760, 13840), ("業務用（飲食店等）", 12680, 12490),
    ("国内事業小計", None, None),
]
SUBTOTALS = ("輸出事業小計", "国内事業小計")
COUNTRIES = [  # 国・地域, 取引先数（社）, 出荷件数（件）, 輸出売上高（万円）(第５期)
    ("香港", 14, 186, 18940), ("台湾", 11, 142, 15320), ("シンガポール", 9, 97, 9860), ("米国", 6, 58, 8450),
    ("タイ", 7, 64, 6270), ("ベトナム", 5, 41, 3980), ("マレーシア", 4, 33, 2760), ("オーストラリア", 3, 22, 2310),
    ("英国", 2, 14, 1690), ("その他", 6, 25, 2600),
]
PROFIT = (2140, 2380)  # 営業利益, 経常利益（万円）
GROSS = 21860  # 売上総利益（万円）
NET = 1650  # 当期純利益（万円）
SUPPLIERS = (103, 128)  # 取引事業者数: 前期末, 当期末
ACTIVITIES = [  # 見出し, 実施期間, 主な品目, 参加事業者数, 成果 (same labels in every sibling section)
    ("香港常設販売コーナー", "通年（香港市内の日系スーパー２店舗）", "りんご、日本酒、菓子", "32社", "販売額 2,850万円"),
    ("シンガポール商談会", "令和６年11月12日から14日まで", "水産加工品、調味料", "15社", "商談84件、成約19件"),
    ("米国向け越境ＥＣ", "令和６年７月から", "みそ・しょうゆ、緑茶", "21社", "受注1,240件"),
]


def sales_rows():
    """The printed rows of the sales table: each group's items, its 小計, then the 合計."""
    rows, group = [], []
    for name, a, b in SALES:
        if a is None:
            rows.append([name, fw(sum(g[1] for g in group)), fw(sum(g[2] for g in group))])
            group = []
        else:
            rows.append([name, fw(a), fw(b)])
            group.append((name, a, b))
    items = [s for s in SALES if s[1] is not None]
    rows.append(["合計", fw(sum(s[1] for s in items)), fw(sum(s[2] for s in items))])
    return rows


def shosha_specs():
    sales = TableSpec(
        key="sales", doc=SHOSHA_PDF, title="部門別の売上高",
        header=[["区分", "第４期\n（令和５年度）", "第５期\n（令和６年度）"]],
        rows=sales_rows(), col_widths=[48 * mm, 36 * mm, 36 * mm], unit="万円",
        bold_rows=SUBTOTALS + ("合計",),
    )
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in COUNTRIES]
    rows.append(["合計"] + [fw(sum(r[k] for r in COUNTRIES)) for k in (1, 2, 3)])
    countries = TableSpec(
        key="countries", doc=SHOSHA_PDF, title="国・地域別の輸出取引",
        header=[["国・地域", "取引先数（社）", "出荷件数（件）", "輸出売上高（万円）"]],
        rows=rows, col_widths=[38 * mm, 32 * mm, 32 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    return sales, countries


def oku_man(n: int) -> str:
    """A 万円 amount as printed in prose: 124630 -> 12億4,630万円."""
    oku, man = divmod(n, 10000)
    return f"{oku}億{man:,}万円" if man else f"{oku}億円"


def shosha_story(specs):
    sales, countries = specs
    items = [s for s in SALES if s[1] is not None]
    t4, t5 = sum(s[1] for s in items), sum(s[2] for s in items)
    growth = half_up(Decimal((t5 - t4) * 100) / Decimal(t4), "0.1")
    st = [Spacer(1, 2 * mm), P("第５期", SUBTITLE), P(f"{SHOSHA} 事業報告書", TITLE),
          P("（令和６年４月１日から令和７年３月31日まで）", SUBTITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(SHOSHA, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　会社の概要", H1)]
    st += lv_lines([
        ("商号", SHOSHA),
        ("設立", "令和２年（2020年）４月１日"),
        ("資本金", "１億2,000万円"),
        ("出資者", f"{PREF}（4,000万円）、株式会社萌黄銀行、{PREF}商工会連合会及び県内の事業者21社"),
        ("従業員数", "22人（うち香港駐在事務所２人）"),
        ("所在地", f"{CITY}港町一丁目３番８号 萌黄県産業会館５階"),
        ("事業内容", "県産品の輸出、県外への販売及び県内事業者の商品開発の支援"),
    ], 0)
    st += paras("""
この報告書において「県産品」とは、県内で生産され、又は県内の事業者が県産の原材料を主に用いて加工した産品をいう。また、「輸出売上高」とは、当社が海外の取引先に直接販売した売上高をいい、国内の商社等を経由したものを含まない。
""", 0)
    st += [P("２　事業の概況", H1)]
    st += paras(f"""
第５期の売上高は{oku_man(t5)}で、前期に比べ{growth}％増加した。輸出事業が売上高の過半を占め、特に加工食品と酒類が伸びた。営業利益は{PROFIT[0]:,}万円、経常利益は{PROFIT[1]:,}万円となり、３期連続で黒字を確保した。当期末の取引事業者数は{SUPPLIERS[1]}社で、前期末より{SUPPLIERS[1] - SUPPLIERS[0]}社増えた。
""", 0)
    st += [caption(sales.title, "（単位：万円）"), sales.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 売上高には、消費税等を含まない。",
        "※２ 「業務用」は、県外の飲食店及びホテルへの販売である。",
    ])
    st += paras("""
国内事業では、首都圏の百貨店での催事と自社の通信販売サイトの刷新により、量販店・百貨店と通信販売がともに前期を上回った。
""", 0)
    st += [P("３　損益の状況", H1)]
    st += paras("""
当期の損益の状況は次のとおりである。売上の増加により売上総利益が増え、物流費の上昇を吸収した。
""", 0)
    st += lv_lines([
        ("売上高", f"{t5:,}万円"),
        ("売上総利益", f"{GROSS:,}万円"),
        ("販売費及び一般管理費", f"{GROSS - PROFIT[0]:,}万円"),
        ("営業利益", f"{PROFIT[0]:,}万円"),
        ("経常利益", f"{PROFIT[1]:,}万円（県の補助金収入を含む。）"),
        ("当期純利益", f"{NET:,}万円"),
    ], 0)
    st += [P("４　主な取組", H1)]
    st += paras("当期は、次の三つの取組により、県内事業者の海外での販路を広げた。", 0)
    for i, (head, when, goods, n, result) in enumerate(ACTIVITIES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施期間", when), ("主な品目", goods), ("参加事業者数", n), ("成果", result)], 1)
    st += [P("５　国・地域別の輸出", H1)]
    st += paras("""
輸出売上高は香港が最も多く、台湾、シンガポールが続いた。米国向けは、越境ＥＣの開始により前期の約２倍となった。
""", 0)
    st += [caption(countries.title, "（第５期）", keep=False), countries.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 取引先数は、当期に１回以上取引のあった海外の輸入業者、小売業者等の数である。",
        "※４ 国・地域は、出荷先の所在地による。「その他」は、カナダ、韓国、アラブ首長国連邦等である。",
    ])
    st += [P("６　第６期（令和７年度）の計画", H1)]
    st += numbered([
        "① 売上高14億円を目指し、輸出事業の売上高を８億5,000万円に伸ばす。",
        "② ベトナムのホーチミン市に、現地の協力企業と共同で販売拠点を設ける。",
        "③ 取引事業者を150社に増やし、小規模な生産者の商品を輸出向けに磨き上げる。",
        "④ 県の輸出促進計画に沿って、香港・台湾での萌黄フェアを県と共同で開催する。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHOSHA} 営業企画部　電話：099-137-5100　ファクス：099-137-5109",
        "電子メール：info@moegi-shosha.example.jp",
        f"{PREF} 商工労働部 県産品振興課（出資者としての所管）　電話：099-137-2240",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return plan_specs() + yoko_specs() + shosha_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    pspecs, yspecs, sspecs = plan_specs(), yoko_specs(), shosha_specs()
    pdoc = build_pdf(docs_dir / PLAN_PDF, pspecs, plan_story(pspecs),
                     f"{PLAN}（令和７年度～令和９年度）", "令和７年３月", PLAN_DEPT)
    ydoc = build_pdf(docs_dir / YOKO_PDF, yspecs, yoko_story(yspecs),
                     YOKO, "令和７年３月25日改正", YOKO_DEPT)
    sdoc = build_pdf(docs_dir / SHOSHA_PDF, sspecs, shosha_story(sspecs),
                     f"{SHOSHA} 第５期 事業報告書", "令和７年６月", SHOSHA)
    gold = all_gold({PLAN_PDF: pdoc.row_pages, YOKO_PDF: ydoc.row_pages, SHOSHA_PDF: sdoc.row_pages})
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
    # --- plan: the export-promotion plan, tables (a) (b) (c), a definition, sibling sections, steps
    dict(question="2022年度、魚介類などの水産物は海外にどれだけ輸出されましたか？",
         category="plan", doc=PLAN_PDF, evidence=["令和４年度 2,310 1,388 2,486 6,184"], answer=["1,388"],
         notes="(a) years as rows: 2022年度 = 令和４年度 (printed only as 令和); column 水産物; 2,310 (農林産物) and "
               "2,486 (加工食品) are the traps"),
    dict(question="加工食品の輸出額は、2020年度から2024年度にかけて何倍になりましたか？小数第１位まで教えてください。",
         category="plan", doc=PLAN_PDF,
         evidence=["令和２年度 1,820 1,460 1,935 5,215", "令和６年度 2,735 1,690 3,057 7,482"],
         answer=["1.6倍"], computed=True,
         notes="(a) ratio down the 加工食品 column: 3,057 / 1,935 = 1.58; 2020年度 = 令和２年度; the prose's 「約1.4倍」 "
               "is the growth of the 計 column, a near miss"),
    dict(question="水産物の輸出額が前の年度より減ったのは、どの年度ですか？",
         category="plan", doc=PLAN_PDF,
         evidence=["令和３年度 2,045 1,512 2,210 5,767", "令和４年度 2,310 1,388 2,486 6,184"],
         answer=["令和４年度"],
         notes="(a) the only drop in the 水産物 column (1,512 -> 1,388, i.e. 2022年度); the prose says only 「一時減少した」"),
    dict(question="令和５年度の日本酒の輸出額はいくらでしたか？",
         category="plan", doc=PLAN_PDF, evidence=["日本酒 690 782 903 12.1"], answer=["782"],
         notes="(b) years as columns: column 令和５年度; 903 (令和６年度) and 690 (令和４年度) are the traps"),
    dict(question="2024年度の輸出額全体のうち、りんごはどのくらいの割合を占めていましたか？",
         category="plan", doc=PLAN_PDF, evidence=["りんご 980 1,045 1,168 15.6"], answer=["15.6"],
         notes="(b) the 構成比（％） column (of 令和６年度 = 2024年度, note ※３); 1,168 is the amount"),
    dict(question="令和４年度から令和６年度までの２年間で、輸出額の伸び率が最も大きかった重点品目はどれですか？",
         category="plan", doc=PLAN_PDF, evidence=["日本酒 690 782 903 12.1"], answer=["日本酒"],
         notes="(b) growth 令和４年度 -> 令和６年度 per row: 日本酒 +30.9 % (903 / 690), then 牛肉 +25.2 %; その他 is no "
               "重点品目; りんご is the largest in amount, not in growth"),
    dict(question="2027年度に、アメリカ向けの輸出はいくらを目指していますか？",
         category="plan", doc=PLAN_PDF, evidence=["米国 1,120 1,900"], answer=["1,900"],
         notes="(c) unruled table; 2027年度 = 令和９年度 (column 令和９年度目標, printed only as 令和); アメリカ = 米国; "
               "1,120 is the 令和６年度実績"),
    dict(question="台湾向けの輸出を目標まで伸ばすには、令和６年度の実績からあと何百万円増やす必要がありますか？",
         category="plan", doc=PLAN_PDF, evidence=["台湾 1,385 2,000"], answer=["615"], computed=True,
         notes="(c) difference across the row: 2,000 − 1,385 = 615 (百万円)"),
    dict(question="この計画の輸出額は、どの価格ベースで集計されていますか？",
         category="plan", doc=PLAN_PDF, evidence=["本船渡し価格（ＦＯＢ価格）で集計した金額"], answer=["本船渡し価格"],
         notes="definition 「輸出額」とは…本船渡し価格（ＦＯＢ価格）で集計した金額をいう (FOB is the same answer)"),
    dict(question="シンガポールやタイへの売り込みでは、県はどこと組んで進める予定ですか？",
         category="plan", doc=PLAN_PDF, evidence=["連携先：萌黄県シンガポール・ビジネスサポートデスク"],
         answer=["シンガポール・ビジネスサポートデスク"],
         notes="sibling sections （１）–（３） of ４ share the labels 重点品目, 主な取組, 連携先; （３）東南アジア; the trading "
               "company (（１）) and 米国の日系食品卸売業者 (（２）) are the siblings' values"),
    dict(question="輸出目標の達成状況は、毎年いつ評価されるのですか？",
         category="plan", doc=PLAN_PDF, evidence=["毎年度７月に開く協議会の総会で"], answer=["７月"],
         notes="procedure step ② (協議会の総会); ６月 (step ①, the survey of the year's exports) is the near miss"),
    # --- yoko: the airline grant guideline, tables (d) (e), a definition, sibling sections, articles, Q&A
    dict(question="就航して2年目の路線の着陸料は、何％まで補助されますか？",
         category="yoko", doc=YOKO_PDF, evidence=["着陸料 100 75 50 2,400"], answer=["75"],
         notes="(d) two-level header: leaf 補助率（％）／就航２年目 (asked half-width); 100 (１年目) and 50 (３年目) are the traps"),
    dict(question="空港ビルの利用料について、1年間に補助してもらえる上限はいくらですか？",
         category="yoko", doc=YOKO_PDF, evidence=["ターミナルビル使用料 50 50 30 900"], answer=["900"],
         notes="(d) column 年間上限額（万円） spanning both header rows; 空港ビルの利用料 = ターミナルビル使用料"),
    dict(question="就航3年目の停留料が年間120万円だった場合、補助額はいくらになりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["停留料 100 75 50 150"], answer=["60万円"], computed=True,
         notes="(d) 120万円 × 50 % (leaf 補助率（％）／就航３年目) = 60万円, below the 年間上限額 150万円"),
    dict(question="ロンドンとの間に新しく定期便を飛ばす場合、1往復ごとに上乗せされる額はいくらですか？",
         category="yoko", doc=YOKO_PDF, evidence=["欧米・オセアニア 25 1,500"], answer=["25"],
         notes="(e) ロンドン falls under 欧米・オセアニア; column １往復当たりの加算額（万円）; 1,500 is the yearly cap"),
    dict(question="３年間運休していた路線をまた飛ばす場合、新規就航と運航再開のどちらの扱いになりますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["「新規就航」とは、萌黄空港と海外の空港とを結ぶ路線", "申請の日前２年間に定期便が運航されていなかった"],
         answer=["新規就航"],
         notes="two facts: definition 「新規就航」 (no scheduled flight in the two years before) and 別記 （３）運航再開 "
               "(運休 six months to under two years): three years -> 新規就航"),
    dict(question="既にある路線の便数を増やす場合、補助は最長で何年受けられますか？",
         category="yoko", doc=YOKO_PDF, evidence=["（２）増便", "補助期間：最長２年"], answer=["最長２年"],
         notes="sibling sections （１）–（３） of 別記 share the labels 対象路線, 最低運航便数, 補助期間; （２）増便; 最長３年 "
               "and 最長１年 are the siblings' values"),
    dict(question="補助を受けた航空会社は、各年の運航実績をいつまでに県へ報告しなければなりませんか？",
         category="yoko", doc=YOKO_PDF, evidence=["各年次の終了した日から30日以内"], answer=["30日以内"],
         notes="第７条 (実績報告); the 60日前 of 第６条 (the application) is the near miss"),
    dict(question="不定期のチャーター便でも、この補助金はもらえますか？",
         category="yoko", doc=YOKO_PDF, evidence=["Ａ 対象になりません。定期便に限ります。"], answer=["対象になりません"],
         notes="Q&A: Ａ of Ｑ１ (scheduled flights only)"),
    dict(question="就航して半年で運休してしまった場合、受け取った補助金はどうなりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["交付した補助金の全額を返還させる"], answer=["全額"],
         notes="第８条: within a year of the first flight the whole grant is returned; ２分の１ (one to two years) is the "
               "near miss"),
    # --- shosha: the trading company's report, tables (f) (g), a definition, a label-value line, sibling sections
    dict(question="2024年度に、この会社が海外向けに売り上げた額は、部門を合わせていくらでしたか？",
         category="shosha", doc=SHOSHA_PDF, evidence=["輸出事業小計 56,690 72,180"], answer=["72,180"],
         notes="(f) the 小計 row 輸出事業小計, column 第５期（令和６年度） (2024年度 is printed nowhere); 124,630 (合計) "
               "is the trap; equals (g)'s 合計"),
    dict(question="令和５年度、ネット通販の売上はいくらでしたか？",
         category="shosha", doc=SHOSHA_PDF, evidence=["通信販売 11,760 13,840"], answer=["11,760"],
         notes="(f) ネット通販 = 通信販売; column 第４期（令和５年度）; 13,840 (第５期) is the trap"),
    dict(question="国内向けの売上は、前の期と比べて何％増えましたか？",
         category="shosha", doc=SHOSHA_PDF, evidence=["国内事業小計 48,750 52,450"], answer=["7.6%"], computed=True,
         notes="(f) the 小計 row 国内事業小計: (52,450 − 48,750) / 48,750 = 7.6 %; the company's 18.2 % is the near miss"),
    dict(question="前の期より売上が減ってしまったのは、どの販売区分ですか？",
         category="shosha", doc=SHOSHA_PDF, evidence=["業務用（飲食店等） 12,680 12,490"], answer=["業務用"],
         notes="(f) the only row whose 第５期 is below its 第４期 (12,680 -> 12,490)"),
    dict(question="令和６年度に、イギリス向けの輸出でいくら売り上げましたか？",
         category="shosha", doc=SHOSHA_PDF, evidence=["英国 ２ 14 1,690"], answer=["1,690"],
         notes="(g) continuation page (page 3, no header there); イギリス = 英国; column 輸出売上高（万円）; 第５期 = "
               "令和６年度"),
    dict(question="輸出売上高のうち、香港向けは何％を占めていますか？",
         category="shosha", doc=SHOSHA_PDF, evidence=["香港 14 186 18,940", "合計 67 682 72,180"], answer=["26.2%"],
         computed=True, notes="(g) share in the 輸出売上高（万円） column: 18,940 / 72,180 = 26.2 %"),
    dict(question="この商社に、県はいくら出資していますか？",
         category="shosha", doc=SHOSHA_PDF, evidence=["出資者：萌黄県（4,000万円）"], answer=["4,000万円"],
         notes="「label：value」 line 出資者; the 資本金 １億2,000万円 is the near miss"),
    dict(question="国内の別の商社を通して海外に売った分も、輸出売上高に入っていますか？",
         category="shosha", doc=SHOSHA_PDF, evidence=["国内の商社等を経由したものを含まない"], answer=["含まない"],
         notes="definition 「輸出売上高」とは…国内の商社等を経由したものを含まない"),
    dict(question="シンガポールで開いた商談会には、県内の事業者が何社参加しましたか？",
         category="shosha", doc=SHOSHA_PDF, evidence=["（２）シンガポール商談会", "参加事業者数：15社"], answer=["15社"],
         notes="sibling sections （１）–（３） of ４ share the labels 実施期間, 主な品目, 参加事業者数, 成果; （２）; 32社 and "
               "21社 are the siblings' values"),
    # --- followups
    dict(question="そのうち加工食品はいくらですか？",
         category="followup", doc=PLAN_PDF, evidence=["令和３年度 2,045 1,512 2,210 5,767"], answer=["2,210"],
         history=_turns("2021年度の県産農林水産物・食品の輸出額は、全体でいくらでしたか？",
                        "2021年度（令和３年度）は5,767百万円でした[1]。"),
         notes="(a) the year from the history (2021年度 = 令和３年度), column 加工食品"),
    dict(question="それは輸出全体の何％にあたりますか？",
         category="followup", doc=PLAN_PDF, evidence=["みそ・しょうゆ 318 352 389 5.2"], answer=["5.2"],
         history=_turns("みそやしょうゆの輸出額は、令和６年度にどのくらいありましたか？",
                        "令和６年度のみそ・しょうゆの輸出額は389百万円でした[1]。"),
         notes="(b) the row from the history, column 構成比（％）"),
    dict(question="その経費の年間の上限額はいくらですか？",
         category="followup", doc=YOKO_PDF, evidence=["グランドハンドリング経費 50 30 20 1,200"], answer=["1,200"],
         history=_turns("グランドハンドリングの費用も補助の対象になりますか？",
                        "対象になります。就航１年目の補助率は50％です[1]。"),
         notes="(d) the row from the history, column 年間上限額（万円）"),
    dict(question="そこへの出荷は何件ありましたか？",
         category="followup", doc=SHOSHA_PDF, evidence=["台湾 11 142 15,320"], answer=["142"],
         history=_turns("もえぎ地域商社の台湾向けの輸出売上高は、第５期にいくらでしたか？",
                        "第５期の台湾向けの輸出売上高は15,320万円でした[1]。"),
         notes="(g) the row from the history (台湾), column 出荷件数（件）; 11 is the 取引先数"),
    dict(question="そこのメールアドレスを教えてください。",
         category="followup", doc=YOKO_PDF, evidence=["電子メール：kouro@pref.moegi.example.jp"],
         answer=["kouro@pref.moegi.example.jp"],
         history=_turns("国際線の就航促進補助金について、県の担当はどこですか？",
                        "萌黄県 交通政策部 空港振興課 航空路線班です[1]。"),
         notes="contact box: the 航空路線班's address; the 空港ビル's eigyo@… in the same box is the near miss"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="2024年度の県産いちごの輸出額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) has seven 重点品目 and その他; いちご is not one of them",
         absent=["いちご", "イチゴ", "苺"]),
    dict(question="りんごの輸出額は、計画の最終年度にいくらを目標にしていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the plan sets targets for the total and by destination ((c)), none by item",
         absent=["品目別の目標", "品目ごとの目標", "品目別目標"]),
    dict(question="この補助金は、これまでに何社の航空会社に交付されましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives rates, caps and rules, no grants made so far (only the routes now flown)",
         absent=["交付実績", "交付件数", "交付先"]),
    dict(question="萌黄空港の着陸料は、１回の着陸でいくらかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the share of the landing fee it pays (d), not the fee itself (note ※１ refers to "
               "the 空港条例)",
         absent=["トン当たり", "着陸料の額", "１回当たり"]),
    dict(question="もえぎ地域商社は、第５期に出資者へ配当を出しましたか？いくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the shareholders and the profit (当期純利益 1,650万円) but no dividend",
         absent=["配当", "剰余金の処分"]),
    dict(question="もえぎ地域商社には、外国籍の社員が何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives 従業員数 22人 (うち香港駐在事務所２人) only, no nationality",
         absent=["外国籍", "外国人社員", "外国人従業員"]),
]
CATEGORY_COUNTS = {"plan": 11, "yoko": 9, "shosha": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h13q", "h13t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("分野別の輸出額の推移", "重点品目別の輸出額", "輸出先国・地域別の目標",
                       "補助対象経費ごとの補助率及び年間上限額", "就航先の方面別の加算額", "部門別の売上高",
                       "国・地域別の輸出取引")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h13q02": lambda g: f"{half_up(Decimal(g(A, '令和６年度', '加工食品', 2024)) / Decimal(g(A, '令和２年度', '加工食品', 2020)), '0.1')}倍",
    "h13q08": lambda g: f"{g(C, '台湾', '令和９年度目標', 2027) - g(C, '台湾', '令和６年度実績', 2024)}",
    "h13q14": lambda g: f"{120 * g(D, '停留料', '補助率（％）／就航３年目', 2025) // 100}万円"
                        if 120 * g(D, '停留料', '補助率（％）／就航３年目', 2025) // 100 <= g(D, '停留料', '年間上限額（万円）', 2025)
                        else "over the cap",
    "h13q23": lambda g: _pct(g(F, "国内事業小計", "第５期（令和６年度）", 2024) - g(F, "国内事業小計", "第４期（令和５年度）", 2023),
                             g(F, "国内事業小計", "第４期（令和５年度）", 2023)),
    "h13q26": lambda g: _pct(g(G, "香港", "輸出売上高（万円）", 2024), g(G, "合計", "輸出売上高（万円）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {PLAN_PDF: (2, 3), YOKO_PDF: (2, 3), SHOSHA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("香港", "ベトナム")  # rows of (g) expected before the page break
CONTINUED_ROWS = ("マレーシア", "英国", "合計")  # and after it


def check_files(out: Path) -> list[str]:
    """Every check of the set on the files under `out`; the problems found (empty when fine)."""
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout13.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout13.py")
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
            errors.append(f"{g['id']}: every cell of this set should be numeric with a unit")
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
    # (a): 計 = the three sectors
    a = t[A]
    for row, r in a.items():
        if r["計"] != r["農林産物"] + r["水産物"] + r["加工食品"]:
            errors.append(f"{A} / {row}: 計 is not the sum of the sectors")
    # (b): 合計 adds up in each year; each year's 合計 equals (a)'s 計; 構成比 recomputes
    b = t[B]
    for y in ITEM_YEARS:
        col = f"令和{fw(y - 2018)}年度"
        if b["合計"][col] != sum(r[col] for row, r in b.items() if row != "合計"):
            errors.append(f"{B}: 合計 of {col} does not add up")
        if b["合計"][col] != a[col]["計"]:
            errors.append(f"{B}: 合計 of {col} differs from {A}")
    for row, r in b.items():
        if row != "合計" and str(r["構成比（％）"]) != share(r["令和６年度"], b["合計"]["令和６年度"]):
            errors.append(f"{B} / {row}: 構成比 does not recompute")
    shares = sum(Decimal(str(r["構成比（％）"])) for row, r in b.items() if row != "合計")
    if shares == Decimal("100.0") or abs(shares - 100) > Decimal("0.3"):
        errors.append(f"{B}: the shares add up to {shares}, but note ※３ says they miss 100.0 by rounding")
    # (c): 合計 adds up; 実績 equals (a)'s 令和６年度; 目標 equals the prose's 120億円
    c = t[C]
    for col in ("令和６年度実績", "令和９年度目標"):
        if c["合計"][col] != sum(r[col] for row, r in c.items() if row != "合計"):
            errors.append(f"{C}: 合計 of {col} does not add up")
    if c["合計"]["令和６年度実績"] != a["令和６年度"]["計"]:
        errors.append(f"{C}: 合計 of 令和６年度実績 differs from {A}")
    if c["合計"]["令和９年度目標"] != TARGET_OKU * 100:
        errors.append(f"{C}: 合計 of 令和９年度目標 is not {TARGET_OKU}億円")
    # (d): the rates fall (or stay) from year 1 to year 3 and never pass 100 %
    d = t[D]
    leaves = [f"補助率（％）／就航{fw(k)}年目" for k in (1, 2, 3)]
    for row, r in d.items():
        rates = [r[x] for x in leaves]
        if rates != sorted(rates, reverse=True) or rates[0] > 100:
            errors.append(f"{D} / {row}: rates should not rise with the year of operation")
    # (e): each yearly cap is 60 round trips
    for row, r in t[E].items():
        if r["年間の加算上限額（万円）"] != 60 * r["１往復当たりの加算額（万円）"]:
            errors.append(f"{E} / {row}: the cap is not 60 round trips")
    # (f): each 小計 adds up its group, 合計 adds up the 小計; (g): 合計 adds up and equals (f)'s export 小計
    f = t[F]
    for col in ("第４期（令和５年度）", "第５期（令和６年度）"):
        group = []
        for name, *_x in SALES:
            if name in SUBTOTALS:
                if f[name][col] != sum(f[x][col] for x in group):
                    errors.append(f"{F} / {name}: 小計 of {col} does not add up")
                group = []
            else:
                group.append(name)
        if f["合計"][col] != sum(f[x][col] for x in SUBTOTALS):
            errors.append(f"{F}: 合計 of {col} is not the sum of the 小計 rows")
    g_ = t[G]
    for col in ("取引先数（社）", "出荷件数（件）", "輸出売上高（万円）"):
        if g_["合計"][col] != sum(r[col] for row, r in g_.items() if row != "合計"):
            errors.append(f"{G}: 合計 of {col} does not add up")
    if g_["合計"]["輸出売上高（万円）"] != f["輸出事業小計"]["第５期（令和６年度）"]:
        errors.append(f"{G}: 合計 differs from the 輸出事業小計 of {F}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    countries = specs["countries"]
    gp = sorted({g["page"] for g in gold if g["table"] == G})
    if len(gp) != 2:
        errors.append(f"{G} is on pages {gp}, expected a page break inside it")
    else:
        header = norm("".join(countries.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SHOSHA_PDF]) if header in norm(p)]
        if countries.repeat_header or on != gp[:1]:
            errors.append(f"{G}: header printed on pages {on}, expected only on {gp[:1]}")
        first = {g["row"] for g in gold if g["table"] == G and g["page"] == gp[0]}
        cont = {g["row"] for g in gold if g["table"] == G and g["page"] == gp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{G}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{G}: rows on the wrong side of the page break")
        if norm("取引先数は、当期に１回以上取引のあった") not in norm(pages[SHOSHA_PDF][gp[1] - 1]):
            errors.append(f"{G}: note ※３ should follow the table on the continuation page")
    for key in ("sectors", "items", "dests", "costs", "addons", "sales"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["dests"].ruled or not all(s.ruled for k, s in specs.items() if k != "dests"):
        errors.append(f"only {C} must be drawn without ruling lines")
    # (d): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    want = [f"補助率（％）／就航{fw(k)}年目" for k in (1, 2, 3)] + ["年間上限額（万円）"]
    if len(specs["costs"].header) != 2 or len(specs["costs"].spans) != 3 or cols != want:
        errors.append(f"{D}: expected a two-row header with columns {want}, got {cols}")
    # (a): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == A][::4] != [y for y, *_x in SECTORS]:
        errors.append(f"{A}: expected years as rows")
    # (b): years as columns (one header row naming three years), then a 構成比 column of the last year
    bcols = list(dict.fromkeys((g["column"], g["fiscal_year"], g["unit"]) for g in gold if g["table"] == B))
    want_b = [(f"令和{fw(y - 2018)}年度", y, "百万円") for y in ITEM_YEARS] + [("構成比（％）", 2024, "%")]
    if len(specs["items"].header) != 1 or bcols != want_b:
        errors.append(f"{B}: expected years as columns and a 構成比 column, got {bcols}")
    # (f): the 小計 rows come between the groups (an item row follows the first), 合計 last
    labels = [r[0] for r in specs["sales"].rows]
    k = labels.index(SUBTOTALS[0])
    if labels[-1] != "合計" or labels[k + 1] in SUBTOTALS + ("合計",) or labels[-2] != SUBTOTALS[1]:
        errors.append(f"{F}: expected 小計 rows between the groups and 合計 last: {labels}")
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

    pl = norm("\n".join(pages[PLAN_PDF]))
    siblings(pl, "plan", ("重点品目：", "主な取組：", "連携先："), [s[0] for s in STRATEGIES])
    tot = [sum(r[1:]) for r in SECTORS]
    if norm(f"輸出額は{tot[-1]:,}百万円で、令和２年度の約{tot[-1] / tot[0]:.1f}倍") not in pl or f"{tot[-1] / tot[0]:.1f}" != "1.4":
        errors.append("plan: the total and 「約1.4倍」 in the prose differ from (a)")
    last = SECTORS[-1]
    if max(last[1:]) != last[3] or not 0.4 < last[3] / tot[-1] < 0.45:
        errors.append("plan: 「加工食品が最も多く、全体の４割余り」 does not hold")
    drops = [SECTORS[i][0] for i in range(1, len(SECTORS)) if SECTORS[i][2] < SECTORS[i - 1][2]]
    if drops != [2022]:
        errors.append(f"plan: 水産物 should fall once, in 令和４年度: {drops}")
    named = ITEMS[:-1]
    if max(named, key=lambda r: r[3])[0] != "りんご":
        errors.append("plan: 「重点品目では、りんごが最も多い」 does not hold")
    if max(named, key=lambda r: r[3] / r[1])[0] != "日本酒":
        errors.append("plan: 日本酒 should have grown the most")
    if len(named) != 7 or norm("７品目をいう") not in pl:
        errors.append("plan: the definition names seven 重点品目")
    if norm(f"令和９年度に、輸出額を{TARGET_OKU}億円とする") not in pl:
        errors.append("plan: the target in the prose is missing")
    for d in ("「輸出額」とは", "「重点品目」とは"):
        if norm(d) not in pl:
            errors.append(f"plan: the definition {d} is missing")
    for y in (2020, 2021, 2022, 2023, 2025, 2026, 2027):  # only 2024年度 is printed in Western form
        if f"{y}年度" in pl:
            errors.append(f"plan: {y}年度 should not be printed")
    steps(PLAN_PDF, "①②③④")

    yk = norm("\n".join(pages[YOKO_PDF]))
    siblings(yk, "guideline", ("対象路線：", "最低運航便数：", "補助期間："), [k[0] for k in KINDS])
    for d in ("「航空会社」とは", "「新規就航」とは", "「増便」とは", "「就航１年目」とは"):
        if norm(d) not in yk:
            errors.append(f"guideline: the definition {d} is missing")
    if norm(f"１路線１年度当たり{GRANT_CAP:,}万円を上限") not in yk:
        errors.append("guideline: the cap per route and year is missing")
    if norm(f"年間{TARGET_PAX}万人") not in yk or not 0.65 <= PASSENGERS[1] / PASSENGERS[0] < 0.75:
        errors.append("guideline: the passenger figures (約７割) do not hold")
    raw = "\n".join(pages[YOKO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 2 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 2:
        errors.append("guideline: expected two Ｑ lines and two Ａ lines")
    if [k[3] for k in KINDS] != ["最長３年", "最長２年", "最長１年"]:
        errors.append("guideline: the 補助期間 of the three kinds should differ")
    steps(YOKO_PDF, "①②③④")
    mails = re.findall(r"[a-z-]+@[a-z.-]+", yk)
    if mails != ["kouro@pref.moegi.example.jp", "eigyo@moegi-airport.example.jp"]:
        errors.append(f"guideline: the contact box should give the 班's address before the 空港ビル's: {mails}")

    sh = norm("\n".join(pages[SHOSHA_PDF]))
    siblings(sh, "trading company", ("実施期間：", "主な品目：", "参加事業者数：", "成果："), [a[0] for a in ACTIVITIES])
    items = [s for s in SALES if s[1] is not None]
    t4, t5 = sum(s[1] for s in items), sum(s[2] for s in items)
    if norm(f"売上高は{oku_man(t5)}で、前期に比べ{_pct(t5 - t4, t4)[:-1]}％増加") not in sh:
        errors.append("trading company: the sales and growth in the prose differ from (f)")
    if not sum(s[2] for s in items[:4]) * 2 > t5:
        errors.append("trading company: 「輸出事業が売上高の過半を占め」 does not hold")
    grow = sorted(items[:4], key=lambda s: -(s[2] / s[1]))
    if {grow[0][0], grow[1][0]} != {"加工食品", "酒類"}:
        errors.append("trading company: 「特に加工食品と酒類が伸びた」 does not hold")
    if [s[0] for s in items if s[2] < s[1]] != ["業務用（飲食店等）"]:
        errors.append("trading company: only 業務用 should fall")
    if norm(f"売上高：{t5:,}万円") not in sh or norm(f"取引事業者数は{SUPPLIERS[1]}社で、前期末より{SUPPLIERS[1] - SUPPLIERS[0]}社") not in sh:
        errors.append("trading company: the 損益 lines or the supplier counts differ")
    ranked = [n for n, *_x in sorted(COUNTRIES[:-1], key=lambda r: -r[3])]
    if ranked[:3] != ["香港", "台湾", "シンガポール"] or [n for n, *_x in COUNTRIES[:3]] != ranked[:3]:
        errors.append("trading company: the ranking of countries in the prose does not hold")
    for d in ("「県産品」とは", "「輸出売上高」とは"):
        if norm(d) not in sh:
            errors.append(f"trading company: the definition {d} is missing")
    if "2024年度" in sh:
        errors.append("trading company: 2024年度 should not be printed")
    steps(SHOSHA_PDF, "①②③④")
    # every phone number of the set is fictional (099-137-xxxx)
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
