"""Answers grounded in the documents' structure, found on the ninth session's blind sets
(probe17, heldout7): a term's definition, a measure written short (成約額 for 成約金額), a
country named otherwise than the table's row (アメリカ / 米国), a deadline line, a section's
heading line that says nothing, 「AはBよりいくら多い」, a yes/no detail asked in the past tense
and 「その年」 in a follow-up."""

from __future__ import annotations

import pytest

from assistant.extractive import _answer_types, _defines, _term_asked
from assistant.followup import rewrite_followup
from assistant.glossary import Glossary
from assistant.lookup import read_intent
from corpus.chunking import Chunker
from corpus.tables import extract_records
from index.tokenizer import get_tokenizer
from structure_docs import answer_over, records_of, text_doc

CALL = """星見県海外見本市出展支援補助金 公募要領

２ 補助対象者
次の要件をすべて満たす者とします。
(1) 県内に本社を有する中小企業者又は小規模事業者であること。
※１ 小規模事業者とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の事業者をいいます。

５ 補助率及び補助上限額
○ 補助上限額
区分\t単独出展\t共同出展
中小企業者\t150万円\t100万円
小規模事業者\t100万円\t80万円

６ 公募期間及び申請方法
公募期間：令和７年４月14日（月）から５月23日（金）17時まで
申請方法：ほしみ電子申請サービスによる申請

９ よくある質問
Ｑ２ 同じ年度に複数の見本市に出展する場合、それぞれ申請できますか。
Ａ できません。補助は１社につき年度内１回までです。
"""

DEALS = """海外販路開拓支援事業 実績報告書

４ 国・地域別の商談実績
○ 国・地域別の商談実績 （令和６年度）
国・地域\t商談件数（件）\t成約件数（件）\t成約金額（百万円）
台湾\t214\t31\t128
米国\t138\t15\t82
合計\t352\t46\t210

○ 県税の増収効果
区分\t増収影響額
インベスト神奈川\t514億 1,459万円
インベスト神奈川２ｎｄステップ\t225億 1,428万円
セレクト神奈川 100\t79億 1,428万円
"""


@pytest.fixture(scope="module")
def call():
    doc = text_doc("call.txt", "星見県海外見本市出展支援補助金 公募要領", CALL)
    chunks = Chunker(max_tokens=120, overlap_tokens=0).chunk(doc)
    return chunks, extract_records(doc, chunks)


@pytest.fixture(scope="module")
def deals():
    return records_of("deals.txt", "海外販路開拓支援事業 実績報告書", DEALS)


def test_what_a_term_means_is_answered_by_its_definition_not_a_table_row(call):
    chunks, records = call
    question = "小規模事業者というのは、どのくらいの規模の事業者を指すのですか？"
    assert _term_asked(question) == "小規模事業者"
    assert _term_asked("小規模事業者の上限額はいくらですか？") is None  # no meaning asked
    answer = answer_over(question, chunks, records, first="補助率")
    assert answer.text.split("\n")[0].startswith("※１ 小規模事業者とは、常時使用する従業員の数が20人")
    assert _defines("※１ 小規模事業者とは、常時使用する従業員の数が20人以下の事業者をいいます。", "小規模事業者")
    assert not _defines("小規模事業者とは別に、商工団体等も対象とします。", "小規模事業者")


def test_a_deadline_is_a_date_up_to_which_not_any_date_nor_the_section_heading(call):
    from assistant.extractive import _DEADLINE_VALUE

    chunks, _ = call
    assert _DEADLINE_VALUE in _answer_types("申請の締切はいつですか？")
    assert _DEADLINE_VALUE.search("公募期間：令和７年４月14日（月）から５月23日（金）17時まで")
    assert not _DEADLINE_VALUE.search("補助は１社につき年度内１回までです。")
    assert not _DEADLINE_VALUE.search("期間：約４か月（前期・後期の年２回）")  # a length is no deadline
    # the text answers (no records): the period's line, not the dated Ａ line ranked above it, nor
    # the heading line 「６ 公募期間及び申請方法」 that ties with it
    answer = answer_over("申請の締切はいつですか？", chunks, [], first="よくある質問")
    assert answer.text.split("\n")[0] == "６ 公募期間及び申請方法には「公募期間：令和７年４月14日（月）から５月23日（金）17時まで」とあります[5]。"


