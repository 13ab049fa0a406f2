"""Interface languages: gettext catalogs (Babel) and the language the current message is in.

Every user-facing string is a whole sentence with named placeholders, marked for extraction
(``pybabel extract -F babel.cfg``, see ``make i18n``) and translated at the point of use::

    from .i18n import _, N_, ngettext
    _("Removed #{id}.", id=article_id)
    ngettext("{count} new briefing", "{count} new briefings", total)   # {count}: the number
    USAGE = N_("Send words to search for …")   # module constant: marked now, ``_(USAGE)`` later

Which language: a ``ContextVar``. For every update, ``handlers.language.apply_chat_language``
(a group -1 handler) sets it to the chat's language before any handler runs; jobs that render
for a chat (pushes, digests) wrap the rendering in ``use_language(code)``. So a new handler
needs nothing but ``_()`` around its strings.

Catalogs: English is the source language (the msgids); ``locales/<lang>/LC_MESSAGES/briefbot.po``
holds each translation. A catalog is read with Babel once per process, on first use, and
compiled in memory (no ``.mo`` files to build or to go stale): after that a lookup is one dict
``get``. Fuzzy entries are never used (English shows instead, and the catalog test fails).
"""

from __future__ import annotations

import gettext as _gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_timedelta, get_timezone_location
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

DOMAIN = "briefbot"
LOCALES_DIR = Path(__file__).with_name("locales")
SOURCE_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "uk", "de", "ru")
"""Interface languages, in the order the /language buttons show them."""
NATIVE_NAMES: dict[str, str] = {"en": "English", "uk": "Українська", "de": "Deutsch", "ru": "Русский"}
"""Each language's name in itself (the /language buttons: no flags, a flag is not a language)."""

#: What people type besides the codes: names in English and in the language itself, and "ua"
#: (the country code, often used for the language).
_ALIASES = {
    "english": "en", "ukrainian": "uk", "german": "de", "russian": "ru", "ua": "uk",
    **{name.lower(): code for code, name in NATIVE_NAMES.items()},
}  # fmt: skip

_current: ContextVar[str] = ContextVar("briefbot_language", default=SOURCE_LANGUAGE)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (module-level constants)."""
    return message


def supported_language(code: str | None) -> str | None:
    """'uk', 'ru-RU', 'de_AT', 'Deutsch', 'ua' → a language we speak; anything else → None."""
    if not code:
        return None
    text = code.strip().lower()
    if text in _ALIASES:
        return _ALIASES[text]
    base = text.replace("_", "-").split("-", 1)[0]
    return base if base in LANGUAGES else None


def default_for(chat_type: str | None, user_language_code: str | None) -> str:
    """A chat's language until someone picks one: in a private chat the user's Telegram
    language when we speak it; English otherwise (a group's members may read different
    languages, so an admin chooses with /language)."""
    if chat_type != "private":
        return SOURCE_LANGUAGE
    return supported_language(user_language_code) or SOURCE_LANGUAGE


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """The compiled catalog of ``language`` (read once per process; English: the msgids)."""
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return _gettext.NullTranslations()
    with (LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as po:
        catalog = read_po(po, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out
    compiled.seek(0)
    return _gettext.GNUTranslations(compiled)


def current_language() -> str:
    return _current.get()


def set_language(language: str) -> None:
    """Make ``language`` current for the rest of this update (called once per update)."""
    _current.set(language if language in LANGUAGES else SOURCE_LANGUAGE)


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """Render in ``language`` inside the block (jobs rendering for a chat, command menus)."""
    token = _current.set(language if language in LANGUAGES else SOURCE_LANGUAGE)
    try:
        yield
    finally:
        _current.reset(token)


def _(message: str, /, **values: object) -> str:
    """``message`` in the current language, its ``{placeholders}`` filled from ``values``."""
    text = translations(_current.get()).gettext(message)
    return text.format(**values) if values else text


def ngettext(singular: str, plural: str, n: int, /, **values: object) -> str:
    """The plural form for ``n`` in the current language (Ukrainian and Russian have three);
    ``{count}`` is ``n`` written the local way (12 000, 12.000) unless ``values`` set it."""
    language = _current.get()
    text = translations(language).ngettext(singular, plural, n)
    values.setdefault("count", format_number(n))
    return text.format(**values)


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def format_number(n: int) -> str:
    """12,000 · 12.000 · 12 000. Below 1,000 every language here writes plain digits, which
    spares Babel's formatter (~35 µs a call) for the common small counts."""
    if -1000 < n < 1000:
        return str(n)
    return format_decimal(n, locale=_locale(_current.get()))


def format_day(day: date) -> str:
    """A date the local way: May 3, 2024 · 3. Mai 2024 · 3 трав. 2024 р."""
    return format_date(day, format="medium", locale=_locale(_current.get()))


def format_ago(elapsed: timedelta) -> str:
    """A short relative age: '5 min. ago', 'vor 3 Std.', '2 дн. тому' (whole units, rounded down)."""
    seconds = max(0, int(elapsed.total_seconds()))
    if seconds < 60:
        return _("just now")
    unit = 60 if seconds < 3600 else 3600 if seconds < 86400 else 86400
    return _ago(_current.get(), seconds // unit * unit)


@lru_cache(maxsize=2048)
def _ago(language: str, seconds: int) -> str:
    """Babel's relative time (30–60 µs a call), cached: a list repeats the same few ages."""
    return format_timedelta(
        timedelta(seconds=-seconds), threshold=1, add_direction=True, format="short", locale=_locale(language)
    )


def zone_city(zone: str) -> str:
    """A time zone's city in the current language (Kyiv, Kiew, Київ) for the settings buttons."""
    return str(get_timezone_location(zone, locale=_locale(_current.get()), return_city=True))


def language_display_name(code: str | None) -> str:
    """An article language's name in the current interface language ('German', 'німецька')."""
    if not code:
        return _("unknown language")
    return _locale(_current.get()).languages.get(code, code)
