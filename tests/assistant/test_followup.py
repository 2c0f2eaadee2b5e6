"""Tests of assistant.followup: offline follow-up rewriting and the chat-model path (fake model)."""

from __future__ import annotations

import json
import logging

import pytest
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

from assistant.followup import REWRITE_SYSTEM_PROMPT, carry_topic, needs_context, rewrite_followup

# Two follow-up records of the dev set (/work/shared/evals/dev.jsonl), about bundled docs 000 and 004.
D002 = {
    "question": "その翌年に出された意見は、何という名前でしたか？",
    "history": [
        {"role": "user", "content": "遼寧省が2018年に発表した外資誘致の施策はどんなものですか？"},
        {"role": "assistant", "content": "外資系企業の誘致拡大に向けて、一定条件を満たした場合の奨励金支給や、医療・ヘルスケアを含む複数分野での外資参入の開放などが発表されています。"},
    ],
}
D018 = {
    "question": "令和2年度の実績は何件でしたか？",
    "history": [
        {"role": "user", "content": "京浜臨海部の特区で、医薬品や医療機器の新規開発件数の目標はどうなっていますか？"},
        {"role": "assistant", "content": "数値目標(4)として、医薬品・医療機器・再生医療等製品等の新規開発件数を5年間（平成29～令和3年度）の累計で8件と設定しています。"},
    ],
}
TOPIC_D018 = "京浜臨海部の特区で、医薬品や医療機器の新規開発件数の目標"
# the topic carried into a follow-up that names its own attribute (実績): the indicator, without 目標
ENTITY_D018 = "京浜臨海部の特区で、医薬品や医療機器の新規開発件数"


def _hist(*turns: str) -> list[dict]:
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


