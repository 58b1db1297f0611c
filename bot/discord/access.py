"""Telling a guild's owner, privately and once, that the bot may not post in a channel.

A club post (a club reminder, a challenge's digest or results) that Discord refuses with 50013
Missing Permissions or 50001 Missing Access pauses what it was for, as any refused chat does
(``bot.services.outbound.NoAccess``). Nobody in the channel can see why, and unlike a chat that
is gone, this one can be fixed: so the guild's owner gets one direct message saying which
channel, which permissions, what was paused and how to turn it back on.

* **Who.** The guild's owner: the one member the bot always knows (``owner_id`` comes with the
  guild; the bot has no member list, so it can't tell who else has Manage Server) and who can
  always grant the permissions. A guild not in this process's cache (another process's shards)
  is fetched over REST. Nobody else is messaged, and nothing is posted in the channel.
* **Once.** The notice is claimed in the store's handled-message ledger (``noaccess:<channel>``,
  the table that keeps commands from running twice) before it is sent, so a second refused post
  in that channel, another process, or a restart sends no second message. The ledger keeps
  claims two days: a channel still refusing after that (an admin set the club reminder again
  without fixing the permissions) gets one more notice. A crash between the claim and the
  message loses that notice (at most once, never twice).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import discord

from bot.discord.interactions import describe, retry_request
from bot.services.outbound import Blocked
from handlers.store_ledger import MessageClaims
from handlers.types import Reply, esc

log = logging.getLogger(__name__)

NEEDED = "View Channel, Send Messages, Embed Links and Attach Files"
NO_ACCESS_CODES = (50001, 50013)  # Missing Access, Missing Permissions


def notice_key(channel_id: str) -> str:
    return f"noaccess:{channel_id}"


@dataclass(frozen=True)
class Where:
    channel: str
    guild: str
    owner_id: int


async def where(client: discord.Client, channel_id: int) -> Where | None:
    """The channel's name, its guild's name and owner; None for a DM or a channel out of reach."""
    channel = client.get_channel(channel_id)
    if channel is None:
        try:
            channel = await retry_request(client.fetch_channel, channel_id)
        except discord.HTTPException as exc:
            log.info("Discord: can't look up channel %s (%s)", channel_id, describe(exc))
            return None
    guild = getattr(channel, "guild", None)
    if guild is None:
        return None  # a DM: there are no admins to tell
    if guild.owner_id is None or not guild.name:  # a placeholder: the guild is another shard's
        try:
            guild = await retry_request(client.fetch_guild, guild.id)
        except discord.HTTPException as exc:
            log.info("Discord: can't look up guild %s (%s)", guild.id, describe(exc))
            return None
    if guild.owner_id is None:
        return None
    return Where(getattr(channel, "name", None) or str(channel_id), guild.name, guild.owner_id)


def notice(at: Where, paused: str) -> str:
    return (
        f"I can't post in <b>#{esc(at.channel)}</b> on <b>{esc(at.guild)}</b>: I'm missing permissions "
        f"there. I need {NEEDED} in that channel (the channel's settings → Permissions, or my role "
        f"under Server Settings → Roles).\n{paused}"
    )


async def tell_owner(
    client: discord.Client,
    store: MessageClaims,
    send: Callable[[str, Sequence[Reply]], Awaitable[None]],
    now: datetime,
    chat_id: str,
    paused: str,
) -> bool:
    """DM the owner of the guild of channel `chat_id`, once (see above); True if sent now."""
    if not chat_id.isdigit():
        return False  # "dm:<user>": a person, not a club
    at = await where(client, int(chat_id))
    if at is None:
        return False
    if not await store.first_handling("discord", notice_key(chat_id), now):
        return False  # told already
    try:
        await send(f"dm:{at.owner_id}", [Reply(notice(at, paused))])
    except Blocked as exc:
        log.info(
            "Discord: missing permissions in channel %s; its guild's owner takes no DMs (%s)", chat_id, exc
        )
        return False
    log.info("Discord: missing permissions in channel %s; told its guild's owner", chat_id)
    return True
