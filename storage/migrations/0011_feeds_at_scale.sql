-- Feeds at scale. body_hash: a hash of the last feed body, so a server that ignores ETag and
-- Last-Modified still costs no parse when nothing changed. failure_alerted: the admins were told
-- that this feed keeps failing (told once, and again when it recovers, also across restarts).
-- imported: added from a feed list (OPML), so its first poll takes no back catalogue (thousands of
-- feeds at once would otherwise brief and push thousands of old articles).
ALTER TABLE feeds ADD COLUMN body_hash TEXT;
ALTER TABLE feeds ADD COLUMN failure_alerted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN imported INTEGER NOT NULL DEFAULT 0;
