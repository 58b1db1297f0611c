"""Files on Discord: an attachment option (/runs import file:) as a request's attachment, what
fits the upload limit, and the discord.File objects a message carries."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import discord

from bot.discord.render import Outgoing
from handlers.types import Attachment, AttachmentTooBig, Reply

UPLOAD_LIMIT = 10 * 1024 * 1024  # bytes a bot may attach to one message (Discord's default since 2024)


def fit_uploads(reply: Reply, limit: int = UPLOAD_LIMIT) -> Reply:
    """The reply with attachments Discord will take: a file over the limit is zipped, and if that
    is still too big, left out with a note saying so; an image over it is left out likewise.
    (Discord answers an oversized upload with 413 and the whole message is lost.)"""
    if reply.image is None and reply.file is None:
        return reply
    notes: list[str] = []
    image, file = reply.image, reply.file
    if file is not None and len(file[1]) + len(image or b"") > limit:
        name, data = file
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            z.writestr(name, data)
        if packed.tell() + len(image or b"") <= limit:
            file = (name.rsplit(".", 1)[0] + ".zip", packed.getvalue())
            notes.append(f"(Zipped to fit Discord's {_mb(limit)} upload limit.)")
        else:
            file = None
            notes.append(
                f"The file is {_mb(len(data))}, more than Discord's {_mb(limit)} upload limit, so it isn't "
                "attached. Ask again on Telegram or in the console, or delete old data with /forget."
            )
    if image is not None and len(image) + (len(file[1]) if file else 0) > limit:
        image = None
        notes.append(f"The chart is over Discord's {_mb(limit)} upload limit, so it isn't attached.")
    if not notes:
        return reply
    text = "\n".join([reply.text, *notes]) if reply.text else "\n".join(notes)
    return replace(reply, text=text, image=image, file=file)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 100 * 1024 else f"{n / 1024:.1f} KB"


def files_of(reply: Reply, out: Outgoing) -> list[discord.File]:
    files = []
    if out.with_image and reply.image:
        files.append(discord.File(io.BytesIO(reply.image), filename="chart.png"))
    if out.with_file and reply.file:
        name, data = reply.file
        files.append(discord.File(io.BytesIO(data), filename=name))
    return files


def attachment_of(att: discord.Attachment) -> Attachment:
    """Downloaded from its URL only when the handler asks for it, and within the size limit."""
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
