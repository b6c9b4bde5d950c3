-- Schema 1 as first shipped. IF NOT EXISTS lets registers written before migrations were journalled
-- (which carry only a schema_version table) take this script as already applied.
-- Dates are ISO 8601 text ("2017", "2017-12", "2017-12-05"), which sorts as PartialDate compares.
-- Money amounts are invariant decimal text, so they round-trip exactly.
-- CHECK constraints are the last line of defence against malformed records: a violation fails the
-- whole document's transaction.
CREATE TABLE IF NOT EXISTS documents (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    source        TEXT,
    title         TEXT,
    published     TEXT,
    content_hash  TEXT NOT NULL UNIQUE,
    ingested_at   TEXT NOT NULL,
    text          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_by_published ON documents (published, id);

CREATE TABLE IF NOT EXISTS transfers (
    document_id     TEXT NOT NULL REFERENCES documents (id),
    ordinal         INTEGER NOT NULL,
    deal_id         TEXT NOT NULL,
    supplier        TEXT NOT NULL,
    supplier_name   TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    recipient_name  TEXT NOT NULL,
    system          TEXT,
    category        TEXT NOT NULL,
    status          TEXT NOT NULL,
    modality        TEXT NOT NULL,
    event_date      TEXT,
    quantity        INTEGER CHECK (quantity IS NULL OR quantity >= 0),
    value_amount    TEXT,
    value_currency  TEXT,
    evidence        TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    confidence      REAL NOT NULL,
    PRIMARY KEY (document_id, ordinal),
    CHECK (evidence_start >= 0 AND evidence_end >= evidence_start),
    CHECK ((value_amount IS NULL) = (value_currency IS NULL))
);
CREATE INDEX IF NOT EXISTS transfers_by_deal ON transfers (deal_id);

CREATE TABLE IF NOT EXISTS deals (
    id              TEXT PRIMARY KEY,
    merge_key       TEXT NOT NULL UNIQUE,
    supplier        TEXT NOT NULL,
    supplier_name   TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    recipient_name  TEXT NOT NULL,
    system          TEXT,
    system_key      TEXT,
    category        TEXT NOT NULL,
    status          TEXT NOT NULL,
    first_seen      TEXT,
    last_seen       TEXT,
    quantity        INTEGER,
    value_amount    TEXT,
    value_currency  TEXT,
    records         INTEGER NOT NULL,
    documents       INTEGER NOT NULL,
    first_record    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS deals_by_last_seen ON deals (last_seen);
CREATE INDEX IF NOT EXISTS deals_by_supplier ON deals (supplier);
CREATE INDEX IF NOT EXISTS deals_by_recipient ON deals (recipient);

-- One row per timeline entry, kept as records arrive, so re-summarising a deal reads its events
-- rather than all its records. event_date is '' for undated events (a key column cannot be null).
-- The *_key columns hold DealMerger.OrderKey of the record that gave the value: the first one wins.
CREATE TABLE IF NOT EXISTS deal_events (
    deal_id         TEXT NOT NULL,
    status          TEXT NOT NULL,
    modality        TEXT NOT NULL,
    event_date      TEXT NOT NULL,
    records         INTEGER NOT NULL,
    first_reported  TEXT,
    quantity        INTEGER,
    quantity_key    TEXT,
    value_amount    TEXT,
    value_currency  TEXT,
    value_key       TEXT,
    PRIMARY KEY (deal_id, status, modality, event_date)
);
