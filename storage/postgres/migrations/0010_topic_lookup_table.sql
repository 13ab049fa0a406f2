-- /latest <topic> of three or four words ("Ursula von der Leyen") was a phrase query: pairs found
-- the candidates, then positions were read from every candidate row (~1,200 rows for the newest
-- matches at 10k articles: 33 ms on a busy machine against 4 ms for the pairs alone). lead_tsv now
-- also holds each run of three and of four adjacent terms as one lexeme, as it holds pairs since
-- 0009 (storage/postgres/text_search.py, lead_document and topic_query): a topic of up to four
-- words is one index lookup. Rows written before this get their runs here from the positions
-- lead_tsv holds, by the rule of 0009: the terms at p, p + 1, ... (positions hold one term each),
-- all below the last position (16383, where longer texts are clamped). It takes ~2.5 min per 10k
-- articles on a busy 2-core machine (storage/postgres/migrate.py waits up to an hour).
--
-- /latest <topic> and search's relevance tiers ask article_lead (below) from now on: the index of
-- lead_tsv on articles has no reader left (the title index, ts_filter, stays on articles). Dropped
-- first, so the rewrite does not fill it.
DROP INDEX articles_lead_blocks;
-- lead_tsv also goes back out of the articles row (migration 0008 kept it in for the phrase checks
-- /latest <topic> now makes on article_lead): on articles it only feeds the title index, whose
-- matches need no recheck, and inline, with the runs below, each row grew to ~7 KB, so /search,
-- which fetches its matches from articles, read about one page a row. Same-process A/B on a 10k
-- store: heap 74 MB against 10 MB, /search common words p50 7.6 against 6.7 ms, same results.
-- The rewrite below moves stored rows out too.
ALTER TABLE articles ALTER COLUMN lead_tsv SET STORAGE EXTENDED;
UPDATE articles AS a SET lead_tsv = a.lead_tsv || runs.doc
FROM (
    SELECT id, array_to_tsvector(array_agg(DISTINCT run)) AS doc
    FROM (
        SELECT article.id, term.lexeme, term.p,
               lead(term.lexeme, 1) OVER w AS l1, lead(term.p, 1) OVER w AS p1,
               lead(term.lexeme, 2) OVER w AS l2, lead(term.p, 2) OVER w AS p2,
               lead(term.lexeme, 3) OVER w AS l3, lead(term.p, 3) OVER w AS p3
        FROM articles AS article
        CROSS JOIN LATERAL (SELECT lexeme, unnest(positions) AS p FROM unnest(article.lead_tsv)) AS term
        WINDOW w AS (PARTITION BY article.id ORDER BY term.p)
    ) AS positioned
    CROSS JOIN LATERAL (VALUES
        (CASE WHEN p1 = p + 1 AND p2 = p + 2 AND p2 < 16383 THEN concat_ws(' ', lexeme, l1, l2) END),
        (CASE WHEN p1 = p + 1 AND p2 = p + 2 AND p3 = p + 3 AND p3 < 16383 THEN concat_ws(' ', lexeme, l1, l2, l3) END)
    ) AS found (run)
    WHERE run IS NOT NULL
    GROUP BY id
) AS runs
WHERE a.id = runs.id;

-- /latest <topic> reads the newest ~1,000 matches (the page and its Page.total) from the GIN index
-- of migration 0008, and GIN has no index-only scans: every match is fetched from the table. An
-- articles row was ~2.7 KB (lead_tsv inline since 0009, plus title, summary, briefing...), so each
-- match was a page of its own: 452 heap pages (575 buffers, 1.8 ms warm) for the 500 matches of
-- "energy" in the newest 4 id blocks at 10k articles, and ~2,700 pages (22 MB) of working set for
-- the newest 8,000 articles, which other queries evict from shared_buffers. article_lead holds the
-- same lead_tsv beside the id only, moved out of the row (toast_tuple_target: 128 bytes): ~135
-- rows a page, 31 pages (47 buffers, 0.46 ms) for the same 500 matches. A query of words and runs
-- needs no recheck, so the lexemes in TOAST are never read (a topic of five words or more, rare,
-- reads them to check the phrase).
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
