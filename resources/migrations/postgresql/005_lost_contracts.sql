-- Schema version 5 (PostgreSQL): contracts the hotel did not win. The status 'lost' needs no column
-- of its own (contracts.status is free text); a lost contract keeps why it was lost: lost_reason is 'price',
-- 'dates', 'competitor' or 'other', NULL for every contract that is not lost, as every contract stored
-- before this version is; lost_note is free text, empty when none was given.
ALTER TABLE contracts ADD COLUMN lost_reason TEXT;
ALTER TABLE contracts ADD COLUMN lost_note TEXT NOT NULL DEFAULT '';
