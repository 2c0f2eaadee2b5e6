"""Login hardening, role checks over HTTP, session expiry, limits and feedback integrity."""

from __future__ import annotations

import asyncio
import json
import threading

import gradio as gr
import httpx
import pytest
from gradio_client import Client

from ui import auth
from ui.app import ADMIN_ONLY, ADMIN_ONLY_DELETE, ANSWER_GROUP, LOGIN_REQUIRED, ChatUI, launch
from ui.auth import Authenticator, LoginThrottle, SessionTokens, User, UserStore
from ui.feedback import MAX_ANSWER_CHARS, MAX_CITATIONS, FeedbackLog

ALICE_PW, BOB_PW = "alice-pass-1", "bob-pass-2"


@pytest.fixture(scope="module")
def users() -> UserStore:
    return UserStore([User("alice", auth.hash_password(ALICE_PW, rounds=4), "admin"),
                      User("bob", auth.hash_password(BOB_PW, rounds=4), "user")])


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- throttle, authenticator, sessions (no server) --------------------------------------------
class TestLoginThrottle:
    def test_free_failures_then_doubling_lockouts_capped(self):
        clock = FakeClock()
        t = LoginThrottle(free_failures=3, base=1.0, maximum=4.0, clock=clock)
        key = ("addr", "10.0.0.1")
        assert [t.failure(key) for _ in range(3)] == [0.0, 0.0, 0.0]
        assert t.locked_for(key) == 0.0
        assert [t.failure(key) for _ in range(4)] == [1.0, 2.0, 4.0, 4.0]
        assert t.locked_for(key) == 4.0
        clock.now += 4.5
        assert t.locked_for(key) == 0.0
        assert t.locked_for(("addr", "10.0.0.2")) == 0.0  # other keys are not affected

    def test_success_and_idle_time_reset_the_count(self):
        clock = FakeClock()
        t = LoginThrottle(free_failures=1, base=2.0, maximum=60, forget_after=100, clock=clock)
        user = ("user", "alice")
        t.failure(user)
        assert t.failure(user) == 2.0
        t.success(user)
        assert t.locked_for(user) == 0.0 and t.failure(user) == 0.0
        clock.now += 101
        assert t.failure(user) == 0.0  # forgotten after a quiet period

    def test_memory_is_bounded(self):
        t = LoginThrottle(max_keys=10)
        for i in range(100):
            t.failure(("user", f"u{i}"))
        assert len(t._state) == 10

    @pytest.mark.parametrize("kwargs", [{"free_failures": -1}, {"base": 0}, {"base": 5, "maximum": 1}])
    def test_bad_settings(self, kwargs):
        with pytest.raises(ValueError, match="bad backoff"):
            LoginThrottle(**kwargs)


class TestAuthenticator:
    def test_right_wrong_unknown_and_lockout(self, users):
        authenticator = Authenticator(users, LoginThrottle(free_failures=1, base=60, maximum=60))
        token = auth.CLIENT_ADDRESS.set("192.0.2.7")
        try:
            check = lambda u, p: asyncio.run(authenticator.check(u, p))  # noqa: E731
            assert check("bob", BOB_PW) is True
            assert check("bob", "wrong") is False
            assert check("nobody", "wrong") is False
            # the address failed twice (one free failure): even the right password is refused, without a bcrypt
            assert check("alice", ALICE_PW) is False
            assert authenticator.refused == 1
        finally:
            auth.CLIENT_ADDRESS.reset(token)
        # from another address alice may log in (her name has no failure)
        assert asyncio.run(authenticator.check("alice", ALICE_PW)) is True
        authenticator.close()

    def test_unknown_user_costs_a_bcrypt_like_a_known_one(self, users, monkeypatch):
        checked: list[str] = []
        real = auth.verify_password
        monkeypatch.setattr(auth, "verify_password", lambda p, h: checked.append(h) or real(p, h))
        assert users.verify("mallory", "x") is False
        assert users.verify("bob", "x") is False
        assert len(checked) == 2 and checked[0].startswith("$2b$04$")  # dummy hash at the users' cost
        assert checked[0] != checked[1]

    def test_bcrypt_runs_off_the_event_loop(self, users, monkeypatch):
        threads: list[str] = []
        real = users.verify
        monkeypatch.setattr(users, "verify", lambda u, p: threads.append(threading.current_thread().name) or real(u, p))
        authenticator = Authenticator(users)
        assert asyncio.run(authenticator.check("bob", BOB_PW)) is True
        assert threads and threads[0].startswith("login") and threads[0] != threading.main_thread().name
        authenticator.close()

    def test_log_names_are_truncated_and_printable(self, users, caplog):
        long = "\x1b[31m" + "m" * 5000
        assert users.authenticate(long, "x") is False
        message = caplog.records[-1].getMessage()
        assert "\x1b" not in message and len(message) < 100 and "m" * auth.LOG_NAME_CHARS + "…" in message


