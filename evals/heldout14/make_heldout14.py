"""Build the 茜県 held-out set 14: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (茜県 and every town, scheme, organisation, foreign province, phone
number, address, URL and figure). The documents are in three genres the earlier sets do not use:
a call for applications (募集案内) for a subsidy towards foreign filings of patents, utility
models, designs and trademarks (中小企業外国出願支援事業) with a two-level header of caps by right
type and a yearly record (years as rows); the annual report (実施報告書) of a grassroots
technical-cooperation project with a foreign province (草の根技術協力事業) with the activities by
year (years as rows and a 合計 row over the period) and the indicators' baseline, target and
result, each row's unit in its label; and the results report (結果報告書) of a survey of
foreign-affiliated companies (外資系企業実態調査) with the companies by country of the parent
company (a table continued over a page break without its header), the answers by region as
percentages that add up to 100.0 per row beside an ｎ column, and an unruled table of issues in
two survey years; see README.md beside this file.

    python make_heldout14.py [OUTPUT_DIR]          # default: this file's directory

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

SHUTSUGAN_PDF = "akane_gaikoku_shutsugan_shien_boshu_r7.pdf"
KUSANONE_PDF = "akane_kusanone_gijutsu_kyoryoku_hokoku_r6.pdf"
CHOSA_PDF = "akane_gaishikei_kigyo_chosa_kekka_r6.pdf"
ALL_PDFS = (SHUTSUGAN_PDF, KUSANONE_PDF, CHOSA_PDF)

UNITS = ("万円", "世帯", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
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
    """(number, unit) as printed after NFKC; (None, None) for text cells."""
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


def num(x) -> str:
    """A cell: an int as docgen prints it (single digits full-width), a float with one decimal."""
    return f"{x:.1f}" if isinstance(x, float) else fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, a year per column
    where a header names one, and a fiscal-year range for a 合計 row over several years."""

    total_range: tuple | None = None  # (first, last) fiscal year of a 合計 row below year rows

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
            fy_range = None
            if fy is None and spec.total_range and row_label == "合計":
                fy_range = list(spec.total_range)
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


PREF = "茜県"
CITY = "茜市"

# ================================================================ document 1: foreign-filing subsidy call
KIKO = "公益財団法人茜県産業振興機構"
SHUTSUGAN = f"{PREF}中小企業外国出願支援事業"
SHUTSUGAN_DEPT = f"{PREF} 産業労働部 産業振興課"
RIGHTS = [  # 権利の種類, 補助率（％）, 上限額（万円）: １か国のみ, ２か国以上 (令和７年度, １案件当たり)
    ("特許", 50, 100, 180), ("実用新案", 50, 35, 60), ("意匠", 50, 40, 70), ("商標", 50, 30, 60),
    ("冒認対策商標", 50, 15, 30),
]
SMALL_RATE = "３分の２"  # note ※１: the rate for 小規模企業者
COMPANY_CAP = 300  # note ※２: 万円 per company and year
ADOPTIONS = [  # 年度, 申請件数, 採択件数, 交付額（万円）
    (2020, 31, 18, 1426), (2021, 36, 21, 1690), (2022, 42, 24, 2105), (2023, 47, 26, 2318), (2024, 55, 29, 2547),
]
SESSIONS = [  # 見出し, 日時, 会場, 定員 (same labels in every sibling section)
    ("茜市会場", "令和７年５月15日（木）午後２時から午後３時30分まで", "茜県産業会館 ３階 第１会議室", "40人"),
    ("東浦市会場", "令和７年５月21日（水）午後２時から午後３時30分まで", "東浦市商工会館 大ホール", "30人"),
    ("オンライン開催", "令和７年５月28日（水）午前10時から午前11時まで", "Web会議システム（申込者に接続先を連絡します）", "100人"),
]


def shutsugan_specs():
    rights = TableSpec(
        key="rights", doc=SHUTSUGAN_PDF, title="権利の種類別の補助率と上限額",
        header=[["権利の種類", "補助率（％）", "１案件当たりの上限額（万円）", ""],
                ["", "", "１か国のみ", "２か国以上"]],
        rows=[[n, fw(r), fw(a), fw(b)] for n, r, a, b in RIGHTS],
        col_widths=[40 * mm, 30 * mm, 34 * mm, 34 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0))],
        unit={1: "%", 2: "万円", 3: "万円"}, table_fy=2025,
    )
    adoptions = TableSpec(
        key="adoptions", doc=SHUTSUGAN_PDF, title="申請件数と採択件数の推移",
        header=[["年度", "申請件数（件）", "採択件数（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c)] for y, a, b, c in ADOPTIONS],
        col_widths=[34 * mm, 34 * mm, 34 * mm, 34 * mm],
    )
    adoptions.unit = lambda row, c, s=adoptions: bracket_unit(s.column_label(c))
    return rights, adoptions


def shutsugan_story(specs):
    rights, adoptions = specs
    last = ADOPTIONS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SHUTSUGAN} 募集案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KIKO, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += paras(f"""
県内の中小企業が海外で自社の技術やブランドを守れるよう、外国への特許、実用新案、意匠及び商標の出願に要する経費の一部を補助します。本事業は、{PREF}の補助を受けて当機構が実施するもので、令和２年度（2020年度）に始まりました。
""", 0)
    st += lv_lines([
        ("事業名", SHUTSUGAN),
        ("実施機関", KIKO),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含みます。）"),
        ("募集期間", "令和７年５月12日（月）から令和７年６月20日（金）午後５時まで"),
        ("予算額", "3,200万円"),
        ("採択予定件数", "30件程度"),
        ("補助事業期間", "交付決定日から令和８年１月30日まで"),
    ], 0)
    st += paras("""
この案内において「外国出願」とは、既に日本国特許庁に行った出願を基礎として、優先権を主張して外国の特許庁に行う出願及び特許協力条約に基づく国際出願の各国への移行をいいます。また、「冒認対策商標」とは、第三者による商標の先取り出願を防ぐことを目的として、自社の商標を外国に出願するものをいいます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助の対象となる経費は、次のとおりです。", 0)
    st += bullets([
        "外国の特許庁に納める出願手数料",
        "国内代理人及び現地代理人に支払う費用",
        "翻訳費（外部に委託したものに限ります。）",
    ], 0)
    st += paras("補助率と１案件当たりの上限額は、権利の種類ごとに次のとおりです。", 0)
    st += [caption(rights.title, "（令和７年度）"), rights.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 小規模企業者（常時使用する従業員の数が20人以下（商業・サービス業は５人以下）の者をいう。）の補助率は、表にかかわらず{SMALL_RATE}とする。",
        f"※２ １企業当たりの補助金の額は、年度内{COMPANY_CAP}万円を上限とする。",
        "※３ 「２か国以上」は、同じ基礎となる出願を基に２か国以上に出願する場合をいう。",
    ])
    st += [P("３　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請に対して{last[2]}件を採択し、{last[3]:,}万円を交付しました。
""", 0)
    st += [caption(adoptions.title), adoptions.flowable(), Spacer(1, 2)]
    st += notes(["※４ 交付額は、実績報告に基づき確定した額である。"])
    st += [P("４　募集説明会", H1)]
    st += paras("申請を検討している方を対象に、次のとおり説明会を開きます。参加は無料ですが、事前の申込みが必要です。", 0)
    for i, (head, when, where, cap) in enumerate(SESSIONS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("日時", when), ("会場", where), ("定員", cap)], 1)
    st += [P("５　申請から支払までの流れ", H1)]
    st += numbered([
        "① 事前相談（当機構の知的財産支援課へ電話又は電子メールで）",
        "② 申請書類の提出（募集期間内に電子申請で提出）",
        "③ 審査（書面審査及び面接審査）",
        "④ 交付決定の通知（令和７年７月下旬の予定）",
        "⑤ 外国出願の実施と経費の支払",
        "⑥ 実績報告（出願を終えた日から30日以内又は令和８年２月６日のいずれか早い日まで）",
    ], 0)
    st += paras("実績報告の内容を確認した後、補助金の額を確定し、指定の口座に支払います。", 0)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("既に外国に出願した案件について、後から申請できますか。",
         "申請できません。補助の対象は、交付決定日以降に行う外国出願に限ります。"),
        ("１社で複数の案件を申請できますか。",
         "１社当たり３案件まで申請できます。ただし、補助金の額は１企業当たりの上限（※２）の範囲内となります。"),
        ("翻訳を自社の社員が行った場合、その人件費は対象になりますか。",
         "対象になりません。翻訳費は、外部に委託したものに限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KIKO} 知的財産支援課　電話：099-140-3310　ファクス：099-140-3319",
        f"{SHUTSUGAN_DEPT}（事業全般）　電話：099-140-2200",
        "電子メール：chizai@akane-sangyo.example.jp",
        f"所在地：{CITY}本町一丁目２番３号 茜県産業会館４階",
    ]))
    return st


