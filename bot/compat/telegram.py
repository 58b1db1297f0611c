"""python-telegram-bot: the request internals bot/telegram/request.py builds on.

``FormRequest`` subclasses ``HTTPXRequest`` and sends through its httpx client (kept in the
private ``_client``); the timeouts it is handed may be PTB's "not given" marker, whose class
lives in the private ``telegram._utils`` package (as does the ``ODVInput`` type).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram.request import HTTPXRequest

if TYPE_CHECKING:
    from telegram._utils.types import ODVInput

CHECKED = ">=22.8,<22.9"  # python-telegram-bot 22.8

__all__ = ["CHECKED", "DefaultValue", "ODVInput", "client_of"]


def client_of(request: HTTPXRequest) -> httpx.AsyncClient:
    """The httpx client an initialised ``HTTPXRequest`` sends through."""
    return request._client
