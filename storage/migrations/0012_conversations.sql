-- Conversation state every worker must see: behind a load balancer a chat's next update may
-- reach another worker, so what a button press or a follow-up message needs (the query behind
-- a message's ◀ ▶ buttons, a bare /add waiting for its text) lives here, not in one process's
-- memory. Values expire (expires_at, unix seconds); expired rows read as absent and are pruned.
-- No foreign key to chats: a chat may page through /latest before it ever sent /start.
CREATE TABLE conversations (
    chat_id    INTEGER NOT NULL,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    expires_at REAL NOT NULL,
    PRIMARY KEY (chat_id, key)
) WITHOUT ROWID;
CREATE INDEX conversations_expiry ON conversations (expires_at);
