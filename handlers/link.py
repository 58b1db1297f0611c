"""/link and /unlink: one runner on two platforms (one history, stats, streaks and schedule).

``/link`` gives a private one-time code (valid 10 minutes); ``/link <code>`` on the other platform
joins the two accounts. Codes are single-use, stored only as a hash, and each account may try at
most LINK_TRIES codes an hour, so guessing one (31^8 possibilities) is hopeless.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from handlers.common import bad, current_user
from handlers.deps import Deps
from handlers.outcomes import LinkOutcome
from handlers.types import Reply, Request, esc

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to type from a phone
CODE_LENGTH = 8
CODE_VALID = timedelta(minutes=10)
LINK_TRIES = 5
LINK_WINDOW = timedelta(hours=1)
LINK_EXAMPLE = "/link K7QM-R2XP"
PLATFORM_NAMES = {"telegram": "Telegram", "discord": "Discord", "console": "the console"}


def platform_name(platform: str) -> str:
    return PLATFORM_NAMES.get(platform, platform)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def show_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def normalize_code(text: str) -> str | None:
    """'k7qm-r2xp' / 'K7QM R2XP' -> 'K7QMR2XP'; None unless it is a code's shape (ASCII only)."""
    cleaned = "".join(ch for ch in text if ch not in " -_").upper()
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        return None
    return cleaned


def code_hash(code: str) -> str:
    return hashlib.sha256(f"legwork-link:{code}".encode()).hexdigest()


async def link(req: Request, deps: Deps) -> list[Reply]:
    user = await current_user(req, deps)
    accounts = await deps.store.linked_accounts(user.id)
    others = [a for a in accounts if a.account != user.account]
    if not req.args:
        if others:
            where = ", ".join(platform_name(a.platform) for a in others)
            return [
                Reply(
                    f"This account is already linked with {esc(where)}. To separate them: /unlink",
                    private=True,
                )
            ]
        fresh = new_code()
        await deps.store.create_link_code(user.account, code_hash(fresh), req.now + CODE_VALID, req.now)
        return [
            Reply(
                f"Your link code: <code>{show_code(fresh)}</code>\n"
                f"Send <code>/link {show_code(fresh)}</code> to me on the other platform within "
                f"{int(CODE_VALID.total_seconds() // 60)} minutes. It works once; keep it to yourself.",
                private=True,
            )
        ]
    code = normalize_code(req.text)
    if code is None:
        return [
            Reply(
                f"That isn't a link code. A code has {CODE_LENGTH} letters and digits.\n"
                f"Example: <code>{LINK_EXAMPLE}</code> (get yours with /link on the other platform)",
                private=True,
            )
        ]
    result = await deps.store.redeem_link_code(
        user.account, req.chat.platform, code_hash(code), req.now, LINK_TRIES, LINK_WINDOW
    )
    status = result.status
    if status == LinkOutcome.TOO_MANY:
        return [
            Reply(
                f"Too many tries: at most {LINK_TRIES} codes an hour. Try again later.",
                private=True,
            )
        ]
    if status == LinkOutcome.OWN:
        return [
            Reply(
                "That's the code this account made. Send it to me from your account on the other platform.",
                private=True,
            )
        ]
    if status == LinkOutcome.SAME_PLATFORM:
        return [
            Reply(
                f"That code comes from another {esc(platform_name(req.chat.platform))} account. "
                "/link joins one account on each platform.",
                private=True,
            )
        ]
    if status == LinkOutcome.ALREADY:
        return [Reply("One of the two accounts is already linked. /unlink it first.", private=True)]
    if status != LinkOutcome.LINKED or result.other is None:
        return [
            Reply(
                "That code is wrong, used or expired (codes last 10 minutes). Get a new one with "
                "/link on the other platform.",
                private=True,
            )
        ]
    deps.notify_schedule_changed()
    other = platform_name(result.other.platform)
    lines = [
        f"Linked ✅ with your {esc(other)} account: one history, one set of stats and streaks, one "
        "schedule. Challenge places stay in their chats.",
    ]
    if result.schedule_platform:
        lines.append(f"Reminders keep going to {esc(platform_name(result.schedule_platform))}.")
    if result.dropped_schedule:
        lines.append(
            "Both accounts had reminders: I kept the ones from the account that made the code. "
            "Set them again with /schedule where you want them."
        )
    lines.append("Separate them again with /unlink.")
    return [Reply("\n".join(lines), private=True)]


async def unlink(req: Request, deps: Deps) -> list[Reply]:
    if req.args:
        return bad("/unlink takes nothing after it.", "/unlink")
    user = await current_user(req, deps)
    if not await deps.store.unlink_account(user.account):
        return [Reply("This account isn't linked. To link it: /link", private=True)]
    deps.notify_schedule_changed()
    return [
        Reply(
            "Unlinked. Each account keeps the sessions it logged; reminders stay with the platform "
            "they go to.",
            private=True,
        )
    ]
