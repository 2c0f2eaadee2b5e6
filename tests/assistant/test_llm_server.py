"""The LLM path end to end against a REAL OpenAI-compatible server: llama-cpp-python's llama.cpp
server with the packaged Gemma 3 270M GGUF on loopback (tests/llama_server.py, the README's
recipe), through the real ChatOpenAI / openai client, Assistant, eval runner and Gradio.

The model is a tiny base model: it mostly echoes its prompt and never writes [n] by itself.
Where a test needs markers and figures, the request carries a llama.cpp `grammar` (constrained
decoding, a real server feature) that only fixes the shape "text [n]。"; the words, figures and
marker numbers are still the model's. So the assertions are about plumbing: what the product
makes of whatever the model writes.

Skipped with the reason when llama-cpp-python[server] or the model package is not installed
(`pip install -r requirements-llm.txt`; .ci/run installs both).
"""

from __future__ import annotations

import json
import os
import re
import socket

import pytest
from llama_server import MODEL_ALIAS, LlamaServer, missing_reason, model_path
from events import shown_text

from assistant.answering import ExtractiveBackend
from assistant.citations import number_passages, validate_answer
from assistant.errors import LLMContextError
from assistant.llm import REWRITE_MAX_TOKENS, TRUNCATED_NOTE, LLMAnswerer, chat_openai
from assistant.reply import reply_opening
from assistant.service import Assistant
from assistant.types import FinalEvent, ResetEvent, SourcesEvent, TextDelta, WarningEvent

pytestmark = pytest.mark.slow

N_CTX = 2048  # the server's window; the product is told the same with LLM_CONTEXT_TOKENS
MOU_Q = "神奈川県と遼寧省がMOUを締結したのはいつですか？"
KPI_Q = "さがみロボット産業特区の実証実験等の実施件数の令和6年度の実績は？"

# Two sentences "text [n]。", each with at most one figure; n in 1..4 (4 may point nowhere).
CITED_SENTENCES = r"""root ::= sentence sentence
sentence ::= text number? text "[" [1-4] "]。"
text ::= [^\[\]。\n<>0-9０-９]{2,20}
number ::= [1-9] [0-9]{0,3}"""
# The judge's reply shape: {"supported": true|false, "reason": "..."}.
VERDICT = r"""root ::= "{\"supported\": " ("true" | "false") ", \"reason\": \"" [^"\n\\]{0,20} "\"}" """


@pytest.fixture(scope="session")
def gguf(tmp_path_factory):
    reason = missing_reason()
    if reason and os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI must run the real-server tests: {reason}")  # .ci/run installs the server
    if reason:
        pytest.skip(reason)
    return model_path(tmp_path_factory.mktemp("gguf"))


@pytest.fixture(scope="session")
def llama_server(gguf, tmp_path_factory):
    with LlamaServer(gguf, tmp_path_factory.mktemp("llama") / "server.log", n_ctx=N_CTX) as server:
        yield server


@pytest.fixture
def doomed_server(gguf, tmp_path):
    """A second server that a test kills mid-answer."""
    with LlamaServer(gguf, tmp_path / "doomed.log", n_ctx=N_CTX) as server:
        yield server


def llm_settings(small_assistant, base_url: str, **changes):
    values = dict(openai_base_url=base_url, llm_model=MODEL_ALIAS, llm_system_role="user", llm_context_tokens=N_CTX,
                  llm_max_tokens=64, llm_timeout=180.0, llm_max_retries=0)
    return small_assistant.settings.with_(**{**values, **changes})


def assistant_on(small_assistant, settings, *, grammar: str | None = None) -> Assistant:
    """An Assistant on the shared small index whose LLM is the real server (steered by `grammar`)."""
    assistant = Assistant(settings, index=small_assistant.index)
    if grammar is not None:
        model = chat_openai(settings, timeout=settings.llm_timeout, max_retries=0, max_tokens=settings.llm_max_tokens,
                            streaming=True, extra_body={"grammar": grammar})
        assistant._llm = LLMAnswerer(settings, chat_model=model)
    return assistant


def offline_answer(small_assistant, question: str, top_k: int = 3) -> str:
    """The extractive answer for `question` (what a fallback must show)."""
    return ExtractiveBackend().answerer.answer(question, small_assistant.retrieve(question, top_k=top_k)).text


def model_text(events) -> str:
    """The deltas before the first reset: what the model streamed (answer mode)."""
    text = ""
    for event in events:
        if isinstance(event, ResetEvent):
            break
        if isinstance(event, TextDelta):
            text += event.text
    return text


