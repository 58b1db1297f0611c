"""Legwork's runtime and platform adapters."""

from bot.compat.httpx import skip_cli_import

# Before anything imports httpx (under python-telegram-bot): see bot/compat/httpx.py and
# tests/test_startup.py.
skip_cli_import()
