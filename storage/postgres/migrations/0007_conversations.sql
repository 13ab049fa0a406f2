-- Conversation state every worker must see (SQLite migration 0012): the query behind a
-- message's ◀ ▶ buttons, a bare /add waiting for its text. Values expire; expired rows read as
-- absent and are pruned. No foreign key to chats (a chat may page before it sent /start).
CREATE TABLE conversations (
    chat_id    bigint NOT NULL,
    key        text NOT NULL,
    value      text NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (chat_id, key)
);
CREATE INDEX conversations_expiry ON conversations (expires_at);
