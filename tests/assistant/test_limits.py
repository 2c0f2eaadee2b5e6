"""Limits and faults at the service: question cap, history cap, uploads root, lexical fallback."""

from __future__ import annotations

import json

import pytest

from assistant import cli
from assistant.errors import QuestionTooLongError
from assistant.retrieval import DENSE_DOWN_WARNING
from assistant.service import MAX_HISTORY_MESSAGE_CHARS, MAX_HISTORY_MESSAGES, Assistant, cap_history
from assistant.settings import Settings
from index.store import DenseStoreError

NOTICE = "つばさ窓口のお知らせ\n\nつばさ窓口は午前9時に開きます。\n"
GUIDE = "かもめ研修制度の手引き\n\nかもめ研修制度の定員は20名です。\n"


def settings_in(tmp_path, **changes) -> Settings:
    return Settings.from_env(env={}, dotenv=None).with_(home=tmp_path / "state", **changes)


class TestQuestionCap:
    def test_service_refuses_long_questions_before_any_work(self, small_assistant, small_settings):
        capped = Assistant(small_settings.with_(max_question_chars=50), index=small_assistant.index)
        assert capped.ask("MOUを締結したのはいつですか？" + "　" * 30).refused is False  # spaces are stripped
        with pytest.raises(QuestionTooLongError) as info:
            capped.ask("あ" * 51)
        assert info.value.ja == "質問が長すぎます（51文字）。50文字以内にして、要点を絞って質問してください。"

    def test_cli_gives_the_same_japanese_message(self, capsys):
        assert cli.main(["ask", "あ" * 2001]) == 1
        assert "エラー: 質問が長すぎます（2,001文字）。2,000文字以内" in capsys.readouterr().err

    def test_setting_from_the_environment(self):
        assert Settings.from_env(env={"POLICY_ASSISTANT_MAX_QUESTION_CHARS": "300"}, dotenv=None).max_question_chars == 300
        with pytest.raises(ValueError, match="max_question_chars must be > 0, got 0"):
            Settings.from_env(env={"POLICY_ASSISTANT_MAX_QUESTION_CHARS": "0"}, dotenv=None)

    def test_history_is_capped(self):
        history = [{"role": "user", "content": f"{i}" * 10_000} for i in range(10)]
        capped = cap_history(history)
        assert len(capped) == MAX_HISTORY_MESSAGES and capped[0]["content"][0] == "4"
        assert all(len(m["content"]) == MAX_HISTORY_MESSAGE_CHARS for m in capped)
        with pytest.raises(ValueError, match="history messages must be objects"):
            cap_history(["just text"])


class TestUploadsRoot:
    def test_prune_and_reset_keep_uploaded_documents(self, tmp_path):
        settings = settings_in(tmp_path)
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        (corpus / "guide.txt").write_text(GUIDE, encoding="utf-8")
        settings.uploads_dir.mkdir(parents=True)
        (settings.uploads_dir / "notice.txt").write_text(NOTICE, encoding="utf-8")
        assistant = Assistant(settings)
        assistant.ingest([corpus, settings.uploads_dir], progress=False)
        for kwargs in ({"prune": True}, {"reset": True}):
            report = assistant.ingest([corpus], progress=False, **kwargs)
            assert report.removed == [] and sorted(d["file"] for d in assistant.documents()) == ["guide.txt", "notice.txt"]

    def test_delete_keeps_corpus_files_on_disk(self, tmp_path):
        settings = settings_in(tmp_path)
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        (corpus / "guide.txt").write_text(GUIDE, encoding="utf-8")
        assistant = Assistant(settings)
        assistant.ingest([corpus], progress=False)
        done = assistant.delete_document("guide.txt")
        assert done["file_deleted"] is False and (corpus / "guide.txt").is_file()
        assert assistant.documents() == []


class TestStoreFaults:
    def test_dense_failure_falls_back_to_lexical_with_a_warning(self, small_assistant, monkeypatch):
        def down(*args, **kwargs):
            raise DenseStoreError("simulated: connection refused")

        monkeypatch.setattr(small_assistant.index, "dense_search", down)
        answer = small_assistant.ask("神奈川県と遼寧省がMOUを締結したのはいつですか？")
        assert DENSE_DOWN_WARNING in answer.warnings
        assert "2018" in answer.text and all(p.dense_rank is None for p in answer.passages)

    def test_a_new_generation_during_a_query_does_not_break_it(self, tmp_path, monkeypatch):
        import assistant.retrieval as retrieval

        settings = settings_in(tmp_path)
        docs = tmp_path / "docs"
        docs.mkdir()
        (docs / "notice.txt").write_text(NOTICE, encoding="utf-8")
        (docs / "guide.txt").write_text(GUIDE, encoding="utf-8")
        assistant = Assistant(settings)
        assistant.ingest([docs], progress=False)
        retriever = assistant.retriever
        real = retrieval._strip_question_words
        landed = []

        def strip_then_delete(question):
            if not landed:  # mid-query, after ranking: a deletion commits and another question refreshes
                assistant.delete_document("notice.txt")
                retriever._refresh()
                landed.append(True)
            return real(question)

        monkeypatch.setattr(retrieval, "_strip_question_words", strip_then_delete)
        result = assistant.retrieve("つばさ窓口は何時に開きますか", top_k=3)
        assert landed and result.passages[0].chunk.file == "notice.txt"  # the snapshot it started with
        assert {p.chunk.file for p in assistant.retrieve("つばさ窓口は何時に開きますか", top_k=3).passages} == {"guide.txt"}


def test_cli_output_has_no_escape_sequences(tmp_path, capsys, monkeypatch):
    doc = tmp_path / "esc.txt"
    doc.write_text("\x1b[2J\x1b]0;pwned\x07危険な題名\n\nこの窓口は\x1b[31m午前9時\x1b[0mに開きます。\n", encoding="utf-8")
    assert cli.main(["ingest", str(doc)]) == 0
    out = capsys.readouterr().out
    assert "[追加] 危険な題名" in out and "\x1b" not in out and "\x07" not in out
    assert cli.main(["ask", "窓口は何時に開きますか？"]) == 0
    out = capsys.readouterr().out
    assert "午前9時" in out and "\x1b" not in out
    assert cli.main(["ingest", "--json", str(doc)]) == 0
    assert json.loads(capsys.readouterr().out)["documents"][0]["title"] == "危険な題名"
