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

``why_ignored`` says why (for one log line), or None for an update to handle.
"""

from __future__ import annotations

from typing import Any

from telegram import Update

MAX_UPDATE_ID = 2**63 - 1


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
