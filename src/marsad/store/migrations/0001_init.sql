-- 0001: articles, their annotations (one row per span, ordered by ord), and the search index.
-- Applied by marsad.store.sqlite in one transaction; PRAGMA user_version records it.

PRAGMA application_id = 1836217188;  -- 0x6D727364 "mrsd": marks the file as a marsad store

-- seq is the stable integer key (an INTEGER PRIMARY KEY survives VACUUM, an implicit rowid may not):
-- it is the rowid of the article's row in articles_fts. id is the public key.
CREATE TABLE articles (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    source      TEXT NOT NULL,
    url         TEXT,
    title       TEXT,
    outlet      TEXT,
    published   TEXT,
    text        TEXT NOT NULL,
    raw         TEXT,                        -- the input as read; NULL when it equals text
    meta        TEXT NOT NULL DEFAULT '{}',  -- JSON object
    title_start INTEGER,
    title_end   INTEGER,
    title_text  TEXT,
    ingested_at TEXT NOT NULL,
    outlet_key  TEXT,  -- marsad.text.normalize of outlet, for outlet filters in any spelling
    day         INTEGER NOT NULL DEFAULT 0  -- publication day number, part of quotes_fts rowids
);
CREATE INDEX articles_outlet_published ON articles (outlet, published);
CREATE INDEX articles_outlet_key ON articles (outlet_key);
CREATE INDEX articles_published ON articles (published);

-- Child tables are clustered by (article_id, ord): that key is both the article_id index and the order.
CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT,  -- ISO YYYY-MM-DD when resolved
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

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
) WITHOUT ROWID;

-- speaker_name IS NULL: no speaker; speaker_start IS NULL: a speaker without a mention span.
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
    speaker_key       TEXT,  -- marsad.corpus.names.name_key of speaker_name, space-delimited
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker_key ON quotes (speaker_key);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- What each quotation says, for "quotes about TERM": index_text of the quote. Contentless; the rowid
-- encodes (publication day, article seq, quote ord) so that rowid order is newest first
-- (marsad.store.sqlite.quote_rowid).
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    body, content = '', tokenize = 'unicode61 remove_diacritics 2'
);

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
    value BLOB NOT NULL
);

-- Contentless: the text lives once, in articles; rows hold marsad.search.query.index_text of title and text.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
