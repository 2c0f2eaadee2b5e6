"""Build the 柘県 held-out set 40: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (柘県 and every town, scheme, organisation, person, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards small firms' restructuring of their bases abroad
(中小企業海外事業再編支援補助金: withdrawal, relocation, downsizing; local lawyers and accountants,
liquidation and registration, translation, trips, searches for buyers and new sites) with a
two-level header whose groups have different leaves (rates by firm size, caps by type of
restructuring), a yearly record (years as rows) and the adoptions by country and type with a
total column on the right; the summary of the annual general meeting (議事概要) of the
prefecture's export-promotion council (輸出促進協議会) with its indicators (fiscal years as
columns and a 単位 column), the exports by product group (a table continued over a page break
without its header), the member bodies' reports and an unruled budget table; and the results
report of a survey of the prefecture's exporters on export control (安全保障貿易管理に関する実態調査)
with the firms by industry (subtotal rows inside the table), by firm size (counts and per cents
in paired columns) and the problems they meet; see README.md beside this file.

    python make_heldout40.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure and most helpers follow
../heldout35/make_heldout35.py; the shared helpers are in ../docgen.py (unchanged). The gold cells
are generated from the same specs that draw the tables; PDF page numbers are recorded while
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

SAIHEN_PDF = "tsuge_kaigai_jigyo_saihen_hojokin_boshu_yoko_r7.pdf"
KYOGI_PDF = "tsuge_yushutsu_sokushin_kyogikai_soukai_gijigaiyo_r7.pdf"
KANRI_PDF = "tsuge_anzen_hosho_boeki_kanri_chosa_r6.pdf"
ALL_PDFS = (SAIHEN_PDF, KYOGI_PDF, KANRI_PDF)

UNITS = ("万円", "千円", "億円", "件", "人", "社", "団体", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-44\d-\d{4}"  # every phone and fax number of the set: 099-44x-xxxx
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
    """docgen's table spec, with a two-level header read as group／leaf, and an optional
    fiscal-year range for a table that sums several fiscal years."""

    table_fy_range: list | None = None

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
            fy_range = spec.table_fy_range if fy is None else None
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": fy_range,
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


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


PREF = "柘県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break
SUPPORT = f"公益財団法人{PREF}産業振興財団"

# ================================================================ document 1: restructuring subsidy, call for applications
SAIHEN = f"{PREF}中小企業海外事業再編支援補助金"
SAIHEN_DEPT = f"{PREF} 商工労働部 海外展開支援課"
CENTER = f"{PREF}海外ビジネス相談センター"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 撤退, 移転・縮小 (令和７年度)
    ("現地専門家への委託費", 50, 75, 100, 60), ("清算・登記等の手続費用", 50, 75, 60, 30),
    ("契約書等の翻訳費", 50, 60, 20, 15), ("現地への渡航費", 40, 50, 30, 20),
    ("譲渡先・移転先の調査費", 50, 75, 40, 60),
]
COMPANY_CAP = 200  # note ※２: 万円 per firm
RECORD = [  # 年度, 事前相談件数, 申請件数, 採択件数, 交付額（万円）
    (2021, 26, 11, 8, 742), (2022, 41, 17, 12, 1096), (2023, 58, 23, 15, 1387), (2024, 64, 27, 18, 1655),
]
RANGE_LABEL = "令和３～６年度"  # the years table (c) sums
BY_COUNTRY = [  # 国・地域, 撤退, 移転, 縮小 (件, 令和３～６年度の累計)
    ("中国", 9, 6, 5), ("香港", 2, 2, 1), ("タイ", 3, 1, 4), ("ベトナム", 2, 0, 3),
    ("インドネシア", 2, 1, 1), ("米国", 3, 0, 2), ("その他", 3, 1, 2),
]
CASES = [  # 見出し, 海外拠点, 再編の内容, 補助金の額 (same labels in every sibling section)
    ("金属部品製造業Ａ社（柘市）", "中国（広東省）の現地法人",
     "現地法人を清算し、生産をベトナムの協力工場への委託に切り替えた", "136万円"),
    ("食品製造業Ｂ社（潮居市）", "タイ（バンコク）の駐在員事務所",
     "事務所の面積を半分にし、駐在員を２人から１人に減らした", "48万円"),
    ("衣料品卸売業Ｃ社（岩渡町）", "香港の支店", "支店をシンガポールに移し、東南アジアの販売拠点とした", "92万円"),
]
EXCLUDED = [  # 補助の対象にならない経費
    "現地従業員に支払う退職金、解雇補償金その他の人件費",
    "現地法人の借入金その他の債務の弁済に要する経費",
    "移転先での土地、建物及び設備の取得に要する経費",
    "交付決定の日より前に契約し、又は支払った経費",
]


def saihen_specs():
    rates = TableSpec(
        key="rates", doc=SAIHEN_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "撤退", "移転・縮小"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 27 * mm, 27 * mm, 26 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=SAIHEN_PDF, title="募集と交付の実績",
        header=[["年度", "事前相談件数（件）", "申請件数（件）", "採択件数（件）", "交付額（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[28 * mm, 36 * mm, 30 * mm, 30 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in BY_COUNTRY]
    rows.append(["合計"] + [fw(sum(r[j] for r in BY_COUNTRY)) for j in (1, 2, 3)]
                + [fw(sum(r[1] + r[2] + r[3] for r in BY_COUNTRY))])
    countries = TableSpec(
        key="countries", doc=SAIHEN_PDF, title="国・地域別、類型別の採択件数",
        header=[["国・地域", "撤退（件）", "移転（件）", "縮小（件）", "計（件）"]],
        rows=rows, col_widths=[40 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
    )
    countries.table_fy_range = fiscal_year_range(RANGE_LABEL)
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    return rates, record, countries


def saihen_story(specs):
    rates, record, countries = specs
    n_all, amt_all = sum(r[3] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SAIHEN} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SAIHEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
海外の情勢や取引の変化により、海外の拠点の見直しを迫られる県内の中小企業が増えています。県は、海外拠点の撤退、移転又は縮小を円滑に進められるよう、その経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", SAIHEN),
        ("補助対象者", "県内に本社を有する中小企業者で、海外拠点の撤退、移転又は縮小（以下「海外事業再編」という。）を行うもの"),
        ("募集期間", "令和７年５月12日から６月30日まで（当日消印有効）"),
        ("補助対象期間", "交付決定の日から令和８年２月27日まで"),
        ("予算額", "3,200万円"),
        ("採択予定件数", "18件程度"),
    ], 0)
    st += paras("""
