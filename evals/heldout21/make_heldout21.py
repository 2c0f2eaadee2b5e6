"""Build the 千草県 held-out set 21: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (千草県 and every town, port, scheme, organisation, phone number,
address, URL and figure). The documents are in three genres the earlier sets do not use: a guide
to a prefectural scheme dispatching overseas-business advisers to small firms
(海外展開アドバイザー派遣制度のご案内) with the firms' charges per visit (a two-level header), the
dispatches by year (years as rows) and by field and method (a table without ruling lines); the
results report of a programme attracting cruise ships (クルーズ船誘致推進事業 実績報告書) with the
calls and passengers by month (a table continued over a page break without its header) and the
passengers by origin over three years (「－」 and 「…」 cells explained by notes); and the report of
a survey of the prefecture's companies buying from abroad (県内企業の海外調達に関する実態調査) with
the main supplier country (a 合計 row and a 構成比（％） column) and the problems raised by company
size (a two-level header); see README.md beside this file.

    python make_heldout21.py [OUTPUT_DIR]          # default: this file's directory

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

ADVISOR_PDF = "chigusa_kaigai_advisor_haken_annai_r7.pdf"
CRUISE_PDF = "chigusa_cruise_yuchi_jisseki_hokoku_r6.pdf"
SURVEY_PDF = "chigusa_kaigai_chotatsu_chosa_hokoku_r6.pdf"
ALL_PDFS = (ADVISOR_PDF, CRUISE_PDF, SURVEY_PDF)

UNITS = ("万円", "円", "回", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # none (a note under the table says so)
NOT_COUNTED = "…"  # not counted separately (a note under the table says so)
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
    """The unit in brackets at the end of a label (派遣回数（回） -> 回), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(x: int, y: int) -> str:
    """x / y in per cent with one decimal, rounded half up (as printed, without ％)."""
    return str(half_up(Decimal(x * 100) / Decimal(y), "0.1"))


def cell(x) -> str:
    """A count cell: an int, or one of the marks 「－」 (none) and 「…」 (not counted)."""
    return x if x in MARKS else fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and a year per column
    where a header names one (令和４年度)."""

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


def bullets(items, level: int, mark="○"):
    return [P(f"{mark} {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


def siblings(st, sections, level=1):
    """Sibling sections （１）…（３）, each a heading and the same 「label：value」 lines."""
    for i, (head, pairs) in enumerate(sections, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines(pairs, level)


PREF = "千草県"
CITY = "千草市"

# ================================================================ document 1: overseas-business adviser dispatch guide
SCHEME = f"{PREF}海外展開アドバイザー派遣制度"
ADVISOR_DEPT = f"{PREF} 商工労働部 国際経済課"
KIKO = f"公益財団法人{PREF}産業振興機構"
FEES = [  # 区分, 訪問 ２時間以内, ４時間以内, オンライン １時間以内, ２時間以内 (令和７年度, 円, １回当たり)
    ("一般分野", 3000, 5000, 1000, 2000),
    ("専門分野", 6000, 10000, 2000, 4000),
    ("通訳同行の場合の加算額", 4000, 8000, 1500, 3000),
]
DISPATCH_YEARS = [  # 年度, 派遣企業数（社）, 派遣回数（回）, うちオンライン（回）
    (2020, 18, 41, 29), (2021, 26, 63, 40), (2022, 35, 88, 39), (2023, 47, 119, 44), (2024, 58, 152, 61),
]
FIELDS = [  # 分野, 訪問, オンライン (令和６年度, 回)
    ("市場調査・販路開拓", 30, 19), ("貿易実務・物流", 21, 12), ("契約・法務", 13, 10),
    ("海外拠点の設立・運営", 13, 6), ("知的財産", 7, 8), ("税務・会計", 7, 6),
]
CASES = [  # 見出し, 所在地, 相談内容, 派遣回数, 成果 (same labels in every sibling section)
    ("Ａ社（食品製造業）", "千草市", "ベトナム向けの販路開拓と輸入商社の探し方", "４回",
     "現地の輸入商社２社と取引を始めた"),
    ("Ｂ社（金属加工業）", "北磯市", "タイの販売代理店との契約書の見直し", "２回",
     "独占条項を外して代理店契約を更新した"),
    ("Ｃ社（繊維製品製造業）", "西ノ森町", "米国での商標の出願と模倣品への対応", "３回",
     "米国で商標を出願し、通販サイトの模倣品を削除させた"),
]


def advisor_specs():
    fees = TableSpec(
        key="fees", doc=ADVISOR_PDF, title="派遣１回当たりの自己負担額",
        header=[["区分", "訪問", "", "オンライン", ""], ["", "２時間以内", "４時間以内", "１時間以内", "２時間以内"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in FEES],
        col_widths=[50 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], unit="円", table_fy=2025,
    )
    years = TableSpec(
        key="years", doc=ADVISOR_PDF, title="派遣実績の推移",
        header=[["年度", "派遣企業数（社）", "派遣回数（回）", "うちオンライン（回）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(f), fw(n), fw(o)] for y, f, n, o in DISPATCH_YEARS],
        col_widths=[34 * mm, 38 * mm, 38 * mm, 40 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in FIELDS]
    ta, tb = sum(r[1] for r in FIELDS), sum(r[2] for r in FIELDS)
    rows.append(["合計", fw(ta), fw(tb), fw(ta + tb)])
    fields = TableSpec(
        key="fields", doc=ADVISOR_PDF, title="分野別・方法別の派遣回数",
        header=[["分野", "訪問", "オンライン", "計"]],
        rows=rows, col_widths=[58 * mm, 28 * mm, 28 * mm, 28 * mm], ruled=False, unit="回", table_fy=2024,
    )
    return fees, years, fields


def advisor_story(specs):
    fees, years, fields = specs
    last = DISPATCH_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SCHEME}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(ADVISOR_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　制度の概要", H1)]
    st += paras(f"""
海外との取引や海外への進出に取り組む県内の中小企業に、海外取引の実務に詳しいアドバイザーを派遣し、個別の課題について助言を行います。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{sum(r[1] for r in DISPATCH_YEARS)}社に{sum(r[2] for r in DISPATCH_YEARS)}回派遣しました。
""", 0)
    st += lv_lines([
        ("事業名", SCHEME),
        ("実施主体", f"{PREF}（申込みの受付と日程の調整は{KIKO}に委託）"),
        ("対象者", "県内に本社又は主たる事業所を有する中小企業者及び個人事業主"),
        ("受付期間", "令和７年４月14日から令和８年２月27日まで"),
        ("派遣回数の上限", "１社当たり年度内５回まで（同じ課題については３回まで）"),
        ("派遣の方法", "訪問又はオンライン"),
    ], 0)
    st += paras("""
