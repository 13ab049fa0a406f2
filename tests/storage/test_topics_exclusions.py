"""Forum topics, exclusions and mutes: the storage contract every backend must keep."""

from __future__ import annotations

import pytest

from storage import (
    MAX_SUBSCRIPTIONS_PER_CHAT,
    ChatNotFound,
    ChatSettings,
    Destination,
    InvalidTopic,
    TooManyMutes,
    TooManySubscriptions,
)
from storage.topic_rules import MAX_EXCLUSIONS_PER_SUBSCRIPTION, MAX_MUTES_PER_CHAT

FORUM = -1_009_000_000_001
NEWS_TOPIC, SPORT_TOPIC = 11, 12


@pytest.fixture
async def forum(store):
    await store.chats.upsert(FORUM, type="supergroup", title="Newsroom forum")
    return FORUM


def _article(make_briefing, title, *, summary=("A short summary.",), topics=()):
    """A short article of its own (under 40 words: never a near-duplicate of another)."""
    return make_briefing(title=title, summary=summary, topics=topics, paragraphs=(f"{title}. More soon.",))


async def test_each_topic_of_a_forum_subscribes_on_its_own(store, forum, make_briefing):
    assert await store.subscriptions.add(forum, "Ukraine", thread_id=NEWS_TOPIC) is True
    assert await store.subscriptions.add(forum, "interest rates", thread_id=SPORT_TOPIC) is True
    assert await store.subscriptions.add(forum, "ukraine's", thread_id=NEWS_TOPIC) is False  # same key, same topic
    assert await store.subscriptions.add(forum, "ukraine", thread_id=SPORT_TOPIC) is True  # other topic: its own
    assert await store.subscriptions.add(forum, "ukraine") is True  # the group itself (General)

    news = await store.subscriptions.for_chat(forum, thread_id=NEWS_TOPIC)
    assert [(s.topic, s.thread_id) for s in news] == [("ukraine", NEWS_TOPIC)]
    sport = await store.subscriptions.for_chat(forum, thread_id=SPORT_TOPIC)
    assert [s.topic for s in sport] == ["interest rates", "ukraine"]
    assert [(s.topic, s.thread_id) for s in await store.subscriptions.for_chat(forum)] == [("ukraine", None)]

    drones = await store.articles.add(_article(make_briefing, "Drones over Ukraine"))
    assert await store.subscriptions.match(drones) == {
        Destination(forum, None): ["ukraine"],
        Destination(forum, NEWS_TOPIC): ["ukraine"],
        Destination(forum, SPORT_TOPIC): ["ukraine"],
    }
    rates = await store.articles.add(_article(make_briefing, "Interest rates rise again"))
    assert await store.subscriptions.match(rates) == {Destination(forum, SPORT_TOPIC): ["interest rates"]}

    assert await store.subscriptions.remove(forum, "Ukraine", thread_id=NEWS_TOPIC) is True
    assert await store.subscriptions.for_chat(forum, thread_id=NEWS_TOPIC) == []
    assert len(await store.subscriptions.for_chat(forum, thread_id=SPORT_TOPIC)) == 2  # untouched


async def test_subscription_limit_counts_every_topic_of_the_chat(store, forum):
    for i in range(MAX_SUBSCRIPTIONS_PER_CHAT):
        await store.subscriptions.add(forum, f"topic {i}", thread_id=100 + i % 3)
    with pytest.raises(TooManySubscriptions):
        await store.subscriptions.add(forum, "one more", thread_id=999)