def check_citations(answer) -> None:
    """Every [n] points at a listed passage, citations are exactly the markers, quotes verbatim."""
    body = answer.text.split("\n\n出典\n")[0]
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
    assert markers <= set(range(1, len(answer.passages) + 1))
    assert {c.n for c in answer.citations} == markers
    for c in answer.citations:
        assert c.passage.chunk.id == answer.passages[c.n - 1].chunk.id
        assert c.quote and c.quote in c.passage.text


class TestAnswers:
    def test_streamed_answer_has_its_citations_and_figures_checked(self, small_assistant, llama_server):
        settings = llm_settings(small_assistant, llama_server.base_url, llm_max_tokens=200)  # the grammar ends it
        assistant = assistant_on(small_assistant, settings, grammar=CITED_SENTENCES)
        events = list(assistant.stream(MOU_Q, top_k=4))
        answer = events[-1].answer

        assert isinstance(events[0], SourcesEvent) and isinstance(events[-1], FinalEvent)
        assert answer.backend == f"llm:{MODEL_ALIAS}"  # no fallback
        deltas_before_reset = [e for e in events[: next((i for i, e in enumerate(events) if isinstance(e, ResetEvent)),
                                                        len(events))] if isinstance(e, TextDelta)]
        assert len(deltas_before_reset) > 3  # streamed token by token
        assert shown_text(events) == answer.text
        check_citations(answer)
        # whatever the model wrote went through validation: same text, same warnings
        raw = model_text(events)
        shown = assistant.llm.build_prompt(MOU_Q, assistant.retrieve(MOU_Q, top_k=4)).passages
        expected = validate_answer(raw.strip(), shown)
        assert answer.text == expected.text
        assert set(expected.warnings) <= set(answer.warnings)
        for n in {int(n) for n in re.findall(r"\[(\d+)\]", raw)} - set(range(1, len(shown) + 1)):
            assert f"存在しない出典番号 [{n}] を削除しました。" in answer.warnings
        for note in re.findall(r"（⚠出典で確認できない数値: ([^）]+)）", answer.text):
            assert any(note in w for w in answer.warnings)

    def test_reply_mode_is_the_code_made_letter(self, small_assistant, llama_server):
        settings = llm_settings(small_assistant, llama_server.base_url, llm_max_tokens=200)
        events = list(assistant_on(small_assistant, settings, grammar=CITED_SENTENCES).stream(MOU_Q, mode="reply", top_k=3))
        answer = events[-1].answer
        assert answer.mode == "reply" and answer.backend == f"llm:{MODEL_ALIAS}"
        assert events[1] == TextDelta(reply_opening())  # streamed before the model's first token
        assert shown_text(events) == answer.text
        check_citations(answer)
        if answer.refused:
            assert "改めてご連絡いたします" in answer.text
        else:
            assert answer.text.startswith(reply_opening())
            sources = answer.text.split("\n\n出典\n")[1].splitlines() if answer.citations else []
            assert [line.split("] ")[0] + "]" for line in sources] == [f"[{c.n}]" for c in answer.citations]

    def test_token_cap_is_sent_and_honoured_by_the_server(self, small_assistant, llama_server):
        settings = llm_settings(small_assistant, llama_server.base_url)
        model = chat_openai(settings, timeout=120, max_retries=0, max_tokens=8)
        reply = model.invoke("神奈川県について長く説明してください。")
        assert reply.response_metadata["finish_reason"] == "length"
        assert reply.response_metadata["token_usage"]["completion_tokens"] == 8

    def test_answer_cut_by_the_token_cap_ends_at_a_sentence_and_is_marked(self, small_assistant, llama_server):
        settings = llm_settings(small_assistant, llama_server.base_url, llm_max_tokens=24)
        # four sentences do not fit in 24 tokens: the stream stops inside one
        grammar = CITED_SENTENCES.replace("root ::= sentence sentence", "root ::= sentence sentence sentence sentence")
        events = list(assistant_on(small_assistant, settings, grammar=grammar).stream(MOU_Q, top_k=3))
        answer = events[-1].answer
        assert len([e for e in events if isinstance(e, TextDelta)]) <= 24 + 1
        if answer.backend == "extractive":  # not one sentence was complete: the offline answer
            assert any("上限（24 トークン）内に文として完結しませんでした" in w for w in answer.warnings)
        else:
            assert answer.truncated is True
            assert answer.text.endswith(TRUNCATED_NOTE) and answer.text.count("。") >= 2
            assert "回答が上限（24 トークン）に達したため、文の区切りで打ち切りました。" in answer.warnings
            check_citations(answer)
        assert shown_text(events) == answer.text

    def test_total_time_cap_stops_the_stream(self, small_assistant, llama_server):
        # the first chunk comes after the cap: the stream stops there, before a sentence ends
        settings = llm_settings(small_assistant, llama_server.base_url, llm_total_timeout=0.001)
        events = list(assistant_on(small_assistant, settings, grammar=CITED_SENTENCES).stream(MOU_Q, top_k=3))
        answer = events[-1].answer
        warning = next(e for e in events if isinstance(e, WarningEvent))
        assert len(model_text(events[: events.index(warning)])) < 20  # at most the first chunk
        assert answer.backend == "extractive" and answer.text == offline_answer(small_assistant, MOU_Q)
        assert "制限時間（0.001 秒）内に文として完結しませんでした" in warning.message
        assert answer.warnings[0] == warning.message
        assert shown_text(events) == answer.text

    def test_follow_up_is_rewritten_by_the_model(self, small_assistant, llama_server):
        settings = llm_settings(small_assistant, llama_server.base_url)
        assistant = assistant_on(small_assistant, settings)
        calls: list[str] = []
        assert assistant.llm.rewrite_model.max_retries == 0
        # the product gives a rewrite 15 s; a busy 2-core test machine may need more
        real = chat_openai(settings, timeout=180, max_retries=0, max_tokens=REWRITE_MAX_TOKENS)

        class Recording:
            def invoke(self, messages):
                reply = real.invoke(messages)
                calls.append(reply.content)
                assert reply.response_metadata["token_usage"]["completion_tokens"] <= REWRITE_MAX_TOKENS
                return reply

        assistant.llm._rewrite_model = Recording()
        history = [{"role": "user", "content": "さがみロボット産業特区の実証実験等の実施件数の目標は？"},
                   {"role": "assistant", "content": "令和9年度に300件です[1]。"}]
        answer = assistant.ask("令和6年度の実績は？", history=history, top_k=3)
        assert len(calls) == 1
        from assistant.followup import _clean_model_output, _rule_based

        cleaned = _clean_model_output(calls[0])
        assert answer.standalone_question in (cleaned, _rule_based("令和6年度の実績は？", history))
        assert answer.backend == f"llm:{MODEL_ALIAS}"


