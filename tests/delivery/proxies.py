"""Reverse proxies in front of several webhook workers, as a deployment has them: Debian's nginx
(the README's snippet, rendered with test ports) or, where nginx is not installed, a small
aiohttp proxy with the same behaviour (round robin, the request path passed on unchanged).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import httpx
from aiohttp import web

NGINX_SNIPPET = """\
upstream briefbot_workers {{
    server 127.0.0.1:{port_a} fail_timeout=2s;  # a worker that refused a request is retried after 2 s
    server 127.0.0.1:{port_b} fail_timeout=2s;
}}
server {{
    listen 127.0.0.1:{listen};
    location /tg/ {{
        proxy_pass http://briefbot_workers;  # no URI after the host: the path goes on unchanged
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_next_upstream error timeout;   # a dead worker's requests go to the other one
    }}
}}
"""
"""The README's snippet (there with ``listen 443 ssl`` and certificates); rendered per test."""

_NGINX_MAIN = """\
worker_processes 1;
daemon off;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 256; }}
http {{
    log_format upstream '$upstream_addr $status';
    access_log {root}/access.log upstream;
    client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
    uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
{snippet}
}}
"""


class PythonProxy:
    """Round robin over ``upstreams`` (ports), path and headers passed on; counts per upstream."""

    kind = "python"

    def __init__(self, listen: int, upstreams: list[int]) -> None:
        self.listen, self.upstreams = listen, upstreams
        self._next = itertools.cycle(upstreams)
        self.pinned: int | None = None
        """Set: every request goes to this upstream (a test decides which worker gets an update)."""
        self.counts: Counter[int] = Counter()
        self._runner: web.AppRunner | None = None
        self._client = httpx.AsyncClient(timeout=30)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{path:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.listen).start()

    async def _forward(self, request: web.Request) -> web.Response:
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in {"host", "content-length"}}
        for _ in self.upstreams:  # like proxy_next_upstream: a dead worker is skipped
            port = self.pinned or next(self._next)
            try:
                reply = await self._client.request(
                    request.method, f"http://127.0.0.1:{port}{request.rel_url}", content=body, headers=headers
                )
            except httpx.TransportError:
                continue
            self.counts[port] += 1
            return web.Response(status=reply.status_code, body=reply.content)
        return web.Response(status=502)

    def served(self) -> Counter[int]:
        return self.counts

    async def stop(self) -> None:
        await self._client.aclose()
        if self._runner is not None:
            await self._runner.cleanup()


class NginxProxy:
    """Debian's nginx running ``NGINX_SNIPPET`` in the foreground; counts from its access log."""

    kind = "nginx"

    def __init__(self, listen: int, upstreams: list[int]) -> None:
        self.listen, self.upstreams = listen, upstreams
        self.root = Path(tempfile.mkdtemp(prefix="briefbot-nginx-"))
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        (self.root / "tmp").mkdir()
        os.chmod(self.root, 0o755)
        os.chmod(self.root / "tmp", 0o777)  # worker processes run as an unprivileged user
        snippet = NGINX_SNIPPET.format(port_a=self.upstreams[0], port_b=self.upstreams[1], listen=self.listen)
        (self.root / "nginx.conf").write_text(_NGINX_MAIN.format(root=self.root, snippet=snippet))
        self.proc = await asyncio.create_subprocess_exec(
            nginx_binary() or "nginx", "-p", str(self.root), "-c", str(self.root / "nginx.conf"),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )
        async with httpx.AsyncClient(timeout=1) as client:
            for _ in range(100):
                with contextlib.suppress(httpx.TransportError):
                    await client.get(f"http://127.0.0.1:{self.listen}/")
                    return
                await asyncio.sleep(0.1)
        raise AssertionError(f"nginx did not start: {(self.root / 'error.log').read_text(errors='replace')}")

    def served(self) -> Counter[int]:
        counts: Counter[int] = Counter()
        log = self.root / "access.log"
        for line in log.read_text().splitlines() if log.exists() else []:
            upstream = line.split()[0].split(",")[-1].strip()  # "a, b" when it moved on
            if upstream.count(":") == 1 and line.split()[-1] == "200":
                counts[int(upstream.rsplit(":", 1)[1])] += 1
        return counts

    async def stop(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.terminate()
            await self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.path.exists(p)), None
    )
