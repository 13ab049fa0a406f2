"""≥ 1,000 seeded hostile updates through the real Application: nothing crashes, every private
command/text is answered politely in valid HTML, nothing leaks, nothing changes that shouldn't.

One bot for the whole run (a second phase adds admins); updates are pipelined into the fake
and the test waits once per phase. Counts per category are printed (``-s``) for docs/hardening.md.
"""

from __future__ import annotations

import logging
import random
from collections import Counter
from typing import Any

import pytest

from fakebot import FakeBotServer
from tests.e2e import ADMIN_ID, USER_ID
from tests.e2e.commands_helpers import seed
from tests.hardening.conftest import hermetic_fetcher, snapshot, use_fetcher
from tests.hardening.fuzzcases import (
    ADMIN_COMMANDS,
    ALL_COMMANDS,
    Case,
    clip_utf16,
    command_text,
    forged_callback_data,
    odd_arg,
    random_callback_data,
    random_text,
)
from tests.hardening.fuzzrun import check_replies, run_cases
from tests.hardening.test_feed_lists import GOOD_FEED, opml
from tests.hardening.test_feed_lists import HOSTILE as HOSTILE_OPML

SEED = 20261125
FUZZ_GROUPS = [-7001 - i for i in range(12)]
FUZZ_FORUM = -1_002_900_000_001  # a forum supergroup: non-admins write in its topics and General
GROUP_OWNER = 2999  # the only admin of the fuzz groups; never sends anything
BUTTON_CHATS = [4_000_001, 4_000_002, 4_000_003]
FUZZ_ADMINS = frozenset(range(1_500_000, 1_500_400))
MB = 1024 * 1024


class ChatIds:
    """A fresh private chat per case, so "it got a reply" needs no ordering assumptions."""

    def __init__(self, start: int) -> None:
        self.next = start

    def __call__(self) -> int:
        self.next += 1
        return self.next


