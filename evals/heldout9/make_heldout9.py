"""Build the 紫雲県 held-out set 9: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (紫雲県 and every town, programme, organisation, association,
person, phone number, address, URL and figure). The documents are in three genres the earlier
sets do not use: an annual report on the prefecture's work with its overseas prefectural
associations and on its overseas technical trainees (海外県人会連携・海外技術研修員受入事業
実施報告書), a call for proposals for a contracted service supporting cross-border e-commerce
(越境ＥＣ販路拡大支援業務委託 企画提案募集要項, 公募型プロポーザル), and the results report of a
survey of local firms' overseas business (県内企業の海外展開に関する実態調査 結果報告書) with the
state of the international strategy's indicators; see README.md beside this file.

    python make_heldout9.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout8/make_heldout8.py; the helpers are in ../docgen.py (imported, unchanged). The gold
cells are generated from the same specs that draw the tables; PDF page numbers are recorded
while reportlab lays the pages out. The output is byte-identical on every run (reportlab
``invariant=True``). The script exits 1 if any check fails.
"""


import datetime
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
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
    UNKNOWN,
    body,
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
    data_cells,
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

KENJIN_PDF = "shiun_kenjinkai_kenshuin_jisseki_r6.pdf"
EC_PDF = "shiun_ekkyo_ec_kikaku_teian_boshu_r7.pdf"
CHOSA_PDF = "shiun_kaigai_tenkai_jittai_chosa_r6.pdf"
ALL_PDFS = (KENJIN_PDF, EC_PDF, CHOSA_PDF)

UNITS = ("千円", "億円", "か国", "か月", "機関", "社", "件", "人", "点", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # a cell with no figure (受入れ中止, note ※２ of the report)
NO_FIGURE = (UNKNOWN, DASH)
WEEKDAYS = "月火水木金土日"
CIRCLED = "①②③④⑤⑥⑦⑧⑨"
PREF = "紫雲県"


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western fiscal year of a label naming one year (令和５年度 or 2024年度); None otherwise."""
    if not label or fiscal_year_range(label):
        return None
    s = nfkc(label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", s)]
    years += [int(y) for y in re.findall(r"(20\d\d)年度", s)]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; (None, None) for －, ―, ranges, limits and text."""
    return docgen.parse_number(value, UNITS)


def label(s: str) -> str:
    return s.replace("\n", "")


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (受入人数（人） -> 人), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def dec(x: float) -> str:
    return f"{x:.1f}"


def r1(x: float) -> float:
    """Round half up to one decimal (as the documents' rounding notes say)."""
    return int(x * 10 + 0.5 + 1e-9) / 10


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf (as in heldout8)."""

    def header_parts(self, c) -> list[str]:
        owner = {}
        for (c0, r0), (c1, r1_) in self.spans:
            for r in range(r0, r1_ + 1):
                for cc in range(c0, c1 + 1):
                    owner[(cc, r)] = (c0, r0)
        parts = []
        for r, hrow in enumerate(self.header):
            if r >= len(self.header):
                break
            if hrow[c]:
                parts.append(label(hrow[c]))
            elif (c, r) in owner:
                c0, r0 = owner[(c, r)]
                if r0 == r and c0 != c:  # spanning from the left in this header row
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

    def printed_row(self, i: int) -> list[str]:
        nh = len(self.header)
        cov = {(c, r) for (c0, r0), (c1, r1_) in self.spans for r in range(r0, r1_ + 1)
               for c in range(c0, c1 + 1) if (c, r) != (c0, r0)}
        return [t for c, t in enumerate(self.rows[i]) if (c, nh + i) not in cov and t]


def cells_of(spec: TableSpec):
    """docgen's data cells, except that a blank cell under no span is no gold cell (the 合計
    row of the unruled 配点 table leaves its 審査の方法 cell blank)."""
    nh = len(spec.header)
    covered = {(c, r) for (c0, r0), (c1, r1_) in spec.spans for r in range(r0, r1_ + 1)
               for c in range(c0, c1 + 1)}
    blank = {(i, c) for i, r in enumerate(spec.rows) for c in spec.value_cols
             if r[c] == "" and (c, nh + i) not in covered}
    saved = spec.rows
    spec.rows = [[("\0" if (i, c) in blank else x) for c, x in enumerate(r)] for i, r in enumerate(saved)]
    try:
        out = [(i, saved[i], c, v) for i, _r, c, v in data_cells(spec) if v != "\0"]
    finally:
        spec.rows = saved
    return out


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r, c, value in cells_of(spec):
        number, cell_unit = parse_number(value)
        unit = cell_unit or spec.cell_unit(r, c)
        if number is None and value not in NO_FIGURE:
            unit = None
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


def paras(text: str, level: int):
    return [P(t.strip(), body(level)) for t in text.strip().split("\n") if t.strip()]


def numbered(items, level: int):
    return [P(t, hanging(level, 2)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


def dated(d: datetime.date, era: bool = True) -> str:
    head = f"令和{fw(d.year - 2018)}年" if era else ""
    return f"{head}{fw(d.month)}月{fw(d.day)}日（{WEEKDAYS[d.weekday()]}）"


UNIT_NOTE = pstyle("unit_note", docgen.MINCHO, 8.5, 12, alignment=TA_RIGHT)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


# ================================================================ document 1: 県人会・研修員 report
KENJIN = f"{PREF}海外県人会連携・海外技術研修員受入事業"
KENJIN_DEPT = f"{PREF} 観光国際部 国際交流課"
ACTIVITIES = [  # 見出し, 対象, 実施内容, 実施時期, 参加者数 (same labels in every sibling section)
    ("海外技術研修員の受入れ", "海外県人会等の推薦を受けた県系人",
     "県の試験研究機関、大学等で専門技術の研修を行った（研修期間４か月から10か月まで）",
     "令和６年５月から令和７年３月まで", "研修員８人"),
    ("県人会子弟の短期留学", "海外県人会の会員の子弟で、18歳から30歳までの方",
     "紫雲大学で日本語と日本文化を学び、ホームステイを行った",
     "令和６年７月16日から８月９日まで", "留学生14人"),
    ("海外県人会への訪問団の派遣", "県議会、市町村、経済団体の代表者",
     "ブラジル紫雲県人会の創立70周年記念式典に出席し、サンパウロ市及びリマ市で県人会と懇談した",
     "令和６年８月20日から８月28日まで（サンパウロ市、リマ市）", "訪問団23人（団長 副知事）"),
    ("県産品の紹介と販路づくり", "県内の食品製造業者及び海外県人会",
     "県人会の会員が営む日系スーパー等で県産品の試食販売会を開いた",
     "令和６年11月から令和７年２月まで", "出品事業者11社、来場者 延べ2,900人"),
]
TRAINEE_TREND = [  # 年度, 受入人数（人）, 受入国数（か国）, 受入機関数（機関）, 事業費（千円）; None: 受入れ中止
    (2020, None, None, None, 1860),
    (2021, 4, 3, 4, 6420),
    (2022, 7, 5, 6, 10150),
    (2023, 10, 6, 8, 13880),
    (2024, 8, 5, 7, 12960),
]
TRAINEES = [  # 氏名, 国名, 研修分野, 受入機関, 研修期間（か月） (令和６年度)
    ("アナ・ベアトリス・ナカムラ", "ブラジル", "施設園芸", "紫雲県農業総合センター", 6),
    ("カルロス・ヒガ", "ペルー", "食品加工", "紫雲県産業技術研究所", 6),
    ("マリアナ・ソノダ", "ブラジル", "看護・介護", "紫雲県立看護大学", 10),
    ("ルーカス・タナカ", "アルゼンチン", "土木・防災", "紫雲県土木部", 4),
    ("エミリー・オカダ", "米国", "観光・国際交流", "紫雲県国際交流協会", 6),
    ("ディエゴ・ミヤギ", "ペルー", "水産加工", "紫雲県水産試験場", 6),
    ("ジュリア・モリ", "ブラジル", "食品加工", "紫雲県産業技術研究所", 5),
    ("ケンジ・ロドリゲス・イシイ", "ボリビア", "情報処理", "紫雲大学", 10),
]
KENJINKAI = [  # 県人会名, 所在国, 一世, 二世, 三世以降 (令和６年10月１日現在)
    ("ブラジル紫雲県人会", "ブラジル", 120, 860, 1540),
    ("パラナ紫雲県人会", "ブラジル", 35, 210, 395),
    ("ペルー紫雲県人会", "ペルー", 48, 390, 712),
    ("北米紫雲県人会", "米国", 22, 185, 263),
    ("ハワイ紫雲県人会", "米国", 3, 96, 301),
    ("アルゼンチン紫雲県人会", "アルゼンチン", 18, 142, 230),
]


def kenjin_specs():
    trend = TableSpec(
        key="trend", doc=KENJIN_PDF, title="海外技術研修員の受入実績の推移",
        header=[["年度", "受入人数（人）", "受入国数（か国）", "受入機関数（機関）", "事業費（千円）"]],
        rows=[[era(y)] + [DASH if x is None else fw(x) for x in v] for y, *v in TRAINEE_TREND],
        col_widths=[28 * mm, 30 * mm, 32 * mm, 36 * mm, 30 * mm],
    )
    trend.unit = lambda row, c, s=trend: bracket_unit(s.column_label(c))
    trainees = TableSpec(
        key="trainees", doc=KENJIN_PDF, title="令和６年度の海外技術研修員",
        header=[["氏名", "国名", "研修分野", "受入機関", "研修期間\n（か月）"]],
        rows=[[n, c, f, inst, fw(m)] for n, c, f, inst, m in TRAINEES],
        col_widths=[48 * mm, 24 * mm, 28 * mm, 44 * mm, 20 * mm],
        align_left_cols=(1, 2, 3), table_fy=2024, repeat_header=False, font_size=8.5,
    )
    trainees.unit = lambda row, c, s=trainees: bracket_unit(s.column_label(c))
    rows, spans, nh = [], [], 1
    prev = None
    for i, (name, country, a, b, c) in enumerate(KENJINKAI):
        same = country == prev
        rows.append([name, "" if same else country, fw(a), fw(b), fw(c), fw(a + b + c)])
        if same:
            spans.append(((1, nh + i - 1), (1, nh + i)))
        prev = country
    tot = [sum(k[j] for k in KENJINKAI) for j in (2, 3, 4)]
    rows.append(["合計", ""] + [fw(x) for x in tot] + [fw(sum(tot))])
    spans.append(((0, nh + len(KENJINKAI)), (1, nh + len(KENJINKAI))))
    kenjinkai = TableSpec(
        key="kenjinkai", doc=KENJIN_PDF, title="海外県人会の会員数",
        header=[["県人会名", "所在国", "一世", "二世", "三世以降", "合計"]],
        rows=rows, col_widths=[46 * mm, 26 * mm, 20 * mm, 20 * mm, 22 * mm, 22 * mm],
        spans=spans, unit="人", table_fy=2024, align_left_cols=(1,),
    )
    kenjinkai.value_cols = [1, 2, 3, 4, 5]
    return trend, trainees, kenjinkai


def kenjin_story(specs):
    trend, trainees, kenjinkai = specs
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KENJIN} 実施報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(KENJIN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KENJIN),
        ("目的", "海外に暮らす本県出身者とその子孫（県系人）とのつながりを次の世代に引き継ぎ、人材の育成と経済交流に生かす"),
        ("実施期間", "令和６年４月１日から令和７年３月31日まで"),
        ("実施体制", f"{PREF}（国際交流課）、公益財団法人紫雲県国際交流協会（研修員の生活支援を委託）"),
        ("予算額", "21,500千円（決算額 20,870千円）"),
        ("根拠", "紫雲県海外技術研修員受入要綱（昭和47年４月１日施行）及び紫雲県海外県人会連携推進要領"),
    ], 0)
    st += paras("""