class TestRuleBased:
    def test_dev_d002_relative_year_and_topic(self):
        out = rewrite_followup(D002["question"], D002["history"])
        assert out == "遼寧省が2018年に発表した外資誘致について、2019年に出された意見は、何という名前でしたか？"

    def test_dev_d018_topic_carried(self):
        out = rewrite_followup(D018["question"], D018["history"])
        assert out == f"{ENTITY_D018}について、令和2年度の実績は何件でしたか？"

    def test_no_history_returns_the_question_unchanged(self):
        q = "  その翌年の実績は？ "
        assert rewrite_followup(q, []) is q

    @pytest.mark.parametrize(
        "question",
        [
            "HATSU鎌倉の所在地と開設日を教えてください。",
            "セレクト神奈川NEXTの支援内容が拡充されたのはいつですか？",
            "国際共同治験の件数、2017年度の実績は何件でしたか？",
            "神奈川県と遼寧省の覚書が再締結されたのはいつですか？",
            "大連市の人材政策は何と呼ばれていますか？",
            "ロボットの「プレ実証フィールド」は、どこの施設を活用して作られましたか？",
            "これまでに国家戦略特区で認定された事業はいくつありますか？",
            "遼寧省の総人口は何人ですか？",
        ],
    )
    def test_self_contained_questions_are_unchanged(self, question):
        assert not needs_context(question)
        assert rewrite_followup(question, D018["history"]) == question

    @pytest.mark.parametrize(
        "question, expected",
        [
            ("実績は？", f"{ENTITY_D018}について、実績は？"),
            ("令和2年度は？", f"{ENTITY_D018}について、令和2年度の実績は何件でしたか？"),
            ("では令和元年度は？", f"{ENTITY_D018}について、令和元年度の実績は何件でしたか？"),
            ("その翌年度の実績は？", f"{ENTITY_D018}について、令和3年度の実績は？"),
            ("前年は？", f"{ENTITY_D018}について、令和元年度の実績は何件でしたか？"),
            ("同年の件数は？", f"{ENTITY_D018}について、令和2年度の件数は？"),
            ("いくらですか？", f"{ENTITY_D018}について、いくらですか？"),
        ],
    )
    def test_second_follow_up_builds_on_the_first(self, question, expected):
        history = D018["history"] + _hist(D018["question"], "3件です。")
        assert needs_context(question)
        assert rewrite_followup(question, history) == expected

    @pytest.mark.parametrize(
        "reference, question, expected",
        [
            ("2018年", "その翌年の動きは？", "2019年"),
            ("2018年", "その前年の動きは？", "2017年"),
            ("2018年", "同年12月の動きは？", "2018年12月"),
            ("令和2年度", "翌年度の動きは？", "令和3年度"),
            ("令和2年度", "翌年の動きは？", "令和3年度"),  # after a fiscal year, 翌年 is the next fiscal year
            ("平成30年度", "翌年度の動きは？", "令和元年度"),  # the era changes with the year
            ("令和元年", "前年の動きは？", "平成30年"),
            ("令和6年度", "前の年度の動きは？", "令和5年度"),
            ("令和6年度", "その年度の動きは？", "令和6年度"),
        ],
    )
    def test_relative_years_resolved(self, reference, question, expected):
        history = _hist(f"さがみロボット産業特区の{reference}の実証実験件数は？", "12件です。")
        out = rewrite_followup(question, history)
        assert expected in out
        assert not any(w in out for w in ("翌年", "前年", "同年"))
        assert "さがみロボット産業特区" in out

    @pytest.mark.parametrize("question, expected", [
        # a change since a relative year runs from it to the year spoken of
        ("前の年度からどれくらい増えましたか？", "令和5年度から令和6年度にかけてどれくらい増えましたか"),
        # a relative year after another counts from that one, not from the conversation's
        ("その次の年度は前の年より増えましたか？", "令和7年度は令和6年度から令和7年度にかけて増えましたか"),
        # two backward references name the same year (a comparison does not move the year spoken of)
        ("それって前の年度と比べると増えてますか？前年度の件数もお願いします。", "令和5年度と比べると増えてますか?令和5年度の件数も"),
    ])
    def test_a_change_since_a_relative_year(self, question, expected):
        history = _hist("生活支援ロボットを体験する取組に参加した人数は、令和6年度でどのくらいですか？", "97,447人です。")
        out = rewrite_followup(question, history)
        assert expected in out
        assert out.startswith("生活支援ロボットを体験する取組に参加した人数")

    def test_year_only_question_replaces_the_year(self):
        history = _hist("さがみロボット産業特区の令和6年度の実証実験件数は？", "12件です。")
        assert rewrite_followup("令和5年度は？", history) == "さがみロボット産業特区の令和5年度の実証実験件数は？"
        assert rewrite_followup("2021年度では？", history) == "さがみロボット産業特区の2021年度の実証実験件数は？"

    def test_year_only_question_replaces_a_whole_range(self):
        history = _hist("ライフイノベーション特区の投資額の平成29～令和3年度の累計目標は？", "475億円です。")
        assert rewrite_followup("令和2年度は？", history) == "ライフイノベーション特区の投資額の令和2年度の累計目標は？"

    def test_year_added_when_the_previous_question_had_none(self):
        history = _hist("かなエールの掲載プロジェクト数は？", "4件です。")
        assert rewrite_followup("令和5年度は？", history) == "令和5年度のかなエールの掲載プロジェクト数は？"

    def test_pointer_to_the_reply_brings_its_names(self):
        history = _hist("神奈川県のベンチャー支援拠点にはどんなものがありますか？", "HATSU鎌倉とSHINみなとみらいがあります。")
        out = rewrite_followup("その開設日は？", history)
        assert out.startswith("神奈川県のベンチャー支援拠点・HATSU鎌倉")
        assert out.endswith("について、その開設日は？")

    @pytest.mark.parametrize("reply", [
        "平素より格別のご高配を賜り、厚く御礼申し上げます。ご担当者様 資料の該当箇所を引用します。出典欄をご確認ください。",
        "県税の増収効果の合計は13億291万円です[1]。令和７年１月末時点。\n・「セレクト神奈川ＮＥＸＴ 13億 291万円」[1]",
    ])
    def test_reply_wording_and_figures_are_no_topic(self, reply):
        history = [{"role": "user", "content": "セレクト神奈川NEXTによる県税の増収効果はどのくらいですか？"},
                   {"role": "assistant", "content": reply}]
        out = rewrite_followup("そのうち個人県民税はいくらですか？", history)
        assert "セレクト神奈川NEXT" in out and "個人県民税" in out
        for word in ("該当箇所", "出典欄", "担当者様", "御礼申", "13億", "時点"):
            assert word not in out

    @pytest.mark.parametrize("question, expected", [
        ("松木島エリアだとどうですか？", "松木島エリアは大連新空港からどのくらい離れていますか？"),
        ("花園口エリアはどうでしょうか？", "花園口エリアは大連新空港からどのくらい離れていますか？"),
    ])
    def test_the_same_question_asked_of_a_sibling(self, question, expected):
        history = _hist("新日本工業団地エリアは大連新空港からどのくらい離れていますか？", "約15キロです。")
        assert rewrite_followup(question, history) == expected

    @pytest.mark.parametrize("question, history, expected", [
        ("令和6年度の実績は？", ("生活支援ロボットの導入施設数の目標はどうなっていますか？", "500箇所です。"),
         "生活支援ロボットの導入施設数について、令和6年度の実績は？"),
        ("前年度と比べてどうですか？", ("セレクト神奈川NEXTの令和6年度の認定件数は？", "27件です。"),
         "セレクト神奈川NEXTの令和6年度の認定件数について、令和5年度と比べてどうですか？"),
    ])
    def test_the_attribute_asked_before_is_not_carried_when_another_is_asked(self, question, history, expected):
        # 目標 asked before and 実績 now: carrying 目標 would make the question ask for both;
        # a follow-up that names no attribute of its own (a comparison) keeps the one asked before
        assert rewrite_followup(question, _hist(*history)) == expected

    def test_a_part_of_what_was_named_carries_the_topic(self):
        history = _hist("大連モデル区の花園口エリアの面積はどのくらいですか？", "面積は5㎢です。")
        assert rewrite_followup("東側の区域はどのくらいの広さですか？", history) == (
            "大連モデル区の花園口エリアの面積について、東側の区域はどのくらいの広さですか？")

    @pytest.mark.parametrize("question, expected", [
        ("同じく、産学共同研究の件数の実績と目標は？", "京浜臨海部ライフイノベーション特区・令和6年度について、産学共同研究の件数の実績と目標は？"),
        ("同様に、令和5年度の特許出願件数は？", "京浜臨海部ライフイノベーション特区について、令和5年度の特許出願件数は？"),
    ])
    def test_likewise_asks_of_a_sibling_in_the_same_context(self, question, expected):
        # 同じく names a sibling of what was asked: the zone and the year are carried, the
        # previous indicator (機能性表示食品の届出件数) is not
        history = _hist("京浜臨海部ライフイノベーション特区で、機能性表示食品の届出件数の令和6年度実績を教えてください。",
                        "22件でした。")
        assert rewrite_followup(question, history) == expected

    def test_a_kind_reference_resolves_inside_a_carried_topic_of_several_names(self):
        history = _hist("ビンラム省ってどこにある省ですか？", "ベトナム北部です。", "人口はどれくらいですか？", "約162万人です。")
        assert "ビンラム省の面積" in rewrite_followup("その省の面積も教えてもらえますか。", history)

    def test_thanks_and_その次の年度_before_the_question(self):
        history = _hist("京浜臨海部の特区で、研修などの受入数って令和元年度の実績は何人でしたか？", "50,386人でした。")
        out = rewrite_followup("ありがとうございます。では、その次の年度は前の年より増えたんでしょうか？", history)
        assert out.endswith("令和2年度は令和元年度から令和2年度にかけて増えたんでしょうか？")
        assert "研修などの受入数" in out  # など is no interrogative どの

    def test_likewise_after_a_question_that_named_one_thing_carries_nothing(self):
        # 蕪湖 was the subject asked before, not a context the sibling 嘉興 shares
        history = _hist("蕪湖の強みって何でしたっけ？", "奇瑞汽車の本拠地として、NEV・EVの一大集積地へ成長しています。")
        out = rewrite_followup("同じく「1時間」がキーワードの嘉興は、どの二大都市を結ぶ結節点とされてますか？", history)
        assert "蕪湖" not in out and "嘉興" in out

    def test_a_why_question_about_a_figure_carries_the_topic(self):
        history = _hist("特区関連事業の就業者の増加数、令和2年度はどうでした？", "令和2年度は目標100人に対して実績が-18人でした。")
        assert needs_context("なんでマイナスになったんですか？")
        out = rewrite_followup("なんでマイナスになったんですか？", history)
        assert out.startswith("特区関連事業の就業者の増加数") and out.endswith("なんでマイナスになったんですか？")

    def test_a_sibling_asked_with_の方(self):
        history = _hist("大連モデル区の新日本工業団地エリアでは、日本とどんな分野で協力する予定ですか？", "新材料産業です。")
        assert rewrite_followup("花園口エリアの方はどうですか？", history) == "大連モデル区の花園口エリアでは、日本とどんな分野で協力する予定ですか？"

    def test_bare_noun_question_depends_on_context(self):
        history = _hist("SHINみなとみらいの所在地は？", "横浜市西区です。")
        assert rewrite_followup("HATSU鎌倉は？", history) == "SHINみなとみらいの所在地について、HATSU鎌倉は？"


