-- /latest <topic> reads the newest ~1,000 matches (the page and its Page.total) from the GIN index
-- of migration 0008, and GIN has no index-only scans: every match is fetched from the table. An
-- articles row is ~2.7 KB (lead_tsv inline since 0009, plus title, summary, briefing...), so each
-- match is a page of its own: 436 heap pages for the 500 matches of "energy" in the newest 4 id
-- blocks at 10k articles, and ~2,700 pages (22 MB) of working set for the newest 8,000 articles,
-- which other queries evict from shared_buffers. article_lead holds the same lead_tsv beside the
-- id only, moved out of the row (toast_tuple_target: 128 bytes): ~45 rows a page, 109 pages for
-- the same 500 matches. A word or pair query needs no recheck, so the lexemes in TOAST are never
-- read. A phrase (three words or more) must read them, and reads them faster inline: it keeps
-- asking articles (articles_lead_blocks, migration 0008).
--
-- Kept in step by a trigger, so every writer of lead_tsv (articles.add, store copy's bulk writes,
-- a later migration) fills it without knowing; ON DELETE CASCADE removes a row with its article.
-- Rows already stored are copied at the end.
CREATE TABLE article_lead (
    id       bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    lead_tsv tsvector NOT NULL
) WITH (toast_tuple_target = 128);
CREATE INDEX article_lead_blocks ON article_lead USING gin (lead_tsv, id_block(id));

CREATE FUNCTION article_lead_sync() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO article_lead (id, lead_tsv) VALUES (NEW.id, NEW.lead_tsv)
    ON CONFLICT (id) DO UPDATE SET lead_tsv = excluded.lead_tsv;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_lead_sync AFTER INSERT OR UPDATE OF lead_tsv ON articles
    FOR EACH ROW EXECUTE FUNCTION article_lead_sync();

INSERT INTO article_lead (id, lead_tsv) SELECT id, lead_tsv FROM articles;
