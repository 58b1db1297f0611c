"""python-telegram-bot, imported without the cryptography it loads for Telegram Passport.

When ``cryptography`` is installed, PTB imports it at import time (``telegram/_bot.py`` and
``telegram/_passport/credentials.py``, each in a ``try: … except ImportError``) to decrypt Telegram
Passport data, which Legwork never requests. Legwork installs cryptography for Strava's tokens
(Fernet, bot/services/strava_keys.py), so every Telegram process paid ~8 MB of RSS for it at start
(docs/benchmarks.md, issue 25's memory target). ``import_telegram()`` imports PTB with cryptography
hidden, so PTB takes its own "not installed" branch (``CRYPTO_INSTALLED`` false: Passport
decryption off). The hiding lasts only for that import: a later ``import cryptography`` (the
first Strava token) works as usual.
"""

from __future__ import annotations

import importlib
import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

CHECKED = ">=22.8,<22.9"  # python-telegram-bot 22.8
HIDDEN = "cryptography"

__all__ = ["CHECKED", "HIDDEN", "import_telegram"]


class _Hide(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname == HIDDEN or fullname.startswith(HIDDEN + "."):
            raise ModuleNotFoundError(f"No module named {fullname!r} (hidden from telegram)", name=fullname)
        return None


def import_telegram() -> None:
    """Import ``telegram`` once without cryptography (a no-op when either is already loaded)."""
    if "telegram" in sys.modules or HIDDEN in sys.modules:
        return
    hide = _Hide()
    sys.meta_path.insert(0, hide)
    try:
        importlib.import_module("telegram")
    finally:
        sys.meta_path.remove(hide)
