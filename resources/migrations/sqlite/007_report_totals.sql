-- Schema version 7 (SQLite): each pickup report keeps its rooms added up (rooms_total: the rooms of its
-- entries, a negative figure counted as none), written with its entries, so that the forecasts and the
-- groups at risk read one row per report instead of every entry. The reports stored before this version
-- are added up here.
ALTER TABLE pickup_snapshots ADD COLUMN rooms_total INTEGER NOT NULL DEFAULT 0;
UPDATE pickup_snapshots SET rooms_total = (
    SELECT COALESCE(SUM(CASE WHEN e.rooms > 0 THEN e.rooms ELSE 0 END), 0)
    FROM pickup_snapshot_entries e WHERE e.snapshot_id = pickup_snapshots.id);
