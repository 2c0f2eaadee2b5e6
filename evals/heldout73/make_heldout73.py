"""Build the 椹県 held-out set 73: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椹県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy towards small firms' carbon-footprint calculation for export products
(輸出製品カーボンフットプリント算定支援補助金: consultants' fees, measurement and analysis of primary
data, third-party verification, calculation software, translation of the disclosure) with a
two-level header of rates and caps by firm size, a yearly record (years as rows, header cells printed
over two lines, 「－」 for the years before the small-firm category) and the grants by product field
in two fiscal years with a 増減 column printing decreases with ▲; the report of a survey of the
prefecture's firms on hiring local staff at their bases abroad (海外拠点の現地スタッフ採用に関する
実態調査) with the firms and hires by industry (a table continued over a page break without its
header), the hires by country and job with a total column and an unruled table of the ways firms
hire; and the user guide (利用案内) of a prefectural trade-statistics data service
(貿易統計データ提供サービス) with the fees, a KPI table (目標 / 実績 / 達成率 and a mark column
◎ ○ △) and the requests by purpose in two fiscal years with a 前年度比 column; see README.md
beside this file.

    python make_heldout73.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout59/make_heldout59.py; the shared helpers are in ../docgen.py (unchanged). The gold
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

CFP_PDF = "sawara_yushutsu_cfp_hojokin_kofu_yoko_r7.pdf"
SAIYO_PDF = "sawara_kaigai_genchi_saiyo_jittai_chosa_r6.pdf"
TOKEI_PDF = "sawara_boeki_tokei_data_service_riyo_annai_r7.pdf"
ALL_PDFS = (CFP_PDF, SAIYO_PDF, TOKEI_PDF)

UNITS = ("千円", "万円", "円", "件", "人", "社", "日", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (the category did not exist yet): printed, no gold cell
MINUS = "▲"  # printed before a decrease
PHONE_PREFIX = "099-77"  # every phone number of the set: 099-77x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("楸県", "槐県")  # the other helper's prefecture (set 74) and the model set's


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
    """(number, unit) as printed after NFKC, a leading ▲ read as a minus; (None, None) for
    text and for 「－」."""
    v = nfkc(value).strip()
    if v.startswith(MINUS):
        v = "-" + v[1:]
    return docgen.parse_number(v, UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k) * 100 / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal, None as 「－」."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases and zero unsigned."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    compare two fiscal years (増減, 前年度比: a fiscal_year_range, no fiscal_year)."""

    col_range: dict | None = None  # {col: [first, last]}
    text_cols: tuple = ()  # value columns printed as marks (◎ ○ △): no gold cells

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
            if value == DASH or c in spec.text_cols:
                continue  # 「－」 and the mark column are printed but are no gold cells
            number, cell_unit = parse_number(value)
            unit = cell_unit or spec.cell_unit(r, c)
            row_label = label(r[spec.label_col])
            rng = (spec.col_range or {}).get(c)
            fy = None if rng else (spec.column_year(c) or fiscal_year(row_label) or spec.table_fy)
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": list(rng) if rng else None,
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


ARTICLE = pstyle("article", left=1.0 * docgen.EM, first=-1.0 * docgen.EM)
ART_HEAD = pstyle("art_head", docgen.GOTHIC, 10.5, 17, left=0.5 * docgen.EM, spaceBefore=3, keepWithNext=1)
ART_ITEM = pstyle("art_item", left=2.0 * docgen.EM, first=-1.0 * docgen.EM)


def article(head: str, lines: list[str], items: list[str] = ()):
    """A 要綱 article: （見出し）, then 第ｎ条 and its paragraphs, then its items 一, 二, …"""
    st = [P(f"（{head}）", ART_HEAD)] + [P(x, ARTICLE) for x in lines]
    kanji = "一二三四五六七八九"
    st += [P(f"{kanji[i]}　{t}", ART_ITEM) for i, t in enumerate(items)]
    return st


