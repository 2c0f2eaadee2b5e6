from __future__ import annotations

import re
import unicodedata

import pytest

from assistant.extractive import REFUSAL, ExtractiveAnswerer, split_units


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def test_split_units_keeps_lines_and_adds_label_windows():
    text = "所在地 鎌倉市大町１丁目９－22\n開設年月日\n令和元年 11月 26日\nこれは長い説明です。二つ目の文です。"
    units = split_units(text)
    assert "開設年月日\n令和元年 11月 26日" in units
    assert all(u in text for u in units)



def test_an_item_window_does_not_run_into_the_next_item():
    # the last line of item (a) is not the value of item (b); a header still joins its rows
    text = ("(a) 「上海展」\n・場 所：中国・上海\n・参加企業：５社\n(b) 「大連国際工業博覧会」\n"
            "・開催日：令和６年５月15日から18日まで\n・参加企業：４社\n"
            "施策取組期間 限度額\n①令和元年 11月～ 214億円\n")
    units = split_units(text)
    assert not [u for u in units if "５社" in u and "大連" in u]
    assert "(b) 「大連国際工業博覧会」\n・開催日：令和６年５月15日から18日まで\n・参加企業：４社" in units
    assert "施策取組期間 限度額\n①令和元年 11月～ 214億円" in units



def test_the_lines_of_an_item_are_read_with_its_title():
    from assistant.extractive import units_with_headings

    text = ("ａ セミナーの開催\n(a) 米国・メリーランド州との連携によるセミナー\n・参加者：80名\n"
            "(b) 「ウクライナ復興支援ビジネスセミナー」\n・参加者：116名\n"
            "①令和元年 11月～令和６年３月 214億円 181億 9,602万円\n・※ 補足\n")
    context = dict(units_with_headings(text))
    assert context["・参加者：80名"] == "ａ セミナーの開催 (a) 米国・メリーランド州との連携によるセミナー"
    assert context["・参加者：116名"] == "ａ セミナーの開催 (b) 「ウクライナ復興支援ビジネスセミナー」"
    assert context["・※ 補足"] == "ａ セミナーの開催 (b) 「ウクライナ復興支援ビジネスセミナー」"  # a table row is no title



def test_a_sentence_the_layout_broke_over_lines_is_also_read_whole():
    text = ("\uf06e 神奈川県と遼寧省は、1983年に友好提携を締結して以来、経済、観光、\n"
            "文化、青少年、スポーツなど幅広い分野において活発な交流を行ってきました。次の文です。\n"
            "(ｴ) ベンチャー事業拡大促進事業（ビジネスアクセラレーターかながわ）\n\nベンチャー企業の成長を加速させる。\n")
    units = split_units(text)
    assert ("\uf06e 神奈川県と遼寧省は、1983年に友好提携を締結して以来、経済、観光、\n"
            "文化、青少年、スポーツなど幅広い分野において活発な交流を行ってきました。") in units
    assert not [u for u in units if u.startswith("(ｴ)") and "加速" in u]  # a heading is no sentence's start
    assert all(u in text for u in units)


class TestAnswers:
    def test_table_cell_is_stated_with_both_calendar_forms(self, small_assistant):
        answer = small_assistant.ask("さがみロボット産業特区の実証実験等の実施件数、令和6年度の実績と目標は？")
        assert not answer.refused
        assert answer.text.startswith("実証実験等の実施件数(累計)の令和6年度（2024年度）の実績値は142件（目標値 120件）です。")
        assert "「実績値 289 55 142 - - -」" in answer.text and "「目標値 200 60 120 180 240 300」" in answer.text
        assert answer.backend == "extractive"

    def test_every_marker_has_a_citation_with_verbatim_quote(self, small_assistant):
        answer = small_assistant.ask("神奈川県と遼寧省がMOUを締結したのはいつですか？")
        assert "2018年" in answer.text
        markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
        assert markers and markers == {c.n for c in answer.citations}
        for c in answer.citations:
            assert c.passage.rank == c.n
            assert c.quote and c.quote in c.passage.text
        corpus = _norm("".join(p.text for p in answer.passages))
        for quoted in re.findall(r"・(?:［[^］]*］)?「(.+?)」\[\d+\]", answer.text):
            assert _norm(quoted) in corpus

    def test_western_year_question_gets_the_era_conversion(self, small_assistant):
        answer = small_assistant.ask("遼寧省とのMOUを締結したのは令和何年ですか？ 2018年でしたか？")
        assert "2018年" in answer.text and "平成30年" in answer.text

    def test_unrelated_question_is_refused(self, small_assistant):
        answer = small_assistant.ask("北海道の漁獲量の推移を教えてください")
        assert answer.refused
        assert answer.text.startswith(REFUSAL)
        assert answer.citations == []

    def test_empty_table_cell_is_refused_not_guessed(self, small_assistant):
        answer = small_assistant.ask("実証実験等の実施件数の令和8年度の実績は何件ですか？")
        assert answer.refused

    def test_year_the_passages_never_mention_is_refused(self, small_assistant):
        answer = small_assistant.ask("実証実験等の実施件数の2031年度の目標は何件ですか？")
        assert answer.refused
        within_range = small_assistant.ask("実証実験等の実施件数の2020年度の実績は何件ですか？")
        assert not within_range.refused  # 平成30～令和4年度 covers 2020
        assert "289" in within_range.text

    def test_bad_threshold(self):
        import pytest

        with pytest.raises(ValueError, match="min_confidence must be in"):
            ExtractiveAnswerer(min_confidence=2)


def test_era_notes_convert_full_dates_both_ways_once():
    notes = ExtractiveAnswerer._era_notes("令和6年度（2024年度）の実績。平成23年12月に指定。2020年12月8日に承認。令和元年 11月 26日開設")
    assert notes == ["令和6年度＝2024年度", "平成23年12月＝2011年12月", "2020年12月8日＝令和2年12月8日",
                     "令和元年11月26日＝2019年11月26日"]


def test_era_notes_read_same_year_of_a_chronology_as_the_year_before_it():
    # 002's 指定等の経過: 「平成25年２月 総合特区の指定 同年６月 …計画（第１期）の認定」
    notes = ExtractiveAnswerer._era_notes("平成25年２月 総合特区の指定 同年６月 計画の認定 令和５年３月 第３期の認定")
    assert notes == ["平成25年2月＝2013年2月", "同年6月＝平成25年6月＝2013年6月", "令和5年3月＝2023年3月"]
    # a 同年 with no year before it on its line says nothing
    assert ExtractiveAnswerer._era_notes("同年６月 計画の認定") == []


def test_rows_flattened_one_cell_per_line_become_units():
    text = "６\n画期的な神経疾患等の診断薬\n公立大学法人横浜\n市立大学\n７\n二国間協定に基\nづく外国医師の\n業務解禁\nアイリスデンタ\nル・メディカル\n８\n保育士資格"
    units = split_units(text)
    assert "二国間協定に基\nづく外国医師の\n業務解禁\nアイリスデンタ\nル・メディカル" in units
    assert "画期的な神経疾患等の診断薬\n公立大学法人横浜\n市立大学" in units