class TestEval:
    def test_eval_runner_with_judge(self, small_assistant, llama_server, tmp_path, monkeypatch):
        from assistant import cli
        from evals.judge import LLMJudge

        rows = [
            {"id": "s1", "question": MOU_Q, "category": "mou", "doc": "000_80323c2b5142a8be.txt",
             "evidence": ["2018年5月8日"], "answer": ["2018年5月8日"]},
            {"id": "s2", "question": KPI_Q, "category": "kpi", "doc": "002_499f8bf04f33f950.txt",
             "evidence": ["142"], "answer": ["142"]},
            {"id": "s3", "question": "遼寧省との宇宙開発協定の予算額は？", "category": "unanswerable", "doc": None,
             "evidence": [], "answer": [], "unanswerable": True},
        ]
        qset = tmp_path / "small.jsonl"
        qset.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
        settings = llm_settings(small_assistant, llama_server.base_url, llm_max_tokens=32)  # judge replies too
        for name, value in (("OPENAI_BASE_URL", settings.openai_base_url), ("LLM_MODEL", MODEL_ALIAS),
                            ("LLM_SYSTEM_ROLE", "user"), ("LLM_CONTEXT_TOKENS", str(N_CTX)), ("LLM_MAX_TOKENS", "32"),
                            ("LLM_TIMEOUT", "180"), ("LLM_MAX_RETRIES", "0"),
                            ("POLICY_ASSISTANT_HOME", str(settings.home))):
            monkeypatch.setenv(name, value)
        steered = assistant_on(small_assistant, settings, grammar=CITED_SENTENCES)
        monkeypatch.setattr(cli, "_assistant", lambda _settings: steered)
        judges: list[LLMJudge] = []
        real_from_settings = LLMJudge.from_settings.__func__

        def recording(cls, s):
            judge = real_from_settings(cls, s)
            judges.append(judge)
            return judge

        monkeypatch.setattr(LLMJudge, "from_settings", classmethod(recording))

        out = tmp_path / "out"
        assert cli.main(["eval", str(qset), "--out", str(out), "--judge"]) == 0
        summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        results = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
        assert (out / "report.html").is_file()
        assert len(judges) == 1 and judges[0].name == MODEL_ALIAS
        assert summary["judge"]["model"] == MODEL_ALIAS and summary["judge"]["model_judged"] is True
        judged = [r for r in results if not r["refused"] and r["citations"]]
        assert judged, "the steered answers carry citations"
        for r in judged:  # the tiny model may not write a readable verdict: then the error is recorded
            assert ("judge_faithfulness" in r and 0.0 <= r["judge_faithfulness"] <= 1.0) or \
                r["judge_error"].startswith("JudgeError")
        assert summary["judge"]["judged"] == sum("judge_faithfulness" in r for r in results)
        assert {r["backend"] for r in results} <= {f"llm:{MODEL_ALIAS}", "extractive"}

    def test_judge_reads_a_verdict_from_the_real_server(self, small_assistant, llama_server):
        from evals.judge import LLMJudge

        settings = llm_settings(small_assistant, llama_server.base_url)
        judge = LLMJudge(chat_openai(settings, timeout=120, max_retries=0, max_tokens=48, extra_body={"grammar": VERDICT}))
        citations = [{"n": 1, "text": "神奈川県と遼寧省は2018年5月8日にMOUを締結しました。"}]
        score = judge.faithfulness("MOUは2018年5月8日に締結されました[1]。", citations)
        assert score in (0.0, 1.0)


