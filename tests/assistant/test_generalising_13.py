"""Answers grounded in the documents' structure, found on the thirteenth session's sets: shares a
survey table prints or lets be worked out, a multiple since one named year, marks the notes
explain, and ordinals written another way."""

from __future__ import annotations

import pytest

from corpus.records import is_dash, is_no_value
from structure_docs import answer_naming_siblings, answer_over, records_of, text_doc

SURVEY = """外国人材雇用事業所実態調査 結果概要

３ 業種別の状況
○ 業種別の回答事業所数と外国人労働者数 （令和６年度調査）
業種\t回答事業所数（所）\tうち雇用事業所数（所）\t外国人労働者数（人）
農業\t86\t41\t402
建設業\t118\t52\t496
食料品製造業\t97\t68\t1,684

４ 国籍別の状況
○ 国籍別の外国人労働者数
国籍\t令和３年度調査（人）\t令和６年度調査（人）\t構成比（％）
ベトナム\t2,215\t2,850\t35.9
フィリピン\t1,020\t1,192\t15.0
ミャンマー\t198\t612\t7.7

５ 在留資格別の状況
○ 在留資格別の外国人労働者数の推移 （単位：人）
在留資格\t平成30年度調査\t令和３年度調査\t令和６年度調査
技能実習\t2,716\t3,284\t3,120
特定活動\t…\t139\t173
※１ 「…」は、その年度の調査では区分を設けておらず、集計していないことを示す。

６ 研修員アンケートの結果
○ 研修員アンケートの結果 （回答者12人、単位：人）
項目\t満足\tやや満足\tやや不満\t不満
研修内容\t９\t３\t０\t０
研修日程\t５\t５\t２\t０
"""


@pytest.fixture(scope="module")
def survey():
    return records_of("survey.txt", "外国人材雇用事業所実態調査 結果概要", SURVEY)


def test_a_share_column_without_a_year_is_of_the_tables_latest_year(lookup, survey):
    # 構成比 stands beside 令和３年度調査 and 令和６年度調査: a share of 令和６年度 is printed
    found = lookup.find("令和６年度の調査で、外国人労働者全体に占めるフィリピン人の割合は何％ですか？", survey)
    assert found is not None and not found.refused
    assert found.cells[0][1].column == "構成比（％）" and "15.0" in found.statement


def test_a_multiple_since_one_named_year_is_of_the_tables_latest(lookup, survey):
    found = lookup.find("2021年度の調査と比べて、ミャンマー国籍の人は何倍になりましたか？", survey)
    assert found is not None and found.computed
    assert "3.1倍" in found.statement
    assert {c.value for _, c in found.cells} == {"198", "612"}


def test_a_part_column_is_a_share_of_the_column_it_is_part_of(lookup, survey):
    # 「うち雇用事業所数」 is part of 回答事業所数: 52 ÷ 118
    found = lookup.find("建設業で回答した事業所のうち、雇用事業所は何％ですか？", survey)
    assert found is not None and found.computed
    assert "44.1%" in found.statement


def test_quoted_answers_are_a_share_of_the_rows_respondents(lookup, survey):
    found = lookup.find("研修日程について、「満足」か「やや満足」と答えたのは回答者の何％ですか？", survey)
    assert found is not None and found.computed
    assert "83.3%" in found.statement and "10人" in found.statement
    assert {c.row for _, c in found.cells} == {"研修日程"}


def test_quoted_answers_of_no_row_named_are_not_summed_down_the_column(lookup, survey):
    # the rows tie: a share of which row is not known, so none is stated (nor the column's sum)
    found = lookup.find("「満足」か「やや満足」と答えたのは回答者の何％ですか？", survey)
    assert found is None


def test_an_ellipsis_is_a_mark_not_a_figure():
    assert is_no_value("…") and is_no_value("‥") and is_no_value("（…）") and is_no_value("－")
    assert not is_dash("…") and not is_no_value("1.5") and not is_no_value("")


def test_an_ellipsis_cell_is_answered_with_the_note_that_explains_it():
    from corpus.chunking import Chunker

    doc = text_doc("survey.txt", "外国人材雇用事業所実態調査 結果概要", SURVEY)
    chunks = Chunker().chunk(doc)
    answer = answer_over("2018年度の調査では、特定活動の在留資格で働く人は何人でしたか？", chunks,
                         records_of("survey.txt", "外国人材雇用事業所実態調査 結果概要", SURVEY), first="在留資格別")
    assert "集計していない" in answer.text
    assert "特定活動" in answer.text.split("\n")[0]


# --- a sibling section named by an ordinal written another way -----------------------------------

CALL = """インバウンド受入環境整備支援補助金 募集要領

４ 募集の期間
募集は３回に分けて行う。
（１）第１次募集
受付期間：令和７年５月７日から６月13日まで
予算額：3,000万円
（２）第２次募集
受付期間：令和７年８月１日から９月12日まで
予算額：2,000万円
（３）第３次募集
受付期間：令和７年11月４日から12月12日まで
予算額：1,000万円
"""