def test_a_record_answer_shows_the_chunk_of_its_cell():
    """The value sits in a chunk retrieval ranked low: that chunk is added to the passages and cited."""
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.chunking import Chunker
    from corpus.models import DocumentMeta, LoadedDocument
    from corpus.tables import extract_records

    intro = "導入施設の整備は順調に進んでいる。" * 30
    text = (f"一、概要\n{intro}\n\n二、数値目標\n○ 導入施設数(累計)  令和７年３月31日現在(箇所)\n"
            "区分 令和５年度 令和６年度 令和７年度\n目標値 100 200 300\n実績値 21 250 -\n")
    doc = LoadedDocument(doc_id="kpi.txt", path="kpi.txt", meta=DocumentMeta(file="kpi.txt", title="KPI報告"), text=text,
                         content_hash="h", format="txt")
    chunks = Chunker(max_tokens=200, overlap_tokens=0).chunk(doc)
    records = extract_records(doc, chunks)
    question = "導入施設数の令和6年度の実績は？"
    passage = Passage(chunk=chunks[0], rank=1, score=1.0)
    result = RetrievalResult([passage], expand_query(question), confidence=0.9, records=records,
                             chunks={c.id: c for c in chunks})
    answer = ExtractiveAnswerer().answer(question, result)
    assert answer.text.startswith("導入施設数(累計)の令和6年度（2024年度）の実績値は250箇所（目標値 200箇所）です。")
    assert [p.rank for p in answer.passages] == [1, 2]
    assert "実績値 21 250 -" in answer.passages[1].text
    assert answer.citations[0].n == 2 and answer.citations[0].quote == "実績値 21 250 -"
    assert not answer.computed


@pytest.mark.parametrize("question, expected, refused", [
    ("導入施設数の令和6年度の達成率は？", "達成率は約125%です（計算: 実績値250箇所 ÷ 目標値200箇所 × 100 = 125.0%）", False),
    ("導入施設数の令和6年度の実績は目標の何%ですか？", "達成率は約125%です", False),
    ("導入施設数の令和7年度の達成率は？", "実績値は表では「-」となっており、達成率は算出できません", True),
])
def test_an_achievement_rate_no_cell_prints_is_computed(question, expected, refused):
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.chunking import Chunker
    from corpus.models import DocumentMeta, LoadedDocument
    from corpus.tables import extract_records

    text = ("二、数値目標\n○ 導入施設数(累計)  令和７年３月31日現在(箇所)\n"
            "区分 令和５年度 令和６年度 令和７年度\n目標値 100 200 300\n実績値 21 250 -\n")
    doc = LoadedDocument(doc_id="kpi.txt", path="kpi.txt", meta=DocumentMeta(file="kpi.txt", title="KPI報告"), text=text,
                         content_hash="h", format="txt")
    chunks = Chunker(max_tokens=200, overlap_tokens=0).chunk(doc)
    result = RetrievalResult([Passage(chunk=chunks[0], rank=1, score=1.0)], expand_query(question), confidence=0.9,
                             records=extract_records(doc, chunks), chunks={c.id: c for c in chunks})
    answer = ExtractiveAnswerer().answer(question, result)
    assert expected in answer.text.split("\n")[0], answer.text
    assert answer.refused is refused and answer.computed is not refused


def test_asked_attribute_absent_from_the_passages_is_refused():
    from assistant.types import Passage
    from corpus.models import Chunk

    chunk = Chunk(id="h", doc_id="v.txt", file="v.txt", title="報告", section="ａ HATSU鎌倉",
                  text="所在地 鎌倉市大町１丁目９－22\n開設年月日 令和元年 11月 26日\n施設の機能 シェアオフィス、会議室",
                  kind="text", start=0, end=60, line_start=1, line_end=3)
    passages = [Passage(chunk=chunk, rank=1, score=1.0)]
    missing = ExtractiveAnswerer._missing_attribute
    assert missing("HATSU鎌倉のシェアオフィスの月額利用料はいくらですか？", passages) == "月額利用料"
    assert missing("HATSU鎌倉の開設年月日はいつですか？", passages) is None
    assert missing("HATSU鎌倉について教えて", passages) is None


def test_a_count_in_a_counter_no_unit_holds_is_refused():
    """何席: the sibling hub's seat count is elsewhere; this hub's passage has no figure in 席."""

    text = "所在地 鎌倉市大町１丁目９－22\n開設年月日 令和元年 11月 26日\n施設の機能 シェアオフィス、会議室"
    result = _result(_passage("ａ HATSU鎌倉", text, cid="h", doc="v.txt"))
    answerer = ExtractiveAnswerer()
    assert answerer.answer("HATSU鎌倉のシェアオフィスには何席ありますか？", result).refused
    assert not answerer.answer("HATSU鎌倉のシェアオフィスの開設年月日はいつですか？", result).refused


@pytest.mark.parametrize("question, figure, holds", [
    ("シェアオフィスには何席ありますか？", "33席", True),
    ("評価結果は何点でしたか？", "3.8点", True),
    ("何校と連携していますか？", "12校", True),
    ("評価結果は何点でしたか？", "3.8件", False),
])
def test_a_counter_question_wants_a_figure_in_its_counter(question, figure, holds):
    from assistant.extractive import _answer_types

    assert any(p.search(figure) for p in _answer_types(question)) is holds


@pytest.mark.parametrize("question, unit, holds", [
    ("人材面ではどこの大学と連携していますか？", "中国鉱業大学と連携", True),
    ("その産学連携の核になっている大学はどこですか？", "中国科学技術大学(USTC)を核とした産学連携", True),
    ("どこの施設を活用しましたか？", "旧研修棟を活用", False),  # 施設 ends no name: a place is wanted
    ("MOUは何年ごとに更新しますか？", "覚書は５年ごとに更新する", True),
    ("MOUは何年ごとに更新しますか？", "令和７年度一部更新", False),
    ("MOUはいつ締結されましたか？", "2018年5月8日に締結", True),
    ("その基金はどのくらいの規模ですか？", "グリーン産業発展投資誘導基金を設立し、投資を積極化した", False),
    ("その基金はどのくらいの規模ですか？", "総額50億元の基金を設立した", True),
    ("開催する大規模イベントは？", "中日博覧会を開催する", True),  # 大規模 asks no size
    ("FAXの番号を教えてください。", "電話 099-012-3480", False),  # the phone beside it is no fax
    ("FAXの番号を教えてください。", "FAX：099-012-3457", True),
    ("メールで問い合わせたいのですが、アドレスは？", "電話 028-010-4275", False),
    ("メールで問い合わせたいのですが、アドレスは？", "電子メール asia-kouryu@pref.sakuragawa.lg.jp", True),
    ("説明会は何日に開かれますか？", "令和７年度 募集要領", False),
    ("説明会は何日に開かれますか？", "募集説明会 令和７年５月20日（火）", True),
    # 「何月何日」「年月日」 ask a date to the day, not the month of a neighbouring line
    ("2011年の何月何日に指定されましたか？", "平成23年12月22日指定", True),
    ("2011年の何月何日に指定されましたか？", "同年12月 総合特区の指定", False),
    ("開設年月日はいつですか？", "令和７年４月に開設", False),
    ("人口はどれくらいですか？", "人口 約162万人（2024年）", True),  # 万 before its counter
    # a length of time is a count of months or years, not a date
    ("オフィスは最長で何か月まで無料で使えますか？", "最長６か月まで無料", True),
    ("オフィスは最長で何か月まで無料で使えますか？", "令和７年４月に開設した無料スタートアップオフィス", False),
    ("ビザではどのくらいの期間の滞在が認められますか？", "有効期間 締結日から５年間", True),
    ("ビザではどのくらいの期間の滞在が認められますか？", "ビザと滞在の便宜を与える", False),
    ("セミナーの開催日を教えてください。", "・開催日：令和６年６月７日", True),
    ("セミナーの開催日を教えてください。", "最新の投資環境や経済動向を紹介するセミナーを開催", False),
    ("工場の生産能力はどのくらいですか？", "年産40GWhの生産能力", True),
    ("工場の生産能力はどのくらいですか？", "バッテリー大手の工場も進出", False),
    # a company asked for by its kind is no place (区 of 特区区域 would look like one)
    ("令和元年度に税制支援の認定を受けた企業はどこですか？", "税制支援では川澄化学工業、JSR が令和元年度に認定を受け", True),
    ("どこの団体とMOUを結んでいますか？", "ドイツ BioM 及びフランス Medicen Paris Region との MOU", True),
    # a follow-up asks its own part: the carried topic's 人口 wants no figure in 人
    ("ビンラム省・人口について、ビンラム省の面積も教えてもらえますか。", "面積 4,860平方キロメートル", True),
])
def test_the_kind_of_value_wanted(question, unit, holds):
    from assistant.extractive import _answer_types, _nfkc

    assert all(p.search(_nfkc(unit)) for p in _answer_types(_nfkc(question))) is holds


