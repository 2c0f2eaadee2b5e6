"""Answers grounded in the documents' structure, found on the twenty-seventh session's sets."""

from __future__ import annotations

from assistant.lookup import Lookup
from index.tokenizer import get_tokenizer
from structure_docs import answer_over_text as _over, first_line_over as _first, records_of


MEETINGS = """海外バイヤー商談会 実施報告

１ 商談会の結果
令和７年１月に県内で海外のバイヤーを招いた商談会を開いた。

○ バイヤーの業態別の商談結果 （令和６年度）
業態\t商談件数（件）\t成約件数（件）\t成約額（万円）
百貨店\t40\t9\t420
セレクトショップ\t52\t14\t610
合計\t92\t23\t1,030
"""

SUPPORT = """海外展開支援事業 実績

○ 支援の実績
年度\t支援企業数（件）\t相談件数（件）
令和５年度\t31\t88
令和６年度\t36\t97
"""


def _find(text: str, question: str):
    from assistant.extractive import required_names

    records = records_of("doc.txt", text.split("\n", 1)[0], text)
    return Lookup(lambda g: 1.0, words=get_tokenizer().content_words, names=required_names).find(question, records)


def test_a_count_of_cases_is_no_answer_to_how_many_firms():
    # 商談件数 counts meetings, not the buyers who held them: no record answers 何社
    found = _find(MEETINGS, "商談会には、海外のバイヤーが何社参加しましたか？")
    assert found is None or "商談件数" not in found.statement
    # a count in 件 of firms (支援企業数) still answers it, and 件数 answers 何件
    assert "36件" in _first(SUPPORT, "令和６年度に支援した企業は何社ですか？")
    assert "52件" in _first(MEETINGS, "セレクトショップとの商談は何件でしたか？")


CERTIFICATES = """輸出証明書 申請の手引き

１ 証明書の種類と手数料
 県が発行する証明書と、１通当たりの手数料は次のとおりである。
○ 証明書の種類と手数料 （令和７年度）
番号\t証明書の種類\t手数料（円）\t標準処理日数（日）
（１）\t産地証明書\t1,100\t３
（２）\t衛生証明書\t2,600\t６
（３）\t自由販売証明書\t1,300\t４
 同じ内容の証明書を同時に２通以上申請する場合、２通目以降の手数料は１通当たり500円とする。

２ 発行の実績
 令和６年度の証明書の発行は1,240件で、令和５年度の1,010件から２割余り増えた。
○ 輸出先別・品目別の発行件数 （令和６年度、単位：件）
輸出先\t農産物\t水産物\t加工食品
香港\t90\t130\t60
台湾\t110\t50\t70
アジア小計\t200\t180\t130
米国\t20\t100\t40
英国\t5\t35\t10
欧米小計\t25\t135\t50
合計\t225\t315\t180

３ 輸出先ごとの証明書
（１）台湾向け
 必要な証明書：産地証明書
（２）米国向け
 必要な証明書：自由販売証明書
"""


def test_the_days_a_step_takes_are_read_in_a_column_of_days():
    # 「普通は何日かかりますか」: a length of days, in the 標準処理日数 column; 普通 names no cell
    line = _first(CERTIFICATES, "衛生証明書は、申請してから発行まで普通は何日かかりますか？")
    assert "６日" in line and "2,600" not in line


def test_a_change_the_text_gives_as_two_figures_is_subtracted():
    # the table gives one year; the text the year before: 1,240 − 1,010
    line = _first(CERTIFICATES, "証明書の発行件数は、前の年度と比べて何件増えましたか？")
    assert "230件" in line and "1,240件 − 1,010件" in line


def test_a_group_the_table_subtotals_is_read_in_the_column_the_question_says():
    # 欧米小計 is printed: no sum of its rows; 水産物 is the column said, not 農産物
    line = _first(CERTIFICATES, "令和６年度に、欧米向けに発行された水産物の証明書は合わせて何件でしたか？")
    assert "135件" in line and "計算" not in line


POSTINGS = """海外駐在員に関する実態調査 報告書

１ 調査の概要
この報告書において「海外駐在員」とは、県内の本社から海外の拠点に１年以上の予定で派遣されている社員をいう。

２ 国別の駐在員
○ 国・地域別の駐在員 （令和６年度）
国・地域\t拠点数（か所）\t駐在員数（人）
中国\t40\t52
タイ\t30\t41
インドネシア\t20\t18
インド\t8\t11
ベトナム\t25\t33

３ 手当
○ 派遣先の地域別の手当（月額の平均） （令和６年度）
地域\t海外勤務手当（万円）\t住宅費（万円）
中国\t11.5\t14.0
東南アジア\t10.2\t12.1
南アジア\t13.0\t18.2
欧州\t15.0\t22.4
中南米\t14.3\t20.1
※１ 「東南アジア」はタイ、ベトナム等、「南アジア」はインド等である。
"""


