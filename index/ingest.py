"""Incremental, crash-safe ingest into the dense + lexical stores, and the reader over them.

On-disk state (all under `index_dir`):

    CURRENT            names the live generation ("gen-000007"); replaced atomically
    gen-000007/        catalog.jsonl (every Chunk), records.jsonl (every table record),
                       documents.json, meta.json, bm25/, bigrams/, units/
    ingest.lock        held (flock) by the process that is ingesting

An ingest writes a complete new generation next to the live one and switches CURRENT to it
(write temp + fsync + os.replace: the commit point). Vectors live in Chroma, keyed by chunk id:
new vectors are upserted *before* the commit and vectors of dropped chunks are deleted only
*after* it, so a kill -9 at any moment leaves the previous generation fully usable. Readers
only trust ids in the live catalog (dense hits outside it are ignored); the next ingest deletes
such orphans and re-embeds catalog chunks whose vectors are missing.

The generation's meta names its Chroma collection. A reset or an embedding-model change writes
every vector into a new collection ("<collection>-g<number>") and the switch of CURRENT
switches collections too; the previous one is dropped only after the commit. `repair()`
rebuilds an unreadable store for the live generation from the embedding cache.

With a Chroma server (`remote`, see index/remote.py) the server is the source of truth: the
commit uploads the generation folder and replaces the live marker there, readers poll that
marker and keep downloaded generations under `index_dir/remote/<id>/`, and the ingest lock is
also a lease in the server, so any number of app processes on any machines share one index.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import shutil
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Collection, Iterator, Sequence

import numpy as np

from corpus.errors import IndexNotBuiltError, LoadError, PolicyAssistantError
from corpus.models import Chunk, DocumentMeta, LoadedDocument
from corpus.records import TableRecord, records_from_jsonl, records_to_jsonl
from index.bigrams import BigramIndex
from index.units import UnitIndex
from index.embeddings import Embedder
from index.lexical import LexicalIndex
from index.remote import ChromaGenerations, GenerationUnavailable
from index.store import DenseStore, DenseStoreError
from index.tokenizer import JapaneseTokenizer, get_tokenizer

logger = logging.getLogger(__name__)

__all__ = ["Index", "IngestReport", "IndexBusyError", "passage_text", "lexical_text"]

CURRENT = "CURRENT"
LOCK_FILE = "ingest.lock"
CATALOG = "catalog.jsonl"
RECORDS = "records.jsonl"
DOCUMENTS = "documents.json"
META = "meta.json"
BM25_DIR = "bm25"
BIGRAM_DIR = "bigrams"
UNIT_DIR = "units"
# 2: the generation holds bigrams/ (character-bigram BM25, built at ingest)
# 3: and units/ (bigram BM25 over structural units: label–value lines, list items, table rows)
FORMAT_VERSION = 3
REMOTE_CACHE = "remote"
# How often a reader asks the Chroma server whether another process committed a generation.
REMOTE_POLL_SECONDS = 2.0
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_GEN_RE = re.compile(r"^gen-(\d+)(\.tmp)?$")
_CHUNK_FIELDS = {f.name for f in dataclasses.fields(Chunk)}
_CHUNK_REQUIRED = {f.name for f in dataclasses.fields(Chunk)
                   if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
_CHUNK_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Chunk) if f.default is not dataclasses.MISSING}

Loader = Callable[..., LoadedDocument]


class IndexBusyError(PolicyAssistantError):
    """Another process is ingesting into the same index."""

    ja = "別の取り込み処理が実行中です。終わってから再度お試しください。"


@dataclass
class IngestReport:
    """What one ingest did.

    `documents` lists the files given to this run (status added / updated / unchanged);
    `removed` the paths pruned from the index; `chunks` is the index total after the run and
    `embedded` the chunks whose vectors were written to the dense store in this run.
    """

    documents: list[dict] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    skipped: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    removed: list[str] = field(default_factory=list)
    generation: int = 0

    def to_json(self) -> dict:
        """{"documents", "chunks", "embedded", "skipped", "seconds"} (+ "removed" when any)."""
        out: dict[str, Any] = {
            "documents": [dict(d) for d in self.documents],
            "chunks": self.chunks,
            "embedded": self.embedded,
            "skipped": [dict(s) for s in self.skipped],
            "seconds": round(self.seconds, 3),
        }
        if self.removed:
            out["removed"] = list(self.removed)
        return out


def passage_text(chunk: Chunk) -> str:
    """The text embedded for a chunk: "title > section", the table heading, then the chunk text.

    Title and section place a short chunk (a table row, a list item) in its document, which
    dense retrieval cannot infer from the slice alone.
    """
    head = " > ".join(p for p in (chunk.title, chunk.section) if p)
    return "\n".join(p for p in (head, chunk.heading, chunk.text) if p)


def lexical_text(chunk: Chunk) -> str:
    """The text BM25 indexes for a chunk: section, table heading and chunk text.

    The title is left out: it is the same for every chunk of a document and would only add
    length, not discrimination between its chunks.
    """
    return "\n".join(p for p in (chunk.section, chunk.heading, chunk.text) if p)


@dataclass
class _Generation:
    """One loaded, immutable generation: what readers query."""

    number: int
    chunks: list[Chunk]
    by_id: dict[str, Chunk]
    by_doc: dict[str, list[Chunk]]
    documents: list[dict]
    meta: dict
    lexical: LexicalIndex
    records: list[TableRecord] = field(default_factory=list)
    stamp: tuple | None = None
    bigrams: BigramIndex | None = None
    units: UnitIndex | None = None


#: Test hook for the kill -9 drills: when this variable names a point of an ingest ("loading",
#: "embedding", "lexical", "switch", "switched"), the process SIGKILLs itself there.
CRASH_ENV = "POLICY_ASSISTANT_TEST_KILL_AT"
CRASH_POINTS = ("loading", "embedding", "lexical", "switch", "switched")


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        import signal

        logger.warning("%s=%s: killing this process now", CRASH_ENV, name)
        for handler in logging.getLogger().handlers:
            handler.flush()
        os.kill(os.getpid(), signal.SIGKILL)


def _gen_name(number: int) -> str:
    return f"gen-{number:06d}"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_file(path: Path, data: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _write_lines(path: Path, lines: Iterator[str]) -> None:
    """Write `lines` one by one (a 300k-chunk catalog joined first would need ~1.5 GB)."""
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)
        f.flush()
        os.fsync(f.fileno())


def _file_sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _chunker_key(chunker: Any) -> str:
    """Identify a chunker and its settings, so a settings change re-chunks every document."""
    target = getattr(chunker, "__self__", chunker)  # a bound `.chunk` method -> its Chunker
    if hasattr(target, "__code__"):  # a plain function
        return json.dumps([target.__module__, target.__qualname__, {}])
    settings = {
        k: v for k, v in sorted(getattr(target, "__dict__", {}).items())
        if not k.startswith("_") and isinstance(v, (int, float, str, bool))
    }
    return json.dumps([type(target).__module__, type(target).__qualname__, settings], ensure_ascii=False, sort_keys=True)


def _call_chunker(chunker: Any, doc: LoadedDocument) -> list[Chunk]:
    fn = getattr(chunker, "chunk", None)
    return list(fn(doc) if callable(fn) else chunker(doc))


def _unique_ids(chunks: list[Chunk]) -> list[Chunk]:
    """Make chunk ids unique within a document (repeated identical text) deterministically."""
    seen: dict[str, int] = {}
    out = []
    for c in chunks:
        n = seen.get(c.id, 0)
        seen[c.id] = n + 1
        out.append(c if n == 0 else dataclasses.replace(c, id=f"{c.id}-{n}"))
    return out


def _chunk_from_record(record: dict) -> Chunk:
    """A Chunk from its catalog record (unknown keys ignored, missing optional fields defaulted).

    Chunk is frozen, so its __init__ sets each field through object.__setattr__; at 300k chunks
    that was half of opening a generation. A record written by asdict() is already complete
    and typed, so the instance dict is filled directly.
    """
    values = {**_CHUNK_DEFAULTS, "extra": {}, **record}
    if len(values) != len(_CHUNK_FIELDS) or not values.keys() <= _CHUNK_FIELDS:
        missing = _CHUNK_REQUIRED - values.keys()
        if missing:
            raise ValueError(f"catalog record lacks {sorted(missing)}: {record.get('id')!r}")
        values = {k: v for k, v in values.items() if k in _CHUNK_FIELDS}
    chunk = object.__new__(Chunk)
    chunk.__dict__.update(values)
    return chunk


def _dense_metadata(chunk: Chunk) -> dict:
    return {
        "doc_id": chunk.doc_id,
        "file": chunk.file,
        "section": chunk.section,
        "kind": chunk.kind,
        "position": chunk.position,
        "page": chunk.page,
    }


def _load_or_build(folder: Path, name: str, load, build):
    """The generation's saved index `name`; built (and saved, once) for a generation older than it."""
    try:
        return load(folder / name)
    except FileNotFoundError:
        pass
    logger.info("%s has no %s index (written by an older version): building it once", folder.name, name)
    index = build()
    tmp = folder / f"{name}.tmp-{os.getpid()}"
    try:
        index.save(tmp)
        os.rename(tmp, folder / name)  # fails if another process got there first: fine
        _fsync_dir(folder)
    except OSError as e:  # read-only or concurrently written: keep the in-memory one
        logger.info("could not save the %s index into %s: %s", name, folder, e)
        shutil.rmtree(tmp, ignore_errors=True)
    return index