class TestFaults:
    def test_server_killed_mid_stream_gives_the_offline_answer_without_the_partial_text(
            self, small_assistant, doomed_server):
        settings = llm_settings(small_assistant, doomed_server.base_url, llm_max_tokens=256)
        events = []
        for event in assistant_on(small_assistant, settings).stream(MOU_Q, top_k=3):
            events.append(event)
            if isinstance(event, TextDelta) and len(events) == 3:  # sources, then two deltas of the model
                doomed_server.kill()
        kinds = [type(e) for e in events]
        assert ResetEvent in kinds
        reset_at = kinds.index(ResetEvent)
        assert kinds[reset_at + 1] is WarningEvent and "オフラインの抽出回答" in events[reset_at + 1].message
        answer = events[-1].answer
        assert answer.backend == "extractive" and answer.text == offline_answer(small_assistant, MOU_Q)
        assert shown_text(events) == answer.text
        assert events[reset_at + 1].message in answer.warnings

    def test_server_not_started(self, small_assistant):
        with socket.socket() as s:  # a loopback port nobody listens on
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        settings = llm_settings(small_assistant, f"http://127.0.0.1:{port}/v1")
        history = [{"role": "user", "content": "遼寧省について教えて"}, {"role": "assistant", "content": "遼寧省は中国東北部の省です。"}]
        events = list(assistant_on(small_assistant, settings).stream("MOUの締結時期は？", history=history, top_k=3))
        answer = events[-1].answer
        assert not any(isinstance(e, ResetEvent) for e in events)
        assert answer.backend == "extractive" and answer.text == offline_answer(small_assistant, answer.standalone_question)
        assert answer.warnings[0].startswith("言語モデルに接続できなかったため、オフラインの抽出回答を表示しています")
        assert shown_text(events) == answer.text

    def test_passages_beyond_the_window_are_left_out_so_the_prompt_fits(self, small_assistant, llama_server):
        settings = llm_settings(small_assistant, llama_server.base_url, llm_max_tokens=32)
        assistant = assistant_on(small_assistant, settings)
        result = assistant.retrieve(MOU_Q, top_k=10)
        prompt = assistant.llm.build_prompt(MOU_Q, result)
        assert prompt.dropped_passages > 0 and prompt.tokens <= N_CTX - 32
        answer = assistant.ask(MOU_Q, top_k=10)
        assert answer.backend == f"llm:{MODEL_ALIAS}" and not any("オフラインの抽出回答" in w for w in answer.warnings)
        assert len(answer.passages) == len(number_passages(result.passages))

    def test_context_setting_larger_than_the_server_window_falls_back_with_a_japanese_warning(
            self, small_assistant, llama_server):
        settings = llm_settings(small_assistant, llama_server.base_url, llm_context_tokens=32768)
        long_history = []
        for i in range(3):
            long_history += [{"role": "user", "content": f"遼寧省の産業について{i}回目の質問です。" * 30},
                             {"role": "assistant", "content": "遼寧省は中国東北部の重工業の拠点です。" * 30}]
        answer = assistant_on(small_assistant, settings).ask(MOU_Q, history=long_history, top_k=10)
        # llama-cpp-python's server answers a streamed request that overflows its window with an
        # empty event stream (no error body): the product says what is likely wrong
        assert answer.backend == "extractive"
        assert answer.warnings[0].startswith("言語モデルから回答を得られなかったため、オフラインの抽出回答を表示しています（理由: "
                                             "言語モデルのサーバーが何も返しませんでした。質問と資料がサーバーの文脈長を超えた可能性")
        assert "LLM_CONTEXT_TOKENS" in answer.warnings[0]
        assert not any(re.search(r"[a-z]{6,}", w) for w in answer.warnings)  # no English server text

    def test_overflow_in_a_non_streamed_call_is_the_servers_400_mapped_to_a_context_error(
            self, small_assistant, llama_server):
        from assistant.llm import map_error

        settings = llm_settings(small_assistant, llama_server.base_url)
        model = chat_openai(settings, timeout=120, max_retries=0, max_tokens=8)
        with pytest.raises(Exception) as info:
            model.invoke("遼寧省の産業について。" * 600)
        err = map_error(info.value, model=MODEL_ALIAS)
        assert isinstance(err, LLMContextError) and "context" in str(err)


