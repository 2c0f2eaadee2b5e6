"""Tests of assistant.answering: one Answerer protocol, reply mode in one place, resets.

The offline backend runs on the real small index; LLM faults use the FAKE server (exact text,
a connection dropped after exact chunks), the real-server path is in test_llm_server.py.
"""

from __future__ import annotations

import pytest
from fake_openai_server import FakeOpenAIServer
from events import shown_text

from assistant.answering import Answerer, ExtractiveBackend, FallbackAnswerer, answer_events
from assistant.extractive import ExtractiveAnswerer
from assistant.llm import LLMAnswerer
from assistant.reply import compose_reply, reply_opening
from assistant.types import FinalEvent, ResetEvent, TextDelta, WarningEvent

QUESTION = "遼寧省とのMOUの締結時期は？"


@pytest.fixture(scope="module")
def result(small_assistant):
    return small_assistant.retrieve(QUESTION, top_k=5)


def llm(server: FakeOpenAIServer, small_assistant) -> LLMAnswerer:
    settings = small_assistant.settings.with_(openai_base_url=server.base_url, llm_model="fake-model",
                                              llm_timeout=5.0, llm_max_retries=0)
    return LLMAnswerer(settings)


def test_both_backends_implement_the_protocol(small_assistant):
    assert isinstance(ExtractiveBackend(), Answerer)
    assert isinstance(LLMAnswerer(small_assistant.settings), Answerer)
    assert isinstance(FallbackAnswerer(ExtractiveBackend(), ExtractiveBackend()), Answerer)


def test_extractive_answer_keeps_its_signature(result):
    answer = ExtractiveAnswerer().answer(QUESTION, result)
    assert "2018年5月8日" in answer.text and answer.backend == "extractive"


class TestModes:
    def test_answer_mode_streams_the_extractive_answer(self, result):
        events = list(answer_events(ExtractiveBackend(), QUESTION, result, mode="answer"))
        final = events[-1].answer
        assert isinstance(events[-1], FinalEvent)
        assert [type(e) for e in events] == [TextDelta, FinalEvent]
        assert shown_text(events) == final.text and "2018年5月8日" in final.text
        assert final.mode == "answer"

    def test_reply_mode_frames_the_same_body_once(self, result):
        body = ExtractiveAnswerer().answer(QUESTION, result)
        events = list(answer_events(ExtractiveBackend(), QUESTION, result, mode="reply"))
        final = events[-1].answer
        assert final.mode == "reply"
        assert final.text == compose_reply(body.text, body.citations, refused=False)
        assert events[0] == TextDelta(reply_opening())  # the opening streams before the body
        assert not any(isinstance(e, ResetEvent) for e in events)
        assert shown_text(events) == final.text

    def test_llm_reply_body_is_framed_the_same_way(self, result, small_assistant):
        with FakeOpenAIServer() as server:
            server.reply("締結日は2018年5月8日でございます[1]。")
            events = list(answer_events(llm(server, small_assistant), QUESTION, result, mode="reply"))
        final = events[-1].answer
        assert final.text.startswith(reply_opening() + "締結日は2018年5月8日でございます[1]。\n\n")
        assert final.text.split("出典\n")[-1].startswith("[1] ")
        assert shown_text(events) == final.text

    def test_refusal_in_reply_mode_is_the_polite_letter_after_a_reset(self, result, small_assistant):
        with FakeOpenAIServer() as server:
            server.reply("資料に記載が見当たりません。")
            events = list(answer_events(llm(server, small_assistant), QUESTION, result, mode="reply"))
        final = events[-1].answer
        assert final.refused and "改めてご連絡いたします" in final.text
        assert any(isinstance(e, ResetEvent) for e in events)
        assert shown_text(events) == final.text

    def test_validation_notes_replace_the_streamed_text(self, result, small_assistant):
        with FakeOpenAIServer() as server:
            server.reply("締結日は2018年5月8日です[1][9]。")
            events = list(answer_events(llm(server, small_assistant), QUESTION, result))
        final = events[-1].answer
        assert final.text == "締結日は2018年5月8日です[1]。"
        assert [e.reason for e in events if isinstance(e, ResetEvent)] == ["revised"]
        assert shown_text(events) == final.text

    def test_unknown_mode(self, result):
        with pytest.raises(ValueError, match="mode must be one of .*got 'poem'"):
            list(answer_events(ExtractiveBackend(), QUESTION, result, mode="poem"))


class TestFallback:
    def test_failure_mid_stream_resets_then_warns_then_answers_offline(self, result, small_assistant):
        with FakeOpenAIServer() as server:
            server.broken("締結日は2018年5月8日です[1]。" * 3, after_chunks=3, chunk_size=4)
            answerer = FallbackAnswerer(llm(server, small_assistant), ExtractiveBackend())
            events = list(answer_events(answerer, QUESTION, result))
        kinds = [type(e) for e in events]
        reset_at = kinds.index(ResetEvent)
        assert kinds[:reset_at] == [TextDelta] * 3  # the partial LLM text ...
        assert kinds[reset_at + 1] is WarningEvent  # ... is dropped before the warning
        final = events[-1].answer
        assert final.backend == "extractive"
        assert final.warnings[0] == events[reset_at + 1].message
        assert "オフラインの抽出回答" in final.warnings[0]
        assert shown_text(events) == final.text and "締結日は" not in final.text

    def test_failure_before_any_text_needs_no_reset(self, result, small_assistant):
        with FakeOpenAIServer() as server:
            server.error(500)
            answerer = FallbackAnswerer(llm(server, small_assistant), ExtractiveBackend())
            events = list(answer_events(answerer, QUESTION, result, mode="reply"))
        assert not any(isinstance(e, ResetEvent) for e in events)
        final = events[-1].answer
        assert final.backend == "extractive" and final.mode == "reply"
        assert shown_text(events) == final.text
