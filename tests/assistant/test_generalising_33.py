"""Answers grounded in the documents' structure, found on the thirty-third session's sets."""

from __future__ import annotations

import pytest

from assistant.lookup import ASKERS_CASE
from structure_docs import answer_over_text as _over, first_line_over as _first, records_of


WORRIES = """樅県輸出実態調査 報告書

「出荷団体」とはＪＡ等の出荷団体及び農産物を輸出する商社をいう。
５ 輸出で困っていること
○ 輸出で困っていること（複数回答） （単位：％）
困っていること\t全体\t生産者\t出荷団体
検疫条件の情報が得にくい\t42.2\t48.4\t31.6
検査の日程の調整が難しい\t34.3\t28.1\t44.7
くん蒸等の処理に費用がかかる\t28.4\t21.9\t39.5
"""


def test_a_verb_in_another_form_is_the_tables_own_word():
    # 「困りごと」 is the title's 「困っていること」: the table answers, no refusal for a missing word
    line = _first(WORRIES, "ＪＡのような出荷団体では、くん蒸の処理を困りごとに挙げた割合はどれくらいですか？")
    assert "39.5%" in line


CAPS = """樅県海外子会社管理体制強化支援補助金交付要綱

別表（第４条関係）
○ 補助率及び補助金の上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（万円）\t
\t中小企業者\t小規模企業者\t１社\t２社以上
内部監査の実施\t50\t60\t30\t45
内部通報窓口の設置\t50\t75\t20\t30
"""


def test_a_count_beside_a_band_of_its_counter_is_a_header_class():
    # 「１社」 beside 「２社以上」 on the header's second line: one firm and more, no figures
    record = next(r for r in records_of("caps.txt", "交付要綱", CAPS) if r.kind == "table")
    assert record.rows == ("内部監査の実施", "内部通報窓口の設置")
    cell = next(c for c in record.cells if c.row == "内部監査の実施" and c.column == "２社以上")
    assert (cell.column_group, cell.number, cell.unit) == ("上限額（万円）", 45, "万円")


REGULATIONS = """樅県個人データ保護規制実態調査 報告書

○ 該当する規制と対応の状況（複数回答）
規制\t該当企業（社）\t対応済み（社）\t未着手（社）
ＥＵ（ＧＤＰＲ）\t84（42.0％）\t38\t17
英国\t31（15.5％）\t12\t９
※ 括弧内は、取扱企業200社に対する割合です。
"""


def test_a_figure_with_a_bracketed_share_holds_its_own_figure():
    # 84（42.0％）: the cell of 該当企業 is 84 as printed; its share a cell of its own
    record = next(r for r in records_of("reg.txt", "報告書", REGULATIONS) if r.kind == "table")
    cells = [c for c in record.cells if c.row == "ＥＵ（ＧＤＰＲ）" and "該当企業（社）" in (c.column, c.column_group)]
    assert [(c.value, c.number, c.unit) for c in cells] == [("84", 84, "社"), ("42.0％", 42.0, "%")]
    # a gold cell written as printed, 「84（42.0％）」, is that cell
    from evals.tables import score_tables

    gold = [{"doc": "reg.txt", "table": "該当する規制と対応の状況（複数回答）", "row": "ＥＵ（ＧＤＰＲ）",
             "column": "該当企業（社）", "value": "84（42.0％）", "number": 84, "unit": "社",
             "fiscal_year": None, "fiscal_year_range": None}]
    assert score_tables([record], gold).recall == 1.0


SERVICE = """樅県海外店頭調査サービス 利用案内

３ 利用料金
○ 調査の種類別の料金（１都市当たり） （令和７年度）
調査の種類\t県内中小企業（円）\tその他の事業者（円）
価格調査\t12,000\t24,000
売場調査\t18,000\t36,000
※１ 「県内中小企業」は、県内に事業所を有する中小企業者をいい、それ以外の利用者には「その他の事業者」の欄を適用します。
※２ 同じ申込みで２以上の都市を調べる場合は、２都市目からの料金を半額とします。
"""


def test_a_large_firm_is_charged_in_the_column_that_is_not_of_small_firms():
    # the asker's case (「…頼むと、」) names no cell; 大手 is no 中小企業
    line = _first(SERVICE, "県内に工場がある大手メーカーが売場調査を１都市で頼むと、料金はいくらですか？")
    assert "36,000円" in line and "18,000" not in line
    line = _first(SERVICE, "県内の中小企業が売場調査を１都市で頼むと、料金はいくらですか？")
    assert "18,000円" in line
    # (nor is a firm from outside the prefecture a 県内 one)
    line = _first(SERVICE, "県外の会社が売場調査を１都市で頼むと、料金はいくらですか？")
    assert "36,000円" in line and "18,000" not in line


SENT = """樅県国際ビジネス支援 実績報告書

３ サンプル送付の補助
○ 送付先の国・地域別の交付件数と成約件数 （令和６年度）
国・地域\t交付件数（件）\t成約件数（件）
台湾\t40\t15
タイ\t58\t18
アジア小計\t98\t33
米国\t41\t12
合計\t139\t45

４ 補助金による外国企業の誘致
○ 誘致した外国企業 （令和６年度）
国・地域\t件数（件）
アジア\t12
欧州\t６
合計\t18
"""


def test_a_share_asked_of_a_region_is_of_the_subtotal_that_adds_it_up():
    # 「アジア向け」 is the row アジア小計: the table that holds it, not one with a row 「アジア」 of
    # another subject
    line = _first(SENT, "2024年度に補助を受けた送付のうち、アジア向けは全体の何％を占めていますか？")
    assert "70.5%" in line


