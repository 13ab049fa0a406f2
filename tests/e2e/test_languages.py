"""Articles in other languages end to end (issue 17): the real application against the fake
Bot API — an admin adds a German and a Ukrainian article, /brief shows their quotes with
speakers and their figures, and a subscription written in Ukrainian gets the Ukrainian article."""

from __future__ import annotations

from fakebot import FakeBotServer
from tests.delivery.conftest import eventually
from tests.e2e import ADMIN_ID, USER_ID
from tests.e2e.commands_helpers import assert_valid_html

GERMAN = """Kabinett beschließt neues Hilfspaket für Kommunen

Die Bundesregierung stellt den Kommunen in diesem Jahr zusätzlich 1,5 Milliarden Euro für den Bau von Schulen und Kitas bereit. Das beschloss das Kabinett am Mittwoch in Berlin.

„Wir investieren in die Zukunft unserer Kinder“, sagte Bauministerin Helga Brandt nach der Sitzung. Mit dem Geld sollen bundesweit rund 12.000 Kita-Plätze entstehen.

Der Städtetag begrüßte das Paket, hält es aber für zu klein. Sein Präsident Uwe Richter sagte: „Der Sanierungsstau an den Schulen liegt bei über 50 Milliarden Euro.“"""

UKRAINIAN = """Київ закупить нові тролейбуси

Київська міська адміністрація оголосила закупівлю 40 нових тролейбусів на 1,3 млрд гривень. Перші машини мають вийти на маршрути вже восени.

«Нові тролейбуси зможуть долати до 20 кілометрів без контактної мережі», — сказав директор департаменту транспорту Олег Савчук.

Голова профільної комісії Київради Ірина Мельник зазначила, що старі машини передадуть Харкову. «Місто отримає 15 тролейбусів уже цього року», — додала вона."""


async def test_german_and_ukrainian_articles_then_a_ukrainian_subscription(
    fake_server: FakeBotServer, start_bot
) -> None:
    app = await start_bot(push_interval_seconds=0.2)
    store = app.bot_data.store

    added = (await fake_server.ask(ADMIN_ID, "/add " + GERMAN))[0]
    assert "Added as #1" in added.plain_text
    german = (await fake_server.ask(USER_ID, "/brief 1"))[0]
    assert_valid_html([german])
    text = german.plain_text
    assert "German" in text
    assert "„Wir investieren in die Zukunft unserer Kinder“ — Helga Brandt" in text
    assert "„Der Sanierungsstau an den Schulen liegt bei über 50 Milliarden Euro.“ — Uwe Richter" in text
    figures = text.split("Key figures", 1)[1]
    assert "1,5 Milliarden Euro" in figures and "12.000 Kita-Plätze" in figures
    assert (await store.articles.get(1)).language == "de"

    # a chat subscribes in Ukrainian (nominative plural) before the article arrives
    await fake_server.ask(USER_ID, "/start")
    assert "Subscribed" in (await fake_server.ask(USER_ID, "/subscribe тролейбуси"))[0].plain_text
    before = len(fake_server.messages(USER_ID))
    added = (await fake_server.ask(ADMIN_ID, "/add " + UKRAINIAN))[0]
    assert "Added as #2" in added.plain_text
    pushed = await fake_server.wait_for_messages(USER_ID, before + 1, timeout=15)
    assert any("Київ закупить нові тролейбуси" in m.plain_text for m in pushed[before:])

    ukrainian = (await fake_server.ask(USER_ID, "/brief 2"))[0]
    assert_valid_html([ukrainian])
    text = ukrainian.plain_text
    assert "Ukrainian" in text
    assert (
        "«Нові тролейбуси зможуть долати до 20 кілометрів без контактної мережі» — Олег Савчук"
        in text
    )
    assert "«Місто отримає 15 тролейбусів уже цього року» — Ірина Мельник" in text
    figures = text.split("Key figures", 1)[1]
    assert "1,3 млрд гривень" in figures and "40 нових тролейбусів" in figures

    async def delivered() -> bool:
        return any(d.chat_id == USER_ID and d.status == "sent" for d in await store.deliveries.for_article(2))

    await eventually(delivered)
    assert not await store.deliveries.for_article(1), "the German article matches no subscription"