@pytest.mark.parametrize("question", ["何の事業ですか？", "何を目指していますか？", "何という名前ですか？", "参加企業は何社ですか？"])
def test_words_after_何_that_are_no_new_counter(question):
    from assistant.extractive import _ANSWER_TYPES, _answer_types

    assert len(_answer_types(question)) == sum(1 for q, _ in _ANSWER_TYPES if q.search(question))


def _passage(section: str, text: str, *, rank: int = 1, cid: str = "c", doc: str = "r.txt", title: str = "報告"):
    """A retrieved passage of one chunk."""
    from assistant.types import Passage
    from corpus.models import Chunk

    chunk = Chunk(id=cid, doc_id=doc, file=doc, title=title, section=section, text=text, kind="text",
                  start=0, end=len(text), line_start=1, line_end=text.count("\n") + 1)
    return Passage(chunk=chunk, rank=rank, score=1.0)


def _result(*passages, **found):
    """A retrieval result of these passages (`found`: chunks, named, siblings...)."""
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult

    return RetrievalResult(passages=list(passages), query=expand_query("q"), confidence=1.0, **found)


def _seminar_result():
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.models import Chunk

    texts = [
        ("ｇ 外国企業の定着支援", "県内進出後の外国企業を支援するため、労務管理をテーマとした「外資系企業サポートセミナー」の開催\n"
         "・開催日：令和７年１月 20日\n・場 所：神奈川中小企業センタービル\n・参加者：34名"),
        ("ｆ 海外での外国企業誘致セミナー", "海外における誘致プロモーションを実施\n"
         "・開催日：令和６年 11月 13日\n・開催地：ベトナム・ホーチミン・参加者：100名"),
    ]
    passages = []
    for k, (section, text) in enumerate(texts):
        chunk = Chunk(id=f"c{k}", doc_id="r.txt", file="r.txt", title="報告", section=section, text=text, kind="text",
                      start=0, end=len(text), line_start=1, line_end=4)
        passages.append(Passage(chunk=chunk, rank=k + 1, score=1.0))
    return RetrievalResult(passages=passages, query=expand_query("q"), confidence=1.0)


def test_the_parts_of_one_question_come_from_the_lead_passage():
    answer = ExtractiveAnswerer().answer("「外資系企業サポートセミナー」はいつ、どこで開かれ、何名が参加しましたか？", _seminar_result())
    assert not answer.refused
    for part in ("令和７年１月 20日", "神奈川中小企業センタービル", "34名"):
        assert part in answer.text
    assert "100名" not in answer.text  # the other seminar's figure


def test_each_later_part_of_a_question_gets_a_unit_that_speaks_of_it():
    # the 部屋数 line holds a figure for どのくらい too; the 利用 part still needs its own line
    from assistant.extractive import Unit, _question_parts
    from assistant.types import Passage
    from corpus.models import Chunk

    text = "・部屋数：４部屋\n・利用状況：延べ５社（参考 令和７年度 延べ２社）"
    chunk = Chunk(id="i", doc_id="r.txt", file="r.txt", title="報告", section="ａ ＩＢＳＣかながわの運営", text=text,
                  kind="text", start=0, end=len(text), line_start=1, line_end=2)
    passage = Passage(chunk=chunk, rank=1, score=1.0)
    units = [Unit("・部屋数：４部屋", passage, 1, 0.75), Unit("・利用状況：延べ５社（参考 令和７年度 延べ２社）", passage, 1, 0.6)]
    question = "ＩＢＳＣかながわについて、そこは何部屋あって、令和6年度はどのくらい利用されましたか？"
    assert _question_parts(question)[1:] == [["利用"]]
    assert [u.text[:6] for u in ExtractiveAnswerer()._pick(units, question)] == ["・部屋数：４", "・利用状況："]
    assert _question_parts("MOUはいつ締結されましたか？") == []


def test_a_single_part_question_still_needs_its_kind_of_value():
    # 何人 asks one thing (数は is no second part): figures that are no count in 人/名 do not answer
    text = "所在地 鎌倉市大町１丁目９－22\n開設年月日 令和元年 11月 26日\n施設の機能 シェアオフィス、会議室"
    result = _result(_passage("ａ HATSU鎌倉", text, cid="h", doc="v.txt"))
    assert ExtractiveAnswerer().answer("HATSU鎌倉の職員数は何人ですか？", result).refused


def _areas_result(question: str):
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.models import Chunk

    texts = [
        ("四、エリア > （三）西中島エリア", "西中島エリアは、大連市中心部から 65 キロ、大連新空港から 45 キロ、計画面積は約 5㎢となる。"),
        ("四、エリア > （四）花園口エリア", "花園口エリアの面積は5㎢で、東部区域の面積は 3.8㎢、西部区域の面積は 1.2㎢である。"),
    ]
    passages = [Passage(chunk=Chunk(id=f"c{k}", doc_id="p.txt", file="p.txt", title="マスタープラン", section=sec, text=t,
                                    kind="text", start=0, end=len(t), line_start=1, line_end=1), rank=k + 1, score=1.0)
                for k, (sec, t) in enumerate(texts)]
    return RetrievalResult(passages=passages, query=expand_query(question), confidence=1.0,
                           named=("西中島エリア",), siblings=frozenset({"花園口エリア"}))


def test_a_detail_only_a_sibling_section_holds_is_refused():
    question = "西中島エリアの東部区域の面積はどれくらいですか？"
    answer = ExtractiveAnswerer().answer(question, _areas_result(question))
    assert answer.refused and "東部" in answer.text
    question = "西中島エリアの計画面積はどれくらいですか？"
    answer = ExtractiveAnswerer().answer(question, _areas_result(question))
    assert not answer.refused and "5㎢" in answer.text


def test_where_is_answered_by_an_organisation_too():
    text = "大連・神奈川経済貿易事務所の設置運営は、公益財団法人神奈川産業振興センターが行っている。"
    result = _result(_passage("ｄ 海外駐在員の派遣", text, cid="o"))
    answer = ExtractiveAnswerer().answer("大連の事務所の設置運営は、どこが行っていますか？", result)
    assert not answer.refused and "神奈川産業振興センター" in answer.text


def test_a_section_about_the_year_before_the_report_does_not_answer_the_reports_year():
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.models import Chunk

    text = "国際戦略総合特区 3.8点"
    chunk = Chunk(id="e", doc_id="r.txt", file="r.txt", title="令和2年度 国際戦略総合特別区域評価書",
                  section="2 総合特区計画の状況 > ④ 前年度の評価結果", text=text, kind="text", start=0, end=len(text),
                  line_start=1, line_end=1)
    result = RetrievalResult(passages=[Passage(chunk=chunk, rank=1, score=1.0)], query=expand_query("q"), confidence=1.0)
    answerer = ExtractiveAnswerer()
    assert answerer.answer("令和2年度の評価結果は何点でしたか？", result).refused
    assert "3.8点" in answerer.answer("前年度の評価結果は何点でしたか？", result).text  # no year asked


