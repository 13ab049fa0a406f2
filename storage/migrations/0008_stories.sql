-- Story timelines: each article belongs to a story (the id of the story's first article),
-- decided when it is stored (briefing/stories.py says what counts as the same story), so
-- /story and the "Story (N)" button are one indexed lookup. Near-duplicates join their
-- original's story; articles stored before this migration are assigned by the backfill the
-- store runs at open (features are computed in Python), in the order they were stored.

ALTER TABLE articles ADD COLUMN story_id INTEGER;
CREATE INDEX articles_story ON articles (story_id, id) WHERE story_id IS NOT NULL;

-- What recent articles are about (topics, title words, quoted people), as an inverted index:
-- a new article finds the few recent ones sharing features without reading the rest. Only
-- the newest articles are kept here (older ones can no longer be joined by a follow-up).
CREATE TABLE story_features (
    feature    TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('n', 'w')),   -- a name or a word
    PRIMARY KEY (feature, article_id)
) WITHOUT ROWID;
CREATE INDEX story_features_article ON story_features (article_id);
