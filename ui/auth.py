"""Optional login for the chat UI: bcrypt password hashes, users and roles.

Users come from `settings.users_file` (JSON: {"users": [{"username", "password_hash", "role"}]})
and/or `settings.users` (env POLICY_ASSISTANT_USERS): entries separated by ";" (or newlines),
fields by ":" - "alice:<bcrypt hash>:admin;bob:<bcrypt hash>:user". bcrypt hashes use only
[./A-Za-z0-9$], so ":" and ";" can never occur inside one. The role may be omitted ("user").

Without any configured user the UI is open, which `serve()` only allows on a loopback host;
everyone is then treated as an admin (single-user local use).

`python -m ui.auth` prints the bcrypt hash of a password typed at the prompt (or read from
stdin with --stdin), and with --user NAME the ready-to-paste POLICY_ASSISTANT_USERS entry.

Login hardening (wired into Gradio by ui.app.launch):
- `Authenticator.check` is Gradio's async `auth=` callable: bcrypt runs in a small worker pool,
  never on the event loop, and unknown users cost one bcrypt too (a dummy hash);
- `LoginThrottle` backs off per client address and per user name after a few failures;
  `LoginGuard` (ASGI middleware) answers 429 to a locked-out address before reading the form;
- `SessionTokens` replaces Gradio's token table so that sessions expire.
"""

from __future__ import annotations

import argparse
import asyncio
import contextvars
import getpass
import ipaddress
import json
import logging
import re
import sys
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import bcrypt

from corpus.cleaning import safe_line
from corpus.errors import PolicyAssistantError

log = logging.getLogger(__name__)

ROLES = ("admin", "user")
#: bcrypt only looks at the first 72 bytes; longer passwords are refused rather than truncated.
MAX_PASSWORD_BYTES = 72
#: Characters of a user name written to the log (a flood of long names must not fill it).
LOG_NAME_CHARS = 32
_ROUNDS = re.compile(r"^\$2[abxy]?\$(\d\d)\$")


def log_name(username: str | None) -> str:
    """A user name as it may appear in the log: printable, one line, at most LOG_NAME_CHARS."""
    name = safe_line(username or "")
    return name if len(name) <= LOG_NAME_CHARS else name[:LOG_NAME_CHARS] + "…"


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

    def verify(self, username: str, password: str) -> bool:
        """True when the user exists and the password matches. Costs one bcrypt either way:
        an unknown name is checked against a dummy hash of the same cost, so the answer's
        timing does not tell whether a name exists."""
        user = self._users.get((username or "").strip())
        ok = verify_password(password, user.password_hash if user is not None else self._dummy_hash())
        return ok and user is not None

    def authenticate(self, username: str, password: str) -> bool:
        """Synchronous check with logging (the UI uses Authenticator.check instead)."""
        ok = self.verify(username, password)
        if not ok:
            log.warning("failed login for %r", log_name(username))
        return ok

    def _dummy_hash(self) -> str:
        dummy = getattr(self, "_dummy", None)
        if dummy is None:
            rounds = [int(m.group(1)) for u in self._users.values() if (m := _ROUNDS.match(u.password_hash))]
            dummy = hash_password("dummy-password-never-matches", rounds=max(rounds, default=12))
            self._dummy = dummy
        return dummy

    def role(self, username: str | None) -> str | None:
        """Role of `username`; "admin" for everyone when login is off; None for unknown users."""
        if not self.enabled:
            return "admin"
        user = self._users.get(username or "")
        return user.role if user else None

    def is_admin(self, username: str | None) -> bool:
        return self.role(username) == "admin"


# --- login throttling, async checks, sessions --------------------------------------------------

