"""Answers grounded in the documents' structure, found on the thirtieth session's sets."""

from __future__ import annotations

from assistant.lookup import Lookup, _row_part_share, read_intent
from corpus.records import squash
from index.tokenizer import get_tokenizer
from structure_docs import answer_over_text as _over, first_line_over as _first, records_of


STEPS = """港県海外倉庫利用補助金交付要綱

第５条（補助対象者）
県内に本社を有する中小企業者で、海外の倉庫を利用して輸出を行うものとする。

第６条（申請の手続）
補助金の申請から支払までの手続は、次のとおりとする。
① 事前相談（海外ビジネス課）
② 交付申請書の提出（申請期間内に事業計画書を添えて提出）
③ 審査（書類審査及び面談。令和７年７月）
④ 交付決定の通知（令和７年８月上旬）
⑤ 実績報告（事業完了の日から30日以内）

第７条（広報）
県は、補助事業の成果を県のホームページの「新着情報」欄（毎月１日更新）で紹介する。
"""


def test_a_noun_no_document_writes_is_weighed_as_the_document_writes_it():
    # 「知らせ」 is 「通知」 in the document's words (a Sudachi synonym group): the step that says
    # 通知 answers, not the step before it, which says 申請 (「② 交付申請書の提出」 and ③ 審査)
    line = _first(STEPS, "申請してから、交付が決まったという知らせはいつごろ届きますか？")
    assert "８月上旬" in line and "７月" not in line


KINDS = """港県ＡＥＯ認定取得支援補助金の実績

○ 認定等の種類別の交付実績 （令和３～６年度の累計）
認定等の種類\t交付件数（件）\t交付額（万円）\tうち認定等取得（件）
特定輸出者\t18\t1,720\t13
認定製造者\t７\t690\t４
小計（輸出者・製造者）\t25\t2,410\t17
認定通関業者\t10\t865\t７
特定保税運送者\t５\t462\t２
小計（物流事業者）\t15\t1,327\t９
合計\t40\t3,737\t26
"""


def test_a_rows_one_part_column_is_the_part_its_share_is_asked_of():
    # 「…のうち、実際に認定を受けられたのは何％」: the row's 「うち認定等取得」 column over its 交付件数
    # (the one 「うち…」 column of the row, named by a word of its label)
    line = _first(KINDS, "認定製造者を目指して補助を受けた会社のうち、実際に認定を受けられたのは何％ですか？")
    assert "57.1" in line and "４件" in line


def test_a_subtotal_naming_its_group_in_brackets_is_no_total():
    # 小計（物流事業者） adds up a named group as 物流事業者小計 would: its share of the 合計
    from assistant.lookup import total_label
    assert not total_label("小計（物流事業者）") and total_label("計（トン）") and total_label("合計（人）")
    line = _first(KINDS, "これまでの交付額全体のうち、物流事業者向けはどのくらいの割合を占めていますか？")
    assert "35.5" in line and "3,737" in line


INSPECTIONS = """港県産農産物の輸出検疫に関する実態調査 報告書

４ 輸出先別の輸出検査
○ 輸出先別の輸出検査の状況 （令和６年度）
輸出先\t検査件数（件）\t検査数量（トン）\t不合格等（件）
台湾\t212\t540\t９
タイ\t188\t402\t６
シンガポール\t97\t164\t１
ベトナム\t134\t377\t７
マレーシア\t58\t96\t０
合計\t689\t1,579\t23

５ 品目別の状況
○ 品目別の不合格等の経験 （令和６年度）
品目\t回答者数（者）\t令和６年度に不合格等あり（者）\t令和６年度に不合格等になった割合（％）
果実\t41\t12\t29.3
野菜\t37\t６\t16.2
合計\t78\t18\t23.1
"""


def test_a_share_asked_of_a_row_as_topic_divides_the_column_that_holds_the_part():
    # 「ベトナム向けの輸出検査では、不合格等になった割合」: 不合格等 ÷ 検査件数 (the leftmost column in
    # the same unit that holds it in every row) of the ベトナム row; the table prints no share, and
    # another table's printed 割合 is of no row the question names
    question = "ベトナム向けの輸出検査では、不合格等になった割合はどれくらいですか？"
    line = _first(INSPECTIONS, question)
    assert "5.2" in line and "134" in line
    # (read off the ベトナム row by its columns, whatever other path the small document allows)
    title = INSPECTIONS.split("\n", 1)[0]
    table = next(r for r in records_of("doc.txt", title, INSPECTIONS) if "輸出先別" in r.title)
    found = _row_part_share(read_intent(question, get_tokenizer().content_words), table)
    assert found is not None and [c.value for _, c in found.cells] == ["７", "134"]


