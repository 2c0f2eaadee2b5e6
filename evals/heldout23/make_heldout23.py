"""Build the 撫子県 held-out set 23: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (撫子県 and every town, scheme, organisation, facility, team,
phone number, address, URL and figure). The documents are in three genres the earlier sets do
not use: a guide to a prefectural subsidy towards small firms' trade (export credit) insurance
premiums (中小企業貿易保険料助成事業のご案内) with a two-level header of rates and caps by insurance
type and firm size, a yearly record (years as rows) and the grants by destination region with a
合計 row and a 構成比（％） column; the results report of a consolidated small-lot export shipping
service (小口輸出混載便支援事業 実績報告書) with a monthly table continued over a page break without
its header and a destination × temperature table whose cells hold 「－」 (none) and 「…」 (not
counted); and the results report of a programme attracting foreign sports teams' training camps
(国際スポーツ合宿誘致推進事業 実績報告書) with an unruled table by sport, a yearly record and the
grants by camp size; see README.md beside this file.

    python make_heldout23.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout12/make_heldout12.py (itself after ../heldout11/make_heldout11.py); the helpers are in
../docgen.py (unchanged). The gold cells are generated from the same specs that draw the tables;
PDF page numbers are recorded while reportlab lays the pages out. The output is byte-identical
on every run (reportlab ``invariant=True``). The script exits 1 if any check fails.
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

BOEKI_PDF = "nadeshiko_boeki_hoken_josei_annai_r7.pdf"
KONSAI_PDF = "nadeshiko_konsaibin_yushutsu_jisseki_r6.pdf"
GASSHUKU_PDF = "nadeshiko_sports_gasshuku_yuchi_jisseki_r6.pdf"
ALL_PDFS = (BOEKI_PDF, KONSAI_PDF, GASSHUKU_PDF)

UNITS = ("万円", "件", "人", "社", "%", "kg", "便", "泊")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # none (the table's note says so)
NOT_COUNTED = "…"  # not counted (the table's note says so)
MARKS = (DASH, NOT_COUNTED)
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-24"  # every phone number of the set: 099-24x-xxxx


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
    """(number, unit) as printed after NFKC; (None, None) for －, … and text cells."""
    return docgen.parse_number(nfkc(value).strip(), UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (助成額（万円） -> 万円), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def share(part: int, total: int) -> str:
    """A 構成比 cell: per cent with one decimal, rounded half up."""
    return str(half_up(Decimal(part * 100) / Decimal(total), "0.1"))


def cell(x) -> str:
    """A count cell: None is 「－」 (none), ... is 「…」 (not counted)."""
    if x is None:
        return DASH
    if x is ...:
        return NOT_COUNTED
    return fw(x)


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


def header_unit(spec: TableSpec):
    """Units from the brackets of the column headers (助成率（％） -> %)."""
    return lambda row, c: bracket_unit(spec.column_label(c))


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


def bullets(items, level: int, mark="○"):
    return [P(f"{mark} {t}", hanging(level)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


def siblings(sections, labels, level: int = 1):
    """Sibling sections （１）…（３） that print the same labels."""
    st = []
    for i, (head, values) in enumerate(sections, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines(list(zip(labels, values)), level)
    return st


PREF = "撫子県"
CITY = "撫子市"

# ================================================================ document 1: trade insurance premium subsidy guide
BOEKI = f"{PREF}中小企業貿易保険料助成事業"
BOEKI_DEPT = f"{PREF} 商工労働部 国際ビジネス推進課"
DESK = f"{PREF}国際ビジネス相談デスク"
INSURANCE = [  # 保険の種類, 中小企業者 (助成率％, 上限額万円), 小規模企業者 (助成率％, 上限額万円) (令和７年度, １件当たり)
    ("中小企業・農林水産業輸出代金保険", 50, 20, 75, 30),
    ("貿易一般保険（個別保険）", 50, 40, 75, 50),
    ("貿易一般保険（包括保険）", 40, 60, 50, 80),
    ("輸出手形保険", 50, 15, 75, 20),
    ("海外投資保険", 30, 50, 50, 60),
]
GRANT_YEARS = [  # 年度, 助成件数, 助成事業者数, 助成額（万円）
    (2020, 12, 10, 386), (2021, 19, 15, 642), (2022, 27, 21, 1035), (2023, 36, 28, 1548), (2024, 48, 37, 2184),
]
REGIONS = [  # 仕向地域, 助成件数, 助成額（万円） (令和６年度)
    ("東アジア", 9, 408), ("東南アジア", 16, 738), ("南アジア", 4, 186), ("北米", 8, 362),
    ("欧州", 6, 298), ("中東", 3, 125), ("その他", 2, 67),
]
SESSIONS = [  # 見出し, 開催日時, 場所, 定員 (same labels in every sibling section)
    ("撫子市会場", "令和７年５月20日（火）午後２時から午後４時まで", "撫子県国際ビジネスセンター ２階会議室", "60人"),
    ("西浦市会場", "令和７年５月27日（火）午後２時から午後４時まで", "西浦商工会議所 大会議室", "40人"),
    ("オンライン", "令和７年６月３日（火）午前10時から午前11時30分まで", "Web会議システムによる配信", "100人"),
]
SESSION_LABELS = ("開催日時", "場所", "定員")


def boeki_specs():
    rates = TableSpec(
        key="rates", doc=BOEKI_PDF, title="保険の種類別の助成率と上限額",
        header=[["保険の種類", "中小企業者", "", "小規模企業者", ""],
                ["", "助成率（％）", "上限額（万円）", "助成率（％）", "上限額（万円）"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in INSURANCE],
        col_widths=[58 * mm, 25 * mm, 27 * mm, 25 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = header_unit(rates)
    years = TableSpec(
        key="grants", doc=BOEKI_PDF, title="助成実績の推移",
        header=[["年度", "助成件数（件）", "助成事業者数（社）", "助成額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(n), fw(f), fw(a)] for y, n, f, a in GRANT_YEARS],
        col_widths=[34 * mm, 36 * mm, 40 * mm, 36 * mm],
    )
    years.unit = header_unit(years)
    total_n, total_a = sum(r[1] for r in REGIONS), sum(r[2] for r in REGIONS)
    rows = [[n, fw(k), fw(a), share(a, total_a)] for n, k, a in REGIONS]
    rows.append(["合計", fw(total_n), fw(total_a), share(total_a, total_a)])
    regions = TableSpec(
        key="regions", doc=BOEKI_PDF, title="仕向地域別の助成実績",
        header=[["仕向地域", "助成件数（件）", "助成額（万円）", "構成比（％）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2024,
    )
    regions.unit = header_unit(regions)
    return rates, years, regions


def boeki_story(specs):
    rates, years, regions = specs
    n_all, a_all = sum(r[1] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{BOEKI}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(BOEKI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += paras(f"""
