"""Delivery inside the real application: JobQueue ticks push new articles, a blocked user comes
back with /start, graceful shutdown leaves nothing in flight and gives up the leader lease."""

from __future__ import annotations

from bot import jobs
from storage import open_store
from tests.delivery.conftest import briefing, eventually
from tests.e2e import USER_ID


async def test_new_article_is_pushed_by_the_scheduled_jobs(fake_server, start_bot) -> None:
    app = await start_bot(push_interval_seconds=0.2)
    store = app.bot_data.store
    await fake_server.ask(USER_ID, "/start")
    await store.subscriptions.add(USER_ID, "ukraine")
    article = await store.articles.add(briefing(url="https://news.example/kyiv"))
    before = len(fake_server.messages(USER_ID))
    messages = await fake_server.wait_for_messages(USER_ID, before + 1, timeout=10)
    push = messages[before]
    assert article.title in push.plain_text
    assert push.reply_markup["inline_keyboard"][0][0]["callback_data"] == f"b:{article.id}"
    # the button opens the full briefing through the chat handlers' own b:<id> callback
    await fake_server.press_button(USER_ID, push.message_id, f"b:{article.id}")
    await fake_server.wait_for_callback_answers(1)
    await eventually(lambda: _status(store, article.id, USER_ID, "sent"))


async def test_blocked_user_is_deactivated_then_start_reactivates(fake_server, start_bot) -> None:
    app = await start_bot(push_interval_seconds=0.2)
    store = app.bot_data.store
    await fake_server.ask(USER_ID, "/start")
    await store.subscriptions.add(USER_ID, "ukraine")
    fake_server.block_chat(USER_ID)
    await store.articles.add(briefing())

    async def inactive() -> bool:
        return not (await store.chats.get(USER_ID)).active

    await eventually(inactive)
    assert [s.topic for s in await store.subscriptions.for_chat(USER_ID)] == ["ukraine"]
    fake_server.unblock_chat(USER_ID)
    await fake_server.ask(USER_ID, "/start")
    assert (await store.chats.get(USER_ID)).active
    await store.articles.add(briefing("rates", title="Ukraine central bank raises rates"))
    before = len(fake_server.messages(USER_ID))
    pushed = await fake_server.wait_for_messages(USER_ID, before + 1)
    assert "Ukraine central bank" in pushed[-1].plain_text


async def test_graceful_stop_gives_up_the_scheduler_lease(start_bot, make_settings) -> None:
    """A restarted (or second) worker runs digests and feeds at once, not after the lease TTL."""
    app = await start_bot()
    rt = jobs.runtime(app)
    assert rt is not None and await jobs._is_leader(rt)
    store = await open_store(str(make_settings().database_path))
    try:
        now = app.bot_data.clock()
        assert not await store.meta.try_lease(jobs.LEASE_NAME, "next-worker", ttl_seconds=90, now=now)
        await start_bot.stop(app)
        assert await store.meta.try_lease(jobs.LEASE_NAME, "next-worker", ttl_seconds=90, now=now)
    finally:
        await store.close()


async def _status(store, article_id: int, chat_id: int, status: str) -> bool:
    return any(d.chat_id == chat_id and d.status == status for d in await store.deliveries.for_article(article_id))


async def test_the_leader_prunes_expired_conversation_state(start_bot) -> None:
    """Page tokens and pending steps nobody used are deleted, not kept forever."""
    from datetime import timedelta
    from types import SimpleNamespace

    app = await start_bot()
    store, now = app.bot_data.store, app.bot_data.clock()
    await store.conversations.put(USER_ID, "page:old", "{}", ttl=timedelta(minutes=1), now=now - timedelta(hours=1))
    await store.conversations.put(USER_ID, "page:new", "{}", ttl=timedelta(hours=1), now=now)
    await jobs._prune_tick(SimpleNamespace(application=app))  # what the "prune" job runs
    assert await store.conversations.prune(now=now) == 0  # the old row is gone already
    assert await store.conversations.get(USER_ID, "page:new", now=now) == "{}"
    assert "prune" in {job.name for job in app.job_queue.jobs()}