class TestDevSet:
    def test_dev_questions_without_history_stay_unchanged(self, shared_corpus):
        records = [json.loads(line) for line in (shared_corpus.parent / "evals" / "dev.jsonl").open(encoding="utf-8")]
        changed = {r["id"] for r in records if "history" not in r
                   and rewrite_followup(r["question"], D018["history"]) != r["question"]}
        assert changed == {"d003"}  # its この (この…記事) is a real demonstrative

    def test_dev_follow_ups_mention_the_topic(self, shared_corpus):
        records = [json.loads(line) for line in (shared_corpus.parent / "evals" / "dev.jsonl").open(encoding="utf-8")]
        followups = [r for r in records if r["category"] == "followup"]
        assert followups
        for r in followups:
            out = rewrite_followup(r["question"], r["history"])
            assert needs_context(r["question"])
            assert out != r["question"] and len(out) > len(r["question"]) and "について、" in out, (r["id"], out)


class RecordingFakeChatModel(BaseChatModel):
    """A fake chat model (no network): returns `reply` and records the messages it was sent."""

    reply: str = ""
    seen: list = Field(default_factory=list)

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        self.seen.append(messages)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self.reply))])

    @property
    def _llm_type(self) -> str:
        return "recording-fake"


class BrokenFakeChatModel(BaseChatModel):
    """A fake chat model (no network) that always fails like an unreachable server."""

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        raise ConnectionError("fake server unreachable")

    @property
    def _llm_type(self) -> str:
        return "broken-fake"


