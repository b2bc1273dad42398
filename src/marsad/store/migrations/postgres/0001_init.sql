-- 0001 (PostgreSQL): the same tables as the SQLite store; full-text search in tsvector columns.
-- Applied by marsad.store.postgres in one transaction; marsad_schema records it.

CREATE TABLE articles (
    seq         BIGINT PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    source      TEXT NOT NULL,
    url         TEXT,
    title       TEXT,
    outlet      TEXT,
    published   TEXT,
    text        TEXT NOT NULL,
    raw         TEXT,                        -- the input as read; NULL when it equals text
    meta        TEXT NOT NULL DEFAULT '{}',  -- JSON object, exactly as serialised
    title_start INTEGER,
    title_end   INTEGER,
    title_text  TEXT,
    ingested_at TEXT NOT NULL,
    outlet_key  TEXT,      -- marsad.text.normalize of outlet
    search      TSVECTOR   -- marsad.search.query.index_text of title (weight A) and text (D)
);
CREATE INDEX articles_outlet_published ON articles (outlet, published);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet_key ON articles (outlet_key);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord)
);

CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT,
    PRIMARY KEY (article_id, ord)
);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    label      TEXT NOT NULL,
    canonical  TEXT NOT NULL,
    entity_id  TEXT,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE quotes (
    article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord               INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    cue_start         INTEGER NOT NULL,
    cue_end           INTEGER NOT NULL,
    cue_text          TEXT NOT NULL,
    speaker_name      TEXT,
    speaker_entity_id TEXT,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_text      TEXT,
    speaker_key       TEXT,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX quotes_speaker_key ON quotes (speaker_key);

CREATE TABLE quote_search (
    article_id TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    search     TSVECTOR NOT NULL,
    PRIMARY KEY (article_id, ord),
    FOREIGN KEY (article_id, ord) REFERENCES quotes (article_id, ord) ON DELETE CASCADE
);
CREATE INDEX quote_search_search ON quote_search USING GIN (search);

-- Entities across the store, kept up to date by each batch (listing them must not scan every mention).
CREATE TABLE entity_variants (
    entity_id TEXT NOT NULL,
    label     TEXT NOT NULL,
    canonical TEXT NOT NULL,
    text      TEXT NOT NULL,     -- a surface form as written
    name_key  TEXT NOT NULL,     -- marsad.corpus.names.name_key of text
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, canonical, text)
);
CREATE TABLE entity_stats (
    entity_id TEXT PRIMARY KEY,
    label     TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    articles  INTEGER NOT NULL
);
CREATE INDEX entity_stats_rank ON entity_stats (mentions);
CREATE TABLE speakers (
    speaker_key TEXT PRIMARY KEY,  -- as in quotes.speaker_key
    quotes      INTEGER NOT NULL
);

-- Story of each article (marsad.stories.StoryIndex); articles without a row are not placed yet.
CREATE TABLE stories (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   TEXT NOT NULL,
    topic_id   TEXT NOT NULL,
    dup_group  TEXT  -- id of the first article of its near-duplicate group
);
CREATE INDEX stories_story ON stories (story_id);

-- Saved state of incremental corpus-level indexes (e.g. 'stories'), written with their rows.
CREATE TABLE state (
    name  TEXT PRIMARY KEY,
    value BYTEA NOT NULL
);