def test_another_section_answers_when_the_best_unit_is_the_year_befores():
    title = "令和2年度 国際戦略総合特別区域評価書"
    before = _passage("2 総合特区計画の状況 > ④ 前年度の評価結果",
                      "税制支援の認定を受けた企業の取組を評価し、継続を期待する。", cid="b", title=title)
    own = _passage("7 総合評価", "税制支援では、Heartseed が令和2年度に認定を受けている。", rank=2, cid="o", title=title)
    answer = ExtractiveAnswerer().answer("令和2年度に税制支援の認定を受けた企業はどこですか？", _result(before, own))
    assert not answer.refused and "Heartseed" in answer.text


def test_a_section_headed_as_the_reason_answers_a_why_question():
    heading = _passage("4 規制の特例措置を活用した事業", "③規制の特例措置の提案 該当なし", cid="h")
    reason = _passage("4 規制の特例措置を活用した事業 > 【該当する事業が無い理由】",
                      "事業の進展に応じて、今後、規制の特例措置を活用していく。", rank=2, cid="r")
    answer = ExtractiveAnswerer().answer("規制の特例措置を活用した事業が「該当なし」となっている理由は何ですか？",
                                         _result(heading, reason))
    assert answer.text.startswith("事業の進展に応じて")


def test_of_units_that_score_the_same_the_one_saying_the_asked_word_leads():
    # the area's lines are under its heading, which names it; only one says 協力 itself
    plan = _passage("二、空間の分布", "花園口エリアで日本との新材料産業協力を展開する。", cid="p", title="モデル区の協力計画")
    text = ("花園口エリアは大連北黄海経済開発区に位置し、面積が 5㎢である。\n"
            "対日協力の重点方向は、航空・宇宙材料、新エネルギー材料である。")
    area = _passage("二、空間の分布 > （四）花園口エリア", text, rank=2, cid="a", title="モデル区の協力計画")
    answer = ExtractiveAnswerer().answer("花園口エリアでは、日本とどんな分野で協力する予定ですか？",
                                         _result(plan, area, named=("花園口エリア",)))
    bullets = [line for line in answer.text.splitlines() if line.startswith("・")]
    assert "航空・宇宙材料" in bullets[0]


def test_a_question_about_the_year_before_is_not_answered_by_this_years_figure():
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.models import Chunk

    text = "生活支援ロボットのモニター制度は、今年度は17種類のロボットを対象に実施している。"
    chunk = Chunk(id="m", doc_id="r.txt", file="r.txt", title="報告", section="ロボットの普及", text=text, kind="text",
                  start=0, end=len(text), line_start=1, line_end=1)
    result = RetrievalResult(passages=[Passage(chunk=chunk, rank=1, score=1.0)], query=expand_query("q"), confidence=1.0)
    answerer = ExtractiveAnswerer()
    assert answerer.answer("生活支援ロボットのモニター制度は、昨年度は何種類のロボットが対象でしたか？", result).refused
    assert "17種類" in answerer.answer("生活支援ロボットのモニター制度は、今年度は何種類のロボットが対象ですか？", result).text


@pytest.mark.parametrize("question, unit, other", [
    ("タンアンのデスクは令和５年度に何件の相談に対応しましたか？", "現地コーディネーターを配置し（令和６年度の相談対応件数は延べ143件）", True),
    ("ビンラム省の2023年の経済成長率は何％でしたか？", "経済成長率 7.4％（2024年） 工業団地 11か所", True),
    ("ビンラム省の2024年の経済成長率は何％でしたか？", "経済成長率 7.4％（2024年） 工業団地 11か所", False),
    ("令和6年度の相談件数は？", "令和５年度から開始し、延べ143件の相談に対応した", False),  # when it began, no figure of that year
    ("昨年度は何種類でしたか？", "今年度は17種類のロボットを対象に実施している", True),
])
def test_a_figure_of_another_year_does_not_answer(question, unit, other):
    from types import SimpleNamespace

    from assistant.extractive import _nfkc, _other_year

    assert _other_year(_nfkc(question), SimpleNamespace(text=_nfkc(unit))) is other


class TestDefects:
    """Issue 9's list of defects, each with its test."""

    @pytest.mark.parametrize("text, note", [
        ("1989年1月5日", "1989年1月5日＝昭和64年1月5日"),
        ("1989年1月8日", "1989年1月8日＝平成元年1月8日"),
        ("1926年12月1日", "1926年12月1日＝大正15年12月1日"),
        ("1926年12月25日", "1926年12月25日＝昭和元年12月25日"),
        ("2019年4月30日", "2019年4月30日＝平成31年4月30日"),
        ("令和元年度", "令和元年度＝2019年度"),
    ])
    def test_era_notes_use_the_era_in_force_on_the_date(self, text, note):
        assert ExtractiveAnswerer._era_notes(text) == [note]

    @pytest.mark.parametrize("question, asks_yen", [
        ("手続の円滑化はどう進めていますか？", False),
        ("補助金は何円ですか？", True),
        ("上限は500万円ですか？", True),
    ])
    def test_yen_answer_type_is_not_triggered_by_words_with_円(self, question, asks_yen):
        from assistant.extractive import _ANSWER_TYPES

        money = _ANSWER_TYPES[1][0]
        assert bool(money.search(question)) is asks_yen

    def test_question_words_are_removed_as_whole_words(self):
        from assistant.retrieval import _strip_question_words

        assert _strip_question_words("ものづくり支援のさらなる強化のための補助率は何ですか？").split() == [
            "ものづくり", "支援", "強化", "補助", "率"]


def test_a_detail_the_lead_document_never_mentions_is_refused_naming_it():
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.models import Chunk

    text = "募集期間：令和７年５月19日（月）～令和７年６月27日（金）17時必着\n予算額：3,000万円"
    chunk = Chunk(id="g", doc_id="grant.docx", file="grant.docx", title="食品産業海外展開支援補助金 募集要領",
                  section="第５ 募集期間等", text=text, kind="text", start=0, end=len(text), line_start=1, line_end=2)
    result = RetrievalResult(passages=[Passage(chunk=chunk, rank=1, score=1.0)], query=expand_query("q"), confidence=1.0)
    answerer = ExtractiveAnswerer()
    refused = answerer.answer("食品産業海外展開支援補助金の説明会は、何日に開かれる予定ですか？", result)
    assert refused.refused and "説明会" in refused.text
    assert "５月19日" in answerer.answer("食品産業海外展開支援補助金の募集期間は、いつからいつまでですか？", result).text


def test_a_contact_asked_in_other_words_is_answered_by_the_line_that_gives_it():
    text = "＜お問合せ先＞\n神奈川県 政策局 国際戦略グループ\nTEL︓（045）210-2720 メール︓hcnf-gs@pref.kanagawa.lg.jp"
    result = _result(_passage("＜お問合せ先＞", text, doc="mou.txt", title="遼寧省 MOU締結先機関のご紹介"))
    answer = ExtractiveAnswerer().answer("遼寧省のMOUの窓口に、メールでも問い合わせできますか？アドレスを教えてください。", result)
    assert not answer.refused and "hcnf-gs@pref.kanagawa.lg.jp" in answer.text


def test_a_source_asked_is_the_note_the_statement_points_at():
    body = ("同省の貿易額は日本が1位であり*2、日系企業が進出しています。\n"
            "特に、大連市の日系企業数は、都市別にみると世界第3位の規模*3です。")
    notes = "*2 日本貿易振興機構「遼寧省概況」より\n*3 外務省「海外在留邦人数調査統計（平成30年版）」より"
    note = _passage("＜組織概要＞", notes, cid="b", doc="m.txt", title="遼寧省").chunk
    result = _result(_passage("＜組織概要＞", body, cid="a", doc="m.txt", title="遼寧省"), chunks={"b": note})
    answer = ExtractiveAnswerer().answer("大連市の日系企業数は世界第何位で、その順位は何の資料に基づいていますか？", result)
    assert "世界第3位" in answer.text and "海外在留邦人数調査統計" in answer.text
    assert "遼寧省概況" not in answer.text  # the other sentence's note
    assert [p.chunk.id for p in answer.passages] == ["a", "b"]
    assert {c.n for c in answer.citations} == {1, 2}
    assert all(c.quote in c.passage.chunk.text for c in answer.citations)


