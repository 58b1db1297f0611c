"""The secrets Strava sync keeps: tokens encrypted at rest (Fernet) and signed OAuth states (HMAC).

Both derive from LEGWORK_SECRET_KEY, a Fernet key (``python -c "from cryptography.fernet import
Fernet; print(Fernet.generate_key().decode())"``). Nothing here ever logs a token or the key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.fernet import Fernet, InvalidToken

from bot.config import Secrets


class BadKey(ValueError):
    """LEGWORK_SECRET_KEY is not a Fernet key."""


class TokenBox:
    """Encrypts tokens for the store and decrypts them back."""

    def __init__(self, key: str) -> None:
        try:
            self._fernet = Fernet(key.encode())
        except (ValueError, TypeError):
            raise BadKey(
                "LEGWORK_SECRET_KEY must be a Fernet key (32 url-safe base64-encoded bytes)"
            ) from None
        # The state signing key is derived, so one secret serves both and neither reveals the other.
        self.state_key = hmac.new(key.encode(), b"legwork-strava-state", hashlib.sha256).digest()

    def seal(self, token: str) -> str:
        return self._fernet.encrypt(token.encode()).decode()

    def open(self, sealed: str) -> str:
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except InvalidToken:
            raise BadKey(
                "a stored Strava token can't be decrypted: was LEGWORK_SECRET_KEY changed?"
            ) from None


@dataclass(frozen=True)
class SignedState:
    nonce: str
    user_id: int
    expires: datetime


def make_state(key: bytes, user_id: int, expires: datetime) -> tuple[str, str]:
    """(state for the authorize URL, its nonce): nonce.user.expiry.signature."""
    nonce = secrets.token_urlsafe(18)
    body = f"{nonce}.{user_id}.{int(expires.timestamp())}"
    return f"{body}.{_sign(key, body)}", nonce


def read_state(key: bytes, state: str) -> SignedState | None:
    """The state's fields if its signature is ours (expiry and single use are checked by the caller)."""
    parts = state.split(".")
    if len(parts) != 4 or not parts[1].isascii() or not parts[1].isdigit() or not parts[2].isdigit():
        return None
    body = ".".join(parts[:3])
    if not hmac.compare_digest(_sign(key, body), parts[3]):
        return None
    try:
        expires = datetime.fromtimestamp(int(parts[2]), UTC)
    except (OverflowError, ValueError, OSError):
        return None
    return SignedState(parts[0], int(parts[1]), expires)


def _sign(key: bytes, body: str) -> str:
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()[:32]


def strava_key(secrets: Secrets) -> TokenBox | str:
    """The token box, or why Strava can't run (one start-up line)."""
    missing = [
        name
        for name, value in (
            ("STRAVA_CLIENT_ID", secrets.strava_client_id),
            ("STRAVA_CLIENT_SECRET", secrets.strava_client_secret),
            ("STRAVA_VERIFY_TOKEN", secrets.strava_verify_token),
            ("LEGWORK_SECRET_KEY", secrets.secret_key),
        )
        if not value
    ]
    if missing:
        return f"Strava is off: {', '.join(missing)} not set in the environment (see docs/strava.md)"
    try:
        return TokenBox(secrets.secret_key or "")
    except BadKey as exc:
        return f"Strava is off: {exc} (see docs/strava.md)"
