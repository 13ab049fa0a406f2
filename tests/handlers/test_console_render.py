"""The console shows Telegram HTML as terminal text: ANSI bold on a TTY, plain when piped."""

from __future__ import annotations

from bot.console import TerminalRenderer

HTML = '<b>Title &amp; more</b>\n<a href="https://example.com/a?b=1&amp;c=2">source</a> <i>x</i> &lt;tag&gt;'


def test_plain_when_piped() -> None:
    out = TerminalRenderer(color=False).text(HTML)
    assert out == "Title & more\nsource (https://example.com/a?b=1&c=2) x <tag>"


def test_bold_as_ansi_on_a_terminal() -> None:
    out = TerminalRenderer(color=True).text(HTML)
    assert out.startswith("\033[1mTitle & more\033[0m") and "<tag>" in out