この案内において「海外展開アドバイザー」とは、商社、金融機関、物流会社、法律事務所等で海外取引の実務に10年以上携わり、県に登録された専門家をいいます。令和７年４月１日現在、38人が登録されています。
""", 0)
    st += [P("２　自己負担額", H1)]
    st += paras("アドバイザーの謝金と旅費は県が負担します。企業には、派遣１回ごとに次の自己負担額をお支払いいただきます。", 0)
    st += [caption(fees.title, "（令和７年度、単位：円）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「専門分野」とは、契約・法務、知的財産及び税務・会計の分野をいい、それ以外の分野を「一般分野」という。",
        "※２ 小規模企業者は、自己負担額の２分の１を免除します。",
        "※３ オンラインによる派遣の加算額は、通訳がオンラインで参加する場合の額です。",
    ])
    st += [P("３　申込みから派遣までの流れ", H1)]
    st += numbered([
        "① 申込み（申込書を機構の窓口へ電子メール又は郵送で提出）",
        "② 事前の聞き取り（機構の担当者が課題を伺います）",
        "③ アドバイザーの選定と日程の調整（申込みからおおむね２週間以内）",
        "④ 派遣（訪問又はオンラインによる助言）",
        "⑤ 自己負担額の支払（派遣日の属する月の翌月末までに振込み）",
        "⑥ 実施報告書の提出（派遣ごとに、派遣日から10日以内）",
    ], 0)
    st += [P("４　これまでの派遣実績", H1)]
    st += paras(f"""
派遣回数は毎年増えており、令和６年度は{last[1]}社に{last[2]}回派遣しました。分野別では市場調査・販路開拓が最も多く、貿易実務・物流が続きます。令和６年度の派遣のうち、オンラインによるものは約４割です。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(fields.title, "（令和６年度、単位：回）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※４ 分野は、派遣ごとに主な相談内容によって一つに分類した。"])
    st += [P("５　支援の事例", H1)]
    siblings(st, [(head, [("所在地", where), ("相談内容", what), ("派遣回数", n), ("成果", result)])
                  for head, where, what, n, result in CASES])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("同じ年度に、別の分野の相談をすることはできますか。",
         "できます。年度内５回の範囲で、別の分野についても申し込むことができます。"),
        ("海外の取引先との商談に、アドバイザーに同席してもらうことはできますか。",
         "県内又はオンラインでの商談であれば同席できます。ただし、海外への同行は対象外です。"),
        ("申し込んだ後で、派遣を取り消すことはできますか。",
         "派遣日の３営業日前までに機構へ連絡していただければ、自己負担額はかかりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KIKO} 国際ビジネス支援室（申込み・日程の調整）",
        "電話：099-221-5840　ファクス：099-221-5849",
        f"{ADVISOR_DEPT} 海外展開支援班（制度について）　電話：099-221-3170",
        "電子メール：advisor@chigusa-sangyo.example.jp",
    ]))
    return st


# ================================================================ document 2: cruise-ship attraction results report
PROGRAMME = f"{PREF}クルーズ船誘致推進事業"
CRUISE_DEPT = f"{PREF} 観光文化部 観光振興課"
KYOGIKAI = f"{PREF}クルーズ振興協議会"
MONTHS = [  # 月, 千草港（回）, 北磯港（回）, 乗客数（人） (令和６年度)
    (4, 3, 1, 5820), (5, 4, 2, 8960), (6, 2, 1, 4150), (7, 3, 2, 7340), (8, 4, 2, 9610), (9, 2, 1, 3980),
    (10, 5, 2, 10870), (11, 3, 1, 6240), (12, 1, 0, 1860), (1, 1, 0, 2030), (2, 2, 0, 3470), (3, 4, 2, 9120),
]
PREV_CALLS = 31  # 令和５年度の寄港回数
SKIPPED = 3  # 抜港
FOREIGN_LINE_CALLS = 36  # 外国船社の客船の寄港回数
ORIGIN_YEARS = (2022, 2023, 2024)
ORIGINS = [  # 国・地域, 令和４年度, 令和５年度, 令和６年度 (人; DASH none, NOT_COUNTED not counted)
    ("日本", 3120, 14260, 22180), ("台湾", 560, 9830, 15640), ("中国", DASH, DASH, 9870),
    ("香港", DASH, 3940, 6350), ("韓国", DASH, 2870, 4210), ("米国", 420, 4150, 6020),
    ("オーストラリア", 180, 2210, 3480), ("欧州", NOT_COUNTED, 1960, 3150),
    ("東南アジア", NOT_COUNTED, 1120, 1740), ("その他", 260, 640, 810),
]
COSTS = [  # 事業費の内訳 (万円)
    ("船社への誘致活動（訪問、視察の招へい）", 960), ("歓迎行事・おもてなし", 1140),
    ("受入環境の整備（シャトルバス、臨時案内所）", 830), ("広報・協議会の運営", 350),
]
WELCOME = [  # 見出し, 実施日, 対象船, 内容, 参加者数 (same labels in every sibling section)
    ("千草港 初寄港歓迎式典", "令和６年５月18日（土）", "外国船社の大型客船（乗客定員約2,700人、初寄港）",
     "歓迎式典、郷土芸能の披露、県産品の試食", "約1,200人"),
    ("北磯港 港まつり同時開催", "令和６年８月10日（土）", "日本船社の客船",
     "花火大会の船上観覧、朝市の出店", "約800人"),
    ("千草港 年末の見送り行事", "令和６年12月21日（土）", "外国船社の客船",
     "高校生の吹奏楽の演奏、手旗による見送り", "約350人"),
]


