"""Build the 榊県 held-out set 32: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (榊県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要領) for a subsidy helping small firms find overseas sales agents and
distributors (海外販売代理店開拓支援補助金) with a two-level header of rates and caps grouped by
firm size, a yearly record (years as rows) and the contracts by country with the fiscal years
as columns; the annual operating report (運営報告書) of a multilingual call centre for foreign
tourists (多言語観光コールセンター) with the calls by language (a stub header 言語 over the row
labels, the rows grouped under a 区分 cell spanning several rows) and by month (a table continued
over a page break without its header); and the report (報告書) of a survey of the overseas bases
of the prefecture's companies (海外拠点動向調査) with the bases by country and an unruled table of
the reasons for setting them up; see README.md beside this file.

    python make_heldout32.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout24/make_heldout24.py (its splittable paragraph, its group／leaf reading of a two-level
header, its generic question and gold checks); the shared helpers are in ../docgen.py
(unchanged). The gold cells are generated from the same specs that draw the tables; PDF page
numbers are recorded while reportlab lays the pages out. The output is byte-identical on every
run (reportlab ``invariant=True``). The script exits 1 if any check fails.
"""


import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
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

BOSHU_PDF = "sakaki_kaigai_hanbai_dairiten_kaitaku_hojokin_boshu_r7.pdf"
CALL_PDF = "sakaki_tagengo_kanko_callcenter_unei_hokoku_r6.pdf"
KYOTEN_PDF = "sakaki_kennai_kigyo_kaigai_kyoten_doko_chosa_r6.pdf"
ALL_PDFS = (BOSHU_PDF, CALL_PDF, KYOTEN_PDF)