class TestWithChatModel:
    def test_model_rewrite_is_used(self):
        model = FakeListChatModel(responses=["遼寧省が2019年に出した、対外開放に関する意見の名前は何ですか？"])
        out = rewrite_followup(D002["question"], D002["history"], chat_model=model)
        assert out == "遼寧省が2019年に出した、対外開放に関する意見の名前は何ですか？"

    def test_prompt_holds_the_history_and_the_question(self):
        model = RecordingFakeChatModel(reply="書き換えた質問: 「京浜臨海部の新規開発件数、令和2年度の実績は？」\n（説明）")
        out = rewrite_followup(D018["question"], D018["history"], chat_model=model)
        assert out == "京浜臨海部の新規開発件数、令和2年度の実績は？"  # label, quotes and extra lines removed
        (messages,) = model.seen
        assert isinstance(messages[0], SystemMessage) and messages[0].content == REWRITE_SYSTEM_PROMPT
        assert isinstance(messages[1], HumanMessage)
        human = messages[1].content
        assert "ユーザー: 京浜臨海部の特区で、医薬品や医療機器の新規開発件数の目標はどうなっていますか？" in human
        assert "アシスタント: 数値目標(4)として" in human
        assert human.rstrip().endswith("最新の質問: 令和2年度の実績は何件でしたか？\n\n書き換えた質問:")

    def test_generic_fake_model(self):
        model = GenericFakeChatModel(messages=iter([AIMessage(content="さがみロボット産業特区の令和5年度の実証実験件数は？")]))
        history = _hist("さがみロボット産業特区の令和6年度の実証実験件数は？", "12件です。")
        assert rewrite_followup("前年度は？", history, chat_model=model) == "さがみロボット産業特区の令和5年度の実証実験件数は？"

    def test_no_history_does_not_call_the_model(self):
        model = RecordingFakeChatModel(reply="違う質問")
        assert rewrite_followup("実績は？", [], chat_model=model) == "実績は？"
        assert model.seen == []

    def test_failure_falls_back_to_rules_with_a_warning(self, caplog):
        with caplog.at_level(logging.WARNING, logger="assistant.followup"):
            out = rewrite_followup(D018["question"], D018["history"], chat_model=BrokenFakeChatModel())
        assert out == f"{ENTITY_D018}について、令和2年度の実績は何件でしたか？"
        assert "ConnectionError: fake server unreachable" in caplog.text

    @pytest.mark.parametrize("reply", ["", "  \n ", "「」", "あ" * 400])
    def test_unusable_output_falls_back_to_rules(self, reply, caplog):
        with caplog.at_level(logging.WARNING, logger="assistant.followup"):
            out = rewrite_followup(D002["question"], D002["history"], chat_model=RecordingFakeChatModel(reply=reply))
        assert out.startswith("遼寧省が2018年に発表した外資誘致について、2019年に")
        assert "unusable output" in caplog.text


