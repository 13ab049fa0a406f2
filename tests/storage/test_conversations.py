"""Conversation state shared by workers (contract): per-chat values that expire."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from .conftest import open_backend

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


async def test_a_value_reads_back_until_it_expires(store):
    await store.conversations.put(7, "page:1a2b", '{"kind": "l"}', ttl=HOUR, now=NOW)
    assert await store.conversations.get(7, "page:1a2b", now=NOW) == '{"kind": "l"}'
    assert await store.conversations.get(7, "page:1a2b", now=NOW + HOUR - timedelta(seconds=1)) == '{"kind": "l"}'
    assert await store.conversations.get(7, "page:1a2b", now=NOW + HOUR) is None
    assert await store.conversations.get(7, "page:other", now=NOW) is None


async def test_values_belong_to_their_chat(store):
    """A token forwarded or forged into another chat finds nothing there."""
    await store.conversations.put(7, "page:1a2b", "seven", ttl=HOUR, now=NOW)
    await store.conversations.put(-1001, "page:1a2b", "group", ttl=HOUR, now=NOW)
    assert await store.conversations.get(7, "page:1a2b", now=NOW) == "seven"
    assert await store.conversations.get(-1001, "page:1a2b", now=NOW) == "group"
    assert await store.conversations.get(8, "page:1a2b", now=NOW) is None


async def test_put_replaces_value_and_expiry(store):
    await store.conversations.put(7, "pending", "add", ttl=HOUR, now=NOW)
    await store.conversations.put(7, "pending", "feed", ttl=2 * HOUR, now=NOW)
    assert await store.conversations.get(7, "pending", now=NOW + HOUR + timedelta(minutes=1)) == "feed"


async def test_take_returns_once_and_never_an_expired_value(store):
    await store.conversations.put(7, "pending", "add", ttl=HOUR, now=NOW)
    assert await store.conversations.take(7, "pending", now=NOW) == "add"
    assert await store.conversations.take(7, "pending", now=NOW) is None
    assert await store.conversations.get(7, "pending", now=NOW) is None
    await store.conversations.put(7, "pending", "add", ttl=HOUR, now=NOW)
    assert await store.conversations.take(7, "pending", now=NOW + 2 * HOUR) is None  # expired: gone too
    assert await store.conversations.get(7, "pending", now=NOW) is None


async def test_two_handles_taking_one_pending_step_get_it_once(store, backend, tmp_path):
    """Two workers receive the follow-up of one bare /add at once: one of them handles it."""
    other = await open_backend(backend, tmp_path)
    try:
        await store.conversations.put(7, "pending", "add", ttl=HOUR)
        assert await other.conversations.get(7, "pending") == "add"  # written by one, seen by the other
        taken = await asyncio.gather(*(s.conversations.take(7, "pending") for s in (store, other, store, other)))
        assert taken.count("add") == 1 and taken.count(None) == 3
    finally:
        await other.close()


async def test_prune_deletes_only_expired_values(store):
    await store.conversations.put(7, "page:old", "a", ttl=HOUR, now=NOW - 2 * HOUR)
    await store.conversations.put(8, "page:old", "b", ttl=HOUR, now=NOW - 2 * HOUR)
    await store.conversations.put(7, "page:new", "c", ttl=HOUR, now=NOW)
    assert await store.conversations.prune(now=NOW) == 2
    assert await store.conversations.prune(now=NOW) == 0
    assert await store.conversations.get(7, "page:new", now=NOW) == "c"


async def test_any_text_is_a_safe_key_and_value(store):
    hostile = "'; DROP TABLE conversations; --\x00 ∑ 🔥" + "x" * 3000
    await store.conversations.put(7, hostile, hostile, ttl=HOUR, now=NOW)
    assert (await store.conversations.get(7, hostile, now=NOW) or "").startswith("'; DROP TABLE")
    assert await store.conversations.get(7, "page:1", now=NOW) is None
