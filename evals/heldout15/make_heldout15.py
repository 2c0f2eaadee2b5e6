"""Build the 山吹県 held-out set 15: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (山吹県 and every town, scheme, organisation, foreign state, phone
number, address, URL and figure). The documents are in three genres the earlier sets do not use:
a guide (ご案内) to a subsidy for companies securing housing for foreign workers
(外国人材住宅確保支援補助金) with the rates and caps by company size (a two-level merged header)
and the grants made so far (years as rows); the results report (実施報告書) of a practical
overseas-business training course for small firms (海外ビジネス実践塾) with its sessions (a
numbered No. column before the label), the participants by industry (a table without ruling
lines) and the self-assessment before and after the course; and the annual report (実施報告) of a
youth exchange with a sister state abroad (青少年交流事業) with the delegations sent and received
by year (years as rows under a two-level header with a 小計 column closing each column group) and
the participants by municipality (a table continued over a page break without its header); see
README.md beside this file.

    python make_heldout15.py [OUTPUT_DIR]          # default: this file's directory

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
    era_label,
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

JUTAKU_PDF = "yamabuki_gaikokujin_jutaku_hojokin_annai_r7.pdf"
JUKU_PDF = "yamabuki_kaigai_business_jissenjuku_hokoku_r6.pdf"
KORYU_PDF = "yamabuki_seishonen_koryu_jigyo_hokoku_r6.pdf"
ALL_PDFS = (JUTAKU_PDF, JUKU_PDF, KORYU_PDF)

UNITS = ("万円", "家庭", "件", "人", "社", "点", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
FRAME_W = 166 * mm  # A4 minus docgen's 22 mm margins


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western year of a label naming one fiscal year (令和５年度, 令和元年度); None otherwise."""
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
    """The unit in brackets at the end of a label (交付件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def score(x: str) -> str:
    """A self-assessment score as printed (one decimal, half-width)."""
    return f"{Decimal(x):.1f}"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and a year per column
    where a header names one."""

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


PREF = "山吹県"
CITY = "山吹市"
PHONE_PREFIX = "099-150-"

# ================================================================ document 1: foreign workers' housing subsidy guide
JUTAKU = f"{PREF}外国人材住宅確保支援補助金"
JUTAKU_DEPT = f"{PREF} 商工労働部 労働政策課"
COSTS = [  # 補助対象経費, 中小企業者: 補助率（％）, 上限額（万円）, 小規模企業者: 補助率（％）, 上限額（万円）
    ("家賃", 50, 2, 75, 3), ("敷金・礼金", 50, 10, 75, 15), ("仲介手数料", 50, 5, 75, 7),
    ("家具・家電の購入費", 50, 8, 75, 12), ("住宅の改修費", 30, 40, 50, 60),
]
RENT_MONTHS = 12  # note ※１: rent is paid for at most 12 months
COMPANY_CAP = 500  # note ※３: 万円 per company and year
GRANTS = [  # 年度, 交付件数（件）, 対象の外国人材（人）, 交付額（万円）
    (2021, 8, 26, 612), (2022, 15, 51, 1184), (2023, 23, 84, 1975), (2024, 31, 117, 2843),
]
HOUSING = [  # 見出し, 対象となる経費, 主な要件, 入居者の負担 (same labels in every sibling section)
    ("借上げ社宅", "家賃、敷金・礼金、仲介手数料、家具・家電の購入費",
     "企業が貸主と賃貸借契約を結び、外国人材に貸すこと", "家賃の３分の１以内"),
    ("自社が保有する寮", "住宅の改修費、家具・家電の購入費",
     "１人当たりの居室の床面積が7.5平方メートル以上であること", "光熱水費の実費のみ"),
    ("外国人材が自ら借りる住宅", "敷金・礼金、仲介手数料",
     "企業が連帯保証人となり、又は家賃債務保証会社の保証料を負担すること", "家賃の全額"),
]