この要項において「海外拠点」とは、県内企業が海外に有する現地法人（出資比率が50％以上のもの）、支店及び駐在員事務所をいいます。「撤退」とは、海外拠点を清算し、又は第三者に譲渡して、その国・地域での事業を終えることをいい、「移転」とは、海外拠点の機能を他の国・地域に移すことをいいます。また、「縮小」とは、海外拠点を残したまま、その従業員数又は事業所の面積を２割以上減らすことをいいます。「小規模企業者」とは、常時使用する従業員の数が、製造業その他の業種では20人以下、商業（卸売業・小売業）及びサービス業では５人以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は事業者の規模によって、上限額は再編の類型によって、次のとおり異なります。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「現地専門家」は、海外拠点の所在する国・地域の弁護士、公認会計士、税理士等をいいます。",
        f"※２ 補助金の額は、１事業者当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てます。",
        "※３ 「撤退」の欄は海外拠点を清算し又は譲渡する場合に、「移転・縮小」の欄は海外拠点を移転し又は縮小する場合に適用します。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（海外展開支援課又は{CENTER}へ。申請の２週間前までに済ませてください）",
        "② 申請書の提出（募集期間内に、再編計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月）",
        "④ 交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月27日まで）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年３月10日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    top = max(BY_COUNTRY, key=lambda r: r[1] + r[2] + r[3])[0]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[2]}件の申請があり、{last[3]}件を採択しました。国・地域別では{top}が最も多く、全体の４割近くを占めています。類型別では撤退が最も多く、移転が最も少なくなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(countries.title, f"（{RANGE_LABEL}の累計）"), countries.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、マレーシア、フィリピン、メキシコ等です。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, base, what, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("海外拠点", base), ("再編の内容", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("現地法人の持分を現地のパートナー企業に売却する場合も、「撤退」に当たりますか。",
         "当たります。第三者への譲渡による撤退として対象になります。"),
        ("同じ年度に２か所の海外拠点を再編する場合、２件申請できますか。",
         f"申請は１事業者につき１件です。２か所分の経費をまとめて申請してください（上限額は１事業者当たり{COMPANY_CAP}万円です）。"),
        ("交付決定の後に再編を取りやめた場合はどうなりますか。",
         "速やかに中止の申出をしてください。それまでに支払った経費も補助の対象になりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SAIHEN_DEPT} 海外事業班　電話：099-441-3620　ファクス：099-441-3629",
        f"{CENTER}（{SUPPORT}内、事前相談）　電話：099-441-3700",
        "電子メール：tsuge-saihen@example.jp",
    ]))
    return st


# ================================================================ document 2: export-promotion council, meeting summary
KYOGIKAI = f"{PREF}輸出促進協議会"
KYOGI_TITLE = f"{KYOGIKAI} 令和７年度第１回総会 議事概要"
KYOGI_DEPT = f"{PREF} 商工労働部 国際経済課"
MEMBERS, ATTENDING = 38, 31
KPI_YEARS = (2022, 2023, 2024)
TARGET_FY = 2025
KPIS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度, 目標（令和７年度）
    ("県内企業の輸出額", "億円", 1106, 1192, 1284, 1350),
    ("輸出に取り組む企業数", "社", 412, 436, 458, 480),
    ("新規輸出企業数", "社", 31, 38, 35, 40),
    ("海外商談会での成約件数", "件", 146, 171, 203, 200),
    ("越境ＥＣの利用企業数", "社", 58, 77, 96, 100),
    ("協議会の会員数", "団体", 33, 35, MEMBERS, 40),
]
GOODS = [  # 品目, 令和５年度（億円）, 令和６年度（億円）
    ("一般機械", 412, 438), ("電子部品・デバイス", 176, 191), ("輸送用機器部品", 128, 135),
    ("化学製品", 97, 104), ("金属製品", 88, 86), ("食料品・飲料", 74, 83), ("農林水産物", 41, 47),
    ("繊維製品", 36, 34), ("木材・木製品", 22, 25), ("日用品・雑貨", 19, 23), ("その他", 99, 118),
]
BUDGET = [  # 事業, 令和６年度（千円）, 令和７年度（千円）
    ("海外商談会の開催", 18400, 21600), ("海外見本市への共同出展", 24800, 24800),
    ("越境ＥＣ出店支援", 9600, 12000), ("輸出実務セミナー", 2400, 3000),
    ("新規輸出企業への専門家派遣", 6000, 8400), ("情報発信・調査", 3800, 3200),
]
REPORTS = [  # 見出し, 報告の要旨, 主な実績, 今後の予定 (same labels in every sibling section)
    ("柘商工会議所", "海外商談会と輸出実務セミナーの実施",
     "台湾とタイでの商談会に会員企業24社が参加し、41件が成約した", "令和７年10月にベトナムで商談会を開く"),
    (f"{PREF}農業協同組合中央会", "県産の梨と柿の輸出",
     "香港とシンガポール向けに梨を86トン輸出した（前年度より12トン増）", "台湾向けの柿の輸出に向けて、産地の登録を進める"),
    (SUPPORT, "越境ＥＣの出店支援と輸出相談",
     "越境ＥＣへの出店を19社支援し、輸出相談に312件応じた", "輸出相談の窓口をオンラインでも開く"),
]


def kyogi_specs():
    kpi = TableSpec(
        key="kpi", doc=KYOGI_PDF, title="協議会の指標の状況",
        header=[["指標", "単位"] + [era(y) for y in KPI_YEARS] + [f"目標\n（{era(TARGET_FY)}）"]],
        rows=[[n, u] + [fw(v) for v in vals] for n, u, *vals in KPIS],
        col_widths=[44 * mm, 14 * mm, 25 * mm, 25 * mm, 25 * mm, 28 * mm],
        value_cols=[2, 3, 4, 5], align_left_cols=(1,),
    )
    kpi.unit = lambda row, c: row[1]
    total5, total6 = sum(r[1] for r in GOODS), sum(r[2] for r in GOODS)
    rows = [[n, fw(a), fw(b), cell(pct1(b, total6))] for n, a, b in GOODS]
    rows.append(["合計", fw(total5), fw(total6), cell(pct1(total6, total6))])
    goods = TableSpec(
        key="goods", doc=KYOGI_PDF, title="品目別の輸出額",
        header=[["品目", "令和５年度（億円）", "令和６年度（億円）", "構成比（％）"]],
        rows=rows, col_widths=[46 * mm, 36 * mm, 36 * mm, 30 * mm], table_fy=2024, repeat_header=False,
    )
    goods.unit = lambda row, c, s=goods: bracket_unit(s.column_label(c))
    brows = [[n, fw(a), fw(b)] for n, a, b in BUDGET]
    brows.append(["合計", fw(sum(r[1] for r in BUDGET)), fw(sum(r[2] for r in BUDGET))])
    budget = TableSpec(
        key="budget", doc=KYOGI_PDF, title="令和７年度の主な事業と予算",
        header=[["事業", "令和６年度（千円）", "令和７年度（千円）"]],
        rows=brows, col_widths=[62 * mm, 38 * mm, 38 * mm], ruled=False,
    )
    budget.unit = lambda row, c, s=budget: bracket_unit(s.column_label(c))
    return kpi, goods, budget


def kpi_row(name):
    return next(r for r in KPIS if r[0] == name)


