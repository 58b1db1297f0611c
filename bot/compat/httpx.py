"""httpx: skip importing its command-line client.

httpx imports its CLI (``httpx._main``) at import time whenever click, pygments and rich are
installed (here they come with the test tools): ~80 ms of start-up and ~5 MB of RSS for a CLI
the bot never runs. A None entry in sys.modules makes that one import fail at once, and httpx
keeps the stub ``main`` it has for that case. Must run before httpx is first imported.
"""

from __future__ import annotations

import sys

CHECKED = ">=0.28,<0.29"  # httpx 0.28.1

CLI_MODULE = "httpx._main"


def skip_cli_import() -> None:
    """Make httpx's import of its command-line client fail fast (it has a stub for that)."""
    sys.modules.setdefault(CLI_MODULE, None)  # type: ignore[arg-type]  # None means "cannot be imported"
