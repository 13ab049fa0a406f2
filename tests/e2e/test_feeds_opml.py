"""OPML in and out, end to end: the real application against the fake Bot API.

An admin uploads a feed list (or replies /feeds_import to one); /feeds_export sends a document.
Hostile files and SSRF addresses are in ``tests/hardening/test_feed_lists.py``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from briefing.opml import FeedOutline, parse_opml
from fakebot import FakeBotServer
from tests.e2e import ADMIN_ID, GROUP_ID, USER_ID
from tests.e2e.commands_helpers import assert_valid_html, barrier

READER_EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="News" title="News">
      <outline type="rss" text="Coast Wire" title="Coast Wire" xmlUrl="https://coastwire.example/rss.xml"/>
      <outline type="rss" text="Tom &amp; Jerry's &lt;Daily&gt;" xmlUrl="https://tj.example/atom?x=1&amp;y=2"/>
    </outline>
    <outline type="rss" text="Local secrets" xmlUrl="file:///etc/passwd"/>
  </body>
</opml>"""


def sent_file(server: FakeBotServer, chat_id: int) -> tuple[str, bytes]:
    """(file name, bytes) of the last document the bot sent to ``chat_id``."""
    sent = server.last_message(chat_id)
    assert sent.method == "sendDocument" and sent.document is not None
    return sent.document["file_name"], server.files[sent.document["file_id"]].data


async def test_opml_upload_adds_two_refuses_file_url_then_export_returns_both(
    fake_server: FakeBotServer, bot_app
) -> None:
    await fake_server.send_document(ADMIN_ID, READER_EXPORT, file_name="subscriptions.opml", mime_type="text/x-opml")
    report = (await fake_server.wait_for_messages(ADMIN_ID, 1))[-1]
    assert_valid_html([report])
    text = report.plain_text
    assert "2 added, 0 already present, 1 refused" in text
    assert "file:///etc/passwd" in text and "Only http:// and https://" in text
    feeds = await bot_app.bot_data.store.feeds.list()
    assert [(f.url, f.title, f.added_by) for f in feeds] == [
        ("https://coastwire.example/rss.xml", "Coast Wire", ADMIN_ID),
        ("https://tj.example/atom?x=1&y=2", "Tom & Jerry's <Daily>", ADMIN_ID),
    ]

    await fake_server.send_document(ADMIN_ID, READER_EXPORT, file_name="again.OPML", mime_type=None)
    again = (await fake_server.wait_for_messages(ADMIN_ID, 2))[-1].plain_text
    assert "0 added, 2 already present, 1 refused" in again

    before = len(fake_server.messages(ADMIN_ID))
    await fake_server.send_text(ADMIN_ID, "/feeds_export")
    await fake_server.wait_for_messages(ADMIN_ID, before + 1)
    name, data = sent_file(fake_server, ADMIN_ID)
    assert name.startswith("briefbot-feeds-") and name.endswith(".opml")
    assert "2 feeds" in fake_server.last_message(ADMIN_ID).plain_text
    root = ET.fromstring(data)
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert parse_opml(data) == [
        FeedOutline(url="https://coastwire.example/rss.xml", title="Coast Wire"),
        FeedOutline(url="https://tj.example/atom?x=1&y=2", title="Tom & Jerry's <Daily>"),
    ]
    assert b"Tom &amp; Jerry's &lt;Daily&gt;" in data

    # the exported file imports into another bot as-is (here: back into this one, all present)
    await fake_server.send_document(ADMIN_ID, data, file_name=name)
    assert "0 added, 2 already present, 0 refused" in (await fake_server.wait_for_messages(ADMIN_ID, before + 2))[-1].plain_text