def cruise_specs():
    rows = [[f"{fw(m)}月", fw(a), fw(b), fw(p)] for m, a, b, p in MONTHS]
    rows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2, 3)])
    months = TableSpec(
        key="months", doc=CRUISE_PDF, title="月別の寄港回数と乗客数",
        header=[["月", "千草港（回）", "北磯港（回）", "乗客数（人）"]],
        rows=rows, col_widths=[30 * mm, 34 * mm, 34 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = lambda row, c, s=months: bracket_unit(s.column_label(c))
    orows = [[n] + [cell(v) for v in vals] for n, *vals in ORIGINS]
    orows.append(["合計"] + [fw(sum(r[k] for r in ORIGINS if r[k] not in MARKS)) for k in (1, 2, 3)])
    origins = TableSpec(
        key="origins", doc=CRUISE_PDF, title="国・地域別の乗客数の推移",
        header=[["国・地域"] + [f"令和{fw(y - 2018)}年度" for y in ORIGIN_YEARS]],
        rows=orows, col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], unit="人",
    )
    return months, origins


def cruise_story(specs):
    months, origins = specs
    calls_a, calls_b = sum(r[1] for r in MONTHS), sum(r[2] for r in MONTHS)
    pax = sum(r[3] for r in MONTHS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{PROGRAMME} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(CRUISE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", PROGRAMME),
        ("目的", "クルーズ船の寄港を増やし、乗客の県内での観光消費と港周辺のにぎわいづくりにつなげる"),
        ("実施主体", f"{PREF}（{KYOGIKAI}と連携）"),
        ("対象港", f"千草港（{CITY}）、北磯港（北磯市）"),
        ("主な取組", "船社への誘致活動、寄港時の歓迎行事、シャトルバスの運行等の受入環境の整備、広報"),
        ("事業期間", "令和６年４月１日から令和７年３月31日まで"),
        ("事業費", f"{sum(c for _n, c in COSTS):,}万円（うち県費2,460万円）"),
    ], 0)
    st += paras("""
この報告書において「寄港」とは、クルーズ船が県内の港に着岸し、又は港の沖に停泊して、乗客が上陸したものをいう。天候等により乗客が上陸しなかったものは「抜港」といい、寄港に含めない。
""", 0)
    st += [P("２　寄港の状況", H1)]
    st += paras(f"""
令和６年度（2024年度）の寄港回数は{calls_a + calls_b}回（千草港{calls_a}回、北磯港{calls_b}回）で、前年度（{PREV_CALLS}回）を{calls_a + calls_b - PREV_CALLS}回上回り、過去最多となった。乗客数は延べ{pax:,}人で、このうち海外からの乗客が約７割を占める。寄港１回当たりの乗客数は、平均で約{round(pax / (calls_a + calls_b), -1):,.0f}人であった。このほか、台風の影響による抜港が{fw(SKIPPED)}回あった。抜港となった船は、いずれも翌年度の寄港を予約している。
寄港した船を船社別にみると、外国船社の客船が{FOREIGN_LINE_CALLS}回、日本船社の客船が{calls_a + calls_b - FOREIGN_LINE_CALLS}回であった。初めて県内に寄港した船は５隻で、いずれも千草港への寄港であった。
北磯港は、岸壁の改修工事のため、12月から２月までクルーズ船の受入れを休止した。
""", 0)
    st += paras("受入れに使う岸壁は次のとおりである。16万総トン級を超える客船は、千草港の沖に停泊し、小型船（テンダーボート）で乗客を上陸させている。", 0)
    st += bullets([
        "千草港：中央ふ頭（岸壁の延長360ｍ、16万総トン級の客船まで受入れ可能）",
        "北磯港：北ふ頭（岸壁の延長250ｍ、５万総トン級の客船まで受入れ可能）",
    ], 0)
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 乗客数は船社の報告による延べ人数であり、乗員を含まない。",
        "※２ １月から３月は令和７年の数値である。",
    ])
    st += [P("３　乗客の国・地域", H1)]
    st += paras("""
海外からの乗客を国・地域別にみると、台湾が最も多く、中国、香港が続いた。中国からの乗客は、令和６年度に中国発着のクルーズが再開したことにより大きく増えた。
""", 0)
    st += [caption(origins.title, "（単位：人）"), origins.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「－」は、該当する乗客がいなかったものである。",
        "※４ 「…」は、国・地域別に集計していないものである。令和４年度の欧州及び東南アジアの乗客は「その他」に含む。",
        "※５ 国・地域は、乗客の居住地による。",
    ])
    st += [P("４　歓迎行事", H1)]
    siblings(st, [(head, [("実施日", when), ("対象船", ship), ("内容", what), ("参加者数", n)])
                  for head, when, ship, what, n in WELCOME])
    st += [P("５　誘致活動と事業費", H1)]
    st += paras("""
海外の船社６社を訪問したほか、船社の担当者を招いた視察（ファムツアー）を２回行った。その結果、令和７年度以降の寄港の予約は14回となっている。事業費の内訳は次のとおりである。
""", 0)
    st += bullets([f"{n}：{c:,}万円" for n, c in COSTS], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 北磯港の岸壁の改修を終え、令和７年度は冬期も受入れを行う。",
        "② 寄港地での観光ツアーを増やし、乗客の県内での周遊を促す。",
        "③ 商店街と連携し、免税手続や外国語での案内に対応する店舗を増やす。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CRUISE_DEPT} クルーズ誘致班　電話：099-224-6120　ファクス：099-224-6129",
        f"{KYOGIKAI} 事務局（北磯市 港湾振興課内）　電話：099-224-8300",
        "電子メール：cruise@pref.chigusa.example.jp",
    ]))
    return st


# ================================================================ document 3: survey of firms buying from abroad
SURVEY = "県内企業の海外調達に関する実態調査"
SURVEY_DEPT = f"{PREF} 商工労働部 国際経済課"
SENT, ANSWERED, BUYING = 1200, 486, 301
SUPPLIERS = [  # 国・地域, 社数 (最も調達額の多い国・地域, 令和６年度)
    ("中国", 118), ("ベトナム", 47), ("タイ", 31), ("米国", 26), ("韓国", 21), ("台湾", 19),
    ("インドネシア", 14), ("ドイツ", 9), ("その他", 16),
]
SIZE_N = (244, 57)  # 回答企業数: 300人未満, 300人以上
ISSUES = [  # 課題, 300人未満 (社), 300人以上 (社); printed as per cents of SIZE_N and of their sum
    ("為替の変動によるコストの上昇", 178, 46), ("物流費の上昇・輸送の遅れ", 139, 35),
    ("品質の確保", 88, 17), ("取引先との意思疎通（言語・商習慣）", 71, 9),
    ("調達先の国の政治・経済の情勢", 52, 24), ("関税・規制の変更", 41, 19),
]
INDUSTRIES = [  # 見出し, 回答企業数, 海外調達を行う企業, 主な調達品目 (same labels in every sibling section)
    ("食料品製造業", 92, 58, "水産物、小麦等の原材料、香辛料"),
    ("機械器具製造業", 118, 71, "電子部品、金属部品、工作機械"),
    ("卸売業", 84, 66, "衣料品、雑貨、家具"),
]


def survey_specs():
    rows = [[n, fw(k), pct1(k, BUYING)] for n, k in SUPPLIERS]
    rows.append(["合計", fw(sum(k for _n, k in SUPPLIERS)), "100.0"])
    suppliers = TableSpec(
        key="suppliers", doc=SURVEY_PDF, title="最も調達額の多い国・地域",
        header=[["国・地域", "社数（社）", "構成比（％）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 34 * mm], table_fy=2024,
    )
    suppliers.unit = lambda row, c, s=suppliers: bracket_unit(s.column_label(c))
    n_all = sum(SIZE_N)
    issues = TableSpec(
        key="issues", doc=SURVEY_PDF, title="海外調達の課題",
        header=[["課題", "全体", "従業員規模別", ""], ["", "", "300人未満", "300人以上"]],
        rows=[[n, pct1(a + b, n_all), pct1(a, SIZE_N[0]), pct1(b, SIZE_N[1])] for n, a, b in ISSUES],
        col_widths=[66 * mm, 26 * mm, 30 * mm, 30 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0))], unit="%", table_fy=2024,
    )
    return suppliers, issues


