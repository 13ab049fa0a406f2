"""The delivery queue: enqueue, atomic claim, retries, digests, crash recovery."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from storage import ArticleNotFound, ChatNotFound

from .conftest import open_backend

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


async def _articles(store, make_briefing, n: int) -> list[int]:
    return [
        (await store.articles.add(make_briefing(title=f"T{i}", paragraphs=(f"Body {i}.",)))).id
        for i in range(n)
    ]


async def test_enqueue_once_per_chat_and_article(store, make_briefing):
    await store.chats.upsert(1, type="private")
    [article] = await _articles(store, make_briefing, 1)
    assert await store.deliveries.enqueue(1, article, ["drones", "kyiv"]) is True
    assert await store.deliveries.enqueue(1, article, ["drones"]) is False
    [row] = await store.deliveries.for_article(article)
    assert (row.chat_id, row.article_id, row.status, row.attempts) == (1, article, "pending", 0)
    assert row.topics == ("drones", "kyiv")
    assert row.created_at is not None and row.created_at.tzinfo is not None


async def test_enqueue_unknown_parents(store, make_briefing):
    [article] = await _articles(store, make_briefing, 1)
    with pytest.raises(ChatNotFound):
        await store.deliveries.enqueue(404, article, [])
    await store.chats.upsert(1, type="private")
    with pytest.raises(ArticleNotFound):
        await store.deliveries.enqueue(1, 999_999, [])


async def test_claim_due_rows_of_active_chats(store, make_briefing):
    for chat_id in (1, 2):
        await store.chats.upsert(chat_id, type="private")
    a, b, c, d = await _articles(store, make_briefing, 4)
    await store.deliveries.enqueue(1, a, ["x"])
    await store.deliveries.enqueue(1, b, ["x"], not_before=NOW + timedelta(minutes=5))
    await store.deliveries.enqueue(2, c, ["x"])  # chat 2 goes inactive
    await store.deliveries.enqueue(1, d, ["x"], digest=True)
    await store.chats.set_active(2, False)
    claimed = await store.deliveries.claim(10, now=NOW)
    assert [(x.article_id, x.status, x.attempts) for x in claimed] == [(a, "sending", 1)]
    assert await store.deliveries.claim(10, now=NOW) == []  # already claimed
    later = await store.deliveries.claim(10, now=NOW + timedelta(minutes=5))
    assert [x.article_id for x in later] == [b]
    counts = await store.deliveries.counts()
    assert counts == {"pending": 1, "sending": 2, "sent": 0, "failed": 0, "digest": 1}


async def test_claim_respects_limit_in_id_order(store, make_briefing):
    await store.chats.upsert(1, type="private")
    ids = await _articles(store, make_briefing, 5)
    for article in ids:
        await store.deliveries.enqueue(1, article, [])
    first = await store.deliveries.claim(2, now=NOW)
    assert [x.article_id for x in first] == ids[:2]
    assert await store.deliveries.claim(0, now=NOW) == []


async def test_sent_failed_release_cycle(store, make_briefing):
    await store.chats.upsert(1, type="private")
    a, b = await _articles(store, make_briefing, 2)
    await store.deliveries.enqueue(1, a, [])
    await store.deliveries.enqueue(1, b, [])
    first, second = await store.deliveries.claim(2, now=NOW)
    await store.deliveries.mark_sent(first.id, 555)
    await store.deliveries.release(
        second.id, "RetryAfter 30", not_before=NOW + timedelta(seconds=30)
    )
    [released] = await store.deliveries.for_article(b)
    assert released.status == "pending" and released.last_error == "RetryAfter 30"
    assert released.not_before == NOW + timedelta(seconds=30)
    assert await store.deliveries.claim(5, now=NOW) == []
    [retry] = await store.deliveries.claim(5, now=NOW + timedelta(seconds=31))
    assert retry.attempts == 2
    await store.deliveries.mark_failed(retry.id, "Forbidden: bot was blocked by the user")
    [failed] = await store.deliveries.for_article(b)
    assert failed.status == "failed" and "blocked" in failed.last_error
    [sent] = await store.deliveries.for_article(a)
    assert sent.status == "sent" and sent.message_id == 555
    assert (await store.deliveries.counts())["sent"] == 1


async def test_reset_in_flight(store, make_briefing):
    await store.chats.upsert(1, type="private")
    for article in await _articles(store, make_briefing, 3):
        await store.deliveries.enqueue(1, article, [])
    await store.deliveries.claim(2, now=NOW)
    assert await store.deliveries.reset_in_flight() == 2
    assert await store.deliveries.reset_in_flight() == 0
    assert (await store.deliveries.counts())["pending"] == 3
    assert len(await store.deliveries.claim(5, now=NOW)) == 3


async def test_digest_rows(store, make_briefing):
    await store.chats.upsert(1, type="private")
    await store.chats.upsert(2, type="private")
    a, b, c = await _articles(store, make_briefing, 3)
    await store.deliveries.enqueue(1, a, ["x"], digest=True)
    await store.deliveries.enqueue(1, b, ["y"], digest=True)
    await store.deliveries.enqueue(2, c, ["z"], digest=True)
    pending = await store.deliveries.digest_pending(1)
    assert [(d.article_id, d.status) for d in pending] == [(a, "digest"), (b, "digest")]
    assert await store.deliveries.claim(10, now=NOW) == []  # digests are never claimed
    await store.deliveries.mark_digest_sent([d.id for d in pending], 77)
    assert await store.deliveries.digest_pending(1) == []
    assert [d.message_id for d in await store.deliveries.for_article(a)] == [77]
    assert len(await store.deliveries.digest_pending(2)) == 1
    await store.deliveries.mark_digest_sent([], 1)


async def test_counts_empty_has_every_status(store):
    assert await store.deliveries.counts() == {
        s: 0 for s in ("pending", "sending", "sent", "failed", "digest")
    }


async def test_removing_article_drops_its_deliveries(store, make_briefing):
    await store.chats.upsert(1, type="private")
    [article] = await _articles(store, make_briefing, 1)
    await store.deliveries.enqueue(1, article, [])
    await store.articles.remove(article)
    assert sum((await store.deliveries.counts()).values()) == 0


async def test_concurrent_claimers_never_share_a_row(store, backend, tmp_path, make_briefing):
    await store.chats.upsert(1, type="private")
    ids = await _articles(store, make_briefing, 60)
    for article in ids:
        await store.deliveries.enqueue(1, article, [])
    other = await open_backend(backend, tmp_path)  # a second connection to the same file
    try:
        claimed: list[list[int]] = [[], []]

        async def drain(handle, slot: int) -> None:
            while batch := await handle.deliveries.claim(3, now=NOW):
                claimed[slot].extend(d.id for d in batch)

        await asyncio.gather(drain(store, 0), drain(other, 1))
    finally:
        await other.close()
    assert not set(claimed[0]) & set(claimed[1])
    assert len(claimed[0]) + len(claimed[1]) == 60


async def test_concurrent_writes_on_one_handle(store, make_briefing):
    """Coroutines sharing one connection never interleave inside each other's transaction."""
    await store.chats.upsert(1, type="private")
    results = await asyncio.gather(
        *(store.subscriptions.add(1, f"topic {i}") for i in range(20)),
        *(
            store.articles.add(make_briefing(title=f"T{i}", paragraphs=(f"Body {i}.",)))
            for i in range(10)
        ),
        store.subscriptions.add(1, "topic 0"),
    )
    assert results[:20] == [True] * 20 and results[-1] is False
    assert await store.subscriptions.count() == 20
    assert await store.articles.count() == 10


