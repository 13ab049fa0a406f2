-- Near-duplicate detection (SimHash split into four indexed 16-bit bands: two texts within
-- Hamming distance 3 share at least one band exactly) and delivery scheduling (retry/quiet
-- hours via not_before, the matched topics shown in the pushed message).

ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles (id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN simhash INTEGER;   -- 64-bit SimHash stored as signed int64
ALTER TABLE articles ADD COLUMN band0 INTEGER;
ALTER TABLE articles ADD COLUMN band1 INTEGER;
ALTER TABLE articles ADD COLUMN band2 INTEGER;
ALTER TABLE articles ADD COLUMN band3 INTEGER;
CREATE INDEX articles_band0 ON articles (band0, added_at) WHERE band0 IS NOT NULL;
CREATE INDEX articles_band1 ON articles (band1, added_at) WHERE band1 IS NOT NULL;
CREATE INDEX articles_band2 ON articles (band2, added_at) WHERE band2 IS NOT NULL;
CREATE INDEX articles_band3 ON articles (band3, added_at) WHERE band3 IS NOT NULL;

ALTER TABLE deliveries ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';  -- JSON list of topics
ALTER TABLE deliveries ADD COLUMN not_before REAL;
DROP INDEX deliveries_status;
CREATE INDEX deliveries_due ON deliveries (status, not_before);
