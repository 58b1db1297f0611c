"""python-telegram-bot's rate-limiter hook, backed by the bot's one SendBudget.

Every Bot API request python-telegram-bot makes passes through ``process_request``: replies to
updates, and reminders, digests and results sent through ``TelegramAdapter.send`` (marked bulk
with ``bulk_sending()``). Requests that put something in a chat take a place from the budget;
a 429 answer's ``retry_after`` holds the budget (the chat, for a group; else the whole bot), so
every other sender waits it out too, and the request is tried again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.services.ratelimit import SendBudget, retry_after

log = logging.getLogger(__name__)

# Requests that don't post to a chat: not paced, though a 429 hold still applies to those with
# a chat id (sendChatAction).
UNPACED = frozenset(
    {
        "getUpdates", "getMe", "logOut", "close", "getWebhookInfo", "setWebhook", "deleteWebhook",
        "setMyCommands", "getMyCommands", "deleteMyCommands", "getChatMember", "getChat",
        "getFile", "answerCallbackQuery", "sendChatAction",
    }
)  # fmt: skip

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


class BudgetRateLimiter(BaseRateLimiter[int]):
    def __init__(self, budget: SendBudget, max_retries: int = 3) -> None:
        self.budget = budget
        self.max_retries = max_retries

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        chat = data.get("chat_id")
        key = None if chat is None else str(chat)
        retries = self.max_retries if rate_limit_args is None else rate_limit_args
        for attempt in range(retries + 1):
            if key is not None:
                if endpoint in UNPACED:
                    await self.budget.wait_unblocked(key)
                else:
                    for _ in range(_messages(endpoint, data)):
                        await self.budget.acquire(key)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = retry_after(exc) or 1.0
                self.budget.penalize(key or "", wait)
                if attempt == retries:
                    raise
                log.info("Telegram: 429 on %s; every sender waits %gs", endpoint, wait)
                if key is None:
                    await self.budget.wait_unblocked("")
        raise AssertionError("unreachable")


def _messages(endpoint: str, data: dict[str, Any]) -> int:
    """How many messages a request posts (an album posts one per item)."""
    if endpoint == "sendMediaGroup":
        media = data.get("media")
        return max(1, len(media)) if isinstance(media, list) else 1
    return 1