海外との取引では、相手国の政情の変化や取引先の倒産により、輸出代金を回収できなくなるおそれがあります。県では、こうした危険に備えて貿易保険を利用する県内の中小企業者に、保険料の一部を助成しています。令和２年度（2020年度）に始めたこの事業では、令和６年度までに延べ{n_all}件、{a_all:,}万円を助成しました。
""", 0)
    st += lv_lines([
        ("事業名", BOEKI),
        ("助成対象者", "県内に本社又は主たる事業所を有する中小企業者（詳しくは２を御覧ください。）"),
        ("対象となる保険料", "令和７年４月１日から令和８年３月31日までに支払った貿易保険の保険料"),
        ("申請受付期間", "令和７年５月１日から令和８年３月６日まで（予算額に達した時点で締め切ります。）"),
        ("予算額", "3,200万円"),
        ("申請の回数", "１事業者当たり年度内２回まで"),
    ], 0)
    st += paras("""
この案内において「貿易保険」とは、株式会社日本貿易保険が引き受ける保険であって、輸出や海外投資の相手国での戦争、為替取引の制限、取引先の倒産等により生じた損失を補うものをいいます。
また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいいます。
""", 0)
    st += [P("２　助成の対象となる方", H1)]
    st += paras("次の全てに当てはまる方が対象です。", 0)
    st += bullets([
        "県内に本社又は主たる事業所を有する中小企業者であること",
        "県税を滞納していないこと",
        "助成の対象となる保険料を既に支払っていること",
        "暴力団又は暴力団員と関係を有しないこと",
    ], 0)
    st += [CondPageBreak(70 * mm), P("３　助成率と上限額", H1)]  # keep the heading with its table
    st += paras("保険の種類と事業者の規模に応じて、保険料の一部を次のとおり助成します。", 0)
    st += [caption(rates.title, "（令和７年度、保険契約１件当たり）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用します。",
        "※２ 助成額は、支払った保険料に助成率を乗じて得た額（千円未満の端数は切り捨てます。）と上限額のいずれか低い額とします。",
        "※３ １事業者当たりの助成額は、年度内の合計で100万円を上限とします。",
        "※４ 海外投資保険は、県内の中小企業者が出資する海外の現地法人に係るものに限ります。",
    ])
    st += [P("４　申請の手続", H1)]
    st += numbered([
        "① 貿易保険の契約（株式会社日本貿易保険又はその委託を受けた金融機関の窓口で）",
        "② 保険料の支払",
        "③ 助成金の申請（保険料を支払った日から60日以内に、申請書に保険証券の写しと保険料の領収書の写しを添えて提出）",
        "④ 審査と交付決定の通知（申請を受けてからおおむね30日以内）",
        "⑤ 請求書の提出",
        "⑥ 助成金の支払（請求書を受理した日から30日以内に、指定の口座へ振込み）",
    ], 0)
    st += [P("５　制度説明会", H1)]
    st += paras("制度の内容と申請書の書き方について、次の３回の説明会を開きます。申込みは国際ビジネス推進課へ電子メールでお願いします。", 0)
    st += siblings([(h, vals) for h, *vals in SESSIONS], SESSION_LABELS)
    st += [P("６　これまでの助成実績", H1)]
    st += paras(f"""
助成件数は毎年増えており、令和６年度は{last[1]}件、{last[3]:,}万円となりました。仕向地域別では、東南アジア向けの取引に係る助成が件数、金額ともに最も多く、助成額の３割余りを占めます。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(regions.title, "（令和６年度）"), regions.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 構成比は、助成額の合計に占める割合です。",
        "※６ 仕向地域は、保険の対象となった取引の相手方の所在地によります。「その他」は、中南米、アフリカ及びオセアニアです。",
    ])
    st += [P("７　よくある質問", H1)]
    qa = [
        ("令和６年度に支払った保険料も対象になりますか。",
         "対象になりません。令和７年４月１日以降に支払った保険料に限ります。"),
        ("国や市町村の助成と併せて受けることはできますか。",
         "同じ保険料について他の助成を受けた場合は、その額を差し引いた残りの額に助成率を乗じます。"),
        ("取引先が倒産して保険金を受け取った場合、助成金を返す必要はありますか。",
         "返還の必要はありません。ただし、偽りの申請により助成を受けた場合は、全額を返還していただきます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(34 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{BOEKI_DEPT} 貿易振興班　電話：099-241-3150　ファクス：099-241-3159",
        f"{DESK}（貿易保険の制度全般の相談）　電話：099-241-3300",
        "電子メール：boeki-josei@pref.nadeshiko.example.jp",
    ]))
    return st


# ================================================================ document 2: consolidated export shipping report
KONSAI = f"{PREF}小口輸出混載便支援事業"
KONSAI_DEPT = f"{PREF} 農林水産部 流通輸出課"
KYOGIKAI = f"{PREF}輸出物流協議会"
MONTHS = [  # 月, 便数, 出荷件数, 貨物量（kg） (令和６年度)
    (4, 4, 28, 6420), (5, 4, 31, 7150), (6, 5, 36, 8030), (7, 5, 38, 8760), (8, 4, 30, 6890), (9, 5, 37, 8420),
    (10, 6, 44, 10150), (11, 6, 47, 11320), (12, 7, 55, 13480), (1, 5, 39, 9270), (2, 5, 36, 8540), (3, 6, 44, 10380),
]
PREV = (48, 352, 81240)  # 令和５年度: 便数, 出荷件数, 貨物量（kg）
DESTS = [  # 仕向地, 常温, 冷蔵, 冷凍, 計 (令和６年度, 件); None = 該当なし (－), ... = 集計していない (…)
    ("香港", 98, 44, 36, 178), ("台湾", 72, 21, 28, 121), ("シンガポール", 56, 24, 17, 97),
    ("タイ", 31, None, None, 31), ("米国", 27, ..., ..., 38),
]
USERS, FIRST_TIMERS = 53, 19
CASES = [  # 見出し, 仕向地, 主な品目, 利用回数, 成果 (same labels in every sibling section)
    ("撫子市の酒造会社", "香港、シンガポール", "純米酒、梅酒", "14回", "香港の和食店３店と継続的な取引が始まった。"),
    ("高森町の青果物の生産法人", "台湾", "梨、柿", "９回", "台湾の量販店で秋の定番商品として扱われるようになった。"),
    ("西浦市の菓子製造業者", "タイ", "焼き菓子", "５回", "初めての輸出で、バンコクの輸入業者と年間の取引契約を結んだ。"),
]
CASE_LABELS = ("仕向地", "主な品目", "利用回数", "成果")


def month_label(m: int) -> str:
    return f"{fw(m)}月"