class TestUIStreaming:
    """ChatUI.respond (the UI's chat handler) streamed by a real Gradio server to gradio_client.

    The product keeps that endpoint private (only /ask is public), so the test wires the same
    handler into a Blocks whose endpoint gradio_client may call."""

    @staticmethod
    def launch(ui):
        import gradio as gr

        with gr.Blocks() as demo:
            msg, chatbot, state = gr.Textbox(), gr.Chatbot(), gr.State()
            mode = gr.Radio(["answer", "reply"], value="answer")
            docs = gr.Dropdown(choices=[], value=[], multiselect=True)
            kinds = gr.Dropdown(choices=[], value=[], multiselect=True)
            top_k = gr.Number(value=3)
            outputs = [msg, chatbot, state, gr.HTML(), gr.HTML(), gr.Textbox()]
            gr.Button().click(ui.respond, [msg, chatbot, state, mode, docs, kinds, top_k], outputs, api_name="respond")
        demo.queue()
        _, url, _ = demo.launch(server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True,
                                ssr_mode=False)
        return demo, url

    @staticmethod
    def bubbles(job) -> list[str]:
        """The assistant bubble of every streamed update, in order."""
        seen = []
        for output in job:
            chat = output[1] or []
            if chat and chat[-1].get("role") == "assistant":
                content = chat[-1]["content"]
                seen.append(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False))
        return seen

    def test_answer_streams_into_the_bubble(self, small_assistant, llama_server):
        from gradio_client import Client

        from ui.app import ChatUI

        settings = llm_settings(small_assistant, llama_server.base_url)
        ui = ChatUI(settings, assistant_on(small_assistant, settings, grammar=CITED_SENTENCES))
        demo, url = self.launch(ui)
        try:
            job = Client(url, verbose=False).submit(MOU_Q, [], "answer", [], [], 3, api_name="/respond")
            bubbles = self.bubbles(job)
            final = job.outputs()[-1]
        finally:
            demo.close()
        answer_text = final[-1]
        assert len(set(bubbles)) > 4  # the bubble grew token by token
        assert re.sub(r"\s", "", answer_text)[:20] in re.sub(r"\s|\[\d\]\(#src-\d\)|<[^>]+>", "", bubbles[-1]) or \
            answer_text[:10] in bubbles[-1]
        assert "pa-src" in final[2]  # the sources panel

    def test_killed_server_shows_the_offline_answer_not_glued_to_the_partial_text(self, small_assistant, doomed_server):
        from gradio_client import Client

        from ui.app import ChatUI

        settings = llm_settings(small_assistant, doomed_server.base_url, llm_max_tokens=256)
        ui = ChatUI(settings, assistant_on(small_assistant, settings))
        demo, url = self.launch(ui)
        try:
            job = Client(url, verbose=False).submit(MOU_Q, [], "answer", [], [], 3, api_name="/respond")
            bubbles, partial = [], None
            for output in job:
                chat = output[1] or []
                if not chat or chat[-1].get("role") != "assistant":
                    continue
                bubbles.append(str(chat[-1]["content"]))
                if partial is None and "資料を検索しています" not in bubbles[-1] and len(bubbles[-1]) >= 4:
                    partial = bubbles[-1]  # the model's first streamed text: now the server dies
                    doomed_server.kill()
            final = job.outputs()[-1]
        finally:
            demo.close()
        offline = offline_answer(small_assistant, MOU_Q)
        assert partial is not None
        assert final[-1] == offline  # the copy box holds exactly the offline answer
        assert "オフラインの抽出回答" in final[3]  # the warning notice
        with_offline = [b for b in bubbles if offline[:12] in b]
        assert with_offline and not any(partial in b for b in with_offline)
