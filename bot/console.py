"""The local console chat: the same handlers, storage and scheduler as the platforms, in a terminal."""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO, TypedDict

from handlers.common import parse_int
from handlers.deps import Deps
from handlers.registry import BUTTONS, dispatch, parse_command
from handlers.rows import Scope
from handlers.types import Attachment, AttachmentTooBig, Chat, Reply, Request

_TAG = re.compile(r"</?(?:b|i|code)>")
_ACTION = re.compile(r"^[a-z]+:[A-Za-z0-9_:.-]{1,90}$")
# JSON lines stay lines for every reader: json.dumps leaves these line breaks raw with
# ensure_ascii=False, and str.splitlines() (and some editors) would split a line on them.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def plain(text: str) -> str:
    """Mini-HTML → terminal text."""
    return html.unescape(_TAG.sub("", text))


class ReplyDict(TypedDict):
    """One reply as the console shows it (and as --json prints it)."""

    text: str
    buttons: list[dict[str, str]]
    image: str | None
    file: str | None


@dataclass
class ConsoleIO:
    """Writes replies as text or as one JSON object per line; saves images and files to out_dir."""

    out: TextIO
    json_mode: bool
    out_dir: Path
    _counter: int = 0
    offered: set[str] = field(default_factory=set)

    def _save(self, name: str, data: bytes) -> str:
        """Write an owner-only file (0600, in a 0700 folder) under a fresh number: never one an
        earlier run, or another console on the same database, already wrote."""
        self.out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(self.out_dir, 0o700)
        if not self._counter:
            self._counter = max((_number(p.name) for p in self.out_dir.iterdir()), default=0)
        while True:
            self._counter += 1
            path = self.out_dir / f"{self._counter:04d}-{name}"
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue  # another console took this number: try the next
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            return str(path)

    def reply_dict(self, r: Reply) -> ReplyDict:
        self.offered.update(b.action for b in r.buttons)
        return {
            "text": plain(r.text),
            "buttons": [{"label": b.label, "action": b.action} for b in r.buttons],
            "image": self._save("chart.png", r.image) if r.image else None,
            "file": self._save(r.file[0], r.file[1]) if r.file else None,
        }

    def emit(self, line: str | None, replies: Sequence[Reply], scheduled: bool = False) -> None:
        items = [self.reply_dict(r) for r in replies]
        if self.json_mode:
            obj: dict[str, object] = {"input": line}
            if scheduled:
                obj["scheduled"] = True
            obj["replies"] = items
            self.out.write(json.dumps(obj, ensure_ascii=False).translate(_LINE_BREAKS) + "\n")
        else:
            for item in items:
                prefix = "⏰ " if scheduled else ""
                self.out.write(f"{prefix}legwork> {item['text']}\n")
                for b in item["buttons"]:
                    self.out.write(f"  [{b['label']}]  type: {b['action']}\n")
                if item["image"]:
                    self.out.write(f"  (chart saved to {item['image']})\n")
                if item["file"]:
                    self.out.write(f"  (file saved to {item['file']})\n")
            self.out.write("\n")
        self.out.flush()


def _number(name: str) -> int:
    return parse_int(name.split("-", 1)[0]) or 0


class ConsoleTransport:
    """Delivers scheduled messages (reminders, digests) to the console's output.

    Only this console's own: its user's reminders and its chat's (``scope``, which the scheduler
    claims by), so another console on the same database still gets its own.
    """

    platform = "console"

    def __init__(self, io: ConsoleIO, ident: ConsoleIdentity) -> None:
        self.io = io
        chats = {f"dm:{ident.user}", ident.chat_obj().chat_id}
        self.scope = Scope(chats=frozenset(chats), user=ident.user)

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        if chat_id not in self.scope.chats:
            # Never claimed here (the scheduler claims by scope). Not Blocked: that would pause
            # the other user's schedule.
            raise RuntimeError(f"console chat {chat_id[:40]!r} is another console's")
        self.io.emit(None, replies, scheduled=True)


@dataclass(frozen=True)
class ConsoleIdentity:
    user: str
    chat: str | None
    admin: bool

    def chat_obj(self) -> Chat:
        if self.chat:
            return Chat("console", f"group:{self.chat}", self.user, is_private=False, is_admin=self.admin)
        return Chat("console", f"dm:{self.user}", self.user, is_private=True)


def local_file(path_text: str) -> Attachment:
    """A local file as a request's attachment (/runs import PATH), read when the handler asks."""
    path = Path(path_text.strip().strip("'\"")).expanduser()
    try:
        size: int | None = path.stat().st_size
    except OSError:
        size = None

    def read(limit: int) -> bytes:
        with path.open("rb") as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise AttachmentTooBig(path.name)
        return data

    async def fetch(limit: int) -> bytes:
        return await asyncio.to_thread(read, limit)

    return Attachment(path.name, size, fetch)


def to_request(line: str, ident: ConsoleIdentity, now: datetime, offered: set[str]) -> Request | None:
    text = line.strip()
    chat = ident.chat_obj()
    if not text:
        return None
    if text in offered or (_ACTION.match(text) and text.split(":", 1)[0] in BUTTONS):
        return Request(chat, "button", (), text, ident.user, now)
    if text.startswith("/"):
        parsed = parse_command(text, "legwork")
        if parsed is None:
            return Request(
                chat, text[1:].split()[0][:32].lower() if len(text) > 1 else "?", (), "", ident.user, now
            )
        cmd, args, rest = parsed
        attachment = None
        if cmd == "runs" and len(args) >= 2 and args[0].lower() == "import":
            attachment = local_file(rest.split(None, 1)[1])
        return Request(chat, cmd, args, rest, ident.user, now, attachment=attachment)
    if not chat.is_private:
        return None  # in a group, plain chatter is not for the bot
    return Request(chat, "", (), text, ident.user, now)


async def run_console(
    deps: Deps,
    ident: ConsoleIdentity,
    io: ConsoleIO,
    inp: TextIO = sys.stdin,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    """Read lines until EOF; answer each with exactly one output (one JSON line in --json mode)."""
    loop = asyncio.get_running_loop()
    if not io.json_mode:
        where = f"group chat {ident.chat!r}" if ident.chat else "a private chat"
        io.out.write(
            f"Legwork console — you are {ident.user!r} in {where}. Type /help, or /quit to leave.\n"
            "To connect a platform, set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN and run again.\n\n"
        )
        io.out.flush()
    while True:
        line = await loop.run_in_executor(None, inp.readline)
        if not line:
            break
        line = line.rstrip("\n")
        if line.strip() in {"/quit", "/exit"} and not io.json_mode:
            break
        req = to_request(line, ident, clock(), io.offered)
        if req is None:
            io.emit(line, [])
            continue
        replies = await dispatch(req, deps)
        io.emit(line, replies)
