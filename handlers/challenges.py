"""Running-club group challenges: /challenge, /leaderboard and the Join button.

Counting and ranking are decided in handlers/challenge_rules.py and applied by the store; the board
and the posts' texts are in handlers/challenge_board.py, /challenge new in handlers/challenge_new.py.
This module finds the challenge a command means and runs the other subcommands.

Forms (group chats only; new/edit/end/remove are for chat admins):
  /challenge new "<name>" <goal> by <YYYY-MM-DD> [from <YYYY-MM-DD>]
  /challenge new "<name>" weekly <n> for <weeks> [from <YYYY-MM-DD>]
  /challenge [list] | join [id] | leave [id] | end [id] | edit [id] name "<new name>"
  /challenge remove [id] <@platform-user-id | display name>
  /leaderboard [id]
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime

from handlers.challenge_board import (
    board_page,
    board_text,
    chart_replies,
    header,
    join_action,
    paused_on_board,
    plural,
    results_replies,
    rules_text,
)
from handlers.challenge_new import MAX_NAME, QUOTED, check_name, examples, new, unquoted
from handlers.common import bad, clean_text, current_user, parse_int
from handlers.deps import Deps
from handlers.outcomes import JoinOutcome
from handlers.rows import ChallengeRow
from handlers.types import Reply, Request, esc

_ID = re.compile(r"^#?([0-9]{1,9})$", re.ASCII)
_MENTION = re.compile(r"^(?:@|<@!?)(?P<id>[A-Za-z0-9_]{1,64})>?$")


def _for_groups(now: datetime) -> list[Reply]:
    return [
        Reply(
            "Challenges are for groups: add me to your running club's group (or Discord channel) and "
            f"an admin can start one there, e.g. <code>{esc(examples(now.date())[0])}</code>"
        )
    ]


# --- finding the challenge a command means -----------------------------------------------------


async def _chat_challenges(req: Request, deps: Deps) -> list[ChallengeRow]:
    chat = await deps.store.find_chat(req.chat.platform, req.chat.chat_id)
    return await deps.store.chat_challenges(chat.id) if chat else []


async def _pick(
    req: Request, deps: Deps, token: str | None, usage: str, allow_finished: bool = False
) -> ChallengeRow | list[Reply]:
    """The challenge named by id, or the only active one; otherwise a helpful reply.

    ``usage`` is an example with "{id}" where the challenge number goes.
    """
    found = await _chat_challenges(req, deps)
    active = [c for c in found if not c.finished(c.today(req.now))]
    example = usage.format(id=(active or found)[0].id if found else 1)
    if token is not None:
        m = _ID.match(token)
        if not m:
            return bad(f"{clean_text(token, 20)!r} is not a challenge number.", example)
        wanted = parse_int(m.group(1))
        for c in found:
            if c.id == wanted:
                return c
        return bad(f"There's no challenge #{wanted} in this chat. See /challenge list.", example)
    if len(active) == 1:
        return active[0]
    if not active:
        if allow_finished and found:
            return found[0]
        today = found[0].today(req.now) if found else req.now.date()
        return [
            Reply(
                "No challenge is running in this chat. An admin can start one, e.g. "
                f"<code>{esc(examples(today)[0])}</code>"
            )
        ]
    listing = ", ".join(f"#{c.id} {esc(c.name)}" for c in active)
    return [
        Reply(f"Several challenges are running here ({listing}). Say which, e.g. <code>{esc(example)}</code>")
    ]


# --- /challenge --------------------------------------------------------------------------------


async def challenge(req: Request, deps: Deps) -> list[Reply]:
    if req.chat.is_private:
        return _for_groups(req.now)
    text = (req.text or " ".join(req.args)).strip()
    parts = text.split(maxsplit=1)
    sub = parts[0].lower() if parts else "list"
    rest = parts[1] if len(parts) > 1 else ""
    handler = _SUBCOMMANDS.get(sub)
    if handler is None:
        return bad(
            f"I don't know /challenge {clean_text(sub, 20)}. "
            "Use new, list, join, leave, end, edit or remove.",
            "/challenge join 3",
        )
    return await handler(req, deps, rest)


async def _list(req: Request, deps: Deps, rest: str) -> list[Reply]:
    found = await _chat_challenges(req, deps)
    if not found:
        today = req.now.date()
        return [
            Reply(
                "No challenges in this chat yet. An admin can start one, e.g. "
                f"<code>{esc(examples(today)[0])}</code> or <code>{esc(examples(today)[1])}</code>"
            )
        ]
    active = [c for c in found if not c.finished(c.today(req.now))]
    finished = [c for c in found if c.finished(c.today(req.now))][:3]
    lines = ["<b>Challenges in this chat</b>"]
    for c in [*active, *finished]:
        today = c.today(req.now)
        lines.append("")
        lines.append(header(c, today, c.members))
        if not c.finished(today):
            lines.append(f"<i>{esc(rules_text(c, deps.settings.digest_time))}</i>")
    lines.append("")
    lines.append(
        "Join with <code>/challenge join &lt;id&gt;</code>, "
        "see a board with <code>/leaderboard &lt;id&gt;</code>."
    )
    return [Reply("\n".join(lines))]


async def _join_challenge(req: Request, deps: Deps, c: ChallengeRow, pressed: bool = False) -> list[Reply]:
    """Join; a refusal answering a Join button (``pressed``) goes to the presser alone."""
    today = c.today(req.now)
    if c.finished(today):
        return [
            Reply(
                f"<b>{esc(c.name)}</b> has ended, so it can't be joined any more. "
                f"Final board: <code>/leaderboard {c.id}</code>",
                private=pressed,
            )
        ]
    user = await current_user(req, deps)
    result = await deps.store.join_challenge(c.id, user.account, today, req.now)
    if result == JoinOutcome.ALREADY:
        return [
            Reply(
                f"You're already in <b>{esc(c.name)}</b>, {esc(user.display_name)}. Keep going!",
                private=pressed,
            )
        ]
    if result == JoinOutcome.REMOVED:
        return [
            Reply(f"An admin removed you from <b>{esc(c.name)}</b>, so you can't rejoin it.", private=pressed)
        ]
    if result != JoinOutcome.JOINED:
        return [
            Reply(f"<b>{esc(c.name)}</b> can't be joined any more. See /challenge list.", private=pressed)
        ]
    counted = await deps.store.member_sessions(c.id, user.account)
    verb = "counts" if counted == 1 else "count"
    so_far = f" {plural(counted, 'session')} you logged already {verb}." if counted else ""
    return [Reply(f"✅ {esc(user.display_name)} joined <b>{esc(c.name)}</b> (#{c.id}).{so_far}")]


async def _join(req: Request, deps: Deps, rest: str) -> list[Reply]:
    c = await _pick(req, deps, rest.split()[0] if rest.split() else None, "/challenge join {id}")
    if isinstance(c, list):
        return c
    return await _join_challenge(req, deps, c)


async def join_button(req: Request, deps: Deps) -> list[Reply]:
    """The announcement's Join button: whoever presses it joins."""
    if req.chat.is_private:
        return [replace(r, private=True) for r in _for_groups(req.now)]
    _, _, rest = req.text.partition(":")
    ident, _, stamp = rest.partition(":")
    m = _ID.match(ident)
    wanted = parse_int(m.group(1)) if m else None
    c = await deps.store.get_challenge(wanted) if wanted is not None else None
    if c is None or (stamp and join_action(c) != req.text):
        return [Reply("That challenge is gone. See /challenge list.", private=True)]
    if (c.platform, c.platform_chat_id) != req.chat.chat_key:
        return [Reply("That Join button belongs to another group's challenge.", private=True)]
    return await _join_challenge(req, deps, c, pressed=True)


