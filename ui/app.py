"""Gradio 6 chat UI over `assistant.service.Assistant`: chat with cited sources, documents, /ask API.

A thin layer: every answer comes from `Assistant.stream`, every upload goes through
`Assistant.ingest`; this module only routes events to components and checks roles.

Public entry points:
    build_app(settings, assistant=None, users=None) -> (gr.Blocks, ChatUI)
    launch(settings, ..., prevent_thread_lock=False) -> Running(demo, url, ui)
    serve(settings)  # blocking; what `policy-assistant serve` calls
"""

from __future__ import annotations

import html
import logging
import os
import shutil
import threading
from pathlib import Path
from typing import Any, Iterator, NamedTuple

import gradio as gr

from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import FinalEvent, ResetEvent, SourcesEvent, TextDelta, WarningEvent
from corpus.cleaning import safe_line
from corpus.errors import IndexNotBuiltError, PolicyAssistantError
from ui import render
from ui.auth import Authenticator, LoginGuard, SessionTokens, UserStore, is_loopback, log_name
from ui.feedback import FeedbackLog
from ui.kpi import KpiView, build_kpi_tab

log = logging.getLogger(__name__)

TITLE = "政策文書アシスタント"
GENERIC_ERROR = "処理中に予期しないエラーが発生しました。時間をおいて再度お試しください。（詳細はサーバーのログに記録されました）"
ADMIN_ONLY = "文書の追加は管理者のみ可能です。"
ADMIN_ONLY_DELETE = "文書の削除は管理者のみ可能です。"
LOGIN_REQUIRED = "この操作にはログインが必要です。"
DELETE_CONFIRM = "この文書を索引から削除し、アップロードされたファイルも削除することを確認しました"
#: Answering handlers share one concurrency group, so the configured limit holds for all of them.
ANSWER_GROUP = "answer"
#: Uploads and deletions run one at a time (each one writes a new index generation).
INGEST_GROUP = "ingest"
#: Per chat session, the turns kept for feedback (older ones cannot be rated any more).
MAX_TURNS = 50
EXAMPLES = [
    ("MOU", "神奈川県と遼寧省がMOUを締結したのはいつですか？"),
    ("補助金", "企業誘致促進賃料補助金の交付額は？"),
    ("特区", "国際環境特区の対象区域はどこですか？"),
    ("KPI", "さがみロボット産業特区の実証実験等の実施件数の令和6年度の実績は？"),
]
MODES = [("回答", "answer"), ("返信文案", "reply")]
HISTORY_MESSAGES = 6  # follow-up context passed to the assistant (3 turns)
THINKING = "資料を検索しています…"

CSS = """
#pa-sources .pa-sources { display: flex; flex-direction: column; gap: 10px; max-height: 720px; overflow-y: auto; }
#pa-sources .pa-src { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 10px; }
#pa-sources .pa-src.pa-cited { border-left: 4px solid var(--color-accent); }
#pa-sources .pa-src:target { outline: 2px solid var(--color-accent); }
#pa-sources .pa-src-head { font-weight: 600; }
#pa-sources .pa-num { color: var(--color-accent); margin-right: 4px; }
#pa-sources .pa-badge { font-size: 0.75em; margin-left: 6px; padding: 1px 6px; border-radius: 8px;
  background: var(--color-accent-soft); }
#pa-sources .pa-src-meta { font-size: 0.85em; opacity: 0.75; margin: 2px 0 6px; }
#pa-sources .pa-src-text { white-space: pre-wrap; font-size: 0.9em; line-height: 1.6; }
#pa-sources .pa-src-text mark { background: #ffe58a; color: inherit; padding: 0 1px; }
#pa-sources .pa-src-link { font-size: 0.85em; margin-top: 4px; word-break: break-all; }
.pa-empty { opacity: 0.7; padding: 8px; }
.pa-notice .pa-warning { background: #fff7e0; border: 1px solid #f0c36d; color: #5c4400; border-radius: 6px;
  padding: 6px 10px; margin: 4px 0; }
.pa-notice .pa-error, .pa-ingest .pa-error { color: #a40000; }
.pa-notice .pa-error { background: #ffecec; border: 1px solid #e0a0a0; border-radius: 6px; padding: 6px 10px; margin: 4px 0; }
.pa-docs { width: 100%; border-collapse: collapse; }
.pa-docs th, .pa-docs td { border-bottom: 1px solid var(--border-color-primary); padding: 4px 8px; text-align: left; }
.pa-docs .pa-num-cell { text-align: right; }
.pa-ingest { list-style: none; padding-left: 0; }
a.pa-cite { text-decoration: none; font-weight: 600; }
"""