def test_a_region_spelled_out_by_its_countries_is_those_countries():
    # 「タイ、シンガポール、ベトナム、マレーシアの東南アジア４か国」: the table names the four, never
    # 東南アジア; their sum answers
    line = _first(INSPECTIONS, "タイ、シンガポール、ベトナム、マレーシアの東南アジア４か国向けを合わせると、輸出検査は何件になりますか？")
    assert "477" in line
    from assistant.extractive import required_names
    assert "アジア" in required_names("アジアのうちタイは何件ですか？")


SURVEY = """港県産農産物の輸出検疫に関する実態調査 報告書

２ 回答者
回答者169者（生産者112者、出荷団体・輸出事業者57者）のうち、検疫が必要な輸出を行っている者は102者であった。

３ 困っていること
○ 輸出検疫で困っていること（複数回答） （単位：％）
困っていること\t全体\t生産者\t出荷団体・輸出事業者
検疫条件の情報が得にくい\t41.2\t48.4\t28.9
園地・施設の登録手続が煩雑\t37.3\t45.3\t23.7
くん蒸等の消毒に費用がかかる\t28.4\t21.9\t39.5
"""


def test_a_largest_asked_of_a_group_compares_the_rows_of_its_column():
    # 生産者 is a column of the table of reasons and a row of the sentence's breakdown (生産者112者):
    # the second largest is read down the 生産者 column, not the breakdown's row the question names
    line = _first(SURVEY, "生産者が輸出検疫で困っていることとして、２番目に多く挙げたのは何ですか？")
    assert "園地・施設の登録手続が煩雑" in line and "112" not in line


CASES = """港県輸出コールドチェーン機器貸出事業 利用案内

２ 利用料
○ 機器別の利用料 （令和７年度）
機器\t貸出単位\t県内事業者（円）\t県外事業者（円）
12フィート冷蔵コンテナ\t１基・１日\t8,000\t16,000
温度記録計（データロガー）\t１台・１回\t1,000\t2,000

４ 利用の実績
○ 貸出の実績
区分\t単位\t令和４年度\t令和５年度\t令和６年度
利用事業者数\t者\t21\t37\t52
貸出件数\t件\t96\t158\t231
延べ貸出日数\t日\t612\t1,044\t1,587

５ 利用事例 （令和６年度）
 （１）花き生産法人Ｅ社（青沼町）
 輸出先：香港
 使った機器：予冷庫、蓄冷式保冷ボックス（小）
 効果：出荷前に予冷することで、日持ちが２日延びた
 （２）水産加工業Ｆ社（汐見市）
 輸出先：米国
 使った機器：12フィート冷蔵コンテナ、温度記録計
 効果：少量の冷凍品を港まで低温のまま運べるようになった
"""


def test_a_cards_line_labelled_with_the_kind_asked_answers():
    # 「どの機器を」: of the card's lines, which score alike, the one labelled 使った機器
    line = _first(CASES, "水産加工の会社の利用事例では、どの機器を使っていましたか？")
    assert "12フィート冷蔵コンテナ" in line and "米国" not in line


def test_a_count_of_things_asked_by_their_counter_is_no_price_basis():
    # 「何台用意されて」: 「１台・１回」 is what a price is per, and a card that names the thing gives
    # no count of it: the documents do not say
    answer = _over(CASES, "温度記録計は、全部で何台用意されていますか？")
    assert answer.refused


def test_an_average_per_time_something_is_done_divides_by_its_cases():
    # 「１回の貸出で平均何日」: 延べ貸出日数 ÷ 貸出件数 (a time it is done is a case of it, 件), the
    # measure in the unit asked (日), not the row above it
    line = _first(CASES, "令和６年度は、１回の貸出で平均何日くらい機器が使われましたか？")
    assert "6.9日" in line and "1,587" in line


RULES = """港県輸出コールドチェーン機器貸出事業 利用案内

２ 利用の条件
次の場合は、機器を利用できません。
○ 県産の農林水産物・食品を含まない貨物の輸出に使う場合
○ 国内の輸送だけに使う場合
○ 機器を第三者に又貸しする場合
なお、次の活動は、この事業の対象外である。
○ 法律、税務等の専門的な相談
○ 契約の締結の代理や代金の回収
"""


