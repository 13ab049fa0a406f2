"""Optional HTTP control endpoint, for driving the fake from another process (curl, a benchmark
running ``briefbot run`` elsewhere). In-process tests call the Python methods instead.

    POST /control/<action>   JSON body = keyword arguments   → {"ok": true, "result": …}
    GET  /control/messages?chat_id=N                           → the bot's messages in that chat
    GET  /control/stats                                        → calls per method, sends, flood 429s
"""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from fakebot.server import FakeBotServer

# Control API methods reachable over HTTP (all take JSON-able keyword arguments).
ASYNC_ACTIONS = frozenset({"send_text", "send_message", "send_edited_message", "send_channel_post", "press_button",
                           "create_topic", "close_topic", "reopen_topic"})
SYNC_ACTIONS = frozenset({"set_admins", "block_chat", "unblock_chat", "migrate_chat", "set_flood_limits",
                          "add_forum", "delete_topic", "set_user_language"})
FAULT_ACTIONS = {"fail_next": "fail_next", "fail_fraction": "fail_fraction", "clear_faults": "clear"}


def _reply(result: Any, status: int = 200) -> web.Response:
    body = {"ok": status == 200, "result" if status == 200 else "description": result}
    return web.Response(status=status, text=json.dumps(body, default=str), content_type="application/json")


def add_control_routes(app: web.Application, server: FakeBotServer) -> None:
    async def action(request: web.Request) -> web.Response:
        name = request.match_info["action"]
        try:
            kwargs = await request.json() if request.can_read_body else {}
        except ValueError:
            return _reply("body must be a JSON object", 400)
        if not isinstance(kwargs, dict):
            return _reply("body must be a JSON object", 400)
        try:
            if name in ASYNC_ACTIONS:
                result = await getattr(server, name)(**kwargs)
            elif name in SYNC_ACTIONS:
                result = getattr(server, name)(**kwargs)
            elif name in FAULT_ACTIONS:
                result = getattr(server.faults, FAULT_ACTIONS[name])(**kwargs)
            else:
                return _reply(f"unknown action {name!r}", 404)
        except (TypeError, ValueError) as exc:
            return _reply(str(exc), 400)
        if dataclasses.is_dataclass(result) and not isinstance(result, type):
            result = {k: v for k, v in dataclasses.asdict(result).items() if not k.startswith("_")}
        return _reply(result)

    async def messages(request: web.Request) -> web.Response:
        try:
            chat_id = int(request.query["chat_id"])
        except (KeyError, ValueError):
            return _reply("chat_id query parameter is required", 400)
        return _reply([dataclasses.asdict(m) for m in server.messages(chat_id)])

    async def stats(request: web.Request) -> web.Response:
        return _reply({"calls": dict(server.calls), "sent": len(server.sent),
                       "flood_rejections": server.flood_rejections, "pending_updates": len(server.pending_updates)})

    app.router.add_get("/control/messages", messages)
    app.router.add_get("/control/stats", stats)
    app.router.add_post("/control/{action}", action)
