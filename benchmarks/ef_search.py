"""How the width of Chroma's HNSW search (ef_search) costs and what it buys: per-query time and the
overlap of the top 50 with the exact top 50, at a given number of vectors (random unit vectors of
the embedder's 384 dimensions; the product asks Chroma for 100 and keeps 50).

    .venv/bin/python benchmarks/ef_search.py [N_VECTORS ...]

Prints one line per (vectors, ef_search). Numbers, no assertions: they go in the notes/README.
"""

from __future__ import annotations

import sys
import tempfile
import time

import numpy as np


def main(sizes: list[int]) -> None:
    import chromadb
    from chromadb.config import Settings

    rng = np.random.default_rng(0)
    for n in sizes:
        vectors = rng.standard_normal((n, 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        queries = rng.standard_normal((50, 384)).astype(np.float32)
        queries /= np.linalg.norm(queries, axis=1, keepdims=True)
        exact = [set(np.argsort(-(vectors @ q))[:50].tolist()) for q in queries]
        for ef in (100, 200, 500, 1000):
            # (a collection per width, made with it: a width changed after the index was loaded for
            # a query does not take effect in that process; the product widens on opening, before)
            with tempfile.TemporaryDirectory() as tmp:
                client = chromadb.PersistentClient(path=tmp, settings=Settings(anonymized_telemetry=False))
                col = client.create_collection("bench", embedding_function=None,
                                               configuration={"hnsw": {"space": "cosine", "ef_search": ef}})
                started = time.perf_counter()
                for i in range(0, n, 5000):
                    col.add(ids=[str(j) for j in range(i, min(n, i + 5000))], embeddings=vectors[i:i + 5000])
                col.query(query_embeddings=queries[:1], n_results=100)  # (the index is built on first read)
                built = time.perf_counter() - started
                times, overlap = [], []
                for q, truth in zip(queries, exact):
                    t = time.perf_counter()
                    ids = col.query(query_embeddings=q.reshape(1, -1), n_results=100, include=[])["ids"][0]
                    times.append((time.perf_counter() - t) * 1000)
                    overlap.append(len(truth & {int(i) for i in ids[:50]}) / 50)
                times.sort()
                print(f"{n} vectors, ef_search {ef:4d}: built in {built:.1f} s, query p50 {times[len(times) // 2]:.1f} ms, "
                      f"p95 {times[int(len(times) * 0.95)]:.1f} ms, top-50 recall {np.mean(overlap):.3f} "
                      f"(min {min(overlap):.2f})", flush=True)

if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 30000])
