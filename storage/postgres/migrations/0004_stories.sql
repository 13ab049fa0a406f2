-- Story timelines (SQLite migration 0009): the story of each article (the id of its first
-- article), decided when it is stored (storage.story_index, briefing.stories); near-duplicates
-- join their original's story. The store re-decides the newest articles at open.

CREATE TABLE story_members (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   bigint NOT NULL
);
CREATE INDEX story_members_story ON story_members (story_id, article_id);
INSERT INTO story_members (article_id, story_id) SELECT id, coalesce(duplicate_of, id) FROM articles;

-- What the newest articles are about, as an inverted index (older rows are pruned).
CREATE TABLE story_features (
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    feature    text NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('n', 'w')),   -- a name or a word
    PRIMARY KEY (article_id, feature)
);
CREATE INDEX story_features_feature ON story_features (feature, article_id);