def test_a_case_asked_whether_it_may_be_done_is_answered_by_the_listed_rule():
    # the case said in the asker's words (配送 for 輸送; 結んでもらう, 代わりに for 締結, 代理) is one
    # of the items, and the lead says no
    answer = _over(RULES, "国内の配送だけに保冷ボックスを使いたいという問い合わせがありました。借りることはできますか？")
    line = answer.text.splitlines()[0]
    assert line.startswith("いいえ") and "次の場合は、機器を利用できません。" in line and "国内の輸送だけに使う場合" in line
    assert answer.citations and all(c.quote in c.passage.chunk.text for c in answer.citations)
    line = _first(RULES, "海外の取引先との契約を、サポーターに代わりに結んでもらうことはできますか？")
    assert line.startswith("いいえ") and "契約の締結の代理" in line
    # (asked in the negative, an exclusion says yes)
    line = _first(RULES, "機器を第三者に又貸しする場合は、利用できないのですか？")
    assert line.startswith("はい") and "又貸し" in line


def test_a_case_of_the_opposite_place_or_of_no_item_is_no_listed_case():
    from assistant.rulelists import item_for_case, rule_lists
    lists = rule_lists(RULES)
    assert [len(r.items) for r in lists] == [3, 2] and not any(r.allowed for r in lists)
    assert item_for_case("海外の輸送だけに使いたいのですが、借りられますか", lists) is None
    assert item_for_case("展示会の出展費用は対象になりますか", lists) is None
    assert item_for_case("国内の輸送だけに使いたいのですが、借りられますか", lists)[1] == "○ 国内の輸送だけに使う場合"


BY_ITEM = """港県産農産物の輸出検疫に関する実態調査 報告書

２ 回答者の品目と輸出検疫の状況
○ 品目別の回答者と輸出検疫の状況 （令和６年度）
品目\t回答者数（者）\t検疫が必要な輸出あり\t\t令和６年度に不合格等あり\t
品目\t回答者数（者）\t者数（者）\t割合（％）\t者数（者）\t割合（％）
果実\t48\t41\t85.4\t14\t29.2
野菜\t37\t22\t59.5\t６\t16.2
米\t29\t11\t37.9\t２\t6.9
合計\t114\t74\t64.9\t22\t19.3
"""


def test_a_share_of_the_whole_a_question_limits_to_is_of_that_column():
    # 「検疫が必要な輸出をしている果実の回答者に限ると」 names the whole by its column group (検疫が必要な
    # 輸出あり | 者数), the narrowest of the columns it names (回答者数 holds it): 14 ÷ 41, not the printed
    # 29.2% of all 48 respondents
    line = _first(BY_ITEM, "検疫が必要な輸出をしている果実の回答者に限ると、令和６年度に不合格等を経験したのは何％になりますか？")
    assert "34.1" in line and "41" in line


DX = """港県貿易手続デジタル化支援補助金 実施要領

１ 目的
県内の中小企業者が、インボイスや船積書類などの貿易書類を電子化し、輸出入の手続にかかる時間を短くすることを支援する。

２ 補助率
○ 補助対象経費別の補助率 （令和７年度）
補助対象経費\t中小企業者（％）\t小規模企業者（％）
既存システムとの連携改修費\t40\t60
貿易書類作成システムの導入費\t50\t70
電子署名・電子保管の導入費\t50\t60
"""


def test_a_word_the_document_lists_under_a_kind_names_the_label_of_that_kind():
    # 「インボイスや船積書類などの貿易書類」: インボイス is a 貿易書類, so 「インボイスなどを作るシステム」 is
    # the row 貿易書類作成システムの導入費, not the other システム row (「インボイスなどを扱うシステム」 says
    # no other word of it)
    question = "インボイスなどを扱うシステムを入れる費用は、中小企業者だと何％補助されますか？"
    line = _first(DX, question)
    assert "貿易書類作成システムの導入費" in line and "50" in line
    # (the kind is what the question names besides its own words: the row is no tie with the other)
    records = records_of("doc.txt", DX.split("\n", 1)[0], DX)
    lookup = Lookup(words=get_tokenizer().content_words, document_text=lambda doc: squash(DX))
    intent = read_intent(question, get_tokenizer().content_words)
    lookup._add_kinds_listed(intent, records, {"doc.txt"})
    assert "貿易書類" in intent.topic.split()



FLOW = """港県海外ライブコマース販売実証事業 参加事業者募集要項

２ 募集の概要
募集期間：令和７年５月12日から６月20日まで（必着）
募集数：20事業者程度

４ 参加までの流れ
① 説明会への参加（任意。令和７年５月21日、オンライン）
② 申込書の提出（募集期間内に、出品する商品の写真と価格表を添えて提出）
③ 選考（書類審査と商品の試用、令和７年７月上旬）
④ 選考結果の通知（令和７年７月下旬）
⑤ 商品の発送（配信日の６週間前までに現地の倉庫へ）
"""


