"""discord.py: where the REST API and the gateway are, which it keeps as class attributes.

``discord.http.Route.BASE`` and ``DiscordWebSocket.DEFAULT_GATEWAY`` have no public setting, so
aiming discord.py at a configured API base and gateway (a proxy, the tests' fake server) sets
them: process-wide, fine for one Discord client per process.
"""

from __future__ import annotations

import discord
import yarl
from discord.gateway import DiscordWebSocket

CHECKED = ">=2.7,<2.8"  # discord.py 2.7.1


def aim(api_base: str, gateway: str) -> None:
    """Send discord.py's REST calls to ``api_base`` and open its gateway at ``gateway``."""
    discord.http.Route.BASE = api_base.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
