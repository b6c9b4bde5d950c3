-- Near duplicates: the same story published again with small edits (another headline, a sentence more or
-- less, a word changed) is kept as one more source of one document, not as a document of its own.
--
-- documents.minhash: the MinHash signature of the text (Duplicates/NearDuplicateDetector.Default), 64
-- little-endian 32-bit minima; NULL for a text too short to judge and, until the register next opens and signs
-- them, for documents stored before this script (listed in unsigned_documents).
ALTER TABLE documents ADD COLUMN minhash BLOB;

-- The signatures' band keys, one per band of minima: documents sharing a key are the only candidates to
-- compare, so finding a near duplicate reads a bounded number of index entries whatever the register's size.
CREATE TABLE near_duplicate_bands (
    band_key     INTEGER NOT NULL,
    document_id  TEXT NOT NULL,
    PRIMARY KEY (band_key, document_id)
) WITHOUT ROWID;

-- Documents stored before this script, signed when the register next opens (a page at a time).
CREATE TABLE unsigned_documents (
    document_id  TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO unsigned_documents (document_id) SELECT id FROM documents;

-- The content hash of the text each copy carried: the document's own for an exact copy, the copy's own for a
-- near copy, so a copy seen again is known by its hash before any extraction. Every copy so far was exact.
ALTER TABLE document_sources ADD COLUMN content_hash TEXT;
UPDATE document_sources SET content_hash = (SELECT d.content_hash FROM documents d WHERE d.id = document_sources.document_id);
CREATE INDEX document_sources_by_content ON document_sources (content_hash);
