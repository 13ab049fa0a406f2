-- Joint speakers: "Ed Kline and Rosa Diaz said" is something each of them said, so the quote is
-- indexed once per person (storage.quote_index.quote_rows) and /quotes Kline lists it. A quote
-- may now have several rows: ``slot`` numbers them, and joins the key. Existing rows are copied
-- as slot 0; the index is then rebuilt at open, because the person-key fingerprint changed.
-- (SQLite cannot change a primary key in place: create, copy, drop, rename.)

CREATE TABLE quotes_new (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,            -- index in Briefing.quotes
    slot       INTEGER NOT NULL DEFAULT 0,  -- which person of a joint speaker (0: the only one)
    text       TEXT NOT NULL,
    text_key   TEXT NOT NULL,               -- folded words of the text: finds the same words again
    speaker    TEXT NOT NULL,               -- display name, titles stripped ("Rustem Umerov")
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'group')),
    surname    TEXT NOT NULL,               -- folded surname; a group's whole folded phrase
    first_name TEXT NOT NULL DEFAULT '',    -- folded first name, an initial, or '' (bare surname)
    said_at    REAL NOT NULL,               -- the article's date: published day, else added_at
    added_at   REAL NOT NULL,               -- when the article was stored (the /quotes window)
    shown      INTEGER NOT NULL DEFAULT 1,  -- 0: the same words by the same name in a newer article
    PRIMARY KEY (article_id, position, slot)
) WITHOUT ROWID;

INSERT INTO quotes_new (article_id, position, slot, text, text_key, speaker, kind, surname,
                        first_name, said_at, added_at, shown)
SELECT article_id, position, 0, text, text_key, speaker, kind, surname, first_name, said_at,
       added_at, shown
FROM quotes;

DROP TABLE quotes;  -- its indexes and triggers go with it
ALTER TABLE quotes_new RENAME TO quotes;

CREATE INDEX quotes_by_person ON quotes (surname, kind, shown, said_at, article_id, first_name);
CREATE INDEX quotes_twins ON quotes (surname, text_key, shown, said_at, article_id);
CREATE INDEX quotes_added ON quotes (added_at, shown, kind, surname, first_name);

-- As in 0008, with the slot in a row's identity (the Klines' joint statement is two rows of
-- one surname).
CREATE TRIGGER quotes_name_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quote_names (kind, surname, first_name, speaker, quotes)
    VALUES (new.kind, new.surname, new.first_name, new.speaker, 1)
    ON CONFLICT (kind, surname, first_name)
    DO UPDATE SET quotes = quotes + 1, speaker = excluded.speaker;
    UPDATE quotes SET shown = 0
    WHERE surname = new.surname AND text_key = new.text_key AND shown = 1
      AND (article_id, position, slot) <> (
        SELECT t.article_id, t.position, t.slot FROM quotes AS t
        WHERE t.surname = new.surname AND t.text_key = new.text_key AND t.shown = 1
        ORDER BY t.said_at DESC, t.article_id DESC, t.position DESC, t.slot DESC LIMIT 1);
END;

CREATE TRIGGER quotes_name_delete AFTER DELETE ON quotes BEGIN
    UPDATE quote_names SET quotes = quotes - 1
    WHERE kind = old.kind AND surname = old.surname AND first_name = old.first_name;
    DELETE FROM quote_names
    WHERE kind = old.kind AND surname = old.surname AND first_name = old.first_name AND quotes <= 0;
    UPDATE quotes SET shown = 1 WHERE old.shown = 1 AND (article_id, position, slot) = (
        SELECT t.article_id, t.position, t.slot FROM quotes AS t
        WHERE t.surname = old.surname AND t.text_key = old.text_key AND t.shown = 0
        ORDER BY t.said_at DESC, t.article_id DESC, t.position DESC, t.slot DESC LIMIT 1);
END;
