-- Forum topics, exclusions and mutes (SQLite migration 0010).
-- * A subscription belongs to a destination: the chat plus, in a forum supergroup, its topic
--   (thread_id = message_thread_id; 0 = the chat itself), unique per (chat, thread, key).
-- * exclude_words / exclude_keys: JSON arrays of the exclusions as typed and their keys.
-- * paused: the forum topic was closed or deleted; kept, matched by nothing until reopened.
-- * A delivery goes to one destination: (chat, thread, article) is unique.
-- * chat_mutes: per-chat muted words, applied to all of the chat's subscriptions.
-- PostgreSQL changes constraints in place: no table rebuild, rows kept.

ALTER TABLE subscriptions
    ADD COLUMN thread_id     bigint NOT NULL DEFAULT 0,
    ADD COLUMN exclude_words text NOT NULL DEFAULT '[]',
    ADD COLUMN exclude_keys  text NOT NULL DEFAULT '[]',
    ADD COLUMN paused        boolean NOT NULL DEFAULT false,
    DROP CONSTRAINT subscriptions_chat_id_key_key,
    ADD CONSTRAINT subscriptions_destination_key UNIQUE (chat_id, thread_id, key);

ALTER TABLE deliveries
    ADD COLUMN thread_id bigint NOT NULL DEFAULT 0,
    DROP CONSTRAINT deliveries_chat_id_article_id_key,
    ADD CONSTRAINT deliveries_destination_article UNIQUE (chat_id, thread_id, article_id);

CREATE TABLE chat_mutes (
    chat_id    bigint NOT NULL REFERENCES chats (id) ON DELETE CASCADE ON UPDATE CASCADE,
    word       text NOT NULL,
    key        text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (chat_id, key)
);
CREATE INDEX chat_mutes_key ON chat_mutes (key);
