"""Answers grounded in the documents' structure, found on the nineteenth session's sets: a count
or sum asked of a deed no document speaks of (「その後県内の企業に就職した人は何人」 over an
internship report that never writes 就職) is refused, not answered from the table nearest in
words."""

from __future__ import annotations

import pytest

from structure_docs import answer_over_text as _over


INTERNS = """海外連携大学インターンシップ受入事業 実施報告書

１ 事業の概要
実施期間：令和６年７月から令和７年２月まで（３期）
受入人数：59人（連携大学10校）

２ インターンシップ生アンケートの結果
○ インターンシップ生アンケートの結果 （回答者57人、単位：人）
項目\tとても満足\t満足\tやや不満\t不満
全体の満足度\t33\t20\t４\t０
受入企業の指導\t28\t23\t４\t２
研修の内容\t31\t20\t５\t１

３ 商談会の助成
令和６年度は、海外バイヤーを招いた商談会２件に助成した。助成額は合わせて430万円であった。
"""


@pytest.mark.parametrize("question, said", [
    # (said as the question says what it counts: the part of a whole it asks, or the deed and its noun)
    ("インターンシップを終えた学生のうち、その後県内の企業に就職した人は何人いますか？", "その後県内の企業に就職した人"),
    ("令和６年度に助成した商談会で、成約に至った金額はいくらでしたか？", "成約に至った金額"),
])
def test_a_count_of_a_deed_no_document_writes_is_refused(question, said):
    answer = _over(INTERNS, question)
    assert answer.refused
    assert f"「{said}」" in answer.text


@pytest.mark.parametrize("question, expected", [
    # the deed is the document's own word: the count is answered
    ("受入企業の指導に満足と答えた人は何人ですか？", "23人"),
    ("令和６年度に商談会に助成した額はいくらでしたか？", "430万円"),
])
def test_a_count_of_a_deed_the_document_writes_is_answered(question, expected):
    answer = _over(INTERNS, question)
    assert not answer.refused and expected in answer.text.splitlines()[0]


def test_the_deed_is_read_from_the_clause_that_names_what_is_counted():
    from assistant.extractive import _COUNTED_BY_DEED

    def deeds(q):
        return [m.group(1) for m in _COUNTED_BY_DEED.finditer(q)]

    assert deeds("その後県内の企業に就職した人は何人いますか") == ["就職"]
    assert deeds("成約に至った金額はいくらでしたか") == ["成約"]
    assert deeds("補助金を申請した企業は何社ですか") == ["申請"]
    # (a verbal noun used as the question's own predicate names no counted thing)
    assert deeds("協定を締結したのはいつですか") == []
    assert deeds("日本へ招いて研修を受けてもらった現地の職員は何人") == []


TRAINING = """やさしい日本語普及推進事業 実施報告書

１ 事業の概要
事業費：860万円
この報告書において「やさしい日本語講師」（以下「講師」という。）とは、県の講師養成講座を修了した者をいう。

３ 市町村別の集合研修の開催状況
○ 市町村別の集合研修の開催状況 （令和６年度）
市町村\t開催回数（回）\t受講者数（人）\tうち民間・地域（人）
梓市\t７\t168\t81
北浦市\t４\t85\t36

４ 所属別の受講状況
○ 所属別の受講者数 （令和６年度）
区分\t所属\t集合研修（人）\tオンライン講座（人）\t計（人）
行政\t県職員\t86\t142\t228
\t市町村職員\t214\t96\t310
\t学校の教職員\t58\t71\t129
民間\t医療・福祉\t97\t64\t161
\t宿泊・飲食\t45\t38\t83
合計\t\t500\t411\t911
"""


def test_an_average_per_unit_divides_the_whole_not_its_part():
    first = _over(TRAINING, "北浦市の研修会は、１回当たり平均何人くらいが受講したことになりますか？").text.splitlines()[0]
    # 85 ÷ 4 = 21.25: the whole 受講者数, not うち民間・地域, and a half rounded up as people round it
    assert "85人 ÷ ４回 = 21.3人" in first
    first = _over(TRAINING, "北浦市の研修会で、うち民間・地域の受講者は１回当たり平均何人ですか？").text.splitlines()[0]
    assert "36人 ÷ ４回 = 9人" in first


def test_a_half_is_rounded_up_as_people_round_it():
    from assistant.lookup import decimal_text, format_number

    assert decimal_text(21.25, 1) == "21.3" and decimal_text(0.125, 2) == "0.13"
    assert decimal_text(12345.65, 1) == "12,345.7" and decimal_text(95.24999, 1) == "95.2"
    assert format_number(2.675) == "2.68"


