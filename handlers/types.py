"""Neutral request/reply types shared by every platform adapter and handler.

Reply.text uses a tiny markup: the tags <b>, <i> and <code> only, with every
other ``<``, ``>`` and ``&`` escaped as HTML entities (use :func:`esc`).
Telegram renders it as HTML; Discord converts it to markdown; the console
strips the tags.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime


def esc(text: object) -> str:
    """Escape user or content text for the neutral markup."""
    s = str(text)
    # Most text has nothing to escape: three scans cost less than html.escape's three copies.
    if "&" in s or "<" in s or ">" in s:
        return html.escape(s, quote=False)
    return s


@dataclass(frozen=True)
class Chat:
    """Who and where a request comes from."""

    platform: str  # "telegram" | "discord" | "console"
    chat_id: str
    user_id: str
    is_private: bool
    is_admin: bool = False  # the user administers this group chat (adapters check the platform)

    @property
    def chat_key(self) -> tuple[str, str]:
        return (self.platform, self.chat_id)


@dataclass(frozen=True)
class Button:
    label: str
    action: str  # short stable id, at most 64 bytes, e.g. "done:42:home"


class AttachmentTooBig(Exception):
    """A download stopped at its byte limit."""


@dataclass(frozen=True)
class Attachment:
    """A file sent with a request (a run file). ``fetch(limit)`` downloads it and raises
    AttachmentTooBig past ``limit`` bytes, OSError when it can't be had."""

    filename: str
    size: int | None  # as the platform reports it, before downloading; None unknown
    fetch: Callable[[int], Awaitable[bytes]] = field(compare=False, repr=False)


@dataclass(frozen=True)
class Request:
    chat: Chat
    command: str  # "workout"; "" for free text; "button" for a button press
    args: tuple[str, ...]
    text: str  # whole text after the command (or the button action for presses)
    display_name: str
    now: datetime  # aware, UTC: handlers never read the clock themselves
    # The platform's id for this message, the same if the platform delivers it again (Telegram
    # re-sends updates a crash left unconfirmed); "" when there is none. /done dedupes on it.
    message_key: str = ""
    attachment: Attachment | None = None  # a file sent with the command (/runs import)


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[Button, ...] = ()
    image: bytes | None = None  # PNG
    file: tuple[str, bytes] | None = None  # (filename, content), e.g. a CSV export
    private: bool = False  # Discord: ephemeral; Telegram group: send to the user's DM
    edit: bool = False  # for button presses: replace the message that carried the button
    meta: dict[str, str] = field(default_factory=dict, compare=False)