def test_note_marks_and_note_lines():
    from corpus.text import note_line_mark, note_marks

    assert note_marks("日本語人材も豊富*4です。規模※３、（注1）") == {"4", "3", "1"}
    assert note_line_mark("*4 日本貿易振興機構「地域・分析レポート」より") == "4"
    assert note_line_mark("※１ 令和６年度の民間投資誘発額は集計中") == "1"
    assert note_line_mark("※ 補助見込み額については") is None
    assert note_marks("2024年") == set()


def _seminar_years_result():
    return _result(
        _passage("(ｳ) 令和６年度の主な取組の実施状況 > ａ セミナーの開催",
                 "(a) 「インドビジネスセミナー」\n・開催日：令和６年６月７日\n・参加者：125名\n"
                 "(b) ドイツ・バーデンビュルテンベルグ州との連携によるセミナー\n・開催日：令和７年３月24日", cid="s0"),
        _passage("(ｴ) 令和７年度の主な取組の実施状況及び今後の予定 > ａ セミナーの開催",
                 "(a) 「アフリカビジネスセミナー」\n・開催予定日：令和７年７月23日（オンライン）\n"
                 "(b) 「ウクライナ復興支援ビジネスセミナー」\n・開催日：令和７年５月15日\n・参加者：116名", rank=2, cid="s1"))


@pytest.mark.parametrize("question", [
    "令和7年度もインドビジネスセミナーは開催されますか？開催日を教えてください。",
    "ドイツ・バーデンビュルテンベルグ州と連携したセミナーは、令和7年度はいつ開催する予定ですか？",
])
def test_a_year_section_and_an_item_without_the_named_thing_do_not_answer(question):
    # the named seminar is in the 令和６年度 section only; the 令和７年度 items are other seminars
    answer = ExtractiveAnswerer().answer(question, _seminar_years_result())
    assert answer.refused, answer.text


def test_the_section_of_the_asked_year_answers():
    answer = ExtractiveAnswerer().answer("令和6年度のインドビジネスセミナーの開催日はいつですか？", _seminar_years_result())
    assert not answer.refused and "令和６年６月７日" in answer.text
    answer = ExtractiveAnswerer().answer("令和7年度のウクライナ復興支援ビジネスセミナーは何名参加しましたか？", _seminar_years_result())
    assert not answer.refused and "116名" in answer.text


def test_a_value_asked_of_an_item_is_that_items():
    # the fair before NY NOW lists 参加企業：５社; NY NOW's own lines give no count
    text = ("(a) 「重慶国際博覧会」\n・開催日：令和７年５月８日から10日まで\n・場 所：中国・重慶\n・参加企業：５社\n"
            "(b) 「ＮＹ ＮＯＷ Ｓｕｍｍｅｒ」\n・開催日：令和７年８月３日から５日まで（予定）\n・場 所：米国・ニューヨーク")
    result = _result(_passage("(ｴ) 令和７年度の予定 > ｂ 共同出展支援", text, cid="n"))
    assert ExtractiveAnswerer().answer("令和7年度のNY NOW Summerには、県内企業が何社出展する予定ですか？", result).refused
    answer = ExtractiveAnswerer().answer("令和7年度の重慶国際博覧会には県内企業が何社参加しますか？", result)
    assert not answer.refused and "５社" in answer.text


def test_an_unnumbered_source_note_after_the_statement_is_its_source():
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.models import Chunk

    text = ("*3 外務省「海外在留邦人数調査統計（平成30年版）」より作成した数値である。\n"
            "国外企業との連携では、次のテーマが重点領域とされています。\n"
            "※2019年11月に神奈川県が行ったアンケート調査の回答に基づいています。")
    chunk = Chunk(id="u", doc_id="m.txt", file="m.txt", title="遼寧省", section="（４）連携", text=text, kind="text",
                  start=0, end=len(text), line_start=1, line_end=3)
    result = RetrievalResult(passages=[Passage(chunk=chunk, rank=1, score=1.0)], query=expand_query("q"), confidence=1.0)
    answer = ExtractiveAnswerer().answer("国外企業との連携の重点領域は、何に基づいた情報ですか？", result)
    assert "アンケート調査" in answer.text and "外務省" not in answer.text  # a numbered note is another statement's


def test_a_passage_of_the_named_section_counts_its_heading_in_full():
    passages = [_passage("二、空間の分布", "花園口国家新材料産業基地の優位性を活かして、花園口エリアで日本との新材料産業協力を展開する。",
                         cid="h0", doc="d.txt", title="計画"),
                _passage("二、空間の分布 > （四）花園口エリア", "対日協力の重点方向は、航空・宇宙材料、新エネルギー材料、先進金属材料などである。",
                         rank=2, cid="h1", doc="d.txt", title="計画")]
    answerer = ExtractiveAnswerer()
    qn = "花園口エリアでは、日本とどんな分野で協力する予定ですか?"
    weights = answerer._question_weights(qn, passages)

    def score_of(chunk_id, named):
        return next(u.score for u in answerer._score_units(qn, passages, weights, named=named) if u.passage.chunk.id == chunk_id)

    assert score_of("h1", ("花園口エリア",)) > score_of("h1", ()) + 0.1
    assert score_of("h0", ("花園口エリア",)) == score_of("h0", ())  # the parent's sentence is scored as before


def test_a_formal_noun_is_no_detail_of_a_sibling_section():
    lead = _passage("イ さがみロボット産業特区", "対象地域は相模原市、寒川町、愛川町など10市2町である。", cid="a")
    other = _passage("ア 京浜臨海部特区", "このうち、川崎市の区域では研究開発拠点が集まる。", rank=2, cid="b")
    result = _result(lead, other, named=("さがみロボット産業特区",), siblings=frozenset({"京浜臨海部特区"}))
    question = "さがみロボット産業特区の対象地域のうち、町はどこですか？"
    assert ExtractiveAnswerer._sibling_word(question, lead, [lead, other], result) is None
    assert ExtractiveAnswerer._sibling_word("さがみロボット産業特区の研究開発拠点は？", lead, [lead, other], result) == "研究開発"


def test_unit_and_cell_scores_do_not_depend_on_string_hashing():
    # a set's order changes with PYTHONHASHSEED; float sums over it broke ties differently per run
    import subprocess
    import sys

    script = (
        "from assistant.extractive import ExtractiveAnswerer\n"
        "from assistant.lookup import Lookup\n"
        "from assistant.types import Passage\n"
        "from corpus.models import Chunk\n"
        "t = '助成額及び経済的効果 インベスト神奈川 80件 認定事業所数 県内割合 後年度負担額'\n"
        "p = Passage(chunk=Chunk(id='a', doc_id='d', file='d', title='報告', section='(ｲ) 助成額及び経済的効果', text=t,"
        " kind='text', start=0, end=len(t), line_start=1, line_end=1), rank=1, score=1.0)\n"
        "q = '助成額及び経済的効果について、インベスト神奈川の認定事業所数はいくつですか？'\n"
        "a = ExtractiveAnswerer()\n"
        "print(repr([u.score for u in a._score_units(q, [p], a._question_weights(q, [p]))]))\n"
        "L = Lookup(lambda g: 1.0 + len(g) / 3 + ord(g[0]) % 7 / 10)\n"
        "print(repr(L._topic_share(set('助成額及び経済的効果の認定事業所'), set('認定事業所数'))))\n"
    )
    outputs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1