def test_a_measure_written_short_names_the_label_written_in_full(lookup, deals):
    found = lookup.find("令和６年度、台湾向けの商談では、成約額はいくらになりましたか？", deals)
    assert found is not None and found.cells[0][1].value == "128"


def test_a_country_asked_by_another_name_is_read_in_the_documents_words(lookup, deals):
    glossary = Glossary.load()
    source = DEALS
    question = "アメリカとの商談は、どれくらいの割合で成約に結び付きましたか？"
    place_names = get_tokenizer().place_names(question)
    answering = glossary.in_words_of(question, source, names=place_names)
    assert answering == "米国との商談は、どれくらいの割合で成約に結び付きましたか？"
    found = lookup.find(answering, deals)
    assert found is not None and found.computed and "11%" in found.statement
    # a name the source uses stays; a term it names in no form stays; no place name, no change
    assert glossary.in_words_of("米国の件数は？", source, names=["米国"]) == "米国の件数は？"
    assert glossary.in_words_of("イギリスの件数は？", source, names=["イギリス"]) == "イギリスの件数は？"
    assert glossary.in_words_of("賃料補助の額は？", "企業誘致促進賃料補助金", names=[]) == "賃料補助の額は？"


def test_how_much_more_one_row_is_than_another_is_their_difference(lookup, deals):
    question = "県税の増収影響額で、インベスト神奈川２ｎｄステップはセレクト神奈川100よりいくら多いですか？"
    assert read_intent(question, get_tokenizer().content_words).op == "diff"
    found = lookup.find(question, deals)
    assert found is not None and found.computed and "146億円" in found.statement


def test_a_yes_no_detail_asked_in_the_past_tense_must_be_in_the_document(call):
    from assistant.extractive import _YES_NO_DETAIL

    assert _YES_NO_DETAIL.search("セミナーを受けるのに、受講料はかかりましたか").group(1) == "受講料"
    assert _YES_NO_DETAIL.search("参加費はかかりますか").group(1) == "参加費"
    assert _YES_NO_DETAIL.search("参加している間の交通費は出してもらえますか").group(1) == "交通費"


def test_その年_in_a_follow_up_is_the_year_spoken_of():
    history = [{"role": "user", "content": "2019年度の特区関連事業の就業者の増加数の目標は？"},
               {"role": "assistant", "content": "令和元年度の目標値は200人です[1]。"}]
    out = rewrite_followup("その年の実績は？", history)
    assert "2019年度の実績" in out and "その年" not in out
    # 「その年間」 is no year
    assert "その年間" in rewrite_followup("その年間の予算は？", history)


BUDGET = """友好提携40周年記念事業 実施計画

５ 事業費
○ 記念事業の事業費 （令和７年度当初予算）
事業\t事業費\tうち県費
記念式典・記念レセプション\t12,600千円\t9,800千円
高校生の派遣・受入れ\t9,600千円\t6,400千円
合計\t22,200千円\t16,200千円
※ 県費以外の財源は、助成金及び参加者負担金である。

６ 補助率及び補助上限額
○ 補助率及び補助上限額
区分\t\t単独出展\t共同出展
補助率\t中小企業者\t２分の１以内\t３分の２以内
\t小規模事業者\t３分の２以内\t４分の３以内
上限額\t中小企業者\t150万円\t100万円
\t小規模事業者\t100万円\t80万円
"""


@pytest.fixture(scope="module")
def budget():
    return records_of("plan.txt", "友好提携40周年記念事業 実施計画", BUDGET)


def test_what_is_not_the_part_a_うち_column_gives_is_the_whole_minus_the_part(lookup, budget):
    found = lookup.find("記念事業にかかる費用のうち、県費以外でまかなう額は全部でいくらですか？", budget)
    assert found is not None and found.computed
    assert "県費以外は6,000千円" in found.statement and "22,200千円 − 16,200千円" in found.statement
    found = lookup.find("高校生の派遣・受入れの事業費のうち、県費以外の額はいくらですか？", budget)
    assert found is not None and "県費以外は3,200千円" in found.statement


