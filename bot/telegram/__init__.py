"""Telegram: the python-telegram-bot adapter and its HTML rendering."""
