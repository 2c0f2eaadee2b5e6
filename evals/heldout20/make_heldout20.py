"""Build the 常磐県 held-out set 20: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (常磐県 and every town, scheme, organisation, production, phone
number, address, URL and figure). The documents are in three genres the earlier sets do not use:
a call for applications (募集要項) for a subsidy towards small firms' feasibility studies for
business abroad (中小企業海外展開可能性調査支援補助金) with the rates and caps per cost item under
two windows (a two-level merged header) and the grants by year (years as rows); the results
report (実績報告書) of a grant attracting foreign film and TV productions to shoot in the
prefecture (海外映像作品ロケーション誘致助成金) with the grants by year (years as rows) and the
productions by country with a 合計 row and a 構成比（％） column; and the report (報告書) of a
survey of the community Japanese-language classrooms for foreign residents
(地域日本語教室 運営状況調査) with a table by municipality continued over a page break without its
header whose cells hold 「－」 (no classroom) and 「…」 (not counted), learners by nationality in
two survey years, and an unruled table of the issues raised; see README.md beside this file.

    python make_heldout20.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout12/make_heldout12.py; the helpers are in ../docgen.py (unchanged). The gold cells are
generated from the same specs that draw the tables; PDF page numbers are recorded while
reportlab lays the pages out. The output is byte-identical on every run (reportlab
``invariant=True``). The script exits 1 if any check fails; ``check_files(folder)`` returns the
problems found in a built folder (an empty list when it is fine).
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

FS_PDF = "tokiwa_kaigai_tenkai_chousa_hojokin_boshu_r7.pdf"
LOCA_PDF = "tokiwa_kaigai_eizo_location_josei_jisseki_r6.pdf"
KYOSHITSU_PDF = "tokiwa_chiiki_nihongo_kyoshitsu_chosa_r6.pdf"
ALL_PDFS = (FS_PDF, LOCA_PDF, KYOSHITSU_PDF)

UNITS = ("万円", "件", "日", "人", "教室", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # none: no classroom in the town (the table's note says so)
NOT_COUNTED = "…"  # not counted (the table's note says why)
MARKS = (DASH, NOT_COUNTED)
INDENT = "　"  # the full-width space that starts a body paragraph
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
    """(number, unit) as printed after NFKC; (None, None) for － and … cells."""
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


def share(part: int, whole: int) -> str:
    """A 構成比 or 割合 cell: per cent with one decimal, rounded half up."""
    return str(half_up(Decimal(part * 100) / Decimal(whole), "0.1"))


def cell(x) -> str:
    """A count cell: None is printed as － (none), ... as … (not counted)."""
    if x is None:
        return DASH
    if x is Ellipsis:
        return NOT_COUNTED
    return fw(x)


def era_fy(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and a year per column
    where a header names one (令和３年度)."""

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


