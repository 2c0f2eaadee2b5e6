"""Build the 東雲県 held-out set 19: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (東雲県 and every town, scheme, organisation, foreign province,
survey, phone number, address, URL and figure). The documents are in three genres the earlier
sets do not use: a call for applications (募集要領) for a subsidy helping inns, shops and
restaurants receive foreign visitors (インバウンド受入環境整備支援補助金) with rates by applicant
type under a two-level header and a yearly record (years as rows); the implementation report
(実施報告書) of a mutual staff-exchange training with a friendship province in Viet Nam
(行政職員相互派遣研修事業) with participants by year and an unruled satisfaction table; and the
summary (結果概要) of a survey of the workplaces employing foreign workers
(外国人材雇用事業所実態調査) with a table by industry continued over a page break without its
header, a table by nationality with a 合計 row and a 構成比（％） column, and a table by status of
residence whose cells hold 「－」 (none) and 「…」 (not counted); see README.md beside this file.

    python make_heldout19.py [OUTPUT_DIR]          # default: this file's directory

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

HOJO_PDF = "shinonome_inbound_ukeire_kankyo_hojokin_boshu_r7.pdf"
KORYU_PDF = "shinonome_hairan_shokuin_haken_kenshu_hokoku_r6.pdf"
CHOSA_PDF = "shinonome_gaikokujin_koyo_jigyosho_chosa_gaiyo_r6.pdf"
ALL_PDFS = (HOJO_PDF, KORYU_PDF, CHOSA_PDF)

UNITS = ("万円", "件", "人", "所", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # none (the table's note says so)
NOT_COUNTED = "…"  # not counted (the table's note says so)
MARKS = (DASH, NOT_COUNTED)
INDENT = "　"
FRAME_W = 166 * mm  # A4 minus docgen's 22 mm margins


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western year of a label naming one fiscal year (令和５年度, 平成30年度調査); None otherwise."""
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
    """The unit in brackets at the end of a label (交付件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def share(part: int, whole: int) -> str:
    """A percentage with one decimal, rounded half up (35.9)."""
    return str(half_up(Decimal(part * 100) / Decimal(whole), "0.1"))


def cell(x) -> str:
    """A count cell: a number, or the mark printed in its place (－ or …)."""
    return x if x in MARKS else fw(x)


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


def siblings(heads_and_pairs, level: int = 0):
    """Sibling sections （１）… with the same 「label：value」 lines."""
    st = []
    for i, (head, pairs) in enumerate(heads_and_pairs, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines(pairs, level + 1)
    return st


PREF = "東雲県"
CITY = "東雲市"

# ================================================================ document 1: inbound reception subsidy, call for applications
HOJO = f"{PREF}インバウンド受入環境整備支援補助金"
HOJO_DEPT = f"{PREF} 観光国際部 観光振興課"
RENMEI = "公益社団法人東雲県観光連盟"
COSTS = [  # 経費区分, 補助率（％）: 中小企業者, 小規模事業者, 商店街組織等; 上限額（万円）
    ("多言語表示（看板・メニュー等）", 50, 60, 75, 50),
    ("多言語ウェブサイト", 50, 60, 75, 80),
    ("キャッシュレス決済端末", 50, 60, 50, 20),
    ("公衆無線ＬＡＮ", 50, 60, 75, 40),
    ("トイレの洋式化", 40, 50, 50, 100),
    ("礼拝スペースの設置", 50, 60, 75, 30),
]
GRANT_YEARS = [  # 年度, 申請件数, 交付件数, 交付額（万円）
    (2020, 18, 15, 1120), (2021, 22, 19, 1460), (2022, 41, 33, 2870), (2023, 63, 48, 4310), (2024, 77, 56, 5180),
]
ROUNDS = [  # 見出し, 受付期間, 予算額, 交付決定（予定） (same labels in every sibling section)
    ("第１次募集", "令和７年５月７日から６月13日まで", "3,000万円", "令和７年７月下旬"),
    ("第２次募集", "令和７年８月１日から９月12日まで", "2,000万円", "令和７年10月中旬"),
    ("第３次募集", "令和７年11月４日から12月12日まで", "1,000万円", "令和８年１月中旬"),
]
BUDGET = 6000  # 予算総額（万円）
CAP_FIRM, CAP_GROUP = 150, 300  # 補助金の総額の上限（万円）


def oku(man: int) -> str:
    """An amount in 万円 written with 億 (14,940 -> １億4,940万円)."""
    return f"{fw(man // 10000)}億{man % 10000:,}万円" if man >= 10000 else f"{man:,}万円"


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="補助対象経費ごとの補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "", "上限額（万円）"],
                ["", "中小企業者", "小規模事業者", "商店街組織等", ""]],
        rows=[[n, fw(a), fw(b), fw(c), fw(m)] for n, a, b, c, m in COSTS],
        col_widths=[58 * mm, 26 * mm, 28 * mm, 28 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (4, 1))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    years = TableSpec(
        key="grants", doc=HOJO_PDF, title="交付実績の推移",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(n), fw(m)] for y, a, n, m in GRANT_YEARS],
        col_widths=[34 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    return rates, years


def hojo_story(specs):
    rates, years = specs
    n_total = sum(r[2] for r in GRANT_YEARS)
    m_total = sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO} 募集要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
外国人旅行者が安心して快適に滞在できる環境を整えるため、県内の宿泊施設、飲食店、小売店、観光施設等が行う多言語化、キャッシュレス化等の取組に要する経費の一部を補助する。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_total}件、総額{oku(m_total)}を交付した。
""", 0)
    st += [P("２　補助の概要", H1)]
    st += lv_lines([
        ("事業名", HOJO),
        ("補助対象者", "県内で宿泊施設、飲食店、小売店又は観光施設を営む中小企業者及び小規模事業者並びに商店街組織等"),
        ("補助対象期間", "交付決定の日から令和８年２月27日まで"),
        ("予算総額", f"{BUDGET:,}万円（３回の募集の合計）"),
        ("申請の回数", "１申請者につき年度内１回まで"),
    ], 0)
    st += paras("""
この要領において「小規模事業者」とは、常時使用する従業員の数が20人（商業又はサービス業（宿泊業を除く。）を主たる事業とする者については５人）以下の事業者をいう。また、「商店街組織等」とは、商店街振興組合、事業協同組合、観光協会その他これらに類する団体で、知事が認めるものをいう。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助の対象となる経費の区分ごとの補助率と上限額は、申請者の区分に応じて次のとおりとする。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 上限額は、１申請者当たり、経費区分ごとの補助金の額である。",
        f"※２ 補助金の総額は、１申請者当たり{CAP_FIRM}万円（商店街組織等は{CAP_GROUP}万円）を上限とする。千円未満の端数は切り捨てる。",
        "※３ 多言語表示及び多言語ウェブサイトは、英語のほか２以上の外国語で表記するものに限る。",
    ])
    st += paras("次の経費は、補助の対象とならない。", 0)
    st += docgen.bullets([
        "消費税及び地方消費税",
        "パソコン、タブレット端末等の汎用性の高い機器の購入費",
        "キャッシュレス決済の手数料及び月額の利用料",
        "既存設備の維持管理に要する経費",
    ], 0)
    st += [P("４　募集の期間", H1)]
    st += paras("募集は３回に分けて行う。各回の予算額に達した場合は、受付期間の途中でも受付を締め切る。", 0)
    st += siblings([(head, [("受付期間", when), ("予算額", budget), ("交付決定（予定）", decide)])
                    for head, when, budget, decide in ROUNDS])
    st += [P("５　申請の手続", H1)]
    st += numbered([
        f"① 事前相談（{RENMEI}の相談窓口で、計画と見積りの内容を確認する。）",
        "② 交付申請（申請書、２者以上の見積書及び施工前の写真を提出する。）",
        "③ 審査と交付決定の通知",
        "④ 事業の実施（交付決定の日以降に発注し、契約する。）",
        "⑤ 実績報告（事業完了の日から30日以内又は令和８年３月６日のいずれか早い日までに提出する。）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("６　これまでの交付実績", H1)]
    st += paras(f"""
申請件数と交付件数はいずれも毎年増えており、令和６年度は申請{last[1]}件に対し{last[2]}件に交付した。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes(["※４ 令和２年度及び令和３年度は、新型コロナウイルス感染症の影響で外国人旅行者が減ったため、予算を縮小して募集した。"])
    st += [P("７　よくある質問", H1)]
    qa = [
        ("フランチャイズに加盟している店舗も対象になりますか。",
         "対象になります。ただし、本部が費用を負担する部分は補助の対象外です。"),
        ("中古のキャッシュレス決済端末を購入する場合も対象になりますか。",
         "中古品は対象外です。新品の購入に限ります。"),
        ("交付決定の前に業者と契約した改修工事は対象になりますか。",
         "交付決定の日より前に発注又は契約したものは、補助の対象になりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(32 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 受入環境整備班（制度の内容）　電話：099-191-3320　ファクス：099-191-3329",
        f"{RENMEI} 相談窓口（事前相談・申請書の受付）　電話：099-191-5100",
        "電子メール：ukeire@pref.shinonome.example.jp",
    ]))
    return st