# Clicking [n] in a bubble scrolls the sources panel to card n (the bubble's own link handling
# may open links in a new tab, so the click is handled here).
HEAD = """
<script>
document.addEventListener("click", function (ev) {
  const a = ev.target && ev.target.closest ? ev.target.closest("a.pa-cite, a[href^='#src-']") : null;
  if (!a) return;
  const id = (a.getAttribute("href") || "").slice(1);
  const card = document.getElementById(id);
  if (!card) return;
  ev.preventDefault();
  ev.stopPropagation();
  card.scrollIntoView({behavior: "smooth", block: "nearest"});
  document.querySelectorAll(".pa-src.pa-focus").forEach(function (e) { e.classList.remove("pa-focus"); e.style.outline = ""; });
  card.classList.add("pa-focus");
  card.style.outline = "2px solid var(--color-accent)";
}, true);
</script>
"""


def _new_state() -> dict:
    return {"history": [], "turns": []}


def _toast(message: str, title: str = "注意") -> None:
    """A gr.Warning toast; its body is rendered as HTML, so escape it."""
    gr.Warning(html.escape(message), title=title)


def _with_last(chat: list, content: str) -> list:
    """A new message list whose last (assistant) message is `content` (yielded lists stay intact)."""
    return chat[:-1] + [{"role": "assistant", "content": content}]


def _username(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) if request is not None else None


def _gradio_cache_file(path: Path) -> bool:
    """True for a file inside Gradio's upload cache (safe to delete once copied)."""
    from gradio.utils import get_upload_folder

    try:
        path.resolve().relative_to(Path(get_upload_folder()).resolve())
        return True
    except (ValueError, OSError):
        return False


