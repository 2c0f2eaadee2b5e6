"""Answers grounded in the documents' structure, found on the seventeenth session's sets: the
time before named by no year (前回の調査), columns a question adds without naming them, months
named after a clause that says which they are, an average per month, a share of a named base,
a defined row label with its unit, a phone number asked by 何番, and a thing read into the class
a list definition puts it in (「食品等」とは、食品、飲料及び酒類をいい、化粧品…は含みません)."""

from __future__ import annotations

import pytest

from structure_docs import answer_over, records_of, text_doc

SURVEY = """輸出企業の実態調査 結果報告書

３ 課題
○ 県内で事業を行う上での課題（複数回答） （単位：％）
課題\t令和３年度\t令和６年度
人材の確保が難しい\t49.1\t52.3
物流コストが高い\t21.7\t27.0
"""

VISITS = """友好交流の概要

○ 相互訪問者数の推移 （単位：人）
年度\t県から州へ\t州から県へ\tうち研修生
令和５年度\t119\t109\t０
令和６年度\t142\t118\t８
合計\t261\t227\t８

○ 奨学金の支給額 （単位：万円）
区分\t月額\t渡航支援金
大学生等・長期派遣\t12\t20
"""

CRUISE = """クルーズ船誘致事業 実績報告書

○ 月別の寄港回数と乗客数 （令和６年度）
月\t北港（回）\t乗客数（人）
６月\t２\t4,100
７月\t３\t7,340
８月\t４\t9,610
９月\t２\t3,050
"""

ACTIVITIES = """国際交流員 活動報告書

１ 報告の概要
「出前講座」とは、学校、公民館等に国際交流員が出向いて行う講座をいう。

２ 活動の実績
○ 主な活動の実績
区分\t令和４年度\t令和５年度\t令和６年度
出前講座（回）\t38\t45\t52
通訳の依頼（件）\t96\t121\t143

○ 月別の通訳の依頼件数 （令和６年度）
月\t翻訳（件）\t通訳（件）\t計（件）
４月\t31\t７\t38
５月\t40\t12\t52
６月\t38\t10\t48
合計\t109\t29\t138
"""

GRANTS = """輸出向け商品改良支援補助金のご案内

４ 補助金の交付実績
○ 申請と交付の推移
年度\t申請件数（件）\t交付件数（件）\t交付額（万円）
令和５年度\t36\t30\t810
令和６年度\t41\t33\t904
"""


@pytest.fixture(scope="module")
def survey():
    return records_of("survey.txt", "輸出企業の実態調査 結果報告書", SURVEY)


@pytest.fixture(scope="module")
def visits():
    return records_of("visits.txt", "友好交流の概要", VISITS)


@pytest.fixture(scope="module")
def activities():
    return records_of("activities.txt", "国際交流員 活動報告書", ACTIVITIES)


def test_the_time_before_named_by_no_year_is_the_tables_year_before_its_last(lookup, survey):
    found = lookup.find("物流コストが高いと答えた企業の割合は、前回の調査から何ポイント上がりましたか？", survey)
    assert found is not None and found.computed
    assert sorted(cell.value for _, cell in found.cells) == ["21.7", "27.0"]
    assert "5.3ポイント" in found.statement  # (a difference of two percentages is in points)


def test_columns_the_question_does_not_tell_apart_are_added(lookup, visits):
    found = lookup.find("令和６年度の相互訪問者数は、両方向を合わせて何人でしたか？", visits)
    assert found is not None and found.computed
    # (the うち column is part of the others, and the 合計 row is no year)
    assert sorted(cell.column for _, cell in found.cells) == ["州から県へ", "県から州へ"]
    assert "260人" in found.statement


def test_amounts_of_columns_the_question_does_not_name_are_not_added(lookup, visits):
    # 月額 and 渡航支援金 are different things paid: no sum of them answers 「全部でいくら」
    found = lookup.find("大学生等の長期派遣では、奨学金は全部でいくらもらえますか？", visits)
    assert found is None or "32万円" not in found.statement