def survey_story(specs):
    suppliers, issues = specs
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SURVEY} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(SURVEY_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業による海外からの調達の状況と課題を把握し、県の支援策の検討に生かすため"),
        ("調査対象", f"県内に本社を置く製造業及び卸売業の企業{SENT:,}社"),
        ("調査方法", "郵送による配布、郵送又はウェブによる回答"),
        ("調査期間", "令和６年（2024年）９月２日から10月４日まで"),
        ("有効回答数", f"{ANSWERED}社（有効回答率{pct1(ANSWERED, SENT)}％）"),
    ], 0)
    st += paras("""
この調査において「海外調達」とは、原材料、部品、製品等を海外から輸入して調達することをいい、商社等を通じた間接的な輸入を含む。
""", 0)
    st += [P("２　海外調達の状況", H1)]
    st += paras(f"""
有効回答のあった{ANSWERED}社のうち、海外調達を行っている企業は{BUYING}社（{pct1(BUYING, ANSWERED)}％）であった。これらの企業に最も調達額の多い国・地域を尋ねたところ、中国が約４割で最も多く、ベトナム、タイが続いた。５年前の前回調査と比べ、中国の割合が下がり、東南アジアの割合が上がっている。
""", 0)
    st += [caption(suppliers.title, f"（海外調達を行っている{BUYING}社）"), suppliers.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 構成比は、小数点以下第２位を四捨五入した。",
        "※２ 「その他」は、マレーシア、インド、メキシコ等である。",
    ])
    st += [P("３　海外調達の課題", H1)]
    st += paras("""
課題として最も多く挙げられたのは為替の変動によるコストの上昇で、全体の７割余りの企業が挙げた。従業員300人以上の企業では、調達先の国の政治・経済の情勢を挙げた割合が、300人未満の企業の約２倍であった。
""", 0)
    st += [caption(issues.title, "（複数回答、単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答企業数は、全体{sum(SIZE_N)}社、300人未満{SIZE_N[0]}社、300人以上{SIZE_N[1]}社である。",
        "※４ 複数回答のため、各列の合計は100％にならない。",
    ])
    st += [P("４　業種別の状況", H1)]
    siblings(st, [(head, [("回答企業数", f"{n}社"), ("海外調達を行う企業", f"{k}社（{pct1(k, n)}％）"),
                          ("主な調達品目", items)])
                  for head, n, k, items in INDUSTRIES])
    st += [P("５　県の今後の取組", H1)]
    st += numbered([
        "① 調達先の多様化に向けて、東南アジアの展示会や商談会の情報を提供する。",
        "② 為替の変動への備えをテーマとするセミナーを年２回開く。",
        "③ 海外展開アドバイザー派遣制度により、貿易実務や契約に関する個別の相談に応じる。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SURVEY_DEPT} 調査分析班　電話：099-221-3185　ファクス：099-221-3189",
        "電子メール：kokusai-chosa@pref.chigusa.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return advisor_specs() + cruise_specs() + survey_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    aspecs, cspecs, sspecs = advisor_specs(), cruise_specs(), survey_specs()
    adoc = build_pdf(docs_dir / ADVISOR_PDF, aspecs, advisor_story(aspecs),
                     f"令和７年度 {SCHEME}のご案内", "令和７年４月", ADVISOR_DEPT)
    cdoc = build_pdf(docs_dir / CRUISE_PDF, cspecs, cruise_story(cspecs),
                     f"令和６年度 {PROGRAMME} 実績報告書", "令和７年５月", CRUISE_DEPT)
    sdoc = build_pdf(docs_dir / SURVEY_PDF, sspecs, survey_story(sspecs),
                     f"令和６年度 {SURVEY} 結果報告書", "令和７年３月", SURVEY_DEPT)
    gold = all_gold({ADVISOR_PDF: adoc.row_pages, CRUISE_PDF: cdoc.row_pages, SURVEY_PDF: sdoc.row_pages})
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
    # --- advisor: the dispatch guide, tables (a) (b) (c), a note, a definition, a step, Q&A
    dict(question="小規模企業者には当たらない会社です。契約書のチェックなど法務の相談で、アドバイザーに会社まで来てもらって3時間ほど見てもらうと、自己負担はいくらかかりますか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["専門分野 6,000 10,000 2,000 4,000"], answer=["10,000"],
         notes="(a) two facts: note ※１ puts 契約・法務 in 専門分野; two-level header, 3時間 = leaf 訪問／４時間以内; "
               "6,000 (訪問／２時間以内) and 5,000 (一般分野) are the traps"),
    dict(question="販路開拓の一般的な相談をオンラインで1時間以内に済ませる場合、企業の負担額はいくらですか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["一般分野 3,000 5,000 1,000 2,000"], answer=["1,000"],
         notes="(a) row 一般分野, leaf オンライン／１時間以内 (asked half-width); the leaf ２時間以内 exists under "
               "both groups"),
    dict(question="2022年度には、何社の企業にアドバイザーが派遣されましたか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["令和４年度 35 88 39"], answer=["35"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "派遣企業数（社）; 88 is the 派遣回数"),
    dict(question="令和5年度の派遣のうち、オンラインで行われたものは何回ありましたか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["令和５年度 47 119 44"], answer=["44"],
         notes="(b) column うちオンライン（回）, year asked half-width"),
    dict(question="年間の派遣回数は、制度が始まった年度と比べて令和６年度には何倍になりましたか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["令和２年度 18 41 29", "令和６年度 58 152 61"],
         answer=["3.7倍"], computed=True,
         notes="(b) ratio down the 派遣回数（回） column: 152 / 41 = 3.71; the first year 令和２年度 is in the prose"),
    dict(question="2024年度に、契約や法律関係の相談でアドバイザーが派遣されたのは全部で何回ですか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["契約・法務 13 10 23"], answer=["23"],
         notes="(c) unruled table, row 契約・法務 named by paraphrase, column 計; 2024年度 = 令和６年度 (caption note)"),
    dict(question="令和６年度に、訪問よりもオンラインによる派遣の方が多かった分野はどれですか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["知的財産 ７ ８ 15"], answer=["知的財産"],
         notes="(c) unruled table: the only row whose オンライン (８) exceeds its 訪問 (７); every row must be read"),
    dict(question="アドバイザーになっているのは、どのくらいの実務経験がある人ですか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["海外取引の実務に10年以上携わり"], answer=["10年以上"],
         notes="definition 「海外展開アドバイザー」とは…海外取引の実務に10年以上携わり、県に登録された専門家"),
    dict(question="アドバイザーが来てくれた後、報告書のようなものを出す必要はありますか？いつまでですか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["実施報告書の提出（派遣ごとに、派遣日から10日以内）"],
         answer=["10日以内"],
         notes="procedure step ⑥; step ⑤ (payment by the end of the following month) is the near miss"),
    dict(question="海外の取引先との商談に、アドバイザーに現地まで一緒に行ってもらうことはできますか？",
         category="advisor", doc=ADVISOR_PDF, evidence=["ただし、海外への同行は対象外です"],
         answer=["海外への同行は対象外"],
         notes="Q&A: Ａ of Ｑ２ (a meeting in the prefecture or online is fine; travelling abroad is not)"),
    # --- cruise: the cruise report, tables (d) (e), notes, a definition, sibling sections, a list
    dict(question="2025年3月にクルーズ船で訪れた乗客は何人でしたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["３月 ４ ２ 9,120"], answer=["9,120"],
         notes="(d) continuation page (no header there): row ３月, column 乗客数（人）; two facts: note ※２ says "
               "１月–３月 are 令和７年 (2025年)"),
    dict(question="年末の12月には、何人の乗客がクルーズ船で来ましたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["12月 １ ０ 1,860"], answer=["1,860"],
         notes="(d) continuation page, row 12月, column 乗客数（人）"),
    dict(question="夏休みの時期にあたる7月と8月の2か月間で、乗客は合わせて何人でしたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["７月 ３ ２ 7,340", "８月 ４ ２ 9,610"],
         answer=["16,950人"], computed=True,
         notes="(d) sum of two rows in the 乗客数（人） column: 7,340 + 9,610 = 16,950"),
    dict(question="令和６年度に、乗客数がいちばん多かったのは何月ですか？",
         category="cruise", doc=CRUISE_PDF, evidence=["10月 ５ ２ 10,870"], answer=["10月"],
         notes="(d) the largest row of 乗客数（人） (10,870; ８月 9,610 and ３月 9,120 next); the prose does not say"),
    dict(question="2023年度にアメリカから来たクルーズ船の乗客は何人でしたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["米国 420 4,150 6,020"], answer=["4,150"],
         notes="(e) years as columns: 2023年度 = 令和５年度 (only 2024年度 is printed in Western form); row 米国 "
               "named as アメリカ"),
    dict(question="オーストラリアからの乗客は、令和５年度から令和６年度にかけて何人増えましたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["オーストラリア 180 2,210 3,480"], answer=["1,270人"],
         computed=True, notes="(e) difference along a row: 3,480 − 2,210 = 1,270"),
    dict(question="令和４年度にヨーロッパから来た乗客の数はわかりますか？",
         category="cruise", doc=CRUISE_PDF, evidence=["欧州及び東南アジアの乗客は「その他」に含む"], answer=["その他"],
         notes="(e) the 欧州 cell of 令和４年度 is 「…」; two facts: note ※４ says 「…」 is not counted and the 欧州 "
               "passengers of that year are inside その他 (260); not 「－」 (none)"),
    dict(question="天候のせいで乗客が船から降りられなかった場合も、寄港の回数に数えていますか？",
         category="cruise", doc=CRUISE_PDF, evidence=["「抜港」といい、寄港に含めない"], answer=["寄港に含めない"],
         notes="definition 「寄港」とは…乗客が上陸したものをいう; the other case is 「抜港」"),
    dict(question="北磯港の港まつりに合わせた歓迎行事には、どのくらいの人が参加しましたか？",
         category="cruise", doc=CRUISE_PDF, evidence=["参加者数：約800人"], answer=["約800人"],
         notes="sibling sections （１）–（３） of ４ share the labels 実施日, 対象船, 内容, 参加者数; （２）北磯港; 約1,200人 "
               "and 約350人 are the siblings' values"),
    dict(question="事業費のうち、歓迎行事と受入環境の整備に使ったお金は合わせていくらですか？",
         category="cruise", doc=CRUISE_PDF, evidence=["歓迎行事・おもてなし：1,140万円", "シャトルバス、臨時案内所）：830万円"],
         answer=["1,970万円"], computed=True,
         notes="bulleted cost breakdown in ５ (not a table): 1,140 + 830 = 1,970万円; the 事業費 line 3,280万円 is the total"),
    # --- survey: the sourcing survey, tables (f) (g), a definition, a label-value line, sibling sections
    dict(question="いちばん多く調達している相手国がベトナムだと答えた企業は何社ありましたか？",
         category="survey", doc=SURVEY_PDF, evidence=["ベトナム 47 15.6"], answer=["47"],
         notes="(f) column 社数（社）; 15.6 is the 構成比"),
    dict(question="最大の調達先がタイという会社は、海外から調達している会社全体の何パーセントですか？",
         category="survey", doc=SURVEY_PDF, evidence=["タイ 31 10.3"], answer=["10.3"],
         notes="(f) column 構成比（％）"),
    dict(question="最大の調達先が中国かベトナムのどちらかである企業は、合わせて何％になりますか？",
         category="survey", doc=SURVEY_PDF, evidence=["中国 118 39.2", "ベトナム 47 15.6"], answer=["54.8%"],
         computed=True, notes="(f) sum in the 構成比（％） column: 39.2 + 15.6 = 54.8"),
    dict(question="従業員が300人以上の企業のうち、為替の変動を課題に挙げたのは何％ですか？",
         category="survey", doc=SURVEY_PDF, evidence=["為替の変動によるコストの上昇 74.4 73.0 80.7"], answer=["80.7"],
         notes="(g) two-level header, leaf 従業員規模別／300人以上; 74.4 (全体) and 73.0 (300人未満) are the traps"),
    dict(question="品質を保つことが難しいと感じている企業は、回答企業全体の何％でしたか？",
         category="survey", doc=SURVEY_PDF, evidence=["品質の確保 34.9 36.1 29.8"], answer=["34.9"],
         notes="(g) row 品質の確保 named by paraphrase, column 全体 (spanning both header rows)"),
    dict(question="課題に挙げた割合を規模別に比べたとき、300人未満の企業の方が300人以上の企業より10ポイント以上高い課題はどれですか？",
         category="survey", doc=SURVEY_PDF, evidence=["取引先との意思疎通（言語・商習慣） 26.6 29.1 15.8"],
         answer=["取引先との意思疎通"],
         notes="(g) comparison across the two leaves: only 意思疎通 (29.1 vs 15.8) is higher for the smaller firms "
               "by 10 points or more; 品質の確保 (36.1 vs 29.8) is higher by 6.3"),
    dict(question="商社を通して輸入している場合も、この調査でいう海外調達に含まれますか？",
         category="survey", doc=SURVEY_PDF, evidence=["商社等を通じた間接的な輸入を含む"], answer=["間接的な輸入を含む"],
         notes="definition 「海外調達」とは…商社等を通じた間接的な輸入を含む"),
    dict(question="この調査の有効回答率はどのくらいでしたか？",
         category="survey", doc=SURVEY_PDF, evidence=["有効回答数：486社（有効回答率40.5％）"], answer=["40.5％"],
         notes="「label：value」 line 有効回答数"),
    dict(question="卸売の会社で、海外から仕入れをしているのは何社ですか？",
         category="survey", doc=SURVEY_PDF, evidence=["海外調達を行う企業：66社（78.6％）"], answer=["66社"],
         notes="sibling sections （１）–（３） of ４ share the labels 回答企業数, 海外調達を行う企業, 主な調達品目; "
               "（３）卸売業; 84社 is its 回答企業数"),
    # --- followups
    dict(question="そのうちオンラインで行ったのは何回ですか？",
         category="followup", doc=ADVISOR_PDF, evidence=["貿易実務・物流 21 12 33"], answer=["12"],
         history=_turns("令和６年度に、貿易の手続や物流の分野でアドバイザーは何回派遣されましたか？",
                        "令和６年度の貿易実務・物流の分野の派遣は33回でした[1]。"),
         notes="(c) the row from the history (貿易実務・物流, 計 33), column オンライン"),
    dict(question="その年度に派遣を受けた企業は何社でしたか？",
         category="followup", doc=ADVISOR_PDF, evidence=["令和３年度 26 63 40"], answer=["26"],
         history=_turns("2021年度にはアドバイザーが何回派遣されましたか？",
                        "2021年度（令和３年度）の派遣回数は63回でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 派遣企業数（社）"),
    dict(question="その前の年度はどうでしたか？",
         category="followup", doc=CRUISE_PDF, evidence=["台湾 560 9,830 15,640"], answer=["9,830"],
         history=_turns("2024年度に台湾から来たクルーズ船の乗客は何人でしたか？",
                        "2024年度（令和６年度）の台湾からの乗客は15,640人でした[1]。"),
         notes="(e) the row from the history (台湾), the year before it (令和５年度)"),
    dict(question="それは海外から調達している企業全体の何％に当たりますか？",
         category="followup", doc=SURVEY_PDF, evidence=["韓国 21 7.0"], answer=["7.0"],
         history=_turns("最も調達額の多い相手が韓国だと答えた企業は何社ですか？",
                        "韓国と答えた企業は21社でした[1]。"),
         notes="(f) the row from the history (韓国), column 構成比（％）"),
    dict(question="そこのファクス番号を教えてください。",
         category="followup", doc=CRUISE_PDF, evidence=["電話：099-224-6120 ファクス：099-224-6129"],
         answer=["099-224-6129"],
         history=_turns("クルーズ船の誘致について、県の担当部署はどこですか？",
                        "千草県 観光文化部 観光振興課 クルーズ誘致班です[1]。"),
         notes="contact box: the 班's fax; its phone and the 協議会's phone 099-224-8300 are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="県がアドバイザーに支払う謝金は、１回当たりいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says only that the 県 bears the adviser's 謝金と旅費; it gives the firms' charges, not the fee",
         absent=["謝金の額", "謝金額", "報酬額"]),
    dict(question="アドバイザーの派遣を受けた企業の満足度はどのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives dispatches by year, field and method and three cases, no satisfaction figure",
         absent=["満足度", "満足"]),
    dict(question="クルーズ船の乗客が県内で使ったお金は、令和６年度で全部でいくらぐらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives calls, passengers and the programme's own 事業費 (3,280万円, a near miss), no spending",
         absent=["消費額", "経済効果", "経済波及効果"]),
    dict(question="2024年度にシンガポールから来たクルーズ船の乗客は何人ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the origin table has only the aggregate 東南アジア row, no country inside it",
         absent=["シンガポール"]),
    dict(question="海外に工場や現地法人を持っている県内企業は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey is about buying from abroad (海外調達), not bases abroad; the guide's field "
               "海外拠点の設立・運営 counts dispatches only",
         absent=["現地法人", "海外工場", "海外拠点を有する"]),
    dict(question="2019年度に行った前回の調査では、最大の調達先がベトナムだった企業の割合は何％でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report mentions the previous survey (５年前) only as a trend in words, with no figure",
         absent=["令和元年度", "2019年"]),
]
CATEGORY_COUNTS = {"advisor": 10, "cruise": 10, "survey": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 2  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h21q", "h21t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("派遣１回当たりの自己負担額", "派遣実績の推移", "分野別・方法別の派遣回数", "月別の寄港回数と乗客数",
                       "国・地域別の乗客数の推移", "最も調達額の多い国・地域", "海外調達の課題")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _num(x) -> str:
    return f"{x:,}"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or the printed cost list)
    "h21q05": lambda g: f"{half_up(Decimal(g(B, '令和６年度', '派遣回数（回）', 2024)) / Decimal(g(B, '令和２年度', '派遣回数（回）', 2020)), '0.1')}倍",
    "h21q13": lambda g: f"{_num(g(D, '７月', '乗客数（人）', 2024) + g(D, '８月', '乗客数（人）', 2024))}人",
    "h21q16": lambda g: f"{_num(g(E, 'オーストラリア', '令和６年度', 2024) - g(E, 'オーストラリア', '令和５年度', 2023))}人",
    "h21q20": lambda g: f"{_num(dict(COSTS)['歓迎行事・おもてなし'] + dict(COSTS)['受入環境の整備（シャトルバス、臨時案内所）'])}万円",
    "h21q23": lambda g: f"{Decimal(str(g(F, '中国', '構成比（％）', 2024))) + Decimal(str(g(F, 'ベトナム', '構成比（％）', 2024)))}%",
}

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {ADVISOR_PDF: (2, 3), CRUISE_PDF: (2, 3), SURVEY_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("４月", "５月", "６月")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("10月", "12月", "３月", "合計")  # and after it
PHONE_PREFIX = "099-22"
NOTE_ANSWERS = {"h21q17"}  # table questions answered by a note under the table, not by a cell


def check_files(folder: Path) -> list[str]:
    """Every problem found in a built set under `folder` (empty when fine)."""
    folder = Path(folder)
    errors = []
    docs_dir = folder / DOCS_DIR
    if sorted(f.name for f in docs_dir.iterdir()) != sorted(PAGE_COUNTS):
        errors.append(f"{DOCS_DIR}/ holds {sorted(f.name for f in docs_dir.iterdir())}, expected only the three PDFs")
        return errors
    pages = extract_pages(docs_dir)
    errors += check_texts(folder, pages)
    for f in sorted(docs_dir.iterdir()):
        if f.stat().st_size >= MAX_FILE_BYTES:
            errors.append(f"{f.name} is {f.stat().st_size} bytes, not < 100 KB")
    questions, gold = read_jsonl(folder / "questions.jsonl"), read_jsonl(folder / "tables.jsonl")
    if questions != expected_questions():
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout21.py")
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
            if any(ch in s for ch in "～－―…"):
                errors.append(f"{qid}: evidence contains ～, －, ― or …: {s}")
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
        # the answer of a table question is a cell of that table, unless computed or a row label
        for t in table_of(q):
            cells = {norm(g["value"]) for g in gold if g["table"] == t} | {norm(g["row"]) for g in gold if g["table"] == t}
            if not q.get("computed") and not any(norm(a) in cells or any(norm(a) in c for c in cells)
                                                 for a in q["answer"]) and qid not in NOTE_ANSWERS:
                errors.append(f"{qid}: the answer of a question on {t} is no cell or row of it")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout21.py")
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
            errors.append(f"{g['id']}: unit {g['unit']!r} is not one of the set's units")
        if g["number"] is None and g["value"] not in MARKS:
            errors.append(f"{g['id']}: every cell of this set is a number, 「－」 or 「…」")
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
    # (a): the longer slot costs more; 専門分野 costs more than 一般分野
    a = t[A]
    for row, r in a.items():
        if not r["訪問／２時間以内"] < r["訪問／４時間以内"] or not r["オンライン／１時間以内"] < r["オンライン／２時間以内"]:
            errors.append(f"{A} / {row}: a longer slot should cost more")
    if any(a["専門分野"][c] <= a["一般分野"][c] for c in a["一般分野"]):
        errors.append(f"{A}: 専門分野 should cost more than 一般分野")
    # (b) and (c): 令和６年度 of (b) is (c)'s 合計; うちオンライン below 派遣回数; (c) adds up
    b, c_ = t[B], t[C]
    for row, r in b.items():
        if r["うちオンライン（回）"] >= r["派遣回数（回）"] or r["派遣企業数（社）"] > r["派遣回数（回）"]:
            errors.append(f"{B} / {row}: うちオンライン or 派遣企業数 not below 派遣回数")
    for row, r in c_.items():
        if r["計"] != r["訪問"] + r["オンライン"]:
            errors.append(f"{C} / {row}: 計 is not 訪問 + オンライン")
    for col in ("訪問", "オンライン", "計"):
        if c_["合計"][col] != sum(r[col] for row, r in c_.items() if row != "合計"):
            errors.append(f"{C}: 合計 of {col} does not add up")
    if (c_["合計"]["計"], c_["合計"]["オンライン"]) != (b["令和６年度"]["派遣回数（回）"], b["令和６年度"]["うちオンライン（回）"]):
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): 合計 adds up; (e): 合計 adds up over the figures (「－」, 「…」 left out); (d) = (e) for 令和６年度
    d = t[D]
    for col in ("千草港（回）", "北磯港（回）", "乗客数（人）"):
        if d["合計"][col] != sum(r[col] for row, r in d.items() if row != "合計"):
            errors.append(f"{D}: 合計 of {col} does not add up")
    e = t[E]
    for col in ("令和４年度", "令和５年度", "令和６年度"):
        if e["合計"][col] != sum(r[col] or 0 for row, r in e.items() if row != "合計"):
            errors.append(f"{E}: 合計 of {col} does not add up")
    if e["合計"]["令和６年度"] != d["合計"]["乗客数（人）"]:
        errors.append(f"{E}: 令和６年度 合計 differs from the 乗客数 of {D}")
    # (f): 合計 adds up to the buyers, 構成比 adds up to 100.0 and each share is its count's
    f = t[F]
    if f["合計"]["社数（社）"] != sum(r["社数（社）"] for row, r in f.items() if row != "合計") or f["合計"]["社数（社）"] != BUYING:
        errors.append(f"{F}: 合計 of 社数 does not add up to {BUYING}")
    share = sum(Decimal(str(r["構成比（％）"])) for row, r in f.items() if row != "合計")
    if share != Decimal("100.0") or f["合計"]["構成比（％）"] != 100.0:
        errors.append(f"{F}: 構成比 adds up to {share}, not 100.0")
    for row, r in f.items():
        if Decimal(pct1(r["社数（社）"], BUYING)) != Decimal(str(r["構成比（％）"])):
            errors.append(f"{F} / {row}: 構成比 is not 社数 / {BUYING}")
    # (g): 全体 lies between the two sizes (a weighted mean)
    for row, r in t[G].items():
        lo, hi = sorted((r["従業員規模別／300人未満"], r["従業員規模別／300人以上"]))
        if not lo <= r["全体"] <= hi:
            errors.append(f"{G} / {row}: 全体 not between the two sizes")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    months = specs["months"]
    dp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(dp) != 2:
        errors.append(f"{D} is on pages {dp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(pages[CRUISE_PDF]) if header in norm(p)]
        if months.repeat_header or on != dp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {dp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == dp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == dp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break")
        if norm("１月から３月は令和７年の数値である") not in norm(pages[CRUISE_PDF][dp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key in ("fees", "years", "fields", "origins", "suppliers", "issues"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["fields"].ruled or not all(s.ruled for k, s in specs.items() if k != "fields"):
        errors.append(f"only {C} must be drawn without ruling lines")
    # (a) and (g): two header rows, three spans, group／leaf columns
    for key, title, want in (
        ("fees", A, ["訪問／２時間以内", "訪問／４時間以内", "オンライン／１時間以内", "オンライン／２時間以内"]),
        ("issues", G, ["全体", "従業員規模別／300人未満", "従業員規模別／300人以上"]),
    ):
        cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == title))
        if len(specs[key].header) != 2 or len(specs[key].spans) != 3 or cols != want:
            errors.append(f"{title}: expected a two-row header with columns {want}, got {cols}")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in DISPATCH_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (e): years as columns, both marks present and explained by notes on the table's page
    ecells = [g for g in gold if g["table"] == E]
    if [g["fiscal_year"] for g in ecells[:3]] != list(ORIGIN_YEARS):
        errors.append(f"{E}: expected the years as columns")
    values = {g["value"] for g in ecells}
    if not set(MARKS) <= values:
        errors.append(f"{E}: expected both 「－」 and 「…」 cells")
    epage = norm(pages[CRUISE_PDF][ecells[0]["page"] - 1])
    for note in ("「－」は、該当する乗客がいなかったもの", "「…」は、国・地域別に集計していないもの"):
        if norm(note) not in epage:
            errors.append(f"{E}: the note {note} is not on the table's page")
    # (f): a 合計 row and a 構成比（％） column
    fcells = [g for g in gold if g["table"] == F]
    if fcells[-1]["row"] != "合計" or {g["unit"] for g in fcells} != {"社", "%"}:
        errors.append(f"{F}: expected a 合計 row and a 構成比（％） column")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def sibling_labels(text, doc, labels, heads):
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
            errors.append(f"{doc}: the list should be numbered {want[0]}-{want[-1]}, got {got}")

    adv = norm("\n".join(pages[ADVISOR_PDF]))
    sibling_labels(adv, "adviser guide", ("所在地：", "相談内容：", "派遣回数：", "成果："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[1] for r in DISPATCH_YEARS)}社に{sum(r[2] for r in DISPATCH_YEARS)}回") not in adv:
        errors.append("adviser guide: the five-year totals in the prose differ from (b)")
    last = DISPATCH_YEARS[-1]
    if norm(f"令和６年度は{last[1]}社に{last[2]}回") not in adv:
        errors.append("adviser guide: the 令和６年度 figures in the prose differ from (b)")
    for k in (1, 2):
        if [r[k] for r in DISPATCH_YEARS] != sorted(set(r[k] for r in DISPATCH_YEARS)):
            errors.append("adviser guide: 「派遣回数は毎年増えており」 does not hold")
    ranked = [n for n, *_x in sorted(FIELDS, key=lambda r: -(r[1] + r[2]))]
    if ranked[:2] != ["市場調査・販路開拓", "貿易実務・物流"]:
        errors.append("adviser guide: the ranking of fields in the prose does not hold")
    if not 0.38 <= last[3] / last[2] <= 0.42:
        errors.append("adviser guide: 「オンラインによるものは約４割」 does not hold")
    if [n for n, a, b in FIELDS if b > a] != ["知的財産"]:
        errors.append("adviser guide: 知的財産 should be the only field with more online than visits")
    if "2020年度" not in adv or re.findall(r"20\d\d年度", adv) != ["2020年度"]:
        errors.append("adviser guide: only 2020年度 should be printed in Western form")
    for d in ("「海外展開アドバイザー」とは", "「専門分野」とは"):
        if norm(d) not in adv:
            errors.append(f"adviser guide: the definition {d} is missing")
    raw = "\n".join(pages[ADVISOR_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("adviser guide: expected three Ｑ lines and three Ａ lines")
    steps(ADVISOR_PDF, "①②③④⑤⑥")

    cru = norm("\n".join(pages[CRUISE_PDF]))
    sibling_labels(cru, "cruise report", ("実施日：", "対象船：", "内容：", "参加者数："), [w[0] for w in WELCOME])
    calls_a, calls_b = sum(r[1] for r in MONTHS), sum(r[2] for r in MONTHS)
    pax = sum(r[3] for r in MONTHS)
    if norm(f"寄港回数は{calls_a + calls_b}回（千草港{calls_a}回、北磯港{calls_b}回）") not in cru or \
            norm(f"延べ{pax:,}人") not in cru:
        errors.append("cruise report: the year's figures in the prose differ from (d)")
    foreign = sum(r[3] for r in ORIGINS if r[0] != "日本") / pax
    if not 0.67 <= foreign <= 0.73:
        errors.append("cruise report: 「海外からの乗客が約７割」 does not hold")
    if any(r[2] for r in MONTHS if r[0] in (12, 1, 2)):
        errors.append("cruise report: 北磯港 should have no calls from 12月 to ２月")
    ranked = [n for n, *_x in sorted((r for r in ORIGINS if r[0] != "日本"), key=lambda r: -r[3])]
    if ranked[:3] != ["台湾", "中国", "香港"]:
        errors.append("cruise report: the ranking of origins in the prose does not hold")
    if max(MONTHS, key=lambda r: r[3])[0] != 10:
        errors.append("cruise report: 10月 should be the largest month")
    if norm(f"事業費：{sum(c for _n, c in COSTS):,}万円") not in cru:
        errors.append("cruise report: the 事業費 line differs from the cost list")
    if re.findall(r"20\d\d年度", cru) != ["2024年度"]:
        errors.append("cruise report: only 2024年度 should be printed in Western form")
    if norm("「寄港」とは") not in cru:
        errors.append("cruise report: the definition is missing")
    steps(CRUISE_PDF, "①②③")

    sur = norm("\n".join(pages[SURVEY_PDF]))
    sibling_labels(sur, "survey report", ("回答企業数：", "海外調達を行う企業：", "主な調達品目："), [x[0] for x in INDUSTRIES])
    if norm(f"海外調達を行っている企業は{BUYING}社（{pct1(BUYING, ANSWERED)}％）") not in sur:
        errors.append("survey report: the 301社 line differs")
    ranked = [n for n, _k in sorted(SUPPLIERS[:-1], key=lambda r: -r[1])]
    if ranked[:3] != ["中国", "ベトナム", "タイ"] or not 0.37 <= SUPPLIERS[0][1] / BUYING <= 0.43:
        errors.append("survey report: 「中国が約４割で最も多く、ベトナム、タイが続いた」 does not hold")
    tops = sorted(ISSUES, key=lambda r: -(r[1] + r[2]))
    if tops[0][0] != "為替の変動によるコストの上昇" or not 0.70 < (tops[0][1] + tops[0][2]) / sum(SIZE_N) < 0.75:
        errors.append("survey report: 「為替…全体の７割余り」 does not hold")
    geo = next(r for r in ISSUES if r[0].startswith("調達先の国"))
    if not 1.8 <= (geo[2] / SIZE_N[1]) / (geo[1] / SIZE_N[0]) <= 2.2:
        errors.append("survey report: 「約２倍」 does not hold")
    gaps = [n for n, a, b in ISSUES if float(pct1(a, SIZE_N[0])) - float(pct1(b, SIZE_N[1])) >= 10]
    if gaps != ["取引先との意思疎通（言語・商習慣）"]:
        errors.append(f"survey report: only 意思疎通 should be 10 points higher for the smaller firms, got {gaps}")
    if sum(x[1] for x in INDUSTRIES) > ANSWERED or sum(x[2] for x in INDUSTRIES) > BUYING:
        errors.append("survey report: the industries exceed the totals")
    if norm("「海外調達」とは") not in sur:
        errors.append("survey report: the definition is missing")
    if re.findall(r"20\d\d年度", sur):
        errors.append("survey report: no Western fiscal year should be printed")
    steps(SURVEY_PDF, "①②③④")

    # every phone number of the set is fictional (099-22x-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside 099-22x-xxxx")
    for n, p in pages.items():
        text = "\n".join(p)
        for bad in ("青葉", "若葉", "桜川", "白鷺", "翠峰", "朝霧", "夕凪", "月影", "星見", "雲雀", "紫雲", "琥珀",
                    "瑠璃", "翡翠", "萌黄", "茜", "山吹", "藤紫", "浅葱", "群青", "東雲", "常磐", "花菱"):
            if bad in text:
                errors.append(f"{n}: names {bad}, the prefecture of another set")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
