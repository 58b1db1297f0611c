"""The one retry policy (bot/retry.py): the waits, the number of tries, what is retried and what is
raised at the end. Run on a virtual-time loop (tests/fakes/virtual_time.py): the waits are real
asyncio sleeps, skipped, and loop.time() says when each try happened."""

from __future__ import annotations

import asyncio
import logging
from itertools import pairwise

import pytest
from tenacity import RetryCallState

from bot.retry import (
    CHART_WORKER,
    DISCORD_REQUEST,
    GATEWAY_RESTART,
    REMINDER_SEND,
    STARTUP,
    Backoff,
    call,
    call_unless,
    retrying,
    telegram_poll,
    telegram_request,
)
from bot.services.outbound import CannotRun
from tests.fakes import virtual_time


class Flaky:
    """Fails with `errors` in turn, then returns "ok"; records the loop time of every try."""

    def __init__(self, *errors: BaseException) -> None:
        self.errors = list(errors)
        self.tries: list[float] = []

    async def __call__(self, value: str = "ok") -> str:
        self.tries.append(asyncio.get_running_loop().time())
        if self.errors:
            raise self.errors.pop(0)
        return value


def gaps(times: list[float]) -> list[float]:
    return [round(b - a, 3) for a, b in pairwise(times)]


def test_a_call_that_works_is_made_once() -> None:
    op = Flaky()
    assert virtual_time.run(call(DISCORD_REQUEST, (OSError,), "x", op, "fine")) == "fine"
    assert len(op.tries) == 1


def test_discord_requests_are_tried_three_times_0_2_then_0_4_s_apart(
    caplog: pytest.LogCaptureFixture,
) -> None:
    op = Flaky(TimeoutError(), ConnectionResetError())
    with caplog.at_level(logging.WARNING, logger="bot.retry"):
        assert virtual_time.run(call(DISCORD_REQUEST, (OSError, TimeoutError), "Discord request", op)) == "ok"
    assert gaps(op.tries) == [0.2, 0.4]
    assert [r.getMessage() for r in caplog.records] == [
        "Discord request failed (TimeoutError); retrying",
        "Discord request failed (ConnectionResetError); retrying",
    ]


def test_the_last_error_is_raised_as_itself_after_the_last_try() -> None:
    last = TimeoutError("third")
    op = Flaky(TimeoutError("first"), TimeoutError("second"), last)
    with pytest.raises(TimeoutError) as caught:
        virtual_time.run(call(DISCORD_REQUEST, (TimeoutError,), None, op))
    assert caught.value is last and len(op.tries) == 3


def test_an_error_not_listed_is_raised_at_once() -> None:
    op = Flaky(ValueError("bad"))
    with pytest.raises(ValueError, match="bad"):
        virtual_time.run(call(DISCORD_REQUEST, (TimeoutError,), None, op))
    assert len(op.tries) == 1
    op = Flaky(TimeoutError(), ValueError("later"))  # nor on a later try
    with pytest.raises(ValueError, match="later"):
        virtual_time.run(call(DISCORD_REQUEST, (TimeoutError,), None, op))
    assert len(op.tries) == 2


def test_a_single_try_policy_does_not_wait() -> None:
    op = Flaky(TimeoutError())
    with pytest.raises(TimeoutError):
        virtual_time.run(call(Backoff(attempts=1, first=5.0, cap=5.0), (TimeoutError,), None, op))
    assert len(op.tries) == 1


def test_a_broken_chart_pool_is_tried_once_more_at_once() -> None:
    op = Flaky(OSError())
    assert virtual_time.run(call(CHART_WORKER, (OSError,), None, op)) == "ok"
    assert gaps(op.tries) == [0.0]
    op = Flaky(OSError(), OSError("again"))
    with pytest.raises(OSError, match="again"):
        virtual_time.run(call(CHART_WORKER, (OSError,), None, op))


def test_the_gateway_restart_waits_double_up_to_a_minute() -> None:
    assert [GATEWAY_RESTART.delay(n) for n in range(1, 9)] == [1, 2, 4, 8, 16, 32, 60, 60]


def test_start_up_retries_back_off_with_jitter_and_stop_on_cannot_run() -> None:
    slept: list[float] = []

    def note(state: RetryCallState) -> None:
        slept.append(state.next_action.sleep if state.next_action else -1)

    async def run() -> int:
        tries = 0
        with pytest.raises(CannotRun):
            async for attempt in retrying(STARTUP, (Exception,), give_up_on=(CannotRun,), before_sleep=note):
                with attempt:
                    tries += 1
                    raise CannotRun("token rejected") if tries == 5 else ConnectionError()
        return tries

    assert virtual_time.run(run()) == 5
    assert len(slept) == 4
    for n, wait in enumerate(slept):  # 1, 2, 4, 8 s, each plus up to 1 s at random
        assert 2**n <= wait <= 2**n + STARTUP.jitter


class Refused(ConnectionError):
    """A subclass of a retried error that must not be retried (as PTB's BadRequest is of NetworkError)."""


def test_telegram_requests_wait_0_5_1_2_s_and_give_up_at_once_on_a_refusal() -> None:
    op = Flaky(TimeoutError(), ConnectionError(), ConnectionError())
    assert virtual_time.run(call_unless(telegram_request(0.5), (OSError,), (Refused,), None, op)) == "ok"
    assert gaps(op.tries) == [0.5, 1.0, 2.0]
    op = Flaky(ConnectionError(), Refused("chat not found"))
    with pytest.raises(Refused):
        virtual_time.run(call_unless(telegram_request(0.5), (OSError,), (Refused,), None, op))
    assert gaps(op.tries) == [0.5]  # one retry for the network error, none for the refusal
    op = Flaky(*(ConnectionError(str(i)) for i in range(4)))
    with pytest.raises(ConnectionError, match="3"):
        virtual_time.run(call_unless(telegram_request(0.5), (OSError,), (Refused,), None, op))
    assert len(op.tries) == 4


def test_a_retry_can_log_in_its_own_way() -> None:
    seen: list[int] = []
    op = Flaky(TimeoutError(), TimeoutError())
    note = lambda state: seen.append(state.attempt_number)  # noqa: E731
    assert virtual_time.run(call_unless(telegram_request(0.1), (TimeoutError,), (), note, op)) == "ok"
    assert seen == [1, 2]


def test_telegram_polling_backs_off_doubling_up_to_30_s() -> None:
    assert [telegram_poll(0.5).delay(n) for n in (1, 2, 3, 6, 7, 20)] == [0.5, 1.0, 2.0, 16.0, 30.0, 30.0]


class TooMany(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__("429")
        self.retry_after = seconds


def test_a_reminder_send_waits_what_a_429_asks_else_the_back_off() -> None:
    op = Flaky(TooMany(7.0), RuntimeError("network"), RuntimeError("network"))
    asked = lambda exc: getattr(exc, "retry_after", None)  # noqa: E731
    retried = retrying(REMINDER_SEND, (Exception,), wait_first=asked)
    assert virtual_time.run(retried.wraps(op)()) == "ok"
    assert gaps(op.tries) == [7.0, 4.0, 8.0]  # the 429's 7 s, then 2 s doubling from the second try
    op = Flaky(*(RuntimeError(str(i)) for i in range(5)))
    with pytest.raises(RuntimeError, match="2"):
        virtual_time.run(retrying(REMINDER_SEND, (Exception,), attempts=3).wraps(op)())
    assert gaps(op.tries) == [2.0, 4.0]
