"""A small fake Telegram Bot API server for end-to-end tests and benchmarks.

It speaks enough of the Bot API for python-telegram-bot: getMe, getUpdates (long polling with
offset confirmation), sendMessage, editMessageText, answerCallbackQuery, sendPhoto, sendDocument,
sendChatAction, setMyCommands/getMyCommands, getChatMember, deleteWebhook, setWebhook and
getWebhookInfo. Every call is recorded (method, decoded params, uploaded files) for assertions.

Realism where it matters for a bot: message text is checked the way Telegram parses HTML (unknown
tags, unbalanced tags and bare ``<``/``&`` are a 400 "can't parse entities"), texts over 4,096
characters and callback data over 64 bytes are refused, a user who never opened a private chat
can't be messaged (403), a blocked chat answers 403 "Forbidden: bot was blocked by the user".

Faults can be injected per method: the next N calls answer 429 (with ``parameters.retry_after``),
500 or 502, answer slowly, or drop the connection without a response.

Rate limits like the real API's, off unless asked for (``server.limits = Limits()`` or the
``limits`` control action): messages posted to a chat (sendMessage, sendPhoto, sendDocument,
editMessageText) answer 429 with ``retry_after`` when the bot goes over 30 in a second overall,
about one a second in a private chat (a leaky bucket with a small burst) or 20 in a minute in a
group. ``limited`` counts those 429s by kind; a time-scaled ``Limits`` keeps tests short.

In-process use (pytest)::

    async with FakeTelegramServer() as server:
        app = ApplicationBuilder().token(server.token).base_url(server.base_url)...
        update = server.send_text(private_chat(ann), ann, "/workout home")
        call = await server.wait_for("sendMessage", lambda c: c.params["chat_id"] == ann["id"])

From another process: ``python -m tests.fakes.telegram_server --port 0`` prints
``PORT <n>`` and ``TOKEN <token>`` and then serves a small JSON control API under ``/_fake/``
(``send_text``, ``send_many``, ``press``, ``inject``, ``admin``, ``block``, ``open_private``,
``calls``, ``wait_count``, ``latency``, ``reset``) so scripts can drive it over HTTP.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import re
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

DEFAULT_TOKEN = "123456789:fake-token-for-tests"  # shorter than a real one on purpose
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_ANSWER = 200  # answerCallbackQuery text
MAX_CALLBACK_DATA = 64

# Telegram's HTML parse mode accepts these tags (attributes are not checked here).
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "tg-emoji", "code", "pre", "blockquote",
}  # fmt: skip
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

# Form fields that python-telegram-bot JSON-encodes (everything that isn't a plain string).
JSON_FIELDS = {
    "reply_markup", "entities", "caption_entities", "allowed_updates", "commands", "scope",
    "link_preview_options", "reply_parameters", "media",
}  # fmt: skip
INT_FIELDS = {
    "offset", "limit", "message_id", "user_id", "max_connections", "cache_time",
    "message_thread_id", "reply_to_message_id",
}  # fmt: skip
BOOL_FIELDS = {
    "disable_notification", "protect_content", "drop_pending_updates", "show_alert",
    "disable_web_page_preview", "allow_sending_without_reply", "has_spoiler",
    "disable_content_type_detection", "allow_paid_broadcast",
}  # fmt: skip
CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
}  # fmt: skip


BOT_DOWNLOAD_LIMIT = 20 * 1024 * 1024  # getFile refuses bigger files for bots


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # field -> (filename, bytes)
    status: int = 200
    fault: str | None = None  # the injected fault that answered it, if any
    result: Any = None  # what the server answered (e.g. the sent Message)
    at: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == 200

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "params": self.params,
            "files": {k: [name, len(data)] for k, (name, data) in self.files.items()},
            "status": self.status,
            "fault": self.fault,
            "result": self.result,
            "at": self.at,
        }


@dataclass
class Limits:
    """Telegram's limits on a bot's messages; ``scale`` < 1 shrinks every window (fast tests)."""

    per_second: int = 30  # in any window of `second` seconds, all chats together
    private_rate: float = 1.0  # messages a second into one private chat, sustained
    private_burst: float = 3.0  # ... and at once after a quiet spell
    group_count: int = 20  # in any window of `minute` seconds, one group
    scale: float = 1.0
    private_retry_after: int | None = None  # what a private chat's 429 says (else: when it fits)

    @property
    def second(self) -> float:
        return 1.0 * self.scale

    @property
    def minute(self) -> float:
        return 60.0 * self.scale


LIMITED = frozenset({"sendMessage", "sendPhoto", "sendDocument", "editMessageText"})


@dataclass
class Fault:
    kind: str  # "429" | "500" | "502" | "slow" | "drop"
    retry_after: float = 1
    delay: float = 1.0


# --- helpers to build Telegram objects ----------------------------------------------------------


def make_user(
    user_id: int, first_name: str = "Ann", last_name: str | None = None, username: str | None = None
) -> dict[str, Any]:
    u: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if last_name:
        u["last_name"] = last_name
    if username:
        u["username"] = username
    return u


def private_chat(user: dict[str, Any]) -> dict[str, Any]:
    chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    if "last_name" in user:
        chat["last_name"] = user["last_name"]
    if "username" in user:
        chat["username"] = user["username"]
    return chat


def group_chat(
    chat_id: int = -1001234567890, title: str = "Running club", kind: str = "supergroup"
) -> dict[str, Any]:
    return {"id": chat_id, "type": kind, "title": title}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_HTML_TOKEN = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?>|&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{1,10});|[<>&]"
)


def parse_html(text: str) -> str:
    """Telegram's HTML parse mode, strictly: returns the plain text or raises ApiError 400."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _HTML_TOKEN.finditer(text):
        out.append(text[pos : m.start()])
        pos = m.end()
        offset = len(text[: m.start()].encode("utf-8"))
        if m.group(2):
            name = m.group(2).lower()
            if m.group(1):
                if not stack or stack[-1] != name:
                    raise ApiError(
                        400,
                        f"Bad Request: can't parse entities: Unmatched end tag at byte offset {offset}, "
                        f'expected "</{stack[-1]}>", found "</{name}>"'
                        if stack
                        else f"Bad Request: can't parse entities: Unexpected end tag at byte offset {offset}",
                    )
                stack.pop()
            else:
                if name not in ALLOWED_TAGS:
                    raise ApiError(
                        400,
                        "Bad Request: can't parse entities: "
                        f'Unsupported start tag "{name}" at byte offset {offset}',
                    )
                stack.append(name)
        elif m.group(4):
            ent = m.group(4)
            if ent.startswith("#"):
                try:
                    code = int(ent[2:], 16) if ent[1:2] in ("x", "X") else int(ent[1:])
                    out.append(chr(code))
                except (ValueError, OverflowError):
                    raise ApiError(
                        400, f"Bad Request: can't parse entities: bad entity at byte offset {offset}"
                    ) from None
            elif ent in NAMED_ENTITIES:
                out.append(NAMED_ENTITIES[ent])
            else:
                raise ApiError(
                    400,
                    "Bad Request: can't parse entities: "
                    f'Unsupported HTML entity "&{ent};" at byte offset {offset}',
                )
        else:
            raise ApiError(
                400,
                f"Bad Request: can't parse entities: Character '{m.group(0)}' is reserved "
                f"and must be escaped at byte offset {offset}",
            )
    out.append(text[pos:])
    if stack:
        raise ApiError(
            400,
            "Bad Request: can't parse entities: "
            f'Can\'t find end tag corresponding to start tag "{stack[-1]}"',
        )
    return "".join(out)