def test_months_named_after_a_clause_that_says_which_they_are_are_summed(lookup):
    records = records_of("cruise.txt", "クルーズ船誘致事業 実績報告書", CRUISE)
    found = lookup.find("夏休みの時期にあたる7月と8月の2か月間で、乗客は合わせて何人でしたか？", records)
    assert found is not None and found.computed
    assert sorted(cell.row for _, cell in found.cells) == ["７月", "８月"]
    assert "16,950人" in found.statement


def test_a_defined_row_label_with_its_unit_is_the_term_the_question_paraphrases():
    # 「学校や公民館に出かけて行った講座」 is the defined 出前講座: the row 出前講座（回） is its label, so
    # no word of the paraphrase (公民館) need be on it
    from types import SimpleNamespace

    from assistant.lookup import _labelled_by

    def cell(row, column=None):
        return SimpleNamespace(cell=SimpleNamespace(row=row, column=column))

    assert _labelled_by(cell("出前講座（回）"), {"出前講座"})
    assert _labelled_by(cell("令和４年度", "出前講座（回）"), {"出前講座"})
    assert not _labelled_by(cell("出前講座の教材費（万円）"), {"出前講座"})


def test_an_average_per_month_divides_by_the_months_of_the_table(lookup, activities):
    found = lookup.find("令和６年度、通訳の依頼は１か月平均で何件くらいでしたか？", activities)
    assert found is not None and found.computed
    assert "29件" in found.statement and "9.7件" in found.statement  # 29 ÷ 3 months
    assert [cell.row for _, cell in found.cells] == ["合計"]  # (the table's own total is quoted)


def test_a_share_of_a_named_base_takes_the_only_other_column_in_its_unit(lookup):
    records = records_of("grants.txt", "輸出向け商品改良支援補助金のご案内", GRANTS)
    found = lookup.find("2024年度の申請のうち、実際に補助金を受けられたのは何％ですか？", records)
    assert found is not None and found.computed
    assert [cell.column for _, cell in found.cells] == ["交付件数（件）", "申請件数（件）"]
    assert "80.5%" in found.statement


CONTACT = """輸出物流に関する企業実態調査 結果報告書

７ 問い合わせ先
柊県 産業労働部 物流政策課 物流企画班 電話：099-287-5310 ファクス：099-287-5319
柊県港湾振興協会（港の利用相談） 電話：099-287-5400
"""


def test_a_phone_number_asked_by_nanban_is_no_count():
    from corpus.chunking import Chunker

    title = "輸出物流に関する企業実態調査 結果報告書"
    doc = text_doc("contact.txt", title, CONTACT)
    answer = answer_over("柊県港湾振興協会について、そこの電話番号は何番ですか？", Chunker().chunk(doc),
                         records_of("contact.txt", title, CONTACT))
    assert not answer.refused and "099-287-5400" in answer.text


def test_the_kind_of_body_a_part_is_counted_as_is_no_detail_the_document_must_write():
    # 「会社」 is what the whole counts (the survey writes 企業): the part is set apart by 航空便
    from assistant.extractive import _KIND_OF_BODY

    assert _KIND_OF_BODY.fullmatch("会社") and _KIND_OF_BODY.fullmatch("事業者")
    assert not _KIND_OF_BODY.fullmatch("女性") and not _KIND_OF_BODY.fullmatch("生徒")


GUIDE = """輸出向け商品改良支援補助金のご案内

１ 補助金の概要
この案内で「食品等」とは、食品、飲料及び酒類をいい、化粧品及び医薬部外品は含みません。

２ 補助率と上限額
○ 経費区分別の上限額 （単位：万円）
経費区分\t食品等\t食品等以外
表示ラベルの作成・翻訳\t20\t15
成分分析・規格試験\t40\t80
"""


def test_a_list_definition_is_read_with_its_members_and_what_it_leaves_out():
    from assistant.memberclass import member_classes_in

    classes = member_classes_in(GUIDE)
    assert [(c.term, c.members, c.excluded) for c in classes] == [
        ("食品等", ("食品", "飲料", "酒類"), ("化粧品", "医薬部外品"))]
    # a definition that describes its class in a clause is no list
    assert member_classes_in("「小規模事業者」とは、常時使用する従業員の数が20人以下の事業者をいう。") == []


