"""One settings object, built once at start-up from the environment (and `.env`)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping

from dotenv import dotenv_values

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
# The smallest prompt worth sending: the system rules (~700 cl100k tokens with the tokenizer
# margin), a question and one short passage.
MIN_PROMPT_TOKENS = 1024


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "policy-assistant"


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    """Every setting of the product. See `.env.example` for the variables.

    Secrets are kept as given and only checked by the component that needs them.
    """

    home: Path = field(default_factory=_default_home)
    corpus_dir: Path = BUNDLED_CORPUS
    # dense store
    chroma_host: str | None = None
    chroma_port: int = 8000
    collection: str = "policy_chunks"
    # embeddings
    embedding_base_url: str | None = None
    embedding_model: str = "multilingual-e5-small"
    embedding_api_key: str | None = None
    # LLM
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout: float = 60.0
    llm_max_retries: int = 2
    llm_max_tokens: int = 1024
    llm_total_timeout: float = 120.0
    llm_context_tokens: int = 8192
    llm_system_role: str = "system"
    # chunking and ingest
    chunk_tokens: int = 380
    chunk_overlap_tokens: int = 40
    max_file_mb: int = 50
    # UI
    host: str = "127.0.0.1"
    port: int = 7860
    users_file: Path | None = None
    users: str | None = None
    concurrency: int = 4
    glossary_path: Path | None = None
    # limits (see README "Reliability and security")
    max_question_chars: int = 2000
    session_hours: float = 12.0
    max_upload_files: int = 20
    max_upload_mb: int = 200

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, dotenv: Path | str | None = ".env") -> "Settings":
        """Build settings from `env` (default: os.environ) over the values of a `.env` file."""
        merged: dict[str, str] = {}
        if dotenv and Path(dotenv).is_file():
            merged.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
        merged.update(os.environ if env is None else env)
        e = merged
        home = e.get("POLICY_ASSISTANT_HOME", "").strip()
        users_file = e.get("POLICY_ASSISTANT_USERS_FILE", "").strip()
        return cls(
            home=Path(home).expanduser() if home else _default_home(),
            corpus_dir=Path(e.get("POLICY_ASSISTANT_CORPUS", "").strip() or BUNDLED_CORPUS),
            chroma_host=e.get("CHROMA_HOST", "").strip() or None,
            chroma_port=_int(e, "CHROMA_PORT", 8000),
            collection=e.get("CHROMA_COLLECTION", "").strip() or "policy_chunks",
            embedding_base_url=e.get("EMBEDDING_BASE_URL", "").strip() or None,
            embedding_model=e.get("EMBEDDING_MODEL", "").strip() or "multilingual-e5-small",
            embedding_api_key=e.get("EMBEDDING_API_KEY", "").strip() or None,
            openai_api_key=e.get("OPENAI_API_KEY", "").strip() or None,
            openai_base_url=e.get("OPENAI_BASE_URL", "").strip() or None,
            llm_model=e.get("LLM_MODEL", "").strip() or "gpt-4o-mini",
            llm_timeout=_float(e, "LLM_TIMEOUT", 60.0),
            llm_max_retries=_int(e, "LLM_MAX_RETRIES", 2),
            llm_max_tokens=_int(e, "LLM_MAX_TOKENS", 1024),
            llm_total_timeout=_float(e, "LLM_TOTAL_TIMEOUT", 120.0),
            llm_context_tokens=_int(e, "LLM_CONTEXT_TOKENS", 8192),
            llm_system_role=e.get("LLM_SYSTEM_ROLE", "").strip() or "system",
            chunk_tokens=_int(e, "CHUNK_TOKENS", 380),
            chunk_overlap_tokens=_int(e, "CHUNK_OVERLAP_TOKENS", 40),
            max_file_mb=_int(e, "MAX_FILE_MB", 50),
            host=e.get("POLICY_ASSISTANT_HOST", "").strip() or "127.0.0.1",
            port=_int(e, "POLICY_ASSISTANT_PORT", 7860),
            users_file=Path(users_file).expanduser() if users_file else None,
            users=e.get("POLICY_ASSISTANT_USERS", "").strip() or None,
            concurrency=_int(e, "POLICY_ASSISTANT_CONCURRENCY", 4),
            glossary_path=Path(e["POLICY_ASSISTANT_GLOSSARY"]).expanduser() if e.get("POLICY_ASSISTANT_GLOSSARY", "").strip() else None,
            max_question_chars=_int(e, "POLICY_ASSISTANT_MAX_QUESTION_CHARS", 2000),
            session_hours=_float(e, "POLICY_ASSISTANT_SESSION_HOURS", 12.0),
            max_upload_files=_int(e, "POLICY_ASSISTANT_MAX_UPLOAD_FILES", 20),
            max_upload_mb=_int(e, "POLICY_ASSISTANT_MAX_UPLOAD_MB", 200),
        )

    def __post_init__(self) -> None:
        for name in ("max_question_chars", "max_upload_files", "max_upload_mb"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be > 0, got {getattr(self, name)}")
        if self.session_hours <= 0:
            raise ValueError(f"session_hours must be > 0, got {self.session_hours}")
        if self.llm_max_tokens <= 0:
            raise ValueError(f"LLM_MAX_TOKENS must be > 0, got {self.llm_max_tokens}")
        if self.llm_system_role not in ("system", "user"):
            raise ValueError(f"LLM_SYSTEM_ROLE must be 'system' or 'user', got {self.llm_system_role!r}")
        if self.llm_total_timeout <= 0:
            raise ValueError(f"LLM_TOTAL_TIMEOUT must be > 0, got {self.llm_total_timeout}")
        if self.llm_context_tokens - self.llm_max_tokens < MIN_PROMPT_TOKENS:
            raise ValueError(
                f"LLM_CONTEXT_TOKENS ({self.llm_context_tokens}) must exceed LLM_MAX_TOKENS "
                f"({self.llm_max_tokens}) by at least {MIN_PROMPT_TOKENS} tokens, the room the prompt needs"
            )

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    @property
    def llm_enabled(self) -> bool:
        """True when an OpenAI-compatible chat endpoint is configured."""
        return bool(self.openai_api_key or self.openai_base_url)

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def chroma_dir(self) -> Path:
        return self.index_dir / "chroma"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"

    @property
    def feedback_path(self) -> Path:
        return self.home / "feedback.jsonl"

    @property
    def uploads_dir(self) -> Path:
        """Where UI uploads are kept: a corpus root that `ingest --prune/--reset` keeps."""
        return self.home / "uploads"
