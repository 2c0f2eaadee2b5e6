"""Build the 桂県 held-out set 56: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (桂県 and every town, programme, organisation, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a call for
participating firms (参加企業募集要項) in a prefectural programme where student teams of partner
universities abroad work on a firm's overseas-business problem (グローバルＰＢＬ事業), with the
fees and places by course under a two-level header, a yearly record (years as rows) and the
firms by industry with per cents next to the counts; the annual report (年次報告書) of a
prefectural consultation desk on the taxes of foreign business (海外取引税務相談窓口), with its
indicators over three fiscal years (a 単位 column), the consultations by topic (a table continued
over a page break without its header) and by country and firm size (a total column on the
right); and the service rules (利用規程) of a prefectural pre-check of the rules of origin before a
certificate of origin is applied for (原産地証明事前確認サービス), with an unruled fee table, the
results by origin criterion (a first column of numbers （１）…) and the applications by agreement
(subtotal rows inside the table); see README.md beside this file.

    python make_heldout56.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
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
    output_dirs,
    pdf_pages,
    pstyle,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

PBL_PDF = "katsura_global_pbl_sanka_kigyo_boshu_r7.pdf"
ZEIMU_PDF = "katsura_kaigai_zeimu_sodan_nenji_hokoku_r6.pdf"
KITEI_PDF = "katsura_gensanchi_jizen_kakunin_riyo_kitei_r7.pdf"
ALL_PDFS = (PBL_PDF, ZEIMU_PDF, KITEI_PDF)

UNITS = ("万円", "円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-60"  # every phone number of the set: 099-60x-xxxx
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
    """The unit in brackets at the end of a label (参加企業数（社） -> 社), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def yen(n: int) -> str:
    return f"{n:,}"


def reiwa(y: int) -> str:
    return f"令和{fw(y - 2018)}年度"


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


def article(n: int, head: str, text: str):
    """An article of the rules: 「第n条（見出し）本文」 as one hanging paragraph."""
    return P(f"第{fw(n) if n < 10 else n}条（{head}）　{text}", hanging(0, 1))


PREF = "桂県"
DEPT = f"{PREF} 商工労働部 国際経済課"
KIKO = f"公益財団法人{PREF}国際ビジネス振興機構"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: global PBL, call for participating firms
PBL = f"{PREF}グローバルＰＢＬ事業"
COURSES = [  # コース; 参加負担金（万円）: 小規模企業者, その他の企業; 募集枠（社）: 前期, 後期 (令和７年度)
    ("オンライン・英語圏コース", 3, 5, 7, 4), ("オンライン・アジアコース", 3, 5, 6, 6),
    ("来県コース", 10, 16, 4, 3), ("現地訪問コース", 15, 24, 2, 2),
]
PBL_RECORD = [  # 年度, 参加企業数, 参加学生数, 提案を実行した企業, 参加負担金の総額（万円）
    (2021, 12, 68, 5, 74), (2022, 18, 97, 9, 112), (2023, 24, 131, 13, 158), (2024, 30, 162, 17, 203),
]
PBL_INDUSTRIES = [  # 業種, 参加企業数, うち提案を実行 (令和６年度)
    ("食料品", 8, 5), ("金属・機械", 7, 4), ("繊維・生活雑貨", 5, 3), ("観光・サービス", 6, 3),
    ("情報・ソフトウェア", 4, 2),
]
PBL_CASES = [  # 見出し, 参加コース, 学生チームの大学, 提案を受けた取組 (same labels in every sibling section); 業種
    ("菓子製造業Ａ社（桂市）", "オンライン・アジアコース", "タイの協定大学", "タイ向けの小分け包装の試作", "食料品"),
    ("金属加工業Ｂ社（汐見野市）", "オンライン・英語圏コース", "米国の協定大学", "英語のウェブサイトと製品紹介動画の制作",
     "金属・機械"),
    ("旅館業Ｃ社（澄浜町）", "来県コース", "台湾の協定大学", "台湾の家族向けの冬の宿泊プランの販売", "観光・サービス"),
]
NOT_INCLUDED = [  # 参加負担金に含まれない経費
    "現地訪問コースで渡航する企業の担当者の旅費及び滞在費",
    "提案を受けて行う試作、調査、広告等の経費",
    "学生チームとの打合せに使う通信機器等の経費",
]


