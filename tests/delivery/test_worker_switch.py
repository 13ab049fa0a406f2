"""Conversation state survives a switch of worker: behind a load balancer, a page button
pressed under one worker's reply, or the text after one worker's bare /add, reaches the other
worker — which finds the query and the pending step in the shared store, not "expired"; a
language chosen through one worker is the one the other answers in.

Two real ``python -m bot run`` webhook workers share one database (SQLite file or PostgreSQL);
the Python proxy is pinned to one worker, then the other, so which one gets each update is
decided here, not by round robin.
"""

from __future__ import annotations

import pytest

from storage import open_store
from tests.delivery.proxies import PythonProxy
from tests.delivery.test_process import _env, _free_port, _spawn
from tests.delivery.test_workers import SECRET, _wait_listening
from tests.e2e import ADMIN_ID, USER_ID
from tests.e2e.commands_helpers import article_text
from tests.e2e.conftest import stop_process

DATABASE_BACKENDS = ("sqlite", "postgresql")


@pytest.mark.slow
async def test_page_press_and_pending_add_reach_the_other_worker(fake_server, tmp_path, database_url) -> None:
    from briefing.pipeline import brief_text

    store = await open_store(database_url)
    try:
        for i in range(7):
            await store.articles.add(brief_text(article_text(i)))
    finally:
        await store.close()
    ports = [_free_port(), _free_port()]
    proxy = PythonProxy(_free_port(), ports)
    await proxy.start()
    workers = []
    try:
        for name, port in zip(("worker-a", "worker-b"), ports, strict=True):
            env = _env(fake_server, database_url, WEBHOOK_URL=f"http://127.0.0.1:{proxy.listen}/tg",
                       WEBHOOK_LISTEN=f"127.0.0.1:{port}", WEBHOOK_SECRET=SECRET, PUSH_INTERVAL_SECONDS="3600")
            workers.append(await _spawn(env, tmp_path, name))

        def logs() -> str:
            return "\n".join(f"--- {n}\n" + (tmp_path / f"{n}.log").read_text()[-1500:] for n in ("worker-a", "worker-b"))

        for port in ports:
            await _wait_listening(port, logs)
        await fake_server.wait_for(lambda: fake_server.webhook_url, timeout=60, describe=logs)
        worker_a, worker_b = ports

        proxy.pinned = worker_a
        first = (await fake_server.ask(USER_ID, "/latest 3", timeout=30))[0]
        assert "1–3 of 7" in first.plain_text
        proxy.pinned = worker_b  # the press lands on the worker that never saw /latest
        nxt = next(d for d in first.callback_data if d.startswith("p:"))
        await fake_server.press_button(USER_ID, first.message_id, nxt)
        [edit] = await fake_server.wait_for_edits(USER_ID, 1, timeout=30)
        assert edit.message_id == first.message_id and "4–6 of 7" in (edit.new_text or "")
        [answer] = await fake_server.wait_for_callback_answers(1, timeout=30)
        assert "expired" not in (answer.text or "")

        proxy.pinned = worker_b
        assert "Send me the article" in (await fake_server.ask(ADMIN_ID, "/add", timeout=30))[0].plain_text
        proxy.pinned = worker_a  # the article's text reaches the other worker
        reply = (await fake_server.ask(ADMIN_ID, article_text(9), timeout=30))[0].plain_text
        assert "Added as #8" in reply

        proxy.pinned = worker_b  # the language chosen through one worker is the other's at once
        await fake_server.ask(USER_ID, "/language de", timeout=30)
        proxy.pinned = worker_a  # it answered this chat in English before
        help_de = (await fake_server.ask(USER_ID, "/help", timeout=30))[0].plain_text
        assert help_de.startswith("Befehle\n"), help_de[:80]
        assert proxy.counts[worker_a] >= 2 and proxy.counts[worker_b] >= 2, proxy.counts
        for proc in workers:
            assert await stop_process(proc) == 0
    finally:
        for proc in workers:
            await stop_process(proc)
        await proxy.stop()
