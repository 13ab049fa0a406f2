"""The one settings model, read from the environment and ``.env`` (documented in ``.env.example``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from briefing.models import BriefingOptions
from storage.urls import DatabaseUrl, parse_database_url

DEFAULT_API_URL = "https://api.telegram.org/bot"


class SettingsError(Exception):
    """A bad configuration value: one line naming the variable, shown instead of a traceback."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None
    telegram_api_url: str = DEFAULT_API_URL
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    database_path: Path = Path("./data/briefbot.sqlite3")
    database_url: str | None = None
    push_interval_seconds: float = Field(default=60, gt=0)
    feed_poll_seconds: float = Field(default=900, gt=0)
    fetch_allow_private: bool = False
    timezone: str = "UTC"
    log_level: str = "INFO"
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1:8443"
    webhook_secret: SecretStr | None = None
    parse_fallback: bool = False

    @field_validator("bot_token", "webhook_secret", "database_url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        if value is not None:
            parse_database_url(value)  # ValueError names the host, never the password
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError:
                raise ValueError("must be comma-separated numeric Telegram user ids, e.g. 12345,67890") from None
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL ending in /bot, e.g. https://api.telegram.org/bot")
        return value

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; use an IANA name like Europe/Kyiv") from None
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @field_validator("parse_fallback")
    @classmethod
    def _parser_installed(cls, value: bool) -> bool:
        # Checked here so a bot told to use the parse never runs silently without it.
        if value:
            from briefing.parse_fallback import load_parser

            if load_parser() is None:
                raise ValueError(
                    "needs spaCy and an English model: pip install -e '.[parse]' && "
                    "python -m spacy download en_core_web_sm (README, Configuration)"
                )
        return value

    def briefing_options(self, **knobs: Any) -> BriefingOptions:
        """The pipeline knobs every way in shares (chat, uploads, feeds, ``briefbot brief`` and
        ``ingest``), so an article gets the same briefing whichever door it came through."""
        return BriefingOptions(parse_fallback=self.parse_fallback, **knobs)

    @property
    def database(self) -> DatabaseUrl:
        """Where the store is: ``DATABASE_URL`` when set, else the ``DATABASE_PATH`` file."""
        return parse_database_url(self.database_url or str(self.database_path))

    @property
    def base_file_url(self) -> str:
        """PTB's file URL: ``…/bot`` becomes ``…/file/bot``."""
        base = self.telegram_api_url
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base.rstrip("/") + "/file/bot"


def load_settings(**overrides: object) -> Settings:
    """Load settings, turning validation errors into one readable line per bad variable."""
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            name = str(err["loc"][0]).upper() if err["loc"] else "settings"
            msg = err["msg"].removeprefix("Value error, ")
            lines.append(f"Invalid setting {name}: {msg}")
        raise SettingsError("\n".join(lines)) from None
    if settings.database.backend == "sqlite" and not settings.database.target.startswith("file:"):
        Path(settings.database.target).parent.mkdir(parents=True, exist_ok=True)
    return settings
