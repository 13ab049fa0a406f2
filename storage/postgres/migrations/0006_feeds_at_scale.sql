-- Feeds at scale (SQLite migration 0011). body_hash: hash of the last feed body (an unchanged
-- body costs no parse without ETag support). failure_alerted: the admins were told this feed
-- keeps failing. imported: added from a feed list (its first poll takes no back catalogue).
ALTER TABLE feeds
    ADD COLUMN body_hash       text,
    ADD COLUMN failure_alerted boolean NOT NULL DEFAULT false,
    ADD COLUMN imported        boolean NOT NULL DEFAULT false;
