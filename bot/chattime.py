"""A chat's local clock: quiet hours and digest slots, computed from an injected UTC ``now``.

Pure functions (no Telegram, no storage) so digests and quiet hours are testable with a fake
clock in any time zone, including across midnight and DST changes.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storage.models import ChatSettings


def zone(name: str) -> ZoneInfo:
    """The chat's zone; an unknown name (stored before validation existed) falls back to UTC."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def quiet_until(settings: ChatSettings, now: datetime) -> datetime | None:
    """When the chat's quiet hours end (UTC) if ``now`` falls inside them, else None.

    A window like 22:00–07:00 wraps midnight. Equal start and end means "no quiet hours".
    """
    if not settings.quiet_start or not settings.quiet_end or settings.quiet_start == settings.quiet_end:
        return None
    tz = zone(settings.timezone)
    local = now.astimezone(tz)
    start, end = _hhmm(settings.quiet_start), _hhmm(settings.quiet_end)
    clock = local.time().replace(second=0, microsecond=0, tzinfo=None)
    inside = start <= clock < end if start < end else (clock >= start or clock < end)
    if not inside:
        return None
    end_local = datetime.combine(local.date(), end, tzinfo=tz)
    if end_local <= local:
        end_local = datetime.combine(local.date() + timedelta(days=1), end, tzinfo=tz)
    return end_local.astimezone(UTC)


def last_digest_slot(settings: ChatSettings, now: datetime) -> datetime:
    """The most recent scheduled digest instant (UTC) at or before ``now``."""
    tz = zone(settings.timezone)
    local = now.astimezone(tz)
    at = _hhmm(settings.digest_time)
    slot = datetime.combine(local.date(), at, tzinfo=tz)
    if slot > local:
        slot = datetime.combine(local.date() - timedelta(days=1), at, tzinfo=tz)
    return slot.astimezone(UTC)
