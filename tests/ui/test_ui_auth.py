"""Logins: bcrypt hashes, users from env/file, roles, loopback rule, and login on a live app."""

from __future__ import annotations

import io
import json

import httpx
import pytest
from gradio_client import Client

from assistant.settings import Settings
from corpus.errors import PolicyAssistantError
from ui import auth
from ui.auth import AuthConfigError, User, UserStore

# bcrypt with few rounds keeps the tests fast; the format is the same as the default (12).
ALICE_PW = "正しい馬-battery-staple"
BOB_PW = "bob-pass-123"


@pytest.fixture(scope="module")
def hashes() -> dict[str, str]:
    return {"alice": auth.hash_password(ALICE_PW, rounds=4), "bob": auth.hash_password(BOB_PW, rounds=4)}


class TestPasswords:
    def test_hash_and_verify(self, hashes):
        assert hashes["alice"].startswith("$2b$04$")
        assert auth.verify_password(ALICE_PW, hashes["alice"])
        assert not auth.verify_password("wrong", hashes["alice"])
        assert not auth.verify_password("", hashes["alice"])
        assert not auth.verify_password(ALICE_PW, "not-a-hash")

    @pytest.mark.parametrize("password, error", [("", "must not be empty"), ("あ" * 25, "at most 72 bytes")])
    def test_bad_passwords(self, password, error):
        with pytest.raises(ValueError, match=error):
            auth.hash_password(password, rounds=4)

    def test_main_prints_a_hash_and_env_entry(self, monkeypatch, capsys):
        monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
        assert auth.main(["--stdin", "--user", "alice", "--role", "admin"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert auth.verify_password("s3cret", lines[0])
        assert lines[1] == f"POLICY_ASSISTANT_USERS 用: alice:{lines[0]}:admin"
        assert json.loads(lines[2].split(": ", 1)[1]) == {"username": "alice", "password_hash": lines[0], "role": "admin"}


class TestUsersConfig:
    def test_env_entries(self, hashes):
        users = auth.parse_users_env(f" alice:{hashes['alice']}:admin ;\nbob:{hashes['bob']}; ")
        assert users == [User("alice", hashes["alice"], "admin"), User("bob", hashes["bob"], "user")]

    @pytest.mark.parametrize("entry, match", [
        ("alice", "name:hash"),
        ("alice:$2b$04$abc:boss", "role must be one of"),
        ("alice:plaintext:user", "not a bcrypt hash"),
        (":$2b$04$abc:user", "empty username"),
    ])
    def test_bad_env_entries(self, entry, match):
        with pytest.raises(AuthConfigError, match=match) as info:
            auth.parse_users_env(entry)
        assert info.value.ja.startswith(("POLICY_ASSISTANT_USERS", "ログインユーザーの設定"))

    def test_users_file_and_env_together(self, tmp_path, hashes):
        f = tmp_path / "users.json"
        f.write_text(json.dumps({"users": [{"username": "alice", "password_hash": hashes["alice"], "role": "admin"}]}),
                     encoding="utf-8")
        settings = Settings.from_env(env={}, dotenv=None).with_(users_file=f, users=f"bob:{hashes['bob']}:user")
        store = UserStore.from_settings(settings)
        assert len(store) == 2 and store.role("alice") == "admin" and store.role("bob") == "user"

    def test_bad_users_file(self, tmp_path):
        with pytest.raises(AuthConfigError, match="not found"):
            auth.load_users_file(tmp_path / "missing.json")
        bad = tmp_path / "bad.json"
        bad.write_text("{", encoding="utf-8")
        with pytest.raises(AuthConfigError) as info:
            auth.load_users_file(bad)
        assert "JSON" in info.value.ja

    def test_roles(self, hashes):
        open_store = UserStore()
        assert not open_store.enabled and open_store.role(None) == "admin" and open_store.is_admin("anyone")
        store = UserStore([User("alice", hashes["alice"], "admin"), User("bob", hashes["bob"], "user")])
        assert store.enabled and store.is_admin("alice") and not store.is_admin("bob")
        assert store.role("mallory") is None and not store.is_admin(None)
        assert store.authenticate("bob", BOB_PW) and not store.authenticate("bob", ALICE_PW)
        assert not store.authenticate("mallory", BOB_PW)


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.1.2.3", True), ("localhost", True), ("::1", True), ("[::1]", True),
    ("0.0.0.0", False), ("192.168.1.10", False), ("example.jp", False), ("", False),
])
def test_is_loopback(host, loopback):
    assert auth.is_loopback(host) is loopback


class TestServe:
    def test_refuses_non_loopback_host_without_users(self, tmp_path):
        from ui.app import launch

        settings = Settings.from_env(env={}, dotenv=None).with_(home=tmp_path, host="0.0.0.0", port=1)
        with pytest.raises(PolicyAssistantError) as info:
            launch(settings, prevent_thread_lock=True)
        assert "ログインの設定が必要です" in info.value.ja and "0.0.0.0" in info.value.ja

    def test_bad_users_config_stops_serving(self, tmp_path):
        from ui.app import launch

        settings = Settings.from_env(env={}, dotenv=None).with_(home=tmp_path, users="alice:plain:admin")
        with pytest.raises(AuthConfigError, match="not a bcrypt hash"):
            launch(settings, prevent_thread_lock=True)

    @pytest.mark.slow
    def test_login_required_when_users_are_configured(self, ui_assistant, hashes, port):
        from ui.app import launch

        assistant, settings, _ = ui_assistant
        settings = settings.with_(port=port, users=f"alice:{hashes['alice']}:admin;bob:{hashes['bob']}:user")
        running = launch(settings, assistant=assistant, prevent_thread_lock=True)
        try:
            # no credentials: the app config and the API are closed
            assert httpx.get(running.url + "config", timeout=10).status_code == 401
            with pytest.raises(Exception):
                Client(running.url, verbose=False)
            with pytest.raises(Exception):
                Client(running.url, auth=("bob", "wrong"), verbose=False)
            client = Client(running.url, auth=("bob", BOB_PW), verbose=False)
            data = client.predict("神奈川県と遼寧省がMOUを締結したのはいつですか？", api_name="/ask")
            assert "2018" in data["answer"] and data["citations"]
        finally:
            running.demo.close()