def test_a_cost_given_is_granted_at_the_rate_up_to_the_cap(lookup, budget):
    found = lookup.find("中小企業が単独で出展し、補助の対象になる経費が240万円かかった場合、補助金はいくら受けられますか？", budget)
    assert found is not None and found.computed
    assert "240万円 × 1/2 = 120万円" in found.statement and "最大120万円" in found.statement
    capped = lookup.find("小規模事業者が共同出展で経費が200万円かかった場合、補助額はいくらですか？", budget)
    assert capped is not None and "200万円 × 3/4 = 150万円" in capped.statement and "上限の80万円" in capped.statement
    assert lookup.find("中小企業者の単独出展の上限額はいくらですか？", budget).cells[0][1].value == "150万円"  # no cost: a lookup


def test_an_amount_in_millions_of_yen_is_an_amount_and_a_per_head_detail_is_a_detail():
    from assistant.extractive import _ASKED_DETAIL

    assert any(p.search("契約済みの額は418百万円である。") for p in _answer_types("契約が済んでいた分はいくらですか？"))
    assert _ASKED_DETAIL.search("そこに参加する生徒の自己負担は、一人いくらですか？").group(1).endswith("自己負担")


CONTACTS = """遼寧省（中国）― 神奈川県MOU締結先機関のご紹介

＜お問合せ先＞
神奈川県 政策局 いのち・未来戦略本部室 国際戦略グループ
TEL︓（045）210-2720 メール︓hcnf-gs@pref.kanagawa.lg.jp

柱３ 海外からの投資と人材の呼び込み
主な取組：外資系企業の誘致活動、外国人起業家の支援、留学生と県内企業の就職マッチング
成果指標：外資系企業の立地件数（累計）、外国人留学生の県内就職者数
担当課：商工観光部 企業誘致課
"""


@pytest.fixture(scope="module")
def contacts():
    doc = text_doc("mou.txt", "遼寧省（中国）― 神奈川県MOU締結先機関のご紹介", CONTACTS)
    return Chunker().chunk(doc)


def test_the_office_a_phone_line_reaches_is_quoted_when_who_is_asked_too(contacts):
    answer = answer_over("遼寧省との連携について県に相談したいのですが、担当部署と電話番号を教えてください。",
                     contacts, [], first="お問合せ先")
    assert "210-2720" in answer.text and "国際戦略グループ" in answer.text
    only_phone = answer_over("遼寧省との連携についての電話番号は？", contacts, [], first="お問合せ先")
    assert "210-2720" in only_phone.text and "国際戦略グループ" not in only_phone.text


def test_どこの課_asks_the_line_labelled_with_that_kind(contacts):
    from assistant.extractive import _kind_asked

    assert _kind_asked("県の戦略ではどこの課が担当していますか？") == "課"
    answer = answer_over("外資系企業の誘致や外国人材の呼び込みについて相談したいのですが、県の戦略ではどこの課が担当していますか？",
                     contacts, [], first="柱３")
    assert answer.text.split("\n")[0].endswith("「担当課：商工観光部 企業誘致課」とあります[1]。")


PLAN = """雲雀空港国際線利用促進計画

３ 国際線の現状
○ 路線別の国際線旅客数の推移 （単位：人）
路線\t令和元年度\t令和４年度\t令和５年度
ソウル線\t92,360\t18,450\t104,820
チャーター便\t12,880\t3,150\t20,810
合計\t105,240\t21,600\t125,630

４ 計画の成果指標
○ 計画の成果指標
指標\t現状値（令和５年度）\t目標値（令和９年度）
国際線の週当たり運航便数\t10\t24
外国人延べ宿泊者数\t41.2\t60.0

５ 外資系企業の立地の状況
○ 国・地域別の立地件数 （令和２～６年度の累計）
国・地域\t立地件数（件）\t構成比（％）
台湾\t８\t40.0
ドイツ\t６\t30.0
米国\t４\t20.0
その他\t２\t10.0
合計\t20\t100.0

○ 令和６年度の立地企業一覧
企業名\t国・地域\t業種\t雇用予定者数（人）
永晟マテリアル株式会社\t台湾\t電池材料製造\t38
ノルデン製薬株式会社\tドイツ\t医薬品製造\t35

○ 県内就職者数の目標と実績
年度\t目標\t実績
令和５年度\t40\t46
令和６年度\t50\t57
"""