この報告書において「海外県人会」とは、本県から海外へ移住した者及びその子孫が、互いの親睦と本県との交流を目的として海外で組織する団体をいう。また、「海外技術研修員」とは、海外県人会等の推薦を受けた県系人で、県内の機関で専門的な技術を学ぶために県が受け入れる者をいう。
""", 0)
    st += [P("２　事業の実施状況", H1)]
    st += paras("令和６年度は、次の４つの取組を行った。", 0)
    for i, (head, who, what, when, n) in enumerate(ACTIVITIES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象", who), ("実施内容", what), ("実施時期", when), ("参加者数", n)], 1)

    st += [P("３　海外技術研修員の受入実績", H1)]
    st += paras("""
海外技術研修員の受入れは、昭和47年度（1972年度）に始まり、令和６年度までの累計は412人となった。令和２年度以降の推移は、次のとおりである。令和５年度には受入人数が10人となり、新型コロナウイルス感染症の拡大前の水準に戻った。
これまでの研修員412人を出身国別にみると、ブラジルが186人と最も多く、ペルー（98人）、米国（52人）、アルゼンチン（41人）が続く。
""", 0)
    st += [caption(trend.title), trend.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 受入人数は、その年度に研修を始めた研修員の数である。",
        "※２ 「－」は、新型コロナウイルス感染症の影響により受入れを中止したことを示す。令和２年度の事業費は、"
        "オンラインによる技術講習の経費である。",
        "※３ 事業費には、研修員の往復の渡航費（県が全額を負担）を含む。",
    ])
    st += paras("研修員の受入れは、次の流れで行っている。", 0)
    st += numbered([
        "① 海外県人会等への募集の通知（前年度の７月）",
        "② 海外県人会等による候補者の推薦（前年度の10月末まで）",
        "③ 書類とオンライン面接による選考（前年度の12月）",
        "④ 受入機関との研修計画の調整",
        "⑤ 来日、研修の開始（研修期間中の住居の手配と生活の相談は、紫雲県国際交流協会が行う。）",
    ], 0)
    st += paras("""
令和６年度に受け入れた研修員は８人で、国別ではブラジルが３人と最も多い。研修分野は、県内の産業や研究機関の強みを生かせる分野の中から、県人会の要望と研修員の経歴を踏まえて決めている。令和６年度の研修員は、次のとおりである。なお、ブラジルの研修員３人のうち１人は、パラナ紫雲県人会の推薦による。
""", 0)
    st += [caption(trainees.title, keep=False), trainees.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ ボリビアには本県の県人会がないため、ボリビアの研修員は、現地の日系団体であるサンタクルス日系協会の推薦による。",
        "※５ 研修期間は、来日から帰国までの月数である。",
    ])

    st += [P("４　海外県人会の状況", H1)]
    st += paras("""
本県と交流のある海外県人会は６団体で、会員数の合計は5,570人である。会員の６割余りを三世以降が占め、一世は年々少なくなっている。
""", 0)
    st += [caption(kenjinkai.title, "（令和６年10月１日現在）"), P("（単位：人）", UNIT_NOTE),
           kenjinkai.flowable(), Spacer(1, 2)]
    st += notes([
        "※６ 「一世」とは、本県から移住した本人をいい、「二世」とは、その子をいう。",
        "※７ 会員数は、各県人会からの報告による。北米紫雲県人会は、ロサンゼルス市に事務局を置く。",
    ])
    st += [P("５　成果と課題", H1)]
    st += paras("""
研修を終えた研修員は、帰国後、県人会の役員や現地の日系企業の技術者として活躍しており、県産品の取引の窓口となる例も出ている。一方、県人会では三世以降の会員が増える中で日本語を話せる会員が減っており、次の世代の担い手を育てることが共通の課題となっている。
""", 0)
    st += [P("６　令和７年度の取組", H1)]
    st += paras("""
