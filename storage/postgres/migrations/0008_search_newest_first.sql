-- /search and /latest <topic> want the newest matches, but a GIN index hands out every match of
-- a common word (12,000 of 100k articles for "gas pipeline") before any can be sorted: 70 ms
-- at 100k, growing with the store. id_block(id) is one lexeme per 1,024 ids ('~97' for ids
-- 99,328-100,351; FTS5 terms never contain '~'). Indexed in the same GIN index as the text, a
-- query "search_tsv @@ 'ga' & 'pipelin' AND id_block(id) @@ '~97' | '~96'" reads the short
-- posting lists of the newest blocks and skips through the long ones of the words: its cost
-- follows the window, not the store. storage/postgres/article_queries.py widens the window
-- until it holds enough matches.
CREATE FUNCTION id_block(id bigint) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT array_to_tsvector(ARRAY['~' || (id >> 10)::text]) $$;

CREATE INDEX articles_search_blocks ON articles USING gin (search_tsv, id_block(id));
CREATE INDEX articles_lead_blocks ON articles USING gin (lead_tsv, id_block(id));
-- Title words alone (weight A), for search's first relevance tier: a weighted query on
-- lead_tsv would re-read every candidate row from the table to check the weights.
CREATE INDEX articles_title_blocks ON articles USING gin (ts_filter(lead_tsv, '{a}'), id_block(id));
DROP INDEX articles_search_tsv;
DROP INDEX articles_lead_tsv;

-- A phrase (/latest Donald Trump) is checked on each candidate row: keep lead_tsv in the row
-- (compressed) rather than in the TOAST table, one lookup fewer per row. This applies to rows
-- written from now on; older rows keep out-of-line values, which only makes their phrase
-- checks slower.
ALTER TABLE articles ALTER COLUMN lead_tsv SET STORAGE MAIN;