def test_the_rows_under_a_group_the_question_names_are_summed():
    answer = _over(TRAINING, "県や市町村の職員、学校の先生といった行政関係の受講者は、合わせて何人になりますか？")
    first = answer.text.splitlines()[0]
    assert "228人 + 310人 + 129人 = 667人" in first
    first = _over(TRAINING, "行政の受講者のうち、オンライン講座を受けた人は何人ですか？").text.splitlines()[0]
    assert "142人 + 96人 + 71人 = 309人" in first


def test_one_row_of_a_group_named_is_that_row():
    first = _over(TRAINING, "民間の宿泊・飲食の受講者は、オンライン講座で何人ですか？").text.splitlines()[0]
    assert "38人" in first and "+" not in first


def test_a_short_name_is_not_named_by_the_words_it_shares_with_its_long_name():
    from assistant.extractive import defined_terms

    definitions = [("やさしい日本語講師", "講師"), ("県外に本社がある中小企業が県内に研究開発拠点を移すもの", "県外移転中小企業")]
    assert defined_terms("やさしい日本語の普及事業には、どれだけの費用をかけましたか？", [], definitions) == ()
    # (a definition said in the question's own words still names its term)
    assert defined_terms("県外に本社がある中小企業が研究開発拠点を県内に移す場合の上限は？", [], definitions) == ("県外移転中小企業",)


DIGITAL = """海外向けデジタルマーケティング支援補助金 公募要領

２ 補助対象経費
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t中小企業者（％）\t上限額（万円）
外国語ウェブサイトの制作・翻訳\t50\t100
インフルエンサー施策\t40\t90
※１ 補助率は、補助対象経費（消費税及び地方消費税を除く。）に対する割合である。
次の経費は、補助の対象とならない経費です。
○ 越境ＥＣサイトへの出店料及び販売手数料
○ 国内の消費者を主な対象とする広告の費用
○ 自社の社員の人件費

３ 採択の状況
○ 主な対象国・地域別の採択状況 （令和６年度）
主な対象国・地域\t採択件数（件）\t交付額（万円）
台湾\t９\t468
米国\t７\t421
"""


def test_a_list_item_is_quoted_under_the_sentence_that_introduces_its_list():
    answer = _over(DIGITAL, "越境ECのモールに出店するときの出店料にも、この補助金は使えますか？")
    first = answer.text.splitlines()[0]
    assert first.startswith("いいえ") and "「次の経費は、補助の対象とならない経費です。」とされ" in first
    assert "越境ＥＣサイトへの出店料及び販売手数料" in first


def test_an_average_per_unit_without_a_counter_asked_divides_the_rows_other_measure():
    first = _over(DIGITAL, "アメリカ市場向けの案件には、令和６年度、１件当たり平均でどのくらい交付していますか？").text.splitlines()[0]
    assert "421万円 ÷ ７件 = 60.1万円" in first


SURVEY = """やさしい日本語普及推進事業 実施報告書

７ 受講者アンケートの結果
○ 受講者アンケートの結果 （単位：％）
項目\t全体\t集合研修\tオンライン講座
内容が分かりやすかった\t90.7\t93.4\t85.9
外国人住民と話す自信がついた\t56.9\t61.7\t48.4
"""


def test_a_share_asked_is_read_from_a_table_printed_in_percent():
    first = _over(SURVEY, "オンラインで受講した人の中で、外国の方と話す自信がついたと答えたのはどのくらいの割合ですか？").text.splitlines()[0]
    assert "48.4%" in first


RESEARCH = """海外研究機関との共同研究 進捗報告書

３ 主な共同研究
（１）木質系新素材の開発（フィンランド）
相手機関：ヴァルコイネン木材研究所
研究費の総額：2,480万円
（２）水産加工の自動化（ベトナム）
相手機関：ハロン水産研究所
研究費の総額：1,150万円
"""


def test_a_region_is_named_by_one_of_its_countries():
    from assistant.regions import region_held

    assert region_held("北欧", "木質系新素材の開発（フィンランド）")
    assert not region_held("北欧", "水産加工の自動化（ベトナム）") and not region_held("フィンランド", "北欧")
    answer = _over(RESEARCH, "北欧の研究所と進めている木の新しい素材の研究には、これまで総額でいくらかかっていますか？")
    assert not answer.refused and "2,480万円" in answer.text.splitlines()[0]
    # (a region none of whose countries the document names is still not in it)
    assert _over(RESEARCH, "中南米の研究所との共同研究には、総額でいくらかかっていますか？").refused


