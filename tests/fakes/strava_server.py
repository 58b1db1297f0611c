"""A small fake Strava (OAuth and API v3) on 127.0.0.1 for the Strava sync tests.

It speaks what Legwork uses: ``GET /oauth/authorize`` (the athlete's consent, answered with a
redirect carrying code, scope and state, or ``error=access_denied``), ``POST /oauth/token``
(authorization_code and refresh_token grants), ``POST /oauth/deauthorize``,
``GET /api/v3/athlete/activities``, ``GET /api/v3/activities/{id}`` and
``POST /api/v3/push_subscriptions`` (which, like Strava, first checks the callback with the
validation GET). ``send_event`` POSTs a webhook event to the subscribed callback the way Strava does.

Realism where it matters: access tokens expire (``expires_at``) and then answer 401; a refresh
token used after it was replaced, or revoked, answers 401; every API answer carries the
``X-RateLimit-*`` and ``X-ReadRateLimit-*`` usage headers; reads beyond ``read_limit`` in a window
answer 429; private activities are seen by their owner (the sync must drop them itself).
Every request is recorded for assertions.
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

CLIENT_ID = "4242"
CLIENT_SECRET = "fake-client-secret-xyz"


@dataclass
class Athlete:
    id: int
    firstname: str
    lastname: str
    activities: dict[int, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Grant:
    athlete_id: int
    access: str
    refresh: str
    expires_at: float
    scope: str
    revoked: bool = False


class FakeStrava:
    def __init__(self, clock: Any = time.time) -> None:
        self.clock = clock  # seconds since the epoch (tests may move it)
        self.athletes: dict[int, Athlete] = {}
        self.grants: list[Grant] = []
        self.codes: dict[str, tuple[int, str]] = {}
        self.calls: list[tuple[str, str, dict[str, str]]] = []
        self.subscriptions: dict[int, tuple[str, str]] = {}
        self.token_lifetime = 6 * 3600
        self.read_limit = (100, 1000)
        self.overall_limit = (200, 2000)
        self.reads = [0, 0]
        self.force_429 = 0  # the next N API reads answer 429
        self._ids = itertools.count(1001)
        self.runner: web.AppRunner | None = None
        self.port = 0

    # --- set-up ----------------------------------------------------------------------------------

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base_url(self) -> str:
        return self.base + "/api/v3"

    @property
    def oauth_base_url(self) -> str:
        return self.base + "/oauth"

    def add_athlete(self, athlete_id: int, first: str, last: str) -> Athlete:
        self.athletes[athlete_id] = Athlete(athlete_id, first, last)
        return self.athletes[athlete_id]

    def add_activity(self, athlete_id: int, **fields: Any) -> dict[str, Any]:
        aid = fields.pop("id", None) or next(self._ids)
        activity = {
            "id": aid,
            "name": "Morning Run",
            "sport_type": "Run",
            "type": "Run",
            "elapsed_time": 3000,
            "moving_time": 2900,
            "distance": 10000.0,
            "total_elevation_gain": 40.0,
            "average_heartrate": 140.0,
            "max_heartrate": 160.0,
            "average_cadence": 85.0,
            "workout_type": 0,
            "private": False,
            "visibility": "everyone",
            **fields,
        }
        self.athletes[athlete_id].activities[aid] = activity
        return activity

    async def __aenter__(self) -> FakeStrava:
        app = web.Application()
        app.router.add_get("/oauth/authorize", self._authorize)
        app.router.add_post("/oauth/token", self._token)
        app.router.add_post("/oauth/deauthorize", self._deauthorize)
        app.router.add_get("/api/v3/athlete/activities", self._list)
        app.router.add_get("/api/v3/activities/{id}", self._activity)
        app.router.add_post("/api/v3/push_subscriptions", self._subscribe)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    def calls_to(self, path: str) -> list[dict[str, str]]:
        return [params for _, p, params in self.calls if p == path]

    # --- what an athlete does ----------------------------------------------------------------------

    async def consent(
        self, http: aiohttp.ClientSession, url: str, athlete_id: int, *, allow: bool = True, scope: str = ""
    ) -> tuple[int, str]:
        """The athlete opens the bot's link and clicks Authorize (or Cancel); Strava redirects back.
        Returns the bot's page (status, text)."""
        params = {"athlete_id": str(athlete_id), "allow": "1" if allow else "0"}
        if scope:
            params["grant_scope"] = scope
        async with http.get(url, params=params, allow_redirects=False) as r:
            assert r.status == 302, await r.text()
            target = r.headers["Location"]
        async with http.get(target) as r:
            return r.status, await r.text()

    def revoke(self, athlete_id: int) -> None:
        """The athlete revokes the app on strava.com (tokens stop working)."""
        for g in self.grants:
            if g.athlete_id == athlete_id:
                g.revoked = True

    async def send_event(self, http: aiohttp.ClientSession, sub_id: int | None = None, **event: Any) -> int:
        """POST an event to the subscription's callback, as Strava does; the HTTP status."""
        sid = sub_id if sub_id is not None else next(iter(self.subscriptions))
        body = {"subscription_id": sid, "event_time": int(self.clock()), "updates": {}, **event}
        # An id we don't hold still goes to our one callback: a test of the bot's check.
        url = (self.subscriptions.get(sid) or next(iter(self.subscriptions.values())))[0]
        async with http.post(url, json=body) as r:
            return r.status

    # --- handlers ------------------------------------------------------------------------------------

    def _record(self, request: web.Request, params: dict[str, str]) -> None:
        self.calls.append((request.method, request.path, params))

    async def _authorize(self, request: web.Request) -> web.Response:
        q = dict(request.query)
        self._record(request, q)
        if q.get("client_id") != CLIENT_ID or q.get("response_type") != "code":
            return web.Response(status=400, text="bad authorize request")
        back = q["redirect_uri"]
        if q.get("allow") == "0":
            query = {"state": q.get("state", ""), "error": "access_denied"}
        else:
            scope = q.get("grant_scope") or ("read," + q.get("scope", ""))
            code = secrets.token_hex(8)
            self.codes[code] = (int(q["athlete_id"]), scope)
            query = {"state": q.get("state", ""), "code": code, "scope": scope}
        raise web.HTTPFound(f"{back}?{urlencode(query)}")

    def _grant(self, athlete_id: int, scope: str) -> Grant:
        g = Grant(
            athlete_id,
            "acc-" + secrets.token_hex(8),
            "ref-" + secrets.token_hex(8),
            self.clock() + self.token_lifetime,
            scope,
        )
        self.grants.append(g)
        return g

    def _token_body(self, g: Grant, with_athlete: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "token_type": "Bearer",
            "access_token": g.access,
            "refresh_token": g.refresh,
            "expires_at": int(g.expires_at),
            "expires_in": int(g.expires_at - self.clock()),
        }
        if with_athlete:
            a = self.athletes[g.athlete_id]
            body["athlete"] = {"id": a.id, "firstname": a.firstname, "lastname": a.lastname}
        return body

    async def _token(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        self._record(request, {k: v for k, v in form.items() if k != "client_secret"})  # type: ignore[misc]
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return web.json_response({"message": "Authorization Error"}, status=401)
        if form.get("grant_type") == "authorization_code":
            found = self.codes.pop(str(form.get("code")), None)
            if found is None:
                return web.json_response(
                    {"message": "Bad Request", "errors": [{"code": "invalid"}]}, status=400
                )
            return web.json_response(self._token_body(self._grant(*found), True))
        if form.get("grant_type") == "refresh_token":
            for g in self.grants:
                if g.refresh == form.get("refresh_token") and not g.revoked:
                    g.revoked = True  # replaced by the new grant
                    return web.json_response(self._token_body(self._grant(g.athlete_id, g.scope), False))
            return web.json_response({"message": "Authorization Error"}, status=401)
        return web.json_response({"message": "Bad Request"}, status=400)

    async def _deauthorize(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        self._record(request, {"access_token": "***"})
        g = self._bearer_grant(str(form.get("access_token", "")))
        if g is None:
            return web.json_response({"message": "Authorization Error"}, status=401)
        self.revoke(g.athlete_id)
        return web.json_response({"access_token": g.access})

    def _bearer_grant(self, token: str) -> Grant | None:
        for g in self.grants:
            if g.access == token and not g.revoked and g.expires_at > self.clock():
                return g
        return None

    def _headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": f"{self.overall_limit[0]},{self.overall_limit[1]}",
            "X-RateLimit-Usage": f"{self.reads[0]},{self.reads[1]}",
            "X-ReadRateLimit-Limit": f"{self.read_limit[0]},{self.read_limit[1]}",
            "X-ReadRateLimit-Usage": f"{self.reads[0]},{self.reads[1]}",
        }

    def _read(self, request: web.Request) -> Grant | web.Response:
        self._record(request, dict(request.query))
        if self.force_429 > 0 or self.reads[0] >= self.read_limit[0]:
            self.force_429 = max(0, self.force_429 - 1)
            headers = self._headers()
            headers["X-ReadRateLimit-Usage"] = f"{self.read_limit[0]},{self.reads[1]}"
            return web.json_response({"message": "Rate Limit Exceeded"}, status=429, headers=headers)
        self.reads[0] += 1
        self.reads[1] += 1
        auth = request.headers.get("Authorization", "")
        g = self._bearer_grant(auth.removeprefix("Bearer "))
        if g is None:
            return web.json_response({"message": "Authorization Error"}, status=401, headers=self._headers())
        return g

    async def _list(self, request: web.Request) -> web.Response:
        g = self._read(request)
        if isinstance(g, web.Response):
            return g
        after = int(request.query.get("after", "0"))
        page, per = int(request.query.get("page", "1")), int(request.query.get("per_page", "30"))
        acts = [a for a in self.athletes[g.athlete_id].activities.values() if _epoch(a["start_date"]) > after]
        acts.sort(key=lambda a: a["start_date"])
        return web.json_response(acts[(page - 1) * per : page * per], headers=self._headers())

    async def _activity(self, request: web.Request) -> web.Response:
        g = self._read(request)
        if isinstance(g, web.Response):
            return g
        a = self.athletes[g.athlete_id].activities.get(int(request.match_info["id"]))
        if a is None:
            return web.json_response({"message": "Record Not Found"}, status=404, headers=self._headers())
        return web.json_response(a, headers=self._headers())

    async def _subscribe(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        self._record(request, {"callback_url": str(form.get("callback_url"))})
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return web.json_response({"message": "Authorization Error"}, status=401)
        callback, verify = str(form["callback_url"]), str(form["verify_token"])
        challenge = secrets.token_hex(6)
        try:
            async with aiohttp.ClientSession() as http:
                params = {"hub.mode": "subscribe", "hub.challenge": challenge, "hub.verify_token": verify}
                async with asyncio.timeout(2), http.get(callback, params=params) as r:
                    ok = r.status == 200 and (await r.json()).get("hub.challenge") == challenge
        except Exception:
            ok = False
        if not ok:
            return web.json_response(
                {"message": "Bad Request", "errors": [{"field": "callback url"}]}, status=400
            )
        sid = 100 + len(self.subscriptions) + 1
        self.subscriptions[sid] = (callback, verify)
        return web.json_response({"id": sid}, status=201)


def _epoch(iso: str) -> int:
    from datetime import datetime

    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())
