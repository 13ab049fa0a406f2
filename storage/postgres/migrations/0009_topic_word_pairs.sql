-- /latest <two-word topic> ("Rustem Umerov") was a phrase query: GIN cannot check positions, so
-- every candidate row was re-read to check them (~1,000 rows for a page and its count: 8 ms at 10k
-- articles against 2.4 ms for the same words without positions). lead_tsv now also holds each pair
-- of adjacent terms as one lexeme without positions ('rustem umerov': FTS5 terms never contain a
-- space, so no search term can be one); storage/postgres/text_search.py asks a topic as its pairs
-- (plus the phrase from three words on). Rows written before this get their pairs here, from the
-- positions lead_tsv already holds, by the rule of text_search.lead_document: a term at position p
-- and one at p + 1, both below the last position (16383, where longer texts are clamped). Columns
-- are one position apart, so no pair spans two columns. The rewrite also moves every lead_tsv into
-- its row (SET STORAGE MAIN of migration 0008 applies to rows written since). It takes ~45 s per
-- 10k articles on a busy 2-core machine (storage/postgres/migrate.py waits that long).

UPDATE articles AS a SET lead_tsv = a.lead_tsv || pairs.doc
FROM (
    SELECT article.id, array_to_tsvector(array_agg(DISTINCT first.lexeme || ' ' || second.lexeme)) AS doc
    FROM articles AS article
    CROSS JOIN LATERAL (
        SELECT lexeme, unnest(positions) AS p FROM unnest(article.lead_tsv)
    ) AS first
    JOIN LATERAL (
        SELECT lexeme, unnest(positions) AS p FROM unnest(article.lead_tsv)
    ) AS second ON second.p = first.p + 1
    WHERE second.p < 16383
    GROUP BY article.id
) AS pairs
WHERE a.id = pairs.id;
