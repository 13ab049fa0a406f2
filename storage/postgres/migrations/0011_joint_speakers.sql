-- Joint speakers (SQLite migration 0014): a quote by "Ed Kline and Rosa Diaz" is indexed once
-- per person, so a quote may have several rows, numbered by ``slot``. Existing rows become
-- slot 0; the index is rebuilt at open, because the person-key fingerprint changed.

ALTER TABLE quotes ADD COLUMN slot smallint NOT NULL DEFAULT 0;
ALTER TABLE quotes DROP CONSTRAINT quotes_pkey;
ALTER TABLE quotes ADD PRIMARY KEY (article_id, position, slot);

-- As in 0003, with the slot in a row's identity.
CREATE OR REPLACE FUNCTION quotes_name_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO quote_names (kind, surname, first_name, speaker, quotes)
    VALUES (NEW.kind, NEW.surname, NEW.first_name, NEW.speaker, 1)
    ON CONFLICT (kind, surname, first_name)
    DO UPDATE SET quotes = quote_names.quotes + 1, speaker = excluded.speaker;
    UPDATE quotes SET shown = false
    WHERE surname = NEW.surname AND text_key = NEW.text_key AND shown
      AND (article_id, position, slot) <> (
        SELECT t.article_id, t.position, t.slot FROM quotes AS t
        WHERE t.surname = NEW.surname AND t.text_key = NEW.text_key AND t.shown
        ORDER BY t.said_at DESC, t.article_id DESC, t.position DESC, t.slot DESC LIMIT 1);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION quotes_name_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quote_names SET quotes = quotes - 1
    WHERE kind = OLD.kind AND surname = OLD.surname AND first_name = OLD.first_name;
    DELETE FROM quote_names
    WHERE kind = OLD.kind AND surname = OLD.surname AND first_name = OLD.first_name AND quotes <= 0;
    IF OLD.shown THEN
        UPDATE quotes SET shown = true WHERE (article_id, position, slot) = (
            SELECT t.article_id, t.position, t.slot FROM quotes AS t
            WHERE t.surname = OLD.surname AND t.text_key = OLD.text_key AND NOT t.shown
            ORDER BY t.said_at DESC, t.article_id DESC, t.position DESC, t.slot DESC LIMIT 1);
    END IF;
    RETURN NULL;
END $$;
