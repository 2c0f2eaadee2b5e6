"""Build the 柏県 held-out set 54: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (柏県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy helping small firms meet their foreign customers' demands
for cyber security (海外取引サイバーセキュリティ対策支援補助金: security assessments, equipment and
software, staff training, rules and documents, customer audits) with a two-level header of rates
and caps, a yearly record (years as rows) ending in a total row over the four fiscal years, and the
grants by industry; a statistics report (統計資料) on the international conferences, exhibitions and
corporate meetings held in the prefecture (国際会議等開催統計) with the main indicators over three
fiscal years (a 単位 column giving each row's unit), the events by venue and type (a total column on
the right), the international conferences by field (subtotal rows inside the table) and the foreign
participants by country (a table continued over a page break without its header); and the
implementation rules (実施要領) of a prefectural service that has foreign business partners' credit
checked (海外取引先信用調査サービス) with the fees by tier and region (an unruled table), the use by
year and the checks by country with counts and per cents in paired columns; see README.md beside
this file.

    python make_heldout54.py [OUTPUT_DIR]          # default: this file's directory

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
    numbered_questions,
    output_dirs,
    pdf_pages,
    pstyle,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

BOSHU_PDF = "kashiwa_cyber_security_hojokin_boshu_yoko_r7.pdf"
TOKEI_PDF = "kashiwa_kokusai_kaigi_kaisai_tokei_r6.pdf"
YORYO_PDF = "kashiwa_kaigai_shinyo_chosa_jisshi_yoryo_r7.pdf"
ALL_PDFS = (BOSHU_PDF, TOKEI_PDF, YORYO_PDF)

UNITS = ("万円", "円", "件", "人", "社", "日", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-58"  # every phone number of the set: 099-58x-xxxx
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


def era(fy: int, suffix: str = "年度") -> str:
    """令和 label of a Western fiscal year (2024 -> 令和６年度)."""
    return f"令和{fw(fy - 2018)}{suffix}"


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
            fy_range = fiscal_year_range(row_label)
            fy = None if fy_range else (spec.column_year(c) or fiscal_year(row_label) or spec.table_fy)
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


def bullets(items, level: int):
    return [P(f"○ {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "柏県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: cyber-security subsidy, call for applications
BOSHU = f"{PREF}海外取引サイバーセキュリティ対策支援補助金"
BOSHU_DEPT = f"{PREF} 産業労働部 海外展開支援課"
CENTER = f"公益財団法人{PREF}産業振興センター"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 中小企業者, 小規模企業者 (令和７年度)
    ("セキュリティ診断費", 50, 75, 40, 50), ("機器・ソフトウェアの導入費", 50, 60, 80, 100),
    ("社員研修費", 50, 75, 15, 20), ("規程・文書の整備費", 60, 75, 30, 35),
    ("取引先監査への対応費", 40, 50, 25, 30),
]
COMPANY_CAP = 200  # note ※２: 万円 per firm
RECORD = [  # 年度, 申請件数, 採択件数, 交付額（万円）
    (2021, 18, 11, 652), (2022, 27, 16, 1034), (2023, 35, 21, 1468), (2024, 46, 28, 2015),
]
RECORD_TOTAL_LABEL = "計（令和３～６年度）"
TRADES = [  # 業種, 申請件数, 採択件数, 交付額（万円） (令和６年度)
    ("電子部品・デバイス", 12, 8, 642), ("金属製品", 9, 6, 398), ("食料品", 8, 5, 287),
    ("化学", 6, 4, 341), ("繊維・衣服", 5, 2, 118), ("その他", 6, 3, 229),
]
CASES = [  # 見出し, 主な取引先の国・地域, 実施した対策, 補助金の額 (same labels in every sibling section); 業種
    ("電子部品製造業Ａ社（柏央市）", "ドイツ、米国", "外部機関によるセキュリティ診断と全社員の研修", "64万円", "電子部品・デバイス"),
    ("食品製造業Ｂ社（汐見市）", "シンガポール、台湾", "英文の情報セキュリティ規程と手順書の整備", "28万円", "食料品"),
    ("精密部品製造業Ｃ社（鷹羽町）", "タイ、ベトナム", "工場のネットワークを監視する機器の導入", "95万円", "金属製品"),
]
EXCLUDED = [  # 補助の対象にならない経費
    "パソコン、スマートフォン等の汎用性が高い機器の購入費",
    "ソフトウェア等の利用料のうち、補助事業期間を超える期間の分",
    "国内の取引先のみを対象とした対策に要する経費",
    "交付決定の日より前に契約し、又は支払った経費",
]


def boshu_specs():
    rates = TableSpec(
        key="rates", doc=BOSHU_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "中小企業者", "小規模企業者"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[54 * mm, 26 * mm, 27 * mm, 26 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    rows = [[era(y), fw(a), fw(b), fw(c)] for y, a, b, c in RECORD]
    rows.append([RECORD_TOTAL_LABEL] + [fw(sum(r[j] for r in RECORD)) for j in (1, 2, 3)])
    record = TableSpec(
        key="record", doc=BOSHU_PDF, title="年度別の申請と交付の実績",
        header=[["年度", "申請件数（件）", "採択件数（件）", "交付額（万円）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 36 * mm, 36 * mm], bold_rows=(RECORD_TOTAL_LABEL,),
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(k), fw(g)] for n, a, k, g in TRADES]
    rows.append(["合計"] + [fw(sum(r[j] for r in TRADES)) for j in (1, 2, 3)])
    trades = TableSpec(
        key="trades", doc=BOSHU_PDF, title="業種別の申請件数と交付額",
        header=[["業種", "申請件数（件）", "採択件数（件）", "交付額（万円）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2024,
    )
    trades.unit = lambda row, c, s=trades: bracket_unit(s.column_label(c))
    return rates, record, trades


def boshu_story(specs):
    rates, record, trades = specs
    adopted = sum(r[2] for r in RECORD)
    last, prev = RECORD[-1], RECORD[-2]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{BOSHU} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(BOSHU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
海外の取引先から情報セキュリティ対策の強化を求められる県内の中小企業が増えています。この補助金は、取引先の求めに応じた対策に要する経費の一部を補助し、海外との取引の継続と拡大を支援するものです。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{adopted}件を採択しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", BOSHU),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者で、海外取引を行い、又は行おうとするもの"),
        ("募集期間", "令和７年６月９日から７月25日まで（必着）"),
        ("予算額", "1,800万円"),
        ("採択予定件数", "30件程度"),
    ], 0)
    st += paras("""
この要項において「海外取引」とは、海外の企業等との間で行う製品の輸出、部品の供給、業務の受託その他の継続的な取引をいいます。「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主たる事業として営む者は５人）以下の中小企業者をいいます。また、「取引先の要請」とは、海外の取引先から、書面又は電子メールで、情報セキュリティ対策の実施又はその状況の報告を求められていることをいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("経費区分ごとの補助率と上限額は、事業者の規模に応じて次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用します。",
        f"※２ 補助金の額は、１事業者当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てます。",
    ])
    st += paras("次の経費は、補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（海外展開支援課又は{CENTER}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び取引先の要請を示す書類（ある場合）を添えて提出）",
        "③ 審査（書類審査、令和７年８月上旬）",
        "④ 交付決定の通知（令和７年８月下旬）",
        "⑤ 補助事業の実施（交付決定の日から令和８年１月30日まで）",
        "⑥ 実績報告（事業の完了から20日以内。遅くとも令和８年２月13日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（前年度は{prev[1]}件の申請に対し{prev[2]}件）。業種別では、電子部品・デバイスが申請件数、交付額ともに最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(trades.title, "（令和６年度）"), trades.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「その他」は、プラスチック製品、印刷、ソフトウェア業等です。"])
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _t) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な取引先の国・地域", where), ("実施した対策", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("海外の取引先から具体的な要請を受けていなくても申請できますか。",
         "申請できます。ただし、審査では取引先の要請の有無と内容を考慮します。"),
        ("複数の経費区分を組み合わせて申請できますか。",
         "できます。各区分の上限額の範囲内で、合計は１事業者当たり200万円までです。"),
        ("導入したソフトウェアの翌年度以降の利用料も対象になりますか。",
         "対象になりません。補助事業期間内の利用料に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{BOSHU_DEPT} 取引支援班　電話：099-581-3420　ファクス：099-581-3429",
        f"{CENTER}（事前相談）　電話：099-583-6100",
        "電子メール：kashiwa-cyber@example.jp",
    ]))
    return st