def _card_result(text: str):
    """A retrieval result of one document's chunks with the records read from them."""
    from assistant.types import Passage
    from corpus.chunking import Chunker
    from corpus.models import DocumentMeta, LoadedDocument
    from corpus.tables import extract_records

    doc = LoadedDocument(doc_id="v.txt", path="v.txt", meta=DocumentMeta(file="v.txt", title="報告"), text=text,
                         content_hash="v", format="txt")
    chunks = Chunker().chunk(doc)
    passages = [Passage(chunk=c, rank=k + 1, score=1.0) for k, c in enumerate(chunks)]
    return _result(*passages, records=extract_records(doc, chunks), chunks={c.id: c for c in chunks})


def test_a_part_the_record_does_not_answer_comes_from_a_line_that_speaks_of_it():
    # 開設 is answered from the record; 運営 (a part asked in its own sentence) from the card's
    # 施設運営者 line, not from another line of the card
    text = ("(ｱ) 起業家の創出拠点\nａ HATSU鎌倉\n所在地 鎌倉市大町１丁目９－22\n開設年月日 令和元年 11月 26日\n"
            "施設の機能 シェアオフィス、会議室\n施設運営者 株式会社あゆみの\n")
    answer = ExtractiveAnswerer().answer("HATSU鎌倉について、そこを運営しているのはどこですか？開設はいつ？", _card_result(text))
    assert "令和元年 11月 26日" in answer.text and "株式会社あゆみの" in answer.text
    assert "鎌倉市大町" not in answer.text


def test_広さ_asks_for_an_area():
    from assistant.extractive import _answer_types

    assert any(r.search("計画面積は 14.92 km2 である") for r in _answer_types("そのエリアの広さと、空港からの距離は？"))


def test_a_record_answer_of_several_cells_needs_no_extra_quote():
    # 目標と実績 both come from the record: no header line is quoted beside them
    text = ("○ 特区発ロボットの商品化状況(累計)  令和７年３月 31日現在(件)\n区分 令和５年度 令和６年度 令和７年度\n"
            "目標値 ６ 12 18\n実績値 12 33 -\n")
    answer = ExtractiveAnswerer().answer("特区発ロボットの商品化件数は、令和6年度に目標を達成しましたか？実績と目標を教えてください。",
                                         _card_result(text))
    assert "33件" in answer.text and "12件" in answer.text
    assert [line for line in answer.text.splitlines() if line.startswith("・")] == ["・「目標値 ６ 12 18」[1]", "・「実績値 12 33 -」[1]"]


def test_a_reason_asked_is_answered_by_the_sentence_that_gives_one():
    text = ("数値目標（1）－②：特区関連事業の就業者の増加数 令和2年度 当該年度目標値100人、当該年度実績値-18人\n"
            "・令和2年度の就業者数の増加数は、目標100人増に対して、新型コロナウイルス感染症等の影響により"
            "各事業所にて人員の削減が行われ令和2年度実績は-18人となっている。")
    result = _result(_passage("① 評価指標", text, cid="e"))
    answer = ExtractiveAnswerer().answer("特区関連事業の就業者の増加数、令和2年度について、なんでマイナスになったんですか？", result)
    assert answer.text.splitlines()[0].startswith("・令和2年度の就業者数の増加数は") and "影響により" in answer.text.splitlines()[0]


def test_the_basis_of_a_target_is_answered_by_the_sentence_that_gives_it():
    text = ("評価指標(3) 国際共同治験件数 目標値 48件 53件 58件 60件\n"
            "・目標値については、現状の実施件数実績の伸びをベースに算出しているが、施設の治験受け入れ上限を考慮した。")
    result = _result(_passage("■ 目標に向けた取組の進捗に関する評価", text, cid="e"))
    answer = ExtractiveAnswerer().answer("国際共同治験件数の目標値は、どういう考え方で決められたんですか？", result)
    assert "ベースに算出" in answer.text.splitlines()[0]


@pytest.mark.parametrize("question", ["補助率と上限額を教えてください。", "限度額を教えてください。"])
def test_a_named_amount_or_rate_asks_for_one(question):
    from assistant.extractive import _answer_types

    wanted = _answer_types(question)
    assert wanted and all(not r.search("ロボットの導入に対して補助する。") for r in wanted)


def test_a_programme_named_by_its_heading_is_answered_from_its_document():
    # another document's subsidy holds a rate and a cap; the named programme's section holds none
    named = _passage("(ｳ) 導入支援 > ｂ ロボット導入支援事業", "施設へのロボットの導入の促進を図るため、導入に対して補助する（上限等は要綱による）。",
                     cid="n", doc="a.txt")
    other = _passage("■地域独自の取組", "＊特区等活用の場合、補助率増加（10%、上限10億円） <対象産業> ロボット関連、未病関連",
                     rank=2, cid="o", doc="b.txt")
    answer = ExtractiveAnswerer().answer("ロボット導入支援事業で、施設がロボットを入れるときの補助率と上限額を教えてください。",
                                         _result(named, other))
    assert answer.refused and "10億円" not in answer.text


def test_sentences_asked_without_an_interrogative_are_parts():
    from assistant.extractive import _question_parts

    parts = _question_parts("嘉興は、どの二大都市を結ぶ結節点とされてますか？あと、そこが推している分業モデルの名前も。")
    assert len(parts) == 2 and "分業" in parts[1]


def test_a_year_that_opens_the_sentence_is_the_year_of_its_figures():
    from assistant.extractive import Unit, _other_year

    p = _passage("①成長の結果:", "2023年、合肥市のハイテク産業増加値は前年比 10%以上増加した。")
    unit = Unit("2023年、合肥市のハイテク産業増加値は前年比 10%以上増加した。", p, 1, 0.8)
    assert _other_year("合肥市の2024年のハイテク産業増加値は、前年比で何％伸びたんでしょう？", unit)
    assert not _other_year("合肥市の2023年のハイテク産業増加値は、前年比で何％伸びたんでしょう？", unit)


def test_the_noun_after_どのくらいの_is_the_detail_asked():
    from assistant.extractive import _absent_from_document

    p = _passage("②理由と背景:", "奇瑞汽車を核とし、バッテリー大手(寧徳時代 (CATL) の工場も進出)などを誘致し、「1時間サプライヤー圏」を目指している。")
    question = "蕪湖に進出した寧徳時代（CATL）の工場はどのくらいの生産能力がありますか？"
    assert _absent_from_document(question, p, _result(p)) == "生産能力"


def test_an_edition_named_in_latin_and_digits_must_be_written():
    from assistant.extractive import _unknown_code_name

    p = _passage("■地域独自の取組", "BioJapan2020 来場者数13,787人、商談件数9,051件")
    assert _unknown_code_name("BioJapan2021の来場者数はどれくらいでしたか？", p, _result(p)) == "BioJapan2021"
    assert _unknown_code_name("BioJapan2020の来場者数はどれくらいでしたか？", p, _result(p)) is None


def test_an_item_named_only_in_another_years_section_is_refused():
    last = _passage("ウ 令和６年度の主な取組 > ａ 海外の経済動向等に関するセミナーの開催",
                    "(a) 「インドビジネスセミナー」\nインドの投資環境を紹介するセミナーを開催\n・開催日：令和６年 10月 10日\n・参加者：80名",
                    cid="l")
    this = _passage("エ 令和７年度の主な取組 > ａ 海外の経済動向等に関するセミナーの開催",
                    "(a) 「エジプトビジネスセミナー」\n前年度のインドに続きエジプトの投資環境を紹介するセミナーを開催\n・開催予定日：令和７年７月 25日",
                    rank=2, cid="t")
    answer = ExtractiveAnswerer().answer("令和7年度もインドビジネスセミナーは開催されますか？開催日を教えてください。",
                                         _result(last, this))
    assert answer.refused and "エジプト" not in answer.text


