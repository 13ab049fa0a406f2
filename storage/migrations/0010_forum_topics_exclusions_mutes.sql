-- Forum topics, exclusions and mutes.
-- * A subscription belongs to a destination: the chat plus, in a forum supergroup, the topic it
--   was made in (thread_id = Telegram's message_thread_id; 0 = the chat itself / General).
--   Two topics of one group subscribe independently; the same topic twice is one row.
-- * Each subscription carries its exclusions ("-football", -"transfer window") as JSON arrays
--   of the words as typed and their stemmed keys (briefing.topics.topic_key).
-- * paused = 1: the topic was closed or deleted; kept, but matched by nothing until reopened.
-- * A delivery goes to one destination, so (chat, thread, article) is unique.
-- * chat_mutes: per-chat muted words (/mute), applied to all of the chat's subscriptions.
-- SQLite cannot change a UNIQUE constraint in place: both tables are rebuilt, rows kept.

CREATE TABLE subscriptions_new (
    chat_id       INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE ON UPDATE CASCADE,
    thread_id     INTEGER NOT NULL DEFAULT 0,
    topic         TEXT NOT NULL,
    key           TEXT NOT NULL,
    exclude_words TEXT NOT NULL DEFAULT '[]',
    exclude_keys  TEXT NOT NULL DEFAULT '[]',
    paused        INTEGER NOT NULL DEFAULT 0,
    created_at    REAL NOT NULL,
    UNIQUE (chat_id, thread_id, key)
);
INSERT INTO subscriptions_new (chat_id, thread_id, topic, key, created_at)
SELECT chat_id, 0, topic, key, created_at FROM subscriptions;
DROP TABLE subscriptions;
ALTER TABLE subscriptions_new RENAME TO subscriptions;
CREATE INDEX subscriptions_key ON subscriptions (key);

CREATE TABLE deliveries_new (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE ON UPDATE CASCADE,
    thread_id  INTEGER NOT NULL DEFAULT 0,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    status     TEXT NOT NULL DEFAULT 'pending'
               CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'digest')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    message_id INTEGER,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    topics     TEXT NOT NULL DEFAULT '[]',
    not_before REAL,
    UNIQUE (chat_id, thread_id, article_id)
);
INSERT INTO deliveries_new (id, chat_id, thread_id, article_id, status, attempts, last_error,
                            message_id, created_at, updated_at, topics, not_before)
SELECT id, chat_id, 0, article_id, status, attempts, last_error, message_id, created_at,
       updated_at, topics, not_before
FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX deliveries_due ON deliveries (status, not_before);
CREATE INDEX deliveries_article ON deliveries (article_id);

CREATE TABLE chat_mutes (
    chat_id    INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE ON UPDATE CASCADE,
    word       TEXT NOT NULL,
    key        TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (chat_id, key)
) WITHOUT ROWID;
CREATE INDEX chat_mutes_key ON chat_mutes (key);
