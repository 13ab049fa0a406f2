"""Settings: defaults, parsing, and one readable line per bad variable."""

from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError, load_settings
from briefing import parse_fallback

ALL_VARS = (
    "BOT_TOKEN", "TELEGRAM_API_URL", "ADMIN_IDS", "DATABASE_PATH", "PUSH_INTERVAL_SECONDS",
    "FEED_POLL_SECONDS", "FETCH_ALLOW_PRIVATE", "TIMEZONE", "LOG_LEVEL", "WEBHOOK_URL",
    "WEBHOOK_LISTEN", "WEBHOOK_SECRET", "DATABASE_URL", "PARSE_FALLBACK",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for var in ALL_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults_without_env(tmp_path):
    s = load_settings()
    assert s.bot_token is None
    assert s.admin_ids == frozenset()
    assert s.push_interval_seconds == 60 and s.feed_poll_seconds == 900
    assert s.fetch_allow_private is False
    assert s.timezone == "UTC" and s.log_level == "INFO"
    assert (tmp_path / "data").is_dir(), "the database directory is created"


def test_admin_ids_and_token_parse(monkeypatch):
    monkeypatch.setenv("ADMIN_IDS", " 12, 34 ,")
    monkeypatch.setenv("BOT_TOKEN", "123:SECRET")
    s = load_settings()
    assert s.admin_ids == frozenset({12, 34})
    assert s.bot_token is not None and s.bot_token.get_secret_value() == "123:SECRET"
    assert "SECRET" not in repr(s)


def test_empty_token_means_console(monkeypatch):
    monkeypatch.setenv("BOT_TOKEN", "  ")
    assert load_settings().bot_token is None


def test_dotenv_file_is_read(tmp_path):
    (tmp_path / ".env").write_text("ADMIN_IDS=7\nLOG_LEVEL=debug\n")
    s = load_settings()
    assert s.admin_ids == frozenset({7}) and s.log_level == "DEBUG"


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("ADMIN_IDS", "abc"),
        ("PUSH_INTERVAL_SECONDS", "-5"),
        ("TIMEZONE", "Mars/Olympus"),
        ("LOG_LEVEL", "LOUD"),
        ("TELEGRAM_API_URL", "ftp://x/bot"),
        ("FETCH_ALLOW_PRIVATE", "maybe"),
    ],
)
def test_bad_value_names_the_variable(monkeypatch, var, value):
    monkeypatch.setenv(var, value)
    with pytest.raises(SettingsError) as err:
        load_settings()
    message = str(err.value)
    assert message.startswith(f"Invalid setting {var}:")
    assert "\n" not in message and "Traceback" not in message


def test_base_file_url_is_derived():
    s = Settings(telegram_api_url="http://127.0.0.1:9/bot")
    assert s.base_file_url == "http://127.0.0.1:9/file/bot"


def test_database_url_wins_over_path(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "ignored" / "a.db"))
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot:pw@db.example:6543/briefbot")
    s = load_settings()
    assert s.database.backend == "postgresql" and s.database.host == "db.example:6543"
    assert "pw" not in s.database.redacted and ":***@" in s.database.redacted
    assert not (tmp_path / "ignored").exists(), "no SQLite directory for a PostgreSQL store"


def test_sqlite_url_and_bare_path(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///store/bot.db")
    s = load_settings()
    assert (s.database.backend, s.database.target) == ("sqlite", "store/bot.db")
    assert (tmp_path / "store").is_dir()
    monkeypatch.setenv("DATABASE_URL", "sqlite:////abs/bot.db")
    assert load_settings().database.target == "/abs/bot.db"
    monkeypatch.delenv("DATABASE_URL")
    assert load_settings().database.backend == "sqlite"  # DATABASE_PATH, the default file


@pytest.mark.parametrize(
    "url",
    ["mysql://u:hunter2@h/db", "postgresql://u:hunter2@db.example:99999/x", "postgresql://u:hunter2@db.example",
     "sqlite://", "sqlite:///"],
)
def test_bad_database_url_is_one_line_without_password(monkeypatch, url):
    monkeypatch.setenv("DATABASE_URL", url)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith("Invalid setting DATABASE_URL:") and len(message.splitlines()) == 1
    assert "hunter2" not in message


@pytest.mark.skipif(parse_fallback.load_parser() is None, reason="spaCy with an English model is not installed")
def test_parse_fallback_reaches_the_options_every_way_in_uses(monkeypatch):
    monkeypatch.setenv("PARSE_FALLBACK", "true")
    on = load_settings()
    assert on.briefing_options().parse_fallback is True
    assert on.briefing_options(summary_sentences=5).summary_sentences == 5, "other knobs pass through"
    assert load_settings(parse_fallback=False).briefing_options().parse_fallback is False


def test_parse_fallback_without_a_parser_refuses_to_start(monkeypatch):
    monkeypatch.setattr(parse_fallback, "MODEL_PACKAGES", ("no_such_model_package",))
    parse_fallback.load_parser.cache_clear()
    monkeypatch.setenv("PARSE_FALLBACK", "1")
    try:
        with pytest.raises(SettingsError, match=r"Invalid setting PARSE_FALLBACK: needs spaCy .*spacy download"):
            load_settings()
        monkeypatch.setenv("PARSE_FALLBACK", "0")
        assert load_settings().briefing_options().parse_fallback is False, "off needs no parser"
    finally:
        parse_fallback.load_parser.cache_clear()
