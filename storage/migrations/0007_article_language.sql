-- Article language (briefing.langdetect: ISO 639-1, e.g. 'de', 'uk'), and the per-language
-- match keys of subscription topics. Issue 17 (the
-- file only depends on 0001-0003).
--
-- Existing articles get NULL: "not detected yet". SqliteStore.open detects them once from the
-- stored title and body (SqliteArticles.backfill_languages) and writes both this column and
-- the briefing JSON's "language"; until then rows read as English, as they were briefed.
ALTER TABLE articles ADD COLUMN language TEXT;

-- A subscription's key (subscriptions.key) is its English key; here are its keys in every
-- other supported language, tagged ("uk:тролейбус", "de:drohn"), written by the subscription
-- repository (briefing.topics.topic_match_keys), backfilled at open by refresh_keys. An
-- article in language L matches the subscriptions whose tagged keys are among its keys.
CREATE TABLE topic_keys (
    key       TEXT NOT NULL,
    match_key TEXT NOT NULL,
    PRIMARY KEY (match_key, key)
) WITHOUT ROWID;
