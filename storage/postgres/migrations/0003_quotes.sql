-- Quotes as data (SQLite migration 0008): every attributed quote of every article with its
-- speaker's person key, so /quotes NAME is an indexed lookup. Rows come from
-- storage.quote_index.quote_rows; articles stored before this migration are indexed by the
-- refresh the store runs at open.

CREATE TABLE quotes (
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   integer NOT NULL,            -- index in Briefing.quotes
    text       text NOT NULL,
    text_key   text COLLATE "C" NOT NULL,   -- folded words of the text: finds the same words again
    speaker    text NOT NULL,               -- display name, titles stripped ("Rustem Umerov")
    kind       text NOT NULL CHECK (kind IN ('person', 'group')),
    surname    text COLLATE "C" NOT NULL,   -- folded surname; a group's whole folded phrase
    first_name text COLLATE "C" NOT NULL DEFAULT '',  -- folded first name, initial, or '' (bare surname)
    said_at    timestamptz NOT NULL,        -- the article's date: published day, else added_at
    added_at   timestamptz NOT NULL,        -- when the article was stored (the /quotes window)
    shown      boolean NOT NULL DEFAULT true,  -- false: the same words by that name, newer elsewhere
    PRIMARY KEY (article_id, position)
);
-- Name columns compare bytes (COLLATE "C"): the same order, prefix ranges and equality as
-- SQLite's BINARY collation, whatever the database's locale.
CREATE INDEX quotes_by_person ON quotes (surname, kind, shown, said_at, article_id, first_name);
CREATE INDEX quotes_twins ON quotes (surname, text_key, shown, said_at, article_id);
CREATE INDEX quotes_added ON quotes (added_at, shown, kind, surname, first_name);

CREATE TABLE quote_names (
    kind       text NOT NULL,
    surname    text COLLATE "C" NOT NULL,
    first_name text COLLATE "C" NOT NULL,
    speaker    text NOT NULL,               -- a display name (the latest written)
    quotes     integer NOT NULL,            -- rows of this name, repeats included
    PRIMARY KEY (kind, surname, first_name)
);
CREATE INDEX quote_names_first ON quote_names (first_name, surname) WHERE first_name <> '';
CREATE INDEX quote_names_surname ON quote_names (surname, kind);

-- The same bookkeeping as SQLite's quotes_name_insert / quotes_name_delete triggers.
CREATE FUNCTION quotes_name_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO quote_names (kind, surname, first_name, speaker, quotes)
    VALUES (NEW.kind, NEW.surname, NEW.first_name, NEW.speaker, 1)
    ON CONFLICT (kind, surname, first_name)
    DO UPDATE SET quotes = quote_names.quotes + 1, speaker = excluded.speaker;
    -- Only the newest copy of the same words by the same name is shown.
    UPDATE quotes SET shown = false
    WHERE surname = NEW.surname AND text_key = NEW.text_key AND shown
      AND (article_id, position) <> (
        SELECT t.article_id, t.position FROM quotes AS t
        WHERE t.surname = NEW.surname AND t.text_key = NEW.text_key AND t.shown
        ORDER BY t.said_at DESC, t.article_id DESC, t.position DESC LIMIT 1);
    RETURN NULL;
END $$;

CREATE FUNCTION quotes_name_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quote_names SET quotes = quotes - 1
    WHERE kind = OLD.kind AND surname = OLD.surname AND first_name = OLD.first_name;
    DELETE FROM quote_names
    WHERE kind = OLD.kind AND surname = OLD.surname AND first_name = OLD.first_name AND quotes <= 0;
    -- the shown copy went with its article: the newest remaining copy is shown instead
    IF OLD.shown THEN
        UPDATE quotes SET shown = true WHERE (article_id, position) = (
            SELECT t.article_id, t.position FROM quotes AS t
            WHERE t.surname = OLD.surname AND t.text_key = OLD.text_key AND NOT t.shown
            ORDER BY t.said_at DESC, t.article_id DESC, t.position DESC LIMIT 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER quotes_name_insert AFTER INSERT ON quotes
    FOR EACH ROW EXECUTE FUNCTION quotes_name_insert();
CREATE TRIGGER quotes_name_delete AFTER DELETE ON quotes
    FOR EACH ROW EXECUTE FUNCTION quotes_name_delete();
