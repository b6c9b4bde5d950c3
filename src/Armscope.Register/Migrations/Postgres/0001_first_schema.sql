-- Schema 1 as first shipped. Every text column collates as "C" (byte order), as SQLite compares,
-- so merge-key order, prefix ranges and "first record" keys agree between the two back ends.
-- Dates are ISO 8601 text ("2017", "2017-12", "2017-12-05"), which sorts as PartialDate compares.
-- Money amounts are invariant decimal text, so they round-trip exactly.
-- CHECK constraints are the last line of defence against malformed records: a violation fails the
-- whole document's transaction.
CREATE TABLE documents (
    id            TEXT COLLATE "C" PRIMARY KEY,
    name          TEXT COLLATE "C" NOT NULL,
    source        TEXT COLLATE "C",
    title         TEXT COLLATE "C",
    published     TEXT COLLATE "C",
    content_hash  TEXT COLLATE "C" NOT NULL UNIQUE,
    ingested_at   TEXT COLLATE "C" NOT NULL,
    text          TEXT COLLATE "C" NOT NULL
);
CREATE INDEX documents_by_published ON documents (published, id);

CREATE TABLE transfers (
    document_id     TEXT COLLATE "C" NOT NULL REFERENCES documents (id),
    ordinal         INTEGER NOT NULL,
    deal_id         TEXT COLLATE "C" NOT NULL,
    supplier        TEXT COLLATE "C" NOT NULL,
    supplier_name   TEXT COLLATE "C" NOT NULL,
    recipient       TEXT COLLATE "C" NOT NULL,
    recipient_name  TEXT COLLATE "C" NOT NULL,
    system          TEXT COLLATE "C",
    category        TEXT COLLATE "C" NOT NULL,
    status          TEXT COLLATE "C" NOT NULL,
    modality        TEXT COLLATE "C" NOT NULL,
    event_date      TEXT COLLATE "C",
    quantity        INTEGER CHECK (quantity IS NULL OR quantity >= 0),
    value_amount    TEXT COLLATE "C",
    value_currency  TEXT COLLATE "C",
    evidence        TEXT COLLATE "C" NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (document_id, ordinal),
    CHECK (evidence_start >= 0 AND evidence_end >= evidence_start),
    CHECK ((value_amount IS NULL) = (value_currency IS NULL))
);
CREATE INDEX transfers_by_deal ON transfers (deal_id);

CREATE TABLE deals (
    id              TEXT COLLATE "C" PRIMARY KEY,
    merge_key       TEXT COLLATE "C" NOT NULL UNIQUE,
    supplier        TEXT COLLATE "C" NOT NULL,
    supplier_name   TEXT COLLATE "C" NOT NULL,
    recipient       TEXT COLLATE "C" NOT NULL,
    recipient_name  TEXT COLLATE "C" NOT NULL,
    system          TEXT COLLATE "C",
    system_key      TEXT COLLATE "C",
    category        TEXT COLLATE "C" NOT NULL,
    status          TEXT COLLATE "C" NOT NULL,
    first_seen      TEXT COLLATE "C",
    last_seen       TEXT COLLATE "C",
    quantity        INTEGER,
    value_amount    TEXT COLLATE "C",
    value_currency  TEXT COLLATE "C",
    records         INTEGER NOT NULL,
    documents       INTEGER NOT NULL,
    first_record    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX deals_by_last_seen ON deals (last_seen);
CREATE INDEX deals_by_supplier ON deals (supplier);
CREATE INDEX deals_by_recipient ON deals (recipient);

-- One row per timeline entry, kept as records arrive, so re-summarising a deal reads its events
-- rather than all its records. event_date is '' for undated events (a key column cannot be null).
-- The *_key columns hold DealMerger.OrderKey of the record that gave the value: the first one wins.
CREATE TABLE deal_events (
    deal_id         TEXT COLLATE "C" NOT NULL,
    status          TEXT COLLATE "C" NOT NULL,
    modality        TEXT COLLATE "C" NOT NULL,
    event_date      TEXT COLLATE "C" NOT NULL,
    records         INTEGER NOT NULL,
    first_reported  TEXT COLLATE "C",
    quantity        INTEGER,
    quantity_key    TEXT COLLATE "C",
    value_amount    TEXT COLLATE "C",
    value_currency  TEXT COLLATE "C",
    value_key       TEXT COLLATE "C",
    PRIMARY KEY (deal_id, status, modality, event_date)
);