def test_a_count_of_a_deed_asked_as_the_predicate_no_document_writes_is_refused():
    from assistant.extractive import _DEED_COUNTED

    answer = _over(TRAINING, "オンライン講座の動画は、これまでに何回再生されましたか？")
    assert answer.refused and "「再生」" in answer.text
    assert _DEED_COUNTED.search("何人が就職しましたか").group(1) == "就職"
    # (a capacity, 「何社くらい参加できる」, or a favour, 「何回派遣してもらえる」, is no deed done)
    assert _DEED_COUNTED.search("何社くらい参加できるんですか") is None
    assert _DEED_COUNTED.search("何回派遣してもらえますか") is None


VISITS = """友好提携40周年記念事業 実施計画

３ これまでの交流の歩み
○ 分野別の相互訪問者数 （単位：人）
分野\t本県からの派遣\t\t州からの受入れ\t
分野\t令和５年度\t令和６年度\t令和５年度\t令和６年度
行政・議会\t12\t８\t６\t９
経済\t18\t24\t11\t15
教育・青少年\t25\t32\t20\t22
合計\t55\t64\t37\t46
"""


def test_a_compound_verb_names_the_label_written_without_its_okurigana():
    from assistant.lookup import COMPOUND_VERB

    assert [a + b for a, b in COMPOUND_VERB.findall("州から受け入れた人数は")] == ["受入"]
    assert [a + b for a, b in COMPOUND_VERB.findall("申し込んだ人と問い合わせた件数")] == ["申込", "問合"]
    assert COMPOUND_VERB.findall("県の職員が日本へ来た") == []
    first = _over(VISITS, "令和６年度に、教育・青少年の分野で州から受け入れた人数は？").text.splitlines()[0]
    # (the year's column under the spanning header the question names, said with that header)
    assert "州からの受入れは22人" in first
    first = _over(VISITS, "令和６年度に、教育・青少年の分野で本県から派遣した人数は？").text.splitlines()[0]
    assert "本県からの派遣は32人" in first


RESEARCH_TABLES = """グローバル共同研究推進プロジェクト 進捗報告書

２ 共同研究の実施状況
○ 分野別の共同研究の実施件数 （単位：件）
分野\t令和４年度\t令和５年度\t令和６年度
医療・ヘルスケア\t２\t４\t６
食品・農林水産\t１\t３\t４
合計\t３\t７\t10

３ 研究者の往来
○ 相手国・地域別の提携機関数と研究者の往来 （令和４～６年度の累計）
相手国・地域\t提携機関数（機関）\t研究者の派遣（人）\t研究者の受入れ（人）
ドイツ\t３\t15\t８
台湾\t２\t11\t９
合計\t５\t26\t17
"""


def test_a_span_of_years_counted_without_naming_them_sums_the_rows_last_years():
    first = _over(RESEARCH_TABLES, "医療・ヘルスケア分野の共同研究は、３年間で合わせて何件ですか？").text.splitlines()[0]
    assert "医療・ヘルスケアの令和4年度" in first and "２件 + ４件 + ６件 = 12件" in first
    first = _over(RESEARCH_TABLES, "食品・農林水産分野の共同研究は、直近２年間で合わせて何件ですか？").text.splitlines()[0]
    assert "３件 + ４件 = 7件" in first


def test_two_columns_of_the_row_named_are_compared_in_the_order_asked():
    from assistant.lookup import _common_parts

    assert _common_parts("研究者の派遣", ["提携機関数", "研究者の受入れ"])[0] == "研究者の"
    first = _over(RESEARCH_TABLES, "ドイツへ派遣した研究者は、ドイツから受け入れた研究者より何人多いですか？").text.splitlines()[0]
    assert "研究者の派遣が15人、研究者の受入れが８人で、差は7人" in first
    first = _over(RESEARCH_TABLES, "台湾から受け入れた研究者と台湾へ派遣した研究者の差は何人ですか？").text.splitlines()[0]
    assert "研究者の受入れが９人、研究者の派遣が11人" in first and "2人" in first


def test_a_part_of_one_row_is_a_share_of_that_rows_total():
    first = _over(TRAINING, "県職員の受講者のうち、オンライン講座で受けた人の割合は？").text.splitlines()[0]
    assert "142人 ÷ 228人 × 100 = 62.3%" in first
    from assistant.lookup import _WHOLE_THEN_PART

    assert _WHOLE_THEN_PART.search("受講者の割合は？") is None
