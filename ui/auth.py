"""Optional login for the chat UI: bcrypt password hashes, users and roles.

Users come from `settings.users_file` (JSON: {"users": [{"username", "password_hash", "role"}]})
and/or `settings.users` (env POLICY_ASSISTANT_USERS): entries separated by ";" (or newlines),
fields by ":" - "alice:<bcrypt hash>:admin;bob:<bcrypt hash>:user". bcrypt hashes use only
[./A-Za-z0-9$], so ":" and ";" can never occur inside one. The role may be omitted ("user").

Without any configured user the UI is open, which `serve()` only allows on a loopback host;
everyone is then treated as an admin (single-user local use).

`python -m ui.auth` prints the bcrypt hash of a password typed at the prompt (or read from
stdin with --stdin), and with --user NAME the ready-to-paste POLICY_ASSISTANT_USERS entry.
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import bcrypt

from corpus.errors import PolicyAssistantError

log = logging.getLogger(__name__)

ROLES = ("admin", "user")
#: bcrypt only looks at the first 72 bytes; longer passwords are refused rather than truncated.
MAX_PASSWORD_BYTES = 72


class AuthConfigError(PolicyAssistantError):
    """The users file or POLICY_ASSISTANT_USERS cannot be used."""

    ja = "ログインユーザーの設定が正しくありません。"


def hash_password(password: str, *, rounds: int = 12) -> str:
    """Return the bcrypt hash (str, "$2b$...") of `password`.

    Raises:
        ValueError: empty password, or longer than 72 bytes in UTF-8.
    """
    raw = password.encode("utf-8")
    if not raw:
        raise ValueError("password must not be empty")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise ValueError(f"password must be at most {MAX_PASSWORD_BYTES} bytes in UTF-8, got {len(raw)}")
    return bcrypt.hashpw(raw, bcrypt.gensalt(rounds=rounds)).decode("ascii")


def verify_password(password: str, password_hash: str) -> bool:
    """True when `password` matches the bcrypt `password_hash`; False on any mismatch or bad hash."""
    raw = (password or "").encode("utf-8")
    if not raw or len(raw) > MAX_PASSWORD_BYTES:
        return False
    try:
        return bcrypt.checkpw(raw, password_hash.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return False


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (the hosts where an open UI is allowed)."""
    host = (host or "").strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class User:
    """A login: name, bcrypt hash and role ("admin" may upload documents)."""

    username: str
    password_hash: str
    role: str = "user"


def _make_user(username: str, password_hash: str, role: str, where: str) -> User:
    username, password_hash, role = username.strip(), password_hash.strip(), (role or "user").strip()
    if not username:
        raise AuthConfigError(f"{where}: empty username", ja=f"ログインユーザーの設定が正しくありません（{where}: ユーザー名が空です）。")
    if role not in ROLES:
        raise AuthConfigError(f"{where}: role must be one of {ROLES}, got {role!r}",
                              ja=f"ログインユーザーの設定が正しくありません（{where}: 役割は admin か user です）。")
    if not password_hash.startswith("$2"):
        raise AuthConfigError(
            f"{where}: password_hash of {username!r} is not a bcrypt hash",
            ja=f"ログインユーザーの設定が正しくありません（{where}: {username} のパスワードが bcrypt ハッシュではありません。"
               "`python -m ui.auth` で作成してください）。",
        )
    return User(username, password_hash, role)


def parse_users_env(value: str) -> list[User]:
    """Parse POLICY_ASSISTANT_USERS: "name:hash[:role]" entries separated by ";" or newlines."""
    users = []
    for n, entry in enumerate(value.replace("\n", ";").split(";"), 1):
        entry = entry.strip()
        if not entry:
            continue
        parts = entry.split(":")
        if len(parts) not in (2, 3):
            raise AuthConfigError(
                f"POLICY_ASSISTANT_USERS entry {n} must be name:hash[:role], got {len(parts)} fields",
                ja=f"POLICY_ASSISTANT_USERS の {n} 番目の項目は「ユーザー名:ハッシュ:役割」の形式にしてください。",
            )
        users.append(_make_user(parts[0], parts[1], parts[2] if len(parts) == 3 else "user",
                                f"POLICY_ASSISTANT_USERS {n}"))
    return users


