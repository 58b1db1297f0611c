"""The Discord gateway: the client (sharded or not), start-up, restarts after a dead gateway, stop."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import discord

from bot.compat.discord import aim
from bot.config import DiscordConfig, Settings
from bot.discord.interactions import ActionButton, describe
from bot.retry import GATEWAY_RESTART
from bot.services.delivery import Outbox
from bot.services.outbound import CannotRun

log = logging.getLogger(__name__)

DEFAULT_GATEWAY = "wss://gateway.discord.gg/"

# Gateway close codes after which connecting again can't help (auth, sharding, intents).
GATEWAY_FATAL_CODES = frozenset({4004, 4010, 4011, 4012, 4013, 4014})
GATEWAY_STABLE = 60.0  # seconds up after which the restart back-off starts afresh


class _Hooks:
    legwork: Any = None  # the DiscordAdapter, which answers button presses

    async def setup_hook(self) -> None:
        self.add_dynamic_items(ActionButton)  # type: ignore[attr-defined]


class SingleClient(_Hooks, discord.Client):
    pass


class ShardedClient(_Hooks, discord.AutoShardedClient):
    pass


class Gateway:
    """The DiscordAdapter's connection (a mixin: the adapter holds the state)."""

    _token: str
    settings: Settings
    client: discord.Client
    outbox: Outbox
    ready_timeout: float
    _task: asyncio.Task[None] | None
    _watch: asyncio.Task[None] | None
    _stopped: bool
    _up: bool
    _restarts: int
    lost: asyncio.Event
    lost_reason: str

    async def _sync_commands(self) -> None:
        raise NotImplementedError  # bot/discord/commands.py CommandSync

    async def start(self) -> None:
        """Log in, sync commands if they changed, connect the gateway; return once ready."""
        if self._task is not None:
            return
        point_at(self.settings.discord)
        try:
            await self.client.login(self._token)
        except discord.LoginFailure:
            raise CannotRun("Discord rejected the bot token (401): check DISCORD_BOT_TOKEN") from None
        await self._sync_commands()
        self._task = asyncio.create_task(self.client.connect(reconnect=True), name="discord-gateway")
        self._task.add_done_callback(self._gateway_ended)
        ready = asyncio.create_task(self.client.wait_until_ready())
        done, _ = await asyncio.wait(
            {ready, self._task}, timeout=self.ready_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if ready not in done:
            ready.cancel()
        if self._task in done:
            exc = self._task.exception()
            if _fatal(exc):
                raise CannotRun(f"the Discord gateway refused the bot: {_describe_close(exc)}") from None
            raise exc if exc else RuntimeError("the Discord gateway closed during start-up")
        self._up = True
        if ready not in done:
            log.warning(
                "Discord is not ready after %.0f s; carrying on while it connects", self.ready_timeout
            )
        else:
            log.info("Discord ready as %s in %d server(s)", self.client.user, len(self.client.guilds))

    def _gateway_ended(self, task: asyncio.Task[None]) -> None:
        """discord.py reconnects by itself after network trouble, but any other exception out of
        its gateway loop (an event it can't parse, say) ends it: connect again, with back-off,
        unless retrying can't help (a rejected token, missing intents)."""
        if task.cancelled() or self._stopped:
            return
        exc = task.exception()
        if exc is None:
            return
        if _fatal(exc) or not self._up:
            log.error("Discord gateway stopped: %s: %s", type(exc).__name__, exc)
            if self._up:
                self.lost_reason = f"the Discord gateway refused the bot: {_describe_close(exc)}"
                self.lost.set()
            return
        delay = GATEWAY_RESTART.delay(self._restarts + 1)
        self._restarts += 1
        log.error("Discord gateway stopped: %s: %s; connecting again in %g s", type(exc).__name__, exc, delay)
        self._task = asyncio.ensure_future(self._connect_again(delay))
        self._task.add_done_callback(self._gateway_ended)

    async def _connect_again(self, delay: float) -> None:
        # The dead loop left its websocket open (and its heartbeat thread running): close it.
        ws = getattr(self.client, "ws", None)
        if ws is not None:
            try:
                await ws.close(code=4000)
            except Exception as exc:
                log.debug("closing the dead Discord gateway failed: %s", describe(exc))
        await asyncio.sleep(delay)
        started = time.monotonic()
        try:
            await self.client.connect(reconnect=True)
        finally:
            if time.monotonic() - started > GATEWAY_STABLE:
                self._restarts = 0  # it had run fine for a while: start the back-off afresh

    async def stop(self) -> None:
        """Close the client (bounded); safe to call twice or before start."""
        if self._stopped:
            return
        self._stopped = True
        await self.outbox.close(2.0)  # reminders and digests being sent get a moment to finish
        try:
            await asyncio.wait_for(self.client.close(), timeout=10)
        except TimeoutError:
            log.warning("Discord client did not close within 10 s")
        except Exception as exc:
            log.warning("Discord client close failed: %s", type(exc).__name__)
        for task in (self._task, self._watch):
            if task is not None and not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)


def _fatal(exc: BaseException | None) -> bool:
    """Connecting again can't help: a rejected token (close 4004), missing intents, bad sharding."""
    return isinstance(exc, discord.LoginFailure | discord.PrivilegedIntentsRequired) or (
        isinstance(exc, discord.ConnectionClosed) and exc.code in GATEWAY_FATAL_CODES
    )


def _describe_close(exc: BaseException | None) -> str:
    if isinstance(exc, discord.ConnectionClosed):
        hint = " (the token was rejected: check DISCORD_BOT_TOKEN)" if exc.code == 4004 else ""
        return f"close code {exc.code}{hint}"
    return type(exc).__name__ if exc else "closed"


def point_at(cfg: DiscordConfig) -> None:
    """Aim discord.py at the configured REST base and gateway.

    Both are class attributes in discord.py (bot/compat/discord.py), so this is process-wide:
    fine for one Discord client per process, and why it happens at start() rather than at import.
    """
    aim(cfg.api_base_url, cfg.gateway_url or DEFAULT_GATEWAY)