PREF = "椹県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: carbon-footprint subsidy, grant guideline
CFP = f"{PREF}輸出製品カーボンフットプリント算定支援補助金"
CFP_DEPT = f"{PREF} 商工労働部 産業脱炭素推進課"
CFP_DESK = f"{PREF}脱炭素経営相談窓口"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: 中小企業者, 小規模企業者 (令和７年度)
    ("算定コンサルタントへの委託費", 50, 70, 1500, 1800),
    ("一次データの測定・分析費", 50, 70, 800, 1000),
    ("第三者検証費", 60, 75, 1200, 1200),
    ("算定ソフトウェアの利用料（初年度）", 50, 70, 300, 300),
    ("開示資料の翻訳費", 40, 60, 400, 500),
]
FIRM_CAP, FIRM_CAP_SMALL = 300, 350  # 第４条第２項: 万円 per firm and year (中小企業者 / 小規模企業者)
MAX_PRODUCTS = 3  # 第４条第３項
RECORD_YEARS = (2021, 2022, 2023, 2024)
SMALL_FROM = 2023  # the 小規模企業者 category (and its column of (b)) exists from 令和５年度
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者 (None before SMALL_FROM), うち第三者検証, 交付額（千円）
    (2021, 9, 6, None, 2, 7840), (2022, 14, 10, None, 4, 13255),
    (2023, 21, 15, 5, 8, 21475), (2024, 27, 19, 7, 12, 27930),
]
FIELDS = [  # 製品分野: 交付件数 in 令和５年度, 令和６年度
    ("食品・飲料", 4, 6), ("繊維製品", 2, 1), ("化学・プラスチック製品", 2, 3), ("金属製品", 3, 2),
    ("機械・部品", 2, 4), ("電気・電子部品", 1, 3), ("その他", 1, 0),
]
FIELD_YEARS = (2023, 2024)
CFP_CASES = [  # 見出し, 対象製品, 実施した内容, 補助金の額 (same labels in every sibling section); size, cost items
    ("菓子製造業Ａ社（椹市）", "焼き菓子２製品（台湾・香港向け）", "算定コンサルタントへの委託と開示資料の中国語訳",
     "98万円", "小規模企業者", ("算定コンサルタントへの委託費", "開示資料の翻訳費")),
    ("金属加工業Ｂ社（浜牧市）", "産業機械用の精密部品１製品（ドイツ向け）", "一次データの測定と第三者検証",
     "176万円", "中小企業者", ("一次データの測定・分析費", "第三者検証費")),
    ("化学製品製造業Ｃ社（葛尾町）", "工業用接着剤３製品（米国向け）", "算定ソフトウェアの導入と算定コンサルタントへの委託",
     "132万円", "中小企業者", ("算定ソフトウェアの利用料（初年度）", "算定コンサルタントへの委託費")),
]
EXCLUDED = [  # 第５条: 補助の対象としない経費
    "補助事業者の役員及び従業員の人件費",
    "算定の結果を用いた広告及び宣伝の経費",
    "温室効果ガスの排出を削減するための設備の購入費",
    "排出量取引のクレジット等の購入費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def cfp_specs():
    rates = TableSpec(
        key="rates", doc=CFP_PDF, title="補助対象経費別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "中小企業者", "小規模企業者"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[60 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=CFP_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち小規模\n企業者（件）", "うち第三者\n検証（件）",
                 "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), cell(s), fw(v), fw(g)] for y, a, b, s, v, g in RECORD],
        col_widths=[28 * mm, 25 * mm, 25 * mm, 28 * mm, 28 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in FIELDS]
    ta, tb = sum(r[1] for r in FIELDS), sum(r[2] for r in FIELDS)
    rows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    fields = TableSpec(
        key="fields", doc=CFP_PDF, title="製品分野別の交付件数",
        header=[["製品分野"] + [era(y) for y in FIELD_YEARS] + ["増減"]],
        rows=rows, col_widths=[50 * mm, 30 * mm, 30 * mm, 26 * mm], unit="件",
    )
    fields.col_range = {3: [FIELD_YEARS[0], FIELD_YEARS[-1]]}
    return rates, record, fields


def cfp_story(specs):
    rates, record, fields = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    last = RECORD[-1]
    st = [P(f"{CFP}交付要綱", TITLE),
          P(f"令和３年４月１日施行（令和７年３月28日最終改正）　{CFP_DEPT}", DATE_RIGHT), Spacer(1, 1 * mm)]
    st += article("趣旨", [
        f"第１条　この要綱は、県内の中小企業者が輸出製品のカーボンフットプリントを算定し、海外の取引先に開示する取組を支援するため、予算の範囲内で交付する補助金について、必要な事項を定める。",
    ])
    st += article("定義", [
        "第２条　この要綱において「カーボンフットプリント」とは、製品の原材料の調達から生産、輸送、使用及び廃棄又はリサイクルに至るまでの各段階で排出される温室効果ガスの量を、二酸化炭素の量に換算して合計したものをいう。",
        "２　この要綱において「輸出製品」とは、補助事業者が製造し、又は加工する製品のうち、海外の取引先に直接又は商社を通じて販売するもの（販売を予定しているものを含む。）をいう。",
        "３　この要綱において「中小企業者」とは、中小企業基本法第２条第１項に規定する中小企業者をいい、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいう。",
        "４　この要綱において「第三者検証」とは、補助事業者から独立した検証機関が、算定の方法及び結果が国際規格に適合しているかを確かめることをいう。",
    ])
    st += article("補助対象者", [
        "第３条　補助金の交付の対象となる者は、次の各号のいずれにも該当する中小企業者とする。",
    ], [
        "県内に本社又は主たる事業所を有すること。",
        "算定の対象とする製品を現に輸出し、又は補助事業の完了の日から２年以内に輸出する計画を有すること。",
    ])
    st += article("補助対象経費、補助率及び補助金の額", [
        "第４条　補助の対象となる経費（以下「補助対象経費」という。）、補助率及び上限額は、別表のとおりとする。",
        f"２　補助金の額は、１事業者当たり１会計年度につき{FIRM_CAP}万円（小規模企業者は{FIRM_CAP_SMALL}万円）を限度とし、千円未満の端数は切り捨てる。",
        f"３　１回の申請で算定の対象とすることができる製品は、{fw(MAX_PRODUCTS)}製品までとする。",
    ])
    st += article("補助の対象としない経費", ["第５条　次に掲げる経費は、補助の対象としない。"], EXCLUDED)
    st += article("交付の申請及び手続", ["第６条　補助金の交付を受けようとする者は、次の手順により申請するものとする。"])
    st += numbered([
        f"① 事前相談（産業脱炭素推進課又は{CFP_DESK}へ）",
        "② 交付申請書の提出（算定計画書と見積書を添えて、募集期間内に提出）",
        "③ 審査と交付決定の通知（申請の受付から30日以内）",
        "④ 補助事業の実施（令和８年１月30日までに完了すること）",
        "⑤ 実績報告（事業の完了の日から30日以内。遅くとも令和８年２月10日まで）",
        "⑥ 補助金の額の確定の通知",
        "⑦ 補助金の請求と支払（令和８年３月）",
    ], 0)
    st += article("開示の報告", [
        "第７条　補助事業者は、補助事業の完了の日の属する年度の翌年度末までに、算定の結果を海外の取引先に開示した状況を知事に報告しなければならない。",
    ])
    st += [P("附　則　この要綱は、令和３年４月１日から施行する。", ART_HEAD),
           P("附　則（令和５年３月24日改正）　この要綱は、令和５年４月１日から施行する（小規模企業者の区分を設けた。）。", ART_HEAD)]
    st += [P("別表（第４条関係）", ART_HEAD)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「小規模企業者」の欄は、申請の時点で小規模企業者に該当する場合に適用し、それ以外の中小企業者には「中小企業者」の欄を適用する。",
        "※２ 第三者検証費は、算定を行った者と異なる検証機関に支払うものに限る。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から７月31日まで（予算に達した時点で締め切ります）"),
        ("予算額", "4,200万円"),
        ("交付予定件数", "25件程度"),
    ], 0)
    st += [P("（参考２）これまでの交付の実績", H1)]
    st += paras(f"""
制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all // 10:,}万円を交付しました。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）。分野別では食品・飲料が最多です。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 小規模企業者の区分は令和５年度に設けたため、令和４年度以前は「－」としている。"])
    st += [caption(fields.title, "（単位：件）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「増減」は、令和６年度の件数から令和５年度の件数を引いたもので、減少は▲で示す。「その他」は、木製品、陶磁器等である。"])
    st += [P("（参考３）活用事例（令和６年度）", H1)]
    for i, (head, what, done, amount, _size, _items) in enumerate(CFP_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象製品", what), ("実施した内容", done), ("補助金の額", amount)], 1)
    st += [P("（参考４）よくある質問", H1)]
    qa = [
        ("製品ごとに申請する必要がありますか。",
         f"必要ありません。１回の申請で{fw(MAX_PRODUCTS)}製品まで対象にできます。"),
        ("算定の結果、排出量が多かった場合、補助金が減ることはありますか。",
         "ありません。算定の結果の数値は、補助金の額に影響しません。"),
        ("前年度に算定の補助を受けた製品について、第三者検証だけを申請できますか。",
         "申請できます。ただし、前年度に補助を受けた経費区分は対象になりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CFP_DEPT} 輸出脱炭素支援班　電話：099-771-2410　ファクス：099-771-2419",
        f"{CFP_DESK}（{ZAIDAN}内、事前相談）　電話：099-771-2500",
        "電子メール：sawara-cfp@example.jp",
    ]))
    return st


# ================================================================ document 2: local staff hiring at bases abroad, survey report
SAIYO = f"{PREF}内企業の海外拠点における現地スタッフ採用に関する実態調査"
SAIYO_DEPT = f"{PREF} 産業政策部 国際経済課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
TARGET = 520  # 調査対象の企業（海外拠点を有する県内企業の全数）
INDUSTRIES = [  # 業種, 回答企業数（社）, 採用実施企業（社）, 採用人数（人）, うち管理職（人） (令和５年度の採用)
    ("食料品", 31, 18, 64, 5), ("繊維・衣服", 24, 15, 112, 4), ("化学", 22, 14, 58, 6),
    ("金属製品", 35, 21, 97, 7), ("機械", 48, 33, 186, 15), ("電気機器", 41, 29, 241, 12),
    ("輸送用機器", 19, 13, 133, 6), ("卸売・小売業", 37, 17, 45, 6), ("その他", 25, 9, 22, 3),
]
MANUFACTURING = ("食料品", "繊維・衣服", "化学", "金属製品", "機械", "電気機器", "輸送用機器")
SIZES = (("中小企業", 203, 108), ("大企業", 79, 61))  # 回答企業数, うち採用実施企業
JOBS = ("管理職", "技術職", "事務・\n営業職", "製造・\n現場職")
COUNTRIES = [  # 国・地域: 採用人数 by 管理職, 技術職, 事務・営業職, 製造・現場職 (令和５年度)
    ("中国", 9, 28, 21, 95), ("タイ", 11, 34, 25, 128), ("ベトナム", 8, 41, 19, 167),
    ("インドネシア", 6, 17, 12, 76), ("フィリピン", 4, 9, 11, 38), ("インド", 5, 22, 8, 19),
    ("米国", 13, 27, 24, 12), ("その他", 8, 14, 15, 32),
]
CHANNELS = [  # 採用の方法, 回答数: 中小企業, 大企業 (複数回答; of the 採用実施企業)
    ("求人サイト・求人広告", 56, 41), ("現地の人材紹介会社", 47, 38), ("従業員や取引先からの紹介", 52, 19),
    ("現地の大学・職業訓練校", 18, 22), ("合同就職説明会", 11, 14), ("ＳＮＳ", 23, 9),
    ("日系の人材紹介会社", 15, 18),
]
AVG_MONTHS = "2.7"  # 求人から採用までの平均期間（か月, prose only)
SAIYO_CASES = [  # 見出し, 拠点の所在地, 令和５年度の採用人数, 工夫していること
    ("電気機器製造業Ｄ社（椹市）", "ベトナム（ハノイ近郊の工場）", "42人", "近くの職業訓練校と協定を結び、実習生をそのまま採用している"),
    ("食料品製造業Ｅ社（浜牧市）", "タイ（バンコクの販売会社）", "６人", "日本語を話せることを条件にせず、入社後に日本語研修を行っている"),
    ("卸売業Ｆ社（葛尾町）", "米国（ロサンゼルスの支店）", "３人", "現地の人材紹介会社に求人を任せ、面接だけを日本から行っている"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def hiring_firms() -> int:
    return sum(r[2] for r in INDUSTRIES)


def saiyo_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3, 4)])
    industries = TableSpec(
        key="industries", doc=SAIYO_PDF, title="業種別の回答企業と現地スタッフの採用状況",
        header=[["業種", "回答企業数（社）", "採用実施企業（社）", "採用人数（人）", "うち管理職（人）"]],
        rows=rows, col_widths=[38 * mm, 32 * mm, 34 * mm, 30 * mm, 32 * mm], table_fy=2023, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    crows = [[n, fw(a), fw(b), fw(c), fw(d), fw(a + b + c + d)] for n, a, b, c, d in COUNTRIES]
    crows.append(["合計"] + [fw(sum(r[j] for r in COUNTRIES)) for j in (1, 2, 3, 4)]
                 + [fw(sum(sum(r[1:]) for r in COUNTRIES))])
    countries = TableSpec(
        key="countries", doc=SAIYO_PDF, title="国・地域別、職種別の採用人数",
        header=[["国・地域"] + list(JOBS) + ["計"]],
        rows=crows, col_widths=[34 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm], unit="人", table_fy=2023,
    )
    n_all, n_s, n_l = hiring_firms(), SIZES[0][2], SIZES[1][2]
    channels = TableSpec(
        key="channels", doc=SAIYO_PDF, title="現地スタッフの採用の方法（複数回答）",
        header=[["採用の方法", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for x, a, b in CHANNELS],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2023,
    )
    return industries, countries, channels


def saiyo_story(specs):
    industries, countries, channels = specs
    total, n = respondents(), hiring_firms()
    people = sum(r[3] for r in INDUSTRIES)
    managers = sum(r[4] for r in INDUSTRIES)
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SAIYO} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(SAIYO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が海外拠点で現地スタッフを採用する際の方法と課題を把握し、今後の支援策に役立てるため"),
        ("調査対象", f"海外拠点を有する県内企業 {TARGET}社（県が把握している全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月15日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
        ("回答の単位", "企業単位（複数の国・地域に拠点を有する企業は、全ての拠点の分をまとめて回答）"),
    ], 0)
    st += paras("""
この報告書において「海外拠点」とは、県内企業が海外に有する現地法人、支店及び駐在員事務所をいい、資本関係のない販売代理店は含まない。「現地スタッフ」とは、海外拠点が現地で直接雇用する従業員をいい、日本から派遣された駐在員及び人材派遣会社から受け入れている者は含まない。「採用実施企業」とは、令和５年度中に海外拠点で１人以上の現地スタッフを採用した企業をいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　採用の状況", H1)]
    st += paras(f"""
令和５年度に現地スタッフを採用した企業は、回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、採用人数は合わせて{people}人、うち管理職は{managers}人であった。業種別では、電気機器の採用人数が最も多く、採用実施企業数では機械が最も多い。求人から採用までにかかった期間は、平均{AVG_MONTHS}か月であった。
職種別に「採用が難しかった」と答えた企業の割合は、技術職（46.2％）が最も高く、管理職（38.5％）が続いた。難しかった理由としては、「求める技能を持つ人が少ない」「日本語又は英語で仕事ができる人が少ない」「他社との人材の取り合いになった」が多く挙げられた。
採用人数の多い電気機器、機械及び輸送用機器の３業種で、採用人数全体の58.5％を占めている。
""", 0)
    st += [caption(industries.title, "（令和５年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 製造業は食料品から輸送用機器までの７業種、非製造業は卸売・小売業及びその他である。「その他」は、建設業、運輸業、サービス業等である。"])
    st += [P("３　企業規模別の状況", H1)]
    st += paras(f"""
企業規模別では、大企業は{l_n}社のうち{l_t}社が採用を行ったが、中小企業は{s_n}社のうち{s_t}社にとどまった。
""", 0)
    st += [P("４　国・地域別、職種別の採用人数", H1)]
    st += paras("""
国・地域別では、ベトナムが最も多く、タイ、中国が続く。職種別では、製造・現場職が全体の半数を超えた。米国では、製造・現場職よりも技術職と事務・営業職の採用が多い。
""", 0)
    st += [caption(countries.title, "（令和５年度、単位：人）"), countries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「その他」は、マレーシア、メキシコ、ドイツ等である。管理職には、現地で採用した拠点長を含む。"])
    st += [P("５　採用の方法", H1)]
    st += paras("""
全体、中小企業、大企業のいずれでも「求人サイト・求人広告」が最も多かった。大企業では、現地の大学・職業訓練校を通じて採用した割合が中小企業の２倍を超える。
""", 0)
    st += [caption(channels.title, "（単位：％）"), channels.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 採用実施企業（全体{n}社、中小企業{s_t}社、大企業{l_t}社）の回答。複数回答のため合計は100％にならない。",
    ])
    st += [P("６　企業の事例", H1)]
    for i, (head, where, hired, idea) in enumerate(SAIYO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("拠点の所在地", where), ("令和５年度の採用人数", hired), ("工夫していること", idea)], 1)
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "国・地域ごとの労働法制と採用手続の情報を、日本語でまとめて提供してほしい。",
        "現地の大学や職業訓練校とのつながりを、県として作ってほしい。",
        "現地で採用した管理職候補を日本で研修させる費用を支援してほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        f"① 国・地域別の採用手続のガイドを、{KYOKAI}と令和７年度中に作る。",
        "② ベトナム及びタイの職業訓練校と県内企業との交流会を、令和７年度に開く。",
        "③ 現地で採用した管理職候補の県内での研修について、支援の方法を検討する。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SAIYO_DEPT} 調査分析班　電話：099-774-1620　ファクス：099-774-1629",
        f"{KYOKAI}（海外拠点の人材に関する相談）　電話：099-774-1700",
        "電子メール：sawara-kokusai@example.jp",
    ]))
    return st