# ================================================================ document 2: grassroots technical cooperation report
PROJECT = "南スラナ州 小規模水道の漏水対策技術向上プロジェクト"
KUSANONE_DEPT = f"{PREF} 総務部 国際課"
PARTNER = "南スラナ州水道公社"
ACTIVITY_YEARS = [  # 年度, 本邦研修の受入れ（人）, 専門家の派遣（人, 延べ）, 現地セミナーの参加者（人）, 事業費（万円）
    (2022, 6, 8, 85, 1620), (2023, 8, 7, 132, 2100), (2024, 8, 9, 176, 2140),
]
INDICATORS = [  # 指標（単位）, 基準値（令和４年度）, 目標値（令和６年度）, 実績値（令和６年度）, 小さいほどよい
    ("無収水率（％）", 38.5, 30.0, 31.2, True),
    ("漏水の修理件数（件）", 214, 600, 655, False),
    ("漏水探知機を扱える職員数（人）", 2, 20, 24, False),
    ("24時間給水の世帯数（世帯）", 3150, 6000, 6420, False),
    ("水道料金の徴収率（％）", 81.0, 90.0, 88.6, False),
    ("研修を修了した技術者数（人）", 0, 40, 46, False),
]
MISSIONS = [  # 見出し, 派遣期間, 派遣人数, 主な活動 (same labels in every sibling section)
    ("第１回派遣", "令和６年６月３日から６月14日まで", 3, "漏水探知機の操作の指導、モデル地区の配水管の調査"),
    ("第２回派遣", "令和６年９月９日から９月20日まで", 3, "水道メーターの交換手順の指導、漏水修理の実地訓練"),
    ("第３回派遣", "令和７年１月20日から１月31日まで", 3, "成果の確認、州政府への最終報告、現地セミナーの開催"),
]