async def test_closed_topic_is_paused_not_forgotten(store, forum, make_briefing):
    await store.subscriptions.add(forum, "ukraine", thread_id=NEWS_TOPIC)
    await store.subscriptions.add(forum, "ukraine", thread_id=SPORT_TOPIC)
    assert await store.subscriptions.pause_thread(forum, NEWS_TOPIC) == 1
    assert await store.subscriptions.pause_thread(forum, NEWS_TOPIC) == 0  # already paused
    [kept] = await store.subscriptions.for_chat(forum, thread_id=NEWS_TOPIC)
    assert kept.paused and kept.topic == "ukraine"
    article = await store.articles.add(_article(make_briefing, "Ukraine talks resume"))
    assert list(await store.subscriptions.match(article)) == [Destination(forum, SPORT_TOPIC)]

    assert await store.subscriptions.resume_thread(forum, NEWS_TOPIC) == 1
    assert set(await store.subscriptions.match(article)) == {
        Destination(forum, NEWS_TOPIC), Destination(forum, SPORT_TOPIC)
    }
    # subscribing again inside a paused topic resumes it too (someone wrote there: it is open)
    await store.subscriptions.pause_thread(forum, NEWS_TOPIC)
    assert await store.subscriptions.add(forum, "drones", thread_id=NEWS_TOPIC) is True
    assert not any(s.paused for s in await store.subscriptions.for_chat(forum, thread_id=NEWS_TOPIC))
    assert await store.subscriptions.pause_thread(forum, 0) == 0  # the chat itself never pauses


async def test_paused_topic_subscriptions_are_counted_per_chat(store, forum):
    await store.chats.upsert(FORUM + 1, type="supergroup", title="Another forum")
    for chat in (forum, FORUM + 1):
        await store.subscriptions.add(chat, "ukraine", thread_id=NEWS_TOPIC)
        await store.subscriptions.add(chat, "drones", thread_id=NEWS_TOPIC)
    await store.subscriptions.add(forum, "ukraine", thread_id=SPORT_TOPIC)
    await store.subscriptions.add(forum, "ukraine")  # General: never paused
    assert await store.subscriptions.paused_in_topics(forum) == 0
    await store.subscriptions.pause_thread(forum, NEWS_TOPIC)
    assert await store.subscriptions.paused_in_topics(forum) == 2
    assert await store.subscriptions.paused_in_topics(FORUM + 1) == 0  # another chat's are its own
    await store.subscriptions.resume_thread(forum, NEWS_TOPIC)
    assert await store.subscriptions.paused_in_topics(forum) == 0


async def test_exclusions_use_topic_stemming_on_title_summary_and_topics(store, make_briefing):
    await store.chats.upsert(1, type="private")
    assert await store.subscriptions.add(1, "ukraine", exclude=["Football", "transfer windows"]) is True
    [sub] = await store.subscriptions.for_chat(1)
    assert sub.exclude == ("football", "transfer windows")

    async def matched(title, **kwargs) -> bool:
        article = await store.articles.add(_article(make_briefing, title, **kwargs))
        return Destination(1) in await store.subscriptions.match(article)

    assert await matched("Ukraine wins a foot race") is True
    assert await matched("Ukraine wins a footballing award") is False  # stemmed like topics
    assert await matched("Ukraine's FOOTBALL team wins") is False  # case-insensitive, in the title
    assert await matched("Ukraine in the news", summary=("Two footballs were signed.",)) is False  # stemmed, summary
    assert await matched("Ukraine in the news today", topics=("Football",)) is False  # topics
    assert await matched("Ukraine: the transfer window closes") is False  # phrase, stemmed ("windows")
    assert await matched("Ukraine: the window for a transfer") is True  # same words, not the phrase
    # the body is not checked: like topics, only title, summary and topics decide
    body_only = make_briefing(
        title="Ukraine budget approved", summary=("The budget passed.",), topics=(),
        paragraphs=("The budget passed on Friday. The minister then spoke about football.",),
    )
    article = await store.articles.add(body_only)
    assert Destination(1) in await store.subscriptions.match(article)


async def test_exclusions_are_replaced_kept_or_cleared(store):
    await store.chats.upsert(1, type="private")
    await store.subscriptions.add(1, "ukraine", exclude=["football"])
    assert await store.subscriptions.add(1, "Ukraine") is False  # None keeps them
    assert (await store.subscriptions.for_chat(1))[0].exclude == ("football",)
    assert await store.subscriptions.add(1, "ukraine", exclude=["tennis", "Tennis", "golf"]) is False
    assert (await store.subscriptions.for_chat(1))[0].exclude == ("tennis", "golf")  # replaced, deduplicated
    await store.subscriptions.add(1, "ukraine", exclude=[])
    assert (await store.subscriptions.for_chat(1))[0].exclude == ()
    assert await store.subscriptions.remove(1, "ukraine") is True  # the whole subscription goes
    assert await store.subscriptions.for_chat(1) == []


