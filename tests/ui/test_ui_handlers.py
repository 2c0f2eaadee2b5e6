"""The UI handlers on real components: chat streaming, errors, feedback, uploads and roles."""

from __future__ import annotations

import json

import gradio as gr
import pytest
from gradio_client import Client

from assistant.service import Assistant
from ui.app import ADMIN_ONLY, THINKING, ChatUI
from ui.auth import User, UserStore, hash_password
from ui.feedback import FeedbackLog


def _final(gen):
    outputs = list(gen)
    return outputs, outputs[-1]


class TestRespond:
    def test_streams_answer_sources_and_state(self, ui_server):
        ui: ChatUI = ui_server.ui
        outputs, last = _final(ui.respond("みらい創業支援補助金の交付額は？", [], None, "answer", [], [], 5))
        first = outputs[0]
        assert first[0] == "" and first[1][-1] == {"role": "assistant", "content": THINKING}
        _, chat, state, sources, notice, answer_text = last
        assert chat[0] == {"role": "user", "content": "みらい創業支援補助金の交付額は？"}
        assert '<a href="#src-' in chat[1]["content"] and "300万円" in chat[1]["content"]
        assert "<mark>" in sources and 'id="src-1"' in sources
        assert "300万円" in answer_text and "[" in answer_text
        assert state["history"] == [{"role": "user", "content": "みらい創業支援補助金の交付額は？"},
                                    {"role": "assistant", "content": answer_text}]
        turn = state["turns"][0]
        assert turn["backend"] == "extractive" and turn["citations"] and turn["answer"] == answer_text

    def test_follow_up_uses_history_and_filters(self, ui_server):
        ui: ChatUI = ui_server.ui
        _, first = _final(ui.respond("みらい創業支援補助金の交付額は？", [], None, "answer", [], [], 5))
        _, last = _final(ui.respond("対象者は？", first[1], first[2], "answer", ["subsidy_test.txt"], [], 3))
        _, chat, state, sources, _, answer_text = last
        assert len(chat) == 4 and len(state["turns"]) == 2
        assert answer_text and state["history"][-2] == {"role": "user", "content": "対象者は？"}
        assert "subsidy_test.txt" in sources and "000_80323c2b5142a8be.txt" not in sources

    def test_empty_question_changes_nothing(self, ui_server):
        outputs = list(ui_server.ui.respond("  ", [], None))
        assert len(outputs) == 1 and all(o == gr.skip() for o in outputs[0])

    def test_no_index_is_a_visible_japanese_error(self, tmp_path, settings_for):
        ui = ChatUI(settings_for(tmp_path / "empty"))
        _, last = _final(ui.respond("補助金は？", [], None))
        _, chat, state, sources, notice, answer_text = last
        assert "索引がまだ作成されていません" in notice and "pa-error" in notice
        assert chat[-1]["content"].startswith("⚠ 索引がまだ作成されていません")
        assert state["turns"][0]["error"] is True and answer_text == ""
        assert "Traceback" not in notice

    def test_unexpected_fault_is_a_generic_japanese_error(self, ui_server, monkeypatch, caplog):
        ui = ChatUI(ui_server.settings, ui_server.assistant)

        def broken(*args, **kwargs):
            raise RuntimeError("boom in retrieval")
            yield  # pragma: no cover

        monkeypatch.setattr(ui.assistant, "stream", broken)
        _, last = _final(ui.respond("補助金は？", [], None))
        assert "予期しないエラー" in last[4] and "boom" not in last[4]
        assert "boom in retrieval" in caplog.text  # the traceback goes to the log


