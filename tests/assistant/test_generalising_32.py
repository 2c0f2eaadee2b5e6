"""Answers grounded in the documents' structure, found on the thirty-second session's sets."""

from __future__ import annotations

import pytest

from assistant.followup import rewrite_followup
from assistant.lookup import value_text
from structure_docs import answer_over_text as _over, first_line_over as _first, records_of


FEES = """榛県資料室 利用案内

○ データベースの利用料金（１日当たり） （令和７年度）
利用時間\t県内中小企業（円）\tその他の利用者（円）
１時間以内\t300\t600
１時間超２時間以内\t600\t1,200
２時間超４時間以内\t1,000\t2,000
４時間超\t1,500\t3,000
"""


def test_a_band_of_time_labels_its_row_even_in_the_first_row():
    # 「１時間以内」 is a class of rows, no figure: the line above it is the header
    record = next(r for r in records_of("fees.txt", "利用案内", FEES) if r.kind == "table")
    assert record.columns == ("県内中小企業（円）", "その他の利用者（円）")
    assert record.rows[0] == "１時間以内"
    cell = next(c for c in record.cells if c.row == "１時間以内" and c.column == "その他の利用者（円）")
    assert (cell.number, cell.unit) == (600, "円")


LICENCES = """榛県技術供与実態調査 報告書

○ 供与先の国・地域別、形態別の供与件数 （調査基準日現在）
供与先\t特許等の実施許諾（件）\t技術指導（件）\tノウハウの提供（件）
中国\t14（３）\t19（８）\t８（２）
タイ\t５（２）\t14（７）\t６（３）
合計\t62（15）\t88（35）\t41（13）
※２ 括弧内は、中小企業による供与の件数で、内数である。
"""


def test_a_part_in_brackets_is_a_cell_of_its_own_named_by_the_note():
    record = next(r for r in records_of("lic.txt", "報告書", LICENCES) if r.kind == "table")
    whole = next(c for c in record.cells if c.row == "合計" and c.column == "技術指導（件）")
    part = next(c for c in record.cells if c.row == "合計" and c.column_group == "技術指導（件）")
    assert (whole.number, whole.unit) == (88, "件")
    assert (part.number, part.unit, part.column) == (35, "件", "うち中小企業による供与の件数")
    assert value_text(whole) == "88件" and value_text(part) == "35件"


def test_a_share_of_a_columns_bracketed_part_is_of_that_column():
    # three columns have a part 「うち中小企業」: the one whose whole the question names
    line = _first(LICENCES, "技術指導の件数全体のうち、中小企業によるものは何％を占めていますか？")
    assert "39.8%" in line
    assert "88件" in line and "35件" in line


@pytest.mark.parametrize("asked, reply, question, starts, left_out", [
    # after a question that asked where, そこ is the body the reply named
    ("データベースの端末の予約について相談したい会社があります。どこに問い合わせればよいですか？",
     "予約とレファレンスは、榛県貿易情報資料室が受け付けています[1]。", "そこの電話番号を教えてください。",
     "榛県貿易情報資料室について、", "予約"),
    # after one that asked no place, そこ is still the topic (the reply's place only locates it)
    ("大連モデル区の松木島エリアって計画面積はどのくらい？", "14.92㎢で、金普新区の北部に位置しています。",
     "そこの対日協力の重点方向って何ですか？", "大連モデル区の松木島エリア", None),
])
def test_そこ_points_at_the_body_a_where_question_was_answered_with(asked, reply, question, starts, left_out):
    history = [{"role": "user", "content": asked}, {"role": "assistant", "content": reply}]
    out = rewrite_followup(question, history)
    assert out.startswith(starts)
    assert left_out is None or left_out not in out


CARDS = """榛県資料室 利用案内

２ サービスの内容
（１）資料の閲覧
利用できる者：どなたでも
料金：無料
（２）データベースの利用
利用できる者：事業者及び支援機関・行政（学生・個人は利用できません）
料金：利用時間に応じて有料
（３）レファレンス
利用できる者：県内の事業者、支援機関・行政及び県民
料金：無料
"""


def test_who_may_use_is_read_from_the_named_cards_line():
    line = _first(CARDS, "大学のゼミで海外企業を調べている学生が、資料室のデータベースの端末を使うことはできますか？")
    assert line.startswith("いいえ。")
    assert "（２）データベースの利用" in line and "学生・個人は利用できません" in line


def test_a_kind_the_line_names_without_excluding_it_may():
    line = _first(CARDS, "県民がレファレンスを利用することはできますか？")
    assert line.startswith("はい。")
    assert "県内の事業者、支援機関・行政及び県民" in line