#: Failures allowed before a key (client address or user name) is locked out.
FREE_FAILURES = 5
#: Lockout after the (FREE_FAILURES + n)-th failure: BACKOFF_BASE * 2**n seconds, at most BACKOFF_MAX.
BACKOFF_BASE = 1.0
BACKOFF_MAX = 300.0
#: A key with no failure for this long is forgotten (its count restarts).
FORGET_AFTER = 3600.0
#: Keys tracked at most (the oldest are forgotten first), so spoofed names cannot exhaust memory.
MAX_KEYS = 10000
#: bcrypt checks run in this many threads; more pending checks than MAX_PENDING are refused at
#: once (bcrypt cost 12 takes ~0.25-0.5 s of one core: one worker leaves the other core to answers).
LOGIN_WORKERS = 1
MAX_PENDING = 4

#: How long a locked-out address waits for its 429 (at most the lockout left).
TARPIT_SECONDS = 1.0
#: The client address of the request being handled (set by LoginGuard for /login).
CLIENT_ADDRESS: contextvars.ContextVar[str | None] = contextvars.ContextVar("client_address", default=None)


class LoginThrottle:
    """Exponential backoff per key after FREE_FAILURES failures. Thread-safe.

    Args:
        clock: seconds, monotonic (injectable for tests).
    """

    def __init__(self, *, free_failures: int = FREE_FAILURES, base: float = BACKOFF_BASE, maximum: float = BACKOFF_MAX,
                 forget_after: float = FORGET_AFTER, max_keys: int = MAX_KEYS, clock: Callable[[], float] = time.monotonic):
        if free_failures < 0 or base <= 0 or maximum < base:
            raise ValueError(f"bad backoff: free_failures={free_failures}, base={base}, maximum={maximum}")
        self.free_failures, self.base, self.maximum = free_failures, base, maximum
        self.forget_after, self.max_keys, self.clock = forget_after, max_keys, clock
        self._lock = threading.Lock()
        self._state: OrderedDict[tuple[str, str], tuple[int, float, float]] = OrderedDict()  # failures, last, until

    def locked_for(self, key: tuple[str, str]) -> float:
        """Seconds `key` stays locked out (0 when it may try)."""
        now = self.clock()
        with self._lock:
            entry = self._state.get(key)
            if entry is None:
                return 0.0
            failures, last, until = entry
            if now - last > self.forget_after:
                del self._state[key]
                return 0.0
            return max(0.0, until - now)

    def failure(self, key: tuple[str, str]) -> float:
        """Count a failure; returns the lockout it starts (0 while failures are still free)."""
        now = self.clock()
        with self._lock:
            failures, last, _ = self._state.pop(key, (0, now, 0.0))
            if now - last > self.forget_after:
                failures = 0
            failures += 1
            over = failures - self.free_failures
            lock = min(self.maximum, self.base * 2 ** (over - 1)) if over > 0 else 0.0
            self._state[key] = (failures, now, now + lock)
            while len(self._state) > self.max_keys:
                self._state.popitem(last=False)
            return lock

    def success(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._state.pop(key, None)


class Authenticator:
    """Gradio's login check, off the event loop and throttled.

    Pass `authenticator.check` (a coroutine function) as `auth=` to `Blocks.launch`.
    """

    def __init__(self, users: UserStore, throttle: LoginThrottle | None = None, *,
                 workers: int = LOGIN_WORKERS, max_pending: int = MAX_PENDING):
        if workers <= 0 or max_pending <= 0:
            raise ValueError(f"workers and max_pending must be > 0, got {workers}, {max_pending}")
        self.users = users
        self.throttle = throttle or LoginThrottle()
        self.max_pending = max_pending
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="login")
        self._pending = 0
        self.refused = 0  # attempts refused without a bcrypt (locked out or pool busy)

    async def check(self, username: str, password: str) -> bool:
        """True when the login is valid; False when wrong, locked out, or too many checks are pending."""
        name = (username or "").strip()
        address = CLIENT_ADDRESS.get()
        keys = [("user", name)] + ([("addr", address)] if address else [])
        if any(self.throttle.locked_for(k) > 0 for k in keys):
            self.refused += 1
            return False
        if self._pending >= self.max_pending:
            # more attempts at once than the pool checks: a flood; it counts against its address
            self.refused += 1
            self._failed([k for k in keys if k[0] == "addr"])
            return False
        self._pending += 1  # the event loop is single-threaded: no lock needed
        try:
            ok = await asyncio.get_running_loop().run_in_executor(self._pool, self.users.verify, name, password)
        finally:
            self._pending -= 1
        if ok:
            self.throttle.success(("user", name))
            log.info("login of %r from %s", log_name(name), address or "?")
            return True
        log.warning("failed login for %r from %s", log_name(name), address or "?")
        self._failed(keys)
        return False

    def _failed(self, keys: list[tuple[str, str]]) -> None:
        for key in keys:
            lock = self.throttle.failure(key)
            if lock:  # logged once per lockout, not per attempt
                log.warning("login locked for %s %r for %.0f s after repeated failures", key[0], log_name(key[1]), lock)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


