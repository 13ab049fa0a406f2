-- Near-duplicates, finer: eight indexed 8-bit SimHash bands instead of four 16-bit ones, so any
-- two texts within Hamming distance 7 share a band (pigeonhole) and the indexed lookup finds
-- them. Distance 3 missed the same wire story re-edited by a second outlet on short bodies
-- (a changed phrase in a 165-word story moves 5 bits). Existing fingerprints are re-banded here.

DROP INDEX articles_band0;
DROP INDEX articles_band1;
DROP INDEX articles_band2;
DROP INDEX articles_band3;
ALTER TABLE articles ADD COLUMN band4 INTEGER;
ALTER TABLE articles ADD COLUMN band5 INTEGER;
ALTER TABLE articles ADD COLUMN band6 INTEGER;
ALTER TABLE articles ADD COLUMN band7 INTEGER;
UPDATE articles SET
    band0 = simhash & 255,
    band1 = (simhash >> 8) & 255,
    band2 = (simhash >> 16) & 255,
    band3 = (simhash >> 24) & 255,
    band4 = (simhash >> 32) & 255,
    band5 = (simhash >> 40) & 255,
    band6 = (simhash >> 48) & 255,
    band7 = (simhash >> 56) & 255
WHERE simhash IS NOT NULL;
CREATE INDEX articles_band0 ON articles (band0, added_at) WHERE band0 IS NOT NULL;
CREATE INDEX articles_band1 ON articles (band1, added_at) WHERE band1 IS NOT NULL;
CREATE INDEX articles_band2 ON articles (band2, added_at) WHERE band2 IS NOT NULL;
CREATE INDEX articles_band3 ON articles (band3, added_at) WHERE band3 IS NOT NULL;
CREATE INDEX articles_band4 ON articles (band4, added_at) WHERE band4 IS NOT NULL;
CREATE INDEX articles_band5 ON articles (band5, added_at) WHERE band5 IS NOT NULL;
CREATE INDEX articles_band6 ON articles (band6, added_at) WHERE band6 IS NOT NULL;
CREATE INDEX articles_band7 ON articles (band7, added_at) WHERE band7 IS NOT NULL;
