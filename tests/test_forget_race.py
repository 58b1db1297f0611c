"""/forget meeting another command of the same runner: the other command's store write comes just
after the runner was deleted (the worst interleaving, made certain by a store that deletes the user
right before that write). The command still gets its normal reply, the data stays consistent, and
the group never sees an error."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.deps import Deps
from handlers.registry import APOLOGY
from handlers.store import Store
from handlers.types import Reply
from tests.conftest import NOW, chat, say
from tests.storeutil import fetch

ADMIN = chat("boss", group="club", admin=True)
ANN_IN_GROUP = chat("ann", group="club")
ANN = chat("ann")


class ForgetJustBefore:
    """The real store; the first call of `method` is preceded by /forget's delete of `platform_user`."""

    def __init__(self, store: Store, method: str, platform_user: str) -> None:
        self._store = store
        self._method = method
        self._who = platform_user
        self.raced = False

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._store, name)
        if name != self._method or self.raced:
            return target

        async def racing(*args: object, **kwargs: object) -> object:
            self.raced = True
            user = await self._store.get_user("console", self._who)
            assert user is not None
            await self._store.delete_user(user.id)  # /forget's "Yes, delete everything" won the race
            return await target(*args, **kwargs)

        return racing


def texts(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


async def test_a_join_racing_forget_gets_its_normal_reply_and_posts_no_error_in_the_group(deps: Deps) -> None:
    [made] = await say(deps, '/challenge new "Winter legs" 12 by 2026-12-31', ADMIN)
    assert made.buttons, made.text
    await say(deps, "/workout", ANN)  # ann is known (and about to /forget)
    racing = ForgetJustBefore(deps.store, "join_challenge", "ann")
    replies = await say(Deps(store=racing, settings=deps.settings), "/challenge join", ANN_IN_GROUP)  # type: ignore[arg-type]
    assert racing.raced
    assert APOLOGY not in texts(replies) and "joined" in texts(replies), texts(replies)
    # Consistent: ann is a member as a user that exists (joined after the forget, as a new runner).
    rows = await fetch(
        deps.store,
        "SELECT u.platform_user_id FROM challenge_members m JOIN users u ON u.id = m.user_id",
    )
    assert [r[0] for r in rows] == ["ann"]


@pytest.mark.parametrize("where", ["private", "group"])
async def test_a_done_racing_forget_is_logged_once_with_its_normal_reply(deps: Deps, where: str) -> None:
    await say(deps, "/workout", ANN)
    racing = ForgetJustBefore(deps.store, "log_session", "ann")
    c = ANN if where == "private" else ANN_IN_GROUP
    replies = await say(Deps(store=racing, settings=deps.settings), "/done home 20", c, now=NOW)  # type: ignore[arg-type]
    assert racing.raced
    assert APOLOGY not in texts(replies) and "Logged" in texts(replies), texts(replies)
    rows = await fetch(
        deps.store, "SELECT u.platform_user_id FROM sessions s JOIN users u ON u.id = s.user_id"
    )
    assert [r[0] for r in rows] == ["ann"]
