"""Legwork's runtime and platform adapters."""

import sys

# httpx (under python-telegram-bot) imports its command-line client at import time whenever
# click, pygments and rich are installed (here they come with the test tools): ~80 ms of start-up
# and ~5 MB of RSS for a CLI the bot never runs. A None entry makes that one import fail at once,
# and httpx keeps the stub it has for that case. Nothing else is affected (tests/test_startup.py).
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