def test_when_an_applicant_hears_is_the_first_dated_notice_after_applying():
    # 「申し込んだあと、参加できるかどうかはいつごろ分かりますか」 shares no word with the step that
    # answers: the first dated step that gives notice after the one that applies (not 募集期間)
    line = _first(FLOW, "申し込んだあと、参加できるかどうかはいつごろ分かりますか？")
    assert "７月下旬" in line and "選考結果の通知" in line and not line.startswith("募集期間")


SALES = """港県海外ライブコマース販売実証事業 参加事業者募集要項

５ これまでの実績
○ 分野別・市場別の販売額 （令和６年度、単位：万円）
分野\t台湾\tタイ\t米国\t合計
食品・飲料\t412\t228\t185\t825
アパレル・服飾\t95\t41\t167\t303
化粧品・日用品\t336\t146\t120\t602
合計\t843\t415\t472\t1,730
"""


def test_a_row_named_by_one_of_the_names_its_label_joins_is_the_part_of_a_share():
    # 「服やストールなどの服飾品」 names アパレル・服飾 by its 服飾: its share of the 合計 in the 米国 column
    line = _first(SALES, "米国向けの販売額のうち、服やストールなどの服飾品が占める割合はどれくらいですか？")
    assert "35.4" in line and "472" in line


COURSES = """港県貿易実務講座 受講案内

２ コースの内容
（１）基礎コース
日程：令和７年６月から８月まで（毎週火曜日、全10回）
受講料：12,000円
（２）実践コース
日程：令和７年９月から11月まで（毎週木曜日、全10回）
受講料：18,000円
（３）英文契約・書類作成コース
日程：令和７年12月から令和８年２月まで（隔週金曜日、全６回）
受講料：15,000円
基礎コースは１回2.5時間、実践コースは１回３時間の講義で、科目ごとの時間は次のとおりである。
○ 科目別の講義時間 （令和７年度）
科目\t基礎コース（時間）\t実践コース（時間）
貿易取引の流れ\t４\t２
代金決済と信用状\t３\t４
通関と関税\t３\t４
合計\t10\t10
"""


def test_a_table_left_under_a_sibling_heading_answers_the_section_its_labels_name():
    # the table stands under （３）英文契約・書類作成コース by the layout, and its column names the
    # 実践コース the question asks of: it is read, not set aside as a sibling's
    from structure_docs import answer_naming_siblings
    question = "実践コースでは、信用状など代金の決済について何時間学びますか？"
    answer = answer_naming_siblings(question, "doc.txt", COURSES.split("\n", 1)[0], COURSES)
    assert "４時間" in answer.text.splitlines()[0] and "代金決済と信用状" in answer.text


PRIVACY = """港県内企業の海外個人データ保護規制への対応調査 報告書

２ 業種別の状況
○ 業種別の回答企業と取扱企業 （令和６年度）
業種\t回答企業数（社）\t取扱企業数（社）\t取扱企業の割合（％）\tうち対応済み（社）
食品製造業\t61\t25\t41.0\t８
化粧品・日用品製造業\t38\t21\t55.3\t10
宿泊・観光業\t53\t33\t62.3\t11
卸売業\t70\t38\t54.3\t15
その他の製造業\t58\t14\t24.1\t５
合計\t280\t131\t46.8\t49
"""


def test_a_part_column_is_part_of_the_column_right_before_it():
    # 「宿泊や観光の会社で…扱っているところのうち、…対応を済ませているのは何％」: the row named by one
    # of the names its label joins (宿泊・観光業), and うち対応済み of the 取扱企業数 right before it
    # in the same unit, not of 回答企業数 further left
    line = _first(PRIVACY, "宿泊や観光の会社で海外の個人データを扱っているところのうち、規制への対応を済ませているのは何％ですか？")
    assert "33.3" in line and "33社" in line