async def _leave(req: Request, deps: Deps, rest: str) -> list[Reply]:
    c = await _pick(req, deps, rest.split()[0] if rest.split() else None, "/challenge leave {id}")
    if isinstance(c, list):
        return c
    user = await deps.store.get_user(req.chat.platform, req.chat.user_id)
    if user is None or not await deps.store.leave_challenge(c.id, user.account):
        return [Reply(f"You're not in <b>{esc(c.name)}</b>.")]
    return [
        Reply(
            f"You left <b>{esc(c.name)}</b>; your sessions are off its board. "
            f"Changed your mind? <code>/challenge join {c.id}</code>"
        )
    ]


async def _end(req: Request, deps: Deps, rest: str) -> list[Reply]:
    if not await deps.is_admin(req.chat):
        return [Reply("Only the group's admins can end a challenge.")]
    c = await _pick(req, deps, rest.split()[0] if rest.split() else None, "/challenge end {id}")
    if isinstance(c, list):
        return c
    today = c.today(req.now)
    if c.finished(today):
        return [
            Reply(f"<b>{esc(c.name)}</b> has already ended. Final board: <code>/leaderboard {c.id}</code>")
        ]
    if today < c.start:
        await deps.store.delete_challenge(c.id)
        return [Reply(f"Cancelled <b>{esc(c.name)}</b> (#{c.id}) before it started.")]
    if not await deps.store.end_challenge(c.id, today, req.now):
        return [Reply(f"<b>{esc(c.name)}</b> has already ended.")]
    ended = await deps.store.get_challenge(c.id)
    assert ended is not None
    replies = await results_replies(ended, await board_page(deps.store, ended, today), deps.charts)
    note = Reply(f"An admin ended <b>{esc(c.name)}</b> today; sessions from today still count.")
    return [note, *replies]