def bullets(items, level: int):
    return [P(f"・{t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "常磐県"
CITY = "常磐市"

# ================================================================ document 1: feasibility-study subsidy call
FS = f"{PREF}中小企業海外展開可能性調査支援補助金"
FS_DEPT = f"{PREF} 産業労働部 国際ビジネス課"
KIKO = "公益財団法人常磐県産業支援機構"
DESK = "常磐県国際ビジネス相談デスク"
PRIORITY = "ベトナム、タイ、インドネシア、インド及び台湾"
COSTS = [  # 経費区分, 一般枠 (補助率％, 上限額万円), 重点国・地域枠 (補助率％, 上限額万円)
    ("現地調査旅費", 50, 100, 50, 120),
    ("市場調査委託費", 50, 150, 75, 200),
    ("専門家謝金", 50, 40, 75, 60),
    ("通訳・翻訳費", 50, 30, 75, 40),
    ("テスト販売費", 50, 50, 50, 80),
]
FIRM_CAP = (250, 300)  # 万円 per firm and year: 一般枠 only / with 重点国・地域枠
FS_YEARS = [  # 年度, 申請件数, 採択件数, 交付額（万円）
    (2020, 18, 9, 612), (2021, 24, 12, 903), (2022, 37, 19, 1584), (2023, 46, 23, 2137), (2024, 58, 27, 2712),
]
SESSIONS = [  # 見出し, 日時, 会場, 申込締切 (same labels in every sibling section)
    ("常磐市会場", "令和７年５月22日（木）午後２時から午後３時30分まで", "常磐県産業会館 ３階 第１会議室",
     "令和７年５月20日（火）"),
    ("浜沢市会場", "令和７年５月27日（火）午前10時から午前11時30分まで", "浜沢商工会議所 ２階 大会議室",
     "令和７年５月23日（金）"),
    ("オンライン開催", "令和７年６月３日（火）午後４時から午後５時まで",
     "ウェブ会議システム（申込者に参加用のURLを送付）", "令和７年６月２日（月）正午"),
]


def fs_specs():
    costs = TableSpec(
        key="costs", doc=FS_PDF, title="補助対象経費ごとの補助率と上限額",
        header=[["経費区分", "一般枠", "", "重点国・地域枠", ""],
                ["", "補助率（％）", "上限額（万円）", "補助率（％）", "上限額（万円）"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in COSTS],
        col_widths=[42 * mm, 28 * mm, 30 * mm, 28 * mm, 30 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    costs.unit = lambda row, c, s=costs: bracket_unit(s.column_label(c))
    years = TableSpec(
        key="fs_years", doc=FS_PDF, title="申請と採択の状況",
        header=[["年度", "申請件数（件）", "採択件数（件）", "交付額（万円）"]],
        rows=[[era_fy(y), fw(a), fw(b), fw(m)] for y, a, b, m in FS_YEARS],
        col_widths=[32 * mm, 34 * mm, 34 * mm, 34 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    return costs, years


def fs_story(specs):
    costs, years = specs
    last = FS_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{FS} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(FS_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の目的", H1)]
    st += paras(f"""
海外への販路開拓や拠点の設置を考える県内中小企業が、本格的な進出の前に行う市場や制度の調査に要する経費の一部を補助し、海外展開の失敗のリスクを減らすことを目的とする。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{sum(r[2] for r in FS_YEARS)}件の調査を採択した。
""", 0)
    st += lv_lines([
        ("事業名", FS),
        ("実施機関", f"{KIKO}（県の補助事業として実施）"),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）"),
        ("募集期間", "令和７年５月19日（月）から令和７年６月27日（金）午後５時まで"),
        ("予算額", "3,600万円"),
        ("採択予定件数", "25件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日（金）まで"),
    ], 0)
    st += paras(f"""
この要項において「海外展開可能性調査」とは、県内中小企業が製品の輸出、現地拠点の設置又は現地企業との提携を検討するために行う、市場、法規制、取引先の候補等についての調査をいう。また、「重点国・地域」とは、県の国際経済戦略で重点的に取り組む国・地域として定める{PRIORITY}をいう。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助の対象となる経費の区分ごとの補助率及び１件当たりの上限額は、次のとおりとする。調査の対象国・地域によって、一般枠と重点国・地域枠のいずれかを適用する。", 0)
    st += [caption(costs.title, "（令和７年度）"), costs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 重点国・地域枠は、調査の対象が重点国・地域のみである場合に限る。重点国・地域とそれ以外の国・地域を併せて調査する場合は、一般枠とする。",
        f"※２ 上限額は、１件の調査における経費区分ごとの額である。このほか、補助金の額は１社当たり年度内{FIRM_CAP[0]}万円（重点国・地域枠の場合は{FIRM_CAP[1]}万円）を上限とし、千円未満の端数は切り捨てる。",
        "※３ 現地調査旅費は、１回の渡航につき２人分までとする。",
    ])
    st += paras("次の経費は、補助の対象としない。", 0)
    st += bullets(["国内の移動に要する経費及び飲食費", "現地法人の設立に要する経費", "消費税及び地方消費税"], 1)
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（{DESK}で、調査の内容と対象国・地域を確認）",
        "② 申請書類の提出（募集期間内に、申請書、調査計画書及び見積書を電子メールで提出）",
        "③ 審査（書類審査の後、７月中旬に面接審査を行う。）",
        "④ 交付決定の通知（令和７年８月上旬の予定）",
        "⑤ 調査の実施と実績報告（調査の完了後30日以内又は令和８年３月６日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払（実績報告の審査の後、おおむね１か月以内）",
    ], 0)
    st += [P("４　募集説明会", H1)]
    st += paras("申請を考えている事業者を対象に、次のとおり説明会を開く。参加は無料で、事前の申込みが必要である。", 0)
    for i, (head, when, where, until) in enumerate(SESSIONS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("日時", when), ("会場", where), ("申込締切", until)], 1)
    st += [P("５　これまでの採択の状況", H1)]
    st += paras(f"""
令和６年度は、申請{last[1]}件のうち{last[2]}件を採択し、交付額は{last[3]:,}万円であった。採択した調査の対象国・地域は、ベトナムが最も多く、タイ、米国が続いた。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes(["※４ 令和２年度は、海外への渡航が制限されていたため、現地調査旅費を補助の対象から除いて募集した。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("既に海外に取引先がある場合も申請できますか。",
         "申請できます。ただし、新たな国・地域又は新たな製品についての調査に限ります。"),
        ("同じ年度に２件の調査を申請することはできますか。",
         "できません。申請は１社につき年度内１件までです。"),
        ("海外の調査会社に市場調査を委託してもよいですか。",
         "委託できます。ただし、見積書を２者以上から取り、その写しを申請書に添付してください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KIKO} 国際化支援課（申請の受付）　電話：099-212-3340　ファクス：099-212-3349",
        f"{FS_DEPT}（制度の内容、{DESK}）　電話：099-210-5120",
        "電子メール：fs-hojo@tokiwa-sangyo.example.jp",
    ]))
    return st


# ================================================================ document 2: film-location grant results report
LOCA = f"{PREF}海外映像作品ロケーション誘致助成金"
LOCA_DEPT = f"{PREF} 観光文化部 観光振興課"
FC = "常磐県フィルムコミッション"
LOCA_YEARS = [  # 年度, 助成件数, 撮影日数, 海外スタッフ（人）, 県内消費額（万円）, 助成額（万円）
    (2020, 2, 9, 18, 1240, 248), (2021, 4, 21, 46, 3180, 636), (2022, 6, 38, 94, 8650, 1590),
    (2023, 9, 61, 157, 17420, 2860), (2024, 14, 103, 268, 31560, 3940),
]
ORIGINS = [  # 制作国・地域, 作品数, 撮影日数, 県内消費額（万円） (令和６年度)
    ("台湾", 4, 31, 9820), ("タイ", 3, 22, 6410), ("韓国", 2, 16, 5960), ("香港", 2, 9, 3150),
    ("米国", 1, 14, 3870), ("インド", 1, 7, 1520), ("フランス", 1, 4, 830),
]
WORKS = [  # 見出し, 撮影期間, 撮影日数, 主な撮影地, 助成額
    ("台湾の連続テレビドラマ", "令和６年７月８日から７月26日まで", "14日", "常磐市の旧市街、浜沢港、杉生町の棚田",
     "500万円（上限額）"),
    ("タイの長編映画", "令和６年10月15日から10月29日まで", "11日", "北浦湖畔、常磐城跡", "462万円"),
    ("インドのミュージックビデオ", "令和７年２月３日から２月11日まで", "７日", "白砂高原のスキー場、北浦温泉街",
     "304万円"),
]


def loca_specs():
    years = TableSpec(
        key="loca_years", doc=LOCA_PDF, title="年度別の助成実績",
        header=[["年度", "助成件数（件）", "撮影日数（日）", "海外スタッフ（人）", "県内消費額（万円）", "助成額（万円）"]],
        rows=[[era_fy(y), fw(n), fw(d), fw(s), fw(c), fw(g)] for y, n, d, s, c, g in LOCA_YEARS],
        col_widths=[24 * mm, 26 * mm, 26 * mm, 32 * mm, 32 * mm, 26 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    total = sum(r[3] for r in ORIGINS)
    rows = [[n, fw(k), fw(d), fw(c), share(c, total)] for n, k, d, c in ORIGINS]
    rows.append(["合計", fw(sum(r[1] for r in ORIGINS)), fw(sum(r[2] for r in ORIGINS)), fw(total),
                 share(total, total)])
    origins = TableSpec(
        key="origins", doc=LOCA_PDF, title="制作国・地域別の助成作品",
        header=[["制作国・地域", "作品数（件）", "撮影日数（日）", "県内消費額（万円）", "構成比（％）"]],
        rows=rows, col_widths=[34 * mm, 28 * mm, 28 * mm, 34 * mm, 28 * mm], table_fy=2024,
    )
    origins.unit = lambda row, c, s=origins: bracket_unit(s.column_label(c))
    return years, origins


def loca_story(specs):
    years, origins = specs
    y = {r[0]: r for r in LOCA_YEARS}
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{LOCA} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(LOCA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", LOCA),
        ("目的", "海外の映画、テレビドラマ等の県内での撮影を誘致し、映像を通じて本県の魅力を発信するとともに、撮影に伴う県内での消費を増やす。"),
        ("助成対象", "海外の制作会社が県内で３日以上撮影する映像作品"),
        ("助成の額", "県内消費額の20％（１作品当たり500万円を上限とする。）"),
        ("窓口", f"{FC}（一般社団法人常磐県観光協会内）"),
        ("令和６年度予算額", "4,000万円"),
    ], 0)
    st += paras("""
この報告書において「県内消費額」とは、撮影のために県内で支払われた宿泊費、飲食費、車両の借上げ費、撮影場所の使用料、県内で雇用したスタッフの人件費等の合計額をいう。また、「撮影日数」とは、県内で実際に撮影を行った日数をいい、準備及び移動のみの日は含まない。
""", 0)
    st += [P("２　助成実績の推移", H1)]
    st += paras(f"""
制度を設けた令和２年度（2020年度）は、海外からの入国が制限されていたため、助成は{fw(y[2020][1])}件にとどまった。その後は件数が毎年増え、令和６年度は{y[2024][1]}件（前年度より{fw(y[2024][1] - y[2023][1])}件増）となり、県内消費額は初めて３億円を超えた。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 県内消費額は、制作会社の報告と領収書の写しに基づき、県が確認した額である。",
        "※２ 令和２年度及び令和３年度の作品は、国内に住む海外制作会社のスタッフが中心となって撮影したものである。",
    ])
    st += [P("３　令和６年度の助成作品", H1)]
    tw = next(r for r in ORIGINS if r[0] == "台湾")
    st += paras(f"""
制作国・地域別にみると、台湾の作品が{fw(tw[1])}件で最も多く、県内消費額でも全体の３割余りを占めた。欧米からの作品は米国とフランスの２件であった。
""", 0)
    st += [caption(origins.title, "（令和６年度）"), origins.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 制作国・地域は、制作会社の本社の所在地による。共同制作の場合は、主たる制作会社による。",
        "※４ 構成比は、県内消費額の合計に占める割合である。",
    ])
    st += paras("主な助成作品は、次のとおりである。", 0)
    for i, (head, period, days, where, grant) in enumerate(WORKS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("撮影期間", period), ("撮影日数", days), ("主な撮影地", where), ("助成額", grant)], 1)
    st += [P("４　助成の流れ", H1)]
    st += numbered([
        f"① 撮影の相談（撮影の３か月前までに{FC}へ）",
        "② 助成の申請（撮影開始の30日前までに、撮影計画書と県内消費の見込額を提出）",
        "③ 交付決定の通知",
        "④ 県内での撮影と支払",
        "⑤ 実績報告（撮影終了後60日以内に、領収書の写しを添えて提出）",
        "⑥ 助成額の確定と支払",
    ], 0)
    st += [P("５　今後の課題", H1)]
    st += paras("""
撮影の申込みは秋から冬に集中しており、撮影場所の調整が間に合わない例があった。令和７年度は、撮影場所の情報を英語と中国語でまとめたロケ地データベースを公開し、受入れに協力する市町と施設を増やす。
""", 0)
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{LOCA_DEPT} 映像誘致班　電話：099-214-2270　ファクス：099-214-2279",
        f"{FC}（撮影の相談）　電話：099-216-8800",
        "電子メール：location@tokiwa-fc.example.jp",
    ]))
    return st


# ================================================================ document 3: Japanese-language classroom survey
KYOSHITSU = "常磐県地域日本語教室 運営状況調査"
KYO_DEPT = f"{PREF} 県民生活部 国際交流課"
KYOKAI = "公益財団法人常磐県国際交流協会"
PREV_CLASSES = 49  # classrooms in the previous survey (令和３年度)
TOWNS = [  # 市町, 教室数, 学習者数, ボランティア数 (None = －, ... = …)
    ("常磐市", 20, 742, 164), ("浜沢市", 10, 315, 88), ("北浦市", 7, 226, 61), ("南台市", 6, 184, ...),
    ("東野市", 5, 139, 37), ("岬市", 4, 97, 29), ("杉生町", 2, 41, 12), ("白砂町", 2, 38, 9),
    ("緑川町", 1, 22, 6), ("高畑町", 1, ..., ...), ("小松原町", None, None, None), ("奥沢町", None, None, None),
]
NATIONS = [  # 国籍・地域, 令和３年度, 令和６年度 (人)
    ("ベトナム", 436, 512), ("フィリピン", 251, 298), ("中国", 287, 241), ("インドネシア", 98, 226),
    ("ネパール", 102, 164), ("ブラジル", 131, 118), ("ミャンマー", 31, 97), ("その他", 119, 148),
]
ANSWERED = 57  # classrooms that answered the survey (高畑町's one did not)
ISSUES = [  # 課題, 回答教室数 (複数回答)
    ("ボランティアの不足・高齢化", 38), ("学習者の日本語レベルの差への対応", 31), ("活動場所の確保", 24),
    ("運営資金の不足", 19), ("子どもの学習支援への対応", 15), ("教材・指導方法の情報不足", 11),
]
MEASURES = [  # 見出し, 取組の内容, 実施時期, 対象者 (same labels in every sibling section)
    ("日本語ボランティア養成講座", "日本語の教え方と「やさしい日本語」を学ぶ全６回の講座を県内３か所で開く。",
     "令和７年９月から11月まで", "日本語教室で活動したい県民"),
    ("教室の立ち上げ支援", "教室のない町に、協会のコーディネーターを派遣し、会場と講師の確保を支援する。",
     "令和７年度中（随時）", "日本語教室を開こうとする町及び団体"),
    ("オンライン日本語教室", "教室に通うことが難しい人のため、協会が週２回、夜間にオンラインの教室を開く。",
     "令和７年７月から", "県内に住む外国人（初級）"),
]


def kyoshitsu_specs():
    def tot(k):
        return sum(r[k] for r in TOWNS if isinstance(r[k], int))
    rows = [[n, cell(a), cell(b), cell(c)] for n, a, b, c in TOWNS]
    rows.append(["合計", fw(tot(1)), fw(tot(2)), fw(tot(3))])
    towns = TableSpec(
        key="towns", doc=KYOSHITSU_PDF, title="市町別の教室数・学習者数・ボランティア数",
        header=[["市町", "教室数（教室）", "学習者数（人）", "ボランティア数（人）"]],
        rows=rows, col_widths=[34 * mm, 34 * mm, 34 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    towns.unit = lambda row, c, s=towns: bracket_unit(s.column_label(c))
    nrows = [[n, fw(a), fw(b)] for n, a, b in NATIONS]
    nrows.append(["合計", fw(sum(r[1] for r in NATIONS)), fw(sum(r[2] for r in NATIONS))])
    nations = TableSpec(
        key="nations", doc=KYOSHITSU_PDF, title="国籍・地域別の学習者数",
        header=[["国籍・地域", "令和３年度", "令和６年度"]],
        rows=nrows, col_widths=[40 * mm, 32 * mm, 32 * mm], unit="人",
    )
    issues = TableSpec(
        key="issues", doc=KYOSHITSU_PDF, title="運営上の課題（複数回答）",
        header=[["課題", "回答教室数（教室）", "割合（％）"]],
        rows=[[n, fw(k), share(k, ANSWERED)] for n, k in ISSUES],
        col_widths=[70 * mm, 36 * mm, 24 * mm], ruled=False, table_fy=2024,
    )
    issues.unit = lambda row, c, s=issues: bracket_unit(s.column_label(c))
    return towns, nations, issues


def kyoshitsu_story(specs):
    towns, nations, issues = specs
    n_classes = sum(r[1] for r in TOWNS if isinstance(r[1], int))
    learners = sum(r[2] for r in TOWNS if isinstance(r[2], int))
    volunteers = sum(r[3] for r in TOWNS if isinstance(r[3], int))
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KYOSHITSU} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(KYO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の地域日本語教室の運営の状況と課題を把握し、県の支援策の検討に生かす。"),
        ("調査対象", f"県内で活動する全ての地域日本語教室（{n_classes}教室）"),
        ("調査基準日", "令和６年（2024年）11月１日"),
        ("調査期間", "令和６年11月５日から12月13日まで"),
        ("調査方法", f"調査票を電子メール又は郵送で配布し、回収した（{KYOKAI}に委託）。"),
        ("回答数", f"{ANSWERED}教室（回答率{share(ANSWERED, n_classes)}％）"),
    ], 0)
    st += paras("""
この報告書において「地域日本語教室」とは、市町、国際交流協会、ボランティア団体等が、地域に住む外国人を対象に無料又は低額で開く日本語の学習の場をいい、日本語学校の授業及び企業が社員のために開く研修は含まない。また、「学習者数」とは、調査基準日前の３か月間に１回以上参加した外国人の実人数をいう。
""", 0)
    st += paras("本調査は３年ごとに行っており、今回は令和３年度に続く２回目の調査である。主な調査項目は、次のとおりである。", 0)
    st += bullets(["教室の開催の頻度、曜日及び会場", "学習者の人数と国籍・地域", "ボランティアの人数と年齢",
                   "運営上の課題", "県及び市町への要望"], 1)
    st += [P("２　市町別の状況", H1)]
    st += paras(f"""
県内の地域日本語教室は{n_classes}教室で、前回調査（令和３年度）の{PREV_CLASSES}教室から{fw(n_classes - PREV_CLASSES)}教室増えた。学習者数は常磐市が最も多く、全体のおよそ４割を占める。一方、教室のない町が２町ある。
開催の頻度は週１回の教室が最も多く、全体の半数を超える。平日の夜に開く教室が多く、働きながら学ぶ人が参加しやすいよう、日曜日の午前に開く教室も増えている。
""", 0)
    st += [caption(towns.title, "（令和６年11月１日現在）", keep=False), towns.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」は教室がないことを、「…」は集計していないことを示す。",
        "※２ 高畑町の教室からは調査票の回答がなかったため、学習者数及びボランティア数を集計していない。",
        "※３ 南台市の教室のボランティアは、南台市国際交流協会に一括して登録されており、教室ごとの人数を把握していない。",
        "※４ 合計欄の学習者数及びボランティア数には、「…」の市町の分を含まない。",
    ])
    st += [P("３　学習者の状況", H1)]
    st += paras(f"""
学習者は{learners:,}人で、国籍・地域別ではベトナムが最も多く、フィリピン、中国が続く。前回調査と比べると、インドネシアが２倍以上に増えた一方、中国とブラジルは減った。
""", 0)
    st += [caption(nations.title, "（単位：人）"), nations.flowable(), Spacer(1, 2)]
    st += notes(["※５ 各年度の調査基準日（11月１日）現在の学習者数である。令和６年度には、高畑町の教室の学習者を含まない。"])
    st += [P("４　ボランティアと運営上の課題", H1)]
    st += paras(f"""
教室で指導するボランティアは、集計できた分で{volunteers}人であった。年齢別では60歳以上の人がおよそ６割を占め、担い手の高齢化が進んでいる。運営上の課題として最も多く挙げられたのは「{ISSUES[0][0]}」で、回答のあった教室の３分の２に上った。
""", 0)
    st += [caption(issues.title, "（令和６年度）"), issues.flowable(), Spacer(1, 2)]
    st += notes([f"※６ 割合は、回答のあった{ANSWERED}教室に対する割合である。"])
    st += [P("５　県の今後の取組", H1)]
    st += paras("調査の結果を踏まえ、令和７年度は次の取組を行う。", 0)
    for i, (head, what, when, who) in enumerate(MEASURES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("取組の内容", what), ("実施時期", when), ("対象者", who)], 1)
    st += [P("６　日本語教室を探している外国人への案内", H1)]
    st += numbered([
        f"① {KYOKAI}の窓口（電話、来所又は電子メール）で相談を受ける。",
        "② 住所、学習できる曜日と時間帯、日本語のレベルを確認する。",
        "③ 近くの教室を紹介し、教室に連絡する。",
        "④ 教室の見学の後、参加を始める。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KYO_DEPT} 多文化共生班　電話：099-213-4410　ファクス：099-213-4419",
        f"{KYOKAI}（日本語教室の紹介）　電話：099-217-6060",
        "電子メール：tabunka@pref.tokiwa.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return fs_specs() + loca_specs() + kyoshitsu_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    fspecs, lspecs, kspecs = fs_specs(), loca_specs(), kyoshitsu_specs()
    fdoc = build_pdf(docs_dir / FS_PDF, fspecs, fs_story(fspecs),
                     f"令和７年度 {FS} 募集要項", "令和７年４月", FS_DEPT)
    ldoc = build_pdf(docs_dir / LOCA_PDF, lspecs, loca_story(lspecs),
                     f"令和６年度 {LOCA} 実績報告書", "令和７年６月", LOCA_DEPT)
    kdoc = build_pdf(docs_dir / KYOSHITSU_PDF, kspecs, kyoshitsu_story(kspecs),
                     f"令和６年度 {KYOSHITSU} 報告書", "令和７年３月", KYO_DEPT)
    gold = all_gold({FS_PDF: fdoc.row_pages, LOCA_PDF: ldoc.row_pages, KYOSHITSU_PDF: kdoc.row_pages})
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
    # --- hojo: the feasibility-study subsidy call, tables (a) (b), notes, label-value, siblings, steps, Q&A
    dict(question="タイだけを対象にした調査で、現地のマーケティング調査を外部の会社に頼む場合、1件あたり最大いくらまで補助してもらえますか？",
         category="hojo", doc=FS_PDF, evidence=["市場調査委託費 50 150 75 200", "ベトナム、タイ、インドネシア、インド及び台湾"],
         answer=["200"],
         notes="(a) two facts: タイ is a 重点国・地域 (definition in １) and the only country, so note ※１ gives 重点国・地域枠; "
               "leaf 重点国・地域枠／上限額（万円） of the row 市場調査委託費 (外部に頼む = 委託); 150 (一般枠) and 75 (rate) are the traps"),
    dict(question="アメリカ市場を調べる場合、専門家に払う謝礼は1件あたりいくらまで補助の対象になりますか？",
         category="hojo", doc=FS_PDF, evidence=["専門家謝金 50 40 75 60"], answer=["40"],
         notes="(a) 米国 is not a 重点国・地域, so 一般枠; leaf 一般枠／上限額（万円） of the row 専門家謝金 (謝礼 = 謝金); "
               "60 (重点国・地域枠) is the trap"),
    dict(question="重点国・地域枠で申し込む場合、1つの会社が1年度に受け取れる補助金は合計でいくらまでですか？",
         category="hojo", doc=FS_PDF, evidence=["（重点国・地域枠の場合は300万円）"], answer=["300万円"],
         notes="note ※２ under (a): a cap per firm and year besides the caps per cost item; 250万円 (一般枠) is the trap"),
    dict(question="ベトナムとアメリカを一緒に調べる計画の場合、どちらの枠で申請することになりますか？",
         category="hojo", doc=FS_PDF, evidence=["併せて調査する場合は、一般枠とする"], answer=["一般枠"],
         notes="note ※１ under (a): a 重点国・地域 together with another country gives 一般枠 (ベトナム alone would be 重点)"),
    dict(question="2022年度には、この補助金に何件の申請がありましたか？",
         category="hojo", doc=FS_PDF, evidence=["令和４年度 37 19 1,584"], answer=["37"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 申請件数（件）; "
               "19 (採択) is the trap"),
    dict(question="令和６年度は、申請のうち何％が採択されましたか？",
         category="hojo", doc=FS_PDF, evidence=["令和６年度 58 27 2,712"], answer=["46.6%"], computed=True,
         notes="(b) 採択件数 / 申請件数 in the row 令和６年度: 27 / 58 = 46.6 % (not printed)"),
    dict(question="今年度の募集では、申請書はいつまでに出せばいいですか？",
         category="hojo", doc=FS_PDF, evidence=["令和７年６月27日（金）午後５時まで"], answer=["令和７年６月27日"],
         notes="「label：value」 line 募集期間 (the 補助事業期間 ends 令和８年２月27日, a near miss)"),
    dict(question="浜沢で開かれる説明会に出たいのですが、申込みはいつまでですか？",
         category="hojo", doc=FS_PDF, evidence=["浜沢市会場", "申込締切：令和７年５月23日（金）"], answer=["令和７年５月23日"],
         notes="sibling sections （１）–（３） of ４ share the labels 日時, 会場, 申込締切; （２）浜沢市会場; the 日時 27日 "
               "and the siblings' 20日 and ６月２日 are the traps"),
    dict(question="調査が終わったら、実績報告はどのくらいの期間内に出さなければなりませんか？",
         category="hojo", doc=FS_PDF, evidence=["調査の完了後30日以内"], answer=["30日以内"],
         notes="procedure step ⑤ (or 令和８年３月６日, whichever is earlier)"),
    dict(question="同じ会社が1つの年度に2件の調査で申請することはできますか？",
         category="hojo", doc=FS_PDF, evidence=["申請は１社につき年度内１件までです"], answer=["１件まで"],
         notes="Q&A: Ａ of Ｑ２ (no: one application per firm and year)"),
    # --- location: the film-location grant report, tables (c) (d), a definition, siblings, steps, contact
    dict(question="2023年度に助成した作品は、県内で合わせて何日撮影しましたか？",
         category="location", doc=LOCA_PDF, evidence=["令和５年度 ９ 61 157 17,420 2,860"], answer=["61"],
         notes="(c) years as rows: 2023年度 = 令和５年度 (only 2020年度 is printed in Western form); column 撮影日数（日）"),
    dict(question="令和４年度に、海外から撮影に来たスタッフは何人でしたか？",
         category="location", doc=LOCA_PDF, evidence=["令和４年度 ６ 38 94 8,650 1,590"], answer=["94"],
         notes="(c) column 海外スタッフ（人）; 38 (撮影日数) is the trap"),
    dict(question="2024年度の県内消費額は、制度が始まった年度と比べて何倍になりましたか？",
         category="location", doc=LOCA_PDF, evidence=["令和２年度 ２ ９ 18 1,240 248", "令和６年度 14 103 268 31,560 3,940"],
         answer=["25.5倍"], computed=True,
         notes="(c) ratio down the 県内消費額（万円） column: 31,560 / 1,240 = 25.45; the first year is 令和２年度 "
               "(prose: 制度を設けた令和２年度（2020年度）); 2024年度 is printed nowhere"),
    dict(question="令和6年度、タイの制作会社の作品が県内で使ったお金は、全体の何％を占めましたか？",
         category="location", doc=LOCA_PDF, evidence=["タイ ３ 22 6,410 20.3"], answer=["20.3"],
         notes="(d) 構成比（％） column (share of the 県内消費額; note ※４), asked with a half-width 6"),
    dict(question="2024年度に、県内で使った金額が最も大きかったのはどこの国・地域の作品ですか？",
         category="location", doc=LOCA_PDF, evidence=["台湾 ４ 31 9,820 31.1"], answer=["台湾"],
         notes="(d) the largest 県内消費額（万円） row (9,820; タイ 6,410 next); the prose also says 台湾 「３割余り」; "
               "2024年度 = 令和６年度 (caption note)"),
    dict(question="台湾の作品1本あたりの県内消費額は、平均するといくらですか？",
         category="location", doc=LOCA_PDF, evidence=["台湾 ４ 31 9,820 31.1"], answer=["2,455万円"], computed=True,
         notes="(d) 県内消費額 / 作品数 in the row 台湾: 9,820 / 4 = 2,455万円 (not printed)"),
    dict(question="ロケハンや移動だけで撮影しなかった日は、撮影日数に入っていますか？",
         category="location", doc=LOCA_PDF, evidence=["準備及び移動のみの日は含まない"], answer=["含まない"],
         notes="definition 「撮影日数」とは、県内で実際に撮影を行った日数をいい…"),
    dict(question="タイの映画は、県内のどこで撮影されましたか？",
         category="location", doc=LOCA_PDF, evidence=["タイの長編映画", "主な撮影地：北浦湖畔、常磐城跡"], answer=["常磐城跡"],
         notes="sibling sections （１）–（３） of ３ share the labels 撮影期間, 撮影日数, 主な撮影地, 助成額; （２）タイの長編映画; "
               "北浦 also occurs in （３）'s 北浦温泉街, so the key is 常磐城跡"),
    dict(question="海外の制作会社がこの助成を使いたいとき、申請はクランクインのどれくらい前までに出す必要がありますか？",
         category="location", doc=LOCA_PDF, evidence=["撮影開始の30日前までに"], answer=["30日前"],
         notes="procedure step ② (the consultation of step ① is 撮影の３か月前まで, a near miss)"),
    dict(question="撮影場所について事前に相談したい場合、どこに電話すればよいですか？番号を教えてください。",
         category="location", doc=LOCA_PDF, evidence=["常磐県フィルムコミッション（撮影の相談） 電話：099-216-8800"],
         answer=["099-216-8800"],
         notes="contact box: the フィルムコミッション's line (撮影の相談); the 県 班's 099-214-2270 is the near miss"),
    # --- kyoshitsu: the Japanese-classroom survey, tables (e) (f) (g), notes, a definition
    dict(question="白砂町の日本語教室では、何人のボランティアが活動していますか？",
         category="kyoshitsu", doc=KYOSHITSU_PDF, evidence=["白砂町 ２ 38 ９"], answer=["９"],
         notes="(e) continuation page (page 2, no header there): row 白砂町, column ボランティア数（人）; 38 is 学習者数"),
    dict(question="高畑町の教室で学んでいる外国人は何人ですか？",
         category="kyoshitsu", doc=KYOSHITSU_PDF, evidence=["高畑町の教室からは調査票の回答がなかった"], answer=["回答がなかった"],
         notes="(e) the row 高畑町 holds 「…」 (not counted, note ※１); note ※２: its classroom did not answer the survey, "
               "so there is no figure"),
    dict(question="常磐市と浜沢市の教室の学習者を合わせると、何人になりますか？",
         category="kyoshitsu", doc=KYOSHITSU_PDF, evidence=["常磐市 20 742 164", "浜沢市 10 315 88"], answer=["1,057人"],
         computed=True, notes="(e) sum in the 学習者数（人） column: 742 + 315 = 1,057 (not printed)"),
    dict(question="2021年度の調査では、ネパール出身の学習者は何人でしたか？",
         category="kyoshitsu", doc=KYOSHITSU_PDF, evidence=["ネパール 102 164"], answer=["102"],
         notes="(f) the column 令和３年度 (2021年度 is printed nowhere); 164 (令和６年度) is the trap"),
    dict(question="前回の調査から今回の調査までに、インドネシアの学習者は何人増えましたか？",
         category="kyoshitsu", doc=KYOSHITSU_PDF, evidence=["インドネシア 98 226"], answer=["128人"], computed=True,
         notes="(f) difference 令和６年度 − 令和３年度 in the row インドネシア: 226 − 98 = 128 (the prose says only 「２倍以上」)"),
    dict(question="今回の調査で、中国籍の学習者は何人でしたか？",
         category="kyoshitsu", doc=KYOSHITSU_PDF, evidence=["中国 287 241"], answer=["241"],
         notes="(f) 今回 = the column 令和６年度; 287 (令和３年度) is the trap"),
    dict(question="活動する場所が見つからないことを課題に挙げた教室は、いくつありましたか？",
         category="kyoshitsu", doc=KYOSHITSU_PDF, evidence=["活動場所の確保 24 42.1"], answer=["24"],
         notes="(g) unruled table, row 活動場所の確保 named by paraphrase, column 回答教室数（教室）; 42.1 is the 割合"),
    dict(question="子どもの勉強のサポートを課題だと答えた教室は、回答した教室の何％ですか？",
         category="kyoshitsu", doc=KYOSHITSU_PDF, evidence=["子どもの学習支援への対応 15 26.3"], answer=["26.3"],
         notes="(g) unruled table, row 子どもの学習支援への対応, column 割合（％） (of the 57 classrooms that answered, note ※６)"),
    dict(question="会社が従業員向けに開いている日本語の研修も、この調査でいう日本語教室に数えられていますか？",
         category="kyoshitsu", doc=KYOSHITSU_PDF, evidence=["企業が社員のために開く研修は含まない"], answer=["含まない"],
         notes="definition 「地域日本語教室」とは…日本語学校の授業及び企業が社員のために開く研修は含まない"),
    # --- followups
    dict(question="それだと、1件あたりの上限はいくらになりますか？",
         category="followup", doc=FS_PDF, evidence=["通訳・翻訳費 50 30 75 40"], answer=["40"],
         history=_turns("ベトナムだけを対象にした調査で、通訳や翻訳の費用は何％補助されますか？",
                        "ベトナムは重点国・地域なので、重点国・地域枠の通訳・翻訳費の補助率75％が適用されます[1]。"),
         notes="(a) the row (通訳・翻訳費) and the group (重点国・地域枠) from the history, the leaf 上限額（万円）; 30 (一般枠) is the trap"),
    dict(question="その年度に支払った助成額は、合計でいくらでしたか？",
         category="followup", doc=LOCA_PDF, evidence=["令和４年度 ６ 38 94 8,650 1,590"], answer=["1,590"],
         history=_turns("2022年度には、何件の海外作品に助成しましたか？",
                        "2022年度（令和４年度）は６件でした[1]。"),
         notes="(c) the year from the history (2022年度 = 令和４年度), column 助成額（万円）; 8,650 (県内消費額) is the trap"),
    dict(question="そこの作品が県内で使ったお金は、いくらでしたか？",
         category="followup", doc=LOCA_PDF, evidence=["香港 ２ ９ 3,150 10.0"], answer=["3,150"],
         history=_turns("令和６年度に助成した作品のうち、香港の制作会社のものは何件ですか？",
                        "香港の作品は２件でした[1]。"),
         notes="(d) the row from the history (香港), column 県内消費額（万円）"),
    dict(question="そのうちベトナム出身の人は何人ですか？",
         category="followup", doc=KYOSHITSU_PDF, evidence=["ベトナム 436 512"], answer=["512"],
         history=_turns("今回の調査で、日本語教室の学習者は全部で何人でしたか？",
                        "令和６年度の調査では1,804人でした[1]。"),
         notes="(f) the year from the history (令和６年度 column); 436 (令和３年度) is the trap"),
    dict(question="そこで教室を始められるよう、県はどんな支援をする予定ですか？",
         category="followup", doc=KYOSHITSU_PDF, evidence=["協会のコーディネーターを派遣し"], answer=["コーディネーター"],
         history=_turns("県内に、日本語教室が１つもない町はありますか？",
                        "小松原町と奥沢町の２町には教室がありません[1]。"),
         notes="the towns from the history (the － rows of (e)); sibling section （２）教室の立ち上げ支援, label 取組の内容"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="令和６年度に採択された調査のうち、タイを対象にしたものは何件でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call ranks the target countries in prose (ベトナム, タイ, 米国) but gives no count per country",
         absent=["対象国・地域別", "国別の採択"]),
    dict(question="この補助金を使って調査した会社のうち、調査の後で実際に海外に拠点を作った会社は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives applications, adoptions and amounts by year, nothing on what the firms did afterwards",
         absent=["進出件数", "拠点を設置した", "設置件数"]),
    dict(question="助成した作品が放送・公開された後、県を訪れる観光客はどれくらい増えましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the spending during the shoots (県内消費額), not tourism after release",
         absent=["観光客数", "入込客", "来訪者数"]),
    dict(question="ロケ誘致の助成に申請したのに、不採択になった作品は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives only the grants made; the subsidy call's 申請件数 / 採択件数 (b) are another scheme's, a near miss",
         absent=["不採択", "助成の申請件数"]),
    dict(question="日本語教室で活動するボランティアのうち、20代の人は何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the volunteers by town and only 「60歳以上の人がおよそ６割」, no other age group",
         absent=["20代", "20歳代", "年代別"]),
    dict(question="日本語教室に通っているベトナム人のうち、技能実習生は何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the learners are given by nationality only (ベトナム 512), not by status of residence",
         absent=["在留資格", "技能実習"]),
]
CATEGORY_COUNTS = {"hojo": 10, "location": 10, "kyoshitsu": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 2  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h20q", "h20t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("補助対象経費ごとの補助率と上限額", "申請と採択の状況", "年度別の助成実績", "制作国・地域別の助成作品",
                       "市町別の教室数・学習者数・ボランティア数", "国籍・地域別の学習者数", "運営上の課題（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h20q06": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h20q13": lambda g: f"{half_up(Decimal(g(C, '令和６年度', '県内消費額（万円）', 2024)) / Decimal(g(C, '令和２年度', '県内消費額（万円）', 2020)), '0.1')}倍",
    "h20q16": lambda g: f"{g(D, '台湾', '県内消費額（万円）', 2024) // g(D, '台湾', '作品数（件）', 2024):,}万円"
    if g(D, '台湾', '県内消費額（万円）', 2024) % g(D, '台湾', '作品数（件）', 2024) == 0 else "not whole",
    "h20q23": lambda g: f"{g(E, '常磐市', '学習者数（人）', 2024) + g(E, '浜沢市', '学習者数（人）', 2024):,}人",
    "h20q25": lambda g: f"{g(F, 'インドネシア', '令和６年度', 2024) - g(F, 'インドネシア', '令和３年度', 2021)}人",
}

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {FS_PDF: (2, 3), LOCA_PDF: (2, 3), KYOSHITSU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("常磐市", "北浦市")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("白砂町", "高畑町", "小松原町", "奥沢町", "合計")  # and after it
PHONE_PREFIX = "099-21"  # every phone number of the set: 099-21x-xxxx


def check_files(out: Path) -> list[str]:
    """Every problem found in a built set folder `out` (an empty list when it is fine)."""
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout20.py")
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
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if n_computed != len(COMPUTED):
        errors.append(f"{n_computed} computed questions, {len(COMPUTED)} arithmetic checks")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout20.py")
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
            errors.append(f"{g['id']}: every cell of this set is a number, － or …")
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
    # (b): 採択 never above 申請; counts grow every year
    b = t[B]
    if any(r["採択件数（件）"] > r["申請件数（件）"] for r in b.values()):
        errors.append(f"{B}: 採択件数 above 申請件数")
    # (c): 助成額 at most 20 % of 県内消費額 and 500万円 per work
    c = t[C]
    for row, r in c.items():
        if r["助成額（万円）"] * 5 > r["県内消費額（万円）"] or r["助成額（万円）"] > 500 * r["助成件数（件）"]:
            errors.append(f"{C} / {row}: 助成額 above 20 % of 県内消費額 or 500万円 per work")
    # (d): 合計 adds up, equals (c)'s 令和６年度 row, 構成比 is each row's share and adds up to 100.0
    d = t[D]
    for col in ("作品数（件）", "撮影日数（日）", "県内消費額（万円）"):
        if d["合計"][col] != sum(r[col] for row, r in d.items() if row != "合計"):
            errors.append(f"{D}: 合計 of {col} does not add up")
    for dcol, ccol in (("作品数（件）", "助成件数（件）"), ("撮影日数（日）", "撮影日数（日）"),
                       ("県内消費額（万円）", "県内消費額（万円）")):
        if d["合計"][dcol] != c["令和６年度"][ccol]:
            errors.append(f"{D}: 合計 of {dcol} differs from 令和６年度 of {C}")
    total = d["合計"]["県内消費額（万円）"]
    for row, r in d.items():
        if str(r["構成比（％）"]) != share(r["県内消費額（万円）"], total):
            errors.append(f"{D} / {row}: 構成比 is not the row's share")
    if sum(Decimal(str(r["構成比（％）"])) for row, r in d.items() if row != "合計") != Decimal("100.0"):
        errors.append(f"{D}: the 構成比 do not add up to 100.0")
    # (e): 合計 adds up over the counted cells; (f)'s 令和６年度 合計 equals (e)'s learners
    e = t[E]
    for col in ("教室数（教室）", "学習者数（人）", "ボランティア数（人）"):
        if e["合計"][col] != sum(r[col] or 0 for row, r in e.items() if row != "合計"):
            errors.append(f"{E}: 合計 of {col} does not add up over the counted cells")
    f = t[F]
    for col in ("令和３年度", "令和６年度"):
        if f["合計"][col] != sum(r[col] for row, r in f.items() if row != "合計"):
            errors.append(f"{F}: 合計 of {col} does not add up")
    if f["合計"]["令和６年度"] != e["合計"]["学習者数（人）"]:
        errors.append(f"{F}: 令和６年度 合計 differs from the learners of {E}")
    # (g): 割合 is the share of the classrooms that answered
    for row, r in t[G].items():
        if str(r["割合（％）"]) != share(r["回答教室数（教室）"], ANSWERED):
            errors.append(f"{G} / {row}: 割合 is not 回答教室数 / {ANSWERED}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    towns = specs["towns"]
    ep = sorted({g["page"] for g in gold if g["table"] == E})
    if len(ep) != 2:
        errors.append(f"{E} is on pages {ep}, expected a page break inside it")
    else:
        header = norm("".join(towns.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KYOSHITSU_PDF]) if header in norm(p)]
        if towns.repeat_header or on != ep[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {ep[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == ep[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == ep[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break")
        if norm("は集計していないことを示す") not in norm(pages[KYOSHITSU_PDF][ep[1] - 1]):
            errors.append(f"{E}: note ※１ should follow the table on the continuation page")
    for key in ("costs", "fs_years", "loca_years", "origins", "nations", "issues"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["一般枠／補助率（％）", "一般枠／上限額（万円）", "重点国・地域枠／補助率（％）", "重点国・地域枠／上限額（万円）"]
    if len(specs["costs"].header) != 2 or len(specs["costs"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    # (b), (c): years as rows
    for title, data, ncols in ((B, FS_YEARS, 3), (C, LOCA_YEARS, 5)):
        if [g["fiscal_year"] for g in gold if g["table"] == title][::ncols] != [r[0] for r in data]:
            errors.append(f"{title}: expected years as rows")
    # (d): a 合計 row and a 構成比（％） column
    drows = [g for g in gold if g["table"] == D]
    if drows[-1]["row"] != "合計" or drows[-1]["column"] != "構成比（％）" or drows[-1]["value"] != "100.0":
        errors.append(f"{D}: expected a 合計 row ending in 構成比 100.0")
    # (e): － and … cells, explained by note ※１
    marks = {g["value"] for g in gold if g["table"] == E and g["number"] is None}
    if marks != set(MARKS) or any(g["number"] is None for g in gold if g["table"] != E):
        errors.append(f"{E}: expected both － and … cells, and no such cell elsewhere")
    if norm("「－」は教室がないことを、「…」は集計していないことを示す") not in norm("\n".join(pages[KYOSHITSU_PDF])):
        errors.append(f"{E}: the note explaining － and … is missing")
    # (f): the years are in the column headers
    if {g["fiscal_year"] for g in gold if g["table"] == F} != {2021, 2024}:
        errors.append(f"{F}: expected the years 2021 and 2024 from the column headers")
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
            errors.append(f"{doc}: the procedure should be numbered {want}, got {got}")

    fs = norm("\n".join(pages[FS_PDF]))
    siblings(fs, "subsidy call", ("日時：", "会場：", "申込締切："), [s[0] for s in SESSIONS])
    last = FS_YEARS[-1]
    if norm(f"延べ{sum(r[2] for r in FS_YEARS)}件") not in fs:
        errors.append("subsidy call: 延べ…件 in the prose differs from (b)")
    if norm(f"申請{last[1]}件のうち{last[2]}件を採択し、交付額は{last[3]:,}万円") not in fs:
        errors.append("subsidy call: the 令和６年度 figures in the prose differ from (b)")
    for i in (1, 2):
        if [r[i] for r in FS_YEARS] != sorted(set(r[i] for r in FS_YEARS)):
            errors.append("subsidy call: applications and adoptions should grow every year")
    for d in ("「海外展開可能性調査」とは", "「重点国・地域」とは"):
        if norm(d) not in fs:
            errors.append(f"subsidy call: the definition {d} is missing")
    raw = "\n".join(pages[FS_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("subsidy call: expected three Ｑ lines and three Ａ lines")
    steps(FS_PDF, "①②③④⑤⑥")

    lo = norm("\n".join(pages[LOCA_PDF]))
    siblings(lo, "location report", ("撮影期間：", "撮影日数：", "主な撮影地：", "助成額："), [w[0] for w in WORKS])
    y = {r[0]: r for r in LOCA_YEARS}
    if norm(f"助成は{fw(y[2020][1])}件にとどまった") not in lo or \
            norm(f"令和６年度は{y[2024][1]}件（前年度より{fw(y[2024][1] - y[2023][1])}件増）") not in lo:
        errors.append("location report: the counts in the prose differ from (c)")
    if not y[2023][4] < 30000 < y[2024][4]:
        errors.append("location report: 「県内消費額は初めて３億円を超えた」 does not hold")
    if [r[1] for r in LOCA_YEARS] != sorted(set(r[1] for r in LOCA_YEARS)):
        errors.append("location report: 「件数が毎年増え」 does not hold")
    total = sum(r[3] for r in ORIGINS)
    top = max(ORIGINS, key=lambda r: r[3])
    if top[0] != "台湾" or max(ORIGINS, key=lambda r: r[1])[0] != "台湾" or not 0.3 < top[3] / total < 1 / 3:
        errors.append("location report: 「台湾…最も多く…３割余り」 does not hold")
    if sum(r[1] for r in ORIGINS if r[0] in ("米国", "フランス")) != 2:
        errors.append("location report: 「欧米からの作品は…２件」 does not hold")
    od = {r[0]: r for r in ORIGINS}
    for head, _p, days, _w, grant in WORKS:
        country = head.split("の")[0]
        if int(nfkc(days).rstrip("日")) > od[country][2] or int(nfkc(grant).split("万円")[0]) > 500:
            errors.append(f"location report: the work {head} does not fit (d) or the cap")
    for d in ("「県内消費額」とは", "「撮影日数」とは"):
        if norm(d) not in lo:
            errors.append(f"location report: the definition {d} is missing")
    steps(LOCA_PDF, "①②③④⑤⑥")

    ky = norm("\n".join(pages[KYOSHITSU_PDF]))
    siblings(ky, "classroom survey", ("取組の内容：", "実施時期：", "対象者："), [m[0] for m in MEASURES])
    n_classes = sum(r[1] for r in TOWNS if isinstance(r[1], int))
    learners = sum(r[2] for r in TOWNS if isinstance(r[2], int))
    if norm(f"{n_classes}教室で、前回調査（令和３年度）の{PREV_CLASSES}教室から{fw(n_classes - PREV_CLASSES)}教室増えた") not in ky:
        errors.append("classroom survey: the classroom counts in the prose differ from (e)")
    if n_classes - ANSWERED != 1 or norm(f"回答率{share(ANSWERED, n_classes)}％") not in ky:
        errors.append("classroom survey: the answers (57 of 58, 高畑町's one missing) do not hold")
    if max(TOWNS, key=lambda r: r[2] if isinstance(r[2], int) else 0)[0] != "常磐市" or \
            not 0.35 < TOWNS[0][2] / learners < 0.45:
        errors.append("classroom survey: 「常磐市が最も多く、全体のおよそ４割」 does not hold")
    if sum(r[1] is None for r in TOWNS) != 2:
        errors.append("classroom survey: 「教室のない町が２町」 does not hold")
    if norm(f"学習者は{learners:,}人") not in ky:
        errors.append("classroom survey: the learners in the prose differ from (e)")
    ranked = [n for n, *_x in sorted(NATIONS[:-1], key=lambda r: -r[2])]
    if ranked[:3] != ["ベトナム", "フィリピン", "中国"]:
        errors.append("classroom survey: the nationality ranking in the prose does not hold")
    nd = {r[0]: r for r in NATIONS}
    if nd["インドネシア"][2] < 2 * nd["インドネシア"][1] or \
            {n for n, a, b in NATIONS if b < a} != {"中国", "ブラジル"}:
        errors.append("classroom survey: 「インドネシアが２倍以上…中国とブラジルは減った」 does not hold")
    volunteers = sum(r[3] for r in TOWNS if isinstance(r[3], int))
    if norm(f"集計できた分で{volunteers}人") not in ky:
        errors.append("classroom survey: the volunteers in the prose differ from (e)")
    if max(ISSUES, key=lambda r: r[1]) != ISSUES[0] or share(ISSUES[0][1], ANSWERED) != "66.7":
        errors.append("classroom survey: 「最も多く…３分の２」 does not hold")
    for d in ("「地域日本語教室」とは", "「学習者数」とは"):
        if norm(d) not in ky:
            errors.append(f"classroom survey: the definition {d} is missing")
    steps(KYOSHITSU_PDF, "①②③④")

    # the contact boxes: the 県's or 機構's phone and fax on one line, the partner's phone on the next
    want = {FS_PDF: ["099-212-3340", "099-212-3349", "099-210-5120"],
            LOCA_PDF: ["099-214-2270", "099-214-2279", "099-216-8800"],
            KYOSHITSU_PDF: ["099-213-4410", "099-213-4419", "099-217-6060"]}
    for n, p in pages.items():
        phones = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p)))
        if phones != want[n]:
            errors.append(f"{n}: phone numbers {phones}, expected {want[n]}")
        for ph in phones:
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for addr in re.findall(r"[\w.-]+@[\w.-]+", norm("\n".join(p))):
            if not addr.endswith(".example.jp"):
                errors.append(f"{n}: mail address {addr} outside example.jp")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