def jutaku_specs():
    costs = TableSpec(
        key="costs", doc=JUTAKU_PDF, title="補助対象経費ごとの補助率と上限額",
        header=[["補助対象経費", "中小企業者", "", "小規模企業者", ""],
                ["", "補助率（％）", "上限額（万円）", "補助率（％）", "上限額（万円）"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in COSTS],
        col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    costs.unit = lambda row, c, s=costs: bracket_unit(s.column_label(c))
    grants = TableSpec(
        key="grants", doc=JUTAKU_PDF, title="交付実績の推移",
        header=[["年度", "交付件数（件）", "対象の外国人材（人）", "交付額（万円）"]],
        rows=[[era_label(y), fw(n), fw(p), fw(a)] for y, n, p, a in GRANTS],
        col_widths=[34 * mm, 34 * mm, 40 * mm, 34 * mm],
    )
    grants.unit = lambda row, c, s=grants: bracket_unit(s.column_label(c))
    return costs, grants


def jutaku_story(specs):
    costs, grants = specs
    last = GRANTS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{JUTAKU}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(JUTAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県内の中小企業が外国人材を円滑に受け入れられるよう、外国人材の住まいを確保する中小企業に、住宅の借上げや整備に要する経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{sum(r[1] for r in GRANTS)}件、{sum(r[2] for r in GRANTS)}人分の住まいの確保を支援しました。
""", 0)
    st += lv_lines([
        ("補助事業名", JUTAKU),
        ("補助対象者", "県内に事業所を有する中小企業者で、外国人材を雇用し、又は雇用しようとするもの"),
        ("募集期間", "令和７年５月12日から令和８年１月30日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "6,500万円"),
        ("対象人数", "１社当たり年度内10人まで"),
    ], 0)
    st += paras("""
この案内において「外国人材」とは、在留資格「特定技能」、「技能実習」又は「技術・人文知識・国際業務」をもって、補助対象者の県内の事業所で働く外国人をいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人以下（商業・サービス業は５人以下）の中小企業者をいいます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助率と、外国人材１人当たりの上限額は、企業の規模に応じて次のとおりです。", 0)
    st += [caption(costs.title, "（令和７年度、外国人材１人当たり）"), costs.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 家賃の上限額は１か月当たりの額です。家賃の補助は、入居した月から最長{RENT_MONTHS}か月分とします。",
        "※２ 家賃には、共益費及び駐車場の使用料を含みません。",
        f"※３ 補助金の額は、１社当たり年度内{COMPANY_CAP}万円を上限とします。千円未満の端数は切り捨てます。",
    ])
    st += [P("３　対象となる住宅", H1)]
    st += paras("補助の対象となる住宅は、次の３つの類型です。類型ごとに対象となる経費が異なります。", 0)
    for i, (head, cost, req, burden) in enumerate(HOUSING, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる経費", cost), ("主な要件", req), ("入居者の負担", burden)], 1)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        "① 事前相談（労働政策課へ電話又は電子メールで）",
        "② 交付申請（住宅の契約又は改修の工事を始める前に、申請書と見積書を提出）",
        "③ 交付決定の通知（申請からおおむね３週間）",
        "④ 住宅の契約又は改修と、経費の支払",
        "⑤ 実績報告（経費を支払った日から30日以内又は令和８年２月27日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("５　これまでの交付実績", H1)]
    st += paras(f"""
交付件数と対象の外国人材の数は毎年増えており、令和６年度は{last[1]}件、{last[2]}人分となりました。
""", 0)
    st += [caption(grants.title), grants.flowable(), Spacer(1, 2)]
    st += notes(["※４ 交付額は、補助金の額の確定後の額です。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("外国人材と日本人の従業員が同じ社宅に住む場合も対象になりますか。",
         "外国人材が入居する部屋の分に限り、対象になります。"),
        ("家賃の補助を受けている間に、外国人材が退職した場合はどうなりますか。",
         "退職した月の翌月以降の家賃は、補助の対象外となります。速やかに変更の届出をしてください。"),
        ("中古の家具や家電を購入した場合も対象になりますか。",
         "対象になります。ただし、１品当たり１万円未満のものは対象外です。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{JUTAKU_DEPT} 外国人材受入班　電話：099-150-3410　ファクス：099-150-3419",
        f"{PREF}国際ビジネス相談デスク（海外展開・外国人材の総合相談）　電話：099-150-3500",
        "電子メール：gaikokujinzai@pref.yamabuki.example.jp",
    ]))
    return st


# ================================================================ document 2: overseas-business training course report
JUKU = f"{PREF}海外ビジネス実践塾"
JUKU_DEPT = f"{PREF} 商工労働部 国際経済課"
CENTER = "公益財団法人山吹県産業振興センター"
SESSIONS = [  # No., テーマ, 出席者数（人）, 満足度（％）
    ("海外展開の基礎と進出先の選び方", 28, 89), ("海外市場の調べ方（統計とデータベース）", 27, 93),
    ("輸出の手続と貿易実務", 26, 88), ("英語による商談の進め方", 24, 79), ("契約と代金の決済", 25, 84),
    ("知的財産の保護と模倣品対策", 23, 91), ("現地パートナーの探し方", 22, 86), ("海外展開計画の発表会", 26, 97),
]
INDUSTRIES = [  # 業種, 受講企業数（社）, 受講者数（人）, 修了者数（人）
    ("食品製造業", 7, 9, 8), ("機械・金属製品製造業", 5, 6, 5), ("繊維・衣料品製造業", 3, 4, 3),
    ("卸売・小売業", 3, 5, 4), ("情報通信業", 2, 2, 2), ("その他のサービス業", 2, 2, 2),
]
SKILLS = [  # 項目, 受講前（点）, 受講後（点） (５点満点の平均)
    ("海外市場の情報の集め方", "2.1", "3.9"), ("輸出の手続と書類の作成", "1.6", "3.7"),
    ("外国語での商談", "1.9", "2.8"), ("契約と決済のリスク管理", "1.8", "3.4"),
    ("知的財産の保護", "2.0", "3.5"), ("海外展開計画の作成", "1.7", "3.6"),
]
SKILL_N = (28, 26)  # note ※４: 回答者数 (受講前, 受講後)
FOLLOWUPS = [  # 見出し, 実施時期, 参加企業数, 成果 (same labels in every sibling section)
    ("オンライン商談会", "令和６年11月", "12社", "海外のバイヤー18社と商談し、３社が見積りの依頼を受けた"),
    ("ベトナム現地視察", "令和６年12月（４日間）", "８社", "ホーチミン市の小売業者と輸入業者を訪ね、２社が試験輸出を始めた"),
    ("専門家による個別相談", "令和６年９月から令和７年３月まで", "15社", "延べ41回の相談を行い、５社が海外展開計画を見直した"),
]


def skill_mean(k: int) -> str:
    """The 平均 row: the mean of the six items, rounded half up to one decimal."""
    return str(half_up(sum(Decimal(r[k]) for r in SKILLS) / len(SKILLS), "0.1"))


def juku_specs():
    sessions = TableSpec(
        key="sessions", doc=JUKU_PDF, title="各回のテーマと出席者数",
        header=[["No.", "テーマ", "出席者数（人）", "満足度（％）"]],
        rows=[[fw(i), t, fw(a), fw(s)] for i, (t, a, s) in enumerate(SESSIONS, 1)],
        col_widths=[14 * mm, 78 * mm, 30 * mm, 28 * mm], label_col=1, table_fy=2024,
        align_left_cols=(1,),
    )
    sessions.unit = lambda row, c, s=sessions: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[k] for r in INDUSTRIES)) for k in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=JUKU_PDF, title="業種別の受講企業数と受講者数",
        header=[["業種", "受講企業数（社）", "受講者数（人）", "修了者数（人）"]],
        rows=rows, col_widths=[52 * mm, 32 * mm, 32 * mm, 32 * mm], ruled=False, table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    rows = [[n, score(a), score(b)] for n, a, b in SKILLS]
    rows.append(["６項目の平均", skill_mean(1), skill_mean(2)])
    skills = TableSpec(
        key="skills", doc=JUKU_PDF, title="項目別の自己評価（受講前後の比較）",
        header=[["項目", "受講前（点）", "受講後（点）"]],
        rows=rows, col_widths=[60 * mm, 32 * mm, 32 * mm], table_fy=2024, bold_rows=("６項目の平均",),
    )
    skills.unit = lambda row, c, s=skills: bracket_unit(s.column_label(c))
    return sessions, industries, skills