def konsai_specs():
    rows = [[month_label(m), fw(a), fw(b), fw(c)] for m, a, b, c in MONTHS]
    rows.append(["合計"] + [fw(sum(r[k] for r in MONTHS)) for k in (1, 2, 3)])
    months = TableSpec(
        key="months", doc=KONSAI_PDF, title="月別の運航実績",
        header=[["月", "便数（便）", "出荷件数（件）", "貨物量（kg）"]],
        rows=rows, col_widths=[30 * mm, 34 * mm, 38 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    months.unit = header_unit(months)
    drows = [[n, cell(a), cell(b), cell(c), cell(t)] for n, a, b, c, t in DESTS]
    drows.append(["合計"] + [fw(sum(r[k] for r in DESTS if isinstance(r[k], int))) for k in (1, 2, 3, 4)])
    dests = TableSpec(
        key="dests", doc=KONSAI_PDF, title="仕向地別・温度帯別の出荷件数",
        header=[["仕向地", "常温", "冷蔵", "冷凍", "計"]],
        rows=drows, col_widths=[40 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm], unit="件", table_fy=2024,
    )
    return months, dests


def konsai_story(specs):
    months, dests = specs
    n_ship, n_case, kg = (sum(r[k] for r in MONTHS) for k in (1, 2, 3))
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KONSAI} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(KONSAI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KONSAI),
        ("実施主体", f"{KYOGIKAI}（県、港湾所在市、物流事業者及び金融機関で構成）"),
        ("事業期間", "令和６年４月から令和７年３月まで"),
        ("運航先", "香港、台湾（高雄）、シンガポール、タイ（バンコク）、米国（ロサンゼルス）"),
        ("出荷拠点", f"撫子港国際物流センター（{CITY}港町四丁目２番地）"),
        ("利用者の負担", "運賃の２分の１（残りの２分の１は県が負担し、１出荷当たり８万円を上限とする。）"),
        ("事業費", "4,260万円"),
    ], 0)
    st += paras("混載便に載せることができる貨物は、次の全てに当てはまるものとした。", 0)
    st += bullets([
        "県内で生産され、又は加工された農林水産物、食品、工芸品又は日用品であること",
        "１出荷当たりの貨物量が1,000kg以下であること",
        "輸出先の国・地域の輸入規制に適合していること",
        "危険物、生きた動植物その他協議会が別に定める貨物でないこと",
    ], 0)
    st += paras("""
この報告書において「混載便」とは、複数の事業者の小口の貨物を一つのコンテナにまとめて輸送する便をいう。また、「出荷件数」とは、１事業者が１便に貨物を載せたことを１件として数えたものをいう。
""", 0)
    st += [P("２　運航の状況", H1)]
    st += paras(f"""
令和６年度は{n_ship}便を運航し、延べ{n_case}件、{kg:,}kgの貨物を輸出した。前年度（{PREV[0]}便、{PREV[1]}件、{PREV[2]:,}kg）に比べ、便数は{n_ship - PREV[0]}便増え、貨物量は３割余り増えた。利用した事業者は{USERS}社で、うち{FIRST_TIMERS}社は初めて輸出に取り組む事業者であった。小口の貨物でも、１社でコンテナを借り切る場合に比べて運賃を大幅に抑えることができるため、輸出を始めたばかりの事業者の利用が広がった。
月別にみると、米国便を加えた10月以降に便数が増え、年末の贈答需要が重なる12月は便数、貨物量ともに年間で最も多かった。
""", 0)
    st += [caption(months.title, "（令和６年度）", keep=False), months.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 月は、貨物が出荷拠点を出港した月である。１月から３月は令和７年の数値である。",
        "※２ 米国便は、令和６年10月から運航を始めた。",
    ])
    st += [P("３　仕向地別・温度帯別の状況", H1)]
    st += paras("""
仕向地別では香港向けが最も多く、台湾、シンガポールが続いた。温度帯別では常温の貨物が６割余りを占めた。
""", 0)
    st += [caption(dests.title, "（令和６年度、単位：件）"), dests.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「－」は該当がないもの（タイ便は常温の貨物のみを取り扱う。）、「…」は集計していないものである。",
        "※４ 米国便の冷蔵と冷凍の貨物は区分して集計していないため、「冷蔵」及び「冷凍」の合計には米国便の11件を含まない（「計」には含む。）。",
    ])
    st += [P("４　利用事業者の事例", H1)]
    st += siblings([(h, vals) for h, *vals in CASES], CASE_LABELS)
    st += [P("５　利用の流れ", H1)]
    st += numbered([
        f"① 利用登録（{KYOGIKAI}の事務局へ登録申込書を提出）",
        "② 出荷の予約（出港日の14日前までに、協議会のウェブサイトから）",
        "③ 貨物の搬入（出港日の５日前までに撫子港国際物流センターへ）",
        "④ 輸出通関と船積み（協議会が委託する物流事業者が代行）",
        "⑤ 運賃の請求（県の負担分を差し引いた額を協議会から請求）",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += bullets([
        "米国便の冷蔵と冷凍の貨物を、令和７年度から区分して集計する。",
        "初めて輸出に取り組む事業者向けの説明会を、年２回開く。",
        "需要の多い香港便を、繁忙期に増便する。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KONSAI_DEPT} 輸出物流班　電話：099-242-5120　ファクス：099-242-5129",
        f"{KYOGIKAI} 事務局（利用登録・出荷の予約）　電話：099-242-5400",
        "電子メール：konsai@nadeshiko-butsuryu.example.jp",
    ]))
    return st


# ================================================================ document 3: sports training camps report
GASSHUKU = f"{PREF}国際スポーツ合宿誘致推進事業"
GASSHUKU_DEPT = f"{PREF} 文化スポーツ局 スポーツ交流課"
KAIGI = f"{PREF}スポーツ合宿誘致推進会議"
SPORTS = [  # 競技, 受入件数, 参加人数, 延べ宿泊数 (令和６年度)
    ("陸上競技", 7, 164, 1344), ("水泳", 5, 118, 826), ("ラグビー", 3, 126, 1134),
    ("柔道", 4, 72, 432), ("バドミントン", 3, 48, 288), ("その他", 4, 66, 396),
]
CAMP_YEARS = [  # 年度, 受入件数, 参加人数, 延べ宿泊数 (令和６年度 = SPORTS の合計)
    (2022, 9, 188, 1210), (2023, 17, 371, 2655),
]
CAPS = [("20人未満", 30), ("20人以上40人未満", 50), ("40人以上", 80)]  # 助成額の上限（万円、１件当たり）
SIZES = [("20人未満", 10, 265), ("20人以上40人未満", 8, 372), ("40人以上", 4, 296)]  # 交付件数, 交付額（万円）
CAMPS = [  # 見出し, 期間, 参加人数, 会場, 交流の内容 (same labels in every sibling section)
    ("オーストラリアの陸上競技チーム", "2024年７月21日から８月３日まで（13泊）", "38人",
     f"撫子県総合運動公園（{CITY}）", "県内の中学生を対象とした陸上教室"),
    ("ニュージーランドのラグビーチーム", "2024年８月８日から８月17日まで（９泊）", "44人",
     "高森町ラグビー場", "県内の高校ラグビー部との合同練習"),
    ("フランスの柔道チーム", "2025年２月12日から２月18日まで（６泊）", "21人",
     f"撫子県立武道館（{CITY}）", "県警察柔道部との合同稽古と、小学生向けの柔道体験会"),
]
CAMP_LABELS = ("期間", "参加人数", "会場", "交流の内容")


def camp_years():
    total = tuple(sum(r[k] for r in SPORTS) for k in (1, 2, 3))
    return CAMP_YEARS + [(2024, *total)]


def gasshuku_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in SPORTS]
    rows.append(["合計"] + [fw(sum(r[k] for r in SPORTS)) for k in (1, 2, 3)])
    sports = TableSpec(
        key="sports", doc=GASSHUKU_PDF, title="競技別の受入実績",
        header=[["競技", "受入件数（件）", "参加人数（人）", "延べ宿泊数（泊）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 34 * mm, 38 * mm], ruled=False, table_fy=2024,
    )
    sports.unit = header_unit(sports)
    years = TableSpec(
        key="camp_years", doc=GASSHUKU_PDF, title="受入実績の推移",
        header=[["年度", "受入件数（件）", "参加人数（人）", "延べ宿泊数（泊）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c)] for y, a, b, c in camp_years()],
        col_widths=[34 * mm, 34 * mm, 34 * mm, 38 * mm],
    )
    years.unit = header_unit(years)
    srows = [[n, fw(k), fw(a)] for n, k, a in SIZES]
    srows.append(["合計", fw(sum(r[1] for r in SIZES)), fw(sum(r[2] for r in SIZES))])
    sizes = TableSpec(
        key="sizes", doc=GASSHUKU_PDF, title="合宿の規模別の助成金の交付実績",
        header=[["合宿の参加人数", "交付件数（件）", "交付額（万円）"]],
        rows=srows, col_widths=[50 * mm, 36 * mm, 36 * mm], table_fy=2024,
    )
    sizes.unit = header_unit(sizes)
    return sports, years, sizes


def gasshuku_story(specs):
    sports, years, sizes = specs
    y = camp_years()
    n, p, nights = y[-1][1:]
    granted = sum(r[2] for r in SIZES)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{GASSHUKU} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(GASSHUKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", GASSHUKU),
        ("目的", "海外の競技団体の合宿を県内に誘致し、宿泊業の振興と県民とのスポーツ交流を図る"),
        ("実施体制", f"{KAIGI}（県、市町、競技団体及び宿泊事業者で構成）"),
        ("主な受入施設", f"撫子県総合運動公園（{CITY}）、西浦市民プール、高森町ラグビー場、撫子県立武道館"),
        ("誘致活動", "海外の競技団体への訪問（オーストラリア、ニュージーランド、フランス及び台湾）"),
        ("事業費", f"2,740万円（うち助成金 {granted}万円）"),
    ], 0)
    st += paras("""
この報告書において「国際スポーツ合宿」とは、海外の競技団体、学校又はクラブに所属する選手及びスタッフが、県内の施設に３泊以上滞在して行う練習又は合宿をいう。また、「延べ宿泊数」とは、合宿の参加者がそれぞれ宿泊した夜の数を合計したものをいう。
""", 0)
    st += [P("２　受入れの状況", H1)]
    st += paras(f"""
令和６年度は{n}件、{p}人の合宿を受け入れ、延べ宿泊数は{nights:,}泊となった。受入件数は前年度の{y[1][1]}件から{fw(n - y[1][1])}件増え、事業を始めた令和４年度（2022年度）の約３倍となった。参加者の国・地域は、オーストラリアが最も多く、ニュージーランド、台湾が続いた。
""", 0)
    st += [caption(sports.title, "（令和６年度）"), sports.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他」は、卓球、体操、ホッケー及びカヌーである。",
        "※２ 参加人数には、選手のほか、コーチ、トレーナー等のスタッフを含む。",
    ])
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [P("３　合宿の受入れに対する助成", H1)]
    st += paras("""
推進会議は、合宿を受け入れた市町の実行委員会等（以下「受入団体」という。）に、宿泊費、施設使用料及び交流事業の経費の一部を助成した。助成額の上限は、合宿１件当たり次のとおりである。
""", 0)
    st += bullets([f"参加人数が{b}の合宿：{c}万円" for b, c in CAPS], 0)
    st += [caption(sizes.title, "（令和６年度）"), sizes.flowable(), Spacer(1, 2)]
    st += notes([f"※３ {n}件のうち{fw(n - sum(r[1] for r in SIZES))}件は、市町の独自の制度で支援したため、助成の対象としていない。"])
    st += [P("４　主な合宿", H1)]
    st += siblings([(h, vals) for h, *vals in CAMPS], CAMP_LABELS)
    st += [P("５　受入れの流れ", H1)]
    st += numbered([
        "① 海外の競技団体からの問い合わせの受付又は誘致活動による合宿の打診",
        "② 推進会議による受入団体と施設の調整",
        "③ 宿泊、移動及び通訳の手配（受入団体が行う。）",
        "④ 合宿の実施と交流事業",
        "⑤ 助成金の申請（合宿が終わった日から30日以内に、受入団体が推進会議へ申請する。）",
    ], 0)
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GASSHUKU_DEPT} 合宿誘致班",
        "電話：099-243-7210　ファクス：099-243-7219",
        "電子メール：gasshuku@pref.nadeshiko.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return boeki_specs() + konsai_specs() + gasshuku_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    bspecs, kspecs, gspecs = boeki_specs(), konsai_specs(), gasshuku_specs()
    bdoc = build_pdf(docs_dir / BOEKI_PDF, bspecs, boeki_story(bspecs),
                     f"令和７年度 {BOEKI}のご案内", "令和７年４月", BOEKI_DEPT)
    kdoc = build_pdf(docs_dir / KONSAI_PDF, kspecs, konsai_story(kspecs),
                     f"令和６年度 {KONSAI} 実績報告書", "令和７年５月", KONSAI_DEPT)
    gdoc = build_pdf(docs_dir / GASSHUKU_PDF, gspecs, gasshuku_story(gspecs),
                     f"令和６年度 {GASSHUKU} 実績報告書", "令和７年６月", GASSHUKU_DEPT)
    gold = all_gold({BOEKI_PDF: bdoc.row_pages, KONSAI_PDF: kdoc.row_pages, GASSHUKU_PDF: gdoc.row_pages})
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
    # --- boeki: the premium subsidy guide, tables (a) (b) (c), a definition, a note, a step, Q&A
    dict(question="従業員12人の金属加工の会社が輸出手形保険を使う場合、保険料の何％を県に助成してもらえますか？",
         category="boeki", doc=BOEKI_PDF,
         evidence=["輸出手形保険 50 15 75 20", "20人（商業又はサービス業を主たる事業とする者は５人）以下"],
         answer=["75"],
         notes="(a) two facts: a manufacturer with 12 employees is a 小規模企業者 (definition: 20人以下), so the leaf "
               "小規模企業者／助成率（％）; 50 (中小企業者／助成率（％）) is the trap"),
    dict(question="従業員が80人いる部品メーカーが貿易一般保険を個別保険で契約した場合、助成額の上限はいくらですか？",
         category="boeki", doc=BOEKI_PDF,
         evidence=["貿易一般保険（個別保険） 50 40 75 50", "小規模企業者以外の中小企業者に適用します"],
         answer=["40"],
         notes="(a) 80 employees is not a 小規模企業者, so the leaf 中小企業者／上限額（万円） (note ※１); 50 (小規模企業者) "
               "is the trap; the row 貿易一般保険（包括保険） is a near miss"),
    dict(question="2022年度には、何件の保険料に助成しましたか？",
         category="boeki", doc=BOEKI_PDF, evidence=["令和４年度 27 21 1,035"], answer=["27"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 助成件数（件）; "
               "21 (助成事業者数) is the trap"),
    dict(question="令和５年度に助成を受けた会社は何社ありましたか？",
         category="boeki", doc=BOEKI_PDF, evidence=["令和５年度 36 28 1,548"], answer=["28"],
         notes="(b) column 助成事業者数（社） named by paraphrase (会社); 36 (助成件数) is the trap"),
    dict(question="令和６年度の助成は、１件当たり平均するといくらでしたか？",
         category="boeki", doc=BOEKI_PDF, evidence=["令和６年度 48 37 2,184"], answer=["45.5万円"], computed=True,
         notes="(b) 助成額（万円） / 助成件数（件） in the row 令和６年度: 2,184 / 48 = 45.5万円"),
    dict(question="2024年度に、北米向けの取引について助成した金額はいくらですか？",
         category="boeki", doc=BOEKI_PDF, evidence=["北米 ８ 362 16.6"], answer=["362"],
         notes="(c) column 助成額（万円）; 2024年度 = 令和６年度 (caption note; 2024年度 is printed nowhere); 16.6 is the "
               "構成比"),
    dict(question="北米向けと欧州向けを合わせると、助成額はいくらになりますか？",
         category="boeki", doc=BOEKI_PDF, evidence=["北米 ８ 362 16.6", "欧州 ６ 298 13.6"], answer=["660万円"],
         computed=True, notes="(c) sum in the 助成額（万円） column: 362 + 298 = 660万円"),
    dict(question="南アジア向けの取引は、助成額全体の何パーセントを占めていましたか？",
         category="boeki", doc=BOEKI_PDF, evidence=["南アジア ４ 186 8.5"], answer=["8.5"],
         notes="(c) column 構成比（％） (a share of the 助成額, note ※５); the row 東南アジア (33.8) is a string trap"),
    dict(question="助成件数で見て、２番目に多かった仕向地域はどこですか？",
         category="boeki", doc=BOEKI_PDF, evidence=["東アジア ９ 408 18.7", "北米 ８ 362 16.6"], answer=["東アジア"],
         notes="(c) rank in the 助成件数（件） column: 東南アジア 16, 東アジア 9, 北米 8 (the prose names only the largest)"),
    dict(question="保険料を払ってから、どのくらいの期間内に助成の申請をしなければなりませんか？",
         category="boeki", doc=BOEKI_PDF, evidence=["保険料を支払った日から60日以内"], answer=["60日以内"],
         notes="procedure step ③ (a deadline); the 30日以内 of steps ④ and ⑥ are near misses"),
    dict(question="輸出先の会社が倒産して保険金が出た場合、県から受け取った助成金は返さないといけませんか？",
         category="boeki", doc=BOEKI_PDF, evidence=["返還の必要はありません"], answer=["返還の必要はありません"],
         notes="Q&A: Ａ of Ｑ３ (the exception is a false application)"),
    # --- konsai: the consolidated shipping report, tables (d) (e), definitions, a step, sibling sections
    dict(question="令和７年１月に混載便で積み出した貨物は、全部で何kgでしたか？",
         category="konsai", doc=KONSAI_PDF, evidence=["１月 ５ 39 9,270"], answer=["9,270"],
         notes="(d) continuation page (page 2, no header there): row １月, column 貨物量（kg）; note ※１ says １月–３月 "
               "are 令和７年"),
    dict(question="2024年４月から９月までの半年間に、混載便で運んだ貨物は合わせて何kgですか？",
         category="konsai", doc=KONSAI_PDF,
         evidence=["４月 ４ 28 6,420", "５月 ４ 31 7,150", "６月 ５ 36 8,030", "７月 ５ 38 8,760",
                   "８月 ４ 30 6,890", "９月 ５ 37 8,420"],
         answer=["45,670kg"], computed=True,
         notes="(d) sum of the rows ４月–９月 (all on page 1, before the break) in the 貨物量（kg） column: 45,670kg"),
    dict(question="台湾向けに冷凍で送った出荷は何件ありましたか？",
         category="konsai", doc=KONSAI_PDF, evidence=["台湾 72 21 28 121"], answer=["28"],
         notes="(e) column 冷凍; 21 (冷蔵) is the trap"),
    dict(question="タイ向けの混載便では、冷蔵の貨物も扱ってもらえますか？",
         category="konsai", doc=KONSAI_PDF, evidence=["タイ便は常温の貨物のみを取り扱う"], answer=["常温の貨物のみ"],
         notes="(e) the タイ row holds 「－」 under 冷蔵 and 冷凍; note ※３: 「－」 is none, the Thai service carries "
               "ambient cargo only (so: no)"),
    dict(question="米国向けの出荷のうち、冷蔵か冷凍で送った貨物は合わせて何件でしたか？",
         category="konsai", doc=KONSAI_PDF,
         evidence=["米国 27 … … 38", "「冷蔵」及び「冷凍」の合計には米国便の11件を含まない"], answer=["11件"],
         notes="(e) the 米国 row holds 「…」 (not counted, note ※３) under 冷蔵 and 冷凍; note ※４ gives the 11件 "
               "counted only in 計 (38 − 27); 27 (常温) and 38 (計) are the traps"),
    dict(question="2024年度の出荷件数のうち、香港向けは何パーセントを占めていますか？",
         category="konsai", doc=KONSAI_PDF, evidence=["香港 98 44 36 178", "合計 284 89 81 465"], answer=["38.3%"],
         computed=True,
         notes="(e) share in the 計 column: 178 / 465 = 38.3 %; 2024年度 = 令和６年度 (caption note; printed nowhere)"),
    dict(question="ある会社が一つの便に荷物を何箱も載せた場合、出荷件数としては何件と数えますか？",
         category="konsai", doc=KONSAI_PDF, evidence=["１事業者が１便に貨物を載せたことを１件として数えた"],
         answer=["１件"], notes="definition 「出荷件数」とは…１件として数えたものをいう"),
    dict(question="混載便に荷物を載せたいときは、いつまでに予約すればよいですか？",
         category="konsai", doc=KONSAI_PDF, evidence=["出港日の14日前までに"], answer=["14日前"],
         notes="procedure step ②; step ③'s 出港日の５日前 (delivery of the cargo) is the near miss"),
    dict(question="高森町の農業法人は、この混載便を何回利用しましたか？",
         category="konsai", doc=KONSAI_PDF, evidence=["高森町の青果物の生産法人", "利用回数：９回"], answer=["９回"],
         notes="sibling sections （１）–（３） of ４ share the labels 仕向地, 主な品目, 利用回数, 成果; （２）"
               "高森町の青果物の生産法人 named by paraphrase; 14回 and ５回 are the siblings' values"),
    # --- gasshuku: the sports camps report, tables (f) (g) (h), a definition, caps, sibling sections
    dict(question="水泳の合宿には、コーチなども含めて何人が参加しましたか？",
         category="gasshuku", doc=GASSHUKU_PDF, evidence=["水泳 ５ 118 826", "コーチ、トレーナー等のスタッフを含む"],
         answer=["118"],
         notes="(f) unruled table, column 参加人数（人）; note ※２: the count includes staff; 826 (延べ宿泊数) is the trap"),
    dict(question="ラグビーチームの合宿で、延べ何泊の宿泊がありましたか？",
         category="gasshuku", doc=GASSHUKU_PDF, evidence=["ラグビー ３ 126 1,134"], answer=["1,134"],
         notes="(f) unruled table, column 延べ宿泊数（泊）"),
    dict(question="陸上競技の合宿では、参加者１人当たり平均何泊しましたか？",
         category="gasshuku", doc=GASSHUKU_PDF, evidence=["陸上競技 ７ 164 1,344"], answer=["8.2泊"], computed=True,
         notes="(f) 延べ宿泊数（泊） / 参加人数（人）: 1,344 / 164 = 8.2泊"),
    dict(question="合宿１件当たりの参加人数が最も多かった競技は何ですか？",
         category="gasshuku", doc=GASSHUKU_PDF, evidence=["ラグビー ３ 126 1,134"], answer=["ラグビー"],
         notes="(f) 参加人数 / 受入件数 by row: ラグビー 42, 水泳 23.6, 陸上競技 23.4, 柔道 18, その他 16.5, "
               "バドミントン 16 (陸上競技 has the most camps and people: the trap)"),
    dict(question="2023年度に受け入れた合宿は何件でしたか？",
         category="gasshuku", doc=GASSHUKU_PDF, evidence=["令和５年度 17 371 2,655"], answer=["17"],
         notes="(g) years as rows: 2023年度 = 令和５年度 (only 2022年度 is printed in Western form); column 受入件数（件）"),
    dict(question="参加者が40人以上の大きな合宿には、助成金を合わせていくら交付しましたか？",
         category="gasshuku", doc=GASSHUKU_PDF, evidence=["40人以上 ４ 296"], answer=["296"],
         notes="(h) column 交付額（万円）; the cap 80万円 for that size is the near miss"),
    dict(question="選手とスタッフ合わせて25人の合宿を受け入れる場合、助成金は最大いくらもらえますか？",
         category="gasshuku", doc=GASSHUKU_PDF, evidence=["参加人数が20人以上40人未満の合宿：50万円"], answer=["50万円"],
         notes="two facts: 25 people fall in the band 20人以上40人未満; its cap in the list above (h)"),
    dict(question="海外のチームが県内で２泊だけ練習していく場合も、この事業でいう合宿に当たりますか？",
         category="gasshuku", doc=GASSHUKU_PDF, evidence=["県内の施設に３泊以上滞在して行う"], answer=["３泊以上"],
         notes="definition 「国際スポーツ合宿」とは…３泊以上滞在して行う… (so two nights do not count)"),
    dict(question="令和７年２月に合宿をしたフランスの柔道チームは、何人で来ましたか？",
         category="gasshuku", doc=GASSHUKU_PDF, evidence=["フランスの柔道チーム", "参加人数：21人"], answer=["21人"],
         notes="sibling sections （１）–（３） of ４ share the labels 期間, 参加人数, 会場, 交流の内容; （３）; the period "
               "is printed as 2025年２月12日 (asked by 令和); 38人 and 44人 are the siblings' values"),
    # --- followups
    dict(question="その場合の上限額はいくらですか？",
         category="followup", doc=BOEKI_PDF, evidence=["中小企業・農林水産業輸出代金保険 50 20 75 30"], answer=["30"],
         history=_turns("小規模企業者が中小企業・農林水産業輸出代金保険を使う場合、助成率は何％ですか？",
                        "小規模企業者の場合、助成率は75％です[1]。"),
         notes="(a) the row and group from the history (小規模企業者), the other leaf 上限額（万円）; 20 "
               "(中小企業者) is the trap"),
    dict(question="その月に運んだ貨物の量はどれくらいですか？",
         category="followup", doc=KONSAI_PDF, evidence=["８月 ４ 30 6,890"], answer=["6,890"],
         history=_turns("2024年８月には混載便が何便出ましたか？",
                        "2024年８月（令和６年８月）は４便でした[1]。"),
         notes="(d) the month from the history (８月, page 1), column 貨物量（kg）"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KONSAI_PDF, evidence=["事務局（利用登録・出荷の予約） 電話：099-242-5400"],
         answer=["099-242-5400"],
         history=_turns("混載便を使いたいのですが、最初の利用登録はどこに申し込めばよいですか？",
                        "撫子県輸出物流協議会の事務局に登録申込書を提出します[1]。"),
         notes="contact box: the 協議会 事務局's phone; the 県 班's 099-242-5120 in the same box is the near miss"),
    dict(question="それらの合宿の延べ宿泊数はいくつですか？",
         category="followup", doc=GASSHUKU_PDF, evidence=["柔道 ４ 72 432"], answer=["432"],
         history=_turns("令和６年度、柔道の合宿は何件受け入れましたか？",
                        "令和６年度の柔道の合宿は４件でした[1]。"),
         notes="(f) the row from the history (柔道), column 延べ宿泊数（泊）"),
    dict(question="その年度の参加者は全部で何人でしたか？",
         category="followup", doc=GASSHUKU_PDF, evidence=["令和４年度 ９ 188 1,210"], answer=["188"],
         history=_turns("令和４年度には、国際スポーツ合宿を何件受け入れましたか？",
                        "令和４年度は９件でした[1]。"),
         notes="(g) the year from the history (令和４年度), column 参加人数（人）"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="貿易保険をかけるときの保険料率は、どのくらいが目安ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the subsidy's rates and caps on the premium (a), not the premium rates of the insurance",
         absent=["保険料率", "料率"]),
    dict(question="令和６年度、ベトナム向けの取引で助成した件数は何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(c) gives regions only (東南アジア 16件); no figure per country",
         absent=["ベトナム"]),
    dict(question="混載便で運んだ貨物のうち、酒類はどのくらいの量でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives cargo by month and destination only; the brewery case (純米酒、梅酒) gives 利用回数, no "
               "volume",
         absent=["酒類", "品目別"]),
    dict(question="ロサンゼルス行きの混載便は、現地に着くまで何日かかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the route is listed (運航先) and steps give booking and delivery deadlines, no transit time",
         absent=["輸送日数", "所要日数", "リードタイム", "日数"]),
    dict(question="合宿の受入れで、県内にはどのくらいの経済効果がありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives camps, people and nights (f) (g) and grants (h), no spending or economic impact",
         absent=["経済効果", "経済波及効果", "消費額"]),
    dict(question="ニュージーランドのラグビーチームの合宿には、スタッフを除くと選手が何人来ましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="sibling （２） gives 参加人数：44人 including staff (note ※２ of (f)); no split into players and staff",
         absent=["うち選手", "選手数"]),
]
CATEGORY_COUNTS = {"boeki": 11, "konsai": 9, "gasshuku": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 2  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h23q", "h23t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = ("保険の種類別の助成率と上限額", "助成実績の推移", "仕向地域別の助成実績", "月別の運航実績",
                          "仕向地別・温度帯別の出荷件数", "競技別の受入実績", "受入実績の推移",
                          "合宿の規模別の助成金の交付実績")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


def _ratio(x, y, unit) -> str:
    return f"{half_up(Decimal(x) / Decimal(y), '0.1')}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h23q05": lambda g: _ratio(g(B, "令和６年度", "助成額（万円）", 2024), g(B, "令和６年度", "助成件数（件）", 2024), "万円"),
    "h23q07": lambda g: f"{g(C, '北米', '助成額（万円）', 2024) + g(C, '欧州', '助成額（万円）', 2024)}万円",
    "h23q13": lambda g: f"{sum(g(D, f'{fw(m)}月', '貨物量（kg）', 2024) for m in range(4, 10)):,}kg",
    "h23q17": lambda g: _pct(g(E, "香港", "計", 2024), g(E, "合計", "計", 2024)),
    "h23q23": lambda g: _ratio(g(F, "陸上競技", "延べ宿泊数（泊）", 2024), g(F, "陸上競技", "参加人数（人）", 2024), "泊"),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {BOEKI_PDF: (2, 3), KONSAI_PDF: (2, 3), GASSHUKU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("４月", "６月")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("２月", "３月", "合計")  # and after it


def check_files(out: Path) -> list[str]:
    """Every problem found in the set written under `out` (empty when all is well)."""
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout23.py")
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
    # the answers that rank rows hold for the data
    by_n = sorted(REGIONS, key=lambda r: -r[1])
    if not (by_n[1][0] == "東アジア" and by_n[0][1] > by_n[1][1] > by_n[2][1]):
        errors.append(f"{C}: 東アジア should be second by 助成件数, alone")
    per_camp = sorted(SPORTS, key=lambda r: -r[2] / r[1])
    if per_camp[0][0] != "ラグビー" or per_camp[0][2] / per_camp[0][1] <= per_camp[1][2] / per_camp[1][1]:
        errors.append(f"{F}: ラグビー should have the most people per camp, alone")
    if not 20 <= 25 < 40 or dict(CAPS)["20人以上40人未満"] != 50:
        errors.append("the cap asked for a camp of 25 people is not 50万円")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout23.py")
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
            errors.append(f"{g['id']}: every cell of this set should be numeric, 「－」 or 「…」")
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

    def adds_up(table, cols, skip=("合計",)):
        for col in cols:
            parts = [r[col] for row, r in t[table].items() if row not in skip and r[col] is not None]
            if t[table]["合計"][col] != sum(parts):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): a 小規模企業者 never gets less than a 中小企業者
    for row, r in t[A].items():
        if r["小規模企業者／助成率（％）"] < r["中小企業者／助成率（％）"] or \
                r["小規模企業者／上限額（万円）"] < r["中小企業者／上限額（万円）"]:
            errors.append(f"{A} / {row}: 小規模企業者 below 中小企業者")
    # (b) and (c): 令和６年度 equals (c)'s 合計; counts grow; fewer firms than grants
    b, c = t[B], t[C]
    if (b["令和６年度"]["助成件数（件）"], b["令和６年度"]["助成額（万円）"]) != \
            (c["合計"]["助成件数（件）"], c["合計"]["助成額（万円）"]):
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    for col in ("助成件数（件）", "助成事業者数（社）", "助成額（万円）"):
        seq = [r[col] for r in b.values()]
        if seq != sorted(set(seq)):
            errors.append(f"{B}: {col} should grow every year")
    if any(r["助成事業者数（社）"] > r["助成件数（件）"] for r in b.values()):
        errors.append(f"{B}: more firms than grants")
    # (c): 合計 adds up; 構成比 is each row's share of the 助成額, they add up to 100.0
    adds_up(C, ("助成件数（件）", "助成額（万円）"))
    total = c["合計"]["助成額（万円）"]
    for row, r in c.items():
        if Decimal(str(r["構成比（％）"])) != Decimal(share(r["助成額（万円）"], total)):
            errors.append(f"{C} / {row}: 構成比 is not the share of the 助成額")
    if sum(Decimal(str(r["構成比（％）"])) for row, r in c.items() if row != "合計") != Decimal("100.0"):
        errors.append(f"{C}: the 構成比 do not add up to 100.0")
    # (d): 合計 adds up; equals (e)'s 計
    adds_up(D, ("便数（便）", "出荷件数（件）", "貨物量（kg）"))
    if t[D]["合計"]["出荷件数（件）"] != t[E]["合計"]["計"]:
        errors.append(f"{D}: the year's 出荷件数 differs from the 計 of {E}")
    # (e): 計 is the sum of the temperatures where all are counted; 合計 leaves the 「…」 out
    e = t[E]
    adds_up(E, ("常温", "冷蔵", "冷凍", "計"))
    for row, r in e.items():
        if row == "合計":  # checked below: it leaves the 「…」 shipments out of 冷蔵 and 冷凍
            continue
        temps = [r[k] for k in ("常温", "冷蔵", "冷凍")]
        gold_row = [g for g in gold if g["table"] == E and g["row"] == row]
        if not any(g["value"] == NOT_COUNTED for g in gold_row) and r["計"] != sum(x or 0 for x in temps):
            errors.append(f"{E} / {row}: 計 is not the sum of the temperatures")
    unsplit = e["米国"]["計"] - e["米国"]["常温"]
    if unsplit != 11 or e["合計"]["計"] - sum(e["合計"][k] for k in ("常温", "冷蔵", "冷凍")) != unsplit:
        errors.append(f"{E}: the 米国 shipments left out of 冷蔵 and 冷凍 should be the 11件 of note ※４")
    # (f), (g), (h): 合計 adds up; (g)'s 令和６年度 is (f)'s 合計; (h) has fewer camps than (f)
    adds_up(F, ("受入件数（件）", "参加人数（人）", "延べ宿泊数（泊）"))
    adds_up(H, ("交付件数（件）", "交付額（万円）"))
    if t[G]["令和６年度"] != t[F]["合計"]:
        errors.append(f"{G}: 令和６年度 differs from the 合計 of {F}")
    if not t[H]["合計"]["交付件数（件）"] < t[F]["合計"]["受入件数（件）"]:
        errors.append(f"{H}: every camp got a grant, but note ※３ says four did not")
    for (band, cap), (band2, n, amount) in zip(CAPS, SIZES):
        if band != band2 or amount > n * cap:
            errors.append(f"{H} / {band}: the grants exceed the cap")
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
        on = [i + 1 for i, p in enumerate(pages[KONSAI_PDF]) if header in norm(p)]
        if months.repeat_header or on != dp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {dp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == dp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == dp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break")
        if norm("１月から３月は令和７年") not in norm(pages[KONSAI_PDF][dp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "grants", "regions", "dests", "sports", "camp_years", "sizes"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["sports"].ruled or not all(s.ruled for k, s in specs.items() if k != "sports"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["中小企業者／助成率（％）", "中小企業者／上限額（万円）", "小規模企業者／助成率（％）", "小規模企業者／上限額（万円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    # (b), (g): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == G][::3] != [y for y, *_x in camp_years()]:
        errors.append(f"{G}: expected years as rows")
    # (c): a 合計 row and a 構成比（％） column reading 100.0 on it
    c_total = [g for g in gold if g["table"] == C and g["row"] == "合計" and g["column"] == "構成比（％）"]
    if len(c_total) != 1 or c_total[0]["value"] != "100.0" or c_total[0]["unit"] != "%":
        errors.append(f"{C}: expected a 合計 row whose 構成比（％） reads 100.0")
    # (e): both marks, explained by a note on the table's page
    marks = {g["value"] for g in gold if g["table"] == E and g["number"] is None}
    ep = {g["page"] for g in gold if g["table"] == E}
    note = norm("「－」は該当がないもの（タイ便は常温の貨物のみを取り扱う。）、「…」は集計していないもの")
    if marks != set(MARKS) or len(ep) != 1 or note not in norm(pages[KONSAI_PDF][min(ep) - 1]):
        errors.append(f"{E}: expected 「－」 and 「…」 cells and the note explaining them on the same page")
    raw = "\n".join(pages[KONSAI_PDF]).splitlines()
    if "…" not in raw or "－" not in raw:
        errors.append(f"{E}: pypdf should print 「－」 and 「…」 as cells of their own")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def sibling_labels(text, doc, labels, heads):
        for lab in labels:
            n = text.count(norm(f"{lab}："))
            if n != len(heads):
                errors.append(f"{doc}: label {lab} printed {n} times, expected {len(heads)}")
        for i, head in enumerate(heads, 1):
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")

    def steps(doc, want):
        raw = "\n".join(pages[doc]).splitlines()
        got = re.findall(r"[①-⑨]", "".join(x for x in raw if re.match(r"\s*[①-⑨]", x)))
        if got != list(want):
            errors.append(f"{doc}: the procedure should be numbered {want}, got {got}")

    bo = norm("\n".join(pages[BOEKI_PDF]))
    sibling_labels(bo, "subsidy guide", SESSION_LABELS, [s[0] for s in SESSIONS])
    n_all, a_all = sum(r[1] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    if norm(f"延べ{n_all}件、{a_all:,}万円") not in bo:
        errors.append("subsidy guide: the five-year totals in the prose differ from (b)")
    if norm(f"令和６年度は{GRANT_YEARS[-1][1]}件、{GRANT_YEARS[-1][3]:,}万円") not in bo:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (b)")
    top = REGIONS[1]
    total = sum(r[2] for r in REGIONS)
    if max(REGIONS, key=lambda r: r[1]) != top or max(REGIONS, key=lambda r: r[2]) != top or \
            not 0.3 < top[2] / total < 0.35:
        errors.append("subsidy guide: 「東南アジア…件数、金額ともに最も多く…３割余り」 does not hold")
    for d in ("「貿易保険」とは", "「小規模企業者」とは"):
        if norm(d) not in bo:
            errors.append(f"subsidy guide: the definition {d} is missing")
    raw = "\n".join(pages[BOEKI_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy guide: expected three Ｑ lines and three Ａ lines")
    steps(BOEKI_PDF, "①②③④⑤⑥")
    if "2020年度" not in bo or re.findall(r"20\d\d年度", bo) != ["2020年度"]:
        errors.append("subsidy guide: only 2020年度 should be printed as a Western fiscal year")

    ko = norm("\n".join(pages[KONSAI_PDF]))
    sibling_labels(ko, "shipping report", CASE_LABELS, [c[0] for c in CASES])
    n_ship, n_case, kg = (sum(r[k] for r in MONTHS) for k in (1, 2, 3))
    if norm(f"{n_ship}便を運航し、延べ{n_case}件、{kg:,}kg") not in ko:
        errors.append("shipping report: the year's figures in the prose differ from (d)")
    if norm(f"便数は{n_ship - PREV[0]}便増え") not in ko or not 1.3 < kg / PREV[2] < 1.35:
        errors.append("shipping report: 「便数は…便増え、貨物量は３割余り増えた」 does not hold")
    if any(max(MONTHS, key=lambda r: r[k])[0] != 12 or sorted(r[k] for r in MONTHS)[-2] == max(r[k] for r in MONTHS)
           for k in (1, 3)):
        errors.append("shipping report: 「12月は便数、貨物量ともに年間で最も多かった」 does not hold")
    if min(r[1] for r in MONTHS[6:]) < max(r[1] for r in MONTHS[:6]):
        errors.append("shipping report: 「10月以降に便数が増え」 does not hold")
    ranked = [d[0] for d in sorted(DESTS, key=lambda d: -d[4])]
    ambient = sum(d[1] for d in DESTS) / n_case
    if ranked[:3] != ["香港", "台湾", "シンガポール"] or not 0.6 < ambient < 0.65:
        errors.append("shipping report: the ranking or 「常温の貨物が６割余り」 does not hold")
    for d in ("「混載便」とは", "「出荷件数」とは"):
        if norm(d) not in ko:
            errors.append(f"shipping report: the definition {d} is missing")
    steps(KONSAI_PDF, "①②③④⑤")
    if re.findall(r"20\d\d年度", ko):
        errors.append("shipping report: no Western fiscal year should be printed")

    ga = norm("\n".join(pages[GASSHUKU_PDF]))
    sibling_labels(ga, "camps report", CAMP_LABELS, [c[0] for c in CAMPS])
    y = camp_years()
    if norm(f"令和６年度は{y[-1][1]}件、{y[-1][2]}人の合宿を受け入れ、延べ宿泊数は{y[-1][3]:,}泊") not in ga:
        errors.append("camps report: the year's figures in the prose differ from (f) and (g)")
    if norm(f"前年度の{y[1][1]}件から{fw(y[2][1] - y[1][1])}件増え") not in ga or round(y[2][1] / y[0][1]) != 3:
        errors.append("camps report: 「前年度の…件から…件増え…約３倍」 does not hold")
    if norm(f"うち助成金{sum(r[2] for r in SIZES)}万円") not in ga:
        errors.append("camps report: the 事業費 line's grants differ from (h)")
    if re.findall(r"20\d\d年度", ga) != ["2022年度"]:
        errors.append("camps report: only 2022年度 should be printed as a Western fiscal year")
    for d in ("「国際スポーツ合宿」とは", "「延べ宿泊数」とは"):
        if norm(d) not in ga:
            errors.append(f"camps report: the definition {d} is missing")
    steps(GASSHUKU_PDF, "①②③④⑤")
    # every phone number of the set is fictional (099-24x-xxxx); the shipping contact box order
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside 099-24x-xxxx")
    if re.findall(r"099-242-\d{4}", ko) != ["099-242-5120", "099-242-5129", "099-242-5400"]:
        errors.append("shipping report: the contact box should give the 県's phone and fax, then the 協議会's")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