def user_cases(rng: random.Random, buttons: list[tuple[int, int, list[str]]], user_msgs: list[dict],
               forum_topics: list[int]) -> list[Case]:
    new_chat = ChatIds(3_000_000)
    cases: list[Case] = []
    for _ in range(380):
        text = command_text(rng, rng.choice(ALL_COMMANDS))
        cases.append(Case("command with odd arguments (private, non-admin)", "text", new_chat(), text, expects_reply=True))
    for _ in range(80):
        cases.append(Case("random unicode text (private)", "text", new_chat(), random_text(rng, rng.randint(1, 300)), expects_reply=True))
    for i in range(40):
        head = f"/{rng.choice(ALL_COMMANDS)} " if i % 2 else ""
        text = clip_utf16(head + random_text(rng, 4096), 4096)
        cases.append(Case("4,096-character messages", "text", new_chat(), text, expects_reply=True))
    for _ in range(150):
        group = rng.choice(FUZZ_GROUPS)
        text = command_text(rng, rng.choice(ALL_COMMANDS)) if rng.random() < 0.8 else random_text(rng, 50)
        cases.append(Case("group messages from non-admin members", "text", group, text, user_id=USER_ID + rng.randint(0, 50)))
    for _ in range(60):
        thread = rng.choice([*forum_topics, None])
        text = command_text(rng, rng.choice(ALL_COMMANDS)) if rng.random() < 0.8 else random_text(rng, 50)
        cases.append(Case("forum topic messages from non-admin members", "text", FUZZ_FORUM, text,
                          user_id=USER_ID + rng.randint(0, 50), options={"thread_id": thread}))
    stolen = [data for _, _, datas in buttons for data in datas]
    for _ in range(200):
        chat_id, message_id, _ = rng.choice(buttons)
        data = random_callback_data(rng) if rng.random() < 0.4 else forged_callback_data(rng, stolen)
        presser = chat_id if chat_id > 0 and rng.random() < 0.7 else USER_ID + rng.randint(0, 50)
        cases.append(Case("callback data: random bytes / forged / other chat's", "press", chat_id, data,
                          user_id=presser, options={"message_id": message_id}))
    for _ in range(20):
        data = rng.choice(("t:energy", "s:mode:digest", "b:1", "p:l:1:0", random_callback_data(rng)))
        message = rng.choice(user_msgs) if rng.random() < 0.6 else None
        cases.append(Case("callback on a message the bot never sent / inline", "raw_press", 0, data,
                          user_id=USER_ID, options={"message": message}))
    docs = [("malware.exe", b"MZ\x90\x00" * 100, "application/octet-stream"), ("paper.pdf", b"%PDF-1.4\n", "application/pdf"),
            ("", b"no name", None), ("article.txt", bytes(range(256)) * 10, "text/plain"),
            ("bad.txt", b"\xff\xfe\xfa" + b"\xc3\x28" * 500, "text/plain"), ("page.html", b"<html>" + b"a" * 64, "text/html"),
            ("feeds.opml", opml(GOOD_FEED), "text/x-opml")]
    for i in range(42):
        name, data, mime = docs[i % len(docs)]
        private = i % 3 != 0
        chat = new_chat() if private else rng.choice(FUZZ_GROUPS)
        caption = "/add" if not private and i % 2 else None
        cases.append(Case("documents from non-admins", "document", chat, None, user_id=None if private else USER_ID,
                          expects_reply=private, options={"data": data, "file_name": name, "mime_type": mime, "caption": caption}))
    for _ in range(40):
        private = rng.random() < 0.5
        chat = new_chat() if private else rng.choice(FUZZ_GROUPS)
        text = command_text(rng, rng.choice(ALL_COMMANDS + ADMIN_COMMANDS))
        cases.append(Case("edited messages", "edited", chat, text, user_id=None if private else USER_ID, expects_reply=private))
    shapes: list[dict[str, Any]] = [{"sticker": {"file_id": "CAAC", "file_unique_id": "AgA", "type": "regular", "width": 512,
                                                 "height": 512, "is_animated": False, "is_video": False}},
                                    {}, {"new_chat_members": [{"id": 77, "is_bot": False, "first_name": "New"}]},
                                    {"location": {"latitude": 50.45, "longitude": 30.52}}]
    for i in range(60):
        group = rng.choice(FUZZ_GROUPS)
        no_from = i % 2 == 0
        text = command_text(rng, rng.choice(ALL_COMMANDS)) if i % 4 == 0 else None
        cases.append(Case("no sender / no text (sticker, empty, service)", "message", group, text,
                          user_id=None if no_from else USER_ID, options={"with_from": not no_from, "extra": shapes[i % len(shapes)]}))
    for _ in range(30):
        text = command_text(rng, rng.choice(ALL_COMMANDS)) if rng.random() < 0.7 else random_text(rng, 100)
        cases.append(Case("channel posts", "channel", -1_009_000_000_000 - rng.randint(0, 3), text))
    rng.shuffle(cases)
    return cases


