"""👍/👎 feedback on answers, appended as JSON lines to settings.feedback_path."""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

log = logging.getLogger(__name__)

RATINGS = ("up", "down")
# Record size caps: a client cannot grow the log by more than ~60 kB per click.
MAX_COMMENT_CHARS = 2000
MAX_QUESTION_CHARS = 2000
MAX_ANSWER_CHARS = 20000
MAX_CITATIONS = 20
MAX_CITATION_FIELD_CHARS = 2000


def _cap_citation(citation: Any) -> dict:
    if not isinstance(citation, dict):
        return {"value": str(citation)[:MAX_CITATION_FIELD_CHARS]}
    return {str(k)[:100]: (v[:MAX_CITATION_FIELD_CHARS] if isinstance(v, str) else v)
            for k, v in list(citation.items())[:20] if isinstance(v, (str, int, float, bool)) or v is None}


class FeedbackLog:
    """Append-only JSONL log of user ratings; safe from concurrent threads and processes.

    Each line: {"time", "user", "rating", "comment", "question", "answer", "citations",
    "backend", "mode"}. A line is written with one `write` on an O_APPEND descriptor under an
    exclusive flock, so lines never interleave; a line cut short by a crash is skipped by `read`
    and the next record starts on a line of its own.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(self, *, question: str, answer: str, citations: Sequence[dict], backend: str, rating: str,
               comment: str = "", user: str | None = None, mode: str = "answer") -> dict[str, Any]:
        """Append one rating and return the written record (fields capped in size).

        Raises:
            ValueError: `rating` is not "up" or "down".
        """
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {RATINGS}, got {rating!r}")
        record = {
            "time": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
            "user": (user or None) and str(user)[:100],
            "rating": rating,
            "comment": (comment or "").strip()[:MAX_COMMENT_CHARS],
            "question": str(question or "")[:MAX_QUESTION_CHARS],
            "answer": str(answer or "")[:MAX_ANSWER_CHARS],
            "citations": [_cap_citation(c) for c in list(citations or [])[:MAX_CITATIONS]],
            "backend": str(backend or "")[:100],
            "mode": str(mode or "answer")[:20],
        }
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                size = os.fstat(fd).st_size
                if size and os.pread(fd, 1, size - 1) != b"\n":
                    line = b"\n" + line  # the last record was cut short (a crash): start a new line
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)  # releases the flock
        log.info("feedback %s from %s recorded", rating, (user or "-")[:32])
        return record

    def read(self) -> list[dict[str, Any]]:
        """Every complete record, oldest first; unreadable (partial) lines are skipped."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        records = []
        for n, line in enumerate(raw.split(b"\n"), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                log.warning("%s line %d is not a complete record; skipped", self.path, n)
                continue
            if isinstance(record, dict):
                records.append(record)
        return records
