-- Near-duplicate candidates are looked up by (band, id) so the lookup can be bounded to the
-- newest articles by id range as well as by age: cost stays flat however large the store grows
-- (with 8-bit bands, a band value is shared by ~1/256 of all articles — far more on a corpus of
-- look-alike texts, where a (band, added_at) index read thousands of rows per add at 100k).

DROP INDEX articles_band0;
DROP INDEX articles_band1;
DROP INDEX articles_band2;
DROP INDEX articles_band3;
DROP INDEX articles_band4;
DROP INDEX articles_band5;
DROP INDEX articles_band6;
DROP INDEX articles_band7;
CREATE INDEX articles_band0 ON articles (band0, id) WHERE band0 IS NOT NULL;
CREATE INDEX articles_band1 ON articles (band1, id) WHERE band1 IS NOT NULL;
CREATE INDEX articles_band2 ON articles (band2, id) WHERE band2 IS NOT NULL;
CREATE INDEX articles_band3 ON articles (band3, id) WHERE band3 IS NOT NULL;
CREATE INDEX articles_band4 ON articles (band4, id) WHERE band4 IS NOT NULL;
CREATE INDEX articles_band5 ON articles (band5, id) WHERE band5 IS NOT NULL;
CREATE INDEX articles_band6 ON articles (band6, id) WHERE band6 IS NOT NULL;
CREATE INDEX articles_band7 ON articles (band7, id) WHERE band7 IS NOT NULL;
