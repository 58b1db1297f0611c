"""What a club post refused for missing permissions has paused, and how to turn it back on: the
sentence the chat's admins are sent (``bot.services.outbound.tell_admins``)."""

from __future__ import annotations

from content.calendar import DAY_SHORT
from handlers.rows import ChallengeRow, DueReminder
from handlers.types import esc


def club_reminder_paused(row: DueReminder) -> str:
    """A club schedule is paused until an admin sets it again (set_club_schedule un-pauses it)."""
    days = ",".join(DAY_SHORT[d].lower() for d in range(7) if row.days >> d & 1)
    command = f"/club schedule {days} {row.local_time} {row.setting}"
    return (
        "I've paused the club strength reminder there. Once I have those permissions, an admin can "
        f"turn it back on by sending <code>{esc(command)}</code> in that channel."
    )


def challenge_posts_stopped(c: ChallengeRow) -> str:
    """A challenge whose post was refused gets no more posts (its posts are marked blocked)."""
    return (
        f"I've stopped posting the weekly digests and the final results of the challenge "
        f"“{esc(c.name)}” there; its board is still at /leaderboard. Once I have those permissions, "
        "club reminders set again and new challenges post there as usual."
    )