async def test_feeds_import_as_a_reply_to_an_uploaded_list(fake_server: FakeBotServer, bot_app) -> None:
    """Some readers export ``.xml``: the upload is not taken as a feed list, a reply makes it one."""
    assert "reply to one with /feeds_import" in (await fake_server.ask(ADMIN_ID, "/feeds_import"))[0].plain_text
    upload = await fake_server.send_document(ADMIN_ID, READER_EXPORT, file_name="Inoreader Subscriptions.xml",
                                             mime_type="text/xml")
    await fake_server.wait_for_messages(ADMIN_ID, 2)  # the article-document handler's answer
    assert await bot_app.bot_data.store.feeds.list() == []
    reply = await fake_server.ask(ADMIN_ID, "/feeds_import", reply_to_message_id=upload["message_id"])
    assert "2 added, 0 already present, 1 refused" in reply[0].plain_text
    text_reply = await fake_server.ask(ADMIN_ID, "/feeds_import", reply_to_text="not a file")
    assert "Send me an .opml file" in text_reply[0].plain_text
    assert len(await bot_app.bot_data.store.feeds.list()) == 2


async def test_non_admins_cannot_import_or_export(fake_server: FakeBotServer, bot_app) -> None:
    await bot_app.bot_data.store.feeds.add("https://kept.example/rss")
    await fake_server.send_document(USER_ID, READER_EXPORT, file_name="mine.opml")
    assert "Only admins can import feed lists" in (await fake_server.wait_for_messages(USER_ID, 1))[-1].plain_text
    for command in ("/feeds_export", "/feeds_import"):
        assert "for admins" in (await fake_server.ask(USER_ID, command))[0].plain_text
    await fake_server.send_document(GROUP_ID, READER_EXPORT, file_name="mine.opml", user_id=USER_ID,
                                    caption="/feeds_import")
    await barrier(fake_server, GROUP_ID, user_id=USER_ID)
    assert len(fake_server.messages(GROUP_ID)) == 1  # only the barrier's answer: the upload was ignored
    assert [f.url for f in await bot_app.bot_data.store.feeds.list()] == ["https://kept.example/rss"]
    assert all(m.method == "sendMessage" for m in fake_server.messages(USER_ID))


async def test_admin_upload_in_a_group_needs_the_caption(fake_server: FakeBotServer, bot_app) -> None:
    await fake_server.send_document(GROUP_ID, READER_EXPORT, file_name="team.opml", user_id=ADMIN_ID)
    await barrier(fake_server, GROUP_ID, user_id=ADMIN_ID)
    assert await bot_app.bot_data.store.feeds.list() == []
    before = len(fake_server.messages(GROUP_ID))
    await fake_server.send_document(GROUP_ID, READER_EXPORT, file_name="team.opml", user_id=ADMIN_ID,
                                    caption="/feeds_import")
    assert "2 added" in (await fake_server.wait_for_messages(GROUP_ID, before + 1))[-1].plain_text


async def test_export_with_no_feeds_and_a_large_list(fake_server: FakeBotServer, bot_app) -> None:
    assert "No feeds to export yet" in (await fake_server.ask(ADMIN_ID, "/feeds_export"))[0].plain_text
    rows = "".join(f'<outline text="Feed {i}" xmlUrl="https://f{i}.example/rss"/>' for i in range(1200))
    await fake_server.send_document(ADMIN_ID, f"<opml version='2.0'><body>{rows}</body></opml>".encode(),
                                    file_name="big.opml")
    replies = await fake_server.wait_for_messages(ADMIN_ID, 3)
    assert "Checking 1,200 feeds" in replies[1].plain_text
    assert "1,200 added" in replies[2].plain_text
    listing = (await fake_server.ask(ADMIN_ID, "/feeds"))[0]
    assert "Feeds (1,200)" in listing.plain_text and "/feeds_export" in listing.plain_text
    await fake_server.send_text(ADMIN_ID, "/feeds_export")
    await fake_server.wait_for_messages(ADMIN_ID, 5)
    assert len(parse_opml(sent_file(fake_server, ADMIN_ID)[1])) == 1200
