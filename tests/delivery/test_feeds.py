"""Feed polling against a real local HTTP server: ETag/304, new entries, broken feeds, and the
same story from two outlets pushed once."""

from __future__ import annotations

from datetime import timedelta

from bot.delivery import ChatPacer, Sender
from bot.feed_polling import poll_feeds
from bot.feeds import ENTRIES_PER_POLL, FIRST_POLL_ENTRIES
from bot.matching import match_new_articles
from tests.delivery.newssite import FLOOD_STORY, RATES_STORY, NewsSite, article_html, rss


async def test_feed_with_etag_second_poll_fetches_nothing(site: NewsSite, store, fetcher, clock) -> None:
    site.pages["/a/floods"] = article_html("Floods force 12,000 from homes", "North Times", FLOOD_STORY)
    site.pages["/a/rates"] = article_html("Central bank raises rates again", "North Times", RATES_STORY)
    site.feeds["north"] = rss("North Times", [("Floods", "/a/floods"), ("Rates", "/a/rates")])
    feed = await store.feeds.add(site.base + "/feeds/north")

    stats = await poll_feeds(store, fetcher, now=clock(), interval=900)
    assert stats.added == 2 and stats.errors == 0
    stored = await store.articles.get_by_url(site.base + "/a/floods")
    assert stored is not None and "12,000" in " ".join(stored.briefing.summary + (stored.briefing.title,))
    (polled,) = await store.feeds.list()
    assert polled.etag and polled.title == "North Times" and polled.next_poll_at == clock() + timedelta(seconds=900)

    assert await poll_feeds(store, fetcher, now=clock() + timedelta(seconds=60), interval=900) == type(stats)()
    clock.advance(seconds=901)
    pages_before = len(site.page_requests)
    second = await poll_feeds(store, fetcher, now=clock(), interval=900)
    assert second.not_modified == 1 and second.added == 0
    assert site.feed_requests[-1]["if-none-match"] == polled.etag
    assert len(site.page_requests) == pages_before
    assert await store.articles.count() == 2
    assert feed.id == polled.id


async def test_changed_feed_only_fetches_new_entries(site: NewsSite, store, fetcher, clock) -> None:
    site.pages["/a/floods"] = article_html("Floods force 12,000 from homes", "North Times", FLOOD_STORY)
    site.feeds["north"] = rss("North Times", [("Floods", "/a/floods")])
    await store.feeds.add(site.base + "/feeds/north")
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    site.pages["/a/rates"] = article_html("Central bank raises rates again", "North Times", RATES_STORY)
    site.feeds["north"] = rss("North Times", [("Rates", "/a/rates"), ("Floods", "/a/floods")])
    clock.advance(seconds=61)
    stats = await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert stats.added == 1
    assert site.page_requests.count("/a/floods") == 1


async def test_broken_feed_backs_off_without_blocking_others(site: NewsSite, store, fetcher, clock) -> None:
    site.pages["/a/rates"] = article_html("Central bank raises rates again", "South Post", RATES_STORY)
    site.feeds["good"] = rss("South Post", [("Rates", "/a/rates")])
    site.feeds["junk"] = "this is not xml at all"
    await store.feeds.add(site.base + "/feeds/missing")
    await store.feeds.add(site.base + "/feeds/junk")
    await store.feeds.add(site.base + "/feeds/good")
    await store.feeds.add("http://169.254.169.254/latest/meta-data/")
    stats = await poll_feeds(store, fetcher, now=clock(), interval=100)
    assert stats.added == 1 and stats.errors == 3
    feeds = {f.url.rsplit("/", 1)[-1]: f for f in await store.feeds.list()}
    assert feeds["missing"].errors == 1 and "404" in feeds["missing"].last_error
    assert feeds["missing"].next_poll_at == clock() + timedelta(seconds=200)
    assert "feed" in feeds["junk"].last_error
    assert feeds["good"].errors == 0
    clock.advance(seconds=150)
    again = await poll_feeds(store, fetcher, now=clock(), interval=100)
    assert again.feeds == 1  # only the good one is due; the broken ones wait out their backoff


