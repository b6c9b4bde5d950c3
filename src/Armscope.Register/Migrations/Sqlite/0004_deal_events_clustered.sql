-- deal_events without a rowid: a table keyed by its primary key alone, so upserting an event is one b-tree descent
-- instead of one in the key's index and one in the table, and a deal's events lie together, read in one range.
-- Nothing else changes: same columns, same key, same rows.
CREATE TABLE deal_events_clustered (
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
) WITHOUT ROWID;

INSERT INTO deal_events_clustered
SELECT deal_id, status, modality, event_date, records, first_reported, quantity, quantity_key, value_amount, value_currency, value_key
FROM deal_events;

DROP TABLE deal_events;
ALTER TABLE deal_events_clustered RENAME TO deal_events;