class ChatUI:
    """The handlers behind the UI (plain methods, so tests can call them directly).

    Args:
        settings: product settings (feedback path, home for uploads, users).
        assistant: the Assistant to use (default: built from settings).
        users: the logins (default: from settings).
    """

    def __init__(self, settings: Settings, assistant: Assistant | None = None, users: UserStore | None = None):
        self.settings = settings
        self.assistant = assistant or Assistant(settings)
        self.users = users if users is not None else UserStore.from_settings(settings)
        self.feedback_log = FeedbackLog(settings.feedback_path)
        self.authenticator: Authenticator | None = None  # set by launch() when login is on

    # -- helpers ----------------------------------------------------------------------------
    @property
    def uploads_dir(self) -> Path:
        return self.settings.uploads_dir

    def _may(self, request: gr.Request | None, action: str) -> bool:
        """The role check every state-changing handler makes itself (Gradio exposes every event
        over HTTP, whatever its visibility): "admin" for upload/delete, any known user for feedback."""
        user = _username(request)
        role = self.users.role(user)
        allowed = role == "admin" if action in ("upload", "delete") else role is not None
        if not allowed:
            log.warning("%s refused for %r (role %s)", action, log_name(user), role)
        return allowed

    def _document_choices(self) -> tuple[list[tuple[str, str]], list[str]]:
        docs = self.assistant.documents()
        doc_choices = sorted({(f"{d.get('title') or d.get('file')}（{d.get('file')}）", str(d.get("file")))
                              for d in docs if d.get("file")})
        kinds = sorted({str(d.get("kind")) for d in docs if d.get("kind")})
        return doc_choices, kinds

    def _status(self) -> dict:
        try:
            return self.assistant.index.status()
        except PolicyAssistantError as err:
            log.warning("index status unavailable: %s", err)
            return {}

    # -- page load --------------------------------------------------------------------------
    def on_load(self, request: gr.Request):
        """Fill the document lists and show the upload box to admins only."""
        user = _username(request)
        is_admin = self.users.is_admin(user)
        docs = self.assistant.documents()
        doc_choices, kinds = self._document_choices()
        notice = "" if docs else render.render_notice([IndexNotBuiltError.ja])
        who = (f"ログイン中: {render.escape_markdown(user)}（{'管理者' if is_admin else '利用者'}）"
               if self.users.enabled and user else "")
        return (
            render.render_documents(docs),
            render.render_status(self._status()),
            gr.update(choices=doc_choices),
            gr.update(choices=kinds),
            gr.update(visible=is_admin),
            gr.update(visible=not is_admin),
            notice,
            who,
        )

    def refresh_documents(self):
        """Documents table, index status and the filter choices after a change."""
        doc_choices, kinds = self._document_choices()
        return (
            render.render_documents(self.assistant.documents()),
            render.render_status(self._status()),
            gr.update(choices=doc_choices),
            gr.update(choices=kinds),
        )

    # -- chat -------------------------------------------------------------------------------
    def respond(self, message: str, chat: list | None, state: dict | None, mode: str = "answer",
                docs: list[str] | None = None, kinds: list[str] | None = None, top_k: int = 5,
                request: gr.Request | None = None) -> Iterator[tuple]:
        """Stream one answer. Yields (textbox, chatbot, state, sources_html, notice_html, answer_text)."""
        question = (message or "").strip()
        chat = list(chat or [])
        state = dict(state or _new_state())
        state["history"] = list(state.get("history", []))
        state["turns"] = list(state.get("turns", []))
        if not question:
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        chat += [
            {"role": "user", "content": render.escape_markdown(question)},
            {"role": "assistant", "content": THINKING},
        ]
        sources_html = '<div class="pa-empty">資料を検索しています…</div>'
        warnings: list[str] = []
        yield "", chat, state, sources_html, "", ""

        text, n_passages, answer, error = "", None, None, None
        try:
            events = self.assistant.stream(
                question, history=state["history"][-HISTORY_MESSAGES:], mode=mode or "answer",
                top_k=int(top_k or 5), docs=list(docs) if docs else None, kinds=list(kinds) if kinds else None,
            )
            for event in events:
                if isinstance(event, SourcesEvent):
                    n_passages = len(event.passages)
                    sources_html = render.render_sources(event.passages)
                elif isinstance(event, TextDelta):
                    text += event.text
                    chat = _with_last(chat, render.render_answer_markdown(text, n_passages))
                elif isinstance(event, ResetEvent):  # the streamed text is void (LLM failed, or revised)
                    text = ""
                    chat = _with_last(chat, THINKING)
                elif isinstance(event, WarningEvent):
                    warnings.append(event.message)
                    _toast(event.message)
                elif isinstance(event, FinalEvent):
                    answer = event.answer
                    continue
                yield gr.skip(), chat, state, sources_html, render.render_notice(warnings), gr.skip()
        except PolicyAssistantError as err:
            log.warning("answering failed: %s", err)
            error = err.ja
        except ValueError as err:
            log.warning("bad chat input: %s", err)
            error = f"入力が正しくありません（{err}）"
        except Exception:  # a bug or an unexpected fault: log it, show a generic Japanese message
            log.exception("unexpected error while answering %r", question)
            error = GENERIC_ERROR

        if answer is None:
            error = error or GENERIC_ERROR
            _toast(error, title="エラー")
            chat = _with_last(chat, "⚠ " + render.escape_markdown(error))
            state["turns"].append({"question": question, "answer": error, "citations": [], "backend": None,
                                   "mode": mode, "error": True})
            if n_passages is None:
                sources_html = render.SOURCES_PLACEHOLDER
            yield gr.skip(), chat, state, sources_html, render.render_notice(warnings, error), ""
            return

        for w in answer.warnings:
            if w not in warnings:
                warnings.append(w)
                _toast(w)
        chat = _with_last(chat, render.render_answer_markdown(answer.text, len(answer.passages)))
        state["history"] = (state["history"] + [{"role": "user", "content": question},
                                                {"role": "assistant", "content": answer.text}])[-HISTORY_MESSAGES:]
        state["turns"].append({
            "question": question,
            "answer": answer.text,
            "citations": [c.to_json() for c in answer.citations],
            "backend": answer.backend,
            "mode": answer.mode,
        })
        state["turns"] = state["turns"][-MAX_TURNS:]
        yield (gr.skip(), chat, state, render.render_sources(answer.passages, answer.citations),
               render.render_notice(warnings), answer.text)

    def pick_example(self, evt: gr.SelectData) -> str:
        """Chatbot example clicked: its question goes into the textbox (then `respond` runs)."""
        value = evt.value if isinstance(evt.value, dict) else {}
        return str(value.get("text", ""))

    @staticmethod
    def new_conversation():
        """Clear the chat, the state, the sources panel and the notices."""
        return [], _new_state(), render.SOURCES_PLACEHOLDER, "", "", ""

    # -- feedback ---------------------------------------------------------------------------
    def _record(self, turn: dict, rating: str, comment: str, request: gr.Request | None) -> None:
        self.feedback_log.record(
            question=turn.get("question", ""), answer=turn.get("answer", ""), citations=turn.get("citations", []),
            backend=turn.get("backend") or "", rating=rating, comment=comment or "", user=_username(request),
            mode=turn.get("mode") or "answer",
        )

    def rate_latest(self, rating: str, comment: str, state: dict | None, request: gr.Request | None = None) -> tuple:
        """👍/👎 buttons: rate the latest answer. Returns (comment_box, feedback_status_html)."""
        turns = (state or {}).get("turns") or []
        if not turns:
            _toast("評価する回答がまだありません。")
            return gr.skip(), '<div class="pa-empty">評価する回答がまだありません。</div>'
        if not self._may(request, "feedback"):
            _toast(LOGIN_REQUIRED, title="権限がありません")
            return gr.skip(), f'<div class="pa-empty">{LOGIN_REQUIRED}</div>'
        self._record(turns[-1], rating, comment, request)
        gr.Info("フィードバックを記録しました。ありがとうございます。", title="送信完了")
        label = "👍" if rating == "up" else "👎"
        return "", f'<div class="pa-empty">{label} フィードバックを記録しました。ありがとうございます。</div>'

    def rate_up(self, comment: str, state: dict | None, request: gr.Request):
        return self.rate_latest("up", comment, state, request)

    def rate_down(self, comment: str, state: dict | None, request: gr.Request):
        return self.rate_latest("down", comment, state, request)

    def on_like(self, data: gr.LikeData, comment: str, state: dict | None, request: gr.Request | None = None) -> tuple:
        """The chatbot's own 👍/👎 on a message: rate that turn."""
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        turns = (state or {}).get("turns") or []
        turn_no = int(index) // 2
        if not (0 <= turn_no < len(turns)):
            return gr.skip(), gr.skip()
        liked = data.liked
        if liked is True or liked == "Like":
            rating = "up"
        elif liked is False or liked == "Dislike":
            rating = "down"
        else:
            return gr.skip(), gr.skip()
        if not self._may(request, "feedback"):
            _toast(LOGIN_REQUIRED, title="権限がありません")
            return gr.skip(), f'<div class="pa-empty">{LOGIN_REQUIRED}</div>'
        self._record(turns[turn_no], rating, comment, request)
        gr.Info("フィードバックを記録しました。ありがとうございます。", title="送信完了")
        return "", '<div class="pa-empty">フィードバックを記録しました。ありがとうございます。</div>'

    # -- documents --------------------------------------------------------------------------
    def upload(self, files: list[str] | None, request: gr.Request | None = None,
               progress: gr.Progress | None = None) -> str:
        """Copy uploaded files into <home>/uploads and ingest them. Admins only (checked here).

        Returns the result HTML (added/updated files, and each skipped file with its reason).
        """
        user = _username(request)
        if not self._may(request, "upload"):
            _toast(ADMIN_ONLY, title="権限がありません")
            return render.render_ingest_report({}, error=ADMIN_ONLY)
        paths = [Path(f if isinstance(f, (str, os.PathLike)) else getattr(f, "name", f)) for f in files or []]
        try:
            return self._upload(paths, user, progress)
        finally:
            for src in paths:  # Gradio's cached copy is not needed any more
                if _gradio_cache_file(src):
                    Path(src).unlink(missing_ok=True)

    def _upload(self, paths: list[Path], user: str | None, progress) -> str:
        from corpus.loaders import load_document

        if not paths:
            return render.render_ingest_report({}, error="取り込むファイルを選択してください。")
        limit_files, limit_mb = self.settings.max_upload_files, self.settings.max_upload_mb
        total = sum(p.stat().st_size for p in paths if p.is_file())
        if len(paths) > limit_files or total > limit_mb * 1024 * 1024:
            error = (f"一度に取り込めるのは {limit_files} ファイル・合計 {limit_mb} MB までです"
                     f"（今回: {len(paths)} ファイル・{total / 1024 / 1024:.1f} MB）。分けて取り込んでください。")
            log.warning("upload by %s refused: %d files, %d bytes", log_name(user), len(paths), total)
            _toast(error, title="エラー")
            return render.render_ingest_report({}, error=error)
        if progress is not None:
            progress(0, desc="ファイルを確認しています…")
        self.uploads_dir.mkdir(parents=True, exist_ok=True)
        staging = self.uploads_dir / ".staging"  # a hidden folder: never ingested itself
        staging.mkdir(exist_ok=True)
        max_bytes = self.settings.max_file_mb * 1024 * 1024
        targets: list[Path] = []
        skipped: list[dict] = []
        for src in paths:
            name = Path(src).name.strip()
            if not name or name.startswith(".") or name == "manifest.json" or name != safe_line(name):
                skipped.append({"path": safe_line(name) or "?",
                                "reason": "このファイル名は取り込めません（隠しファイル、manifest.json、制御文字を含む名前は不可）。"})
                continue
            staged = staging / name
            dest = self.uploads_dir / name
            try:
                shutil.copyfile(src, staged)
                load_document(staged, max_bytes=max_bytes)  # validated before it may replace anything
                os.replace(staged, dest)  # atomic: the old file or the new one, never a mix
            except PolicyAssistantError as err:
                log.warning("upload %s rejected: %s", name, err)
                skipped.append({"path": name, "reason": err.ja})
                staged.unlink(missing_ok=True)
                continue
            except Exception as err:  # an unexpected fault of one file: report it, go on with the rest
                log.warning("cannot store upload %s: %s", name, err, exc_info=not isinstance(err, OSError))
                skipped.append({"path": name, "reason": "アップロードされたファイルを保存できませんでした。"})
                staged.unlink(missing_ok=True)
                continue
            targets.append(dest)
        data: dict[str, Any] = {"documents": [], "skipped": []}
        error = None
        if targets:
            if progress is not None:
                progress(0.1, desc="文書を取り込んでいます…")
            try:
                data = self.assistant.ingest(targets, progress=True).to_json()
                # rebuild the retriever's indexes now rather than on the next user's question
                threading.Thread(target=self.assistant.warm_up, name="warm-up", daemon=True).start()
            except PolicyAssistantError as err:
                log.warning("upload ingest failed: %s", err)
                error = err.ja
            except Exception:
                log.exception("unexpected error while ingesting uploads %s", targets)
                error = GENERIC_ERROR
        data["skipped"] = skipped + list(data.get("skipped", []))
        log.info("upload by %s: %d files, %d skipped", log_name(user) or "-", len(targets), len(data["skipped"]))
        if error:
            _toast(error, title="エラー")
        elif data["skipped"]:
            _toast(f"{len(data['skipped'])} 件のファイルを取り込めませんでした。理由は一覧をご覧ください。")
        elif data["documents"]:
            gr.Info(f"{len(data['documents'])} 件の文書を取り込みました。", title="取り込み完了")
        return render.render_ingest_report(data, error=error)

    def upload_event(self, files, request: gr.Request, progress=gr.Progress(track_tqdm=True)):
        """Gradio wrapper of `upload` that also refreshes the document lists."""
        result = self.upload(files, request, progress)
        return (result, *self.refresh_documents(), None)

    def delete(self, file: str | None, confirmed: bool, request: gr.Request | None = None) -> str:
        """Remove one document from the index (and its file when it was uploaded). Admins only,
        and only with the confirmation ticked. Returns a result HTML line."""
        if not self._may(request, "delete"):
            _toast(ADMIN_ONLY_DELETE, title="権限がありません")
            return f'<div class="pa-error">{ADMIN_ONLY_DELETE}</div>'
        if not file:
            return '<div class="pa-error">削除する文書を選択してください。</div>'
        if confirmed is not True:
            return '<div class="pa-error">削除するには確認のチェックを入れてください。</div>'
        try:
            done = self.assistant.delete_document(str(file))
        except PolicyAssistantError as err:
            log.warning("delete of %s failed: %s", file, err)
            _toast(err.ja, title="エラー")
            return f'<div class="pa-error">{html.escape(err.ja)}</div>'
        threading.Thread(target=self.assistant.warm_up, name="warm-up", daemon=True).start()
        log.info("document %s deleted by %s", file, log_name(_username(request)) or "-")
        where = "索引とファイルから" if done["file_deleted"] else "索引から"
        message = f"「{done.get('title') or done['file']}」（{done['file']}）を{where}削除しました。"
        gr.Info(message, title="削除しました")
        return f'<div class="pa-empty">{html.escape(message)}</div>'

    def delete_choices(self):
        """The document list of the delete form."""
        doc_choices, _ = self._document_choices()
        return gr.update(choices=doc_choices, value=None)

    def delete_event(self, file, confirmed, request: gr.Request):
        """Gradio wrapper of `delete` that also refreshes the lists and clears the form."""
        result = self.delete(file, confirmed, request)
        doc_choices, _ = self._document_choices()
        return (result, *self.refresh_documents(), gr.update(choices=doc_choices, value=None), False)

    # -- API --------------------------------------------------------------------------------
    def api_ask(self, question: str, mode: str = "answer", top_k: int = 5) -> dict:
        """Answer a question; returns the same JSON object as `policy-assistant ask --json`.

        Args:
            question: the question in Japanese.
            mode: "answer" (回答) or "reply" (返信文案).
            top_k: number of passages to retrieve (1-20).
        """
        try:
            top_k = int(top_k)
            if not 1 <= top_k <= 20:
                raise ValueError(f"top_k must be between 1 and 20, got {top_k}")
            return self.assistant.ask(question, mode=mode, top_k=top_k).to_json()
        except PolicyAssistantError as err:
            log.warning("/ask failed: %s", err)
            raise gr.Error(err.ja) from None
        except ValueError as err:
            raise gr.Error(f"入力が正しくありません（{err}）") from None
        except Exception:
            log.exception("unexpected error in /ask for %r", question)
            raise gr.Error(GENERIC_ERROR) from None


