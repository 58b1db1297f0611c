"""Telegram: the python-telegram-bot adapter and its HTML rendering."""

from bot.compat.telegram_import import import_telegram

import_telegram()  # before any module here imports telegram: without Passport's cryptography