def juku_story(specs):
    sessions, industries, skills = specs
    n_firms = sum(r[1] for r in INDUSTRIES)
    n_people = sum(r[2] for r in INDUSTRIES)
    n_done = sum(r[3] for r in INDUSTRIES)
    attend = sum(r[1] for r in SESSIONS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{JUKU} 実施報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(JUKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", f"{JUKU}（第４期）"),
        ("主催", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("実施期間", "令和６年６月から令和７年１月まで（全８回、土曜日の午後）"),
        ("会場", f"{PREF}産業会館（第２回と第６回はオンライン）"),
        ("受講料", "１社当たり20,000円（教材費を含む。）"),
        ("定員", "30人"),
        ("受講者", f"{n_firms}社{n_people}人"),
    ], 0)
    st += paras("""
この報告書において「修了者」とは、全８回の講座のうち６回以上に出席し、最終回で自社の海外展開計画を発表した受講者をいう。また、「自己評価」とは、受講者が６つの項目について、自らの知識と実務の力を１点から５点までの５段階で評価したものをいい、受講前は第１回の開始時に、受講後は最終回の終了時に調べた。
""", 0)
    st += [P("２　講座の内容", H1)]
    st += paras(f"""
講座は月１回開き、各回とも講義と演習を組み合わせた。全８回の延べ出席者数は{attend}人で、出席率は{pct1(attend, len(SESSIONS) * n_people)}％であった。満足度は、最終回の発表会が最も高かった。
""", 0)
    st += [caption(sessions.title, "（令和６年度）"), sessions.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ No.は開催の順である。第１回は令和６年６月15日、第８回は令和７年１月25日に開いた。",
        "※２ 満足度は、アンケートで「満足」又は「やや満足」と答えた出席者の割合である。",
    ])
    st += [P("３　受講者の状況", H1)]
    st += paras(f"""
受講者は{n_firms}社{n_people}人で、業種別では食品製造業が最も多かった。修了者は{n_done}人であった。
""", 0)
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes(["※３ 業種は、受講企業の主たる業種による。"])
    st += [P("４　受講前後の自己評価", H1)]
    st += paras("""
受講後の自己評価は、６項目すべてで受講前を上回った。伸びが最も大きかったのは「輸出の手続と書類の作成」であり、受講後も最も低かったのは「外国語での商談」であった。
""", 0)
    st += [caption(skills.title, "（令和６年度、５点満点）"), skills.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 回答者は、受講前が{SKILL_N[0]}人、受講後が{SKILL_N[1]}人である。各項目の値は回答者の平均点である。"])
    st += [P("５　フォローアップ支援", H1)]
    st += paras("講座の修了後も、受講企業の海外展開を後押しするため、次の支援を行った。", 0)
    for i, (head, when, n, result) in enumerate(FOLLOWUPS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施時期", when), ("参加企業数", n), ("成果", result)], 1)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は定員を30人から36人に増やし、第５期を開く。",
        "② 自己評価が最も低かった外国語での商談について、演習の時間を増やす。",
        "③ 修了者を対象に、海外見本市への出展を支援する。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{JUKU_DEPT} 海外展開支援班　電話：099-150-5210　ファクス：099-150-5219",
        f"{CENTER} 国際部（実践塾の受講申込み）　電話：099-150-5300",
        "電子メール：kaigai-juku@pref.yamabuki.example.jp",
    ]))
    return st


# ================================================================ document 3: youth exchange with a sister state, annual report
STATE = "サン・ベルナル州"
KORYU = f"{PREF}・{STATE}青少年交流事業"
KORYU_DEPT = f"{PREF} 総務部 国際交流課"
KYOKAI = "公益財団法人山吹県国際交流協会"
FEE = 18  # 参加者負担金, 万円 per student sent
EXCHANGE = [  # 年度, 派遣: 生徒, 引率者, 受入れ: 生徒, 引率者
    (2019, 20, 3, 18, 2), (2020, 0, 0, 0, 0), (2021, 0, 0, 0, 0),
    (2022, 12, 2, 10, 2), (2023, 18, 3, 16, 2), (2024, 24, 3, 22, 3),
]
CUMULATIVE = (612, 574)  # 平成９年度から令和６年度までの延べ派遣生徒, 受入れ生徒 (prose only)
MUNICIPALITIES = [  # 市町村, 派遣生徒数（人）, ホストファミリー数（家庭） (令和６年度)
    ("山吹市", 6, 5), ("西湊市", 4, 3), ("北原市", 3, 2), ("黄瀬市", 3, 3), ("花咲野市", 2, 2),
    ("南谷町", 2, 1), ("奥野沢町", 1, 1), ("岩鞍町", 1, 0), ("清見台町", 1, 2), ("久留野村", 1, 1),
]
DOUBLE_HOSTS = 2  # note ※４: families that hosted two students
DELEGATIONS = [  # 見出し, 実施期間, 参加人数, 主な内容 (same labels in every sibling section)
    ("派遣", "2024年７月24日（水）から８月７日（水）まで（15日間）", "生徒24人、引率者３人",
     "ホームステイ、州立高校での授業体験、州政府の表敬訪問"),
    ("受入れ", "令和６年10月８日（火）から10月21日（月）まで（14日間）", "生徒22人、引率者３人",
     "ホームステイ、県内の高校への通学、伝統工芸の体験"),
    ("オンライン交流会", "令和７年２月15日（土）（１日）", "両地域の生徒64人",
     "派遣と受入れの報告、将来の進路についての意見交換"),
]


def koryu_specs():
    rows = []
    for y, a, b, c, d in EXCHANGE:
        rows.append([era_label(y), fw(a), fw(b), fw(a + b), fw(c), fw(d), fw(c + d), fw(a + b + c + d)])
    exchange = TableSpec(
        key="exchange", doc=KORYU_PDF, title="年度別の派遣・受入れ人数",
        header=[["年度", "派遣", "", "", "受入れ", "", "", "合計"],
                ["", "生徒", "引率者", "小計", "生徒", "引率者", "小計", ""]],
        rows=rows, col_widths=[28 * mm] + [19 * mm] * 6 + [20 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (6, 0)), ((7, 0), (7, 1))], unit="人",
    )
    rows = [[n, fw(a), fw(b)] for n, a, b in MUNICIPALITIES]
    rows.append(["合計", fw(sum(r[1] for r in MUNICIPALITIES)), fw(sum(r[2] for r in MUNICIPALITIES))])
    towns = TableSpec(
        key="towns", doc=KORYU_PDF, title="市町村別の派遣生徒数とホストファミリー数",
        header=[["市町村", "派遣生徒数（人）", "ホストファミリー数（家庭）"]],
        rows=rows, col_widths=[40 * mm, 40 * mm, 52 * mm], table_fy=2024, repeat_header=False,
    )
    towns.unit = lambda row, c, s=towns: bracket_unit(s.column_label(c))
    return exchange, towns