@pytest.mark.parametrize("question, label", [
    ("化粧品メーカーが成分分析・規格試験をする場合、補助の上限はいくらですか？", "食品等以外"),
    ("酒類の蔵元が成分分析・規格試験をする場合、補助の上限はいくらですか？", "食品等"),
])
def test_a_thing_the_question_names_reads_the_column_of_the_class_it_is_listed_in(question, label):
    from assistant.memberclass import member_classes_in, read_member

    reading = read_member(question, member_classes_in(GUIDE), [["経費区分", "食品等", "食品等以外"]])
    assert reading is not None and reading.label == label


def test_a_one_character_member_names_no_class():
    from assistant.memberclass import member_classes_in, read_member

    classes = member_classes_in("「穀物等」とは、米、麦及び大豆をいう。")
    assert classes and classes[0].members == ("米", "麦", "大豆")
    axes = [["区分", "穀物等", "それ以外"]]
    assert read_member("米国向けの輸出の上限はいくらですか？", classes, axes) is None
    assert read_member("大豆の加工品の上限はいくらですか？", classes, axes).label == "穀物等"


def test_the_answer_reads_the_complement_and_quotes_the_definition():
    from corpus.chunking import Chunker

    title = "輸出向け商品改良支援補助金のご案内"
    doc = text_doc("guide.txt", title, GUIDE)
    answer = answer_over("化粧品メーカーが成分分析・規格試験をする場合、補助の上限はいくらですか？", Chunker().chunk(doc),
                         records_of("guide.txt", title, GUIDE), first="補助率")
    assert not answer.refused and "80万円" in answer.text.splitlines()[0]
    assert "「食品等」に当たりません" in answer.text
    assert any("化粧品及び医薬部外品は含みません" in c.quote for c in answer.citations)


@pytest.mark.parametrize("question, asks_value", [
    # whether, not how much: the nouns a yes-or-no question names ask no value of their kind
    ("海外向けに新しい商品を一から開発する費用も、この補助金で見てもらえますか？", False),
    ("天候のせいで乗客が降りられなかった場合も、寄港の回数に数えていますか？", False),
    # an interrogative asks a value, however it is written; a contact is asked for by yes or no too
    ("スタートアップオフィスは、最長で何か月まで無料で使えますか？", True),
    ("嘉興は、人口がどれくらいですか？", True),
    ("国際戦略グループに資料を送りたいのですが、FAX番号は載っていますか？", True),
])
def test_a_question_answered_by_yes_or_no_asks_no_value_of_the_nouns_it_names(question, asks_value):
    from assistant.extractive import _answer_types, _nfkc

    assert bool(_answer_types(_nfkc(question))) == asks_value


def test_a_price_asked_by_how_much_wants_an_amount():
    from assistant.extractive import _answer_types, _nfkc

    wanted = _answer_types(_nfkc("柊港から40フィートのコンテナを１本送ると、運賃はどのくらいかかりますか？"))
    assert any(r.search("12万円") for r in wanted) and not all(r.search("72.7%") for r in wanted)



RULES = """海外バイヤー招へい助成金交付要綱

（定義）
第２条 この要綱において「海外バイヤー」とは、海外に所在する輸入業者、卸売業者、小売業者その他の事業者に属し、県産品の買付けの権限を有する者をいう。

○ 助成実績の推移
年度\t商談会数（件）\t海外バイヤー数（人）
令和５年度\t８\t64
令和６年度\t10\t81
"""


def test_whether_a_case_falls_in_a_defined_term_is_answered_by_its_definition():
    from assistant.extractive import _term_asked, _nfkc
    from corpus.chunking import Chunker

    question = "海外の商社の社員なら誰でも、この助成金でいう「海外バイヤー」に当たりますか？"
    assert _term_asked(_nfkc(question)) == "海外バイヤー"
    title = "海外バイヤー招へい助成金交付要綱"
    doc = text_doc("rules.txt", title, RULES)
    answer = answer_over(question, Chunker().chunk(doc), records_of("rules.txt", title, RULES))
    assert not answer.refused and "買付けの権限を有する者" in answer.text.splitlines()[0]
