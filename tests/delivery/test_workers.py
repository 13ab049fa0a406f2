"""Several webhook workers behind one public URL, sharing one PostgreSQL database: a reverse
proxy that keeps the path (Debian's nginx with the README snippet, or a Python stand-in where
nginx is absent or ``BRIEFBOT_TEST_PROXY=python``) spreads Telegram's webhook calls over two ``briefbot run`` processes.

Every worker answers the commands it receives; exactly one sends the broadcast at the cap;
``kill -9`` of the sender mid-broadcast → the other takes over and finishes it; a forged
webhook call without the secret token is refused.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections import Counter
from urllib.parse import urlsplit

import httpx
import pytest

from tests.delivery.proxies import NginxProxy, PythonProxy, nginx_binary
from tests.delivery.test_process import (
    FAILOVER_BOUND_S,
    IN_FLIGHT_BOUND,
    _env,
    _free_port,
    _leader_pid,
    _spawn,
    _update,
)
from tests.e2e import ADMIN_ID
from tests.e2e.commands_helpers import article_text
from tests.e2e.conftest import stop_process

DATABASE_BACKENDS = ("postgresql",)
SECRET = "webhook-s3cret"
SUBSCRIBERS = list(range(300_001, 300_181))
USERS = list(range(400_001, 400_007))


@pytest.fixture
async def proxy_and_ports():
    listen, ports = _free_port(), [_free_port(), _free_port()]
    use_nginx = nginx_binary() is not None and os.environ.get("BRIEFBOT_TEST_PROXY") != "python"
    proxy = NginxProxy(listen, ports) if use_nginx else PythonProxy(listen, ports)
    await proxy.start()
    try:
        yield proxy, listen, ports
    finally:
        await proxy.stop()


async def _wait_listening(port: int, describe) -> None:
    async with httpx.AsyncClient(timeout=1) as client:
        for _ in range(600):
            try:
                await client.get(f"http://127.0.0.1:{port}/")
                return
            except httpx.TransportError:
                await asyncio.sleep(0.1)
    raise AssertionError(f"worker on {port} never listened:\n{describe()}")


@pytest.mark.slow
async def test_two_webhook_workers_behind_a_proxy(fake_server, tmp_path, database_url, proxy_and_ports) -> None:
    proxy, listen, ports = proxy_and_ports
    fake_server.set_flood_limits(global_per_second=30)
    workers = {}
    for name, port in zip(("worker-a", "worker-b"), ports, strict=True):
        env = _env(fake_server, database_url, WEBHOOK_URL=f"http://127.0.0.1:{listen}/tg",
                   WEBHOOK_LISTEN=f"127.0.0.1:{port}", WEBHOOK_SECRET=SECRET)
        proc = await _spawn(env, tmp_path, name)
        workers[proc.pid] = (name, proc, port)

    def logs() -> str:
        return "\n".join(f"--- {n}\n" + (tmp_path / f"{n}.log").read_text()[-1500:] for n, _, _ in workers.values())

    try:
        for _, _, port in workers.values():
            await _wait_listening(port, logs)
        await fake_server.wait_for(lambda: fake_server.webhook_url, timeout=60, describe=logs)
        hook = fake_server.webhook_url
        assert hook.startswith(f"http://127.0.0.1:{listen}/tg/")

        # Every worker answers the commands the proxy hands it.
        for user in USERS:
            reply = (await fake_server.ask(user, "/start", timeout=30))[0].plain_text
            assert "/latest" in reply
        for user in SUBSCRIBERS:  # subscribers sign up through the bot, whichever worker answers
            await fake_server.send_text(user, "/subscribe ukraine")
        for user in SUBSCRIBERS:
            (reply,) = await fake_server.wait_for_messages(user, 1, timeout=60)
            assert "ukraine" in reply.plain_text.lower()
        served = proxy.served()
        assert all(served[port] > 20 for port in ports), f"{proxy.kind} spread {dict(served)}"

        # A forged update straight through the proxy, without (or with a wrong) secret token.
        async with httpx.AsyncClient(timeout=10) as client:
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
                forged = await client.post(f"http://127.0.0.1:{listen}{urlsplit(hook).path}",
                                           content=json.dumps(_update(9_999_999, "/start")),
                                           headers={"Content-Type": "application/json", **headers})
                assert forged.status_code == 403

        # An admin /add is pushed to every subscriber by exactly one worker at the cap.
        before = len(fake_server.sent)
        reply = (await fake_server.ask(ADMIN_ID, "/add " + article_text(0).replace("Officials in Kyiv",
                 "Ukraine officials in Kyiv"), timeout=60))[0].plain_text
        assert "Added as" in reply

        def received() -> Counter[int]:
            return Counter(m.chat_id for m in fake_server.sent[before:] if m.chat_id in set(SUBSCRIBERS))

        await fake_server.wait_for(lambda: len(received()) >= 60, timeout=60, describe=logs)
        leader = await _leader_pid(database_url)
        assert leader in workers, f"lease held by {leader}"
        workers[leader][1].kill()
        await workers[leader][1].wait()
        killed_at = time.monotonic()
        at_kill = sum(received().values())
        assert at_kill < len(SUBSCRIBERS), "the broadcast finished before the kill; nothing was tested"
        got = set(received())
        await fake_server.wait_for(lambda: set(received()) - got, timeout=60, describe=logs)
        failover = time.monotonic() - killed_at
        await fake_server.wait_for(lambda: len(received()) == len(SUBSCRIBERS), timeout=60, describe=logs)
        (survivor,) = set(workers) - {leader}
        # commands still work through the proxy with one worker gone
        assert "/latest" in (await fake_server.ask(USERS[0], "/help", timeout=30))[0].plain_text
        assert await stop_process(workers[survivor][1]) == 0
    finally:
        for _, proc, _ in workers.values():
            await stop_process(proc)
    duplicates = sum(n - 1 for n in received().values())
    assert failover < FAILOVER_BOUND_S and duplicates <= IN_FLIGHT_BOUND
    assert fake_server.flood_rejections < 5, f"{fake_server.flood_rejections} × 429"
    print(f"{proxy.kind}: spread {dict(served)}; sender killed after {at_kill}; survivor sent again "
          f"after {failover:.1f}s; duplicates {duplicates}; 429s {fake_server.flood_rejections}")
