-- Story timelines: each article belongs to a story (the id of the story's first article),
-- decided when it is stored (briefing/stories.py says what counts as the same story), so
-- /story and the "Story (N)" button are one indexed lookup. Near-duplicates join their
-- original's story; the store re-decides the newest articles at open by the full rule (the
-- features are computed in Python), older ones keep their near-duplicate clusters set here.

CREATE TABLE story_members (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   INTEGER NOT NULL
);
CREATE INDEX story_members_story ON story_members (story_id, article_id);
INSERT INTO story_members (article_id, story_id) SELECT id, coalesce(duplicate_of, id) FROM articles;

-- What recent articles are about (topics, title and lead words, quoted people), as an inverted
-- index: a new article finds the few recent ones sharing features without reading the rest.
-- Only the newest articles are kept here (older ones can no longer be joined by a follow-up).
CREATE TABLE story_features (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    feature    TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('n', 'w')),   -- a name or a word
    PRIMARY KEY (article_id, feature)                      -- a candidate's features: one range
) WITHOUT ROWID;
-- posting lists: which window articles carry a feature (covering: the key holds article_id)
CREATE INDEX story_features_feature ON story_features (feature, article_id);