RECORD = """榛県海外入札参入支援補助金 募集要領

５ これまでの実績
令和６年度は27件の申請があり、19件を採択した。採択した案件のうち７件が落札に至った。
技術の流出を防ぐため、契約書の確認を支援している。
"""


def test_a_reason_asked_for_a_deed_no_document_writes_is_refused():
    answer = _over(RECORD, "令和６年度に採択されなかった８件は、どんな理由で不採択になったのでしょうか？")
    assert answer.refused
    assert "不採択" in answer.text


def test_a_count_of_a_thing_no_document_writes_even_in_part_is_refused():
    answer = _over(RECORD, "実際に技術が流出してしまった被害は、何件ありましたか？")
    assert answer.refused and "被害" in answer.text
    # a count of what the document writes is answered, and so is one of a kind it writes in part
    assert not _over(RECORD, "令和６年度の落札は何件でしたか？").refused
    assert not _over(RECORD, "令和６年度の採択案件は何件でしたか？").refused


RATES = """榛県海外入札参入支援補助金 募集要領

○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（千円）\t
経費区分\t中小企業者\t小規模企業者\t単独応札\t共同応札
入札情報の収集・分析\t50\t60\t300\t500
現地調査のための渡航\t50\t60\t600\t900
"""


def test_a_cap_column_is_named_by_the_part_it_does_not_share_with_its_siblings():
    # 「単独で入札に参加する」 names 単独応札 by 単独, what it does not share with 共同応札
    line = _first(RATES, "小規模企業者が単独で入札に参加するための現地調査の渡航費に900千円かかります。補助金はいくらですか？")
    assert "540千円" in line or "54万円" in line


def test_who_may_needs_the_askers_kind_as_the_subject():
    # 「補助してもらえますか」 shares 補助 with 「本補助金の交付決定を受けた主催者」: no kind of asker
    text = """榛県補助金 募集要領

（１）歓迎レセプション
対象：本補助金の交付決定を受けた主催者
（２）視察
対象：県内の事業者
"""
    assert not _first(text, "歓迎レセプションで出す料理の代金も、補助してもらえますか？").startswith(("はい。", "いいえ。"))


USERS = """榛県資料室 利用案内

○ 利用者の区分別の利用状況 （令和６年度）
利用者の区分\t来室者数（人）\tデータベース利用（件）\tレファレンス（件）
県内中小企業\t1,284\t642\t318
支援機関・行政\t143\t35\t27
学生・個人\t402\t－\t12
合計\t2,252\t869\t398
"""


def test_the_people_of_the_bodies_a_row_names_are_that_rows():
    # 「支援機関や行政の職員」: 職員 is on no label, but they are the people of the row's bodies
    line = _first(USERS, "2024年度、支援機関や行政の職員によるデータベースの利用は何件でしたか？")
    assert "35件" in line and "支援機関・行政" in line
    from assistant.lookup import _members_row_named
    assert _members_row_named("2024年度、支援機関や行政の職員による利用は何件", "職員", "支援機関・行政")
    # (the people of a body the row does not name are not its)
    assert not _members_row_named("県の職員による利用は何件", "職員", "支援機関・行政")


GRANTS = """榛県海外入札参入支援補助金 募集要領

○ 発注者の区分別の交付額
（単位：千円）
発注者の区分\t令和５年度\t令和６年度\t増減
外国政府・地方政府\t5,120\t6,980\t1,860
国際機関\t3,650\t7,650\t4,000
国際協力の案件\t2,980\t2,510\t▲470
合計\t11,750\t17,140\t5,390
※５ 「国際協力の案件」は、開発途上国向けの円借款等の資金による案件で、発注者が外国政府であってもこの区分に含めます。
"""


def test_a_note_that_says_what_a_row_covers_names_the_row():
    # 「円借款の資金による案件」 is the note's 「国際協力の案件」, whoever orders it (ベトナム政府)
    line = _first(GRANTS, "ベトナム政府が発注する、円借款の資金による案件への2024年度の交付額はいくらでしたか？")
    assert "国際協力の案件" in line and "2,510" in line


def test_a_bracketed_figure_the_note_calls_no_part_is_named_as_the_note_names_it():
    text = """榛県報告書

○ 品目別の輸出額 （単位：千円）
品目\t令和６年度
菓子\t2,000（1,800）
茶\t900（950）
※１ 括弧内は前年度の数値です。
"""
    record = next(r for r in records_of("r.txt", "報告書", text) if r.kind == "table")
    cell = next(c for c in record.cells if c.row == "菓子" and c.column_group)
    assert (cell.column, cell.number) == ("前年度の数値", 1800)