def kusanone_specs():
    arows = [[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in ACTIVITY_YEARS]
    arows.append(["合計"] + [fw(sum(r[k] for r in ACTIVITY_YEARS)) for k in (1, 2, 3, 4)])
    activities = TableSpec(
        key="activities", doc=KUSANONE_PDF, title="年度別の活動実績",
        header=[["年度", "本邦研修の\n受入れ（人）", "専門家の\n派遣（人）", "現地セミナーの\n参加者（人）", "事業費\n（万円）"]],
        rows=arows, col_widths=[30 * mm, 32 * mm, 30 * mm, 36 * mm, 30 * mm],
    )
    activities.total_range = (ACTIVITY_YEARS[0][0], ACTIVITY_YEARS[-1][0])
    activities.unit = lambda row, c, s=activities: bracket_unit(s.column_label(c))
    indicators = TableSpec(
        key="indicators", doc=KUSANONE_PDF, title="成果指標の達成状況",
        header=[["指標", "基準値\n（令和４年度）", "目標値\n（令和６年度）", "実績値\n（令和６年度）"]],
        rows=[[n, num(a), num(b), num(c)] for n, a, b, c, _low in INDICATORS],
        col_widths=[60 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    indicators.unit = lambda row, c: bracket_unit(row[0])
    return activities, indicators


def achieved(row) -> bool:
    _n, _base, target, result, lower = row
    return result <= target if lower else result >= target


def kusanone_story(specs):
    activities, indicators = specs
    tot = [sum(r[k] for r in ACTIVITY_YEARS) for k in (1, 2, 3, 4)]
    last = ACTIVITY_YEARS[-1]
    ind = {r[0]: r for r in INDICATORS}
    nr, ch = ind["無収水率（％）"], ind["水道料金の徴収率（％）"]
    n_ok = sum(achieved(r) for r in INDICATORS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P("草の根技術協力事業 実施報告書", TITLE),
          P(f"～{PROJECT}～", SUBTITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(KUSANONE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", PROJECT),
        ("相手国・地域", "インドネシア共和国 南スラナ州"),
        ("相手方実施機関", PARTNER),
        ("実施団体", f"{PREF}（技術協力：{PREF}企業局）"),
        ("事業期間", "令和４年７月から令和７年３月まで"),
        ("事業費総額", f"{tot[3]:,}万円（うち令和６年度 {last[4]:,}万円）"),
        ("対象地区", "スラナ市ムアラ地区及びカリバル地区（モデル地区）"),
    ], 0)
    st += paras(f"""
{PREF}と南スラナ州は、平成28年（2016年）に友好交流に関する覚書を結んでいる。本事業は、国際協力機構（ＪＩＣＡ）の草の根技術協力事業として、県企業局が持つ水道の維持管理の技術を州の水道公社に伝えるもので、令和６年度は３年間の事業の最終年度に当たる。
この報告書において「無収水率」とは、配水量のうち、漏水、盗水、メーター不良等による水量であって料金収入につながらないものの割合をいう。また、「本邦研修」とは、相手方実施機関の職員を日本に招いて行う研修をいう。
""", 0)
    st += [P("２　令和６年度の活動", H1)]
    st += paras(f"""
令和６年度は、本邦研修で研修員{fw(last[1])}人を受け入れ、専門家を延べ{fw(last[2])}人派遣した。３年間では、研修員延べ{tot[0]}人を受け入れ、専門家を延べ{tot[1]}人派遣した。
""", 0)
    st += [P("（本邦研修）", H2)]
    st += lv_lines([
        ("研修期間", "令和６年10月21日から11月１日まで（12日間）"),
        ("研修員", f"{PARTNER}の技術職員{fw(last[1])}人"),
        ("研修場所", f"{PREF}企業局 東浦浄水場ほか"),
        ("研修内容", "漏水の探知、配水管の修理、水質検査、料金徴収の仕組み"),
    ], 1)
    st += [P("（専門家の派遣）", H2)]
    for i, (head, when, n, what) in enumerate(MISSIONS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("派遣期間", when), ("派遣人数", f"{fw(n)}人"), ("主な活動", what)], 1)
    st += [caption(activities.title), activities.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 専門家の派遣は延べ人数である。",
        "※２ 事業費は、国際協力機構との契約に基づく各年度の支出額である。",
    ])
    st += [P("３　事業の成果", H1)]
    st += paras(f"""
事業の開始時に定めた６指標のうち{fw(n_ok)}指標で目標を達成した。無収水率は{nr[3]}％まで下がったが、目標の{nr[2]}％には届かなかった。水道料金の徴収率も{ch[3]}％で、目標をわずかに下回った。
""", 0)
    st += [caption(indicators.title, "（モデル地区）"), indicators.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 基準値は、令和４年８月に行ったベースライン調査による。",
        "※４ 「研修を修了した技術者数」には、現地で行った研修の修了者を含む。",
    ])
    st += [P("４　事業終了後の取組", H1)]
    st += numbered([
        "① 州の水道公社が、モデル地区で得た方法を州内の他の地区に広げる計画をつくる。",
        "② 県企業局は、オンラインでの技術相談を令和７年度以降も続ける。",
        "③ 県は、州との友好交流の一環として、研修員の同窓会の開催を支援する。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("５　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KUSANONE_DEPT} 国際協力班　電話：099-140-5120　ファクス：099-140-5129",
        f"{PREF}企業局 水道課（技術的な内容）　電話：099-140-6400",
        "電子メール：kokusai@pref.akane.example.jp",
    ]))
    return st


# ================================================================ document 3: survey of foreign-affiliated companies
CHOSA = f"{PREF}外資系企業実態調査"
CHOSA_DEPT = f"{PREF} 産業労働部 企業誘致課"
SURVEYED = 312  # 調査対象企業数
COUNTRIES = [  # 国・地域, 回答企業数（社）, 県内の常用従業員数（人）, 地域 of table (f)
    ("米国", 34, 4812, "米国"), ("中国", 22, 1236, "中国"), ("ドイツ", 17, 2105, "欧州"),
    ("韓国", 13, 640, "韓国・台湾"), ("台湾", 12, 918, "韓国・台湾"), ("フランス", 9, 1044, "欧州"),
    ("英国", 8, 577, "欧州"), ("スイス", 7, 862, "欧州"), ("シンガポール", 6, 215, "その他アジア"),
    ("オランダ", 5, 436, "欧州"), ("タイ", 4, 183, "その他アジア"), ("インド", 3, 92, "その他アジア"),
    ("その他", 8, 351, "その他"),
]
OPTIONS = ("拡大する", "現状を維持する", "縮小する", "撤退・移転を検討", "未定")
PLANS = [  # 親会社の地域, 回答の社数 per option (the table prints per cent of the row)
    ("米国", (14, 16, 2, 1, 1)), ("欧州", (15, 24, 4, 1, 2)), ("中国", (9, 8, 1, 2, 2)),
    ("韓国・台湾", (8, 13, 2, 0, 2)), ("その他アジア", (7, 4, 1, 0, 1)), ("その他", (3, 4, 0, 0, 1)),
]
PREV_EXPAND = "32.1"  # 前回調査（令和３年度）の「拡大する」の割合（％）, prose only
ISSUES = [  # 課題, 令和３年度の社数, 令和６年度の社数 (複数回答)
    ("人材の確保が難しい", 52, 92), ("外国語に対応した行政窓口が少ない", 32, 36), ("物流コストが高い", 23, 40),
    ("取引先の開拓が難しい", 27, 31), ("従業員の住居の確保が難しい", 13, 27), ("規制や手続が複雑", 21, 25),
    ("特になし", 15, 16),
]
ISSUE_N = (106, 148)  # 回答企業数 (令和３年度, 令和６年度)
INDUSTRIES = [  # 見出し, 回答企業数, 「拡大する」の社数, 主な課題 (same labels in every sibling section)
    ("製造業", 71, 29, "人材の確保、物流コスト"),
    ("卸売・小売業", 45, 15, "取引先の開拓、外国語に対応した行政窓口"),
    ("サービス業等", 32, 12, "人材の確保、従業員の住居の確保"),
]