def test_carry_topic_prefixes_the_latest_topic_even_without_a_demonstrative():
    from assistant.followup import carry_topic

    history = [
        {"role": "user", "content": "遼寧省の国外企業等とのコラボレーションについて教えてください。"},
        {"role": "assistant", "content": "介護分野での人材交流などがあります。"},
    ]
    assert carry_topic("どんな分野を中心にするとしていますか？", history) == (
        "遼寧省の国外企業等とのコラボレーションについて、どんな分野を中心にするとしていますか？"
    )
    assert carry_topic("遼寧省の国外企業等とのコラボレーションの事例は？", history) == "遼寧省の国外企業等とのコラボレーションの事例は？"
    assert carry_topic("何ですか？", []) == "何ですか？"


class TestReferences:
    """Follow-up forms of the probe set (evals/sets/probe.jsonl), each read from the structure of
    the question rather than from its words."""

    def test_a_sibling_replaces_the_name_of_its_own_kind(self):
        history = _hist("大連モデル区の西中島エリアは、大連新空港からどのくらい離れていますか？", "45キロです。")
        assert rewrite_followup("花園口エリアだとどうですか？", history) == (
            "大連モデル区の花園口エリアは、大連新空港からどのくらい離れていますか？")

    def test_a_demonstrative_subject_is_no_sibling(self):
        history = _hist("神奈川県の産業集積奨励金はどんな制度ですか？", "不動産取得税1/2相当額を交付する制度です。")
        out = rewrite_followup("当該制度の特区区域内での実績はどうなっていますか？", history)
        assert out == "神奈川県の産業集積奨励金について、当該制度の特区区域内での実績はどうなっていますか？"

    def test_that_kind_is_the_name_of_that_kind_in_the_topic(self):
        history = _hist("松木島エリアでは、どんな分野を重点に日本と協力するのですか？", "新型高分子材料、半導体新材料などです。[1]")
        # the name replaces そのエリア and the reply's words are not added
        assert rewrite_followup("そのエリアは最終的にどんな産業基地を目指していますか？", history) == (
            "松木島エリアは最終的にどんな産業基地を目指していますか？")

    def test_a_relative_year_with_its_own_subject_stands_alone(self):
        history = _hist("特区関連事業の研修等の受入数、平成30年度の実績は？", "46,785人です。")
        assert rewrite_followup("同年の就業者の増加数はどうでしたか？", history) == "平成30年度の就業者の増加数はどうでしたか？"

    @pytest.mark.parametrize("question", ["第2期の実績はどうでしたか？", "初年度の平成29年度はどうでしたか？"])
    def test_a_period_is_no_topic(self, question):
        assert needs_context(question)


