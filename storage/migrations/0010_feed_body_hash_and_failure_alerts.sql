-- Feeds at scale. body_hash: a hash of the last feed body, so a server that ignores ETag and
-- Last-Modified still costs no parse when nothing changed. failure_alerted: the admins were told
-- that this feed keeps failing (told once, and again when it recovers, also across restarts).
ALTER TABLE feeds ADD COLUMN body_hash TEXT;
ALTER TABLE feeds ADD COLUMN failure_alerted INTEGER NOT NULL DEFAULT 0;