class TestFeedback:
    def test_buttons_append_a_jsonl_record(self, ui_server, tmp_path):
        ui = ChatUI(ui_server.settings.with_(home=tmp_path), ui_server.assistant)
        _, last = _final(ui.respond("みらい創業支援補助金の交付額は？", [], None))
        comment, status = ui.rate_latest("down", " 金額の根拠が欲しい ", last[2], gr.Request(username="alice"))
        assert comment == "" and "記録しました" in status
        lines = (tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1
        rec = json.loads(lines[0])
        assert set(rec) == {"time", "user", "rating", "comment", "question", "answer", "citations", "backend", "mode"}
        assert rec["rating"] == "down" and rec["comment"] == "金額の根拠が欲しい" and rec["user"] == "alice"
        assert rec["question"] == "みらい創業支援補助金の交付額は？" and rec["answer"] == last[5]
        assert rec["backend"] == "extractive" and rec["citations"][0]["quote"]
        assert rec["time"][:2] == "20" and "T" in rec["time"]

    def test_nothing_to_rate(self, ui_server, tmp_path):
        ui = ChatUI(ui_server.settings.with_(home=tmp_path), ui_server.assistant)
        _, status = ui.rate_latest("up", "", None, None)
        assert "まだありません" in status and not (tmp_path / "feedback.jsonl").exists()

    def test_log_rejects_bad_rating(self, tmp_path):
        with pytest.raises(ValueError, match="rating must be one of"):
            FeedbackLog(tmp_path / "f.jsonl").record(question="q", answer="a", citations=[], backend="x", rating="meh")


class TestUpload:
    def test_non_admin_is_refused_on_the_server(self, ui_server, tmp_path):
        users = UserStore([User("alice", hash_password("pw-a", rounds=4), "admin"),
                           User("bob", hash_password("pw-b", rounds=4), "user")])
        settings = ui_server.settings.with_(home=tmp_path)
        ui = ChatUI(settings, ui_server.assistant, users)
        doc = tmp_path / "bob.txt"
        doc.write_text("ボブの文書\n\n本文です。", encoding="utf-8")
        for name in ("bob", None, "mallory"):
            result = ui.upload([str(doc)], gr.Request(username=name))
            assert ADMIN_ONLY in result
        assert not (tmp_path / "uploads").exists()

    def test_admin_upload_becomes_searchable_and_bad_files_are_reported(self, ui_server, tmp_path):
        good = tmp_path / "hoshizora_test.txt"
        good.write_text("ほしぞら観測補助事業\n\n1 交付額\nほしぞら観測補助事業の交付額は1件あたり上限45万円です。\n",
                        encoding="utf-8")
        bad = tmp_path / "table.xyz"
        bad.write_text("x", encoding="utf-8")
        empty = tmp_path / "empty.txt"
        empty.write_bytes(b"")
        hidden = tmp_path / "manifest.json"
        hidden.write_text("{}", encoding="utf-8")
        client = Client(ui_server.url, verbose=False)
        before = client.predict("ほしぞら観測補助事業の交付額は？", api_name="/ask")
        assert all(p["doc"] != "hoshizora_test.txt" for p in before["passages"])

        result = ui_server.ui.upload([str(good), str(bad), str(empty), str(hidden)], gr.Request(username=None))
        assert "追加: ほしぞら観測補助事業" in result
        assert "取り込めませんでした: table.xyz" in result and "対応形式" in result
        assert "取り込めませんでした: empty.txt" in result
        assert "取り込めませんでした: manifest.json" in result
        assert (ui_server.settings.home / "uploads" / "hoshizora_test.txt").is_file()

        # the running server answers from the new document without a restart
        after = client.predict("ほしぞら観測補助事業の交付額は？", api_name="/ask")
        assert after["passages"][0]["doc"] == "hoshizora_test.txt"
        assert "45万円" in after["answer"]
        titles = [d["title"] for d in ui_server.assistant.documents()]
        assert "ほしぞら観測補助事業" in titles

    def test_no_files(self, ui_server):
        assert "ファイルを選択してください" in ui_server.ui.upload([], gr.Request(username=None))


def test_on_load_shows_upload_box_to_admins_only(ui_server, tmp_path):
    users = UserStore([User("alice", hash_password("pw-a", rounds=4), "admin"),
                       User("bob", hash_password("pw-b", rounds=4), "user")])
    ui = ChatUI(ui_server.settings, ui_server.assistant, users)
    admin = ui.on_load(gr.Request(username="alice"))
    user = ui.on_load(gr.Request(username="bob"))
    assert admin[4]["visible"] is True and admin[5]["visible"] is False
    assert user[4]["visible"] is False and user[5]["visible"] is True
    assert "subsidy_test.txt" in admin[0] and "ログイン中: bob（利用者）" == user[7]
    assert ("みらい創業支援補助金の概要（subsidy_test.txt）", "subsidy_test.txt") in admin[2]["choices"]


def test_empty_index_notice_on_load(tmp_path, settings_for):
    settings = settings_for(tmp_path / "empty2")
    ui = ChatUI(settings, Assistant(settings))
    out = ui.on_load(gr.Request(username=None))
    assert "索引がまだ作成されていません" in out[6] and "まだ文書が取り込まれていません" in out[0]
