-- Two fewer index entries per stored document, found through the document id instead (see the SQLite script):
-- content_hash loses its unique index (a text is looked up by its id, the first 16 hex digits of its hash, then
-- compared in full; the CHECK keeps that true of every row), and a source row of an exact copy keeps content_hash NULL
-- (its hash is its document's), so only near copies are indexed by hash.
ALTER TABLE documents DROP CONSTRAINT documents_content_hash_key;
ALTER TABLE documents ADD CONSTRAINT documents_id_is_hash_prefix CHECK (id = substr(content_hash, 1, 16));

DROP INDEX document_sources_by_content;
UPDATE document_sources s SET content_hash = NULL FROM documents d WHERE d.id = s.document_id AND s.content_hash = d.content_hash;
CREATE INDEX document_sources_by_content ON document_sources (content_hash) WHERE content_hash IS NOT NULL;