def kyogi_story(specs):
    kpi, goods, budget = specs
    exp = kpi_row("県内企業の輸出額")
    deals = kpi_row("海外商談会での成約件数")
    new = kpi_row("新規輸出企業数")
    b6, b7 = sum(r[1] for r in BUDGET), sum(r[2] for r in BUDGET)
    st = [Spacer(1, 2 * mm), P(KYOGIKAI, SUBTITLE), P("令和７年度第１回総会 議事概要", TITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(f"{KYOGIKAI}事務局", DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　会議の概要", H1)]
    st += lv_lines([
        ("日時", "令和７年（2025年）６月24日（火）14時00分から16時10分まで"),
        ("場所", f"{PREF}庁 本館５階 大会議室"),
        ("出席者", f"会員{MEMBERS}団体のうち{ATTENDING}団体（代理出席を含む）"),
        ("事務局", KYOGI_DEPT),
    ], 0)
    st += [P("２　令和６年度の取組実績と指標の状況（事務局から説明）", H1)]
    st += paras("""
この協議会において「輸出額」とは、県内に本社又は主たる事業所を置く企業が海外に輸出した貨物の金額（県の調査による推計）をいう。また、「新規輸出企業」とは、前年度までの３年間に輸出の実績がなく、当該年度に輸出を始めた県内企業をいう。
""", 0)
    st += paras(f"""
県内企業の輸出額は令和６年度に{exp[4]:,}億円となり、２年連続で増加した。海外商談会での成約件数は{deals[4]}件で、令和７年度の目標を１年前倒しで達成した。一方、新規輸出企業数は{new[4]}社で、前年度を下回った。
""", 0)
    st += [caption(kpi.title, "（令和４～６年度の実績と目標）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※１ 目標は、令和５年３月に定めた「柘県輸出促進ビジョン」に掲げる令和７年度の値である。"])
    st += paras("""
輸出額の推計は、県内企業への調査（令和６年度は1,120社が回答）と貿易統計を基に、事務局が品目ごとに行っている。品目別では、一般機械が全体の３分の１余りを占め、電子部品・デバイスがこれに次ぐ。前年度から減少したのは、金属製品と繊維製品の２品目であった。
""", 0)
    st += [caption(goods.title, "（推計）", keep=False), goods.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 構成比は令和６年度の輸出額に占める割合である。",
        "※３ 「その他」は、プラスチック製品、医薬品、紙・パルプ等である。",
    ])
    st += [P("３　会員団体からの報告", H1)]
    for i, (head, gist, result, plan) in enumerate(REPORTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("報告の要旨", gist), ("主な実績", result), ("今後の予定", plan)], 1)
    st += [P("４　令和７年度の事業計画と予算（事務局から説明）", H1)]
    st += paras(f"""
令和７年度の予算は{b7 // 10:,}万円で、前年度から{(b7 - b6) // 10:,}万円増えた。海外見本市への共同出展は前年度と同じ額とし、新規輸出企業への専門家派遣と越境ＥＣ出店支援を増やした。新たな取組は次のとおりである。
""", 0)
    st += numbered([
        "① 新規輸出企業に専門家が最長６か月付き添う「輸出スタートアップ支援」を始める。",
        "② ベトナム（ホーチミン）で商談会を新たに開く。",
        "③ 越境ＥＣの出店支援の対象を、出店２年目の企業にも広げる。",
        "④ 会員向けのメールマガジンを月２回発行する。",
    ], 0)
    st += [caption(budget.title), budget.flowable(), Spacer(1, 2)]
    st += [P("５　主な意見", H1)]
    st += bullets([
        "金融機関の委員：新規輸出企業が減っている。輸出を始めたばかりの企業への支援を厚くすべきである。",
        "商工団体の委員：輸出先の関税や規制が変わったときは、会員企業への情報提供を早めてほしい。",
        "物流事業者の委員：商談会で成約した後の契約、決済、物流の支援を求める企業が多い。",
    ], 0)
    st += [P("６　決定事項", H1)]
    st += paras("""
議案第１号（令和６年度事業報告及び収支決算）と議案第２号（令和７年度事業計画及び収支予算）は、いずれも原案のとおり承認された。次回の総会は、令和８年２月に開く予定である。
""", 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KYOGI_DEPT} 輸出振興班（協議会事務局）　電話：099-445-2140　ファクス：099-445-2149",
        "柘商工会議所 国際部（商談会の参加申込み）　電話：099-445-6300",
        "電子メール：tsuge-yushutsu@example.jp",
    ]))
    return st


# ================================================================ document 3: export-control survey, results report
KANRI = f"{PREF}内企業の安全保障貿易管理に関する実態調査"
KANRI_DEPT = f"{PREF} 商工労働部 ものづくり振興課"
DESK = f"{PREF}安全保障貿易管理相談デスク"
TARGET = 640  # 調査対象の企業
INDUSTRY_GROUPS = [  # (subtotal label, [(業種, 回答企業数, 該非判定を実施, 社内規程あり)])
    ("製造業計", [("一般機械", 58, 44, 27), ("電気機械", 34, 25, 14), ("電子部品・デバイス", 29, 26, 17),
                 ("化学", 31, 22, 12), ("金属製品", 42, 19, 6), ("その他の製造業", 24, 9, 4)]),
    ("卸売業計", [("機械器具卸売業", 27, 18, 10), ("その他の卸売業", 23, 8, 4)]),
]
SIZES = [("中小企業", 212, 126, 58), ("大企業", 56, 45, 36)]  # 回答企業数, 該非判定を実施, 社内規程あり
PROBLEMS = [  # 課題, 回答数: 中小企業, 大企業 (複数回答)
    ("専門知識を持つ人材がいない", 128, 17), ("法令の改正に追いつけない", 71, 24),
    ("該非判定に時間がかかる", 58, 21), ("仕入先から判定の資料を入手できない", 49, 9),
    ("経営層の理解が得られない", 22, 3), ("何から始めればよいか分からない", 63, 0),
]
SCREENING = (112, 87)  # 取引審査を全ての取引で / 一部の取引で行っている企業
SECTORS = [  # 見出し, 主な輸出先, 該非判定の方法, 主な課題 (same labels in every sibling section)
    ("一般機械", "中国、韓国、米国", "部品メーカーの該非判定書を基に自社で判定", "法令の改正が多く、判定の見直しが追いつかない"),
    ("電子部品・デバイス", "台湾、中国、タイ", "専任の部署で判定し、法務部門が確認", "図面の送付など、技術の提供の管理"),
    ("機械器具卸売業", "タイ、ベトナム、インドネシア", "仕入先のメーカーから該非判定書を取り寄せる",
     "仕入先が小規模で、該非判定書をもらえないことがある"),
]


def kanri_industries():
    return [m for _g, ms in INDUSTRY_GROUPS for m in ms]


