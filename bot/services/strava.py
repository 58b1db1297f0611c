"""Strava sync (issue 28): connect once, and every run lands in the plan by itself.

- ``/strava`` asks :meth:`StravaService.authorize_url` for a one-time link (a signed state, 10 min);
  Strava sends the runner back to ``<public_url>/strava/callback``, where the code becomes tokens
  (stored encrypted) and the last 4 weeks are queued for import.
- Strava's webhook (``<public_url>/strava/webhook``) is answered at once: the event is stored first
  (so none is lost) and handled after the answer by one process (claimed in the store).
- Events wait while Strava's rate limit is used up (bot/services/strava_api.py) and are handled
  when the window resets; a token is refreshed shortly before it expires.
"""

from __future__ import annotations

import asyncio
import hmac
import html
import json
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from contextlib import suppress
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web

from bot.config import Secrets, Settings
from bot.services.outbound import Transport
from bot.services.strava_api import (
    NotFound,
    RateLimited,
    StravaApi,
    StravaError,
    Unauthorized,
    is_hidden,
    run_data,
    token_expiry,
)
from bot.services.strava_keys import BadKey, TokenBox, make_state, read_state
from bot.web import WebServer
from content.runs import day_text
from handlers import runs
from handlers.common import user_zone
from handlers.deps import Deps
from handlers.store_strava import StravaConnection, StravaEvent, StravaState
from handlers.strava import LINK_VALID, backfill_summary
from handlers.types import Reply, esc

log = logging.getLogger(__name__)

CALLBACK_PATH = "/strava/callback"
WEBHOOK_PATH = "/strava/webhook"
BACKFILL = timedelta(weeks=4)
REFRESH_AHEAD = timedelta(minutes=5)  # refresh a token this long before it expires
EVENT_LEASE = 120.0  # seconds a process holds an event it is handling
MAX_ATTEMPTS = 5  # an event failing this often (Strava down for long) is dropped, with a log line
POLL_SECONDS = 10.0  # how often the worker looks for events stored by other processes / now due
SUB_CACHE = timedelta(seconds=30)  # how long known subscription ids are trusted before a re-read
SOURCE = "strava"
RECONNECT = "Strava stopped accepting my access to your activities. Send /strava to connect again."


class Broken(Exception):
    """The connection can't be used until the runner connects again."""


