"""aiohttp: the port a started ``web.TCPSite`` listens on (asked for port 0: the OS picks).

``TCPSite`` keeps its asyncio server in the private ``_server``; the site's public ``name``
repeats the configured port, not the one bound. aiohttp itself is only named for the type
checker here, so importing this module does not load it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aiohttp import web

CHECKED = ">=3.14,<3.15"  # aiohttp 3.14.5


def bound_port(site: web.TCPSite) -> int | None:
    """The TCP port ``site`` is bound to, or None before it is started."""
    sockets = getattr(site._server, "sockets", None)  # an asyncio.Server's; None before start
    return int(sockets[0].getsockname()[1]) if sockets else None