def load_users_file(path: Path) -> list[User]:
    """Read {"users": [{"username", "password_hash", "role"}]} from a JSON file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AuthConfigError(f"users file not found: {path}", ja=f"ユーザー設定ファイルが見つかりません: {path}") from None
    except (OSError, ValueError) as err:
        raise AuthConfigError(f"cannot read users file {path}: {err}",
                              ja=f"ユーザー設定ファイルを読み込めません（JSON 形式を確認してください）: {path}") from None
    entries = data.get("users") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise AuthConfigError(f"{path}: expected an object with a 'users' list",
                              ja=f"ユーザー設定ファイルには \"users\" の一覧が必要です: {path}")
    users = []
    for n, e in enumerate(entries, 1):
        if not isinstance(e, dict):
            raise AuthConfigError(f"{path}: users[{n}] is not an object", ja=f"ユーザー設定ファイルの {n} 番目の項目が正しくありません。")
        users.append(_make_user(str(e.get("username", "")), str(e.get("password_hash", "")),
                                str(e.get("role", "user")), f"{Path(path).name} {n}"))
    return users


class UserStore:
    """The configured logins. Empty means open access (everyone is an admin)."""

    def __init__(self, users: list[User] | tuple[User, ...] = ()):
        self._users: dict[str, User] = {}
        for u in users:
            if u.username in self._users:
                log.warning("user %r is defined more than once; the last definition wins", u.username)
            self._users[u.username] = u

    @classmethod
    def from_settings(cls, settings) -> "UserStore":
        """Users of settings.users_file, then settings.users (env entries override the file's)."""
        users: list[User] = []
        if settings.users_file:
            users += load_users_file(settings.users_file)
        if settings.users:
            users += parse_users_env(settings.users)
        return cls(users)

    @property
    def enabled(self) -> bool:
        """True when login is required."""
        return bool(self._users)

    def __len__(self) -> int:
        return len(self._users)

    def authenticate(self, username: str, password: str) -> bool:
        """Gradio's `auth=` callable: True when the user exists and the password matches."""
        user = self._users.get((username or "").strip())
        ok = user is not None and verify_password(password, user.password_hash)
        if not ok:
            log.warning("failed login for %r", username)
        return ok

    def role(self, username: str | None) -> str | None:
        """Role of `username`; "admin" for everyone when login is off; None for unknown users."""
        if not self.enabled:
            return "admin"
        user = self._users.get(username or "")
        return user.role if user else None

    def is_admin(self, username: str | None) -> bool:
        return self.role(username) == "admin"


def main(argv: list[str] | None = None) -> int:
    """`python -m ui.auth [--user NAME] [--role admin|user] [--stdin]`: print a bcrypt hash."""
    p = argparse.ArgumentParser(prog="python -m ui.auth", description="ログイン用パスワードの bcrypt ハッシュを作成します。")
    p.add_argument("--user", help="ユーザー名（指定すると POLICY_ASSISTANT_USERS 用の1行も表示）")
    p.add_argument("--role", choices=ROLES, default="user", help="役割（admin は文書の追加が可能）")
    p.add_argument("--stdin", action="store_true", help="パスワードを標準入力の1行目から読む")
    args = p.parse_args(argv)
    if args.stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("パスワード: ")
        if getpass.getpass("パスワード（確認）: ") != password:
            print("エラー: パスワードが一致しません。", file=sys.stderr)
            return 1
    try:
        hashed = hash_password(password)
    except ValueError:
        print(f"エラー: パスワードは1〜{MAX_PASSWORD_BYTES}バイトにしてください。", file=sys.stderr)
        return 1
    print(hashed)
    if args.user:
        print(f"POLICY_ASSISTANT_USERS 用: {args.user}:{hashed}:{args.role}")
        print("ユーザー設定ファイル用: " + json.dumps({"username": args.user, "password_hash": hashed, "role": args.role},
                                                   ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
