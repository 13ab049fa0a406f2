-- Quotes as data: every attributed quote of every article with its speaker's person key, so
-- /quotes NAME is an indexed lookup across the store (briefing/people.py defines the keys).
-- Rows are derived from the stored briefing JSON; articles stored before this migration are
-- filled in by the backfill the store runs at open (person keys are computed in Python).

CREATE TABLE quotes (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,            -- index in Briefing.quotes
    text       TEXT NOT NULL,
    speaker    TEXT NOT NULL,               -- display name, titles stripped ("Rustem Umerov")
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'group')),
    surname    TEXT NOT NULL,               -- folded surname; a group's whole folded phrase
    first_name TEXT NOT NULL DEFAULT '',    -- folded first name, an initial, or '' (bare surname)
    said_at    REAL NOT NULL,               -- the article's date: published day, else added_at
    added_at   REAL NOT NULL,               -- when the article was stored (the /quotes window)
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- /quotes NAME: one surname's rows (and its known first names) without a scan.
CREATE INDEX quotes_person ON quotes (surname, kind, first_name, said_at);
-- close matches by first name ("/quotes Rustem").
CREATE INDEX quotes_first_name ON quotes (first_name, surname) WHERE first_name <> '';
-- bare /quotes: the most-quoted speakers of the last days.
CREATE INDEX quotes_added ON quotes (added_at);
-- close matches among organisations ("ministry" -> "russia's defence ministry"): a LIKE scan
-- over the group rows only.
CREATE INDEX quotes_groups ON quotes (surname) WHERE kind = 'group';