@pytest.mark.parametrize(
    ("topic", "exclude"),
    [
        ("ukraine", ["ukraine"]),  # its own topic: would block everything it matches
        ("ukraine", ["Ukraine's"]),  # the same stemmed key
        ("kyiv", ["🚀"]),
        ("kyiv", ["x" * 65]),
        ("kyiv", ["one two three four five"]),  # articles are keyed by phrases of ≤ 4 words
        ("kyiv", [f"word{i}" for i in range(MAX_EXCLUSIONS_PER_SUBSCRIPTION + 1)]),
    ],
)
async def test_invalid_exclusions_change_nothing(store, topic, exclude):
    await store.chats.upsert(1, type="private")
    await store.subscriptions.add(1, "ukraine", exclude=["football"])
    await store.subscriptions.add(1, "kyiv")
    with pytest.raises(InvalidTopic):
        await store.subscriptions.add(1, topic, exclude=exclude)
    with pytest.raises(InvalidTopic):
        await store.subscriptions.add(1, "odesa", exclude=[*exclude, "odesa"])  # never half-added
    subs = await store.subscriptions.for_chat(1)
    assert [(s.topic, s.exclude) for s in subs] == [("ukraine", ("football",)), ("kyiv", ())]


async def test_mutes_apply_to_every_subscription_and_topic_of_the_chat(store, forum, make_briefing):
    await store.chats.upsert(2, type="private")
    await store.subscriptions.add(forum, "ukraine", thread_id=NEWS_TOPIC)
    await store.subscriptions.add(forum, "drones")
    await store.subscriptions.add(2, "ukraine")
    assert await store.subscriptions.mute(forum, "Shelling") is True
    assert await store.subscriptions.mute(forum, "shelling") is False
    assert await store.subscriptions.mute(forum, "peace talks") is True
    assert await store.subscriptions.mutes(forum) == ["shelling", "peace talks"]

    shelled = await store.articles.add(_article(make_briefing, "Drones and shells: Ukraine shelled overnight"))
    assert await store.subscriptions.match(shelled) == {Destination(2): ["ukraine"]}  # other chats unaffected
    talks = await store.articles.add(_article(make_briefing, "Peace talks on Ukraine"))
    assert Destination(forum, NEWS_TOPIC) not in await store.subscriptions.match(talks)
    plain = await store.articles.add(_article(make_briefing, "Drones over Ukraine"))
    assert set(await store.subscriptions.match(plain)) == {
        Destination(forum), Destination(forum, NEWS_TOPIC), Destination(2)
    }

    assert await store.subscriptions.unmute(forum, "SHELLING") is True
    assert await store.subscriptions.unmute(forum, "shelling") is False
    assert await store.subscriptions.unmute(forum, "🚀") is False
    later = await store.articles.add(_article(make_briefing, "Ukraine shelled again"))
    assert Destination(forum, NEWS_TOPIC) in await store.subscriptions.match(later)
    assert await store.subscriptions.mutes(forum) == ["peace talks"]


async def test_mute_limits_and_validation(store):
    await store.chats.upsert(1, type="private")
    for i in range(MAX_MUTES_PER_CHAT):
        await store.subscriptions.mute(1, f"word{i}")
    with pytest.raises(TooManyMutes) as caught:
        await store.subscriptions.mute(1, "one more")
    assert caught.value.limit == MAX_MUTES_PER_CHAT
    assert await store.subscriptions.mute(1, "word3") is False  # an existing one is still fine
    for bad in ("", "!!!", "x" * 65, "a b c d e"):
        with pytest.raises(InvalidTopic):
            await store.subscriptions.mute(1, bad)
    with pytest.raises(ChatNotFound):
        await store.subscriptions.mute(404, "football")