令和７年（2025年）は、ペルー紫雲県人会の創立60周年にあたる。記念式典に知事を団長とする訪問団を派遣するとともに、研修員の受入れを10人に増やす。また、県人会子弟の短期留学に、オンラインによる事前の日本語講座を加える。
""", 0)
    st += [CondPageBreak(36 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KENJIN_DEPT} 多文化共生・県人会班",
        "電話：099-090-2140　ファクス：099-090-2149",
        "電子メール：kenjinkai@pref.shiun.example.jp",
    ]))
    return st


# ================================================================ document 2: 越境ＥＣ proposal call
EC = f"{PREF}越境ＥＣ販路拡大支援業務"
EC_DEPT = f"{PREF} 商工労働部 産業国際課"
EC_MENUS = [  # 見出し, 内容, 実施方法, 成果物 (same labels in every sibling section)
    ("参加事業者の募集・選定",
     "越境ＥＣに取り組む県内の中小企業者を募集し、商品の適性や体制を確認して選定する",
     "募集説明会の開催、個別面談", "選定結果一覧、面談記録"),
    ("海外ＥＣモールへの出店支援",
     "選定した事業者の商品を海外のＥＣモールに出店し、商品ページを作成する",
     "受託者が出店手続、商品ページの翻訳・撮影、物流の手配を代行する", "出店一覧、商品ページの写し"),
    ("海外向けの販売促進",
     "出店した商品の認知を高めるため、対象国・地域の消費者に向けた広告と販売キャンペーンを行う",
     "ウェブ広告、インフルエンサーによる紹介、期間限定の割引キャンペーン", "広告の配信実績報告書"),
    ("効果の検証と報告",
     "事業者ごとの売上、アクセス数等を集計し、事業の効果と今後の課題を分析する",
     "売上データの集計、事業者アンケート", "実績報告書（電子データを含む。）"),
]
SCALE = [  # 業務項目, 数量・規模, 実施時期 (令和７年度)
    ("募集説明会", "２回以上", "６月"),
    ("出店支援事業者数", "15～20社", "７月～９月"),
    ("出店先のＥＣモール", "３モール以内", "８月～３月"),
    ("商品ページの作成", "１社当たり10品目以内", "８月～10月"),
    ("販売促進キャンペーン", "２回以上（各回１か月程度）", "11月、２月"),
]
SCORES = [  # 評価項目, 配点（点）, 審査の方法
    ("業務の目的と課題の理解", 15, "書類"),
    ("参加事業者の募集・選定の方法", 15, "書類"),
    ("出店支援と販売促進の企画", 30, "書類・プレゼン"),
    ("実施体制と工程の妥当性", 15, "書類"),
    ("越境ＥＣの支援実績", 15, "書類・プレゼン"),
    ("見積額の妥当性", 10, "書類"),
]
PASS_MARK = 60
EC_SCHEDULE = [  # (date, text); weekday printed from the date and checked
    (datetime.date(2025, 4, 14), "募集の公告（県ホームページに掲載）"),
    (datetime.date(2025, 4, 23), "質問の受付期限（17時まで）"),
    (datetime.date(2025, 5, 2), "参加表明書の提出期限（17時まで）"),
    (datetime.date(2025, 5, 19), "企画提案書の提出期限（17時まで）"),
    (datetime.date(2025, 5, 28), "プレゼンテーション審査（紫雲県庁）"),
    (datetime.date(2025, 6, 4), "審査結果の通知"),
    (datetime.date(2025, 6, 16), "契約の締結（予定）"),
]


def ec_specs():
    scale = TableSpec(
        key="scale", doc=EC_PDF, title="主な業務の数量・規模",
        header=[["業務項目", "数量・規模", "実施時期"]],
        rows=[list(r) for r in SCALE],
        col_widths=[50 * mm, 52 * mm, 38 * mm], table_fy=2025, align_left_cols=(1, 2),
    )
    total = sum(s[1] for s in SCORES)
    scores = TableSpec(
        key="scores", doc=EC_PDF, title="評価項目と配点",
        header=[["評価項目", "配点\n（点）", "審査の方法"]],
        rows=[[a, fw(b), c] for a, b, c in SCORES] + [["合計", fw(total), ""]],
        col_widths=[62 * mm, 20 * mm, 34 * mm], ruled=False, table_fy=2025, align_left_cols=(2,),
        value_cols=[1, 2],
    )
    scores.unit = lambda row, c, s=scores: bracket_unit(s.column_label(c))
    return scale, scores


def ec_story(specs):
    scale, scores = specs
    st = [Spacer(1, 2 * mm), P("公募型プロポーザル", SUBTITLE), P(f"{EC}委託 企画提案募集要項", TITLE),
          Spacer(1, 1 * mm), P("令和７年４月", DATE_RIGHT), P(EC_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　業務の概要", H1)]
    st += lv_lines([
        ("業務名", f"{EC}委託"),
        ("目的", "海外の消費者に直接販売する越境ＥＣを県内の中小企業者が始め、継続できるよう支援し、県産品の海外販路を広げる"),
        ("委託期間", "契約締結の日から令和８年３月13日（金）まで"),
        ("委託上限額", "17,600千円（消費税及び地方消費税を含む。）"),
        ("契約方法", "公募型プロポーザル方式により受託候補者を選定し、随意契約を締結する"),
    ], 0)
    st += paras("""
この要項において「越境ＥＣ」とは、インターネット上の通信販売サイトを通じて、国境を越えて海外の消費者に商品を販売することをいう。また、「ＥＣモール」とは、複数の事業者が出店する通信販売サイトをいう。
""", 0)
    st += [P("２　業務の内容", H1)]
    st += paras("受託者は、次の４つの業務を行うものとする。詳細は、別添の仕様書による。", 0)
    for i, (head, what, how, out) in enumerate(EC_MENUS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("実施方法", how), ("成果物", out)], 1)
    st += paras("主な業務の数量・規模は、次のとおりとする。", 0)
    st += [caption(scale.title, "（令和７年度）"), scale.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 出店支援事業者数は、参加事業者の応募の状況により、県と協議の上、15社を下回ることができる。",
        "※２ 出店先のＥＣモールは、米国、台湾及び東南アジアの消費者が利用するものから、県と協議して決める。",
    ])
    st += [P("３　参加資格", H1)]
    st += paras("企画提案に参加できる者は、次の全ての要件を満たす者とする。", 0)
    st += numbered([
        "(1) 地方自治法施行令第167条の４の規定に該当しない者であること。",
        "(2) 県の入札参加資格者名簿（役務の提供等）に登録されている者であること。",
        "(3) 県から指名停止の措置を受けている期間中でないこと。",
        "(4) 平成27年度（2015年度）以降に、国又は地方公共団体から越境ＥＣに関する支援業務を受託し、完了した実績があること。",
        "(5) 暴力団又は暴力団員と密接な関係を有する者でないこと。",
    ], 0)
    st += [P("４　スケジュール", H1)]
    st += numbered([f"{CIRCLED[i]} {dated(d)}　{t}" for i, (d, t) in enumerate(EC_SCHEDULE)], 0)
    st += notes(["※ 質問は電子メールで受け付け、回答は令和７年４月25日（金）までに県ホームページに掲載する。"])
    st += [P("５　提出書類", H1)]
    st += paras("企画提案書の提出期限までに、次の書類を持参又は郵送（期限内必着）により提出すること。", 0)
    st += numbered([
        "(1) 企画提案書（様式第２号）　正本１部、副本７部",
        "(2) 見積書（様式第３号）　１部（業務ごとの内訳を記載すること。）",
        "(3) 会社概要（パンフレット等で可）　８部",
        "(4) 越境ＥＣの支援実績を示す書類（契約書の写し等）　１部",
    ], 0)
    st += [P("６　審査の方法", H1)]
    st += paras("""