class StravaService:
    """The Strava side of one bot process; several processes share the work through the store."""

    def __init__(
        self,
        settings: Settings,
        secrets: Secrets,
        box: TokenBox,
        deps: Deps,
        transports: Mapping[str, Transport],
        clock: Callable[[], datetime],
        *,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.settings = settings
        self.deps = deps
        self.store = deps.store
        self.transports = transports
        self.clock = clock
        self.box = box
        self.api = StravaApi(
            settings.strava, secrets.strava_client_id or "", secrets.strava_client_secret or "", clock
        )
        self._verify_token = secrets.strava_verify_token or ""
        self.redirect_uri = settings.web.public_url + CALLBACK_PATH
        self.callback_url = settings.web.public_url + WEBHOOK_PATH
        self._poll = poll_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._subs: tuple[list[int], datetime] | None = None
        self._draining = asyncio.Lock()

    # --- lifecycle -------------------------------------------------------------------------------

    def add_routes(self, server: WebServer) -> None:
        server.route("GET", CALLBACK_PATH, self.on_callback)
        server.route("GET", WEBHOOK_PATH, self.on_validation)
        server.route("POST", WEBHOOK_PATH, self.on_event)

    async def start(self) -> None:
        if not await self.store.strava_subscription_ids():
            log.warning("Strava: no push subscription recorded; run `python -m bot strava subscribe`")
        self._task = asyncio.create_task(self._worker(), name="strava-events")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None
        await self.api.close()

    def wake(self) -> None:
        self._wake.set()

    async def _worker(self) -> None:
        while True:
            try:
                await self.drain()
            except Exception as exc:
                log.warning("Strava: handling events failed: %s", _describe(exc))
            with suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self._poll)
            self._wake.clear()

    # --- /strava ---------------------------------------------------------------------------------

    async def authorize_url(
        self, user_id: int, platform: str, platform_user_id: str, chat_target: str, now: datetime
    ) -> str:
        expires = now + LINK_VALID
        state, nonce = make_state(self.box.state_key, user_id, expires)
        await self.store.add_strava_state(
            StravaState(nonce, user_id, platform, platform_user_id, chat_target, expires)
        )
        return self.api.authorize_url(self.redirect_uri, state)

    async def disconnect(self, user_id: int) -> int:
        conn = await self.store.strava_connection(user_id)
        if conn is not None:
            try:
                await self.api.deauthorize(await self._token(conn))
            except (StravaError, RateLimited, Broken, BadKey) as exc:
                # Deleted here all the same; Strava keeps the grant until the runner revokes it there.
                log.info("Strava: deauthorize failed (%s); deleting the connection anyway", _describe(exc))
            except Exception as exc:  # Strava unreachable
                log.info("Strava: deauthorize failed (%s); deleting the connection anyway", _describe(exc))
        return await self._forget(user_id)

    async def _forget(self, user_id: int) -> int:
        removed = await runs.remove_runs_from(self.deps, user_id, SOURCE)
        await self.store.delete_strava_connection(user_id)
        return removed

    # --- the OAuth redirect ----------------------------------------------------------------------

    async def on_callback(self, request: web.Request) -> web.Response:
        q = request.query
        now = self.clock()
        signed = read_state(self.box.state_key, q.get("state", ""))
        if signed is None:
            return _page(
                400, "This link isn't valid", "Send /strava in your chat with Legwork for a new one."
            )
        taken = await self.store.take_strava_state(signed.nonce, now)
        if taken is None or taken[0].user_id != signed.user_id:
            return _page(
                400, "This link isn't valid", "Send /strava in your chat with Legwork for a new one."
            )
        state, first = taken
        if not first:
            await self._tell(
                state.platform,
                state.chat_target,
                "That Strava link was already used. /strava gives a new one.",
            )
            return _page(
                400, "This link was already used", "Each link works once. Send /strava for a new one."
            )
        if now > state.expires_at:
            await self._tell(
                state.platform,
                state.chat_target,
                "That Strava link had expired (they last 10 minutes). /strava gives a new one.",
            )
            return _page(400, "This link has expired", "Links last 10 minutes. Send /strava for a new one.")
        if q.get("error"):
            await self._tell(
                state.platform,
                state.chat_target,
                "Strava wasn't connected: access wasn't allowed. Send /strava to try again.",
            )
            return _page(400, "Strava wasn't connected", "Access wasn't allowed, so nothing was stored.")
        scopes = set(q.get("scope", "").split(","))
        code = q.get("code", "")
        if not scopes & {"activity:read", "activity:read_all"} or not code:
            await self._tell(
                state.platform,
                state.chat_target,
                "Strava wasn't connected: I need to read your activities. Send /strava and leave "
                "“View data about your activities” ticked.",
            )
            return _page(
                400, "Strava wasn't connected", "Legwork needs to read your activities; nothing was stored."
            )
        try:
            tokens = await self.api.exchange(code)
            conn = self._connection(state, tokens, ",".join(sorted(scopes)), now)
        except (StravaError, RateLimited, KeyError, TypeError, ValueError) as exc:
            log.warning("Strava: token exchange failed: %s", _describe(exc))
            await self._tell(
                state.platform,
                state.chat_target,
                "Strava didn't complete the connection. Send /strava to try again.",
            )
            return _page(502, "Strava didn't answer", "Nothing was stored. Send /strava to try again.")
        await self.store.save_strava_connection(conn)
        key = f"backfill:{conn.athlete_id}:{int(now.timestamp())}"
        await self.store.add_strava_event(
            key, conn.athlete_id, "backfill", conn.athlete_id, "create", "{}", now
        )
        self.wake()
        name = conn.athlete_name or "your Strava account"
        await self._tell(
            state.platform,
            state.chat_target,
            f"Connected to Strava as <b>{esc(name)}</b>. Your runs will arrive by themselves; "
            "I'm importing the last 4 weeks now.",
        )
        return _page(200, f"Connected to Strava as {name}", "You can close this tab and go back to the chat.")

    def _connection(
        self, state: StravaState, tokens: dict[str, Any], scope: str, now: datetime
    ) -> StravaConnection:
        athlete = tokens["athlete"]
        name = " ".join(str(athlete.get(k) or "").strip() for k in ("firstname", "lastname")).strip()
        return StravaConnection(
            user_id=state.user_id,
            athlete_id=int(athlete["id"]),
            athlete_name=name[:100],
            access_token=self.box.seal(str(tokens["access_token"])),
            refresh_token=self.box.seal(str(tokens["refresh_token"])),
            expires_at=token_expiry(tokens, now),
            scope=scope,
            platform=state.platform,
            platform_user_id=state.platform_user_id,
            chat_target=state.chat_target,
            broken=False,
            connected_at=now,
        )

    # --- the webhook -----------------------------------------------------------------------------

    async def on_validation(self, request: web.Request) -> web.Response:
        """Strava's subscription check: echo hub.challenge only for our verify token."""
        q = request.query
        given = q.get("hub.verify_token", "")
        if q.get("hub.mode") != "subscribe" or not hmac.compare_digest(
            given.encode(), self._verify_token.encode()
        ):
            return web.Response(status=403)
        return web.json_response({"hub.challenge": q.get("hub.challenge", "")})

    async def on_event(self, request: web.Request) -> web.Response:
        """Stored, then answered: the handling happens after (Strava wants an answer within 2 s)."""
        try:
            body = json.loads(await request.read())
            object_type = str(body["object_type"])
            object_id = int(body["object_id"])
            aspect = str(body["aspect_type"])
            owner = int(body["owner_id"])
            sub = int(body["subscription_id"])
            when = int(body.get("event_time") or 0)
        except (ValueError, KeyError, TypeError):
            return web.Response(status=400, text="expected a Strava event (JSON)")
        if sub not in await self._subscriptions():
            log.info("Strava: an event for subscription %s, not ours: ignored", sub)
            return web.Response()
        if object_type not in ("activity", "athlete") or aspect not in ("create", "update", "delete"):
            return web.Response()
        if await self.store.strava_connection_by_athlete(owner) is None:
            return web.Response()  # an athlete nobody here has connected (any more)
        key = f"{object_type}:{object_id}:{aspect}:{when}"
        if aspect == "update":  # two updates in one second differ only in what they changed
            key += ":" + json.dumps(body.get("updates") or {}, sort_keys=True)[:200]
        raw = json.dumps(body)[:4000]
        await self.store.add_strava_event(key, owner, object_type, object_id, aspect, raw, self.clock())
        self.wake()
        return web.Response()

    async def _subscriptions(self) -> list[int]:
        now = self.clock()
        if self._subs is None or now - self._subs[1] > SUB_CACHE:
            self._subs = (await self.store.strava_subscription_ids(), now)
        return self._subs[0]

    # --- handling events -------------------------------------------------------------------------

    async def drain(self) -> int:
        """Handle every event due now (this process's share); how many were finished."""
        done = 0
        async with self._draining:
            while True:
                now = self.clock()
                if self.api.gate.blocked_until is not None and now < self.api.gate.blocked_until:
                    return done
                event = await self.store.claim_strava_event(now, EVENT_LEASE)
                if event is None:
                    return done
                try:
                    await self._handle(event)
                except RateLimited as exc:
                    await self.store.delay_strava_event(event.id, exc.until)  # kept, handled then
                    return done
                except Exception as exc:
                    if event.attempts >= MAX_ATTEMPTS:
                        log.error(
                            "Strava: dropping event %s after %d tries: %s",
                            event.event_key,
                            event.attempts,
                            _describe(exc),
                        )
                    else:
                        wait = timedelta(seconds=30 * 2**event.attempts)
                        log.warning(
                            "Strava: event %s failed (%s); again in %s", event.event_key, _describe(exc), wait
                        )
                        await self.store.delay_strava_event(event.id, now + wait)
                        continue
                await self.store.finish_strava_event(event.id, self.clock())
                done += 1

    async def _handle(self, event: StravaEvent) -> None:
        conn = await self.store.strava_connection_by_athlete(event.owner_id)
        if conn is None:
            return
        if event.object_type == "athlete":
            updates = json.loads(event.body).get("updates") or {}
            if str(updates.get("authorized", "")).lower() == "false":
                removed = await self._forget(conn.user_id)
                log.info("Strava: athlete withdrew access; %d run(s) removed", removed)
            return
        if conn.broken:
            return
        try:
            if event.object_type == "backfill":
                await self._backfill(conn)
            elif event.aspect_type == "delete":
                await runs.remove_run(
                    self.deps, conn.user_id, source=SOURCE, external_id=str(event.object_id)
                )
            else:
                await self._activity(conn, event.object_id, update=event.aspect_type == "update")
        except Broken:
            return  # the runner was told (once) to connect again

    async def _activity(self, conn: StravaConnection, activity_id: int, *, update: bool) -> None:
        try:
            activity = await self._read(conn, lambda token: self.api.activity(token, activity_id))
        except NotFound:
            if update:
                await runs.remove_run(self.deps, conn.user_id, source=SOURCE, external_id=str(activity_id))
            return  # deleted meanwhile: nothing to do
        data = run_data(activity)
        external = str(activity_id)
        if data is None or is_hidden(activity):
            if update:  # made private, or changed to a ride: it goes
                await runs.remove_run(self.deps, conn.user_id, source=SOURCE, external_id=external)
            return
        had = (
            await runs.remove_run(self.deps, conn.user_id, source=SOURCE, external_id=external)
            if update
            else None
        )
        user = await self._user(conn)
        if user is None:
            return
        outcome = await runs.record_run(
            self.deps, user, data, source=SOURCE, external_id=external, now=self.clock()
        )
        if outcome.status == runs.Status.ADDED:
            await runs.keep_correction(self.deps, user.id, had, outcome.run)
        if outcome.status == runs.Status.ADDED and outcome.moved and not had and outcome.run is not None:
            await self._tell(conn.platform, conn.chat_target, esc(self._moved_line(user, outcome)))

    def _moved_line(self, user: Any, outcome: runs.RecordOutcome) -> str:
        run = outcome.run
        assert run is not None and outcome.moved is not None
        kind = "Race" if run.race else f"{str(run.klass).capitalize()} run"
        today = self.clock().astimezone(user_zone(user, self.deps)).date()
        when = "today" if run.local_date == today else f"on {day_text(run.local_date)}"
        return f"{kind} {when} — {outcome.moved}"

    async def _backfill(self, conn: StravaConnection) -> None:
        user = await self._user(conn)
        if user is None:
            return
        now = self.clock()
        classes: Counter[str] = Counter()
        page = 1
        while page <= 10:  # 1,000 activities in 4 weeks is plenty
            found = await self._read(conn, self._page_reader(now - BACKFILL, page))
            for activity in found:
                data = run_data(activity)
                if data is None or is_hidden(activity) or "id" not in activity:
                    continue
                outcome = await runs.record_run(
                    self.deps, user, data, source=SOURCE, external_id=str(activity["id"]), now=now
                )
                if outcome.run is not None and outcome.status != runs.Status.REJECTED:
                    classes["race" if outcome.run.race else str(outcome.run.klass)] += 1
            if len(found) < 100:
                break
            page += 1
        await self._tell(conn.platform, conn.chat_target, backfill_summary(classes))

    # --- tokens ----------------------------------------------------------------------------------

    def _page_reader(self, after: datetime, page: int) -> Callable[[str], Awaitable[list[dict[str, Any]]]]:
        async def read(token: str) -> list[dict[str, Any]]:
            return await self.api.activities(token, after, page)

        return read

    async def _read(self, conn: StravaConnection, call: Callable[[str], Any]) -> Any:
        """A read with a fresh token; a 401 on an unexpired token gets one refresh and one retry."""
        try:
            return await call(await self._token(conn))
        except Unauthorized:
            return await call(await self._token(conn, force=True))

    async def _token(self, conn: StravaConnection, force: bool = False) -> str:
        fresh = await self.store.strava_connection(conn.user_id) or conn  # another process may have refreshed
        if fresh.broken:
            raise Broken
        if not force and fresh.expires_at - self.clock() > REFRESH_AHEAD:
            return self.box.open(fresh.access_token)
        try:
            tokens = await self.api.refresh(self.box.open(fresh.refresh_token))
        except Unauthorized:
            if await self.store.mark_strava_broken(conn.user_id):
                log.info("Strava: a refresh was refused; the runner is asked to connect again")
                await self._tell(conn.platform, conn.chat_target, RECONNECT)
            raise Broken from None
        access = str(tokens["access_token"])
        await self.store.set_strava_tokens(
            conn.user_id,
            self.box.seal(access),
            self.box.seal(str(tokens.get("refresh_token") or self.box.open(fresh.refresh_token))),
            token_expiry(tokens, self.clock()),
        )
        return access

    # --- telling the runner ----------------------------------------------------------------------

    async def _user(self, conn: StravaConnection) -> Any:
        return await self.store.get_user(conn.platform, conn.platform_user_id)

    async def _tell(self, platform: str, target: str, text: str) -> None:
        transport = self.transports.get(platform)
        if transport is None:
            log.info("Strava: %s isn't connected; a message to a runner wasn't sent", platform)
            return
        try:
            await transport.send(target, [Reply(text)])
        except Exception as exc:
            log.warning("Strava: couldn't tell a runner on %s: %s", platform, _describe(exc))


def _page(status: int, title: str, text: str) -> web.Response:
    title, text = html.escape(title, quote=False), html.escape(text, quote=False)
    body = (
        "<!doctype html><html><head><meta charset='utf-8'><meta name='viewport' "
        f"content='width=device-width'><title>Legwork · {title}</title></head><body>"
        f"<h1>{title}</h1><p>{text}</p></body></html>"
    )
    return web.Response(status=status, text=body, content_type="text/html")


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:200]}" if str(exc) else type(exc).__name__
