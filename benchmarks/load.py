"""Load test of the chat UI's /ask endpoint: N simulated users over gradio_client, bounded.

    .venv/bin/python benchmarks/load.py                 # starts its own server on 127.0.0.1
    .venv/bin/python benchmarks/load.py --url http://127.0.0.1:7860/   # a running server (loopback only)

Each user sends `--questions` questions one after another; all users run at the same time.
Everything stops at `--timeout` seconds (unfinished requests count as timeouts). Prints
throughput (answers/s) and p50/p95 latency. Without --url the server uses the configured state
dir (POLICY_ASSISTANT_HOME, or --home) and ingests the bundled corpus first when it is empty.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ui.auth import is_loopback  # noqa: E402

QUESTIONS = [
    "神奈川県と遼寧省がMOUを締結したのはいつですか？",
    "企業誘致促進賃料補助金の交付額は？",
    "国際環境特区の対象区域はどこですか？",
    "さがみロボット産業特区の実証実験等の実施件数の令和6年度の実績は？",
    "企業立地促進補助金の累計額は？",
    "京浜臨海部ライフイノベーション国際戦略総合特区の評価は？",
    "大連の地方発展協力モデル区の目標は何ですか？",
]

log = logging.getLogger("benchmarks.load")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def start_server(home: Path | None, concurrency: int | None):
    """Launch the app on a free loopback port without login; returns the Running app."""
    from assistant.service import Assistant
    from assistant.settings import Settings
    from ui.app import launch

    settings = Settings.from_env()
    changes = {"host": "127.0.0.1", "port": _free_port(), "users": None, "users_file": None}
    if home:
        changes["home"] = home
    if concurrency:
        changes["concurrency"] = concurrency
    settings = settings.with_(**changes)
    assistant = Assistant(settings)
    if assistant.ensure_index(progress=False) is not None:
        log.info("ingested the bundled corpus into %s", settings.home)
    return launch(settings, assistant=assistant, prevent_thread_lock=True)


def run_load(url: str, users: int, questions: int, timeout: float) -> dict:
    """Run `users` concurrent clients with `questions` questions each; return the measurements."""
    from gradio_client import Client

    deadline = time.monotonic() + timeout
    latencies: list[float] = []
    errors: list[str] = []
    timeouts = 0
    lock = threading.Lock()
    start_gate = threading.Barrier(users + 1)

    def user(u: int) -> None:
        nonlocal timeouts
        client = Client(url, verbose=False)
        start_gate.wait()
        for i in range(questions):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                with lock:
                    timeouts += questions - i
                return
            q = QUESTIONS[(u + i) % len(QUESTIONS)]
            t0 = time.perf_counter()
            try:
                job = client.submit(q, api_name="/ask")
                data = job.result(timeout=remaining)
                if not isinstance(data, dict) or "answer" not in data:
                    raise ValueError(f"unexpected response {type(data).__name__}")
            except TimeoutError:
                with lock:
                    timeouts += questions - i
                return
            except Exception as err:  # a failed request is a measurement, not a crash
                with lock:
                    errors.append(f"user {u}: {type(err).__name__}: {err}")
                continue
            with lock:
                latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=user, args=(u,), daemon=True) for u in range(users)]
    for t in threads:
        t.start()
    start_gate.wait(timeout=120)
    t_start = time.perf_counter()
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()) + 5)
    wall = time.perf_counter() - t_start
    return {
        "users": users,
        "questions_per_user": questions,
        "answered": len(latencies),
        "errors": len(errors),
        "timeouts": timeouts,
        "seconds": round(wall, 2),
        "answers_per_second": round(len(latencies) / wall, 3) if wall > 0 else 0.0,
        "p50_seconds": round(_percentile(latencies, 0.50), 3),
        "p95_seconds": round(_percentile(latencies, 0.95), 3),
        "max_seconds": round(max(latencies), 3) if latencies else None,
        "error_samples": errors[:3],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Load test of /ask with concurrent simulated users (loopback only).")
    p.add_argument("--url", help="a running server on a loopback address (default: start one)")
    p.add_argument("--users", type=int, default=10)
    p.add_argument("--questions", type=int, default=5, help="questions per user")
    p.add_argument("--timeout", type=float, default=300.0, help="global time limit in seconds")
    p.add_argument("--home", type=Path, help="state dir for the server started here")
    p.add_argument("--concurrency", type=int, help="server concurrency limit (default: settings)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    args = p.parse_args(argv)
    if not (1 <= args.users <= 50 and 1 <= args.questions <= 50 and 0 < args.timeout <= 1800):
        p.error("users and questions must be 1-50, timeout 0-1800 s")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

    running = None
    url = args.url
    if url:
        host = urlsplit(url).hostname or ""
        if not is_loopback(host):
            p.error(f"--url must point at a loopback address (127.0.0.1, localhost, ::1), got {host!r}")
    else:
        running = start_server(args.home, args.concurrency)
        url = running.url
    try:
        result = run_load(url, args.users, args.questions, args.timeout)
    finally:
        if running is not None:
            running.demo.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"users={result['users']} questions/user={result['questions_per_user']} "
              f"answered={result['answered']} errors={result['errors']} timeouts={result['timeouts']}")
        print(f"wall={result['seconds']}s throughput={result['answers_per_second']} answers/s "
              f"p50={result['p50_seconds']}s p95={result['p95_seconds']}s max={result['max_seconds']}s")
        for e in result["error_samples"]:
            print(f"  error: {e}")
    return 0 if result["answered"] and not result["errors"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