県が設置する選定委員会が、提出された企画提案書とプレゼンテーション（１者当たり30分以内）により、次の評価項目について審査し、合計点が最も高い者を受託候補者に選定する。
""", 0)
    st += [caption(scores.title), scores.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 合計点が{PASS_MARK}点に満たない者は、受託候補者としない。",
        "※４ 見積額の妥当性は、提案者のうち最も低い見積額を当該提案者の見積額で除して得た数に10を乗じた点数とする。",
    ])
    st += [P("７　質問と回答", H1)]
    qa = [
        ("複数の事業者が共同で提案することはできますか。",
         "できます。共同企業体の場合は、代表者が参加表明書を提出し、構成員の全てが３の参加資格を満たしてください。"),
        ("仕様書に示した規模を超える提案はできますか。", "委託上限額の範囲内であれば、規模を超える提案も評価の対象とします。"),
        ("企画提案の作成に要した費用は支払われますか。", "支払いません。提案に要する費用は、提案者の負担となります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(36 * mm), P("８　提出先・問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{EC_DEPT} 海外販路開拓班",
        "〒899-9001 紫雲市本町三丁目５番１号（県庁本館６階）",
        "電話：099-090-3620　ファクス：099-090-3629",
        "電子メール：ec-proposal@pref.shiun.example.jp",
    ]))
    return st


# ================================================================ document 3: survey results report
CHOSA = f"{PREF}内企業の海外展開に関する実態調査"
CHOSA_DEPT = f"{PREF} 商工労働部 産業国際課"
RESPONSES = [  # 業種, 調査対象企業数, 回答企業数 (令和６年度)
    ("製造業", 640, 287),
    ("卸売・小売業", 410, 164),
    ("サービス業", 330, 118),
    ("その他", 140, 51),
]
SECTORS = [  # 見出し, 海外展開の割合, 主な展開先, 主な課題 (same labels in every sibling section)
    ("製造業", "52.3％（前回調査から3.1ポイント増）", "中国、米国、タイ",
     "現地の販売代理店の確保、為替の変動への対応"),
    ("卸売・小売業", "31.7％（前回調査から1.4ポイント増）", "台湾、香港、米国",
     "海外の規制や輸入手続に関する情報の不足"),
    ("サービス業", "16.9％（前回調査から0.8ポイント減）", "ベトナム、シンガポール、台湾",
     "外国語を話せる人材の不足"),
]
EXPORT_R1 = 2059  # 令和元年度 (not printed; gives the 令和２年度 前年度比)
EXPORTS = [  # 年度, 輸出額（億円）, うちアジア向け（億円）
    (2020, 1820, 1102),
    (2021, 2150, 1315),
    (2022, 2280, 1386),
    (2023, 2410, 1457),
    (2024, 2528, 1561),
]
INDICATORS = [  # 指標, 令和５年度 目標・実績, 令和６年度 目標・実績
    ("海外展開に取り組む県内企業数（社）", 420, 436, 450, 441),
    ("県内の輸出額（億円）", 2300, 2410, 2400, 2528),
    ("越境ＥＣに取り組む県内企業数（社）", 60, 52, 80, 57),
    ("海外技術研修員の受入人数（人）", 10, 10, 10, 8),
    ("県の支援による海外商談の成約件数（件）", 150, 168, 170, 162),
]


def grade(rate: float) -> str:
    return "Ａ" if rate >= 100 else "Ｂ" if rate >= 80 else "Ｃ"


def chosa_specs():
    rows = [[s, fw(n), fw(a), dec(r1(a * 100 / n))] for s, n, a in RESPONSES]
    tn, ta = sum(r[1] for r in RESPONSES), sum(r[2] for r in RESPONSES)
    rows.append(["合計", f"{tn:,}", fw(ta), dec(r1(ta * 100 / tn))])
    responses = TableSpec(
        key="responses", doc=CHOSA_PDF, title="業種別の回答状況",
        header=[["業種", "調査対象\n企業数（社）", "回答", ""], ["", "", "回答企業数（社）", "回答率（％）"]],
        rows=rows, col_widths=[36 * mm, 32 * mm, 36 * mm, 32 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0))], table_fy=2024,
    )
    responses.unit = lambda row, c, s=responses: bracket_unit(s.header_parts(c)[-1])
    prev = [EXPORT_R1] + [e[1] for e in EXPORTS[:-1]]
    exports = TableSpec(
        key="exports", doc=CHOSA_PDF, title="県内の輸出額の推移",
        header=[["区分"] + [era(y) for y, _a, _b in EXPORTS]],
        rows=[["輸出額（億円）"] + [fw(a) for _y, a, _b in EXPORTS],
              ["前年度比（％）"] + [dec(r1(a * 100 / p)) for (_y, a, _b), p in zip(EXPORTS, prev)],
              ["うちアジア向け（億円）"] + [fw(b) for _y, _a, b in EXPORTS]],
        col_widths=[40 * mm] + [24 * mm] * 5,
    )
    exports.unit = lambda row, c: bracket_unit(row[0])
    irows = []
    for name, t5, a5, t6, a6 in INDICATORS:
        rate = r1(a6 * 100 / t6)
        irows.append([name, fw(t5), fw(a5), fw(t6), fw(a6), dec(rate), grade(rate)])
    indicators = TableSpec(
        key="indicators", doc=CHOSA_PDF, title="国際戦略の成果指標の達成状況",
        header=[["成果指標", "令和５年度", "", "令和６年度", "", "達成率\n（％）", "評価"],
                ["", "目標", "実績", "目標", "実績", "", ""]],
        rows=irows, col_widths=[60 * mm, 16 * mm, 16 * mm, 16 * mm, 16 * mm, 18 * mm, 12 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (5, 1)), ((6, 0), (6, 1))],
        table_fy=2024, font_size=8.5,
    )
    indicators.unit = lambda row, c, s=indicators: "%" if c == 5 else bracket_unit(row[0])
    return responses, exports, indicators


def chosa_story(specs):
    responses, exports, indicators = specs
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業の海外展開の現状と課題を把握し、紫雲県国際戦略（令和５年度～令和９年度）の施策の検討に生かす"),
        ("調査対象", "県内に本社を置く従業員５人以上の企業 1,520社（業種別に無作為に抽出）"),
        ("調査期間", "令和６年９月２日から10月４日まで"),
        ("調査方法", "郵送により調査票を配布し、郵送又はウェブサイトの回答フォームで回収"),
        ("調査の実施", "株式会社しうん経済研究所（委託）"),
    ], 0)
    st += paras("""
この調査において「海外展開」とは、輸出（商社等を通じた間接的な輸出を含む。）、海外での生産・販売の拠点の設置、海外企業との業務提携、越境ＥＣ等により、海外の市場で事業を行うことをいう。前回調査は、令和３年度（2021年度）に行った。
""", 0)
    st += [P("２　回答の状況", H1)]
    st += paras("調査票を送付した1,520社のうち、620社から回答を得た。業種別の回答の状況は、次のとおりである。", 0)
    st += [caption(responses.title), responses.flowable(), Spacer(1, 2)]
    st += notes(["※１ 回答率は、小数点以下第２位を四捨五入している。"])
    st += [P("３　業種別の主な結果", H1)]
    st += paras("""
回答企業のうち、海外展開を行っている企業の割合は全体で38.5％となり、前回調査から2.2ポイント増えた。業種別の結果は、次のとおりである。
""", 0)
    for i, (head, share, where, issue) in enumerate(SECTORS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("海外展開の割合", share), ("主な展開先", where), ("主な課題", issue)], 1)
    st += notes(["※２ 「その他」の業種（建設業、農林水産業等）は、回答数が少ないため業種別の結果を示していない。"])
    st += [P("４　県内の輸出額の推移", H1)]
    st += paras("""
参考として、県内の港湾と空港から輸出された貨物の額（紫雲県貿易統計による。）の推移を示す。輸出額は４年続けて増えており、令和６年度は2,528億円と過去最高になった。
""", 0)
    st += [caption(exports.title), exports.flowable(), Spacer(1, 2)]
    st += notes(["※３ 令和２年度の前年度比は、令和元年度の輸出額（2,059億円）に対する比率である。"])
    st += [P("５　国際戦略の成果指標の状況", H1)]
    st += paras("""
