-- Normalised article topics (fast /topics over the newest articles), key/value state, the
-- leader lease for scheduled jobs, and the per-feed record of entries already ingested.

CREATE TABLE article_topics (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    PRIMARY KEY (article_id, topic)
) WITHOUT ROWID;

-- Backfill from the briefing JSON of articles stored by the first schema.
INSERT OR IGNORE INTO article_topics (article_id, topic)
SELECT articles.id, topic.value
FROM articles, json_each(articles.briefing, '$.topics') AS topic
WHERE topic.type = 'text' AND trim(topic.value) <> '';

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at REAL NOT NULL
) WITHOUT ROWID;

CREATE TABLE feed_entries (
    feed_id   INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    entry_key TEXT NOT NULL,
    seen_at   REAL NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
) WITHOUT ROWID;
