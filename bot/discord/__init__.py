"""Discord: the discord.py adapter and its embeds, views and message planning."""