def admin_cases(rng: random.Random) -> list[Case]:
    admins = iter(sorted(FUZZ_ADMINS))
    cases: list[Case] = []
    for _ in range(120):
        text = command_text(rng, rng.choice(ADMIN_COMMANDS))
        cases.append(Case("admin commands with odd arguments", "text", next(admins), text, expects_reply=True))
    urls = ["http://news.test/story", "https://news.test/story?x=1", "http://intranet.test/", "http://metadata.test/latest",
            "http://127.0.0.1:8080/", "http://2130706433/", "http://0x7f000001/", "http://[::1]/", "http://mapped.test/",
            "http://news.test/?to=http://169.254.169.254/", "http://nowhere.test/", "gopher://news.test/", "file:///etc/passwd"]
    for i in range(39):
        cases.append(Case("admin /add with hostile URLs", "text", next(admins), f"/add {urls[i % len(urls)]}", expects_reply=True))
    for _ in range(20):  # bot admins talking in groups they do not administer
        text = command_text(rng, rng.choice(ADMIN_COMMANDS + ("subscribe", "settings")))
        cases.append(Case("admin commands in groups", "text", rng.choice(FUZZ_GROUPS), text, user_id=next(admins)))
    pairs = []
    for _ in range(20):  # two updates in one chat: kept in order through the shuffle
        chat = next(admins)
        pairs.append([Case("admin bare /add then hostile pasted text", "text", chat, "/add", expects_reply=True),
                      Case("admin bare /add then hostile pasted text", "text", chat,
                           random_text(rng, rng.randint(5, 3000)), expects_reply=True)])
    big = b"<html><body>" + b"<p>padding paragraph</p>" * (10 * MB // 24) + b"</body></html>"
    docs = [("malware.exe", b"MZ\x90\x00" * 100, "application/octet-stream"), ("paper.pdf", b"%PDF-1.4\n%\xe2\xe3", "application/pdf"),
            ("", b"nameless", None), ("binary.txt", bytes(range(256)) * 40, "text/plain"),
            ("latin.txt", "Caf\u00e9 news\n\nna\u00efve".encode("latin-1") + b"\xff\xfe\x00", "text/plain"),
            ("huge.html", big, "text/html"), ("x.md", b"# <script>alert(1)</script>\n\n" + odd_arg(rng).encode(), "text/markdown")]
    for i in range(24):
        name, data, mime = docs[i % len(docs)]
        options = {"data": data, "file_name": name, "mime_type": mime}
        if i >= 21:  # a client that does not declare file_size: the download itself is capped
            options = {"data": big, "file_name": "huge.html", "mime_type": "text/html", "declare_size": False}
        cases.append(Case("admin documents: wrong type, binary, invalid UTF-8, 10 MB", "document", next(admins), None,
                          expects_reply=True, options=options))
    opml_files = [(f"{label}.opml", data) for label, data, _ in HOSTILE_OPML]
    opml_files += [("inside.opml", opml(*(f'<outline xmlUrl="{url}"/>' for url in urls))),
                   ("titles.opml", opml(f'<outline text="{odd_arg(rng)}" xmlUrl="http://news.test/rss"/>'.replace("&", "&amp;"))),
                   ("empty.opml", b""), ("feeds.xml", b"\xff\xfe<opml>" + bytes(range(256)))]
    for i in range(2 * len(opml_files)):
        name, data = opml_files[i % len(opml_files)]
        options = {"data": data, "file_name": name, "mime_type": "text/x-opml"}
        if i >= len(opml_files):  # the second round without file_size: the download is capped too
            options["declare_size"] = False
        cases.append(Case("admin OPML uploads: entity bombs, broken XML, 10,000 outlines, 5 MB+, inside addresses",
                          "document", next(admins), None, expects_reply=True, options=options))
    groups = [[c] for c in cases] + pairs
    rng.shuffle(groups)
    return [c for group in groups for c in group]


async def _setup_buttons(server: FakeBotServer, app: Any) -> tuple[list[tuple[int, int, list[str]]], list[dict]]:
    await seed(app, 8)
    for group in FUZZ_GROUPS:
        server.set_admins(group, {GROUP_OWNER}, creator_id=GROUP_OWNER)
    user_msgs = []
    for chat in BUTTON_CHATS + FUZZ_GROUPS[:2]:
        for text in ("/latest", "/settings", "/topics", "/search officials"):
            user_msgs.append(await server.send_text(chat, text, user_id=None if chat > 0 else USER_ID))
        await server.wait_for_messages(chat, 4)
    server.add_forum(FUZZ_FORUM, admin_ids={GROUP_OWNER}, creator_id=GROUP_OWNER)
    for name in ("News", "Sport", "Closed"):
        await server.create_topic(FUZZ_FORUM, name, user_id=GROUP_OWNER)
    for group in [*FUZZ_GROUPS[2:], FUZZ_FORUM]:  # registers each group with default settings before the snapshot
        await server.send_text(group, "/settings", user_id=USER_ID)
        await server.wait_for_messages(group, 1)
    buttons = [(m.chat_id, m.message_id, m.callback_data) for m in server.sent if m.callback_data]
    assert {c for c, _, _ in buttons} >= set(BUTTON_CHATS), "setup produced no buttons to press"
    return buttons, user_msgs


@pytest.mark.usefixtures("unthrottled")
async def test_fuzz_hostile_updates(fake_server: FakeBotServer, start_bot, app_errors, make_settings, caplog) -> None:
    caplog.set_level(logging.WARNING)
    # The fuzz admins join for the second phase (the handlers read ``bot_data.admin_ids`` on each
    # update): started with all 401, the bot's start-up would register each one's command menu
    # in every language (1,604 setMyCommands, ~14 s), which tests nothing about hostile input.
    app = await start_bot(fetch_allow_private=False)
    await use_fetcher(app, hermetic_fetcher())
    db = make_settings().database_path
    rng = random.Random(SEED)
    buttons, user_msgs = await _setup_buttons(fake_server, app)
    forum_topics = sorted(fake_server.chats[FUZZ_FORUM].topics)
    await fake_server.close_topic(FUZZ_FORUM, forum_topics[-1], user_id=GROUP_OWNER)  # replies there fail
    before = snapshot(db)
    answers_before = len(fake_server.callback_answers)

    users = user_cases(rng, buttons, user_msgs, forum_topics)
    user_seconds = await run_cases(fake_server, users)
    after_users = snapshot(db)
    presses = sum(c.kind in ("press", "raw_press") for c in users)
    await fake_server.wait_for(lambda: len(fake_server.callback_answers) - answers_before >= presses,
                               timeout=10, describe="a button press was never answered")

    app.bot_data.admin_ids = frozenset({ADMIN_ID}) | FUZZ_ADMINS
    admins = admin_cases(rng)
    admin_seconds = await run_cases(fake_server, admins)
    after_admins = snapshot(db)

    counts = Counter(c.category for c in users + admins)
    must_answer = sum(c.expects_reply for c in users + admins)
    print(f"\nfuzz: {len(users)} user updates in {user_seconds:.1f}s, {len(admins)} admin updates in {admin_seconds:.1f}s; "
          f"{must_answer} needed an answer, {presses} presses, {len(fake_server.sent)} bot messages checked")
    for category, n in counts.items():
        print(f"  {n:4d}  {category}")
    assert len(users) + len(admins) >= 1000

    assert app_errors.errors == []
    errors = [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == []
    assert check_replies(fake_server, users + admins) == []
    assert await app.bot_data.store.integrity_check() == "ok"

    # non-admins: articles and feeds untouched; groups (no admin among the senders) untouched
    assert after_users["articles"] == before["articles"]
    assert after_users["feeds"] == before["feeds"]
    group_rows = [row for row in before["chats"] if row[0] < 0]
    assert [row for row in after_users["chats"] if row[0] < 0 and row[1] != "channel"] == group_rows
    assert [s for s in after_users["subscriptions"] if s[0] < 0] == []
    assert [m for m in after_users["mutes"] if m[0] < 0] == []
    forum_replies = [m for m in fake_server.messages(FUZZ_FORUM)]
    assert forum_replies and all(m.message_thread_id != forum_topics[-1] for m in forum_replies)
    # admins: whatever was added is attributed to an admin
    allowed = FUZZ_ADMINS | {None}
    new_articles = [a for a in after_admins["articles"] if a not in before["articles"]]
    assert all(a[4] in allowed for a in new_articles)
    assert all(f[2] in allowed for f in after_admins["feeds"])
    inside = ("intranet", "127.", "metadata", "[::1]", "2130706433", "0x7f", "mapped", "file:", "gopher:")
    assert [a for a in after_admins["articles"] if a[1] and any(h in a[1] for h in inside)] == []
    assert [f for f in after_admins["feeds"] if any(h in f[1] for h in inside)] == []
