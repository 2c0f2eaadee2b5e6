"""Helpers for tests that read answer event streams."""

from __future__ import annotations

from assistant.types import ResetEvent, TextDelta


def shown_text(events) -> str:
    """What a UI that appends deltas and clears on a reset shows at the end."""
    text = ""
    for event in events:
        if isinstance(event, ResetEvent):
            text = ""
        elif isinstance(event, TextDelta):
            text += event.text
    return text