class TestSessionTokens:
    def test_tokens_expire(self):
        clock = FakeClock()
        tokens = SessionTokens(3600, clock=clock)
        tokens["t1"] = "alice"
        assert tokens.get("t1") == "alice" and "t1" in tokens and tokens["t1"] == "alice"
        clock.now += 3601
        assert tokens.get("t1") is None and "t1" not in tokens
        with pytest.raises(KeyError):
            tokens["t1"]
        assert list(tokens.keys()) == [] and tokens.get(None) is None

    def test_bad_age(self):
        with pytest.raises(ValueError, match="max_age_seconds must be > 0"):
            SessionTokens(0)


# --- handlers called directly ------------------------------------------------------------------
class TestHandlerRoles:
    def test_feedback_needs_a_known_user_when_login_is_on(self, ui_server, users, tmp_path):
        ui = ChatUI(ui_server.settings.with_(home=tmp_path), ui_server.assistant, users)
        state = {"history": [], "turns": [{"question": "q", "answer": "a", "citations": [], "backend": "x"}]}
        for name in (None, "mallory"):
            _, html = ui.rate_latest("up", "", state, gr.Request(username=name))
            assert LOGIN_REQUIRED in html
        assert not (tmp_path / "feedback.jsonl").exists()
        _, html = ui.rate_latest("up", "", state, gr.Request(username="bob"))
        assert "記録しました" in html and len(FeedbackLog(tmp_path / "feedback.jsonl").read()) == 1

    def test_delete_needs_admin_and_confirmation(self, ui_server, users, tmp_path):
        ui = ChatUI(ui_server.settings.with_(home=tmp_path), ui_server.assistant, users)
        for name in (None, "bob", "mallory"):
            assert ADMIN_ONLY_DELETE in ui.delete("subsidy_test.txt", True, gr.Request(username=name))
        assert "確認のチェック" in ui.delete("subsidy_test.txt", False, gr.Request(username="alice"))
        assert "索引に文書「nothing.txt」はありません" in ui.delete("nothing.txt", True, gr.Request(username="alice"))
        assert "subsidy_test.txt" in {d["file"] for d in ui_server.assistant.documents()}

    def test_upload_limits_per_request(self, ui_server, tmp_path):
        settings = ui_server.settings.with_(home=tmp_path, max_upload_files=2, max_upload_mb=1)
        ui = ChatUI(settings, ui_server.assistant)
        files = []
        for i in range(3):
            f = tmp_path / f"f{i}.txt"
            f.write_text("本文", encoding="utf-8")
            files.append(str(f))
        assert "一度に取り込めるのは 2 ファイル" in ui.upload(files, gr.Request(username=None))
        big = tmp_path / "big.txt"
        with open(big, "wb") as f:
            f.truncate(2 * 1024 * 1024)  # sparse
        assert "合計 1 MB まで" in ui.upload([str(big)], gr.Request(username=None))
        assert not (tmp_path / "uploads").exists()

    def test_gradio_cache_copy_is_deleted_after_upload(self, ui_server, tmp_path, monkeypatch):
        cache = tmp_path / "gradio-cache"
        cache.mkdir()
        monkeypatch.setattr("gradio.utils.get_upload_folder", lambda: str(cache))
        cached = cache / "notes.xyz"
        cached.write_text("x", encoding="utf-8")
        ui = ChatUI(ui_server.settings.with_(home=tmp_path / "h"), ui_server.assistant)
        assert "対応していないファイル形式" in ui.upload([str(cached)], gr.Request(username=None))
        assert not cached.exists()

    def test_question_length_cap_in_the_chat(self, ui_server):
        outputs = list(ui_server.ui.respond("あ" * 2001, [], None))
        notice = outputs[-1][4]
        assert "質問が長すぎます（2,001文字）。2,000文字以内" in notice


