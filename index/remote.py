"""Generations kept in the Chroma server, so app processes on any machine share one index.

With `CHROMA_HOST` set, the Chroma server is the single source of truth: next to the vector
collection `<name>` it holds two small collections,

    <name>.files   every file of every published generation folder (catalog.jsonl,
                   documents.json, meta.json, bm25/, bigrams/, and whatever a generation holds),
                   cut into base64 pieces stored as metadata (Chroma's documents would be
                   full-text indexed, which costs ~20x the time)
    <name>.state   "current": the live generation's name, a unique id and its file manifest
                   (size, sha256 and piece count of every file); "lock": the ingest lease

An ingest writes its generation folder locally as usual, uploads every file (`publish`), then
replaces "current" in one upsert: that is the commit point, as CURRENT is in a local index. A
reader polls "current" and downloads a generation it has not seen into a local cache folder
keyed by the generation's id (`fetch`), checking every file against the manifest, then opens
it like a local generation. Pieces of all but the two newest generations are deleted after a
commit, so a reader still downloading the previous one finishes.

Records carry a one-dimensional dummy embedding: Chroma requires one, nothing searches it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import shutil
import socket
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from corpus.errors import PolicyAssistantError
from index.store import DenseStoreError

logger = logging.getLogger(__name__)

__all__ = ["ChromaGenerations", "GenerationUnavailable"]

# Raw bytes per stored piece: Chroma accepts multi-MB metadata values; 1 MB keeps one request
# (PIECES_PER_REQUEST pieces) well under the server's payload limits.
PIECE_BYTES = 1 << 20
PIECES_PER_REQUEST = 4
# The ingest lease: renewed every LEASE_SECONDS / 3 while held, taken over once expired (a
# killed ingest blocks others for at most this long).
LEASE_SECONDS = 60.0
_DUMMY = [1.0]


class GenerationUnavailable(PolicyAssistantError):
    """A published generation could not be downloaded completely (replaced meanwhile, or damaged)."""

    ja = "共有索引（Chroma サーバー）の読み込みに失敗しました。しばらくしてから再度お試しください。"


def _files_of(folder: Path) -> list[str]:
    out = []
    for root, _, names in os.walk(folder):
        for name in names:
            out.append(str((Path(root) / name).relative_to(folder)))
    return sorted(out)


class ChromaGenerations:
    """Publish, find and download generation folders through a Chroma server.

    Args:
        host, port: the Chroma server.
        collection: the deployment's vector collection name; the two companion collections
            are named after it.

    Nothing is contacted until the first call.
    """

    def __init__(self, host: str, port: int, collection: str) -> None:
        self.host = host
        self.port = int(port)
        self.collection = collection
        self._files = None
        self._state = None
        self._lock = threading.Lock()
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def _cols(self):
        with self._lock:
            if self._files is None:
                os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
                import chromadb
                from chromadb.config import Settings as ChromaSettings

                try:
                    client = chromadb.HttpClient(host=self.host, port=self.port, settings=ChromaSettings(anonymized_telemetry=False))
                    files = client.get_or_create_collection(f"{self.collection}.files", embedding_function=None)
                    self._state = client.get_or_create_collection(f"{self.collection}.state", embedding_function=None)
                except Exception as e:  # chromadb raises bare Exception/ValueError for connection faults
                    raise DenseStoreError(f"cannot open the generation store at {self.host}:{self.port}: {e}") from e
                self._files = files
            return self._files, self._state

    # -- the live marker -------------------------------------------------------------------
    def current(self) -> dict | None:
        """The live generation: {"name", "uid", "files", "published_at"}, or None before the first commit."""
        _, state = self._cols()
        got = state.get(ids=["current"], include=["metadatas"])
        if not got["ids"]:
            return None
        return json.loads(got["metadatas"][0]["marker"])

    # -- writing ---------------------------------------------------------------------------
    def publish(self, folder: Path, name: str) -> dict:
        """Upload every file under `folder` as generation `name` and make it the live one.

        Returns the new marker. Readers see the generation only once every piece is stored.
        """
        files_col, state = self._cols()
        uid = f"{name}-{uuid.uuid4().hex[:12]}"
        manifest: dict[str, dict] = {}
        batch: list[tuple[str, dict]] = []

        def flush() -> None:
            if batch:
                files_col.upsert(
                    ids=[i for i, _ in batch], embeddings=[_DUMMY] * len(batch), metadatas=[m for _, m in batch]
                )
                batch.clear()

        for rel in _files_of(folder):
            digest = hashlib.sha256()
            size = pieces = 0
            with open(folder / rel, "rb") as f:
                while True:
                    block = f.read(PIECE_BYTES)
                    if not block and pieces:
                        break
                    digest.update(block)
                    size += len(block)
                    batch.append((f"{uid}/{rel}#{pieces}", {"uid": uid, "data": base64.b64encode(block).decode("ascii")}))
                    pieces += 1
                    if len(batch) >= PIECES_PER_REQUEST:
                        flush()
                    if not block:
                        break
            manifest[rel] = {"size": size, "sha256": digest.hexdigest(), "pieces": pieces}
        flush()
        previous = self.current()
        marker = {
            "name": name,
            "uid": uid,
            "files": manifest,
            "published_at": time.time(),
            "previous": previous["uid"] if previous else None,
        }
        state.upsert(ids=["current"], embeddings=[_DUMMY], metadatas=[{"marker": json.dumps(marker)}])
        logger.info("published %s (%d files, %.1f MB) to Chroma", uid, len(manifest),
                    sum(m["size"] for m in manifest.values()) / 1e6)
        self._prune(keep={uid, marker["previous"]})
        return marker

    def _prune(self, keep: set) -> None:
        """Delete the pieces of every generation not in `keep`."""
        files_col, _ = self._cols()
        keep = sorted(k for k in keep if k)
        while True:
            got = files_col.get(where={"uid": {"$nin": keep}}, include=[], limit=1000)
            if not got["ids"]:
                return
            files_col.delete(ids=got["ids"])

    # -- reading ---------------------------------------------------------------------------
    def fetch(self, marker: dict, cache: Path) -> Path:
        """The local folder of the generation `marker` names, downloaded into `cache` if needed.

        Raises:
            GenerationUnavailable: a piece is missing (the generation was pruned meanwhile) or a
                file does not match the manifest.
        """
        dest = Path(cache) / marker["uid"]
        if dest.is_dir():
            return dest
        files_col, _ = self._cols()
        tmp = Path(cache) / f".{marker['uid']}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        try:
            for rel, info in marker["files"].items():
                path = tmp / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with open(path, "wb") as out:
                    for first in range(0, info["pieces"], PIECES_PER_REQUEST):
                        ids = [f"{marker['uid']}/{rel}#{n}" for n in range(first, min(first + PIECES_PER_REQUEST, info["pieces"]))]
                        got = files_col.get(ids=ids, include=["metadatas"])
                        found = dict(zip(got["ids"], got["metadatas"]))
                        for i in ids:
                            if i not in found:
                                raise GenerationUnavailable(f"piece {i} of {marker['uid']} is missing in Chroma")
                            block = base64.b64decode(found[i]["data"])
                            digest.update(block)
                            out.write(block)
                if path.stat().st_size != info["size"] or digest.hexdigest() != info["sha256"]:
                    raise GenerationUnavailable(f"{rel} of {marker['uid']} does not match its manifest")
            try:
                os.rename(tmp, dest)
            except OSError:
                if not dest.is_dir():  # another thread or process finished first otherwise
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        logger.info("downloaded %s from Chroma into %s", marker["uid"], dest)
        return dest

    # -- the ingest lease --------------------------------------------------------------------
    def _read_lease(self) -> dict | None:
        _, state = self._cols()
        got = state.get(ids=["lock"], include=["metadatas"])
        return got["metadatas"][0] if got["ids"] else None

    def _write_lease(self, holder: str, expires: float) -> None:
        _, state = self._cols()
        state.upsert(ids=["lock"], embeddings=[_DUMMY], metadatas=[{"holder": holder, "expires": expires}])

    @contextmanager
    def lease(self, timeout: float, busy_error) -> Iterator[None]:
        """Hold the shared ingest lease (best effort: Chroma has no compare-and-set).

        Waits up to `timeout` seconds for another holder, then raises `busy_error(message)`.
        Two processes that take a free lease within the same ~0.2 s could both get it; the
        read-back after writing narrows that window to the server's write ordering.
        """
        deadline = time.monotonic() + timeout
        while True:
            lease = self._read_lease()
            if lease is None or lease.get("holder") == self.holder or float(lease.get("expires", 0)) < time.time():
                self._write_lease(self.holder, time.time() + LEASE_SECONDS)
                time.sleep(0.2)
                lease = self._read_lease()
                if lease and lease.get("holder") == self.holder:
                    break
            if time.monotonic() >= deadline:
                raise busy_error(f"the shared index is being ingested by {lease.get('holder') if lease else '?'}")
            time.sleep(0.5)
        stop = threading.Event()

        def renew() -> None:
            while not stop.wait(LEASE_SECONDS / 3):
                try:
                    self._write_lease(self.holder, time.time() + LEASE_SECONDS)
                except Exception as e:  # a lost renewal only shortens the lease
                    logger.warning("could not renew the ingest lease: %s", e)

        renewer = threading.Thread(target=renew, name="ingest-lease", daemon=True)
        renewer.start()
        try:
            yield
        finally:
            stop.set()
            renewer.join()
            try:
                if (self._read_lease() or {}).get("holder") == self.holder:
                    self._write_lease("", 0.0)
            except Exception as e:
                logger.warning("could not release the ingest lease (it expires in %.0f s): %s", LEASE_SECONDS, e)