def _leading_id(rest: str, alone: bool = True) -> tuple[str | None, str]:
    """A challenge number at the start of ``rest`` and what follows it. ``alone=False``: a number
    with nothing after it is not taken as the id (it is what follows, e.g. a member's name)."""
    words = rest.split(maxsplit=1)
    if words and _ID.match(words[0]) and (alone or len(words) == 2):
        return words[0], words[1] if len(words) > 1 else ""
    return None, rest


async def _edit(req: Request, deps: Deps, rest: str) -> list[Reply]:
    usage = '/challenge edit {id} name "Winter dozen"'
    if not await deps.is_admin(req.chat):
        return [Reply("Only the group's admins can edit a challenge.")]
    token, rest = _leading_id(rest)
    example = usage.format(id=token.lstrip("#") if token else 1)
    field, _, value = rest.strip().partition(" ")
    if field.lower() != "name":
        return bad(
            "You can change a challenge's name: give its number, then name and the new name in quotes.",
            example,
        )
    m = QUOTED.match(value.strip())
    if not m or m.group("rest").strip():
        return bad(unquoted(value, "Put the new name in quotes."), example)
    name, problem = check_name(m.group("name"))
    if problem:
        return bad(problem, example)
    c = await _pick(req, deps, token, usage, allow_finished=True)
    if isinstance(c, list):
        return c
    await deps.store.rename_challenge(c.id, name)
    return [Reply(f"Renamed challenge #{c.id} to <b>{esc(name)}</b>.")]


async def _remove(req: Request, deps: Deps, rest: str) -> list[Reply]:
    usage = "/challenge remove {id} @123456789"
    if not await deps.is_admin(req.chat):
        return [Reply("Only the group's admins can remove someone from a challenge.")]
    token, who = _leading_id(rest, alone=False)
    who = who.strip()
    if not who:
        return bad("Say who to remove: their @user id or display name.", usage.format(id=token or 1))
    c = await _pick(req, deps, token, usage, allow_finished=True)
    if isinstance(c, list):
        return c
    members = await deps.store.challenge_members(c.id)
    m = _MENTION.match(who)
    if m:
        matches = [x for x in members if x.platform_user_id == m.group("id")]
    else:
        wanted = clean_text(who, MAX_NAME * 2).casefold()
        matches = [x for x in members if x.display_name.casefold() == wanted]
    if not matches:
        return bad(f"Nobody called {clean_text(who, 40)!r} is in this challenge.", usage.format(id=c.id))
    if len(matches) > 1:
        ids = ", ".join(f"@{esc(x.platform_user_id)}" for x in matches)
        return [
            Reply(
                f"More than one member is called that ({ids}); say which by @id, "
                f"e.g. <code>/challenge remove {c.id} @{esc(matches[0].platform_user_id)}</code>"
            )
        ]
    target = matches[0]
    await deps.store.remove_member(c.id, target.user_id, req.now)
    return [
        Reply(
            f"Removed {esc(target.display_name)} from <b>{esc(c.name)}</b>: their sessions no longer count "
            "on this board and they can't rejoin it."
        )
    ]


async def _rename(req: Request, deps: Deps, rest: str) -> list[Reply]:
    """/challenge rename [id] "<name>": the same as edit ... name."""
    token, rest = _leading_id(rest)
    return await _edit(req, deps, f"{token} name {rest}" if token else f"name {rest}")


Subcommand = Callable[[Request, Deps, str], Awaitable[list[Reply]]]

_SUBCOMMANDS: dict[str, Subcommand] = {
    "list": _list,
    "new": new,
    "create": new,
    "join": _join,
    "leave": _leave,
    "end": _end,
    "edit": _edit,
    "rename": _rename,
    "remove": _remove,
}


# --- /leaderboard ------------------------------------------------------------------------------


async def leaderboard(req: Request, deps: Deps) -> list[Reply]:
    if req.chat.is_private:
        return _for_groups(req.now)
    token = req.args[0] if req.args else None
    c = await _pick(req, deps, token, "/leaderboard {id}", allow_finished=True)
    if isinstance(c, list):
        return c
    today = c.today(req.now)
    me = await deps.store.get_user(req.chat.platform, req.chat.user_id)
    mine = me.account if me else None
    page = await board_page(deps.store, c, today, mine)
    text = board_text(c, page, today, mine, await paused_on_board(deps.store, page, today))
    return [Reply(text), *await chart_replies(deps.charts, c, page)]


BUTTONS: dict[str, Callable[[Request, Deps], Awaitable[list[Reply]]]] = {"join": join_button}
