"""Discord's REST rate limits, enforced by the fake (tests/fakes/discord_server.py) when a test sets
``server.limits = RateLimits(...)``.

As the real API (https://discord.com/developers/docs/topics/rate-limits) does it:

- **Per route**, counted per top-level resource (a channel's messages per channel id, an
  interaction's followups per webhook token) in windows of ``per`` seconds. Every answer on such a
  route carries ``X-RateLimit-Limit``, ``-Remaining``, ``-Reset``, ``-Reset-After`` and
  ``-Bucket``, so a client that reads them (discord.py does) waits before it would go over.
- **Shared** (scope "shared"): a resource's own limit, beyond the route's, that the headers don't
  announce (a busy channel's): the first request over it learns of it from a 429.
- **Global**: at most ``global_per_second`` bot-authorised requests in any second; interaction
  endpoints (``/interactions/…/callback`` and the interaction webhooks) are not bound by it.

Over a limit the answer is 429 with ``{"message": "You are being rate limited.", "retry_after":
<seconds>, "global": <bool>}``, ``Retry-After``, ``X-RateLimit-Scope`` ("user", "shared" or
"global"), ``X-RateLimit-Global: true`` for the global one, and ``Via`` (Discord answers through
Google's front end; discord.py treats a 429 without it as a Cloudflare ban). A refused request does
not count toward a window.
"""

from __future__ import annotations

import math
import re
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

_CHANNEL_MESSAGES = re.compile(r"^/channels/(\d+)/messages$")
_WEBHOOK = re.compile(r"^/webhooks/\d+/([^/]+)(/messages/[^/]+)?$")


@dataclass(frozen=True)
class Bucket:
    limit: int  # requests per window
    per: float  # seconds of a window


@dataclass
class RateLimits:
    """What the fake enforces (Discord's figures by default; a test may make one stricter)."""

    global_per_second: int = 50
    channel_messages: Bucket = Bucket(5, 5.0)  # POST /channels/{id}/messages, per channel
    webhooks: Bucket = Bucket(5, 2.0)  # an interaction's followups and edits, per token
    shared: dict[int, Bucket] = field(default_factory=dict)  # channel id -> a stricter, unannounced limit


@dataclass
class Verdict:
    """The limiter's answer for one request: headers to add, and a 429 body if refused."""

    headers: dict[str, str]
    refused: dict[str, Any] | None = None
    scope: str = ""  # "user" | "shared" | "global" when refused


class _Window:
    __slots__ = ("count", "reset_at")

    def __init__(self) -> None:
        self.count = 0
        self.reset_at = 0.0


class Limiter:
    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self._windows: dict[tuple[str, str], _Window] = {}
        self._global: deque[float] = deque()

    def check(self, method: str, path: str, authorised: bool) -> Verdict:
        now = time.monotonic()
        if authorised:
            while self._global and self._global[0] <= now - 1.0:
                self._global.popleft()
            if len(self._global) >= self.limits.global_per_second:
                return _refuse(self._global[0] + 1.0 - now, "global", {})
        route = self._route(method, path)
        verdict = Verdict({})
        if route is not None:
            name, major, bucket, shared = route
            if shared is not None:
                hold = self._window(("shared", major), shared, now)
                if hold.count >= shared.limit:
                    return _refuse(hold.reset_at - now, "shared", {})
            window = self._window((name, major), bucket, now)
            if window.count >= bucket.limit:
                return _refuse(window.reset_at - now, "user", _headers(name, bucket, window, now))
            window.count += 1
            if shared is not None:
                self._windows[("shared", major)].count += 1
            verdict = Verdict(_headers(name, bucket, window, now))
        if authorised:
            self._global.append(now)
        return verdict

    def _route(self, method: str, path: str) -> tuple[str, str, Bucket, Bucket | None] | None:
        if method == "POST" and (m := _CHANNEL_MESSAGES.match(path)):
            channel = m.group(1)
            return (
                "channel-messages",
                channel,
                self.limits.channel_messages,
                self.limits.shared.get(int(channel)),
            )
        if m := _WEBHOOK.match(path):
            return "webhook", m.group(1), self.limits.webhooks, None
        return None

    def _window(self, key: tuple[str, str], bucket: Bucket, now: float) -> _Window:
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = _Window()
        if now >= window.reset_at:
            window.count = 0
            window.reset_at = now + bucket.per
        return window


def _headers(name: str, bucket: Bucket, window: _Window, now: float) -> dict[str, str]:
    reset_after = max(0.0, window.reset_at - now)
    return {
        "X-RateLimit-Limit": str(bucket.limit),
        "X-RateLimit-Remaining": str(max(0, bucket.limit - window.count)),
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": f"fake-{name}",
    }


def _refuse(retry_after: float, scope: str, headers: dict[str, str]) -> Verdict:
    retry_after = round(max(0.001, retry_after), 3)
    is_global = scope == "global"
    headers = headers | {
        "Via": "1.1 google",
        "Retry-After": str(max(1, math.ceil(retry_after))),
        "X-RateLimit-Scope": scope,
    }
    if is_global:
        headers["X-RateLimit-Global"] = "true"
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": is_global}
    return Verdict(headers, body, scope)
