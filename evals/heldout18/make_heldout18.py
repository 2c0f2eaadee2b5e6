"""Build the 群青県 held-out set 18: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (群青県 and every town, port, scheme, organisation, seminar, hospital,
phone number, address, URL and figure). The documents are in three genres the earlier sets do
not use: a guide to a reduction of port charges for new international container routes
(群青港 新規国際コンテナ航路 港湾使用料減免制度のご案内) with the reduction rates by vessel size and
year of service (a two-level header), an unruled table of worked examples and a yearly record
(years as rows); the report of an investment-promotion seminar tour abroad
(海外投資誘致セミナー 開催報告書) with the attendees by type and city (a 合計 row and a 構成比（％）
column) and the follow-up leads by city; and the annual report of a medical interpretation
dispatch service for foreign residents (医療通訳派遣事業 実績報告書) with the dispatches by
language over two years, by month (a table continued over a page break without its header) and
the interpreters trained and registered by year (cells holding 「－」 for none and 「…」 for not
counted, explained by a note); see README.md beside this file.

    python make_heldout18.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout12/make_heldout12.py (itself after ../heldout11/make_heldout11.py); the helpers are in
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
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

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

PORT_PDF = "gunjo_kowan_shiyoryo_genmen_annai_r7.pdf"
SEMINAR_PDF = "gunjo_toushi_yuchi_seminar_hokoku_r6.pdf"
IRYO_PDF = "gunjo_iryo_tsuyaku_haken_jisseki_r6.pdf"
ALL_PDFS = (PORT_PDF, SEMINAR_PDF, IRYO_PDF)

UNITS = ("万円", "件", "人", "社", "回", "航路", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # none (the table's note says so)
NOT_COUNTED = "…"  # not counted (the table's note says so)
MARKS = (DASH, NOT_COUNTED)
INDENT = "　"
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
    """(number, unit) as printed after NFKC; (None, None) for the marks － and …."""
    return docgen.parse_number(nfkc(value).strip(), UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (減免額（万円） -> 万円), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def share(part: int, whole: int) -> str:
    """A 構成比 cell: per cent with one decimal, rounded half up."""
    return str(half_up(Decimal(part * 100) / Decimal(whole), "0.1"))


def cell(x) -> str:
    """A count, or a mark: None -> －, ... -> …"""
    if x is None:
        return DASH
    if x is Ellipsis:
        return NOT_COUNTED
    return fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and a year per column
    where a header names one (令和５年度)."""

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


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