# ================================================================ document 2: international meetings, statistics report
TOKEI = f"{PREF}国際会議等開催統計"
TOKEI_DEPT = f"{PREF} 観光交流部 国際観光課"
BUREAU = f"公益財団法人{PREF}コンベンションビューロー"
INDICATORS = [  # 区分, 単位, 令和４年度, 令和５年度, 令和６年度
    ("開催件数", "件", 98, 131, 155), ("延べ開催日数", "日", 186, 251, 297),
    ("参加者数", "人", 38420, 52910, 61385), ("うち外国人参加者数", "人", 3912, 7865, 9740),
]
IND_YEARS = (2022, 2023, 2024)
VENUES = [  # 開催地, 国際会議, 展示会・見本市, 企業会議等 (令和６年度)
    ("柏央市", 38, 14, 22), ("汐見市", 17, 9, 8), ("鷹羽町", 9, 2, 12), ("岩根町", 4, 1, 6),
    ("その他の市町村", 5, 2, 6),
]
FIELD_GROUPS = [  # (subtotal label, [(分野, 件数, 参加者数, うち外国人参加者数)]) (令和６年度)
    ("小計（自然科学）", [("医学", 19, 8240, 1105), ("理学・工学", 14, 4615, 986), ("農学・環境", 8, 1930, 412)]),
    ("小計（人文・社会科学等）", [("経済・経営", 13, 3720, 868), ("教育・文化", 11, 2405, 537),
                              ("その他の分野", 8, 1160, 246)]),
]
SUBTOTALS = tuple(g for g, _m in FIELD_GROUPS)
ORIGINS = [  # 国・地域, 外国人参加者数, うち国際会議 (令和６年度)
    ("中国", 1862, 702), ("韓国", 1540, 598), ("台湾", 1318, 455), ("香港", 624, 198), ("タイ", 705, 250),
    ("ベトナム", 583, 205), ("シンガポール", 412, 176), ("インドネシア", 356, 121), ("インド", 298, 168),
    ("米国", 742, 640), ("ドイツ", 276, 160), ("フランス", 214, 118), ("英国", 188, 102),
    ("オーストラリア", 231, 109), ("その他の国・地域", 391, 152),
]
ASIA = ORIGINS[:9]
HALLS = [  # 見出し, 最大収容人数, 主な催し, 令和６年度の利用件数 (same labels in every sibling section); 開催地
    ("柏県国際会議場（柏央市）", "2,000人", "アジア太平洋臨床検査学会（参加者1,850人）", "46件", "柏央市"),
    ("汐見港国際展示場（汐見市）", "8,000人（展示場の面積12,000平方メートル）", "汐見国際食品見本市（出展者310社）", "19件", "汐見市"),
    ("鷹羽高原リゾートホール（鷹羽町）", "600人", "外資系製薬会社の報奨旅行（参加者420人）", "17件", "鷹羽町"),
]


