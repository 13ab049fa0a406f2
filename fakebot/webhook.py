"""Webhook delivery: once setWebhook is called, injected updates are POSTed to the bot.

Like Telegram, updates are delivered one at a time in order, an update is dropped from the
queue only after the bot answered 2xx, and the secret token travels in
``X-Telegram-Bot-Api-Secret-Token``. Unlike Telegram, plain ``http://`` is accepted for
loopback hosts so ``run_webhook`` can be tested locally without TLS.
"""

from __future__ import annotations

import asyncio
import json
import logging
from urllib.parse import urlsplit

import httpx

from fakebot.api_misc import MiscMethods
from fakebot.params import Params
from fakebot.records import bad_request

log = logging.getLogger(__name__)

RETRY_START_S = 0.05  # short: the bot under test is local; Telegram itself backs off for minutes
RETRY_MAX_S = 1.0
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class WebhookMethods(MiscMethods):
    _webhook_task: asyncio.Task[None] | None = None

    async def api_setwebhook(self, p: Params) -> bool:
        url = p.str("url") or ""
        if url:
            parts = urlsplit(url)
            if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS):
                raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = p.str("secret_token")
        if secret is not None and not (1 <= len(secret) <= 256 and secret.replace("-", "").replace("_", "").isalnum()):
            raise bad_request("secret token contains unallowed characters")
        if p.bool("drop_pending_updates"):
            self._updates.clear()
        allowed = p.json("allowed_updates")
        if allowed is not None:
            self._allowed_updates = list(allowed) or None
        await self._stop_webhook_delivery()
        self.webhook_url, self.webhook_secret = url or None, secret
        if self.webhook_url:
            self._webhook_task = asyncio.create_task(self._deliver_webhook(self.webhook_url, secret))
        self._notify()
        return True

    async def api_deletewebhook(self, p: Params) -> bool:
        await self._stop_webhook_delivery()
        self.webhook_url = self.webhook_secret = None
        if p.bool("drop_pending_updates"):
            self._updates.clear()
        self._notify()
        return True

    async def api_getwebhookinfo(self, p: Params) -> dict:
        info: dict = {"url": self.webhook_url or "", "has_custom_certificate": False,
                      "pending_update_count": len(self._updates)}
        if self.webhook_errors:
            info["last_error_message"] = self.webhook_errors[-1]
        return info

    async def _stop_webhook_delivery(self) -> None:
        task, self._webhook_task = self._webhook_task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _deliver_webhook(self, url: str, secret: str | None) -> None:
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        delay = RETRY_START_S
        async with httpx.AsyncClient(timeout=10) as client:
            while not self._closing.is_set():
                def next_update() -> dict | None:
                    wanted = self._allowed_updates
                    for update in self._updates:
                        if not wanted or next(k for k in update if k != "update_id") in wanted:
                            return update
                    return None

                update = await self._wait_until(next_update, 3600)
                if update is None:
                    continue
                try:
                    reply = await client.post(url, content=json.dumps(update), headers=headers)
                    ok, error = reply.is_success, f"Wrong response from the webhook: {reply.status_code}"
                except httpx.HTTPError as exc:
                    ok, error = False, f"Connection failed: {type(exc).__name__}"
                if ok:
                    self._updates = [u for u in self._updates if u["update_id"] > update["update_id"]]
                    self.calls["webhookDelivery"] += 1
                    delay = RETRY_START_S
                    self._notify()
                    continue
                self.webhook_errors.append(error)
                self._notify()
                try:
                    async with asyncio.timeout(delay):
                        await self._closing.wait()
                except TimeoutError:
                    pass
                delay = min(delay * 2, RETRY_MAX_S)
