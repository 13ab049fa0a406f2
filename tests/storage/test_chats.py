"""Chats and subscriptions: upsert/reactivation, settings, migration, stemmed matching."""

from __future__ import annotations

import pytest

from storage import (
    MAX_SUBSCRIPTIONS_PER_CHAT,
    ChatNotFound,
    ChatSettings,
    Destination,
    InvalidTopic,
    TooManySubscriptions,
)


async def test_upsert_get_and_reactivate(store):
    chat = await store.chats.upsert(10, type="group", title="Newsroom")
    assert (chat.id, chat.type, chat.title, chat.active) == (10, "group", "Newsroom", True)
    assert chat.created_at is not None and chat.created_at.tzinfo is not None
    await store.chats.set_active(10, False)
    assert (await store.chats.get(10)).active is False
    again = await store.chats.upsert(10, type="group")
    assert again.active is True and again.title == "Newsroom"  # a missing title keeps the old
    assert again.created_at == chat.created_at
    with pytest.raises(ChatNotFound):
        await store.chats.get(11)
    await store.chats.set_active(11, False)  # unknown chat: harmless no-op


async def test_settings_and_with_mode(store):
    await store.chats.upsert(1, type="private")
    await store.chats.upsert(2, type="private")
    await store.chats.upsert(3, type="private")
    digest = ChatSettings(mode="digest", digest_time="07:30", timezone="Europe/Kyiv")
    updated = await store.chats.update_settings(2, digest)
    assert updated.settings == digest
    assert (await store.chats.get(2)).settings == digest
    await store.chats.update_settings(3, digest)
    await store.chats.set_active(3, False)
    assert [c.id for c in await store.chats.with_mode("digest")] == [2]
    assert [c.id for c in await store.chats.with_mode("instant")] == [1]
    with pytest.raises(ChatNotFound):
        await store.chats.update_settings(99, digest)


async def test_subscriptions_round_trip(store):
    await store.chats.upsert(1, type="private")
    assert await store.subscriptions.add(1, "  Air   Defence ") is True
    assert await store.subscriptions.add(1, "air defences") is False  # same stemmed key
    assert await store.subscriptions.add(1, "Drones") is True
    subs = await store.subscriptions.for_chat(1)
    assert [s.topic for s in subs] == ["air defence", "drones"]
    assert all(s.chat_id == 1 and s.key and s.created_at for s in subs)
    assert await store.subscriptions.count() == 2
    assert await store.subscriptions.remove(1, "DRONE") is True
    assert await store.subscriptions.remove(1, "drone") is False
    assert [s.topic for s in await store.subscriptions.for_chat(1)] == ["air defence"]


@pytest.mark.parametrize("topic", ["", "   ", "!!!", "🚀🚀", "x" * 65])
async def test_invalid_topics(store, topic):
    await store.chats.upsert(1, type="private")
    with pytest.raises(InvalidTopic):
        await store.subscriptions.add(1, topic)


async def test_subscription_limit(store):
    await store.chats.upsert(1, type="private")
    for i in range(MAX_SUBSCRIPTIONS_PER_CHAT):
        assert await store.subscriptions.add(1, f"topic {i}")
    with pytest.raises(TooManySubscriptions) as caught:
        await store.subscriptions.add(1, "one too many")
    assert caught.value.limit == MAX_SUBSCRIPTIONS_PER_CHAT
    assert await store.subscriptions.add(1, "topic 3") is False  # existing one is still fine


async def test_subscription_needs_registered_chat(store):
    with pytest.raises(ChatNotFound):
        await store.subscriptions.add(404, "drones")


async def test_match_is_stemmed_and_skips_inactive(store, make_briefing):
    for chat_id in (1, 2, 3, 4):
        await store.chats.upsert(chat_id, type="private")
    await store.subscriptions.add(1, "drones")
    await store.subscriptions.add(1, "Kyiv")
    await store.subscriptions.add(2, "air defences")
    await store.subscriptions.add(3, "drone")
    await store.subscriptions.add(4, "interest rates")
    await store.chats.set_active(3, False)
    article = await store.articles.add(
        make_briefing(
            title="A drone hit Kyiv", summary=("Air defence units were busy.",), topics=()
        )
    )
    matched = await store.subscriptions.match(article)
    assert {k: sorted(v) for k, v in matched.items()} == {
        Destination(1): ["drones", "kyiv"],
        Destination(2): ["air defences"],
    }


async def test_near_duplicates_match_nobody(store, make_briefing):
    await store.chats.upsert(1, type="private")
    await store.subscriptions.add(1, "drones")
    await store.articles.add(make_briefing(story="wire"))
    copy = tuple(
        p.replace("At least nine", "At least ten") for p in make_briefing(story="wire").paragraphs
    )
    dup = await store.articles.add(make_briefing(title="Drones again", paragraphs=copy))
    assert dup.duplicate_of is not None
    assert await store.subscriptions.match(dup) == {}


async def test_migrate_moves_everything(store, make_briefing):
    await store.chats.upsert(-100, type="group", title="Club")
    await store.chats.update_settings(-100, ChatSettings(mode="digest"))
    await store.subscriptions.add(-100, "drones")
    article = await store.articles.add(make_briefing())
    await store.deliveries.enqueue(-100, article.id, ["drones"])
    await store.chats.migrate(-100, -1000)
    moved = await store.chats.get(-1000)
    assert moved.settings.mode == "digest" and moved.title == "Club"
    assert [s.topic for s in await store.subscriptions.for_chat(-1000)] == ["drones"]
    assert [d.chat_id for d in await store.deliveries.for_article(article.id)] == [-1000]
    with pytest.raises(ChatNotFound):
        await store.chats.get(-100)
    assert await store.subscriptions.for_chat(-100) == []


async def test_migrate_into_existing_chat_merges(store, make_briefing):
    await store.chats.upsert(-100, type="group")
    await store.chats.upsert(-1000, type="supergroup", title="Club 2")
    for topic in ("drones", "economy"):
        await store.subscriptions.add(-100, topic)
    await store.subscriptions.add(-1000, "drone")  # same key as the old chat's "drones"
    a1 = await store.articles.add(make_briefing())
    a2 = await store.articles.add(make_briefing(story="rates"))
    await store.deliveries.enqueue(-100, a1.id, ["drones"])
    await store.deliveries.enqueue(-100, a2.id, ["economy"])
    await store.deliveries.enqueue(-1000, a1.id, ["drone"])
    await store.chats.migrate(-100, -1000)
    assert sorted(s.topic for s in await store.subscriptions.for_chat(-1000)) == [
        "drone",
        "economy",
    ]
    assert [d.chat_id for d in await store.deliveries.for_article(a1.id)] == [-1000]
    assert [d.chat_id for d in await store.deliveries.for_article(a2.id)] == [-1000]
    assert (await store.chats.get(-1000)).title == "Club 2"
    assert (await store.stats()).chats == 1


async def test_topic_longer_than_matched_phrases_is_refused(store):
    from storage import InvalidTopic

    await store.chats.upsert(1, type="private")
    assert await store.subscriptions.add(1, "european central bank rates") is True  # 4 words
    with pytest.raises(InvalidTopic):
        await store.subscriptions.add(1, "european central bank interest rates")  # 5: never matchable