async def test_entries_per_poll_are_capped(site: NewsSite, store, fetcher, clock) -> None:
    site.feeds["big"] = rss("Big", [("Old", "/a/old")])
    await store.feeds.add(site.base + "/feeds/big")
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    items = [(f"Story {i}", f"/a/{i}") for i in range(ENTRIES_PER_POLL + 5)]
    site.feeds["big"] = rss("Big", items)  # pages 404: entries are skipped but counted by the cap
    clock.advance(seconds=61)
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert len(site.page_requests) == 1 + ENTRIES_PER_POLL


async def test_new_feed_back_catalogue_is_not_ingested(site: NewsSite, store, fetcher, clock) -> None:
    items = [(f"Story {i}", f"/a/{i}") for i in range(FIRST_POLL_ENTRIES + 7)]
    site.feeds["big"] = rss("Big", items)
    await store.feeds.add(site.base + "/feeds/big")
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert sorted(site.page_requests) == sorted(f"/a/{i}" for i in range(FIRST_POLL_ENTRIES))
    site.feeds["big"] = rss("Big", [*items, ("Another", "/a/extra")])
    clock.advance(seconds=61)
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert site.page_requests[-1] == "/a/extra" and len(site.page_requests) == FIRST_POLL_ENTRIES + 1


async def test_same_story_in_two_feeds_is_pushed_once(fake_server, bot, site: NewsSite, store, fetcher, clock, subscribe) -> None:
    site.pages["/north/floods"] = article_html("Floods force 12,000 from homes", "North Times", FLOOD_STORY)
    # the same wire copy, lightly edited by the second outlet: a near-duplicate, not an exact one
    edited = tuple(p.replace("At least nine", "At least ten") for p in FLOOD_STORY)
    site.pages["/south/floods"] = article_html("Thousands flee as rivers burst their banks", "South Post", edited)
    site.feeds["north"] = rss("North Times", [("Floods", "/north/floods")])
    site.pages["/west/floods"] = article_html("Floods force 12,000 from homes", "West Wire", FLOOD_STORY)
    site.feeds["south"] = rss("South Post", [("Floods", "/south/floods")])
    site.feeds["west"] = rss("West Wire", [("Floods", "/west/floods")])  # the exact same text
    for name in ("north", "south", "west"):
        await store.feeds.add(f"{site.base}/feeds/{name}")
    users = [8001, 8002]
    await subscribe(users, "floods")
    stats = await poll_feeds(store, fetcher, now=clock(), interval=900)
    assert stats.added == 2 and stats.duplicates == 1  # west or north: whichever came second
    north = await store.articles.get_by_url(site.base + "/north/floods")
    north = north or await store.articles.get_by_url(site.base + "/west/floods")
    south = await store.articles.get_by_url(site.base + "/south/floods")
    assert {north.duplicate_of, south.duplicate_of} == {None, min(north.id, south.id)}
    await match_new_articles(store, now=clock())
    await Sender(bot, store, clock=clock, pacer=ChatPacer(0, 0)).drain()
    for chat in users:
        assert len(fake_server.messages(chat)) == 1


async def test_entry_without_article_text_is_refused_like_any_door(site: NewsSite, store, fetcher, clock) -> None:
    """The feed door refuses what /add and the CLI refuse, and never fetches that entry again."""
    site.pages["/a/video"] = (
        "<!doctype html><html><head><title>Watch: floods from the air</title></head>"
        "<body><div id='player'></div><script>play()</script></body></html>"
    )
    site.pages["/a/floods"] = article_html("Floods force 12,000 from homes", "North Times", FLOOD_STORY)
    site.feeds["north"] = rss("North Times", [("Video", "/a/video"), ("Floods", "/a/floods")])
    await store.feeds.add(site.base + "/feeds/north")
    stats = await poll_feeds(store, fetcher, now=clock(), interval=900)
    assert stats.added == 1 and stats.errors == 0
    assert await store.articles.get_by_url(site.base + "/a/video") is None
    (polled,) = await store.feeds.list()
    assert await store.feeds.seen(polled.id, "/a/video")  # the entry's guid: never fetched again