@pytest.mark.parametrize("question, case", [
    ("県内に工場がある大手メーカーが売場調査を１都市で頼むと、料金はいくらですか？", "県内に工場がある大手メーカーが売場調査を１都市で頼むと、"),
    ("上海とバンコクを一度に申し込んだら、料金は合わせていくらですか？", "上海とバンコクを一度に申し込んだら、"),
    ("台湾と、タイの交付件数はそれぞれ何件ですか？", None),  # (a list, no condition)
    ("４年分の実績を合計すると、累計目標の何％に当たりますか？", None),  # (the arithmetic asked)
])
def test_a_verbs_conditional_is_the_askers_case(question, case):
    m = ASKERS_CASE.match(question)
    assert (m.group(0) if m else None) == case


GUIDELINE = """樅県海外子会社管理体制強化支援補助金交付要綱

（補助対象経費等）
第４条 補助対象経費、補助率及び補助金の上限額は、別表のとおりとする。
２ 次に掲げる経費は、補助対象経費としない。
○ 海外子会社の設立、増資又は清算に要する経費
○ 汎用性の高いパソコン、タブレット等の購入費
○ 交付決定の日より前に発注し、又は支払った経費
"""


def test_a_list_of_costs_not_covered_is_read_under_its_lead():
    # 「補助対象経費としない」 leads a list as 「補助の対象としない」 does
    line = _first(GUIDELINE, "子会社の設立にかかる経費は、この補助金の対象になりますか？")
    assert line.startswith("いいえ")


def test_a_price_halved_from_the_second_one_is_added_up():
    answer = _over(SERVICE, "県内の中小企業が、上海とバンコクの２都市の売場調査を一度に申し込むと、料金は合わせていくらですか？")
    assert "27,000円" in answer.text and "18,000円 + 9,000円 × 1" in answer.text


CASES = """樅県個人データ保護規制実態調査 報告書

４ 企業の事例
 （１）電気機器製造業Ｄ社（樅市）
 取り扱うデータ：欧州の販売代理店から受け取る顧客の連絡先
 要した費用：約120万円
 （２）情報通信業Ｅ社（菱浦市）
 取り扱うデータ：米国とシンガポールの利用者の登録情報
 要した費用：約260万円
 （３）卸売業Ｆ社（岳見町）
 取り扱うデータ：中国の取引先の担当者の名刺情報
 要した費用：約15万円
 （４）菓子製造業Ｇ社（樅市）
 取り扱うデータ：台湾の通販サイトの購入者の住所
 要した費用：約30万円

５ 対応上の課題
 社内の人材が足りないと答えた企業が最も多かった。
"""


def test_a_case_is_named_by_the_industry_its_heading_gives_its_firm():
    # 「IT企業」 is 情報通信業, the industry of the firm the heading 「情報通信業Ｅ社（菱浦市）」 names
    line = _first(CASES, "IT企業の事例では、対応にどのくらいの費用がかかりましたか？")
    assert "約260万円" in line and line.count("情報通信業Ｅ社") == 1
    # (a heading that names a trade besides its industry, 菓子製造業Ｇ社, is no 蔵元's)
    assert "約30万円" not in _first(CASES, "日本酒の蔵元の事例では、対応にどのくらいの費用がかかりましたか？")


RESULTS = """樅県海外子会社管理体制強化支援補助金交付要綱

（参考２）申請と交付の実績
○ 申請と交付の実績
年度\t申請件数（件）\t交付件数（件）\t交付額（万円）
令和５年度\t22\t15\t1,820
令和６年度\t27\t18\t2,237
"""


def test_a_year_named_does_not_make_a_count_the_answer_to_where():
    # 「令和６年度に…どこの国」: the row of 令和６年度 says when; none of its counts says where
    line = _first(RESULTS, "令和６年度に交付を受けた会社の子会社は、どこの国にあるものが多いですか？")
    assert "18件" not in line and "27件" not in line


SURVEY = """樅県個人データ保護規制実態調査 報告書

２ 海外個人データの取扱いと対応の状況
 海外個人データを取り扱っている企業は、回答企業502社のうち200社（39.8％）であった。
 そのうち該当する規制への対応を全て終えた企業は86社（43.0％）にとどまった。
"""


def test_a_count_of_firms_by_a_deed_done_once_to_a_thing_never_written_is_refused():
    # 「漏えいを起こしたことがある企業」: no document writes 漏えい, so none counts such firms
    answer = _over(SURVEY, "回答した企業のうち、海外の個人データの漏えいを起こしたことがある企業は何社ですか？")
    assert answer.refused and "漏えい" in answer.text


@pytest.mark.parametrize("extra, refused", [
    ("", True),  # one case's figure, or bands of them, is no average
    (" 対応に要した費用は、１社当たり平均で約85万円であった。\n", False),
])
def test_an_average_is_stated_only_from_a_line_that_gives_one(extra, refused):
    text = CASES.replace("５ 対応上の課題\n", f"５ 対応の費用\n 100万円未満が49社、100万円以上が37社であった。\n{extra}\n６ 対応上の課題\n")
    answer = _over(text, "規制への対応にかかった費用は、１社当たり平均でいくらでしたか？", first="対応の費用")
    assert answer.refused == refused
    assert ("約85万円" in answer.text.splitlines()[0]) == (not refused)
