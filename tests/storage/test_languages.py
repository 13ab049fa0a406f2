"""Storage contract for article languages (issue 17): the language round-trips, and a
subscription's topic matches articles in every supported language through that language's
stems — the topic's own language is unknown, the article's is stored."""

from __future__ import annotations

from briefing.models import Block, Briefing
from storage.models import Destination

UK_PARAGRAPHS = (
    "Київ до кінця року отримає 50 нових тролейбусів, повідомили в міській адміністрації.",
    "Закупівля тролейбусів коштуватиме 1,2 млрд гривень, їх передадуть на нові маршрути.",
)
DE_PARAGRAPHS = (
    "Russland hat die Ukraine in der Nacht mit 35 Drohnen angegriffen, teilte die Luftwaffe mit.",
    "Die Flugabwehr habe 28 Drohnen abgeschossen, eine Drohne traf ein Wohnhaus in Charkiw.",
)


def _article(title: str, paragraphs: tuple[str, ...], language: str, topics: tuple[str, ...]) -> Briefing:
    return Briefing(
        title=title,
        language=language,
        blocks=tuple(Block(text=p) for p in paragraphs),
        summary=(paragraphs[0],),
        topics=topics,
    )


async def test_language_round_trips(store, make_briefing):
    stored = await store.articles.add(
        _article("Київ закупить тролейбуси", UK_PARAGRAPHS, "uk", ("Київ",))
    )
    assert stored.language == "uk" and stored.briefing.language == "uk"
    again = await store.articles.get(stored.id)
    assert again.language == "uk" and again.briefing.language == "uk"
    english = await store.articles.add(make_briefing())
    assert english.language == "en"
    assert [a.language for a in await store.articles.added_after(0)] == ["uk", "en"]


async def test_ukrainian_subscription_matches_inflected_ukrainian_article(store):
    for chat_id in (1, 2, 3):
        await store.chats.upsert(chat_id, type="private")
    await store.subscriptions.add(1, "тролейбуси")  # nominative plural
    await store.subscriptions.add(2, "трамваї")  # another word: no match
    await store.subscriptions.add(3, "Київ")
    article = await store.articles.add(
        _article("Київ закупить 50 нових тролейбусів", UK_PARAGRAPHS, "uk", ("Київ", "тролейбусів"))
    )
    matched = await store.subscriptions.match(article)
    assert {k: sorted(v) for k, v in matched.items()} == {
        Destination(1): ["тролейбуси"],
        Destination(3): ["київ"],
    }


async def test_topic_meets_articles_of_each_language_in_that_language(store, make_briefing):
    for chat_id in (1, 2, 3):
        await store.chats.upsert(chat_id, type="private")
    await store.subscriptions.add(1, "Drohnen")  # German plural
    await store.subscriptions.add(2, "ukraine")  # English, also a German word
    await store.subscriptions.add(3, "drones")  # English
    german = await store.articles.add(
        _article("Drohnenangriff auf Charkiw: eine Drohne trifft Wohnhaus", DE_PARAGRAPHS, "de", ("Charkiw",))
    )
    matched = await store.subscriptions.match(german)
    assert sorted(d.chat_id for d in matched) == [1, 2]
    english = await store.articles.add(make_briefing())  # "Russia launches 296 drones at Ukraine"
    assert sorted(d.chat_id for d in await store.subscriptions.match(english)) == [2, 3]


async def test_removing_a_subscription_stops_other_language_matches(store):
    await store.chats.upsert(1, type="private")
    await store.subscriptions.add(1, "тролейбуси")
    assert await store.subscriptions.remove(1, "тролейбуси")
    article = await store.articles.add(
        _article("Київ закупить тролейбуси", UK_PARAGRAPHS, "uk", ("тролейбусів",))
    )
    assert await store.subscriptions.match(article) == {}


async def test_exclusions_and_mutes_apply_in_the_article_language(store):
    """"-тролейбуси" and a muted "тролейбуси" hit an article about тролейбусів: exclusions and
    mutes are matched through the same per-language stems as topics."""
    for chat_id in (1, 2, 3):
        await store.chats.upsert(chat_id, type="private")
    await store.subscriptions.add(1, "Київ", exclude=["тролейбуси"])
    await store.subscriptions.add(2, "Київ")
    await store.subscriptions.mute(2, "тролейбуси")
    await store.subscriptions.add(3, "Київ", exclude=["трамваї"])
    article = await store.articles.add(
        _article("Київ закупить 50 нових тролейбусів", UK_PARAGRAPHS, "uk", ("Київ", "тролейбусів"))
    )
    assert list(await store.subscriptions.match(article)) == [Destination(3)]
