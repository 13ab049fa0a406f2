"""Wiring layer: settings, application, scheduled jobs, CLI and console.

The whole process opts in to python-telegram-bot's ``timedelta`` time periods (the v23
behaviour) here, once: otherwise every 429 reply (``RetryAfter``) emits a deprecation warning
from inside PTB. ``bot.pacing.retry_after_seconds`` reads both forms.
"""

import os

os.environ.setdefault("PTB_TIMEDELTA", "true")
