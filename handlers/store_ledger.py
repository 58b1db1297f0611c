"""The port for handling each platform message once: the claims of commands that must not run
twice (handlers, ``MessageClaims``) and the ledger of incoming updates (adapters, ``UpdateLedger``)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.outcomes import UpdateClaim


class MessageClaims(Protocol):
    async def first_handling(self, platform: str, message_key: str, now: datetime) -> bool:
        """Claim a platform message for a command that must not run twice (across processes);
        False if it was claimed before (the platform delivered it again)."""
        ...


class UpdateLedger(MessageClaims, Protocol):
    async def claim_update(
        self, platform: str, update_id: int, now: datetime, lease_seconds: float
    ) -> UpdateClaim: ...
    async def finish_update(self, platform: str, update_id: int, now: datetime, handled: bool) -> None:
        """Mark a claimed update handled, or (handled=False) release it for the next delivery."""
        ...

    async def handled_before(self, platform: str, message_key: str) -> bool:
        """Whether ``first_handling`` recorded this key."""
        ...
