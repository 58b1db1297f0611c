"""The HTTP client python-telegram-bot sends through, with a cheaper form encoding.

PTB hands a method's parameters to httpx as a form, and httpx encodes it with
``urllib.parse.urlencode``, which percent-encodes a text that holds one unsafe character byte by
byte in Python: ~120 µs for a 1 KB HTML routine, the largest single cost Legwork adds to a reply
over a bare echo bot (docs/benchmarks.md, Telegram). Long values are sent here with every byte
percent-encoded (``bytes.hex``, in C: ~9 µs for the same text); short ones keep urllib's form.
Both are the same ``application/x-www-form-urlencoded`` text to any decoder (RFC 3986 2.1), and
uploads (multipart) go through PTB unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote_plus

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot.compat.telegram import DefaultValue, client_of  # PTB's "not given" marker; its httpx client

if TYPE_CHECKING:
    from bot.compat.telegram import ODVInput

LONG = 64  # characters; below this urllib's encoder is as quick and its output is shorter
FORM = "application/x-www-form-urlencoded"


def form_value(text: str) -> str:
    """``text`` as a form value: urllib's quote_plus for short texts, every byte as %XX else."""
    if len(text) < LONG:
        return quote_plus(text)
    raw = text.encode()  # a lone surrogate raises UnicodeEncodeError, as quote_plus does
    return "%" + raw.hex("%").upper() if raw else ""


def form_body(fields: dict[str, str]) -> bytes:
    """The urlencoded body of ``fields`` (what urllib.parse.urlencode gives, decoded alike)."""
    return "&".join(f"{quote_plus(key)}={form_value(value)}" for key, value in fields.items()).encode()


class FormRequest(HTTPXRequest):
    """HTTPXRequest whose file-less calls carry a body encoded by :func:`form_body`."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        client = client_of(self)
        if request_data is None or request_data.contains_files or client.is_closed:
            return await super().do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
        limits = client.timeout
        timeout = httpx.Timeout(
            connect=limits.connect if isinstance(connect_timeout, DefaultValue) else connect_timeout,
            read=limits.read if isinstance(read_timeout, DefaultValue) else read_timeout,
            write=limits.write if isinstance(write_timeout, DefaultValue) else write_timeout,
            pool=limits.pool if isinstance(pool_timeout, DefaultValue) else pool_timeout,
        )
        headers = {"User-Agent": self.USER_AGENT, "Content-Type": FORM}
        try:
            res = await client.request(
                method=method,
                url=url,
                headers=headers,
                timeout=timeout,
                content=form_body(request_data.json_parameters),
            )
        except httpx.TimeoutException as err:  # mapped as PTB maps them (HTTPXRequest.do_request)
            if isinstance(err, httpx.PoolTimeout):
                raise TimedOut(message="Pool timeout: the request was not sent to Telegram") from err
            raise TimedOut from err
        except httpx.HTTPError as err:
            raise NetworkError(f"httpx.{err.__class__.__name__}: {err}") from err
        return res.status_code, res.content
