"""The outbox: one per platform token, the only way messages leave the bot for that platform.

Handling an update never waits for pacing: the adapter puts the update's replies here (``put``)
and gives its concurrency slot back at once. One sender per outbox drains it:

- **Chats take turns.** Each chat has a lane (a FIFO of its messages); lanes with work are served
  round-robin, one message in flight per chat (a chat's messages keep their order), many chats at
  once. A lane is only started when its chat may send now (``SendBudget.ready_in``: the chat's own
  bucket and any 429 hold); otherwise it waits on a timer, holding nobody else up. So a chat with
  a backlog costs another chat's first reply at most the one message of it already in flight.
- **Replies before bulk.** Reminders, digests and results (``deliver``, awaited by the caller)
  are started only when no reply lane is ready, and at most ``bulk_in_flight`` at a time; at the
  bot's global bucket they yield to replies (``PRIORITY``, see bot/services/ratelimit.py).
- **A backlog is bounded.** A chat with more than ``backlog`` replies queued gets one "Slow down"
  notice (first in its lane) and its oldest non-essential replies are dropped (answers to
  read-only questions such as /tips; confirmations of something done, like /done, never are).
- **In memory, per process.** What is queued and not yet sent is lost on kill -9 (its effects
  are stored; only the message is lost). ``close`` gives the queue a bounded time to drain.

Button-press answers and Discord's initial interaction responses don't come here: they are sent
at once by the adapters (they carry no message into a chat and have short deadlines).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from bot.services.ratelimit import PRIORITY, SendBudget

log = logging.getLogger(__name__)

BACKLOG = 20  # replies queued for one chat before it is told to slow down
SLOW_DOWN = "Slow down — I'll answer the rest in a moment."
# Commands whose answers only show something (nothing was changed): the ones a backlog may drop.
READ_ONLY = frozenset(
    {
        "", "start", "help", "workout", "exercise", "muscle", "ask", "tips", "history", "stats",
        "export", "calendar", "leaderboard",
    }
)  # fmt: skip

Send = Callable[[], Awaitable[Any]]


def essential(command: str, known: bool = True) -> bool:
    """Must this request's answer be delivered even from a backlog? Yes unless it only showed
    something (an unknown command's hint, too, may go)."""
    return known and command not in READ_ONLY


class Job:
    __slots__ = ("bulk", "done", "essential", "key", "send", "task")

    def __init__(
        self, key: str, send: Send, essential: bool, bulk: bool, done: asyncio.Future[Any] | None
    ) -> None:
        self.key = key
        self.send = send
        self.essential = essential
        self.bulk = bulk
        self.done = done  # set when someone waits for the result (bulk sends, private answers)
        self.task: asyncio.Task[None] | None = None


class Lane:
    __slots__ = ("bulk", "busy", "dropped", "key", "listed", "replies", "slowed", "timed")

    def __init__(self, key: str) -> None:
        self.key = key
        self.replies: deque[Job] = deque()
        self.bulk: deque[Job] = deque()
        self.busy = False  # a message of it is in flight
        self.listed = ""  # "" | "reply" | "bulk": the ring it waits in
        self.timed = False  # waiting for its chat's bucket or 429 hold (on the timer heap)
        self.slowed = False  # told to slow down in this backlog
        self.dropped = 0

    def idle(self) -> bool:
        return not (self.busy or self.replies or self.bulk)


class Outbox:
    """Fair, paced delivery for one platform token (see the module docstring)."""

    def __init__(
        self,
        budget: SendBudget,
        *,
        name: str,
        slow_down: Callable[[str], Send] | None = None,
        backlog: int = BACKLOG,
        max_in_flight: int = 64,
        bulk_in_flight: int = 8,
    ) -> None:
        self.budget = budget
        self.name = name
        self.slow_down = slow_down  # makes the "Slow down" notice's send for a chat
        self.backlog = backlog
        self.max_in_flight = max_in_flight
        self.bulk_in_flight = bulk_in_flight
        self._lanes: dict[str, Lane] = {}
        self._ready: deque[Lane] = deque()
        self._ready_bulk: deque[Lane] = deque()
        self._timed: list[tuple[float, int, Lane]] = []
        self._seq = itertools.count()
        self._in_flight = 0
        self._bulk_running = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._wake: asyncio.Event | None = None
        self._idle: asyncio.Event | None = None
        self._runner: asyncio.Task[None] | None = None
        self.closed = False
        self.dropped = 0  # replies dropped from backlogs (for tests and benches)

    # --- putting -------------------------------------------------------------------------------

    def put(self, key: str, send: Send, *, essential: bool = False, track: bool = False) -> Job:
        """Queue a reply for chat `key`; with `track`, ``job.done`` is a future of its result."""
        done = asyncio.get_running_loop().create_future() if track else None
        if done is not None:
            done.add_done_callback(_retrieve)
        lane = self._lane(key)
        job = Job(key, send, essential, False, done)
        lane.replies.append(job)
        if len(lane.replies) > self.backlog:
            self._trim(lane)
        if (
            len(lane.replies) == 1
            and not (lane.busy or lane.timed or lane.listed or self._ready)
            and self._in_flight < self.max_in_flight
            and self.budget.ready_in(key) <= 0
        ):
            self._start_job(lane, lane.replies.popleft())  # an idle chat: no turn to wait for
        else:
            self._list(lane)
        return job

    async def settled(self, jobs: list[Job], cap: float = 60.0) -> None:
        """Until every tracked job is sent (or dropped), or waits only for its own chat: its chat's
        bucket, a 429 hold, or that chat's earlier messages. So an update's handling ends once its
        replies are out, as before the outbox, except when its own chat is the one being paced; a
        crash loses at most what waited on its own chat (see the module docstring)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + cap
        while True:
            pending = [j.done for j in jobs if j.done is not None and not j.done.done() and not self._own(j)]
            if not pending or loop.time() >= deadline:
                return
            await asyncio.wait(pending, timeout=0.05)

    def _own(self, job: Job) -> bool:
        """Is a job waiting only for its own chat?"""
        lane = self._lanes.get(job.key)
        if lane is None:
            return False
        return lane.timed or (job.task is None and lane.busy) or self.budget.ready_in(job.key) > 0

    async def deliver(self, key: str, send: Send) -> Any:
        """Send in bulk (reminders, digests): returns once sent, raises what the send raised.

        Cancelled before it started, it is never sent; cancelled while sending, the send is
        cancelled too (as an awaited send would be)."""
        done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        lane = self._lane(key)
        job = Job(key, send, True, True, done)
        lane.bulk.append(job)
        self._list(lane)
        try:
            return await asyncio.shield(done)
        except asyncio.CancelledError:
            if job.task is not None:
                job.task.cancel()
            elif job in lane.bulk:
                lane.bulk.remove(job)
                self._forget_if_idle(lane)
            raise

    def _lane(self, key: str) -> Lane:
        if self.closed:
            raise RuntimeError(f"{self.name}: the outbox is closed")
        self._start()
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = Lane(key)
        assert self._idle is not None
        self._idle.clear()
        return lane

    def _trim(self, lane: Lane) -> None:
        if not lane.slowed and self.slow_down is not None:
            lane.slowed = True
            lane.replies.appendleft(Job(lane.key, self.slow_down(lane.key), True, False, None))
        for job in lane.replies:
            if not job.essential:
                lane.replies.remove(job)
                lane.dropped += 1
                self.dropped += 1
                if job.done is not None and not job.done.done():
                    job.done.cancel()
                return

    # --- the sender ----------------------------------------------------------------------------

    def _start(self) -> None:
        if self._runner is None:
            self._wake = asyncio.Event()
            self._idle = asyncio.Event()
            self._idle.set()
            self._runner = asyncio.create_task(self._run(), name=f"{self.name}-outbox")

    def _list(self, lane: Lane) -> None:
        """Put a lane with work in its ring (replies before bulk) unless it is busy or timed."""
        if lane.busy or lane.timed:
            return
        if lane.replies and lane.listed != "reply":
            lane.listed = "reply"
            self._ready.append(lane)
        elif not lane.replies and lane.bulk and not lane.listed:
            lane.listed = "bulk"
            self._ready_bulk.append(lane)
        else:
            return
        assert self._wake is not None
        self._wake.set()

    async def _run(self) -> None:
        assert self._wake is not None
        loop = asyncio.get_running_loop()
        while True:
            self._wake.clear()
            self._dispatch(loop.time())
            timeout = max(0.0, self._timed[0][0] - loop.time()) if self._timed else None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    def _dispatch(self, now: float) -> None:
        while self._timed and self._timed[0][0] <= now:
            _, _, lane = heapq.heappop(self._timed)
            lane.timed = False
            self._list(lane)
        self._serve(self._ready, "reply", now)
        self._serve(self._ready_bulk, "bulk", now)

    def _serve(self, ring: deque[Lane], kind: str, now: float) -> None:
        while ring and self._in_flight < self.max_in_flight:
            if kind == "bulk" and (self._bulk_running >= self.bulk_in_flight or self._ready):
                return
            lane = ring.popleft()
            if lane.listed != kind:
                continue  # moved to the reply ring meanwhile: a stale entry
            lane.listed = ""
            if lane.busy or lane.timed:
                continue
            if not lane.replies and not lane.bulk:
                self._forget_if_idle(lane)
                continue
            if kind == "reply" and not lane.replies:
                self._list(lane)
                continue
            queue = lane.replies if lane.replies else lane.bulk
            wait = self.budget.ready_in(lane.key)
            if wait > 0:
                lane.timed = True
                heapq.heappush(self._timed, (now + wait, next(self._seq), lane))
                continue
            self._start_job(lane, queue.popleft())

    def _start_job(self, lane: Lane, job: Job) -> None:
        lane.busy = True
        self._in_flight += 1
        if job.bulk:
            self._bulk_running += 1
        job.task = task = asyncio.create_task(self._send(lane, job))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send(self, lane: Lane, job: Job) -> None:
        PRIORITY.set("bulk" if job.bulk else "reply")
        try:
            result = await job.send()
        except asyncio.CancelledError:
            if job.done is not None and not job.done.done():
                job.done.cancel()
            raise
        except Exception as exc:
            if job.done is not None and not job.done.done():
                job.done.set_exception(exc)
            else:  # a reply's send handles its own errors; this is a bug
                log.error("%s: a send to %s failed: %r", self.name, lane.key, exc, exc_info=exc)
        else:
            if job.done is not None and not job.done.done():
                job.done.set_result(result)
        finally:
            lane.busy = False
            self._in_flight -= 1
            if job.bulk:
                self._bulk_running -= 1
            if not lane.replies and lane.slowed:
                lane.slowed = False
                if lane.dropped:
                    log.info("%s: chat %s flooded me; %d answers dropped", self.name, lane.key, lane.dropped)
                    lane.dropped = 0
            if not self._forget_if_idle(lane):
                self._list(lane)
            assert self._wake is not None
            self._wake.set()

    def _forget_if_idle(self, lane: Lane) -> bool:
        if not lane.idle() or lane.timed or lane.listed:
            return False
        if self._lanes.get(lane.key) is lane:
            del self._lanes[lane.key]
        if not self._lanes and self._idle is not None:
            self._idle.set()
        return True

    # --- inspection and stopping -----------------------------------------------------------------

    def queued(self, key: str | None = None) -> int:
        """Messages waiting (not in flight): for one chat, or in all."""
        lanes = [self._lanes[key]] if key in self._lanes else [] if key is not None else self._lanes.values()
        return sum(len(lane.replies) + len(lane.bulk) for lane in lanes)

    async def drain(self, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait (at most `timeout` s) until everything queued has been sent; True if it was."""
        if self._idle is None or self._idle.is_set():
            return True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), timeout)
        return self._idle.is_set()

    async def close(self, timeout: float) -> None:  # noqa: ASYNC109
        """Send what is queued within `timeout` seconds, then stop; the rest is dropped (logged)."""
        if not await self.drain(timeout):
            left = self.queued()
            log.warning("%s: %d message(s) still queued at shutdown were dropped", self.name, left)
        self.closed = True
        for lane in self._lanes.values():
            for job in (*lane.replies, *lane.bulk):
                if job.done is not None and not job.done.done():
                    job.done.cancel()
        self._lanes.clear()
        runner, self._runner = self._runner, None
        pending = [*self._tasks, *([runner] if runner is not None else [])]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=1.0)


def _retrieve(fut: asyncio.Future[Any]) -> None:
    """Mark a tracked reply's outcome as seen: nobody may be waiting for it any more."""
    if not fut.cancelled():
        fut.exception()