def test_a_listed_rule_the_chunker_cut_after_its_lead_is_read_across_the_cut():
    # 「次の経費は参加事業者が負担します。」 ends one passage and its items begin the next (a page break
    # between them): the case is one of the items, and the costs borne by the participant are none the
    # prefecture pays for
    import dataclasses
    from assistant.extractive import ExtractiveAnswerer
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.chunking import Chunker
    from structure_docs import text_doc
    text = ("港県海外ライブコマース販売実証事業 参加事業者募集要項\n\n３ 参加事業者の負担\n"
            "県は配信の費用を負担する。\n次の経費は参加事業者が負担します。\n○ 参加負担金\n"
            "○ 商品を現地の倉庫まで送る国際輸送費\n○ 売れ残った商品の返送又は廃棄に要する費用\n")
    whole = Chunker().chunk(text_doc("doc.txt", "港県海外ライブコマース販売実証事業 参加事業者募集要項", text))[-1]
    cut = whole.text.index("○ 参加負担金")
    first = dataclasses.replace(whole, id="a", text=whole.text[:cut].rstrip("\n"), end=whole.start + cut - 1,
                                line_end=whole.line_start + whole.text[:cut].rstrip("\n").count("\n"))
    second = dataclasses.replace(whole, id="b", text=whole.text[cut:], start=whole.start + cut, line_start=first.line_end + 1)
    question = "売れ残った商品を日本に送り返す費用は、県が出してくれるのでしょうか？"
    result = RetrievalResult([Passage(chunk=second, rank=1, score=1.0), Passage(chunk=first, rank=2, score=1.0)],
                             expand_query(question), confidence=0.9, chunks={"a": first, "b": second})
    answer = ExtractiveAnswerer().answer(question, result)
    line = answer.text.splitlines()[0]
    assert line.startswith("いいえ") and "参加事業者が負担します" in line and "売れ残った商品の返送" in line
    assert [c.passage.chunk.id for c in answer.citations] == ["b"]


def test_firms_counted_by_what_they_did_to_a_thing_no_document_writes_are_not_counted():
    # 「…事故を起こした県内企業は何社」 and the survey never writes 事故: its counts of firms are not of them
    answer = _over(PRIVACY, "海外の顧客の個人データが漏れる事故を起こした県内企業は何社ありましたか？")
    assert answer.refused and "事故" in answer.text


FEES = """港県貿易実務講座 受講案内

２ 基礎コース
日程：令和７年６月から８月まで（毎週火曜日、全10回）
定員：40人
受講料：12,000円

３ 受講料の割引
同じ事業者から同じコースを２人以上が受講する場合は、２人目からの受講料を20％割り引く。
"""


def test_the_later_ones_at_a_discount_are_priced_off_the_first():
    # 「２人目からの受講料を20％割り引く」: three people pay 12,000円 + 9,600円 × 2
    answer = _over(FEES, "同じ会社から３人が基礎コースを受講する場合、受講料は合わせていくらになりますか？").text
    assert "31,200円" in answer and "9,600円 × 2" in answer


def test_makers_of_the_things_a_label_lists_are_of_that_label_whatever_keys_it_holds():
    # 化粧品・日用品製造業 names no industry key of its own (化粧品, 日用品), yet 「化粧品や日用品の
    # メーカー」 writes the things it lists: it is that row, not the catch-all その他の製造業
    from assistant.industries import industry_labels
    labels = ["食料品製造業", "化粧品・日用品製造業", "機械・電気機器製造業", "その他の製造業", "卸売業", "合計"]
    read = industry_labels("化粧品や日用品のメーカーのうち、海外の個人データを扱っている会社の割合は？", labels)
    assert [r.label for r in read] == ["化粧品・日用品製造業"]


def test_a_katakana_word_counts_whole_when_a_case_is_matched_to_an_item():
    # クラウドファンディング shares eleven letters with the question, yet is one word: the item that
    # says the fee asked (サイト, 引, 決済, 手数料) is the case, not the one of domestic crowdfunding
    from assistant.rulelists import item_for_case, rule_lists
    lists = rule_lists("次の経費は補助の対象になりません。\n○ 国内向けのクラウドファンディングに要する経費\n"
                       "○ 海外ＣＦサイトが支援額から差し引く決済手数料\n○ 返礼品の国内配送料\n")
    match = item_for_case("クラウドファンディングのサイトが集まったお金から天引きする決済の手数料も、補助してもらえますか？", lists)
    assert match is not None and match[1] == "○ 海外ＣＦサイトが支援額から差し引く決済手数料"



CROPS = """港県産農産物の輸出検疫に関する実態調査 報告書

３ 主な品目の状況
（１）もも
主な輸出先：台湾、香港、タイ
主な出荷時期：７月から８月まで
（２）ぶどう
主な輸出先：香港、シンガポール、台湾
主な出荷時期：８月から10月まで
（３）米
主な輸出先：香港、シンガポール、米国
主な出荷時期：通年
"""


def test_the_firms_a_cards_line_is_of_are_no_word_the_card_must_write():
    # 「お米を輸出している事業者の主な輸出先」: the card （３）米 says 主な輸出先, never 事業者, whose
    # line it is
    line = _first(CROPS, "お米を輸出している事業者の主な輸出先はどこですか？")
    assert "香港、シンガポール、米国" in line
