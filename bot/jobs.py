"""Scheduled jobs on PTB's JobQueue. (SCAFFOLD: the delivery work completes it.)

Contract used by ``bot.app``:
    schedule_jobs(application, settings)   # called from post_init after the store is open
    await on_shutdown(application)         # called from post_shutdown before the store closes
"""

from __future__ import annotations

from telegram.ext import Application

from bot.settings import Settings


def schedule_jobs(application: Application, settings: Settings) -> None:
    return None


async def on_shutdown(application: Application) -> None:
    return None
