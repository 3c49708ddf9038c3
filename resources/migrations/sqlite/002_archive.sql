-- Schema version 2 (SQLite): a contract can be archived. Archived contracts stay stored, with everything
-- they had; the contract list hides them unless asked to show them. 0 or 1.
ALTER TABLE contracts ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;

CREATE INDEX contracts_archived ON contracts (archived);
