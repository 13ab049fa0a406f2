-- First schema: articles with full-text search, chats, subscriptions, deliveries, feeds.
-- Times are unix seconds (REAL, UTC) everywhere; JSON columns are validated by pydantic.

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    url          TEXT UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    source       TEXT,
    published_at TEXT,
    added_at     REAL NOT NULL,
    added_by     INTEGER,
    body         TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',  -- summary sentences, one per line (FTS + lead)
    topics       TEXT NOT NULL DEFAULT '',  -- topics, one per line (FTS + lists)
    briefing     TEXT NOT NULL              -- briefing.models.Briefing as JSON
);

-- External-content FTS over the articles columns; kept in sync by the triggers below, so a
-- write to ``articles`` and its index entry always land in the same transaction.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, summary, topics, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, summary, topics, body)
    VALUES (new.id, new.title, new.summary, new.topics, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, summary, topics, body)
    VALUES ('delete', old.id, old.title, old.summary, old.topics, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, topics, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, summary, topics, body)
    VALUES ('delete', old.id, old.title, old.summary, old.topics, old.body);
    INSERT INTO articles_fts (rowid, title, summary, topics, body)
    VALUES (new.id, new.title, new.summary, new.topics, new.body);
END;

CREATE TABLE chats (
    id         INTEGER PRIMARY KEY,
    type       TEXT NOT NULL DEFAULT 'private',
    title      TEXT,
    active     INTEGER NOT NULL DEFAULT 1,
    settings   TEXT NOT NULL DEFAULT '{}',   -- storage.models.ChatSettings as JSON
    created_at REAL NOT NULL
);

CREATE TABLE subscriptions (
    chat_id    INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE ON UPDATE CASCADE,
    topic      TEXT NOT NULL,
    key        TEXT NOT NULL,
    created_at REAL NOT NULL,
    UNIQUE (chat_id, key)
);
CREATE INDEX subscriptions_key ON subscriptions (key);

CREATE TABLE deliveries (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE ON UPDATE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    status     TEXT NOT NULL DEFAULT 'pending'
               CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'digest')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    message_id INTEGER,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    UNIQUE (chat_id, article_id)
);
CREATE INDEX deliveries_status ON deliveries (status);
CREATE INDEX deliveries_article ON deliveries (article_id);

CREATE TABLE feeds (
    id             INTEGER PRIMARY KEY,
    url            TEXT NOT NULL UNIQUE,
    title          TEXT,
    etag           TEXT,
    last_modified  TEXT,
    last_polled_at REAL,
    next_poll_at   REAL,
    errors         INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    added_by       INTEGER,
    created_at     REAL NOT NULL
);
CREATE INDEX feeds_next_poll ON feeds (next_poll_at);
