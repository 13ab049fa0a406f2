"""``python -m fakebot``: run the fake Bot API standalone, with the HTTP control endpoint.

    python -m fakebot --port 8081 &
    TELEGRAM_API_URL=http://127.0.0.1:8081/bot BOT_TOKEN=123456:TEST-TOKEN briefbot run &
    curl -s localhost:8081/control/send_text -d '{"chat_id": 2000, "text": "/start"}'
    curl -s 'localhost:8081/control/messages?chat_id=2000'
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal

from fakebot.policy import FloodLimits
from fakebot.server import FakeBotServer


async def _serve(args: argparse.Namespace) -> None:
    flood = FloodLimits.telegram() if args.telegram_limits else None
    async with FakeBotServer(args.token, host=args.host, port=args.port, flood=flood, enable_control=True) as server:
        print(f"fake Bot API on {server.api_url}  (TELEGRAM_API_URL)\ntoken {server.token}\n"
              f"control: POST {server.base_url}/control/send_text {{\"chat_id\": 2000, \"text\": \"/start\"}}",
              flush=True)
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(signum, stop.set)
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m fakebot", description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default="123456:TEST-TOKEN")
    parser.add_argument("--telegram-limits", action="store_true", help="enforce 30/s, 1/s per chat, 20/min per group")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(parser.parse_args()))


if __name__ == "__main__":
    main()
