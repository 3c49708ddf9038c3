-- Schema version 2 (PostgreSQL): a contract can be archived. Archived contracts stay stored, with everything
-- they had; the contract list hides them unless asked to show them.
ALTER TABLE contracts ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX contracts_archived ON contracts (archived);