def koryu_story(specs):
    exchange, towns = specs
    first, last = EXCHANGE[0], EXCHANGE[-1]
    hosts = sum(r[2] for r in MUNICIPALITIES)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KORYU} 実施報告", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(KORYU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KORYU),
        ("相手方", f"メキシコ合衆国{STATE}（平成８年（1996年）10月に友好提携）"),
        ("実施主体", f"{KYOKAI}（県の補助事業）"),
        ("参加者負担金", f"派遣生徒１人当たり{FEE}万円（航空運賃の一部に充てる。）"),
    ], 0)
    st += paras(f"""
この報告において「派遣生徒」とは、県が公募し、選考を経て州に派遣する県内の高校生をいう。また、「ホストファミリー」とは、州の生徒を自宅に滞在させる県内の家庭をいい、２人以上を受け入れた家庭も１家庭と数える。
本事業は平成９年度（1997年度）に始まり、令和６年度までに延べ{CUMULATIVE[0]}人の生徒を派遣し、{CUMULATIVE[1]}人を受け入れた。
""", 0)
    st += [P("２　派遣と受入れの推移", H1)]
    tot_last = sum(last[1:])
    tot_first = sum(first[1:])
    st += paras(f"""
令和６年度は、生徒{fw(last[1])}人と引率者{fw(last[2])}人を派遣し、生徒{fw(last[3])}人と引率者{fw(last[4])}人を受け入れた。交流した人数の合計は{tot_last}人で、中止前の令和元年度（{tot_first}人）を上回った。
""", 0)
    st += [caption(exchange.title, "（単位：人）"), exchange.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 令和２年度及び令和３年度は、感染症の影響により中止し、オンラインでの交流に切り替えた。",
        "※２ 派遣の引率者は県内の高校の教員及び協会の職員、受入れの引率者は州の高校の教員である。",
    ])
    st += [P("３　市町村別の参加状況", H1)]
    st += paras(f"""
派遣生徒とホストファミリーを市町村別にみると、次のとおりである。
""", 0)
    st += [caption(towns.title, "（令和６年度）", keep=False), towns.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 派遣生徒数は、在学する高校の所在地による。ホストファミリーは{hosts}家庭で、うち{fw(DOUBLE_HOSTS)}家庭は生徒２人を受け入れた。"])
    st += [P("４　令和６年度の実施内容", H1)]
    for i, (head, when, n, what) in enumerate(DELEGATIONS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施期間", when), ("参加人数", n), ("主な内容", what)], 1)
    st += paras("""
派遣生徒の事後アンケートでは、全員が「参加してよかった」と答え、将来海外で学びたい、働きたいと答えた生徒も多かった。受入れでは、州の生徒が県内の高校に通い、授業や部活動に参加した。
""", 0)
    st += [P("５　令和７年度の予定", H1)]
    st += numbered([
        "① 派遣は令和７年７月下旬から15日間とし、生徒25人を派遣する。",
        "② 派遣生徒の事前研修を５回から６回に増やし、スペイン語の基礎講座を加える。",
        "③ 令和８年の友好提携30周年に向けて、州と記念事業の協議を始める。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KORYU_DEPT} 交流推進班　電話：099-150-1610　ファクス：099-150-1619",
        f"{KYOKAI}（派遣生徒の募集、ホストファミリーの登録）　電話：099-150-1700",
        "電子メール：koryu@yamabuki-kokusai.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return jutaku_specs() + juku_specs() + koryu_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    jspecs, kspecs, rspecs = jutaku_specs(), juku_specs(), koryu_specs()
    jdoc = build_pdf(docs_dir / JUTAKU_PDF, jspecs, jutaku_story(jspecs),
                     f"令和７年度 {JUTAKU}のご案内", "令和７年４月", JUTAKU_DEPT)
    kdoc = build_pdf(docs_dir / JUKU_PDF, kspecs, juku_story(kspecs),
                     f"令和６年度 {JUKU} 実施報告書", "令和７年４月", JUKU_DEPT)
    rdoc = build_pdf(docs_dir / KORYU_PDF, rspecs, koryu_story(rspecs),
                     f"令和６年度 {KORYU} 実施報告", "令和７年５月", KORYU_DEPT)
    gold = all_gold({JUTAKU_PDF: jdoc.row_pages, JUKU_PDF: kdoc.row_pages, KORYU_PDF: rdoc.row_pages})
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
    # --- jutaku: the housing-subsidy guide, tables (a) (b), a note, sibling sections, a step, Q&A, a deadline
    dict(question="従業員15人の部品メーカーが、外国人社員の寮に置く家具や家電を買う場合、１人当たりいくらまで補助してもらえますか？",
         category="jutaku", doc=JUTAKU_PDF,
         evidence=["家具・家電の購入費 50 ８ 75 12", "常時使用する従業員の数が20人以下"], answer=["12"],
         notes="(a) two facts: 15 employees in manufacturing make a 小規模企業者 (definition: 20人以下), so the leaf "
               "小規模企業者／上限額（万円）; ８ (中小企業者) is the trap"),
    dict(question="従業員80人の製造業の会社が、自社の寮を外国人材向けに改修する場合、補助率は何％になりますか？",
         category="jutaku", doc=JUTAKU_PDF, evidence=["住宅の改修費 30 40 50 60"], answer=["30"],
         notes="(a) 80 employees is no 小規模企業者: leaf 中小企業者／補助率（％） of the row 住宅の改修費 (寮を改修); 50 "
               "(小規模企業者, and the other rows' rate) is the trap"),
    dict(question="家賃の補助は、入居してから何か月分まで受けられますか？",
         category="jutaku", doc=JUTAKU_PDF, evidence=["入居した月から最長12か月分"], answer=["12か月"],
         notes="note ※１ under (a): the 家賃 row's cap is a monthly amount, paid for at most 12 months"),
    dict(question="2023年度にこの補助金が交付されたのは何件ですか？",
         category="jutaku", doc=JUTAKU_PDF, evidence=["令和５年度 23 84 1,975"], answer=["23"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column "
               "交付件数（件）; 84 and 1,975 are the traps"),
    dict(question="令和３年度から令和６年度までに交付した補助金の額は、合わせていくらになりますか？",
         category="jutaku", doc=JUTAKU_PDF,
         evidence=["令和３年度 ８ 26 612", "令和４年度 15 51 1,184", "令和５年度 23 84 1,975", "令和６年度 31 117 2,843"],
         answer=["6,614万円"], computed=True,
         notes="(b) sum of the 交付額（万円） column: 612 + 1,184 + 1,975 + 2,843 = 6,614 (the prose gives only "
               "延べ77件、278人)"),
    dict(question="2024年度は、交付１件当たり平均で何人分の住まいを確保したことになりますか？",
         category="jutaku", doc=JUTAKU_PDF, evidence=["令和６年度 31 117 2,843"], answer=["3.8人"], computed=True,
         notes="(b) ratio in the row 令和６年度 (2024年度): 対象の外国人材 / 交付件数 = 117 / 31 = 3.8"),
    dict(question="会社がもともと持っている寮に外国人材を住まわせる場合、住む本人には何を負担してもらうことになっていますか？",
         category="jutaku", doc=JUTAKU_PDF, evidence=["入居者の負担：光熱水費の実費のみ"], answer=["光熱水費の実費"],
         notes="sibling sections （１）–（３） of ３ share the labels 対象となる経費, 主な要件, 入居者の負担; "
               "（２）自社が保有する寮; 家賃の３分の１以内 and 家賃の全額 are the siblings' values"),
    dict(question="申請してから、交付が決まったという通知が届くまでにどのくらいかかりますか？",
         category="jutaku", doc=JUTAKU_PDF, evidence=["交付決定の通知（申請からおおむね３週間）"], answer=["３週間"],
         notes="procedure step ③ of ①–⑥"),
    dict(question="リサイクルショップで5,000円の中古の電子レンジを買った場合、補助の対象になりますか？",
         category="jutaku", doc=JUTAKU_PDF, evidence=["１品当たり１万円未満のものは対象外です"], answer=["１万円未満"],
         notes="Q&A: Ａ of Ｑ３ (second-hand goods are eligible, items under １万円 each are not): the answer is no"),
    dict(question="この補助金の申込みは、2026年の何月何日まで受け付けていますか？",
         category="jutaku", doc=JUTAKU_PDF, evidence=["令和７年５月12日から令和８年１月30日まで"], answer=["１月30日"],
         notes="「label：value」 line 募集期間, asked by Western year (2026年 = 令和８年); it may close earlier when the "
               "budget runs out"),
    # --- juku: the training-course report, tables (c) (d) (e), a definition, sibling sections
    dict(question="5回目の講座には何人が出席しましたか？",
         category="juku", doc=JUKU_PDF, evidence=["５ 契約と代金の決済 25 84"], answer=["25"],
         notes="(c) No. column before the label: the row is named by its number only (No. ５ = 契約と代金の決済; note ※１: "
               "No. is the order of the sessions); 84 is the 満足度"),
    dict(question="英語での商談をテーマにした回では、満足したと答えた人の割合はどのくらいでしたか？",
         category="juku", doc=JUKU_PDF, evidence=["４ 英語による商談の進め方 24 79"], answer=["79"],
         notes="(c) column 満足度（％） (note ※２: 満足 or やや満足); 24 is the attendance"),
    dict(question="出席者がいちばん少なかったのは、どのテーマの回でしたか？",
         category="juku", doc=JUKU_PDF, evidence=["７ 現地パートナーの探し方 22 86"], answer=["現地パートナーの探し方"],
         notes="(c) the smallest 出席者数（人） (22; the prose names only the most satisfying session)"),
    dict(question="食品メーカーからは何人が受講しましたか？",
         category="juku", doc=JUKU_PDF, evidence=["食品製造業 ７ ９ ８"], answer=["９"],
         notes="(d) unruled table; 食品メーカー = 食品製造業; column 受講者数（人）; ７ (企業数) and ８ (修了者) are the traps"),
    dict(question="受講者のうち、修了できた人の割合は何％ですか？",
         category="juku", doc=JUKU_PDF, evidence=["合計 22 28 24"], answer=["85.7%"], computed=True,
         notes="(d) 合計 row: 修了者数 / 受講者数 = 24 / 28 = 85.7 % (not printed)"),
    dict(question="卸売や小売の会社から参加した人のうち、修了までこぎつけたのは何人でしたか？",
         category="juku", doc=JUKU_PDF, evidence=["卸売・小売業 ３ ５ ４"], answer=["４"],
         notes="(d) unruled table; row 卸売・小売業, column 修了者数（人）; ５ (受講者) and ３ (企業数) are the traps"),
    dict(question="知的財産の保護について、受講の前と後で自己評価は何ポイント上がりましたか？",
         category="juku", doc=JUKU_PDF, evidence=["知的財産の保護 2.0 3.5"], answer=["1.5ポイント"], computed=True,
         notes="(e) difference 受講後 − 受講前 in the row 知的財産の保護: 3.5 − 2.0 = 1.5 (the session 知的財産の保護と"
               "模倣品対策 of (c) is a string neighbour)"),
    dict(question="受講を終えた時点で、外国語でのやり取りについての自己評価は何点でしたか？",
         category="juku", doc=JUKU_PDF, evidence=["外国語での商談 1.9 2.8"], answer=["2.8"],
         notes="(e) column 受講後（点）; 外国語でのやり取り = 外国語での商談; 1.9 (受講前) is the trap"),
    dict(question="全8回のうち5回しか出席できなかった受講者は、修了者に数えられますか？",
         category="juku", doc=JUKU_PDF, evidence=["全８回の講座のうち６回以上に出席し"], answer=["６回以上"],
         notes="definition 「修了者」とは…６回以上に出席し、最終回で…発表した受講者 (so five sessions are not enough: no)"),
    dict(question="ベトナムへの視察には何社が参加しましたか？",
         category="juku", doc=JUKU_PDF, evidence=["ベトナム現地視察", "参加企業数：８社"], answer=["８社"],
         notes="sibling sections （１）–（３） of ５ share the labels 実施時期, 参加企業数, 成果; （２）ベトナム現地視察; "
               "12社 and 15社 are the siblings' values"),
    # --- koryu: the youth-exchange report, tables (f) (g), a definition, sibling sections, a label-value line
    dict(question="2023年度に州へ送り出した人数は、引率の先生も含めると何人でしたか？",
         category="koryu", doc=KORYU_PDF, evidence=["令和５年度 18 ３ 21 16 ２ 18 39"], answer=["21"],
         notes="(f) two-level header with a 小計 column closing each group: leaf 派遣／小計; 2023年度 = 令和５年度; 18 "
               "(生徒) and 39 (合計) are the traps"),
    dict(question="令和６年度に州から受け入れた生徒は何人でしたか？",
         category="koryu", doc=KORYU_PDF, evidence=["令和６年度 24 ３ 27 22 ３ 25 52"], answer=["22"],
         notes="(f) leaf 受入れ／生徒; 25 (受入れ／小計, with the teachers) and 24 (派遣／生徒) are the traps"),
    dict(question="感染症で中止になる前の2019年度と比べて、2024年度は交流した人数の合計が何人増えましたか？",
         category="koryu", doc=KORYU_PDF,
         evidence=["令和元年度 20 ３ 23 18 ２ 20 43", "令和６年度 24 ３ 27 22 ３ 25 52"], answer=["9人"], computed=True,
         notes="(f) difference in the 合計 column: 52 − 43 = 9 (2019年度 = 令和元年度, 2024年度 = 令和６年度; the prose "
               "prints both totals, not the difference)"),
    dict(question="令和４年度は、派遣と受入れを合わせて何人が交流しましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["令和４年度 12 ２ 14 10 ２ 12 26"], answer=["26"],
         notes="(f) the 合計 column (spanning both header rows); 14 and 12 are the two 小計"),
    dict(question="清見台町でホストファミリーになった家庭はいくつありましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["清見台町 １ ２"], answer=["２"],
         notes="(g) continuation page (page 2, no header there): row 清見台町, column ホストファミリー数（家庭）; １ "
               "(派遣生徒数) is the trap"),
    dict(question="山吹市と西湊市の高校から派遣された生徒は、合わせて何人ですか？",
         category="koryu", doc=KORYU_PDF, evidence=["山吹市 ６ ５", "西湊市 ４ ３"], answer=["10人"], computed=True,
         notes="(g) sum in the 派遣生徒数（人） column, both rows before the page break: ６ + ４ = 10"),
    dict(question="ある家庭が州の生徒を２人受け入れた場合、ホストファミリーの数としてはどう数えますか？",
         category="koryu", doc=KORYU_PDF, evidence=["２人以上を受け入れた家庭も１家庭と数える"], answer=["１家庭"],
         notes="definition 「ホストファミリー」とは…２人以上を受け入れた家庭も１家庭と数える"),
    dict(question="令和６年度の派遣団は、何月何日に日本を出発しましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["2024年７月24日（水）から８月７日（水）まで"], answer=["７月24日"],
         notes="sibling sections （１）–（３） of ４ share the labels 実施期間, 参加人数, 主な内容; （１）派遣, printed in "
               "Western form (2024年) and asked by 令和 year; 10月８日 (（２）受入れ) is the trap"),
    dict(question="令和６年度に派遣された生徒が払った参加者負担金は、全員分を合わせるといくらになりますか？",
         category="koryu", doc=KORYU_PDF, evidence=["派遣生徒１人当たり18万円", "令和６年度 24 ３ 27 22 ３ 25 52"],
         answer=["432万円"], computed=True,
         notes="two facts: the 参加者負担金 line (18万円 per student) times (f)'s 派遣／生徒 in 令和６年度 (24): 432万円 "
               "(the teachers pay no 負担金)"),
    # --- followups
    dict(question="その場合、１か月当たりの上限額はいくらですか？",
         category="followup", doc=JUTAKU_PDF, evidence=["家賃 50 ２ 75 ３"], answer=["３"],
         history=_turns("小規模企業者が外国人材のために部屋を借り上げる場合、家賃の補助率は何％ですか？",
                        "小規模企業者の場合、家賃の補助率は75％です[1]。"),
         notes="(a) the group 小規模企業者 and the row 家賃 from the history, leaf 上限額（万円） (note ※１: a monthly "
               "amount); ２ (中小企業者) is the trap"),
    dict(question="その年度の交付額はいくらでしたか？",
         category="followup", doc=JUTAKU_PDF, evidence=["令和４年度 15 51 1,184"], answer=["1,184"],
         history=_turns("2022年度には、この補助金で何人分の住まいの確保を支援しましたか？",
                        "2022年度（令和４年度）は51人分でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 交付額（万円）"),
    dict(question="それが受講後には何点になりましたか？",
         category="followup", doc=JUKU_PDF, evidence=["輸出の手続と書類の作成 1.6 3.7"], answer=["3.7"],
         history=_turns("輸出の手続や書類づくりについて、受講前の自己評価は何点でしたか？",
                        "「輸出の手続と書類の作成」の受講前の自己評価は1.6点でした[1]。"),
         notes="(e) the row from the history, column 受講後（点）"),
    dict(question="そこでホストファミリーになった家庭はいくつでしたか？",
         category="followup", doc=KORYU_PDF, evidence=["北原市 ３ ２"], answer=["２"],
         history=_turns("北原市の高校からは何人の生徒が派遣されましたか？",
                        "北原市からは３人の生徒が派遣されました[1]。"),
         notes="(g) the row from the history (page 1, before the break), column ホストファミリー数（家庭）"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KORYU_PDF, evidence=["電話：099-150-1700"], answer=["099-150-1700"],
         history=_turns("州に派遣する生徒の募集は、どこが受け付けていますか？",
                        "公益財団法人山吹県国際交流協会が派遣生徒の募集を受け付けています[1]。"),
         notes="contact box of the exchange report: the 協会's line; the 県 交流推進班's 099-150-1610 in the same box is "
               "the near miss"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で住まいを確保した外国人材は、どこの国の出身の人が多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) gives the grants by year only (件数, 人数, 交付額); the definition names residence statuses, no "
               "nationalities",
         absent=["国籍", "出身国"]),
    dict(question="家賃補助を受けている社宅では、１か月の家賃は平均でいくらくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(a) gives only the rates and the monthly caps per person (２ and ３万円), no actual rents",
         absent=["平均家賃", "家賃の平均"]),
    dict(question="実践塾の講師に支払った謝金は、総額でいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the 受講料 and the sessions, no cost of the course",
         absent=["謝金", "講師料", "委託料"]),
    dict(question="ベトナム視察のあとで試験輸出を始めた会社の輸出額は、どのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="sibling （２） says ２社が試験輸出を始めた, no amount",
         absent=["輸出額", "輸出金額", "売上"]),
    dict(question="令和６年度に州へ派遣された生徒のうち、女子は何人でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(f) and sibling （１） give 生徒24人 with no breakdown by sex",
         absent=["女子", "男子", "男女"]),
    dict(question="平成30年度には、何人の生徒を州に派遣しましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(f) starts at 令和元年度; the prose gives only the cumulative total since 平成９年度 (延べ612人)",
         absent=["平成30年度", "2018年度"]),
]
CATEGORY_COUNTS = {"jutaku": 10, "juku": 10, "koryu": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h15q", "h15t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("補助対象経費ごとの補助率と上限額", "交付実績の推移", "各回のテーマと出席者数",
                       "業種別の受講企業数と受講者数", "項目別の自己評価（受講前後の比較）", "年度別の派遣・受入れ人数",
                       "市町村別の派遣生徒数とホストファミリー数")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h15q05": lambda g: f"{sum(g(B, era_label(y), '交付額（万円）', y) for y in (2021, 2022, 2023, 2024)):,}万円",
    "h15q06": lambda g: f"{half_up(Decimal(g(B, '令和６年度', '対象の外国人材（人）', 2024)) / Decimal(g(B, '令和６年度', '交付件数（件）', 2024)), '0.1')}人",
    "h15q15": lambda g: _pct(g(D, "合計", "修了者数（人）", 2024), g(D, "合計", "受講者数（人）", 2024)),
    "h15q17": lambda g: f"{_dec(g(E, '知的財産の保護', '受講後（点）', 2024)) - _dec(g(E, '知的財産の保護', '受講前（点）', 2024))}ポイント",
    "h15q23": lambda g: f"{g(F, '令和６年度', '合計', 2024) - g(F, '令和元年度', '合計', 2019)}人",
    "h15q26": lambda g: f"{g(G, '山吹市', '派遣生徒数（人）', 2024) + g(G, '西湊市', '派遣生徒数（人）', 2024)}人",
    "h15q29": lambda g: f"{FEE * g(F, '令和６年度', '派遣／生徒', 2024)}万円",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {JUTAKU_PDF: (2, 3), JUKU_PDF: (2, 3), KORYU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("山吹市", "北原市")  # rows of (g) expected before the page break
CONTINUED_ROWS = ("清見台町", "久留野村", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout15.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout15.py")
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
    """Totals and subtotals add up inside each table and agree between tables."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]
    # (a): the 小規模企業者 rate and cap exceed the 中小企業者 ones in every row
    for row, r in t[A].items():
        for leaf in ("補助率（％）", "上限額（万円）"):
            if r[f"小規模企業者／{leaf}"] <= r[f"中小企業者／{leaf}"]:
                errors.append(f"{A} / {row}: 小規模企業者's {leaf} should exceed 中小企業者's")
    # (b): the counts grow every year
    b = t[B]
    for col in ("交付件数（件）", "対象の外国人材（人）", "交付額（万円）"):
        vals = [b[era_label(y)][col] for y, *_x in GRANTS]
        if vals != sorted(set(vals)):
            errors.append(f"{B}: {col} should grow every year")
    # (d): 合計 adds up; no more graduates than participants; (c)'s attendance never above (d)'s participants
    d = t[D]
    for col in ("受講企業数（社）", "受講者数（人）", "修了者数（人）"):
        if d["合計"][col] != sum(r[col] for row, r in d.items() if row != "合計"):
            errors.append(f"{D}: 合計 of {col} does not add up")
    if any(r["修了者数（人）"] > r["受講者数（人）"] or r["受講企業数（社）"] > r["受講者数（人）"] for r in d.values()):
        errors.append(f"{D}: more graduates or firms than participants in a row")
    if any(r["出席者数（人）"] > d["合計"]["受講者数（人）"] for r in t[C].values()):
        errors.append(f"{C}: an attendance above the {d['合計']['受講者数（人）']} participants of {D}")
    # (e): every item rises; the 平均 row is the mean of the six items
    e = t[E]
    for row, r in e.items():
        if r["受講後（点）"] <= r["受講前（点）"]:
            errors.append(f"{E} / {row}: 受講後 should be above 受講前")
    for col in ("受講前（点）", "受講後（点）"):
        mean = half_up(sum(_dec(r[col]) for row, r in e.items() if row != "６項目の平均") / 6, "0.1")
        if _dec(e["６項目の平均"][col]) != mean:
            errors.append(f"{E}: ６項目の平均 of {col} is not the mean of the items ({mean})")
    # (f): each 小計 closes its group; 合計 is the two 小計; the cancelled years are zero
    f = t[F]
    for row, r in f.items():
        for grp in ("派遣", "受入れ"):
            if r[f"{grp}／小計"] != r[f"{grp}／生徒"] + r[f"{grp}／引率者"]:
                errors.append(f"{F} / {row}: {grp}／小計 does not add up")
        if r["合計"] != r["派遣／小計"] + r["受入れ／小計"]:
            errors.append(f"{F} / {row}: 合計 is not the sum of the two 小計")
    if any(v != 0 for row in ("令和２年度", "令和３年度") for v in f[row].values()):
        errors.append(f"{F}: 令和２年度 and 令和３年度 should be zero (cancelled)")
    # (g): 合計 adds up; its students are (f)'s 派遣／生徒 of 令和６年度; the families host (f)'s 受入れ／生徒
    g_ = t[G]
    for col in ("派遣生徒数（人）", "ホストファミリー数（家庭）"):
        if g_["合計"][col] != sum(r[col] for row, r in g_.items() if row != "合計"):
            errors.append(f"{G}: 合計 of {col} does not add up")
    if g_["合計"]["派遣生徒数（人）"] != f["令和６年度"]["派遣／生徒"]:
        errors.append(f"{G}: 合計 differs from 令和６年度 派遣／生徒 of {F}")
    if g_["合計"]["ホストファミリー数（家庭）"] + DOUBLE_HOSTS != f["令和６年度"]["受入れ／生徒"]:
        errors.append(f"{G}: the host families (with {DOUBLE_HOSTS} hosting two) do not house {F}'s 受入れ／生徒")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    towns = specs["towns"]
    gp = sorted({g["page"] for g in gold if g["table"] == G})
    if len(gp) != 2:
        errors.append(f"{G} is on pages {gp}, expected a page break inside it")
    else:
        header = norm("".join(towns.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KORYU_PDF]) if header in norm(p)]
        if towns.repeat_header or on != gp[:1]:
            errors.append(f"{G}: header printed on pages {on}, expected only on {gp[:1]}")
        first = {g["row"] for g in gold if g["table"] == G and g["page"] == gp[0]}
        cont = {g["row"] for g in gold if g["table"] == G and g["page"] == gp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{G}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{G}: rows on the wrong side of the page break")
        if norm("※３ 派遣生徒数は、在学する高校の所在地による") not in norm(pages[KORYU_PDF][gp[1] - 1]):
            errors.append(f"{G}: note ※３ should follow the table on the continuation page")
    for key in ("costs", "grants", "sessions", "industries", "skills", "exchange"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["industries"].ruled or not all(s.ruled for k, s in specs.items() if k != "industries"):
        errors.append(f"only {D} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns (the leaves repeat under both groups)
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["中小企業者／補助率（％）", "中小企業者／上限額（万円）", "小規模企業者／補助率（％）", "小規模企業者／上限額（万円）"]
    if len(specs["costs"].header) != 2 or len(specs["costs"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    # (b) and (f): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANTS]:
        errors.append(f"{B}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == F][::7] != [y for y, *_x in EXCHANGE]:
        errors.append(f"{F}: expected years as rows (令和元年度 … 令和６年度)")
    # (f): a 小計 column closes each column group, before the next group
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == F))
    want = ["派遣／生徒", "派遣／引率者", "派遣／小計", "受入れ／生徒", "受入れ／引率者", "受入れ／小計", "合計"]
    if len(specs["exchange"].header) != 2 or len(specs["exchange"].spans) != 4 or cols != want:
        errors.append(f"{F}: expected a two-row header with columns {want}, got {cols}")
    # (c): a No. column (１ … ８) left of the label column, no gold cell and no gold row named after it
    sessions = specs["sessions"]
    if sessions.label_col != 1 or [r[0] for r in sessions.rows] != [fw(i) for i in range(1, len(SESSIONS) + 1)] \
            or any(re.fullmatch(r"[\d０-９]+", g["row"]) for g in gold if g["table"] == C) \
            or {g["column"] for g in gold if g["table"] == C} != {"出席者数（人）", "満足度（％）"}:
        errors.append(f"{C}: expected a No. column before the theme labels")
    raw = [x.strip() for x in "\n".join(pages[JUKU_PDF]).splitlines()]
    for i, (theme, *_x) in enumerate(SESSIONS, 1):
        if theme not in raw or raw[raw.index(theme) - 1] != fw(i):
            errors.append(f"{C}: pypdf should print the No. {fw(i)} right before {theme}")
    # (e): scores with one decimal, in 点
    if any(g["unit"] != "点" or not isinstance(g["number"], float) for g in gold if g["table"] == E):
        errors.append(f"{E}: expected scores with one decimal in 点")
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

    ju = norm("\n".join(pages[JUTAKU_PDF]))
    siblings(ju, "guide", ("対象となる経費：", "主な要件：", "入居者の負担："), [h[0] for h in HOUSING])
    if norm(f"延べ{sum(r[1] for r in GRANTS)}件、{sum(r[2] for r in GRANTS)}人分") not in ju:
        errors.append("guide: the four-year totals in the prose differ from (b)")
    if norm(f"令和６年度は{GRANTS[-1][1]}件、{GRANTS[-1][2]}人分") not in ju:
        errors.append("guide: the 令和６年度 figures in the prose differ from (b)")
    if "2021年度" not in ju or any(f"{y}年度" in ju for y in (2022, 2023, 2024, 2025)):
        errors.append("guide: only 2021年度 should be printed in Western form")
    for d_ in ("「外国人材」とは", "「小規模企業者」とは", "常時使用する従業員の数が20人以下"):
        if norm(d_) not in ju:
            errors.append(f"guide: the definition {d_} is missing")
    if norm(f"最長{RENT_MONTHS}か月分") not in ju or norm(f"年度内{COMPANY_CAP}万円") not in ju:
        errors.append("guide: notes ※１ and ※３ are missing")
    raw = "\n".join(pages[JUTAKU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps_of(pages[JUTAKU_PDF], "①②③④⑤⑥", "guide")

    jk = norm("\n".join(pages[JUKU_PDF]))
    siblings(jk, "course report", ("実施時期：", "参加企業数：", "成果："), [f[0] for f in FOLLOWUPS])
    n_firms, n_people = sum(r[1] for r in INDUSTRIES), sum(r[2] for r in INDUSTRIES)
    attend = sum(r[1] for r in SESSIONS)
    if norm(f"延べ出席者数は{attend}人で、出席率は{pct1(attend, len(SESSIONS) * n_people)}％") not in jk:
        errors.append("course report: the attendance in the prose differs from (c)")
    if jk.count(norm(f"{n_firms}社{n_people}人")) != 2 or norm(f"修了者は{sum(r[3] for r in INDUSTRIES)}人") not in jk:
        errors.append("course report: the participants in the prose differ from (d)")
    if max(INDUSTRIES, key=lambda r: r[2]) != INDUSTRIES[0] or sorted(r[2] for r in INDUSTRIES)[-2] == INDUSTRIES[0][2]:
        errors.append("course report: 「食品製造業が最も多かった」 does not hold")
    best = max(SESSIONS, key=lambda r: r[2])
    if best != SESSIONS[-1] or sorted(r[2] for r in SESSIONS)[-2] == best[2]:
        errors.append("course report: 「満足度は、最終回の発表会が最も高かった」 does not hold")
    if sorted(r[1] for r in SESSIONS)[0] == sorted(r[1] for r in SESSIONS)[1]:
        errors.append("course report: the smallest attendance of (c) should be unique")
    gains = sorted((_dec(b) - _dec(a), n) for n, a, b in SKILLS)
    after = sorted((_dec(b), n) for n, a, b in SKILLS)
    if gains[-1][1] != "輸出の手続と書類の作成" or gains[-1][0] == gains[-2][0] \
            or after[0][1] != "外国語での商談" or after[0][0] == after[1][0]:
        errors.append("course report: the prose on the largest gain and the lowest score does not hold")
    for d_ in ("「修了者」とは", "「自己評価」とは"):
        if norm(d_) not in jk:
            errors.append(f"course report: the definition {d_} is missing")
    if re.search(r"20\d\d年度", jk):
        errors.append("course report: no fiscal year should be printed in Western form")
    steps_of(pages[JUKU_PDF], "①②③", "course report")

    ko = norm("\n".join(pages[KORYU_PDF]))
    siblings(ko, "exchange report", ("実施期間：", "参加人数：", "主な内容："), [x[0] for x in DELEGATIONS])
    first, last = EXCHANGE[0], EXCHANGE[-1]
    if norm(f"生徒{fw(last[1])}人と引率者{fw(last[2])}人を派遣し、生徒{fw(last[3])}人と引率者{fw(last[4])}人を受け入れた") not in ko \
            or norm(f"合計は{sum(last[1:])}人で、中止前の令和元年度（{sum(first[1:])}人）を上回った") not in ko:
        errors.append("exchange report: the 令和６年度 figures in the prose differ from (f)")
    for i, grp in ((0, "派遣"), (1, "受入れ")):
        st, te = last[1 + 2 * i], last[2 + 2 * i]
        if DELEGATIONS[i][2] != f"生徒{st}人、引率者{fw(te)}人":
            errors.append(f"exchange report: sibling （{fw(i + 1)}）{grp}'s 参加人数 differs from (f)")
    if CUMULATIVE[0] < sum(r[1] for r in EXCHANGE) or CUMULATIVE[1] < sum(r[3] for r in EXCHANGE) \
            or norm(f"延べ{CUMULATIVE[0]}人の生徒を派遣し、{CUMULATIVE[1]}人を受け入れた") not in ko:
        errors.append("exchange report: the cumulative totals in the prose do not hold")
    if norm(f"ホストファミリーは{sum(r[2] for r in MUNICIPALITIES)}家庭で、うち{fw(DOUBLE_HOSTS)}家庭") not in ko:
        errors.append("exchange report: the host families in note ※３ differ from (g)")
    if norm(f"１人当たり{FEE}万円") not in ko:
        errors.append("exchange report: the 参加者負担金 line is missing")
    for d_ in ("「派遣生徒」とは", "「ホストファミリー」とは"):
        if norm(d_) not in ko:
            errors.append(f"exchange report: the definition {d_} is missing")
    if re.findall(r"20\d\d年度|19\d\d年度", ko) != ["1997年度"]:
        errors.append("exchange report: only 1997年度 should be printed as a Western fiscal year")
    steps_of(pages[KORYU_PDF], "①②③", "exchange report")

    # contact boxes: the 県 班's phone and fax, then the partner's phone; every number is 099-150-xxxx
    want = {JUTAKU_PDF: ["099-150-3410", "099-150-3419", "099-150-3500"],
            JUKU_PDF: ["099-150-5210", "099-150-5219", "099-150-5300"],
            KORYU_PDF: ["099-150-1610", "099-150-1619", "099-150-1700"]}
    for name, p in pages.items():
        phones = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p)))
        if phones != want[name]:
            errors.append(f"{name}: the contact box should give {want[name]}, got {phones}")
        for ph in phones:
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
