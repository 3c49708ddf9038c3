-- The clause values of a contract that are still the program's defaults, not yet confirmed from the signed
-- contract: their catalogue paths ('cancellation.tiers', 'attrition.performanceLevel'), separated by single
-- spaces, in sorted order. Empty for a contract whose every value is its own, as every contract stored
-- before this version is.
ALTER TABLE contracts ADD COLUMN unconfirmed_defaults TEXT NOT NULL DEFAULT '';