def _decode_params(raw: dict[str, Any]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if not isinstance(value, str):
            params[key] = value
        elif key in JSON_FIELDS:
            try:
                params[key] = json.loads(value)
            except ValueError:
                raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from None
        elif key in INT_FIELDS or key == "chat_id":
            try:
                params[key] = int(value)
            except ValueError:
                if key == "chat_id":
                    params[key] = value
                else:
                    raise ApiError(400, f'Bad Request: field "{key}" must be a number') from None
        elif key in BOOL_FIELDS:
            params[key] = value.lower() in ("true", "1")
        elif key == "timeout":
            params[key] = float(value)
        else:
            params[key] = value
    return params


class FakeTelegramServer:
    """The fake Bot API. Use as ``async with FakeTelegramServer() as server:``."""

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        username: str = "LegworkBot",
        first_name: str = "Legwork",
        host: str = "127.0.0.1",
        port: int = 0,
        latency: float = 0.0,
    ) -> None:
        self.token = token
        self.latency = latency  # seconds added to every answer but getUpdates (a network round trip)
        self.host = host
        self.port = port
        self.bot_user: dict[str, Any] = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.calls: list[Call] = []
        self.ok_counts: dict[str, int] = {}  # method -> successful calls (cheap to wait on)
        self.commands: list[dict[str, Any]] = []
        self.admins: dict[int, dict[int, str]] = {}  # chat id -> user id -> "creator" | "administrator"
        self.blocked: set[int] = set()  # chat ids whose user blocked the bot (or kicked it)
        self.migrated: dict[int, int] = {}  # a group upgraded to a supergroup: old id -> new id
        self.webhook: dict[str, Any] = {"url": "", "secret_token": None}
        self.chats: dict[int, dict[str, Any]] = {}  # chats the bot can write to
        self.users: dict[int, dict[str, Any]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.callback_queries: dict[str, bool] = {}  # id -> answered
        self._faults: dict[str, deque[Fault]] = {}
        self.limits: Limits | None = None  # None: no rate limits (benches measure the bots' own cost)
        self.limited: dict[str, int] = {"bot": 0, "private": 0, "group": 0}  # 429s by which limit
        self._sent_at: deque[float] = deque()  # posted messages in the last `second`
        self._group_sent: dict[int, deque[float]] = {}
        self._private_level: dict[int, tuple[float, float]] = {}  # chat -> (level, at)
        self._updates: deque[dict[str, Any]] = deque()
        self.confirmed_below = 0  # getUpdates' highest offset: every update below it is confirmed
        # An in-process bot's outbox (tests/procutil.py telegram_bot sets it): a test can wait
        # for replies still paced by their chat's limit after their update was confirmed.
        self.bot_outbox: Any = None
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._query_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self.uploads: dict[str, bytes] = {}  # file_id -> content of files users sent
        self.upload_sizes: dict[str, int] = {}
        self.downloads: list[str] = []  # file ids the bot downloaded, in order
        self._changed: asyncio.Event | None = None  # replaced on every change; waiters hold the old one
        self._closing = False
        self._runner: web.AppRunner | None = None

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For ApplicationBuilder.base_url / [telegram] api_base_url (the token is appended)."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    @property
    def bot_id(self) -> int:
        return int(self.bot_user["id"])

    @property
    def username(self) -> str:
        return str(self.bot_user["username"])

    async def start(self) -> FakeTelegramServer:
        self._changed = asyncio.Event()
        self._closing = False
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("*", "/_fake/{action}", self._handle_control)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        """Release pending long polls, then close the server."""
        self._closing = True
        self._notify()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> FakeTelegramServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # --- test controls -----------------------------------------------------------------------

    def inject(
        self, method: str, kind: str, times: int = 1, *, retry_after: float = 1, delay: float = 1.0
    ) -> None:
        """The next `times` calls of `method` fail: kind is "429", "500", "502", "slow" or "drop"."""
        if kind not in {"429", "500", "502", "slow", "drop"}:
            raise ValueError(f"unknown fault {kind!r}")
        q = self._faults.setdefault(method, deque())
        q.extend(Fault(kind, retry_after, delay) for _ in range(times))

    def set_admin(self, chat_id: int, user_id: int, status: str = "administrator") -> None:
        self.admins.setdefault(chat_id, {})[user_id] = status

    def block(self, chat_id: int) -> None:
        self.blocked.add(chat_id)

    def migrate(self, chat_id: int, new_chat_id: int, *, announce: bool = True) -> dict[str, Any]:
        """Group `chat_id` is upgraded to supergroup `new_chat_id`, as Telegram does it: sends to the
        old id fail with 400 and ``migrate_to_chat_id``, and (if `announce`) the two service
        messages arrive, ``migrate_to_chat_id`` in the old group and ``migrate_from_chat_id`` in the
        new one. Returns the supergroup's chat."""
        old = self.chats.get(chat_id) or group_chat(chat_id, kind="group")
        new = group_chat(new_chat_id, old.get("title", "Running club"), kind="supergroup")
        self.chats[new_chat_id] = new
        self.migrated[chat_id] = new_chat_id
        if announce:
            someone = make_user(999_000_001, "Admin")
            for chat, key, value in (
                (old, "migrate_to_chat_id", new_chat_id),
                (new, "migrate_from_chat_id", chat_id),
            ):
                msg = {
                    "message_id": self._next_message_id(chat["id"]),
                    "from": someone,
                    "chat": chat,
                    "date": int(time.time()),
                    key: value,
                }
                self.enqueue({"message": msg})
        return new

    def open_private(self, user: dict[str, Any]) -> None:
        """The user has pressed Start in a private chat with the bot (so the bot may write)."""
        self.users[user["id"]] = user
        self.chats[user["id"]] = private_chat(user)

    def enqueue(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (an update_id is assigned if missing)."""
        update.setdefault("update_id", next(self._update_ids))
        self._updates.append(update)
        self._notify()
        return update

    def send_text(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str,
        *,
        reply_to: dict[str, Any] | None = None,
        sender_chat: dict[str, Any] | None = None,
        thread_id: int | None = None,
    ) -> dict[str, Any]:
        """A user writes `text` in `chat` (in forum topic `thread_id`); returns the queued update."""
        self.users[user["id"]] = user
        self.chats[chat["id"]] = chat
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        entities = self._entities(text)
        if entities:
            msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        if sender_chat is not None:
            msg["sender_chat"] = sender_chat
        if thread_id is not None:
            msg["message_thread_id"] = thread_id
            msg["is_topic_message"] = True
        self.messages[(chat["id"], msg["message_id"])] = msg
        return self.enqueue({"message": msg})

    def send_document(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        filename: str,
        data: bytes,
        *,
        size: int | None = None,
    ) -> dict[str, Any]:
        """A user sends a file in `chat` (``size``: the size Telegram reports, if not the data's)."""
        self.users[user["id"]] = user
        self.chats[chat["id"]] = chat
        file_id = f"doc{next(self._file_ids)}"
        self.uploads[file_id] = data
        self.upload_sizes[file_id] = len(data) if size is None else size
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            "document": {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_name": filename,
                "file_size": self.upload_sizes[file_id],
            },
        }
        self.messages[(chat["id"], msg["message_id"])] = msg
        return self.enqueue({"message": msg})

    async def _api_getFile(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        file_id = str(p.get("file_id", ""))
        if file_id not in self.uploads:
            raise ApiError(400, "Bad Request: invalid file_id")
        size = self.upload_sizes[file_id]
        if size > BOT_DOWNLOAD_LIMIT:
            raise ApiError(400, "Bad Request: file is too big")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": size,
                "file_path": f"documents/{file_id}"}  # fmt: skip

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        path = request.match_info["path"]
        file_id = path.removeprefix("documents/")
        self.downloads.append(file_id)
        if file_id not in self.uploads:
            return web.Response(status=404)
        return web.Response(body=self.uploads[file_id], content_type="application/octet-stream")

    def press(self, user: dict[str, Any], message: dict[str, Any], data: str) -> dict[str, Any]:
        """A user presses an inline button with `data` under the bot's `message`."""
        self.users[user["id"]] = user
        qid = str(next(self._query_ids))
        self.callback_queries[qid] = False
        current = self.messages.get((message["chat"]["id"], message["message_id"]), message)
        return self.enqueue(
            {
                "callback_query": {
                    "id": qid,
                    "from": user,
                    "message": current,
                    "chat_instance": str(abs(message["chat"]["id"])),
                    "data": data,
                }
            }
        )

    def calls_of(self, method: str, *, ok_only: bool = True) -> list[Call]:
        return [c for c in self.calls if c.method == method and (c.ok or not ok_only)]

    def mark(self) -> int:
        """A position in the call log, for wait_for(since=...)."""
        return len(self.calls)

    def texts_to(self, chat_id: int) -> list[str]:
        """Texts of messages successfully sent to a chat, in order."""
        return [
            c.params.get("text", "")
            for c in self.calls
            if c.ok and c.method == "sendMessage" and c.params.get("chat_id") == chat_id
        ]

    async def wait_confirmed(self, update_id: int, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Until the bot confirms `update_id` (a getUpdates offset above it): the bot confirms an
        update once it is handled and its replies are out, so what it caused is all in `calls`."""
        assert self._changed is not None, "server not started"

        async def wait() -> None:
            while self.confirmed_below <= update_id:
                assert self._changed is not None
                await self._changed.wait()

        try:
            await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise AssertionError(f"update {update_id} not confirmed within {timeout} s") from None

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - the tests' wording
        *,
        since: int = 0,
        ok_only: bool = True,
    ) -> Call:
        """The first call of `method` (at or after index `since`) matching `predicate`."""
        assert self._changed is not None, "server not started"

        def find() -> Call | None:
            for c in self.calls[since:]:
                if c.method == method and (c.ok or not ok_only) and (predicate is None or predicate(c)):
                    return c
            return None

        async def wait() -> Call:
            while True:
                found = find()
                if found is not None:
                    return found
                assert self._changed is not None
                await self._changed.wait()

        try:
            return await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            seen = [(c.method, c.status, c.params.get("text", "")[:60]) for c in self.calls[since:]][-15:]
            raise AssertionError(f"no matching {method} call within {timeout}s; last calls: {seen}") from None

    async def wait_count(self, method: str, count: int, timeout: float = 30.0) -> None:  # noqa: ASYNC109
        """Until `count` calls of `method` have succeeded (since the last reset)."""

        async def wait() -> None:
            while self.ok_counts.get(method, 0) < count:
                assert self._changed is not None
                await self._changed.wait()

        try:
            await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            got = self.ok_counts.get(method, 0)
            raise AssertionError(f"only {got} of {count} {method} calls within {timeout}s") from None

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _entities(self, text: str) -> list[dict[str, Any]]:
        ents: list[dict[str, Any]] = []
        m = re.match(r"/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,64})?", text)
        if m:
            ents.append({"type": "bot_command", "offset": 0, "length": utf16_len(m.group(0))})
        for m in re.finditer(r"(?<![\w@/])@[A-Za-z0-9_]{5,32}", text):
            ents.append(
                {"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))}
            )
        return ents

    # --- HTTP --------------------------------------------------------------------------------

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        method_name = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        try:
            raw, files = await _read_params(request)
            params = _decode_params(raw)
        except ApiError as exc:
            return _error(exc.code, exc.description)
        call = Call(method_name, params, files, at=time.monotonic())
        if self.latency > 0 and method_name != "getUpdates":
            await asyncio.sleep(self.latency)
        if self.limits is not None and method_name in LIMITED:
            over = self._over_limit(params.get("chat_id"), call.at)
            if over is not None:
                kind, wait = over
                self.limited[kind] += 1
                call.status, call.fault = 429, f"limit:{kind}"
                await self._record(call)
                return _error(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
        fault = self._take_fault(method_name)
        if fault is not None:
            call.fault = fault.kind
            if fault.kind == "slow":
                await self._sleep_unless_closing(fault.delay)
            elif fault.kind == "drop":
                call.status = 0
                await self._record(call)
                if request.transport is not None:
                    request.transport.close()
                return web.Response(status=500)
            else:
                call.status = int(fault.kind)
                await self._record(call)
                if fault.kind == "429":
                    return _error(
                        429,
                        f"Too Many Requests: retry after {fault.retry_after:g}",
                        {"retry_after": fault.retry_after},
                    )
                return _error(call.status, "Internal Server Error" if call.status == 500 else "Bad Gateway")
        handler = getattr(self, f"_api_{method_name}", None)
        if handler is None:
            call.status = 404
            await self._record(call)
            return _error(404, "Not Found: method not found")
        try:
            result = await handler(params, files)
        except ApiError as exc:
            call.status = exc.code
            call.result = exc.description
            await self._record(call)
            return _error(exc.code, exc.description, exc.parameters)
        call.result = result
        await self._record(call)
        return web.json_response({"ok": True, "result": result})

    def _over_limit(self, chat_id: Any, now: float) -> tuple[str, int] | None:
        """Which limit a message to `chat_id` now goes over (and its retry_after), else None;
        a message let through counts towards them."""
        lim = self.limits
        assert lim is not None
        sent = self._sent_at
        while sent and sent[0] <= now - lim.second:
            sent.popleft()
        if len(sent) >= lim.per_second:
            return "bot", max(1, round(sent[0] + lim.second - now + 0.5))
        if isinstance(chat_id, int) and chat_id < 0:
            window = self._group_sent.setdefault(chat_id, deque())
            while window and window[0] <= now - lim.minute:
                window.popleft()
            if len(window) >= lim.group_count:
                return "group", max(1, round(window[0] + lim.minute - now + 0.5))
            window.append(now)
        elif isinstance(chat_id, int):
            rate = lim.private_rate / lim.scale
            level, at = self._private_level.get(chat_id, (0.0, now))
            level = max(0.0, level - (now - at) * rate)
            if level + 1 > lim.private_burst + 1e-9:
                fits = max(1, round((level + 1 - lim.private_burst) / rate + 0.5))
                return "private", lim.private_retry_after or fits
            self._private_level[chat_id] = (level + 1, now)
        sent.append(now)
        return None

    async def _sleep_unless_closing(self, delay: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + delay
        while not self._closing and (remaining := deadline - loop.time()) > 0:
            assert self._changed is not None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    def _take_fault(self, method: str) -> Fault | None:
        q = self._faults.get(method)
        return q.popleft() if q else None

    async def _record(self, call: Call) -> None:
        self.calls.append(call)
        if call.ok:
            self.ok_counts[call.method] = self.ok_counts.get(call.method, 0) + 1
        self._notify()

    # --- Bot API methods ---------------------------------------------------------------------

    async def _api_getMe(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        return self.bot_user

    async def _api_logOut(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        return True

    async def _api_close(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        return True

    async def _api_deleteWebhook(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        self.webhook = {"url": "", "secret_token": None}
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _api_setWebhook(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        url = str(p.get("url", ""))
        if url and not url.startswith("https://"):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret}
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _api_getWebhookInfo(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        return {
            "url": self.webhook["url"],
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    async def _api_getUpdates(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        if self.webhook["url"]:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = p.get("offset")
        limit = max(1, min(100, int(p.get("limit") or 100)))
        timeout = float(p.get("timeout") or 0)
        if isinstance(offset, int) and offset > 0:
            if offset > self.confirmed_below:
                self.confirmed_below = offset
                self._notify()
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()  # confirmed
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self._updates and not self._closing:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            assert self._changed is not None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)
        if isinstance(offset, int) and offset < 0:
            return list(self._updates)[offset:][:limit]
        return list(itertools.islice(self._updates, limit))

    def _chat_for_send(self, chat_id: Any) -> dict[str, Any]:
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self.migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self.migrated[chat_id]},
            )
        if chat_id in self.blocked:
            if chat_id > 0:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            raise ApiError(403, "Forbidden: bot was kicked from the supergroup chat")
        chat = self.chats.get(chat_id)
        if chat is None:
            if chat_id > 0:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _check_markup(self, p: dict[str, Any]) -> dict[str, Any] | None:
        markup = p.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _text(self, p: dict[str, Any], key: str, limit: int, required: bool) -> str:
        raw = p.get(key)
        if raw is None or raw == "":
            if required:
                raise ApiError(400, "Bad Request: message text is empty")
            return ""
        text = str(raw)
        plain = parse_html(text) if str(p.get("parse_mode", "")).upper() == "HTML" else text
        if required and not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain) > limit:
            raise ApiError(
                400,
                "Bad Request: message is too long"
                if key == "text"
                else "Bad Request: message caption is too long",
            )
        return plain

    def _new_message(
        self, chat: dict[str, Any], markup: dict[str, Any] | None, **fields: Any
    ) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "from": self.bot_user,
            "chat": chat,
            "date": int(time.time()),
            **fields,
        }
        if markup:
            msg["reply_markup"] = markup
        self.messages[(chat["id"], msg["message_id"])] = msg
        return msg

    async def _api_sendMessage(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p.get("chat_id"))
        plain = self._text(p, "text", MAX_TEXT, True)
        markup = self._check_markup(p)
        return self._new_message(chat, markup, text=plain)

    async def _api_editMessageText(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p.get("chat_id"))
        msg = self.messages.get((chat["id"], int(p.get("message_id") or 0)))
        if msg is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if msg.get("from", {}).get("id") != self.bot_id:
            raise ApiError(400, "Bad Request: message can't be edited")
        if "text" not in msg:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        plain = self._text(p, "text", MAX_TEXT, True)
        markup = self._check_markup(p)
        if plain == msg["text"] and markup == msg.get("reply_markup"):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message",
            )
        msg["text"] = plain
        msg["edit_date"] = int(time.time())
        if markup:
            msg["reply_markup"] = markup
        else:
            msg.pop("reply_markup", None)
        return msg

    async def _api_answerCallbackQuery(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        qid = str(p.get("callback_query_id", ""))
        if self.callback_queries.get(qid, True):
            raise ApiError(
                400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
        # Telegram's pop-up/toast text: 0-200 characters; more is refused and the query stays
        # unanswered (the real API's error).
        if len(str(p.get("text") or "")) > MAX_CALLBACK_ANSWER:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.callback_queries[qid] = True
        return True

    async def _api_sendChatAction(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        self._chat_for_send(p.get("chat_id"))
        if p.get("action") not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    def _file(self, p: dict[str, Any], files: dict[str, tuple[str, bytes]], key: str) -> tuple[str, bytes]:
        if key in files:
            return files[key]
        ref = p.get(key)
        if isinstance(ref, str) and ref.startswith("attach://") and ref[9:] in files:
            return files[ref[9:]]
        raise ApiError(400, f"Bad Request: there is no {key} in the request")

    async def _api_sendPhoto(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p.get("chat_id"))
        _name, data = self._file(p, f, "photo")
        if not data.startswith(b"\x89PNG") and not data.startswith(b"\xff\xd8"):
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        caption = self._text(p, "caption", MAX_CAPTION, False)
        fid = f"photo{next(self._file_ids)}"
        photo = [
            {"file_id": fid, "file_unique_id": f"u{fid}", "width": 800, "height": 320, "file_size": len(data)}
        ]
        extra = {"caption": caption} if caption else {}
        return self._new_message(chat, self._check_markup(p), photo=photo, **extra)

    async def _api_sendDocument(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p.get("chat_id"))
        name, data = self._file(p, f, "document")
        if not data:
            raise ApiError(400, "Bad Request: file must be non-empty")
        caption = self._text(p, "caption", MAX_CAPTION, False)
        fid = f"doc{next(self._file_ids)}"
        doc = {"file_id": fid, "file_unique_id": f"u{fid}", "file_name": name, "file_size": len(data)}
        extra = {"caption": caption} if caption else {}
        return self._new_message(chat, self._check_markup(p), document=doc, **extra)

    async def _api_setMyCommands(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        commands = p.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be a list of at most 100 BotCommand")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(c.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(c.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands = commands
        return True

    async def _api_getMyCommands(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        return self.commands

    async def _api_getChatMember(self, p: dict[str, Any], f: dict[str, Any]) -> Any:
        chat_id, user_id = p.get("chat_id"), p.get("user_id")
        if not isinstance(chat_id, int) or chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        if not isinstance(user_id, int):
            raise ApiError(400, "Bad Request: invalid user_id specified")
        user = self.users.get(user_id) or make_user(user_id, "User")
        status = self.admins.get(chat_id, {}).get(user_id, "member")
        if status == "creator":
            return {"status": "creator", "user": user, "is_anonymous": False}
        if status == "administrator":
            rights = (
                "can_be_edited is_anonymous can_manage_chat can_delete_messages can_manage_video_chats "
                "can_restrict_members can_promote_members can_change_info can_invite_users "
                "can_post_stories can_edit_stories can_delete_stories"
            ).split()
            member = {r: r == "can_manage_chat" for r in rights}
            return {"status": "administrator", "user": user, **member}
        return {"status": status, "user": user}

    # --- control API for other processes -----------------------------------------------------

    async def _handle_control(self, request: web.Request) -> web.StreamResponse:
        action = request.match_info["action"]
        body: dict[str, Any] = {}
        if request.can_read_body:
            body = await request.json()
        if action == "send_text":
            return web.json_response(self.send_text(body["chat"], body["user"], body["text"]))
        if action == "send_many":
            for item in body["items"]:
                self.send_text(item["chat"], item["user"], item["text"])
            return web.json_response({"queued": len(body["items"])})
        if action == "press":
            msg = self.messages[(int(body["chat_id"]), int(body["message_id"]))]
            return web.json_response(self.press(body["user"], msg, body["data"]))
        if action == "inject":
            self.inject(
                body["method"], str(body["kind"]), int(body.get("times", 1)),
                retry_after=body.get("retry_after", 1), delay=float(body.get("delay", 1.0)),
            )  # fmt: skip
            return web.json_response(True)
        if action == "admin":
            self.set_admin(int(body["chat_id"]), int(body["user_id"]), body.get("status", "administrator"))
            return web.json_response(True)
        if action == "block":
            self.block(int(body["chat_id"]))
            return web.json_response(True)
        if action == "open_private":
            self.open_private(body["user"])
            return web.json_response(True)
        if action == "calls":
            since = int(request.query.get("since", "0"))
            method = request.query.get("method")
            return web.json_response(
                [c.to_json() for c in self.calls[since:] if method is None or c.method == method]
            )
        if action == "wait_count":
            try:
                await self.wait_count(body["method"], int(body["count"]), float(body.get("timeout", 30)))
            except AssertionError as exc:
                return web.json_response({"ok": False, "error": str(exc)}, status=504)
            return web.json_response({"ok": True, "count": self.ok_counts.get(body["method"], 0)})
        if action == "limits":
            on = body.pop("on", True)
            self.limits = Limits(**body) if on else None
            return web.json_response(True)
        if action == "limited":
            return web.json_response(self.limited)
        if action == "latency":
            self.latency = float(body["seconds"])
            return web.json_response(True)
        if action == "reset":
            self.calls.clear()
            self.ok_counts.clear()
            return web.json_response(True)
        return web.json_response({"error": f"unknown action {action}"}, status=404)


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    params: dict[str, Any] = dict(request.query)
    files: dict[str, tuple[str, bytes]] = {}
    ctype = request.content_type
    if not request.can_read_body:
        return params, files
    if ctype == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
    elif ctype == "multipart/form-data":
        reader = await request.multipart()
        async for part in reader:
            if part.name is None:
                continue
            if getattr(part, "filename", None):
                files[part.name] = (part.filename or "", bytes(await part.read()))  # type: ignore[union-attr]
            else:
                params[part.name] = await part.text()  # type: ignore[union-attr]
    else:
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, str):
                params[key] = value
            else:
                files[key] = (value.filename, value.file.read())
    return params, files


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


def html_text(call: Call) -> str:
    """The plain text Telegram would show for a sendMessage/editMessageText call."""
    return (
        parse_html(call.params.get("text", ""))
        if call.params.get("parse_mode") == "HTML"
        else call.params.get("text", "")
    )


async def _serve(host: str, port: int, token: str, username: str) -> None:
    server = FakeTelegramServer(token=token, username=username, host=host, port=port)
    await server.start()
    print(f"PORT {server.port}", flush=True)
    print(f"TOKEN {server.token}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fake Telegram Bot API server for tests")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed as PORT n)")
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--username", default="LegworkBot")
    args = parser.parse_args(argv)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print("refusing to listen beyond localhost", file=sys.stderr)
        return 2
    asyncio.run(_serve(args.host, args.port, args.token, args.username))
    return 0


__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "Call",
    "FakeTelegramServer",
    "group_chat",
    "html_text",
    "make_user",
    "parse_html",
    "private_chat",
    "utf16_len",
]

if __name__ == "__main__":
    raise SystemExit(main())
