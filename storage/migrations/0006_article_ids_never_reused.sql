-- Article ids are never reused. With a plain INTEGER PRIMARY KEY, SQLite hands out max(id) + 1,
-- so removing the newest article and adding another gave the new one the removed id: the
-- matching cursor had already passed that id (subscribers never got the push) and `/brief ID`
-- opened a different article than the one people were sent. AUTOINCREMENT never hands out an id
-- twice (sqlite_sequence remembers the highest ever issued).
--
-- The table is rebuilt (SQLite cannot add AUTOINCREMENT in place) keeping every id, so stored
-- ids, deliveries, topics, near-duplicate links and the FTS index (external content keyed by id)
-- stay valid. The runner applies migrations with foreign-key enforcement off and checks the
-- keys before committing, so dropping the old table does not cascade into deliveries.

CREATE TABLE articles_rebuilt (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    url          TEXT UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    source       TEXT,
    published_at TEXT,
    added_at     REAL NOT NULL,
    added_by     INTEGER,
    body         TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    topics       TEXT NOT NULL DEFAULT '',
    briefing     TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    simhash      INTEGER,
    band0        INTEGER,
    band1        INTEGER,
    band2        INTEGER,
    band3        INTEGER,
    band4        INTEGER,
    band5        INTEGER,
    band6        INTEGER,
    band7        INTEGER
);

INSERT INTO articles_rebuilt (
    id, url, content_hash, title, source, published_at, added_at, added_by, body, summary, topics,
    briefing, duplicate_of, simhash, band0, band1, band2, band3, band4, band5, band6, band7
)
SELECT
    id, url, content_hash, title, source, published_at, added_at, added_by, body, summary, topics,
    briefing, duplicate_of, simhash, band0, band1, band2, band3, band4, band5, band6, band7
FROM articles;

DROP TABLE articles;  -- its triggers and indexes go with it; recreated below
ALTER TABLE articles_rebuilt RENAME TO articles;

-- Never below an id already issued: the highest stored id, or the matching job's cursor
-- (meta 'match_cursor', the last id it matched), whichever is higher: a removed newest
-- article the cursor has passed must not have its id handed out again.
DELETE FROM sqlite_sequence WHERE name IN ('articles', 'articles_rebuilt');
INSERT INTO sqlite_sequence (name, seq)
SELECT 'articles', max(
    coalesce((SELECT max(id) FROM articles), 0),
    coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'match_cursor'), 0)
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

CREATE INDEX articles_band0 ON articles (band0, id) WHERE band0 IS NOT NULL;
CREATE INDEX articles_band1 ON articles (band1, id) WHERE band1 IS NOT NULL;
CREATE INDEX articles_band2 ON articles (band2, id) WHERE band2 IS NOT NULL;
CREATE INDEX articles_band3 ON articles (band3, id) WHERE band3 IS NOT NULL;
CREATE INDEX articles_band4 ON articles (band4, id) WHERE band4 IS NOT NULL;
CREATE INDEX articles_band5 ON articles (band5, id) WHERE band5 IS NOT NULL;
CREATE INDEX articles_band6 ON articles (band6, id) WHERE band6 IS NOT NULL;
CREATE INDEX articles_band7 ON articles (band7, id) WHERE band7 IS NOT NULL;
