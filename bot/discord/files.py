"""A Discord attachment option (/runs import file:) as a request's attachment, downloaded from
its URL only when the handler asks for it and within the size limit."""

from __future__ import annotations

import discord

from handlers.types import Attachment, AttachmentTooBig


def attachment_of(att: discord.Attachment) -> Attachment:
    name, size = att.filename, att.size

    async def fetch(limit: int) -> bytes:
        if size > limit:
            raise AttachmentTooBig(name)
        try:
            data = await att.read()
        except discord.HTTPException as exc:
            raise OSError(f"download failed: {exc.status}") from None
        if len(data) > limit:
            raise AttachmentTooBig(name)
        return data

    return Attachment(name, size, fetch)
