"""A query that finds an article on one backend finds it on the other, in the same order.

The same articles go into a SQLite store and a PostgreSQL store; words chosen where stemmers,
tokenizers and text search configurations disagree: Porter vs Porter2 ("assembly"/"assemble"),
2-letter words FTS5 leaves unstemmed ("us"/"is"), stop words PostgreSQL's ``english`` would
drop ("The Who"), host names and e-mail addresses its parser keeps whole, hyphens, apostrophes,
diacritics folded by unicode61 ("café" = "cafe"), non-Latin scripts, digits and decimals.
"""

from __future__ import annotations

import pytest

from storage import open_store
from tests.postgres import new_database

ARTICLES = [
    ("Assembly votes on budget", "The national assembly will assemble again; assemblies rarely vote twice."),
    ("The Who play Kyiv", "The Who, the band, played to us in Kyiv; it is what it is."),
    ("Mail from news.example.com", "Write to desk@news.example.com or visit www.example.org/news for updates."),
    ("Covid-19 cases fall", "COVID-19 cases fell 4.5% in the U.S. as e-mail alerts and follow-ups slowed."),
    ("Café culture in São Paulo", "Naïve cafe owners in Sao Paulo say the café trade is running, runs and ran."),
    ("Київ і Харків", "Українські міста Київ та Харків отримали нові генератори."),
    ("東京で地震", "東京で強い地震がありました。Tokyo quake, no tsunami."),
    ("Don't panic, says O'Neill", "O'Neill's statement: don't panic; Ukraine's and Russia's leaders can't agree."),
    ("Straße closed in Köln", "Die Straße in Köln ist gesperrt; the street in Cologne is closed."),
    ("Generously generating generators", "Generators generated generous general generalisations generally."),
]
QUERIES = [
    "assembly", "assemble", "assemblies", "the who", "who", "us", "is", "it is what it is",
    "news.example.com", "example", "desk@news.example.com", "desk", "www", "covid", "covid-19", "19", "4.5",
    "5", "u.s.", "e-mail", "mail", "email", "follow-ups", "follow", "cafe", "café", "CAFÉ", "naive", "sao paulo",
    "são", "running", "run", "ran", "київ", "Київ", "харкова", "генератори", "東京", "地震", "tokyo",
    "don't", "dont", "don", "t", "o'neill", "oneill", "neill", "ukraine's", "ukraine", "russia", "can't",
    "straße", "strasse", "köln", "koln", "generate", "general", "generously generating", "a", "the",
    "budget vote", "tsunami quake", "street closed cologne", "", "!!!", "drone*", '"kyiv"', "kyiv OR paris",
]
TOPICS = ["assembly", "the who", "news example", "covid 19", "são paulo", "київ", "o'neill", "köln",
          "generous generators", "generators generated", "kyiv", "café culture"]


@pytest.fixture
async def both(tmp_path, pg_cluster, make_briefing):
    stores = [await open_store(str(tmp_path / "s.sqlite3")), await open_store(await new_database(pg_cluster))]
    for title, body in ARTICLES:
        for store in stores:
            await store.articles.add(make_briefing(title, paragraphs=(body,), summary=(body.split(";")[0],),
                                                   topics=tuple(title.split()[:2])))
    yield stores
    for store in stores:
        await store.close()


async def test_every_query_finds_the_same_articles_in_the_same_order(both):
    sqlite, postgres = both
    found_any = 0
    for query in QUERIES:
        on_sqlite = await sqlite.articles.search(query, limit=20)
        on_postgres = await postgres.articles.search(query, limit=20)
        assert [a.id for a in on_postgres.items] == [a.id for a in on_sqlite.items], query
        assert on_postgres.total == on_sqlite.total, query
        found_any += bool(on_sqlite.items)
    assert found_any >= 45  # the words are really in the articles: most queries find something


async def test_every_topic_lists_the_same_articles(both):
    sqlite, postgres = both
    for topic in TOPICS + QUERIES:
        on_sqlite = await sqlite.articles.latest(topic=topic, limit=20)
        on_postgres = await postgres.articles.latest(topic=topic, limit=20)
        assert [a.id for a in on_postgres.items] == [a.id for a in on_sqlite.items], topic