def pbl_specs():
    courses = TableSpec(
        key="courses", doc=PBL_PDF, title="コース別の参加負担金と募集枠",
        header=[["コース", "参加負担金（万円）", "", "募集枠（社）", ""],
                ["", "小規模企業者", "その他の企業", "前期", "後期"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in COURSES],
        col_widths=[52 * mm, 27 * mm, 27 * mm, 22 * mm, 22 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    courses.unit = lambda row, c, s=courses: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="pbl_record", doc=PBL_PDF, title="参加企業と学生の推移",
        header=[["年度", "参加企業数\n（社）", "参加学生数\n（人）", "提案を実行した\n企業数（社）", "参加負担金の\n総額（万円）"]],
        rows=[[reiwa(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in PBL_RECORD],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 36 * mm, 34 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    total, done = (sum(r[j] for r in PBL_INDUSTRIES) for j in (1, 2))
    rows = [[n, fw(k), cell(pct1(k, total)), fw(d), cell(pct1(d, k))] for n, k, d in PBL_INDUSTRIES]
    rows.append(["合計", fw(total), cell(Decimal("100.0")), fw(done), cell(pct1(done, total))])
    industries = TableSpec(
        key="pbl_industries", doc=PBL_PDF, title="業種別の参加企業と提案の実行",
        header=[["業種", "参加企業数（社）", "構成比（％）", "うち提案を実行（社）", "実行率（％）"]],
        rows=rows, col_widths=[38 * mm, 31 * mm, 26 * mm, 37 * mm, 26 * mm], table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    return courses, record, industries


def pbl_story(specs):
    courses, record, industries = specs
    firms, students = sum(r[1] for r in PBL_RECORD), sum(r[2] for r in PBL_RECORD)
    last = PBL_RECORD[-1]
    places = sum(r[3] + r[4] for r in COURSES)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{PBL} 参加企業募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の目的", H1)]
    st += paras(f"""
県内の企業が抱える海外展開の課題に、県と協定を結ぶ海外の大学の学生チームが取り組み、解決策を提案する事業です。企業にとっては海外の若い世代の視点を得る機会となり、学生にとっては県内企業を知る機会となります。令和３年度（2021年度）に始め、令和６年度までに延べ{firms}社の企業と延べ{students}人の学生が参加しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("事業名", PBL),
        ("実施主体", f"{PREF}（運営は{KIKO}に委託）"),
        ("参加対象", "県内に本社又は主たる事業所を有する企業（個人事業主を含む。）で、海外展開に関する具体的な課題を持つもの"),
        ("募集期間", "令和７年６月16日から７月25日まで（必着）"),
        ("募集企業数", f"{places}社程度"),
        ("説明会", "令和７年６月27日（オンライン、申込制）"),
    ], 0)
    st += paras("""
この要領において「ＰＢＬ」とは、課題解決型学習（Project Based Learning）をいい、ここでは企業が示す実際の課題に学生チームが８週間取り組み、解決策を提案することをいいます。「協定大学」とは、県と学術交流協定を結ぶ海外の大学（米国、オーストラリア、タイ、ベトナム及び台湾の計８大学）をいいます。「小規模企業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の事業者をいいます。また、「前期」とは令和７年９月から11月まで、「後期」とは令和８年１月から３月までに実施するプロジェクトをいいます。
""", 0)
    st += [P("３　コースと参加負担金", H1)]
    st += paras("コースごとの参加負担金と募集枠は、次のとおりです。参加負担金は、学生チームの指導と協定大学との調整に要する経費の一部に充てます。", 0)
    st += [caption(courses.title, "（令和７年度）"), courses.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他の企業」の欄は、小規模企業者以外の企業（大企業を含む。）に適用します。",
        "※２ 来県コースでは、学生（１チーム４人から６人）の渡航費と滞在費を県が負担します。",
    ])
    st += paras("次の経費は参加負担金に含まれず、参加企業の負担となります。", 0)
    st += bullets(NOT_INCLUDED, 0)
    st += [P("４　参加の流れ", H1)]
    st += numbered([
        "① 説明会への参加（任意）",
        "② 申込書の提出（課題シートを添えて、募集期間内に電子メールで提出）",
        "③ 選考（書類審査とオンライン面談、令和７年８月上旬）",
        "④ 参加決定の通知（令和７年８月下旬）",
        "⑤ 参加負担金の納付（通知の日から30日以内）",
        "⑥ プロジェクトの実施（８週間。週１回、学生チームとオンラインで打合せ）",
        "⑦ 最終報告会への出席と成果報告書の提出（実施の終了から30日以内）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
参加企業は毎年増えており、令和６年度は{last[1]}社に{last[2]}人の学生が参加しました。提案を実際の取組に移した企業は{last[3]}社で、参加企業の過半数となりました。業種別では、食料品の企業が最も多く参加しています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「提案を実行」とは、学生チームの提案の一部又は全部を、参加企業が実施年度内に実際の取組に移したことをいいます。",
        "※４ 構成比と実行率は、小数点以下第２位を四捨五入しています。",
    ])
    st += [P("６　参加企業の事例（令和６年度）", H1)]
    for i, (head, course, univ, action, _ind) in enumerate(PBL_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("参加コース", course), ("学生チームの大学", univ), ("提案を受けた取組", action)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("社内に英語を話せる社員がいなくても参加できますか。",
         "参加できます。オンライン・アジアコースと来県コースでは、機構の通訳が打合せに同席します。"),
        ("自社の内部の情報を学生に見せることになりますか。",
         "必要な範囲に限ります。参加企業と協定大学の間で、秘密保持の覚書を結びます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DEPT} 海外展開支援班　電話：099-601-3340　ファクス：099-601-3349",
        f"{KIKO}（説明会・申込み）　電話：099-601-3500",
        "電子メール：katsura-pbl@example.jp",
    ]))
    return st


# ================================================================ document 2: tax consultation desk, annual report
DESK = f"{PREF}海外取引税務相談窓口"
KENKYUKAI = f"一般社団法人{PREF}国際税務研究会"
INDICATORS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度
    ("相談件数", "件", 418, 527, 612), ("相談企業数", "社", 203, 251, 287), ("専門家対応", "件", 96, 128, 151),
    ("セミナー参加者数", "人", 184, 236, 275),
    ("相談者の満足度", "％", Decimal("88.6"), Decimal("90.2"), Decimal("91.5")),
]
IND_YEARS = (2022, 2023, 2024)
TOPICS = [  # 相談内容, 相談件数, うち面談, うち専門家対応 (令和６年度)
    ("移転価格", 58, 22, 31), ("恒久的施設（ＰＥ）", 41, 15, 19), ("租税条約と源泉徴収", 96, 28, 24),
    ("外国税額控除", 52, 14, 12), ("輸出免税（消費税）", 88, 19, 8), ("海外子会社の税務", 47, 20, 18),
    ("海外出張・駐在員の課税", 63, 12, 9), ("越境ＥＣの税務", 72, 16, 11), ("インボイス制度", 45, 10, 7),
    ("その他", 50, 9, 12),
]
COUNTRIES = [  # 国・地域, 小規模企業者, 中小企業者, 大企業 (令和６年度, 件)
    ("中国", 38, 66, 21), ("ベトナム", 30, 52, 12), ("タイ", 24, 45, 14), ("米国", 19, 41, 18),
    ("台湾", 17, 29, 6), ("インドネシア", 11, 23, 7), ("インド", 6, 17, 9), ("その他の国・地域", 33, 52, 22),
]
SEMINARS = [  # 見出し, 開催日, 会場, 参加者数 (same labels in every sibling section)
    ("移転価格の基礎講座", "令和６年７月18日", "桂市（県産業会館）", "64人"),
    ("越境ＥＣと消費税の実務", "令和６年10月９日", "汐見野市（汐見野商工会館）", "41人"),
    ("海外駐在員の給与と課税", "令和７年２月６日", "オンライン", "88人"),
]
SEMINAR_COUNT = 8
NOT_HANDLED = ["税務申告書の作成の代行", "税務調査への立会い", "海外の税務当局に対する手続の代行"]
EXPERT_DAYS = ("6.8", "8.1")  # 専門家対応の回答までの平均日数: 令和６年度, 令和５年度 (prose only)


def zeimu_specs():
    indicators = TableSpec(
        key="indicators", doc=ZEIMU_PDF, title="主な指標の推移",
        header=[["指標", "単位"] + [reiwa(y) for y in IND_YEARS]],
        rows=[[n, u] + [cell(v) for v in vals] for n, u, *vals in INDICATORS],
        col_widths=[44 * mm, 16 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
    )
    indicators.unit = lambda row, c: nfkc(row[1])
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in TOPICS]
    rows.append(["合計"] + [fw(sum(r[j] for r in TOPICS)) for j in (1, 2, 3)])
    topics = TableSpec(
        key="topics", doc=ZEIMU_PDF, title="相談内容別の相談件数",
        header=[["相談内容", "相談件数（件）", "うち面談（件）", "うち専門家対応（件）"]],
        rows=rows, col_widths=[50 * mm, 34 * mm, 34 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    topics.unit = lambda row, c, s=topics: bracket_unit(s.column_label(c))
    crows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in COUNTRIES]
    crows.append(["合計"] + [fw(sum(r[j] for r in COUNTRIES)) for j in (1, 2, 3)]
                 + [fw(sum(r[1] + r[2] + r[3] for r in COUNTRIES))])
    countries = TableSpec(
        key="countries", doc=ZEIMU_PDF, title="相談先の国・地域別、企業規模別の相談件数",
        header=[["国・地域", "小規模企業者", "中小企業者", "大企業", "計"]],
        rows=crows, col_widths=[42 * mm, 28 * mm, 28 * mm, 24 * mm, 24 * mm], table_fy=2024, unit="件",
    )
    return indicators, topics, countries


def zeimu_story(specs):
    indicators, topics, countries = specs
    ind = {n: vals for n, _u, *vals in INDICATORS}
    n24, n23 = ind["相談件数"][2], ind["相談件数"][1]
    by_size = [sum(r[j] for r in COUNTRIES) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{DESK} 年次報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += lv_lines([
        ("名称", DESK),
        ("設置者", PREF),
        ("運営", f"{KENKYUKAI}（県からの委託）"),
        ("開設時間", "平日の午前９時から午後５時まで（面談は予約制）"),
        ("相談料", "無料"),
        ("事業費", "1,180万円"),
    ], 0)
    st += paras("""
この報告書において「相談件数」とは、窓口が受けた相談の延べ件数をいい、同じ企業から同じ日に受けた複数の相談は１件と数える。「専門家対応」とは、窓口の相談員が回答できない相談について、登録された税理士又は公認会計士（以下「登録専門家」という。）が回答したことをいう。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の中小企業者をいい、表の「中小企業者」は、小規模企業者以外の中小企業者をいう。
""", 0)
    st += [P("２　相談の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{n24}件で、前年度から{n24 - n23}件増え、３年続けて増加した。相談企業数は{ind['相談企業数'][2]}社、専門家対応は{ind['専門家対応'][2]}件であった。専門家対応の回答までの日数は平均{EXPERT_DAYS[0]}日で、前年度の{EXPERT_DAYS[1]}日から短くなった。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes(["※１ 相談者の満足度は、相談後のアンケートで「満足」又は「やや満足」と答えた者の割合である。"])
    st += paras("相談内容別では、租税条約と源泉徴収が最も多く、輸出免税（消費税）、越境ＥＣの税務が続いた。", 0)
    st += [caption(topics.title, "（令和６年度）", keep=False), topics.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「その他」は、関税と消費税の関係、海外からの役務の提供等である。"])
    st += paras(f"""
相談先の国・地域別では、中国が最も多く、ベトナム、タイが続いた。企業規模別では、中小企業者が{by_size[1]}件で全体の半数を超えた。
""", 0)
    st += [caption(countries.title, "（令和６年度、単位：件）"), countries.flowable(), Spacer(1, 2)]
    st += notes(["※３ 相談先の国・地域は、相談の対象となった取引の相手国・地域である。複数の国・地域にわたる相談は、主なもの１つに数えた。"])
    st += [P("３　セミナーの開催", H1)]
    st += paras(f"令和６年度はセミナーを{fw(SEMINAR_COUNT)}回開き、延べ{ind['セミナー参加者数'][2]}人が参加した。主なセミナーは次のとおりである。", 0)
    for i, (head, when, where, n) in enumerate(SEMINARS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", when), ("会場", where), ("参加者数", n)], 1)
    st += [P("４　相談の流れ", H1)]
    st += numbered([
        "① 予約（電話又は電子メールで、希望の日時を伝える）",
        "② 相談シートの送付（面談の３日前まで）",
        "③ 相談員による面談（１回60分まで。オンラインも可）",
        "④ 必要に応じて登録専門家による回答",
        "⑤ 相談の記録と、後日の確認の連絡",
    ], 0)
    st += paras("なお、窓口では、次の相談には応じていない。", 0)
    st += bullets(NOT_HANDLED, 0)
    st += [CondPageBreak(30 * mm), P("５　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DEPT} 通商班　電話：099-604-2210　ファクス：099-604-2219",
        f"{DESK}（{KENKYUKAI}内、相談の予約）　電話：099-604-2300",
        "電子メール：katsura-zeimu@example.jp",
    ]))
    return st


# ================================================================ document 3: certificate-of-origin pre-check, service rules
KITEI = f"{PREF}原産地証明事前確認サービス利用規程"
FEES = [  # 確認の区分, 小規模企業者, 中小企業者, その他の事業者 (円)
    ("書類確認（１品目）", 6000, 10000, 18000), ("訪問確認（１品目）", 15000, 25000, 40000),
    ("継続確認（１品目）", 3000, 4500, 9000), ("追加品目（１品目ごと）", 2500, 4000, 7500),
    ("至急対応の加算（１件）", 2000, 3000, 6000),
]
CRITERIA = [  # 原産地規則の基準, 申込件数, 適合, 不適合, 取下げ (令和６年度)
    ("完全生産品", 12, 12, 0, 0), ("原産材料のみから生産される産品", 18, 16, 1, 1),
    ("関税分類変更基準", 96, 81, 9, 6), ("付加価値基準", 64, 49, 11, 4), ("加工工程基準", 22, 18, 3, 1),
]
AGREEMENTS = [  # (group subtotal label, [(協定, 申込件数, うち初回利用)]) (令和６年度)
    ("小計（多国間協定）", [("ＲＣＥＰ協定", 76, 30), ("ＣＰＴＰＰ", 24, 9), ("日ＥＵ・ＥＰＡ", 19, 6)]),
    ("小計（二国間協定）", [("日タイＥＰＡ", 35, 12), ("日ベトナムＥＰＡ", 28, 11), ("日インドネシアＥＰＡ", 16, 5),
                         ("その他の二国間協定", 14, 4)]),
]
CHECKS = [  # 見出し, 内容, 標準処理期間, 有効期間 (same labels in every sibling section)
    ("書類確認", "提出された書類により、原産地規則を満たすかどうかを確認する", "申込みの受理から10営業日",
     "確認結果の通知から１年"),
    ("訪問確認", "書類確認に加え、機構の職員が工場等を訪れ、製造工程と材料の管理を確認する", "申込みの受理から15営業日",
     "確認結果の通知から２年"),
    ("継続確認", "有効期間が満了する前に、前回の確認の後の材料又は製造工程の変更を確認する", "申込みの受理から５営業日",
     "確認結果の通知から１年"),
]
USERS_2024 = 108  # 令和６年度の利用事業者 (prose only)
DOCS_REQUIRED = [  # 第４条の添付書類
    "産品の材料の一覧（材料ごとのＨＳコードと原産国を記載したもの）",
    "製造工程の説明書",
    "材料の原産地を示す書類（仕入先の証明書等）",
    "付加価値基準による場合は、産品の価格の内訳を示す書類",
]


def kitei_specs():
    fees = TableSpec(
        key="fees", doc=KITEI_PDF, title="事前確認の手数料",
        header=[["確認の区分", "小規模企業者", "中小企業者", "その他の事業者"]],
        rows=[[n, yen(a), yen(b), yen(c)] for n, a, b, c in FEES],
        col_widths=[58 * mm, 30 * mm, 30 * mm, 32 * mm], ruled=False, unit="円", table_fy=2025,
    )
    rows = [[f"（{fw(i)}）", n, fw(a), fw(b), fw(c), fw(d)] for i, (n, a, b, c, d) in enumerate(CRITERIA, 1)]
    rows.append(["", "合計"] + [fw(sum(r[j] for r in CRITERIA)) for j in (1, 2, 3, 4)])
    criteria = TableSpec(
        key="criteria", doc=KITEI_PDF, title="原産地規則の基準別の事前確認の結果",
        header=[["番号", "原産地規則の基準", "申込件数（件）", "適合（件）", "不適合（件）", "取下げ（件）"]],
        rows=rows, col_widths=[14 * mm, 56 * mm, 26 * mm, 20 * mm, 22 * mm, 22 * mm], label_col=1, table_fy=2024,
    )
    criteria.unit = lambda row, c, s=criteria: bracket_unit(s.column_label(c))
    arows = []
    for sub, members in AGREEMENTS:
        arows += [[n, fw(a), fw(b)] for n, a, b in members]
        arows.append([sub, fw(sum(m[1] for m in members)), fw(sum(m[2] for m in members))])
    arows.append(["合計", fw(sum(m[1] for _s, ms in AGREEMENTS for m in ms)),
                  fw(sum(m[2] for _s, ms in AGREEMENTS for m in ms))])
    agreements = TableSpec(
        key="agreements", doc=KITEI_PDF, title="協定別の事前確認の申込件数",
        header=[["協定", "申込件数（件）", "うち初回利用（件）"]],
        rows=arows, col_widths=[56 * mm, 36 * mm, 40 * mm], table_fy=2024,
        bold_rows=("合計",) + tuple(s for s, _m in AGREEMENTS),
    )
    agreements.unit = lambda row, c, s=agreements: bracket_unit(s.column_label(c))
    return fees, criteria, agreements


def kitei_story(specs):
    fees, criteria, agreements = specs
    total = sum(r[1] for r in CRITERIA)
    ok = sum(r[2] for r in CRITERIA)
    st = [Spacer(1, 2 * mm), P(KITEI, TITLE), Spacer(1, 1 * mm),
          P("令和７年３月25日制定", DATE_RIGHT), P(DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [article(1, "目的", f"この規程は、{PREF}が{KIKO}（以下「機構」という。）に委託して行う原産地証明事前確認サービス（以下「サービス」という。）の利用に関し、必要な事項を定める。")]
    st += [article(2, "定義", "この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。")]
    st += [P(t, hanging(1, 1)) for t in [
        "一 「事前確認」とは、利用者が輸出しようとする産品が経済連携協定（以下「協定」という。）の原産地規則を満たすかどうかを、第一種特定原産地証明書の発給申請又は原産地申告の前に、機構が確認することをいう。",
        "二 「品目」とは、関税分類番号（ＨＳコード）の上６桁が同じ産品をいう。",
        "三 「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の事業者をいう。",
        "四 「中小企業者」とは、中小企業基本法第２条第１項に規定する中小企業者のうち、小規模企業者以外のものをいう。",
    ]]
    st += [article(3, "利用できる者", "サービスを利用できる者は、県内に本社又は事業所を有する事業者とする。")]
    st += [article(4, "申込み", "サービスの申込みは、事前確認申込書に次の書類を添えて、機構に提出して行う。")]
    st += bullets(DOCS_REQUIRED, 1)
    st += [article(5, "確認の区分", "事前確認の区分は、次のとおりとする。")]
    for i, (head, what, days, valid) in enumerate(CHECKS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("標準処理期間", days), ("有効期間", valid)], 1)
    st += [article(6, "手数料", "利用者は、別表に定める手数料を、確認結果の通知の前に納付しなければならない。標準処理期間の半分以内の処理（以下「至急対応」という。）を希望する場合は、別表の加算額を併せて納付する。")]
    st += [article(7, "手数料の免除", "初めてサービスを利用する小規模企業者については、最初の１品目の書類確認の手数料を免除する。")]
    st += [article(8, "結果の通知", "機構は、確認を終えたときは、適合又は不適合の別を書面で利用者に通知する。不適合の場合は、その理由と、材料又は製造工程の見直しについての助言を添える。")]
    st += [article(9, "結果の効力", "事前確認の結果は、商工会議所による証明書の発給又は輸入国の税関の判断を保証するものではない。")]
    st += [article(10, "秘密の保持", "機構は、サービスを通じて知り得た利用者の情報を、利用者の同意なく第三者に提供してはならない。")]
    st += [P("附　則", H2)]
    st += paras("この規程は、令和７年（2025年）４月１日から施行する。", 0)
    st += [P("別表（第６条関係）", H2)]
    st += [caption(fees.title, "（単位：円）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 追加品目の手数料は、同じ申込みで２品目目以降を確認する場合に、１品目ごとに加算する。",
        "※２ 至急対応の加算は、申込み１件ごとに加算する。",
    ])
    st += [P("（参考１）令和６年度の利用状況", H1)]
    st += paras(f"""
サービスは令和４年度から試行として実施しており、令和６年度は{USERS_2024}事業者から{total}件の申込みがあった。このうち適合は{ok}件で、申込件数の８割を超えた。基準別では、関税分類変更基準による申込みが最も多い。
""", 0)
    st += [caption(criteria.title, "（令和６年度）"), criteria.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「取下げ」は、確認の途中で利用者が申込みを取り下げたものである。"])
    st += paras("協定別では、ＲＣＥＰ協定が最も多く、多国間協定が全体の半数を超えた。", 0)
    st += [caption(agreements.title, "（令和６年度）"), agreements.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他の二国間協定」は、日マレーシアＥＰＡ、日フィリピンＥＰＡ、日インドＥＰＡ等である。"])
    st += [P("（参考２）申込みから結果の通知までの流れ", H1)]
    st += numbered([
        "① 事前相談（任意、無料）",
        "② 申込書と添付書類の提出",
        "③ 書類の確認（不足があれば補正を依頼）",
        "④ 工場等の訪問（訪問確認の場合に限る。）",
        "⑤ 手数料の納付",
        "⑥ 確認結果の通知",
    ], 0)
    st += [P("（参考３）受付の案内", H1)]
    st += lv_lines([
        ("受付窓口", f"機構 原産地証明事前確認デスク（桂市中央町２丁目 県国際ビジネス会館３階）"),
        ("受付時間", "平日の午前９時から午後５時まで"),
        ("申込方法", "電子メール又は窓口への持参"),
        ("事前相談", "無料（電子メールで日時を予約）"),
    ], 0)
    st += [CondPageBreak(30 * mm), P("（参考４）問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DEPT} 貿易振興班　電話：099-607-1120　ファクス：099-607-1129",
        f"{KIKO} 原産地証明事前確認デスク（申込み）　電話：099-607-1200",
        "電子メール：katsura-gensanchi@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return pbl_specs() + zeimu_specs() + kitei_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    pspecs, zspecs, kspecs = pbl_specs(), zeimu_specs(), kitei_specs()
    pdoc = build_pdf(docs_dir / PBL_PDF, pspecs, pbl_story(pspecs),
                     f"令和７年度 {PBL} 参加企業募集要項", "令和７年６月", DEPT)
    zdoc = build_pdf(docs_dir / ZEIMU_PDF, zspecs, zeimu_story(zspecs),
                     f"令和６年度 {DESK} 年次報告書", "令和７年５月", DEPT)
    kdoc = build_pdf(docs_dir / KITEI_PDF, kspecs, kitei_story(kspecs),
                     KITEI, "令和７年３月25日制定", DEPT)
    gold = all_gold({PBL_PDF: pdoc.row_pages, ZEIMU_PDF: zdoc.row_pages, KITEI_PDF: kdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `calc` (computed only, not written out): the arithmetic on the gold cells giving the answer.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


A, B, C, D, E, F, G, H, I = (
    "コース別の参加負担金と募集枠", "参加企業と学生の推移", "業種別の参加企業と提案の実行",
    "相談内容別の相談件数", "主な指標の推移", "相談先の国・地域別、企業規模別の相談件数",
    "事前確認の手数料", "原産地規則の基準別の事前確認の結果", "協定別の事前確認の申込件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _ratio(x, y, unit) -> str:
    return f"{half_up(Decimal(x) / Decimal(y), '0.1')}{unit}"


QUESTIONS = [
    # --- boshu: the global PBL call, tables (a) (b) (c), definitions, sibling sections, steps
    dict(question="社員が８人の雑貨の卸売会社から、来県コースに申し込みたいという相談がありました。参加負担金はいくらになりますか？",
         category="boshu", doc=PBL_PDF, evidence=["商業・サービス業は５人", "来県コース 10 16 ４ ３"], answer=["16"],
         notes="two facts: a wholesaler is 商業, whose limit is 5人 (definition of 小規模企業者 in ２), so 8人 is not a "
               "小規模企業者 and the column その他の企業 applies (note ※１); (a) two-level header, leaf "
               "参加負担金（万円）／その他の企業; 10 (小規模企業者, what the 20人 limit of manufacturing would give) is the trap"),
    dict(question="2026年２月ごろに、学生を県に招くコースで取り組みたい会社があります。この時期の募集枠は何社ありますか？",
         category="boshu", doc=PBL_PDF, evidence=["「後期」とは令和８年１月から３月まで", "来県コース 10 16 ４ ３"],
         answer=["３"],
         notes="two facts: 2026年２月 = 令和８年２月 falls in 後期 (definition in ２, printed only in 令和); (a) the row "
               "来県コース (学生を県に招く), leaf 募集枠（社）／後期; ４ (前期) is the trap"),
    dict(question="2022年度のグローバルPBLには、学生が何人参加していましたか？",
         category="boshu", doc=PBL_PDF, evidence=["令和４年度 18 97 ９ 112"], answer=["97"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2021年度 is printed in Western form); column "
               "参加学生数（人）; 18 (参加企業数) is the trap"),
    dict(question="参加した学生の数は、令和３年度から令和６年度までの間に何倍になりましたか？",
         category="boshu", doc=PBL_PDF, evidence=["令和３年度 12 68 ５ 74", "令和６年度 30 162 17 203"],
         answer=["2.4倍"], computed=True,
         calc=lambda g: _ratio(g(B, "令和６年度", "参加学生数（人）", 2024), g(B, "令和３年度", "参加学生数（人）", 2021), "倍"),
         notes="(b) ratio of two rows in the column 参加学生数（人）: 162 / 68 = 2.4倍 (the firms grew 30 / 12 = 2.5倍, a near miss)"),
    dict(question="令和５年度の参加企業のうち、学生の提案を実際の取組に移した企業は何％でしたか？",
         category="boshu", doc=PBL_PDF, evidence=["令和５年度 24 131 13 158"], answer=["54.2%"], computed=True,
         calc=lambda g: _pct(g(B, "令和５年度", "提案を実行した企業数（社）", 2023), g(B, "令和５年度", "参加企業数（社）", 2023)),
         notes="(b) share within a row: 13 / 24 = 54.2 %; 56.7 (the 令和６年度 実行率 printed in (c)) is the trap"),
    dict(question="令和６年度に参加した旅館やホテルなど観光関係の会社のうち、提案を実行に移した会社の割合はどれくらいでしたか？",
         category="boshu", doc=PBL_PDF, evidence=["観光・サービス ６ 20.0 ３ 50.0"], answer=["50.0"],
         notes="(c) per cents next to counts: row 観光・サービス, column 実行率（％）; 20.0 (構成比, the paired column "
               "of the count) is the trap"),
    dict(question="直近の実績で、参加企業が２番目に多かった業種はどれですか？",
         category="boshu", doc=PBL_PDF, evidence=["金属・機械 ７ 23.3 ４ 57.1"], answer=["金属・機械"],
         notes="(c) second largest in the column 参加企業数（社） (令和６年度, the latest year): 食料品 8, 金属・機械 7, "
               "観光・サービス 6 (the trap, the row printed after 繊維・生活雑貨)"),
    dict(question="温泉旅館の参加事例では、学生チームはどこの国の大学でしたか？",
         category="boshu", doc=PBL_PDF, evidence=["旅館業Ｃ社", "学生チームの大学：台湾の協定大学"], answer=["台湾"],
         notes="sibling sections （１）–（３） of ６ share the labels 参加コース, 学生チームの大学, 提案を受けた取組; "
               "（３）旅館業Ｃ社 (温泉旅館 = 旅館業); タイ and 米国 are the siblings' values"),
    dict(question="申し込んだあと、参加できるかどうかはいつごろ分かりますか？",
         category="boshu", doc=PBL_PDF, evidence=["参加決定の通知（令和７年８月下旬）"], answer=["８月下旬"],
         notes="procedure step ④ (the 選考 of step ③, 令和７年８月上旬, is the near miss)"),
    dict(question="前期に実施するプロジェクトは、全部のコースを合わせて何社まで募集していますか？",
         category="boshu", doc=PBL_PDF,
         evidence=["オンライン・英語圏コース ３ ５ ７ ４", "オンライン・アジアコース ３ ５ ６ ６",
                   "来県コース 10 16 ４ ３", "現地訪問コース 15 24 ２ ２"],
         answer=["19社"], computed=True,
         calc=lambda g: f"{sum(g(A, r, '募集枠（社）／前期', 2025) for r in [c[0] for c in COURSES])}社",
         notes="(a) sum of the leaf 募集枠（社）／前期 over the four courses: 7 + 6 + 4 + 2 = 19社; the 34社程度 of the "
               "label-value line 募集企業数 (both periods) is the near miss"),
    # --- zeimu: the tax desk report, tables (d) (e) (f), a definition, sibling sections
    dict(question="2024年度の海外取引税務相談窓口の事業費はいくらでしたか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["事業費：1,180万円"], answer=["1,180万円"],
         notes="「label：value」 line 事業費 (the report prints no Western year: 2024年度 = 令和６年度)"),
    dict(question="同じ会社から同じ日に、移転価格と源泉徴収の２つの相談を受けた場合、相談件数は何件と数えますか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["同じ日に受けた複数の相談は１件と数える"], answer=["１件"],
         notes="definition 「相談件数」とは…同じ企業から同じ日に受けた複数の相談は１件と数える (asked at its boundary: one, not two)"),
    dict(question="海外出張者や駐在員の課税についての相談のうち、面談で受けたものは何件でしたか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["海外出張・駐在員の課税 63 12 ９"], answer=["12"],
         notes="(d) continuation page (no header there): row 海外出張・駐在員の課税, column うち面談（件）; 63 "
               "(相談件数) and ９ (うち専門家対応) are the traps"),
    dict(question="令和６年度、租税条約や源泉徴収についての相談で、登録専門家が回答したものは何件ですか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["租税条約と源泉徴収 96 28 24"], answer=["24"],
         notes="(d) first page, column うち専門家対応（件） (専門家対応 defined in １); 28 (うち面談) is the trap"),
    dict(question="相談全体のうち、消費税の輸出免税についての相談はどれくらいの割合を占めていますか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["輸出免税（消費税） 88 19 ８", "合計 612 165 151"],
         answer=["14.4%"], computed=True,
         calc=lambda g: _pct(g(D, "輸出免税（消費税）", "相談件数（件）", 2024), g(D, "合計", "相談件数（件）", 2024)),
         notes="(d) continuation page, share of the 合計: 88 / 612 = 14.4 %"),
    dict(question="2023年度に窓口で相談した人の満足度は何％でしたか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["相談者の満足度 ％ 88.6 90.2 91.5"], answer=["90.2"],
         notes="(e) fiscal years as columns with a 単位 column: 2023年度 = 令和５年度; 91.5 (令和６年度) is the trap"),
    dict(question="セミナーの参加者は、令和４年度から令和６年度までに何人増えましたか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["セミナー参加者数 人 184 236 275"], answer=["91人"], computed=True,
         calc=lambda g: f"{g(E, 'セミナー参加者数', '令和６年度', 2024) - g(E, 'セミナー参加者数', '令和４年度', 2022)}人",
         notes="(e) difference across the year columns: 275 − 184 = 91人"),
    dict(question="ベトナムとの取引についての相談は、会社の規模を問わず全部で何件ありましたか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["ベトナム 30 52 12 94"], answer=["94"],
         notes="(f) the total column 計 on the right; 52 (中小企業者) is the trap"),
    dict(question="大企業からの相談は、相談全体の何％でしたか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["合計 178 325 109 612"], answer=["17.8%"], computed=True,
         calc=lambda g: _pct(g(F, "合計", "大企業", 2024), g(F, "合計", "計", 2024)),
         notes="(f) share of the 合計 row: 109 / 612 = 17.8 % (the 合計 row's 計 is the grand total)"),
    dict(question="ネット通販で海外に売るときの消費税を扱ったセミナーには、何人が参加しましたか？",
         category="zeimu", doc=ZEIMU_PDF, evidence=["越境ＥＣと消費税の実務", "参加者数：41人"], answer=["41人"],
         notes="sibling sections （１）–（３） of ３ share the labels 開催日, 会場, 参加者数; （２）越境ＥＣと消費税の実務 "
               "(ネット通販で海外に売る = 越境ＥＣ); 64人 and 88人 are the siblings' values, 275人 the year's total"),
    # --- kitei: the pre-check rules, tables (g) (h) (i), definitions, articles, sibling sections
    dict(question="従業員が50人いる機械メーカーが、工場に来てもらう形の確認を１品目だけ申し込むと、手数料はいくらですか？",
         category="kitei", doc=KITEI_PDF, evidence=["小規模企業者以外のもの", "訪問確認（１品目） 15,000 25,000 40,000"],
         answer=["25,000"],
         notes="two facts: 50人 is above the 20人 of 小規模企業者, so the firm is a 中小企業者 (definition 四 of 第２条); "
               "(g) unruled table, row 訪問確認 (工場に来てもらう), column 中小企業者; 15,000 and 40,000 are the traps"),
    dict(question="初めてこのサービスを使う社員10人の食品メーカーが、書類確認で３品目をまとめて申し込むと、手数料は合計いくらですか？",
         category="kitei", doc=KITEI_PDF,
         evidence=["最初の１品目の書類確認の手数料を免除", "追加品目（１品目ごと） 2,500 4,000 7,500"],
         answer=["5,000円"], computed=True,
         calc=lambda g: f"{2 * g(G, '追加品目（１品目ごと）', '小規模企業者', 2025):,}円",
         notes="three facts: 10人 (manufacturing) makes a 小規模企業者; 第７条 waives the first item's 書類確認 fee for a "
               "first-time 小規模企業者; (g) two more items at 2,500 each (note ※１) = 5,000円; 11,000 (6,000 + 2 × 2,500, "
               "without the waiver) is the trap"),
    dict(question="2024年度に、付加価値の割合で判定する基準で申し込まれた事前確認のうち、不適合になったのは何件ですか？",
         category="kitei", doc=KITEI_PDF, evidence=["（４） 付加価値基準 64 49 11 ４"], answer=["11"],
         notes="(h) a first column of numbers （１）…（５）: row 付加価値基準, column 不適合（件）; 2024年度 = 令和６年度 "
               "(the rules print only 2025年 in Western form); ４ (取下げ) and 49 (適合) are the traps"),
    dict(question="関税分類の変更で判定する基準での申込みは、何％が適合でしたか？",
         category="kitei", doc=KITEI_PDF, evidence=["（３） 関税分類変更基準 96 81 ９ ６"], answer=["84.4%"], computed=True,
         calc=lambda g: _pct(g(H, "関税分類変更基準", "適合（件）", 2024), g(H, "関税分類変更基準", "申込件数（件）", 2024)),
         notes="(h) share within a row: 81 / 96 = 84.4 % (the prose's 「８割を超えた」 is for all criteria)"),
    dict(question="令和６年度の多国間協定についての申込みは、合わせて何件でしたか？",
         category="kitei", doc=KITEI_PDF, evidence=["小計（多国間協定） 119 45"], answer=["119"],
         notes="(i) a subtotal row inside the table: 小計（多国間協定）; 212 (合計) and 76 (ＲＣＥＰ協定) are the traps"),
    dict(question="事前確認の申込み全体のうち、RCEPについての申込みはどれくらいの割合でしたか？",
         category="kitei", doc=KITEI_PDF, evidence=["ＲＣＥＰ協定 76 30", "合計 212 77"], answer=["35.8%"], computed=True,
         calc=lambda g: _pct(g(I, "ＲＣＥＰ協定", "申込件数（件）", 2024), g(I, "合計", "申込件数（件）", 2024)),
         notes="(i) share of the 合計 row: 76 / 212 = 35.8 %; the subtotal 119 is not the denominator; RCEP asked half-width"),
    dict(question="工場まで来て確認してもらう区分の確認結果は、何年間有効ですか？",
         category="kitei", doc=KITEI_PDF, evidence=["（２）訪問確認", "有効期間：確認結果の通知から２年"], answer=["２年"],
         notes="sibling sections （１）–（３） of 第５条 share the labels 内容, 標準処理期間, 有効期間; （２）訪問確認; "
               "１年 (書類確認, 継続確認) is the siblings' value"),
    dict(question="事前確認で適合と判断されれば、商工会議所で原産地証明書が必ず発給されると考えてよいですか？",
         category="kitei", doc=KITEI_PDF, evidence=["保証するものではない"], answer=["保証するものではない"],
         notes="article 第９条（結果の効力） (no)"),
    dict(question="付加価値基準で確認を受けたい場合、申込みのときに追加で出す書類は何ですか？",
         category="kitei", doc=KITEI_PDF, evidence=["付加価値基準による場合は、産品の価格の内訳を示す書類"],
         answer=["価格の内訳"],
         notes="a bulleted item of 第４条 (the other three are needed for every criterion)"),
    # --- followups
    dict(question="では、そのコースの後期の募集枠は何社ですか？",
         category="followup", doc=PBL_PDF, evidence=["オンライン・英語圏コース ３ ５ ７ ４"], answer=["４"],
         history=_turns("オンラインで英語圏の大学と組むコースは、小規模企業者だと参加負担金はいくらですか？",
                        "小規模企業者の場合、オンライン・英語圏コースの参加負担金は３万円です[1]。"),
         notes="(a) the row from the history (オンライン・英語圏コース), leaf 募集枠（社）／後期; ７ (前期) and ５ "
               "(その他の企業's fee) are the traps"),
    dict(question="その年度の専門家対応は何件でしたか？",
         category="followup", doc=ZEIMU_PDF, evidence=["専門家対応 件 96 128 151"], answer=["96"],
         history=_turns("2022年度の税務相談窓口の相談件数は何件でしたか？",
                        "2022年度（令和４年度）の相談件数は418件でした[1]。"),
         notes="(e) the year from the history (2022年度 = 令和４年度), row 専門家対応; 151 (令和６年度, also in the prose) is the trap"),
    dict(question="そのうち面談で受けたのは何件ですか？",
         category="followup", doc=ZEIMU_PDF, evidence=["越境ＥＣの税務 72 16 11"], answer=["16"],
         history=_turns("越境ECの税務についての相談は、令和６年度に何件ありましたか？",
                        "越境ＥＣの税務についての相談は72件でした[1]。"),
         notes="(d) the row from the history (越境ＥＣの税務, on the continuation page), column うち面談（件）; 11 is the trap"),
    dict(question="そのうち、途中で取り下げられたのは何件ですか？",
         category="followup", doc=KITEI_PDF, evidence=["（４） 付加価値基準 64 49 11 ４"], answer=["４"],
         history=_turns("付加価値基準での事前確認の申込みは何件でしたか？",
                        "令和６年度の付加価値基準による申込みは64件でした[1]。"),
         notes="(h) the row from the history (付加価値基準), column 取下げ（件） (note ※３); 11 (不適合) is the trap"),
    dict(question="その班に書類をファクスで送りたいのですが、番号を教えてください。",
         category="followup", doc=KITEI_PDF, evidence=["ファクス：099-607-1129"], answer=["099-607-1129"],
         history=_turns("原産地の事前確認のサービスについて、県の担当はどこですか？",
                        "桂県 商工労働部 国際経済課 貿易振興班が担当しています[1]。"),
         notes="contact box of the rules: the 班's fax (first line, after its phone); the 班's phone 099-607-1120 and the "
               "機構's phone 099-607-1200 (second line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="グローバルPBLに参加した学生を国籍別に見ると、ベトナムの学生は何人いましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the students by year only, and the partner universities' countries (ベトナム among them), "
               "not the students by nationality",
         absent=["国籍", "出身国"]),
    dict(question="提案を実行した企業は、海外での売上がどのくらい伸びたのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call counts the firms that put a proposal into practice (and names three cases' actions), not their sales",
         absent=["売上", "売り上げ", "販売額"]),
    dict(question="税務相談窓口が令和６年度に受けた相談のうち、電話で受けたものは何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(d) gives うち面談 and うち専門家対応 only; booking by phone (step ①) is the near miss",
         absent=["電話相談", "電話による相談", "電話での相談"]),
    dict(question="専門家対応の場合、窓口は登録専門家に１件当たりいくら支払っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the 事業費 (1,180万円) and the count of 専門家対応, not what the experts are paid",
         absent=["報酬", "謝金", "委託料"]),
    dict(question="令和６年度の事前確認の申込みを輸出先の国別に見ると、中国向けは何件でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the rules give the applications by origin criterion and by agreement (ＲＣＥＰ協定 covers China among others), "
               "not by destination country",
         absent=["輸出先国別", "仕向国", "仕向地", "中国向け"]),
    dict(question="事前確認の結果が不適合だったとき、納得できなければ異議を申し立てることはできますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="第８条 gives the notice with reasons and advice for 不適合; the rules say nothing on appeals",
         absent=["異議", "不服", "再審査"]),
]
CATEGORY_COUNTS = {"boshu": 10, "zeimu": 10, "kitei": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h56q", "h56t"
PRIVATE_KEYS = ("absent", "calc")


def expected_questions() -> list[dict]:
    """The questions as written out: ids h56q01, …; `absent` and `calc` dropped."""
    return [{"id": f"{PREFIX_Q}{i:02d}", **{k: v for k, v in q.items() if k not in PRIVATE_KEYS}}
            for i, q in enumerate(QUESTIONS, 1)]


COMPUTED = {f"{PREFIX_Q}{i:02d}": q["calc"] for i, q in enumerate(QUESTIONS, 1) if "calc" in q}


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {PBL_PDF: (3, 3), ZEIMU_PDF: (3, 3), KITEI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (180, 220)
TABLE_QUESTIONS = 20  # at least, outside the followups
COMPUTED_RANGE = (8, 12)
BEFORE_BREAK_ROWS = ("移転価格", "租税条約と源泉徴収")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("海外出張・駐在員の課税", "越境ＥＣの税務", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout56.py")
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
        if q.get("computed") and q["id"] not in COMPUTED:
            errors.append(f"{qid}: computed without an arithmetic check")
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
    if not COMPUTED_RANGE[0] <= n <= COMPUTED_RANGE[1]:
        errors.append(f"{n} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout56.py")
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
            # each printed row, cell after cell (the number of (h) and the unit of (e) included), on its page
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

    # (a): small firms pay less; the places add up to the 募集企業数 of the label-value line
    for row, r in t[A].items():
        if r["参加負担金（万円）／小規模企業者"] >= r["参加負担金（万円）／その他の企業"]:
            errors.append(f"{A} / {row}: 小規模企業者 should pay less")
    if sum(r["募集枠（社）／前期"] + r["募集枠（社）／後期"] for r in t[A].values()) != 34:
        errors.append(f"{A}: the places do not add up to 34社")
    # (b): firms and students grow every year; 実行 within 参加; the prose totals
    b = t[B]
    for col in ("参加企業数（社）", "参加学生数（人）"):
        ns = [r[col] for r in b.values()]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    if any(r["提案を実行した企業数（社）"] > r["参加企業数（社）"] for r in b.values()):
        errors.append(f"{B}: 実行 above 参加")
    # (c): 合計 adds up, equals (b)'s 令和６年度; the per cents come from the counts
    c = t[C]
    adds_up(C, ("参加企業数（社）", "うち提案を実行（社）"))
    if c["合計"]["参加企業数（社）"] != b["令和６年度"]["参加企業数（社）"] \
            or c["合計"]["うち提案を実行（社）"] != b["令和６年度"]["提案を実行した企業数（社）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    for row, r in c.items():
        if Decimal(str(r["実行率（％）"])) != pct1(r["うち提案を実行（社）"], r["参加企業数（社）"]):
            errors.append(f"{C} / {row}: 実行率 differs from the counts")
        if row != "合計" and Decimal(str(r["構成比（％）"])) != pct1(r["参加企業数（社）"], c["合計"]["参加企業数（社）"]):
            errors.append(f"{C} / {row}: 構成比 differs from the counts")
    if sum(Decimal(str(r["構成比（％）"])) for row, r in c.items() if row != "合計") != Decimal("100.0"):
        errors.append(f"{C}: 構成比 does not add up to 100.0")
    for head, course, _u, _a, ind in PBL_CASES:
        if course not in t[A] or ind not in c:
            errors.append(f"case {head}: course or industry not in the tables")
    # (d): 合計 adds up; うち within 相談件数; equals (e)'s 令和６年度 and (f)'s total
    d = t[D]
    adds_up(D, ("相談件数（件）", "うち面談（件）", "うち専門家対応（件）"))
    if any(r["うち面談（件）"] > r["相談件数（件）"] or r["うち専門家対応（件）"] > r["相談件数（件）"] for r in d.values()):
        errors.append(f"{D}: うち above 相談件数")
    e = t[E]
    if d["合計"]["相談件数（件）"] != e["相談件数"]["令和６年度"] \
            or d["合計"]["うち専門家対応（件）"] != e["専門家対応"]["令和６年度"]:
        errors.append(f"{D}: 合計 differs from 令和６年度 of {E}")
    # (e): the counts grow every year; セミナー参加者数 at least the three seminars
    for row in ("相談件数", "相談企業数", "専門家対応", "セミナー参加者数"):
        ys = [e[row][reiwa(y)] for y in IND_YEARS]
        if ys != sorted(set(ys)):
            errors.append(f"{E} / {row}: should grow every year")
    if e["セミナー参加者数"]["令和６年度"] < sum(int(s[3].rstrip("人")) for s in SEMINARS):
        errors.append(f"{E}: セミナー参加者数 below the three seminars")
    # (f): the total column and the 合計 row add up; the grand total equals (d)
    f = t[F]
    for row, r in f.items():
        if r["計"] != r["小規模企業者"] + r["中小企業者"] + r["大企業"]:
            errors.append(f"{F} / {row}: 計 does not add up")
    adds_up(F, ("小規模企業者", "中小企業者", "大企業", "計"))
    if f["合計"]["計"] != d["合計"]["相談件数（件）"]:
        errors.append(f"{F}: the grand total differs from {D}")
    # (g): small firms pay least, the others most
    for row, r in t[G].items():
        if not r["小規模企業者"] < r["中小企業者"] < r["その他の事業者"]:
            errors.append(f"{G} / {row}: fees should rise with the firm size")
    # (h): 合計 adds up; each row's results add up to its applications
    h = t[H]
    adds_up(H, ("申込件数（件）", "適合（件）", "不適合（件）", "取下げ（件）"))
    for row, r in h.items():
        if r["申込件数（件）"] != r["適合（件）"] + r["不適合（件）"] + r["取下げ（件）"]:
            errors.append(f"{H} / {row}: results do not add up to the applications")
    # (i): subtotals over their groups, 合計 over the subtotals, equal to (h)
    i_ = t[I]
    subs = [s for s, _m in AGREEMENTS]
    for sub, members in AGREEMENTS:
        adds_up(I, ("申込件数（件）", "うち初回利用（件）"), rows=[m[0] for m in members], total=sub)
    adds_up(I, ("申込件数（件）", "うち初回利用（件）"), rows=subs)
    if i_["合計"]["申込件数（件）"] != h["合計"]["申込件数（件）"]:
        errors.append(f"{I}: 合計 differs from {H}")
    if any(r["うち初回利用（件）"] > r["申込件数（件）"] for r in i_.values()):
        errors.append(f"{I}: うち初回利用 above 申込件数")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    topics = specs["topics"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(topics.header[0]))
        on = [i + 1 for i, p in enumerate(pages[ZEIMU_PDF]) if header in norm(p)]
        if topics.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("関税と消費税の関係") not in norm(pages[ZEIMU_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key in ("courses", "pbl_record", "pbl_industries", "indicators", "countries", "fees", "criteria", "agreements"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["fees"].ruled or not all(s.ruled for k, s in specs.items() if k != "fees"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns, units only in the group cells
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["参加負担金（万円）／小規模企業者", "参加負担金（万円）／その他の企業", "募集枠（社）／前期", "募集枠（社）／後期"]
    if len(specs["courses"].header) != 2 or len(specs["courses"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if any("（" in x for x in specs["courses"].header[1]) or {g["unit"] for g in gold if g["table"] == A} != {"万円", "社"}:
        errors.append(f"{A}: the units should be in the group cells only")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in PBL_RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): per cents paired with counts
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if [bracket_unit(x) for x in ccols] != ["社", "%", "社", "%"]:
        errors.append(f"{C}: expected counts and per cents in paired columns, got {ccols}")
    # (e): fiscal years as columns, a 単位 column giving each row's unit
    ind = specs["indicators"]
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    if ind.header[0][1] != "単位" or ecols != [reiwa(y) for y in IND_YEARS] or ind.table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == E):
        errors.append(f"{E}: expected the fiscal years as columns, got {ecols}")
    units = {g["row"]: g["unit"] for g in gold if g["table"] == E}
    if units != {n: nfkc(u) for n, u, *_v in INDICATORS} or len(set(units.values())) < 4:
        errors.append(f"{E}: the units should come from the 単位 column ({units})")
    # (f): a total column on the right
    if specs["countries"].header[0][-1] != "計":
        errors.append(f"{F}: expected a total column 計 on the right")
    # (h): a first column of numbers （１）…, not recorded as cells or rows
    crit = specs["criteria"]
    if [r[0] for r in crit.rows[:-1]] != [f"（{fw(i)}）" for i in range(1, len(CRITERIA) + 1)] or crit.label_col != 1 \
            or any(g["row"].startswith("（") or g["value"].startswith("（") for g in gold if g["table"] == H):
        errors.append(f"{H}: expected a first column （１）… outside the gold cells")
    # (i): subtotal rows inside the table, each after its group
    arows = [r[0] for r in specs["agreements"].rows]
    pos = [arows.index(s) for s, _m in AGREEMENTS]
    if pos[0] != len(AGREEMENTS[0][1]) or pos[-1] != len(arows) - 2 or arows[-1] != "合計":
        errors.append(f"{I}: expected subtotal rows inside the table ({arows})")
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
                errors.append(f"{doc}: heading of sibling section {i} found on {len(on)} pages")
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
        got = re.findall(r"099-60\d-\d{4}", text)
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

    def has(text, s, what):
        if norm(s) not in text:
            errors.append(f"{what}: {s!r} is not printed")

    # ---- the call for participating firms
    pb = norm("\n".join(pages[PBL_PDF]))
    siblings(pb, PBL_PDF, ("参加コース：", "学生チームの大学：", "提案を受けた取組："), [c[0] for c in PBL_CASES])
    has(pb, f"延べ{sum(r[1] for r in PBL_RECORD)}社の企業と延べ{sum(r[2] for r in PBL_RECORD)}人の学生", "call")
    last = PBL_RECORD[-1]
    has(pb, f"令和６年度は{last[1]}社に{last[2]}人の学生が参加", "call")
    has(pb, f"取組に移した企業は{last[3]}社で、参加企業の過半数", "call")
    if not last[3] * 2 > last[1]:
        errors.append("call: 「過半数」 does not hold")
    if max(PBL_INDUSTRIES, key=lambda r: r[1])[0] != "食料品" or sorted(r[1] for r in PBL_INDUSTRIES)[-2:] == [8, 8]:
        errors.append("call: 「食料品の企業が最も多く」 does not hold")
    has(pb, f"募集企業数：{sum(r[3] + r[4] for r in COURSES)}社程度", "call")
    if re.findall(r"20\d\d年", pb) != ["2021年"]:
        errors.append("call: only 2021年度 should be printed in Western form")
    defs(pb, ("ＰＢＬ", "協定大学", "小規模企業者", "前期", "後期", "提案を実行"), "call")
    for x in NOT_INCLUDED:
        has(pb, x, "call (costs not included)")
    raw = "\n".join(pages[PBL_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 2 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 2:
        errors.append("call: expected two Ｑ lines and two Ａ lines")
    steps_of(PBL_PDF, "①②③④⑤⑥⑦", "call")
    contacts(PBL_PDF, ["099-601-3340", "099-601-3349", "099-601-3500"], ["katsura-pbl@example.jp"], "call")

    # ---- the tax desk report
    ze = norm("\n".join(pages[ZEIMU_PDF]))
    siblings(ze, ZEIMU_PDF, ("開催日：", "会場：", "参加者数："), [s[0] for s in SEMINARS])
    ind = {n: vals for n, _u, *vals in INDICATORS}
    has(ze, f"相談件数は{ind['相談件数'][2]}件で、前年度から{ind['相談件数'][2] - ind['相談件数'][1]}件増え、３年続けて増加", "tax report")
    has(ze, f"相談企業数は{ind['相談企業数'][2]}社、専門家対応は{ind['専門家対応'][2]}件", "tax report")
    has(ze, f"平均{EXPERT_DAYS[0]}日で、前年度の{EXPERT_DAYS[1]}日から短くなった", "tax report")
    has(ze, f"セミナーを{fw(SEMINAR_COUNT)}回開き、延べ{ind['セミナー参加者数'][2]}人が参加", "tax report")
    ranked = [r[0] for r in sorted(TOPICS, key=lambda r: -r[1])]
    if ranked[:3] != ["租税条約と源泉徴収", "輸出免税（消費税）", "越境ＥＣの税務"]:
        errors.append("tax report: the topic ranking in the prose does not hold")
    cranked = [r[0] for r in sorted(COUNTRIES, key=lambda r: -(r[1] + r[2] + r[3])) if not r[0].startswith("その他")]
    if cranked[:3] != ["中国", "ベトナム", "タイ"]:
        errors.append("tax report: the country ranking in the prose does not hold")
    mid = sum(r[2] for r in COUNTRIES)
    if not mid * 2 > ind["相談件数"][2]:
        errors.append("tax report: 「中小企業者が…全体の半数を超えた」 does not hold")
    has(ze, f"中小企業者が{mid}件で全体の半数を超えた", "tax report")
    if re.findall(r"20\d\d年", ze):
        errors.append("tax report: no Western year should be printed")
    defs(ze, ("相談件数", "専門家対応", "小規模企業者"), "tax report")
    for x in NOT_HANDLED:
        has(ze, x, "tax report (not handled)")
    steps_of(ZEIMU_PDF, "①②③④⑤", "tax report")
    contacts(ZEIMU_PDF, ["099-604-2210", "099-604-2219", "099-604-2300"], ["katsura-zeimu@example.jp"], "tax report")

    # ---- the pre-check rules
    ki = norm("\n".join(pages[KITEI_PDF]))
    siblings(ki, KITEI_PDF, ("内容：", "標準処理期間：", "有効期間："), [c[0] for c in CHECKS])
    total, ok = sum(r[1] for r in CRITERIA), sum(r[2] for r in CRITERIA)
    has(ki, f"令和６年度は{USERS_2024}事業者から{total}件の申込みがあった。このうち適合は{ok}件で、申込件数の８割を超えた", "rules")
    if not 0.8 < ok / total < 0.9:
        errors.append("rules: 「８割を超えた」 does not hold")
    if max(CRITERIA, key=lambda r: r[1])[0] != "関税分類変更基準":
        errors.append("rules: 「関税分類変更基準による申込みが最も多い」 does not hold")
    members = [m for _s, ms in AGREEMENTS for m in ms]
    multi = sum(m[1] for m in AGREEMENTS[0][1])
    if max(members, key=lambda m: m[1])[0] != "ＲＣＥＰ協定" or not multi * 2 > total:
        errors.append("rules: 「ＲＣＥＰ協定が最も多く、多国間協定が全体の半数を超えた」 does not hold")
    for n in range(1, 11):
        has(ki, f"第{fw(n) if n < 10 else n}条（", "rules")
    if re.findall(r"20\d\d年", ki) != ["2025年"]:
        errors.append("rules: only 2025年 (the date in force) should be printed in Western form")
    defs(ki, ("事前確認", "品目", "小規模企業者", "中小企業者"), "rules")
    for x in DOCS_REQUIRED:
        has(ki, x, "rules (documents)")
    steps_of(KITEI_PDF, "①②③④⑤⑥", "rules")
    contacts(KITEI_PDF, ["099-607-1120", "099-607-1129", "099-607-1200"], ["katsura-gensanchi@example.jp"], "rules")
    # every phone number of the set is fictional (099-60x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
        if "楡" in text:
            errors.append(f"{n}: the other helper's prefecture is named")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