class LoginGuard:
    """ASGI middleware for POST /login: 429 for a locked-out address (no form parsing, no
    bcrypt), and the client address handed to Authenticator.check through CLIENT_ADDRESS.

    Behind a reverse proxy the address is the one uvicorn takes from X-Forwarded-For for
    trusted proxies (FORWARDED_ALLOW_IPS, default 127.0.0.1).
    """

    def __init__(self, app, authenticator: Authenticator):
        self.app = app
        self.authenticator = authenticator

    async def __call__(self, scope, receive, send):
        if scope.get("type") != "http" or scope.get("method") != "POST" or scope.get("path", "").rstrip("/") != "/login":
            return await self.app(scope, receive, send)
        client = scope.get("client")
        address = client[0] if client else None
        wait = self.authenticator.throttle.locked_for(("addr", address)) if address else 0.0
        if wait > 0:
            self.authenticator.refused += 1
            # a tarpit: the answer waits (an idle coroutine, no CPU), so a flooding client that
            # waits for answers slows down to about one attempt per second per connection
            await asyncio.sleep(min(wait, TARPIT_SECONDS))
            body = json.dumps({"detail": "ログインの試行が多すぎます。しばらく待ってから再度お試しください。"},
                              ensure_ascii=False).encode("utf-8")
            await send({"type": "http.response.start", "status": 429, "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"retry-after", str(max(1, int(wait + 0.999))).encode("ascii")),
                (b"content-length", str(len(body)).encode("ascii")),
            ]})
            await send({"type": "http.response.body", "body": body})
            return
        token = CLIENT_ADDRESS.set(address)
        try:
            await self.app(scope, receive, send)
        finally:
            CLIENT_ADDRESS.reset(token)


class SessionTokens(dict):
    """Gradio's session table (token -> user name) with an age limit per token.

    An expired token reads as absent, so the next request of that browser must log in again.
    """

    def __init__(self, max_age_seconds: float, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        if max_age_seconds <= 0:
            raise ValueError(f"max_age_seconds must be > 0, got {max_age_seconds}")
        self.max_age = max_age_seconds
        self.clock = clock
        self._born: dict = {}

    def __setitem__(self, token, user) -> None:
        now = self.clock()
        for old in [t for t, born in self._born.items() if now - born > self.max_age]:
            self._drop(old)
        self._born[token] = now
        super().__setitem__(token, user)

    def _drop(self, token) -> None:
        self._born.pop(token, None)
        super().pop(token, None)

    def _alive(self, token) -> bool:
        if not dict.__contains__(self, token):
            return False
        if self.clock() - self._born.get(token, float("-inf")) > self.max_age:
            self._drop(token)
            return False
        return True

    def __contains__(self, token) -> bool:
        return self._alive(token)

    def get(self, token, default=None):
        return dict.__getitem__(self, token) if self._alive(token) else default

    def __getitem__(self, token):
        if not self._alive(token):
            raise KeyError(token)
        return dict.__getitem__(self, token)

    def __delitem__(self, token) -> None:
        self._born.pop(token, None)
        super().__delitem__(token)

    def keys(self):
        for token in list(dict.keys(self)):
            self._alive(token)
        return dict.keys(self)


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
