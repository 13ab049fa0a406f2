"""Topic deep links: what fits Telegram's start payload, and that decoding is safe."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.deeplinks import (
    name_from_payload,
    quotes_link,
    quotes_payload,
    subscribe_link,
    topic_from_payload,
    topic_payload,
)

TELEGRAM_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")


@pytest.mark.parametrize(
    ("topic", "payload"),
    [("energy", "s_energy"), ("Peace  Talks", "s_peace_talks"), ("F-16 jets", None), ("Київ", None)],
)
def test_plain_topics_stay_readable_others_use_base64(topic: str, payload: str | None) -> None:
    encoded = topic_payload(topic)
    assert encoded is not None and TELEGRAM_PAYLOAD.fullmatch(encoded)
    if payload is not None:
        assert encoded == payload
    else:
        assert encoded.startswith("b_")
    assert topic_from_payload(encoded) == (" ".join(topic.lower().split()) if payload else topic)


def test_too_long_for_telegram_gives_no_link() -> None:
    assert topic_payload("x" * 63) is None
    assert subscribe_link("briefbot", "x" * 63) is None
    assert subscribe_link(None, "energy") is None
    assert subscribe_link("briefbot", "energy") == "https://t.me/briefbot?start=s_energy"


@pytest.mark.parametrize("payload", ["", "s_", "b_", "b_!!!", "b_////", "b__w", "x_energy", "energy", "s_a b", "é"])
def test_other_payloads_carry_no_topic(payload: str) -> None:
    assert topic_from_payload(payload) is None


@given(st.text(max_size=80))
def test_any_topic_round_trips_or_gives_no_link(topic: str) -> None:
    payload = topic_payload(topic)
    if payload is None:
        return
    assert TELEGRAM_PAYLOAD.fullmatch(payload)
    decoded = topic_from_payload(payload)
    assert decoded is None or decoded == " ".join(decoded.split())
    if payload.startswith("b_"):
        assert decoded == (" ".join(topic.split()) or None)


@given(st.text(alphabet="ABCXYZabcxyz0189_-", max_size=70))
def test_any_payload_decodes_without_raising(payload: str) -> None:
    topic = topic_from_payload(payload)
    assert topic is None or (topic and topic == " ".join(topic.split()))


@pytest.mark.parametrize(
    ("name", "payload"),
    [("Rustem Umerov", "q_rustem_umerov"), ("the ministry", "q_the_ministry"), ("O'Brien", None), ("Łukasz Kowalski", None)],
)
def test_quotes_links_carry_the_name(name: str, payload: str | None) -> None:
    encoded = quotes_payload(name)
    assert encoded is not None and TELEGRAM_PAYLOAD.fullmatch(encoded)
    assert encoded == payload if payload else encoded.startswith("qb_")
    assert name_from_payload(encoded) == (name.lower() if payload else name)
    assert topic_from_payload(encoded) is None and name_from_payload(topic_payload(name) or "s_x") is None
    assert quotes_link("briefbot", name) == f"https://t.me/briefbot?start={encoded}"
    assert quotes_link(None, name) is None and quotes_link("briefbot", "x" * 80) is None


@given(st.text(max_size=80))
def test_any_name_round_trips_or_gives_no_link(name: str) -> None:
    payload = quotes_payload(name)
    if payload is None:
        return
    assert TELEGRAM_PAYLOAD.fullmatch(payload)
    decoded = name_from_payload(payload)
    if decoded is not None:
        assert decoded == " ".join(decoded.split())