def test_a_conversation_keeps_the_names_it_started_with():
    history = _hist("記事で取り上げられている江蘇省の都市はどこですか？", "徐州です。",
                    "地方政府はどんな支援策を使っていますか？", "設備更新補助金を投入しています。")
    out = carry_topic("人材面ではどこの大学と連携していますか？", history)
    assert out.startswith("江蘇省") and "地方政府" in out and out.endswith("人材面ではどこの大学と連携していますか？")


def test_そこ_points_at_a_name_the_reply_gave_not_at_its_facts():
    history = [
        {"role": "user", "content": "大連のモデル区の西中島エリアでは、日本とどんな分野で協力するんですか？"},
        {"role": "assistant", "content": "西中島エリアの対日協力の重点方向は、化学工業新材料、機能化学品、医薬化学品です[1]。"},
    ]
    out = rewrite_followup("そこは大連市の中心部からどれくらい離れていますか？", history)
    assert "西中島エリア" in out and "化学工業新材料" not in out and "重点方向" not in out
    history = [
        {"role": "user", "content": "外国企業が初めて拠点を置くとき、県の無料オフィスを使えると聞きました。"},
        {"role": "assistant", "content": "はい。ビジネスサポートセンター（IBSC）で、無料スタートアップオフィスを提供しています[1]。"},
    ]
    out = rewrite_followup("そこは何部屋ありますか？", history)
    assert "ビジネスサポートセンター" in out and "スタートアップオフィス" not in out


def test_an_argument_of_the_asked_predicate_is_not_carried_as_topic():
    # 「西中島エリアでは、日本とどんな分野で」: 日本と is part of what was asked, not the topic
    history = [
        {"role": "user", "content": "大連のモデル区の西中島エリアでは、日本とどんな分野で協力するんですか？"},
        {"role": "assistant", "content": "化学工業新材料などです[1]。"},
    ]
    assert rewrite_followup("そこは空港からどれくらい離れていますか？", history).startswith("大連のモデル区の西中島エリアについて、")
    # 「…特区では、導入施設数の目標はどう」: the indicator after the comma is the topic's own part
    history = [
        {"role": "user", "content": "さがみロボット産業特区では、生活支援ロボットの導入施設数の目標はどうなっていますか？"},
        {"role": "assistant", "content": "累計で500箇所を目標としています[1]。"},
    ]
    assert "導入施設数" in rewrite_followup("令和6年度の実績は？", history)


@pytest.mark.parametrize("question, own", [
    ("省のレベルでは、誰が招集する調整の仕組みになっていますか？", True),
    ("では、松木島エリアは、どんな産業ですか？", True),
    ("具体的にはどんな事業を推進中とされていますか？", False),
    ("どんな分野を中心にするとしていますか？", False),
])
def test_a_question_may_set_its_own_subject(question, own):
    from assistant.followup import sets_own_subject

    assert sets_own_subject(question) is own


