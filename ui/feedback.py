"""👍/👎 feedback on answers, appended as JSON lines to settings.feedback_path."""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

log = logging.getLogger(__name__)

RATINGS = ("up", "down")
MAX_COMMENT_CHARS = 2000


class FeedbackLog:
    """Append-only JSONL log of user ratings; safe to call from concurrent request threads.

    Each line: {"time", "user", "rating", "comment", "question", "answer", "citations",
    "backend", "mode"}.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(self, *, question: str, answer: str, citations: Sequence[dict], backend: str, rating: str,
               comment: str = "", user: str | None = None, mode: str = "answer") -> dict[str, Any]:
        """Append one rating and return the written record.

        Raises:
            ValueError: `rating` is not "up" or "down".
        """
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {RATINGS}, got {rating!r}")
        record = {
            "time": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
            "user": user or None,
            "rating": rating,
            "comment": (comment or "").strip()[:MAX_COMMENT_CHARS],
            "question": question,
            "answer": answer,
            "citations": list(citations),
            "backend": backend,
            "mode": mode,
        }
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as f:
                f.write(line)
        log.info("feedback %s from %s recorded", rating, user or "-")
        return record
