"""The poll queue: per-host limit, biggest hosts first, waiting for a slot, then done."""

from __future__ import annotations

import asyncio

from bot.host_queue import HostQueue


async def test_biggest_hosts_first_within_the_per_host_limit() -> None:
    items = ["small/1", "big/1", "mid/1", "big/2", "mid/2", "big/3", "tiny/1"]
    queue = HostQueue(items, lambda item: item.split("/")[0], per_host=2)
    taken = [await queue.take() for _ in range(6)]
    assert taken == [("big", "big/1"), ("big", "big/2"), ("mid", "mid/1"), ("mid", "mid/2"),
                     ("small", "small/1"), ("tiny", "tiny/1")]
    waiting = asyncio.create_task(queue.take())  # only big/3 is left and big is at its limit
    await asyncio.sleep(0.01)
    assert not waiting.done()
    await queue.done("mid")
    await asyncio.sleep(0.01)
    assert not waiting.done()  # a slot of another host does not help
    await queue.done("big")
    assert await waiting == ("big", "big/3")
    assert await queue.take() is None


async def test_every_item_is_taken_once_by_concurrent_pollers() -> None:
    items = [f"h{i % 7}/{i}" for i in range(200)]
    queue = HostQueue(items, lambda item: item.split("/")[0], per_host=3)
    seen: list[str] = []
    busy: dict[str, int] = {}
    peak: dict[str, int] = {}

    async def poller() -> None:
        while (taken := await queue.take()) is not None:
            host, item = taken
            busy[host] = busy.get(host, 0) + 1
            peak[host] = max(peak.get(host, 0), busy[host])
            await asyncio.sleep(0)
            seen.append(item)
            busy[host] -= 1
            await queue.done(host)

    await asyncio.gather(*(poller() for _ in range(10)))
    assert sorted(seen) == sorted(items)
    assert max(peak.values()) == 3
