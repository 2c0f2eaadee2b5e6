"""FAKE OpenAI-compatible chat-completions server for tests (the only fake in the suite).

The LLM path runs against a REAL llama.cpp server (tests/llama_server.py,
tests/assistant/test_llm_server.py). This fake stays for what a real server cannot be made to
produce on demand: error statuses (401, 404, 429, 500) and their retries, a hang before the
first byte, a connection dropped after an exact number of chunks, an empty reply, a server
that ignores the token cap, and exact model text (a wrong [n], a figure no passage shows, a
source list of the model's own) whose handling must be asserted character by character.

A tiny threaded stdlib HTTP server on 127.0.0.1 that implements just enough of the OpenAI API
for `openai` / `langchain_openai.ChatOpenAI`:

* POST /v1/chat/completions - streaming (SSE "data: {...}" chunks then "data: [DONE]") and
  non-streaming JSON;
* GET /v1/models.

Behaviour is scripted with a queue; each chat request takes the next behaviour (when the queue
is empty, `default_text` is answered). Every request is recorded in `requests`.

    with FakeOpenAIServer() as server:
        server.reply("回答です[1]。")
        server.error(429)            # then...
        server.reply("ok")           # ...success after a retry
        settings = Settings(openai_base_url=server.base_url, ...)
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FakeOpenAIServer", "Behaviour", "RecordedRequest"]


@dataclass
class Behaviour:
    """What the fake does for one chat request.

    Attributes:
        text: the assistant reply (status 200).
        status: HTTP status; non-200 returns an OpenAI-style error body.
        delay: seconds to wait before answering (to trigger client timeouts).
        chunk_size: characters per streamed delta.
        break_after: stream this many chunks, then drop the connection (mid-stream failure).
        headers: extra response headers (e.g. retry-after-ms).
    """

    text: str = ""
    status: int = 200
    delay: float = 0.0
    chunk_size: int = 4
    break_after: int | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class RecordedRequest:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    def content(self, role: str) -> str:
        """All message contents of `role` joined by newlines."""
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == role)


_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "invalid_api_key",
    403: "permission_denied",
    404: "model_not_found",
    429: "rate_limit_exceeded",
}


class FakeOpenAIServer:
    """A scripted fake of the OpenAI chat-completions API; use as a context manager."""

    def __init__(self, default_text: str = "資料に記載が見当たりません。", model: str = "fake-model"):
        self.default_text = default_text
        self.model = model
        self.requests: list[RecordedRequest] = []
        self._queue: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting ---------------------------------------------------------------------------

    def push(self, behaviour: Behaviour) -> "FakeOpenAIServer":
        with self._lock:
            self._queue.append(behaviour)
        return self

    def reply(self, text: str, *, chunk_size: int = 4, delay: float = 0.0) -> "FakeOpenAIServer":
        """Queue a successful reply streamed in `chunk_size`-character deltas."""
        return self.push(Behaviour(text=text, chunk_size=chunk_size, delay=delay))

    def error(self, status: int, message: str = "", *, times: int = 1, retry_after_ms: int = 10) -> "FakeOpenAIServer":
        """Queue `times` error responses with `status` (a short retry-after-ms keeps retries fast)."""
        for _ in range(times):
            self.push(
                Behaviour(
                    status=status,
                    text=message or f"fake error {status}",
                    headers={"retry-after-ms": str(retry_after_ms)},
                )
            )
        return self

    def slow(self, delay: float, text: str = "遅い応答です。", *, times: int = 1) -> "FakeOpenAIServer":
        """Queue `times` replies that wait `delay` seconds before any byte is sent."""
        for _ in range(times):
            self.push(Behaviour(text=text, delay=delay))
        return self

    def broken(self, text: str, *, after_chunks: int = 2, chunk_size: int = 4) -> "FakeOpenAIServer":
        """Queue a reply that drops the connection after `after_chunks` streamed chunks."""
        return self.push(Behaviour(text=text, chunk_size=chunk_size, break_after=after_chunks))

    def _next(self) -> Behaviour:
        with self._lock:
            return self._queue.popleft() if self._queue else Behaviour(text=self.default_text)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> "FakeOpenAIServer":
        server = self

        class Handler(_Handler):
            fake = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "FakeOpenAIServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAIServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):  # a client closed a kept-alive socket
            pass

    def _record(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        body = json.loads(raw) if raw else {}
        self.fake.requests.append(RecordedRequest(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        return body

    def _json(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._record()
        if self.path.rstrip("/").endswith("/models"):
            self._json(200, {"object": "list", "data": [{"id": self.fake.model, "object": "model", "owned_by": "fake"}]})
        else:
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def do_POST(self) -> None:
        body = self._record()
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            return
        b = self.fake._next()
        if b.delay and self.fake._stopping.wait(b.delay):
            return
        try:
            if b.status != 200:
                self._json(
                    b.status,
                    {"error": {"message": b.text, "type": _ERROR_TYPES.get(b.status, "server_error"), "code": None}},
                    {**b.headers, "x-should-retry": "true"} if b.status in (429,) or b.status >= 500 else b.headers,
                )
            elif body.get("stream"):
                self._stream(b, body)
            else:
                self._complete(b, body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def _base(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "created": int(time.time()), "model": body.get("model", self.fake.model)}

    def _complete(self, b: Behaviour, body: dict[str, Any]) -> None:
        payload = {
            **self._base(body),
            "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": b.text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 10, "completion_tokens": len(b.text), "total_tokens": 10 + len(b.text)},
        }
        self._json(200, payload, b.headers)

    def _stream(self, b: Behaviour, body: dict[str, Any]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        for k, v in b.headers.items():
            self.send_header(k, v)
        if b.break_after is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            # Announce more bytes than we send, so closing early is a protocol error.
            self.send_header("Content-Length", "1000000")
        self.end_headers()
        base = {**self._base(body), "object": "chat.completion.chunk"}
        pieces = [b.text[i : i + b.chunk_size] for i in range(0, len(b.text), max(1, b.chunk_size))]
        events = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
        events += [{**base, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]} for p in pieces]
        events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        if (body.get("stream_options") or {}).get("include_usage"):
            events.append({**base, "choices": [], "usage": {"prompt_tokens": 10, "completion_tokens": len(pieces), "total_tokens": 10 + len(pieces)}})
        for i, event in enumerate(events):
            if b.break_after is not None and i > b.break_after:
                self.wfile.flush()
                self.close_connection = True
                return
            self._send_event("data: " + json.dumps(event, ensure_ascii=False) + "\n\n", chunked=b.break_after is None)
        self._send_event("data: [DONE]\n\n", chunked=b.break_after is None)
        if b.break_after is None:
            self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _send_event(self, text: str, *, chunked: bool) -> None:
        data = text.encode()
        if chunked:
            self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        else:
            self.wfile.write(data)
        self.wfile.flush()
