"""Dense vector store: one Chroma collection of chunk embeddings (cosine space).

Chroma never embeds anything here: the collection is opened with `embedding_function=None`
and every call passes vectors, so Chroma's default ONNX model is never loaded or downloaded.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from corpus.errors import PolicyAssistantError

logger = logging.getLogger(__name__)

_COLLECTION_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$")

# HNSW candidates explored per query. Chroma's default (100) is no more than the candidates asked
# for (n + max(10, n) with n = 50), so the search is approximate at the margin and its results
# differed from process to process (a passage in the dense top 50 in one run, missing in the next,
# so the same question got another answer). Explored wider, the top 50 is the exact one on the
# collections this product holds (hundreds to tens of thousands of chunks), every run.
EF_SEARCH = 1000
# Tries at widening an existing collection's search while another client holds its database lock.
WIDEN_ATTEMPTS = 5


def _search_wide(collection) -> None:
    """Give a collection made before EF_SEARCH (or by another client) the wider search (a query-time
    setting Chroma lets change on an existing collection)."""
    for attempt in range(WIDEN_ATTEMPTS):
        try:
            hnsw = (collection.configuration or {}).get("hnsw") or {}
            if int(hnsw.get("ef_search") or 0) < EF_SEARCH:
                collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})
            return
        except Exception as exc:  # noqa: BLE001 - an older server without the setting still answers, approximately
            if "locked" in str(exc) and attempt + 1 < WIDEN_ATTEMPTS:
                # (another client of the same files is writing: SQLite's lock is brief, wait for it)
                time.sleep(0.2 * (attempt + 1))
                continue
            logger.warning("could not widen the HNSW search of %s", getattr(collection, "name", "?"), exc_info=True)
            return


class DenseStoreError(PolicyAssistantError):
    """The vector database could not be opened or reached."""

    ja = "ベクトルデータベース（Chroma）に接続できませんでした。CHROMA_HOST / CHROMA_PORT を確認してください。"


def _scalar_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    """Chroma accepts str/int/float/bool values only; drop None and stringify the rest."""
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if value is None:
            continue
        out[key] = value if isinstance(value, (str, int, float, bool)) else str(value)
    return out


def _forget_embedded_system(path: Path) -> None:
    """Stop and forget chromadb's process-wide system for an embedded folder.

    chromadb keeps one system per folder for the life of the process (even one that failed to
    open); a rebuilt folder must get a new one.
    """
    from chromadb.api.shared_system_client import SharedSystemClient

    key = str(path)
    system = SharedSystemClient._identifier_to_system.pop(key, None)
    SharedSystemClient._identifier_to_refcount.pop(key, None)
    if system is not None:
        try:
            system.stop()
        except Exception as e:  # a broken system may not stop cleanly; it is dropped either way
            logger.debug("stopping chroma system for %s: %s", key, e)


class DenseStore:
    """Chunk vectors in Chroma: embedded (`path`) or a Chroma server (`host`, `port`).

    Args:
        path: folder of an embedded `chromadb.PersistentClient` (used when `host` is None).
        host: Chroma server host; when given, `chromadb.HttpClient(host, port)` is used.
        port: Chroma server port.
        collection: collection name.

    The client is created on first use, so building a DenseStore never touches the disk or
    the network.
    """

    def __init__(
        self,
        path: Path | None = None,
        host: str | None = None,
        port: int = 8000,
        collection: str = "policy_chunks",
    ) -> None:
        if host is None and path is None:
            raise ValueError("DenseStore needs a path (embedded Chroma) or a host (Chroma server)")
        if not _COLLECTION_NAME.match(collection or ""):
            raise ValueError(
                f"collection must be 3-512 characters of [a-zA-Z0-9._-], starting and ending with a letter or digit, got {collection!r}"
            )
        self.path = Path(path) if path is not None else None
        self.host = host
        self.port = int(port)
        self.collection_name = collection
        self._client = None
        self._collection = None
        self._lock = threading.RLock()
        self._root: DenseStore | None = None  # set on siblings: the store whose client they share
        self._siblings: dict[str, DenseStore] = {}

    def __repr__(self) -> str:
        where = f"{self.host}:{self.port}" if self.host else str(self.path)
        return f"DenseStore({where!r}, collection={self.collection_name!r})"

    # -- connection ---------------------------------------------------------
    def _get_client(self):
        if self._root is not None:
            return self._root._get_client()
        if self._client is None:
            os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            settings = ChromaSettings(anonymized_telemetry=False)
            try:
                if self.host:
                    self._client = chromadb.HttpClient(host=self.host, port=self.port, settings=settings)
                else:
                    self.path.mkdir(parents=True, exist_ok=True)
                    self._client = chromadb.PersistentClient(path=str(self.path), settings=settings)
            except Exception as e:  # chromadb raises bare Exception/ValueError for connection faults
                raise DenseStoreError(f"cannot open Chroma at {self!r}: {e}") from e
        return self._client

    def _col(self):
        with self._root._lock if self._root is not None else self._lock:
            if self._collection is None:
                client = self._get_client()
                try:
                    self._collection = client.get_or_create_collection(
                        name=self.collection_name,
                        embedding_function=None,
                        configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
                    )
                except Exception as e:
                    raise DenseStoreError(f"cannot open collection {self.collection_name!r} at {self!r}: {e}") from e
                _search_wide(self._collection)
            return self._collection

    def _max_batch(self) -> int:
        try:
            return max(1, min(int(self._get_client().get_max_batch_size()), 5000))
        except Exception:  # older servers lack the endpoint; a modest batch is always accepted
            return 1000

    # -- writes -------------------------------------------------------------
    def upsert(self, ids: Sequence[str], embeddings: np.ndarray, metadatas: Sequence[dict] | None = None) -> None:
        """Insert or replace vectors (rows of `embeddings`) under `ids`."""
        ids = list(ids)
        if not ids:
            return
        vectors = np.asarray(embeddings, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(ids):
            raise ValueError(f"embeddings must have shape ({len(ids)}, dim), got {vectors.shape}")
        if len(set(ids)) != len(ids):
            raise ValueError("upsert ids must be unique within one call")
        metas = [_scalar_metadata(m) or {"_": 0} for m in metadatas] if metadatas is not None else None
        col = self._col()
        step = self._max_batch()
        for i in range(0, len(ids), step):
            col.upsert(
                ids=ids[i : i + step],
                embeddings=vectors[i : i + step],
                metadatas=metas[i : i + step] if metas is not None else None,
            )

    def delete(self, ids: Sequence[str]) -> None:
        """Remove `ids` (unknown ids are ignored)."""
        ids = list(ids)
        col = self._col()
        step = self._max_batch()
        for i in range(0, len(ids), step):
            col.delete(ids=ids[i : i + step])

    def clear(self) -> None:
        """Drop and recreate the collection (e.g. when the embedding model changes)."""
        with self._lock:
            client = self._get_client()
            try:
                client.delete_collection(self.collection_name)
            except Exception as e:  # absent collection: nothing to drop
                logger.debug("delete_collection(%s): %s", self.collection_name, e)
            self._collection = None
        self._col()

    # -- collections ----------------------------------------------------------
    def sibling(self, collection: str) -> "DenseStore":
        """A store over another collection of the same Chroma (sharing this store's client).

        The index keeps each embedding model's (or each reset's) vectors in a collection of
        their own and names it in the generation, so switching generations switches vectors.
        """
        root = self._root or self
        if collection == root.collection_name:
            return root
        with root._lock:
            store = root._siblings.get(collection)
            if store is None:
                store = DenseStore(path=root.path, host=root.host, port=root.port, collection=collection)
                store._root = root
                root._siblings[collection] = store
            return store

    def collection_names(self) -> list[str]:
        """Names of every collection in this Chroma."""
        try:
            found = self._get_client().list_collections()
        except Exception as e:
            raise DenseStoreError(f"cannot list collections at {self!r}: {e}") from e
        return sorted(c if isinstance(c, str) else c.name for c in found)

    def drop(self) -> None:
        """Delete this store's collection (absent: nothing to do)."""
        root = self._root or self
        with root._lock:
            try:
                self._get_client().delete_collection(self.collection_name)
            except Exception as e:  # absent collection, or an unreachable store (logged, not fatal)
                logger.debug("delete_collection(%s): %s", self.collection_name, e)
            self._collection = None

    def check(self) -> None:
        """Read the collection end to end (ids and one nearest-neighbour query).

        Raises:
            DenseStoreError: the store cannot be read (unreachable, corrupt files...).
        """
        try:
            col = self._col()
            got = col.get(include=["embeddings"], limit=1)
            embeddings = got.get("embeddings")
            if embeddings is not None and len(embeddings):
                col.query(query_embeddings=np.asarray(embeddings[:1], dtype=np.float32), n_results=1, include=["distances"])
        except DenseStoreError:
            raise
        except Exception as e:
            raise DenseStoreError(f"cannot read collection {self.collection_name!r} at {self!r}: {e}") from e

    def rebuild_storage(self) -> Path | None:
        """Start over from an empty store: an embedded folder is moved aside, a server collection dropped.

        Returns:
            Where the old embedded folder was moved (kept for inspection), or None (server).
        """
        root = self._root or self
        with root._lock:
            if root.host:
                self.drop()
                return None
            if root._client is not None:
                try:
                    root._client.close()
                except Exception as e:  # a corrupt store may fail to close cleanly
                    logger.debug("closing %r: %s", root, e)
            root._client = None
            root._collection = None
            for store in root._siblings.values():
                store._collection = None
            _forget_embedded_system(root.path)
            aside = None
            if root.path.exists():
                stamp = time.strftime("%Y%m%d-%H%M%S")
                aside = root.path.with_name(f"{root.path.name}.broken-{stamp}")
                os.replace(root.path, aside)
                logger.warning("moved the unreadable Chroma folder %s aside to %s", root.path, aside)
            return aside

    # -- reads --------------------------------------------------------------
    def count(self) -> int:
        """Number of vectors stored."""
        return int(self._col().count())

    def all_ids(self) -> set[str]:
        """Every id in the collection."""
        col = self._col()
        out: set[str] = set()
        page = 5000
        offset = 0
        while True:
            got = col.get(include=[], limit=page, offset=offset)
            batch = got["ids"]
            out.update(batch)
            if len(batch) < page:
                return out
            offset += page

    def query(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """The `k` nearest ids to `vector` with cosine similarity, best first."""
        if k <= 0:
            raise ValueError(f"k must be > 0, got {k}")
        col = self._col()
        q = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        # Chroma clamps n_results to the collection size (and answers [[]] when empty), so no
        # count() per query: it cost more than the HNSW search itself at 30k chunks.
        result = col.query(query_embeddings=q, n_results=k, where=where, include=["distances"])
        ids = result["ids"][0] if result["ids"] else []
        distances = result["distances"][0] if result["distances"] else []
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances)]
