"""Sending to Telegram: replies, unsolicited messages and every Bot API call's retries.

Replies, reminders and digests leave through the outbox (bot/services/delivery.py): chats take
turns and handling never waits for pacing. ``Delivery`` turns neutral ``Reply`` objects into Bot
API calls (HTML text split to Telegram's limits, photos and documents with captions, edits of a
pressed message, private replies to a group member) and retries network errors and 5xx answers
(``call``); 429s are the rate limiter's (bot/telegram/pacing.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import re
from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError
from tenacity import RetryCallState

from bot.retry import call_unless, telegram_request
from bot.services.delivery import SLOW_DOWN, Job, Outbox
from bot.services.outbound import Blocked
from bot.services.ratelimit import SendBudget
from bot.telegram.common import APOLOGY, describe, log
from bot.telegram.migrate import move_chat
from bot.telegram.render import MAX_CAPTION, button_rows, split_html, utf16_len
from handlers.deps import Deps
from handlers.types import Reply, esc

T = TypeVar("T")

# The outbox jobs of the update being handled (TelegramAdapter._handle_update sets it, queue adds).
UPDATE_JOBS: ContextVar[list[Job] | None] = ContextVar("legwork_update_jobs", default=None)

TOAST_MAX = 200  # answerCallbackQuery text limit
PRIVATE_WAIT = 0.5  # seconds a button's answer waits to say whether its private message got through
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # immutable: PTB freezes its objects


@dataclass(frozen=True)
class Where:
    """Where replies to one update go."""

    chat_id: int
    user_id: int
    is_private: bool
    display_name: str
    reply_to: int | None = None  # in groups, answer the triggering message
    thread_id: int | None = None  # a forum topic: answer in the same topic
    pressed: Message | None = None  # the message carrying the pressed button (for edits)


class Delivery:
    """Everything the adapter sends, through one bot and one outbox."""

    def __init__(self, bot: Bot, budget: SendBudget, deps: Deps, platform: str, retry_delay: float) -> None:
        self.bot = bot
        self.deps = deps
        self.platform = platform
        self.backoff = telegram_request(retry_delay)  # bot/retry.py: the one retry policy
        # Button answers don't queue (see TelegramAdapter._on_button).
        self.outbox = Outbox(budget, name="Telegram", slow_down=self.slow_down)

    # --- through the outbox --------------------------------------------------------------------

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Unsolicited messages (reminders, digests). Raises Blocked when the chat is gone.

        Returns once sent: they go through the outbox as bulk, after waiting replies and taking
        turns with other chats (bot/services/delivery.py)."""
        await self.outbox.deliver(chat_id, partial(self.send_unsolicited, chat_id, replies))

    async def send_unsolicited(self, chat_id: str, replies: Sequence[Reply]) -> None:
        target = int(chat_id)
        try:
            for reply in replies:
                try:
                    await self.send_reply(target, reply)
                except ChatMigrated as exc:
                    await move_chat(self.deps, self.platform, target, int(exc.new_chat_id))
                    target = int(exc.new_chat_id)
                    await self.send_reply(target, reply)
        except Forbidden as exc:
            raise Blocked(f"telegram chat {chat_id}: {exc.message}") from None
        except BadRequest as exc:
            if "chat not found" in exc.message.lower():
                raise Blocked(f"telegram chat {chat_id}: {exc.message}") from None
            raise

    def queue(self, where: Where, replies: Sequence[Reply], essential: bool) -> None:
        """Hand an update's replies to the outbox; the update's slot is free at once (see
        TelegramAdapter._handle_update for when the update counts as handled)."""
        if replies:
            job = self.outbox.put(
                str(where.chat_id),
                partial(self.deliver_queued, where, replies),
                essential=essential,
                track=True,
            )
            jobs = UPDATE_JOBS.get()
            if jobs is not None:
                jobs.append(job)

    async def deliver_queued(self, where: Where, replies: Sequence[Reply]) -> None:
        """An update's replies, sent by the outbox: failures are logged (once) and apologised for."""
        try:
            await self.deliver(where, replies)
        except Forbidden as exc:  # blocked us, left the group: nobody to tell
            log.info("Telegram: can't reply in chat %s: %s", where.chat_id, describe(exc))
        except Exception as exc:
            if isinstance(exc, TelegramError):
                log.error("Telegram: replying in chat %s failed: %s", where.chat_id, describe(exc))
            else:  # a bug: one traceback is worth having
                log.error(
                    "Telegram: replying in chat %s failed: %s", where.chat_id, describe(exc), exc_info=exc
                )
            if not isinstance(exc, RetryAfter):
                with contextlib.suppress(TelegramError):
                    await self.bot.send_message(where.chat_id, APOLOGY, message_thread_id=where.thread_id)

    def slow_down(self, chat_id: str) -> Callable[[], Awaitable[Any]]:
        """The notice for a chat whose backlog overflowed (see Outbox)."""
        return partial(
            self.deliver_queued, Where(int(chat_id), 0, not chat_id.startswith("-"), ""), [Reply(SLOW_DOWN)]
        )

    def apologize(self, chat_id: int) -> None:
        """Queue the apology for an update whose handling failed (no-op once the outbox is closed)."""
        with contextlib.suppress(RuntimeError):  # the outbox is closed: stopping
            self.outbox.put(str(chat_id), partial(self._apologize, chat_id))

    async def _apologize(self, chat_id: int) -> None:
        with contextlib.suppress(TelegramError):
            await self.bot.send_message(chat_id, APOLOGY)

    async def answer_privately(self, user_id: int, replies: Sequence[Reply]) -> str | None:
        """Queue a group press's private replies to the presser; returns the pop-up text.

        The pop-up says whether the private message got through when that is known within
        PRIVATE_WAIT seconds (the presser's private chat is usually idle); else that it is on its
        way, so the press is still answered at once."""
        toast: str | None = None
        for r in replies:
            if toast is None and _toastable(r):
                toast = _plain(r.text)
                continue
            sent = self.outbox.put(
                str(user_id), partial(self.send_private, user_id, r), essential=True, track=True
            ).done
            if toast is None and sent is not None:
                done, _ = await asyncio.wait({sent}, timeout=PRIVATE_WAIT)
                if not done:
                    toast = "I'm sending that to you in a private chat."
                elif not sent.cancelled() and sent.exception() is None and sent.result():
                    toast = "I've sent that to you in a private chat."
                elif not sent.cancelled() and sent.exception() is None:
                    toast = (
                        f"I can't message you privately yet: open t.me/{self.bot.username} and press Start."
                    )
                else:
                    toast = APOLOGY
        return toast

    # --- one update's replies ------------------------------------------------------------------

    async def deliver(self, where: Where, replies: Sequence[Reply]) -> None:
        noted = False
        pressed = where.pressed
        reply_to = where.reply_to
        for reply in replies:
            if reply.private and not where.is_private:
                delivered = await self.send_private(where.user_id, reply)
                if not noted:
                    noted = True
                    name = esc(where.display_name or "there")
                    if delivered:
                        note = f"{name}, I've sent that to you in a private chat."
                    else:
                        link = f"https://t.me/{self.bot.username}?start=private"
                        note = (
                            f"{name}, I can't message you privately yet. Open {esc(link)} and press "
                            "<b>Start</b>, then ask me again."
                        )
                    await self.send_text(where.chat_id, note, reply_to=reply_to, thread_id=where.thread_id)
                    reply_to = None
                continue
            edit = pressed if (reply.edit and pressed is not None) else None
            if edit is not None:
                pressed = None  # one edit per press; further replies are new messages
            await self.send_reply(
                where.chat_id, reply, edit=edit, reply_to=reply_to, thread_id=where.thread_id
            )
            reply_to = None

    async def send_private(self, user_id: int, reply: Reply) -> bool:
        try:
            await self.send_reply(user_id, reply)
        except Forbidden:
            return False
        return True

    async def send_reply(
        self,
        chat_id: int,
        reply: Reply,
        *,
        edit: Message | None = None,
        reply_to: int | None = None,
        thread_id: int | None = None,
    ) -> None:
        markup = _markup(reply)
        bot = self.bot
        if reply.image is not None or reply.file is not None:
            caption_fits = (
                utf16_len(reply.text) <= MAX_CAPTION and len(split_html(reply.text, MAX_CAPTION)) <= 1
            )
            caption = reply.text if caption_fits and reply.text.strip() else None
            rest = [] if caption_fits else split_html(reply.text)
            common: dict[str, Any] = {
                "caption": caption,
                "parse_mode": ParseMode.HTML,
                "reply_markup": None if rest else markup,
                "reply_parameters": _reply_params(reply_to),
                "message_thread_id": thread_id,
            }
            if reply.image is not None:
                await self._chat_action(chat_id, ChatAction.UPLOAD_PHOTO)
                await self.call("sendPhoto", bot.send_photo, chat_id, reply.image, **common)
            else:
                assert reply.file is not None
                name, data = reply.file
                await self._chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
                await self.call("sendDocument", bot.send_document, chat_id, data, filename=name, **common)
            for k, part in enumerate(rest):
                await self.send_text(
                    chat_id, part, markup if k == len(rest) - 1 else None, thread_id=thread_id
                )
            return
        parts = split_html(reply.text)
        if not parts:
            return
        if edit is not None and edit.text is not None:
            first_markup = markup if len(parts) == 1 else None
            if await self._edit(edit, parts[0], first_markup):
                parts = parts[1:]
        for k, part in enumerate(parts):
            await self.send_text(
                chat_id,
                part,
                markup if k == len(parts) - 1 else None,
                reply_to=reply_to if k == 0 else None,
                thread_id=thread_id,
            )

    async def send_text(
        self,
        chat_id: int,
        text: str,
        markup: InlineKeyboardMarkup | None = None,
        *,
        reply_to: int | None = None,
        thread_id: int | None = None,
    ) -> Message:
        return await self.call(
            "sendMessage",
            self.bot.send_message,
            chat_id,
            text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            link_preview_options=_NO_PREVIEW if "://" in text else None,
            reply_parameters=_reply_params(reply_to),
            message_thread_id=thread_id,
        )

    async def _edit(self, message: Message, text: str, markup: InlineKeyboardMarkup | None) -> bool:
        """Replace a message's text; False when Telegram won't (then the caller sends a new one)."""
        try:
            await self.call(
                "editMessageText",
                self.bot.edit_message_text,
                text,
                chat_id=message.chat.id,
                message_id=message.message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=_NO_PREVIEW if "://" in text else None,
            )
        except BadRequest as exc:
            if "not modified" in exc.message.lower():
                return True
            log.info("Telegram: couldn't edit a message (%s); sending a new one", describe(exc))
            return False
        return True

    async def _chat_action(self, chat_id: int, action: str) -> None:
        try:
            await self.call("sendChatAction", self.bot.send_chat_action, chat_id, action)
        except Forbidden:
            raise
        except TelegramError as exc:
            log.debug("Telegram: chat action failed: %s", describe(exc))

    # --- every Bot API call ----------------------------------------------------------------------

    async def call(self, name: str, fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        """One Bot API call, retried on network errors and 5xx answers with backoff.

        429s are retried by the send budget's rate limiter (bot/telegram/pacing.py), which holds
        every sender for retry_after; 400/403 are final.
        A retry after a timeout may duplicate a message Telegram did receive: the lesser evil.
        """

        def note(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            if state.attempt_number == 1:
                log.warning("Telegram: %s failed (%s); retrying", name, describe(exc))
            else:
                log.debug("Telegram: %s failed again (%s)", name, describe(exc))

        return await call_unless(self.backoff, (NetworkError,), (BadRequest,), note, fn, *args, **kwargs)


def _markup(reply: Reply) -> InlineKeyboardMarkup | None:
    rows = button_rows(reply.buttons)
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.action) for b in row] for row in rows]
    )


def _reply_params(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    return ReplyParameters(message_id=message_id, allow_sending_without_reply=True)


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^<>]*>", "", text))


def _toastable(reply: Reply) -> bool:
    return (
        reply.image is None
        and reply.file is None
        and not reply.buttons
        and 0 < len(_plain(reply.text)) <= TOAST_MAX
    )
