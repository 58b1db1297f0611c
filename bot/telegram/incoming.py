"""Updates the bot ignores before handling them: forged, malformed, or sent by a bot.

Telegram itself never sends these, but a webhook URL can be reached by anyone who has the secret
(or a test, or a proxy that mangles things), and a forged update must not cost a traceback or,
worse, a 503 that would have Telegram deliver it again for a day:

- an ``update_id`` outside 0 … 2^63 - 1 (PostgreSQL's bigint, where webhook claims are kept);
- a message whose text, ids or sender are not of the types the Bot API documents
  (``"text": 5`` raised AttributeError in the command parser);
- a button press whose data is not a string;
- messages and presses whose ``from`` is a bot: bots don't coach each other, and two bots in a
  group could otherwise answer each other forever (except an anonymous admin, who writes as the
  group "from" Telegram's GroupAnonymousBot).

``why_ignored`` says why (for one log line), or None for an update to handle; ``ignored`` logs
that line. The updates that pass become neutral requests here: ``text_request`` for a message
(a command, or plain text meant for the bot), ``button_request`` for a button press.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from telegram import CallbackQuery, Message, MessageEntity, Update
from telegram.constants import ChatType

from bot.telegram.common import log
from handlers import registry
from handlers.types import Chat, Request

MAX_UPDATE_ID = 2**63 - 1
_OTHER_BOT_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}@[A-Za-z0-9_]+")


def _user_problem(user: Any, anonymous_admin: bool = False) -> str | None:
    if user is None:
        return None
    if not isinstance(getattr(user, "id", None), int) or isinstance(user.id, bool):
        return "a sender id that is not a number"
    if user.is_bot is True and not anonymous_admin:
        return "sent by a bot"
    return None


def why_ignored(update: Update) -> str | None:
    uid = update.update_id
    if not isinstance(uid, int) or isinstance(uid, bool) or not 0 <= uid <= MAX_UPDATE_ID:
        return "an update id outside 0 to 2^63-1"
    msg = update.message
    if msg is not None:
        if msg.text is not None and not isinstance(msg.text, str):
            return "a message text that is not a string"
        if not isinstance(msg.message_id, int) or not isinstance(getattr(msg.chat, "id", None), int):
            return "a message or chat id that is not a number"
        # An anonymous group admin writes as the group, "from" Telegram's GroupAnonymousBot.
        anonymous = msg.sender_chat is not None and msg.sender_chat.id == msg.chat.id
        return _user_problem(msg.from_user, anonymous)
    query = update.callback_query
    if query is not None:
        if query.data is not None and not isinstance(query.data, str):
            return "button data that is not a string"
        return _user_problem(query.from_user)
    return None


def ignored(update: Update) -> bool:
    """A forged, malformed or bot-sent update: one log line, no handling."""
    why = why_ignored(update)
    if why is not None:
        log.info("Telegram: ignoring update %.30s: %s", update.update_id, why)
    return why is not None


def text_request(msg: Message, platform: str, username: str, bot_id: int, now: datetime) -> Request | None:
    """The neutral request for a text message, or None when it isn't for us (the bot is
    @`username`, user id `bot_id`)."""
    user = msg.from_user
    assert user is not None and msg.text is not None
    text = msg.text
    is_private = msg.chat.type == ChatType.PRIVATE
    parsed = registry.parse_command(text, username) if text.startswith("/") else None
    if parsed is None and _OTHER_BOT_COMMAND.match(text):
        return None  # "/cmd@SomeOtherBot"
    if parsed is not None:
        command, args, rest = parsed
    else:
        if not is_private:
            addressed, text = _addressed(msg, username, bot_id)
            if not addressed:
                return None
        command, args, rest = "", (), text.strip()[: registry.MAX_INPUT]
    anonymous_admin = msg.sender_chat is not None and msg.sender_chat.id == msg.chat.id
    return Request(
        chat=Chat(
            platform=platform,
            chat_id=str(msg.chat.id),
            user_id=str(user.id),
            is_private=is_private,
            is_admin=anonymous_admin,
        ),
        command=command,
        args=args,
        text=rest,
        display_name=user.full_name,
        now=now,
        message_key=f"{msg.chat.id}:{msg.message_id}",
    )


def _addressed(msg: Message, username: str, bot_id: int) -> tuple[bool, str]:
    """In a group: is this message for the bot (an @mention or a reply to it)? Mentions removed."""
    assert msg.text is not None
    text = msg.text
    me = f"@{username}".lower()
    mentions = [
        (ent, value)
        for ent, value in msg.parse_entities([MessageEntity.MENTION]).items()
        if value.lower() == me
    ]
    replied = msg.reply_to_message is not None and (
        msg.reply_to_message.from_user is not None and msg.reply_to_message.from_user.id == bot_id
    )
    if not mentions and not replied:
        return False, ""
    if mentions:
        # Entity offsets are UTF-16; cut via the UTF-16 encoding to stay exact.
        raw = text.encode("utf-16-le")
        for ent, _ in sorted(mentions, key=lambda p: p[0].offset, reverse=True):
            raw = raw[: ent.offset * 2] + raw[(ent.offset + ent.length) * 2 :]
        text = raw.decode("utf-16-le")
    return True, " ".join(text.split())


def button_request(query: CallbackQuery, platform: str, now: datetime) -> Request | None:
    """The neutral request for a button press, or None for a press without a message or data."""
    message = query.message
    if message is None or not query.data:
        return None
    return Request(
        chat=Chat(
            platform=platform,
            chat_id=str(message.chat.id),
            user_id=str(query.from_user.id),
            is_private=message.chat.type == ChatType.PRIVATE,
        ),
        command="button",
        args=(),
        text=query.data,
        display_name=query.from_user.full_name,
        now=now,
    )