class TestUploadReplacement:
    def test_bad_same_name_upload_keeps_the_old_file_and_a_good_one_replaces_it(self, tmp_path, settings_for):
        from assistant.service import Assistant

        settings = settings_for(tmp_path / "state")
        assistant = Assistant(settings)
        ui = ChatUI(settings, assistant)
        src = tmp_path / "in"
        src.mkdir()
        doc = src / "notice.txt"
        doc.write_text("お知らせ\n\n窓口は午前9時に開きます。\n", encoding="utf-8")
        assert "追加: お知らせ" in ui.upload([str(doc)], gr.Request(username=None))
        stored = settings.uploads_dir / "notice.txt"
        old = stored.read_bytes()

        doc.write_bytes(b"\x00\x01\x02 binary " * 100)  # same name, not a text file
        result = ui.upload([str(doc)], gr.Request(username=None))
        assert "取り込めませんでした: notice.txt" in result and "バイナリ" in result
        assert stored.read_bytes() == old
        assert not list((settings.uploads_dir / ".staging").iterdir())

        doc.write_text("お知らせ（改訂）\n\n窓口は午前10時に開きます。\n", encoding="utf-8")
        assert "更新: お知らせ（改訂）" in ui.upload([str(doc)], gr.Request(username=None))
        assert "午前10時" in stored.read_text(encoding="utf-8")

        # deleting removes the document from the index and the uploaded file
        assert "索引とファイルから削除しました" in ui.delete("notice.txt", True, gr.Request(username=None))
        assert assistant.documents() == [] and not stored.exists()


# --- over HTTP, against a launched app with logins ------------------------------------------------
def _call(client: httpx.Client, url: str, name: str, data: list) -> tuple[int, str]:
    """POST /gradio_api/call/<name>, then read its result stream: (status, body)."""
    r = client.post(url + f"gradio_api/call/{name}", json={"data": data}, timeout=30)
    if r.status_code != 200:
        return r.status_code, r.text
    event_id = r.json()["event_id"]
    r = client.get(url + f"gradio_api/call/{name}/{event_id}", timeout=120)
    return r.status_code, r.text


def _decoded(sse: str) -> str:
    """The data lines of an SSE result, with JSON string escapes undone."""
    out = []
    for line in sse.splitlines():
        if line.startswith("data:"):
            try:
                out.append(json.dumps(json.loads(line[5:]), ensure_ascii=False))
            except ValueError:
                out.append(line)
    return "\n".join(out)


