-- Article language and the per-language keys of topics, exclusions and mutes: the PostgreSQL
-- side of SQLite migration 0007 (issue 17).
--
-- Existing articles get NULL ("not detected yet"): PgStore.open detects them once from the
-- stored title and body (PgArticles.backfill_languages) and writes both this column and the
-- briefing JSON's "language"; until then rows read as English, as they were briefed.
ALTER TABLE articles ADD COLUMN language text;

-- Tagged keys of every topic, exclusion and mute word in the other supported languages
-- ("uk:тролейбус" -> "тролейбус"; storage.topic_rules.tagged_keys). An article in language L
-- gives tagged keys; they are translated back to the untagged keys here.
CREATE TABLE topic_keys (
    key       text NOT NULL,
    match_key text NOT NULL,
    PRIMARY KEY (match_key, key)
);