def kanri_specs():
    rows = []
    for sub, members in INDUSTRY_GROUPS:
        rows += [[n, fw(a), fw(b), fw(c)] for n, a, b, c in members]
        rows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    rows.append(["合計"] + [fw(sum(m[j] for m in kanri_industries())) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=KANRI_PDF, title="業種別の回答企業と取組の状況",
        header=[["業種", "回答企業数（社）", "該非判定を実施（社）", "社内規程あり（社）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 40 * mm, 36 * mm], table_fy=2024,
        bold_rows=tuple(g for g, _m in INDUSTRY_GROUPS) + ("合計",),
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    srows = []
    for n, k, a, b in SIZES + [("全体",) + tuple(sum(s[j] for s in SIZES) for j in (1, 2, 3))]:
        srows.append([n, fw(k), fw(a), cell(pct1(a, k)), fw(b), cell(pct1(b, k))])
    sizes = TableSpec(
        key="sizes", doc=KANRI_PDF, title="企業規模別の取組の状況",
        header=[["企業規模", "回答企業数\n（社）", "該非判定を\n実施（社）", "実施率\n（％）", "社内規程\nあり（社）", "制定率\n（％）"]],
        rows=srows, col_widths=[28 * mm, 27 * mm, 27 * mm, 24 * mm, 27 * mm, 24 * mm], table_fy=2024,
        bold_rows=("全体",),
    )
    sizes.unit = lambda row, c, s=sizes: bracket_unit(s.column_label(c))
    n_s, n_l = SIZES[0][1], SIZES[1][1]
    problems = TableSpec(
        key="problems", doc=KANRI_PDF, title="取組を進める上での課題（複数回答）",
        header=[["課題", "全体", "中小企業", "大企業"]],
        rows=[[n, cell(pct1(a + b, n_s + n_l)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for n, a, b in PROBLEMS],
        col_widths=[74 * mm, 26 * mm, 26 * mm, 26 * mm], unit="%", table_fy=2024,
    )
    return industries, sizes, problems


def kanri_story(specs):
    industries, sizes, problems = specs
    total = sum(s[1] for s in SIZES)
    done, rules = sum(s[2] for s in SIZES), sum(s[3] for s in SIZES)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KANRI} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(KANRI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業による安全保障貿易管理の取組の状況と課題を把握し、普及啓発と支援に役立てるため"),
        ("調査対象", f"県内に事業所を置き、輸出を行う製造業及び卸売業の企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「該非判定」とは、輸出する貨物又は提供する技術が、外国為替及び外国貿易法に基づく規制の対象（リスト規制）に該当するかどうかを確かめることをいう。「社内規程」とは、安全保障貿易管理の責任者、該非判定と取引審査の手続等を定めた社内の規程（輸出管理内部規程）をいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　回答企業と取組の状況", H1)]
    st += paras(f"""
回答企業{total}社のうち、該非判定を実施している企業は{done}社（{pct1(done, total)}％）、社内規程がある企業は{rules}社（{pct1(rules, total)}％）であった。業種別では、電子部品・デバイスで該非判定の実施率が最も高く（約９割）、金属製品、その他の製造業及びその他の卸売業では５割を下回った。
""", 0)
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他の製造業」は、プラスチック製品、精密機器、繊維製品等である。"])
    st += paras("""
企業規模別では、大企業の８割が該非判定を実施しているのに対し、中小企業では６割程度にとどまった。社内規程の制定率は、中小企業では３割に満たない。
""", 0)
    st += [caption(sizes.title, "（令和６年度）"), sizes.flowable(), Spacer(1, 2)]
    st += notes(["※２ 実施率と制定率は、回答企業数に対する割合である。"])
    st += [P("３　主な業種の状況", H1)]
    for i, (head, dest, how, issue) in enumerate(SECTORS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("該非判定の方法", how), ("主な課題", issue)], 1)
    st += [P("４　取引審査の状況", H1)]
    a, b = SCREENING
    st += paras(f"""
輸出の前に、取引先の業種や貨物の用途・需要者を確認する取引審査を「全ての取引で行っている」企業は{a}社（{pct1(a, total)}％）、「一部の取引で行っている」企業は{b}社（{pct1(b, total)}％）であった。
""", 0)
    st += [P("５　取組を進める上での課題", H1)]
    st += paras("""
全体と中小企業では「専門知識を持つ人材がいない」が最も多く、大企業では「法令の改正に追いつけない」が最も多かった。中小企業の約３割は「何から始めればよいか分からない」と答えた。
""", 0)
    st += [caption(problems.title, "（単位：％）"), problems.flowable(), Spacer(1, 2)]
    n_s, n_l = SIZES[0][1], SIZES[1][1]
    st += notes([f"※３ 回答企業（全体{n_s + n_l}社、中小企業{n_s}社、大企業{n_l}社）に対する割合である。複数回答のため、合計は100％にならない。"])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "該非判定の進め方を、実際の製品を例に教える講座を開いてほしい。",
        "社内規程のひな形と、作り方の手引きを用意してほしい。",
        "輸出管理に詳しい専門家を、無料で派遣してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {DESK}で、該非判定と社内規程づくりの個別相談を受ける。",
        "② 該非判定の実務講座を、令和７年度に柘市と潮居市で計４回開く。",
        "③ 社内規程のない中小企業に、専門家を無料で派遣する（１社当たり年２回まで）。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KANRI_DEPT} 国際取引班　電話：099-448-5140　ファクス：099-448-5149",
        f"{DESK}（{PREF}産業振興財団内）　電話：099-448-5300",
        "電子メール：tsuge-anpo@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return saihen_specs() + kyogi_specs() + kanri_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    sspecs, kspecs, cspecs = saihen_specs(), kyogi_specs(), kanri_specs()
    sdoc = build_pdf(docs_dir / SAIHEN_PDF, sspecs, saihen_story(sspecs),
                     f"令和７年度 {SAIHEN} 募集要項", "令和７年４月", SAIHEN_DEPT)
    kdoc = build_pdf(docs_dir / KYOGI_PDF, kspecs, kyogi_story(kspecs),
                     KYOGI_TITLE, "令和７年７月", f"{KYOGIKAI}事務局")
    cdoc = build_pdf(docs_dir / KANRI_PDF, cspecs, kanri_story(cspecs),
                     f"令和６年度 {KANRI} 結果報告書", "令和７年３月", KANRI_DEPT)
    gold = all_gold({SAIHEN_PDF: sdoc.row_pages, KYOGI_PDF: kdoc.row_pages, KANRI_PDF: cdoc.row_pages})
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
    # --- saihen: the restructuring subsidy call, tables (a) (b) (c), definitions, costs not covered, siblings, steps, Q&A
    dict(question="従業員が８人いる機械部品の卸売会社から相談を受けています。タイの現地法人をたたむときに現地の弁護士に払う報酬は、何％まで補助されますか？",
         category="saihen", doc=SAIHEN_PDF,
         evidence=["商業（卸売業・小売業）及びサービス業では５人以下", "現地専門家への委託費 50 75 100 60"], answer=["50"],
         notes="two facts: a wholesaler with 8 employees is above the ５人 of the 小規模企業者 definition (the 20人 of "
               "manufacturing does not apply), so the column is 補助率（％）／中小企業者 of (a); the lawyer is a "
               "現地専門家 (note ※１); 75 (小規模企業者) is the trap"),
    dict(question="2025年度の募集で、ベトナムの工場をほかの国へ移そうとしている会社が、移転先の候補を調べる費用について受けられる補助の上限はいくらですか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["譲渡先・移転先の調査費 50 75 40 60"], answer=["60"],
         notes="(a) two-level header, leaf 上限額（万円）／移転・縮小 (note ※３: moving a base); 40 (撤退) is the trap, "
               "50 / 75 are rates; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="2023年度には、この補助金について事前相談が何件寄せられていましたか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["令和５年度 58 23 15 1,387"], answer=["58"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column "
               "事前相談件数（件）; 23 (申請件数) is the trap"),
    dict(question="令和６年度に採択された案件では、１件当たり平均でいくらの補助金が交付されたことになりますか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["令和６年度 64 27 18 1,655"], answer=["91.9万円"], computed=True,
         notes="(b) average in a row: 1,655 / 18 = 91.9万円 (not 1,655 / 27 applications)"),
    dict(question="これまでにタイの拠点を縮小した案件は、何件採択されていますか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["タイ ３ １ ４ ８"], answer=["４"],
         notes="(c) cumulative table (令和３～６年度) with a total column 計 on the right; column 縮小（件）; ３ (撤退) "
               "and ８ (計) are the traps"),
    dict(question="これまでの採択案件のうち、拠点から撤退したものは全体の何％を占めていますか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["合計 24 11 18 53"], answer=["45.3%"], computed=True,
         notes="(c) share within the 合計 row: 撤退 24 / 計 53 = 45.3 % (the prose says only that 撤退 is the most)"),
    dict(question="香港の子会社の従業員を10人から９人に減らすだけの場合も、補助の対象になる「縮小」に当たりますか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["従業員数又は事業所の面積を２割以上減らす"], answer=["２割以上"],
         notes="definition 「縮小」とは…２割以上減らすこと (no: one of ten is a tenth, asked below the boundary)"),
    dict(question="バンコクの事務所を小さくした食品メーカーの事例では、補助金はいくら出ていますか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["食品製造業Ｂ社", "補助金の額：48万円"], answer=["48万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 海外拠点, 再編の内容, 補助金の額; （２）食品製造業Ｂ社 "
               "(バンコク, 事務所を半分に); 136万円 and 92万円 are the siblings' values"),
    dict(question="現地の従業員に支払う退職金も、この補助金の対象に含められますか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["次の経費は補助の対象になりません", "現地従業員に支払う退職金"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence and four ○ items after the notes of the rate table); the local experts' fees, "
               "covered, are the near miss"),
    dict(question="現地のパートナー企業に現地法人の持分を売って手を引く場合も、撤退として扱われますか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["当たります。第三者への譲渡による撤退"], answer=["当たります"],
         notes="Q&A: Ａ of Ｑ１ (yes; the definition of 撤退 also names 第三者に譲渡)"),
    dict(question="申請する前の事前相談は、申請のどれくらい前までに済ませておく必要がありますか？",
         category="saihen", doc=SAIHEN_PDF, evidence=["申請の２週間前までに済ませてください"], answer=["２週間前"],
         notes="procedure step ① (事前相談); the other steps' dates (令和７年７月, ８月上旬) are near misses"),
    # --- kyogi: the council's meeting summary, tables (d) (e) (f), a definition, sibling sections
    dict(question="今回の総会には、会員のうち何団体が出席していましたか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["会員38団体のうち31団体"], answer=["31団体"],
         notes="「label：value」 line 出席者 (38 is the number of members, also printed in the indicators table)"),
    dict(question="2023年度に越境ECを利用していた県内企業は何社でしたか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["越境ＥＣの利用企業数 社 58 77 96 100"], answer=["77"],
         notes="(d) fiscal years as columns with a 単位 column: 2023年度 = the 令和５年度 column (the summary prints "
               "2025年 only in the meeting date); 96 (令和６年度) and 100 (目標) are the traps; EC asked half-width"),
    dict(question="令和７年度の目標では、新たに輸出を始める企業を何社と見込んでいますか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["新規輸出企業数 社 31 38 35 40"], answer=["40"],
         notes="(d) column 目標（令和７年度）, row 新規輸出企業数 (named by paraphrase); 35 (令和６年度) is the trap"),
    dict(question="輸出に取り組む県内企業は、令和４年度から令和６年度までの間に何社増えましたか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["輸出に取り組む企業数 社 412 436 458 480"], answer=["46社"], computed=True,
         notes="(d) difference across the year columns: 458 − 412 = 46社 (480 is the target, not a result)"),
    dict(question="２年前に一度輸出したことがあり、今年度また輸出した会社は、「新規輸出企業」に数えられますか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["前年度までの３年間に輸出の実績がなく"], answer=["３年間"],
         notes="definition 「新規輸出企業」 (no: an export two years ago falls within the three years)"),
    dict(question="2024年度の繊維製品の輸出額はいくらでしたか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["繊維製品 36 34 2.6"], answer=["34"],
         notes="(e) continuation page (no header there): row 繊維製品, column 令和６年度（億円） (2024年度); 36 "
               "(令和５年度) and 2.6 (構成比) are the traps"),
    dict(question="食料品・飲料と農林水産物を合わせた食関係の輸出額は、令和６年度でいくらになりますか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["食料品・飲料 74 83 6.5", "農林水産物 41 47 3.7"],
         answer=["130億円"], computed=True,
         notes="(e) sum of two rows in the column 令和６年度（億円）: 83 + 47 = 130億円 (no subtotal is printed)"),
    dict(question="JAの中央会からの報告では、梨はどれくらい輸出されたとのことですか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["柘県農業協同組合中央会", "梨を86トン輸出した"], answer=["86トン"],
         notes="sibling sections （１）–（３） of ３ share the labels 報告の要旨, 主な実績, 今後の予定; （２） the JA "
               "中央会 (JA = 農業協同組合); 12トン is the increase, 24社 / 19社 the siblings' figures"),
    dict(question="2025年度の越境ECの出店支援には、いくらの予算が付いていますか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["越境ＥＣ出店支援 9,600 12,000"], answer=["12,000"],
         notes="(f) unruled table, column 令和７年度（千円） (2025年度); 9,600 (令和６年度) is the trap; the unit is 千円"),
    dict(question="海外商談会を開く事業の予算は、前の年度から何万円増えましたか？",
         category="kyogi", doc=KYOGI_PDF, evidence=["海外商談会の開催 18,400 21,600"], answer=["320万円"], computed=True,
         notes="(f) difference across the year columns in 千円: 21,600 − 18,400 = 3,200千円 = 320万円 (unit change)"),
    # --- kanri: the export-control survey, tables (g) (h) (i), a definition, sibling sections
    dict(question="回答した電気機械メーカーのうち、社内規程を整えているのは何社ですか？",
         category="kanri", doc=KANRI_PDF, evidence=["電気機械 34 25 14"], answer=["14"],
         notes="(g) column 社内規程あり（社）; 25 (該非判定を実施) is the trap"),
    dict(question="卸売業の回答企業で、該非判定を実施しているのは全部で何社ですか？",
         category="kanri", doc=KANRI_PDF, evidence=["卸売業計 50 26 14"], answer=["26"],
         notes="(g) a subtotal row inside the table (卸売業計), column 該非判定を実施（社）; 18 (機械器具卸売業 alone) "
               "is the trap"),
    dict(question="金属製品のメーカーでは、該非判定を実施している会社の割合はどのくらいですか？",
         category="kanri", doc=KANRI_PDF, evidence=["金属製品 42 19 ６"], answer=["45.2%"], computed=True,
         notes="(g) share within a row: 19 / 42 = 45.2 % (the prose says only 「５割を下回った」)"),
    dict(question="2024年度の調査で、大企業のうち社内規程を定めている割合は何％でしたか？",
         category="kanri", doc=KANRI_PDF, evidence=["大企業 56 45 80.4 36 64.3"], answer=["64.3"],
         notes="(h) counts and per cents in paired columns: 制定率（％）; 36 (the count) and 80.4 (実施率) are the traps; "
               "2024年度 = 令和６年度 (the report prints 2024年 only in 調査基準日)"),
    dict(question="中小企業のうち、法令の改正についていけないことを課題に挙げたのは何％ですか？",
         category="kanri", doc=KANRI_PDF, evidence=["法令の改正に追いつけない 35.4 33.5 42.9"], answer=["33.5"],
         notes="(i) column 中小企業; 35.4 (全体) and 42.9 (大企業) are the traps"),
    dict(question="海外の取引先に図面を送って技術を伝える場合も、該非判定の対象になりますか？",
         category="kanri", doc=KANRI_PDF, evidence=["輸出する貨物又は提供する技術"], answer=["提供する技術"],
         notes="definition 「該非判定」 covers 貨物 and 提供する技術 (yes)"),
    dict(question="メーカーから仕入れた機械を輸出している卸の会社は、該非判定をどうやって行っていますか？",
         category="kanri", doc=KANRI_PDF, evidence=["（３）機械器具卸売業", "仕入先のメーカーから該非判定書を取り寄せる"],
         answer=["該非判定書を取り寄せる"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な輸出先, 該非判定の方法, 主な課題; （３）機械器具卸売業 "
               "(卸の会社); the siblings' methods (自社で判定, 専任の部署) are the traps"),
    dict(question="該非判定の実施率で見ると、電子部品・デバイスの次に高いのはどの業種ですか？",
         category="kanri", doc=KANRI_PDF, evidence=["一般機械 58 44 27", "電気機械 34 25 14"], answer=["一般機械"],
         notes="(g) second-highest share of 該非判定を実施 over 回答企業数 (not printed): 電子部品・デバイス 89.7, "
               "一般機械 75.9, 電気機械 73.5 (化学 71.0); by count 一般機械 is first, subtotal rows excluded"),
    # --- followups
    dict(question="では、その費用の上限額はいくらになりますか？",
         category="followup", doc=SAIHEN_PDF, evidence=["清算・登記等の手続費用 50 75 60 30"], answer=["60"],
         history=_turns("小規模企業者が海外の拠点を清算して撤退する場合、清算や登記の手続にかかる費用は何％補助されますか？",
                        "小規模企業者の場合、補助率は75％です[1]。"),
         notes="(a) the row from the history (清算・登記等の手続費用), the leaf 上限額（万円）／撤退 from the history "
               "(清算 = 撤退); 30 (移転・縮小) is the trap"),
    dict(question="その件数は、令和４年度と比べて何件増えましたか？",
         category="followup", doc=KYOGI_PDF, evidence=["海外商談会での成約件数 件 146 171 203 200"], answer=["57件"],
         computed=True,
         history=_turns("令和６年度の海外商談会での成約件数は何件でしたか？",
                        "令和６年度の成約件数は203件でした[1]。"),
         notes="(d) the row from the history, the 令和４年度 column: 203 − 146 = 57件 (200 is the target, a trap)"),
    dict(question="それは前の年度と比べて何億円増えましたか？",
         category="followup", doc=KYOGI_PDF, evidence=["一般機械 412 438 34.1"], answer=["26億円"], computed=True,
         history=_turns("令和６年度の一般機械の輸出額はいくらでしたか？",
                        "一般機械の輸出額は438億円でした[1]。"),
         notes="(e) the row from the history (on the first page of the table): 438 − 412 = 26億円"),
    dict(question="その相談デスクには何番に電話すればいいですか？",
         category="followup", doc=KANRI_PDF, evidence=["電話：099-448-5300"], answer=["099-448-5300"],
         history=_turns("該非判定のやり方について、個別に相談できるところはありますか？",
                        "柘県安全保障貿易管理相談デスク（柘県産業振興財団内）で個別の相談を受け付けています[1]。"),
         notes="contact box of the survey: the デスク's phone (second line); the 班's phone 099-448-5140 and fax "
               "099-448-5149 (first line) are the near misses"),
    dict(question="その中小企業のうち、該非判定をまだ実施していない会社は何社ありますか？",
         category="followup", doc=KANRI_PDF, evidence=["中小企業 212 126 59.4 58 27.4"], answer=["86社"], computed=True,
         history=_turns("中小企業で該非判定を実施しているのは何社ですか？",
                        "中小企業では126社が実施しています（実施率59.4％）[1]。"),
         notes="(h) the row from the history: 212 − 126 = 86社"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使って撤退した会社は、その海外拠点を平均で何年くらい運営していましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives adoptions by year, by country and type, and three cases, not how long the bases ran",
         absent=["運営年数", "操業年数", "設立から"]),
    dict(question="これまでに不採択となった申請について、主な理由を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) gives applications and adoptions by year (the difference is computable) but no reasons",
         absent=["不採択"]),
    dict(question="令和６年度の県内企業の輸出額を、輸出先の国ごとに教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the summary gives the exports by product group (e) and in total (d), not by destination",
         absent=["輸出先別", "仕向地", "仕向国"]),
    dict(question="協議会の会員になるには、年会費がいくらかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the summary gives the members (38団体) and the council's budget by activity, not a membership fee",
         absent=["会費"]),
    dict(question="輸出管理の法令に違反して行政処分を受けたことのある県内企業は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey covers 該非判定, 社内規程, 取引審査 and problems, not violations or sanctions",
         absent=["行政処分", "違反"]),
    dict(question="社内規程を作った企業のうち、経済産業省に規程を届け出て受理されているのは何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(g) (h) count the firms with a 社内規程; nothing on filing it with the ministry",
         absent=["受理", "届け出", "経済産業省"]),
]
CATEGORY_COUNTS = {"saihen": 11, "kyogi": 10, "kanri": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ", "では")
PREFIX_Q, PREFIX_T = "h40q", "h40t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "募集と交付の実績", "国・地域別、類型別の採択件数",
    "協議会の指標の状況", "品目別の輸出額", "令和７年度の主な事業と予算",
    "業種別の回答企業と取組の状況", "企業規模別の取組の状況", "取組を進める上での課題（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))
TARGET_COL = f"目標（{era(TARGET_FY)}）"


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h40q04": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "採択件数（件）", 2024), "万円"),
    "h40q06": lambda g: _pct(g(C, "合計", "撤退（件）"), g(C, "合計", "計（件）")),
    "h40q15": lambda g: f"{g(D, '輸出に取り組む企業数', '令和６年度', 2024) - g(D, '輸出に取り組む企業数', '令和４年度', 2022)}社",
    "h40q18": lambda g: f"{g(E, '食料品・飲料', '令和６年度（億円）', 2024) + g(E, '農林水産物', '令和６年度（億円）', 2024)}億円",
    "h40q21": lambda g: f"{(g(F, '海外商談会の開催', '令和７年度（千円）', 2025) - g(F, '海外商談会の開催', '令和６年度（千円）', 2024)) // 10}万円",
    "h40q24": lambda g: _pct(g(G, "金属製品", "該非判定を実施（社）", 2024), g(G, "金属製品", "回答企業数（社）", 2024)),
    "h40q31": lambda g: f"{g(D, '海外商談会での成約件数', '令和６年度', 2024) - g(D, '海外商談会での成約件数', '令和４年度', 2022)}件",
    "h40q32": lambda g: f"{g(E, '一般機械', '令和６年度（億円）', 2024) - g(E, '一般機械', '令和５年度（億円）', 2023)}億円",
    "h40q34": lambda g: f"{g(H, '中小企業', '回答企業数（社）', 2024) - g(H, '中小企業', '該非判定を実施（社）', 2024)}社",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SAIHEN_PDF: (3, 3), KYOGI_PDF: (3, 3), KANRI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (170, 220)
TABLE_QUESTIONS = 18  # at least, outside the followups
BEFORE_BREAK_ROWS = ("一般機械", "電子部品・デバイス")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("繊維製品", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout40.py")
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
        errors.append("no second-highest question")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout40.py")
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

    # (a): small firms get at least the general rate; no cap above the firm cap of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if max(r["上限額（万円）／撤退"], r["上限額（万円）／移転・縮小"]) > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; 相談 ≥ 申請 ≥ 採択; grants within adoptions × firm cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["事前相談件数（件）"] >= r["申請件数（件）"] >= r["採択件数（件）"] \
                or r["交付額（万円）"] > r["採択件数（件）"] * COMPANY_CAP:
            errors.append(f"{B} / {row}: consultations, adoptions or grants out of range")
    # (c): the total column on the right is each row's sum; 合計 adds up; it equals (b)'s adoptions
    c = t[C]
    for row, r in c.items():
        if r["計（件）"] != r["撤退（件）"] + r["移転（件）"] + r["縮小（件）"]:
            errors.append(f"{C} / {row}: 計 is not the sum of its row")
    adds_up(C, ("撤退（件）", "移転（件）", "縮小（件）", "計（件）"))
    if c["合計"]["計（件）"] != sum(r["採択件数（件）"] for r in b.values()):
        errors.append(f"{C}: 合計 differs from the adoptions of {B}")
    # (d) and (e): the exports agree
    d, e = t[D], t[E]
    adds_up(E, ("令和５年度（億円）", "令和６年度（億円）"))
    if d["県内企業の輸出額"]["令和５年度"] != e["合計"]["令和５年度（億円）"] \
            or d["県内企業の輸出額"]["令和６年度"] != e["合計"]["令和６年度（億円）"]:
        errors.append(f"{D}: 輸出額 differs from the 合計 of {E}")
    for row, r in e.items():
        if Decimal(str(r["構成比（％）"])) != pct1(r["令和６年度（億円）"], e["合計"]["令和６年度（億円）"]):
            errors.append(f"{E} / {row}: 構成比 differs from the amounts")
    # (f): 合計 adds up in both years
    adds_up(F, ("令和６年度（千円）", "令和７年度（千円）"))
    # (g): subtotals inside the table, 合計 = the subtotals; it equals (h)'s 全体
    g = t[G]
    cols = ("回答企業数（社）", "該非判定を実施（社）", "社内規程あり（社）")
    for sub, members in INDUSTRY_GROUPS:
        adds_up(G, cols, rows=[m[0] for m in members], total=sub)
    adds_up(G, cols, rows=[sub for sub, _m in INDUSTRY_GROUPS])
    h = t[H]
    for gc, hc in zip(cols, ("回答企業数（社）", "該非判定を実施（社）", "社内規程あり（社）")):
        if g["合計"][gc] != h["全体"][hc]:
            errors.append(f"{G}: 合計 of {gc} differs from 全体 of {H}")
    adds_up(H, ("回答企業数（社）", "該非判定を実施（社）", "社内規程あり（社）"), total="全体")
    # (h): the per cents in the paired columns come from the counts beside them
    for row, r in h.items():
        if Decimal(str(r["実施率（％）"])) != pct1(r["該非判定を実施（社）"], r["回答企業数（社）"]) \
                or Decimal(str(r["制定率（％）"])) != pct1(r["社内規程あり（社）"], r["回答企業数（社）"]):
            errors.append(f"{H} / {row}: per cents differ from the counts")
    # (i): the per cents come from the counts (全体 over both sizes)
    n_s, n_l = SIZES[0][1], SIZES[1][1]
    for name, a, bb in PROBLEMS:
        r = t[I][name]
        want = (pct1(a + bb, n_s + n_l), pct1(a, n_s), pct1(bb, n_l))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{I} / {name}: per cents differ from the counts")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    goods = specs["goods"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(goods.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KYOGI_PDF]) if header in norm(p)]
        if goods.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("構成比は令和６年度の輸出額に占める割合") not in norm(pages[KYOGI_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "record", "countries", "kpi", "budget", "industries", "sizes", "problems"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["budget"].ruled or not all(s.ruled for k, s in specs.items() if k != "budget"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the two groups have different leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／撤退", "上限額（万円）／移転・縮小"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): a total column on the right, the cumulative range instead of a single year
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols[-1] != "計（件）" or any(g["fiscal_year_range"] != [2021, 2024] or g["fiscal_year"] is not None
                                     for g in gold if g["table"] == C):
        errors.append(f"{C}: expected a total column on the right and the range 2021-2024")
    # (d): fiscal years as columns and a 単位 column; the unit of each cell from its row
    kpi = specs["kpi"]
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    if dcols != [era(y) for y in KPI_YEARS] + [TARGET_COL] or kpi.header[0][1] != "単位" \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == D) \
            or any(g["unit"] != kpi_row(g["row"])[1] for g in gold if g["table"] == D) \
            or len({g["unit"] for g in gold if g["table"] == D}) < 3:
        errors.append(f"{D}: expected fiscal years as columns and a unit per row, got {dcols}")
    # (f): the fiscal year of each cell from its column header
    if any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == F):
        errors.append(f"{F}: the cells' years should come from the column headers")
    # (g): subtotal rows inside the table, before the last group and the 合計
    grows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == G))
    subs = [sub for sub, _m in INDUSTRY_GROUPS]
    if not all(s in grows for s in subs) or grows[-1] != "合計" or grows.index(subs[0]) >= len(grows) - 3:
        errors.append(f"{G}: expected subtotal rows inside the table, got {grows}")
    # (h): counts and per cents in pairs
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    units = [next(g["unit"] for g in gold if g["table"] == H and g["column"] == col) for col in hcols]
    if units != ["社", "社", "%", "社", "%"]:
        errors.append(f"{H}: expected counts and per cents in paired columns, got {list(zip(hcols, units))}")
    # (i): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == I} != {"%"}:
        errors.append(f"{I}: expected per cents only")
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
        got = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text)
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
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def western(text, want, what):
        got = re.findall(r"20\d\d年度?", text)
        if got != want:
            errors.append(f"{what}: Western years {got}, expected {want}")

    # ---- the call for applications
    sj = norm("\n".join(pages[SAIHEN_PDF]))
    siblings(sj, SAIHEN_PDF, ("海外拠点：", "再編の内容：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[3] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}万円") not in sj:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[2]}件の申請があり、{last[3]}件を採択") not in sj:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    totals = {n: a + b + c for n, a, b, c in BY_COUNTRY}
    top, all_n = max(totals, key=totals.get), sum(totals.values())
    by_type = [sum(r[j] for r in BY_COUNTRY) for j in (1, 2, 3)]
    if top != "中国" or not 0.35 <= totals[top] / all_n < 0.4 or by_type.index(max(by_type)) != 0 \
            or by_type.index(min(by_type)) != 1 or len(set(by_type)) != 3:
        errors.append("call: 「中国が最も多く…４割近く」 or 「撤退が最も多く、移転が最も少なく」 does not hold")
    for head, _b, _w, amount in CASES:
        if int(amount.rstrip("万円")) > COMPANY_CAP:
            errors.append(f"call: case {head} is above the firm cap")
    western(sj, ["2021年度"], "call")
    defs(sj, ("海外拠点", "撤退", "移転", "縮小", "小規模企業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in sj:
            errors.append(f"call: the cost not covered {x} is missing")
    raw = "\n".join(pages[SAIHEN_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(SAIHEN_PDF, "①②③④⑤⑥⑦", "call")
    contacts(SAIHEN_PDF, ["099-441-3620", "099-441-3629", "099-441-3700"], ["tsuge-saihen@example.jp"], "call")

    # ---- the council's meeting summary
    kj = norm("\n".join(pages[KYOGI_PDF]))
    siblings(kj, KYOGI_PDF, ("報告の要旨：", "主な実績：", "今後の予定："), [r[0] for r in REPORTS])
    exp, deals, new = kpi_row("県内企業の輸出額"), kpi_row("海外商談会での成約件数"), kpi_row("新規輸出企業数")
    if norm(f"輸出額は令和６年度に{exp[4]:,}億円となり、２年連続で増加") not in kj or not exp[2] < exp[3] < exp[4]:
        errors.append("summary: 「輸出額…２年連続で増加」 does not hold")
    if norm(f"成約件数は{deals[4]}件で、令和７年度の目標を１年前倒しで達成") not in kj or deals[4] < deals[5]:
        errors.append("summary: 「目標を１年前倒しで達成」 does not hold")
    if norm(f"新規輸出企業数は{new[4]}社で、前年度を下回った") not in kj or not new[4] < new[3]:
        errors.append("summary: 「新規輸出企業数…前年度を下回った」 does not hold")
    if norm(f"会員{MEMBERS}団体のうち{ATTENDING}団体") not in kj or kpi_row("協議会の会員数")[4] != MEMBERS:
        errors.append("summary: the members in the prose differ from (d)")
    total6 = sum(r[2] for r in GOODS)
    ranked = sorted(GOODS, key=lambda r: -r[2])
    fell = [r[0] for r in GOODS if r[2] < r[1]]
    if ranked[0][0] != "一般機械" or ranked[1][0] != "電子部品・デバイス" or not 1 / 3 < ranked[0][2] / total6 < 0.4 \
            or fell != ["金属製品", "繊維製品"]:
        errors.append("summary: the product ranking in the prose does not hold")
    b6, b7 = sum(r[1] for r in BUDGET), sum(r[2] for r in BUDGET)
    bud = {r[0]: r for r in BUDGET}
    if norm(f"予算は{b7 // 10:,}万円で、前年度から{(b7 - b6) // 10:,}万円増えた") not in kj \
            or bud["海外見本市への共同出展"][1] != bud["海外見本市への共同出展"][2] \
            or not all(bud[n][2] > bud[n][1] for n in ("新規輸出企業への専門家派遣", "越境ＥＣ出店支援")):
        errors.append("summary: the budget in the prose differs from (f)")
    western(kj, ["2025年"], "summary")
    defs(kj, ("輸出額", "新規輸出企業"), "summary")
    steps_of(KYOGI_PDF, "①②③④", "summary")
    contacts(KYOGI_PDF, ["099-445-2140", "099-445-2149", "099-445-6300"], ["tsuge-yushutsu@example.jp"], "summary")

    # ---- the export-control survey
    cj = norm("\n".join(pages[KANRI_PDF]))
    siblings(cj, KANRI_PDF, ("主な輸出先：", "該非判定の方法：", "主な課題："), [x[0] for x in SECTORS])
    total = sum(s[1] for s in SIZES)
    done, rules = sum(s[2] for s in SIZES), sum(s[3] for s in SIZES)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in cj \
            or norm(f"該非判定を実施している企業は{done}社（{pct1(done, total)}％）") not in cj \
            or norm(f"社内規程がある企業は{rules}社（{pct1(rules, total)}％）") not in cj:
        errors.append("survey: the response and the totals in the prose differ from (g) and (h)")
    rate = {n: a / k for n, k, a, _r in kanri_industries()}
    order = sorted(rate, key=lambda n: -rate[n])
    low = {n for n in rate if rate[n] < 0.5}
    if order[:2] != ["電子部品・デバイス", "一般機械"] or not 0.85 <= rate[order[0]] < 0.95 \
            or low != {"金属製品", "その他の製造業", "その他の卸売業"} or rate[order[1]] - rate[order[2]] < 0.02:
        errors.append("survey: the industry ranking in the prose or of the second-highest question does not hold")
    (_s, s_n, s_a, s_r), (_l, l_n, l_a, _lr) = SIZES
    if not 0.78 <= l_a / l_n <= 0.82 or not 0.57 <= s_a / s_n <= 0.63 or not s_r / s_n < 0.3:
        errors.append("survey: 「大企業の８割…中小企業では６割程度…３割に満たない」 does not hold")
    a, b = SCREENING
    if norm(f"「全ての取引で行っている」企業は{a}社（{pct1(a, total)}％）") not in cj or a + b > total:
        errors.append("survey: the screening figures in the prose are wrong")
    top = [max(PROBLEMS, key=lambda r, k=k: r[1] + r[2] if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if top != ["専門知識を持つ人材がいない", "専門知識を持つ人材がいない", "法令の改正に追いつけない"] \
            or not 0.28 <= PROBLEMS[-1][1] / s_n < 0.32:
        errors.append("survey: the tops of (i) or 「約３割」 in the prose do not hold")
    western(cj, ["2024年"], "survey")
    defs(cj, ("該非判定", "社内規程", "中小企業"), "survey")
    steps_of(KANRI_PDF, "①②③", "survey")
    contacts(KANRI_PDF, ["099-448-5140", "099-448-5149", "099-448-5300"], ["tsuge-anpo@example.jp"], "survey")
    # every phone and fax number of the set is fictional (099-44x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-44x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
