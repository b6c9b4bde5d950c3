-- Every copy of a document's content (the same text under another name, source or title). The documents
-- row shows the first copy in (name, source, title, published) order, so what an export shows does not
-- depend on which copy arrived first. copy_key identifies a copy's metadata; rows may precede their
-- document (a copy seen while the first one is still being extracted), hence no foreign key.
CREATE TABLE document_sources (
    document_id  TEXT COLLATE "C" NOT NULL,
    copy_key     TEXT COLLATE "C" NOT NULL,
    name         TEXT COLLATE "C" NOT NULL,
    source       TEXT COLLATE "C",
    title        TEXT COLLATE "C",
    published    TEXT COLLATE "C",
    PRIMARY KEY (document_id, copy_key)
);

-- Registers written before this script knew one copy per document: the one stored.
INSERT INTO document_sources (document_id, copy_key, name, source, title, published)
SELECT id, 'schema-1', name, source, title, published FROM documents;