def _load_or_build_bigrams(folder: Path, chunks: list[Chunk]) -> BigramIndex:
    return _load_or_build(folder, BIGRAM_DIR, BigramIndex.load,
                          lambda: BigramIndex.build([c.id for c in chunks], [lexical_text(c) for c in chunks]))


def _load_or_build_units(folder: Path, chunks: list[Chunk]) -> UnitIndex:
    return _load_or_build(folder, UNIT_DIR, UnitIndex.load, lambda: UnitIndex.build(chunks))


def _load_records(folder: Path) -> list[TableRecord]:
    """The generation's table records (none for a generation written before records existed)."""
    path = folder / RECORDS
    return records_from_jsonl(path.read_text(encoding="utf-8")) if path.exists() else []


def _expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files to ingest: files as given, folders expanded (recursively, sorted), duplicates dropped."""
    from corpus.loaders import iter_files

    return iter_files([Path(p) for p in paths])


class Index:
    """The chunk index: dense vectors (Chroma) + BM25 + the chunk catalog, with crash-safe ingest.

    Args:
        index_dir: folder of the index state (generations, CURRENT, lock). May also hold the
            embedded Chroma folder; ingest only ever touches `gen-*`, `CURRENT` and the lock.
        dense: the vector store.
        embedder: embeds passages and queries (wrap it in CachedEmbedder for re-ingests).
        tokenizer: for BM25; defaults to the shared JapaneseTokenizer.
        batch_size: chunks embedded and upserted per step (progress granularity).
        lock_timeout: seconds to wait for another process's ingest before IndexBusyError.
        remote: keep generations in the Chroma server (server mode); `index_dir` is then a cache.

    Reads (`chunks`, `get`, `lexical_search`, `dense_search`, ...) are safe from any thread while
    an ingest runs, and pick up a new generation (from this or another process) on their next call.
    """

    def __init__(
        self,
        index_dir: Path,
        dense: DenseStore,
        embedder: Embedder,
        tokenizer: JapaneseTokenizer | None = None,
        *,
        batch_size: int = 32,
        lock_timeout: float = 30.0,
        remote: ChromaGenerations | None = None,
    ) -> None:
        if batch_size <= 0:
            raise ValueError(f"batch_size must be > 0, got {batch_size}")
        self.index_dir = Path(index_dir)
        self._dense_base = dense
        self.embedder = embedder
        self._tokenizer = tokenizer
        self.batch_size = batch_size
        self.lock_timeout = lock_timeout
        self._gen: _Generation | None = None
        self.remote = remote
        self._marker: dict | None = None
        self._marker_at = float("-inf")
        self._read_lock = threading.Lock()
        self._background_lock = threading.Lock()
        self._background: threading.Thread | None = None
        self._ingest_thread_lock = threading.Lock()

    @property
    def dense(self) -> DenseStore:
        """The vector store of the live generation: its collection (the configured one by default)."""
        gen = self._live()
        return self._dense_for(gen.meta if gen is not None else None)

    def _dense_for(self, meta: dict | None) -> DenseStore:
        name = (meta or {}).get("dense_collection")
        return self._dense_base.sibling(name) if name else self._dense_base

    @property
    def tokenizer(self) -> JapaneseTokenizer:
        if self._tokenizer is None:
            self._tokenizer = get_tokenizer()
        return self._tokenizer

    # =====================================================================================
    # reader side
    # =====================================================================================
    def _remote_marker(self) -> dict | None:
        """The server's live marker, asked for at most every REMOTE_POLL_SECONDS."""
        now = time.monotonic()
        if now - self._marker_at >= REMOTE_POLL_SECONDS:
            try:
                self._marker = self.remote.current()
            except Exception:
                if self._gen is None:
                    raise  # nothing loaded to serve from
                # the server is down: the loaded generation keeps serving (lexical search needs no
                # server; dense search fails on its own and answers carry its warning)
                logger.warning("could not ask the Chroma server for its live generation; serving the loaded one",
                               exc_info=True)
            self._marker_at = now
        return self._marker

    def _stamp(self) -> tuple | None:
        if self.remote is not None:
            marker = self._remote_marker()
            return None if marker is None else ("remote", marker["uid"])
        try:
            st = os.stat(self.index_dir / CURRENT)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _live(self) -> _Generation | None:
        """The live generation, reloaded when CURRENT changed since the last call.

        In server mode a new generation found on the server is downloaded and loaded in a
        background thread while this one keeps serving: no question waits for the reload.
        """
        stamp = self._stamp()
        gen = self._gen
        if gen is not None and gen.stamp == stamp:
            return gen
        if self.remote is not None and gen is not None and stamp is not None:
            self._reload_in_background()
            return gen
        return self._reload()

    def _reload_in_background(self) -> None:
        with self._background_lock:
            if self._background is not None and self._background.is_alive():
                return

            def run() -> None:
                try:
                    self._reload()
                except Exception:  # the old generation keeps serving; the next call retries
                    logger.warning("could not load the new generation of %s", self.index_dir, exc_info=True)

            self._background = threading.Thread(target=run, name="generation-loader", daemon=True)
            self._background.start()

    def _reload(self) -> _Generation | None:
        with self._read_lock:
            for _ in range(10):
                stamp = self._stamp()
                if self._gen is not None and self._gen.stamp == stamp:
                    return self._gen
                if stamp is None:
                    if self.remote is not None and (self.index_dir / CURRENT).exists():
                        logger.warning("the Chroma server holds no index yet, but %s has a local one (from before "
                                       "server mode): run an ingest once to move it to the server", self.index_dir)
                    self._gen = None
                    return None
                try:
                    loaded = self._open_live()
                except (FileNotFoundError, GenerationUnavailable) as e:
                    # an ingest replaced CURRENT (or the server's marker) and removed the old
                    # generation meanwhile
                    logger.info("live generation went away while loading (%s); retrying", e)
                    self._marker_at = float("-inf")
                    time.sleep(0.01 if self.remote is None else 0.5)
                    continue
                loaded.stamp = stamp
                self._gen = loaded
                return loaded
        raise RuntimeError(f"could not load the live generation of {self.index_dir}")

    def _open_live(self) -> _Generation:
        if self.remote is None:
            return self._load_generation((self.index_dir / CURRENT).read_text(encoding="utf-8").strip())
        marker = self._marker
        cache = self.index_dir / REMOTE_CACHE
        cache.mkdir(parents=True, exist_ok=True)
        gen = self._load_generation(marker["name"], self.remote.fetch(marker, cache))
        # older downloads are no longer needed (a mapped file stays readable after deletion)
        for entry in os.listdir(cache):
            if entry not in (marker["uid"], marker.get("previous")):
                shutil.rmtree(cache / entry, ignore_errors=True)
        return gen

    def _load_generation(self, name: str, folder: Path | None = None) -> _Generation:
        m = _GEN_RE.match(name)
        if not m or m.group(2):
            raise ValueError(f"CURRENT names an invalid generation: {name!r}")
        folder = folder or self.index_dir / name
        with open(folder / META, encoding="utf-8") as f:
            meta = json.load(f)
        with open(folder / DOCUMENTS, encoding="utf-8") as f:
            documents = json.load(f)["documents"]
        chunks: list[Chunk] = []
        with open(folder / CATALOG, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    chunks.append(_chunk_from_record(json.loads(line)))
        lexical = LexicalIndex.load(folder / BM25_DIR, tokenizer=self._tokenizer)
        bigrams = _load_or_build_bigrams(folder, chunks)
        units = _load_or_build_units(folder, chunks)
        return self._make_generation(int(m.group(1)), chunks, documents, meta, lexical, bigrams, _load_records(folder),
                                     units)

    def _make_generation(self, number, chunks, documents, meta, lexical, bigrams=None, records=(),
                         units=None) -> _Generation:
        by_doc: dict[str, list[Chunk]] = {}
        for c in chunks:
            by_doc.setdefault(c.doc_id, []).append(c)
        for doc_chunks in by_doc.values():
            doc_chunks.sort(key=lambda c: (c.position, c.start))
        return _Generation(
            number=number,
            chunks=chunks,
            by_id={c.id: c for c in chunks},
            by_doc=by_doc,
            documents=documents,
            meta=meta,
            lexical=lexical,
            bigrams=bigrams if bigrams is not None else BigramIndex.build([c.id for c in chunks], [lexical_text(c) for c in chunks]),
            records=list(records),
            units=units if units is not None else UnitIndex.build(chunks),
        )

    def _require(self) -> _Generation:
        gen = self._live()
        if gen is None:
            raise IndexNotBuiltError(f"no index in {self.index_dir}: nothing was ingested yet")
        return gen

    def is_empty(self) -> bool:
        """True when nothing was ingested yet or the live index holds no chunk."""
        gen = self._live()
        return gen is None or not gen.chunks

    def chunks(self) -> list[Chunk]:
        """Every chunk of the live index, grouped by document in document order."""
        return list(self._require().chunks)

    def get(self, chunk_id: str) -> Chunk:
        """The chunk with id `chunk_id`; KeyError when it is not in the live index."""
        gen = self._require()
        try:
            return gen.by_id[chunk_id]
        except KeyError:
            raise KeyError(f"no chunk {chunk_id!r} in the index") from None

    def documents(self) -> list[dict]:
        """Per document: doc_id, path, title, kind, content_hash, chunks, ingested_at (and more)."""
        return [dict(d) for d in self._require().documents]

    def records(self, doc: str | None = None) -> list[TableRecord]:
        """Table records of the live index (tables, label–value blocks, bracketed summaries),
        optionally of one document (its doc id or file name)."""
        gen = self._require()
        if doc is None:
            return list(gen.records)
        return [r for r in gen.records if doc in (r.doc_id, r.file)]

    def neighbours(self, chunk_id: str, before: int = 1, after: int = 1) -> list[Chunk]:
        """The chunk with up to `before` preceding and `after` following chunks of its document.

        Returned in document order, the chunk itself included.
        """
        if before < 0 or after < 0:
            raise ValueError(f"before and after must be >= 0, got {before}, {after}")
        gen = self._require()
        chunk = self.get(chunk_id)
        siblings = gen.by_doc[chunk.doc_id]
        i = next(n for n, c in enumerate(siblings) if c.id == chunk_id)
        return siblings[max(0, i - before) : i + after + 1]

    def lexical_search(self, query_text: str, k: int, allowed: Collection[str] | None = None) -> list[tuple[str, float]]:
        """BM25 over Sudachi tokens: up to `k` (chunk id, score > 0), best first; only chunks in
        `allowed` when given."""
        return self._require().lexical.search(query_text, k, allowed)

    def bigrams(self) -> BigramIndex:
        """The live generation's character-bigram index (BM25 search, idf, each chunk's bigrams)."""
        return self._require().bigrams

    def units(self) -> UnitIndex:
        """The live generation's unit index (BM25 over label–value lines, list items, table rows)."""
        return self._require().units

    def dense_search(self, query: str | np.ndarray, k: int, where: dict | None = None,
                     allowed: Collection[str] | None = None) -> list[tuple[str, float]]:
        """Nearest chunks by cosine similarity: up to `k` (chunk id, similarity), best first.

        `query` is a question (embedded with `embed_query`) or a ready vector. Hits whose id is
        not in the live catalog (left by an interrupted ingest) are skipped. With `allowed`, only
        those chunks: the store is asked for their documents only (a Chroma `where` on doc_id)
        and the search widens until `k` allowed chunks are found or the store has no more.
        """
        if k <= 0:
            raise ValueError(f"k must be > 0, got {k}")
        gen = self._require()
        if not gen.chunks:
            return []
        vector = self.embedder.embed_query(query) if isinstance(query, str) else np.asarray(query, dtype=np.float32)
        if allowed is not None:
            allowed = allowed if isinstance(allowed, (set, frozenset)) else set(allowed)
            docs = sorted({gen.by_id[i].doc_id for i in allowed if i in gen.by_id})
            if not docs:
                return []
            scope = {"doc_id": docs[0]} if len(docs) == 1 else {"doc_id": {"$in": docs}}
            where = scope if where is None else {"$and": [where, scope]}
        fetch = k + max(10, k)
        store = self._dense_for(gen.meta)
        while True:
            hits = store.query(vector, fetch, where=where)
            if not hits and where is None:
                # a live catalog with no vector at all: the store was lost or replaced
                raise DenseStoreError(f"{store!r} holds no vectors for the live generation ({len(gen.chunks)} chunks)")
            kept = [(i, s) for i, s in hits if i in gen.by_id and (allowed is None or i in allowed)]
            if len(kept) >= k or len(hits) < fetch:
                return kept[:k]
            fetch *= 4

    def status(self) -> dict:
        """generation, documents, chunks, last_ingest (ISO time), embedder; zeros when not built."""
        gen = self._live()
        if gen is None:
            return {"generation": None, "documents": 0, "chunks": 0, "last_ingest": None, "embedder": None, "index_dir": str(self.index_dir)}
        return {
            "generation": gen.number,
            "documents": len(gen.documents),
            "chunks": len(gen.chunks),
            "last_ingest": gen.meta.get("ingested_at"),
            "embedder": gen.meta.get("embedder"),
            "index_dir": str(self.index_dir),
        }

    # =====================================================================================
    # writer side
    # =====================================================================================
    @contextmanager
    def ingest_lock(self) -> Iterator[None]:
        """Hold the ingest lock: one ingest per process (threads wait) and per index_dir.

        The lock is an flock on `index_dir/ingest.lock`, released by the OS when its holder dies,
        so the lock left by a killed ingest is taken over; the file records the holder's pid.
        """
        import fcntl

        with self._ingest_thread_lock:
            self.index_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                deadline = time.monotonic() + self.lock_timeout
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
                            raise IndexBusyError(f"{self.index_dir} is being ingested by pid {holder or '?'}") from None
                        time.sleep(0.1)
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
                try:
                    if self.remote is not None:
                        with self.remote.lease(self.lock_timeout, IndexBusyError):
                            yield
                    else:
                        yield
                finally:
                    os.ftruncate(fd, 0)
                    fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    def ingest(
        self,
        paths: Sequence[Path],
        *,
        loader: Loader,
        chunker: Any,
        manifest: dict[str, DocumentMeta] | None = None,
        prune: bool = False,
        reset: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: bool = True,
        reader: Callable[[LoadedDocument, list[Chunk]], list[TableRecord]] | None = None,
    ) -> IngestReport:
        """Bring the index in line with `paths` (files or folders); see the module docstring.

        Args:
            paths: files and/or folders to ingest.
            loader: `load_document(path, meta, *, max_bytes) -> LoadedDocument`, raising LoadError.
            chunker: a Chunker (its `.chunk(doc)` is used) or any `doc -> list[Chunk]` callable.
            manifest: file name -> DocumentMeta; default: each folder's manifest (load_manifest).
            prune: remove documents of the index that are not among `paths`.
            reset: rebuild from scratch (the old index stays live until the new one is committed).
            max_bytes: passed to the loader.
            progress: show a progress bar over embedded chunks on stderr.
            reader: `(doc, chunks) -> records` reading tables and facts (default:
                corpus.tables.extract_records).

        Returns:
            IngestReport. Files that fail to load are reported in `skipped` with the Japanese
            reason; the rest is ingested.

        Raises:
            IndexBusyError: another process holds the ingest lock for longer than lock_timeout.
        """
        started = time.perf_counter()
        with self.ingest_lock():
            if reader is None:
                from corpus.tables import extract_records as reader
            if self.remote is not None:  # build on the server's newest generation, loaded now
                self._marker_at = float("-inf")
                if self._remote_marker() is None and (self.index_dir / CURRENT).exists():
                    self._migrate_local_generation()
                self._reload()
            report = self._ingest(list(paths), loader, chunker, manifest, prune, reset, max_bytes, progress, reader)
        report.seconds = time.perf_counter() - started
        logger.info(
            "ingest done: %d documents, %d chunks, %d embedded, %d skipped, %.2fs",
            len(report.documents), report.chunks, report.embedded, len(report.skipped), report.seconds,
        )
        return report

    def _ingest(self, paths, loader, chunker, manifest, prune, reset, max_bytes, progress, reader) -> IngestReport:
        report = IngestReport()
        live = self._live()
        prev = None if reset else live
        clear_dense = False
        if live is not None and live.meta.get("embedder") != self.embedder.name:
            # vectors of another model (maybe another dimension) cannot be mixed with ours
            logger.warning(
                "embedding model changed (%s -> %s): re-embedding every chunk", live.meta.get("embedder"), self.embedder.name
            )
            clear_dense = True
        chunker_key = _chunker_key(chunker)
        same_chunker = prev is not None and prev.meta.get("chunker") == chunker_key and not clear_dense

        prev_docs: dict[str, dict] = {d["path"]: d for d in prev.documents} if prev else {}
        files = _expand_paths(paths)
        given = {str(f.resolve()) for f in files}
        if reset and live is not None:
            report.removed.extend(d["path"] for d in live.documents if d["path"] not in given)

        # documents kept as they are: not given in this run (removed instead when pruning)
        new_docs: dict[str, dict] = {}
        new_chunks: dict[str, list[Chunk]] = {}
        new_records: dict[str, list[TableRecord]] = {}
        prev_records: dict[str, list[TableRecord]] = {}
        for r in (prev.records if prev else []):
            prev_records.setdefault(r.doc_id, []).append(r)
        for path_key, d in prev_docs.items():
            if path_key in given:
                continue
            if prune:
                report.removed.append(d["path"])
                continue
            new_docs[path_key] = d
            new_chunks[path_key] = prev.by_doc.get(d["doc_id"], [])
            new_records[path_key] = prev_records.get(d["doc_id"], [])
        if not same_chunker and prev is not None and new_docs:
            logger.info("chunker settings changed; %d documents not given keep their old chunks", len(new_docs))

        manifests: dict[Path, dict[str, DocumentMeta]] = {}
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        for f in files:
            path_key = str(f.resolve())
            meta = self._meta_for(f, manifest, manifests, report)
            meta_dict = asdict(meta) if meta is not None else None
            old = prev_docs.get(path_key)
            old_chunks = prev.by_doc.get(old["doc_id"], []) if old else []
            file_sha = _file_sha256(f)
            old_records = prev_records.get(old["doc_id"], []) if old else []
            if old and same_chunker and file_sha and old.get("file_sha256") == file_sha and old.get("meta") == meta_dict:
                new_docs[path_key] = old
                new_chunks[path_key] = old_chunks
                new_records[path_key] = old_records
                report.documents.append({"path": str(f), "title": old["title"], "chunks": len(old_chunks), "status": "unchanged"})
                continue
            try:
                doc = loader(f, meta, max_bytes=max_bytes)
                _crash_point("loading")
            except Exception as e:  # LoadError, or any fault of one file: it must not stop the batch
                if isinstance(e, LoadError):
                    logger.warning("skipping %s: %s", f, e)
                    reason = e.ja
                else:
                    logger.error("skipping %s: unexpected %s while loading", f, type(e).__name__, exc_info=True)
                    reason = f"{f.name} を読み込めませんでした（予期しないエラー: {type(e).__name__}）。"
                report.skipped.append({"path": str(f), "reason": reason})
                if old:  # keep the last good version rather than dropping it silently
                    new_docs[path_key] = old
                    new_chunks[path_key] = old_chunks
                    new_records[path_key] = old_records
                continue
            clash = next((d["path"] for k, d in new_docs.items() if d["doc_id"] == doc.doc_id and k != path_key), None)
            if clash:
                report.skipped.append({"path": str(f), "reason": f"同じ文書がすでに取り込まれています（{clash}）。"})
                continue
            entry = {
                "doc_id": doc.doc_id,
                "path": path_key,
                "file": doc.meta.file or f.name,
                "title": doc.meta.title,
                "kind": doc.meta.kind,
                "issuer": doc.meta.issuer,
                "date": doc.meta.date,
                "source": doc.meta.source,
                "format": doc.format,
                "content_hash": doc.content_hash,
                "file_sha256": file_sha,
                "meta": meta_dict,
                "chunks": 0,
                "ingested_at": now,
            }
            if old and same_chunker and old.get("content_hash") == doc.content_hash and old.get("meta") == meta_dict and old["doc_id"] == doc.doc_id:
                entry["chunks"] = len(old_chunks)
                entry["ingested_at"] = old.get("ingested_at", now)
                new_docs[path_key] = entry
                new_chunks[path_key] = old_chunks
                new_records[path_key] = old_records
                report.documents.append({"path": str(f), "title": entry["title"], "chunks": len(old_chunks), "status": "unchanged"})
                continue
            chunk_error = None
            try:
                chunks = _unique_ids(_call_chunker(chunker, doc))
            except Exception as e:  # a chunker fault on one document must not stop the batch either
                logger.error("skipping %s: chunking failed", f, exc_info=True)
                chunks, chunk_error = [], f"{f.name} を分割できませんでした（予期しないエラー: {type(e).__name__}）。"
            if not chunks:
                report.skipped.append({"path": str(f), "reason": chunk_error or "取り込める本文がありませんでした。"})
                if old:
                    new_docs[path_key] = old
                    new_chunks[path_key] = old_chunks
                    new_records[path_key] = old_records
                continue
            entry["chunks"] = len(chunks)
            try:
                records = reader(doc, chunks)
            except Exception:  # a table-reading fault loses the document's records, not the document
                logger.error("reading the tables of %s failed", f, exc_info=True)
                records = []
            entry["records"] = sum(len(r.cells) for r in records)
            new_docs[path_key] = entry
            new_chunks[path_key] = chunks
            new_records[path_key] = records
            report.documents.append({"path": str(f), "title": entry["title"], "chunks": len(chunks), "status": "updated" if old else "added"})

        order = sorted(new_docs)
        documents = [new_docs[k] for k in order]
        catalog = [c for k in order for c in new_chunks[k]]
        records = [r for k in order for r in new_records.get(k, [])]
        catalog_ids = {c.id for c in catalog}

        # vectors: new chunks, and catalog chunks whose vectors went missing (repair). A reset or
        # a model change writes a new collection; the live one answers until the switch.
        live_store = self._dense_for(live.meta if live is not None else None)
        fresh = reset or clear_dense
        if fresh:
            store = self._fresh_collection()
            in_dense: set[str] = set()
        else:
            store = live_store
            in_dense = store.all_ids()
        todo = catalog if fresh else [c for c in catalog if c.id not in in_dense]
        report.embedded = self._embed_and_upsert(todo, progress, store)

        # texts the previous generation already indexed are not tokenised again
        ids, texts = [c.id for c in catalog], [lexical_text(c) for c in catalog]
        lexical = LexicalIndex(self.tokenizer)
        lexical.build(ids, texts, previous=prev.lexical if prev else None)
        bigrams = BigramIndex.build(ids, texts, previous=prev.bigrams if prev else None)
        units = UnitIndex.build(catalog, previous=prev.units if prev else None)
        del texts
        meta = {
            "format": FORMAT_VERSION,
            "ingested_at": now,
            "embedder": self.embedder.name,
            "chunker": chunker_key,
            "documents": len(documents),
            "chunks": len(catalog),
            "dense_collection": store.collection_name,
        }
        number = self._write_generation(catalog, documents, meta, lexical, records, bigrams, units)
        _crash_point("switch")
        stamp = self._publish(number) if self.remote is not None else self._commit(number)
        del lexical, bigrams, units
        self._install(number, stamp, catalog, documents, meta, records)
        _crash_point("switched")

        orphans = in_dense - catalog_ids
        if orphans:
            logger.info("removing %d vectors no longer in the index", len(orphans))
            store.delete(sorted(orphans))
        self._drop_stale_collections(keep=store)
        self._remove_old_generations(keep=number)

        report.chunks = len(catalog)
        report.generation = number
        return report

    def _meta_for(self, f: Path, manifest, manifests: dict, report: IngestReport) -> DocumentMeta | None:
        if manifest is not None:
            return manifest.get(f.name)
        folder = f.resolve().parent
        if folder not in manifests:
            from corpus.manifest import MANIFEST_NAME, ManifestError, load_manifest

            try:
                manifests[folder] = load_manifest(folder)
            except ManifestError as e:
                # the folder's files still ingest, with metadata derived from the files
                logger.warning("ignoring %s: %s", folder / MANIFEST_NAME, e)
                report.skipped.append({"path": str(folder / MANIFEST_NAME), "reason": e.ja})
                manifests[folder] = {}
        return manifests[folder].get(f.name)

    def _embed_and_upsert(self, chunks: list[Chunk], progress: bool, store: DenseStore | None = None) -> int:
        if not chunks:
            return 0
        store = store if store is not None else self.dense
        from tqdm import tqdm

        done = 0
        with tqdm(total=len(chunks), desc="埋め込み", unit="chunk", file=sys.stderr, disable=not progress) as bar:
            for i in range(0, len(chunks), self.batch_size):
                batch = chunks[i : i + self.batch_size]
                vectors = self.embedder.embed_passages([passage_text(c) for c in batch])
                store.upsert([c.id for c in batch], vectors, [_dense_metadata(c) for c in batch])
                done += len(batch)
                _crash_point("embedding")
                bar.update(len(batch))
                logger.info("embedded %d/%d chunks", done, len(chunks))
        return done

    def _fresh_collection(self) -> DenseStore:
        """An empty collection for the next generation's vectors ("<collection>-g<number>")."""
        number = self._next_number()
        store = self._dense_base.sibling(f"{self._dense_base.collection_name}-g{number:06d}")
        store.clear()  # what an interrupted run may have left under the same name
        return store

    def _drop_stale_collections(self, keep: DenseStore) -> None:
        """Drop our collections other than the live one (a replaced model's, an interrupted run's)."""
        base = self._dense_base.collection_name
        pattern = re.compile(rf"^{re.escape(base)}(-g\d{{6}})?$")
        try:
            names = self._dense_base.collection_names()
        except PolicyAssistantError as e:
            logger.warning("cannot list collections to clean up: %s", e)
            return
        for name in names:
            if pattern.match(name) and name != keep.collection_name:
                logger.info("dropping collection %s (not used by the live generation)", name)
                self._dense_base.sibling(name).drop()

    def repair(self, progress: bool = True) -> IngestReport:
        """Make the live generation's vectors whole again, from the embedding cache.

        A store that cannot be read (corrupt or deleted files, a lost server collection) is
        rebuilt empty first; then every catalog chunk without a vector is embedded (cache hits
        cost no model time) and vectors outside the catalog are deleted. The catalog, BM25 and
        the generation do not change, so lexical answers go on during the repair.

        Raises:
            IndexNotBuiltError: nothing was ingested yet.
        """
        started = time.perf_counter()
        report = IngestReport()
        with self.ingest_lock():
            gen = self._require()
            store = self._dense_for(gen.meta)
            try:
                store.check()
                in_dense = store.all_ids()
            except PolicyAssistantError as e:
                logger.warning("vector store unreadable (%s): rebuilding it from the embedding cache", e)
                store.rebuild_storage()
                store.clear()
                in_dense = set()
            todo = [c for c in gen.chunks if c.id not in in_dense]
            report.embedded = self._embed_and_upsert(todo, progress, store)
            orphans = in_dense - set(gen.by_id)
            if orphans:
                store.delete(sorted(orphans))
            report.chunks = len(gen.chunks)
            report.generation = gen.number
            report.documents = [{"path": d["path"], "title": d["title"], "chunks": d.get("chunks", 0), "status": "unchanged"}
                                for d in gen.documents]
        report.seconds = time.perf_counter() - started
        logger.info("repair done: %d vectors written, %d orphans deleted", report.embedded, len(orphans))
        return report

    def remove(self, paths: Sequence[str | Path]) -> IngestReport:
        """Take documents (by file path) out of the index, in a new generation.

        Their vectors are deleted after the switch, as in an ingest. Unknown paths are ignored.
        """
        started = time.perf_counter()
        report = IngestReport()
        keys = {str(Path(p).resolve()) for p in paths} | {str(p) for p in paths}
        with self.ingest_lock():
            gen = self._require()
            gone = [d for d in gen.documents if d["path"] in keys]
            if gone:
                documents = [d for d in gen.documents if d["path"] not in keys]
                catalog = [c for d in documents for c in gen.by_doc.get(d["doc_id"], [])]
                ids, texts = [c.id for c in catalog], [lexical_text(c) for c in catalog]
                lexical = LexicalIndex(self.tokenizer)
                lexical.build(ids, texts, previous=gen.lexical)
                bigrams = BigramIndex.build(ids, texts, previous=gen.bigrams)
                units = UnitIndex.build(catalog, previous=gen.units)
                meta = dict(gen.meta, documents=len(documents), chunks=len(catalog),
                            ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
                kept = {d["doc_id"] for d in documents}
                records = [r for r in gen.records if r.doc_id in kept]
                number = self._write_generation(catalog, documents, meta, lexical, records, bigrams, units)
                stamp = self._publish(number) if self.remote is not None else self._commit(number)
                del lexical, bigrams, units
                self._install(number, stamp, catalog, documents, meta, records)
                dropped = [c.id for d in gone for c in gen.by_doc.get(d["doc_id"], [])]
                self._dense_for(gen.meta).delete(dropped)
                self._remove_old_generations(keep=number)
                report.removed = [d["path"] for d in gone]
                report.chunks, report.generation = len(catalog), number
            else:
                report.chunks, report.generation = len(gen.chunks), gen.number
        report.seconds = time.perf_counter() - started
        return report

    def _next_number(self) -> int:
        """The number of the next generation: past every local one and, with a Chroma server,
        past the live one there (another machine may have published it)."""
        number = max(self._generation_numbers(), default=0) + 1
        if self.remote is not None and self._marker is not None:
            number = max(number, int(_GEN_RE.match(self._marker["name"]).group(1)) + 1)
        return number

    def _generation_numbers(self) -> list[int]:
        numbers = []
        for entry in os.listdir(self.index_dir):
            m = _GEN_RE.match(entry)
            if m:
                numbers.append(int(m.group(1)))
        return numbers

    def _write_generation(self, catalog: list[Chunk], documents: list[dict], meta: dict, lexical: LexicalIndex,
                          records: list[TableRecord] = (), bigrams: BigramIndex | None = None,
                          units: UnitIndex | None = None) -> int:
        number = self._next_number()
        final = self.index_dir / _gen_name(number)
        tmp = self.index_dir / (_gen_name(number) + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        _write_lines(tmp / CATALOG, (json.dumps(asdict(c), ensure_ascii=False) + "\n" for c in catalog))
        _write_file(tmp / DOCUMENTS, json.dumps({"documents": documents}, ensure_ascii=False, indent=1))
        _write_file(tmp / RECORDS, records_to_jsonl(list(records)))
        lexical.save(tmp / BM25_DIR)
        _crash_point("lexical")
        _fsync_dir(tmp / BM25_DIR)
        if bigrams is None:
            bigrams = BigramIndex.build([c.id for c in catalog], [lexical_text(c) for c in catalog])
        bigrams.save(tmp / BIGRAM_DIR)
        _fsync_dir(tmp / BIGRAM_DIR)
        (units if units is not None else UnitIndex.build(catalog)).save(tmp / UNIT_DIR)
        _fsync_dir(tmp / UNIT_DIR)
        _write_file(tmp / META, json.dumps(meta, ensure_ascii=False, indent=1))
        _fsync_dir(tmp)
        os.replace(tmp, final)
        _fsync_dir(self.index_dir)
        return number

    def _commit(self, number: int) -> tuple:
        """Switch CURRENT to generation `number`; returns the stamp CURRENT has now (see `_stamp`)."""
        tmp = self.index_dir / f"{CURRENT}.tmp"
        _write_file(tmp, _gen_name(number) + "\n")
        st = os.stat(tmp)  # a rename keeps inode, mtime and size: this is our CURRENT's stamp
        os.replace(tmp, self.index_dir / CURRENT)
        _fsync_dir(self.index_dir)
        logger.info("committed %s", _gen_name(number))
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _install(self, number: int, stamp: tuple, catalog, documents, meta, records=()) -> None:
        """Make the generation just committed (with `stamp`) live in this process.

        The catalog is taken from memory (parsing it back cost 8 s at 300k chunks) and the BM25
        indexes are memory-mapped from the files just written (the built arrays, ~1 GB at 300k
        chunks, are freed). The first question after an ingest then costs no reload; other
        processes (and other Index objects) load it from disk on their next call, and a
        generation committed by someone else after ours has another stamp, so it is loaded.
        """
        folder = self.index_dir / (REMOTE_CACHE + "/" + stamp[1] if self.remote is not None else _gen_name(number))
        lexical = LexicalIndex.load(folder / BM25_DIR, tokenizer=self._tokenizer)
        gen = self._make_generation(number, catalog, documents, meta, lexical, BigramIndex.load(folder / BIGRAM_DIR), records,
                                    _load_or_build_units(folder, catalog))
        gen.stamp = stamp
        with self._read_lock:
            self._gen = gen

    def _migrate_local_generation(self) -> None:
        """Server mode on a home that has a local index (from before): make it the server's first generation."""
        name = (self.index_dir / CURRENT).read_text(encoding="utf-8").strip()
        logger.warning("moving the local index %s to the Chroma server", name)
        marker = self.remote.publish(self.index_dir / name, name)
        self._marker, self._marker_at = marker, time.monotonic()

    def _publish(self, number: int) -> tuple:
        """Server mode's commit: upload the generation, switch the server's marker, keep the files as our cache.

        Returns the generation's stamp (see `_stamp`).
        """
        folder = self.index_dir / _gen_name(number)
        marker = self.remote.publish(folder, _gen_name(number))
        cache = self.index_dir / REMOTE_CACHE
        cache.mkdir(parents=True, exist_ok=True)
        os.replace(folder, cache / marker["uid"])
        self._marker, self._marker_at = marker, time.monotonic()
        return ("remote", marker["uid"])

    def _remove_old_generations(self, keep: int) -> None:
        for entry in os.listdir(self.index_dir):
            m = _GEN_RE.match(entry)
            if m and (m.group(2) or int(m.group(1)) != keep):
                shutil.rmtree(self.index_dir / entry, ignore_errors=True)
