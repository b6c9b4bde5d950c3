-- Schema 4 reorganises SQLite's deal_events (a table without rowid); PostgreSQL's table already keeps its rows by
-- heap and primary-key index, so nothing changes here: the script keeps both back ends at the same schema number.
SELECT 1;
