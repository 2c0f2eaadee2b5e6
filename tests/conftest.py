"""Shared fixtures: every test gets its own state dir and no route to the internet."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BUNDLED = REPO / "corpus" / "documents"


@pytest.fixture(autouse=True)
def state_home(tmp_path, monkeypatch):
    """Relocate all on-disk state into the test's temp dir; clear LLM settings."""
    home = tmp_path / "state"
    monkeypatch.setenv("POLICY_ASSISTANT_HOME", str(home))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CHROMA_HOST", "EMBEDDING_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    monkeypatch.chdir(tmp_path)  # so a developer's .env is never read
    return home


_real_connect = socket.socket.connect


def _guarded_connect(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and not (
        host in ("localhost", "::1", "0.0.0.0") or host.startswith("127.") or self.family == socket.AF_UNIX
    ):
        raise OSError(f"tests may not reach the network: {address!r}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Block outbound connections so no test can depend on the internet."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture
def shared_corpus() -> Path:
    """The full five-document corpus in ../shared; skips when it is absent (a user's clone)."""
    path = SHARED / "corpus"
    if not (path / "manifest.json").is_file():
        pytest.skip("../shared/corpus is not present")
    return path
