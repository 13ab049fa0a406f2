-- Quotes as data: every attributed quote of every article with its speaker's person key, so
-- /quotes NAME is an indexed lookup across the store (briefing/people.py defines the keys).
-- Rows are derived from the stored briefing JSON; articles stored before this migration are
-- filled in by the backfill the store runs at open (person keys are computed in Python).

CREATE TABLE quotes (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,            -- index in Briefing.quotes
    text       TEXT NOT NULL,
    text_key   TEXT NOT NULL,               -- folded words of the text: finds the same words again
    speaker    TEXT NOT NULL,               -- display name, titles stripped ("Rustem Umerov")
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'group')),
    surname    TEXT NOT NULL,               -- folded surname; a group's whole folded phrase
    first_name TEXT NOT NULL DEFAULT '',    -- folded first name, an initial, or '' (bare surname)
    said_at    REAL NOT NULL,               -- the article's date: published day, else added_at
    added_at   REAL NOT NULL,               -- when the article was stored (the /quotes window)
    shown      INTEGER NOT NULL DEFAULT 1,  -- 0: the same words by the same name in a newer article
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- /quotes NAME: one name's shown rows, newest first, read in index order (LIMIT stops early).
CREATE INDEX quotes_by_person ON quotes (surname, kind, shown, said_at, article_id, first_name);
-- the same words said again (a wire story in two outlets): only the newest copy is shown.
-- With ``shown`` in the key, keeping that true touches at most two rows per write.
CREATE INDEX quotes_twins ON quotes (surname, text_key, shown, said_at, article_id);
-- bare /quotes: the most-quoted speakers among the newest quotes (covering: no row lookups).
CREATE INDEX quotes_added ON quotes (added_at, shown, kind, surname, first_name);

-- One row per stored name (a person's full name, bare surname or initial; an organisation):
-- the small table that name resolution, close matches and display names read.
CREATE TABLE quote_names (
    kind       TEXT NOT NULL,
    surname    TEXT NOT NULL,
    first_name TEXT NOT NULL,
    speaker    TEXT NOT NULL,               -- a display name (the latest written)
    quotes     INTEGER NOT NULL,            -- rows of this name, repeats included
    PRIMARY KEY (kind, surname, first_name)
) WITHOUT ROWID;
CREATE INDEX quote_names_first ON quote_names (first_name, surname) WHERE first_name <> '';
CREATE INDEX quote_names_surname ON quote_names (surname, kind);

CREATE TRIGGER quotes_name_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quote_names (kind, surname, first_name, speaker, quotes)
    VALUES (new.kind, new.surname, new.first_name, new.speaker, 1)
    ON CONFLICT (kind, surname, first_name)
    DO UPDATE SET quotes = quotes + 1, speaker = excluded.speaker;
    -- Only the newest copy of the same words by the same name is shown. Before this row the
    -- newest copy was the one shown, so now the newest is one of the (at most two) shown rows.
    UPDATE quotes SET shown = 0
    WHERE surname = new.surname AND text_key = new.text_key AND shown = 1
      AND (article_id, position) <> (
        SELECT t.article_id, t.position FROM quotes AS t
        WHERE t.surname = new.surname AND t.text_key = new.text_key AND t.shown = 1
        ORDER BY t.said_at DESC, t.article_id DESC, t.position DESC LIMIT 1);
END;

CREATE TRIGGER quotes_name_delete AFTER DELETE ON quotes BEGIN
    UPDATE quote_names SET quotes = quotes - 1
    WHERE kind = old.kind AND surname = old.surname AND first_name = old.first_name;
    DELETE FROM quote_names
    WHERE kind = old.kind AND surname = old.surname AND first_name = old.first_name AND quotes <= 0;
    -- the shown copy went with its article: the newest remaining copy is shown instead
    UPDATE quotes SET shown = 1 WHERE old.shown = 1 AND (article_id, position) = (
        SELECT t.article_id, t.position FROM quotes AS t
        WHERE t.surname = old.surname AND t.text_key = old.text_key AND t.shown = 0
        ORDER BY t.said_at DESC, t.article_id DESC, t.position DESC LIMIT 1);
END;
