"""Answers grounded in the documents' structure, found on the fourteenth session's sets: a
quantity in the tightest of the tiers that hold it, and a count that is no article number nor date."""

from __future__ import annotations

import pytest

from structure_docs import answer_over, records_of, text_doc

FEES = """海外ビジネスアドバイザー派遣のご案内

２ 自己負担額
○ 派遣１回当たりの自己負担額 （令和７年度、単位：円）
区分\t訪問\t\tオンライン
区分\t２時間以内\t４時間以内\t１時間以内\t２時間以内
一般分野\t3,000\t5,000\t1,000\t2,000
専門分野\t6,000\t10,000\t2,000\t4,000
"""


@pytest.fixture(scope="module")
def fees():
    return records_of("fees.txt", "海外ビジネスアドバイザー派遣のご案内", FEES)


@pytest.mark.parametrize("question, value", [
    # a time given falls in the tightest tier that holds it: ３時間 is within ４時間以内 only, and
    # １時間 within every tier of オンライン, the tightest being １時間以内
    ("専門分野の相談で、訪問で3時間ほど見てもらうと自己負担はいくらですか？", "10,000"),
    ("一般分野の相談をオンラインで1時間で済ませる場合、自己負担額はいくらですか？", "1,000"),
    ("一般分野の相談をオンラインで90分、つまり2時間弱かかる場合の自己負担額はいくらですか？", "2,000"),
])
def test_a_time_given_picks_the_tightest_tier_that_holds_it(lookup, fees, question, value):
    found = lookup.find(question, fees)
    assert found is not None and not found.refused
    assert found.cells[0][1].value == value


RULES = """海外バイヤー招へい支援助成金交付要綱
令和２年３月27日制定
令和７年３月25日改正
（趣旨）
第１条 この要綱は、県内の事業者団体等が海外のバイヤーを県内に招いて行う商談会等に要する経費に対し、予算の範囲内で海外バイヤー招へい支援助成金を交付することについて、必要な事項を定める。
（定義）
第２条 この要綱において「海外バイヤー」とは、海外に所在する輸入業者その他の事業者に属し、県産品の買付けの権限を有する者をいう。
"""


def test_a_count_asked_is_not_an_article_number_nor_a_date():
    # 「いくつ」: 第１条 numbers an article and 令和７年３月25日 dates a revision; neither counts anything
    from corpus.chunking import Chunker

    doc = text_doc("rules.txt", "海外バイヤー招へい支援助成金交付要綱", RULES)
    answer = answer_over("海外バイヤー招へいの助成に申し込んで、不採択になった団体はこれまでにいくつありますか？",
                         Chunker().chunk(doc), [])
    assert answer.refused


GUIDE = """令和７年度 浅葱県越境ＥＣ出店支援補助金のご案内 令和７年４月
浅葱県 商工労働部 国際経済課

１ 補助の目的
県内の中小企業が海外の消費者に直接商品を届けられるよう、越境ＥＣの販売サイトへの出店に要する経費の一部を補助します。

２ 補助の内容
補助率：補助対象経費の２分の１以内
補助上限額：１事業者当たり150万円
"""


def _guide_answer(question):
    from corpus.chunking import Chunker

    doc = text_doc("guide.txt", "令和７年度 浅葱県越境ＥＣ出店支援補助金のご案内", GUIDE)
    return answer_over(question, Chunker().chunk(doc), [])


@pytest.mark.parametrize("question", ["浅葱県の越境ＥＣ出店支援補助金で一番多かった出店先はどこですか？",
                                      "浅葱県越境ＥＣ出店支援補助金の担当者の名前は？"])
def test_the_title_block_answers_no_question_about_a_detail(question):
    assert "ご案内 令和７年４月」" not in _guide_answer(question).text



CALL = """輸出向け認証取得支援補助金 公募要領

３ 補助対象経費と補助率
○ 認証の種類別の補助率と上限額 （令和７年度）
認証の種類\t補助率（％）\t補助上限額（万円）
ＨＡＣＣＰ\t50\t300
ハラール\t50\t200
有機（ＥＵ・米国等）\t60\t150
"""

PLAN = """食品産業の海外展開プラン

２ 現状
食品については、オーガニック認証を取得して欧米へ輸出する事業者が増えている。認証の取得費用は事業者の大きな負担となっている。
"""


def test_a_detail_one_lead_document_writes_is_not_said_to_be_missing():
    # the plan's sentence shares most words, but only the call writes 補助率: the answer does not
    # claim the documents lack what the call's table is titled with
    from corpus.chunking import Chunker
    from corpus.tables import extract_records

    call, plan = (text_doc("call.txt", "輸出向け認証取得支援補助金 公募要領", CALL),
                  text_doc("plan.txt", "食品産業の海外展開プラン", PLAN))
    chunks = Chunker().chunk(call) + Chunker().chunk(plan)
    records = extract_records(call, Chunker().chunk(call))
    answer = answer_over("オーガニック認証を取って欧米へ輸出する場合、補助率はどれだけですか？", chunks, records,
                         first="補助対象経費と補助率")
    assert "「補助率」についての記載が見当たりません" not in answer.text


SURVEY = """県内企業の海外調達実態調査 報告書

１ 調査の概要
調査基準日：令和６年（2024年）７月１日
調査対象：県内に本社を置く従業員20人以上の企業800社

２ 海外調達の状況
有効回答のあった486社のうち、海外調達を行っている企業は301社（61.9％）であった。これらの企業に最も調達額の多い国・地域を尋ねたところ、中国が約４割で最も多く、ベトナム、タイが続いた。５年前の前回調査と比べ、中国の割合が下がった。
"""


PROFILE = """友好省の紹介

＜組織概要＞
日系企業の進出状況は、日本貿易振興機構「概況」（2019年２月26日）による。
"""


def _survey_answer(question, profile_too=True):
    # (another document among the best passages writes 2019: the answering one must)
    from corpus.chunking import Chunker

    survey, profile = (text_doc("survey.txt", "県内企業の海外調達実態調査 報告書", SURVEY),
                       text_doc("profile.txt", "友好省の紹介", PROFILE))
    chunks = Chunker().chunk(survey)
    if not profile_too:
        return answer_over(question, chunks, [])
    return answer_over(question, chunks[-1:] + Chunker().chunk(profile) + chunks[:-1], [])


def test_a_year_the_answering_document_never_writes_is_not_answered():
    # 「５年前の前回調査」 gives no figure of 2019: the 2024 survey's sentence is about other years
    answer = _survey_answer("2019年度に行った前回の調査では、最大の調達先がベトナムだった企業の割合は何％でしたか？")
    assert answer.refused


def test_a_year_the_document_writes_is_answered():
    # (令和６年 is 2024: the year is written, in the other calendar)
    assert not _survey_answer("2024年の調査で、海外調達を行っている企業は何社でしたか？", profile_too=False).refused