@pytest.fixture(scope="module")
def plan():
    return records_of("plan2.txt", "雲雀空港国際線利用促進計画", PLAN)


@pytest.mark.parametrize("question, value", [
    # 「利用した旅客は」: the clause says which, the noun 旅客 what is asked
    ("2023年度に、チャーター便を利用した旅客は何人でしたか？", "20,810"),
    # 「どこまで伸ばす」 asks how far, no place
    ("計画の最終年度には、外国人の延べ宿泊者数をどこまで伸ばす目標ですか？", "60.0"),
    # 「台湾系の」: of 台湾, as the row says
    ("台湾系の永晟マテリアルは、何人を雇い入れる計画ですか？", "38"),
    # 「どのくらいの割合」 of a table that prints each row's 構成比: the printed share
    ("ここ５年間に立地した外資系企業のうち、ドイツ系の企業はどのくらいの割合を占めていますか？", "30.0"),
])
def test_table_cells_asked_in_the_desks_words(lookup, plan, question, value):
    found = lookup.find(question, plan)
    assert found is not None and found.cells[0][1].value == value, found and found.statement


def test_how_far_a_target_is_from_now_and_an_achievement_in_percent(lookup, plan):
    found = lookup.find("国際線の便数は、１週間当たりで今より何便増やす目標になっていますか？", plan)
    assert found is not None and found.computed and "あと14" in found.statement
    found = lookup.find("令和６年度の県内就職者数は、目標に対して何パーセントの達成でしたか？", plan)
    assert found is not None and found.computed and "114%" in found.statement


MONTHS = """外国人材就職サポートデスク 事業案内

５ 相談の状況
○ 月別の相談件数 （令和６年度、単位：件）
区分\t４月\t５月\t10月\t11月\t12月\t１月\t２月\t３月
留学生等\t18\t22\t38\t45\t29\t33\t40\t52
企業\t６\t９\t17\t21\t13\t14\t19\t23

２ 計画の概要
推進主体：雲雀空港国際線利用促進協議会（県、雲雀市、経済団体で構成）
事務局：雲雀県 交通政策部 空港振興課
"""


@pytest.fixture(scope="module")
def months():
    return records_of("desk.txt", "外国人材就職サポートデスク 事業案内", MONTHS)


def test_a_table_of_months_is_read_by_month_and_fiscal_year(lookup, months):
    # the caption's note gives the fiscal year and the unit (「（令和６年度、単位：件）」)
    cell = next(c for r in months for c in r.cells if c.row == "企業" and c.column == "２月")
    assert (cell.fiscal_year, cell.unit) == (2024, "件")
    # 「令和７年２月」 is in 令和６年度
    intent = read_intent("令和７年２月に、企業から寄せられた相談は何件でしたか？", get_tokenizer().content_words)
    assert intent.months == {2} and intent.years == {2024}
    found = lookup.find("令和７年２月に、企業から寄せられた相談件数は何件でしたか？", months)
    assert found is not None and found.cells[0][1].value == "19"
    # a range of months is every month of it
    found = lookup.find("2024年度の10月から12月までの３か月間に、留学生等から受けた相談件数は合わせて何件ですか？", months)
    assert found is not None and found.computed and "112件" in found.statement
    assert read_intent("２月10日に何がありますか？").months == set()  # a date, no month column


def test_the_body_that_carries_a_plan_is_its_推進主体(lookup, months):
    from assistant.lookup import _label_concept_named

    question = "この計画は、どこが中心になって進めていくのですか？"
    assert _label_concept_named("推進主体", question) and not _label_concept_named("事務局", question)
    found = lookup.find(question, months)
    assert found is not None and found.cells[0][1].value.startswith("雲雀空港国際線利用促進協議会")