def chosa_specs():
    crows = [[n, fw(a), fw(b)] for n, a, b, _r in COUNTRIES]
    crows.append(["合計", fw(sum(r[1] for r in COUNTRIES)), fw(sum(r[2] for r in COUNTRIES))])
    countries = TableSpec(
        key="countries", doc=CHOSA_PDF, title="親会社の国・地域別の回答企業数",
        header=[["国・地域", "回答企業数（社）", "県内の常用従業員数（人）"]],
        rows=crows, col_widths=[44 * mm, 40 * mm, 52 * mm], table_fy=2024, repeat_header=False,
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    total = tuple(sum(k[i] for _n, k in PLANS) for i in range(len(OPTIONS)))
    prows = []
    for name, k in [("全体", total)] + PLANS:
        n = sum(k)
        prows.append([name, fw(n)] + [str(pct1(x, n)) for x in k])
    plans = TableSpec(
        key="plans", doc=CHOSA_PDF, title="今後３年間の県内事業の方針（親会社の地域別）",
        header=[["親会社の地域", "ｎ（社）", "拡大する", "現状を\n維持する", "縮小する", "撤退・移転\nを検討", "未定"]],
        rows=prows, col_widths=[30 * mm, 20 * mm, 22 * mm, 22 * mm, 22 * mm, 26 * mm, 20 * mm],
        unit={1: "社", 2: "%", 3: "%", 4: "%", 5: "%", 6: "%"}, table_fy=2024, bold_rows=("全体",),
    )
    issues = TableSpec(
        key="issues", doc=CHOSA_PDF, title="県内で事業を行う上での課題（複数回答）",
        header=[["課題", "令和３年度", "令和６年度"]],
        rows=[[n, str(pct1(a, ISSUE_N[0])), str(pct1(b, ISSUE_N[1]))] for n, a, b in ISSUES],
        col_widths=[66 * mm, 30 * mm, 30 * mm], unit="%", ruled=False,
    )
    return countries, plans, issues


def chosa_story(specs):
    countries, plans, issues = specs
    n = sum(r[1] for r in COUNTRIES)
    emp = sum(r[2] for r in COUNTRIES)
    expand = pct1(sum(k[0] for _n, k in PLANS), n)
    top = ISSUES[0]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の外資系企業の事業の状況と今後の方針を把握し、誘致と定着の施策に生かすため"),
        ("調査対象", f"県内に本社又は事業所を置く外資系企業 {SURVEYED}社"),
        ("調査基準日", "令和６年８月１日"),
        ("調査期間", "令和６年９月２日から10月11日まで"),
        ("調査方法", "調査票を郵送し、郵送又はWebで回答を得た"),
        ("回答数", f"{n}社（回答率{pct1(n, SURVEYED)}％）"),
    ], 0)
    st += paras(f"""
この報告書において「外資系企業」とは、外国の法人又は個人が発行済株式（持分を含む。）の３分の１超を保有する企業をいい、その県内の事業所を含む。また、「親会社」とは、外資系企業の株式を最も多く保有する外国の法人又は個人をいう。
調査は３年ごとに行っており、今回は令和３年度に続く４回目である。前回と同じ設問を多く残し、結果を比べられるようにした。主な調査項目は、次のとおりである。
""", 0)
    st += bullets([
        "企業の概要（親会社の国・地域、業種、県内の常用従業員数）",
        "県内への進出の時期と形態",
        "今後３年間の県内事業の方針",
        "県内で事業を行う上での課題",
        "県の支援施策の利用状況と行政への要望",
    ], 0)
    st += [P("２　回答企業の概要", H1)]
    st += paras(f"""
回答企業{n}社の親会社の国・地域は、米国が{COUNTRIES[0][1]}社で最も多く、中国（{COUNTRIES[1][1]}社）、ドイツ（{COUNTRIES[2][1]}社）が続いた。回答企業が県内で雇用する常用従業員は、合わせて{emp:,}人であった。業種別では、製造業が{INDUSTRIES[0][1]}社で半数近くを占めた。
従業員の規模は、100人未満の企業が全体の約７割を占める一方、1,000人以上の企業も４社あった。県内に進出した時期は、平成の後半から令和にかけての企業が多い。
""", 0)
    st += [caption(countries.title, "（令和６年８月１日現在）", keep=False), countries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、カナダ、オーストラリア、スウェーデン等である。"])
    st += [P("３　今後の事業方針", H1)]
    st += paras(f"""
今後３年間に県内の事業を「拡大する」と答えた企業は全体の{expand}％で、前回調査（令和３年度）の{PREV_EXPAND}％を上回った。「撤退・移転を検討」と答えた企業は少数にとどまった。
""", 0)
    st += [caption(plans.title, "（単位：％）"), plans.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 「欧州」はドイツ、フランス、英国、スイス及びオランダ、「その他アジア」はシンガポール、タイ及びインドである。",
        "※３ 割合は、各地域の回答企業数（ｎ）に対するものであり、小数点以下第２位を四捨五入している。",
    ])
    st += paras("業種別の状況は、次のとおりである。", 0)
    for i, (head, cnt, exp, what) in enumerate(INDUSTRIES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("回答企業数", f"{cnt}社"), ("「拡大する」の割合", f"{pct1(exp, cnt)}％"), ("主な課題", what)], 1)
    st += [P("４　事業を行う上での課題", H1)]
    st += paras(f"""
県内で事業を行う上での課題は、「{top[0]}」が{pct1(top[2], ISSUE_N[1])}％で最も多く、前回調査から大きく増えた。一方、「外国語に対応した行政窓口が少ない」は前回より減った。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 回答企業数に対する割合である。回答企業数は、令和３年度が{ISSUE_N[0]}社、令和６年度が{ISSUE_N[1]}社である。"])
    st += [P("５　県の今後の取組", H1)]
    st += numbered([
        "① 外資系企業と県内の大学、専門学校との就職面談会を開き、人材の確保を支援する。",
        "② 国際ビジネスサポートデスクで、英語と中国語による行政手続の相談に応じる。",
        "③ 物流事業者と連携し、共同輸送の実証事業を行う。",
        "④ 次回の調査は令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 国際ビジネス推進班　電話：099-140-7710　ファクス：099-140-7719",
        f"{PREF}国際ビジネスサポートデスク（外資系企業の個別相談）　電話：099-140-7800",
        "電子メール：gaishi@pref.akane.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return shutsugan_specs() + kusanone_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    sspecs, kspecs, cspecs = shutsugan_specs(), kusanone_specs(), chosa_specs()
    sdoc = build_pdf(docs_dir / SHUTSUGAN_PDF, sspecs, shutsugan_story(sspecs),
                     f"令和７年度 {SHUTSUGAN} 募集案内", "令和７年４月", KIKO)
    kdoc = build_pdf(docs_dir / KUSANONE_PDF, kspecs, kusanone_story(kspecs),
                     "令和６年度 草の根技術協力事業 実施報告書", "令和７年５月", KUSANONE_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 結果報告書", "令和７年３月", CHOSA_DEPT)
    gold = all_gold({SHUTSUGAN_PDF: sdoc.row_pages, KUSANONE_PDF: kdoc.row_pages, CHOSA_PDF: cdoc.row_pages})
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
    # --- shutsugan: the call for applications, tables (a) (b), a note, a definition, label-value, sibling, steps, Q&A
    dict(question="米国と中国の両方に同じ発明の特許を出願するつもりです。補助金は１件につき最大いくらまで出ますか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["特許 50 100 180"], answer=["180"],
         notes="(a) two-level header: two countries = leaf １案件当たりの上限額（万円）／２か国以上; 100 (１か国のみ) is the trap"),
    dict(question="令和７年度の募集で、実用新案を韓国１か国だけに出願する場合、補助の上限額はいくらですか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["実用新案 50 35 60"], answer=["35"],
         notes="(a) row 実用新案, leaf １案件当たりの上限額（万円）／１か国のみ; 60 (２か国以上) and 50 (補助率) are the traps"),
    dict(question="従業員15人の部品メーカーが申請する場合、経費のどれだけが補助されますか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["20人以下", "補助率は、表にかかわらず３分の２とする"],
         answer=["３分の２"],
         notes="two facts: note ※１ under (a) defines 小規模企業者 (製造業 20人以下, so 15人 qualifies) and gives them "
               "３分の２; the 50 printed in (a)'s 補助率（％） column is the trap"),
    dict(question="2022年度には、この事業への申請は何件ありましたか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["令和４年度 42 24 2,105"], answer=["42"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 申請件数（件）"),
    dict(question="2023年度は、申請のうち何パーセントが採択されましたか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["令和５年度 47 26 2,318"], answer=["55.3%"], computed=True,
         notes="(b) 採択件数 / 申請件数 in the row 令和５年度 (= 2023年度): 26 / 47 = 55.3 %"),
    dict(question="日本ではまだ出願していない発明を、いきなり外国の特許庁にだけ出願する場合も、この補助の対象になりますか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["既に日本国特許庁に行った出願を基礎として"],
         answer=["日本国特許庁"],
         notes="definition 「外国出願」とは、既に日本国特許庁に行った出願を基礎として… (so the answer is no; the key is "
               "the JPO filing it must be based on)"),
    dict(question="2025年の募集は何月何日に締め切られますか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["令和７年６月20日（金）午後５時まで"], answer=["６月20日"],
         notes="「label：value」 line 募集期間 (令和７年 = 2025年); ５月12日 is the start"),
    dict(question="東浦で開かれる説明会には、何人まで参加できますか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["東浦市会場", "定員：30人"], answer=["30人"],
         notes="sibling sections （１）–（３） of ４ share the labels 日時, 会場, 定員; （２）東浦市会場; 40人 and 100人 are the "
               "siblings' values"),
    dict(question="もう海外に出願してしまった案件について、あとからこの補助金を申し込むことはできますか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["交付決定日以降に行う外国出願に限ります"],
         answer=["交付決定日以降"],
         notes="Q&A: Ａ of Ｑ１ (not eligible; only filings made on or after the grant decision)"),
    dict(question="外国への出願を済ませたら、いつまでに報告を出さなければいけませんか？",
         category="shutsugan", doc=SHUTSUGAN_PDF, evidence=["出願を終えた日から30日以内"], answer=["30日以内"],
         notes="procedure step ⑥ 実績報告 (30日以内 or 令和８年２月６日, whichever is earlier)"),
    # --- kusanone: the technical-cooperation report, tables (c) (d), a definition, label-value, sibling
    dict(question="プロジェクトを始める前の時点で、モデル地区の水道の無収水率はどのくらいでしたか？",
         category="kusanone", doc=KUSANONE_PDF, evidence=["無収水率（％） 38.5 30.0 31.2"], answer=["38.5"],
         notes="(c) unit in the row label; column 基準値（令和４年度）; 31.2 (実績値) and 30.0 (目標値) are the traps"),
    dict(question="令和６年度までに、水道料金をどのくらいの割合で回収できるようにすることを目指していましたか？",
         category="kusanone", doc=KUSANONE_PDF, evidence=["水道料金の徴収率（％） 81.0 90.0 88.6"], answer=["90.0"],
         notes="(c) 回収 = row 水道料金の徴収率（％）; column 目標値（令和６年度）; 88.6 is the 実績値"),
    dict(question="１日中いつでも水が出るようになった世帯は、事業前と比べて何世帯増えましたか？",
         category="kusanone", doc=KUSANONE_PDF, evidence=["24時間給水の世帯数（世帯） 3,150 6,000 6,420"],
         answer=["3,270世帯"], computed=True,
         notes="(c) 実績値 − 基準値 in the row 24時間給水の世帯数（世帯）: 6,420 − 3,150 = 3,270"),
    dict(question="2023年度に日本へ招いて研修を受けてもらった現地の職員は何人ですか？",
         category="kusanone", doc=KUSANONE_PDF, evidence=["令和５年度 ８ ７ 132 2,100"], answer=["８"],
         notes="(d) years as rows: 2023年度 = 令和５年度 (printed nowhere in Western form); column 本邦研修の受入れ（人）; "
               "７ (専門家の派遣) is the trap"),
    dict(question="令和４年度に現地で開いたセミナーには、何人が参加しましたか？",
         category="kusanone", doc=KUSANONE_PDF, evidence=["令和４年度 ６ ８ 85 1,620"], answer=["85"],
         notes="(d) column 現地セミナーの参加者（人） (a two-line header)"),
    dict(question="水道メーターの故障で料金を取れなかった水も、無収水に含まれますか？",
         category="kusanone", doc=KUSANONE_PDF, evidence=["漏水、盗水、メーター不良等による水量"], answer=["メーター不良"],
         notes="definition 「無収水率」とは… (yes: メーター不良 is named)"),
    dict(question="最後に専門家を現地へ送ったときは、何日から現地に入りましたか？",
         category="kusanone", doc=KUSANONE_PDF, evidence=["派遣期間：令和７年１月20日から１月31日まで"], answer=["１月20日"],
         notes="sibling sections （１）–（３） (専門家の派遣) share the labels 派遣期間, 派遣人数, 主な活動; the last is "
               "（３）第３回派遣"),
    dict(question="このプロジェクトで、インドネシア側の受け皿になっている組織はどこですか？",
         category="kusanone", doc=KUSANONE_PDF, evidence=["相手方実施機関：南スラナ州水道公社"], answer=["南スラナ州水道公社"],
         notes="「label：value」 line 相手方実施機関"),
    dict(question="日本での研修は何日間にわたって行われましたか？",
         category="kusanone", doc=KUSANONE_PDF, evidence=["令和６年10月21日から11月１日まで（12日間）"], answer=["12日間"],
         notes="「label：value」 line 研修期間 under （本邦研修）"),
    # --- chosa: the survey report, tables (e) (f) (g), a definition, sibling
    dict(question="親会社がオランダにある企業は、何社が調査に回答しましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["オランダ ５ 436"], answer=["５"],
         notes="(e) continuation page (page 2, no header there); column 回答企業数（社）"),
    dict(question="スイス系の企業は、県内で合わせて何人を雇っていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["スイス ７ 862"], answer=["862"],
         notes="(e) continuation page; column 県内の常用従業員数（人）"),
    dict(question="回答企業が県内で雇っている従業員のうち、米国系の企業で働く人は何％を占めますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["米国 34 4,812", "合計 148 13,471"], answer=["35.7%"], computed=True,
         notes="(e) share in the column 県内の常用従業員数（人）: 4,812 / 13,471 = 35.7 %"),
    dict(question="令和６年度の調査で、ヨーロッパに親会社がある企業のうち、県内の事業を縮小すると答えたのは何％でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["欧州 46 32.6 52.2 8.7 2.2 4.3"], answer=["8.7"],
         notes="(f) percentages by answer option (each row sums to 100.0) with an ｎ column; ヨーロッパ = row 欧州 "
               "(note ※２); column 縮小する"),
    dict(question="中国系の企業で、事業を広げるか今の規模を保つと答えた企業は、合わせて何％ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["中国 22 40.9 36.4 4.5 9.1 9.1"], answer=["77.3%"], computed=True,
         notes="(f) row 中国: 拡大する + 現状を維持する = 40.9 + 36.4 = 77.3"),
    dict(question="親会社の地域別にみて、今後県内の事業を拡大すると答えた割合が最も高いのはどこの企業ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["その他アジア 13 53.8 30.8 7.7"], answer=["その他アジア"],
         notes="(f) largest value of the column 拡大する: その他アジア 53.8 (米国 41.2 next; 全体 37.8)"),
    dict(question="2021年度の調査では、人手を集めるのに苦労していると答えた企業の割合はどのくらいでしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["人材の確保が難しい 49.1 62.2"], answer=["49.1"],
         notes="(g) unruled table; column 令和３年度 (= 2021年度, printed nowhere in Western form); 62.2 (令和６年度) is "
               "the trap"),
    dict(question="物流費の高さを課題に挙げる企業の割合は、前回の調査から何ポイント上がりましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["物流コストが高い 21.7 27.0"], answer=["5.3ポイント"], computed=True,
         notes="(g) 令和６年度 − 令和３年度 in the row 物流コストが高い: 27.0 − 21.7 = 5.3"),
    dict(question="海外の会社が株式の25％を持っている日本の会社は、この調査でいう外資系企業に当たりますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["発行済株式（持分を含む。）の３分の１超を保有する企業"],
         answer=["３分の１超"],
         notes="definition 「外資系企業」とは…３分の１超を保有する企業をいい (25 % is not more than a third: no)"),
    dict(question="卸売や小売の外資系企業では、今後事業を広げると答えた割合はどのくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["「拡大する」の割合：33.3％"], answer=["33.3"],
         notes="sibling sections （１）–（３） of ３ share the labels 回答企業数, 「拡大する」の割合, 主な課題; "
               "（２）卸売・小売業; 40.8 and 37.5 are the siblings' values"),
    # --- followups
    dict(question="それを３か国に出願する場合はいくらまでになりますか？",
         category="followup", doc=SHUTSUGAN_PDF, evidence=["意匠 50 40 70"], answer=["70"],
         history=_turns("意匠を１か国だけに出願する場合、補助の上限はいくらですか？",
                        "意匠を１か国のみに出願する場合、１案件当たりの上限額は40万円です[1]。"),
         notes="(a) the row from the history (意匠), the other leaf ２か国以上 (３か国)"),
    dict(question="その年度の申請は何件ありましたか？",
         category="followup", doc=SHUTSUGAN_PDF, evidence=["令和３年度 36 21 1,690"], answer=["36"],
         history=_turns("令和３年度に採択されたのは何件でしたか？",
                        "令和３年度の採択件数は21件でした[1]。"),
         notes="(b) the year from the history (令和３年度), column 申請件数（件）"),
    dict(question="その年度の事業費はいくらでしたか？",
         category="followup", doc=KUSANONE_PDF, evidence=["令和６年度 ８ ９ 176 2,140"], answer=["2,140"],
         history=_turns("2024年度に日本から現地へ派遣した専門家は何人でしたか？",
                        "2024年度（令和６年度）は、専門家を延べ９人派遣しました[1]。"),
         notes="(d) the year from the history (2024年度 = 令和６年度), column 事業費（万円）; the 合計 5,860 is the trap"),
    dict(question="そこの会社は県内で合わせて何人を雇っていますか？",
         category="followup", doc=CHOSA_PDF, evidence=["台湾 12 918"], answer=["918"],
         history=_turns("親会社が台湾にある企業は、何社回答しましたか？",
                        "親会社が台湾にある回答企業は12社でした[1]。"),
         notes="(e) the row from the history (台湾), column 県内の常用従業員数（人）"),
    dict(question="そこにファクスで資料を送りたいので、番号を教えてください。",
         category="followup", doc=CHOSA_PDF, evidence=["ファクス：099-140-7719"], answer=["099-140-7719"],
         history=_turns("外資系企業の実態調査を担当している県の部署はどこですか？",
                        "茜県 産業労働部 企業誘致課 国際ビジネス推進班です[1]。"),
         notes="contact box: the 班's fax; its phone 099-140-7710 and the サポートデスク's 099-140-7800 are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="これまでに採択された案件のうち、実際に外国で特許として登録されたのは何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) gives applications, adoptions and amounts per year; nothing on granted rights",
         absent=["登録件数", "権利化", "特許を取得"]),
    dict(question="令和６年度に採択された案件は、どの国への出願が一番多かったですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives no filings by destination (countries appear only in the survey report, as parent "
               "companies' countries)",
         absent=["出願先別", "出願国別"]),
    dict(question="日本での研修に参加した研修員のうち、女性は何人でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(d) and the （本邦研修） lines give headcounts only, no breakdown by sex",
         absent=["女性", "男女"]),
    dict(question="漏水が減ったことで、水道公社の料金収入は年間いくら増えましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(c) gives the 無収水率 and the 徴収率, no revenue; 料金収入 appears only in the definition",
         absent=["増収", "収入の増加", "収入額"]),
    dict(question="親会社がイタリアにある企業は、何社回答しましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(e) has no such row; note ※１ names カナダ, オーストラリア, スウェーデン under その他, not Italy",
         absent=["イタリア"]),
    dict(question="回答した外資系企業の従業員の平均給与はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives headcounts ((e)) and intentions and issues, no pay",
         absent=["給与", "賃金", "年収"]),
]
CATEGORY_COUNTS = {"shutsugan": 10, "kusanone": 9, "chosa": 10, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h14q", "h14t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("権利の種類別の補助率と上限額", "申請件数と採択件数の推移", "成果指標の達成状況", "年度別の活動実績",
                       "親会社の国・地域別の回答企業数", "今後３年間の県内事業の方針（親会社の地域別）",
                       "県内で事業を行う上での課題（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h14q05": lambda g: _pct(g(B, "令和５年度", "採択件数（件）", 2023), g(B, "令和５年度", "申請件数（件）", 2023)),
    "h14q13": lambda g: f"{g(C, '24時間給水の世帯数（世帯）', '実績値（令和６年度）', 2024) - g(C, '24時間給水の世帯数（世帯）', '基準値（令和４年度）', 2022):,}世帯",
    "h14q22": lambda g: _pct(g(E, "米国", "県内の常用従業員数（人）", 2024), g(E, "合計", "県内の常用従業員数（人）", 2024)),
    "h14q24": lambda g: f"{_dec(g(F, '中国', '拡大する', 2024)) + _dec(g(F, '中国', '現状を維持する', 2024))}%",
    "h14q27": lambda g: f"{_dec(g(G, '物流コストが高い', '令和６年度', 2024)) - _dec(g(G, '物流コストが高い', '令和３年度', 2021))}ポイント",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SHUTSUGAN_PDF: (2, 3), KUSANONE_PDF: (2, 3), CHOSA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("米国", "中国")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("スイス", "オランダ", "合計")  # and after it
PHONE_PREFIX = "099-140-"


def check_files(out: Path) -> list[str]:
    """Every problem found in a built set under `out` (empty when fine)."""
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout14.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout14.py")
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
        if g["number"] is None:
            errors.append(f"{g['id']}: every cell of this set should be numeric")
        if g["unit"] not in UNITS:
            errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
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
    """Totals add up inside each table and between tables; percentages add up to 100.0."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]
    # (d): 合計 adds up in every column and equals the 事業費総額 and the prose totals
    d = t[D]
    for col in d["合計"]:
        if d["合計"][col] != sum(r[col] for row, r in d.items() if row != "合計"):
            errors.append(f"{D}: 合計 of {col} does not add up")
    if d["令和６年度"]["専門家の派遣（人）"] != sum(m[2] for m in MISSIONS):
        errors.append(f"{D}: 令和６年度's experts differ from the three missions")
    # (e): 合計 adds up; (f)'s ｎ are (e)'s countries grouped by region, 全体 is (e)'s 合計
    e = t[E]
    for col in ("回答企業数（社）", "県内の常用従業員数（人）"):
        if e["合計"][col] != sum(r[col] for row, r in e.items() if row != "合計"):
            errors.append(f"{E}: 合計 of {col} does not add up")
    f = t[F]
    region_n = defaultdict(int)
    for name, cnt, _emp, region in COUNTRIES:
        region_n[region] += cnt
    for row, r in f.items():
        want = e["合計"]["回答企業数（社）"] if row == "全体" else region_n[row]
        if r["ｎ（社）"] != want:
            errors.append(f"{F} / {row}: ｎ {r['ｎ（社）']} differs from {E} ({want})")
        total = sum(Decimal(str(r[o])) for o in OPTIONS)
        if total != Decimal("100.0"):
            errors.append(f"{F} / {row}: the options add up to {total}, not 100.0")
    if sum(x[1] for x in INDUSTRIES) != e["合計"]["回答企業数（社）"] or \
            sum(x[2] for x in INDUSTRIES) != sum(k[0] for _n, k in PLANS):
        errors.append("the industries (sibling sections) do not add up to the survey's totals")
    # (b): counts grow every year; no more adoptions than applications
    b = t[B]
    apps = [b[r]["申請件数（件）"] for r in b]
    if apps != sorted(set(apps)) or any(r["採択件数（件）"] > r["申請件数（件）"] for r in b.values()):
        errors.append(f"{B}: applications should grow every year and exceed adoptions")
    # (a): the cap for two or more countries is above the one for a single country
    if any(r["１案件当たりの上限額（万円）／２か国以上"] <= r["１案件当たりの上限額（万円）／１か国のみ"] for r in t[A].values()):
        errors.append(f"{A}: the ２か国以上 cap should exceed the １か国のみ cap")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    countries = specs["countries"]
    ep = sorted({g["page"] for g in gold if g["table"] == E})
    if len(ep) != 2:
        errors.append(f"{E} is on pages {ep}, expected a page break inside it")
    else:
        header = norm("".join(countries.header[0]))
        on = [i + 1 for i, p in enumerate(pages[CHOSA_PDF]) if header in norm(p)]
        if countries.repeat_header or on != ep[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {ep[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == ep[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == ep[1]}
        if not 3 <= len(first) <= 9:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-9")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break")
        if norm("「その他」は、カナダ") not in norm(pages[CHOSA_PDF][ep[1] - 1]):
            errors.append(f"{E}: note ※１ should follow the table on the continuation page")
    for key in ("rights", "adoptions", "activities", "indicators", "plans", "issues"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）", "１案件当たりの上限額（万円）／１か国のみ", "１案件当たりの上限額（万円）／２か国以上"]
    if len(specs["rights"].header) != 2 or len(specs["rights"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    # (b) and (d): years as rows; (d)'s 合計 row carries the period
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in ADOPTIONS]:
        errors.append(f"{B}: expected years as rows")
    dy = [(g["fiscal_year"], g["fiscal_year_range"]) for g in gold if g["table"] == D][::4]
    if dy != [(y, None) for y, *_x in ACTIVITY_YEARS] + [(None, [2022, 2024])]:
        errors.append(f"{D}: expected years as rows and a 合計 row over 2022-2024, got {dy}")
    # (c): units from the row labels (four different), years from the column headers
    cunits = {g["row"]: g["unit"] for g in gold if g["table"] == C}
    if len(set(cunits.values())) < 4 or any(u != nfkc(bracket_unit(r)) for r, u in cunits.items()):
        errors.append(f"{C}: the units should come from the row labels: {cunits}")
    if sorted({g["fiscal_year"] for g in gold if g["table"] == C}) != [2022, 2024]:
        errors.append(f"{C}: the years should come from the column headers")
    # (f): an ｎ column in 社 beside percentage columns
    funits = [g["unit"] for g in gold if g["table"] == F][:len(OPTIONS) + 1]
    if funits != ["社"] + ["%"] * len(OPTIONS):
        errors.append(f"{F}: expected an ｎ column (社) and percentage columns, got {funits}")
    # (g): two survey years as columns
    if sorted({g["fiscal_year"] for g in gold if g["table"] == G}) != [2021, 2024]:
        errors.append(f"{G}: the columns should be the 2021 and 2024 surveys")
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

    def steps_of(doc_pages, want, doc):
        raw = "\n".join(doc_pages).splitlines()
        steps = re.findall(r"[①-⑨]", "".join(x for x in raw if re.match(r"\s*[①-⑨]", x)))
        if steps != list(want):
            errors.append(f"{doc}: the numbered list should be {want}, got {steps}")

    sh = norm("\n".join(pages[SHUTSUGAN_PDF]))
    siblings(sh, "call", ("日時：", "会場：", "定員："), [s[0] for s in SESSIONS])
    last = ADOPTIONS[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対して{last[2]}件を採択し、{last[3]:,}万円を交付") not in sh:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    for d in ("「外国出願」とは", "「冒認対策商標」とは"):
        if norm(d) not in sh:
            errors.append(f"call: the definition {d} is missing")
    if "2020年度" not in sh or any(f"{y}年度" in sh for y in (2021, 2022, 2023, 2024)):
        errors.append("call: only 2020年度 should be printed in Western form")
    raw = "\n".join(pages[SHUTSUGAN_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(pages[SHUTSUGAN_PDF], "①②③④⑤⑥", "call")

    ku = norm("\n".join(pages[KUSANONE_PDF]))
    siblings(ku, "cooperation report", ("派遣期間：", "派遣人数：", "主な活動："), [m[0] for m in MISSIONS])
    tot = [sum(r[k] for r in ACTIVITY_YEARS) for k in (1, 2, 3, 4)]
    if norm(f"事業費総額：{tot[3]:,}万円（うち令和６年度{ACTIVITY_YEARS[-1][4]:,}万円）") not in ku:
        errors.append("cooperation report: the 事業費総額 line differs from (d)")
    if norm(f"研修員延べ{tot[0]}人を受け入れ、専門家を延べ{tot[1]}人派遣") not in ku:
        errors.append("cooperation report: the three-year totals in the prose differ from (d)")
    ok = [r[0] for r in INDICATORS if achieved(r)]
    if len(ok) != 4 or "無収水率（％）" in ok or "水道料金の徴収率（％）" in ok:
        errors.append(f"cooperation report: 「６指標のうち４指標で目標を達成」 does not hold: {ok}")
    if norm("６指標のうち4指標で目標を達成") not in ku:
        errors.append("cooperation report: the prose should say ４ of ６ indicators were achieved")
    for d in ("「無収水率」とは", "「本邦研修」とは"):
        if norm(d) not in ku:
            errors.append(f"cooperation report: the definition {d} is missing")
    if any(f"{y}年度" in ku for y in (2022, 2023, 2024)):
        errors.append("cooperation report: no fiscal year should be printed in Western form")
    steps_of(pages[KUSANONE_PDF], "①②③", "cooperation report")

    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, "survey report", ("回答企業数：", "「拡大する」の割合：", "主な課題："), [x[0] for x in INDUSTRIES])
    n = sum(r[1] for r in COUNTRIES)
    if norm(f"回答数：{n}社（回答率{pct1(n, SURVEYED)}％）") not in ch:
        errors.append("survey report: the 回答数 line differs from (e)")
    ranked = [r[0] for r in sorted(COUNTRIES[:-1], key=lambda r: -r[1])]
    if ranked[:3] != ["米国", "中国", "ドイツ"]:
        errors.append("survey report: the ranking 米国, 中国, ドイツ in the prose does not hold")
    if norm(f"合わせて{sum(r[2] for r in COUNTRIES):,}人") not in ch:
        errors.append("survey report: the employees' total in the prose differs from (e)")
    if not 0.4 < INDUSTRIES[0][1] / n < 0.5:
        errors.append("survey report: 「製造業が…半数近く」 does not hold")
    expand = pct1(sum(k[0] for _n, k in PLANS), n)
    if norm(f"全体の{expand}％") not in ch or expand <= Decimal(PREV_EXPAND):
        errors.append("survey report: the 拡大する share in the prose differs from (f) or is not above 前回")
    best = max(PLANS, key=lambda p: pct1(p[1][0], sum(p[1])))[0]
    if best != "その他アジア":
        errors.append(f"survey report: その他アジア should have the largest 拡大する share, not {best}")
    top = max(ISSUES, key=lambda r: r[2])
    if top != ISSUES[0] or ISSUES[1][2] / ISSUE_N[1] >= ISSUES[1][1] / ISSUE_N[0] or top[2] / ISSUE_N[1] <= top[1] / ISSUE_N[0]:
        errors.append("survey report: the prose on the issues does not hold")
    for d in ("「外資系企業」とは", "「親会社」とは"):
        if norm(d) not in ch:
            errors.append(f"survey report: the definition {d} is missing")
    if any(f"{y}年度" in ch for y in (2021, 2024)):
        errors.append("survey report: no fiscal year should be printed in Western form")
    steps_of(pages[CHOSA_PDF], "①②③④", "survey report")
    phones = re.findall(r"099-140-\d{4}", ch)
    if phones != ["099-140-7710", "099-140-7719", "099-140-7800"]:
        errors.append(f"survey report: the contact box should give the 班's phone and fax, then the desk's: {phones}")
    # every phone number of the set is fictional (099-140-xxxx)
    for name, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{name}: phone number {ph} outside {PHONE_PREFIX}xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