def test_the_first_part_gets_a_unit_when_the_lead_answers_a_later_one():
    text = ("(b) 「ウクライナ復興支援ビジネスセミナー」\nジェトロ・キーウ事務所の所長の一時帰国の機会を捉え、ウクライナの投資環境を紹介するセミナーを開催\n"
            "・開催日：令和７年５月 15日\n・場 所：神奈川中小企業センタービル・参加者：116名")
    answer = ExtractiveAnswerer().answer("ウクライナ復興支援ビジネスセミナーは、どういう機会をとらえて開かれたもので、何名が参加しましたか？",
                                         _result(_passage("ａ セミナーの開催", text, cid="s")))
    assert "116名" in answer.text and "一時帰国の機会" in answer.text


def test_a_deadline_asked_must_be_a_deadline_the_passage_states():
    text = "ｃ 外国企業立上げ支援補助金\n・補助額：拠点設立時の経費の２分の１（上限 200万円）\n・交付決定件数：６件（参考 令和７年度 ０件（６月 30 日現在））"
    result = _result(_passage("ｃ 外国企業立上げ支援補助金", text, cid="d"))
    assert ExtractiveAnswerer().answer("外国企業立上げ支援補助金の申請の締切はいつですか？", result).refused
    dated = _result(_passage("ｃ 外国企業立上げ支援補助金", text + "\n・申請受付：令和７年４月１日から令和８年１月 30日まで", cid="e"))
    answer = ExtractiveAnswerer().answer("外国企業立上げ支援補助金の申請の締切はいつですか？", dated)
    assert not answer.refused and "令和８年１月 30日まで" in answer.text


GUIDE = ("６ 補助率及び補助上限額\n○ 企業区分別の補助率及び補助上限額\n企業区分\t補助率\t補助上限額\n"
         "創業期スタートアップ\t２分の１以内\t1,500万円\n大学発ベンチャー\t３分の２以内\t2,000万円\n"
         "※３ 中山間地域（若葉県中山間地域振興条例第２条に規定する地域をいう。）に事業所を開設する場合は、"
         "上表の補助上限額に500万円を加算する。\n")


def test_a_note_that_adds_in_the_case_asked_is_added():
    answer = ExtractiveAnswerer().answer("大学発ベンチャーが中山間地域に事業所を開設する場合、補助上限額は最大でいくらになりますか？",
                                         _card_result(GUIDE))
    assert "2,500万円" in answer.text and "2,000万円 + 500万円" in answer.text
    assert "・「※３ 中山間地域" in answer.text  # the note is quoted (and cited)


def test_a_note_for_a_case_not_asked_adds_nothing():
    # 事業所を開く alone is not the note's case (中山間地域に事業所を開設する場合)
    answer = ExtractiveAnswerer().answer("創業して５年未満のスタートアップが若葉県に事業所を開く場合、補助金の上限額はいくらですか？",
                                         _card_result(GUIDE))
    assert "1,500万円" in answer.text and "加算され" not in answer.text


def test_a_line_listing_the_named_section_with_its_siblings_is_about_none_of_them():
    from assistant.extractive import Unit, _in_scope

    question = "花園口エリアの対日協力の重点分野は？"
    listing = _passage("二、空間の分布 > （1）新日本工業団地エリア",
                       "西中島エリア（5㎢） 花園口エリア（5㎢） 産業パークを建設する。対日協力の重点方向はハイエンド設備製造産業である。")
    own = _passage("二、空間の分布 > （四）花園口エリア", "対日協力の重点方向は、航空・宇宙材料、新エネルギー材料などである。", rank=2, cid="d")
    result = _result(listing, own, named=("花園口エリア",), siblings=frozenset({"西中島エリア"}))
    assert not _in_scope(Unit(listing.chunk.text, listing, 1, 1.0), result)
    assert _in_scope(Unit(own.chunk.text, own, 2, 1.0), result)
    answer = ExtractiveAnswerer().answer(question, result)
    assert "航空・宇宙材料" in answer.text and "ハイエンド" not in answer.text


@pytest.mark.parametrize("question, parts", [
    ("大連市中心部からの距離と重点分野を教えて。", [["大連", "中心", "距離"], ["重点", "分野"]]),
    ("名前と住所を教えてください", [["名前"], ["住所"]]),
    ("日本と中国の関係はどうですか", []),  # 中国の関係: と joins what modifies one noun
    ("SHINみなとみらいはいつ開設されましたか？", []),  # the と inside a name
])
def test_two_things_asked_together_are_two_parts(question, parts):
    from assistant.extractive import _nfkc, _question_parts

    assert _question_parts(_nfkc(question)) == parts


def test_a_compound_ending_in_a_classifier_is_judged_by_its_own_words():
    # 重点分野 asked, 重点方向 written: not refused as absent
    text = "西中島エリアは大連市中心部から 65 キロとなる。対日協力の重点方向は、化学工業新材料、機能化学品などの産業協力である。"
    result = _result(_passage("二、空間の分布 > （三）西中島エリア", text))
    answer = ExtractiveAnswerer().answer("西中島エリアの大連市中心部からの距離と重点分野を教えて。", result)
    assert not answer.refused
    assert "65 キロ" in answer.text and "化学工業新材料" in answer.text


def test_each_section_the_question_names_gets_a_unit():
    # (the second section's lines score lower: its passage ranks lower and its date shares a line)
    a = _passage("(2) ベンチャー支援 > イ 拠点", "ｂ AGORA Hon-atsugi\n開設年月日 令和４年７月 15日\n施設運営者 株式会社小田急", cid="a")
    b = _passage("(2) ベンチャー支援 > イ 拠点", "ｃ ARUYO ODAWARA 所在地 小田原市栄町２-12-10 １階 開設年月日 令和４年９月 30日",
                 rank=3, cid="b")
    result = _result(a, b, named=("AGORA Hon-atsugi", "ARUYO ODAWARA"), siblings=frozenset({"HATSU鎌倉"}))
    answer = ExtractiveAnswerer().answer("AGORA Hon-atsugiとARUYO ODAWARAの開設日をそれぞれ教えてください。", result)
    assert "令和４年７月 15日" in answer.text and "令和４年９月 30日" in answer.text


def test_a_sentence_counting_within_the_one_before_is_read_with_it():
    from assistant.extractive import units_in_items

    line = ("産業集積奨励金\t次の要件等を満たす企業に対し、不動産取得税1/2相当額（上限1億円）を交付する。 <対象産業> ロボット関連"
            "（さがみロボット産業特区に立地するものに限る） <投資額> 大企業30億円以上、中小企業0.7億円以上 <雇用人数> 大企業50人以上"
            "\t全て\t・特区区域内においては、累計で認定実績6件。そのうち交付実績は5件。（令和元年度で交付終了）\t神奈川県")
    units = [u for u, _, _ in units_in_items(line)]
    joined = next(u for u in units if u.endswith("そのうち交付実績は5件。"))
    assert "認定実績6件。" in joined and joined in line  # verbatim, both sentences
    # (placed before the first of the two, so the unit before it still names their subject)
    assert units.index(joined) < units.index("そのうち交付実績は5件。")


def test_question_bigrams_are_never_made_across_a_removed_particle():
    answerer = ExtractiveAnswerer()
    weights = answerer._question_weights("株洲について、そこは国のどんな構想の中で", [_passage("s", "株洲の構想")])
    assert "洲そ" not in weights and "国構" not in weights and "想中" not in weights
    assert {"株洲", "構想"} <= set(weights) and all(len(g) == 2 for g in weights)


