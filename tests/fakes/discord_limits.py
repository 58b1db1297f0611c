"""The real Discord API's limits on a message, checked by the fake server (tests/fakes/discord_server.py).

A message over a limit is refused with 400 and Discord's error shape: code 50035 "Invalid Form
Body" and an ``errors`` tree naming the field, e.g.
``{"code": 50035, "message": "Invalid Form Body", "errors": {"content": {"_errors": [{"code":
"BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]}}}``.
Limits: https://discord.com/developers/docs/resources/message#create-message and
https://discord.com/developers/docs/resources/message#embed-object-embed-limits.
"""

from __future__ import annotations

from typing import Any

MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000
EMBED_FIELDS = {"title": 256, "description": 4096}
MAX_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER_TEXT = 2048
AUTHOR_NAME = 256
MAX_ROWS = 5
MAX_ROW_ITEMS = 5
CUSTOM_ID = (1, 100)
BUTTON_LABEL = 80

Errors = dict[str, Any]


def _err(code: str, message: str) -> Errors:
    return {"_errors": [{"code": code, "message": message}]}


def _too_long(limit: int) -> Errors:
    return _err("BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _put(tree: Errors, path: list[str], leaf: Errors) -> None:
    for key in path:
        tree = tree.setdefault(key, {})
    tree.update(leaf)


def _embed_errors(embed: dict[str, Any], at: list[str], tree: Errors) -> int:
    """Errors of one embed into `tree`; returns the characters it counts toward the 6,000."""
    size = 0
    for key, limit in EMBED_FIELDS.items():
        text = str(embed.get(key) or "")
        size += len(text)
        if len(text) > limit:
            _put(tree, [*at, key], _too_long(limit))
    fields = embed.get("fields") or []
    if len(fields) > MAX_FIELDS:
        _put(tree, [*at, "fields"], _too_long(MAX_FIELDS))
    for i, f in enumerate(fields):
        name, value = str(f.get("name") or ""), str(f.get("value") or "")
        size += len(name) + len(value)
        if len(name) > FIELD_NAME:
            _put(tree, [*at, "fields", str(i), "name"], _too_long(FIELD_NAME))
        if len(value) > FIELD_VALUE:
            _put(tree, [*at, "fields", str(i), "value"], _too_long(FIELD_VALUE))
    footer = str((embed.get("footer") or {}).get("text") or "")
    size += len(footer)
    if len(footer) > FOOTER_TEXT:
        _put(tree, [*at, "footer", "text"], _too_long(FOOTER_TEXT))
    author = str((embed.get("author") or {}).get("name") or "")
    size += len(author)
    if len(author) > AUTHOR_NAME:
        _put(tree, [*at, "author", "name"], _too_long(AUTHOR_NAME))
    return size


def _component_errors(rows: list[dict[str, Any]], tree: Errors) -> None:
    if len(rows) > MAX_ROWS:
        _put(tree, ["components"], _too_long(MAX_ROWS))
    for r, row in enumerate(rows):
        items = row.get("components") or []
        if not 1 <= len(items) <= MAX_ROW_ITEMS:
            _put(
                tree,
                ["components", str(r), "components"],
                _err("BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {MAX_ROW_ITEMS} in length."),
            )
        for i, item in enumerate(items):
            at = ["components", str(r), "components", str(i)]
            cid = item.get("custom_id")
            if item.get("style") != 5 and cid is not None:  # link buttons (style 5) carry a url
                lo, hi = CUSTOM_ID
                if not lo <= len(str(cid)) <= hi:
                    _put(
                        tree,
                        [*at, "custom_id"],
                        _err("BASE_TYPE_BAD_LENGTH", f"Must be between {lo} and {hi} in length."),
                    )
            label = item.get("label")
            if label is not None and len(str(label)) > BUTTON_LABEL:
                _put(tree, [*at, "label"], _too_long(BUTTON_LABEL))


def message_errors(data: dict[str, Any] | None) -> Errors:
    """The ``errors`` tree Discord would answer for this message body ({} if it is valid)."""
    tree: Errors = {}
    if not isinstance(data, dict):
        return tree
    content = data.get("content")
    if content is not None and len(str(content)) > MAX_CONTENT:
        _put(tree, ["content"], _too_long(MAX_CONTENT))
    embeds = data.get("embeds") or []
    if len(embeds) > MAX_EMBEDS:
        _put(tree, ["embeds"], _too_long(MAX_EMBEDS))
    total = sum(_embed_errors(e, ["embeds", str(i)], tree) for i, e in enumerate(embeds))
    if total > MAX_EMBED_TOTAL and "embeds" not in tree:
        _put(
            tree,
            ["embeds"],
            _err("MAX_EMBED_SIZE_EXCEEDED", f"Embed size exceeds maximum size of {MAX_EMBED_TOTAL}"),
        )
    _component_errors(data.get("components") or [], tree)
    return tree


def invalid_form_body(errors: Errors) -> dict[str, Any]:
    """The 400 body: Discord's shape for a form it refuses."""
    return {"code": 50035, "message": "Invalid Form Body", "errors": errors}