# ================================================================ document 2: staff-exchange training report
PROVINCE = "ハイラン省"
KORYU = f"{PREF}・{PROVINCE} 行政職員相互派遣研修事業"
KORYU_DEPT = f"{PREF} 総務部 国際交流課"
KYOKAI = "公益財団法人東雲県国際交流協会"
PARTICIPANTS = [  # 年度, 派遣研修, 受入研修, 成果報告会 (人)
    (2020, 8, 10, 35), (2021, 9, 12, 41), (2022, 4, 4, 44), (2023, 5, 5, 52), (2024, 6, 6, 58),
]
SURVEY_ITEMS = [  # 項目, 満足, やや満足, やや不満, 不満 (人, 令和６年度)
    ("研修内容", 9, 3, 0, 0), ("研修日程", 5, 5, 2, 0), ("通訳・翻訳", 4, 5, 2, 1),
    ("宿泊・生活面", 6, 4, 2, 0), ("受入部局の対応", 10, 2, 0, 0),
]
RESPONDENTS = 12
EXCHANGES = [  # 見出し, 期間, 参加者, 主な内容 (same labels in every sibling section)
    (f"派遣研修（{PREF}から{PROVINCE}へ）", "令和６年８月19日（月）から８月30日（金）まで",
     "県職員４人、市町村職員２人（計６人）",
     "省計画投資局での外国投資の誘致制度の研修、農産物の流通制度の調査、県内企業の現地工場の視察"),
    (f"受入研修（{PROVINCE}から{PREF}へ）", "令和６年10月７日（月）から10月25日（金）まで",
     "ハイラン省職員６人（計画投資局２人、農業農村開発局２人、外務局２人）",
     "県の防災体制と農業技術の研修、東雲市役所の窓口業務の視察"),
    ("成果報告会", "令和７年２月14日（金）（１日）",
     "県職員、市町村職員、県内企業の社員等58人（オンラインによる参加を含む。）",
     "派遣研修員と受入研修員による報告、ハイラン省計画投資局長の講演（オンライン）"),
]