@pytest.fixture(scope="module")
def app(ui_assistant, users, tmp_path_factory):
    """The app with alice (admin) and bob (user), over the session's small index."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assistant, settings, _ = ui_assistant
    settings = settings.with_(port=port, home=tmp_path_factory.mktemp("secured-home"),
                              users=";".join(f"{u.username}:{u.password_hash}:{u.role}" for u in users._users.values()))
    running = launch(settings, assistant=assistant, prevent_thread_lock=True)
    try:
        yield running
    finally:
        running.demo.close()


@pytest.mark.slow
class TestOverHTTP:
    def _login(self, url: str, name: str, password: str) -> httpx.Client:
        client = httpx.Client()
        assert client.post(url + "login", data={"username": name, "password": password}).status_code == 200
        return client

    def test_logged_out_client_is_refused_everywhere(self, app):
        anon = httpx.Client()
        for name, data in [("upload_event", [[]]), ("delete_event", ["subsidy_test.txt", True]),
                           ("rate_up", ["c"]), ("ask", ["補助金は？"])]:
            status, body = _call(anon, app.url, name, data)
            assert status == 401, (name, body)
        with pytest.raises(Exception):
            Client(app.url, verbose=False)

    def test_non_admin_upload_and_delete_are_refused_by_the_handlers(self, app, tmp_path):
        bob = self._login(app.url, "bob", BOB_PW)
        up = bob.post(app.url + "gradio_api/upload", files=[("files", ("bob.txt", "ボブの文書\n\n本文です。".encode()))])
        path = up.json()[0]
        status, body = _call(bob, app.url, "upload_event", [[{"path": path, "meta": {"_type": "gradio.FileData"}}]])
        assert status == 200 and ADMIN_ONLY in _decoded(body)
        status, body = _call(bob, app.url, "delete_event", ["subsidy_test.txt", True])
        assert status == 200 and ADMIN_ONLY_DELETE in _decoded(body)
        assert not (app.ui.settings.uploads_dir / "bob.txt").exists()
        assert "subsidy_test.txt" in {d["file"] for d in app.ui.assistant.documents()}

    def test_gradio_client_sees_only_ask_and_it_caps_questions(self, app):
        client = Client(app.url, auth=("bob", BOB_PW), verbose=False)
        for kwargs in ({"fn_index": 11}, {"api_name": "/upload_event"}, {"api_name": "/delete_event"}):
            with pytest.raises(ValueError):
                client.predict([], **kwargs)
        with pytest.raises(Exception, match="質問が長すぎます"):
            client.predict("補" * 2001, api_name="/ask")
        assert client.predict("みらい創業支援補助金の交付額は？", api_name="/ask")["refused"] is False

    def test_answering_handlers_share_one_concurrency_group(self, app):
        groups = {fn.api_name: (fn.concurrency_id, fn.concurrency_limit) for fn in app.demo.fns.values()}
        answering = [v for k, v in groups.items() if k.startswith("respond") or k == "ask"]
        assert len(answering) == 4
        assert set(answering) == {(ANSWER_GROUP, app.ui.settings.concurrency)}

    def test_repeated_failures_lock_the_address_out_with_429(self, app):
        throttle = app.ui.authenticator.throttle
        throttle.base = 60.0  # lockouts longer than the test (the default starts at 1 s)
        url = app.url
        statuses = []
        with httpx.Client() as c:
            for _ in range(auth.FREE_FAILURES + 2):
                statuses.append(c.post(url + "login", data={"username": "bob", "password": "nope"}).status_code)
        try:
            assert statuses[: auth.FREE_FAILURES] == [400] * auth.FREE_FAILURES
            assert statuses[-1] == 429
            # while locked, even the right password is refused for this address
            with httpx.Client() as c:
                r = c.post(url + "login", data={"username": "alice", "password": ALICE_PW})
                assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
                assert "ログインの試行が多すぎます" in r.json()["detail"]
        finally:
            throttle._state.clear()
            throttle.base = auth.BACKOFF_BASE
        assert self._login(url, "alice", ALICE_PW)

    def test_sessions_expire(self, app):
        alice = self._login(app.url, "alice", ALICE_PW)
        assert alice.get(app.url + "config").status_code == 200
        tokens = app.demo.server_app.tokens
        assert isinstance(tokens, SessionTokens) and tokens.max_age == app.ui.settings.session_hours * 3600
        real = tokens.clock
        tokens.clock = lambda: real() + tokens.max_age + 1
        try:
            assert alice.get(app.url + "config").status_code == 401
        finally:
            tokens.clock = real


# --- feedback file integrity ------------------------------------------------------------------------
class TestFeedbackIntegrity:
    def test_partial_last_line_is_skipped_and_the_next_record_starts_clean(self, tmp_path):
        log = FeedbackLog(tmp_path / "feedback.jsonl")
        log.record(question="q1", answer="a1", citations=[], backend="x", rating="up")
        with open(log.path, "ab") as f:
            f.write(b'{"time": "2026-12-01T00:00:00", "rating": "do')  # a crash mid-write
        log.record(question="q2", answer="a2", citations=[], backend="x", rating="down")
        assert [r["question"] for r in log.read()] == ["q1", "q2"]

    def test_records_are_capped(self, tmp_path):
        log = FeedbackLog(tmp_path / "feedback.jsonl")
        record = log.record(question="q" * 50_000, answer="a" * 100_000, rating="up", backend="x",
                            citations=[{"n": i, "text": "t" * 10_000, "nested": {"x": 1}} for i in range(100)])
        assert len(record["question"]) == 2000 and len(record["answer"]) == MAX_ANSWER_CHARS
        assert len(record["citations"]) == MAX_CITATIONS and record["citations"][0] == {"n": 0, "text": "t" * 2000}
        assert log.path.stat().st_size < 120_000

    def test_concurrent_writers_never_interleave(self, tmp_path):
        path = tmp_path / "feedback.jsonl"

        def write(n):
            log = FeedbackLog(path)  # one object per thread: only the file lock orders them
            for i in range(20):
                log.record(question=f"{n}-{i}", answer="回答" * 2000, citations=[], backend="x", rating="up")

        threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 120 and all(json.loads(line)["answer"] == "回答" * 2000 for line in lines)