def build_app(settings: Settings, assistant: Assistant | None = None,
              users: UserStore | None = None) -> tuple[gr.Blocks, ChatUI]:
    """Build the Blocks app (not launched) and the ChatUI holding its handlers."""
    ui = ChatUI(settings, assistant, users)
    private: dict[str, Any] = {"api_visibility": "private"}
    answering: dict[str, Any] = {**private, "concurrency_limit": max(1, settings.concurrency), "concurrency_id": ANSWER_GROUP}
    writing: dict[str, Any] = {**private, "concurrency_limit": 1, "concurrency_id": INGEST_GROUP}
    # Gradio's copies of uploaded files older than a day are removed hourly (uploads also delete
    # their copy as soon as it is stored under the state dir).
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(3600, 86400)) as demo:
        with gr.Row():
            gr.Markdown(f"## {TITLE}\n政策文書に基づき、出典付きで回答します。回答は必ず右の出典でご確認ください。")
            who = gr.Markdown("", elem_id="pa-user")
        state = gr.State(_new_state())
        with gr.Tabs():
            with gr.Tab("チャット", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            label="会話", elem_id="pa-chat", height=520, buttons=[],
                            feedback_options=("Like", "Dislike"),
                            placeholder="資料に関する質問を入力してください。下の例から選ぶこともできます。",
                            examples=[{"text": q, "display_text": f"【{topic}】{q}"} for topic, q in EXAMPLES],
                            latex_delimiters=[], allow_tags=False,
                        )
                        notice = gr.HTML("", elem_id="pa-notice")
                        with gr.Row():
                            msg = gr.Textbox(placeholder="質問を入力して Enter（例: 企業誘致促進賃料補助金の交付額は？）",
                                             show_label=False, scale=5, elem_id="pa-question", max_lines=6,
                                             max_length=settings.max_question_chars)
                            send = gr.Button("送信", variant="primary", scale=1, elem_id="pa-send")
                        with gr.Row():
                            mode = gr.Radio(MODES, value="answer", label="モード", elem_id="pa-mode", scale=2)
                            new_chat = gr.Button("新しい会話", elem_id="pa-new", scale=1)
                            copy_btn = gr.Button("回答をコピー", elem_id="pa-copy", scale=1)
                        with gr.Accordion("絞り込み・検索設定", open=False):
                            doc_filter = gr.Dropdown(choices=[], value=[], multiselect=True, label="対象文書（未選択ならすべて）",
                                                     elem_id="pa-docs-filter")
                            kind_filter = gr.Dropdown(choices=[], value=[], multiselect=True, label="文書の種別（未選択ならすべて）",
                                                      elem_id="pa-kind-filter")
                            top_k = gr.Slider(1, 10, value=5, step=1, label="参照する箇所の数")
                        with gr.Accordion("回答テキスト（コピー用）", open=False):
                            answer_text = gr.Textbox(show_label=False, interactive=False, lines=4,
                                                     buttons=["copy"], elem_id="pa-answer-text")
                        with gr.Row():
                            comment = gr.Textbox(label="この回答へのコメント（任意）", scale=4, elem_id="pa-comment")
                            up = gr.Button("👍 役に立った", scale=1, elem_id="pa-up")
                            down = gr.Button("👎 役に立たなかった", scale=1, elem_id="pa-down")
                        feedback_status = gr.HTML("")
                    with gr.Column(scale=2):
                        gr.Markdown("### 出典")
                        sources = gr.HTML(render.SOURCES_PLACEHOLDER, elem_id="pa-sources")
            with gr.Tab("文書", id="documents"):
                status_html = gr.HTML("", elem_id="pa-status")
                refresh = gr.Button("一覧を更新", size="sm")
                docs_html = gr.HTML("", elem_id="pa-doc-table")
                with gr.Column(visible=False) as upload_box:
                    gr.Markdown("### 文書の追加（管理者のみ）\n対応形式: .txt .md .pdf .html .htm .docx。"
                                "取り込んだ文書は再起動なしで検索対象になります。")
                    files = gr.File(file_count="multiple", label="追加するファイル", elem_id="pa-upload")
                    upload_btn = gr.Button("取り込む", variant="primary", elem_id="pa-upload-btn")
                    upload_result = gr.HTML("", elem_id="pa-upload-result")
                    gr.Markdown("### 文書の削除（管理者のみ）\nアップロードした文書はファイルも削除されます。")
                    delete_doc = gr.Dropdown(choices=[], value=None, label="削除する文書", elem_id="pa-delete-doc",
                                             allow_custom_value=True)  # the handler checks the name itself
                    delete_ok = gr.Checkbox(value=False, label=DELETE_CONFIRM, elem_id="pa-delete-confirm")
                    delete_btn = gr.Button("削除する", variant="stop", elem_id="pa-delete-btn")
                    delete_result = gr.HTML("", elem_id="pa-delete-result")
                not_admin = gr.Markdown("文書の追加・削除は管理者のみ可能です。", visible=False)
            with gr.Tab("KPI", id="kpi"):
                kpi_view = KpiView(ui.assistant)
                kpi_outputs = build_kpi_tab(kpi_view, private)

        chat_inputs = [msg, chatbot, state, mode, doc_filter, kind_filter, top_k]
        chat_outputs = [msg, chatbot, state, sources, notice, answer_text]
        msg.submit(ui.respond, chat_inputs, chat_outputs, **answering)
        send.click(ui.respond, chat_inputs, chat_outputs, **answering)
        chatbot.example_select(ui.pick_example, None, msg, **private).then(
            ui.respond, chat_inputs, chat_outputs, **answering)
        new_chat.click(ui.new_conversation, None, [chatbot, state, sources, notice, answer_text, feedback_status],
                       **private)
        chatbot.clear(ui.new_conversation, None, [chatbot, state, sources, notice, answer_text, feedback_status],
                      **private)
        copy_btn.click(None, [answer_text], None,
                       js="(t) => { if (t && navigator.clipboard) { navigator.clipboard.writeText(t); } return []; }",
                       **private)
        up.click(ui.rate_up, [comment, state], [comment, feedback_status], **private)
        down.click(ui.rate_down, [comment, state], [comment, feedback_status], **private)
        chatbot.like(ui.on_like, [comment, state], [comment, feedback_status], **private)

        doc_outputs = [docs_html, status_html, doc_filter, kind_filter]
        refresh.click(ui.refresh_documents, None, doc_outputs, **private)
        upload_btn.click(ui.upload_event, [files], [upload_result, *doc_outputs, files], **writing).then(
            ui.delete_choices, None, delete_doc, **private)
        delete_btn.click(ui.delete_event, [delete_doc, delete_ok], [delete_result, *doc_outputs, delete_doc, delete_ok],
                         **writing)
        demo.load(ui.on_load, None, [*doc_outputs, upload_box, not_admin, notice, who], **private).then(
            ui.delete_choices, None, delete_doc, **private)
        demo.load(kpi_view.on_load, None, kpi_outputs, **private)

        gr.api(ui.api_ask, api_name="ask", api_description="質問に出典付きで回答し、`ask --json` と同じ JSON を返します。",
               concurrency_limit=max(1, settings.concurrency), concurrency_id=ANSWER_GROUP)
    return demo, ui