UNITS = ("万円", "拠点", "件", "人", "分", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-34\d-\d{4}"  # every phone number of the set


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
    """The unit in brackets at the end of a label (交付額（万円） -> 万円), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def div1(k: int, n: int) -> Decimal:
    """k / n with one decimal, rounded half up."""
    return half_up(Decimal(k) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def wareki(d: date) -> str:
    """令和６年６月18日（火） as the prefecture prints a date."""
    wd = "月火水木金土日"[d.weekday()]
    return f"令和{fw(d.year - 2018)}年{fw(d.month)}月{fw(d.day)}日（{wd}）"


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


PREF = "榊県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: call for applications, sales-agent subsidy
HOJO = f"{PREF}海外販売代理店開拓支援補助金"
BOSHU_DEPT = f"{PREF} 商工労働部 国際ビジネス振興課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団 海外展開サポートデスク"
SMALL_DEF = "「小規模企業者」とは、常時使用する従業員の数が20人（卸売業、小売業及びサービス業は５人）以下の中小企業者をいう。"
PRIORITY_DEF = "「重点地域」とは、東南アジア諸国連合（ＡＳＥＡＮ）の加盟国及びインドをいう。"
AGENT_DEF = ("「海外販売代理店等」とは、海外において申請者の商品を継続して販売する販売代理店（申請者の名で販売し、手数料を"
             "受け取る者）及び販売店（申請者から商品を買い取り、自らの名で販売する者）をいい、一回限りの取引を仲介する者は含まない。")
RATES = [  # 経費区分; 中小企業者: 補助率（％）, 上限額（万円）; 小規模企業者: 補助率（％）, 上限額（万円） (令和７年度)
    ("代理店候補の調査費", 50, 30, 75, 30), ("商談のための渡航費", 50, 40, 60, 45),
    ("現地商談会の参加費", 50, 30, 75, 35), ("契約書の作成・翻訳費", 50, 15, 75, 20),
    ("販促資料の作成費", 40, 20, 50, 25),
]
PRIORITY_ADDON = 10  # note ※２: 万円 added to each cap for a 重点地域
COMPANY_CAP = (100, 120)  # note ※３: 万円 per firm (general, with a 重点地域)
GRANT_YEARS = [  # 年度, 申請件数, 採択件数, 交付額（万円）, 契約締結件数
    (2020, 18, 11, 312, 6), (2021, 24, 15, 468, 9), (2022, 31, 19, 597, 13), (2023, 37, 24, 781, 17),
    (2024, 45, 28, 946, 22),
]
CONTRACTS = [  # 国・地域; 契約締結件数 令和４年度, 令和５年度, 令和６年度
    ("ベトナム", 3, 4, 6), ("タイ", 2, 4, 5), ("インドネシア", 1, 1, 2), ("台湾", 2, 3, 3),
    ("米国", 2, 2, 3), ("オーストラリア", 1, 1, 1), ("その他", 2, 2, 2),
]
CONTRACT_YEARS = (2022, 2023, 2024)
CASES = [  # 見出し, 開拓した国・地域, 契約の相手, 補助金の額 (same labels in every sibling section)
    ("水産加工業Ａ社（汐見市）", "タイ", "バンコクの水産物卸売業者（販売店契約）", "46万円"),
    ("刃物製造業Ｂ社（峰岡市）", "米国", "シカゴの業務用厨房用品の販売代理店（販売代理店契約）", "58万円"),
    ("家具製造業Ｃ社（柚原町）", "ベトナム", "ホーチミン市の家具販売店（販売店契約）", "33万円"),
]


def boshu_specs():
    rates = TableSpec(
        key="rates", doc=BOSHU_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "中小企業者", "", "小規模企業者", ""],
                ["", "補助率（％）", "上限額（万円）", "補助率（％）", "上限額（万円）"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    years = TableSpec(
        key="grants", doc=BOSHU_PDF, title="年度別の採択・交付実績",
        header=[["年度", "申請件数（件）", "採択件数（件）", "交付額（万円）", "契約締結件数（件）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in GRANT_YEARS],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in CONTRACTS]
    rows.append(["合計"] + [fw(sum(r[k] for r in CONTRACTS)) for k in (1, 2, 3)])
    countries = TableSpec(
        key="countries", doc=BOSHU_PDF, title="国・地域別の契約締結件数",
        header=[["国・地域"] + [f"令和{fw(y - 2018)}年度" for y in CONTRACT_YEARS]],
        rows=rows, col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], unit="件",
    )
    return rates, years, countries


def boshu_story(specs):
    rates, years, countries = specs
    adopted, granted = sum(r[2] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    top = max(CONTRACTS, key=lambda r: r[3])[0]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO} 募集要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(BOSHU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の目的", H1)]
    st += paras(f"""
県内の中小企業が、海外で自社の商品を継続して売ってくれる販売代理店や販売店を見つけ、契約を結ぶまでの活動に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までの５年間に、延べ{adopted}件を採択し、{granted:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者で、海外販売代理店等を新たに開拓しようとするもの"),
        ("募集期間", "令和７年５月７日から令和７年７月31日まで"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "30件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += [P("３　用語の定義", H1)]
    st += paras(f"""
この要領において{AGENT_DEF}
{SMALL_DEF}
{PRIORITY_DEF}
""", 0)
    st += [P("４　補助対象経費、補助率及び上限額", H1)]
    st += paras("補助率と上限額（経費区分ごと）は、申請者の規模によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用する。",
        f"※２ 重点地域の海外販売代理店等を開拓する場合は、各経費区分の上限額に{PRIORITY_ADDON}万円を加える。",
        f"※３ 補助金の額は、１事業者当たり{COMPANY_CAP[0]}万円（重点地域の活動を含む場合は{COMPANY_CAP[1]}万円）を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += [P("５　補助の対象とならない経費", H1)]
    st += bullets([
        "既に取引のある海外の代理店等との契約の更新に係る経費",
        "交付決定の日より前に発注し、又は支払った経費",
        "代理店等に支払う販売手数料及び商品の輸送費",
        "飲食費、接待費及び贈答品の購入費",
    ], 0)
    st += [P("６　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際ビジネス振興課又は{ZAIDAN}へ）",
        "② 申請書類の提出（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査と採択（外部の有識者による書面審査と面接を行い、８月下旬に結果を通知）",
        "④ 交付決定と補助事業の実施",
        "⑤ 実績報告（事業が完了した日から30日以内又は令和８年３月６日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("７　これまでの実績", H1)]
    st += paras(f"""
令和６年度は{last[1]}件の申請のうち{last[2]}件を採択し、{last[3]}万円を交付しました。補助を受けた事業者が結んだ海外販売代理店等との契約は{last[4]}件で、国・地域別では{top}が最も多くなっています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(countries.title, "（単位：件）"), countries.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 契約締結件数は、補助を受けた事業者が補助事業期間中に海外販売代理店等と結んだ契約の数である。一つの事業者が複数の契約を結んだ場合は、それぞれ数えている。",
        "※５ 「その他」は、マレーシア、インド、ドイツ等である。",
    ])
    st += [P("８　活用事例（令和６年度）", H1)]
    for i, (head, where, whom, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開拓した国・地域", where), ("契約の相手", whom), ("補助金の額", amount)], 1)
    st += [P("９　よくある質問", H1)]
    qa = [
        ("既に取引のある海外の代理店との契約を更新する費用も対象になりますか。",
         "対象になりません。新たに開拓する海外販売代理店等に係る経費に限ります。"),
        ("商談を重ねたものの、契約に至らなかった場合はどうなりますか。",
         "補助の対象となる経費を支払っていれば、補助金は交付します。実績報告には、商談の経過を記録した書類を添えてください。"),
        ("重点地域の国とそれ以外の国の両方で代理店を探すことはできますか。",
         f"できます。この場合、補助金の額の上限は{COMPANY_CAP[1]}万円となりますが、上限額の加算は重点地域での活動の経費に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("10　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{BOSHU_DEPT} 販路開拓班　電話：099-341-2710　ファクス：099-341-2719",
        f"{ZAIDAN}（事前相談）　電話：099-345-1180",
        "電子メール：dairiten@pref.sakaki.example.jp",
    ]))
    return st


# ================================================================ document 2: multilingual tourist call centre
CENTER = f"{PREF}多言語観光コールセンター"
CALL_DEPT = f"{PREF} 観光文化部 観光振興課"
RENMEI = f"一般社団法人{PREF}観光連盟"
LANGS = [  # 区分, 言語, 対応件数, うち三者通話, 通話時間の合計（分） (令和６年度)
    ("アジアの言語", "中国語", 1284, 312, 8731), ("アジアの言語", "韓国語", 946, 205, 5581),
    ("アジアの言語", "タイ語", 418, 96, 3093), ("アジアの言語", "ベトナム語", 237, 61, 1920),
    ("アジアの言語", "インドネシア語", 102, 24, 785),
    ("欧米の言語", "英語", 1517, 298, 9406), ("欧米の言語", "フランス語", 143, 27, 930),
    ("欧米の言語", "スペイン語", 89, 18, 623),
]
GROUPS = ("アジアの言語", "欧米の言語")
MONTHS = [  # 月, 対応件数, うち急病・けが (令和６年度)
    (4, 312, 9), (5, 356, 11), (6, 298, 8), (7, 404, 12), (8, 468, 15), (9, 371, 10),
    (10, 455, 13), (11, 417, 12), (12, 389, 14), (1, 436, 16), (2, 402, 11), (3, 428, 10),
]
PREV_CALLS = 3912  # 令和５年度
TOPICS = (("交通・移動", 1498), ("観光施設・イベント", 1037), ("宿泊", 716))  # the three largest
FACILITIES = (684, 97)  # registered at the end of 令和６年度, increase over the year
SESSIONS = [  # 見出し, 開催日, 参加施設数, 主な内容 (same labels in every sibling section)
    ("汐見市会場", date(2024, 6, 18), "42施設", "三者通話の実演、登録の手続の説明"),
    ("峰岡市会場", date(2024, 10, 8), "27施設", "飲食店での注文やアレルギーの確認を想定した三者通話の練習"),
    ("千鳥町会場", date(2025, 2, 4), "19施設", "旅館での急病人への対応を想定した三者通話の練習"),
]


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def call_specs():
    rows, spans, start = [], [], 1  # header is row 0
    for g in GROUPS:
        members = [x for x in LANGS if x[0] == g]
        for k, (_g, name, n, three, minutes) in enumerate(members):
            rows.append([g if k == 0 else "", name, fw(n), fw(three), cell(div1(minutes, n))])
        spans.append(((0, start), (0, start + len(members) - 1)))
        start += len(members)
    tot = [sum(x[k] for x in LANGS) for k in (2, 3, 4)]
    rows.append(["合計", "合計", fw(tot[0]), fw(tot[1]), cell(div1(tot[2], tot[0]))])
    spans.append(((0, start), (1, start)))
    langs = TableSpec(
        key="langs", doc=CALL_PDF, title="言語別の対応件数",
        header=[["区分", "言語", "対応件数（件）", "うち三者通話（件）", "平均通話時間（分）"]],
        rows=rows, col_widths=[28 * mm, 30 * mm, 32 * mm, 34 * mm, 34 * mm], label_col=1,
        spans=spans, table_fy=2024,
    )
    langs.unit = lambda row, c, s=langs: bracket_unit(s.column_label(c))
    mrows = [[month_label(m), fw(a), fw(b)] for m, a, b in MONTHS]
    mrows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2)])
    months = TableSpec(
        key="months", doc=CALL_PDF, title="月別の対応件数",
        header=[["月", "対応件数（件）", "うち急病・けが（件）"]],
        rows=mrows, col_widths=[30 * mm, 40 * mm, 44 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    return langs, months


def call_story(specs):
    langs, months = specs
    total, three = sum(x[2] for x in LANGS), sum(x[3] for x in LANGS)
    ranked = [x[1] for x in sorted(LANGS, key=lambda x: -x[2])]
    peak = max(MONTHS, key=lambda m: m[1])[0]
    urgent_peak = max(MONTHS, key=lambda m: m[2])[0]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CENTER} 運営報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(CALL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　センターの概要", H1)]
    st += lv_lines([
        ("運営", f"{RENMEI}（県からの委託）"),
        ("受付時間", "24時間（年中無休）"),
        ("対応言語", "英語、中国語、韓国語、タイ語、ベトナム語、インドネシア語、フランス語、スペイン語"),
        ("運営費", "2,860万円"),
    ], 0)
    st += paras("""
「対応件数」とは、オペレーターが応答した通話の件数をいい、同じ旅行者からの２回目以降の通話もそれぞれ１件と数える（間違い電話は含まない。）。「三者通話」とは、旅行者と施設の従業員との会話を、オペレーターが電話で同時に通訳することをいう。
""", 0)
    st += [P("２　言語別の対応状況", H1)]
    st += paras(f"""
令和６年度の対応件数は{total:,}件で、前年度（{PREV_CALLS:,}件）に比べ{total - PREV_CALLS}件増えた。言語別では{ranked[0]}が最も多く、{ranked[1]}、{ranked[2]}が続いた。
""", 0)
    st += [caption(langs.title, "（令和６年度）"), langs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 平均通話時間は、通話時間の合計を対応件数で割ったもので、小数点以下第２位を四捨五入している。",
        "※２ 中国語には、普通話のほか広東語での対応を含む。",
    ])
    st += [P("３　月別の対応状況", H1)]
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes(["※３ １月から３月は令和７年の件数である。"])
    st += paras(f"""
{month_label(peak)}は夏休みの旅行者が多く、対応件数が年間で最も多かった。急病・けがに関する通話は年間{sum(m[2] for m in MONTHS)}件で、スキー場でのけがが重なった{month_label(urgent_peak)}が最も多かった。
""", 0)
    st += [P("４　内容別の対応状況", H1)]
    (t1, n1), (t2, n2), (t3, n3) = TOPICS
    st += paras(f"""
通話の内容別では、「{t1}」が{n1:,}件で最も多く、「{t2}」（{n2:,}件）、「{t3}」（{n3}件）が続いた。「{t1}」では、路線バスの乗り方や運休の情報を尋ねるものが多かった。
""", 0)
    st += [P("５　登録施設と説明会", H1)]
    st += paras(f"""
「登録施設」とは、三者通話を利用するため県に登録した施設をいう。令和７年３月末現在の登録施設は{FACILITIES[0]}施設（前年度末から{FACILITIES[1]}施設増）で、令和６年度の三者通話は{three:,}件、対応件数全体の２割余りであった。登録を広げるため、施設向けの説明会を次のとおり開いた。
""", 0)
    for i, (head, when, n, what) in enumerate(SESSIONS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", wareki(when)), ("参加施設数", n), ("主な内容", what)], 1)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 令和７年度から、ネパール語とポルトガル語を対応言語に加える。",
        "② 登録施設の少ない山間部の町で、説明会を新たに開く。",
        "③ 旅行者用ダイヤル（099-346-0080）を載せたカードを、空港と主な駅の案内所で配る。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CALL_DEPT} 受入環境班　電話：099-342-3310　ファクス：099-342-3319",
        f"{RENMEI}（施設の登録）　電話：099-346-2200",
        "電子メール：callcenter@pref.sakaki.example.jp",
    ]))
    return st


# ================================================================ document 3: survey of the firms' overseas bases
CHOSA = f"{PREF}内企業の海外拠点動向調査"
KYOTEN_DEPT = f"{PREF} 商工労働部 産業政策課"
MADOGUCHI = f"{PREF}海外ビジネス相談窓口"
TARGET = 386  # 調査対象の企業
BASE_DEF = ("「海外拠点」とは、県内企業が海外に設けた現地法人（県内企業の出資比率が10％以上のもの）、支店及び駐在員事務所をいい、"
            "生産や販売を委託しているだけの海外の企業は含まない。")
STAFF_DEF = "「現地従業員」とは、海外拠点で雇用している従業員をいい、日本から派遣している社員を除く。"
BASES = [  # 国・地域, 拠点数, うち製造拠点, 現地従業員数 (令和６年７月１日現在)
    ("中国", 138, 71, 18420), ("ベトナム", 96, 52, 12306), ("タイ", 74, 38, 9815), ("米国", 47, 12, 2164),
    ("インドネシア", 38, 19, 5027), ("台湾", 29, 8, 1132), ("フィリピン", 21, 11, 3450), ("その他", 62, 17, 4286),
]
INDUSTRIES = (("製造業", 128), ("非製造業", 83))  # ｎ of the respondents by industry
REASONS = [  # 理由, 回答数: 製造業, 非製造業 (複数回答)
    ("現地市場の開拓・拡大", 74, 61), ("取引先の海外進出への対応", 58, 19),
    ("人件費などの生産コストの低減", 52, 6), ("部品・原材料の調達", 31, 9),
    ("現地の人材の確保", 22, 14), ("第三国や日本への輸出拠点", 27, 7), ("その他", 5, 8),
]
REGIONS = [  # 見出し, 回答企業数, うち拡大予定, 主な課題 (same labels in every sibling section)
    ("中国に拠点を持つ企業", 74, 14, "人件費の上昇、現地の需要の伸び悩み"),
    ("ＡＳＥＡＮに拠点を持つ企業", 112, 53, "現地従業員の確保・定着、為替の変動"),
    ("米国に拠点を持つ企業", 31, 13, "人件費の上昇、通商政策の変化"),
]
ISSUES = [("現地従業員の確保・定着", 92), ("人件費の上昇", 81), ("為替の変動", 66), ("現地の法制度・税制の変更", 47)]


def respondents() -> int:
    return sum(n for _i, n in INDUSTRIES)


def kyoten_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in BASES]
    rows.append(["合計"] + [fw(sum(r[k] for r in BASES)) for k in (1, 2, 3)])
    bases = TableSpec(
        key="bases", doc=KYOTEN_PDF, title="国・地域別の海外拠点数",
        header=[["国・地域", "拠点数（拠点）", "うち製造拠点（拠点）", "現地従業員数（人）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 40 * mm, 38 * mm], table_fy=2024,
    )
    bases.unit = lambda row, c, s=bases: bracket_unit(s.column_label(c))
    n_all, (_m, n_m), (_s, n_s) = respondents(), *INDUSTRIES
    reasons = TableSpec(
        key="reasons", doc=KYOTEN_PDF, title="海外拠点を設けた理由（複数回答）",
        header=[["理由", "全体", "製造業", "非製造業"]],
        rows=[[n, cell(pct1(a + b, n_all)), cell(pct1(a, n_m)), cell(pct1(b, n_s))] for n, a, b in REASONS],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return bases, reasons


def kyoten_story(specs):
    bases, reasons = specs
    n_all = respondents()
    n_bases, n_made = sum(b[1] for b in BASES), sum(b[2] for b in BASES)
    ranked = [b[0] for b in sorted(BASES[:-1], key=lambda b: -b[1])]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(KYOTEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業の海外拠点の現状と今後の方針を把握し、海外でのビジネスを支える施策に役立てるため"),
        ("調査対象", f"県内に本社を置き、海外拠点を有する企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）７月１日"),
        ("調査期間", "令和６年７月８日から８月９日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{n_all}社（回答率{pct1(n_all, TARGET)}％）"),
    ], 0)
    st += paras(f"""
この報告書において{BASE_DEF}また、{STAFF_DEF}
""", 0)
    st += [P("２　海外拠点の状況", H1)]
    st += paras(f"""
回答企業{n_all}社が海外に持つ拠点は{n_bases}拠点で、国・地域別では{ranked[0]}が{BASES[0][1]}拠点で最も多く、{ranked[1]}、{ranked[2]}が続いた。このうち製造拠点は{n_made}拠点で、全体の{pct1(n_made, n_bases)}％であった。
""", 0)
    st += [caption(bases.title, "（令和６年７月１日現在）"), bases.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他」は、マレーシア、インド、メキシコ、ドイツ等である。",
        "※２ 現地従業員数には、日本から派遣している社員を含まない。",
    ])
    st += [P("３　海外拠点を設けた理由", H1)]
    st += paras("""
「現地市場の開拓・拡大」を挙げた企業が最も多く、非製造業では７割を超えた。製造業では、「取引先の海外進出への対応」と「人件費などの生産コストの低減」も４割を超えた。
""", 0)
    st += [caption(reasons.title, "（単位：％）"), reasons.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答企業は、全体{n_all}社、製造業{INDUSTRIES[0][1]}社、非製造業{INDUSTRIES[1][1]}社である。複数回答のため、合計は100％にならない。",
        "※４ 業種は、県内の本社の主な業種による。",
    ])
    st += [P("４　地域別の今後の方針", H1)]
    st += paras("""
今後３年間の事業の方針を、拠点のある地域別にみると次のとおりである。複数の地域に拠点を持つ企業は、それぞれの地域に数えている。
""", 0)
    for i, (head, n, up, issues) in enumerate(REGIONS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("回答企業数", f"{n}社"), ("事業を拡大する予定の割合", f"{pct1(up, n)}％"),
                        ("主な課題", issues)], 1)
    st += [P("５　海外拠点の運営上の課題（複数回答、上位４項目）", H1)]
    st += bullets([f"{name}（{k}社、{pct1(k, n_all)}％）" for name, k in ISSUES], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 海外拠点を持つ企業向けに、現地の法制度や税制の改正情報を月１回メールで届ける。",
        "② 現地従業員の確保・定着をテーマに、ベトナムとタイで県内企業の交流会を開く。",
        f"③ {MADOGUCHI}に、ＡＳＥＡＮの法務に詳しい専門家を置く。",
        "④ 調査の結果を、県内の金融機関や商工団体に提供する。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KYOTEN_DEPT} 調査分析班　電話：099-343-4410　ファクス：099-343-4419",
        f"{MADOGUCHI}（個別の相談）　電話：099-347-5500",
        "電子メール：kaigai-kyoten@pref.sakaki.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return boshu_specs() + call_specs() + kyoten_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    bspecs, cspecs, kspecs = boshu_specs(), call_specs(), kyoten_specs()
    bdoc = build_pdf(docs_dir / BOSHU_PDF, bspecs, boshu_story(bspecs),
                     f"令和７年度 {HOJO} 募集要領", "令和７年４月", BOSHU_DEPT)
    cdoc = build_pdf(docs_dir / CALL_PDF, cspecs, call_story(cspecs),
                     f"令和６年度 {CENTER} 運営報告書", "令和７年５月", CALL_DEPT)
    kdoc = build_pdf(docs_dir / KYOTEN_PDF, kspecs, kyoten_story(kspecs),
                     f"令和６年度 {CHOSA} 報告書", "令和７年１月", KYOTEN_DEPT)
    gold = all_gold({BOSHU_PDF: bdoc.row_pages, CALL_PDF: cdoc.row_pages, KYOTEN_PDF: kdoc.row_pages})
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
    # --- boshu: the call for applications, tables (a) (b) (c), definitions, sibling sections, steps, Q&A
    dict(question="窓口に来られた卸売の会社は従業員が８人とのことです。代理店と交わす契約書の作成や翻訳にかかる費用は、何％まで補助されますか？",
         category="boshu", doc=BOSHU_PDF,
         evidence=["卸売業、小売業及びサービス業は５人", "契約書の作成・翻訳費 50 15 75 20"], answer=["50"],
         notes="two facts: a 卸売業 with 8 employees is above the 5人 threshold of the 小規模企業者 definition "
               "(in ３), so the 中小企業者 group applies (note ※１); (a) two-level header, column "
               "中小企業者／補助率（％）; 75 (小規模企業者) is the trap"),
    dict(question="従業員60人の機械メーカーが、タイの代理店候補と商談するため現地に出張します。渡航費の補助は最大でいくらまで受けられますか？",
         category="boshu", doc=BOSHU_PDF,
         evidence=["商談のための渡航費 50 40 60 45", "上限額に10万円を加える",
                   "東南アジア諸国連合（ＡＳＥＡＮ）の加盟国及びインド"],
         answer=["50万円"], computed=True,
         notes="three facts: 60人 (製造業) is not a 小規模企業者, so (a) column 中小企業者／上限額（万円） gives 40; "
               "タイ is in the 重点地域 (ASEAN, definition in ３), so note ※２ adds 10: 40 + 10 = 50万円 (printed nowhere)"),
    dict(question="2025年度の募集で、小規模企業者が海外向けのパンフレットを作る場合、費用の何％が補助の対象になりますか？",
         category="boshu", doc=BOSHU_PDF, evidence=["販促資料の作成費 40 20 50 25"], answer=["50"],
         notes="(a) column 小規模企業者／補助率（％）; パンフレット = 販促資料; 2025年度 = 令和７年度 (printed nowhere); "
               "40 (中小企業者) is the trap"),
    dict(question="2022年度には、この補助金に何件の申請が寄せられましたか？",
         category="boshu", doc=BOSHU_PDF, evidence=["令和４年度 31 19 597 13"], answer=["31"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 申請件数（件）; "
               "19 (採択件数) is the trap"),
    dict(question="令和６年度の採択率はどのくらいでしたか？",
         category="boshu", doc=BOSHU_PDF, evidence=["令和６年度 45 28 946 22"], answer=["62.2%"], computed=True,
         notes="(b) share within a row: 採択件数 / 申請件数 = 28 / 45 = 62.2 % (also in the prose of ７)"),
    dict(question="2023年度に、ベトナムの販売代理店や販売店と結ばれた契約は何件ですか？",
         category="boshu", doc=BOSHU_PDF, evidence=["ベトナム ３ ４ ６"], answer=["４"],
         notes="(c) fiscal years as columns: 2023年度 = the column 令和５年度 (printed nowhere in Western form); "
               "３ (令和４年度) and ６ (令和６年度) are the traps"),
    dict(question="令和６年度に結ばれた代理店等との契約を国・地域別に並べると、件数が２番目に多いのはどこですか？",
         category="boshu", doc=BOSHU_PDF, evidence=["タイ ２ ４ ５"], answer=["タイ"],
         notes="(c) ranking in the column 令和６年度: ベトナム 6, タイ 5, then 台湾 and 米国 3; in 令和５年度 タイ ties "
               "with ベトナム, a trap"),
    dict(question="包丁やはさみを作っている会社の活用事例では、補助金はいくら交付されましたか？",
         category="boshu", doc=BOSHU_PDF, evidence=["刃物製造業Ｂ社", "補助金の額：58万円"], answer=["58万円"],
         notes="sibling sections （１）–（３） of ８ share the labels 開拓した国・地域, 契約の相手, 補助金の額; "
               "（２）刃物製造業Ｂ社 named by paraphrase; 46万円 and 33万円 are the siblings' values"),
    dict(question="申請書を出したあと、採択されたかどうかはいつごろ知らされますか？",
         category="boshu", doc=BOSHU_PDF, evidence=["８月下旬に結果を通知"], answer=["８月下旬"],
         notes="procedure step ③ (審査と採択)"),
    dict(question="一回だけの取引をまとめてくれる仲介業者を海外で探す費用も、この補助金で見てもらえますか？",
         category="boshu", doc=BOSHU_PDF, evidence=["一回限りの取引を仲介する者は含まない"],
         answer=["一回限りの取引を仲介する者は含まない"],
         notes="definition 「海外販売代理店等」とは…継続して販売する…一回限りの取引を仲介する者は含まない (no)"),
    dict(question="何度か商談はしたものの契約までは至らなかった場合、補助金は受け取れますか？",
         category="boshu", doc=BOSHU_PDF, evidence=["補助の対象となる経費を支払っていれば、補助金は交付します"],
         answer=["補助金は交付します"],
         notes="Q&A: Ａ of Ｑ２ (yes, with a record of the talks attached to the report)"),
    # --- callcenter: the operating report, tables (d) (e), a definition, sibling sections
    dict(question="2024年度のコールセンターの運営には、いくらかかりましたか？",
         category="callcenter", doc=CALL_PDF, evidence=["運営費：2,860万円"], answer=["2,860万円"],
         notes="「label：value」 line 運営費 (the report prints no Western year: 2024年度 = 令和６年度)"),
    dict(question="タイ語の電話のうち、ホテルやお店の人も交えて通訳したのは何件でしたか？",
         category="callcenter", doc=CALL_PDF, evidence=["タイ語 418 96 7.4"], answer=["96"],
         notes="(d) column うち三者通話（件） (definition in １: 旅行者と…従業員との会話を…通訳); 418 is the trap; "
               "the row sits inside the group アジアの言語 (group label printed once)"),
    dict(question="アジアの言語での対応は、合わせて何件ありましたか？",
         category="callcenter", doc=CALL_PDF,
         evidence=["アジアの言語 中国語 1,284", "韓国語 946 205 5.9", "タイ語 418 96 7.4", "ベトナム語 237 61 8.1",
                   "インドネシア語 102 24 7.7"],
         answer=["2,987件"], computed=True,
         notes="(d) sum over the group アジアの言語 (its 区分 cell spans five rows, printed once): "
               "1,284 + 946 + 418 + 237 + 102 = 2,987"),
    dict(question="英語での通話は、１件当たり平均何分くらいかかっていますか？",
         category="callcenter", doc=CALL_PDF, evidence=["英語 1,517 298 6.2"], answer=["6.2"],
         notes="(d) column 平均通話時間（分）; 6.6 (合計) is the trap"),
    dict(question="中国語の電話のうち、三者通話になったものは何％ですか？",
         category="callcenter", doc=CALL_PDF, evidence=["中国語 1,284 312 6.8"], answer=["24.3%"], computed=True,
         notes="(d) share within a row: 312 / 1,284 = 24.3 %"),
    dict(question="2025年２月にセンターが受けた電話は何件ですか？",
         category="callcenter", doc=CALL_PDF, evidence=["２月 402 11"], answer=["402"],
         notes="(e) continuation page (no header there): row ２月, column 対応件数（件）; note ※３ says １月–３月 are "
               "令和７年 (2025年)"),
    dict(question="令和６年12月には、急病やけがについての電話が何件ありましたか？",
         category="callcenter", doc=CALL_PDF, evidence=["12月 389 14"], answer=["14"],
         notes="(e) continuation page: column うち急病・けが（件）; 389 (対応件数) is the trap"),
    dict(question="年末年始にあたる12月と１月の対応件数を足すと、何件になりますか？",
         category="callcenter", doc=CALL_PDF, evidence=["12月 389 14", "１月 436 16"], answer=["825件"], computed=True,
         notes="(e) sum down the 対応件数（件） column: 389 + 436 = 825"),
    dict(question="峰岡市で開いた施設向けの説明会には、いくつの施設が参加しましたか？",
         category="callcenter", doc=CALL_PDF, evidence=["峰岡市会場", "参加施設数：27施設"], answer=["27施設"],
         notes="sibling sections （１）–（３） of ５ share the labels 開催日, 参加施設数, 主な内容; （２）峰岡市会場; "
               "42施設 and 19施設 are the siblings' values"),
    dict(question="同じ観光客から何度も電話があった場合、件数は１件にまとめて数えているのですか？",
         category="callcenter", doc=CALL_PDF, evidence=["２回目以降の通話もそれぞれ１件と数える"],
         answer=["それぞれ１件と数える"],
         notes="definition 「対応件数」とは…同じ旅行者からの２回目以降の通話もそれぞれ１件と数える (no: each call counts)"),
    # --- kyoten: the survey of overseas bases, tables (f) (g), a definition, sibling sections
    dict(question="2024年度の調査で、インドネシアにある県内企業の拠点はいくつでしたか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["インドネシア 38 19 5,027"], answer=["38"],
         notes="(f) column 拠点数（拠点）; 2024年度 = 令和６年度 (the report prints 2024年 only in 調査基準日)"),
    dict(question="ベトナムの拠点では、１拠点当たり平均何人の現地スタッフを雇っていますか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["ベトナム 96 52 12,306"], answer=["128.2人"], computed=True,
         notes="(f) average in a row: 12,306 / 96 = 128.19 → 128.2人 (現地スタッフ = 現地従業員)"),
    dict(question="米国にある拠点のうち、工場として使われているのはいくつですか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["米国 47 12 2,164"], answer=["12"],
         notes="(f) column うち製造拠点（拠点） named by paraphrase (工場); 47 (拠点数) is the trap"),
    dict(question="令和６年７月１日の時点で、台湾の拠点で働いている現地の従業員は何人ですか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["台湾 29 ８ 1,132"], answer=["1,132"],
         notes="(f) column 現地従業員数（人）; the date is the 調査基準日 and the caption note"),
    dict(question="製造業の会社のうち、人件費を抑えるために海外へ出たと答えたのは何％ですか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["人件費などの生産コストの低減 27.5 40.6 7.2"], answer=["40.6"],
         notes="(g) unruled table, column 製造業; 人件費を抑える = 人件費などの生産コストの低減; 27.5 (全体) and "
               "7.2 (非製造業) are traps"),
    dict(question="現地での販路開拓を理由に挙げた割合は、非製造業と製造業で何ポイント違いますか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["現地市場の開拓・拡大 64.0 57.8 73.5"], answer=["15.7ポイント"],
         computed=True, notes="(g) difference across a row: 73.5 − 57.8 = 15.7ポイント"),
    dict(question="県内の会社がタイの現地企業に15％出資している場合、この調査ではその企業も海外拠点に入りますか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["県内企業の出資比率が10％以上のもの"], answer=["10％以上"],
         notes="definition 「海外拠点」とは…現地法人（県内企業の出資比率が10％以上のもの）… (yes: 15 % is above 10 %)"),
    dict(question="東南アジアに拠点のある企業では、今後事業を広げるつもりの企業はどのくらいの割合ですか？",
         category="kyoten", doc=KYOTEN_PDF, evidence=["ＡＳＥＡＮに拠点を持つ企業", "事業を拡大する予定の割合：47.3％"],
         answer=["47.3％"],
         notes="sibling sections （１）–（３） of ４ share the labels 回答企業数, 事業を拡大する予定の割合, 主な課題; "
               "（２）ＡＳＥＡＮに拠点を持つ企業 named by paraphrase (東南アジア); 18.9％ and 41.9％ are the siblings' values"),
    # --- followups
    dict(question="それが小規模企業者ではない中小企業者だったら、補助率はどうなりますか？",
         category="followup", doc=BOSHU_PDF, evidence=["代理店候補の調査費 50 30 75 30"], answer=["50"],
         history=_turns("小規模企業者が海外の代理店候補を調査会社に調べてもらう場合、補助率は何％ですか？",
                        "小規模企業者の補助率は75％です[1]。"),
         notes="(a) the row from the history (代理店候補の調査費), the other group: 中小企業者／補助率（％）"),
    dict(question="その翌年度には、何件に増えましたか？",
         category="followup", doc=BOSHU_PDF, evidence=["タイ ２ ４ ５"], answer=["４"],
         history=_turns("2022年度にタイの代理店等と結ばれた契約は何件でしたか？",
                        "2022年度（令和４年度）は２件でした[1]。"),
         notes="(c) the row and year from the history (タイ, 2022年度 = 令和４年度); the next column 令和５年度"),
    dict(question="そのうち三者通話で対応したのは何件ですか？",
         category="followup", doc=CALL_PDF, evidence=["ベトナム語 237 61 8.1"], answer=["61"],
         history=_turns("ベトナム語の電話には何件対応しましたか？",
                        "ベトナム語の対応件数は237件でした[1]。"),
         notes="(d) the row from the history (ベトナム語), column うち三者通話（件）"),
    dict(question="そこで雇われている現地の従業員は、全部で何人ですか？",
         category="followup", doc=KYOTEN_PDF, evidence=["タイ 74 38 9,815"], answer=["9,815"],
         history=_turns("タイには県内企業の拠点がいくつありますか？",
                        "タイには74拠点あります[1]。"),
         notes="(f) the row from the history (タイ), column 現地従業員数（人）"),
    dict(question="そこの電話番号を教えてもらえますか？",
         category="followup", doc=KYOTEN_PDF, evidence=["電話：099-347-5500"], answer=["099-347-5500"],
         history=_turns("海外拠点のことで、会社が個別に相談できる窓口はありますか？",
                        "榊県海外ビジネス相談窓口で個別の相談を受け付けています[1]。"),
         notes="contact box of the survey report: the 窓口's phone; the 班's phone 099-343-4410 and fax 099-343-4419 "
               "are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で見つけた代理店を通じて、海外での売上はどのくらい伸びていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives applications, grants and contracts concluded, nothing on sales after the contract",
         absent=["売上", "販売額"]),
    dict(question="代理店に払う販売手数料は、売値の何％くらいが相場ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="販売手数料 is only named as a cost not covered (５) and in the 販売代理店 definition; no rate is given",
         absent=["手数料率", "コミッション", "相場"]),
    dict(question="コールセンターにかけてきた旅行者を国籍別に見ると、台湾の人からの電話は何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="calls are counted by language, month and topic only (中国語 covers several origins; 台湾 is a row "
               "of two other documents, a near miss)",
         absent=["国籍別", "旅行者の国籍"]),
    dict(question="電話をかけた旅行者の満足度は、どのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="no caller survey in the call-centre report (the survey report is about firms' overseas bases)",
         absent=["満足度"]),
    dict(question="令和６年中に、県内企業が撤退したり閉鎖したりした海外拠点はいくつありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts the bases existing on 令和６年７月１日 and the plans to expand; no closures",
         absent=["撤退", "閉鎖"]),
    dict(question="中国の拠点で働く現地従業員の平均的な月給はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only head counts are given; 人件費の上昇 is an issue named without figures (a near miss)",
         absent=["月給", "賃金", "給与"]),
]
CATEGORY_COUNTS = {"boshu": 11, "callcenter": 10, "kyoten": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h32q", "h32t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("経費区分別の補助率と上限額", "年度別の採択・交付実績", "国・地域別の契約締結件数", "言語別の対応件数",
                       "月別の対応件数", "国・地域別の海外拠点数", "海外拠点を設けた理由（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h32q02": lambda g: f"{g(A, '商談のための渡航費', '中小企業者／上限額（万円）', 2025) + PRIORITY_ADDON}万円",
    "h32q05": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h32q14": lambda g: f"{sum(g(D, x[1], '対応件数（件）', 2024) for x in LANGS if x[0] == GROUPS[0]):,}件",
    "h32q16": lambda g: _pct(g(D, "中国語", "うち三者通話（件）", 2024), g(D, "中国語", "対応件数（件）", 2024)),
    "h32q19": lambda g: f"{g(E, '12月', '対応件数（件）', 2024) + g(E, '１月', '対応件数（件）', 2024)}件",
    "h32q23": lambda g: f"{div1(g(F, 'ベトナム', '現地従業員数（人）', 2024), g(F, 'ベトナム', '拠点数（拠点）', 2024))}人",
    "h32q27": lambda g: f"{_dec(g(G, '現地市場の開拓・拡大', '非製造業', 2024)) - _dec(g(G, '現地市場の開拓・拡大', '製造業', 2024))}ポイント",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {BOSHU_PDF: (2, 3), CALL_PDF: (2, 3), KYOTEN_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("４月", "６月")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("10月", "12月", "１月", "３月", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout32.py")
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
        if q.get("computed"):  # no computed answer is printed in its document, with or without its unit
            bare = re.sub(r"(%|％|万円|件|人|ポイント)$", "", q["answer"][0])
            if norm(q["answer"][0]) in doc_text[q["doc"]] or (len(norm(bare)) > 2 and norm(bare) in doc_text[q["doc"]]):
                errors.append(f"{qid}: computed answer {q['answer'][0]!r} is printed in its document")
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
    # a second-largest question and at least one question by each kind of computation
    if not any("２番目" in q["question"] for q in questions):
        errors.append("no second-largest question")
    for kind in ("share", "average", "sum", "difference"):
        if not any(q.get("computed") and kind in q["notes"] for q in questions):
            errors.append(f"no computed question of kind {kind}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout32.py")
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

    # (a): small firms get at least the general rate and cap; caps plus the add-on stay under the firm cap
    for row, r in t[A].items():
        if r["小規模企業者／補助率（％）"] < r["中小企業者／補助率（％）"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["小規模企業者／上限額（万円）"] < r["中小企業者／上限額（万円）"]:
            errors.append(f"{A} / {row}: 小規模企業者 cap below the 中小企業者 cap")
        if r["小規模企業者／上限額（万円）"] + PRIORITY_ADDON > COMPANY_CAP[0]:
            errors.append(f"{A} / {row}: a cap with the add-on above the firm cap of note ※３")
    # (b): growing counts; adoptions below applications; contracts per year equal (c)'s 合計
    b = t[B]
    for col in ("申請件数（件）", "採択件数（件）", "交付額（万円）", "契約締結件数（件）"):
        ns = [b[r][col] for r in b]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    if any(r["採択件数（件）"] >= r["申請件数（件）"] for r in b.values()):
        errors.append(f"{B}: 採択件数 should stay below 申請件数")
    c = t[C]
    adds_up(C, ("令和４年度", "令和５年度", "令和６年度"))
    for y in CONTRACT_YEARS:
        lab = f"令和{fw(y - 2018)}年度"
        if c["合計"][lab] != b[lab]["契約締結件数（件）"]:
            errors.append(f"{C}: 合計 of {lab} differs from {B}")
    # (d): 合計 adds up; each average is minutes / calls; the 合計 average is the weighted one
    d = t[D]
    adds_up(D, ("対応件数（件）", "うち三者通話（件）"))
    for _g, name, n, three, minutes in LANGS:
        if _dec(d[name]["平均通話時間（分）"]) != div1(minutes, n) or d[name]["対応件数（件）"] != n:
            errors.append(f"{D} / {name}: 平均通話時間 differs from the minutes")
        if three > n:
            errors.append(f"{D} / {name}: うち三者通話 above 対応件数")
    if _dec(d["合計"]["平均通話時間（分）"]) != div1(sum(x[4] for x in LANGS), sum(x[2] for x in LANGS)):
        errors.append(f"{D}: the 合計 average is not the weighted average")
    # (e): 合計 adds up; equals (d)'s
    e = t[E]
    adds_up(E, ("対応件数（件）", "うち急病・けが（件）"))
    if e["合計"]["対応件数（件）"] != d["合計"]["対応件数（件）"]:
        errors.append(f"{E}: 合計 differs from {D}")
    if any(r["うち急病・けが（件）"] > r["対応件数（件）"] for r in e.values()):
        errors.append(f"{E}: うち急病・けが above 対応件数")
    # (f): 合計 adds up; manufacturing bases within the bases
    f = t[F]
    adds_up(F, ("拠点数（拠点）", "うち製造拠点（拠点）", "現地従業員数（人）"))
    if any(r["うち製造拠点（拠点）"] > r["拠点数（拠点）"] for r in f.values()):
        errors.append(f"{F}: うち製造拠点 above 拠点数")
    # (g): the per cents come from the counts (全体 over both industries)
    n_all, (_m, n_m), (_s, n_s) = respondents(), *INDUSTRIES
    for name, a, bb in REASONS:
        r = t[G][name]
        want = (pct1(a + bb, n_all), pct1(a, n_m), pct1(bb, n_s))
        if (_dec(r["全体"]), _dec(r["製造業"]), _dec(r["非製造業"])) != want:
            errors.append(f"{G} / {name}: per cents differ from the counts")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    call_pages = [norm(p) for p in pages[CALL_PDF]]
    # (e): continued over a page break without its header
    months = specs["months"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(call_pages) if header in p]
        if months.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("１月から３月は令和７年") not in call_pages[bp[1] - 1]:
            errors.append(f"{E}: note ※３ should follow the table on the continuation page")
    for key in ("rates", "grants", "countries", "langs", "bases", "reasons"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["reasons"].ruled or not all(s.ruled for k, s in specs.items() if k != "reasons"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns, units from the leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["中小企業者／補助率（％）", "中小企業者／上限額（万円）", "小規模企業者／補助率（％）", "小規模企業者／上限額（万円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if [g["unit"] for g in gold if g["table"] == A][:4] != ["%", "万円", "%", "万円"]:
        errors.append(f"{A}: units should come from the leaf headers")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y[0] for y in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (c): fiscal years as columns, items as rows, unit from the caption note
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    cyears = [g["fiscal_year"] for g in gold if g["table"] == C][:3]
    if ccols != [f"令和{fw(y - 2018)}年度" for y in CONTRACT_YEARS] or cyears != list(CONTRACT_YEARS) \
            or any(fiscal_year(g["row"]) for g in gold if g["table"] == C):
        errors.append(f"{C}: expected the fiscal years as columns ({ccols}, {cyears})")
    # (d): a stub header 言語 over the row labels; 区分 cells spanning their group, printed once
    langs = specs["langs"]
    if langs.header[0][langs.label_col] != "言語" or langs.label_col != 1:
        errors.append(f"{D}: expected the stub header 言語 over the row labels")
    group_spans = [s for s in langs.spans if s[0][0] == 0 and s[1][0] == 0 and s[1][1] > s[0][1]]
    if len(group_spans) != len(GROUPS):
        errors.append(f"{D}: expected {len(GROUPS)} 区分 cells spanning several rows, got {group_spans}")
    for gname in GROUPS:
        n = sum(p.count(norm(gname)) for p in call_pages)
        if n != 1:
            errors.append(f"{D}: the group label {gname} is printed {n} times, expected once")
    dpage = {g["page"] for g in gold if g["table"] == D}
    if len(dpage) == 1:
        ptext = call_pages[min(dpage) - 1]
        if norm("区分言語対応件数（件）") not in ptext:
            errors.append(f"{D}: the stub header row is not extracted as printed")
        if ptext.count(norm("合計4,736")) != 1:
            errors.append(f"{D}: the 合計 label should be printed once (spanning 区分 and 言語)")
    # (f): a 合計 row last
    if list(dict.fromkeys(g["row"] for g in gold if g["table"] == F))[-1] != "合計":
        errors.append(f"{F}: expected a 合計 row")
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
            errors.append(f"{what}: the phone numbers should be {want}, got {got}")
        raw = "\n".join(pages[doc]).splitlines()
        if not any(norm("電話：" + want[-3]) in norm(x) and norm("ファクス：" + want[-2]) in norm(x) for x in raw):
            errors.append(f"{what}: the contact box should give phone and fax on one line")

    def has(text, s, what):
        if norm(s) not in text:
            errors.append(f"{what}: {s!r} is not printed")

    bo = norm("\n".join(pages[BOSHU_PDF]))
    siblings(bo, BOSHU_PDF, ("開拓した国・地域：", "契約の相手：", "補助金の額："), [c[0] for c in CASES])
    has(bo, f"延べ{sum(r[2] for r in GRANT_YEARS)}件を採択し、{sum(r[3] for r in GRANT_YEARS):,}万円を交付", "call")
    last = GRANT_YEARS[-1]
    has(bo, f"令和６年度は{last[1]}件の申請のうち{last[2]}件を採択し、{last[3]}万円を交付", "call")
    has(bo, f"契約は{last[4]}件で、国・地域別ではベトナムが最も多く", "call")
    if max(CONTRACTS, key=lambda r: r[3])[0] != "ベトナム" or sum(r[3] == 6 for r in CONTRACTS) != 1:
        errors.append("call: ベトナム should be the only largest of 令和６年度")
    rates = {r[0]: r for r in RATES}
    caps_of = {"タイ": True, "ベトナム": True, "米国": False}  # 重点地域 or not
    for head, where, _whom, amount in CASES:
        cap = COMPANY_CAP[1] if caps_of[where] else COMPANY_CAP[0]
        if int(amount.rstrip("万円")) > cap:
            errors.append(f"call: case {head} gets more than the firm cap")
    if re.findall(r"20\d\d年", bo) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    for dfn in ("「海外販売代理店等」とは", "「小規模企業者」とは", "「重点地域」とは"):
        has(bo, dfn, "call")
    raw = "\n".join(pages[BOSHU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(BOSHU_PDF, "①②③④⑤⑥", "call")
    phones(BOSHU_PDF, ["099-341-2710", "099-341-2719", "099-345-1180"], "call")
    if rates["商談のための渡航費"][2] + PRIORITY_ADDON != 50:
        errors.append("call: h32q02's answer relies on 40 + 10")

    ca = norm("\n".join(pages[CALL_PDF]))
    siblings(ca, CALL_PDF, ("開催日：", "参加施設数：", "主な内容："), [s[0] for s in SESSIONS])
    total, three = sum(x[2] for x in LANGS), sum(x[3] for x in LANGS)
    has(ca, f"対応件数は{total:,}件で、前年度（{PREV_CALLS:,}件）に比べ{total - PREV_CALLS}件増えた", "call centre")
    ranked = [x[1] for x in sorted(LANGS, key=lambda x: -x[2])]
    has(ca, f"{ranked[0]}が最も多く、{ranked[1]}、{ranked[2]}が続いた", "call centre")
    if ranked[:3] != ["英語", "中国語", "韓国語"]:
        errors.append("call centre: the language ranking the prose states has changed")
    if not 0.2 < three / total < 0.25:
        errors.append("call centre: 「全体の２割余り」 does not hold")
    if sorted(MONTHS, key=lambda m: -m[1])[0][0] != 8 or sorted(MONTHS, key=lambda m: -m[1])[1][1] == MONTHS[4][1]:
        errors.append("call centre: ８月 should be the only largest month")
    if [m[0] for m in MONTHS if m[2] == max(x[2] for x in MONTHS)] != [1]:
        errors.append("call centre: １月 should be the only largest month for 急病・けが")
    if len({m[1] for m in MONTHS}) != len(MONTHS):
        errors.append("call centre: each month should have its own 対応件数 (the questions rely on it)")
    has(ca, f"８月は夏休みの旅行者が多く", "call centre")
    has(ca, f"年間{sum(m[2] for m in MONTHS)}件", "call centre")
    if sum(n for _t, n in TOPICS) >= total or sorted(TOPICS, key=lambda t: -t[1]) != list(TOPICS):
        errors.append("call centre: the three topics should be ranked and below the total")
    if any(int(s[2].rstrip("施設")) > FACILITIES[0] for s in SESSIONS):
        errors.append("call centre: a session has more facilities than are registered")
    if re.findall(r"20\d\d年", ca):
        errors.append("call centre: no Western year should be printed")
    for dfn in ("「対応件数」とは", "「三者通話」とは", "「登録施設」とは"):
        has(ca, dfn, "call centre")
    steps_of(CALL_PDF, "①②③", "call centre")
    phones(CALL_PDF, ["099-346-0080", "099-342-3310", "099-342-3319", "099-346-2200"], "call centre")

    ky = norm("\n".join(pages[KYOTEN_PDF]))
    siblings(ky, KYOTEN_PDF, ("回答企業数：", "事業を拡大する予定の割合：", "主な課題："), [r[0] for r in REGIONS])
    n_all = respondents()
    has(ky, f"{n_all}社（回答率{pct1(n_all, TARGET)}％）", "survey")
    n_bases, n_made = sum(b[1] for b in BASES), sum(b[2] for b in BASES)
    has(ky, f"拠点は{n_bases}拠点で", "survey")
    has(ky, f"製造拠点は{n_made}拠点で、全体の{pct1(n_made, n_bases)}％", "survey")
    ranked = [b[0] for b in sorted(BASES[:-1], key=lambda b: -b[1])]
    if ranked[:3] != ["中国", "ベトナム", "タイ"] or BASES[-1][1] >= BASES[0][1]:
        errors.append("survey: the ranking 中国, ベトナム, タイ does not hold")
    reasons = {r[0]: r for r in REASONS}
    first = max(REASONS, key=lambda r: r[1] + r[2])
    if first[0] != "現地市場の開拓・拡大" or pct1(first[2], INDUSTRIES[1][1]) <= 70:
        errors.append("survey: 「現地市場の開拓・拡大…最も多く、非製造業では７割を超えた」 does not hold")
    for name in ("取引先の海外進出への対応", "人件費などの生産コストの低減"):
        if pct1(reasons[name][1], INDUSTRIES[0][1]) <= 40:
            errors.append(f"survey: 「{name}…４割を超えた」 does not hold")
    for head, n, up, _i in REGIONS:
        region_bases = {"中国": BASES[0][1], "米国": BASES[3][1]}.get(head[:2], n)
        if up > n or n > n_all or n > region_bases:
            errors.append(f"survey: sibling {head} does not fit the data")
    if re.findall(r"20\d\d年", ky) != ["2024年"]:
        errors.append("survey: only 2024年 (in 調査基準日) should be printed in Western form")
    for dfn in ("「海外拠点」とは", "「現地従業員」とは"):
        has(ky, dfn, "survey")
    steps_of(KYOTEN_PDF, "①②③④", "survey")
    phones(KYOTEN_PDF, ["099-343-4410", "099-343-4419", "099-347-5500"], "survey")
    # every phone-like number of the set is fictional (099-34x-xxxx); every mail address is @…example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-34x-xxxx")
        for mail in re.findall(r"[\w.-]+@[\w.-]+", text):
            if not mail.endswith("example.jp"):
                errors.append(f"{n}: mail address {mail} not in example.jp")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
