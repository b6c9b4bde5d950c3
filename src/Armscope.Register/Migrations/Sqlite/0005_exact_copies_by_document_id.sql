-- Two fewer index entries written at random places per stored document, found through the document id instead:
--
-- 1. A document's id is the first 16 hex digits of its content hash (ContentHash.DocumentId), so a text is looked up
--    by the id's primary key and then compared in full; content_hash needs no unique index of its own. The CHECK keeps
--    that true of every row (a register whose ids are not their hashes' prefixes fails this script).
-- 2. A source row of an exact copy keeps content_hash NULL: its hash is its document's (every query already reads
--    coalesce(s.content_hash, d.content_hash)). Only near copies, whose text differs, keep a hash of their own, and only
--    they are indexed.
--
-- SQLite cannot drop a column's UNIQUE constraint, so documents is copied into a table without it (same columns, same
-- order, same rowids). The register turns foreign keys off while it migrates: transfers reference documents by name.
CREATE TABLE documents_by_id (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    source        TEXT,
    title         TEXT,
    published     TEXT,
    content_hash  TEXT NOT NULL,
    ingested_at   TEXT NOT NULL,
    text          TEXT NOT NULL,
    minhash       BLOB,
    CHECK (id = substr(content_hash, 1, 16))
);

INSERT INTO documents_by_id (rowid, id, name, source, title, published, content_hash, ingested_at, text, minhash)
SELECT rowid, id, name, source, title, published, content_hash, ingested_at, text, minhash FROM documents ORDER BY rowid;

DROP TABLE documents;
ALTER TABLE documents_by_id RENAME TO documents;
CREATE INDEX documents_by_published ON documents (published, id);

DROP INDEX document_sources_by_content;
UPDATE document_sources SET content_hash = NULL
WHERE content_hash = (SELECT d.content_hash FROM documents d WHERE d.id = document_sources.document_id);
CREATE INDEX document_sources_by_content ON document_sources (content_hash) WHERE content_hash IS NOT NULL;