def test_そこ_after_a_question_that_asked_attributes_carries_the_place_only():
    history = [
        {"role": "user", "content": "鎌倉にある起業家の創出拠点の名前と住所を教えてください。"},
        {"role": "assistant", "content": "HATSU鎌倉で、所在地は鎌倉市大町１丁目９－22です[1]。"},
    ]
    out = rewrite_followup("そこを運営しているのはどこですか？開設はいつ？", history)
    assert "HATSU鎌倉" in out and "住所" not in out and "名前" not in out


def test_an_argument_after_a_topic_without_a_comma_is_not_carried():
    # 「…モデル区で、松木島エリアは日本とどんな分野で」: the topic ends at the last は
    history = [
        {"role": "user", "content": "大連の中日地方発展協力モデル区で、松木島エリアは日本とどんな分野で協力しますか？"},
        {"role": "assistant", "content": "ハイエンド設備製造です[1]。"},
    ]
    out = rewrite_followup("そのエリアの広さは？", history)
    assert "松木島エリア" in out and "日本" not in out


def _exchange(user: str, reply: str) -> list[dict]:
    """A conversation of one question and its reply."""
    return [{"role": "user", "content": user}, {"role": "assistant", "content": reply}]


@pytest.mark.parametrize("question, topic", [
    ("神奈川インダストリアルパーク事業というのはどういう事業ですか？", "神奈川インダストリアルパーク事業"),
    # a yes/no question's verb is no part of its topic
    ("国外企業とのコラボレーション事例は紹介されていますか？", "国外企業とのコラボレーション事例"),
    ("遼寧省の国外企業との協力の状況を知りたいです。", "遼寧省の国外企業との協力の状況"),
    ("遼寧省にとって、日本は貿易相手としてどんな位置づけなんですか？", "遼寧省にとって、日本は貿易相手"),
    ("中国10都市の記事で、株洲はどんな産業の都市として紹介されていますか？", "中国10都市の記事で、株洲"),
])
def test_the_topic_of_a_question_is_a_noun_phrase(question, topic):
    from assistant.followup import _topic_phrase

    assert _topic_phrase(question) == topic


def test_a_bare_それ_after_a_named_programme_points_at_the_programme():
    history = _exchange("神奈川インダストリアルパーク事業というのはどういう事業ですか？",
                        "県内中小企業の進出ニーズが高いベトナムで、6つの工業団地と2つのオフィス運営会社と連携し、"
                        "進出の準備段階から操業後まで総合的にサポートする事業です。")
    out = rewrite_followup("これまでにそれを使って進出した企業は何社ありますか？", history)
    assert out.startswith("神奈川インダストリアルパーク事業について、") and "ベトナム" not in out
    # それ after a clause (not a name) still points at what the reply said
    history = _exchange("遼寧省は、日本企業など海外のライフサイエンス企業に対してどんな支援をしていますか？",
                        "資料によると、国外のライフサイエンス関連企業に対しては、市場情報提供/市場調査支援などが提供されています。")
    assert "市場情報提供" in rewrite_followup("それは何に基づいた情報なんでしょうか？", history)


def test_a_follow_up_in_its_own_time_carries_no_year():
    history = _exchange("海外での外国企業誘致セミナー、2024年度はどこでやりました？",
                        "令和6年11月13日にベトナム・ホーチミンで開催し、参加者は100名でした。")
    from assistant.followup import carry_topic

    for out in (rewrite_followup("今年度はどこで開催する予定ですか？", history), carry_topic("今年度はどこで開催する予定ですか？", history)):
        assert "2024" not in out and "今年度" in out
    assert "外国企業誘致セミナー" in carry_topic("今年度はどこで開催する予定ですか？", history)
    assert "2024年度" in carry_topic("参加者は何名でしたか？", history)  # no time of its own: the year is carried