def koryu_specs():
    years = TableSpec(
        key="participants", doc=KORYU_PDF, title="参加者数の推移",
        header=[["年度", "派遣研修（人）", "受入研修（人）", "成果報告会（人）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c)] for y, a, b, c in PARTICIPANTS],
        col_widths=[34 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    survey = TableSpec(
        key="survey", doc=KORYU_PDF, title="研修員アンケートの結果",
        header=[["項目", "満足", "やや満足", "やや不満", "不満"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in SURVEY_ITEMS],
        col_widths=[44 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="人", table_fy=2024,
    )
    return years, survey


def koryu_story(specs):
    years, survey = specs
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KORYU} 実施報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(KORYU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KORYU),
        ("相手方", f"ベトナム社会主義共和国 {PROVINCE}人民委員会"),
        ("根拠", "平成28年（2016年）11月に締結した友好交流協定"),
        ("開始年度", "平成29年度（2017年度）"),
        ("実施体制", f"{PREF}（国際交流課）、{PROVINCE}人民委員会外務局、{KYOKAI}（通訳・生活支援）"),
    ], 0)
    st += paras(f"""
この報告書において「派遣研修」とは、県又は県内市町村の職員が{PROVINCE}の行政機関等で行う研修をいい、「受入研修」とは、{PROVINCE}の職員を県の機関等に受け入れて行う研修をいう。また、「研修日数」とは、研修の期間のうち、移動日及び休日を除いた日数をいう。
""", 0)
    st += [P("２　令和６年度の実施状況", H1)]
    st += paras("令和６年度は、派遣研修と受入研修をいずれも対面で行い、年度末に成果報告会を開いた。", 0)
    st += siblings([(head, [("期間", when), ("参加者", who), ("主な内容", what)])
                    for head, when, who, what in EXCHANGES])
    st += paras("研修日数は、派遣研修が８日、受入研修が12日であった。", 0)
    st += [P("３　受入研修の日程", H1)]
    st += numbered([
        "① 第１週（10月７日から11日まで）　開講式、県の行政制度と予算の仕組みの講義（県庁）",
        "② 第２週（10月15日から18日まで）　農業技術の実習（東雲県農業総合センター）",
        "③ 第３週（10月21日から25日まで）　防災訓練への参加（県防災センター）、窓口業務の視察（東雲市役所）、修了式",
    ], 0)
    st += [P("４　参加者数の推移", H1)]
    last = PARTICIPANTS[-1]
    st += paras(f"""
対面での研修を再開した令和４年度以降、派遣研修、受入研修ともに参加者は毎年増えている。令和６年度の成果報告会には{last[3]}人が参加し、過去最多となった。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes(["※１ 令和２年度及び令和３年度は、新型コロナウイルス感染症の影響により、派遣研修及び受入研修をオンラインで実施した。"])
    st += [P("５　研修員アンケートの結果", H1)]
    st += paras("""
研修内容と受入部局の対応については、回答者全員が「満足」又は「やや満足」と答えた。一方、通訳・翻訳については「やや不満」と「不満」が合わせて３人あり、専門用語の通訳に課題が残った。
""", 0)
    st += [caption(survey.title, f"（令和６年度、回答者{RESPONDENTS}人、単位：人）"), survey.flowable(), Spacer(1, 2)]
    st += notes(["※２ 派遣研修員（６人）と受入研修員（６人）の回答を合わせて集計した。"])
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、派遣研修の期間を３週間に延ばし、省内の工業団地での研修を加える。",
        "② 専門用語に対応できるベトナム語通訳者を確保するため、協会の通訳ボランティアの研修を行う。",
        "③ 研修の成果を生かし、県内企業の現地進出に関する相談に省と共同で対応する。",
    ], 0)
    st += [CondPageBreak(32 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KORYU_DEPT} 交流企画班　電話：099-192-4410　ファクス：099-192-4419",
        f"{KYOKAI}（通訳・生活支援）　電話：099-192-6200",
        "電子メール：kokusai-koryu@pref.shinonome.example.jp",
    ]))
    return st


# ================================================================ document 3: survey of workplaces employing foreign workers
CHOSA = f"{PREF}外国人材雇用事業所実態調査"
CHOSA_DEPT = f"{PREF} 商工労働部 労働政策課"
SAMPLE, ANSWERED = 2400, 1032
INDUSTRIES = [  # 業種, 回答事業所数, うち雇用事業所数, 外国人労働者数
    ("農業", 86, 41, 402), ("漁業", 24, 13, 118), ("建設業", 118, 52, 496),
    ("食料品製造業", 97, 68, 1684), ("輸送用機械器具製造業", 72, 49, 1352), ("その他の製造業", 161, 88, 1437),
    ("卸売業・小売業", 139, 37, 314), ("宿泊業・飲食サービス業", 104, 46, 538), ("医療・福祉", 92, 31, 246),
    ("運輸業", 45, 14, 203), ("情報通信業", 31, 9, 87), ("サービス業（他に分類されないもの）", 63, 24, 1063),
]
NATIONALITIES = [  # 国籍, 令和３年度調査, 令和６年度調査 (人)
    ("ベトナム", 2215, 2850), ("フィリピン", 1020, 1192), ("インドネシア", 486, 1058), ("中国", 1105, 870),
    ("ミャンマー", 198, 612), ("ネパール", 301, 438), ("ブラジル", 410, 391), ("その他", 455, 529),
]
STATUSES = [  # 在留資格, 平成30年度調査, 令和３年度調査, 令和６年度調査 (人; － none, … not counted)
    ("技能実習", 2716, 3284, 3120), ("特定技能", DASH, 512, 1846), ("技術・人文知識・国際業務", 503, 768, 1082),
    ("身分に基づく在留資格", 1088, 1146, 1205), ("資格外活動（留学生のアルバイト等）", 377, 341, 486),
    ("特定活動", NOT_COUNTED, 139, 173), ("高度専門職", NOT_COUNTED, DASH, 28),
]
INTENT = [("増やす", 196), ("現状維持", 218), ("減らす", 16), ("未定", 42)]  # 雇用事業所の回答 (所)
FOCUS = [  # 見出し, 業種, 最も多い在留資格, 「増やす」と答えた雇用事業所 (所)
    ("食料品製造業", "技能実習", 36), ("農業", "技能実習", 20), ("宿泊業・飲食サービス業", "特定技能", 26),
]
ISSUES = [  # 課題, 割合（％, 複数回答）
    ("日本語による意思疎通", "68.4"), ("住居の確保", "41.7"), ("在留資格の手続の負担", "35.2"),
    ("生活面の相談への対応", "29.9"), ("職場への定着", "24.6"),
]


def chosa_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[k] for r in INDUSTRIES)) for k in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=CHOSA_PDF, title="業種別の回答事業所数と外国人労働者数",
        header=[["業種", "回答事業所数\n（所）", "うち雇用事業所数\n（所）", "外国人労働者数\n（人）"]],
        rows=rows, col_widths=[64 * mm, 32 * mm, 34 * mm, 32 * mm], table_fy=2024,
        repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    total6 = sum(r[2] for r in NATIONALITIES)
    rows = [[n, fw(a), fw(b), share(b, total6)] for n, a, b in NATIONALITIES]
    rows.append(["合計", fw(sum(r[1] for r in NATIONALITIES)), fw(total6), share(total6, total6)])
    nations = TableSpec(
        key="nations", doc=CHOSA_PDF, title="国籍別の外国人労働者数",
        header=[["国籍", "令和３年度調査（人）", "令和６年度調査（人）", "構成比（％）"]],
        rows=rows, col_widths=[36 * mm, 40 * mm, 40 * mm, 30 * mm],
    )
    nations.unit = lambda row, c, s=nations: bracket_unit(s.column_label(c))
    nations.col_years = {3: 2024}
    statuses = TableSpec(
        key="statuses", doc=CHOSA_PDF, title="在留資格別の外国人労働者数の推移",
        header=[["在留資格", "平成30年度調査", "令和３年度調査", "令和６年度調査"]],
        rows=[[n, cell(a), cell(b), cell(c)] for n, a, b, c in STATUSES],
        col_widths=[62 * mm, 32 * mm, 32 * mm, 32 * mm], unit="人",
    )
    return industries, nations, statuses


def chosa_story(specs):
    industries, nations, statuses = specs
    emp = sum(r[2] for r in INDUSTRIES)
    n3 = sum(r[1] for r in NATIONALITIES)
    n6 = sum(r[2] for r in NATIONALITIES)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 結果概要", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の目的", H1)]
    st += paras("""
県内で働く外国人労働者の状況と、外国人を雇用する事業所が抱える課題を把握し、外国人材の受入れと職場への定着を支える施策の基礎資料とするため、平成30年度から３年ごとに実施している。今回の調査では、新たに今後の雇用の意向を尋ねた。
""", 0)
    st += [P("２　調査の概要", H1)]
    st += lv_lines([
        ("調査名", CHOSA),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査対象", f"県内の従業員５人以上の事業所から無作為に抽出した{SAMPLE:,}所"),
        ("調査方法", "郵送により調査票を配布し、郵送又はウェブで回答を得た"),
        ("調査期間", "令和６年10月１日から11月15日まで"),
        ("回収状況", f"{ANSWERED:,}所（回収率{share(ANSWERED, SAMPLE)}％）"),
        ("調査項目", "業種、外国人労働者の人数（国籍別及び在留資格別）、今後の雇用の意向、雇用に当たっての課題"),
        ("前回調査", "令和３年度（３年ごとに実施）"),
    ], 0)
    st += paras("""
この調査において「外国人労働者」とは、日本の国籍を有しない者で、調査基準日に事業所で雇用されているものをいい、特別永住者を除く。また、「雇用事業所」とは、外国人労働者を１人以上雇用している事業所をいう。
""", 0)
    st += [P("３　業種別の状況", H1)]
    ind = {r[0]: r for r in INDUSTRIES}

    def rate(n):
        return share(ind[n][2], ind[n][1])

    st += paras(f"""
回答のあった{ANSWERED:,}所のうち、雇用事業所は{emp}所で、回答事業所の{share(emp, ANSWERED)}％を占めた。雇用事業所で働く外国人労働者は{n6:,}人で、前回調査（{n3:,}人）に比べ{n6 - n3:,}人（{share(n6 - n3, n3)}％）増えた。業種別では食料品製造業が最も多く、製造業の３業種で全体の半数余りを占める。
回答事業所に占める雇用事業所の割合は、食料品製造業（{rate('食料品製造業')}％）と輸送用機械器具製造業（{rate('輸送用機械器具製造業')}％）で７割前後と高く、情報通信業（{rate('情報通信業')}％）と卸売業・小売業（{rate('卸売業・小売業')}％）で低い。
""", 0)
    st += [Spacer(1, 6 * mm)]
    st += [caption(industries.title, "（令和６年度調査）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「サービス業（他に分類されないもの）」には、労働者派遣業及び業務請負業を含む。"])
    st += [P("４　国籍別の状況", H1)]
    st += paras("""
国籍別ではベトナムが最も多く、全体の３分の１余りを占める。前回調査と比べると、インドネシアとミャンマーがいずれも２倍以上に増えた一方、中国とブラジルは減った。
""", 0)
    st += [caption(nations.title), nations.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 「その他」は、タイ、スリランカ、米国、ペルー等である。",
        "※３ 構成比は、令和６年度調査の人数による。",
    ])
    st += [P("５　在留資格別の状況", H1)]
    st += paras("""
在留資格別では技能実習が最も多いが、前回調査に比べて減った。一方、特定技能は前回調査の３倍を超え、技術・人文知識・国際業務も増えている。
""", 0)
    st += [caption(statuses.title, "（単位：人）"), statuses.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 「－」は、該当者がいないことを示す（特定技能は平成31年４月に創設された在留資格）。",
        "※５ 「…」は、その年度の調査では区分を設けておらず、集計していないことを示す。",
        "※６ 「身分に基づく在留資格」とは、永住者、日本人の配偶者等、永住者の配偶者等及び定住者をいう。",
    ])
    st += [P("６　今後の雇用の意向", H1)]
    intent = "、".join(f"「{k}」が{share(v, emp)}％" for k, v in INTENT)
    st += paras(f"""
今後３年間の外国人労働者の雇用について雇用事業所に尋ねたところ、{intent}であった。
""", 0)
    st += [P("７　主な業種の状況", H1)]
    st += siblings([(n, [("雇用事業所の割合", f"{share(ind[n][2], ind[n][1])}％"), ("最も多い在留資格", s),
                         ("雇用を増やす意向", f"{share(up, ind[n][2])}％")]) for n, s, up in FOCUS])
    st += [P("８　雇用に当たっての課題", H1)]
    st += paras("雇用事業所が挙げた課題（複数回答）は、多い順に次のとおりである。", 0)
    st += numbered([f"{'①②③④⑤'[i]} {k}（{v}％）" for i, (k, v) in enumerate(ISSUES)], 0)
    st += [CondPageBreak(32 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 外国人材雇用班　電話：099-193-2710　ファクス：099-193-2719",
        "株式会社しののめ地域研究所（調査の集計の受託者）　電話：099-193-8800",
        "電子メール：gaikokujin-koyo@pref.shinonome.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + koryu_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, kspecs, cspecs = hojo_specs(), koryu_specs(), chosa_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO} 募集要領", "令和７年４月", HOJO_DEPT)
    kdoc = build_pdf(docs_dir / KORYU_PDF, kspecs, koryu_story(kspecs),
                     f"令和６年度 {KORYU} 実施報告書", "令和７年５月", KORYU_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 結果概要", "令和７年３月", CHOSA_DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, KORYU_PDF: kdoc.row_pages, CHOSA_PDF: cdoc.row_pages})
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
    # --- hojo: the call for applications, tables (a) (b), definitions, a note, sibling sections, steps, Q&A
    dict(question="商店街振興組合が外国語の看板やメニューを作る場合、経費の何％まで補助されますか？",
         category="hojo", doc=HOJO_PDF, evidence=["多言語表示（看板・メニュー等） 50 60 75 50"], answer=["75"],
         notes="(a) two-level header: a 商店街振興組合 is one of the 商店街組織等 (definition in ２), so the leaf "
               "補助率（％）／商店街組織等; 50 (中小企業者, and the 上限額) and 60 (小規模事業者) are the traps"),
    dict(question="従業員が３人の土産物店がカード決済の端末を入れる場合、補助率は何％になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["キャッシュレス決済端末 50 60 50 20", "５人）以下の事業者をいう"],
         answer=["60"],
         notes="two facts: a shop (商業) with 3 employees is a 小規模事業者 (definition: ５人以下 in 商業), then (a) "
               "leaf 補助率（％）／小規模事業者 of the row キャッシュレス決済端末; 50 (中小企業者) is the trap"),
    dict(question="ホテルが館内にWi-Fiを整備する場合、補助金は最大いくらまで出ますか？",
         category="hojo", doc=HOJO_PDF, evidence=["公衆無線ＬＡＮ 50 60 75 40"], answer=["40"],
         notes="(a) Wi-Fi = 公衆無線ＬＡＮ (printed full-width); column 上限額（万円）, which spans both header rows; "
               "the other cells of the row are rates"),
    dict(question="観光協会がいくつかの経費をまとめて申請する場合、補助金の総額は最大でいくらですか？",
         category="hojo", doc=HOJO_PDF, evidence=["商店街組織等は300万円"], answer=["300万円"],
         notes="two facts: a 観光協会 is one of the 商店街組織等 (definition), and note ※２ under (a) caps the total at "
               "300万円 for them (150万円 for the others is the trap)"),
    dict(question="2023年度にこの補助金が交付されたのは何件でしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 63 48 4,310"], answer=["48"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2020年度 is printed in Western form); column "
               "交付件数（件）; 63 (申請件数) is the trap"),
    dict(question="令和６年度は、申請のうちどのくらいの割合が交付に至りましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 77 56 5,180"], answer=["72.7%"], computed=True,
         notes="(b) ratio across the row: 交付件数 / 申請件数 = 56 / 77 = 72.7 %"),
    dict(question="交付額は2022年度から2024年度までの間にどれだけ増えましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和４年度 41 33 2,870", "令和６年度 77 56 5,180"],
         answer=["2,310万円"], computed=True,
         notes="(b) difference down the 交付額（万円） column: 5,180 − 2,870 = 2,310万円 (Western years for 令和４・６年度)"),
    dict(question="令和７年度の２回目の募集は、いつまでに申し込めばよいですか？",
         category="hojo", doc=HOJO_PDF, evidence=["第２次募集", "受付期間：令和７年８月１日から９月12日まで"],
         answer=["９月12日"],
         notes="sibling sections （１）–（３） of ４ share the labels 受付期間, 予算額, 交付決定（予定）; （２）第２次募集; "
               "６月13日 and 12月12日 are the siblings' deadlines"),
    dict(question="改修工事が終わったら、実績報告はいつまでに出す必要がありますか？",
         category="hojo", doc=HOJO_PDF, evidence=["事業完了の日から30日以内"], answer=["30日以内"],
         notes="procedure step ⑤ (30日以内 or 令和８年３月６日, whichever is earlier; 30日以内 is the key)"),
    dict(question="中古のカード決済端末を買う場合でも、補助は受けられますか？",
         category="hojo", doc=HOJO_PDF, evidence=["中古品は対象外です。新品の購入に限ります。"], answer=["中古品は対象外"],
         notes="Q&A: Ａ of Ｑ２ (so no; the row キャッシュレス決済端末 of (a) is for new ones only)"),
    # --- koryu: the staff-exchange report, tables (c) (d), a definition, sibling sections, the programme
    dict(question="2021年度の受入研修には、何人が参加しましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["令和３年度 ９ 12 41"], answer=["12"],
         notes="(c) years as rows: 2021年度 = 令和３年度 (printed nowhere in Western form); column 受入研修（人）; "
               "note ※１: held online that year"),
    dict(question="令和２年度に、県や市町村から職員を送り出す側の研修には何人が参加しましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["令和２年度 ８ 10 35"], answer=["８"],
         notes="(c) 送り出す側 = 派遣研修 (definition in １); 10 (受入研修) and 35 (成果報告会) are the traps"),
    dict(question="2020年度から2024年度までの５年間で、成果報告会の参加者は延べ何人ですか？",
         category="koryu", doc=KORYU_PDF,
         evidence=["令和２年度 ８ 10 35", "令和３年度 ９ 12 41", "令和４年度 ４ ４ 44", "令和５年度 ５ ５ 52",
                   "令和６年度 ６ ６ 58"],
         answer=["230人"], computed=True,
         notes="(c) sum of the 成果報告会（人） column over the five rows: 35 + 41 + 44 + 52 + 58 = 230"),
    dict(question="通訳・翻訳について、「やや」ではなくはっきり不満と答えた研修員は何人いましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["通訳・翻訳 ４ ５ ２ １"], answer=["１"],
         notes="(d) unruled table, column 不満 (not やや不満, which is ２)"),
    dict(question="研修のスケジュールに満足している（「満足」か「やや満足」）と答えたのは、回答者の何％ですか？",
         category="koryu", doc=KORYU_PDF, evidence=["研修日程 ５ ５ ２ ０", "回答者12人"], answer=["83.3%"],
         computed=True,
         notes="(d) unruled table: スケジュール = 研修日程; (５ + ５) / 12 respondents (caption) = 83.3 %"),
    dict(question="報告書にある研修日数には、移動日も数えられていますか？",
         category="koryu", doc=KORYU_PDF, evidence=["移動日及び休日を除いた日数をいう"], answer=["移動日及び休日を除いた"],
         notes="definition 「研修日数」とは…移動日及び休日を除いた日数をいう (so no)"),
    dict(question="年度末の成果報告会は、いつ開かれましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["（３）成果報告会", "期間：令和７年２月14日（金）（１日）"],
         answer=["２月14日"],
         notes="sibling sections （１）–（３） of ２ share the labels 期間, 参加者, 主な内容; （３）成果報告会; the "
               "siblings' 期間 are in August and October 令和６年"),
    dict(question="ハイラン省と友好交流協定を結んだのは平成何年ですか？",
         category="koryu", doc=KORYU_PDF, evidence=["根拠：平成28年（2016年）11月に締結した友好交流協定"],
         answer=["平成28年"],
         notes="「label：value」 line 根拠; 平成29年度（2017年度） (開始年度) is the near miss"),
    dict(question="ハイラン省の職員が東雲県に来た研修では、２週目に何をしましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["第２週（10月15日から18日まで） 農業技術の実習"],
         answer=["農業技術の実習"],
         notes="numbered programme ①–③ of ３ (受入研修): ② 第２週; ① lectures and ③ the disaster drill are the neighbours"),
    # --- chosa: the survey summary, tables (e) (f) (g), a definition, sibling sections
    dict(question="ホテルや飲食店で働いている外国人は、調査で何人いましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["宿泊業・飲食サービス業 104 46 538"], answer=["538"],
         notes="(e) continuation page (page 2, no header there): row 宿泊業・飲食サービス業, column 外国人労働者数（人）"),
    dict(question="建設業で回答した事業所のうち、外国人を雇っている事業所は何％ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["建設業 118 52 496"], answer=["44.1%"], computed=True,
         notes="(e) ratio across the row: うち雇用事業所数 / 回答事業所数 = 52 / 118 = 44.1 % (not printed; 44.2 % of "
               "宿泊業・飲食サービス業 is a near miss)"),
    dict(question="外国人を雇っている事業所の数が一番多い業種はどこですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["その他の製造業 161 88 1,437"], answer=["その他の製造業"],
         notes="(e) largest row of the column うち雇用事業所数（所） (88); the prose names 食料品製造業 as largest by "
               "workers, a near miss"),
    dict(question="2024年度の調査で、ネパール国籍の労働者は何人でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ネパール 301 438 5.5"], answer=["438"],
         notes="(f) column 令和６年度調査（人）: 2024年度 = 令和６年度 (the document prints 2024年 only); 301 is 令和３年度"),
    dict(question="令和６年度の調査で、外国人労働者全体に占めるフィリピン人の割合は何％ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["フィリピン 1,020 1,192 15.0"], answer=["15.0"],
         notes="(f) column 構成比（％） beside the 合計 row's 100.0"),
    dict(question="2021年度の調査と比べて、ミャンマー国籍の人は何倍になりましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ミャンマー 198 612 7.7"], answer=["3.1倍"], computed=True,
         notes="(f) ratio across the row: 612 / 198 = 3.09 (the prose says only 「２倍以上」); 2021年度 = 令和３年度"),
    dict(question="2018年度の調査では、特定活動の在留資格で働く人は何人でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["特定活動 … 139 173", "集計していないことを示す"],
         answer=["集計していない"],
         notes="(g) the cell is 「…」, which note ※５ explains as not counted (no 区分 in that survey); 2018年度 = "
               "平成30年度"),
    dict(question="令和３年度の調査で、高度専門職の在留資格の人は何人いましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["高度専門職 …", "該当者がいないことを示す"], answer=["該当者がいない"],
         notes="(g) the cell is 「－」, which note ※４ explains as none (zero); the row's 平成30年度 cell is 「…」 (not "
               "counted), the other mark"),
    dict(question="特別永住者の人も、この調査でいう外国人労働者の数に含まれていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["特別永住者を除く"], answer=["特別永住者を除く"],
         notes="definition 「外国人労働者」とは…特別永住者を除く (so no)"),
    dict(question="旅館や飲食店の事業所で、外国人の雇用を今後増やしたいと答えた割合はどのくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（３）宿泊業・飲食サービス業", "雇用を増やす意向：56.5％"],
         answer=["56.5％"],
         notes="sibling sections （１）–（３） of ７ share the labels 雇用事業所の割合, 最も多い在留資格, 雇用を増やす意向; "
               "（３）宿泊業・飲食サービス業; 44.2％ (its 雇用事業所の割合) and the overall 41.5％ are near misses"),
    # --- followups
    dict(question="その経費を従業員10人の旅館が使う場合、補助率は何％ですか？",
         category="followup", doc=HOJO_PDF, evidence=["礼拝スペースの設置 50 60 75 30", "宿泊業を除く"],
         answer=["60"],
         history=_turns("礼拝スペースを設ける費用は、いくらまで補助されますか？",
                        "礼拝スペースの設置の上限額は30万円です[1]。"),
         notes="(a) the row from the history (礼拝スペースの設置); two facts: an inn (宿泊業) with 10 employees is a "
               "小規模事業者 (20人以下: the ５人 limit excludes 宿泊業), so the leaf 補助率（％）／小規模事業者; 50 is the trap"),
    dict(question="その年度の成果報告会には何人が参加しましたか？",
         category="followup", doc=KORYU_PDF, evidence=["令和４年度 ４ ４ 44"], answer=["44"],
         history=_turns("2022年度にハイラン省から受け入れた研修員は何人でしたか？",
                        "2022年度（令和４年度）の受入研修員は４人でした[1]。"),
         notes="(c) the year from the history (2022年度 = 令和４年度), column 成果報告会（人）"),
    dict(question="その業種で調査に回答した事業所は何か所ありましたか？",
         category="followup", doc=CHOSA_PDF, evidence=["輸送用機械器具製造業 72 49 1,352"], answer=["72"],
         history=_turns("輸送用機械の製造業では、外国人が何人働いていますか？",
                        "輸送用機械器具製造業では1,352人です[1]。"),
         notes="(e) the row from the history (輸送用機械器具製造業, page 1 before the break), column 回答事業所数（所）; "
               "49 (うち雇用事業所数) is the trap"),
    dict(question="それが今回の調査ではどうなりましたか？",
         category="followup", doc=CHOSA_PDF, evidence=["ブラジル 410 391 4.9"], answer=["391"],
         history=_turns("2021年度の調査では、ブラジル国籍の外国人労働者は何人でしたか？",
                        "2021年度（令和３年度）の調査では410人でした[1]。"),
         notes="(f) the row from the history (ブラジル), column 令和６年度調査（人） (今回 = 令和６年度); a decrease"),
    dict(question="そこのファクス番号を教えてください。",
         category="followup", doc=CHOSA_PDF, evidence=["ファクス：099-193-2719"], answer=["099-193-2719"],
         history=_turns("外国人材の雇用実態調査について、県の担当はどこですか？",
                        "東雲県 商工労働部 労働政策課 外国人材雇用班です[1]。"),
         notes="contact box: the 班's fax; its phone 099-193-2710 and the 受託者's phone 099-193-8800 are near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="インバウンド補助金で、令和６年度に交付されたうちキャッシュレス決済端末の分は何件でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) gives the grants per year only; (a) lists the cost items but no grants per item",
         absent=["経費区分別の交付", "経費区分別の件数", "区分別の交付件数"]),
    dict(question="派遣研修でベトナムへ行った職員１人当たりの旅費はいくらかかりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the exchange report gives dates, participants and the survey, no costs",
         absent=["旅費", "事業費", "航空運賃", "渡航費"]),
    dict(question="受入研修に来たハイラン省の職員の男女の内訳を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the sibling section （２） gives the six trainees by 局 only",
         absent=["男性", "女性", "男女"]),
    dict(question="調査に回答した事業所では、外国人労働者の平均賃金はどのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives headcounts, intentions and issues, no pay",
         absent=["賃金", "給与", "月給", "時給"]),
    dict(question="県内の事業所で働く韓国籍の外国人労働者は何人ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(f) has no such row; note ※２ names the countries in その他 (タイ, スリランカ, 米国, ペルー等) without "
               "figures, and Korea is not among them",
         absent=["韓国"]),
    dict(question="外国人を雇っていない事業所は、雇わない理由として何を一番多く挙げていましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the issues list of ８ is asked of the 雇用事業所 only; no reasons for not employing",
         absent=["雇用しない理由", "雇用していない理由", "雇わない理由"]),
]
CATEGORY_COUNTS = {"hojo": 10, "koryu": 9, "chosa": 10, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h19q", "h19t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("補助対象経費ごとの補助率と上限額", "交付実績の推移", "参加者数の推移", "研修員アンケートの結果",
                       "業種別の回答事業所数と外国人労働者数", "国籍別の外国人労働者数", "在留資格別の外国人労働者数の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{share(x, y)}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h19q06": lambda g: _pct(g(B, "令和６年度", "交付件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h19q07": lambda g: f"{g(B, '令和６年度', '交付額（万円）', 2024) - g(B, '令和４年度', '交付額（万円）', 2022):,}万円",
    "h19q13": lambda g: f"{sum(g(C, f'令和{fw(y - 2018)}年度', '成果報告会（人）', y) for y in range(2020, 2025))}人",
    "h19q15": lambda g: _pct(g(D, "研修日程", "満足", 2024) + g(D, "研修日程", "やや満足", 2024), RESPONDENTS),
    "h19q21": lambda g: _pct(g(E, "建設業", "うち雇用事業所数（所）", 2024), g(E, "建設業", "回答事業所数（所）", 2024)),
    "h19q25": lambda g: f"{half_up(Decimal(g(F, 'ミャンマー', '令和６年度調査（人）', 2024)) / Decimal(g(F, 'ミャンマー', '令和３年度調査（人）', 2021)), '0.1')}倍",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (2, 3), KORYU_PDF: (2, 3), CHOSA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 18  # at least, over all categories
BEFORE_BREAK_ROWS = ("農業", "建設業")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("情報通信業", "サービス業（他に分類されないもの）", "合計")  # and after it
PHONE_PREFIX = "099-19"


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout19.py")
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
    # a Western fiscal year asked of a document that prints that year only as 令和／平成
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
    unans = [q for q in questions if q["category"] == "unanswerable"]
    if len(unans) != 6 or any(q["answer"] or q["doc"] is not None for q in unans):
        errors.append("expected six unanswerables with an empty answer list and doc null")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout19.py")
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
    # (b): the five years add up to the prose's 延べ件数 and 総額 (checked in check_prose); 交付 <= 申請
    for row, r in t[B].items():
        if r["交付件数（件）"] > r["申請件数（件）"]:
            errors.append(f"{B} / {row}: more grants than applications")
    # (c) and the sibling sections: 令和６年度 is six and six, 58 at the meeting
    c6 = t[C]["令和６年度"]
    if (c6["派遣研修（人）"], c6["受入研修（人）"], c6["成果報告会（人）"]) != (6, 6, 58):
        errors.append(f"{C}: 令和６年度 differs from the sibling sections (６人, ６人, 58人)")
    # (d): every row adds up to the respondents
    for row, r in t[D].items():
        if sum(r.values()) != RESPONDENTS:
            errors.append(f"{D} / {row}: the answers do not add up to {RESPONDENTS}")
    # (e): 合計 adds up in every column; 雇用事業所 <= 回答事業所
    e = t[E]
    for col in ("回答事業所数（所）", "うち雇用事業所数（所）", "外国人労働者数（人）"):
        if e["合計"][col] != sum(r[col] for row, r in e.items() if row != "合計"):
            errors.append(f"{E}: 合計 of {col} does not add up")
    if any(r["うち雇用事業所数（所）"] > r["回答事業所数（所）"] for r in e.values()):
        errors.append(f"{E}: more employing workplaces than answering ones")
    if e["合計"]["回答事業所数（所）"] != ANSWERED:
        errors.append(f"{E}: 合計 of 回答事業所数 differs from the 回収状況")
    # (f): 合計 adds up; 構成比 is each row's share, adds up to 100.0; totals agree with (e) and (g)
    f = t[F]
    for col in ("令和３年度調査（人）", "令和６年度調査（人）"):
        if f["合計"][col] != sum(r[col] for row, r in f.items() if row != "合計"):
            errors.append(f"{F}: 合計 of {col} does not add up")
    total6 = f["合計"]["令和６年度調査（人）"]
    for row, r in f.items():
        if str(r["構成比（％）"]) != share(r["令和６年度調査（人）"], total6):
            errors.append(f"{F} / {row}: 構成比 is not the row's share")
    if sum(Decimal(str(r["構成比（％）"])) for row, r in f.items() if row != "合計") != Decimal("100.0"):
        errors.append(f"{F}: 構成比 does not add up to 100.0")
    if f["合計"]["令和６年度調査（人）"] != e["合計"]["外国人労働者数（人）"]:
        errors.append(f"{F}: 令和６年度 合計 differs from {E}")
    g_ = t[G]
    for col, fcol in (("令和３年度調査", "令和３年度調査（人）"), ("令和６年度調査", "令和６年度調査（人）")):
        if sum(r[col] or 0 for r in g_.values()) != f["合計"][fcol]:
            errors.append(f"{G}: {col} does not add up to {F}'s 合計")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    ep = sorted({g["page"] for g in gold if g["table"] == E})
    if len(ep) != 2:
        errors.append(f"{E} is on pages {ep}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[CHOSA_PDF]) if header in norm(p)]
        if ind.repeat_header or on != ep[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {ep[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == ep[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == ep[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break")
        if norm("労働者派遣業及び業務請負業を含む") not in norm(pages[CHOSA_PDF][ep[1] - 1]):
            errors.append(f"{E}: note ※１ should follow the table on the continuation page")
        page2 = pages[CHOSA_PDF][ep[1] - 1].splitlines()
        first_row = next(i for i, x in enumerate(page2) if x.strip() in cont)
        if any(norm(h) in norm("".join(page2[:first_row])) for h in ("業種", "回答事業所数")):
            errors.append(f"{E}: the continuation page should start with a data row, not a header")
    for key in ("rates", "grants", "participants", "survey", "nations", "statuses"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["survey"].ruled or not all(s.ruled for k, s in specs.items() if k != "survey"):
        errors.append(f"only {D} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模事業者", "補助率（％）／商店街組織等", "上限額（万円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: the units should come from the group headers (% and 万円)")
    # (b) and (c): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == C][::3] != [y for y, *_x in PARTICIPANTS]:
        errors.append(f"{C}: expected years as rows")
    # (f): a 合計 row and a 構成比（％） column of the last year
    fr = [g for g in gold if g["table"] == F]
    if fr[-1]["row"] != "合計" or fr[-1]["column"] != "構成比（％）" or fr[-1]["value"] != "100.0":
        errors.append(f"{F}: expected a 合計 row ending in 構成比 100.0")
    if {g["fiscal_year"] for g in fr if g["column"] == "構成比（％）"} != {2024}:
        errors.append(f"{F}: 構成比 should be of 令和６年度 (2024)")
    # (g): both marks, years as columns, the notes explain both marks
    gv = [g["value"] for g in gold if g["table"] == G]
    if gv.count(DASH) != 2 or gv.count(NOT_COUNTED) != 2:
        errors.append(f"{G}: expected two 「－」 and two 「…」 cells")
    if sorted({g["fiscal_year"] for g in gold if g["table"] == G}) != [2018, 2021, 2024]:
        errors.append(f"{G}: expected the three survey years as columns")
    ct = norm("\n".join(pages[CHOSA_PDF]))
    if norm("「－」は、該当者がいないことを示す") not in ct or norm("「…」は、その年度の調査では区分を設けておらず") not in ct:
        errors.append(f"{G}: the notes should explain 「－」 and 「…」")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def sibling_check(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        for i, head in enumerate(heads, 1):
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")

    def steps_of(doc):
        raw = "\n".join(pages[doc]).splitlines()
        return re.findall(r"[①-⑨]", "".join(x[:3] for x in raw if re.match(r"\s*[①-⑨]", x)))

    # --- the call for applications
    hj = norm("\n".join(pages[HOJO_PDF]))
    sibling_check(hj, "call", ("受付期間：", "予算額：", "交付決定（予定）："), [r[0] for r in ROUNDS])
    if sum(int(nfkc(r[2]).replace(",", "").rstrip("万円")) for r in ROUNDS) != BUDGET:
        errors.append("call: the three rounds' budgets do not add up to the 予算総額")
    n_total, m_total = sum(r[2] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    if norm(f"延べ{n_total}件、総額{oku(m_total)}") not in hj:
        errors.append("call: the totals in the prose differ from (b)")
    if norm(f"令和６年度は申請{GRANT_YEARS[-1][1]}件に対し{GRANT_YEARS[-1][2]}件に交付") not in hj:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    for k in (1, 2):
        xs = [r[k] for r in GRANT_YEARS]
        if xs != sorted(set(xs)):
            errors.append("call: 「申請件数と交付件数はいずれも毎年増えており」 does not hold")
    for d in ("「小規模事業者」とは", "「商店街組織等」とは"):
        if norm(d) not in hj:
            errors.append(f"call: the definition {d} is missing")
    if steps_of(HOJO_PDF) != list("①②③④⑤⑥"):
        errors.append(f"call: the procedure should be numbered ①-⑥, got {steps_of(HOJO_PDF)}")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    if norm(f"{CAP_FIRM}万円（商店街組織等は{CAP_GROUP}万円）") not in hj:
        errors.append("call: note ※２ is missing")
    # --- the exchange report
    kr = norm("\n".join(pages[KORYU_PDF]))
    sibling_check(kr, "exchange report", ("期間：", "参加者：", "主な内容："), [e[0] for e in EXCHANGES])
    after = [r for r in PARTICIPANTS if r[0] >= 2022]
    for k in (1, 2):
        xs = [r[k] for r in after]
        if xs != sorted(set(xs)):
            errors.append("exchange report: 「令和４年度以降…参加者は毎年増えている」 does not hold")
    if max(PARTICIPANTS, key=lambda r: r[3]) != PARTICIPANTS[-1]:
        errors.append("exchange report: 「成果報告会には58人が参加し、過去最多」 does not hold")
    s = {x[0]: x for x in SURVEY_ITEMS}
    if s["研修内容"][1] + s["研修内容"][2] != RESPONDENTS or s["受入部局の対応"][1] + s["受入部局の対応"][2] != RESPONDENTS:
        errors.append("exchange report: 「回答者全員が「満足」又は「やや満足」」 does not hold")
    if s["通訳・翻訳"][3] + s["通訳・翻訳"][4] != 3:
        errors.append("exchange report: 通訳・翻訳 「合わせて３人」 does not hold")
    if norm(f"回答者{RESPONDENTS}人") not in kr:
        errors.append("exchange report: the respondents in the caption differ")
    for d in ("「派遣研修」とは", "「受入研修」とは", "「研修日数」とは"):
        if norm(d) not in kr:
            errors.append(f"exchange report: the definition {d} is missing")
    if steps_of(KORYU_PDF) != list("①②③①②③"):
        errors.append(f"exchange report: expected a programme ①-③ and a list ①-③, got {steps_of(KORYU_PDF)}")
    # --- the survey summary
    ch = norm("\n".join(pages[CHOSA_PDF]))
    sibling_check(ch, "survey", ("雇用事業所の割合：", "最も多い在留資格：", "雇用を増やす意向："), [x[0] for x in FOCUS])
    emp = sum(r[2] for r in INDUSTRIES)
    n3, n6 = sum(r[1] for r in NATIONALITIES), sum(r[2] for r in NATIONALITIES)
    want = f"雇用事業所は{emp}所で、回答事業所の{share(emp, ANSWERED)}％"
    if norm(want) not in ch or norm(f"{n6:,}人で、前回調査（{n3:,}人）に比べ{n6 - n3:,}人") not in ch:
        errors.append("survey: the totals in the prose differ from the tables")
    if sum(v for _k, v in INTENT) != emp:
        errors.append("survey: the intentions do not add up to the 雇用事業所")
    if max(INDUSTRIES, key=lambda r: r[3])[0] != "食料品製造業":
        errors.append("survey: 「食料品製造業が最も多く」 does not hold")
    manu = sum(r[3] for r in INDUSTRIES if r[0].endswith("製造業"))
    if not 0.5 < manu / n6 < 0.6:
        errors.append("survey: 「製造業の３業種で全体の半数余り」 does not hold")
    rates = {r[0]: r[2] / r[1] for r in INDUSTRIES}
    ranked = sorted(rates, key=rates.get)
    if ranked[-2:] != ["輸送用機械器具製造業", "食料品製造業"] or ranked[:2] != ["卸売業・小売業", "情報通信業"]:
        errors.append("survey: the highest and lowest shares of 雇用事業所 in the prose do not hold")
    nat = {r[0]: r for r in NATIONALITIES}
    if max(NATIONALITIES, key=lambda r: r[2])[0] != "ベトナム" or not 1 / 3 < nat["ベトナム"][2] / n6 < 0.4:
        errors.append("survey: 「ベトナムが最も多く、全体の３分の１余り」 does not hold")
    if not all(nat[k][2] >= 2 * nat[k][1] for k in ("インドネシア", "ミャンマー")) or \
            not all(nat[k][2] < nat[k][1] for k in ("中国", "ブラジル")):
        errors.append("survey: 「インドネシアとミャンマーが２倍以上…中国とブラジルは減った」 does not hold")
    stat = {r[0]: r for r in STATUSES}
    if max(STATUSES, key=lambda r: r[3])[0] != "技能実習" or stat["技能実習"][3] >= stat["技能実習"][2] or \
            stat["特定技能"][3] <= 3 * stat["特定技能"][2] or stat["技術・人文知識・国際業務"][3] <= stat["技術・人文知識・国際業務"][2]:
        errors.append("survey: the prose on the statuses of residence does not hold")
    for d in ("「外国人労働者」とは", "「雇用事業所」とは", "「身分に基づく在留資格」とは"):
        if norm(d) not in ch:
            errors.append(f"survey: the definition {d} is missing")
    if steps_of(CHOSA_PDF) != list("①②③④⑤"):
        errors.append(f"survey: the issues should be numbered ①-⑤, got {steps_of(CHOSA_PDF)}")
    if [float(v) for _k, v in ISSUES] != sorted((float(v) for _k, v in ISSUES), reverse=True):
        errors.append("survey: the issues are not in descending order")
    phones = re.findall(r"099-19\d-\d{4}", ch)
    if phones != ["099-193-2710", "099-193-2719", "099-193-8800"]:
        errors.append(f"survey: the contact box should give the 班's phone and fax, then the 受託者's phone: {phones}")
    # every phone number of the set is fictional (099-19x-xxxx); every address is example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for addr in re.findall(r"[\w.-]+@[\w.-]+", text):
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