# ================================================================ document 3: trade-statistics data service, user guide
TOKEI = f"{PREF}貿易統計データ提供サービス"
TOKEI_DEPT = f"{PREF} 商工労働部 貿易振興課"
CENTER = f"公益財団法人{PREF}国際ビジネス支援センター"
KINDS = [  # 見出し, 提供する内容, 提供までの期間, 提供の形式 (same labels in every sibling section)
    ("定型データ", "県内の港湾・空港の品目別・国別の月次集計表（県が毎月公表しているもの）",
     "申込みの当日（ウェブからのダウンロード）", "表計算ファイル"),
    ("個別集計", "利用者が指定する品目、国・地域及び期間の組合せによる集計表",
     "入金の確認から５営業日以内", "表計算ファイル（電子メール）"),
    ("分析レポート", "個別集計の結果に、推移のグラフと増減の要因の解説を加えた報告書",
     "入金の確認から10営業日以内", "報告書（電子ファイル）と30分のオンライン説明"),
]
FEES = [  # 提供の種類, 県内中小企業（円）, その他の利用者（円） (令和７年度)
    ("個別集計（１件目）", 2000, 4000), ("個別集計（２件目以降、１件当たり）", 1000, 2000),
    ("時系列データの追加（10年分）", 3000, 6000), ("分析レポート（１品目１か国・地域）", 20000, 40000),
    ("分析レポートの対象国・地域の追加", 5000, 10000),
]
KPIS = [  # 成果指標（単位）, 目標, 実績, lower_is_better (令和６年度)
    ("個別集計の提供件数（件）", 600, 648, False), ("分析レポートの提供件数（件）", 60, 45, False),
    ("利用事業者数（社）", 250, 233, False), ("提供までの平均日数（日）", Decimal("5.0"), Decimal("4.2"), True),
    ("利用者満足度（％）", Decimal("90.0"), Decimal("84.6"), False),
]
MARKS = (("◎", 100), ("○", 80), ("△", 0))  # note ※４: ◎ 100％以上, ○ 80％以上100％未満, △ 80％未満
PURPOSES = [  # 利用の目的: 個別集計の提供件数 in 令和５年度, 令和６年度
    ("新たな輸出先の検討", 165, 214), ("既存の輸出先の動向把握", 131, 152), ("価格・競合の分析", 88, 97),
    ("事業計画・融資申請の資料", 64, 84), ("学術・調査研究", 58, 52), ("その他", 47, 49),
]
PURPOSE_YEARS = (2023, 2024)


def achievement(target, actual, lower) -> Decimal:
    return pct1(target, actual) if lower else pct1(actual, target)


def mark(rate: Decimal) -> str:
    return next(m for m, lo in MARKS if rate >= lo)