def test_a_sum_of_the_rows_a_question_lists_reads_no_row_inside_another_name():
    # インド is said only inside インドネシア; ５か国 counts the rows; 社員 is what 海外駐在員 means
    line = _first(POSTINGS, "タイ、ベトナム、インドネシア、中国の４か国に駐在している社員は、合わせて何人ですか？")
    assert "144人" in line and "11人" not in line


def test_a_country_is_read_in_the_row_of_the_region_a_note_says_holds_it():
    line = _first(POSTINGS, "インドに駐在員を派遣する場合の海外勤務手当は、中国に派遣する場合と比べて、月額でいくら高いですか？")
    assert "1.5万円" in line and "南アジア" in line


def test_a_follow_up_that_names_another_place_asks_of_it():
    from assistant.extractive import required_names

    assert required_names("欧州に駐在員を出している会社の海外勤務手当について、中南米だとそれはいくらですか？") == []
    line = _first(POSTINGS, "欧州に駐在員を出している会社の海外勤務手当について、中南米だとそれはいくらですか？")
    assert "14.3万円" in line


def test_firms_counted_by_what_they_do_to_a_thing_no_document_writes_are_not_counted():
    answer = _over(POSTINGS, "駐在員に家族を連れて行かせている会社は、どれくらいありますか？")
    assert answer.refused and "家族" in answer.text
    # (a thing the document writes is counted as it says: 拠点 of 「拠点を置いている会社」)
    from assistant.extractive import _COUNTED_BY_OBJECT

    assert [m.group(1) for m in _COUNTED_BY_OBJECT.finditer("タイに拠点を置いている会社は何社ですか？")] == ["拠点"]


def test_a_rows_share_of_the_total_adds_its_columns_when_none_is_named():
    # no total column: アジア小計 across 農産物, 水産物, 加工食品 over 合計 across them (510 ÷ 720)
    line = _first(CERTIFICATES, "令和６年度の証明書の発行件数のうち、アジア向けは何％を占めていますか？")
    assert "510件" in line and "720件" in line and "70.8%" in line


def test_whether_a_case_is_in_a_word_the_document_says_is_its_own_is_its_definition():
    from assistant.extractive import _term_asked

    assert _term_asked("現地で採用した日本人スタッフも、この調査でいう海外駐在員に入りますか？") == "海外駐在員"



def test_a_fee_that_holds_wherever_the_case_is_answers_a_question_that_names_a_place():
    # the fee table names no place; 台湾 is where the asker exports, which the guide writes: the fee
    # holds, and the ones after the first are priced by the rule under the table
    line = _over(CERTIFICATES, "台湾向けに、同じ内容の産地証明書を３通まとめて申請すると、手数料は合計でいくらになりますか？").text
    assert "1,100円" in line and "2,100円" in line and "1,100円 + 500円 × 2" in line
    # (a place the guide never writes is not where its fees are known to hold)
    assert "1,100円" not in _first(CERTIFICATES, "ブラジル向けの産地証明書の手数料はいくらですか？")


def test_a_thing_named_by_what_the_card_of_the_case_says_is_read_in_its_row():
    # 米国向け's card says which certificate is needed: its row of the fee table answers
    line = _first(CERTIFICATES, "米国に菓子を輸出する会社から相談です。必要になる証明書の手数料は１通いくらですか？")
    assert "自由販売証明書" in line and "1,300円" in line


SUPPORTERS = """通訳サポーター派遣事業 実施報告書

１ 事業の概要
この報告書において「活動件数」とは、企業の依頼に応じてサポーターが活動した回数をいい、１件の依頼で複数回活動したときは、その回数を数える。
また、「依頼件数」とは、企業から受けた依頼の数をいい、１件の依頼で複数の言語を頼まれた場合も１件と数える。
"""


def test_a_rule_of_counting_gives_the_count_of_the_askers_case():
    line = _first(SUPPORTERS, "ある会社が１件の依頼で、同じサポーターに４回通訳に来てもらいました。活動件数では何件と数えますか？")
    assert line.startswith("4件と数えます")
    line = _first(SUPPORTERS, "１件の依頼で英語と中国語を頼まれた場合、依頼件数では何件と数えますか？")
    assert line.startswith("1件と数えます")


RULES = """免税店開設支援補助金交付要綱

（定義）
第２条 この要綱において「免税店」とは、所轄の税務署長の許可を受けた店舗をいう。
２ この要綱において「手続委託型」とは、免税販売の手続を免税手続カウンターに委託して行う免税店をいい、それ以外の免税店を「一般型」という。
（補助対象者）
第３条 補助金の交付の対象となる者は、県内の商店街に店舗を有する中小企業者とする。
"""


def test_a_paragraphs_number_is_no_figure_of_the_kind_asked():
    # 「２ この要綱において…」: the article's second paragraph, no amount of sales
    answer = _over(RULES, "補助を受けて免税店になった店の、外国人旅行者への免税販売の売上は年間どのくらいですか？")
    assert answer.refused