async def test_enqueue_many_is_one_batch_and_idempotent(store, make_briefing):
    from storage.models import NewDelivery

    article = await store.articles.add(make_briefing())
    for chat_id in (1, 2, 3):
        await store.chats.upsert(chat_id, type="private")
    rows = [NewDelivery(chat_id=c, article_id=article.id, topics=("energy",)) for c in (1, 2, 3)]
    assert await store.deliveries.enqueue_many(rows) == 3
    assert await store.deliveries.enqueue_many(rows) == 0  # UNIQUE (chat, article)
    assert await store.deliveries.enqueue_many([]) == 0
    stored = await store.deliveries.for_article(article.id)
    assert sorted(d.chat_id for d in stored) == [1, 2, 3]
    assert all(d.topics == ("energy",) and d.status == "pending" for d in stored)


async def test_enqueue_many_names_a_missing_chat(store, make_briefing):
    from storage import ChatNotFound
    from storage.models import NewDelivery

    article = await store.articles.add(make_briefing())
    await store.chats.upsert(1, type="private")
    with pytest.raises(ChatNotFound):
        await store.deliveries.enqueue_many(
            [NewDelivery(chat_id=1, article_id=article.id), NewDelivery(chat_id=999, article_id=article.id)]
        )


async def test_get_many_returns_known_chats(store):
    await store.chats.upsert(1, type="private")
    await store.chats.upsert(-5, type="group", title="G")
    chats = await store.chats.get_many([1, -5, 77])
    assert set(chats) == {1, -5} and chats[-5].title == "G"