@pytest.mark.parametrize("question, period", [
    ("２回目の募集は、いつまでに申し込めばよいですか？", "９月12日"),
    ("第3回の募集の受付期間はいつまでですか？", "12月12日"),
])
def test_an_ordinal_names_its_sibling_section_in_any_form(question, period):
    answer = answer_naming_siblings(question, "call.txt", "インバウンド受入環境整備支援補助金 募集要領", CALL)
    assert not answer.refused and period in answer.text.split("\n")[0]


def test_a_count_of_rounds_is_no_ordinal():
    from assistant.retrieval import _ordinals_as_one

    assert _ordinals_as_one("２回目の募集") == "第2次募集" == _ordinals_as_one("第２次募集")
    assert _ordinals_as_one("第２回募集") == "第2次募集"
    assert _ordinals_as_one("募集は３回に分けて行う") == "募集は3回に分けて行う"


def test_a_word_another_lead_document_writes_is_read_as_the_first_one_writes_it():
    # the plan below writes スケジュール; the report whose table answers writes 日程: the question is
    # read in the report's words, as the report's table is the one that answers
    from assistant.extractive import _in_documents_words
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult, _document_texts
    from assistant.types import Passage
    from assistant.wording import DocumentWording
    from corpus.chunking import Chunker

    report = Chunker().chunk(text_doc("survey.txt", "結果概要", SURVEY))
    plan = Chunker().chunk(text_doc("plan.txt", "計画", "１ 計画\n年間のスケジュールは別紙のとおりとする。\n"))
    chunks = report + plan
    question = "研修のスケジュールに「満足」か「やや満足」と答えたのは、回答者の何％ですか？"
    result = RetrievalResult([Passage(chunk=c, rank=i + 1, score=1.0) for i, c in enumerate(report[-1:] + plan)],
                             expand_query(question), confidence=0.9, records=[], chunks={c.id: c for c in chunks},
                             wording=DocumentWording(_document_texts(chunks)))
    reworded, changes = _in_documents_words(question, result)
    assert reworded == question.replace("スケジュール", "日程")
    assert [(c.asked, c.written, c.doc_id) for c in changes] == [("スケジュール", "日程", "survey.txt")]


# --- the application period of a call for applications --------------------------------------------

CERTIFICATION = """輸出向け認証取得支援補助金 公募要領

１ 公募の概要
公募期間：令和７年５月12日（月）から令和７年７月18日（金）午後５時まで
補助事業期間：交付決定の日から令和８年２月27日（金）まで
募集開始：令和７年５月12日（月）

２ 実績報告
補助事業が完了した日から30日以内に実績報告書を提出してください。
"""


@pytest.fixture(scope="module")
def calls():
    return (records_of("cert.txt", "輸出向け認証取得支援補助金 公募要領", CERTIFICATION)
            + records_of("call.txt", "インバウンド受入環境整備支援補助金 募集要領", CALL))


@pytest.mark.parametrize("question", ["2025年の募集では、申請書はいつまでに出せばいいですか？",
                                      "申請書は2025年の何月何日までに届いていなければなりませんか？",
                                      "認証取得支援補助金の公募は何月何日に締め切られますか？"])
def test_an_application_deadline_is_read_off_the_calls_period_line(lookup, calls, question):
    from assistant.lookup import application_periods

    found = application_periods(question, calls, {"cert.txt"}, lookup.words)
    assert found is not None and "７月18日" in found.statement
    assert [c.row for _, c in found.cells] == ["公募期間"]  # (not 補助事業期間, not 募集開始)


def test_a_call_not_named_is_named_in_the_answer(lookup, calls):
    from assistant.lookup import application_periods

    found = application_periods("申請はいつまでですか？", calls, {"cert.txt"}, lookup.words)
    assert found is not None and found.statement.startswith("「輸出向け認証取得支援補助金 公募要領」の公募期間は")


def test_every_round_of_a_call_is_stated_when_none_is_named(lookup, calls):
    from assistant.lookup import application_periods

    found = application_periods("インバウンド受入環境整備支援補助金の申請はいつまでに出せばよいですか？", calls, set(), lookup.words)
    assert found is not None and [c.row for _, c in found.cells] == ["受付期間"] * 3
    assert all(day in found.statement for day in ("６月13日", "９月12日", "12月12日"))
    assert "第２次募集の受付期間" in found.statement


@pytest.mark.parametrize("question", ["実績報告はいつまでに出せばよいですか？",  # (another deadline)
                                      "2024年の募集はいつまでに申し込めばよいですか？",  # (no call of that year)
                                      "補助金の額はいくらですか？"])  # (no deadline asked)
