"""Strava's HTTP API as Legwork uses it: OAuth tokens, activities, push subscriptions, and the
app's rate limits read from every response's usage headers.

Strava counts requests per app in 15-minute windows (reset at :00, :15, :30, :45) and per UTC day;
reads have their own, lower, limits (``X-ReadRateLimit-*``). When a window is used up (the headers
say so, or a 429 comes back) every call raises :class:`RateLimited` until it resets, so callers
keep their work (the events stay in the store) and try again then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp

from bot.config import StravaConfig
from content.runs import RunData

log = logging.getLogger(__name__)

RUN_SPORTS = frozenset({"Run", "TrailRun", "VirtualRun"})
WORKOUT_HINTS = {1: "race", 2: "long", 3: "workout"}  # Strava's workout_type for runs
TIMEOUT = aiohttp.ClientTimeout(total=20, connect=5)


class StravaError(Exception):
    """Strava refused or failed a call (the message names the call and the status, never a token)."""

    def __init__(self, what: str, status: int) -> None:
        super().__init__(f"Strava {what}: HTTP {status}")
        self.status = status


class Unauthorized(StravaError):
    """401: the token (or the refresh token, or the app's credentials) was refused."""


class NotFound(StravaError):
    """404: the activity is gone (deleted meanwhile) or not visible to us."""


class RateLimited(Exception):
    def __init__(self, until: datetime) -> None:
        super().__init__(f"Strava's rate limit is used up until {until:%H:%M} UTC")
        self.until = until


def next_window(now: datetime) -> datetime:
    """When Strava's current 15-minute window ends."""
    start = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    return start + timedelta(minutes=15)


def next_day(now: datetime) -> datetime:
    return datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(days=1)


def _pair(text: str | None) -> tuple[int, int] | None:
    parts = (text or "").split(",")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        return None
    return int(parts[0]), int(parts[1])


class RateGate:
    """What Strava's usage headers say: whether (and until when) calls must wait."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock
        self.blocked_until: datetime | None = None
        self.usage: dict[str, tuple[int, int]] = {}

    def check(self) -> None:
        if self.blocked_until is not None:
            if self._clock() < self.blocked_until:
                raise RateLimited(self.blocked_until)
            self.blocked_until = None

    def read(self, headers: Any, status: int, read: bool) -> None:
        now = self._clock().astimezone(UTC)
        until: datetime | None = None
        for prefix, counts in (("X-RateLimit", True), ("X-ReadRateLimit", read)):
            limit, usage = _pair(headers.get(f"{prefix}-Limit")), _pair(headers.get(f"{prefix}-Usage"))
            if limit is None or usage is None or not counts:
                continue
            self.usage[prefix] = usage
            if usage[1] >= limit[1]:
                until = max(until or now, next_day(now))
            elif usage[0] >= limit[0]:
                until = max(until or now, next_window(now))
        if status == 429 and until is None:
            until = next_window(now)
        if until is not None:
            if self.blocked_until is None or until > self.blocked_until:
                log.warning("Strava: rate limit reached; calls wait until %s UTC", f"{until:%Y-%m-%d %H:%M}")
            self.blocked_until = until


class StravaApi:
    """One aiohttp session to Strava for a process; tokens are passed in per call, never kept."""

    def __init__(
        self, cfg: StravaConfig, client_id: str, client_secret: str, clock: Callable[[], datetime]
    ) -> None:
        self._cfg = cfg
        self._client_id = client_id
        self._client_secret = client_secret
        self.gate = RateGate(clock)
        self._http: aiohttp.ClientSession | None = None

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(timeout=TIMEOUT)
        return self._http

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None

    async def _call(
        self,
        what: str,
        method: str,
        url: str,
        *,
        token: str | None = None,
        data: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        read: bool = False,
    ) -> Any:
        self.gate.check()
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        async with self._session().request(method, url, headers=headers, data=data, params=params) as r:
            self.gate.read(r.headers, r.status, read)
            if r.status == 429:
                self.gate.check()  # raises RateLimited until the window resets
            if r.status == 401:
                raise Unauthorized(what, r.status)
            if r.status == 404:
                raise NotFound(what, r.status)
            if r.status >= 300:
                raise StravaError(what, r.status)
            if r.status == 204:
                return None
            return await r.json(content_type=None)

    # --- OAuth ---------------------------------------------------------------------------------

    def authorize_url(self, redirect_uri: str, state: str) -> str:
        from urllib.parse import urlencode

        query = urlencode(
            {
                "client_id": self._client_id,
                "redirect_uri": redirect_uri,
                "response_type": "code",
                "approval_prompt": "auto",
                "scope": "activity:read",
                "state": state,
            }
        )
        return f"{self._cfg.oauth_base_url}/authorize?{query}"

    async def exchange(self, code: str) -> dict[str, Any]:
        return await self._call(
            "token exchange",
            "POST",
            f"{self._cfg.oauth_base_url}/token",
            data={
                "client_id": self._client_id,
                "client_secret": self._client_secret,
                "code": code,
                "grant_type": "authorization_code",
            },
        )

    async def refresh(self, refresh_token: str) -> dict[str, Any]:
        return await self._call(
            "token refresh",
            "POST",
            f"{self._cfg.oauth_base_url}/token",
            data={
                "client_id": self._client_id,
                "client_secret": self._client_secret,
                "refresh_token": refresh_token,
                "grant_type": "refresh_token",
            },
        )

    async def deauthorize(self, access_token: str) -> None:
        await self._call(
            "deauthorize",
            "POST",
            f"{self._cfg.oauth_base_url}/deauthorize",
            data={"access_token": access_token},
        )

    # --- reads ---------------------------------------------------------------------------------

    async def activity(self, access_token: str, activity_id: int) -> dict[str, Any]:
        return await self._call(
            "activity",
            "GET",
            f"{self._cfg.api_base_url}/activities/{activity_id}",
            token=access_token,
            read=True,
        )

    async def activities(self, access_token: str, after: datetime, page: int) -> list[dict[str, Any]]:
        found = await self._call(
            "athlete activities",
            "GET",
            f"{self._cfg.api_base_url}/athlete/activities",
            token=access_token,
            params={"after": int(after.timestamp()), "page": page, "per_page": 100},
            read=True,
        )
        return found if isinstance(found, list) else []

    # --- push subscriptions --------------------------------------------------------------------

    async def subscribe(self, callback_url: str, verify_token: str) -> int:
        found = await self._call(
            "push subscription",
            "POST",
            f"{self._cfg.api_base_url}/push_subscriptions",
            data={
                "client_id": self._client_id,
                "client_secret": self._client_secret,
                "callback_url": callback_url,
                "verify_token": verify_token,
            },
        )
        return int(found["id"])


# --- activities as runs ------------------------------------------------------------------------


def is_hidden(activity: dict[str, Any]) -> bool:
    """Made private ("only me"): Legwork keeps only what the athlete shares."""
    return bool(activity.get("private")) or activity.get("visibility") == "only_me"


def run_data(activity: dict[str, Any]) -> RunData | None:
    """The run an activity describes, or None when it is not a run (or can't be read)."""
    sport = activity.get("sport_type") or activity.get("type")
    if sport not in RUN_SPORTS:
        return None
    try:
        start = datetime.fromisoformat(str(activity["start_date"]).replace("Z", "+00:00")).astimezone(UTC)
        cadence = _num(activity.get("average_cadence"))
        workout = activity.get("workout_type")
        return RunData(
            start=start,
            elapsed_s=float(activity.get("elapsed_time") or 0),
            moving_s=float(activity.get("moving_time") or activity.get("elapsed_time") or 0),
            distance_m=float(activity.get("distance") or 0),
            elev_gain_m=_num(activity.get("total_elevation_gain")),
            avg_hr=_num(activity.get("average_heartrate")),
            max_hr=_num(activity.get("max_heartrate")),
            # Strava gives a run's cadence per foot; Legwork (like the files) counts both feet.
            avg_cadence=cadence * 2 if cadence is not None else None,
            sport="run",
            race=workout == 1,
            hint=WORKOUT_HINTS.get(workout) if isinstance(workout, int) else None,
        )
    except (KeyError, TypeError, ValueError):
        return None


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


def token_expiry(tokens: dict[str, Any], now: datetime) -> datetime:
    if isinstance(tokens.get("expires_at"), int):
        return datetime.fromtimestamp(tokens["expires_at"], now.tzinfo)
    return now + timedelta(seconds=int(tokens.get("expires_in") or 3600))