async def test_deliveries_are_per_topic(store, forum, make_briefing):
    article = await store.articles.add(make_briefing())
    assert await store.deliveries.enqueue(forum, article.id, ["ukraine"], thread_id=NEWS_TOPIC) is True
    assert await store.deliveries.enqueue(forum, article.id, ["ukraine"], thread_id=NEWS_TOPIC) is False
    assert await store.deliveries.enqueue(forum, article.id, ["drones"], thread_id=SPORT_TOPIC) is True
    assert await store.deliveries.enqueue(forum, article.id, ["drones"]) is True
    rows = await store.deliveries.for_article(article.id)
    assert sorted((d.thread_id or 0) for d in rows) == [0, NEWS_TOPIC, SPORT_TOPIC]
    claimed = await store.deliveries.claim(10)
    assert {d.thread_id for d in claimed} == {None, NEWS_TOPIC, SPORT_TOPIC}

    other = await store.articles.add(make_briefing(story="rates"))
    from storage.models import NewDelivery

    created = await store.deliveries.enqueue_many([
        NewDelivery(chat_id=forum, article_id=other.id, thread_id=NEWS_TOPIC, digest=True),
        NewDelivery(chat_id=forum, article_id=other.id, thread_id=SPORT_TOPIC, digest=True),
    ])
    assert created == 2
    assert sorted(d.thread_id for d in await store.deliveries.digest_pending(forum)) == [NEWS_TOPIC, SPORT_TOPIC]


async def test_migration_to_supergroup_keeps_mutes_and_exclusions(store, make_briefing):
    await store.chats.upsert(-100, type="group")
    await store.chats.update_settings(-100, ChatSettings(mode="digest"))
    await store.subscriptions.add(-100, "ukraine", exclude=["football"])
    await store.subscriptions.mute(-100, "shelling")
    await store.chats.migrate(-100, -1000)
    assert await store.subscriptions.mutes(-1000) == ["shelling"]
    assert await store.subscriptions.mutes(-100) == []
    assert [(s.topic, s.exclude) for s in await store.subscriptions.for_chat(-1000)] == [("ukraine", ("football",))]


async def test_match_filters_shared_exclusion_lists_mutes_and_topics_together(store, forum, make_briefing):
    """The match query filters exclusions and mutes itself: many subscriptions share one
    exclusion list, a list hits by any of its keys (non-ASCII ones too, stored JSON-escaped), a
    destination keeps its other topics in order when one is excluded, and a mute drops every
    topic of its chat while a paused topic or an inactive chat is left out as before."""
    chats = range(100, 106)
    for chat in chats:
        await store.chats.upsert(chat, type="private")
    for chat in (100, 101, 102):  # the same list on three chats: it hits by its second key
        await store.subscriptions.add(chat, "ukraine", exclude=["tennis", "Zürich"])
    await store.subscriptions.add(103, "ukraine", exclude=["tennis", "golf"])  # no hit
    await store.subscriptions.add(103, "drones", exclude=["zurich airport"])  # phrase absent: no hit
    await store.subscriptions.add(104, "ukraine")
    await store.subscriptions.add(104, "talks", exclude=["Zürich"])  # excluded, ukraine stays
    await store.subscriptions.add(105, "ukraine")
    await store.subscriptions.mute(105, "drone")
    await store.subscriptions.add(forum, "ukraine", thread_id=NEWS_TOPIC, exclude=["golf"])
    await store.subscriptions.add(forum, "drones", thread_id=NEWS_TOPIC)
    await store.subscriptions.add(forum, "talks", thread_id=SPORT_TOPIC, exclude=["Zürich"])
    await store.subscriptions.add(forum, "ukraine", thread_id=SPORT_TOPIC)
    await store.subscriptions.add(forum, "drones", thread_id=99)
    await store.subscriptions.pause_thread(forum, 99)

    article = await store.articles.add(_article(make_briefing, "Ukraine talks in Zürich as drones fly"))
    assert await store.subscriptions.match(article) == {
        Destination(103): ["ukraine", "drones"],
        Destination(104): ["ukraine"],
        Destination(forum, NEWS_TOPIC): ["ukraine", "drones"],
        Destination(forum, SPORT_TOPIC): ["ukraine"],
    }
    await store.chats.set_active(103, False)
    assert await store.subscriptions.unmute(105, "drones") is True
    assert set(await store.subscriptions.match(article)) == {
        Destination(104), Destination(105), Destination(forum, NEWS_TOPIC), Destination(forum, SPORT_TOPIC)
    }
    plain = await store.articles.add(_article(make_briefing, "Ukraine budget passes"))
    assert set(await store.subscriptions.match(plain)) == {
        *(Destination(c) for c in (100, 101, 102, 104, 105)), Destination(forum, NEWS_TOPIC),
        Destination(forum, SPORT_TOPIC),
    }
