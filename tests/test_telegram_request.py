"""bot/telegram/request.py: the form body Legwork's Telegram client sends decodes to what
urllib's encoder (httpx's) would have sent, for any text, and reaches a Bot API server whole."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.telegram.request import LONG, form_body, form_value

# Any text a reply can hold: every code point but lone surrogates (which neither encoder takes).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
FIELDS = st.dictionaries(
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20), TEXT, max_size=6
)


@settings(max_examples=300, deadline=None)
@given(FIELDS)
def test_body_decodes_like_urllibs(fields: dict[str, str]) -> None:
    ours = form_body(fields).decode("ascii")
    assert parse_qsl(ours, keep_blank_values=True) == parse_qsl(urlencode(fields), keep_blank_values=True)
    assert parse_qsl(ours, keep_blank_values=True) == list(fields.items())


@given(st.text(max_size=LONG - 1))
def test_short_values_are_urllibs_exactly(text: str) -> None:
    try:
        expected = urlencode({"v": text})[2:]
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            form_value(text)
        return
    assert form_value(text) == expected


def test_long_values_are_percent_encoded_bytes() -> None:
    text = "<b>Squat</b> — 3 × 12 · rest 45 s & more = fine?\n" * 3
    value = form_value(text)
    assert set(value[::3]) == {"%"} and len(value) == 3 * len(text.encode())
    assert parse_qsl(f"text={value}") == [("text", text)]
    assert form_value("") == ""


def test_lone_surrogate_is_refused_as_urllib_refuses_it() -> None:
    for text in ("\ud800", "x" * LONG + "\udfff"):
        with pytest.raises(UnicodeEncodeError):
            form_value(text)