def check_serve_settings(settings: Settings, users: UserStore) -> None:
    """Refuse an open UI on a non-loopback host.

    Raises:
        PolicyAssistantError: host is not loopback and no users are configured.
    """
    if not is_loopback(settings.host) and not users.enabled:
        raise PolicyAssistantError(
            f"refusing to serve on non-loopback host {settings.host!r} without users",
            ja=(f"ホスト {settings.host} で公開するにはログインの設定が必要です。"
                "POLICY_ASSISTANT_USERS または POLICY_ASSISTANT_USERS_FILE でユーザーを設定するか、"
                "ホストを 127.0.0.1 にしてください（パスワードのハッシュは `python -m ui.auth` で作成できます）。"),
        )


class Running(NamedTuple):
    """A launched app: close it with `demo.close()`."""

    demo: gr.Blocks
    url: str
    ui: ChatUI


def launch(settings: Settings, *, assistant: Assistant | None = None, users: UserStore | None = None,
           prevent_thread_lock: bool = False, quiet: bool = True) -> Running:
    """Build, check and launch the app on settings.host:settings.port.

    Raises:
        PolicyAssistantError: non-loopback host without users (see check_serve_settings).
    """
    from starlette.middleware import Middleware

    users = users if users is not None else UserStore.from_settings(settings)
    check_serve_settings(settings, users)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    demo, ui = build_app(settings, assistant, users)
    threading.Thread(target=ui.assistant.warm_up, name="warm-up", daemon=True).start()
    demo.queue(default_concurrency_limit=max(1, settings.concurrency))
    authenticator = Authenticator(users) if users.enabled else None
    ui.authenticator = authenticator
    if not users.enabled:
        log.warning("login is off: everyone who can reach %s:%s is treated as an admin", settings.host, settings.port)
    app_kwargs = {"middleware": [Middleware(LoginGuard, authenticator=authenticator)]} if authenticator else {}
    _, url, _ = demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        auth=authenticator.check if authenticator else None,
        auth_message="政策文書アシスタントにログインしてください。" if users.enabled else None,
        app_kwargs=app_kwargs,
        prevent_thread_lock=True,
        share=False,
        quiet=quiet,
        show_error=False,
        footer_links=["api"],
        run_history=False,
        enable_monitoring=False,
        mcp_server=False,
        ssr_mode=False,
        css=CSS,
        head=HEAD,
        max_file_size=f"{settings.max_file_mb}mb",
    )
    if authenticator is not None:
        # sessions expire: Gradio's own token table never forgets a login
        tokens = SessionTokens(settings.session_hours * 3600)
        for token, user in dict(demo.server_app.tokens).items():
            tokens[token] = user
        demo.server_app.tokens = tokens
    if not prevent_thread_lock:
        demo.block_thread()
    return Running(demo, url, ui)


def serve(settings: Settings) -> None:
    """Launch the UI and block until interrupted (`policy-assistant serve`)."""
    launch(settings, prevent_thread_lock=False, quiet=False)
