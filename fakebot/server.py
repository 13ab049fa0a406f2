"""The HTTP face of the fake: ``/bot<token>/<method>`` and ``/file/bot<token>/<path>`` on aiohttp.

Usage (tests run in the same event loop as the server)::

    async with FakeBotServer() as server:
        bot = telegram.Bot(server.token, base_url=server.api_url, base_file_url=server.file_url)
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from aiohttp import web

from fakebot.forums import ForumControl
from fakebot.http_control import add_control_routes
from fakebot.params import Params, UploadedFile
from fakebot.policy import FaultRule
from fakebot.records import ApiError

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 60 * 1024 * 1024  # Bot API upload limit is 50 MB


def _json_response(status: int, body: dict[str, Any]) -> web.Response:
    return web.Response(status=status, text=json.dumps(body), content_type="application/json")


async def _read_params(request: web.Request) -> dict[str, Any]:
    values: dict[str, Any] = dict(request.query)
    if request.method != "POST" or not request.can_read_body:
        return values
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "Bad Request: invalid JSON body") from None
        if not isinstance(body, dict):
            raise ApiError(400, "Bad Request: JSON body must be an object")
        return values | body
    form = await request.post()
    for name, value in form.items():
        if isinstance(value, web.FileField):
            values[name] = UploadedFile(value.filename, value.content_type, value.file.read())
        else:
            values[name] = value
    return values


class FakeBotServer(ForumControl):
    """A local Telegram Bot API: real HTTP, in-memory state, flood limits, injectable faults."""

    def __init__(
        self, token: str = "123456:TEST-TOKEN", *, host: str = "127.0.0.1", port: int = 0,
        enable_control: bool = False, **options: Any,
    ):
        super().__init__(token, **options)
        self.host = host
        self.port = port
        self.enable_control = enable_control
        """Serve ``/control/…`` (see fakebot.http_control) for driving the fake from another process."""
        self.lost_replies: list[tuple[str, Any]] = []
        """(method, result) of calls that succeeded server-side while the client saw a failure."""
        self._runner: web.AppRunner | None = None

    # ---- lifecycle ------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        """What TELEGRAM_API_URL takes; PTB's ``base_url`` (it appends the token)."""
        return f"{self.base_url}/bot"

    @property
    def file_url(self) -> str:
        """PTB's ``base_file_url``."""
        return f"{self.base_url}/file/bot"

    async def start(self) -> FakeBotServer:
        app = web.Application(client_max_size=MAX_BODY_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        if self.enable_control:
            add_control_routes(app, self)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]  # the real port when 0 asked for a free one
        return self

    async def stop(self) -> None:
        """Release every held request (long polls, timeout faults), then close the server."""
        self._closing.set()
        self._notify()
        await self._stop_webhook_delivery()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotServer:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # ---- HTTP handlers ---------------------------------------------------------------------------
    def _canonical(self, method: str) -> str:
        """``sendmessage`` → ``sendMessage`` (names are case-insensitive, like Telegram's)."""
        return _CAMEL_CASE.get(method.lower(), method)

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _json_response(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        method = request.match_info["method"].lower()
        handler = getattr(self, f"api_{method}", None) if method.isalnum() else None
        name = self._canonical(method)
        self.calls[name] += 1
        self._notify()
        if handler is None:
            return _json_response(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        rule = self.faults.pick(method)
        if rule is not None and rule.mode == "error":
            return _json_response(rule.status, {"ok": False, "error_code": rule.status, "description": _reason(rule.status)})
        try:
            params = Params(await _read_params(request))  # read before any hold: the client may leave
            if rule is not None and rule.mode == "timeout":
                await self._hold(rule.hold_seconds)
                if rule.execute_after_hold:
                    self._mark_lost(name, await handler(params))
                return self._drop(request)
            result = await handler(params)
        except ApiError as err:
            self._notify()
            return _json_response(err.code, err.payload())
        except Exception as exc:  # a bug in the fake: say so clearly instead of a bare aiohttp 500
            log.exception("fakebot failed on %s", name)
            return _json_response(500, {"ok": False, "error_code": 500,
                                        "description": f"Internal Server Error: fakebot bug in {name}: {exc!r}"})
        if rule is not None and rule.mode == "lost_reply":
            self._mark_lost(name, result)
            if rule.lost_reply_as == "drop":
                return self._drop(request)
            return _json_response(rule.status, {"ok": False, "error_code": rule.status, "description": _reason(rule.status)})
        self._notify()
        return _json_response(200, {"ok": True, "result": result})

    def _mark_lost(self, name: str, result: Any) -> None:
        self.lost_replies.append((name, result))
        if isinstance(result, dict) and "message_id" in result and "chat" in result:
            sent = self._sent_index.get((result["chat"]["id"], result["message_id"]))
            if sent is not None:
                sent.lost_reply = True
        self._notify()

    async def _hold(self, seconds: float) -> None:
        try:
            async with asyncio.timeout(seconds):
                await self._closing.wait()
        except TimeoutError:
            pass

    @staticmethod
    def _drop(request: web.Request) -> web.StreamResponse:
        """Close the TCP connection without an HTTP answer (client sees a protocol error)."""
        if request.transport is not None:
            request.transport.abort()
        raise asyncio.CancelledError  # aiohttp treats this as "handler gave up"; nothing is written

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _json_response(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        path = request.match_info["path"]
        for stored in self.files.values():
            if stored.file_path == path:
                self.calls["fileDownload"] += 1
                return web.Response(body=stored.data, content_type=stored.mime_type or "application/octet-stream")
        return _json_response(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    def add_fault(self, rule: FaultRule) -> FaultRule:
        return self.faults.add(rule)


_CAMEL_CASE = {
    name.lower(): name
    for name in (
        "getMe getUpdates deleteWebhook setWebhook getWebhookInfo setMyCommands getMyCommands "
        "deleteMyCommands setMyDescription setMyShortDescription setChatMenuButton sendMessage "
        "editMessageText editMessageCaption editMessageReplyMarkup answerCallbackQuery sendChatAction "
        "getFile getChat getChatMember getChatAdministrators deleteMessage sendDocument close logOut"
    ).split()
}


def _reason(status: int) -> str:
    return {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
            504: "Gateway Timeout"}.get(status, "Internal Server Error")
