"""The delivery suite's real temporary SQLite ``store`` fixture, shared with the bot tests."""

from tests.delivery.conftest import store  # noqa: F401
