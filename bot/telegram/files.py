"""Run files sent to the bot as Telegram documents: the request for one, downloaded through
getFile only when the handler asks (never in a group, never past the size limit)."""

from __future__ import annotations

from datetime import datetime

from telegram import Bot, Message
from telegram.constants import ChatType
from telegram.error import TelegramError

from content.runfiles import kind_of
from handlers.types import Attachment, AttachmentTooBig, Chat, Request

BOT_DOWNLOAD_LIMIT = 20 * 1024 * 1024  # the Bot API's getFile limit


def document_request(msg: Message, platform: str, bot: Bot, now: datetime) -> Request | None:
    """/runs import with the document attached; None for a document that isn't for us (any
    file in a group other than a run file)."""
    doc, user = msg.document, msg.from_user
    if doc is None or user is None:
        return None
    # Forged updates may carry anything in these fields: only a str name, id and an int size count.
    name = doc.file_name if isinstance(doc.file_name, str) else ""
    file_id = doc.file_id if isinstance(doc.file_id, str) else ""
    size = doc.file_size if isinstance(doc.file_size, int) and not isinstance(doc.file_size, bool) else None
    is_private = msg.chat.type == ChatType.PRIVATE
    if not file_id or (not is_private and kind_of(name) is None):
        return None  # a group's PDFs and photos are not for the bot

    async def fetch(limit: int) -> bytes:
        if size is not None and size > min(limit, BOT_DOWNLOAD_LIMIT):
            raise AttachmentTooBig(name)
        try:
            f = await bot.get_file(file_id)
            if f.file_size is not None and f.file_size > limit:
                raise AttachmentTooBig(name)
            data = bytes(await f.download_as_bytearray())
        except TelegramError as exc:
            if "too big" in str(exc).lower():
                raise AttachmentTooBig(name) from None
            raise OSError(f"download failed: {exc.__class__.__name__}") from None
        if len(data) > limit:
            raise AttachmentTooBig(name)
        return data

    return Request(
        chat=Chat(platform=platform, chat_id=str(msg.chat.id), user_id=str(user.id), is_private=is_private),
        command="runs",
        args=("import",),
        text="import",
        display_name=user.full_name,
        now=now,
        message_key=f"{msg.chat.id}:{msg.message_id}",
        attachment=Attachment(name, size, fetch),
    )
