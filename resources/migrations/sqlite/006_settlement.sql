-- Schema version 6 (SQLite): the settlement of a contract's damages. On contracts: the damages as agreed
-- with the client (settlement_assessed_minor and _currency, both NULL until agreed, as for every contract
-- stored before this version), the invoice date (NULL for none) and number, the amount waived and why, and
-- the part of the waiver granted as a credit on a future contract with that contract's reference. Amounts are
-- minor units beside a currency code ('' for a zero without currency). The payments received are rows of
-- settlement_payments, in order. The settlement's state is derived from these, never stored.
ALTER TABLE contracts ADD COLUMN settlement_assessed_minor INTEGER;
ALTER TABLE contracts ADD COLUMN settlement_assessed_currency TEXT;
ALTER TABLE contracts ADD COLUMN settlement_invoiced_on TEXT;
ALTER TABLE contracts ADD COLUMN settlement_invoice_number TEXT NOT NULL DEFAULT '';
ALTER TABLE contracts ADD COLUMN settlement_waived_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contracts ADD COLUMN settlement_waived_currency TEXT NOT NULL DEFAULT '';
ALTER TABLE contracts ADD COLUMN settlement_waiver_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE contracts ADD COLUMN settlement_credit_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contracts ADD COLUMN settlement_credit_currency TEXT NOT NULL DEFAULT '';
ALTER TABLE contracts ADD COLUMN settlement_credit_contract TEXT NOT NULL DEFAULT '';

CREATE TABLE settlement_payments (
    contract_id     INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    received        TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,
    amount_currency TEXT NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;