def test_a_survey_of_another_year_does_not_answer_the_asked_year():
    from assistant.extractive import Unit, _other_year

    unit = Unit("民間の調査（2024年）によると、県内に本社を置く外国企業は 302社で", _passage("s", "x"), 1, 1.0)
    assert _other_year("県内に本社を置く外国企業の数、2023年の調査では何社でしたか?", unit)
    assert not _other_year("県内に本社を置く外国企業の数、2024年の調査では何社でしたか?", unit)


@pytest.mark.parametrize("question, parts", [
    ("小田原の拠点のほうは、いつオープンでどこが運営してるんでしょう？", [["オープン"], ["運営"]]),
    ("どこの大学と何を開発していますか", [["大学"], ["開発"]]),
    ("工場はどのくらいの生産能力がありますか", []),  # one interrogative (どのくらいの)
])
def test_two_interrogatives_in_one_clause_are_two_parts(question, parts):
    from assistant.extractive import _nfkc, _question_parts

    assert _question_parts(_nfkc(question)) == parts


def test_a_part_is_answered_from_the_lead_passage_before_a_sibling():
    # the sibling hub's 施設運営者 line speaks of 運営 too, but not of the hub asked about
    own = _passage("イ 拠点 > ｃ ARUYO ODAWARA", "ｃ ARUYO ODAWARA\n所在地 小田原市栄町２-12-10\n開設年月日 令和４年９月 30日\n"
                   "施設の機能 シェアオフィス、会議室\n施設運営者 一般財団法人 八三財団", cid="own")
    other = _passage("イ 拠点 > ｂ AGORA Hon-atsugi", "開設年月日 令和４年７月 15日 施設運営者 株式会社小田急ＳＣディベロップメント",
                     rank=2, cid="other")
    answer = ExtractiveAnswerer().answer("小田原の拠点の施設は、いつオープンでどこが運営してるんでしょう？", _result(own, other))
    assert "八三財団" in answer.text


def test_a_part_is_answered_by_the_unit_holding_most_of_its_words():
    lead = _passage("二、空間の分布 > （1）新日本工業団地エリア",
                    "新日本工業団地エリアは金普新区に位置し、計画面積は約 28 ㎢である。\n重点开展高端装备制造与新材料 西中島エリア（5㎢）")
    kin = _passage("二、空間の分布 > （1）新日本工業団地エリア",
                   "新材料産業については、主に自動車用新型金属材料、高分子新材料の研究開発と生産を中心とする。", rank=2, cid="k")
    answer = ExtractiveAnswerer().answer("新日本工業団地エリアの計画面積と、新材料産業で中心にする分野を教えてください。", _result(lead, kin))
    assert "28 ㎢" in answer.text and "自動車用新型金属材料" in answer.text


def test_a_table_row_labelled_by_another_year_answers_no_asked_year():
    from assistant.extractive import Unit, _other_year

    unit = Unit("年度 目標値（社） 実績値（社） 達成率（％） 令和４年度 12 14 117", _passage("s", "x"), 1, 1.0)
    assert _other_year("モビリティ関連企業の新規立地、令和6年度について、何社ですか?", unit)
    assert not _other_year("モビリティ関連企業の新規立地、令和4年度について、何社ですか?", unit)


def test_a_count_as_of_another_year_answers_no_asked_year():
    from assistant.extractive import Unit, _other_year

    unit = Unit("2017年時点で1,772社（瀋陽市195社、大連市1,550社）の日系企業が進出しています", _passage("s", "x"), 1, 1.0)
    assert _other_year("遼寧省に進出している日系企業の数、2023年時点の数字ってありますか?", unit)
    assert not _other_year("遼寧省に進出している日系企業の数、2017年時点では?", unit)


def test_a_carried_topic_word_of_a_sibling_refuses_nothing():
    # 計画面積 was asked of 松木島エリア; the follow-up asks 花園口エリア, whose section says 面積 only
    own = _passage("（2）松木島エリア > （四）花園口エリア", "花園口エリアは東西にわたる二つの区域からなり、面積が 5㎢である。\n"
                   "東部区域の面積は 3.8㎢である。\n西部区域の面積は 1.2㎢である。")
    sibling = _passage("（2）松木島エリア > （一）松木島化工パーク", "計画面積は 14.92 ㎢である。", rank=2, cid="s")
    result = _result(own, sibling, named=("花園口エリア",), siblings=frozenset({"松木島化工パーク"}))
    answer = ExtractiveAnswerer().answer(
        "花園口エリアって計画面積について、花園口エリアはどうですか?東と西の二つの区域の広さも知りたいです。", result)
    assert not answer.refused and "3.8㎢" in answer.text


def test_a_whole_sentence_goes_before_the_line_cut_from_it():
    text = ("計画面積は約 28 ㎢で、第 4 世代の産業核心エリア金普新区（42.92 ㎢，新日本\n"
            "工業団地エリア、松木島エリアを含む）の重要な構成部分である。")
    answerer = ExtractiveAnswerer()
    qn = "金普新区は面積どのくらいで、どのエリアを含んでますか？"
    passages = [_passage("二、空間の分布", text)]
    units = answerer._score_units(qn, passages, answerer._question_weights(qn, passages))
    tied = [u for u in units if u.score == units[0].score]
    assert len(tied) >= 2 and units[0].text.endswith("。")  # the sentence, not the cut line


def test_a_list_of_the_asked_kind_is_quoted_whole():
    plan = _passage("４．今後の予定", "令和７年度は、ランドン省で農業分野の技術研修生の受入れを始める予定である。", cid="p",
                    title="ランドン省との覚書の概要")
    listed = _passage("２．協力分野", "(1) 貿易及び投資の促進\n(2) 農業及び食品加工\n(3) 産業人材の育成\n(4) 観光交流",
                      rank=2, cid="l", title="ランドン省との覚書の概要")
    answer = ExtractiveAnswerer().answer("ランドン省との覚書では、どんな分野で協力することになっていますか？", _result(plan, listed))
    lead = answer.text.splitlines()[0]
    assert all(item in lead for item in ("貿易及び投資の促進", "農業及び食品加工", "産業人材の育成", "観光交流"))
    # one item named by the question is that item's answer, not the list
    named = ExtractiveAnswerer().answer("協力分野の「観光交流」とはどんな分野ですか？", _result(listed))
    assert "貿易及び投資" not in named.text.splitlines()[0]


@pytest.mark.parametrize("question, parts", [
    # the 参加者 line answers one of three kinds asked: the text answers each
    ("外国企業誘致セミナーは、いつ、どこで、何名参加でしたか？", ("令和６年 11月 13日", "ホーチミン", "100名")),
    # the record's value holds every kind asked: it answers
    ("外国企業誘致セミナーの参加者は何名でしたか？", ("100名",)),
])
def test_a_record_answers_a_question_of_several_kinds_only_when_it_holds_each(question, parts):
    from assistant.normalize import expand_query
    from assistant.retrieval import RetrievalResult
    from assistant.types import Passage
    from corpus.chunking import Chunker
    from corpus.models import DocumentMeta, LoadedDocument
    from corpus.tables import extract_records

    text = ("ｆ 海外での外国企業誘致セミナー\n海外における誘致プロモーションを実施\n"
            "・開催日：令和６年 11月 13日\n・開催地：ベトナム・ホーチミン\n・参加者：100名\n")
    doc = LoadedDocument(doc_id="r.txt", path="r.txt", meta=DocumentMeta(file="r.txt", title="報告"), text=text,
                         content_hash="h", format="txt")
    chunks = Chunker().chunk(doc)
    result = RetrievalResult([Passage(chunk=chunks[0], rank=1, score=1.0)], expand_query(question), confidence=0.9,
                             records=extract_records(doc, chunks), chunks={c.id: c for c in chunks})
    answer = ExtractiveAnswerer().answer(question, result)
    assert not answer.refused and all(part in answer.text for part in parts)