def test_an_attribute_asked_next_keeps_the_year_asked_before():
    # 「2019年度の目標は」, then 「で、実績は？」: the 2019年度 actual, not the latest (probe16 c042)
    history = _exchange("特区関連事業の就業者の増加数、2019年度の目標は何人でしたか？", "令和元年度の目標値は200人です[1]。")
    out = rewrite_followup("で、実績は？", history)
    assert "2019年度" in out and "特区関連事業の就業者" in out and "目標" not in out
    assert not out.startswith("で、") and "、で、" not in out  # a leading 「で、」 is a connective
    # a follow-up that names its own year does not take the one asked before
    assert "2019" not in rewrite_followup("2020年度の実績は？", history)


def test_その事業_is_the_programme_the_reply_quotes_when_the_topic_names_none():
    history = _exchange("ベトナムで県が工業団地と組んでやっている進出支援、これまで何社くらい進出していますか？",
                        "「神奈川インダストリアルパーク事業」では、平成27年度からの累計で13社が進出しています[1]。")
    out = rewrite_followup("その事業で連携しているオフィスはどこですか？", history)
    assert "神奈川インダストリアルパーク事業で連携しているオフィス" in out and "その事業" not in out


@pytest.mark.parametrize("asked, reply, question, topic, gone", [
    # a sibling of the same kind replaces its kin (って marks the topic like は; 大連市中心部から
    # belongs to what was asked of it)
    ("大連のモデル区の松木島エリアって、大連市中心部からどのくらい？", "大連市中心部から60キロです。",
     "じゃあ西中島エリアの方は？大連市中心部からの距離と重点分野を教えて。", "大連のモデル区の西中島エリア", "松木島"),
    # another one of the kind, named otherwise (のほう): the one spoken of is dropped
    ("起業家の創出拠点のHATSU鎌倉は、いつ開設されたんですか？", "令和元年11月26日です。",
     "小田原の拠点のほうは、いつオープンでどこが運営してるんでしょう？", "起業家の創出拠点", "HATSU"),
])
def test_a_follow_up_about_another_one_of_the_kind(asked, reply, question, topic, gone):
    from assistant.followup import carry_topic

    history = _exchange(asked, reply)
    out = rewrite_followup(question, history)
    out = out if out != question else carry_topic(question, history)  # (as the service retries it)
    assert out.startswith(f"{topic}について、") and gone not in out


def test_a_demonstrative_that_names_its_own_noun_carries_no_reply_words():
    history = _exchange("貴陽にデータセンターが集まった理由は何ですか？",
                        "冷涼な気候と、安定した水力発電による安くてグリーンな電力を活かしたとされています。")
    out = rewrite_followup("その涼しい気候って、年平均気温だと何度くらいなんですか？", history)
    assert "貴陽" in out and "水力発電" not in out and "グリーン" not in out
    # その情報: 情報 is no word of the reply, which is what it points at
    history = _exchange("遼寧省にとって、日本は貿易相手としてどんな位置づけなんですか？",
                        "同省の2016年の貿易額では日本が1位とされています。")
    assert "貿易額" in rewrite_followup("その情報の出典はどこになってますか？", history)


def test_a_comparison_with_the_reply_carries_its_topic_not_its_breakdown():
    history = _exchange("これまでの企業誘致施策で、セレクト神奈川100の立地支援件数は何件でした？",
                        "セレクト神奈川100の立地支援件数は180件（うち県外・国外からの立地110件）です[1]。")
    out = rewrite_followup("NEXTのほうがそれより多いんですよね？何件差ですか？", history)
    assert "セレクト神奈川100" in out and "立地支援件数" in out and "県外" not in out


def test_そこ_points_at_a_place_the_reply_names_outside_its_quotes():
    history = _exchange("中国の地方都市のコラムで、鉄道の軌道交通産業で伸びてる都市ってどこでした？",
                        "株洲です。「電力機関車の故郷」から軌道交通産業クラスターへ変貌したと紹介されています[1]。")
    out = rewrite_followup("そこってどこの省ですか？", history)
    assert "株洲" in out and "電力機関車" not in out