def test_no_application_period_answers_what_is_not_asked_of_it(lookup, calls, question):
    from assistant.lookup import application_periods

    assert application_periods(question, calls, {"cert.txt"}, lookup.words) is None


def test_the_calls_period_answers_a_deadline_the_passages_do_not_state():
    from corpus.chunking import Chunker

    doc = text_doc("cert.txt", "輸出向け認証取得支援補助金 公募要領", CERTIFICATION)
    chunks = Chunker().chunk(doc)
    answer = answer_over("2025年の募集では、申請書はいつまでに出せばいいですか？", chunks,
                         records_of("cert.txt", "輸出向け認証取得支援補助金 公募要領", CERTIFICATION), first="実績報告")
    assert not answer.refused and "７月18日" in answer.text.split("\n")[0]
    assert "公募期間：令和７年５月12日（月）から令和７年７月18日（金）午後５時まで" in answer.text


# --- a breakdown by a dimension the document never writes; the column a table's title names too --

TRAINING = """行政職員相互派遣研修事業 実施報告書

１ 受入研修
期間：令和６年10月７日から10月25日まで
参加者：ハイラン省職員６人（計画投資局２人、農業農村開発局２人、外務局２人）
主な内容：県の防災体制と農業技術の研修

２ 参加者数の推移
○ 研修の参加者数 （単位：人）
年度\t派遣研修\t受入研修\t成果報告会
令和４年度\t４\t４\t40
令和５年度\t５\t５\t51
令和６年度\t６\t６\t58
"""


@pytest.mark.parametrize("question, refused", [
    ("受入研修に来たハイラン省の職員の男女の内訳を教えてください。", True),  # 男女: never written
    ("受入研修に来た職員を、従業員の規模別に見るとどうなっていますか？", True),  # 規模: never written
    ("受入研修に来た職員の内訳を、局別に見るとどうなっていますか？", False),  # 局 (one character): not judged
])
def test_a_breakdown_by_what_the_document_never_writes_is_not_answered(question, refused):
    from corpus.chunking import Chunker

    doc = text_doc("training.txt", "行政職員相互派遣研修事業 実施報告書", TRAINING)
    answer = answer_over(question, Chunker().chunk(doc), records_of("training.txt", "実施報告書", TRAINING),
                         first="受入研修")
    assert answer.refused is refused
    if refused:
        assert answer.text.startswith("資料には、ご質問の「") and "の内訳」" in answer.text


RESPONSES = """海外展開実態調査 結果報告書

○ 業種別の回答状況
業種\t調査対象企業数（社）\t回答企業数（社）\t回答率（％）
製造業\t640\t287\t44.8
卸売・小売業\t410\t164\t40.0
サービス業\t330\t118\t35.8
"""


def test_the_column_that_says_the_titles_word_answers(lookup):
    # every column is about 回答 by the title 業種別の回答状況; the 回答企業数 column says it itself
    records = records_of("responses.txt", "海外展開実態調査 結果報告書", RESPONSES)
    found = lookup.find("卸売・小売業とサービス業からは、合わせて何社の回答がありましたか？", records)
    assert found is not None and found.computed
    assert {c.column for _, c in found.cells} == {"回答企業数（社）"} and "282社" in found.statement


# --- the time an event takes -----------------------------------------------------------------

FLOW = """企業誘致補助金の実績報告

５ 申請から支払までの流れ
① 交付申請書の提出
② 交付決定
③ 実績報告書の提出（出展を終えた日から30日以内）
④ 補助金の額の確定と支払

６ 交付実績
○ 補助金の交付状況（令和元年11月～令和６年度）
補助金\t件数\t累計額
企業立地促進補助金\t27件\t15億8,741万円
企業誘致促進賃料補助金\t12件\t4,071万円
合計\t39件\t16億2,812万円
"""


@pytest.mark.parametrize("question", ["補助金は、実績報告を出してからどのくらいで振り込まれますか？",
                                      "補助金は、実績報告を出してから何日くらいで振り込まれますか？"])
def test_the_time_an_event_takes_is_no_count_or_amount_of_a_table(lookup, question):
    # (the table of grants paid names 補助金: its 合計 row's 39件 and 16億円 are no time)
    from assistant.lookup import DURATION_VALUE, TIME_TAKEN_ASKED

    assert TIME_TAKEN_ASKED.search(question)
    assert lookup.find(question, records_of("flow.txt", "企業誘致補助金の実績報告", FLOW)) is None
    assert DURATION_VALUE.search("出展を終えた日から30日以内") and not DURATION_VALUE.search("令和６年10月16日")


@pytest.mark.parametrize("question", ["令和６年度の累計額はどのくらいでしたか？", "累計額はどれくらいですか？"])
def test_how_much_it_was_asks_no_time_taken(question):
    from assistant.lookup import TIME_TAKEN_ASKED

    assert not TIME_TAKEN_ASKED.search(question)