紫雲県国際戦略に定める成果指標のうち、本調査と関連する統計により把握できる５つの指標の状況は、次のとおりである。令和６年度は、５指標のうち１指標がＡ評価となった。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 達成率は、令和６年度の実績を目標で除して得た割合であり、小数点以下第２位を四捨五入している。",
        "※５ 評価は、達成率が100％以上をＡ、80％以上100％未満をＢ、80％未満をＣとしている。",
        "※６ 海外展開に取り組む県内企業数は、本調査の回答と県の支援事業の利用実績から推計した値である。",
    ])
    st += [P("６　今後の施策の方向", H1)]
    st += paras("""
越境ＥＣに取り組む企業数は目標を大きく下回っており、始めたものの継続できない企業が多いことが分かった。県は、令和７年度から越境ＥＣの出店と販売促進を一体的に支援する事業を始めるとともに、海外展開に必要な人材の確保を支援する。
""", 0)
    st += [CondPageBreak(36 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 企画調整班",
        "電話：099-090-3610　ファクス：099-090-3619",
        "電子メール：kokusai-chosa@pref.shiun.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kenjin_specs() + ec_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"h9t{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, especs, cspecs = kenjin_specs(), ec_specs(), chosa_specs()
    kdoc = build_pdf(docs_dir / KENJIN_PDF, kspecs, kenjin_story(kspecs),
                     f"令和６年度 {KENJIN} 実施報告書", "令和７年６月", KENJIN_DEPT)
    edoc = build_pdf(docs_dir / EC_PDF, especs, ec_story(especs),
                     f"{EC}委託 企画提案募集要項", "令和７年４月", EC_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 結果報告書", "令和７年３月", CHOSA_DEPT)
    gold = all_gold({KENJIN_PDF: kdoc.row_pages, EC_PDF: edoc.row_pages, CHOSA_PDF: cdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followup only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- kenjin: the 県人会・研修員 report, tables (a) (b) (c), notes, siblings, procedure
    dict(question="2022年度には、海外技術研修員を何人受け入れましたか？",
         category="kenjin", doc=KENJIN_PDF, evidence=["令和４年度 ７ ５ ６ 10,150"], answer=["７"],
         notes="(a) years as rows: 2022年度 = 令和４年度 (row); 受入人数（人） is the first value column "
               "(５ is 受入国数, ６ 受入機関数, 10,150 事業費)"),
    dict(question="コロナの影響が大きかった令和２年度は、研修員を何人受け入れていたのですか？",
         category="kenjin", doc=KENJIN_PDF, evidence=["受入れを中止したことを示す"], answer=["中止"],
         notes="(a) the 令和２年度 row prints － in 受入人数, 受入国数 and 受入機関数; note ※２ says － means the "
               "受入れ was cancelled (the 1,860 in 事業費 is online training); 0 or 1,860 are wrong readings"),
    dict(question="令和３年度から令和６年度までの４年間で、研修員の受入れにかかった事業費は合計でいくらですか？",
         category="kenjin", doc=KENJIN_PDF,
         evidence=["令和３年度 ４ ３ ４ 6,420", "令和４年度 ７ ５ ６ 10,150", "令和５年度 10 ６ ８ 13,880",
                   "令和６年度 ８ ５ ７ 12,960"],
         answer=["43,410千円"], computed=True,
         notes="(a) sum down the 事業費（千円） column over four year rows: 6,420 + 10,150 + 13,880 + 12,960 = 43,410千円"),
    dict(question="マリアナ・ソノダさんは、どこで研修を受けましたか？",
         category="kenjin", doc=KENJIN_PDF, evidence=["マリアナ・ソノダ ブラジル", "看護・介護 紫雲県立看護大学"],
         answer=["紫雲県立看護大学"],
         notes="(c) text cell: row マリアナ・ソノダ (before the page break), column 受入機関; the evidence is "
               "the second evidence holds the answer cell"),
    dict(question="ボリビアから来た研修員は、何か月間研修を受けましたか？",
         category="kenjin", doc=KENJIN_PDF, evidence=["ケンジ・ロドリゲス・イシイ", "ボリビア 情報処理 紫雲大学 10"], answer=["10"],
         notes="(c) a row on the continuation page (page 3, printed without the header): 情報処理, 紫雲大学, "
               "研修期間（か月） 10; the unit か月 is only in the header on page 2"),
    dict(question="ペルー紫雲県人会には、会員が全部で何人いますか？",
         category="kenjin", doc=KENJIN_PDF, evidence=["ペルー紫雲県人会 ペルー 48 390 712 1,150"], answer=["1,150"],
         notes="(b) 合計 column on the right: row ペルー紫雲県人会, column 合計 (48 + 390 + 712); the unit 人 is "
               "only in the note （単位：人） above the table"),
    dict(question="米国にある県人会の二世の会員は、合わせて何人ですか？",
         category="kenjin", doc=KENJIN_PDF, evidence=["北米紫雲県人会 米国 22 185", "ハワイ紫雲県人会 ３ 96"],
         answer=["281人"], computed=True,
         notes="(b) a 所在国 cell merged over two rows: 米国 is printed once for 北米紫雲県人会 and ハワイ紫雲県人会; "
               "sum of the 二世 column over both rows: 185 + 96 = 281人"),
    dict(question="県人会の会員のうち、移住した本人にあたる人は全体で何人いますか？",
         category="kenjin", doc=KENJIN_PDF, evidence=["合計 246 1,883 3,441 5,570"], answer=["246"],
         notes="(b) 合計 row, column 一世 (「一世」とは、本県から移住した本人をいい, note ※６); 5,570 is the 合計 "
               "column; the unit 人 is in the note above the table"),
    dict(question="県人会の子どもたちを招く短期留学には、何人が参加しましたか？",
         category="kenjin", doc=KENJIN_PDF, evidence=["参加者数：留学生14人"], answer=["14人"],
         notes="sibling sections: （２）県人会子弟の短期留学, named by paraphrase; the four activities share the "
               "labels 対象, 実施内容, 実施時期, 参加者数 (研修員８人, 訪問団23人, 出品事業者11社 in the others)"),
    dict(question="研修員の候補者は、いつまでに県人会から推薦してもらう必要がありますか？",
         category="kenjin", doc=KENJIN_PDF, evidence=["候補者の推薦（前年度の10月末まで）"], answer=["10月末"],
         notes="numbered procedure ①-⑤ of the 受入れ; step ②; ① (７月) and ③ (12月) are the neighbours"),
    # --- ec: the 越境ＥＣ proposal call, tables (d) (e), notes, definition, schedule, siblings, Q&A
    dict(question="この委託業務の予算は、最大でいくらまでですか？",
         category="ec", doc=EC_PDF, evidence=["委託上限額：17,600千円"], answer=["17,600千円"],
         notes="「label：value」 line 委託上限額 under １ 業務の概要 (消費税及び地方消費税を含む)"),
    dict(question="ここでいう越境ECとは、どういう売り方のことですか？",
         category="ec", doc=EC_PDF, evidence=["国境を越えて海外の消費者に商品を販売する"],
         answer=["海外の消費者"],
         notes="definition (「越境ＥＣ」とは、…をいう) under １; the ＥＣモール definition follows it"),
    dict(question="海外向けの商品ページは、１社につき何品目まで作ってもらえるのですか？",
         category="ec", doc=EC_PDF, evidence=["１社当たり10品目以内"], answer=["10品目以内"],
         notes="(e) a cell with a limit (以内): row 商品ページの作成, column 数量・規模; text cell kept whole"),
    dict(question="参加したい事業者があまり集まらなかった場合、出店を支援する社数を減らしてもよいのですか？",
         category="ec", doc=EC_PDF, evidence=["県と協議の上、15社を下回ることができる"], answer=["県と協議"],
         notes="(e) note ※１ qualifies the range cell 15～20社 of row 出店支援事業者数: after consulting the 県, "
               "fewer than 15 firms is allowed (the key is 県と協議)"),
    dict(question="提案の審査で、出店支援と販売促進の企画には何点が割り振られていますか？",
         category="ec", doc=EC_PDF, evidence=["出店支援と販売促進の企画 30"], answer=["30"],
         notes="(d) table without ruling lines, column 配点（点） (two-line header); 書類・プレゼン is the next cell"),
    dict(question="プレゼンテーションでも審査される項目の配点は、合わせて何点になりますか？",
         category="ec", doc=EC_PDF,
         evidence=["出店支援と販売促進の企画 30 書類・プレゼン", "越境ＥＣの支援実績 15 書類・プレゼン"],
         answer=["45点"], computed=True,
         notes="(d) sum of 配点（点） over the rows whose 審査の方法 is 書類・プレゼン: 30 + 15 = 45点"),
    dict(question="点数がいくら以上ないと、受託候補者に選ばれないのですか？",
         category="ec", doc=EC_PDF, evidence=["合計点が60点に満たない者"], answer=["60点"],
         notes="note ※３ under table (d): a floor on the 合計 (100) of the 配点 table"),
    dict(question="企画提案書の締切はいつですか？",
         category="ec", doc=EC_PDF, evidence=["令和７年５月19日（月）"], answer=["５月19日"],
         notes="dated schedule, item ④; ③ (参加表明書, ５月２日) and ② (質問, ４月23日) are the near misses"),
    dict(question="販売促進の仕事では、最後に何を納めることになっていますか？",
         category="ec", doc=EC_PDF, evidence=["成果物：広告の配信実績報告書"], answer=["広告の配信実績報告書"],
         notes="sibling sections: （３）海外向けの販売促進, named by paraphrase; the four share the labels 内容, "
               "実施方法, 成果物"),
    dict(question="何社かで組んで提案する場合、参加表明書は誰が出すのですか？",
         category="ec", doc=EC_PDF, evidence=["代表者が参加表明書を提出し"], answer=["代表者"],
         notes="Q&A: Ａ of Ｑ１ (共同企業体)"),
    # --- chosa: the survey report, tables (f) (g) (h), siblings, label lines
    dict(question="令和６年度の調査で、製造業の企業はどのくらいの割合が回答しましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["製造業 640 287 44.8"], answer=["44.8"],
         notes="(f) two-level merged header: column 回答／回答率（％）; 640 is 調査対象企業数（社）, 287 回答／回答企業数（社）"),
    dict(question="卸売・小売業とサービス業からは、合わせて何社の回答がありましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["卸売・小売業 410 164 40.0", "サービス業 330 118 35.8"],
         answer=["282社"], computed=True,
         notes="(f) sum of the 回答／回答企業数（社） column over two rows: 164 + 118 = 282社 (410 and 330 are 調査対象)"),
    dict(question="2022年度に県内から輸出された額は、いくらでしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["輸出額（億円） 1,820 2,150 2,280"], answer=["2,280"],
         notes="(g) years as columns: 2022年度 = 令和４年度 (third column); unit 億円 in the row label"),
    dict(question="2020年度の輸出額は、その前の年度と比べてどのくらいの水準でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["前年度比（％） 88.4"], answer=["88.4"],
         notes="(g) the 前年度比（％） row, first column (令和２年度 = 2020年度); note ※３ gives the 令和元年度 base "
               "(2,059億円); unit % from the row label"),
    dict(question="2024年度の輸出額のうち、アジア向けは何パーセントを占めていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["2,410 2,528 前年度比", "1,457 1,561"], answer=["61.7%"],
         computed=True,
         notes="(g) ratio of two rows in the 令和６年度 column: うちアジア向け 1,561 / 輸出額 2,528 = 61.7%"),
    dict(question="越境ECに取り組む企業の数は、令和５年度にはいくつを目標にしていましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["越境ＥＣに取り組む県内企業数（社） 60 52"], answer=["60"],
         notes="(h) years as column groups with 目標／実績 leaves: column 令和５年度／目標; 52 is its 実績, "
               "80 the 令和６年度／目標"),
    dict(question="成果指標の中で、Ａ評価になったのはどの指標ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["県内の輸出額（億円） 2,300 2,410"], answer=["県内の輸出額"],
         notes="(h) the 評価 column (text cells Ａ/Ｂ/Ｃ, note ※５); the only Ａ row; the prose says "
               "５指標のうち１指標がＡ評価 without naming it"),
    dict(question="2024年度、海外展開に取り組む県内企業の数は、目標まであと何社足りませんでしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["海外展開に取り組む県内企業数（社） 420", "436 450 441 98.0"], answer=["９社"],
         computed=True,
         notes="(h) difference 令和６年度／目標 - 令和６年度／実績 = 450 - 441 = ９社 (達成率 98.0, Ｂ)"),
    dict(question="卸売や小売の会社は、海外展開でどんなことに困っていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["海外の規制や輸入手続に関する情報の不足"],
         answer=["輸入手続"],
         notes="sibling sections: （２）卸売・小売業, 主な課題 (its heading is on page 1, the 主な課題 line on page 2); "
               "the three share the labels 海外展開の割合, 主な展開先, 主な課題"),
    dict(question="このアンケートは、いつからいつまで行われたのですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["調査期間：令和６年９月２日から10月４日"],
         answer=["９月２日", "10月４日"],
         notes="list (2 items): the 調査期間 「label：value」 line under １ 調査の概要 (start and end)"),
    # --- followup (history)
    dict(question="その人の研修期間は何か月でしたか？",
         category="followup", doc=KENJIN_PDF, evidence=["ディエゴ・ミヤギ ペルー", "水産加工 紫雲県水産試験場 ６"], answer=["６"],
         history=_turns("令和６年度の研修員で、水産加工を学んだのは誰ですか？",
                        "ペルーのディエゴ・ミヤギさんで、紫雲県水産試験場で研修を受けました。[1]"),
         notes="その人 = the trainee from the history; (c) a row on the continuation page (page 3, no header), "
               "column 研修期間（か月）"),
    dict(question="その前の年度の実績は何社でしたか？",
         category="followup", doc=CHOSA_PDF, evidence=["越境ＥＣに取り組む県内企業数（社） 60 52"], answer=["52"],
         history=_turns("越境ECに取り組む県内企業の数は、令和６年度にどうなりましたか？",
                        "令和６年度の実績は57社で、目標の80社を下回りました（達成率71.3％、Ｃ評価）。[1]"),
         notes="(h) その前の年度 = 令和５年度; the row from the history, column 令和５年度／実績 (60 is its 目標)"),
    dict(question="そこと同じ国にある、もう一つの県人会の会員は何人ですか？",
         category="followup", doc=KENJIN_PDF, evidence=["ハワイ紫雲県人会 ３ 96 301 400"], answer=["400"],
         history=_turns("北米紫雲県人会の会員は何人ですか？",
                        "北米紫雲県人会の会員数は470人です（令和６年10月１日現在）。[1]"),
         notes="(b) そこ = 北米紫雲県人会 (米国); the 所在国 cell 米国 is merged over its row and the ハワイ row; "
               "column 合計"),
    dict(question="その業務では、何を成果物として出すことになっていますか？",
         category="followup", doc=EC_PDF, evidence=["成果物：出店一覧、商品ページの写し"],
         answer=["出店一覧", "商品ページの写し"],
         history=_turns("海外のECモールへの出店支援では、受託者は何をするのですか？",
                        "出店手続、商品ページの翻訳・撮影、物流の手配を代行します。[1]"),
         notes="list (2 items); sibling sections: その業務 = （２）海外ＥＣモールへの出店支援 from the history, "
               "its 成果物 line"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="海外技術研修員には、滞在中の生活費として毎月いくら支給されますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report names the 渡航費 (県が全額を負担) and the 国際交流協会's help with housing, no allowance",
         absent=["滞在費", "生活費", "月額", "手当"]),
    dict(question="カナダにある紫雲県の県人会は、会員が何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (b) lists six associations in ブラジル, ペルー, 米国 and アルゼンチン; none in カナダ",
         absent=["カナダ"]),
    dict(question="この委託契約では、前払金を受け取ることはできますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the 委託上限額, 委託期間 and 契約方法, nothing on payment terms",
         absent=["前払", "前金", "概算払", "支払方法"]),
    dict(question="海外のECモールに出店するときの販売手数料は、誰が負担するのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call describes the 出店支援 (出店手続 etc. by the 受託者) but not the malls' fees; "
               "Ｑ３ (proposal costs borne by the proposer) is the near miss",
         absent=["手数料", "出店料"]),
    dict(question="調査に回答した企業を従業員の規模別に見ると、どういう内訳でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the 調査対象 (従業員５人以上) and the response by 業種 only",
         absent=["規模別", "従業員数別", "300人"]),
    dict(question="2024年度の県内の輸出額のうち、米国向けはいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (g) gives the total and うちアジア向け only; 米国 appears only as a 展開先 in the survey sections",
         absent=["米国向け", "北米向け", "アメリカ向け"]),
]
CATEGORY_COUNTS = {"kenjin": 10, "ec": 10, "chosa": 10, "followup": 4, "unanswerable": 6}
LISTS = 2
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
SIBLING_FOLLOWUPS = 1
FOLLOWUP_CUES = ("その", "そこ")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, "h9q")


class GoldIndex:
    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = ("海外技術研修員の受入実績の推移", "海外県人会の会員数", "令和６年度の海外技術研修員",
                          "評価項目と配点", "主な業務の数量・規模", "業種別の回答状況", "県内の輸出額の推移",
                          "国際戦略の成果指標の達成状況")
LETTERS = "abcdefgh"
TABLES = (A, B, C, D, E, F, G, H)
TABLE_DOC = {A: KENJIN_PDF, B: KENJIN_PDF, C: KENJIN_PDF, D: EC_PDF, E: EC_PDF, F: CHOSA_PDF, G: CHOSA_PDF, H: CHOSA_PDF}
FEE = "事業費（千円）"
ANS = "回答／回答企業数（社）"
XC = "越境ＥＣに取り組む県内企業数（社）"
OV = "海外展開に取り組む県内企業数（社）"

COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h9q03": lambda g: f"{sum(g(A, era(y), FEE, y) for y in (2021, 2022, 2023, 2024)):,}千円",
    "h9q07": lambda g: f"{g(B, '北米紫雲県人会', '二世', 2024) + g(B, 'ハワイ紫雲県人会', '二世', 2024)}人",
    "h9q16": lambda g: f"{g(D, '出店支援と販売促進の企画', '配点（点）', 2025) + g(D, '越境ＥＣの支援実績', '配点（点）', 2025)}点",
    "h9q22": lambda g: f"{g(F, '卸売・小売業', ANS, 2024) + g(F, 'サービス業', ANS, 2024)}社",
    "h9q25": lambda g: f"{r1(g(G, 'うちアジア向け（億円）', '令和６年度', 2024) * 100 / g(G, '輸出額（億円）', '令和６年度', 2024))}%",
    "h9q28": lambda g: f"{fw(g(H, OV, '令和６年度／目標', 2024) - g(H, OV, '令和６年度／実績', 2024))}社",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KENJIN_PDF: (2, 3), EC_PDF: (2, 3), CHOSA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 24)  # after norm
GOLD_CELLS = (120, 180)
BEFORE_BREAK_ROWS = ("アナ・ベアトリス・ナカムラ", "マリアナ・ソノダ")
CONTINUED_ROWS = ("ディエゴ・ミヤギ", "ケンジ・ロドリゲス・イシイ")


def check_files(out: Path) -> list[str]:
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout9.py")
    errors += check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    return errors


def asked_years(question: str) -> list[int]:
    """Western fiscal years a question names (2022年度) or spans (2022年度から2024年度)."""
    return [int(y) for y in re.findall(r"(20\d\d)年", question)]


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    for i, q in enumerate(questions, 1):
        qid = q.get("id")
        if qid != f"h9q{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected h9q{i:02d}")
        keys = set(q) - {"computed", "history"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        history = q.get("history")
        if (q["category"] == "followup") != bool(history):
            errors.append(f"{qid}: exactly the followups have a history")
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
        # a Western year asked must be one the document does not print (so the conversion is needed)
        for y in asked_years(q["question"]):
            if f"{y}年度" in doc_text[q["doc"]]:
                errors.append(f"{qid}: asks {y}年度, which its document prints")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    western = [q["id"] for q in questions if q["doc"] and asked_years(q["question"])]
    if len(western) < 4:
        errors.append(f"only {western} ask by Western year")
    era_asked = [q["id"] for q in questions if re.search(r"令和(元|[０-９\d]+)年", q["question"]) and q["doc"]]
    if len(era_asked) < 3:
        errors.append(f"only {era_asked} ask by 令和 year")
    lists = sum(q["notes"].startswith("list") for q in questions)
    if lists != LISTS:
        errors.append(f"{lists} list questions, expected {LISTS}")
    sibling = sum("sibling sections" in q["notes"] and q["category"] != "followup" for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    sibling_f = sum("sibling sections" in q["notes"] and q["category"] == "followup" for q in questions)
    if sibling_f != SIBLING_FOLLOWUPS:
        errors.append(f"{sibling_f} sibling-section follow-ups, expected {SIBLING_FOLLOWUPS}")
    # table questions: at least 16, every table asked at least once, each doc's questions >= 2 tables
    asked = defaultdict(set)
    n_table = 0
    for q in questions:
        ts = {t for t, letter in zip(TABLES, LETTERS) if f"({letter})" in q["notes"] and q["doc"] == TABLE_DOC[t]}
        n_table += bool(ts)
        for t in ts:
            asked[q["doc"]].add(t)
    if n_table < 16:
        errors.append(f"{n_table} table questions, expected at least 16")
    for t in TABLES:
        if t not in asked[TABLE_DOC[t]]:
            errors.append(f"no question on table {t}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout9.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"h9t{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if (g["number"] is not None or g["value"] in NO_FIGURE) and g["unit"] is None:
            errors.append(f"{g['id']}: numeric cell without unit")
        if g["number"] is None and g["value"] not in NO_FIGURE and g["unit"] is not None:
            errors.append(f"{g['id']}: text cell with a unit")
        if g["fiscal_year"] is None or g["fiscal_year_range"] is not None:
            errors.append(f"{g['id']}: every cell of this set has one fiscal year")
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
    errors += check_row_sequences(specs, gold, lambda g: page_text(g["doc"], g["page"]))
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_row_sequences(specs, gold, page_text) -> list[str]:
    errors = []
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
            elif norm("".join(spec.printed_row(i))) not in page_text(g):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    return errors


def check_totals(gold) -> list[str]:
    """合計 rows and the 合計 column add up; the tables agree with each other and with the prose's data."""
    errors = []
    num = defaultdict(lambda: defaultdict(dict))
    val = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        num[g["table"]][g["row"]][g["column"]] = g["number"]
        val[g["table"]][g["row"]][g["column"]] = g["value"]
    # (b): the 合計 column is the row's sum, the 合計 row the column's sum
    for lab, r in num[B].items():
        if r["合計"] != r["一世"] + r["二世"] + r["三世以降"]:
            errors.append(f"{B} / {lab}: 合計 column is not the row's sum")
    for col in ("一世", "二世", "三世以降", "合計"):
        if num[B]["合計"][col] != sum(r[col] for lab, r in num[B].items() if lab != "合計"):
            errors.append(f"{B}: 合計 row of {col} does not add up")
    if val[B]["パラナ紫雲県人会"].get("所在国") != "ブラジル" or val[B]["ハワイ紫雲県人会"].get("所在国") != "米国":
        errors.append(f"{B}: the rows under a merged 所在国 cell should take its value")
    if "所在国" in val[B]["合計"]:
        errors.append(f"{B}: the 合計 label spans the 所在国 column and gives no cell there")
    # (d): 配点 adds up to 100, the floor is below it
    if num[D]["合計"]["配点（点）"] != sum(r["配点（点）"] for lab, r in num[D].items() if lab != "合計") != 100:
        errors.append(f"{D}: 配点 does not add up to 100")
    if "審査の方法" in val[D]["合計"]:
        errors.append(f"{D}: the blank 審査の方法 cell of 合計 must give no gold cell")
    # (f): 合計 row and 回答率
    for col in ("調査対象企業数（社）", ANS):
        if num[F]["合計"][col] != sum(r[col] for lab, r in num[F].items() if lab != "合計"):
            errors.append(f"{F}: 合計 of {col} does not add up")
    for lab, r in num[F].items():
        if r["回答／回答率（％）"] != r1(r[ANS] * 100 / r["調査対象企業数（社）"]):
            errors.append(f"{F} / {lab}: 回答率 is not the rounded share")
    # (g): 前年度比 from the amounts (令和元年度 from note ※３)
    prev = EXPORT_R1
    for y, _a, _b in EXPORTS:
        a = num[G]["輸出額（億円）"][era(y)]
        if num[G]["前年度比（％）"][era(y)] != r1(a * 100 / prev):
            errors.append(f"{G} / {era(y)}: 前年度比 is not the amount over the year before")
        if not num[G]["うちアジア向け（億円）"][era(y)] < a:
            errors.append(f"{G} / {era(y)}: うちアジア向け is not a part of 輸出額")
        prev = a
    # (h): 達成率 and 評価 from the 令和６年度 cells; the indicators agree with (g) and (a)
    for lab, r in num[H].items():
        rate = r1(r["令和６年度／実績"] * 100 / r["令和６年度／目標"])
        if r["達成率（％）"] != rate or val[H][lab]["評価"] != grade(rate):
            errors.append(f"{H} / {lab}: 達成率 or 評価 is wrong")
    for y in (2023, 2024):
        if num[H]["県内の輸出額（億円）"][f"{era(y)}／実績"] != num[G]["輸出額（億円）"][era(y)]:
            errors.append(f"{H}: 輸出額 実績 of {era(y)} differs from {G}")
        if num[H]["海外技術研修員の受入人数（人）"][f"{era(y)}／実績"] != num[A][era(y)]["受入人数（人）"]:
            errors.append(f"{H}: 研修員 実績 of {era(y)} differs from {A} (the other document)")
    # (a) and (c): the 令和６年度 row of (a) is the list (c)
    trainees = val[C]
    y6 = num[A]["令和６年度"]
    if len(trainees) != y6["受入人数（人）"] or len({r["国名"] for r in trainees.values()}) != y6["受入国数（か国）"] \
            or len({r["受入機関"] for r in trainees.values()}) != y6["受入機関数（機関）"]:
        errors.append(f"{C}: its people, countries or institutions differ from {A} 令和６年度")
    for lab, r in val[A].items():
        if (r["受入人数（人）"] == DASH) != (lab == "令和２年度"):
            errors.append(f"{A} / {lab}: only 令和２年度 prints －")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    tr = specs["trainees"]
    fp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(fp) != 2:
        errors.append(f"{C} is on pages {fp}, expected a page break inside it")
    else:
        header = norm("".join(tr.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KENJIN_PDF]) if header in norm(p)]
        if tr.repeat_header or on != fp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {fp[:1]}")
        first = {g["row"] for g in gold if g["table"] == C and g["page"] == fp[0]}
        continued = {g["row"] for g in gold if g["table"] == C and g["page"] == fp[1]}
        if not 3 <= len(first) <= 6 or len(continued) < 2:
            errors.append(f"{C}: {len(first)} rows before the page break and {len(continued)} after")
        for row in BEFORE_BREAK_ROWS:
            if row not in first:
                errors.append(f"{C}: row {row} should be before the page break")
        for row in CONTINUED_ROWS:
            if row not in continued:
                errors.append(f"{C}: row {row} should be on the continuation page")
    for key, s in specs.items():
        if key != "trainees" and len({g["page"] for g in gold if g["table"] == s.title}) != 1:
            errors.append(f"{s.title} should be on one page")
    if specs["scores"].ruled or not all(s.ruled for k, s in specs.items() if k != "scores"):
        errors.append("only the 配点 table must be drawn without ruling lines")
    # (a): years as rows, － cells keep the column unit
    a = [g for g in gold if g["table"] == A]
    if [g["fiscal_year"] for g in a][::4] != [t[0] for t in TRAINEE_TREND]:
        errors.append(f"{A}: the years-as-rows table should take each row's year")
    dash = [g for g in a if g["value"] == DASH]
    if len(dash) != 3 or any(g["number"] is not None or g["unit"] is None for g in dash):
        errors.append(f"{A}: expected three － cells with a unit and no number")
    # (b): 合計 column on the right; units only in the note above the table; merged middle cells
    kj = specs["kenjinkai"]
    if kj.header[0][-1] != "合計" or not any(c0 == 1 and r1_ > r0 for (c0, r0), (_c1, r1_) in kj.spans):
        errors.append(f"{B}: expected a 合計 column on the right and a 所在国 cell merged over rows")
    lines = [x.strip() for x in pages[KENJIN_PDF][min(g["page"] for g in gold if g["table"] == B) - 1].splitlines()]
    if "（単位：人）" not in lines or lines[lines.index("（単位：人）") + 1] != "県人会名":
        errors.append(f"{B}: the units note should be its own line right before the header")
    if any("（人）" in h for h in kj.header[0]) or {g["unit"] for g in gold if g["table"] == B and g["number"]} != {"人"}:
        errors.append(f"{B}: the unit should come from the note above the table, not the headers")
    # (d) unruled with a two-line header; (e) text cells with ranges and limits
    if "\n" not in specs["scores"].header[0][1]:
        errors.append(f"{D}: expected a two-line 配点 header")
    e = [g["value"] for g in gold if g["table"] == E]
    if not any("～" in v for v in e) or not any("以内" in v for v in e) or any(g["number"] is not None for g in gold if g["table"] == E):
        errors.append(f"{E}: expected range and 以内 text cells")
    # (f): two header rows, a group spanning two leaves, two columns spanning both rows
    rs = specs["responses"]
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == F))
    if len(rs.header) != 2 or cols != ["調査対象企業数（社）", ANS, "回答／回答率（％）"]:
        errors.append(f"{F}: columns {cols}")
    # (g): years as columns, units from the row labels, a 前年度比 row in %
    g_units = {g["row"]: g["unit"] for g in gold if g["table"] == G}
    if g_units != {"輸出額（億円）": "億円", "前年度比（％）": "%", "うちアジア向け（億円）": "億円"}:
        errors.append(f"{G}: units from the row labels are {g_units}")
    # (h): years as column groups with 目標／実績 leaves, a 達成率 and a 評価 column
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    want = ["令和５年度／目標", "令和５年度／実績", "令和６年度／目標", "令和６年度／実績", "達成率（％）", "評価"]
    if cols != want:
        errors.append(f"{H}: columns {cols}, expected {want}")
    fy = {(g["column"], g["fiscal_year"]) for g in gold if g["table"] == H}
    if {c: y for c, y in fy} != dict(zip(want, (2023, 2023, 2024, 2024, 2024, 2024))):
        errors.append(f"{H}: fiscal years by column {sorted(fy)}")
    if {g["value"] for g in gold if g["column"] == "評価"} != {"Ａ", "Ｂ", "Ｃ"}:
        errors.append(f"{H}: expected all three grades")
    # two-line headers come out as two lines
    for key, heads in (("scores", ("配点",)), ("trainees", ("研修期間",)), ("indicators", ("達成率",)),
                       ("responses", ("調査対象",))):
        lines = [x.strip() for x in "\n".join(pages[specs[key].doc]).splitlines()]
        for h in heads:
            if h not in lines:
                errors.append(f"{specs[key].title}: header {h} is not a line of its own")
    return errors


def check_prose(pages) -> list[str]:
    errors = []

    def siblings(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        for i, head in enumerate(heads, 1):
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")

    rep = norm("\n".join(pages[KENJIN_PDF]))
    siblings(rep, "report", ("対象：", "実施内容：", "実施時期：", "参加者数："), [a[0] for a in ACTIVITIES])
    if norm(f"研修員{fw(len(TRAINEES))}人") not in rep:
        errors.append("report: the 研修員 count in （１） differs from the list")
    total = sum(sum(k[2:]) for k in KENJINKAI)
    third = sum(k[4] for k in KENJINKAI)
    if norm(f"海外県人会は{fw(len(KENJINKAI))}団体で、会員数の合計は{total:,}人") not in rep \
            or not 0.6 < third / total < 0.7:
        errors.append("report: the prose on the associations disagrees with table (b)")
    brazil = sum(t[1] == "ブラジル" for t in TRAINEES)
    if norm(f"ブラジルが{fw(brazil)}人と最も多い") not in rep or brazil != max(Counter(t[1] for t in TRAINEES).values()):
        errors.append("report: 「ブラジルが３人と最も多い」 does not hold")
    if norm("令和５年度には受入人数が10人") not in rep or TRAINEE_TREND[3][1] != 10:
        errors.append("report: 令和５年度 受入人数 in the prose differs from (a)")
    if norm("「海外県人会」とは") not in rep or norm("「一世」とは") not in rep:
        errors.append("report: a definition is missing")
    if "ボリビア" in {k[1] for k in KENJINKAI} or not any(t[1] == "ボリビア" for t in TRAINEES):
        errors.append("report: note ※４ (no association in Bolivia) does not hold")
    if norm("多文化共生・県人会班") not in rep:
        errors.append("report: contact box missing")
    # the procedure is numbered ①-⑤
    for i in range(5):
        if norm(CIRCLED[i]) not in rep:
            errors.append(f"report: procedure step {i + 1} missing")

    call = norm("\n".join(pages[EC_PDF]))
    siblings(call, "call", ("内容：", "実施方法：", "成果物："), [m[0] for m in EC_MENUS])
    dates = [d for d, _t in EC_SCHEDULE]
    if dates != sorted(dates):
        errors.append("call: the schedule is not in order")
    for i, (d, text) in enumerate(EC_SCHEDULE):
        if norm(f"{CIRCLED[i]} {dated(d)}{text}") not in call:
            errors.append(f"call: schedule item {i + 1} missing or with a wrong weekday")
    if not dates[1] < datetime.date(2025, 4, 25) < dates[2] or norm(f"{dated(datetime.date(2025, 4, 25))}までに") not in call:
        errors.append("call: the answers to questions should be published between ② and ③, weekday right")
    if norm(f"令和８年３月13日（{WEEKDAYS[datetime.date(2026, 3, 13).weekday()]}）") not in call:
        errors.append("call: the 委託期間 end date has a wrong weekday")
    if PASS_MARK >= sum(s[1] for s in SCORES) or norm(f"合計点が{PASS_MARK}点に満たない") not in call:
        errors.append("call: the floor of note ※３ is wrong")
    if norm("「越境ＥＣ」とは") not in call:
        errors.append("call: the definition of 越境ＥＣ is missing")
    rawc = "\n".join(pages[EC_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in rawc) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in rawc) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")

    sur = norm("\n".join(pages[CHOSA_PDF]))
    siblings(sur, "survey", ("海外展開の割合：", "主な展開先：", "主な課題："), [s[0] for s in SECTORS])
    tn, ta = sum(r[1] for r in RESPONSES), sum(r[2] for r in RESPONSES)
    if norm(f"送付した{tn:,}社のうち、{ta}社から回答") not in sur or norm(f"企業 {tn:,}社") not in sur:
        errors.append("survey: the response counts in the prose differ from table (f)")
    amounts = [EXPORT_R1] + [e[1] for e in EXPORTS]
    if not all(a < b for a, b in zip(amounts[1:], amounts[2:])) or amounts[1] >= amounts[0] \
            or norm(f"令和６年度は{amounts[-1]:,}億円と過去最高") not in sur:
        errors.append("survey: 「４年続けて増えており…過去最高」 does not hold")
    grades = [grade(r1(a6 * 100 / t6)) for _n, _t5, _a5, t6, a6 in INDICATORS]
    if norm(f"５指標のうち{fw(grades.count('Ａ'))}指標がＡ評価") not in sur or len(INDICATORS) != 5:
        errors.append("survey: the count of Ａ in the prose is wrong")
    if grades[2] != "Ｃ" or norm("越境ＥＣに取り組む企業数は目標を大きく下回って") not in sur:
        errors.append("survey: 「越境ＥＣ…大きく下回って」 does not hold")
    if norm("「海外展開」とは") not in sur:
        errors.append("survey: the definition of 海外展開 is missing")
    p1, p2 = norm(pages[CHOSA_PDF][0]), norm(pages[CHOSA_PDF][1])
    if norm("（２）卸売・小売業") not in p1 or norm("主な課題：海外の規制") not in p2:
        errors.append("survey: the （２） section should run over the page 1→2 break")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
