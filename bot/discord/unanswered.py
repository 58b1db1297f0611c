"""A Discord /done whose answer never reached the user, run again: "already logged", not twice.

Discord never re-delivers an interaction the bot got, but its answer can fail for good: an
interaction answered more than 3 s after it was created is gone (404, code 10062 Unknown
interaction), and the user sees "The application did not respond" although the session was
stored. What a user does then is run /done again: a new interaction, with a new id. So:

* **The same interaction again** (a gateway replay): the request's ``message_key`` is
  ``i:<interaction id>``, which /done stores as the session's dedupe key (as Telegram's
  chat:message key), so it is stored once.
* **The user's retry**: when a /done that stored a session could not be answered, its user and
  text are recorded in the store's handled-message ledger (``unanswered:<user>:<digest of the
  text>:<UTC hour>``). A /done with the same text from the same user in that hour or the next is
  the retry: it is answered "already logged" and logs nothing. A different text (another note,
  setting or minutes) logs as usual, and the reply says so.

The guarantee: a /done whose answer failed and that the user repeats with the same options
within an hour or so is stored once. Not covered: a retry that arrives before the first one's
answer has failed (the bot defers within ``defer_after``, 2 s, so a failure is known before the
user's 3 s are up unless the bot is stalled), or a retry more than about an hour later (a second
session, as the user asked).
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta

from handlers.store import Store
from handlers.types import Reply, Request

log = logging.getLogger(__name__)

RETRIED = frozenset({"done"})  # commands whose lost answer makes users repeat them

ALREADY_LOGGED = (
    "Already logged ✅ — your earlier /done got through; Discord just didn't show my answer in "
    "time. Check with /history. Did another session? Add a note to tell them apart, e.g. "
    "<code>/done home note evening</code>."
)


def _key(req: Request, hour: datetime) -> str:
    text = " ".join(req.text.lower().split())
    digest = hashlib.sha256(f"{req.command} {text}".encode()).hexdigest()[:20]
    return f"unanswered:{req.chat.user_id}:{digest}:{hour:%Y%m%d%H}"


async def is_retry(store: Store, req: Request) -> bool:
    """Whether this is the user's repeat of a /done that was stored but never answered."""
    if req.command not in RETRIED:
        return False
    for hour in (req.now, req.now - timedelta(hours=1)):
        if await store.handled_before(req.chat.platform, _key(req, hour)):
            return True
    return False


async def note_unanswered(store: Store, req: Request) -> None:
    """After the answer to `req` failed: if it stored a session, remember it for the user's retry."""
    if req.command not in RETRIED:
        return
    user = await store.get_user(req.chat.platform, req.chat.user_id)
    if user is None:
        return
    latest = await store.recent_sessions(user.id, 1)
    if latest and latest[0].logged_at == req.now:  # stored by this request (logged_at = its now)
        await store.first_handling(req.chat.platform, _key(req, req.now), req.now)


def already_logged() -> list[Reply]:
    return [Reply(ALREADY_LOGGED, private=True)]