def era_fy(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


PREF = "群青県"
CITY = "群青市"
PORT = "群青港"

# ================================================================ document 1: port-charge reduction guide
PORT_SCHEME = f"{PORT}新規国際コンテナ航路港湾使用料減免制度"
PORT_DEPT = f"{PREF} 港湾空港部 港湾振興課"
PORT_OFFICE = f"{PORT}管理事務所"
SIZES = [  # 船舶の総トン数, 入港料 １–３年目, 岸壁使用料 １–３年目 (減免率, ％)
    ("5,000トン未満", (100, 80, 50), (80, 60, 40)),
    ("5,000トン以上１万トン未満", (100, 70, 40), (70, 50, 30)),
    ("１万トン以上２万トン未満", (90, 60, 30), (60, 40, 20)),
    ("２万トン以上", (80, 50, 20), (50, 30, 10)),
]
EXAMPLES = [  # 船舶の規模, size row of (a), 年間の入港料, 年間の岸壁使用料 (万円)
    ("4,000トン級", 0, 60, 165), ("8,000トン級", 1, 125, 330),
    ("15,000トン級", 2, 230, 625), ("30,000トン級", 3, 470, 1250),
]
RECORD = [  # 年度, 新規開設航路数, 減免対象の寄港回数, 減免額（万円）
    (2021, 2, 58, 1240), (2022, 3, 131, 2870), (2023, 3, 196, 3915), (2024, 3, 268, 5062),
]
ROUTES = [  # 見出し, 寄港地, 初入港日, 寄港頻度, 使用船舶 (same labels in every sibling section)
    ("ベトナム航路", "群青港、ハイフォン、ホーチミン", "令和６年５月14日", "週１便", "9,800トン級 ２隻"),
    ("インド航路", "群青港、釜山、ポートクラン、チェンナイ", "令和６年９月３日", "隔週１便", "27,000トン級 ３隻"),
    ("台湾航路", "群青港、基隆、高雄", "令和７年１月21日", "週２便", "4,500トン級 ２隻"),
]


def example_reduction(size: int, port_fee: int, berth_fee: int, year: int) -> Decimal:
    """万円 reduced in year 1–3 of service for the yearly fees of a vessel of size row `size`."""
    _n, harbour, berth = SIZES[size]
    return (Decimal(port_fee * harbour[year - 1]) + Decimal(berth_fee * berth[year - 1])) / 100


def port_specs():
    rates = TableSpec(
        key="rates", doc=PORT_PDF, title="船舶の規模別・就航年次別の減免率",
        header=[["船舶の総トン数", "入港料", "", "", "岸壁使用料", "", ""],
                ["", "１年目", "２年目", "３年目", "１年目", "２年目", "３年目"]],
        rows=[[n, *(fw(x) for x in a), *(fw(x) for x in b)] for n, a, b in SIZES],
        col_widths=[52 * mm] + [18 * mm] * 6,
        spans=[((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (6, 0))], unit="%", table_fy=2025,
    )
    ex_rows = []
    for n, size, a, b in EXAMPLES:
        red = example_reduction(size, a, b, 1)
        assert red == int(red), (n, red)
        ex_rows.append([n, fw(a), fw(b), fw(int(red))])
    examples = TableSpec(
        key="examples", doc=PORT_PDF, title="減免額の試算例",
        header=[["船舶の規模", "年間の入港料（万円）", "年間の岸壁使用料（万円）", "１年目の減免額（万円）"]],
        rows=ex_rows, col_widths=[34 * mm, 40 * mm, 44 * mm, 42 * mm], ruled=False, table_fy=2025,
    )
    examples.unit = lambda row, c, s=examples: bracket_unit(s.column_label(c))
    record = TableSpec(
        key="record", doc=PORT_PDF, title="減免の実績の推移",
        header=[["年度", "新規開設航路数（航路）", "減免対象の寄港回数（回）", "減免額（万円）"]],
        rows=[[era_fy(y), fw(n), fw(k), fw(a)] for y, n, k, a in RECORD],
        col_widths=[30 * mm, 44 * mm, 46 * mm, 34 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return rates, examples, record


def port_story(specs):
    rates, examples, record = specs
    n_routes = sum(r[1] for r in RECORD)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE),
          P(f"{PORT} 新規国際コンテナ航路 港湾使用料減免制度のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(PORT_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　制度の概要", H1)]
    st += paras(f"""
{PORT}の国際物流の機能を高め、県内企業の輸出入を支えるため、{PORT}に新たに国際コンテナ航路を開設する船会社に対し、入港料と岸壁使用料を減免します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_routes}航路が減免を受けました。
""", 0)
    st += lv_lines([
        ("制度名", PORT_SCHEME),
        ("対象港湾", f"{PORT}（藍浜コンテナターミナル）"),
        ("対象者", f"{PORT}に新規国際コンテナ航路を開設する船会社又はその代理店"),
        ("減免期間", "航路の初入港日から３年間"),
        ("申請期限", "初入港日の30日前まで"),
        ("予算額", "6,200万円"),
    ], 0)
    st += paras(f"""
この案内において「新規国際コンテナ航路」とは、{PORT}と外国の港とを結ぶコンテナ船の定期航路であって、{PORT}への寄港が月２回以上のもののうち、申請の日前２年間に同じ外国の港との間で{PORT}に寄港した航路がないものをいいます。また、「就航１年目」とは、初入港日から起算して１年間をいい、以下「２年目」「３年目」も同様とします。
""", 0)
    st += [P("２　減免率", H1)]
    st += paras("減免率は、寄港する船舶の総トン数と就航年次に応じて、次のとおりです。船舶が小さいほど、また就航から間もないほど、減免率が高くなります。", 0)
    st += [caption(rates.title, "（令和７年度、単位：％）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 総トン数は、国際総トン数による。",
        "※２ 減免額は、１航路当たり年度内1,500万円を上限とする。",
        "※３ 荷役機械使用料、荷さばき地使用料及び上屋使用料は、減免の対象外である。",
    ])
    st += paras("週１便（年52回）寄港した場合の減免額の目安は、次のとおりです。", 0)
    st += [caption(examples.title, "（令和７年度の料金による）"), examples.flowable(), Spacer(1, 2)]
    st += notes(["※４ 試算は、１回の寄港で岸壁を24時間使用した場合である。実際の減免額は、寄港の実績により算定する。"])
    st += [P("３　申請から減免までの流れ", H1)]
    st += numbered([
        "① 事前相談（就航の計画が固まった段階で港湾振興課へ）",
        "② 減免申請（初入港日の30日前までに、申請書と航路計画書を提出）",
        "③ 減免の承認の通知",
        "④ 入港と岸壁の使用（使用料は減免後の額で納付）",
        "⑤ 寄港実績の報告（毎年度、４月20日までに前年度の実績を報告）",
        "⑥ 減免額の確定",
    ], 0)
    st += [P("４　これまでの実績", H1)]
    last = RECORD[-1]
    st += paras(f"""
令和６年度は、新たに{fw(last[1])}航路が開設され、減免額は{last[3]:,}万円と過去最高になりました。減免の対象となった寄港の回数は、制度を始めた令和３年度の４倍余りに増えています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※５ 減免対象の寄港回数及び減免額には、前年度までに開設された航路の２年目及び３年目の分を含む。"])
    st += paras("令和６年度に開設された３航路の概要は、次のとおりです。", 0)
    for i, (head, ports, first, freq, ships) in enumerate(ROUTES, 1):
        st += [KeepTogether([P(f"（{fw(i)}）{head}", H2)] + lv_lines(
            [("寄港地", ports), ("初入港日", first), ("寄港頻度", freq), ("使用船舶", ships)], 1))]
    st += [P("５　よくある質問", H1)]
    qa = [
        ("既にある航路の寄港回数を増やす場合も対象になりますか。",
         "対象になりません。増便は、この制度の対象外です。"),
        ("航路を休止した場合はどうなりますか。",
         "休止した月から減免を行いません。休止が３か月を超えた場合は、減免の承認を取り消します。"),
        ("就航２年目から船舶を大型化した場合、減免率は変わりますか。",
         "変わります。寄港ごとに、その船舶の総トン数に応じた減免率を適用します。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(32 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{PORT_DEPT} ポートセールス班",
        "電話：099-180-3410　ファクス：099-180-3419",
        f"{PORT_OFFICE}（使用料の納付）　電話：099-180-3500",
        "電子メール：port-sales@pref.gunjo.example.jp",
    ]))
    return st


# ================================================================ document 2: investment seminar tour report
SEMINAR = "群青県海外投資誘致セミナー2024"
SEMINAR_DEPT = f"{PREF} 商工観光部 企業立地課"
KIKO = "公益財団法人群青県産業立地推進機構"
CITIES = ("台北", "バンコク", "ミュンヘン")
ATTENDEES = [  # 参加者の区分, 台北, バンコク, ミュンヘン (人)
    ("製造業", 58, 41, 46), ("情報通信業", 21, 9, 14), ("商社・物流", 18, 30, 11),
    ("金融・コンサルティング", 18, 15, 16), ("政府・経済団体", 24, 27, 19), ("報道・その他", 17, 16, 12),
]
COMPANY_ROWS = 4  # the first four rows are company people (「企業の関係者」)
PREV_SEMINAR = (2, 268)  # 令和５年度: cities, attendees
SESSIONS = [  # 見出し, 開催日, 会場, 主なテーマ; 参加者数 is (d)'s column total
    ("台北会場", "2024年10月８日（火）", "台北市内のホテル", "半導体関連の部素材と精密加工"),
    ("バンコク会場", "2024年10月10日（木）", "バンコク市内の商工会議所会議室", "食品加工と物流拠点"),
    ("ミュンヘン会場", "2024年11月19日（火）", "ミュンヘン市内の見本市会場会議棟", "水素・再生可能エネルギーと自動車部品"),
]
LEADS = [  # 開催都市, 個別面談, 有望案件, 県内視察, 投資決定 (社, 令和７年２月末現在)
    ("台北", 24, 9, 4, 2), ("バンコク", 18, 7, 3, 1), ("ミュンヘン", 15, 6, 1, 0),
]


def seminar_specs():
    total = sum(sum(r[1:]) for r in ATTENDEES)
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c), share(a + b + c, total)] for n, a, b, c in ATTENDEES]
    cols = [sum(r[k] for r in ATTENDEES) for k in (1, 2, 3)]
    rows.append(["合計", *(fw(x) for x in cols), fw(total), share(total, total)])
    attendees = TableSpec(
        key="attendees", doc=SEMINAR_PDF, title="参加者の区分別・都市別の参加者数",
        header=[["参加者の区分", "台北", "バンコク", "ミュンヘン", "合計", "構成比（％）"]],
        rows=rows, col_widths=[46 * mm, 22 * mm, 22 * mm, 24 * mm, 22 * mm, 26 * mm], table_fy=2024,
    )
    attendees.unit = lambda row, c: "%" if c == 5 else "人"
    lrows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in LEADS]
    lrows.append(["合計", *(fw(sum(r[k] for r in LEADS)) for k in (1, 2, 3, 4))])
    leads = TableSpec(
        key="leads", doc=SEMINAR_PDF, title="開催都市別のフォローアップの状況",
        header=[["開催都市", "個別面談（社）", "有望案件（社）", "県内視察（社）", "投資決定（社）"]],
        rows=lrows, col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm], table_fy=2024,
    )
    leads.unit = lambda row, c, s=leads: bracket_unit(s.column_label(c))
    return attendees, leads


def seminar_story(specs):
    attendees, leads = specs
    total = sum(sum(r[1:]) for r in ATTENDEES)
    per_city = [sum(r[k] for r in ATTENDEES) for k in (1, 2, 3)]
    tl = [sum(r[k] for r in LEADS) for k in (1, 2, 3, 4)]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P("群青県海外投資誘致セミナー 開催報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年３月", DATE_RIGHT), P(SEMINAR_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", SEMINAR),
        ("目的", "海外企業による県内への拠点の新設・増設と、県内企業との提携を促す。"),
        ("主催", f"{PREF}、{KIKO}"),
        ("開催都市", "台北、バンコク、ミュンヘン（３都市）"),
        ("開催期間", "2024年10月８日から11月19日まで"),
        ("説明者", f"{PREF}副知事、企業立地課長、県内に進出した外資系企業の代表者"),
        ("事業費", "2,480万円"),
    ], 0)
    st += paras("""
この報告書において「有望案件」とは、セミナー後の個別面談等により、本県への投資（拠点の新設若しくは増設又は県内企業との資本提携）を具体的に検討していることが確認された企業をいう。また、「個別面談」とは、セミナーの当日又は翌日に、参加企業と県職員が１社ずつ行った面談をいう。
""", 0)
    st += [P("２　開催の状況", H1)]
    st += paras(f"""
令和６年度は、アジアの２都市と欧州の１都市でセミナーを開き、３会場で合計{total}人が参加した。前年度（{fw(PREV_SEMINAR[0])}都市、{PREV_SEMINAR[1]}人）を大きく上回った。参加者の区分別では製造業が最も多く、全体の３分の１余りを占めた。企業の関係者が約７割で、政府機関や経済団体の参加も多かった。
""", 0)
    for i, ((head, when, place, theme), n) in enumerate(zip(SESSIONS, per_city), 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", when), ("会場", place), ("参加者数", f"{n}人"), ("主なテーマ", theme)], 1)
    st += [caption(attendees.title, "（令和６年度、単位：人）"), attendees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 参加者数は、受付で確認した人数であり、県及び機構の職員を含まない。",
        "※２ 構成比は、合計に対する割合であり、小数点以下第２位を四捨五入した。",
    ])
    st += [P("３　フォローアップの状況", H1)]
    st += paras(f"""
セミナーの後、３都市で延べ{tl[0]}社と個別面談を行い、{tl[1]}社を有望案件とした。このうち{fw(tl[2])}社が県内の工業団地等の視察に訪れ、{fw(tl[3])}社が本県への投資を決定した。
""", 0)
    st += [caption(leads.title, "（令和７年２月末現在）"), leads.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「投資決定」は、企業が県又は市町村に立地の意向を文書で示したものである。"])
    st += [P("４　今後の取組", H1)]
    st += numbered([
        "① 有望案件の企業に、機構の担当者が月１回以上連絡をとり、県内視察を提案する。",
        "② 令和７年度は、北米の１都市を加えた４都市で開催する。",
        "③ 県内に進出した外資系企業による講演の時間を増やす。",
    ], 0)
    st += [CondPageBreak(32 * mm), P("５　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SEMINAR_DEPT} 海外誘致班　電話：099-180-5210　ファクス：099-180-5219",
        f"{KIKO} 海外誘致部　電話：099-180-5300",
        "電子メール：invest@pref.gunjo.example.jp",
    ]))
    return st


# ================================================================ document 3: medical interpretation dispatch report
IRYO = f"{PREF}医療通訳派遣事業"
IRYO_DEPT = f"{PREF} 健康福祉部 医療政策課"
ZAIDAN = "公益財団法人群青県国際交流財団"
LANG_DISPATCH = [  # 言語, 令和５年度, 令和６年度 (件; None: no dispatch that year)
    ("ベトナム語", 310, 398), ("中国語", 241, 263), ("ネパール語", 118, 176), ("ポルトガル語", 132, 141),
    ("英語", 96, 88), ("タガログ語", 74, 81), ("インドネシア語", 35, 64), ("ミャンマー語", None, 27),
]
MONTHS = [  # 月, 派遣件数, うち夜間・休日 (令和６年度, 件)
    (4, 82, 9), (5, 91, 12), (6, 96, 10), (7, 104, 14), (8, 98, 15), (9, 101, 11),
    (10, 109, 13), (11, 112, 12), (12, 97, 16), (1, 118, 19), (2, 107, 13), (3, 123, 14),
]
TRAINING = [  # 年度, 養成研修の修了者, 登録通訳者数, フォローアップ研修の受講者 (人; None: －, ...: …)
    (2020, None, 58, ...), (2021, 16, 71, ...), (2022, 21, 88, 47), (2023, 19, 102, 63), (2024, 24, 121, 78),
]
HOSPITALS = [  # 見出し, 派遣件数, 多い言語, 多い診療科 (same labels in every sibling section)
    ("群青県立中央病院", "286件", "ベトナム語、中国語", "産婦人科、内科"),
    ("藍浜市民病院", "214件", "ポルトガル語、ネパール語", "小児科、整形外科"),
    ("群青医科大学附属病院", "173件", "中国語、英語", "外科、精神科"),
]


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def iryo_specs():
    t5 = sum(r[1] or 0 for r in LANG_DISPATCH)
    t6 = sum(r[2] for r in LANG_DISPATCH)
    rows = [[n, cell(a), cell(b)] for n, a, b in LANG_DISPATCH] + [["合計", fw(t5), fw(t6)]]
    langs = TableSpec(
        key="langs", doc=IRYO_PDF, title="言語別の派遣件数",
        header=[["言語", "令和５年度", "令和６年度"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 34 * mm], unit="件",
    )
    mrows = [[month_label(m), fw(a), fw(b)] for m, a, b in MONTHS]
    mrows.append(["合計", fw(sum(r[1] for r in MONTHS)), fw(sum(r[2] for r in MONTHS))])
    months = TableSpec(
        key="months", doc=IRYO_PDF, title="月別の派遣件数",
        header=[["月", "派遣件数", "うち夜間・休日"]],
        rows=mrows, col_widths=[30 * mm, 36 * mm, 36 * mm], unit="件", table_fy=2024, repeat_header=False,
    )
    training = TableSpec(
        key="training", doc=IRYO_PDF, title="医療通訳者の養成と登録の推移",
        header=[["年度", "養成研修の修了者（人）", "登録通訳者数（人）", "フォローアップ研修の受講者（人）"]],
        rows=[[era_fy(y), cell(a), cell(b), cell(c)] for y, a, b, c in TRAINING],
        col_widths=[30 * mm, 42 * mm, 38 * mm, 54 * mm],
    )
    training.unit = lambda row, c, s=training: bracket_unit(s.column_label(c))
    return langs, months, training


def iryo_story(specs):
    langs, months, training = specs
    t5 = sum(r[1] or 0 for r in LANG_DISPATCH)
    t6 = sum(r[2] for r in LANG_DISPATCH)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{IRYO} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(IRYO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", IRYO),
        ("実施主体", f"{PREF}（{ZAIDAN}に委託）"),
        ("開始", "平成30年（2018年）４月"),
        ("対象者", "県内に住む外国人で、日本語による意思疎通が難しい患者"),
        ("協定医療機関", "県内23機関（令和７年３月末現在）"),
        ("利用者の負担", "無料（医療機関が派遣１回につき3,000円を負担）"),
        ("申込み", "医療機関から財団へ、原則として受診日の３日前（土曜日、日曜日及び祝日を除く。）まで"),
    ], 0)
    st += paras("""
この報告書において「医療通訳者」とは、財団が実施する医療通訳養成研修を修了し、財団に登録した者をいう。また、「派遣件数」とは、医療通訳者が医療機関に出向いた回数をいい、１回の受診で複数の診療科に同行した場合も１件と数える。
""", 0)
    st += [P("２　派遣の状況", H1)]
    st += paras(f"""
令和６年度の派遣件数は{t6:,}件で、前年度（{t5:,}件）に比べ{t6 - t5}件増加し、事業開始以来最多となった。言語別ではベトナム語が最も多く、中国語、ネパール語が続いた。前年度から減ったのは英語だけである。
""", 0)
    st += [caption(langs.title, "（単位：件）"), langs.flowable(), Spacer(1, 2)]
    st += notes(["※１ ミャンマー語は、令和６年７月から派遣を始めた。「－」は、その年度に派遣を行っていないことを示す。"])
    st += [caption(months.title, "（令和６年度、単位：件）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「夜間・休日」は、平日の午後６時から翌朝８時まで及び土曜日、日曜日、祝日の派遣である。"
                 "１月から３月は令和７年の数値である。"])
    st += paras("""
月別では、３月が最も多かった。夜間・休日の派遣は１月が最も多く、年末年始の救急の受診に同行したものが目立った。
""", 0)
    st += [P("３　主な協定医療機関への派遣", H1)]
    top = sum(int(h[1].rstrip("件")) for h in HOSPITALS)
    st += paras("派遣先は、群青県立中央病院が最も多く、次の３機関で全体の半数余りを占めた。", 0)
    assert 0.5 < top / t6 < 0.6
    for i, (head, n, lang, dept) in enumerate(HOSPITALS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("派遣件数", n), ("多い言語", lang), ("多い診療科", dept)], 1)
    st += [P("４　医療通訳者の養成", H1)]
    st += paras(f"""
財団は、毎年度、医療通訳養成研修（全８日間）を開き、修了者を医療通訳者として登録している。令和６年度末の登録通訳者数は{TRAINING[-1][2]}人で、令和２年度末の２倍余りとなった。
""", 0)
    st += [KeepTogether([caption(training.title), training.flowable(), Spacer(1, 2)] + notes([
        "※３ 「－」は研修を実施しなかったこと、「…」は受講者数を集計していないことを示す。",
        "※４ 令和２年度は、感染症の拡大のため養成研修を中止した。登録通訳者数は、各年度の３月末現在である。",
    ]))]
    st += [P("５　派遣の流れ", H1)]
    st += numbered([
        "① 医療機関が財団に派遣を申し込む。",
        "② 財団が医療通訳者を選び、医療機関に回答する。",
        "③ 医療通訳者が受診に同行し、通訳する。",
        "④ 医療通訳者が派遣報告書を財団に提出する（派遣の翌日から５日以内）。",
        "⑤ 財団が医療機関に負担金を請求する（月ごと）。",
    ], 0)
    st += [CondPageBreak(32 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{IRYO_DEPT} 外国人医療班　電話：099-180-7110　ファクス：099-180-7119",
        f"{ZAIDAN} 医療通訳派遣窓口（派遣の申込み）　電話：099-180-7200",
        "電子メール：iryo-tsuyaku@gunjo-kokusai.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return port_specs() + seminar_specs() + iryo_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    pspecs, sspecs, ispecs = port_specs(), seminar_specs(), iryo_specs()
    pdoc = build_pdf(docs_dir / PORT_PDF, pspecs, port_story(pspecs),
                     f"令和７年度 {PORT} 新規国際コンテナ航路 港湾使用料減免制度のご案内", "令和７年４月", PORT_DEPT)
    sdoc = build_pdf(docs_dir / SEMINAR_PDF, sspecs, seminar_story(sspecs),
                     "令和６年度 群青県海外投資誘致セミナー 開催報告書", "令和７年３月", SEMINAR_DEPT)
    idoc = build_pdf(docs_dir / IRYO_PDF, ispecs, iryo_story(ispecs),
                     f"令和６年度 {IRYO} 実績報告書", "令和７年６月", IRYO_DEPT)
    gold = all_gold({PORT_PDF: pdoc.row_pages, SEMINAR_PDF: sdoc.row_pages, IRYO_PDF: idoc.row_pages})
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
    # --- port: the port-charge reduction guide, tables (a) (b) (c), a note, a definition, a deadline, Q&A
    dict(question="総トン数8,000トンの船で新しい航路を開いた場合、就航2年目は岸壁の使用料を何％減免してもらえますか？",
         category="port", doc=PORT_PDF, evidence=["5,000トン以上１万トン未満 100 70 40 70 50 30"], answer=["50"],
         notes="(a) two-level header: 8,000トン -> row 5,000トン以上１万トン未満; leaf 岸壁使用料／２年目; "
               "70 (入港料／２年目 and 岸壁使用料／１年目) is the trap"),
    dict(question="令和6年度に開設された台湾向けの航路の船だと、就航1年目の入港料は何％減免されますか？",
         category="port", doc=PORT_PDF, evidence=["使用船舶：4,500トン級 ２隻", "5,000トン未満 100 80 50 80 60 40"],
         answer=["100"],
         notes="two facts: sibling sections of ４ (（３）台湾航路, label 使用船舶 4,500トン級) and (a) row 5,000トン未満, "
               "leaf 入港料／１年目"),
    dict(question="15,000トン級の船が毎週寄港する場合、1年目に使用料がどれだけ減免される見込みですか？",
         category="port", doc=PORT_PDF, evidence=["15,000トン級 230 625 582"], answer=["582"],
         notes="(b) unruled table, column １年目の減免額（万円）; 230 and 625 are the fees"),
    dict(question="30,000トン級の船が毎週寄港する場合、就航3年目の減免額はいくらになる計算ですか？",
         category="port", doc=PORT_PDF, evidence=["30,000トン級 470 1,250 1,001", "２万トン以上 80 50 20 50 30 10"],
         answer=["219万円"], computed=True,
         notes="two facts: (b) fees of 30,000トン級 (470, 1,250) and (a) row ２万トン以上, leaves ３年目 (20, 10): "
               "470 × 20% + 1,250 × 10% = 94 + 125 = 219万円; 1,001 is the 1年目 figure"),
    dict(question="2023年度の減免額は全体でいくらでしたか？",
         category="port", doc=PORT_PDF, evidence=["令和５年度 ３ 196 3,915"], answer=["3,915"],
         notes="(c) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 減免額（万円）"),
    dict(question="制度が始まってから令和6年度までに減免した額を合計すると、いくらになりますか？",
         category="port", doc=PORT_PDF,
         evidence=["令和３年度 ２ 58 1,240", "令和４年度 ３ 131 2,870", "令和５年度 ３ 196 3,915",
                   "令和６年度 ３ 268 5,062"],
         answer=["13,087万円"], computed=True,
         notes="(c) sum of the 減免額（万円） column over the four years: 1,240 + 2,870 + 3,915 + 5,062 = 13,087 "
               "(the table has no 合計 row)"),
    dict(question="以前群青港に寄港していた外国の港との航路を再開する場合、どのくらい間が空いていれば新規の航路として認められますか？",
         category="port", doc=PORT_PDF, evidence=["申請の日前２年間に同じ外国の港との間で"], answer=["２年間"],
         notes="definition 「新規国際コンテナ航路」とは…申請の日前２年間に…寄港した航路がないもの"),
    dict(question="減免の申請は、船が初めて入港する日のどれくらい前までに出す必要がありますか？",
         category="port", doc=PORT_PDF, evidence=["申請期限：初入港日の30日前まで"], answer=["30日前"],
         notes="「label：value」 line 申請期限 (repeated in procedure step ②)"),
    dict(question="クレーンなど荷役機械の使用料も、この制度で安くなりますか？",
         category="port", doc=PORT_PDF, evidence=["荷役機械使用料、荷さばき地使用料及び上屋使用料は、減免の対象外"],
         answer=["対象外"],
         notes="note ※３ under (a): 荷役機械使用料 is not reduced (only 入港料 and 岸壁使用料)"),
    dict(question="就航して2年目から大きな船に替えた場合、減免率はどう決まりますか？",
         category="port", doc=PORT_PDF, evidence=["その船舶の総トン数に応じた減免率を適用します"],
         answer=["総トン数に応じた減免率"],
         notes="Q&A: Ａ of Ｑ３ (the rate follows each call's vessel, so the row of (a) can change)"),
    # --- seminar: the seminar tour report, tables (d) (e), a definition, sibling sections, a label-value line
    dict(question="バンコクのセミナーには、商社や物流関係の人が何人来ましたか？",
         category="seminar", doc=SEMINAR_PDF, evidence=["商社・物流 18 30 11 59 14.3"], answer=["30"],
         notes="(d) row 商社・物流, column バンコク; 59 is the row's 合計 and 14.3 its 構成比"),
    dict(question="3会場の参加者全体のうち、金融機関やコンサル会社の人は何％を占めていましたか？",
         category="seminar", doc=SEMINAR_PDF, evidence=["金融・コンサルティング 18 15 16 49 11.9"], answer=["11.9"],
         notes="(d) column 構成比（％） (printed full-width ％, asked half-width), row named by paraphrase"),
    dict(question="製造業を除くと、ミュンヘン会場で一番多かった参加者の区分はどれですか？",
         category="seminar", doc=SEMINAR_PDF, evidence=["政府・経済団体 24 27 19 70 17.0"], answer=["政府・経済団体"],
         notes="(d) column ミュンヘン: 製造業 46, then 政府・経済団体 19, 金融・コンサルティング 16, 情報通信業 14"),
    dict(question="バンコク会場の参加者のうち、製造業の人は何％でしたか？",
         category="seminar", doc=SEMINAR_PDF, evidence=["製造業 58 41 46 145 35.2", "合計 156 138 118 412 100.0"],
         answer=["29.7%"], computed=True,
         notes="(d) share within the column バンコク: 41 / 138 = 29.7 %; the printed 構成比 35.2 is over all three cities"),
    dict(question="台北のセミナーの後、個別に面談した企業は何社ありましたか？",
         category="seminar", doc=SEMINAR_PDF, evidence=["台北 24 ９ ４ ２"], answer=["24"],
         notes="(e) row 台北, column 個別面談（社）"),
    dict(question="有望案件とされた企業のうち、実際に投資を決めたのは何％ですか？",
         category="seminar", doc=SEMINAR_PDF, evidence=["合計 57 22 ８ ３"], answer=["13.6%"], computed=True,
         notes="(e) 合計 row: 投資決定 / 有望案件 = 3 / 22 = 13.6 %"),
    dict(question="この報告書で「有望案件」に数えられるのは、どんな企業ですか？",
         category="seminar", doc=SEMINAR_PDF, evidence=["具体的に検討していることが確認された企業"],
         answer=["具体的に検討"],
         notes="definition 「有望案件」とは、…本県への投資…を具体的に検討していることが確認された企業をいう"),
    dict(question="ミュンヘンでのセミナーでは、どんなテーマを中心に紹介しましたか？",
         category="seminar", doc=SEMINAR_PDF, evidence=["主なテーマ：水素・再生可能エネルギーと自動車部品"],
         answer=["水素・再生可能エネルギー"],
         notes="sibling sections （１）–（３） of ２ share the labels 開催日, 会場, 参加者数, 主なテーマ; （３）ミュンヘン会場"),
    dict(question="3都市でのセミナー開催にかかった事業費は全部でいくらですか？",
         category="seminar", doc=SEMINAR_PDF, evidence=["事業費：2,480万円"], answer=["2,480万円"],
         notes="「label：value」 line 事業費"),
    # --- iryo: the medical interpretation report, tables (f) (g) (h), a note, a definition, a procedure step
    dict(question="2024年度にネパール語の医療通訳は何件派遣されましたか？",
         category="iryo", doc=IRYO_PDF, evidence=["ネパール語 118 176"], answer=["176"],
         notes="(f) years as columns: 2024年度 = column 令和６年度 (printed nowhere in Western form); 118 is 令和５年度"),
    dict(question="前の年度と比べて派遣件数の伸びが一番大きかった言語はどれですか？",
         category="iryo", doc=IRYO_PDF, evidence=["ベトナム語 310 398", "ネパール語 118 176"], answer=["ベトナム語"],
         notes="(f) differences not printed: ベトナム語 +88, ネパール語 +58, インドネシア語 +29, ミャンマー語 27 from none"),
    dict(question="ミャンマー語の派遣には前年度の件数がありませんが、いつから始まったのですか？",
         category="iryo", doc=IRYO_PDF, evidence=["ミャンマー語は、令和６年７月から派遣を始めた"],
         answer=["令和６年７月"],
         notes="note ※１ under (f) qualifies the row ミャンマー語 (its 令和５年度 cell is －)"),
    dict(question="2025年1月には何件の派遣がありましたか？",
         category="iryo", doc=IRYO_PDF, evidence=["１月 118 19"], answer=["118"],
         notes="(g) continuation page (no header there): row １月, column 派遣件数; note ※２ says １月–３月 are 令和７年"),
    dict(question="令和6年8月に、夜間や休日に通訳を派遣したのは何件ですか？",
         category="iryo", doc=IRYO_PDF, evidence=["８月 98 15"], answer=["15"],
         notes="(g) column うち夜間・休日 named by paraphrase; 98 is all dispatches of the month"),
    dict(question="2023年度末の時点で、登録されていた医療通訳者は何人でしたか？",
         category="iryo", doc=IRYO_PDF, evidence=["令和５年度 19 102 63"], answer=["102"],
         notes="(h) years as rows: 2023年度 = 令和５年度, column 登録通訳者数（人） (３月末現在 by note ※４)"),
    dict(question="2021年度のフォローアップ研修には何人が参加しましたか？",
         category="iryo", doc=IRYO_PDF, evidence=["「…」は受講者数を集計していないこと"], answer=["集計していない"],
         notes="(h) row 令和３年度, column フォローアップ研修の受講者（人） holds 「…」, which note ※３ explains: "
               "not counted (no number to give)"),
    dict(question="令和2年度の養成研修では、何人が修了しましたか？",
         category="iryo", doc=IRYO_PDF, evidence=["感染症の拡大のため養成研修を中止した"], answer=["中止"],
         notes="(h) row 令和２年度, column 養成研修の修了者（人） holds 「－」 (not held, note ※３); note ※４ says it "
               "was cancelled"),
    dict(question="1回の受診で2つの診療科に付き添った場合、派遣件数は何件と数えますか？",
         category="iryo", doc=IRYO_PDF, evidence=["複数の診療科に同行した場合も１件と数える"], answer=["１件"],
         notes="definition 「派遣件数」とは…"),
    dict(question="通訳者は派遣が終わった後、報告書をいつまでに財団へ出すことになっていますか？",
         category="iryo", doc=IRYO_PDF, evidence=["派遣の翌日から５日以内"], answer=["５日以内"],
         notes="procedure step ④ of ５"),
    # --- followups
    dict(question="そのうちIT関係の企業から来た人は何人ですか？",
         category="followup", doc=SEMINAR_PDF, evidence=["情報通信業 21 ９ 14 44 10.7"], answer=["14"],
         history=_turns("2024年秋の投資誘致セミナーで、ミュンヘン会場の参加者は何人でしたか？",
                        "ミュンヘン会場の参加者は118人でした[1]。"),
         notes="(d) the column from the history (ミュンヘン, 118), row 情報通信業 named by paraphrase"),
    dict(question="その年度の減免額はいくらでしたか？",
         category="followup", doc=PORT_PDF, evidence=["令和４年度 ３ 131 2,870"], answer=["2,870"],
         history=_turns("2022年度に減免の対象になった寄港は何回ありましたか？",
                        "2022年度（令和４年度）は131回でした[1]。"),
         notes="(c) the year from the history (2022年度 = 令和４年度), column 減免額（万円）"),
    dict(question="それは前の年度より何件多いですか？",
         category="followup", doc=IRYO_PDF, evidence=["ベトナム語 310 398"], answer=["88件"], computed=True,
         history=_turns("ベトナム語の医療通訳は、令和6年度に何件派遣されましたか？",
                        "令和６年度のベトナム語の派遣は398件でした[1]。"),
         notes="(f) the row from the history (ベトナム語): 398 - 310 = 88"),
    dict(question="そこではどの診療科の受診が多いですか？",
         category="followup", doc=IRYO_PDF, evidence=["多い診療科：産婦人科、内科"], answer=["産婦人科"],
         history=_turns("医療通訳の派遣がいちばん多かった病院はどこですか？",
                        "群青県立中央病院で、286件でした[1]。"),
         notes="sibling sections of ３: the hospital from the history (（１）群青県立中央病院), label 多い診療科; "
               "the siblings' 小児科 and 外科 are the near misses"),
    dict(question="そこのファクス番号を教えてください。",
         category="followup", doc=PORT_PDF, evidence=["電話：099-180-3410 ファクス：099-180-3419"],
         answer=["099-180-3419"],
         history=_turns("港湾使用料の減免について、県の担当はどこですか？",
                        "群青県 港湾空港部 港湾振興課 ポートセールス班です[1]。"),
         notes="contact box of the port guide: the 班's fax; the 管理事務所's phone 099-180-3500 is the near miss"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="減免制度で開設された航路は、令和6年度にコンテナを何TEU取り扱いましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(c) gives routes, calls and amounts reduced, no cargo volume",
         absent=["TEU", "取扱量", "取扱個数"]),
    dict(question="ソウルで開いた投資誘致セミナーには何人参加しましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the seminars were in 台北, バンコク and ミュンヘン; (d) has no Seoul column",
         absent=["ソウル", "韓国"]),
    dict(question="セミナーをきっかけに投資を決めた企業の投資額は、合わせていくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(e) counts the companies (投資決定 ３社), no amounts; the 事業費 2,480万円 is the near miss",
         absent=["投資額", "設備投資", "億円"]),
    dict(question="医療通訳者には、1回の派遣でいくら謝金が支払われますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the hospitals' charge (3,000円 per dispatch), not what the interpreters are paid",
         absent=["謝金", "報酬", "時給", "日当"]),
    dict(question="令和6年度にスペイン語の医療通訳は何件派遣されましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(f) has eight languages; スペイン語 is not one (ポルトガル語 is the near miss)",
         absent=["スペイン語"]),
    dict(question="セミナーの参加者にとった満足度のアンケートでは、どんな結果でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives attendees and follow-up leads, no survey of the attendees",
         absent=["満足度", "アンケート"]),
]
CATEGORY_COUNTS = {"port": 10, "seminar": 9, "iryo": 10, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 2  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h18q", "h18t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = ("船舶の規模別・就航年次別の減免率", "減免額の試算例", "減免の実績の推移",
                          "参加者の区分別・都市別の参加者数", "開催都市別のフォローアップの状況", "言語別の派遣件数",
                          "月別の派遣件数", "医療通訳者の養成と登録の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


def _q219(g):
    fee_p = g(B, "30,000トン級", "年間の入港料（万円）", 2025)
    fee_b = g(B, "30,000トン級", "年間の岸壁使用料（万円）", 2025)
    r_p = g(A, "２万トン以上", "入港料／３年目", 2025)
    r_b = g(A, "２万トン以上", "岸壁使用料／３年目", 2025)
    return f"{(Decimal(fee_p * r_p) + Decimal(fee_b * r_b)) / 100:f}万円".replace(".0万", "万")


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h18q04": _q219,
    "h18q06": lambda g: f"{sum(g(C, era_fy(y), '減免額（万円）', y) for y in range(2021, 2025)):,}万円",
    "h18q14": lambda g: _pct(g(D, "製造業", "バンコク", 2024), g(D, "合計", "バンコク", 2024)),
    "h18q16": lambda g: _pct(g(E, "合計", "投資決定（社）", 2024), g(E, "合計", "有望案件（社）", 2024)),
    "h18q32": lambda g: f"{g(F, 'ベトナム語', '令和６年度', 2024) - g(F, 'ベトナム語', '令和５年度', 2023)}件",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {PORT_PDF: (2, 3), SEMINAR_PDF: (2, 3), IRYO_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 18  # at least, over all categories
BEFORE_BREAK_ROWS = ("４月",)  # rows of (g) expected before the page break
CONTINUED_ROWS = ("１月", "２月", "３月", "合計")  # and after it


def check_files(folder: Path) -> list[str]:
    """Every problem found in a built set under `folder` (empty when fine)."""
    out = Path(folder)
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout18.py")
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
    # the two mark cells of (h) are each asked about
    marks_asked = {m for q in questions if q["doc"] and "(h)" in q["notes"] for m in MARKS if f"「{m}」" in q["notes"]}
    if marks_asked != set(MARKS):
        errors.append(f"(h): questions on the marks {sorted(marks_asked)}, expected both － and …")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout18.py")
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
            errors.append(f"{g['id']}: every cell of this set should be numeric or a mark (－, …)")
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
    """Totals, shares and worked examples agree inside each table and between tables."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]
    # (b): each 1年目 reduction is (a)'s 1年目 rates applied to the two fees
    for n, size, _a, _b in EXAMPLES:
        r = t[B][n]
        size_row = t[A][SIZES[size][0]]
        want = (Decimal(r["年間の入港料（万円）"] * size_row["入港料／１年目"])
                + Decimal(r["年間の岸壁使用料（万円）"] * size_row["岸壁使用料／１年目"])) / 100
        if r["１年目の減免額（万円）"] != want:
            errors.append(f"{B} / {n}: 減免額 {r['１年目の減免額（万円）']} is not {want} from the rates of {A}")
        if r["１年目の減免額（万円）"] > 1500:
            errors.append(f"{B} / {n}: above the cap of note ※２")
    # (a): rates fall with the year of service and with the vessel size
    for row, r in t[A].items():
        for grp in ("入港料", "岸壁使用料"):
            ys = [r[f"{grp}／{fw(k)}年目"] for k in (1, 2, 3)]
            if ys != sorted(ys, reverse=True):
                errors.append(f"{A} / {row}: {grp} rates should fall year by year")
    # (d): 合計 adds up both ways; 構成比 is each row's share of the grand total and adds to 100.0
    d = t[D]
    for row, r in d.items():
        if r["合計"] != r["台北"] + r["バンコク"] + r["ミュンヘン"]:
            errors.append(f"{D} / {row}: 合計 is not the sum of the cities")
        if Decimal(str(r["構成比（％）"])) != half_up(Decimal(r["合計"] * 100) / Decimal(d["合計"]["合計"]), "0.1"):
            errors.append(f"{D} / {row}: 構成比 is not its share")
    for col in ("台北", "バンコク", "ミュンヘン", "合計"):
        if d["合計"][col] != sum(r[col] for row, r in d.items() if row != "合計"):
            errors.append(f"{D}: 合計 of {col} does not add up")
    if sum(Decimal(str(r["構成比（％）"])) for row, r in d.items() if row != "合計") != Decimal("100.0"):
        errors.append(f"{D}: the shares do not add up to 100.0")
    # (e): 合計 adds up; each stage is a subset of the one before
    e = t[E]
    stages = ("個別面談（社）", "有望案件（社）", "県内視察（社）", "投資決定（社）")
    for col in stages:
        if e["合計"][col] != sum(r[col] for row, r in e.items() if row != "合計"):
            errors.append(f"{E}: 合計 of {col} does not add up")
    for row, r in e.items():
        if [r[c] for c in stages] != sorted((r[c] for c in stages), reverse=True):
            errors.append(f"{E} / {row}: the stages should narrow")
    # (f): 合計 adds up per year (－ counts as none); (g): 合計 adds up and equals (f)'s 令和６年度
    f = t[F]
    for col in ("令和５年度", "令和６年度"):
        if f["合計"][col] != sum(r[col] or 0 for row, r in f.items() if row != "合計"):
            errors.append(f"{F}: 合計 of {col} does not add up")
    g_ = t[G]
    for col in ("派遣件数", "うち夜間・休日"):
        if g_["合計"][col] != sum(r[col] for row, r in g_.items() if row != "合計"):
            errors.append(f"{G}: 合計 of {col} does not add up")
    if any(r["うち夜間・休日"] > r["派遣件数"] for r in g_.values()):
        errors.append(f"{G}: うち夜間・休日 above 派遣件数")
    if g_["合計"]["派遣件数"] != f["合計"]["令和６年度"]:
        errors.append(f"{G}: the year's total differs from {F}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    months = specs["months"]
    gp = sorted({g["page"] for g in gold if g["table"] == G})
    if len(gp) != 2:
        errors.append(f"{G} is on pages {gp}, expected a page break inside it")
    else:
        header = norm("".join(months.header[0]))
        on = [i + 1 for i, p in enumerate(pages[IRYO_PDF]) if header in norm(p)]
        if months.repeat_header or on != gp[:1]:
            errors.append(f"{G}: header printed on pages {on}, expected only on {gp[:1]}")
        first = {g["row"] for g in gold if g["table"] == G and g["page"] == gp[0]}
        cont = {g["row"] for g in gold if g["table"] == G and g["page"] == gp[1]}
        if not 3 <= len(first) <= 10:
            errors.append(f"{G}: {len(first)} rows before the page break, expected 3-10")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{G}: rows on the wrong side of the page break")
        if norm("１月から３月は令和７年") not in norm(pages[IRYO_PDF][gp[1] - 1]):
            errors.append(f"{G}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "examples", "record", "attendees", "leads", "langs", "training"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["examples"].ruled or not all(s.ruled for k, s in specs.items() if k != "examples"):
        errors.append(f"only {B} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [f"{grp}／{fw(k)}年目" for grp in ("入港料", "岸壁使用料") for k in (1, 2, 3)]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    # (c) and (h): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == C][::3] != [y for y, *_x in RECORD]:
        errors.append(f"{C}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == H][::3] != [y for y, *_x in TRAINING]:
        errors.append(f"{H}: expected years as rows")
    # (d): a 合計 row and a 構成比（％） column
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    drows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == D))
    if dcols[-2:] != ["合計", "構成比（％）"] or drows[-1] != "合計":
        errors.append(f"{D}: expected a 合計 row and 合計 / 構成比（％） columns")
    if {g["unit"] for g in gold if g["table"] == D and g["column"] == "構成比（％）"} != {"%"}:
        errors.append(f"{D}: 構成比 cells should be in %")
    # (f): years as columns; (h): both marks, explained by a note on the same page
    if {(g["column"], g["fiscal_year"]) for g in gold if g["table"] == F} != {("令和５年度", 2023), ("令和６年度", 2024)}:
        errors.append(f"{F}: expected the two years as columns")
    marks_h = [(g["row"], g["column"], g["value"]) for g in gold if g["table"] == H and g["value"] in MARKS]
    want_h = [("令和２年度", "養成研修の修了者（人）", DASH), ("令和２年度", "フォローアップ研修の受講者（人）", NOT_COUNTED),
              ("令和３年度", "フォローアップ研修の受講者（人）", NOT_COUNTED)]
    if marks_h != want_h:
        errors.append(f"{H}: mark cells {marks_h}, expected {want_h}")
    hp = next(g["page"] for g in gold if g["table"] == H)
    if norm("「－」は研修を実施しなかったこと、「…」は受講者数を集計していない") not in norm(pages[IRYO_PDF][hp - 1]):
        errors.append(f"{H}: the note explaining － and … should be on the table's page")
    fmarks = [(g["row"], g["column"]) for g in gold if g["table"] == F and g["value"] in MARKS]
    if fmarks != [("ミャンマー語", "令和５年度")]:
        errors.append(f"{F}: expected one － cell (ミャンマー語, 令和５年度), got {fmarks}")
    if any(g["value"] in MARKS for g in gold if g["table"] not in (F, H)):
        errors.append("marks only in the tables of the medical interpretation report")
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

    def steps_of(doc, want):
        raw = "\n".join(pages[doc]).splitlines()
        steps = re.findall(r"[①-⑨]", "".join(x for x in raw if re.match(r"\s*[①-⑨]", x)))
        if steps != list(want):
            errors.append(f"{doc}: the numbered list should be {want}, got {steps}")

    # port guide
    pt = norm("\n".join(pages[PORT_PDF]))
    siblings(pt, "port guide", ("寄港地：", "初入港日：", "寄港頻度：", "使用船舶："), [r[0] for r in ROUTES])
    if norm(f"延べ{sum(r[1] for r in RECORD)}航路") not in pt:
        errors.append("port guide: the routes total in the prose differs from (c)")
    last = RECORD[-1]
    if norm(f"新たに{last[1]}航路が開設され、減免額は{last[3]:,}万円と過去最高") not in pt \
            or last[3] != max(r[3] for r in RECORD) or last[1] != len(ROUTES):
        errors.append("port guide: the 令和６年度 prose differs from (c) or the sibling sections")
    if not 4 < RECORD[-1][2] / RECORD[0][2] < 5:
        errors.append("port guide: 「４倍余り」 does not hold")
    size_of = {0: (0, 5000), 1: (5000, 10000), 2: (10000, 20000), 3: (20000, 10**9)}
    for n, size, *_x in EXAMPLES:
        tons = int(n.replace(",", "").replace("トン級", ""))
        lo, hi = size_of[size]
        if not lo <= tons < hi:
            errors.append(f"port guide: example {n} is not in the size class {SIZES[size][0]}")
    for d in ("「新規国際コンテナ航路」とは", "「就航１年目」とは"):
        if norm(d) not in pt:
            errors.append(f"port guide: the definition {d} is missing")
    raw = "\n".join(pages[PORT_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("port guide: expected three Ｑ lines and three Ａ lines")
    steps_of(PORT_PDF, "①②③④⑤⑥")
    phones = re.findall(r"099-\d{3}-\d{4}", pt)
    if phones != ["099-180-3410", "099-180-3419", "099-180-3500"]:
        errors.append(f"port guide: the contact box should give the 班's phone and fax, then the office's: {phones}")

    # seminar report
    se = norm("\n".join(pages[SEMINAR_PDF]))
    per_city = [sum(r[k] for r in ATTENDEES) for k in (1, 2, 3)]
    total = sum(per_city)
    siblings(se, "seminar report", ("開催日：", "会場：", "参加者数：", "主なテーマ："), [s[0] for s in SESSIONS])
    for (head, *_x), n in zip(SESSIONS, per_city):
        if norm(f"参加者数：{n}人") not in se:
            errors.append(f"seminar report: 参加者数 of {head} differs from (d)")
    if norm(f"３会場で合計{total}人が参加") not in se or total <= PREV_SEMINAR[1]:
        errors.append("seminar report: the total in the prose differs from (d)")
    mfg = sum(ATTENDEES[0][1:]) / total
    if max(ATTENDEES, key=lambda r: sum(r[1:]))[0] != "製造業" or not 1 / 3 < mfg < 0.4:
        errors.append("seminar report: 「製造業が最も多く、全体の３分の１余り」 does not hold")
    comp = sum(sum(r[1:]) for r in ATTENDEES[:COMPANY_ROWS]) / total
    if not 0.67 <= comp < 0.75:
        errors.append("seminar report: 「企業の関係者が約７割」 does not hold")
    tl = [sum(r[k] for r in LEADS) for k in (1, 2, 3, 4)]
    if norm(f"延べ{tl[0]}社と個別面談を行い、{tl[1]}社を有望案件とした。このうち{tl[2]}社") not in se \
            or norm(f"{tl[3]}社が本県への投資を決定") not in se:
        errors.append("seminar report: the follow-up figures in the prose differ from (e)")
    for d in ("「有望案件」とは", "「個別面談」とは"):
        if norm(d) not in se:
            errors.append(f"seminar report: the definition {d} is missing")
    steps_of(SEMINAR_PDF, "①②③")

    # medical interpretation report
    ir = norm("\n".join(pages[IRYO_PDF]))
    t5 = sum(r[1] or 0 for r in LANG_DISPATCH)
    t6 = sum(r[2] for r in LANG_DISPATCH)
    if norm(f"派遣件数は{t6:,}件で、前年度（{t5:,}件）に比べ{t6 - t5}件増加") not in ir:
        errors.append("medical report: the totals in the prose differ from (f)")
    ranked = [n for n, *_x in sorted(LANG_DISPATCH, key=lambda r: -r[2])]
    if ranked[:3] != ["ベトナム語", "中国語", "ネパール語"]:
        errors.append("medical report: 「ベトナム語が最も多く、中国語、ネパール語が続いた」 does not hold")
    fell = [n for n, a, b in LANG_DISPATCH if a is not None and b < a]
    if fell != ["英語"]:
        errors.append(f"medical report: 「前年度から減ったのは英語だけ」 does not hold: {fell}")
    growth = sorted(((b - (a or 0)), n) for n, a, b in LANG_DISPATCH)
    if growth[-1][1] != "ベトナム語" or growth[-1][0] == growth[-2][0]:
        errors.append("medical report: ベトナム語 should have the largest increase, alone")
    if max(MONTHS, key=lambda r: r[1])[0] != 3 or max(MONTHS, key=lambda r: r[2])[0] != 1:
        errors.append("medical report: 「３月が最も多かった」 / 「夜間・休日…１月が最も多く」 does not hold")
    counts = [int(h[1].rstrip("件")) for h in HOSPITALS]
    if counts != sorted(counts, reverse=True) or not 0.5 < sum(counts) / t6 < 0.6:
        errors.append("medical report: the hospitals' order or 「半数余り」 does not hold")
    siblings(ir, "medical report", ("派遣件数：", "多い言語：", "多い診療科："), [h[0] for h in HOSPITALS])
    reg = [r[2] for r in TRAINING]
    if norm(f"登録通訳者数は{reg[-1]}人で、令和２年度末の２倍余り") not in ir or not 2 < reg[-1] / reg[0] < 2.5:
        errors.append("medical report: the registered interpreters in the prose differ from (h)")
    for d in ("「医療通訳者」とは", "「派遣件数」とは"):
        if norm(d) not in ir:
            errors.append(f"medical report: the definition {d} is missing")
    steps_of(IRYO_PDF, "①②③④⑤")
    # every phone number of the set is fictional (099-180-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith("099-180-"):
                errors.append(f"{n}: phone number {ph} outside 099-180-xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
