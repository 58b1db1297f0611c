"""/strava: connect a Strava account once, see its status, disconnect (issue 28).

The link is private and one-time: it carries a signed ``state`` bound to the runner and lasts
LINK_VALID. The calls to Strava happen in bot/services/strava.py (``Deps.strava``).
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from handlers.common import current_user, presses_own
from handlers.deps import Deps
from handlers.types import Button, Chat, Reply, Request, esc

LINK_VALID = timedelta(minutes=10)
PREFIX = "strava"
OFF = "Strava sync isn't switched on for this bot. (Its operator can turn it on: docs/strava.md.)"


def dm_target(chat: Chat) -> str:
    """Where the runner hears from the bot about Strava: this chat if private, else their DM."""
    if chat.is_private:
        return chat.chat_id
    if chat.platform == "discord":
        return f"dm:{chat.user_id}"
    return chat.user_id  # Telegram: a user's private chat has the user's id


async def strava(req: Request, deps: Deps) -> list[Reply]:
    if deps.strava is None:
        return [Reply(OFF, private=True)]
    user = await current_user(req, deps)
    conn = await deps.store.strava_connection(user.id)
    if conn is not None and not conn.broken:
        since = f"{conn.connected_at:%-d %b %Y}"
        text = (
            f"Connected to Strava as <b>{esc(conn.athlete_name)}</b> since {since}.\n"
            "Your runs arrive by themselves; I only message you when a run moves a strength day."
        )
        return [
            Reply(text, buttons=(Button("Disconnect", f"{PREFIX}:off:{req.chat.user_id}"),), private=True)
        ]
    url = await deps.strava.authorize_url(
        user.id, req.chat.platform, req.chat.user_id, dm_target(req.chat), req.now
    )
    lead = (
        "Your Strava connection stopped working (access was withdrawn or expired). Connect again:"
        if conn is not None
        else "Connect Strava once and every run you record lands in your plan by itself."
    )
    text = (
        f"{lead}\n{esc(url)}\n"
        "The link is yours alone and works once, for 10 minutes. I only ask to read your activities."
    )
    return [Reply(text, private=True)]


async def strava_button(req: Request, deps: Deps) -> list[Reply]:
    """[Disconnect]: "strava:off:<presser's platform user id>"."""
    parts = req.text.split(":")
    if len(parts) != 3 or parts[1] != "off":
        return [Reply("That button has expired. Send /strava to see your connection.", private=True)]
    if not await presses_own(req, deps, parts[2]):
        return [Reply("That button belongs to someone else.", private=True)]
    if deps.strava is None:
        return [Reply(OFF, private=True)]
    user = await current_user(req, deps)
    if await deps.store.strava_connection(user.id) is None:
        return [Reply("You're not connected to Strava. /strava connects you.", private=True, edit=True)]
    removed = await deps.strava.disconnect(user.id)
    runs = f"{removed} run{'s' if removed != 1 else ''}"
    text = f"Disconnected from Strava: I removed your Strava access and the {runs} that came from it."
    return [Reply(text, private=True, edit=True)]


def backfill_summary(classes: Counter[str]) -> str:
    """ "Imported 11 runs from the last 4 weeks: 2 long, 3 hard"."""
    total = sum(classes.values())
    if total == 0:
        return "No runs on Strava in the last 4 weeks. New ones will arrive by themselves."
    parts = [f"{classes[k]} {k}" for k in ("long", "hard", "race", "hilly") if classes[k]]
    head = f"Imported {total} run{'s' if total != 1 else ''} from the last 4 weeks"
    return f"{head}: {', '.join(parts)}." if parts else f"{head}, all easy."


BUTTONS = {PREFIX: strava_button}