def tokei_specs():
    indicators = TableSpec(
        key="indicators", doc=TOKEI_PDF, title="主要指標の推移",
        header=[["区分", "単位"] + [era(y) for y in IND_YEARS]],
        rows=[[n, u] + [fw(v) for v in vs] for n, u, *vs in INDICATORS],
        col_widths=[46 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
        align_left_cols=(), bold_rows=(),
    )
    indicators.unit = lambda row, c: nfkc(row[1])
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in VENUES]
    totals = [sum(r[j] for r in VENUES) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(t) for t in totals] + [fw(sum(totals))])
    venues = TableSpec(
        key="venues", doc=TOKEI_PDF, title="開催地別・種類別の開催件数",
        header=[["開催地", "国際会議", "展示会・見本市", "企業会議等", "計"]],
        rows=rows, col_widths=[40 * mm, 28 * mm, 32 * mm, 28 * mm, 24 * mm], unit="件", table_fy=2024,
    )
    rows = []
    for sub, members in FIELD_GROUPS:
        rows += [[n, fw(a), fw(b), fw(c)] for n, a, b, c in members]
        rows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    every = [m for _s, ms in FIELD_GROUPS for m in ms]
    rows.append(["合計"] + [fw(sum(m[j] for m in every)) for j in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=TOKEI_PDF, title="分野別の国際会議の開催件数と参加者数",
        header=[["分野", "件数（件）", "参加者数（人）", "うち外国人参加者数（人）"]],
        rows=rows, col_widths=[48 * mm, 28 * mm, 34 * mm, 46 * mm], table_fy=2024,
        bold_rows=("合計",) + SUBTOTALS,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b)] for n, a, b in ORIGINS]
    rows.append(["合計"] + [fw(sum(r[j] for r in ORIGINS)) for j in (1, 2)])
    origins = TableSpec(
        key="origins", doc=TOKEI_PDF, title="国・地域別の外国人参加者数",
        header=[["国・地域", "外国人参加者数（人）", "うち国際会議（人）"]],
        rows=rows, col_widths=[48 * mm, 44 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    origins.unit = lambda row, c, s=origins: bracket_unit(s.column_label(c))
    return indicators, venues, fields, origins


def tokei_story(specs):
    indicators, venues, fields, origins = specs
    n = {name: vs for name, _u, *vs in INDICATORS}
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{TOKEI}", TITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(TOKEI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　統計の概要", H1)]
    st += lv_lines([
        ("統計の名称", TOKEI),
        ("対象期間", "令和６年４月１日から令和７年３月31日まで"),
        ("対象", "県内の会議場、展示場、ホテル等で開催された国際会議、展示会・見本市及び企業会議等"),
        ("調査方法", f"会場と主催者への照会（{BUREAU}が集計）"),
        ("公表日", "令和７年７月18日"),
    ], 0)
    st += paras("""
この統計において「国際会議」とは、参加者総数が50人以上で、日本を含む３か国・地域以上から参加者があり、開催期間が１日以上の会議をいう。「外国人参加者」とは、海外から来訪した参加者をいい、国内に住む外国籍の参加者を含まない。また、「企業会議等」とは、企業が海外の社員や取引先を招いて行う会議、研修及び報奨旅行をいう。
""", 0)
    st += [P("２　主要指標", H1)]
    st += paras(f"""
令和６年度（2024年度）の開催件数は{n['開催件数'][2]}件で、前年度から{n['開催件数'][2] - n['開催件数'][1]}件増えた。参加者数は延べ{n['参加者数'][2]:,}人、うち外国人参加者は{n['うち外国人参加者数'][2]:,}人で、いずれも統計を取り始めた平成30年度以降で最も多い。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes(["※１ 開催件数と参加者数は、国際会議、展示会・見本市及び企業会議等の合計である。"])
    st += [P("３　開催地別の状況", H1)]
    st += paras("""
開催地別では、県の国際会議場がある柏央市が全体の半数近くを占めた。鷹羽町では、高原のリゾートホテルを使った企業会議等が国際会議よりも多い。
""", 0)
    st += [caption(venues.title, "（令和６年度、単位：件）"), venues.flowable(), Spacer(1, 2)]
    st += paras("主な会場の状況は、次のとおりである。", 0)
    for i, (head, cap, event, used, _v) in enumerate(HALLS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("最大収容人数", cap), ("主な催し", event), ("利用件数", used)], 1)
    st += [P("４　分野別の国際会議", H1)]
    st += paras("""
国際会議を分野別に見ると、医学が最も多く、自然科学の分野が件数、参加者数ともに全体の半数を超えた。
""", 0)
    st += [caption(fields.title, "（令和６年度）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「その他の分野」は、政治・法律、スポーツ、宗教等である。"])
    st += [P("５　外国人参加者の国・地域", H1)]
    st += paras("""
外国人参加者を国・地域別に見ると、中国が最も多く、韓国、台湾が続いた。アジアからの参加者が全体の約８割を占める。国際会議では、欧米からの参加者の割合が高い。
""", 0)
    st += [caption(origins.title, "（令和６年度）", keep=False), origins.flowable(), Spacer(1, 2)]
    st += notes(["※３ 国・地域は、参加者の居住地による。「その他の国・地域」は、マレーシア、フィリピン、カナダ等である。"])
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 医学と工学の学会を重点に、県内の大学と連携して誘致を進める。",
        "② 企業会議等の主催者向けに、県内の体験プログラムをまとめた案内を作る。",
        "③ 次回の統計（令和７年度分）は、令和８年７月に公表する。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TOKEI_DEPT} ＭＩＣＥ推進班　電話：099-585-2210　ファクス：099-585-2219",
        f"{BUREAU}（開催の相談）　電話：099-585-7300",
        "電子メール：kashiwa-mice@example.jp",
    ]))
    return st


# ================================================================ document 3: credit checks on foreign partners, implementation rules
YORYO = f"{PREF}海外取引先信用調査サービス"
YORYO_DEPT = f"{PREF} 産業労働部 海外展開支援課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
FEES = [  # 調査の種類, アジア, 北米・欧州, その他の地域 (円, 1件当たりの利用料金)
    ("簡易調査", 5000, 8000, 10000), ("標準調査", 15000, 22000, 25000), ("詳細調査", 40000, 55000, 60000),
]
USE = [  # 年度, 利用事業者数（社）, 調査件数（件）, うち詳細調査（件）
    (2022, 41, 87, 9), (2023, 56, 118, 14), (2024, 72, 153, 21),
]
CHECKS = [  # 国・地域, 調査件数, うち取引注意 (令和６年度)
    ("中国", 38, 7), ("ベトナム", 27, 4), ("米国", 21, 1), ("タイ", 18, 2), ("台湾", 14, 0),
    ("インド", 11, 3), ("インドネシア", 9, 2), ("その他の国・地域", 15, 3),
]
KINDS = [  # 見出し, 調査の内容, 報告までの期間, 報告書の言語 (same labels in every sibling section)
    ("簡易調査", "登記情報、所在地及び代表者の確認", "申込みから約７日", "日本語"),
    ("標準調査", "簡易調査の内容に加え、直近３期の財務情報と支払の状況", "申込みから約14日", "日本語"),
    ("詳細調査", "標準調査の内容に加え、現地の調査員による訪問と取引先への聞き取り", "申込みから約30日", "日本語及び英語"),
]
PER_YEAR, DETAILED_PER_YEAR = 6, 2


def yoryo_specs():
    fees = TableSpec(
        key="fees", doc=YORYO_PDF, title="調査の種類別の利用料金（１件当たり）",
        header=[["調査の種類", "アジア", "北米・欧州", "その他の地域"]],
        rows=[[n, fw(a), fw(b), fw(c)] for n, a, b, c in FEES],
        col_widths=[50 * mm, 32 * mm, 32 * mm, 32 * mm], ruled=False, unit="円", table_fy=2025,
    )
    use = TableSpec(
        key="use", doc=YORYO_PDF, title="年度別の利用状況",
        header=[["年度", "利用事業者数（社）", "調査件数（件）", "うち詳細調査（件）"]],
        rows=[[era(y), fw(a), fw(b), fw(c)] for y, a, b, c in USE],
        col_widths=[36 * mm, 40 * mm, 36 * mm, 40 * mm],
    )
    use.unit = lambda row, c, s=use: bracket_unit(s.column_label(c))
    total = sum(r[1] for r in CHECKS)
    rows = [[n, fw(a), cell(pct1(a, total)), fw(b)] for n, a, b in CHECKS]
    rows.append(["合計", fw(total), "100.0", fw(sum(r[2] for r in CHECKS))])
    checks = TableSpec(
        key="checks", doc=YORYO_PDF, title="国・地域別の調査件数と判定",
        header=[["国・地域", "調査件数（件）", "構成比（％）", "うち取引注意（件）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 30 * mm, 40 * mm], table_fy=2024,
    )
    checks.unit = lambda row, c, s=checks: bracket_unit(s.column_label(c))
    return fees, use, checks


def yoryo_story(specs):
    fees, use, checks = specs
    last = USE[-1]
    st = [Spacer(1, 2 * mm), P(f"{YORYO} 実施要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月１日改正", DATE_RIGHT), P(YORYO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras("""
この要領は、県内の事業者が海外の企業と安心して取引を始め、又は続けることができるよう、県が費用の一部を負担して海外取引先の信用調査を行う「海外取引先信用調査サービス」（以下「本サービス」という。）の実施に関し、必要な事項を定める。
""", 0)
    st += [P("２　定義", H1)]
    st += paras("""
この要領において「海外取引先」とは、県内の事業者が取引をし、又は取引をしようとする海外の法人をいう。「信用調査」とは、県が委託した調査会社が、海外取引先の実在、経営及び財務の状況等を調べ、報告書にまとめることをいう。また、「取引注意」とは、調査の結果、支払の遅れ、訴訟、所在の不明その他の取引上の懸念が確認されたとして、調査会社が付けた判定をいう。
""", 0)
    st += [P("３　実施体制と利用できる者", H1)]
    st += lv_lines([
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("利用できる者", "県内に本社又は主たる事業所を有する中小企業者及び個人事業主"),
        ("利用できる件数", f"１事業者当たり年度内に{fw(PER_YEAR)}件まで（うち詳細調査は{fw(DETAILED_PER_YEAR)}件まで）"),
    ], 0)
    st += [P("４　調査の種類", H1)]
    st += paras("調査の種類は次の３種類とし、利用者が選ぶ。", 0)
    for i, (head, what, days, lang) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("調査の内容", what), ("報告までの期間", days), ("報告書の言語", lang)], 1)
    st += [P("５　利用料金", H1)]
    st += paras("利用者が支払う料金は、調査の種類と海外取引先の所在地に応じて次のとおりとする。", 0)
    st += [caption(fees.title, "（単位：円）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「アジア」は中東を除くアジアの国・地域、「北米・欧州」は米国、カナダ及び欧州の国をいい、中東、中南米、アフリカ及びオセアニアは「その他の地域」とする。",
        "※２ 料金は消費税を含む。調査に要する費用のうち利用料金を超える分は、県が負担する。",
    ])
    st += [P("６　相談と申込み", H1)]
    st += lv_lines([
        ("受付窓口", f"{KYOKAI} 貿易相談室"),
        ("受付時間", "平日の午前９時から午後５時まで（正午から午後１時までを除く。）"),
        ("相談の方法", "窓口、電話又はオンライン（オンラインは前日までに予約）"),
        ("申込みの方法", "所定の申込書を電子メールで提出"),
    ], 0)
    st += numbered([
        "① 事前相談（調べたい内容を伝え、調査の種類を決める）",
        "② 申込書の提出（海外取引先の名称、所在地及び取引の内容を記入）",
        "③ 受付と請求（申込みから３営業日以内に、協会から請求書を送る）",
        "④ 利用料金の支払（請求書の発行日から14日以内に銀行振込）",
        "⑤ 調査の実施（入金を確認した日から調査を始める）",
        "⑥ 報告書の送付（電子メールで送る。内容の説明はオンラインで30分まで）",
    ], 0)
    st += paras("次のいずれかに当たる場合は、本サービスを利用できない。", 0)
    st += bullets([
        "調査の対象が個人（個人事業主を含む。）である場合",
        "既に取引上の紛争が生じ、訴訟等の準備のために調査を求める場合",
        "同じ海外取引先について、同じ年度内に同じ種類の調査を申し込む場合",
        "利用料金が期限までに支払われない場合",
    ], 0)
    st += [P("７　報告書の取扱い", H1)]
    st += paras("""
利用者は、報告書を自らの取引の判断のためにだけ使うものとし、第三者に渡し、又は公開してはならない。報告書の内容について、県及び協会は、取引の結果に責任を負わない。
""", 0)
    st += [P("８　利用の状況", H1)]
    st += paras(f"""
本サービスの利用は年々増えており、令和６年度は{last[1]}社が{last[2]}件の調査を利用した。国・地域別では中国が最も多く、取引注意の判定も中国が最も多かった。
""", 0)
    st += [caption(use.title), use.flowable(), Spacer(1, 2)]
    st += [caption(checks.title, "（令和６年度）"), checks.flowable(), Spacer(1, 2)]
    st += notes(["※３ 国・地域は、海外取引先の本社の所在地による。"])
    st += [P("附則", H1)]
    st += paras("この要領は、令和７年（2025年）４月１日から施行する。", 0)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YORYO_DEPT} 貿易振興班　電話：099-581-3510　ファクス：099-581-3519",
        f"{KYOKAI} 貿易相談室（申込み・相談）　電話：099-587-4400",
        "電子メール：kashiwa-shinyo@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return boshu_specs() + tokei_specs() + yoryo_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    bspecs, tspecs, yspecs = boshu_specs(), tokei_specs(), yoryo_specs()
    bdoc = build_pdf(docs_dir / BOSHU_PDF, bspecs, boshu_story(bspecs),
                     f"令和７年度 {BOSHU} 募集要項", "令和７年５月", BOSHU_DEPT)
    tdoc = build_pdf(docs_dir / TOKEI_PDF, tspecs, tokei_story(tspecs),
                     f"令和６年度 {TOKEI}", "令和７年７月", TOKEI_DEPT)
    ydoc = build_pdf(docs_dir / YORYO_PDF, yspecs, yoryo_story(yspecs),
                     f"{YORYO} 実施要領", "令和７年４月１日改正", YORYO_DEPT)
    gold = all_gold({BOSHU_PDF: bdoc.row_pages, TOKEI_PDF: tdoc.row_pages, YORYO_PDF: ydoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


PREFIX_Q, PREFIX_T = "h54q", "h54t"



# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- boshu: the cyber-security subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps
    dict(question="社員８人の貿易商社から相談を受けています。海外の取引先が行う監査に対応するための費用は、何％まで補助してもらえますか？",
         category="boshu", doc=BOSHU_PDF,
         evidence=["商業又はサービス業に属する事業を主たる事業として営む者は５人", "取引先監査への対応費 40 50 25 30"],
         answer=["40"],
         notes="two facts: a trading company is 商業, so the 小規模企業者 limit is 5人 (definition in ２), and 8人 is above "
               "it: the firm is a plain 中小企業者 (note ※１); (a) two-level header, leaf 補助率（％）／中小企業者; 50 "
               "(小規模企業者, what the general 20人 limit would give) is the trap"),
    dict(question="2025年度の募集で、従業員15人の部品メーカーが工場のネットワークを守る機器を入れる場合、補助の上限額はいくらですか？",
         category="boshu", doc=BOSHU_PDF,
         evidence=["常時使用する従業員の数が20人", "機器・ソフトウェアの導入費 50 60 80 100"], answer=["100"],
         notes="(a) leaf 上限額（万円）／小規模企業者: 15人 is within the 20人 of the definition for a manufacturer; the "
               "leaves 中小企業者 / 小規模企業者 are printed under both groups, so 80 (中小企業者) and 60 (the rate) are "
               "traps; 2025年度 = 令和７年度 (only 2021年度 is printed in Western form)"),
    dict(question="2023年度には、この補助金で何件が採択されましたか？",
         category="boshu", doc=BOSHU_PDF, evidence=["令和５年度 35 21 1,468"], answer=["21"],
         notes="(b) years as rows: 2023年度 = 令和５年度; column 採択件数（件）; 35 (申請件数) is the trap"),
    dict(question="令和６年度の申請のうち、採択されたのは何％になりますか？",
         category="boshu", doc=BOSHU_PDF, evidence=["令和６年度 46 28 2,015"], answer=["60.9%"], computed=True,
         notes="(b) share within a row: 28 / 46 = 60.9 %"),
    dict(question="制度が始まってから令和６年度までに交付した補助金は、全部でいくらになりますか？",
         category="boshu", doc=BOSHU_PDF, evidence=["６年度） 126 76 5,169"], answer=["5,169"],
         notes="(b) the total row 計（令和３～６年度） (a fiscal-year range, no single year), column 交付額（万円）; the "
               "prose gives only the 延べ76件; 2,015 (令和６年度 alone) is the trap"),
    dict(question="2024年度に申請してきた食品関係の会社のうち、採択されたのは何％ですか？",
         category="boshu", doc=BOSHU_PDF, evidence=["食料品 ８ ５ 287"], answer=["62.5%"], computed=True,
         notes="(c) share within a row: 5 / 8 = 62.5 % (2024年度 = 令和６年度, the caption note)"),
    dict(question="金属製品の会社には、採択１件当たり平均でいくらの補助金が出ていますか？",
         category="boshu", doc=BOSHU_PDF, evidence=["金属製品 ９ ６ 398"], answer=["66.3万円"], computed=True,
         notes="(c) average in a row: 398 / 6 = 66.3万円 (per adoption, not per application: 44.2万円 is the trap)"),
    dict(question="食品工場の活用事例では、補助金を使ってどんな対策をしましたか？",
         category="boshu", doc=BOSHU_PDF, evidence=["食品製造業Ｂ社", "英文の情報セキュリティ規程と手順書の整備"],
         answer=["英文の情報セキュリティ規程"],
         notes="sibling sections （１）–（３） of ６ share the labels 主な取引先の国・地域, 実施した対策, 補助金の額; "
               "（２）食品製造業Ｂ社; the siblings' 対策 (診断と研修, 監視する機器) are the near misses"),
    dict(question="補助事業が終わったら、実績報告はいつまでに出せばよいですか？",
         category="boshu", doc=BOSHU_PDF, evidence=["実績報告（事業の完了から20日以内"], answer=["20日以内"],
         notes="procedure step ⑥ (20日以内 of the completion, at the latest 令和８年２月13日); the end of the project "
               "period in step ⑤ (令和８年１月30日) is a near miss"),
    dict(question="対策の一環で社員のノートパソコンを新しくしたいという会社があります。その購入費も補助の対象になりますか？",
         category="boshu", doc=BOSHU_PDF,
         evidence=["次の経費は、補助の対象になりません", "パソコン、スマートフォン等の汎用性が高い機器"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence and four ○ items): general-purpose machines; the row "
               "機器・ソフトウェアの導入費 of the rate table is covered, the near miss"),
    # --- tokei: the international meetings statistics, tables (d) (e) (f) (g), a definition, sibling sections
    dict(question="2023年度に県内で開かれた国際会議や展示会などの延べ開催日数は、何日でしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["延べ開催日数 日 186 251 297"], answer=["251"],
         notes="(d) years as columns with a 単位 column: 2023年度 = 令和５年度 (the report prints only 2024年度 in "
               "Western form); 297 (令和６年度) is the trap"),
    dict(question="外国人参加者の数は、令和４年度から令和６年度までに何倍になりましたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["うち外国人参加者数 人 3,912 7,865 9,740"], answer=["2.5倍"],
         computed=True, notes="(d) ratio across the year columns: 9,740 / 3,912 = 2.5倍"),
    dict(question="汐見市で開かれた展示会や見本市は、何件でしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["汐見市 17 ９ ８ 34"], answer=["９"],
         notes="(e) row 汐見市, column 展示会・見本市 (unit 件 in the caption note); 17 (国際会議) and 34 (計) are traps"),
    dict(question="2024年度に鷹羽町で開かれた会議やイベントは、種類を問わず全部で何件ですか？",
         category="tokei", doc=TOKEI_PDF, evidence=["鷹羽町 ９ ２ 12 23"], answer=["23"],
         notes="(e) the total column 計 on the right, row 鷹羽町; 12 (企業会議等, the largest type there) is the trap"),
    dict(question="柏央市で開かれたものは、県全体の開催件数の何％を占めていますか？",
         category="tokei", doc=TOKEI_PDF, evidence=["柏央市 38 14 22 74", "合計 73 28 54 155"], answer=["47.7%"],
         computed=True,
         notes="(e) share of a row total in the grand total: 74 / 155 = 47.7 % (the prose says only 半数近く)"),
    dict(question="自然科学系の国際会議に参加した人は、合わせて何人でしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["小計（自然科学） 41 14,785 2,503"], answer=["14,785"],
         notes="(f) a subtotal row inside the table, column 参加者数（人）; 22,070 (合計) and 2,503 (外国人) are traps"),
    dict(question="医学の国際会議には、１件当たり平均で何人くらい参加していますか？",
         category="tokei", doc=TOKEI_PDF, evidence=["医学 19 8,240 1,105"], answer=["434人"], computed=True,
         notes="(f) average in a row: 8,240 / 19 = 433.7, about 434人"),
    dict(question="参加者がちょうど50人で、日本のほか２か国から人が来た１日の会議は、統計上の「国際会議」に入りますか？",
         category="tokei", doc=TOKEI_PDF, evidence=["参加者総数が50人以上で、日本を含む３か国・地域以上"],
         answer=["50人以上"],
         notes="definition 「国際会議」とは、参加者総数が50人以上で、日本を含む３か国・地域以上…１日以上 (yes: asked at "
               "both boundaries, Japan and two countries being three)"),
    dict(question="英国から来た外国人参加者は何人でしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["英国 188 102"], answer=["188"],
         notes="(g) continuation page (no header there), column 外国人参加者数（人）; 102 (うち国際会議) is the trap"),
    dict(question="国際会議に限ると、外国人参加者が２番目に多い国はどこですか？",
         category="tokei", doc=TOKEI_PDF, evidence=["米国 742 640"], answer=["米国"],
         notes="(g) second largest in the column うち国際会議（人）: 中国 702, 米国 640, 韓国 598 (韓国 is second in all "
               "events, as the prose says, the trap); 米国 is on the continuation page"),
    dict(question="令和６年度、汐見の展示場は何件利用されましたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["汐見港国際展示場", "利用件数：19件"], answer=["19件"],
         notes="sibling sections （１）–（３） of ３ share the labels 最大収容人数, 主な催し, 利用件数; （２）汐見港国際展示場; "
               "46件 and 17件 are the siblings' values, 34 (汐見市 in the venue table) a near miss"),
    # --- yoryo: the credit-check service rules, tables (h) (i) (j), definitions, sibling sections, label-value lines
    dict(question="オーストラリアの会社を標準調査で調べてもらうと、料金はいくらですか？",
         category="yoryo", doc=YORYO_PDF, evidence=["アフリカ及びオセアニアは", "標準調査 15,000 22,000 25,000"],
         answer=["25,000"],
         notes="two facts: note ※１ puts オセアニア in その他の地域; (h) unruled table, row 標準調査, column その他の地域 "
               "(unit 円 in the caption note); 15,000 (アジア) is the trap"),
    dict(question="ドイツの取引先は標準調査、中国の取引先は簡易調査で頼むと、料金は合わせていくらになりますか？",
         category="yoryo", doc=YORYO_PDF,
         evidence=["標準調査 15,000 22,000 25,000", "簡易調査 5,000 8,000 10,000"], answer=["27,000円"], computed=True,
         notes="(h) sum of two cells: 22,000 (北米・欧州, ドイツ by note ※１) + 5,000 (アジア) = 27,000円"),
    dict(question="信用調査の相談は、何時から何時まで受け付けていますか？",
         category="yoryo", doc=YORYO_PDF, evidence=["受付時間：平日の午前９時から午後５時まで"],
         answer=["午前９時から午後５時まで"],
         notes="「label：value」 line 受付時間 (weekdays, the lunch hour excluded)"),
    dict(question="今年度すでに詳細調査を２件使った会社が、別の取引先についてもう１件詳細調査を申し込めますか？",
         category="yoryo", doc=YORYO_PDF, evidence=["うち詳細調査は２件まで"], answer=["２件まで"],
         notes="「label：value」 line 利用できる件数 (６件まで, うち詳細調査は２件まで): no; the ６件 overall is the near miss"),
    dict(question="現地に調査員が行ってくれるタイプの調査だと、報告が届くまでどのくらいかかりますか？",
         category="yoryo", doc=YORYO_PDF, evidence=["現地の調査員による訪問", "報告までの期間：申込みから約30日"],
         answer=["約30日"],
         notes="sibling sections （１）–（３） of ４ share the labels 調査の内容, 報告までの期間, 報告書の言語; "
               "（３）詳細調査 (named by its content); 約７日 and 約14日 are the siblings' values"),
    dict(question="2023年度には、何社がこのサービスを利用しましたか？",
         category="yoryo", doc=YORYO_PDF, evidence=["令和５年度 56 118 14"], answer=["56"],
         notes="(i) years as rows: 2023年度 = 令和５年度 (the rules print only 2025年 in Western form); column "
               "利用事業者数（社）; 118 (調査件数) is the trap"),
    dict(question="調べた海外企業のうち、ベトナムの企業は何％を占めていましたか？",
         category="yoryo", doc=YORYO_PDF, evidence=["ベトナム 27 17.6 ４"], answer=["17.6"],
         notes="(j) counts and per cents in paired columns, column 構成比（％）; 27 (the count) is the trap"),
    dict(question="中国の企業を調べた結果、取引注意と判定されたのは何％ですか？",
         category="yoryo", doc=YORYO_PDF, evidence=["中国 38 24.8 ７"], answer=["18.4%"], computed=True,
         notes="(j) share within a row: 7 / 38 = 18.4 %; 24.8 (the printed 構成比, China's share of all checks) is the trap"),
    # --- followups
    dict(question="では、それ以外の中小企業だと、その経費の上限額はいくらですか？",
         category="followup", doc=BOSHU_PDF, evidence=["社員研修費 50 75 15 20"], answer=["15"],
         history=_turns("社員研修の費用は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の場合、社員研修費の補助率は75％です[1]。"),
         notes="(a) the row from the history (社員研修費), the other group and leaf: 上限額（万円）／中小企業者; 20 "
               "(小規模企業者) and 50 (the rate) are the traps"),
    dict(question="そこで開かれた国際会議は何件ですか？",
         category="followup", doc=TOKEI_PDF, evidence=["柏央市 38 14 22 74"], answer=["38"],
         history=_turns("柏央市で開かれた企業会議等は何件でしたか？",
                        "令和６年度に柏央市で開かれた企業会議等は22件でした[1]。"),
         notes="(e) the row from the history (柏央市), column 国際会議; 74 (計) is the trap"),
    dict(question="そのうち国際会議に参加した人は何人ですか？",
         category="followup", doc=TOKEI_PDF, evidence=["タイ 705 250"], answer=["250"],
         history=_turns("2024年度、タイからの外国人参加者は何人でしたか？",
                        "令和６年度（2024年度）のタイからの外国人参加者は705人でした[1]。"),
         notes="(g) the row from the history (タイ, the first row of the continuation page), column うち国際会議（人）"),
    dict(question="その年度は、１社当たり平均で何件の調査を頼んだ計算になりますか？",
         category="followup", doc=YORYO_PDF, evidence=["令和６年度 72 153 21"], answer=["2.1件"], computed=True,
         history=_turns("令和６年度にこのサービスを使った事業者は何社ですか？",
                        "令和６年度の利用事業者は72社でした[1]。"),
         notes="(i) the year from the history (令和６年度), average in a row: 153 / 72 = 2.1件"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=YORYO_PDF, evidence=["電話：099-587-4400"], answer=["099-587-4400"],
         history=_turns("信用調査を申し込みたいという会社があるのですが、窓口はどこですか？",
                        "一般社団法人柏県貿易協会の貿易相談室が受付窓口です[1]。"),
         notes="contact box of the rules: the 貿易相談室's phone (second line); the 班's phone 099-581-3510 and fax "
               "099-581-3519 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使って対策をした会社のうち、その後にサイバー攻撃の被害にあった会社は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives applications, adoptions and grants by year and by industry, nothing on incidents after",
         absent=["被害", "攻撃", "インシデント"]),
    dict(question="令和６年度に採択された会社を市町村別に見ると、汐見市の会社は何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the adoptions are given by year and by industry only; the case of Ｂ社（汐見市） is a near miss",
         absent=["市町村別", "市町別"]),
    dict(question="外国人参加者は、県内で１人当たりいくらお金を使っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the statistics count events, days and participants, not their spending",
         absent=["消費額", "経済効果", "支出額"]),
    dict(question="国際会議がいちばん多く開かれたのは何月ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the statistics give the fiscal years, venues, types, fields and countries, no months",
         absent=["月別", "開催月"]),
    dict(question="柏県貿易協会の会員になっていると、信用調査の料金は安くなりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the fees depend only on the kind of check and the region; nothing on membership",
         absent=["会員", "割引"]),
    dict(question="取引注意と判定されたあと、その取引先との取引をやめた会社はどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the rules count the 取引注意 judgements by country, not what the firms did afterwards",
         absent=["取引をやめ", "取引を中止", "取引の中止"]),
]
CATEGORY_COUNTS = {"boshu": 10, "tokei": 11, "yoryo": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I, J = (
    "経費区分別の補助率と上限額", "年度別の申請と交付の実績", "業種別の申請件数と交付額",
    "主要指標の推移", "開催地別・種類別の開催件数", "分野別の国際会議の開催件数と参加者数", "国・地域別の外国人参加者数",
    "調査の種類別の利用料金（１件当たり）", "年度別の利用状況", "国・地域別の調査件数と判定")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I, J), "abcdefghij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit, q="0.1") -> str:
    v = half_up(Decimal(x) / Decimal(y), q)
    return f"{int(v) if v == v.to_integral() else v}{unit}"


def _qid(question: str) -> str:
    """The id a question gets, found by its text (so COMPUTED survives a reordering)."""
    return next(f"{PREFIX_Q}{i:02d}" for i, q in enumerate(QUESTIONS, 1) if q["question"] == question)


COMPUTED_BY_TEXT = {  # question text start -> the answer string, computed from gold cells
    "令和６年度の申請のうち": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "2024年度に申請してきた食品": lambda g: _pct(g(C, "食料品", "採択件数（件）", 2024), g(C, "食料品", "申請件数（件）", 2024)),
    "金属製品の会社には": lambda g: _avg(g(C, "金属製品", "交付額（万円）", 2024), g(C, "金属製品", "採択件数（件）", 2024), "万円"),
    "外国人参加者の数は": lambda g: _avg(g(D, "うち外国人参加者数", "令和６年度", 2024), g(D, "うち外国人参加者数", "令和４年度", 2022), "倍"),
    "柏央市で開かれたものは": lambda g: _pct(g(E, "柏央市", "計", 2024), g(E, "合計", "計", 2024)),
    "医学の国際会議には": lambda g: _avg(g(F, "医学", "参加者数（人）", 2024), g(F, "医学", "件数（件）", 2024), "人", "1"),
    "ドイツの取引先は": lambda g: f"{g(H, '標準調査', '北米・欧州', 2025) + g(H, '簡易調査', 'アジア', 2025):,}円",
    "中国の企業を調べた結果": lambda g: _pct(g(J, "中国", "うち取引注意（件）", 2024), g(J, "中国", "調査件数（件）", 2024)),
    "その年度は、１社当たり": lambda g: _avg(g(I, "令和６年度", "調査件数（件）", 2024), g(I, "令和６年度", "利用事業者数（社）", 2024), "件"),
}


def computed_checks() -> dict:
    out = {}
    for start, fn in COMPUTED_BY_TEXT.items():
        hits = [q["question"] for q in QUESTIONS if q["question"].startswith(start)]
        assert len(hits) == 1, (start, hits)
        out[_qid(hits[0])] = fn
    return out


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {BOSHU_PDF: (3, 3), TOKEI_PDF: (3, 3), YORYO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 210)
TABLE_QUESTIONS = 20  # at least, outside the followups
CONTINUED = "origins"  # the table continued over a page break without its header
UNRULED = "fees"


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout54.py")
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


def _printed_number(num: str, text: str) -> bool:
    """The number (as a string, NFKC) printed on its own in the normalised text (not inside a
    longer number)."""
    return re.search(r"(?<![\d.,])" + re.escape(num) + r"(?![\d]|[.,]\d)", text) is not None


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
        if q.get("computed"):  # stricter: the computed number is printed nowhere in its document
            for a in q["answer"]:
                num = re.match(r"[\d,.]+", nfkc(a))
                if not num or _printed_number(num.group(0), doc_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number of {a!r} is printed in its document")
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
    errors += check_computed(questions, computed_checks(), GoldIndex(gold))
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout54.py")
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

    def adds_up(table, cols, total="合計", rows=None):
        tab = t[table]
        members = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in members):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms get at least the general rate and cap; no cap above the firm cap of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／小規模企業者"] < r["上限額（万円）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 cap below the 中小企業者 cap")
        if r["上限額（万円）／小規模企業者"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; adoptions within applications; grants within adoptions × firm cap; the total row
    b = t[B]
    years = [r for r in b if r != RECORD_TOTAL_LABEL]
    ns = [b[r]["申請件数（件）"] for r in years]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row in years:
        r = b[row]
        if r["採択件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["採択件数（件）"] * COMPANY_CAP:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
    adds_up(B, ("申請件数（件）", "採択件数（件）", "交付額（万円）"), total=RECORD_TOTAL_LABEL)
    # (c): 合計 adds up and equals (b)'s 令和６年度; adoptions within applications
    c = t[C]
    adds_up(C, ("申請件数（件）", "採択件数（件）", "交付額（万円）"))
    if any(c["合計"][k] != b["令和６年度"][k] for k in ("申請件数（件）", "採択件数（件）", "交付額（万円）")):
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    if any(r["採択件数（件）"] > r["申請件数（件）"] for r in c.values()):
        errors.append(f"{C}: 採択件数 above 申請件数")
    # (d): growing; 外国人 within 参加者; the 令和６年度 column equals (e) and (g)
    d = t[D]
    for row, r in d.items():
        vals = [r[era(y)] for y in IND_YEARS]
        if vals != sorted(set(vals)):
            errors.append(f"{D} / {row}: should grow every year")
    if any(d["うち外国人参加者数"][era(y)] > d["参加者数"][era(y)] for y in IND_YEARS):
        errors.append(f"{D}: 外国人 above 参加者数")
    e = t[E]
    if d["開催件数"]["令和６年度"] != e["合計"]["計"]:
        errors.append(f"{D}: 令和６年度 開催件数 differs from the grand total of {E}")
    # (e): the total column adds up in every row, the 合計 row in every column
    for row, r in e.items():
        if r["計"] != r["国際会議"] + r["展示会・見本市"] + r["企業会議等"]:
            errors.append(f"{E} / {row}: 計 does not add up")
    adds_up(E, ("国際会議", "展示会・見本市", "企業会議等", "計"))
    # (f): each subtotal adds its group, 合計 adds the subtotals and equals (e)'s 国際会議
    f = t[F]
    cols_f = ("件数（件）", "参加者数（人）", "うち外国人参加者数（人）")
    for sub, members in FIELD_GROUPS:
        adds_up(F, cols_f, total=sub, rows=[m[0] for m in members])
    adds_up(F, cols_f, rows=list(SUBTOTALS))
    if f["合計"]["件数（件）"] != e["合計"]["国際会議"]:
        errors.append(f"{F}: 合計 件数 differs from 国際会議 in {E}")
    if any(r["うち外国人参加者数（人）"] > r["参加者数（人）"] for r in f.values()):
        errors.append(f"{F}: 外国人 above 参加者数")
    # (g): 合計 adds up; うち within its row; totals equal (d) and (f)
    g7 = t[G]
    adds_up(G, ("外国人参加者数（人）", "うち国際会議（人）"))
    if any(r["うち国際会議（人）"] > r["外国人参加者数（人）"] for r in g7.values()):
        errors.append(f"{G}: うち国際会議 above 外国人参加者数")
    if g7["合計"]["外国人参加者数（人）"] != d["うち外国人参加者数"]["令和６年度"] \
            or g7["合計"]["うち国際会議（人）"] != f["合計"]["うち外国人参加者数（人）"]:
        errors.append(f"{G}: 合計 differs from {D} or {F}")
    # (h): fees grow with the depth of the check and with the distance of the region
    h = t[H]
    regions = ("アジア", "北米・欧州", "その他の地域")
    for row, r in h.items():
        if [r[k] for k in regions] != sorted(set(r[k] for k in regions)):
            errors.append(f"{H} / {row}: fees should grow from アジア to その他の地域")
    for k in regions:
        if [h[n][k] for n, *_x in FEES] != sorted(set(h[n][k] for n, *_x in FEES)):
            errors.append(f"{H}: fees of {k} should grow from 簡易 to 詳細")
    # (i): growing; 詳細 within 調査件数; 令和６年度 equals (j)'s 合計
    i9 = t[I]
    for k in ("利用事業者数（社）", "調査件数（件）", "うち詳細調査（件）"):
        vals = [i9[era(y)][k] for y, *_x in USE]
        if vals != sorted(set(vals)):
            errors.append(f"{I}: {k} should grow every year")
    if i9["令和６年度"]["調査件数（件）"] != t[J]["合計"]["調査件数（件）"]:
        errors.append(f"{I}: 令和６年度 調査件数 differs from the 合計 of {J}")
    for y, firms, n, detailed in USE:
        if detailed > firms * DETAILED_PER_YEAR or n > firms * PER_YEAR:
            errors.append(f"{I} / {era(y)}: more checks than the limits allow")
    # (j): 合計 adds up; the per cents come from the counts; 取引注意 within 調査件数
    j = t[J]
    adds_up(J, ("調査件数（件）", "うち取引注意（件）"))
    total = j["合計"]["調査件数（件）"]
    for row, r in j.items():
        if row != "合計" and Decimal(str(r["構成比（％）"])) != pct1(r["調査件数（件）"], total):
            errors.append(f"{J} / {row}: 構成比 differs from the counts")
        if r["うち取引注意（件）"] > r["調査件数（件）"]:
            errors.append(f"{J} / {row}: 取引注意 above 調査件数")
    if abs(sum(Decimal(str(r["構成比（％）"])) for row, r in j.items() if row != "合計") - 100) > Decimal("0.2"):
        errors.append(f"{J}: the per cents do not come to about 100")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    cont = specs[CONTINUED]
    bp = sorted({g["page"] for g in gold if g["table"] == cont.title})
    if len(bp) != 2:
        errors.append(f"{cont.title} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(cont.header[0]))
        on = [i + 1 for i, p in enumerate(pages[cont.doc]) if header in norm(p)]
        if cont.repeat_header or on != bp[:1]:
            errors.append(f"{cont.title}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == cont.title and g["page"] == bp[0]}
        after = {g["row"] for g in gold if g["table"] == cont.title and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8 or len(after) < 3:
            errors.append(f"{cont.title}: {len(first)} rows before the page break and {len(after)} after, "
                          f"expected 3-8 before and at least 3 after")
        if not {"中国", "韓国"} <= first or not {"英国", "米国", "タイ", "合計"} <= after:
            errors.append(f"{cont.title}: rows on the wrong side of the page break ({sorted(first)} / {sorted(after)})")
        if norm("参加者の居住地による") not in norm(pages[cont.doc][bp[1] - 1]):
            errors.append(f"{cont.title}: note ※３ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == CONTINUED:
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs[UNRULED].ruled or not all(s.ruled for k, s in specs.items() if k != UNRULED):
        errors.append(f"only {H} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／中小企業者", "上限額（万円）／小規模企業者"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b) and (i): years as rows; (b) ends in a total row over a fiscal-year range
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in RECORD] + [None]:
        errors.append(f"{B}: expected years as rows and a total row")
    if {tuple(g["fiscal_year_range"]) for g in gold if g["table"] == B and g["fiscal_year_range"]} \
            != {(RECORD[0][0], RECORD[-1][0])}:
        errors.append(f"{B}: the total row should carry the range {RECORD[0][0]}-{RECORD[-1][0]}")
    if any(g["fiscal_year_range"] for g in gold if g["table"] != B):
        errors.append("only the total row of (b) has a fiscal-year range")
    if [g["fiscal_year"] for g in gold if g["table"] == I][::3] != [y for y, *_x in USE]:
        errors.append(f"{I}: expected years as rows")
    # (d): fiscal years as columns and a 単位 column giving each row's unit
    ind = specs["indicators"]
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    if dcols != [era(y) for y in IND_YEARS] or ind.header[0][1] != "単位" \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == D):
        errors.append(f"{D}: expected the fiscal years as columns, got {dcols}")
    units = {g["row"]: g["unit"] for g in gold if g["table"] == D}
    if units != {n: nfkc(u) for n, u, *_v in INDICATORS} or len(set(units.values())) < 3:
        errors.append(f"{D}: units should come from the 単位 column ({units})")
    # (e): a total column on the right
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    if ecols[-1] != "計" or len(ecols) != 4:
        errors.append(f"{E}: expected a total column 計 on the right, got {ecols}")
    # (f): subtotal rows inside the table, each after its group, drawn bold
    frows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == F))
    want_rows = [r for sub, ms in FIELD_GROUPS for r in [m[0] for m in ms] + [sub]] + ["合計"]
    if frows != want_rows or not set(SUBTOTALS) <= set(specs["fields"].bold_rows):
        errors.append(f"{F}: expected subtotal rows inside the table, got {frows}")
    # (j): counts and per cents in paired columns
    jcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == J))
    if jcols[:2] != ["調査件数（件）", "構成比（％）"]:
        errors.append(f"{J}: expected a count and its per cent side by side, got {jcols}")
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
        got = re.findall(r"099-58\d-\d{4}", text)
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
        if re.findall(r"20\d\d年", text) != want:
            errors.append(f"{what}: Western years {re.findall(r'20[0-9][0-9]年', text)}, expected only {want}")

    # ---- the call for applications
    bo = norm("\n".join(pages[BOSHU_PDF]))
    siblings(bo, BOSHU_PDF, ("主な取引先の国・地域：", "実施した対策：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件を採択") not in bo:
        errors.append("call: the 延べ adoptions in the prose differ from (b)")
    last, prev = RECORD[-1], RECORD[-2]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択") not in bo \
            or norm(f"前年度は{prev[1]}件の申請に対し{prev[2]}件") not in bo:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    if max(TRADES, key=lambda r: r[1])[0] != "電子部品・デバイス" or max(TRADES, key=lambda r: r[3])[0] != "電子部品・デバイス" \
            or sorted(r[1] for r in TRADES)[-1] == sorted(r[1] for r in TRADES)[-2]:
        errors.append("call: 「電子部品・デバイスが申請件数、交付額ともに最も多く」 does not hold")
    caps = {r[0]: r for r in RATES}
    case_caps = {"電子部品・デバイス": caps["セキュリティ診断費"][4] + caps["社員研修費"][4],
                 "食料品": caps["規程・文書の整備費"][4], "金属製品": caps["機器・ソフトウェアの導入費"][4]}
    for head, _w, _what, amount, trade in CASES:
        if int(amount.rstrip("万円")) > min(case_caps[trade], COMPANY_CAP):
            errors.append(f"call: case {head} is above the caps of its costs")
    western(bo, ["2021年"], "call")
    defs(bo, ("海外取引", "小規模企業者", "取引先の要請"), "call")
    for x in EXCLUDED:
        if norm(x) not in bo:
            errors.append(f"call: the cost not covered {x} is missing")
    raw = "\n".join(pages[BOSHU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    if norm(f"１事業者当たり{COMPANY_CAP}万円") not in bo:
        errors.append("call: the firm cap of note ※２ is missing")
    steps_of(BOSHU_PDF, "①②③④⑤⑥⑦", "call")
    contacts(BOSHU_PDF, ["099-581-3420", "099-581-3429", "099-583-6100"], ["kashiwa-cyber@example.jp"], "call")

    # ---- the statistics report
    to = norm("\n".join(pages[TOKEI_PDF]))
    siblings(to, TOKEI_PDF, ("最大収容人数：", "主な催し：", "利用件数："), [h[0] for h in HALLS])
    n = {name: vs for name, _u, *vs in INDICATORS}
    if norm(f"開催件数は{n['開催件数'][2]}件で、前年度から{n['開催件数'][2] - n['開催件数'][1]}件増えた") not in to \
            or norm(f"参加者数は延べ{n['参加者数'][2]:,}人、うち外国人参加者は{n['うち外国人参加者数'][2]:,}人") not in to:
        errors.append("statistics: the main figures in the prose differ from (d)")
    venue_total = {v[0]: v[1] + v[2] + v[3] for v in VENUES}
    grand = sum(venue_total.values())
    if not 0.45 <= venue_total["柏央市"] / grand < 0.5:
        errors.append("statistics: 「柏央市が全体の半数近く」 does not hold")
    taka = next(v for v in VENUES if v[0] == "鷹羽町")
    if not taka[3] > taka[1]:
        errors.append("statistics: 「鷹羽町では…企業会議等が国際会議よりも多い」 does not hold")
    for head, _cap, _e, used, venue in HALLS:
        if int(used.rstrip("件")) > venue_total[venue]:
            errors.append(f"statistics: hall {head} used more often than events held in {venue}")
    every = [m for _s, ms in FIELD_GROUPS for m in ms]
    nat = FIELD_GROUPS[0][1]
    if max(every, key=lambda m: m[1])[0] != "医学" or not (
            2 * sum(m[1] for m in nat) > sum(m[1] for m in every) and 2 * sum(m[2] for m in nat) > sum(m[2] for m in every)):
        errors.append("statistics: 「医学が最も多く、自然科学の分野が件数、参加者数ともに全体の半数を超えた」 does not hold")
    ranked = [o[0] for o in sorted(ORIGINS, key=lambda o: -o[1])]
    ranked_conf = [o[0] for o in sorted(ORIGINS, key=lambda o: -o[2])]
    all_g = sum(o[1] for o in ORIGINS)
    if ranked[:3] != ["中国", "韓国", "台湾"] or ranked_conf[:3] != ["中国", "米国", "韓国"] \
            or not 0.75 <= sum(o[1] for o in ASIA) / all_g < 0.82:
        errors.append("statistics: the country ranking (中国, 韓国, 台湾; 米国 second in 国際会議) or 約８割 does not hold")
    asia_share = sum(o[2] for o in ASIA) / sum(o[1] for o in ASIA)
    west = [o for o in ORIGINS if o[0] in ("米国", "ドイツ", "フランス", "英国")]
    if not sum(o[2] for o in west) / sum(o[1] for o in west) > asia_share:
        errors.append("statistics: 「国際会議では、欧米からの参加者の割合が高い」 does not hold")
    western(to, ["2024年"], "statistics")
    defs(to, ("国際会議", "外国人参加者", "企業会議等"), "statistics")
    steps_of(TOKEI_PDF, "①②③", "statistics")
    contacts(TOKEI_PDF, ["099-585-2210", "099-585-2219", "099-585-7300"], ["kashiwa-mice@example.jp"], "statistics")

    # ---- the implementation rules
    yo = norm("\n".join(pages[YORYO_PDF]))
    siblings(yo, YORYO_PDF, ("調査の内容：", "報告までの期間：", "報告書の言語："), [k[0] for k in KINDS])
    last = USE[-1]
    if norm(f"令和６年度は{last[1]}社が{last[2]}件の調査を利用") not in yo:
        errors.append("rules: the 令和６年度 figures in the prose differ from (i)")
    if max(CHECKS, key=lambda r: r[1])[0] != "中国" or max(CHECKS, key=lambda r: r[2])[0] != "中国":
        errors.append("rules: 「中国が最も多く、取引注意の判定も中国が最も多かった」 does not hold")
    if norm(f"年度内に{fw(PER_YEAR)}件まで（うち詳細調査は{fw(DETAILED_PER_YEAR)}件まで）") not in yo:
        errors.append("rules: the limits per firm are missing")
    days = [int(re.search(r"約(\d+)日", k[2]).group(1)) for k in KINDS]
    if days != sorted(set(days)):
        errors.append("rules: the report periods should grow with the depth of the check")
    western(yo, ["2025年"], "rules")
    defs(yo, ("海外取引先", "信用調査", "取引注意"), "rules")
    if norm("アフリカ及びオセアニアは「その他の地域」") not in yo or norm("「北米・欧州」は米国、カナダ及び欧州の国") not in yo:
        errors.append("rules: note ※１ (the regions) is missing")
    steps_of(YORYO_PDF, "①②③④⑤⑥", "rules")
    contacts(YORYO_PDF, ["099-581-3510", "099-581-3519", "099-587-4400"], ["kashiwa-shinyo@example.jp"], "rules")

    # every phone number of the set is fictional (099-58x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{name}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