def tokei_specs():
    fees = TableSpec(
        key="fees", doc=TOKEI_PDF, title="提供の種類別の料金",
        header=[["提供の種類", "県内中小企業（円）", "その他の利用者（円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in FEES],
        col_widths=[70 * mm, 38 * mm, 38 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    kpi_rows = []
    for name, t, a, lower in KPIS:
        r = achievement(t, a, lower)
        kpi_rows.append([name, cell(t), cell(a), cell(r), mark(r)])
    kpis = TableSpec(
        key="kpis", doc=TOKEI_PDF, title="成果指標の達成状況",
        header=[["成果指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=kpi_rows, col_widths=[62 * mm, 22 * mm, 22 * mm, 26 * mm, 18 * mm], table_fy=2024,
        value_cols=[1, 2, 3, 4],
    )
    kpis.text_cols = (4,)
    kpis.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    prows = [[n, fw(a), fw(b), cell(pct1(b, a))] for n, a, b in PURPOSES]
    ta, tb = sum(r[1] for r in PURPOSES), sum(r[2] for r in PURPOSES)
    prows.append(["合計", fw(ta), fw(tb), cell(pct1(tb, ta))])
    purposes = TableSpec(
        key="purposes", doc=TOKEI_PDF, title="利用の目的別の個別集計の提供件数",
        header=[["利用の目的"] + [f"{era(y)}（件）" for y in PURPOSE_YEARS] + ["前年度比（％）"]],
        rows=prows, col_widths=[58 * mm, 32 * mm, 32 * mm, 30 * mm],
    )
    purposes.unit = lambda row, c, s=purposes: bracket_unit(s.column_label(c))
    purposes.col_range = {3: [PURPOSE_YEARS[0], PURPOSE_YEARS[-1]]}
    return fees, kpis, purposes


def tokei_story(specs):
    fees, kpis, purposes = specs
    ta, tb = sum(r[1] for r in PURPOSES), sum(r[2] for r in PURPOSES)
    users = next(a for n, t, a, _l in KPIS if n.startswith("利用事業者数"))
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{TOKEI} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(TOKEI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の港湾・空港を通じた輸出入の統計を、利用者が必要とする形に集計して提供するものです。輸出先の検討や事業計画の作成にご利用ください。統計の数値を集計して提供するもので、海外での聞き取りなどの市場調査は行いません。
""", 0)
    st += lv_lines([
        ("サービス名", TOKEI),
        ("実施主体", PREF),
        ("運営", f"{CENTER} データ提供室（県からの委託）"),
        ("利用できる者", "事業者、経済団体、大学等の研究機関及び個人"),
        ("受付時間", "平日９時から17時まで（ウェブの申込みは24時間）"),
        ("提供するデータの期間", "令和元年１月分から、公表済みの最新の月分まで"),
    ], 0)
    st += paras("""
この案内において「貿易統計」とは、税関が公表する輸出入の統計のうち、県内の港湾及び空港で手続されたものを、県が品目別・国別に集計し直したものをいいます。「１件」とは、１品目（ＨＳコードの上６桁が同じもの）について、１か国・地域の１期間を集計することをいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [P("２　提供の種類", H1)]
    for i, (head, what, when, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("提供する内容", what), ("提供までの期間", when), ("提供の形式", how)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("定型データは無料です。個別集計と分析レポートの料金は、利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の利用者」の欄を適用します。",
        "※２ 分析レポートと同時に申し込む、同じ品目の個別集計は、３件まで無料とします。",
        "※３ 「２件目以降」の料金は、１回の申込みに含まれる２件目からの個別集計に適用します。",
    ])
    st += [P("４　申込みから提供までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、品目、ＨＳコード（分かる場合）、国・地域及び期間を記入）",
        "② 受付の連絡と料金の案内（申込みの翌営業日まで）",
        "③ 料金の支払（請求書による銀行振込み）",
        "④ 集計の開始（入金を確認した日から、提供までの期間を数えます）",
        "⑤ 提供（個別集計は電子メール、分析レポートは報告書とオンライン説明）",
        "⑥ 追加の質問（提供の日から30日以内は、同じ集計についての質問に無料で回答）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の個別集計の提供件数は{tb}件で、前年度の{ta}件から{tb - ta}件増え、目標を上回りました。利用事業者数は{users}社でした。分析レポートは目標に届かなかったため、令和７年度は説明会で事例を紹介します。利用の目的別では、新たな輸出先の検討が最も多くなっています。
""", 0)
    st += [caption(kpis.title, "（令和６年度）"), kpis.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 達成率は実績を目標で割ったものです。ただし、提供までの平均日数は少ないほどよいため、目標を実績で割っています。評価は、達成率が100％以上を◎、80％以上100％未満を○、80％未満を△としています。",
    ])
    st += [caption(purposes.title), purposes.flowable(), Spacer(1, 2)]
    st += notes(["※５ 利用の目的は、申込みの際に一つを選んでいただいたものです。「その他」は、報道、行政の資料等です。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "提供するデータは公表済みの統計によるもので、税関による訂正があった場合は数値が変わることがあります。",
        "秘匿の対象となる数値（取引が少なく、個別の企業が分かるもの）は、提供できません。",
        "提供したデータを出版物やウェブサイトに使う場合は、出典として「椹県貿易統計」と記載してください。",
        "同じ内容の個別集計の再提供は、前回の提供から30日を過ぎたものに限り受け付けます。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TOKEI_DEPT} 貿易情報班　電話：099-777-3150　ファクス：099-777-3159",
        f"{CENTER} データ提供室（申込み・進み具合）　電話：099-777-3200",
        "電子メール：sawara-tokei@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return cfp_specs() + saiyo_specs() + tokei_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    cspecs, sspecs, tspecs = cfp_specs(), saiyo_specs(), tokei_specs()
    cdoc = build_pdf(docs_dir / CFP_PDF, cspecs, cfp_story(cspecs),
                     f"{CFP}交付要綱", "令和７年４月", CFP_DEPT)
    sdoc = build_pdf(docs_dir / SAIYO_PDF, sspecs, saiyo_story(sspecs),
                     f"令和６年度 {PREF}内企業の現地スタッフ採用実態調査 報告書", "令和７年１月", SAIYO_DEPT)
    tdoc = build_pdf(docs_dir / TOKEI_PDF, tspecs, tokei_story(tspecs),
                     f"令和７年度 {TOKEI} 利用案内", "令和７年４月", TOKEI_DEPT)
    gold = all_gold({CFP_PDF: cdoc.row_pages, SAIYO_PDF: sdoc.row_pages, TOKEI_PDF: tdoc.row_pages})
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
    # --- cfp: the carbon-footprint subsidy guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections, Q&A
    dict(question="従業員15人の部品メーカーが、輸出している製品のカーボンフットプリントの算定をコンサルタントに頼みたいそうです。補助率は何％になりますか？",
         category="cfp", doc=CFP_PDF,
         evidence=["常時使用する従業員の数が20人", "算定コンサルタントへの委託費 50 70 1,500 1,800"], answer=["70"],
         notes="two facts: 15人 in manufacturing is within the 20人 of 小規模企業者 (第２条第３項), so note ※１ puts "
               "the firm in the 小規模企業者 column; (a) two-level header, leaf 補助率（％）／小規模企業者; 50 "
               "(中小企業者) is the trap"),
    dict(question="2025年度に、従業員100人の機械メーカーが第三者検証を受ける場合、補助の上限額はいくらですか？",
         category="cfp", doc=CFP_PDF, evidence=["第三者検証費 60 75 1,200 1,200"], answer=["1,200"],
         notes="(a) leaf 上限額（千円）／中小企業者 (100人 is above the 20人 of 小規模企業者); the leaves "
               "中小企業者 / 小規模企業者 are printed under both groups, so 60 (the rate) is the trap; the unit "
               "(千円) is only in the group cell; 2025年度 = 令和７年度 (the guideline prints only 2021年度 in "
               "Western form)"),
    dict(question="社員８人の食品メーカーが、輸出先向けの開示資料の翻訳に65万円かかる見込みです。補助金はいくらになりますか？",
         category="cfp", doc=CFP_PDF,
         evidence=["常時使用する従業員の数が20人", "開示資料の翻訳費 40 60 400 500"], answer=["39万円"], computed=True,
         notes="three facts: ８人 makes the firm a 小規模企業者 (第２条第３項, note ※１); (a) leaf 補助率（％）／小規模企業者 "
               "60: 65万円 × 60 % = 39万円, below the cap of 500千円 (上限額（千円）／小規模企業者); 26万円 (the 40 % "
               "of 中小企業者) and 50万円 (the cap) are the traps"),
    dict(question="2022年度には、この補助金は何件に交付されましたか？",
         category="cfp", doc=CFP_PDF, evidence=["令和４年度 14 10"], answer=["10"],
         notes="(b) years as rows with header cells printed over two lines: 2022年度 = 令和４年度 (only 2021年度 "
               "is printed in Western form); column 交付件数（件）; 14 (申請件数) is the trap"),
    dict(question="令和４年度の交付のうち、小規模企業者向けは何件でしたか？",
         category="cfp", doc=CFP_PDF, evidence=["小規模企業者の区分は令和５年度に設けた", "小規模企業者の区分を設けた"],
         answer=["令和５年度に設けた"],
         notes="two facts: (b) prints 「－」 in the うち小規模企業者 column for 令和３・４年度 (no gold cell), and note "
               "※３ says the category only exists from 令和５年度 (the 附則 of 令和５年３月 says the same); "
               "「０件」 is the trap (the evidence strings avoid the 「－」 itself)"),
    dict(question="2024年度に交付した案件は、１件当たり平均でいくらでしたか？",
         category="cfp", doc=CFP_PDF, evidence=["令和６年度 27 19 ７ 12 27,930"], answer=["1,470千円"], computed=True,
         notes="(b) average in a row: 27,930 / 19 = 1,470千円 (2024年度 = 令和６年度); 27,930 / 27 over the "
               "applications is a wrong reading"),
    dict(question="繊維製品の交付件数は、前の年度と比べてどう変わりましたか？",
         category="cfp", doc=CFP_PDF, evidence=["繊維製品 ２ １ ▲１"], answer=["▲１"],
         notes="(c) 増減 column printing decreases with ▲ (note ※４): row 繊維製品, 令和５年度 ２ → 令和６年度 １; "
               "１ (the year's count) is the trap"),
    dict(question="2024年度の交付のうち、機械・部品と電気・電子部品を合わせた割合は何％ですか？",
         category="cfp", doc=CFP_PDF, evidence=["機械・部品 ２ ４ ２", "電気・電子部品 １ ３ ２", "合計 15 19 ４"],
         answer=["36.8%"], computed=True,
         notes="(c) share within a year column: (4 + 3) / 19 = 36.8 % (2024年度 = 令和６年度; 19 is also (b)'s "
               "交付件数); the 増減 column is the trap"),
    dict(question="ドイツ向けの精密部品の事例では、補助金はいくら交付されましたか？",
         category="cfp", doc=CFP_PDF, evidence=["（２）金属加工業Ｂ社", "補助金の額：176万円"], answer=["176万円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 対象製品, 実施した内容, 補助金の額; "
               "（２）金属加工業Ｂ社 (精密部品, ドイツ向け); 98万円 and 132万円 are the siblings' values"),
    dict(question="算定した結果を海外向けのPR広告に使いたいのですが、その広告費は補助の対象になりますか？",
         category="cfp", doc=CFP_PDF, evidence=["次に掲げる経費は、補助の対象としない", "算定の結果を用いた広告及び宣伝の経費"],
         answer=["補助の対象としない"],
         notes="第５条 (the costs not covered), item 二; 開示資料の翻訳費 (covered) is a near miss"),
    dict(question="算定してみたら排出量が多かった場合、補助金が減らされることはありますか？",
         category="cfp", doc=CFP_PDF, evidence=["算定の結果の数値は、補助金の額に影響しません"], answer=["影響しません"],
         notes="Q&A: Ａ of Ｑ２ (no)"),
    # --- saiyo: the survey of local staff hiring, tables (d) (e) (f), a definition, sibling sections
    dict(question="現地スタッフ採用の実態調査は、回答率が何％でしたか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["回答数：282社（回答率54.2％）"], answer=["54.2"],
         notes="「label：value」 line 回答数 (282 of the 520社 of 調査対象); 59.9 % (採用実施企業) is a near miss"),
    dict(question="海外の工場で、人材派遣会社から受け入れて働いてもらっている人は、この調査の「現地スタッフ」に入りますか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["人材派遣会社から受け入れている者は含まない"], answer=["含まない"],
         notes="definition 「現地スタッフ」とは、海外拠点が現地で直接雇用する従業員をいい…人材派遣会社から受け入れて"
               "いる者は含まない (asked at its boundary: no)"),
    dict(question="自動車部品などの輸送用機器の会社は、海外拠点で何人を採用しましたか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["輸送用機器 19 13 133 ６"], answer=["133"],
         notes="(d) continuation page (no header there): row 輸送用機器, column 採用人数（人）; 13 (採用実施企業) "
               "and 19 (回答企業数) are the traps"),
    dict(question="電気機器の業種では、採用した会社１社当たり平均何人を採用した計算になりますか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["電気機器 41 29 241 12"], answer=["8.3人"], computed=True,
         notes="(d) continuation page, average in a row: 241 / 29 = 8.3人 (241 / 41 over all respondents is a "
               "wrong reading)"),
    dict(question="回答した中小企業のうち、令和５年度に現地スタッフを採用した企業の割合はどのくらいですか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["中小企業は203社のうち108社"], answer=["53.2%"], computed=True,
         notes="prose of ３ (firm sizes, in no table): 108 / 203 = 53.2 % (大企業 61 / 79 and 全体 59.9 % are "
               "near misses)"),
    dict(question="2023年度に、ベトナムの拠点で採用された製造や現場の仕事のスタッフは何人ですか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["ベトナム ８ 41 19 167 235"], answer=["167"],
         notes="(e) header cells printed over two lines (製造・\\n現場職): row ベトナム, column 製造・現場職; "
               "2023年度 = 令和５年度 (the report prints only 2024年 in Western form); 235 (計) is the trap"),
    dict(question="米国で採用された現地スタッフのうち、管理職は何％を占めていますか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["米国 13 27 24 12 76"], answer=["17.1%"], computed=True,
         notes="(e) share within a row, using the total column on the right: 13 / 76 = 17.1 %; 13 / 64 (the "
               "managers of all countries) is a wrong reading"),
    dict(question="中小企業で２番目に多かった採用の方法は何ですか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["従業員や取引先からの紹介 42.0 48.1 31.1"],
         answer=["従業員や取引先からの紹介"],
         notes="(f) unruled table, column 中小企業: 求人サイト・求人広告 51.9, 従業員や取引先からの紹介 48.1, "
               "現地の人材紹介会社 43.5 (second-largest; the prose names only the top, the same in every "
               "column; the 全体 and 大企業 columns rank 現地の人材紹介会社 second, the trap)"),
    dict(question="大手企業のうち、現地の大学や職業訓練校を通じて採用したところはどのくらいの割合ですか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["現地の大学・職業訓練校 23.7 16.7 36.1"], answer=["36.1"],
         notes="(f) unruled table, column 大企業 (大手 = 大企業, defined in １); 23.7 (全体) and 16.7 (中小企業) "
               "are the traps; the unit is only in the caption note （単位：％）"),
    dict(question="バンコクに販売会社を持つ食品メーカーの事例では、令和５年度に何人を採用していますか？",
         category="saiyo", doc=SAIYO_PDF, evidence=["（２）食料品製造業Ｅ社", "令和５年度の採用人数：６人"], answer=["６人"],
         notes="sibling sections （１）–（３） of ６ share the labels 拠点の所在地, 令和５年度の採用人数, "
               "工夫していること; （２）食料品製造業Ｅ社 (タイ, バンコクの販売会社); 42人 and ３人 are the "
               "siblings' values"),
    # --- tokei: the trade-statistics data service guide, tables (g) (h) (i), a definition, sibling sections
    dict(question="統計の数字に、グラフや増減の理由の解説も付けた報告書が欲しいという会社があります。提供までどのくらいかかりますか？",
         category="tokei", doc=TOKEI_PDF, evidence=["（３）分析レポート", "提供までの期間：入金の確認から10営業日以内"],
         answer=["10営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 提供する内容, 提供までの期間, 提供の形式; "
               "（３）分析レポート (graphs and the reasons for the changes); ５営業日 (個別集計) and 申込みの当日 "
               "(定型データ) are the siblings' values"),
    dict(question="ＨＳコードの上６桁が同じ２つの商品を、同じ国・同じ期間でまとめて集計してもらう場合、何件として数えられますか？",
         category="tokei", doc=TOKEI_PDF, evidence=["「１件」とは、１品目（ＨＳコードの上６桁が同じもの）"],
         answer=["１件"],
         notes="definition 「１件」とは、１品目（ＨＳコードの上６桁が同じもの）について、１か国・地域の１期間を集計する"
               "こと: the two goods are one 品目, so one 件 (asked at its boundary)"),
    dict(question="県外の商社が、１回の申込みで個別集計を３件頼むと、料金は合わせていくらですか？",
         category="tokei", doc=TOKEI_PDF,
         evidence=["個別集計（１件目） 2,000 4,000", "個別集計（２件目以降、１件当たり） 1,000 2,000"],
         answer=["8,000円"], computed=True,
         notes="two facts: a firm outside the prefecture pays the その他の利用者 column (note ※１), and (g) rows "
               "１件目 and ２件目以降 (note ※３): 4,000 + 2 × 2,000 = 8,000円; 12,000円 (three first requests) "
               "and 4,000円 (県内中小企業) are the traps"),
    dict(question="提供までの平均日数の成果指標は、どう評価されていますか？",
         category="tokei", doc=TOKEI_PDF, evidence=["提供までの平均日数（日） 5.0 4.2 119.0 ◎"], answer=["◎"],
         notes="(h) KPI table with a mark column: the 評価 cell (no gold cell); note ※４ explains that for days "
               "the target is divided by the result (5.0 / 4.2 = 119.0 %) and that ◎ means 100 % or more; "
               "84.0 % (4.2 / 5.0) would be a wrong reading"),
    dict(question="利用者満足度は、目標まであと何ポイント足りませんでしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["利用者満足度（％） 90.0 84.6 94.0 ○"], answer=["5.4ポイント"],
         computed=True,
         notes="(h) difference of the 目標 and 実績 columns: 90.0 − 84.6 = 5.4 points; 94.0 (達成率) and 6.0 "
               "(100 − 94.0) are the traps"),
    dict(question="2024年度に、新しい輸出先を検討するために個別集計を使った件数は何件ですか？",
         category="tokei", doc=TOKEI_PDF, evidence=["新たな輸出先の検討 165 214 129.7"], answer=["214"],
         notes="(i) units per column in the header: column 令和６年度（件）; 2024年度 = 令和６年度 (the guide prints "
               "no Western year); 165 (令和５年度) is the trap"),
    dict(question="令和６年度の学術・調査研究目的の利用は、前の年度と比べて何％でしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["学術・調査研究 58 52 89.7"], answer=["89.7"],
         notes="(i) 前年度比（％） column (a ratio, not a difference): 52 / 58 = 89.7 %; ▲６件 is no printed value"),
    dict(question="令和６年度の個別集計のうち、事業計画や融資の申請の資料にするための利用は何％を占めていますか？",
         category="tokei", doc=TOKEI_PDF, evidence=["事業計画・融資申請の資料 64 84 131.3", "合計 553 648 117.2"],
         answer=["13.0%"], computed=True,
         notes="(i) share within a year column: 84 / 648 = 13.0 %; 131.3 (前年度比) is the trap; 648 is also "
               "(h)'s 実績 of 個別集計の提供件数"),
    # --- followups
    dict(question="では、その経費を小規模企業者が申請する場合、上限額はいくらですか？",
         category="followup", doc=CFP_PDF, evidence=["開示資料の翻訳費 40 60 400 500"], answer=["500"],
         history=_turns("開示資料の翻訳費について、中小企業者の補助率は何％ですか？",
                        "中小企業者の補助率は40％です[1]。"),
         notes="(a) the row from the history (開示資料の翻訳費), leaf 上限額（千円）／小規模企業者; 400 (中小企業者) "
               "and 60 (the 小規模企業者 rate) are the traps"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=CFP_PDF, evidence=["令和５年度 21 15 ５ ８ 21,475"], answer=["21,475"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は21件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（千円） (a header printed over "
               "two lines)"),
    dict(question="そのうち、技術職は何人でしたか？",
         category="followup", doc=SAIYO_PDF, evidence=["インド ５ 22 ８ 19 54"], answer=["22"],
         history=_turns("令和５年度に、インドの拠点で採用された現地スタッフは何人ですか？",
                        "インドの拠点での採用は54人でした[1]。"),
         notes="(e) the row from the history (インド), column 技術職; 19 (製造・現場職) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=TOKEI_PDF, evidence=["電話：099-777-3200"], answer=["099-777-3200"],
         history=_turns("個別集計を申し込んだ会社から、作業がどこまで進んでいるか知りたいと言われました。どこに聞けばよいですか？",
                        "申込みと提供の進み具合は、公益財団法人椹県国際ビジネス支援センターのデータ提供室が受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-777-3150 and fax "
               "099-777-3159 (first line) are the near misses"),
    dict(question="それは、前の年度と比べると何％でしたか？",
         category="followup", doc=TOKEI_PDF, evidence=["価格・競合の分析 88 97 110.2"], answer=["110.2"],
         history=_turns("令和６年度、価格や競合の分析を目的にした個別集計は何件ありましたか？",
                        "価格・競合の分析を目的とした個別集計は97件でした[1]。"),
         notes="(i) the row from the history (価格・競合の分析), column 前年度比（％）; 88 (令和５年度) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で算定した製品の二酸化炭素の排出量は、平均で何トンくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline defines the carbon footprint and gives grants, fields and cases, never the results",
         absent=["トン", "t-CO2", "排出量の平均"]),
    dict(question="補助を受けた企業のうち、実際に海外の取引先から受注が増えたところはどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline requires a report on the disclosure (第７条), but gives no orders or sales afterwards",
         absent=["受注", "売上"]),
    dict(question="現地スタッフの給与の水準は、国ごとにどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the hires by country and job, the ways of hiring and the time taken, not pay",
         absent=["給与", "賃金", "月給"]),
    dict(question="採用した現地スタッフが１年以内に辞めてしまう割合は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey covers hiring only, not staff leaving",
         absent=["離職", "退職", "定着"]),
    dict(question="個別集計の申込みで、一番多く調べられている品目は何ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the requests by purpose (and the KPIs), not by product",
         absent=["品目別の提供件数", "品目別の件数", "最も多い品目"]),
    dict(question="令和６年度にこのサービスを使った県外の企業は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the users in total (233社), not by where they are",
         absent=["県外"]),
]
CATEGORY_COUNTS = {"cfp": 11, "saiyo": 10, "tokei": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h73q", "h73t"
BARE_UNITS = r"(%|万円|千円|円|件|人|ポイント)$"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, H, I, J = (
    "補助対象経費別の補助率と上限額", "申請と交付の実績", "製品分野別の交付件数",
    "業種別の回答企業と現地スタッフの採用状況", "国・地域別、職種別の採用人数", "現地スタッフの採用の方法（複数回答）",
    "提供の種類別の料金", "成果指標の達成状況", "利用の目的別の個別集計の提供件数")
LETTERS = dict(zip((A, B, C, D, E, F, H, I, J), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _small_rate_grant(g, row, cost_man):
    """The grant in 万円 of a 小規模企業者 for a cost (万円) of one cost item: rate, then cap (千円)."""
    rate = g(A, row, "補助率（％）／小規模企業者", 2025)
    cap = g(A, row, "上限額（千円）／小規模企業者", 2025)
    return min(cost_man * 10 * rate // 100, cap) // 10


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h73q03": lambda g: f"{_small_rate_grant(g, '開示資料の翻訳費', 65)}万円",
    "h73q06": lambda g: f"{g(B, '令和６年度', '交付額（千円）', 2024) // g(B, '令和６年度', '交付件数（件）', 2024):,}千円",
    "h73q08": lambda g: _pct(g(C, "機械・部品", "令和６年度", 2024) + g(C, "電気・電子部品", "令和６年度", 2024),
                             g(C, "合計", "令和６年度", 2024)),
    "h73q15": lambda g: _avg(g(D, "電気機器", "採用人数（人）", 2023), g(D, "電気機器", "採用実施企業（社）", 2023), "人"),
    "h73q16": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h73q18": lambda g: _pct(g(E, "米国", "管理職", 2023), g(E, "米国", "計", 2023)),
    "h73q24": lambda g: f"{g(H, '個別集計（１件目）', 'その他の利用者（円）', 2025) + 2 * g(H, '個別集計（２件目以降、１件当たり）', 'その他の利用者（円）', 2025):,}円",
    "h73q26": lambda g: f"{Decimal(str(g(I, '利用者満足度（％）', '目標', 2024))) - Decimal(str(g(I, '利用者満足度（％）', '実績', 2024)))}ポイント",
    "h73q29": lambda g: _pct(g(J, "事業計画・融資申請の資料", "令和６年度（件）", 2024), g(J, "合計", "令和６年度（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {CFP_PDF: (2, 3), SAIYO_PDF: (2, 3), TOKEI_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (190, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("電気機器", "輸送用機器", "卸売・小売業", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout73.py")
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
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(BARE_UNITS, "", nfkc(a))
                if bare in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
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
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 8 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected about 10")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout73.py")
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
            errors.append(f"{g['id']}: every gold cell of this set should be numeric")
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
            # each printed row, cell after cell (the 「－」 and mark cells included), on its page
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
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): the small-firm rate and cap at least the general ones; caps within the firm caps of 第４条第２項
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"] \
                or r["上限額（千円）／小規模企業者"] < r["上限額（千円）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 below 中小企業者")
        if r["上限額（千円）／中小企業者"] > FIRM_CAP * 10 or r["上限額（千円）／小規模企業者"] > FIRM_CAP_SMALL * 10:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第４条第２項")
    if sum(r["上限額（千円）／中小企業者"] for r in t[A].values()) <= FIRM_CAP * 10:
        errors.append(f"{A}: the firm cap should bind when several items are used")
    # (b): growing applications; 小規模 and 第三者検証 within grants; grants within the firm caps; 「－」 before SMALL_FROM
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for y, a, n, s, v, amt in RECORD:
        r = b[era(y)]
        has_small = "うち小規模企業者（件）" in r
        if has_small != (y >= SMALL_FROM) or (has_small and r["うち小規模企業者（件）"] > n):
            errors.append(f"{B} / {era(y)}: the 小規模企業者 column should be 「－」 exactly before {SMALL_FROM}")
        if not (v <= n <= a) or amt > n * FIRM_CAP_SMALL * 10:
            errors.append(f"{B} / {era(y)}: grants out of range")
    # (c): 合計 adds up; 増減 is the difference; the year columns equal (b)'s grants
    c = t[C]
    year_cols = [era(y) for y in FIELD_YEARS]
    adds_up(C, year_cols + ["増減"])
    for row, r in c.items():
        if r["増減"] != r[year_cols[1]] - r[year_cols[0]]:
            errors.append(f"{C} / {row}: 増減 is not the difference of the years")
    for y in FIELD_YEARS:
        if c["合計"][era(y)] != b[era(y)]["交付件数（件）"]:
            errors.append(f"{C}: 合計 of {era(y)} differs from {B}")
    # (d): 合計 adds up; hiring firms within respondents; the totals equal the firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "採用実施企業（社）", "採用人数（人）", "うち管理職（人）"))
    for row, r in d.items():
        if r["採用実施企業（社）"] > r["回答企業数（社）"] or r["うち管理職（人）"] > r["採用人数（人）"] \
                or r["採用人数（人）"] < r["採用実施企業（社）"]:
            errors.append(f"{D} / {row}: counts out of range")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["採用実施企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 合計 and 計 add up; the totals equal (d)'s hires and managers
    e = t[E]
    jobs = [label(j) for j in JOBS]
    adds_up(E, jobs + ["計"])
    for row, r in e.items():
        if r["計"] != sum(r[j] for j in jobs):
            errors.append(f"{E} / {row}: 計 is not the sum of the jobs")
    if e["合計"]["計"] != d["合計"]["採用人数（人）"] or e["合計"]["管理職"] != d["合計"]["うち管理職（人）"]:
        errors.append(f"{E}: 合計 differs from {D}")
    # (f): the per cents come from the counts; the ｎ from (d) and the firm sizes
    n_all = d["合計"]["採用実施企業（社）"]
    for name, a, bb in CHANNELS:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, SIZES[0][2]), pct1(bb, SIZES[1][2]))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): the other users pay twice the small firms' fee
    for row, r in t[H].items():
        if r["その他の利用者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{H} / {row}: その他の利用者 is not twice 県内中小企業")
    # (h): 達成率 from 目標 and 実績 (the days the other way round); 実績 of 個別集計 equals (i)'s 合計
    for name, tgt, act, lower in KPIS:
        r = t[I][name]
        if Decimal(str(r["達成率（％）"])) != achievement(tgt, act, lower):
            errors.append(f"{I} / {name}: 達成率 does not follow from 目標 and 実績")
    j = t[J]
    jy = [f"{era(y)}（件）" for y in PURPOSE_YEARS]
    if t[I]["個別集計の提供件数（件）"]["実績"] != j["合計"][jy[1]]:
        errors.append(f"{I}: the 実績 of 個別集計 differs from {J}'s 合計")
    # (i): 合計 adds up; 前年度比 is the ratio of the years
    adds_up(J, jy)
    for row, r in j.items():
        if Decimal(str(r["前年度比（％）"])) != pct1(r[jy[1]], r[jy[0]]):
            errors.append(f"{J} / {row}: 前年度比 is not the ratio of the years")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SAIYO_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、運輸業、サービス業等") not in norm(pages[SAIYO_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["channels"].ruled or not all(s.ruled for k, s in specs.items() if k != "channels"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／中小企業者", "上限額（千円）／小規模企業者"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows, every header cell but the first printed over two lines, 「－」 cells and no gold for them
    bg = [g for g in gold if g["table"] == B]
    if sorted({g["fiscal_year"] for g in bg}) != list(RECORD_YEARS):
        errors.append(f"{B}: expected years as rows")
    rec = specs["record"]
    if not all("\n" in h for h in rec.header[0][1:]):
        errors.append(f"{B}: expected every header cell but the first printed over two lines")
    dashes = [(r[0], c) for r in rec.rows for c, v in enumerate(r) if v == DASH]
    if len(dashes) != sum(y < SMALL_FROM for y in RECORD_YEARS) \
            or any(g["value"] == DASH for g in gold) \
            or len(bg) != len(rec.rows) * len(rec.value_cols) - len(dashes):
        errors.append(f"{B}: expected one 「－」 cell (no gold cell) per year before {SMALL_FROM}")
    bpage = {g["page"] for g in bg}
    if len(bpage) == 1 and norm("".join(h.replace("\n", "") for h in rec.header[0])) \
            not in norm(pages[CFP_PDF][min(bpage) - 1]):
        errors.append(f"{B}: the two-line header cells are not printed in order")
    # (c): a 増減 column with ▲ for decreases, covering both years
    cg = [g for g in gold if g["table"] == C and g["column"] == "増減"]
    if not any(g["value"].startswith(MINUS) and g["number"] < 0 for g in cg) \
            or any(g["number"] < 0 and not g["value"].startswith(MINUS) for g in cg) \
            or any(g["fiscal_year_range"] != list(FIELD_YEARS[::len(FIELD_YEARS) - 1]) for g in cg):
        errors.append(f"{C}: expected a 増減 column printing decreases with ▲, covering both years")
    if any(g["fiscal_year_range"] is not None for g in gold
           if (g["table"], g["column"]) not in ((C, "増減"), (J, "前年度比（％）"))):
        errors.append("only (c)'s 増減 and (i)'s 前年度比 may have a fiscal_year_range")
    # (e): header cells over two lines and a total column on the right
    if [label(h) for h in specs["countries"].header[0]][-1] != "計" or not any("\n" in h for h in specs["countries"].header[0]):
        errors.append(f"{E}: expected two-line header cells and a 計 column on the right")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (h): 目標 / 実績 / 達成率 with a mark column that follows note ※４; units from the row labels
    kp = specs["kpis"]
    for r in kp.rows:
        if r[4] != mark(Decimal(nfkc(r[3]))):
            errors.append(f"{I} / {r[0]}: mark {r[4]} does not follow note ※４")
    if {r[4] for r in kp.rows} != {m for m, _lo in MARKS} or any(g["column"] == "評価" for g in gold):
        errors.append(f"{I}: expected the three marks ◎ ○ △ in a column with no gold cells")
    ig = [g for g in gold if g["table"] == I]
    if any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in ig) \
            or len({g["unit"] for g in ig}) < 4:
        errors.append(f"{I}: units should come from the row labels (and % for 達成率)")
    # (i): units per column in the header, a 前年度比 column covering both years
    jg = [g for g in gold if g["table"] == J]
    if {(g["column"], g["unit"]) for g in jg} != {(f"{era(y)}（件）", "件") for y in PURPOSE_YEARS} | {("前年度比（％）", "%")} \
            or any(g["fiscal_year_range"] != [2023, 2024] for g in jg if g["column"] == "前年度比（％）"):
        errors.append(f"{J}: expected units in the column headers and a 前年度比 column")
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
        got = re.findall(r"099-77\d-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(bool(re.match(r"\s*○\s", x)) and not any(norm(t) in norm(x) for t in titles)
                  for x in "\n".join(pages[doc]).splitlines())
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the grant guideline
    ct = norm("\n".join(pages[CFP_PDF]))
    siblings(ct, CFP_PDF, ("対象製品：", "実施した内容：", "補助金の額："), [c[0] for c in CFP_CASES])
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    if amt_all % 10 or norm(f"延べ{n_all}件、{amt_all // 10:,}万円") not in ct:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）") not in ct:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    top = sorted(FIELDS, key=lambda r: -r[2])
    if top[0][0] != "食品・飲料" or top[0][2] == top[1][2]:
        errors.append("guideline: 「令和６年度は食品・飲料が最も多く」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, _what, _done, amount, size, items in CFP_CASES:
        col = 4 if size == "小規模企業者" else 3
        cap = FIRM_CAP_SMALL if col == 4 else FIRM_CAP
        if int(amount.rstrip("万円")) * 10 > min(cap * 10, sum(rates[x][col] for x in items)):
            errors.append(f"guideline: case {head} exceeds its caps")
    if re.findall(r"20\d\d年", ct) != ["2021年"]:
        errors.append("guideline: only 2021年度 should be printed in Western form")
    defs(ct, ("カーボンフットプリント", "輸出製品", "中小企業者", "小規模企業者", "第三者検証"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in ct:
            errors.append(f"guideline: the cost not covered {x} is missing")
    arts = [x for x in "\n".join(pages[CFP_PDF]).splitlines() if re.match(r"\s*第[１-９]条\s", x)]
    if [x.strip()[1] for x in arts] != [fw(i) for i in range(1, 8)]:
        errors.append(f"guideline: expected lines starting 第１条 … 第７条, got {[x.strip()[:3] for x in arts]}")
    raw = "\n".join(pages[CFP_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guideline: expected three Ｑ lines and three Ａ lines")
    steps_of(CFP_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(CFP_PDF, ["099-771-2410", "099-771-2419", "099-771-2500"], ["sawara-cfp@example.jp"], "guideline")

    # ---- the survey of local staff hiring
    sh = norm("\n".join(pages[SAIYO_PDF]))
    siblings(sh, SAIYO_PDF, ("拠点の所在地：", "令和５年度の採用人数：", "工夫していること："), [c[0] for c in SAIYO_CASES])
    total, n = respondents(), hiring_firms()
    people, managers = sum(r[3] for r in INDUSTRIES), sum(r[4] for r in INDUSTRIES)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in sh \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）") not in sh \
            or norm(f"採用人数は合わせて{people}人、うち管理職は{managers}人") not in sh:
        errors.append("survey: the response and hiring figures in the prose differ from (d)")
    top = sorted(INDUSTRIES, key=lambda r: -r[3])[0][0], sorted(INDUSTRIES, key=lambda r: -r[2])[0][0]
    if top != ("電気機器", "機械"):
        errors.append("survey: 「電気機器の採用人数が最も多く、採用実施企業数では機械が最も多い」 does not hold")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in sh or norm(f"中小企業は{s_n}社のうち{s_t}社") not in sh:
        errors.append("survey: the firm sizes in the prose differ from the data")
    ranked = [c[0] for c in sorted(COUNTRIES, key=lambda r: -sum(r[1:]))]
    if ranked[:3] != ["ベトナム", "タイ", "中国"]:
        errors.append("survey: 「ベトナムが最も多く、タイ、中国が続く」 does not hold")
    jobs_total = [sum(c[j] for c in COUNTRIES) for j in (1, 2, 3, 4)]
    us = next(c for c in COUNTRIES if c[0] == "米国")
    if not jobs_total[3] * 2 > sum(jobs_total) or not (us[2] > us[4] and us[3] > us[4]):
        errors.append("survey: 「製造・現場職が半数を超えた」 or the 米国 sentence does not hold")
    s_rank = [x[0] for x in sorted(CHANNELS, key=lambda r: -r[1])]
    l_rank = [x[0] for x in sorted(CHANNELS, key=lambda r: -r[2])]
    a_rank = [x[0] for x in sorted(CHANNELS, key=lambda r: -(r[1] + r[2]))]
    uni = next(x for x in CHANNELS if x[0] == "現地の大学・職業訓練校")
    if not a_rank[0] == s_rank[0] == l_rank[0] == "求人サイト・求人広告" or s_rank[1] != "従業員や取引先からの紹介" \
            or a_rank[1] == s_rank[1] or not pct1(uni[2], SIZES[1][2]) > 2 * pct1(uni[1], SIZES[0][2]):
        errors.append("survey: the ranking of (f) in the prose does not hold")
    if norm(s_rank[1]) in norm(pages[SAIYO_PDF][0] + pages[SAIYO_PDF][1]) \
            or sh.count(norm(s_rank[1])) != 1:
        errors.append("survey: the second-largest channel of 中小企業 should be printed only in (f)")
    top3 = sorted(INDUSTRIES, key=lambda r: -r[3])[:3]
    if [r[0] for r in top3] != ["電気機器", "機械", "輸送用機器"] \
            or norm(f"採用人数全体の{pct1(sum(r[3] for r in top3), people)}％") not in sh:
        errors.append("survey: the share of the top three industries in the prose does not hold")
    if [x[0] for x in CHANNELS].index(s_rank[1]) == 1:
        errors.append("survey: the second-largest channel of 中小企業 should not be printed second")
    if re.findall(r"20\d\d年", sh) != ["2024年"] or re.findall(r"20\d\d年度", sh):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(sh, ("海外拠点", "現地スタッフ", "採用実施企業", "中小企業"), "survey")
    bullets_in(SAIYO_PDF, 3, "survey")
    steps_of(SAIYO_PDF, "①②③④", "survey")
    contacts(SAIYO_PDF, ["099-774-1620", "099-774-1629", "099-774-1700"], ["sawara-kokusai@example.jp"], "survey")

    # ---- the service guide
    kt = norm("\n".join(pages[TOKEI_PDF]))
    siblings(kt, TOKEI_PDF, ("提供する内容：", "提供までの期間：", "提供の形式："), [k[0] for k in KINDS])
    ta, tb = sum(r[1] for r in PURPOSES), sum(r[2] for r in PURPOSES)
    if norm(f"個別集計の提供件数は{tb}件で、前年度の{ta}件から{tb - ta}件増え、目標を上回りました") not in kt:
        errors.append("guide: the use figures in the prose differ from (i)")
    kp = {k[0]: k for k in KPIS}
    if not kp["個別集計の提供件数（件）"][2] > kp["個別集計の提供件数（件）"][1] \
            or not kp["分析レポートの提供件数（件）"][2] < kp["分析レポートの提供件数（件）"][1]:
        errors.append("guide: 「目標を上回りました」 or 「目標に届かなかった」 does not hold")
    if norm(f"利用事業者数は{kp['利用事業者数（社）'][2]}社") not in kt:
        errors.append("guide: the users in the prose differ from (h)")
    if sorted(PURPOSES, key=lambda r: -r[2])[0][0] != "新たな輸出先の検討":
        errors.append("guide: 「新たな輸出先の検討が最も多く」 does not hold")
    if re.findall(r"20\d\d年", kt):
        errors.append("guide: no Western year should be printed")
    defs(kt, ("貿易統計", "１件", "営業日"), "guide")
    bullets_in(TOKEI_PDF, 4, "guide")
    steps_of(TOKEI_PDF, "①②③④⑤⑥", "guide")
    contacts(TOKEI_PDF, ["099-777-3150", "099-777-3159", "099-777-3200"], ["sawara-tokei@example.jp"], "guide")
    # every phone number of the set is fictional (099-77x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{name}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in OTHER_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
