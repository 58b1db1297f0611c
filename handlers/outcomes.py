"""What a store operation decided, as enums: callers compare members, never string literals.

They are ``StrEnum`` s, so a value is also the text a store keeps or logs ("linked", "busy", ...).
"""

from __future__ import annotations

from enum import StrEnum


class LinkOutcome(StrEnum):
    """What redeeming a /link code did (``LinkResult.status``)."""

    LINKED = "linked"
    UNKNOWN = "unknown"  # no such code, or used already
    EXPIRED = "expired"
    OWN = "own"  # the account that made the code sent it
    SAME_PLATFORM = "same_platform"  # the code comes from another account on the same platform
    ALREADY = "already"  # one of the two accounts is linked already
    TOO_MANY = "too_many"  # too many tries in the window


class JoinOutcome(StrEnum):
    """What joining a challenge did."""

    JOINED = "joined"
    ALREADY = "already"  # a member already
    FINISHED = "finished"  # the challenge has ended
    REMOVED = "removed"  # an admin removed this member: no rejoining
    MISSING = "missing"  # the challenge is gone


class UpdateClaim(StrEnum):
    """Taking an incoming platform update for handling (``UpdateLedger.claim_update``)."""

    NEW = "new"  # handle it now, then finish_update
    DONE = "done"  # handled before: acknowledge it
    BUSY = "busy"  # another process holds it within its lease: have the platform deliver it later


class PostStatus(StrEnum):
    """How a claimed challenge post went (``ChallengePosts.finish_post``)."""

    SENT = "sent"
    FAILED = "failed"  # transient: claimed again on a later tick, a few times
    BLOCKED = "blocked"  # the chat is unreachable: no more posts for that challenge
